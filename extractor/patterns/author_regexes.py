"""Regexes for person names and author lists, compiled once and named *_RE.

Used only by ``extractor/parse/names.py`` and ``extractor/parse/authors.py``. Each pattern is
``re.VERBOSE`` with an example per branch; ``EXAMPLES`` keeps one string each pattern must find
(``search``) and one it must not, so a test can check them all.

A "letter" below is written ``[^\\W\\d_]`` (any Unicode letter), so "Núñez", "Bánki" and "王小明"
are words like "Doe". Case is checked in code (``str.isupper``), which knows every script.
"""

from __future__ import annotations

import re

from extractor.patterns.lazy import lazy_compile

# --- shared fragments (plain strings, spliced into the patterns below) ----------------------

# The symbols that papers attach to authors: equal contribution, corresponding author, student.
# "=" is our own: authors.py writes it for a "(equal contribution)" note after a name.
MARK_CHARS = "*†‡#§¶‖+="
_MARK = r"[*†‡\#§¶‖+]"  # "#" escaped: VERBOSE would read it as a comment
_LETTER = r"[^\W\d_]"
# superscript digits and letters used as affiliation keys: "Doe¹", "Doeᵃ"
_SUPERSCRIPT = "[\u2070\u00b9\u00b2\u00b3\u2074-\u2079\u1d43-\u1d61\u02b0-\u02b8\u2071\u207f\u1da0-\u1dbf]"
# what can say "equal contribution" in a legend or a note
_EQUAL_PHRASE = r"""
    (?:(?:these|the|both|co-?)\s+)?authors?\s+(?:have\s+)?contributed\s+equally
                                                            # "* These authors contributed equally"
  | contribut\w*\s+equally                                  # "†contributed equally"
  | equal(?:ly)?[\s-]+contribut\w*                          # "* Equal contribution", "(*Equal contributions)"
  | (?:co|joint|shared|equal)[\s-]*first(?:[\s-]+author\w*)?  # "co-first authors", "joint first author"
"""

# --- cleaning an author list -----------------------------------------------------------------

# affiliation keys written as superscripts, alone or as a list: "Jane Doe¹", "Doe¹,²", "Liᵃ"
SUPERSCRIPT_AFFILIATION_RE = lazy_compile(
    rf"""
    {_SUPERSCRIPT}+                          # "¹", "ᵃ", "¹²"
    (?:\s*[,，]\s*{_SUPERSCRIPT}+)*          # "¹,²": the comma between keys is not an author separator
    """,
    re.VERBOSE,
)

# affiliation keys flattened to plain digits by PDF extraction: "Jane Doe1, Amy Li2,3 and Zed Xu1"
AFFILIATION_DIGITS_RE = lazy_compile(
    rf"""
    (?<={_LETTER})                           # glued to the end of a name: "Doe1", never " 2022"
    \d{{1,2}}(?!\d)                          # "1", "12"; a year is never taken
    (?:\s*,\s*\d{{1,2}}(?!\d))*              # "2,3", "1, 4"
    (?=[\s*†‡\#§¶‖+]*(?:[,;&，；、]|\band\b|$))  # then a separator or the end: "Li2,3 and", "Xu1"
    """,
    re.VERBOSE,
)

# a parenthesised note inside an author list: "Jane Doe (equal contribution)", "(*)", "(2024)"
PARENTHETICAL_RE = lazy_compile(
    r"""
    \s*\(                                    # "(" with the space before it
    (?P<inner>[^()]{0,80})                   # "equal contribution", "*", "Chair"
    \)
    """,
    re.VERBOSE,
)

# a note that says the author is an equal contributor: "(equal contribution)", "(co-first author)"
EQUAL_NOTE_RE = lazy_compile(_EQUAL_PHRASE, re.VERBOSE | re.IGNORECASE)

# a lead-in before the names: "With Mira Doe and Ann Roe", "by Jane Doe", "Authors: A, B"
LEAD_IN_RE = lazy_compile(
    r"""
    ^\s*(?:
        (?:joint(?:ly)?\s+)?with\s+          # "With Jane Doe", "joint with A. Roe"
      | by\s+                                # "by Jane Doe"
      | (?:co-?)?authors?\s*[:：]\s*          # "Authors: ...", "Co-authors: ..."
    )
    """,
    re.VERBOSE | re.IGNORECASE,
)

# an initial glued to the next word by a lost space: "M.Quill" -> "M. Quill" (not "J.Q.")
GLUED_INITIAL_RE = lazy_compile(
    rf"""
    (?<![^\W\d_.])                           # not inside a word or an initials run
    (?P<initial>{_LETTER}\.)                 # "M."
    (?={_LETTER}{{2}})                       # then a word of two letters or more: "Quill"
    (?!and[A-ZÀ-ÖØ-Þ])                       # but not a glued "and": "T.andVarga"
    """,
    re.VERBOSE,
)

# two or more dots left after removing a mark: "Quill,M.*." -> "M.." -> "M."
DOT_RUN_RE = lazy_compile(
    r"""
    \.(?:\s*\.)+                             # "..", ". ."
    """,
    re.VERBOSE,
)

# --- splitting an author list -----------------------------------------------------------------

