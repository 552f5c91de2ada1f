"""Regexes of the owner's name line, compiled on first use and named *_RE.

Used by ``extractor/fields/header.py``. Kept apart from ``regexes.py`` because the learned parts
do not read the name line: a change here trains no model again.
"""

from __future__ import annotations

import re

from extractor.patterns.lazy import lazy_compile

# a date after the name on the title line: "Jane Doe, 2/14/2026", "Jane Doe – updated March 2025"
NAME_DATE_TAIL_RE = lazy_compile(
    r"""
    (?:,|\s+[–—|-]|\s)\s*(?:(?:last\s+)?updated:?\s*|as\s+of\s+)?
    (?:\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}                                  # 2/14/2026
      |(?:\d{1,2}\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?,?
       \s+(?:\d{1,2},?\s+)?\d{4}                                         # March 2025, January, 2026
      |\d{4}[/.-]\d{1,2}[/.-]\d{1,2})                                     # 2025-02-14
    \s*$
    """,
    re.IGNORECASE | re.VERBOSE,
)
