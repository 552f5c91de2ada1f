"""Publication venues: which conference, journal, workshop or preprint server a venue string names.

str -> VenueMatch | None. Used by publication parsing to fill ``venue_short`` and ``kind``.

The table is ``patterns/venues.tsv`` (one venue per row, every spelling pipe-separated). A venue string
is split into tokens twice: raw tokens for case-sensitive spellings ("OSDI", "=ToN", "^Nature") and
normalized tokens for the rest (casefolded, stopwords and "Proceedings of the" dropped, "Trans." read as
"transactions"). Numbers, years and ordinals ("20th", "'23") are dropped from both, so
"In 20th USENIX Symposium on Networked Systems Design and Implementation (NSDI '23)" contains
"symposium networked systems design implementation". Every spelling found anywhere in the string is a
candidate; the one covering the longest stretch of the original text wins (so "Nature Communications"
beats "Nature", "Findings of the ACL: EMNLP" beats "EMNLP"), ties going to the earliest.

Limits: a workshop held at a conference ("NeurIPS Workshop on X") reads as the conference unless the
workshop is in the table; the caller decides from the word "Workshop". Venues not in the table give None.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources

VENUE_KINDS = frozenset({"conference", "journal", "workshop", "preprint"})

# distinct venue strings remembered; one CV cites a few dozen venues, a batch a few thousand
VENUE_CACHE_SIZE = 8192

# Tokens: an ordinal ("20th"), a number ("2023", the "23" of "'23" or of "SC23"), a word with inner
# apostrophes ("Int'l"), or "&" ("S&P"). Hyphens, dots and slashes separate tokens ("ECML-PKDD").
_TOKEN_RE = re.compile(
    r"""
    \d+(?:st|nd|rd|th)(?![^\W\d_])      # 20th, 1st
    | \d+                               # 2023, 23
    | [^\W\d_]+(?:['’][^\W\d_]+)*       # Symposium, Int'l
    | &                                 # S&P
    """,
    re.VERBOSE | re.IGNORECASE,
)
# What may stand before a "^" spelling: "In", "Proc. of the", "To appear in", "IEEE/ACM", numbers.
_ANCHOR_LEAD_RE = re.compile(
    r"""
    [\W\d_]*
    (?:(?:in|proceedings|proc|of|the|published|accepted|to|appear|at|forthcoming|submitted|under|review
        |ieee|acm|usenix|siam)\b[\W\d_]*)*
    """,
    re.VERBOSE | re.IGNORECASE,
)

# Dropped from normalized tokens: glue words, "Proceedings of the", and words venues add or omit freely
# ("Annual International Symposium on ..." vs "Symposium on ...").
# fmt: off
_STOPWORDS = frozenset({
    "a", "an", "and", "&", "at", "for", "in", "of", "on", "the", "to",
    "proceedings", "proc", "annual", "international", "intl", "int'l", "int",
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
    "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
    "eighteenth", "nineteenth", "twentieth", "thirtieth", "fortieth", "fiftieth",
    "twenty", "thirty", "forty", "fifty",
})
# Abbreviations read as their full word, so "Trans." matches "Transactions" and "J." matches "Journal".
_ABBREVIATIONS: Mapping[str, str] = {
    "conf": "conference", "symp": "symposium", "trans": "transactions", "j": "journal",
    "jour": "journal", "lett": "letters", "rev": "review", "wksp": "workshop",
}
# fmt: on


@dataclass(frozen=True, slots=True)
class VenueMatch:
    """A venue found in a venue string: its short name, kind, and the text that named it."""

    short: str
    kind: str
    matched: str


@dataclass(frozen=True, slots=True)
class _Spelling:
    keys: tuple[str, ...]
    short: str
    kind: str
    anchored: bool


_Token = tuple[str, int, int]  # key, start, end in the original string
_Index = Mapping[str, tuple[_Spelling, ...]]


def _raw_tokens(text: str) -> list[_Token]:
    """Tokens as written, numbers and ordinals dropped: "SC '23" -> [("SC", 0, 2)]."""
    return [(m.group(), m.start(), m.end()) for m in _TOKEN_RE.finditer(text) if not m.group()[0].isdigit()]


def _normalized_tokens(text: str) -> list[_Token]:
    """Casefolded tokens without stopwords: "Proc. of the IEEE Trans. Netw." -> ieee transactions netw."""
    tokens = []
    for key, start, end in _raw_tokens(text):
        folded = key.casefold().replace("’", "'")
        folded = _ABBREVIATIONS.get(folded, folded)
        if folded not in _STOPWORDS:
            tokens.append((folded, start, end))
    return tokens


def _add(index: dict[str, list[_Spelling]], spelling: _Spelling) -> None:
    bucket = index.setdefault(spelling.keys[0], [])
    if spelling not in bucket:
        bucket.append(spelling)


def _freeze(index: dict[str, list[_Spelling]]) -> _Index:
    return {key: tuple(sorted(bucket, key=lambda s: -len(s.keys))) for key, bucket in index.items()}


@cache
def _indexes() -> tuple[_Index, _Index]:
    """(case-sensitive index, normalized index) of venues.tsv spellings, keyed by first token."""
    text = resources.files("extractor.patterns").joinpath("venues.tsv").read_text(encoding="utf-8")
    exact: dict[str, list[_Spelling]] = {}
    loose: dict[str, list[_Spelling]] = {}
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        short, kind, names = (cell.strip() for cell in line.split("\t"))
        if kind not in VENUE_KINDS:
            raise ValueError(f"venues.tsv line {number}: kind {kind!r} is not one of {sorted(VENUE_KINDS)}")
        for name in names.split("|"):
            name = name.strip()
            anchored = name.startswith("^")
            case_sensitive = anchored or name.startswith("=") or not any(ch.islower() for ch in name)
            name = name.lstrip("^=")
            tokens = _raw_tokens(name) if case_sensitive else _normalized_tokens(name)
            if not tokens:
                raise ValueError(f"venues.tsv line {number}: spelling {name!r} has no words")
            spelling = _Spelling(tuple(key for key, _, _ in tokens), short, kind, anchored)
            _add(exact if case_sensitive else loose, spelling)
    return _freeze(exact), _freeze(loose)


def _anchor_ok(text: str, start: int, end: int) -> bool:
    """A "^" spelling must open the string and end it, or be followed by a non-word ("Nature 595")."""
    if not _ANCHOR_LEAD_RE.fullmatch(text, 0, start):
        return False
    rest = text[end:].lstrip()
    return not rest or not rest[0].isalpha()


def _candidates(text: str, tokens: list[_Token], index: _Index) -> list[tuple[int, int, _Spelling]]:
    keys = [key for key, _, _ in tokens]
    found = []
    for i, key in enumerate(keys):
        for spelling in index.get(key, ()):
            n = len(spelling.keys)
            if tuple(keys[i : i + n]) != spelling.keys:
                continue
            start, end = tokens[i][1], tokens[i + n - 1][2]
            if spelling.anchored and not _anchor_ok(text, start, end):
                continue
            found.append((start, end, spelling))
            break  # spellings are longest first: the first fit is the longest from this token
    return found


@lru_cache(maxsize=VENUE_CACHE_SIZE)
def lookup_venue(text: str) -> VenueMatch | None:
    """The venue named in ``text``, or None.

    >>> lookup_venue("In Proceedings of the 29th Symposium on Operating Systems Principles (SOSP '23)")
    VenueMatch(short='SOSP', kind='conference', matched='Symposium on Operating Systems Principles')
    >>> lookup_venue("PhD Dissertation 2021 | Kestrel University") is None
    True
    """
    if not text or not text.strip():
        return None
    exact, loose = _indexes()
    found = _candidates(text, _raw_tokens(text), exact) + _candidates(text, _normalized_tokens(text), loose)
    if not found:
        return None
    start, end, spelling = max(found, key=lambda hit: (hit[1] - hit[0], -hit[0]))
    if text[end : end + 1] == "." and "." in text[start:end]:
        end += 1  # an abbreviated spelling keeps its last dot: "IEEE Trans. Netw."
    return VenueMatch(spelling.short, spelling.kind, text[start:end])
