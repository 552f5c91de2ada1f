"""Whether a heading or an entry names a grant: "Awards and Grants", "Kestrel Travel Grant", "Co-PI".

A heading with a word of ``patterns/grant_words.txt`` lists grants (beside awards, maybe); an entry
with one, or with a role held in a grant (``GRANT_ROLE_RE``), reads as a grant.
"""

from __future__ import annotations

from extractor.patterns import words
from extractor.patterns.regexes import GRANT_ROLE_RE


def names_grant(text: str) -> bool:
    """A word of ``text`` names a grant or funding (``patterns/grant_words.txt``): "Travel Grant",
    "Awards & Funding"."""
    return any(word.strip(".,;:()[]").casefold() in words("grant_words") for word in text.split())


def reads_as_grant(text: str) -> bool:
    """An entry naming itself a grant or funding, or a role held in one ("Travel Grant, Dune
    Society", "Hill Research Fund", "Co-PI, $20,000")."""
    return names_grant(text) or bool(GRANT_ROLE_RE.search(text))
