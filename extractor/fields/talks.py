"""Talks: title, event, location, date, invited ("Rivers of sand. Lake Symposium, Oslo, Norway, May 2024").

The rules (``extractor.parse.talks``) read every field; where the learned talk model is there
(``extractor.learn.items``, the rules' fields among its features) it chooses the title, the event and
the location, and the date grammar keeps the date. A talk is invited when the entry or its section
heading says so (invited, keynote, plenary).
"""

from __future__ import annotations

from extractor.document import Section
from extractor.fields.context import Found, ParseContext, entry_text, evidence_for, learned_fields
from extractor.parse.bio import is_unit
from extractor.parse.entries import has_word
from extractor.parse.places import is_place, looks_like_location, split_location
from extractor.parse.talks import read_talk
from extractor.patterns.regexes import EVENT_LIST_SEPARATOR_RE, INVITED_RE
from extractor.profile import Talk
from extractor.segment import split_entries


def parse_talks(section: Section, ctx: ParseContext) -> Found:
    found = Found()
    invited_section = bool(section.label and INVITED_RE.search(section.label))
    for block in split_entries(section):
        entry = entry_text(block.lines)
        talk = read_talk(entry.flat)
        if talk is None:
            continue
        title, event, location = talk.title, talk.event, talk.location
        learned = learned_fields("talks", entry, ctx)
        if learned and (learned.get("title") or learned.get("event")):
            title, event, location = learned.get("title"), learned.get("event"), learned.get("location")
        events = event_list(event) if title is None and event else [event]
        for one in events:
            found.add(
                "talks",
                Talk(
                    title=title,
                    event=one,
                    location=location if len(events) == 1 else None,
                    date=talk.date,
                    invited=talk.invited or invited_section,
                    evidence=evidence_for(block, ctx),
                    confidence=block.confidence,
                ),
            )
    return found


# A list of events ("2024: Lake Symposium, Tarrow University, Kestrel Workshop") has at least
# this many parts, each at most this many words.
MIN_EVENT_LIST_PARTS = 3
MAX_EVENT_WORDS = 10


def event_list(event: str) -> list[str]:
    """An untitled entry naming several events or hosts, one talk at each: "Lake Symposium, Tarrow
    University, Kestrel Workshop" -> three events. Not when a part is a place ("Lake Symposium,
    Oslo, Norway" is one event and where it was)."""
    parts = [p.strip(" .") for p in EVENT_LIST_SEPARATOR_RE.split(event) if p.strip(" .")]
    if len(parts) < MIN_EVENT_LIST_PARTS:
        return [event]
    for part in parts:
        if not 1 <= len(part.split()) <= MAX_EVENT_WORDS or not (part[:1].isupper() or part[:1].isdigit()):
            return [event]
        if is_place(part) or looks_like_location(part) or split_location(part)[1] is not None:
            return [event]
        if not has_word(part, "org_words") and len(part.split()) == 1:
            return [event]  # "Lake Symposium, Oslo, ...": a lone word is a city as often as not
    if any(is_unit(part) or part.casefold().startswith("section") for part in parts[1:]):
        return [event]  # "Grand Rounds, Department of X, Tarrow University": one event and its host
    return parts
