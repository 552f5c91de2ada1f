"""Teaching: role, course, term, institution ("Teaching Assistant: CS 240 Fa'22")."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from extractor.document import Block, Line, Section
from extractor.fields.context import Found, ParseContext, evidence_for
from extractor.parse.dates import find_date_range
from extractor.parse.entries import dissect, span_of, split_title_org
from extractor.parse.places import looks_like_location, split_location
from extractor.parse.teaching import (
    COURSE_LIST_MIN,
    TeachingEntry,
    read_teaching,
    split_courses,
)
from extractor.parse.teaching import is_institution_line as _is_institution_line
from extractor.parse.teaching import names_a_place as _names_a_place
from extractor.parse.teaching import role_at as _role_at
from extractor.parse.teaching import role_line as _role_line
from extractor.parse.text import fold
from extractor.patterns import regexes as rx
from extractor.patterns import teaching_regexes as trx
from extractor.patterns.regexes import BARE_YEAR_RE, TERM_COUNT_RE
from extractor.profile import Evidence, Experience, Teaching
from extractor.segment import ends_open_range, split_entries


def parse_teaching(section: Section, ctx: ParseContext) -> Found:
    """Entries read in order, with the context that nested layouts give: an institution line
    ("Vanderbilt University"), a role line ("Teaching Assistant:") and a line stating a role at an
    institution with no course ("Teaching Assistant, Tarrow University") apply to the course lines
    below them until the next such line; a block of several dated course lines is several entries.

    The roles the entries state with their institution are also offered as experience
    (``roles_held``): one position per entry, or per heading line with the courses under it.
    """
    found = Found()
    role: str | None = None
    institution: str | None = None
    if section.label and (heading_role_line := _role_line(section.label)) is not None:
        role = heading_role_line  # a heading that is a role: "Teaching Assistant:"
    elif section.label and (at := _role_at(section.label)) is not None:
        role, institution = at  # a heading that is a role at a school: "Teaching Assistant at Tarrow"
    heading_role = role  # a role the section's heading names holds for every school listed under it
    heading = 0  # which context line the entries below belong to
    held: dict[tuple[str, int], list[tuple[Teaching, list[Line]]]] = {}
    for block in _ranges_apart(split_entries(section)):
        if (courses_under := _courses_under_head(block.lines)) is not None:
            head, listed_courses = courses_under
            base = head.teaching(evidence_for(block.lines, ctx), role=role, institution=institution)
            items = [base.model_copy(update={"course": course}) for course in listed_courses]
            for item in items:
                found.add("teaching", item)
            group = ("entry", len(found.teaching))
            held.setdefault(group, []).extend((item, list(block.lines)) for item in items)
            continue
        trailing = _trailing_role(block.lines)
        if trailing is not None:
            role = trailing  # "Botany 101 (Tarrow) Fall 2024" over "Instructor": the role under its course
        dated = [ln for ln in block.lines if find_date_range(ln.text) is not None]
        # several dated lines, a role or school line inside, or a line of terms under its course: each
        # line is read in turn
        inside = [ln.text for ln in block.lines[1:]]
        by_line = len(dated) >= 2 or any(_sets_context(text) or _only_terms(text) for text in inside)
        pieces = _with_terms_below([[ln] for ln in block.lines]) if by_line else _school_apart(block)
        after_role_line = False
        for lines in pieces:
            raw = TERM_COUNT_RE.sub("", " ".join(ln.text for ln in lines))
            labelled = trx.COURSE_LIST_LABEL_RE.search(raw) is not None  # "Courses taught: A; B"
            text = trx.COURSE_LIST_LABEL_RE.sub("; ", raw).strip(" ;")
            if (role_line := _role_line(text)) is not None:
                role, heading = role_line, heading + 1  # a role line: "Instructor of Record"
                after_role_line = True
                continue
            if _is_institution_line(text):
                # a school line under a role line ("Teaching Assistant" / "Quillon University") keeps it
                role = role if after_role_line else heading_role
                institution, heading = _without_location(text), heading + 1
                continue
            after_role_line = False
            at = _role_at(text)
            if at is not None:
                (role, institution), heading = at, heading + 1
                continue
            role_only = rx.ROLE_ONLY_RE.fullmatch(text)
            if role_only and rx.TEACHING_ROLE_RE.search(role_only["role"]):
                role, heading = role_only["role"].strip(), heading + 1
                continue
            listed = bool(role or institution) and len(split_courses(text)) >= COURSE_LIST_MIN
            if not (_is_teaching_entry(text) or listed or labelled):
                continue
            entry = read_teaching(text)
            if entry is None:
                continue
            item = entry.teaching(evidence_for(lines, ctx), role=role, institution=institution)
            # under a role that is no teaching role ("Mentor: A. Doe, B. Roe") a list names people
            plain_commas = not item.role or bool(rx.TEACHING_ROLE_RE.search(item.role))
            courses: list[str | None] = [*split_courses(item.course, plain_commas)] if item.course else [None]
            items = [item.model_copy(update={"course": course}) for course in courses]
            for each in items:
                found.add("teaching", each)
            if entry.role and entry.institution and not entry.course and not entry.term:
                # "Teaching Assistant, Tarrow University" over the courses taught there
                role, institution, heading = entry.role, entry.institution, heading + 1
                group = ("heading", heading)
            elif (entry.role is None and role) or (entry.institution is None and institution):
                group = ("heading", heading)
            else:
                group = ("entry", len(found.teaching))  # an entry of its own
            held.setdefault(group, []).extend((each, lines) for each in items)
    for entries in held.values():
        lines = [ln for _, entry_lines in entries for ln in entry_lines]
        jobs = roles_held([item for item, _ in entries], evidence_for(lines, ctx))
        if not jobs and entries[0][0].role:
            # the entry's head line read as a job's, also over the several courses listed under it
            # ("2014 - 2016 Teaching assistant, Kestrel Tech, Millbrook" over "Botany, Ferns"), where
            # the title is the role alone, no course code ("MATH 101, Lecturer of a class of 30")
            job = _laid_out_as_a_job(lines, ctx)
            role_alone = job is not None and not any(ch.isdigit() for ch in job.title or "")
            jobs = [job] if job is not None and (len(entries) == 1 or role_alone) else []
        for job in jobs:
            found.add("experience", job)
    return found


def _ranges_apart(blocks: Sequence[Block]) -> list[Block]:
    """Each entry read in two where a date margin's range runs over its first two lines ("Aug,
    2019– Department of Botany, Kestrel University" over "Present COURSES: Ferns; Mosses"): the
    school's line, then the courses under it, as the parser reads a school line over its courses."""
    out: list[Block] = []
    for block in blocks:
        cut = next(
            (n for n in range(1, len(block.lines)) if ends_open_range(block.lines[n - 1], block.lines[n])),
            None,
        )
        if cut is None:
            out.append(block)
        else:
            out += [replace(block, lines=block.lines[:cut]), replace(block, lines=block.lines[cut:])]
    return out


