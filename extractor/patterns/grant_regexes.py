"""Regexes for grant entries' shapes, compiled once and named *_RE.

Used by ``extractor/parse/grants.py`` (the rules' reader of one grant entry, whose fields the learned
grant model also reads as features); the amount, role and duration patterns stay in ``regexes``,
where the other lists' features read them too.
"""

from __future__ import annotations

import re

from extractor.patterns.lazy import lazy_compile

# An entry printed as a citation: its people (family name, initials), then its facts in brackets,
# then "Title. Funder.":
#   "Doe, J., Roe, A. & Poe, B. (August 2023, £512.50). Sand in motion. Hill Research Fund."
#   "Doe, J. (2021, $5,000). ..."                  one person
#   "Doe, J. A., & Roe, A. (October, 2019, £4600)." spaced initials, "&" before the last one
GRANT_AUTHOR_LEAD_RE = lazy_compile(
    r"""^\s*
    (?P<people>
      (?:(?:&|and)\s+)?
      [A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?\.?,\s(?:[A-Z]\.[\s-]?){1,3}   # "Doe, J." / "van Doe, J. A."
      (?:,?\s*(?:(?:&|and)\s+)?[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?\.?,\s(?:[A-Z]\.[\s-]?){1,3})*
    )
    ,?\s*\((?P<facts>[^()]*\d{4}[^()]*)\)\.?\s*   # "(August 2023, £512.50)."
    (?P<rest>\S.*)$""",
    re.VERBOSE | re.DOTALL,
)
# A field's label printed before its value in a grant entry: "Grant: Dune Fund", "Amount: $800",
# "Role: co-PI", "Funder: Dune Trust". Only at the start of a part (after a separator or the entry's
# start), so a title with a colon inside ("Sand: a survey") keeps it.
GRANT_FIELD_LABEL_RE = lazy_compile(
    r"(?:^|(?<=[,;|(]\s)|(?<=[,;|(]))\s*"
    r"(?:grant|fellowship|funding|award|amount|funder|funding\s+agency|agency|sponsor|role|title|project)"
    r"\s*:\s*",
    re.IGNORECASE,
)
# The separators between a grant entry's printed runs, for finding the run a funder was read in:
# commas and semicolons ("Sand in motion, Dune Grid Institute / ALADDIN, 2010").
ENTRY_RUN_RE = lazy_compile(r"\s*[,;]\s+")
# A run's name joined to the one before it by a slash or a spaced dash: "Dune Grid Institute /
# ALADDIN", "Sand Research Programme - KESTREL" (the head ends with the join).
FUNDER_JOIN_TAIL_RE = lazy_compile(r"(?<=\S)\s+[/–—-]\s*$")
# A bracketed note read before a funder: "(SP), Dune Agency", "(Co-PI) Dune Agency".
FUNDER_NOTE_LEAD_RE = lazy_compile(r"^\s*\([^()]*\)\s*,?\s*")
