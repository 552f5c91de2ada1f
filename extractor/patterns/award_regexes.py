"""Regexes for award entries' shapes, compiled once and named *_RE.

Used by ``extractor/fields/awards.py`` on the title an award was read with (by rule or by the learned
award model); the patterns the award model's features read stay in ``regexes``.
"""

from __future__ import annotations

import re

from extractor.patterns.lazy import lazy_compile

# An award's title that only ranks its holder, without the contest: "First prize", "2nd Place",
# "Silver Medal", "Winner", "Runner-up", "Finalist", "Honorable Mention".
RANK_ONLY_RE = lazy_compile(
    r"(?:(?:first|second|third|fourth|fifth|1st|2nd|3rd|4th|5th|top|grand)\s+(?:prize|place|award)"
    r"|(?:gold|silver|bronze)(?:\s+medal(?:ist)?)?|winner|runner[-‐ ]?up|finalist|semi[-‐ ]?finalist"
    r"|honou?rable\s+mention)",
    re.IGNORECASE,
)
# The contest printed after a rank: ", Lake Physics Forum" or " - Lake Haptics" up to the next comma,
# semicolon or bracket.
RANK_CONTEST_RE = lazy_compile(r"^\s*(?P<join>,|\s[-–—])\s*(?P<contest>[^,;()\[\]]+)")
