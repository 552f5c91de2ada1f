"""A grant entry's fields by rule ("Sand in motion, NSF, $450,000, PI, 2021-2024").

The date range is cut out first, then the amount and the role (``GRANT_AMOUNT_RE``,
``GRANT_ROLE_RE``); the funder is the part naming a known funder (``patterns/funding.tsv``) or an
organization; the title is the first remaining part.
"""

from __future__ import annotations

from typing import NamedTuple

from extractor.parse.dates import find_date_range
from extractor.parse.entries import has_word
from extractor.patterns import find_funding_sources
from extractor.patterns.regexes import ENTRY_PART_SEPARATOR_RE, GRANT_AMOUNT_RE, GRANT_ROLE_RE


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
    if (match := GRANT_ROLE_RE.search(text)) is not None:
        role = match.group(0)
        text = text[: match.start()] + " , " + text[match.end() :]
    parts = [p.strip(" .,:;()[]") for p in ENTRY_PART_SEPARATOR_RE.split(text)]
    parts = [p for p in parts if p and any(c.isalpha() for c in p)]
    funder = None
    for n, part in enumerate(parts):
        if find_funding_sources(part) or (n > 0 and has_word(part, "org_words")):
            funder = parts.pop(n)
            break
    title = parts[0].strip("\"“”‘’'") if parts else None
    if title is None and funder is None:
        return None
    return GrantFields(title, funder, amount, role, start, end)
