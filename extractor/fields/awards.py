"""Awards: title, year, organization ("Best Paper Award, ACM SOSP, 2023")."""

from __future__ import annotations

from extractor.document import Section
from extractor.fields.context import Found, ParseContext, evidence_for
from extractor.parse.dates import find_date_range, find_year
from extractor.parse.entries import has_word
from extractor.patterns.regexes import PARENTHETICAL_NOTE_RE
from extractor.profile import Award
from extractor.segment import split_entries


def parse_awards(section: Section, ctx: ParseContext) -> Found:
    found = Found()
    for block in split_entries(section):
        text = " ".join(ln.text for ln in block.lines).strip()
        year = find_year(text)
        dates = find_date_range(text)
        if dates is not None and dates.matched:
            text = text.replace(dates.matched, " ")
        text = PARENTHETICAL_NOTE_RE.sub(" ", text)
        pieces = [p.strip(" ,;.–—-()") for p in text.replace(" – ", ",").replace(" | ", ",").split(",")]
        pieces = [p for p in pieces if p]
        if not pieces:
            continue
        title = pieces[0]
        organization = next(
            (PARENTHETICAL_NOTE_RE.sub("", p).strip() for p in pieces[1:] if has_word(p, "org_words")), None
        )
        found.add(
            "awards",
            Award(title=title, year=year, organization=organization, evidence=evidence_for(block, ctx)),
        )
    return found
