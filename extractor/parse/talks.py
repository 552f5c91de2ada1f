"""A talk entry's fields by rule ("Rivers of sand. Lake Symposium, Oslo, Norway, May 2024").

An entry's date (the first date or range, its start when it is a range) is cut out (a year closing an
event's name, "Lake Days 2024", stays when the year is printed again later); a quoted title
is the title; otherwise the parts between separators (commas, semicolons, spaced dashes) are read in
order: the title, then the event, and a trailing run of parts that reads as a place is the
location. A talk is invited when the entry says so (invited, keynote, plenary). A talk printed as a
reference ("Doe, Jane. 2024. Rivers of sand. Lake Days") is read without its people and year (the
year is its date when no other is printed), its first sentence the title; in its event, a part
saying only what kind of talk it was ("Invited speaker", "Poster"), a "Presented at the" lead and
the parts that only date it are cut. (Cutting those from every talk's event cost the learned talk
model, which reads the rules' fields as features, more than it gained on the corpus CVs.)
"""

from __future__ import annotations

from typing import NamedTuple

from extractor.parse.dates import find_date_range
from extractor.parse.places import looks_like_location
from extractor.parse.text import strip_part
from extractor.patterns.regexes import (
    ENTRY_PART_SEPARATOR_RE,
    INVITED_RE,
    QUOTED_TITLE_RE,
    SENTENCE_BREAK_RE,
)
from extractor.patterns.talk_regexes import (
    EVENT_YEAR_RE,
    MONTH_DAY_RE,
    PRESENTED_AT_LEAD_RE,
    TALK_CITED_LEAD_RE,
    TALK_KIND_PART_RE,
)


class TalkFields(NamedTuple):
    title: str | None
    event: str | None
    location: str | None
    date: str | None
    invited: bool


def cut_date(text: str, matched: str) -> str:
    """``text`` without its date: the first place it is printed, unless that is a year closing an
    event's name and its part ("Lake Days 2024, Oslo, 2024") printed again later, whose later print
    is cut."""
    at = text.find(matched)
    later = text.find(matched, at + len(matched))
    named_year = EVENT_YEAR_RE.fullmatch(matched.strip()) is not None and names_before(text, at)
    if later > 0 and named_year and closes_part(text, at + len(matched)):
        at = later
    return text[:at] + " " + text[at + len(matched) :]


def closes_part(text: str, end: int) -> bool:
    """The text ends at ``end`` or its next mark is a separator ("Lake Days 2024, Oslo"; not "Jane
    Doe 2024 Lake Days 2024", a date printed after a line of names)."""
    rest = text[end:].lstrip(" ")
    return not rest or rest[0] in ",;.|"


def names_before(text: str, at: int) -> bool:
    """A name's word is printed right before ``at`` in its part ("Lake Days 2024", not ", 2024")."""
    before = text[:at].rstrip(" ")
    return before[-1:].isalnum() and len(before) < len(text[:at])


def read_talk(text: str) -> TalkFields | None:
    """The fields of one talk entry's text (on one line); None for an empty entry."""
    invited = bool(INVITED_RE.search(text))
    date = None
    cited = TALK_CITED_LEAD_RE.match(text)
    if cited is not None:
        text = text[cited.end() :]
    dates = find_date_range(text)
    if dates is not None and not dates.empty:
        date = dates.start or dates.end
        if cited is None:
            # a reference's year was its lead; a year in its sentences may name the event ("Lake
            # Days 2024"), so only the parts that are dates and nothing else are cut (below)
            text = cut_date(text, dates.matched)
    title = None
    if cited is not None and (sentences := SENTENCE_BREAK_RE.split(text.strip(), maxsplit=1))[1:]:
        # a reference's first sentence is its title, commas and quotes inside it too
        title, text = sentences[0].strip(" ."), sentences[1]
    quoted = QUOTED_TITLE_RE.search(text) if title is None else None
    if quoted is not None:
        title = quoted.group(0).strip(" \"“”‘’'.,")
        text = (text[: quoted.start()] + " , " + text[quoted.end() :]).strip()
    parts = [strip_part(p) for p in ENTRY_PART_SEPARATOR_RE.split(text)]
    parts = [p for p in parts if p and not INVITED_RE.fullmatch(p) and p.casefold() != "invited talk"]
    if cited is not None:
        parts = [event_part(p) for p in parts if not names_talk_kind(p)]
    if title is None and parts:
        title = parts.pop(0)
        # "Rivers of sand. Lake Symposium": a title that ends its sentence before the event
        sentences = SENTENCE_BREAK_RE.split(title, maxsplit=1)
        if len(sentences) == 2:
            title, rest = sentences[0].strip(" ."), sentences[1].strip()
            parts.insert(0, event_part(rest) if cited is not None else rest)
    location = None
    for keep in range(min(3, len(parts)), 0, -1):
        tail = ", ".join(parts[-keep:])
        if looks_like_location(tail):
            location = tail
            parts = parts[:-keep]
            break
    event = ", ".join(p for p in parts if p and (cited is None or not only_date(p))) or None
    if not (title or event):
        return None
    if date is None and cited is not None:
        date = cited.group("year")
    return TalkFields(title, event, location, date, invited)


def is_cited_talk(text: str) -> bool:
    """A talk printed as a reference with its year unbracketed: people, a year, then its sentences
    ("Doe, Jane. 2024. Rivers of sand. Lake Days, Tarrow University."). (The bracketed form, "Doe,
    J. (2019). Title. Event.", is common in the corpus, and the learned model reads it well.)"""
    cited = TALK_CITED_LEAD_RE.match(text)
    return cited is not None and cited.group("open") is None


def event_part(part: str) -> str:
    """A part of the run after a talk's title, as its event reads it: without its sentences that
    only say what kind of talk it was ("Hill University. Poster" -> "Hill University") or only
    date it, and without a "Presented at the" lead."""
    sentences = [s.strip(" .") for s in SENTENCE_BREAK_RE.split(part)]
    kept = [s for s in sentences if s and not names_talk_kind(s) and not only_date(s)]
    return PRESENTED_AT_LEAD_RE.sub("", ". ".join(kept))


def only_date(part: str) -> bool:
    """A part that is a date and nothing else ("Nov 1-3", "May 2024")."""
    if MONTH_DAY_RE.fullmatch(part.strip(" .,")):
        return True
    dates = find_date_range(part)
    return dates is not None and not dates.empty and len(dates.matched.strip()) >= len(part.strip(" .,")) - 1


def names_talk_kind(part: str) -> bool:
    """A part that only says what kind of talk it was ("Invited", "Invited speaker", "Keynote",
    "Poster", "Presented Talk"): never the talk's event."""
    return bool(INVITED_RE.fullmatch(part) or TALK_KIND_PART_RE.fullmatch(part))
