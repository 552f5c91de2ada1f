"""Experience entries: title, organization, location, dates, current, supervisors, highlights.

Head lines are split into title and organization by ``split_title_org`` ("Applied Scientist
Intern @ Amazon, AWS AI Team") or assigned by vocabulary: a line with an organization word
("University", "Institute", "Inc") is the organization, a line with a job word ("Intern",
"Scientist", "Assistant") is the title; failing both, an emphasized first line is the
organization (CVs bold the employer) and the next line the title. Head lines beyond those two
("Project 1: ...") are highlights: one heading holding several projects is one position, whose
dates span the projects' dates.
"""

from __future__ import annotations

from extractor.document import Block, Section
from extractor.fields import Found, ParseContext, evidence_for
from extractor.fields.entries import dissect, has_word, span_of, split_title_org
from extractor.patterns.regexes import LEADING_SYMBOLS_RE
from extractor.profile import Experience
from extractor.segment import split_entries


def parse_experience(section: Section, ctx: ParseContext) -> Found:
    found = Found()
    for block in split_entries(section):
        item = parse_experience_block(block, ctx)
        if item is not None:
            found.add("experience", item)
    return found


def parse_experience_block(block: Block, ctx: ParseContext) -> Experience | None:
    parts = dissect(block)
    head = [LEADING_SYMBOLS_RE.sub("", h).strip() for h in parts.head]
    head = [h for h in head if h]
    title = organization = None
    used: set[int] = set()
    for index, text in enumerate(head):
        t, o = split_title_org(text)
        if t and o:
            title, organization = t, o
            used.add(index)
            break
    if title is None:
        for index, text in enumerate(head):
            if index in used:
                continue
            is_org = has_word(text, "org_words")
            is_title = has_word(text, "job_titles")
            if organization is None and is_org and not (is_title and not is_org):
                organization = text
                used.add(index)
            elif title is None and is_title and not is_org:
                title = text
                used.add(index)
        remaining = [i for i in range(len(head)) if i not in used]
        if organization is None and remaining:
            index = remaining.pop(0)
            organization = head[index]
            used.add(index)
        if title is None and remaining:
            index = remaining.pop(0)
            title = head[index]
            used.add(index)
    highlights = [h for i, h in enumerate(head) if i not in used and h not in (title, organization)]
    highlights += parts.highlights
    if title is None and organization is None:
        return None
    dates = span_of(parts.all_dates) if len(parts.all_dates) > 1 else parts.dates
    return Experience(
        title=title,
        organization=organization,
        location=parts.location,
        start=dates.start if dates else None,
        end=dates.end if dates else None,
        current=bool(dates and dates.current),
        supervisors=parts.people,
        highlights=highlights,
        evidence=evidence_for(block, ctx),
    )
