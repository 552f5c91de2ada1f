"""Awards: title, year, organization ("Best Paper Award, ACM SOSP, 2023").

The rules (``extractor.parse.awards``) read every field; where the learned award model is there
(``extractor.learn.items``, the rules' fields among its features) it chooses the title and the
organization, and the date grammar keeps the year.
"""

from __future__ import annotations

from extractor.document import Section
from extractor.fields.context import Found, ParseContext, entry_text, evidence_for, learned_fields
from extractor.parse.awards import read_award
from extractor.profile import Award
from extractor.segment import split_entries


def parse_awards(section: Section, ctx: ParseContext) -> Found:
    found = Found()
    for block in split_entries(section):
        entry = entry_text(block.lines)
        award = read_award(entry.flat.strip())
        if award is None:
            continue
        title, organization = award.title, award.organization
        learned = learned_fields("awards", entry, ctx)
        if learned and (learned_title := learned.get("title")):
            title, organization = learned_title, learned.get("organization")
        found.add(
            "awards",
            Award(title=title, year=award.year, organization=organization, evidence=evidence_for(block, ctx)),
        )
    return found
