"""Teaching: role, course, term, institution ("Teaching Assistant: CS 240 Fa'22")."""

from __future__ import annotations

from collections.abc import Sequence

from extractor.document import Block, Line, Section
from extractor.fields.context import Found, ParseContext, evidence_for
from extractor.parse.dates import find_date_range
from extractor.parse.entries import dissect, has_word, span_of, split_title_org
from extractor.parse.places import split_location
from extractor.parse.teaching import read_teaching
from extractor.parse.text import fold
from extractor.patterns import regexes as rx
from extractor.patterns.regexes import BARE_YEAR_RE, TERM_COUNT_RE, TITLE_AT_ORG_RE
from extractor.profile import Evidence, Experience, Teaching
from extractor.segment import split_entries


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
    if section.label and rx.TEACHING_ROLE_RE.fullmatch(section.label.strip(" :")):
        role = section.label.strip(" :")  # a heading that is a role: "Teaching Assistant:"
    elif section.label and (at := _role_at(section.label)) is not None:
        role, institution = at  # a heading that is a role at a school: "Teaching Assistant at Tarrow"
    heading_role = role  # a role the section's heading names holds for every school listed under it
    heading = 0  # which context line the entries below belong to
    held: dict[tuple[str, int], list[tuple[Teaching, list[Line]]]] = {}
    for block in split_entries(section):
        for lines in _pieces(block):
            text = TERM_COUNT_RE.sub("", " ".join(ln.text for ln in lines)).strip()
            if _is_institution_line(text):
                institution, role, heading = _without_location(text), heading_role, heading + 1
                continue
            at = _role_at(text)
            if at is not None:
                (role, institution), heading = at, heading + 1
                continue
            role_only = rx.ROLE_ONLY_RE.fullmatch(text)
            if role_only and rx.TEACHING_ROLE_RE.search(role_only["role"]):
                role, heading = role_only["role"].strip(), heading + 1
                continue
            if not _is_teaching_entry(text):
                continue
            entry = read_teaching(text)
            if entry is None:
                continue
            item = entry.teaching(evidence_for(lines, ctx), role=role, institution=institution)
            found.add("teaching", item)
            if entry.role and entry.institution and not entry.course and not entry.term:
                # "Teaching Assistant, Tarrow University" over the courses taught there
                role, institution, heading = entry.role, entry.institution, heading + 1
                group = ("heading", heading)
            elif (entry.role is None and role) or (entry.institution is None and institution):
                group = ("heading", heading)
            else:
                group = ("entry", len(found.teaching))  # an entry of its own
            held.setdefault(group, []).append((item, lines))
    for entries in held.values():
        lines = [ln for _, entry_lines in entries for ln in entry_lines]
        jobs = roles_held([item for item, _ in entries], evidence_for(lines, ctx))
        if not jobs and len(entries) == 1 and entries[0][0].role:
            job = _laid_out_as_a_job(lines, ctx)
            jobs = [job] if job is not None else []
        for job in jobs:
            found.add("experience", job)
    return found


def _pieces(block: Block) -> list[list[Line]]:
    """The parts of an entry read one by one: each line of a block of several dated course lines; a
    school's line that opens a block ("Kestrel University" over "CS 101 Fall 2021") apart from the
    entry below it, read up to its bullets (they describe the work: "• Graded weekly problem sets");
    else the whole block."""
    lines = list(block.lines)
    dated = [ln for ln in lines if find_date_range(ln.text) is not None]
    if len(dated) >= 2:
        return [[ln] for ln in lines]
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


def _role_at(text: str) -> tuple[str, str] | None:
    """A line that is only a teaching role at a school: "Instructor at Kestrel College" -> (role, school)."""
    text = text.strip(" :")
    found = TITLE_AT_ORG_RE.search(text)
    if found is None or find_date_range(text) is not None:
        return None
    role, school = text[: found.start()].strip(" ,"), text[found.end() :].strip(" ,")
    if not rx.TEACHING_ROLE_RE.fullmatch(role) or not school or not _names_a_place(school):
        return None
    return role, school


def _names_a_place(institution: str) -> bool:
    """An institution read whole, not a run of text around one ("Tarrow University Lead Instructor:
    A. Doe"): few words, no label."""
    return ":" not in institution and len(institution.split()) <= INSTITUTION_MAX_WORDS


def _is_institution_line(text: str) -> bool:
    return (
        has_word(text, "org_words")
        and find_date_range(text) is None
        and not rx.COURSE_CODE_RE.search(text)
        and not rx.TEACHING_ROLE_RE.search(text)
        and len(text.split()) <= INSTITUTION_MAX_WORDS
    )


def _is_teaching_entry(text: str) -> bool:
    """A course, a term or a teaching role: not an evaluation score or a note."""
    return bool(
        rx.COURSE_CODE_RE.search(text)
        or find_date_range(text) is not None
        or rx.TEACHING_ROLE_RE.search(text)
    )


# An institution line names only the institution: at most this many words.
INSTITUTION_MAX_WORDS = 10
