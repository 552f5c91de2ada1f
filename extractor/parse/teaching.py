"""One teaching entry read from text: role, course, term, institution ("Teaching Assistant: CS 101
Fall 2021")."""

from __future__ import annotations

from dataclasses import dataclass

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
            role = found_role.group(0)
            text = text[: found_role.start()] + text[found_role.end() :]
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
    course = course.strip("“”\"«»‘’ ").strip(" ,;.")
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
