"""Talks: title, event, location, date, invited ("Rivers of sand. Lake Symposium, Oslo, Norway, May 2024").

An entry's date (the first date or range, its start when it is a range) is cut out; a quoted title
is the title; otherwise the parts between separators (commas, semicolons, spaced dashes) are read in
order: the title, then the event, and a trailing run of parts that reads as a place is the
location. A talk is invited when the entry or its section heading says so (invited, keynote,
plenary).
"""

from __future__ import annotations

from extractor.document import Section
from extractor.fields.context import Found, ParseContext, evidence_for
from extractor.parse.dates import find_date_range
from extractor.parse.places import looks_like_location
from extractor.patterns.regexes import (
    ENTRY_PART_SEPARATOR_RE,
    INVITED_RE,
    QUOTED_TITLE_RE,
    SENTENCE_BREAK_RE,
)
from extractor.profile import Talk
from extractor.segment import split_entries


def parse_talks(section: Section, ctx: ParseContext) -> Found:
    found = Found()
    invited_section = bool(section.label and INVITED_RE.search(section.label))
    for block in split_entries(section):
        talk = parse_talk(" ".join(line.text.strip() for line in block.lines))
        if talk is None:
            continue
        title, event, location, date, invited = talk
        found.add(
            "talks",
            Talk(
                title=title,
                event=event,
                location=location,
                date=date,
                invited=invited or invited_section,
                evidence=evidence_for(block, ctx),
                confidence=block.confidence,
            ),
        )
    return found


def parse_talk(text: str) -> tuple[str | None, str | None, str | None, str | None, bool] | None:
    """(title, event, location, date, invited) of one entry's text; None for an empty entry."""
    invited = bool(INVITED_RE.search(text))
    date = None
    dates = find_date_range(text)
    if dates is not None and not dates.empty:
        date = dates.start or dates.end
        text = text.replace(dates.matched, " ", 1)
    title = None
    quoted = QUOTED_TITLE_RE.search(text)
    if quoted is not None:
        title = quoted.group(0).strip(" \"“”‘’'.,")
        text = (text[: quoted.start()] + " , " + text[quoted.end() :]).strip()
    parts = [p.strip(" .,:;()[]") for p in ENTRY_PART_SEPARATOR_RE.split(text)]
    parts = [p for p in parts if p and not INVITED_RE.fullmatch(p) and p.casefold() != "invited talk"]
    if title is None and parts:
        title = parts.pop(0)
        # "Rivers of sand. Lake Symposium": a title that ends its sentence before the event
        sentences = SENTENCE_BREAK_RE.split(title, maxsplit=1)
        if len(sentences) == 2:
            title, rest = sentences[0].strip(" ."), sentences[1].strip()
            parts.insert(0, rest)
    location = None
    for keep in range(min(3, len(parts)), 0, -1):
        tail = ", ".join(parts[-keep:])
        if looks_like_location(tail):
            location = tail
            parts = parts[:-keep]
            break
    event = ", ".join(parts) or None
    if not (title or event):
        return None
    return title, event, location, date, invited
