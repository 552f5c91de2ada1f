"""Skills: "Languages: Python, Java/C#, C/C++" -> category "Languages", items [...]."""

from __future__ import annotations

from extractor.document import Section
from extractor.fields.context import Found, ParseContext, evidence_for
from extractor.parse.lists import category_runs, split_items
from extractor.profile import Skill


def parse_skills(section: Section, ctx: ParseContext) -> Found:
    found = Found()
    for line in section.lines:
        for category, body in category_runs(line.text):
            items = split_items(body)
            if items:
                found.add("skills", Skill(category=category, items=items, evidence=evidence_for([line], ctx)))
    return found
