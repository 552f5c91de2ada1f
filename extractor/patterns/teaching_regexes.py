"""Regexes for teaching entries (courses, their lists and notes), compiled once and named *_RE.

Used by ``extractor/parse/teaching.py`` and ``extractor/fields/teaching.py``; the teaching roles
themselves (``TEACHING_ROLE_RE``) stay in ``regexes``, where the service and item readers use them.
"""

from __future__ import annotations

import re

from extractor.patterns.lazy import lazy_compile
from extractor.patterns.regexes import TEACHING_ROLE_RE

# a teaching role, "of record" included: "Instructor of Record", "Co-instructor of record"
TEACHING_ROLE_OF_RECORD_RE = lazy_compile(TEACHING_ROLE_RE.pattern + r"(?:\s+of\s+record\b)?", re.IGNORECASE)
# a label before a list of courses, which no course is part of: "GRADUATE COURSES:", "Courses taught:",
# "Cours assurés :"
COURSE_LIST_LABEL_RE = lazy_compile(
    r"\b(?:(?:graduate|undergraduate|postgraduate)\s+)?(?:courses?(?:\s+taught)?|cours\s+assur[ée]s)\s*:\s*",
    re.IGNORECASE,
)
# a course's trailing note on its level, hours or share, not part of its title: "(M1, 20 hrs)",
# "(PhD level)", "(undergraduate course)", "(2nd year)"; "(lecture + lab)" names what was taught and stays
COURSE_NOTE_RE = lazy_compile(
    r"\s*\((?=[^()]*(?:,|\d|\b(?:undergraduate|graduate|postgraduate|masters?|msc|ma|phd|level|years?|"
    r"hours?|hrs|course|seminar)\b))[^()]*\)\s*$",
    re.IGNORECASE,
)
# a course's code before its name, ended by a colon or a stop: "BOT 101: Botany", "Bio 20A. Algae",
# "BOT 380/680: Soils"
COURSE_CODE_LEAD_RE = lazy_compile(r"(?<![\w/])[A-Z][A-Za-z]{1,4}\s?\d{1,4}[A-Z]?(?:/\d{2,4})?[:.](?=\s)")
# brackets left empty where a date was cut out: "Botany ()"
EMPTY_BRACKETS_RE = lazy_compile(r"\(\s*\)|\[\s*\]")
# a bullet or arrow mark left before a course or a term: "‣ Fall 2021", "• Botany 101"
COURSE_LEAD_MARK_RE = lazy_compile(r"^[\s‣•▪◦·○●■□►▸→*–-]+")
# the open end of a term printed on a line of its own, before the courses: "Present", "to date"
OPEN_END_WORD_RE = lazy_compile(r"(?:to\s+)?(?:present|current|now|date|today|heute|actuel)", re.IGNORECASE)