# One separator between authors; the group name says which kind. "soft" separators (truncation,
# "et al.") never make an empty slot; commas do (", Zed Xu" has the owner's slot first).
AUTHOR_SEPARATOR_RE = lazy_compile(
    rf"""
    (?P<soft>
        \.{{3}} | …                          # "A, ..., B", "A, … B"
      | (?<!{_LETTER})(?:et|ET)\.?\s*(?:al|AL)(?!{_LETTER})\.?   # "et al.", "et. al", "ET AL"
      | (?<!{_LETTER})(?:and|AND)\s+(?:others|OTHERS)(?!{_LETTER})  # "and others"
      | (?<![\w.])\d+\s+(?:more\s+|other\s+)?(?:co-?)?(?:authors|others)(?!{_LETTER})  # "A, 19 authors, B"
    )
    | (?P<semi>[;；])                         # "Doe, J.; Roe, R."
    | (?P<comma>[,，、])                       # "A, B", "王小明、李华"
    | (?P<conj>
        [&＆]                                # "A & B", "Quill, M. A,&Reyes"
      | (?<!{_LETTER})(?:and|AND)(?!{_LETTER})  # "A and B", "A, and B"; never "Ferdinand" or "Ava And"
      | (?<=\.)and(?=[A-ZÀ-ÖØ-Þ])             # a lost space: "Reyes,T.andVarga,I."
    )
    """,
    re.VERBOSE,
)

# one whitespace-free token that is an initial (case is checked in code)
INITIAL_TOKEN_RE = lazy_compile(
    rf"""
    ^(?:
        (?:{_LETTER}h?\.-?)+{_LETTER}?       # "J.", "J.Q.", "J.-L.", "A.G", "Ch." (not "Jr.", "Li.")
      | {_LETTER}{{1,3}}                      # "J", "JQ", "JQR" (upper case only, checked in code)
    )$
    """,
    re.VERBOSE,
)

# --- person names ------------------------------------------------------------------------------

# characters that are never part of a name: marks, digits, brackets ("Jane Doe*", "Doe1", "[J. Roe]")
NAME_NOISE_RE = lazy_compile(
    r"""
    [^\w\s.,'’\-]                            # "*", "†", "(", "/"
    | [\d_]                                  # "1", "_"
    """,
    re.VERBOSE,
)

# separators of a plain list of people: "Prof. A B, Prof. C D", "A B and C D", "A B & C D", "A / B"
PERSON_LIST_SPLIT_RE = lazy_compile(
    rf"""
    \s*(?:
        [,;/；，、]                            # "A B, C D", "A B; C D", "A B / C D"
      | &                                    # "A B & C D"
      | (?<!{_LETTER})(?:and|AND)(?!{_LETTER})  # "A B and C D", "A B, and C D"; not "Ferdinand"
    )\s*
    """,
    re.VERBOSE,
)

# --- legends ----------------------------------------------------------------------------------

# A legend that says which mark means equal contribution; group "before" or "after" holds the
# mark(s). "*undergraduate mentee †contributed equally" finds "†" only.
EQUAL_CONTRIBUTION_RE = lazy_compile(
    rf"""
    (?P<before>{_MARK}(?:\s*(?:,|/|and|&)?\s*{_MARK})*)    # "*", "†", "*, †", "* and †"
    \s*(?:
        [=:–—-]\s*                                          # "* = Equal Contribution", "†: ..."
      | (?:indicates?|denotes?|means|marks?|signif(?:y|ies)|shows?|refers\s+to)\s+  # "# indicates ..."
    )?
    (?:{_EQUAL_PHRASE})
    |
    (?:{_EQUAL_PHRASE})                                     # "Equal contribution: *"
    \s*[=:(–—-]?\s*
    (?P<after>{_MARK}(?:\s*(?:,|/|and|&)?\s*{_MARK})*)     # "co-first authors (†)"
    """,
    re.VERBOSE | re.IGNORECASE,
)

EXAMPLES: dict[str, tuple[str, str]] = {
    "SUPERSCRIPT_AFFILIATION_RE": ("Jane Doe¹,², Amy Li³", "Jane Doe*, Amy Li"),
    "AFFILIATION_DIGITS_RE": ("Jane Doe1,2, Amy Li3", "Jane Doe, 2022"),
    "PARENTHETICAL_RE": ("Jane Doe (equal contribution)", "Jane Doe"),
    "EQUAL_NOTE_RE": ("co-first author", "corresponding author"),
    "LEAD_IN_RE": ("With Jane Doe and Amy Li", "Withers, J."),
    "GLUED_INITIAL_RE": ("M.Quill", "J.Q. Doe"),
    "DOT_RUN_RE": ("M..", "M. Doe"),
    "AUTHOR_SEPARATOR_RE": ("Jane Doe and Amy Li", "Ferdinand Sandoval"),
    "INITIAL_TOKEN_RE": ("J.-L.", "Jr."),
    "NAME_NOISE_RE": ("Jane Doe*", "Jane O'Doe-Roe, J."),
    "PERSON_LIST_SPLIT_RE": ("Jane Doe & Amy Li", "Ferdinand Sandoval"),
    "EQUAL_CONTRIBUTION_RE": ("(*Equal contributions)", "* = PhD student supervision"),
}
