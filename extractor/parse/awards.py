"""An award entry's fields by rule ("Best Paper Award, ACM SOSP, 2023"): the year, the title (the
first comma part once dates and parenthetical notes are cut), the organization (a later part
holding an organization word)."""

from __future__ import annotations

from typing import NamedTuple

from extractor.parse.dates import find_date_range, find_year
from extractor.parse.entries import has_word
from extractor.patterns.regexes import PARENTHETICAL_NOTE_RE


class AwardFields(NamedTuple):
    title: str
    year: int | None
    organization: str | None


def read_award(text: str) -> AwardFields | None:
    """The fields of one award entry's text (on one line); None when nothing is left for a title."""
    year = find_year(text)
    dates = find_date_range(text)
    if dates is not None and dates.matched:
        text = text.replace(dates.matched, " ")
    text = PARENTHETICAL_NOTE_RE.sub(" ", text)
    pieces = [p.strip(" ,;.–—-()") for p in text.replace(" – ", ",").replace(" | ", ",").split(",")]
    pieces = [p for p in pieces if p]
    if not pieces:
        return None
    organization = next(
        (PARENTHETICAL_NOTE_RE.sub("", p).strip() for p in pieces[1:] if has_word(p, "org_words")), None
    )
    return AwardFields(pieces[0], year, organization)
