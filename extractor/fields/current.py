"""The current role an entry states, as position, affiliation and department candidates.

The education and experience handlers offer them; assemble only chooses among every candidate
(a header's tagline or a bio sentence outranks them, see ``Candidate.rank``):
- an ongoing degree ("Sep 2021 - May 2026 (Expected)", "2022 -") gives the student position of
  its level ("Ph.D. student") at its institution, its field as the department;
- an open-ended job ("10/2023 - present", "since 2024") gives its title at its organization, the
  organization's department part split off as every affiliation is (``Found.fact``).
Within a document the first one printed wins (CVs list the newest first).
"""

from __future__ import annotations

from collections.abc import Sequence

from extractor.document import Block, Candidate, Line, Section, SectionKind
from extractor.fields.context import Found
from extractor.parse.dates import find_all_years, find_date_range
from extractor.parse.entries import has_word
from extractor.parse.places import is_place
from extractor.patterns import find_degree, words
from extractor.patterns.date_regexes import OPEN_END_ONLY_RE
from extractor.patterns.regexes import FIELD_AS_DEPARTMENT_RE, STUDENT_TITLE_RE, TITLE_ORG_SEPARATOR_RE
from extractor.profile import Education, Evidence, Experience
from extractor.segment import split_entries

# Below a header's or a bio's candidates (ranks 0-2); a doctorate under way before an open job, a
# master's or bachelor's under way after every open job (a research assistant who studies for a
# master's is the assistant), the roles ``offer_open_entries`` reads included.
CURRENT_DEGREE_RANK = 10
CURRENT_JOB_RANK = 11
CURRENT_JUNIOR_DEGREE_RANK = 13
# Below those: the role an open-ended entry's lines state, read by ``offer_open_entries``.
OPEN_ENTRY_RANK = 12
OPEN_ENTRY_ORIGIN = "open-entry"
# Sections whose entries may hold the current role (an open-ended award or service is not one), in
# the order they speak: a job or a degree under way before a line of the header, a teaching role last.
OPEN_ROLE_SECTIONS = {
    SectionKind.EXPERIENCE: 0,
    SectionKind.EDUCATION: 0,
    SectionKind.HEADER: 1,
    SectionKind.OTHER: 2,
    SectionKind.TEACHING: 3,
}
# Sections where an open entry that names no role is no current role: a membership ("Society for
# Root Studies, 2019 - present") or a course; an experience or education entry may name only its place.
ROLE_NAMED_SECTIONS = frozenset({SectionKind.OTHER, SectionKind.TEACHING})
# An entry's open range is looked for in its first lines; a title piece has at most this many words,
# an organization piece this many.
OPEN_HEAD_LINES = 3
OPEN_TITLE_MAX_WORDS = 8
OPEN_ORG_MAX_WORDS = 10
# Open ends that, alone at a line's end, say nothing ("... Graduation Date").
NOT_LONE_OPEN_ENDS = frozenset({"date", "today"})
# The document's years are read from lines of at most this many characters: a longer line is a
# paragraph or a whole file on one line, no entry's dates.
YEAR_LINE_MAX_CHARS = 2000
# An employer named by its acronym alone has this many capitals.
ACRONYM_MIN_CHARS = 2
ACRONYM_MAX_CHARS = 8
# A lowercase word in an organization's name is a short joining word ("of", "and", "de", "für").
ORG_JOINING_WORD_MAX_CHARS = 4
# Words kept in lower case when a title set in capitals is given in title case.
TITLE_SMALL_WORDS = frozenset({"of", "and", "in", "for", "at", "the", "on", "de", "en", "et", "y", "e"})
# Position title implied by an ongoing degree of each level.
STUDENT_POSITIONS = {
    "doctorate": "Ph.D. student",
    "master": "Master's student",
    "bachelor": "Undergraduate student",
}


def is_ongoing(edu: Education, as_of: int | None = None) -> bool:
    """A degree under way: expected, started with no end, or ending after ``as_of`` (the latest
    year the rest of the document mentions: "2023 - 2028" in a CV whose newest paper is of 2025)."""
    if edu.expected or (edu.start and edu.end is None):
        return True
    return as_of is not None and edu.end is not None and edu.end[:4].isdigit() and int(edu.end[:4]) > as_of


