"""Text helpers shared by every stage: folded text, URL keys, a split part's edges.

``fold`` is the one accent folding (names add the letters NFKD leaves alone, in ``names.py``);
``url_key`` is the one URL normalization for comparing addresses (``normalize_link`` in
``contact.py`` cleans an address for output; this only says when two are the same page).
"""

from __future__ import annotations

from extractor.patterns import strip_accents
from extractor.patterns.contact_regexes import URL_KEY_PREFIX_RE


def fold(text: str) -> str:
    """Accents and case folded: NFKD, combining marks dropped, casefolded ("José Núñez" ->
    "jose nunez"; the ligature "ﬁ" -> "fi")."""
    return strip_accents(text).casefold()


def url_key(url: str) -> str:
    """What two addresses of one page share: folded, scheme and "www." dropped, no trailing slash
    ("https://www.Example.org/jane/" and "example.org/jane" -> "example.org/jane")."""
    return URL_KEY_PREFIX_RE.sub("", fold(url).strip()).rstrip("/").strip()


# Brackets that open and close a printed aside.
BRACKET_PAIRS = {"(": ")", "[": "]"}


def strip_part(part: str, chars: str = " .,:;") -> str:
    """A part of a split entry without the punctuation at its edges and without a bracket there
    that the split left unbalanced or that wraps the whole part: "(Lake Days" -> "Lake Days",
    "(Dune Trust)" -> "Dune Trust", "Sand (" -> "Sand", but "Lake Conference (LC 14)" keeps its
    closing bracket."""
    part = part.strip(chars)
    while part:
        head, tail = part[0], part[-1]
        wrapped = head in BRACKET_PAIRS and tail == BRACKET_PAIRS[head] and _closes_at_end(part)
        if wrapped:
            part = part[1:-1].strip(chars)
        elif head in BRACKET_PAIRS and BRACKET_PAIRS[head] not in part:
            part = part[1:].strip(chars)
        elif tail in BRACKET_PAIRS.values() and _opening(tail) not in part[:-1]:
            part = part[:-1].strip(chars)
        elif tail in BRACKET_PAIRS or head in BRACKET_PAIRS.values():
            # a bracket opening at the end or closing at the start: its aside was cut ("Sand (" + ")")
            part = (part[:-1] if tail in BRACKET_PAIRS else part[1:]).strip(chars)
        else:
            return part
    return part


def _opening(closing: str) -> str:
    return next(o for o, c in BRACKET_PAIRS.items() if c == closing)


def _closes_at_end(part: str) -> bool:
    """The bracket opening ``part`` is the one its last character closes ("(Dune Trust)"; not
    "(LC) Lake Days (2024)")."""
    opening, depth = part[0], 0
    for n, char in enumerate(part):
        depth += (char == opening) - (char == BRACKET_PAIRS[opening])
        if depth == 0:
            return n == len(part) - 1
    return False
