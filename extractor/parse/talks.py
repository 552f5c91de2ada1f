"""A talk entry's fields by rule ("Rivers of sand. Lake Symposium, Oslo, Norway, May 2024").

An entry's date (the first date or range, its start when it is a range) is cut out; a quoted title
is the title; otherwise the parts between separators (commas, semicolons, spaced dashes) are read in
order: the title, then the event, and a trailing run of parts that reads as a place is the
location. A talk is invited when the entry says so (invited, keynote, plenary).
"""

from __future__ import annotations

from typing import NamedTuple

from extractor.parse.dates import find_date_range
from extractor.parse.places import looks_like_location
from extractor.patterns.regexes import (
    ENTRY_PART_SEPARATOR_RE,
    INVITED_RE,
    QUOTED_TITLE_RE,
    SENTENCE_BREAK_RE,
)


class TalkFields(NamedTuple):
    title: str | None
    event: str | None
    location: str | None
    date: str | None
    invited: bool


def read_talk(text: str) -> TalkFields | None:
    """The fields of one talk entry's text (on one line); None for an empty entry."""
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
    return TalkFields(title, event, location, date, invited)