def document_year(sections: Sequence[Section]) -> int | None:
    """The latest year the document mentions outside its education sections (its "now")."""
    years = [
        y
        for section in sections
        if section.kind is not SectionKind.EDUCATION
        for line in section.lines
        if len(line.text) <= YEAR_LINE_MAX_CHARS
        for y in find_all_years(line.text)
    ]
    return max(years, default=None)


def student_title(edu: Education) -> str | None:
    """The student's title an ongoing degree states: printed ("Ph.D. Candidate"), else its level's."""
    printed = STUDENT_TITLE_RE.search(edu.evidence.text)
    if printed is not None:
        return capitals_to_title(" ".join(printed.group(0).split()))
    return STUDENT_POSITIONS.get(edu.degree_level or "")


def capitals_to_title(text: str) -> str:
    """ "SENIOR RESEARCH SCIENTIST" -> "Senior Research Scientist"; a title in mixed case is kept."""
    letters = [c for c in text if c.isalpha()]
    if not letters or not all(c.isupper() for c in letters):
        return text
    words = [w.lower() if w.lower() in TITLE_SMALL_WORDS else w.capitalize() for w in text.split()]
    return " ".join([words[0].capitalize(), *words[1:]])


def offer_degree_role(edu: Education, source: int, found: Found, as_of: int | None = None) -> None:
    """An ongoing degree's student position, institution and field as candidates."""
    if not is_ongoing(edu, as_of) or edu.degree_level not in STUDENT_POSITIONS:
        return
    evidence = edu.evidence
    title = student_title(edu)
    rank = CURRENT_DEGREE_RANK if edu.degree_level == "doctorate" else CURRENT_JUNIOR_DEGREE_RANK
    if title:
        found.fact("position", Candidate(title, source, "education", rank, evidence=evidence))
    if edu.institution:
        found.fact("affiliation", Candidate(edu.institution, source, "education", rank, evidence=evidence))
    if edu.field and FIELD_AS_DEPARTMENT_RE.fullmatch(edu.field):
        # "Ph.D. in Computer Science": the program's field stands for the student's department; a
        # field the entry parser cut badly ("Candidate in Astronomy, Advisor: ...") does not
        found.fact("department", Candidate(edu.field, source, "education", rank, evidence=evidence))


def offer_job_role(job: Experience, source: int, found: Found) -> None:
    """An open-ended job's title and organization as candidates."""
    if not job.current:
        return
    if job.title:
        found.fact(
            "position", Candidate(job.title, source, "experience", CURRENT_JOB_RANK, evidence=job.evidence)
        )
    if job.organization:
        found.fact(
            "affiliation",
            Candidate(job.organization, source, "experience", CURRENT_JOB_RANK, evidence=job.evidence),
        )


