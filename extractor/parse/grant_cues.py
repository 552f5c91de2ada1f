"""Whether a heading or an entry names a grant: "Awards and Grants", "Kestrel Travel Grant", "Co-PI".

A heading with a word of ``patterns/grant_words.txt`` lists grants (beside awards, maybe); an entry
with one, or with a role held in a grant (``GRANT_ROLE_RE``), reads as a grant; under such a heading a
fellowship or scholarship that states an amount or the body that gives or hosts it is one too
(``is_funded_fellowship``, corpus/README.md).
"""

from __future__ import annotations

from extractor.parse.entries import has_word
from extractor.patterns import find_funding_sources, words
from extractor.patterns.grant_regexes import HONORARY_FELLOW_RE
from extractor.patterns.regexes import GRANT_AMOUNT_RE, GRANT_ROLE_RE

# A body's short name ("NSF", "UQAM") has two to this many capital letters.
MAX_ACRONYM_LETTERS = 10


def names_grant(text: str) -> bool:
    """A word of ``text`` names a grant or funding (``patterns/grant_words.txt``): "Travel Grant",
    "Awards & Funding"."""
    return any(word.strip(".,;:()[]").casefold() in words("grant_words") for word in text.split())


def reads_as_grant(text: str) -> bool:
    """An entry naming itself a grant or funding, or a role held in one ("Travel Grant, Dune
    Society", "Hill Research Fund", "Co-PI, $20,000")."""
    return names_grant(text) or bool(GRANT_ROLE_RE.search(text))


def names_fellowship(text: str) -> bool:
    """A word of ``text`` names a fellowship or a scholarship (``patterns/fellowship_words.txt``)."""
    return any(word.strip(".,;:()[]").casefold() in words("fellowship_words") for word in text.split())


def is_funded_fellowship(text: str) -> bool:
    """A fellowship or scholarship (``patterns/fellowship_words.txt``) that states an amount or
    names the body that gives or hosts it: "Dune Fellowship ($6,000)", "Tarrow Studentship, £14k
    p.a.", "Hill Fellowship, Example Institution", "Lake Institute Fellowship". Listed beside grants,
    it is funding, not an honour; an elected fellow of a body ("Fellow of the Dune Society") is an
    honour, and a scholarship that names neither ("Academic Excellence Scholarship") is one too."""
    if not names_fellowship(text) or HONORARY_FELLOW_RE.search(text):
        return False
    return GRANT_AMOUNT_RE.search(text) is not None or names_giver(text)


def names_giver(text: str) -> bool:
    """``text`` names a body that could give or host funding: an organization's word ("Example
    University", "Department of Geology"), a known funder ("NSF") or a short name in capitals
    ("UQAM")."""
    return has_word(text, "org_words") or bool(find_funding_sources(text)) or any(
        is_short_name(word) for word in text.split()
    )


def is_short_name(word: str) -> bool:
    """A word that is a body's short name: two or more capital letters, maybe hyphenated ("NSF",
    "DGAPA-UNAM"), brackets and punctuation around it aside."""
    letters = word.strip(".,;:()[]").replace("-", "")
    return 2 <= len(letters) <= MAX_ACRONYM_LETTERS and letters.isalpha() and letters.isupper()


def names_honour(text: str) -> bool:
    """A word of ``text`` names an honour (``patterns/honour_words.txt``): "Travel Award", "Grants and
    Prizes", "Best Poster"."""
    return any(word.strip(".,;:()[]").casefold() in words("honour_words") for word in text.split())


def routes_to_award(text: str) -> bool:
    """Under a heading that lists awards beside grants, read as a list of grants: an entry that is an
    award, not a grant: it names an honour ("Travel Award, Dune Society ($500)") or is a fellowship
    or scholarship that states neither an amount nor a giver ("Hill Scholarship, 2019")."""
    return (names_honour(text) or names_fellowship(text)) and not routes_to_grant(text)


def routes_to_grant(text: str) -> bool:
    """Under a heading that lists grants beside awards: an entry that is a grant, not an award (it
    names itself a grant or funding, a role held in one, or is a fellowship or scholarship with an
    amount or a giver)."""
    return reads_as_grant(text) or is_funded_fellowship(text)
