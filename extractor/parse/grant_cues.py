"""Whether a heading or an entry names a grant: "Awards and Grants", "Kestrel Travel Grant", "Co-PI".

A heading with a word of ``patterns/grant_words.txt`` lists grants (beside awards, maybe); an entry
with one, or with a role held in a grant (``GRANT_ROLE_RE``), reads as a grant; under such a heading a
fellowship that states an amount is one too (``is_funded_fellowship``).
"""

from __future__ import annotations

from extractor.patterns import words
from extractor.patterns.regexes import GRANT_AMOUNT_RE, GRANT_ROLE_RE


def names_grant(text: str) -> bool:
    """A word of ``text`` names a grant or funding (``patterns/grant_words.txt``): "Travel Grant",
    "Awards & Funding"."""
    return any(word.strip(".,;:()[]").casefold() in words("grant_words") for word in text.split())


def reads_as_grant(text: str) -> bool:
    """An entry naming itself a grant or funding, or a role held in one ("Travel Grant, Dune
    Society", "Hill Research Fund", "Co-PI, $20,000")."""
    return names_grant(text) or bool(GRANT_ROLE_RE.search(text))


def is_funded_fellowship(text: str) -> bool:
    """A fellowship (``patterns/fellowship_words.txt``) that states an amount: "Dune Fellowship
    ($6,000)", "Tarrow Studentship, £14k p.a.". Listed beside grants, it is funding, not an honour."""
    named = any(word.strip(".,;:()[]").casefold() in words("fellowship_words") for word in text.split())
    return named and GRANT_AMOUNT_RE.search(text) is not None


def routes_to_grant(text: str) -> bool:
    """Under a heading that lists grants beside awards: an entry that is a grant, not an award (it
    names itself a grant or funding, a role held in one, or is a fellowship with an amount)."""
    return reads_as_grant(text) or is_funded_fellowship(text)