def offer_open_entries(sections: Sequence[Section], source: int, found: Found) -> None:
    """The current role read straight from the entries whose head states an open range ("Senior
    Lecturer, Wrenfield University (since 2025)", "2022 – present" over "Doctoral Student"), a
    lone open end ("Postdoctoral Researcher  Present") or an end after every other year the
    document mentions outside its education ("2024 - March 2027" in a CV whose newest paper is of
    2026: the job runs on), in every section that lists roles: a fallback below the entry parsers'
    candidates (which miss an entry they could not cut or date), the newest start first."""
    opened: list[tuple[int, bool, str, Candidate | None, Candidate | None]] = []
    years = _years_by_line(sections)
    for section in sections:
        priority = OPEN_ROLE_SECTIONS.get(section.kind)
        if priority is None:
            continue
        for block in _blocks(section):
            is_education = section.kind is SectionKind.EDUCATION
            role = open_entry_role(block.lines, is_education)
            inferred = role is None  # open only by its end after the document's other years
            if role is None:
                own = {id(line) for line in block.lines}
                as_of = max((y for key, y in years if key not in own), default=None)
                role = open_entry_role(block.lines, is_education, as_of)
            if role is None or (role[1] is None and section.kind in ROLE_NAMED_SECTIONS):
                continue
            level = _degree_level(block.lines) if section.kind is SectionKind.EDUCATION else None
            # a degree under way ranks as the education handler ranks it: a doctorate before an open
            # job, a master's or bachelor's after
            rank = {"doctorate": CURRENT_DEGREE_RANK, "master": CURRENT_JUNIOR_DEGREE_RANK}.get(
                level or "", CURRENT_JUNIOR_DEGREE_RANK if level == "bachelor" else OPEN_ENTRY_RANK
            )
            start, title, organization = role
            evidence = Evidence(
                source=source,
                page=next((ln.page for ln in block.lines if ln.page is not None), None),
                text="\n".join(ln.text for ln in block.lines),
            )
            position, affiliation = (
                Candidate(v, source, OPEN_ENTRY_ORIGIN, rank, evidence=evidence) if v else None
                for v in (title, organization)
            )
            opened.append((priority, inferred, start, position, affiliation))
    # by section, a stated open end before an end inferred to lie ahead, then the newest start (ISO
    # dates sort as text); a stable sort keeps the document's order among equals
    opened.sort(key=lambda o: o[2], reverse=True)
    for _, _, _, position, affiliation in sorted(opened, key=lambda o: (o[0], o[1])):
        if position is not None:
            found.fact("position", position)
        if affiliation is not None:
            found.fact("affiliation", affiliation)


def _blocks(section: Section) -> list[Block]:
    """A section's entries; a dated heading ("Depuis 04/2023 Chercheur, Université de Tarrow", an
    entry the segmenter took for a heading) heads an entry of its own, with the lines under it."""
    blocks = split_entries(section)
    heading = section.heading
    if heading is not None and find_date_range(heading.text) is not None:
        blocks = [Block(lines=(heading, *section.lines[:OPEN_HEAD_LINES])), *blocks]
    return blocks


def _years_by_line(sections: Sequence[Section]) -> list[tuple[int, int]]:
    """(line id, year) of every year the document mentions outside its education sections."""
    return [
        (id(line), y)
        for section in sections
        if section.kind is not SectionKind.EDUCATION
        for line in section.lines
        if len(line.text) <= YEAR_LINE_MAX_CHARS
        for y in find_all_years(line.text)
    ]


def _open_when(head: Sequence[Line], as_of: int | None) -> tuple[str, str] | None:
    """(start, text to cut) of the open range an entry's first lines state: an open range with a
    start, an expected end, an end after ``as_of``, or a line ending with a lone open end
    ("Present") and no date."""
    for line in head:
        found = find_date_range(line.text)
        if found is not None and found.expected:  # "Expected Spring 2027": a degree under way
            return found.start or "", found.matched
        if found is None or not found.start:
            continue
        if found.current and found.end is None:
            return found.start, found.matched
        end_year = int(found.end[:4]) if found.end is not None and found.end[:4].isdigit() else None
        if end_year is not None and as_of is not None and end_year > as_of:
            return found.start, found.matched
    for line in head:
        words = line.text.rstrip(" .").rsplit(None, 1)
        lone = len(words) == 2 and words[1][:1].isupper() and words[1].casefold() not in NOT_LONE_OPEN_ENDS
        if lone and OPEN_END_ONLY_RE.fullmatch(words[1]) and not find_all_years(line.text):
            return "", words[1]  # no start: after every dated one
    return None