def _with_terms_below(pieces: list[list[Line]]) -> list[list[Line]]:
    """A line that states only terms ("‣ Fall 2021, Spring 2022") joined to the course line above it
    ("BOT 101 Botany of the Coast"), when that line states no term itself."""
    joined: list[list[Line]] = []
    for piece in pieces:
        text = piece[0].text
        if joined and _only_terms(text) and not _sets_context(joined[-1][-1].text):
            above = " ".join(ln.text for ln in joined[-1])
            if find_date_range(above) is None:
                joined[-1] = [*joined[-1], *piece]
                continue
        joined.append(list(piece))
    return joined


def _only_terms(text: str) -> bool:
    """ "‣ Fall 2021, Spring 2022 (TA)": terms, their separators and notes in brackets, nothing else."""
    rest = trx.COURSE_LEAD_MARK_RE.sub("", text)
    found = False
    while (dates := find_date_range(rest)) is not None and dates.matched:
        rest, found = rest.replace(dates.matched, " ", 1), True
    rest = rx.PARENTHETICAL_NOTE_RE.sub(" ", rest)
    return found and not any(ch.isalpha() for ch in rx.MORE_TERMS_RE.sub(" ", rest).replace("and", ""))


def _courses_under_head(lines: Sequence[Line]) -> tuple[TeachingEntry, list[str]] | None:
    """A head line naming a role or a school and no course ("2019-2022 Teaching Assistant, Quillon
    University, Millbrook, OH") over lines that list the courses taught there, undated ("Botany (L1),"
    / "Plant Ecology (L2)"): the head's entry and the courses, one each. None for another layout."""
    below = [ln.text for ln in lines[1:]]
    if not below or any(find_date_range(text) is not None or _sets_context(text) for text in below):
        return None
    head = read_teaching(lines[0].text)
    if head is None or not (head.role or head.institution):
        return None
    if head.institution and not head.institution[:1].isupper():
        return None  # a phrase, not a school: "training students from high school to college"
    if head.course and not looks_like_location(head.course):
        if head.role or not _names_a_rank(head.course):
            return None
        head = replace(head, role=head.course)  # "Lecturer in Botany, Quillon University": the rank
    body = " ".join(ln.text for ln in lines[1:])
    if not all(_lists_courses(ln.text) for ln in lines[1:]):
        return None
    courses = split_courses(body, plain_commas=not head.role or bool(rx.TEACHING_ROLE_RE.search(head.role)))
    return replace(head, course=None), courses


