"""The learned citation parser: one reference entry -> labelled spans (title, author, container, ...).

A linear-chain CRF (python-crfsuite) over the tokens of the entry, the pattern of GROBID's citation
model and of probablepeople/usaddress. This module holds everything training and inference share:

- ``tokenize``: the entry cut at whitespace (and inside glued tokens such as "12(3):45-67"), keeping
  character offsets, the line break before each token and the bold/italic runs the reader saw;
- ``token_features``: the features of every token (the word, its shape, affixes, punctuation and
  brackets around it, position, line break, bold/italic/quoted, venue-table words, name particles,
  initials, places, year/month/page/volume cues, and the same for its neighbours; AnyStyle's
  terminal-punctuation classes joined with the case of the token after and before, and the sentence
  count with the case);
- ``LABELS`` and ``ANYSTYLE_LABELS`` (how AnyStyle's labels map onto ours);
- ``label_citation``: text or tokens -> ``Labelled`` (spans with their marginal confidence, and the
  probability of the whole labelling).

The model is package data (``extractor/models/citation.crfsuite``), trained by
``python -m extractor.learn.train citation`` from AnyStyle's labelled references (BSD 2-Clause, see
``extractor/models/LICENSE-anystyle``) and generated CV-shaped entries (``extractor/learn/generate.py``).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

from extractor.parse.places import is_place
from extractor.parse.text import fold
from extractor.patterns import _toml, words
from extractor.patterns import citation_regexes as rx
from extractor.repair import zipf

if TYPE_CHECKING:
    import pycrfsuite

MODEL_NAME = "citation.crfsuite"

# fmt: off
LABELS: tuple[str, ...] = (
    "citation-number", "author", "editor", "title", "container", "date", "volume", "issue", "pages",
    "publisher", "location", "doi", "url", "status", "note", "award", "link-label",
)
# AnyStyle's labels (res/parser/*.xml) -> ours
ANYSTYLE_LABELS: dict[str, str] = {
    "author": "author", "editor": "editor", "translator": "editor", "director": "editor",
    "producer": "editor", "title": "title", "container-title": "container", "journal": "container",
    "collection-title": "container", "date": "date", "volume": "volume", "pages": "pages",
    "publisher": "publisher", "location": "location", "edition": "note", "genre": "note",
    "medium": "note", "note": "note", "source": "note", "isbn": "note", "citation-number": "citation-number",
    "url": "url", "doi": "doi",
}
# fmt: on

# The owner's given name or initial counts within this many tokens of their family name.
OWNER_REACH = 2
# English word frequency (Zipf scale) bucket bounds: a capitalised rare word is more likely a name.
ZIPF_BOUNDS = (1.0, 2.5, 3.5, 4.5)
# Relative position in the entry is given in this many buckets.
POSITION_BUCKETS = 8
# Token feature sets remembered (a CV repeats its names and venue words).
FEATURE_CACHE_SIZE = 65536
# A place name this short counts only in capitals ("USA", "UK", "CA"; not "And" or "Can", which are
# also country codes).
PLACE_CODE_CHARS = 3
# Sentence ends before a token are counted up to this many.
MAX_SEGMENTS = 5
# A citation sentence's length (tokens) is given as the first of these bounds it stays within.
SENTENCE_LENGTHS = (2, 5, 10, 20, 10**9)
# Cue words up to this long may be abbreviations ("pp.", "vol.", "proc.", "trans.").
ABBREVIATION_MAX_CHARS = 5
# Quote characters that open and close a quoted title.
_OPEN_QUOTES = '"“‘«'
_CLOSE_QUOTES = '"”’»'
_EDGE = " \t\n.,;:!?()[]{}<>\"“”‘’'«»*†‡§¶#"


@dataclass(frozen=True, slots=True)
class Token:
    """One token of an entry: its text, offsets in the entry text, and the layout cues around it."""

    text: str
    start: int
    end: int
    line_start: bool = False  # a line break stands before it (not before the first token)
    bold: bool = False
    italic: bool = False


@dataclass(frozen=True, slots=True)
class Span:
    """A run of tokens with one label; ``confidence`` is the least marginal probability of its tokens."""

    label: str
    text: str
    start: int
    end: int
    confidence: float


@dataclass(frozen=True, slots=True)
class Labelled:
    tokens: tuple[Token, ...]
    labels: tuple[str, ...]
    spans: tuple[Span, ...]
    probability: float  # of the whole labelling (the Viterbi path), 0..1
    marginals: tuple[dict[str, float], ...] = ()  # per token: label -> marginal, for the labels asked

    def first(self, label: str) -> Span | None:
        return next((s for s in self.spans if s.label == label), None)

    def all(self, label: str) -> tuple[Span, ...]:
        return tuple(s for s in self.spans if s.label == label)


# --- tokens ----------------------------------------------------------------------------------


def _ranges(text: str, runs: Sequence[str]) -> list[tuple[int, int]]:
    """Character ranges of styled runs (each run's first occurrence not yet taken)."""
    out: list[tuple[int, int]] = []
    for run in runs:
        run = run.strip()
        if not run:
            continue
        at = text.find(run)
        while at >= 0 and any(s <= at < e for s, e in out):
            at = text.find(run, at + 1)
        if at >= 0:
            out.append((at, at + len(run)))
    return out


def tokenize(text: str, bold: Sequence[str] = (), italic: Sequence[str] = ()) -> tuple[Token, ...]:
    """The tokens of one entry; a newline in ``text`` is a line break, ``bold``/``italic`` are runs
    of ``text`` the reader saw in that style.

    >>> [t.text for t in tokenize("Doe, J. 12(3):45-67")]
    ['Doe,', 'J.', '12', '(3):', '45-67']
    """
    bold_at = _ranges(text, bold)
    italic_at = _ranges(text, italic)
    tokens: list[Token] = []
    for chunk in re.finditer(r"\S+", text):
        line_start = bool(tokens) and "\n" in text[tokens[-1].end : chunk.start()]
        word = chunk.group()
        pieces = [(0, len(word))]
        if not rx.WHOLE_TOKEN_RE.match(word):
            cuts = [0, *(m.start() for m in rx.INNER_CUT_RE.finditer(word) if 0 < m.start() < len(word))]
            pieces = list(zip(cuts, [*cuts[1:], len(word)], strict=True))
        for i, (a, b) in enumerate(pieces):
            start, end = chunk.start() + a, chunk.start() + b
            tokens.append(
                Token(
                    text=word[a:b],
                    start=start,
                    end=end,
                    line_start=line_start and i == 0,
                    bold=any(s <= start < e for s, e in bold_at),
                    italic=any(s <= start < e for s, e in italic_at),
                )
            )
    return tuple(tokens)


# --- features --------------------------------------------------------------------------------


@cache
def _cues() -> dict[str, frozenset[str]]:
    table = _toml("citation_words")
    return {name: frozenset(w.casefold() for w in values) for name, values in table.items()}


@cache
def _venue_words() -> tuple[frozenset[str], frozenset[str]]:
    """(casefolded words of venue names, acronyms as written) from ``patterns/venues.tsv``."""
    from extractor.patterns import table

    loose: set[str] = set()
    acronyms: set[str] = set()
    stop = {"of", "on", "the", "and", "in", "for", "a", "an", "to", "&"}
    for row in table("venues"):
        for name in row[2].split("|"):
            name = name.lstrip("^=")
            for w in re.findall(r"[^\W\d_][\w'’&-]*", name):
                if not any(ch.islower() for ch in w) and len(w) >= 2:
                    acronyms.add(w)
                elif w.casefold() not in stop:
                    loose.add(w.casefold().rstrip("."))
    return frozenset(loose), frozenset(acronyms)


def _shape(word: str) -> str:
    """Character classes with runs collapsed: "Doe," -> "Aa,", "12(3):" -> "9(9):", "A.-C." -> "A.-A."."""
    out: list[str] = []
    for ch in word:
        c = "A" if ch.isupper() else "a" if ch.isalpha() else "9" if ch.isdigit() else ch
        if not out or out[-1] != c:
            out.append(c)
    return "".join(out)[:8]


def _terminal(raw: str) -> str:
    """How a token ends, as AnyStyle's terminal feature reads it: a sentence's end, a clause's, none."""
    end = raw.rstrip(_CLOSE_QUOTES + ")]}")[-1:] or raw[-1:]
    return "term" if end in ".!?" else "int" if end in ",;:-" else "none"


def _case(core: str) -> str:
    if not core:
        return "punct"
    if core.isupper() and len(core) > 1:
        return "upper"
    if core[0].isupper():
        return "cap"
    if core[0].isdigit():
        return "digit"
    return "lower"


def _core(word: str) -> str:
    return word.strip(_EDGE)


@lru_cache(maxsize=FEATURE_CACHE_SIZE)
def _word_features(raw: str, line_start: bool, bold: bool, italic: bool) -> tuple[str, ...]:
    core = _core(raw)
    low = core.casefold()
    cues = _cues()
    venue_loose, venue_acronyms = _venue_words()
    f = [f"w={low}", f"sh={_shape(raw)}"]
    if core:
        f += [f"p2={low[:2]}", f"s3={low[-3:]}"]
        if len(core) > 3:
            f.append(f"p4={low[:4]}")
    if raw[:1] in "([{<":
        f.append(f"lb={raw[0]}")
    if raw[-1:] in ")]}>.,;:":
        f.append(f"rp={raw[-1]}")
    if raw[-2:] in ("),", ").", "):", "],", "].", ".,", ".:", ".;"):
        f.append(f"rp2={raw[-2:]}")
    if raw[:1] in _OPEN_QUOTES or raw[-2:-1] in _CLOSE_QUOTES or raw[-1:] in _CLOSE_QUOTES:
        f.append("quote")
    if len(raw) > 1 and (raw[-2:-1] in _CLOSE_QUOTES or raw[-1:] in _CLOSE_QUOTES):
        f.append("closequote")
    f.append(f"tm={_terminal(raw)}")
    if core:
        if core[0].isupper():
            f.append("cap")
        if core.isupper() and len(core) > 1:
            f.append("upper")
        if core.islower():
            f.append("lower")
        if any(ch.isdigit() for ch in core):
            f.append("digit")
        f.append(f"len={min(len(core), 8)}")
    if rx.YEAR_RE.match(core):
        f.append("year")
    if rx.YEAR_RANGE_RE.match(core):
        f.append("yearrange")
    if rx.PAGE_RANGE_RE.match(core):
        f.append("pagerange")
    if rx.NUMBER_RE.match(core):
        f.append("number")
    if rx.ORDINAL_RE.match(core):
        f.append("ordinal")
    if rx.ROMAN_RE.match(core) and len(core) > 1:
        f.append("roman")
    if rx.INITIAL_RE.match(core + "." if raw.rstrip(",;:").endswith(".") else core):
        f.append("initial")
    if rx.BARE_INITIALS_RE.match(core):
        f.append("bareinitials")
    if rx.URL_RE.match(core):
        f.append("url")
    if rx.DOI_RE.search(core):
        f.append("doi")
    if "@" in core:
        f.append("email")
    if rx.MARK_RE.search(raw):
        f.append("mark")
    if len(core) > 1 and all(part.isalpha() for part in core.split("-")):
        band = sum(zipf(core) >= bound for bound in ZIPF_BOUNDS)
        f.append(f"zf={band}")
        if core[0].isupper():
            f.append(f"czf={band}")
    if core[:1].isupper() and (len(core) > PLACE_CODE_CHARS or core.isupper()) and is_place(core):
        f.append("place")
    if low in words("name_particles"):
        f.append("particle")
    for name, vocabulary in cues.items():
        if low in vocabulary:
            f.append(f"cue={name}")
    if low in venue_loose:
        f.append("venueword")
    if core in venue_acronyms:
        f.append("venueacronym")
    if line_start:
        f.append("newline")
    if bold:
        f.append("bold")
    if italic:
        f.append("italic")
    return tuple(f)


_NEIGHBOUR_KEEP = (
    "w=", "sh=", "rp=", "lb=", "year", "initial", "cap", "newline", "bold", "italic", "cue=", "czf=",
    "closequote", "tm=", "place",
)  # fmt: skip
_FAR_KEEP = ("w=", "rp=", "year", "initial")


@dataclass(frozen=True, slots=True)
class _WordView:
    """A token's own features, and the prefixed ones its neighbours see, computed once per word."""

    own: tuple[str, ...]
    core: str  # casefolded, edge punctuation removed
    case: str  # "cap", "lower", "upper", "digit", "punct"
    terminal: str  # "term", "int", "none"
    seen_as: dict[int, tuple[str, ...]]  # offset of the token looking at it -> its features, prefixed


@lru_cache(maxsize=FEATURE_CACHE_SIZE)
def _view(raw: str, line_start: bool, bold: bool, italic: bool) -> _WordView:
    own = _word_features(raw, line_start, bold, italic)
    seen_as = {}
    for offset in (-2, -1, 1, 2):
        keep = _NEIGHBOUR_KEEP if abs(offset) == 1 else _FAR_KEEP
        seen_as[offset] = tuple(f"{offset}:{x}" for x in own if x.startswith(keep))
    return _WordView(own, _core(raw).casefold(), _case(_core(raw)), _terminal(raw), seen_as)


def _key(text: str) -> str:
    return "".join(ch for ch in text.casefold() if ch.isalnum())


def _owner_words(owner: str) -> tuple[str, str]:
    """(family name, first given name) of the owner's name, as ``_key`` keys ("Jane Q. Doe-Roe" ->
    ("doeroe", "jane"); "Doe, Jane" -> ("doe", "jane"))."""
    family, _, given = owner.partition(",") if "," in owner else ("", "", "")
    if not family:
        words_in = owner.split()
        family, given = (words_in[-1], " ".join(words_in[:-1])) if words_in else ("", "")
    given_words = given.split()
    return _key(fold(family)), _key(fold(given_words[0])) if given_words else ""


def owner_features(tokens: Sequence[Token], owner: str | None) -> list[tuple[str, ...]]:
    """Where the owner's name is printed: "owner=family" on their family name, "owner=given" on
    their first given name, "owner=initial" on its initial next to the family name."""
    out: list[tuple[str, ...]] = [() for _ in tokens]
    if not owner:
        return out
    family, given = _owner_words(owner)
    if not family:
        return out
    keys = [_key(fold(t.text)) for t in tokens]
    at_family = [i for i, k in enumerate(keys) if k == family]
    near_family = {j for i in at_family for j in range(i - OWNER_REACH, i + OWNER_REACH + 1)}
    for i, k in enumerate(keys):
        if k == family:
            out[i] = ("owner=family",)
        elif given and k == given and i in near_family:
            out[i] = ("owner=given",)
        elif given and len(k) == 1 and k == given[0] and i in near_family:
            out[i] = ("owner=initial",)
    return out


def hint_features(
    tokens: Sequence[Token], reading: Mapping[str, str], owner: str | None = None
) -> list[tuple[str, ...]]:
    """The rules' reading of the entry (label -> the text the rules gave it: title, author,
    container) as token features: "rule=title" on the tokens of the rules' title (found by letters
    and digits, first occurrence), and what the rules said of the tokens beside it; and where the
    owner's name (``owner``: the document's own name for its person) is printed."""
    keys = [_key(t.text) for t in tokens]
    joined = "".join(keys)
    token_of = [i for i, k in enumerate(keys) for _ in k]
    said: list[str | None] = [None] * len(tokens)
    for label, value in reading.items():
        key = _key(value)
        at = joined.find(key) if key else -1
        if at < 0:
            continue
        covered: dict[int, int] = {}
        for c in range(at, at + len(key)):
            covered[token_of[c]] = covered.get(token_of[c], 0) + 1
        for i, n in covered.items():
            if said[i] is None and n * 2 >= len(keys[i]):
                said[i] = label
    out: list[tuple[str, ...]] = []
    owned = owner_features(tokens, owner)
    for i in range(len(tokens)):
        own = said[i] or "none"
        before = said[i - 1] or "none" if i > 0 else "start"
        after = said[i + 1] or "none" if i + 1 < len(tokens) else "end"
        out.append((f"rule={own}", f"rule-1={before}|{own}", f"rule+1={own}|{after}", *owned[i]))
    return out


def token_features(tokens: Sequence[Token], hints: Sequence[Sequence[str]] | None = None) -> list[list[str]]:
    """The feature strings of every token of one entry; ``hints``: more features per token (the
    rules' reading, ``hint_features``)."""
    views = [_view(t.text, t.line_start, t.bold, t.italic) for t in tokens]
    n = len(tokens)
    quoted = inside_quotes(tokens)
    context = _running_context(tokens)
    styled_lines = _styled_lines(tokens)
    sentences = _sentence_features(tokens, views, styled_lines)
    out: list[list[str]] = []
    for i, view in enumerate(views):
        f = [
            "bias",
            *view.own,
            f"pos={min(POSITION_BUCKETS - 1, i * POSITION_BUCKETS // max(n, 1))}",
            *context[i],
            *sentences[i],
            *styled_lines[i],
        ]
        if n - i <= 3:
            f.append(f"fromend={n - i}")
        if i == 0:
            f.append("first")
            if rx.ENTRY_NUMBER_RE.match(tokens[0].text):
                f.append("entrynumber")
        if i == n - 1:
            f.append("last")
        if quoted[i]:
            f.append("inquotes")
        for offset in (-2, -1, 1, 2):
            j = i + offset
            if 0 <= j < n:
                f.extend(views[j].seen_as[offset])
            else:
                f.append(f"{offset}:none")
        if i > 0:
            f.append(f"-1|0={views[i - 1].core}|{view.core}")
            f.append(f"tm-1|case={views[i - 1].terminal}|{view.case}")
            if _vancouver(tokens[i - 1].text, tokens[i].text):
                f.append(f"vancouver={view.terminal}")  # "Doe JQ," / "Doe JQ." (the list's last name)
        if i + 1 < n:
            f.append(f"tm|case+1={view.terminal}|{views[i + 1].case}")
        f.append(f"{context[i][0]}|{view.case}")
        if hints is not None:
            f.extend(hints[i])
        out.append(f)
    return out


def _vancouver(before: str, raw: str) -> bool:
    """A Vancouver name's initials: capitals with no periods between ("JQ", "J") after a capitalised
    word with no punctuation after it ("Doe JQ,", "van Roe J.")."""
    core = _core(raw)
    return (
        bool(rx.BARE_INITIALS_RE.match(core))
        and raw.rstrip(".,;:") == core
        and before[:1].isupper()
        and before[-1:].isalpha()
        and not before.isupper()
    )


def _ends_sentence(raw: str) -> bool:
    """A period, question or exclamation mark (maybe inside a quote or bracket) after a word that is
    not an initial nor an abbreviation a citation prints mid-sentence ("pp.", "Vol.", "Proc."): the
    end of one of a citation's sentences (a colon is not: titles hold them)."""
    core = _core(raw)
    return raw.rstrip(_CLOSE_QUOTES + ")]")[-1:] in ".?!" and not (
        rx.INITIAL_RE.match(core + ".") or len(core) <= 1 or core.casefold() in _abbreviations()
    )


@cache
def _abbreviations() -> frozenset[str]:
    """Cue words short enough to be abbreviated with a period inside a sentence ("pp.", "eds.")."""
    cues = _cues()
    kinds = ("volume", "issue", "pages", "editor", "container", "edition")
    return frozenset(w for kind in kinds for w in cues[kind] if len(w) <= ABBREVIATION_MAX_CHARS)


def _sentence_cues(views: Sequence[_WordView]) -> list[str]:
    """What one sentence of a citation holds: venue words, publisher words, a year, numbers
    (volume, pages), a link, initials; whether "In" leads it; and its length."""
    own = {x for view in views for x in view.own}
    cues = []
    if any(v.core != "in" and "cue=container" in v.own for v in views):
        cues.append("venue")
    if "venueacronym" in own:
        cues.append("acronym")
    if "cue=publisher" in own:
        cues.append("publisher")
    if "year" in own:
        cues.append("year")
    if "pagerange" in own or "number" in own:
        cues.append("number")
    if "url" in own or "doi" in own:
        cues.append("link")
    if "initial" in own:
        cues.append("initial")
    if views[0].core == "in" and views[0].case == "cap":
        cues.append("in")
    cues.append(f"len={next(k for k, bound in enumerate(SENTENCE_LENGTHS) if len(views) <= bound)}")
    return cues


def _sentence_features(
    tokens: Sequence[Token], views: Sequence[_WordView], styled: Sequence[Sequence[str]]
) -> list[list[str]]:
    """Per token, what its sentence holds ("sg=venue", "sg=year", ...: ``_sentence_cues``) and what
    the sentence before holds ("sg-1=initial": names came before), and the first token of each
    sentence: a title runs to its sentence's end, a venue's sentence has venue words and numbers. A
    line in a font of its own (``styled``: a bold title line) is a sentence of its own."""
    bounds: list[tuple[int, int]] = []
    start = 0
    for i, t in enumerate(tokens):
        style_ends = i + 1 < len(tokens) and tokens[i + 1].line_start and styled[i] != styled[i + 1]
        if _ends_sentence(t.text) or style_ends or i == len(tokens) - 1:
            bounds.append((start, i + 1))
            start = i + 1
    cues = [_sentence_cues(views[a:b]) for a, b in bounds]
    out: list[list[str]] = []
    for k, (a, b) in enumerate(bounds):
        before = [f"sg-1={c}" for c in cues[k - 1] if not c.startswith("len")] if k else ["sg-1=none"]
        after = (
            [f"sg+1={c}" for c in cues[k + 1] if c in ("venue", "year", "number")]
            if k + 1 < len(bounds)
            else []
        )
        for i in range(a, b):
            f = [f"sg={c}" for c in cues[k]] + before + after
            if i == a:
                f.append("sgstart")
            out.append(f)
    return out


def _styled_lines(tokens: Sequence[Token]) -> list[list[str]]:
    """ "boldline" / "italicline" on the tokens of a line printed all in bold or italics (a title
    line, a venue line) when the rest of the entry is not: a whole line is a field, a run inside a
    line may be a name."""
    lines: list[list[int]] = []
    for i, t in enumerate(tokens):
        if not lines or t.line_start:
            lines.append([])
        lines[-1].append(i)
    out: list[list[str]] = [[] for _ in tokens]
    for style in ("bold", "italic"):
        whole = [all(getattr(tokens[i], style) for i in line) for line in lines]
        if all(whole):
            continue  # the whole entry in one font says nothing of its fields
        for line, is_whole in zip(lines, whole, strict=True):
            if is_whole:
                for i in line:
                    out[i].append(f"{style}line")
    return out


def _running_context(tokens: Sequence[Token]) -> list[list[str]]:
    """What came before each token: how many sentence ends (a period after a word that is not an
    initial, a closing bracket or quote with a period), and whether a year or a quoted stretch did."""
    out: list[list[str]] = []
    sentences = 0
    saw_year = saw_quote = False
    for t in tokens:
        f = [f"seg={min(sentences, MAX_SEGMENTS)}"]
        if saw_year:
            f.append("sawyear")
        if saw_quote:
            f.append("sawquote")
        out.append(f)
        core = _core(t.text)
        if t.text.endswith((".", ".)", ".”", '."', "?", "!", ":")) and not (
            rx.INITIAL_RE.match(core + ".") or len(core) <= 1
        ):
            sentences += 1
        if rx.YEAR_RE.match(core):
            saw_year = True
        if t.text.rstrip(".,;:")[-1:] in _CLOSE_QUOTES and not t.text.endswith("'s"):
            saw_quote = True
    return out


def inside_quotes(tokens: Sequence[Token]) -> list[bool]:
    """Which tokens stand inside a quoted stretch ("“Title,” in ...")."""
    out: list[bool] = []
    inside = False
    for t in tokens:
        opens = t.text[:1] in _OPEN_QUOTES
        if opens:
            inside = True
        out.append(inside)
        closes = t.text.rstrip(".,;:")[-1:] in _CLOSE_QUOTES and not (opens and len(t.text) == 1)
        if closes and not t.text.endswith("'s"):
            inside = False
    return out


# --- inference -------------------------------------------------------------------------------


@cache
def _tagger(model_dir: str | None = None) -> pycrfsuite.Tagger:
    import pycrfsuite

    tagger = pycrfsuite.Tagger()
    if model_dir is not None:
        tagger.open(str(Path(model_dir) / MODEL_NAME))
        return tagger
    with resources.as_file(resources.files("extractor.models").joinpath(MODEL_NAME)) as path:
        tagger.open(str(path))
    return tagger


def model_available(model_dir: str | None = None) -> bool:
    """The citation model is there: in ``model_dir`` (a cross-validation fold's) or in the package."""
    if model_dir is not None:
        return (Path(model_dir) / MODEL_NAME).is_file()
    return resources.files("extractor.models").joinpath(MODEL_NAME).is_file()


def spans_of(
    text: str, tokens: Sequence[Token], labels: Sequence[str], margins: Sequence[float]
) -> tuple[Span, ...]:
    spans: list[Span] = []
    i = 0
    while i < len(tokens):
        j = i
        while j + 1 < len(tokens) and labels[j + 1] == labels[i]:
            j += 1
        start, end = tokens[i].start, tokens[j].end
        spans.append(Span(labels[i], text[start:end], start, end, min(margins[i : j + 1])))
        i = j + 1
    return tuple(spans)


def label_citation(
    entry: str | Sequence[Token],
    *,
    text: str | None = None,
    bold: Sequence[str] = (),
    italic: Sequence[str] = (),
    marginal_labels: Sequence[str] = ("title",),
    model_dir: str | None = None,
    hints: Sequence[Sequence[str]] | None = None,
) -> Labelled:
    """Label one entry. ``entry`` is its text (newlines are line breaks) or its tokens (then ``text``
    is the text their offsets point into). ``marginals`` holds, per token, the marginal probability
    of each of ``marginal_labels``. ``model_dir``: the folder holding the model (default: the
    package's); ``hints``: the rules' reading as token features (``hint_features``; the model is
    trained with them).

    >>> labelled = label_citation("J. Doe and A. Roe. A Study of Widgets. Journal of Gadgets, 12(3), 2021.")
    >>> labelled.first("title").text
    'A Study of Widgets.'
    """
    if isinstance(entry, str):
        text = entry
        tokens = tokenize(entry, bold, italic)
    else:
        tokens = tuple(entry)
        text = text if text is not None else " ".join(t.text for t in tokens)
    if not tokens:
        return Labelled((), (), (), 1.0)
    tagger = _tagger(model_dir)
    tagger.set(token_features(tokens, hints))
    labels = tuple(tagger.tag())
    probability = tagger.probability(list(labels))
    marginals = tuple(
        {label: tagger.marginal(label, i) for label in marginal_labels} for i in range(len(tokens))
    )
    margins = [tagger.marginal(label, i) for i, label in enumerate(labels)]
    return Labelled(tokens, labels, spans_of(text, tokens, labels, margins), probability, marginals)
