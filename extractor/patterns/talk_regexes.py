"""Regexes for talk entries' shapes, compiled once and named *_RE.

Used by ``extractor/parse/talks.py`` (the rules' reader of one talk entry, whose fields the learned
talk model also reads as features); the invited cue (``INVITED_RE``) stays in ``regexes``, where
the other lists' features read it too.
"""

from __future__ import annotations

import re

from extractor.patterns.lazy import lazy_compile

# A talk printed as a reference: its people (with a comma: "Doe, Jane", "Doe, Jane and Ann Roe"),
# then its year, bracketed or not, each closed by a period:
#   "Doe, Jane. 2024. Rivers of sand. Lake Days, Tarrow University."
#   "Doe, J., & Roe, A. (2019b). Glass tides. ..."
TALK_CITED_LEAD_RE = lazy_compile(
    r"""^\s*(?P<people>[^\d().]{2,60},[^\d()]{1,100}?)\.\s+
    (?P<open>\()?(?P<year>(?:19|20)\d\d)[a-z]?\)?\.\s+(?=\S)""",
    re.VERBOSE,
)
# A part of a talk entry that only says what kind of talk it was: "Invited speaker", "Invited
# colloquium", "Presented Talk", "Poster", "Contributed talk" (never the event).
TALK_KIND_PART_RE = lazy_compile(
    r"""(?:(?:invited|contributed|oral|poster|guest|presented)\s+)?
    (?:speaker|colloquium|keynote|talk|lecture|presentation|poster)""",
    re.IGNORECASE | re.VERBOSE,
)
# The words that lead a talk's event: "Presented at the Lake Seminar", "Poster presented at the
# Lake Symposium", "Talk at Sand Days", "Poster that was presented at the Lake Meeting".
PRESENTED_AT_LEAD_RE = lazy_compile(
    r"""^(?:(?:(?:invited|contributed|oral)\s+)?(?:poster|talk|paper|presentation)\s+
        (?:that\s+was\s+)?(?:presented\s+|given\s+)?
      | (?:presented|given)\s+)
    (?:at|to)\s+(?:the\s+)?(?=\S)""",
    re.IGNORECASE | re.VERBOSE,
)
# A month and its day or days, the year printed apart: "May 3", "Nov. 1-3", "Sept 30–Oct 2".
MONTH_DAY_RE = lazy_compile(
    r"""(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}
    (?:\s*[-–]\s*(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+)?\d{1,2})?""",
    re.IGNORECASE | re.VERBOSE,
)
# A year alone, as it closes an event's name ("Lake Days 2024", "SAND ’24" is not one).
EVENT_YEAR_RE = lazy_compile(r"(?:19|20)\d\d")
# A label naming a talk's kind before its title: "Talk: Rivers of sand", "Invited poster - Dune
# drift", "Keynote: ...".
TALK_LABEL_RE = lazy_compile(
    r"""^(?:(?:invited|contributed|oral|plenary)\s+)?(?:talk|poster|keynote|presentation|lecture|seminar)
    \s*[:–—-]\s+(?=\S)""",
    re.IGNORECASE | re.VERBOSE,
)
# A bracketed note after a venue: "[Video]", "(virtual)", "[slides]".
BRACKETED_NOTE_RE = lazy_compile(r"\s*\[[^\]]{1,20}\]")
# A note printed under a talk, never its title: "Joint with Ann Roe", "Host: Jane Doe", "Authored with".
TALK_NOTE_LEAD_RE = lazy_compile(
    r"(?:joint|with|host(?:ed)?|authored|co-authored|coauthored)\b", re.IGNORECASE
)
# A year leading an entry, before its list: "2018: ", "2018 – ", "2018 ".
YEAR_LEAD_RE = lazy_compile(r"\s*(?:19|20)\d\d\s*[:–—-]?\s+(?=\S)")