def _names_a_rank(text: str) -> bool:
    """A few words before the school on a head line: the rank held there ("Associate Professor")."""
    short = len(text.split()) <= HEAD_RANK_MAX_WORDS
    return short and text[:1].isupper() and not any(c.isdigit() for c in text)


def _lists_courses(text: str) -> bool:
    """A line of a course list, not a sentence describing the teaching: short, or ending at a
    course's separator."""
    text = text.strip()
    return len(text.split()) <= COURSE_LINE_MAX_WORDS or text.endswith((",", ";", ")", ").", "),"))


def _trailing_role(lines: Sequence[Line]) -> str | None:
    """The role printed alone on an entry's last line, under the course it was held for, when no
    line above it is a role line: the entry's role (else it would fall to the next entry's course)."""
    if len(lines) < 2 or any(_role_line(ln.text) is not None for ln in lines[:-1]):
        return None
    return _role_line(lines[-1].text)


def _school_apart(block: Block) -> list[list[Line]]:
    """A school's line that opens a block ("Kestrel University" over "CS 101 Fall 2021") read apart
    from the entry below it, up to its bullets (they describe the work: "• Graded weekly problem
    sets"); else the whole block."""
    lines = list(block.lines)
    if len(lines) > 1 and _is_institution_line(lines[0].text.strip()):
        bullet = next((n for n, ln in enumerate(lines) if n > 1 and ln.list_item), len(lines))
        return [lines[:1], lines[1:bullet]]
    return [lines]


def _without_location(text: str) -> str:
    """A school's line without the place printed after it ("Kestrel University, Millbrook, OH")."""
    name, location = split_location(text)
    return (name if location and name else text).strip(" ,;:")


def _laid_out_as_a_job(lines: Sequence[Line], ctx: ParseContext) -> Experience | None:
    """A teaching role written as a position ("2014 - 2016 Teaching assistant, Kestrel Tech, Millbrook"),
    its school named without a school word: the head's title and organization, when the title is
    the teaching role."""
    parts = dissect(Block(lines=tuple(lines)))
    title, after = split_title_org(parts.head[0]) if parts.head else (None, None)
    # the school is the last piece, after the course: "TA, Plant Ecology, Kestrel Tech"
    organization = TERM_COUNT_RE.sub("", after).split(", ")[-1].strip(" .") if after else None
    if not title or not organization or not rx.TEACHING_ROLE_RE.search(title):
        return None
    if not _names_a_place(organization) or any(ch.isdigit() or ch in '"“”«»' for ch in organization):
        return None  # a course's title or code, not a school
    dates = parts.dates
    start = dates.start or dates.end if dates else None  # a single term is the whole span
    return Experience(
        title=title,
        organization=organization,
        location=parts.location,
        start=start,
        end=dates.end if dates else None,
        current=bool(dates and dates.current),
        evidence=evidence_for(lines, ctx),
    )


def roles_held(items: Sequence[Teaching], evidence: Evidence) -> list[Experience]:
    """The teaching roles one entry states with their institution, as experience (committees count
    them as positions; the contract also keeps them in ``teaching``): one position per role and
    institution of the entry, spanning the terms of its courses ("Teaching Assistant, Tarrow
    University" over three courses taught 2019-2021 is one position, 2019 to 2021)."""
    groups: dict[tuple[str, str], list[Teaching]] = {}
    for item in items:
        if item.role and item.institution and _names_a_place(item.institution):
            groups.setdefault((fold(item.role), fold(item.institution)), []).append(item)
    jobs: list[Experience] = []
    for group in groups.values():
        ranges = [r for item in group if (r := find_date_range(item.term or "")) is not None and not r.empty]
        span = span_of(ranges, single_is_span=True)
        years = sorted(y for item in group for y in BARE_YEAR_RE.findall(item.term or ""))
        start = span.start if span else None
        end = None if span is None or span.current else (span.end or span.start)
        if years and end is not None and years[-1] > end[:4]:
            end = years[-1]  # "2021, 2022, 2023": the last term listed
        jobs.append(
            Experience(
                title=group[0].role,
                organization=group[0].institution,
                start=start,
                end=end,
                current=bool(span and span.current),
                evidence=evidence,
            )
        )
    return jobs


def _sets_context(text: str) -> bool:
    """A line that sets the role or the school of the lines below it."""
    return _role_line(text) is not None or _is_institution_line(text)


def _is_teaching_entry(text: str) -> bool:
    """A course, a term or a teaching role: not an evaluation score or a note."""
    return bool(
        rx.COURSE_CODE_RE.search(text)
        or find_date_range(text) is not None
        or rx.TEACHING_ROLE_RE.search(text)
    )


# A head line's rank before its school ("Maître de conférences, Quillon University"): at most this
# many words.
HEAD_RANK_MAX_WORDS = 5
# A line of a course list under a head line has at most this many words (unless it ends at a separator).
COURSE_LINE_MAX_WORDS = 14
