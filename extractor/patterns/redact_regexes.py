"""Regexes for blind review (``extractor/redact.py``), compiled once and named *_RE.

``EXAMPLES`` keeps one string each pattern must find (``search``) and one it must not.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

# A run of digits with the separators phone numbers are written with; the digits are compared with
# the profile's phones in code: "+1 (608) 555-0142", "608.555.0142", "0044 20 7946 0958".
PHONE_RUN_RE = re.compile(
    r"""
    \+?\d                # "+1", "6"
    [\d\s().\-/]{5,}     # " (608) 555-01", ".555.01"
    \d                   # the last digit
    """,
    re.VERBOSE,
)
# The pieces a name or a handle is cut into: "Marwick-Tessaly, Q." -> Marwick, Tessaly, Q
NAME_PIECE_SPLIT_RE = re.compile(
    r"""
    [\s,;/()]+     # spaces, commas, brackets: "Doe, Jane (Ann)"
  | (?<=\w)-(?=\w) # an inner hyphen: "Marwick-Tessaly"
  | \.(?!\w)       # a dot that ends an initial: "Q."
    """,
    re.VERBOSE,
)
# A URL's scheme and "www." before the host: "https://www.example.org/x" -> "example.org/x"
URL_LEAD_RE = re.compile(
    r"""
    ^(?:[a-z][a-z0-9+.\-]*:)?//   # "https://", "//"
    (?:www\d?\.)?                 # "www.", "www2."
  | ^www\d?\.                     # "www.example.org" without a scheme
    """,
    re.VERBOSE | re.IGNORECASE,
)

# assemble.py's warning when two documents give different names: both names are identity.
# "name: 'Jane Doe' in cv.pdf vs 'J. Doe' in home.html; kept the cv"
NAME_CONFLICT_RE = re.compile(
    r"""
    ^(?P<field>(?:native_)?name):\s
    '(?P<kept>.*)'\sin\s.*\svs\s'(?P<other>.*)'\sin\s.*   # the two names and their documents
    ;\s(?P<why>kept\sthe\s.*)$                              # "kept the cv"
    """,
    re.VERBOSE,
)


def identity_re(terms: Iterable[str]) -> re.Pattern[str] | None:
    """One case-insensitive pattern for every term, longest first, never inside a longer word.

    >>> identity_re(["Li"]).sub("X", "Li wrote Linear")
    'X wrote Linear'
    """
    unique = sorted({t for t in terms if t}, key=len, reverse=True)
    if not unique:
        return None
    alternatives = "|".join(re.escape(t) for t in unique)
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)", re.IGNORECASE)


EXAMPLES: dict[str, tuple[str, str]] = {
    "PHONE_RUN_RE": ("call +1 (608) 555-0142", "room 12, floor 3"),
    "NAME_PIECE_SPLIT_RE": ("Marwick-Tessaly, Q.", "Quillon"),
    "URL_LEAD_RE": ("https://www.example.org/x", "example.org/x"),
    "NAME_CONFLICT_RE": ("name: 'Jane Doe' in a.pdf vs 'J. Doe' in b.html; kept the cv", "position: x"),
}
