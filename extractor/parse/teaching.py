"""One teaching entry read from text: role, course, term, institution ("Teaching Assistant: CS 101
Fall 2021")."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from extractor.parse.dates import find_date_range
from extractor.parse.entries import has_word
from extractor.parse.places import is_place
from extractor.patterns import regexes as rx
from extractor.patterns import teaching_regexes as trx
from extractor.patterns import words
from extractor.patterns.regexes import MORE_TERMS_RE
from extractor.profile import Evidence, Teaching


@dataclass(frozen=True, slots=True)
class TeachingEntry:
    role: str | None
    course: str | None
    term: str | None
    institution: str | None

    def teaching(
        self,
        evidence: Evidence,
        *,
        role: str | None = None,
        term: str | None = None,
        institution: str | None = None,
    ) -> Teaching:
        """The contract item; ``role``, ``term`` and ``institution`` (read around the entry: a role
        line above it, a school heading) fill what the entry itself does not say."""
        return Teaching(
            role=self.role or role,
            course=self.course,
            term=self.term or term,
            institution=self.institution or institution,
            evidence=evidence,
        )


def read_teaching(text: str, role: str | None = None) -> TeachingEntry | None:
    """Read one teaching entry from text; ``role`` when a "Role: ..." prefix was already cut."""
    term = None
    dates = find_date_range(text)
    if dates is not None and dates.matched:
        start = text.index(dates.matched)
        end = start + len(dates.matched)
        # "Fall 2019, Spring 2020": every term listed after the first belongs to the term
        while (more := MORE_TERMS_RE.match(text[end:])) and (
            nxt := find_date_range(text[end + more.end() :])
        ):
            following = text[end + more.end() :]
            if not following.startswith(nxt.matched):
                break
            end += more.end() + len(nxt.matched)
        term = text[start:end].strip(" ()")
        text = text[:start] + " " + text[end:]
    prefix = rx.ROLE_PREFIX_RE.match(text)
    if role is None and prefix:
        role = prefix["role"].strip()
        text = text[prefix.end() :]
    if role is None:
        found_role = trx.TEACHING_ROLE_OF_RECORD_RE.search(text)
        if found_role:
            start = _role_start(text, found_role.start())
            role = text[start : found_role.end()].strip()
            text = text[:start] + text[found_role.end() :]
    bracketed = None
    if school := rx.COURSE_SCHOOL_RE.search(text.rstrip(" ,;.")):
        # "Financial Accounting (Columbia)": the school in brackets after the course
        bracketed, text = school["school"], text[: school.start()]
    joined = rx.TEACHING_PART_STOP_RE.sub(",", text.replace(" | ", ","))
    pieces = [_clean_piece(p) for p in split_outside_brackets(joined, ",")]
    pieces = [p for p in pieces if p]
    # the institution with the units before it: "Department of Botany, Tarrow University"
    at = next((n for n, p in enumerate(pieces) if has_word(p, "org_words")), None)
    named = []
    while at is not None and at < len(pieces) and has_word(pieces[at], "org_words"):
        named.append(pieces[at])
        at += 1
    institution = ", ".join(named) or bracketed
    course_pieces = [p for p in pieces if p not in named]
    course = ", ".join(course_pieces) or None
    if course is None and role is None:
        return None
    return TeachingEntry(role=role, course=course, term=term, institution=institution)


def _role_start(text: str, at: int) -> int:
    """Where a teaching role found at ``at`` starts: with the capitalized words that lead its part of
    the line right before it ("Continuing Lecturer, Kestrel University", "Adjunct Instructor"), as the
    role is printed; else at ``at``. An abbreviation ("WS Tutor": a winter term) is no modifier."""
    part_start = max(text.rfind(mark, 0, at) for mark in ROLE_PART_MARKS) + 1
    lead = text[part_start:at]
    words = lead.split()
    # one space before the role: a wider gap is where a term was cut out ("WS 2017/18 Tutor")
    if not lead.endswith(" ") or lead.endswith("  "):
        return at
    if 1 <= len(words) <= ROLE_MODIFIER_MAX_WORDS and all(w.isalpha() and w.istitle() for w in words):
        return part_start + len(lead) - len(lead.lstrip())
    return at


# Marks that end the part of a line a role's leading words are read in.
ROLE_PART_MARKS = (",", ";", ":", "|", "(", "–", "—")
# A role's leading modifier ("Continuing", "Senior Visiting") has at most this many words.
ROLE_MODIFIER_MAX_WORDS = 2


def _clean_piece(piece: str) -> str:
    """A comma piece without its separators, empty brackets (a term cut out: "Botany ()") and a bracket
    left unmatched; a note in brackets stays with its course ("Botany (lab)")."""
    piece = trx.EMPTY_BRACKETS_RE.sub(" ", piece).strip(" ,;.–—-")
    if piece.startswith("(") and ")" not in piece:
        piece = piece[1:]
    if piece.endswith(")") and "(" not in piece:
        piece = piece[:-1]
    return piece.strip(" ,;.–—-")


def split_outside_brackets(text: str, separator: str) -> list[str]:
    """``text`` cut at each ``separator`` that no bracket encloses: "Botany (lab, M1), Algae" ->
    ["Botany (lab, M1)", " Algae"]."""
    pieces: list[str] = []
    depth, start = 0, 0
    for at, char in enumerate(text):
        if char in "([“«":
            depth += 1
        elif char in ")]”»":
            depth = max(depth - 1, 0)
        elif char == separator and depth == 0:
            pieces.append(text[start:at])
            start = at + 1
    pieces.append(text[start:])
    return pieces


def split_courses(course: str, plain_commas: bool = True) -> list[str]:
    """The courses of one entry's course text, one each: a list label goes ("GRADUATE COURSES: A; B"),
    semicolons always part courses, commas part them after a course's note or quoted title
    ("Botany (M1, 20 hrs), Algae (L2)", "“Botany”, “Algae”"), and plain commas only between at least
    ``COURSE_LIST_MIN`` title-cased names ("Botany, Plant Ecology, Soil Science"): "Botany, Quillon
    University" or "Field trip, Kestrel Bay, Norway" stays whole (``plain_commas`` False: never, as
    under a role that is no teaching role, "Mentor: A. Doe, B. Roe, C. Poe"). Courses led by their code
    are parted before each code ("BOT 101: Botany BOT 205: Algae"). A note on a course's level or hours
    goes."""
    text = trx.COURSE_LIST_LABEL_RE.sub("; ", course)
    runs: list[str] = []
    for part in split_outside_brackets(text, ";"):
        for run in _split_after_notes(part):
            runs.extend(_split_at_codes(run))
    courses: list[str] = []
    for run in runs:
        plain = [p.strip() for p in split_outside_brackets(run.strip(" ,;."), ",")]
        if plain_commas and len(plain) >= COURSE_LIST_MIN and all(_title_cased(p) for p in plain):
            courses.extend(plain)
        else:
            courses.append(run)
    cleaned = [_clean_course(c) for c in courses]
    return [c for c in cleaned if c] or [course]


def _split_at_codes(text: str) -> list[str]:
    """A run of courses each led by its code ("BOT 101: Botany BOT 205. Algae"), parted before each
    code; a word before the first code (a subject's sub-heading, "Botany") goes."""
    starts = [m.start() for m in trx.COURSE_CODE_LEAD_RE.finditer(text)]
    if len(starts) < 2:
        return [text]
    return [text[a:b] for a, b in zip(starts, [*starts[1:], len(text)], strict=True)]


def _split_after_notes(text: str) -> list[str]:
    """Cut at commas after a closing bracket or quote, or before an opening quote."""
    pieces = split_outside_brackets(text, ",")
    runs: list[str] = [pieces[0]]
    for piece in pieces[1:]:
        before, after = runs[-1].rstrip(), piece.lstrip()
        if before.endswith((")", "”", '"', "»", "’")) or after.startswith(("“", '"', "«", "‘")):
            runs.append(piece)
        else:
            runs[-1] += "," + piece
    return runs


def _clean_course(course: str) -> str:
    course = trx.COURSE_LEAD_MARK_RE.sub("", course.strip()).rstrip(COURSE_MARKS)
    course = trx.COURSE_NOTE_RE.sub("", course).strip(" ,;.")
    course = course.strip('“”"«»‘’ ').strip(" ,;.")
    return "" if trx.OPEN_END_WORD_RE.fullmatch(course) else course  # "Present": a term's end on its own line


def _title_cased(text: str) -> bool:
    """A course's name: a few words, each long one capitalised ("Politics of the Modern State")."""
    tokens = text.split()
    if not 1 <= len(tokens) <= COURSE_NAME_MAX_WORDS or has_word(text, "org_words") or is_place(text):
        return False
    minor = words("function_words")
    return all(t[:1].isupper() or t[:1].isdigit() or t.casefold() in minor for t in tokens)


# Marks of a list left after a course: "Botany ‣" (its terms on the next line).
COURSE_MARKS = " ‣•▪◦·○●■□►▸→*"
# Plain commas part courses only in a list of at least this many title-cased names.
COURSE_LIST_MIN = 3
# A course's name in such a list has at most this many words.
COURSE_NAME_MAX_WORDS = 8


# An institution line names only the institution: at most this many words.
INSTITUTION_MAX_WORDS = 10


def role_line(text: str) -> str | None:
    """The role a line names alone ("Instructor of Record", "Teaching Assistant:"), else None."""
    role = text.strip(" :")
    return role if trx.TEACHING_ROLE_OF_RECORD_RE.fullmatch(role) else None


def role_at(text: str) -> tuple[str, str] | None:
    """A line that is only a teaching role at a school: "Instructor at Kestrel College" -> (role, school)."""
    text = text.strip(" :")
    found = rx.TITLE_AT_ORG_RE.search(text)
    if found is None or find_date_range(text) is not None:
        return None
    role, school = text[: found.start()].strip(" ,"), text[found.end() :].strip(" ,")
    if not trx.TEACHING_ROLE_OF_RECORD_RE.fullmatch(role) or not school or not names_a_place(school):
        return None
    return role, school


def names_a_place(institution: str) -> bool:
    """An institution read whole, not a run of text around one ("Tarrow University Lead Instructor:
    A. Doe"): few words, no label."""
    return ":" not in institution and len(institution.split()) <= INSTITUTION_MAX_WORDS


def is_institution_line(text: str) -> bool:
    """A line naming a school and nothing else: no date, no course code, no teaching role."""
    return (
        has_word(text, "org_words")
        and find_date_range(text) is None
        and not rx.COURSE_CODE_RE.search(text)
        and not rx.TEACHING_ROLE_RE.search(text)
        and len(text.split()) <= INSTITUTION_MAX_WORDS
    )


GroupHead = Literal["role", "school"]


def group_head(text: str) -> GroupHead | None:
    """What a line heading a group of courses names, with no course and no term of its own: a role
    alone ("Teaching Assistant", "Instructor of Record:") -> "role"; a school ("Kestrel University"),
    a role at a school ("Instructor at Kestrel College", "Teaching Assistant, Kestrel University") ->
    "school". None for any other line (a course, a dated entry, a level label such as "Undergraduate")."""
    if role_line(text) is not None:
        return "role"
    if not _names_only(text):
        return None
    if is_institution_line(text) or role_at(text) is not None:
        return "school"
    entry = read_teaching(text)
    if entry is not None and entry.role and entry.institution and not entry.course and not entry.term:
        return "school" if names_a_place(entry.institution) else None
    return None


def _names_only(text: str) -> bool:
    """A line that is a name and nothing else: no digit, no quote, no label before a colon, each word
    capitalized but for joining words ("University of Example in Lake City", "Instructor at Kestrel
    College"); not a phrase ("College lead for outreach") or a course list ("Kestrel: “Botany” (L2)")."""
    if any(ch.isdigit() or ch in QUOTE_MARKS for ch in text) or ":" in text.rstrip(" :"):
        return False
    words = [word.strip("()*,.&-–") for word in text.split()]
    return all(not word or not word[0].islower() or word in NAME_JOINING_WORDS for word in words)


# Marks of a quoted title, which a school's name never holds.
QUOTE_MARKS = frozenset('"“”«»„')
# Lowercase words a school's or a role's name may hold between its capitalized words.
NAME_JOINING_WORDS = frozenset(
    {
        "of",
        "in",
        "at",
        "the",
        "and",
        "for",
        "de",
        "la",
        "le",
        "les",
        "los",
        "las",
        "du",
        "des",
        "di",
        "da",
        "do",
        "dos",
        "del",
        "della",
        "y",
        "e",
        "et",
        "und",
        "für",
        "van",
        "von",
        "der",
    }
)
