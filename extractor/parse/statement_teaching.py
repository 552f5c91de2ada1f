"""Courses a teaching statement says the person taught, read from its sentences.

"Since starting at Example University, I have taught Ocean Waves (EESC 4295) and Tides" gives two
entries, each with the course as printed, the role the sentence names ("As a TA, ...", "I served as
Associate Instructor for ..."), the place after "at" and the term the sentence dates.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from extractor.parse.dates import find_date_range
from extractor.parse.entries import has_word
from extractor.patterns import statement_regexes as srx

# A course name has at most this many words.
COURSE_MAX_WORDS = 10


@dataclass(frozen=True, slots=True)
class TaughtCourse:
    course: str
    role: str | None
    term: str | None
    institution: str | None


def taught_courses(sentence: str) -> list[TaughtCourse]:
    """The courses a sentence says were taught, each with the sentence's role, place and term."""
    match = srx.TAUGHT_RE.search(sentence)
    if not match:
        return []
    role = match["role"] or match["as_role"]
    if role is None:
        named = srx.TEACHING_ROLE_RE.search(sentence)
        role = named.group(0) if named else None
    place = srx.TEACHING_PLACE_RE.search(sentence)
    institution = place["org"].strip(" .,;") if place and has_word(place["org"], "org_words") else None
    when = find_date_range(sentence)
    term = when.matched.strip(" (),") if when is not None and when.matched else None
    rest = srx.DATED_BRACKET_RE.sub("", match["rest"])
    rest = srx.COURSE_LIST_END_RE.split(rest, maxsplit=1)[0]
    out = []
    for piece in _split_courses(rest):
        course = srx.COURSE_TAIL_RE.sub("", srx.COURSE_LEAD_RE.sub("", piece)).strip(" ,.;:“”\"'")
        words = course.split()
        if words and course[:1].isupper() and len(words) <= COURSE_MAX_WORDS:
            out.append(TaughtCourse(course=course, role=role, term=term, institution=institution))
    return out


def _split_courses(text: str) -> list[str]:
    """ "A (EESC 101), B, and C (Design and Analysis)" -> its three courses: a list split at commas
    (and at "and" after a course code), never inside brackets."""
    pieces: list[str] = []
    depth = 0
    current = ""
    index = 0
    while index < len(text):
        char = text[index]
        depth += char == "("
        depth -= char == ")"
        joint = _LIST_JOINT_RE.match(text, index) if depth == 0 else None
        if joint:
            pieces.append(current)
            current = ""
            index = joint.end()
            continue
        current += char
        index += 1
    pieces.append(current)
    return [p.strip() for p in pieces if p.strip()]


# a comma, or an "and" after a bracketed course code ("A (EESC 101) and B"): "Data Structures and
# Algorithms" is one course
_LIST_JOINT_RE = re.compile(
    r",\s*(?:and\s+)?|(?<=\))\s+(?:and|as\s+well\s+as)\s+(?=[A-Z])|\s+as\s+well\s+as\s+"
)


def course_row(text: str) -> TaughtCourse | None:
    """A row of a course table: "Numerical Methods (MA 301) UG 2024–25 S1 3 48" -> the course and
    its term; None for a row without a term (the table's header)."""
    term = srx.COURSE_ROW_TERM_RE.search(text)
    if not term:
        return None
    course = srx.COURSE_LEVEL_TAIL_RE.sub("", text[: term.start()]).strip(" ,;|")
    if not course or len(course.split()) > COURSE_MAX_WORDS or not any(c.isalpha() for c in course):
        return None
    return TaughtCourse(course=course, role=None, term=term.group(0), institution=None)
