"""Talks: title, event, location, date, invited ("Rivers of sand. Lake Symposium, Oslo, Norway, May 2024").

The rules (``extractor.parse.talks``) read every field; where the learned talk model is there
(``extractor.learn.items``, the rules' fields among its features) it chooses the title, the event and
the location, and the date grammar keeps the date. A talk is invited when the entry or its section
heading says so (invited, keynote, plenary).
"""

from __future__ import annotations

from extractor.document import Section
from extractor.fields.context import Found, ParseContext, entry_text, evidence_for, learned_fields
from extractor.parse.talks import read_talk
from extractor.patterns.regexes import INVITED_RE
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
        found.add(
            "talks",
            Talk(
                title=title,
                event=event,
                location=location,
                date=talk.date,
                invited=talk.invited or invited_section,
                evidence=evidence_for(block, ctx),
                confidence=block.confidence,
            ),
        )
    return found