def open_entry_role(
    lines: Sequence[Line], is_education: bool, as_of: int | None = None
) -> tuple[str, str | None, str | None] | None:
    """(start, title, organization) of an entry whose first lines state an open range (an end after
    ``as_of``, the document's latest other year, included), else None.

    The title is the first piece with a role word and no organization word (a degree under way
    gives its student title, printed anywhere in the entry); the organization is the first run of
    pieces with an organization word ("Faculty of Physics, University of Vienna"), places after it
    left out."""
    head = [ln for ln in lines[:OPEN_HEAD_LINES] if ln.text.strip()]
    when = _open_when(head, as_of)
    if when is None:
        return None
    start, matched = when
    pieces: list[str] = []
    for line in head:
        text = line.text.replace(matched, " ")
        for cell in line.cells or (text,):
            cell = cell.replace(matched, " ")
            parts = TITLE_ORG_SEPARATOR_RE.sub("\x00", cell).split("\x00")
            pieces.extend(p.strip(" ,.;:()[]") for p in parts if p.strip(" ,.;:()[]"))
    text = " ".join(ln.text for ln in head)
    title: str | None = None
    # an ongoing degree's student title may come under its honours ("Ph.D. Candidate" on the 4th line)
    printed = STUDENT_TITLE_RE.search(" ".join(ln.text for ln in lines) if is_education else text)
    degree = find_degree(text)
    if printed is not None:
        title = capitals_to_title(" ".join(printed.group(0).split()))
    elif is_education and degree is not None:
        title = STUDENT_POSITIONS.get(degree.level)
    else:
        title = next((p for p in pieces if _is_role_piece(p)), None)
        title = capitals_to_title(title) if title else None
    organization: list[str] = []
    for piece in pieces:
        if _is_org_piece(piece):
            organization.append(_cut_glued_unit(piece))
        elif organization:
            break
    if not organization and title is not None and title in pieces:
        # "Assistant Project Scientist, UCLA": an acronym right after the title is its employer
        after = pieces[pieces.index(title) + 1 : pieces.index(title) + 2]
        organization = [p for p in after if _is_acronym(p)]
    if title is None and not organization:
        return None
    return start, title, ", ".join(organization) or None


def _degree_level(lines: Sequence[Line]) -> str | None:
    """The level of the degree an entry's first lines name ("doctorate", "master", ...), if any."""
    degree = find_degree(" ".join(ln.text for ln in lines[:OPEN_HEAD_LINES]))
    return degree.level if degree is not None else None


def _is_org_piece(piece: str) -> bool:
    """ "University of Vienna", "Université Lyon 2": an organization word, not a street address or a
    sentence."""
    # an organization's name is capitalized but for short joining words ("of", "de la", "für")
    lowercase = [w for w in piece.split() if w[:1].islower()]
    return (
        len(piece.split()) <= OPEN_ORG_MAX_WORDS
        and piece[:1].isupper()
        and all(len(w) <= ORG_JOINING_WORD_MAX_CHARS for w in lowercase)
        # "Cornell University-Ecology": an organization word inside a hyphenated word counts
        and (has_word(piece.replace("-", " "), "org_words") or _named_by_acronym(piece))
        and not piece[:1].isdigit()
        and not find_all_years(piece)
    )


def _named_by_acronym(piece: str) -> bool:
    """ "KSDA Agricultural Research Service": an agency's name led by its acronym, with no organization
    word of the list; not a role ("AI Researcher") nor a place."""
    first, _, rest = piece.partition(" ")
    return (
        _is_acronym(first)
        and bool(rest)
        and all(w[:1].isupper() or len(w) <= ORG_JOINING_WORD_MAX_CHARS for w in rest.split())
        and not has_word(piece, "job_titles")
        and not is_place(rest)
    )


def _cut_glued_unit(piece: str) -> str:
    """ "Kestrel University-Ecology and Botany": the university, without the unit glued to it by a
    hyphen."""
    university = words("university_words")
    offset = 0
    for token in piece.split():
        head, dash, tail = token.partition("-")
        if dash and head.casefold() in university and tail[:1].isupper():
            return piece[: piece.index(token, offset) + len(head)]
        offset = piece.index(token, offset) + len(token)
    return piece


def _is_acronym(piece: str) -> bool:
    """ "UCLA", "CNRS": one word of capitals, no role or place word."""
    letters = piece.replace("&", "")
    return (
        ACRONYM_MIN_CHARS <= len(letters) <= ACRONYM_MAX_CHARS
        and letters.isalpha()
        and letters.isupper()
        and not has_word(piece, "job_titles")
        and not is_place(piece)
    )


def _is_role_piece(piece: str) -> bool:
    words = piece.split()
    return (
        1 <= len(words) <= OPEN_TITLE_MAX_WORDS
        and piece[:1].isupper()
        and has_word(piece, "job_titles")
        and not has_word(piece, "org_words")
        and not any(c.isdigit() for c in piece)
    )
