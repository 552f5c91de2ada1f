"""A grant entry's fields by rule ("Sand in motion, NSF, $450,000, PI, 2021-2024").

The date range is cut out first, then the amount, its duration ("/ 3 years") and the role
(``GRANT_AMOUNT_RE``, ``GRANT_DURATION_RE``, ``GRANT_ROLE_RE``); the funder is the part naming a
known funder (``patterns/funding.tsv``) or an organization, or a short name after the first part,
without the grant's number; the title is the first remaining part.
"""

from __future__ import annotations

from functools import cache
from typing import NamedTuple

from extractor.parse.dates import find_date_range
from extractor.parse.entries import has_word
from extractor.patterns import _toml, find_funding_sources
from extractor.patterns.regexes import (
    ENTRY_PART_SEPARATOR_RE,
    GRANT_AMOUNT_RE,
    GRANT_DURATION_RE,
    GRANT_ROLE_RE,
)


class GrantFields(NamedTuple):
    title: str | None
    funder: str | None
    amount: str | None
    role: str | None
    start: str | None
    end: str | None


def read_grant(text: str) -> GrantFields | None:
    """The fields of one grant entry's text (on one line); None when it names neither a title nor a
    funder."""
    start = end = None
    dates = find_date_range(text)
    if dates is not None and not dates.empty:
        start, end = dates.start, dates.end
        if start is None:
            start = end  # a lone year: the year of the award
        text = text.replace(dates.matched, " ", 1)
    amount = role = None
    if (match := GRANT_AMOUNT_RE.search(text)) is not None:
        amount = match.group(0).strip(" ,.")
        text = text[: match.start()] + " , " + text[match.end() :]
    text = GRANT_DURATION_RE.sub(" ", text)
    if (match := GRANT_ROLE_RE.search(text)) is not None:
        role = match.group(0)
        text = text[: match.start()] + " , " + text[match.end() :]
    parts = [p.strip(" .,:;()[]") for p in ENTRY_PART_SEPARATOR_RE.split(text)]
    parts = [p for p in parts if p and any(c.isalpha() for c in p)]
    funder = None
    for n, part in enumerate(parts):
        if find_funding_sources(part) or (n > 0 and (names_funder(part) or is_acronym(part))):
            funder = funder_name(parts.pop(n))
            break
    title = parts[0].strip("\"“”‘’'") if parts else None
    if title is None and funder is None:
        return None
    return GrantFields(title, funder, amount, role, start, end)


def names_funder(part: str) -> bool:
    """A part naming an organization or a funding body ("Hill University", "Dune Trust")."""
    words = {w.strip(".,;:()").casefold() for w in part.split()}
    return has_word(part, "org_words") or bool(words & _funder_words())


@cache
def _funder_words() -> frozenset[str]:
    return frozenset(w.casefold() for w in _toml("item_words")["funder"])


def is_acronym(part: str) -> bool:
    """A part that is one capitalised short name, as a funder after a grant's title often is: "UMN",
    "NERC", "DGAPA-UNAM"."""
    letters = part.replace("-", "")
    return " " not in part and 2 <= len(letters) <= MAX_ACRONYM and letters.isalpha() and letters.isupper()


# A funder's short name ("NERC") has at most this many letters.
MAX_ACRONYM = 10


def funder_name(funder: str) -> str:
    """A funder without the grant's number printed after it: "Tarrow Trust TT-2041/7" -> "Tarrow
    Trust"; an agency's acronym keeps no programme code after it: "NSF DMS 1234567" -> "NSF"."""
    words = funder.split()
    numbered = False
    while len(words) > 1 and any(c.isdigit() for c in words[-1]):
        words.pop()
        numbered = True
    if numbered and len(words) > 1 and find_funding_sources(words[0]) and all(map(is_acronym, words[1:])):
        words = words[:1]
    return " ".join(words)
