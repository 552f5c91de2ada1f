"""Patterns of a document's structure: section numbers of headings, year lines of grouped lists.

The segmenter (``extractor/segment.py``) and the structure model's features
(``extractor/learn/structure.py``) read these; nothing here is specific to one document.
"""

from __future__ import annotations

import re

# a heading line that stops mid-phrase, its rest on the next line: "Seminars, talks and posters (o = oral,",
# "Research Grants and", "Honors &"
HEADING_OPEN_END_RE = re.compile(r"(?:[,(&/\-–—]|\b(?:and|of|in|for|on|to|the|with))\s*$", re.IGNORECASE)
# a heading's section number: "2. Experience", "IV) Teaching"
SECTION_NUMBER_RE = re.compile(r"(?:\d{1,2}|[IVX]{1,4})[.)]\s+(?=[^\W\d_])")
# a line that is only a year or a year range, a year-grouped list's group heading ("2021", "2019 – 2020:")
YEAR_LINE_RE = re.compile(
    r"\s*(?:19|20)\d{2}(?:\s*[-–—]\s*(?:(?:19|20)?\d{2}|present))?\s*:?\s*", re.IGNORECASE
)
# an entry's number at the start of a line: "1. ", "12) ", "[3] ", "(4) ", "8•. " (a bullet after the
# number); not a DOI's or a decimal's digits ("10.5194/...", "2.5 years")
ENTRY_NUMBER_RE = re.compile(r"\s*[\[(]?(?P<number>\d{1,3})(?:[\]).:]|\s*•)(?!\d)")
# a heading repeated on the next page ends with an abbreviated "continued", whose stop ends no
# sentence: "Service ctd.", "Teaching cont."
CONTINUED_HEADING_END_RE = re.compile(r"\b(?:ctd|contd|cont)\.\s*$", re.IGNORECASE)
# a line led by a year in a year-grouped list's margin, the first entry of the year after it:
# "2021 Doe, J. and A. Roe. 2021. A title."
YEAR_LEAD_RE = re.compile(r"\s*(?:19|20)\d{2}\s+(?=[^\W\d_])")
# a line that ends with an initial ("... and M. K."): an author list wrapped mid-name, not a citation's end
INITIAL_END_RE = re.compile(r"(?:^|[\s.-])[A-Z]\.\s*$")
# a line that ends with a year or a year range: an award's or a grant's date, the end of its entry
# ("Best Poster Award, Tarrow Society, 2019", "Fern Fellowship (2016 - 2019).")
DATED_END_RE = re.compile(
    r"\b(?:19|20)\d{2}(?:\s*[-–—]\s*(?:(?:19|20)\d{2}|present|now|current|today))?\s*\)?\.?\s*$",
    re.IGNORECASE,
)

# a date margin's range left open at the end of its first line, its end on the next line: "Aug, 1990–"
# (or "Oct ’23 –") before the entry's text, over "Present ..." or "June, 1991 ..." (not
# "2016–present", not "2016–2019"; not a bare "2013– Board Member", an ongoing role over the list's
# next entry)
OPEN_RANGE_LEAD_RE = re.compile(
    r"\s*[^\W\d_]{3,9}\.?,?\s+(?P<year>(?:19|20)\d{2}|['’]\d{2})\s*[-–—]\s*"
    r"(?!(?:present|now|current|today|ongoing)\b)(?=[^\W\d_])",
    re.IGNORECASE,
)
# the end of such a range leading the next line: an open end, or a date that is no range itself
# ("Present GRADUATE COURSES: ...", "June, 1991 Lecturer ...")
RANGE_END_LEAD_RE = re.compile(
    r"\s*(?:(?P<open>present|now|current|today|ongoing)\b"
    r"|(?:[^\W\d_]{3,9}\.?,?\s+)?(?P<year>(?:19|20)\d{2}|['’]\d{2})\b(?!\s*[-–—]))",
    re.IGNORECASE,
)
