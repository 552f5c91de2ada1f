"""The structure model: a linear-chain CRF that labels every line of a document.

Labels (one per line, in reading order):

- ``HEAD``: a section heading; ``SUB``: a sub-heading inside a section ("Journal Articles");
- ``B``: the first line of an entry; ``I``: a later line of the same entry;
- ``HDR``: the person's header block before the first heading; ``O``: anything else (prose,
  furniture, legends).

Features come from the line's layout (font size against the body text, bold, italic, capitals,
indent against the document's left margin and the previous line, the gap above, list bullets,
page position), its place in its section's column (indent against the section's left edge and its
commonest indent on the page, whether the section has a hanging indent, the step above against the
document's tight line step), its words (heading vocabulary from ``patterns/sections.toml``, date
ranges at the start or end, labels such as "[3]", year-only lines, final punctuation, length) and the
rules' own decisions (the rule segmenter's headings and entry starts), so the model learns where the
rules are right and where layout says otherwise. Neighbouring lines' key features are copied in with
``-1:``/``+1:`` prefixes (a few from two lines away), and some are paired with the previous line's.

Training pairs come from the corpus (``align_labels``): each annotated section's heading and items
are found in the reader's lines by their text (letters and digits only), never by line numbers.

The model has two passes (``SECOND_PASS``): the second reads the line features plus the first pass's
labels of the line and its neighbours, how surely the first pass starts entries at the lines of the
section that look like it (same bold, size and left edge) and at the looks left of it
(``second_pass_features``), so a section's parallel lines come out parallel. It learns from first-pass
marginals of models that did not see the document (``SECOND_PASS_FOLDS`` inner folds).

The model is trained on, and labels, PDF documents only (``MODEL_MEDIA``); a line starts an entry
where its start probability reaches ``START_MIN_MARGINAL`` (``RULE_START_MIN_MARGINAL`` where the
rules start one too), so entry starts do not hang on the single best label path.
"""

from __future__ import annotations

import bisect
import itertools
import statistics
import tempfile
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from extractor.document import Document, Line, LineLabel, MediaType
from extractor.learn.corpus import Annotation, match_key
from extractor.learn.crf import fit_crf
from extractor.parse.dates import find_date_range
from extractor.patterns import heading_kind
from extractor.patterns.regexes import (
    AUTHOR_START_RE,
    CONTINUATION_START_RE,
    ENTRY_LABEL_RE,
    SENTENCE_END_RE,
)
from extractor.patterns.structure_regexes import INITIAL_END_RE, YEAR_LINE_RE
from extractor.segment import segment_sections_by_rules, split_entries_by_rules

LABELS = ("HEAD", "SUB", "B", "I", "HDR", "O")
MODEL_FILE = "structure.crfsuite"
# The first pass's model, beside the second's (``MODEL_FILE``) when the model has two passes.
FIRST_PASS_FILE = "structure-first.crfsuite"
# A second pass reads the first pass's labels of a line, its neighbours and its look-alikes in its
# section; it learns from first-pass marginals of models that did not see the document (this many folds).
SECOND_PASS = True
SECOND_PASS_FOLDS = 3
MARGINAL_BUCKETS = (0.1, 0.3, 0.5, 0.7, 0.9)
# A look sits left of a line when its left edge is at least this many points further left.
OUTER_MIN_POINTS = 3
# Section kinds whose items are entries; prose kinds (header, about, statement) are not.
PROSE_KINDS = frozenset({"header", "about", "statement"})
# A line the best label path calls inside an entry (or other) starts one when the model gives a
# start at least this probability (fold-out, splitting a few entries too many costs less than merging).
START_MIN_MARGINAL = 0.6
# ... or this probability where the rules start an entry too.
RULE_START_MIN_MARGINAL = 0.25
# An item not found whole is placed by its pieces of this many characters (letters and digits)...
ITEM_EDGE_CHARS = 24
# ...its last characters at most this many times its length after its first.
ITEM_SPREAD = 2
# ...its start at the first of its pieces found among this many (a year the reader prints elsewhere).
ITEM_ANCHOR_PIECES = 3
# Layout buckets, in multiples of the body font size / the typical line gap / points of indent.
SIZE_BUCKETS = (0.9, 1.05, 1.18, 1.4)
GAP_BUCKETS = (0.5, 1.3, 2.0, 3.5)
INDENT_BUCKETS = (-12.0, -3.0, 3.0, 12.0, 40.0)
# Features copied from the neighbouring lines.
NEIGHBOUR_KEYS = (
    "bold", "caps", "list", "label", "date_start", "date_end", "ends_period", "vocab", "rule_head",
    "rule_start", "indent", "gap", "short", "fill", "author", "margin", "first_lower", "size", "step",
    "column", "year_only", "mode", "sstep", "smed", "like_first",
)  # fmt: skip
# Which neighbours' features are copied in, and the few copied from the lines two away.
NEIGHBOUR_OFFSETS = (-2, -1, 1, 2)
FAR_NEIGHBOUR_KEYS = ("rule_start", "step", "column", "date_start", "bold", "label", "list")
# Features paired with the previous line's value: parallel lines (dated, bold, in the same column)
# are parallel entries.
PAIRED_KEYS = ("date_end", "date_start", "bold", "column", "ends_period")
# How far a line ends short of its page's right text edge (points): a short last line ends a paragraph.
FILL_BUCKETS = (5.0, 30.0, 100.0)
# The step above a line in multiples of the document's tight line step (a wrapped line's): entries
# set apart by a little extra space start above 1.15.
STEP_BUCKETS = (0.8, 1.15, 1.45, 1.9, 3.0)
# A line's indent against its section's left edge on the page (points): at the edge, slightly in
# (a hanging indent's continuation), well in.
COLUMN_BUCKETS = (2.0, 8.0, 25.0)
# A line's indent against the commonest indent of its section on the page (points).
MODE_BUCKETS = (-25.0, -8.0, -2.0, 2.0, 8.0, 25.0)
# A section has a hanging indent when at least this many of its lines sit at its left edge and
# some sit slightly in (COLUMN_BUCKETS[0]..[2]).
HANGING_MIN_LINES = 2
# The tight line step: this quantile of the document's same-page steps between consecutive lines.
TIGHT_STEP_QUANTILE = 0.2
# The step above a line against its own section's tight step and median step (multiples), when the
# section has at least this many steps.
SECTION_STEP_BUCKETS = (0.9, 1.08, 1.25, 1.6, 2.5)
SECTION_MIN_STEPS = 3
# A line's start shape (``start_shape``) keeps at most this many character classes.
START_SHAPE_CHARS = 4
# The second pass reads how surely the first pass starts entries at the lines of the section that
# share each of these line features with the line (the step above it, how its first word is written,
# how the line above ends): a list whose entries are set apart by a little space, start with a name
# or follow a line ending a reference is consistent about it.
CONSISTENCY_KEYS = ("sstep", "shape", "prev_tail")


@dataclass(frozen=True, slots=True)
class RuleView:
    """What the rule segmenter decided for each line (line number -> decision)."""

    headings: frozenset[int]
    starts: frozenset[int]


def _bucket(value: float, edges: Sequence[float]) -> str:
    for n, edge in enumerate(edges):
        if value < edge:
            return str(n)
    return str(len(edges))


def _word_shape(word: str) -> str:
    """A word as a feature: lowercased letters, every digit as 0 ("[12]" and "[3]" are one feature)."""
    return "".join("0" if c.isdigit() else c for c in word.lower().strip(".,:;()[]"))


def start_shape(text: str) -> str:
    """How a line's first word is written, letters and digits as classes ("Doe," -> "Aa,", "J." ->
    "A.", "(2021)," -> "(0),", "379.3-4" -> "0.0-"): the lines of one list that start its entries
    start alike ("Doe, J." / "Roe, A."), their wrapped lines do not."""
    word = text.split()[0] if text.split() else ""
    out: list[str] = []
    for char in word:
        cls = "A" if char.isupper() else "a" if char.isalpha() else "0" if char.isdigit() else char
        if not out or out[-1] != cls:
            out.append(cls)
    return "".join(out)[:START_SHAPE_CHARS]


def _tail_shape(text: str) -> str:
    """How a line ends: a year ("2021", "(2021).", an entry's date), a link or DOI, an initial (an
    author list wrapped mid-name: "... and M. K."), a period, a comma, something else."""
    words = text.split()
    last = words[-1].lower() if words else ""
    bare = last.strip(".,;:()[]")
    if len(bare) == 4 and bare.isdigit() and bare[:2] in ("19", "20"):
        return "year"
    if "doi" in last or "http" in last or last.startswith("10."):
        return "link"
    if INITIAL_END_RE.search(text):
        return "initial"
    if last.endswith("."):
        return "period"
    return "comma" if last.endswith(",") else "other"


def _caps_share(text: str) -> float:
    letters = [c for c in text if c.isalpha()]
    return sum(c.isupper() for c in letters) / len(letters) if letters else 0.0


@dataclass(frozen=True, slots=True)
class _Layout:
    body_size: float | None
    left: dict[int | None, float]  # the left margin of each page
    right: dict[int | None, float]  # the right text edge of each page
    gap: float  # the typical vertical step between consecutive lines
    tight: float  # the step between the wrapped lines of one paragraph


def _step(a: Line, b: Line) -> float | None:
    if a.top is None or b.top is None or a.page != b.page or not 0 < b.top - a.top < 60:
        return None
    return b.top - a.top


def _layout(lines: Sequence[Line]) -> _Layout:
    sizes: dict[float, int] = {}
    for line in lines:
        if line.size:
            sizes[line.size] = sizes.get(line.size, 0) + len(line.text)
    body = max(sizes, key=lambda s: sizes[s]) if sizes else None
    left: dict[int | None, float] = {}
    right: dict[int | None, float] = {}
    for line in lines:
        if line.x0 is not None:
            left[line.page] = min(left.get(line.page, line.x0), line.x0)
        if line.x1 is not None:
            right[line.page] = max(right.get(line.page, line.x1), line.x1)
    steps = sorted(step for a, b in itertools.pairwise(lines) if (step := _step(a, b)) is not None)
    tight = steps[int(TIGHT_STEP_QUANTILE * (len(steps) - 1))] if steps else 0.0
    return _Layout(body, left, right, statistics.median(steps) if steps else 0.0, tight)


def _section_spans(lines: Sequence[Line], rules: RuleView | None) -> list[int]:
    """Each line's section index: a new section starts at each of the rules' headings."""
    spans: list[int] = []
    current = 0
    for line in lines:
        if rules is not None and line.number in rules.headings:
            current += 1
        spans.append(current)
    return spans


def _column_features(lines: Sequence[Line], rules: RuleView | None) -> list[dict[str, str]]:
    """Where each line sits in its section's column on its page: its indent against the section's
    left edge there, and whether the section has a hanging indent (entries out, wrapped lines in)."""
    spans = _section_spans(lines, rules)
    groups: dict[tuple[int, int | None], list[int]] = {}
    for i, line in enumerate(lines):
        if line.x0 is not None and not (rules is not None and line.number in rules.headings):
            groups.setdefault((spans[i], line.page), []).append(i)
    out: list[dict[str, str]] = [{} for _ in lines]
    _section_step_features(lines, spans, rules, out)
    for members in groups.values():
        edge = min(lines[i].x0 or 0.0 for i in members)
        offsets = {i: (lines[i].x0 or 0.0) - edge for i in members}
        mode = Counter(round(lines[i].x0 or 0.0) for i in members).most_common(1)[0][0]
        at_edge = sum(1 for off in offsets.values() if off < COLUMN_BUCKETS[0])
        slightly_in = sum(1 for off in offsets.values() if COLUMN_BUCKETS[0] <= off < COLUMN_BUCKETS[2])
        hanging = at_edge >= HANGING_MIN_LINES and slightly_in >= 1
        for i, off in offsets.items():
            column = _bucket(off, COLUMN_BUCKETS)
            out[i].update(
                {
                    "column": column,
                    "hanging": str(hanging),
                    "column_hanging": f"{column}|{hanging}",
                    "mode": _bucket((lines[i].x0 or 0.0) - mode, MODE_BUCKETS),
                }
            )
    return out


def _looks(line: Line) -> tuple[bool, int, int]:
    """A line's look: bold, font size and left edge, rounded."""
    return (line.bold, round(line.size or 0.0), round(line.x0 or 0.0))


def _section_step_features(
    lines: Sequence[Line], spans: list[int], rules: RuleView | None, out: list[dict[str, str]]
) -> None:
    """The step above each line against its own section's steps (its tight step and its median: a
    list whose entries are set apart by a little extra space shows it only against its own wrapped
    lines), and whether the line looks like its section's first line (an entry start: same bold,
    size and left edge)."""
    steps: dict[int, list[float]] = {}
    first: dict[int, tuple[bool, int, int]] = {}
    for i, line in enumerate(lines):
        if rules is not None and line.number in rules.headings:
            continue
        first.setdefault(spans[i], _looks(line))
        if i and spans[i - 1] == spans[i] and (step := _step(lines[i - 1], line)) is not None:
            steps.setdefault(spans[i], []).append(step)
    for i, line in enumerate(lines):
        if rules is not None and line.number in rules.headings:
            continue
        span = spans[i]
        out[i]["like_first"] = str(_looks(line) == first.get(span))
        own = sorted(steps.get(span, ()))
        step = _step(lines[i - 1], line) if i and spans[i - 1] == span else None
        if step is None or len(own) < SECTION_MIN_STEPS:
            continue
        tight = own[int(TIGHT_STEP_QUANTILE * (len(own) - 1))]
        median = statistics.median(own)
        if tight > 0:
            out[i]["sstep"] = _bucket(step / tight, SECTION_STEP_BUCKETS)
        if median > 0:
            out[i]["smed"] = _bucket(step / median, SECTION_STEP_BUCKETS)


def line_features(lines: Sequence[Line], rules: RuleView | None = None) -> list[dict[str, float | str]]:
    """One feature dict per line (the same code serves training and inference)."""
    layout = _layout(lines)
    columns = _column_features(lines, rules)
    own: list[dict[str, float | str]] = []
    for i, line in enumerate(lines):
        text = line.text.strip()
        words = text.split()
        previous = lines[i - 1] if i else None
        f: dict[str, float | str] = {"bias": 1.0}
        f["words"] = _bucket(len(words), (2, 4, 7, 12, 20))
        f["short"] = str(len(words) <= 4)
        caps = _caps_share(text)
        f["caps"] = str(caps >= 0.8)
        f["title_case"] = str(bool(words) and sum(w[:1].isupper() for w in words) >= 0.7 * len(words))
        f["first_lower"] = str(text[:1].islower())
        f["first_digit"] = str(text[:1].isdigit())
        f["first_word"] = _word_shape(words[0]) if words else ""
        f["shape"] = start_shape(text)
        f["list"] = str(line.list_item)
        f["label"] = str(bool(ENTRY_LABEL_RE.match(text)))
        f["continuation"] = str(bool(CONTINUATION_START_RE.match(text)))
        f["author"] = str(bool(AUTHOR_START_RE.match(text)))
        f["quote_start"] = str(text[:1] in "\"“‘'")
        f["ends_period"] = str(bool(SENTENCE_END_RE.search(text)))
        f["ends_colon"] = str(text.endswith(":"))
        f["ends_comma"] = str(text.endswith(","))
        head = text[:24]
        tail = text[-24:]
        date_start = find_date_range(head) if head else None
        date_end = find_date_range(tail) if tail else None
        f["date_start"] = str(date_start is not None and not date_start.empty)
        f["date_end"] = str(date_end is not None and not date_end.empty)
        match = heading_kind(text) if len(text) <= 80 else None
        f["vocab"] = match.kind if match else "none"
        f["vocab_sub"] = str(bool(match and match.subkind))
        f["bold"] = str(line.bold)
        f["italic"] = str(line.italic)
        f["bold_part"] = str(bool(line.bold_spans))
        f["heading_level"] = str(line.heading_level or 0)
        f["cells"] = str(min(len(line.cells), 3))
        f["blank_before"] = str(line.blank_before)
        f["break_before"] = str(line.break_before)
        f["page_change"] = str(previous is not None and previous.page != line.page)
        if layout.body_size and line.size:
            f["size"] = _bucket(line.size / layout.body_size, SIZE_BUCKETS)
        if line.x1 is not None and line.page in layout.right:
            f["fill"] = _bucket(layout.right[line.page] - line.x1, FILL_BUCKETS)
        if line.x0 is not None:
            f["margin"] = _bucket(line.x0 - layout.left.get(line.page, line.x0), INDENT_BUCKETS[2:])
            if previous is not None and previous.x0 is not None and previous.page == line.page:
                f["indent"] = _bucket(line.x0 - previous.x0, INDENT_BUCKETS)
        if (
            previous is not None
            and previous.top is not None
            and line.top is not None
            and previous.page == line.page
            and layout.gap
        ):
            f["gap"] = _bucket((line.top - previous.top) / layout.gap, GAP_BUCKETS)
        step = _step(previous, line) if previous is not None else None
        if step is not None and layout.tight:
            f["step"] = _bucket(step / layout.tight, STEP_BUCKETS)
        f.update(columns[i])
        f["year_only"] = str(bool(YEAR_LINE_RE.fullmatch(text)))
        if previous is not None:
            f["prev_tail"] = _tail_shape(previous.text)
            f["prev_tail_sstep"] = f"{f['prev_tail']}|{columns[i].get('sstep', '-')}"
            # an author list opening after a line that ends a citation starts the next one; after
            # a line ending in an initial it is the same list wrapped
            f["prev_tail_author"] = f"{f['prev_tail']}|{f['author']}"
            prev_end = "period" if SENTENCE_END_RE.search(previous.text) else "other"
            f["prev_end_column"] = f"{prev_end}|{f.get('column', '-')}"
            f["step_column"] = f"{f.get('step', '-')}|{f.get('column', '-')}"
        f["media"] = str(line.page is not None)
        if rules is not None:
            f["rule_head"] = str(line.number in rules.headings)
            f["rule_start"] = str(line.number in rules.starts)
        own.append(f)
    features: list[dict[str, float | str]] = []
    for i, f in enumerate(own):
        row = dict(f)
        if i:
            for key in PAIRED_KEYS:  # whether the line repeats its predecessor's shape
                row[f"pair:{key}"] = f"{own[i - 1].get(key, '-')}|{f.get(key, '-')}"
        for offset in NEIGHBOUR_OFFSETS:
            j = i + offset
            prefix = f"{offset:+d}:"
            keys = NEIGHBOUR_KEYS if abs(offset) == 1 else FAR_NEIGHBOUR_KEYS
            if 0 <= j < len(own):
                for key in keys:
                    if key in own[j]:
                        row[prefix + key] = own[j][key]
            elif abs(offset) == 1:
                row[prefix + "edge"] = 1.0
        features.append(row)
    return features


def crfsuite_items(features: list[dict[str, float | str]]) -> list[dict[str, float]]:
    """Feature dicts in python-crfsuite's shape: string values become indicator names."""
    items = []
    for f in features:
        item: dict[str, float] = {}
        for key, value in f.items():
            if isinstance(value, str):
                item[f"{key}={value}"] = 1.0
            else:
                item[key] = float(value)
        items.append(item)
    return items


# --- alignment: annotation -> line labels -------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Alignment:
    labels: tuple[str, ...]
    placed: int  # annotated headings and items found in the lines
    unplaced: tuple[str, ...]  # the ones not found (first characters)


def align_labels(lines: Sequence[Line], annotation: Annotation) -> Alignment:
    """Line labels from an annotation's sections, anchored by text."""
    keys = [match_key(line.text) for line in lines]
    starts: list[int] = []
    stream = ""
    for key in keys:
        starts.append(len(stream))
        stream += key
    line_at = _line_index(starts, len(stream))
    labels = ["O"] * len(lines)
    cursor = 0  # a character offset in the stream
    placed = 0
    unplaced: list[str] = []
    first_heading: int | None = None
    for section in annotation.sections:
        heading = section.get("heading")
        if heading:
            key = match_key(heading)
            found = _find_line(keys, key, line_at(cursor)) if key else None
            if found is None and key:
                found = _find_line(keys, key, 0)
            if found is None:
                unplaced.append(f"heading {heading[:40]!r}")
            else:
                labels[found] = "HEAD"
                placed += 1
                first_heading = found if first_heading is None else min(first_heading, found)
                cursor = max(cursor, starts[found] + len(keys[found]))
        if section.get("kind") in PROSE_KINDS:
            continue
        for item in section.get("items", []):
            key = match_key(item)
            if not key:
                continue
            span = _find_item(stream, key, cursor)
            if span is None:
                unplaced.append(f"item {item[:40]!r}")
                continue
            placed += 1
            at, end = span
            first, last = line_at(at), line_at(end - 1)
            if labels[first] not in ("HEAD",):
                labels[first] = "B"
            for n in range(first + 1, last + 1):
                if labels[n] == "O":
                    labels[n] = "I"
            cursor = max(cursor, end)
    limit = first_heading if first_heading is not None else 0
    for n in range(limit):
        if labels[n] == "O":
            labels[n] = "HDR"
    _mark_subheadings(lines, labels)
    return Alignment(tuple(labels), placed, tuple(unplaced))


def _find_item(stream: str, key: str, cursor: int) -> tuple[int, int] | None:
    """Where an item's text is in the document's stream (start, end), after ``cursor`` first. An item
    the reader prints otherwise (a date margin read after its row or elsewhere, a second column
    interleaved, a word the reader spells differently) is placed by its pieces of ``ITEM_EDGE_CHARS``
    characters: from the first piece found among its first ``ITEM_ANCHOR_PIECES`` to the last piece
    found after it, in order, within ``ITEM_SPREAD`` times its length."""
    at = stream.find(key, cursor)
    if at < 0:
        at = stream.find(key)
    if at >= 0:
        return at, at + len(key)
    if len(key) < 2 * ITEM_EDGE_CHARS:
        return None
    pieces = [key[n : n + ITEM_EDGE_CHARS] for n in range(0, len(key), ITEM_EDGE_CHARS)]
    pieces = [piece for piece in pieces if len(piece) >= ITEM_EDGE_CHARS // 2]
    anchor = next(
        (
            (n, found)
            for n, piece in enumerate(pieces[:ITEM_ANCHOR_PIECES])
            if (found := stream.find(piece, cursor)) >= 0
        ),
        None,
    )
    if anchor is None:
        return None
    first, start = anchor
    end = start + len(pieces[first])
    limit = start + ITEM_SPREAD * len(key)
    for piece in pieces[first + 1 :]:
        found = stream.find(piece, end, limit)
        if found >= 0:
            end = found + len(piece)
    return start, end


def _mark_subheadings(lines: Sequence[Line], labels: list[str]) -> None:
    """An unlabelled short line right before an entry, inside a section, is a sub-heading."""
    in_section = False
    for n, line in enumerate(lines):
        if labels[n] == "HEAD":
            in_section = True
            continue
        if (
            in_section
            and labels[n] == "O"
            and n + 1 < len(lines)
            and labels[n + 1] == "B"
            and len(line.text.split()) <= 6
            and not SENTENCE_END_RE.search(line.text)
        ):
            labels[n] = "SUB"


def _line_index(starts: list[int], total: int) -> Callable[[int], int]:
    def line_at(offset: int) -> int:
        return max(0, bisect.bisect_right(starts, min(offset, total - 1 if total else 0)) - 1)

    return line_at


def _find_line(keys: list[str], key: str, start: int) -> int | None:
    """The first line from ``start`` that holds a heading: its text, or its text after a section
    number ("10 Professional Services"), possibly with a short tail."""
    for n in range(start, len(keys)):
        for line_key in (keys[n], keys[n].lstrip("0123456789")):
            if line_key == key or (line_key.startswith(key) and len(key) >= 0.6 * len(line_key)):
                return n
    return None


# --- the model ----------------------------------------------------------------------------------


def _marginals(tagger: Any, items: list[dict[str, float]]) -> list[dict[str, float]]:
    """Each line's probability of each label under ``tagger``."""
    tagger.set(items)
    return [{label: tagger.marginal(label, i) for label in LABELS} for i in range(len(items))]


def second_pass_features(
    lines: Sequence[Line],
    rules: RuleView | None,
    first: Sequence[Mapping[str, float]],
    first_items: Sequence[Mapping[str, float]] = (),
) -> list[dict[str, float | str]]:
    """What the first pass said about each line, its neighbours and the lines of its section that
    look like it (the same bold, size and left edge: parallel lines are parallel entries), so the
    second pass can make a section's entries consistent. The second pass reads these besides the
    line features (``second_pass_items``)."""
    features: list[dict[str, float | str]] = [{} for _ in lines]
    spans = _section_spans(lines, rules)
    starts: dict[tuple[int, tuple[bool, int, int]], list[float]] = {}
    for i, line in enumerate(lines):
        starts.setdefault((spans[i], _looks(line)), []).append(first[i].get("B", 0.0))
    section_looks: dict[int, list[tuple[int, float]]] = {}  # section -> (left edge, mean start) of each look
    for (span, look), values in starts.items():
        section_looks.setdefault(span, []).append((look[2], sum(values) / len(values)))
    for i, (line, row) in enumerate(zip(lines, features, strict=True)):
        for offset in (-2, -1, 0, 1, 2):
            j = i + offset
            if 0 <= j < len(lines):
                best = max(first[j], key=lambda label: first[j][label])
                row[f"p1{offset:+d}"] = best
                row[f"p1{offset:+d}:B"] = _bucket(first[j].get("B", 0.0), MARGINAL_BUCKETS)
        alike = starts[spans[i], _looks(line)]
        row["p1look:B"] = _bucket(sum(alike) / len(alike), MARGINAL_BUCKETS)
        row["p1look:n"] = str(min(len(alike), 3))
        # how surely the first pass starts entries at the looks left of this line in its section (a
        # bullet under an outdented title continues its entry; under a sub-heading it is one)
        edge = _looks(line)[2] - OUTER_MIN_POINTS
        outer = [mean for left, mean in section_looks[spans[i]] if left < edge]
        row["p1outer:B"] = _bucket(max(outer), MARGINAL_BUCKETS) if outer else "none"
    if first_items:
        _consistency_features(spans, first, first_items, features)
    return features


def _feature_value(item: Mapping[str, float], key: str) -> str | None:
    """A string feature's value in a crfsuite item ("sstep=2" -> "2"), or None."""
    prefix = key + "="
    return next((name[len(prefix) :] for name in item if name.startswith(prefix)), None)


def _consistency_features(
    spans: list[int],
    first: Sequence[Mapping[str, float]],
    first_items: Sequence[Mapping[str, float]],
    features: list[dict[str, float | str]],
) -> None:
    """For each of ``CONSISTENCY_KEYS``: the first pass's mean start probability over the lines of
    the line's section that share the line's value (``p1same:<key>``) and how many they are."""
    for key in CONSISTENCY_KEYS:
        values = [_feature_value(item, key) for item in first_items]
        groups: dict[tuple[int, str], list[float]] = {}
        for i, value in enumerate(values):
            if value is not None:
                groups.setdefault((spans[i], value), []).append(first[i].get("B", 0.0))
        for i, value in enumerate(values):
            if value is None:
                continue
            alike = groups[spans[i], value]
            if len(alike) < 2:
                continue
            features[i][f"p1same:{key}"] = _bucket(sum(alike) / len(alike), MARGINAL_BUCKETS)


def second_pass_items(
    lines: Sequence[Line],
    rules: RuleView | None,
    first_items: Sequence[dict[str, float]],
    first: Sequence[Mapping[str, float]],
) -> list[dict[str, float]]:
    """The second pass's items: the first pass's items (the line features) and ``second_pass_features``."""
    extra = crfsuite_items(second_pass_features(lines, rules, first, first_items))
    return [{**item, **more} for item, more in zip(first_items, extra, strict=True)]


class StructureModel:
    """A loaded structure model: the first pass's tagger and, when shipped, the second pass's."""

    def __init__(self, path: Path) -> None:
        import pycrfsuite

        self._tagger = pycrfsuite.Tagger()
        self._tagger.open(str(path))
        self._first: Any = None
        first = path.with_name(FIRST_PASS_FILE)
        if first.exists():
            self._first = pycrfsuite.Tagger()
            self._first.open(str(first))
        self.path = path

    def label(self, lines: Sequence[Line], rules: RuleView | None) -> list[LineLabel]:
        if not lines:
            return []
        items = crfsuite_items(line_features(lines, rules))
        if self._first is not None:
            items = second_pass_items(lines, rules, items, _marginals(self._first, items))
        tags = self._tagger.tag(items)
        labels = []
        for i, (line, tag) in enumerate(zip(lines, tags, strict=True)):
            start = self._tagger.marginal("B", i)
            ruled = rules is not None and line.number in rules.starts
            if tag in ("I", "O") and start >= (RULE_START_MIN_MARGINAL if ruled else START_MIN_MARGINAL):
                tag = "B"  # a likely entry start the best path runs through: merged entries cost more
            labels.append(LineLabel(tag, self._tagger.marginal(tag, i)))
        return labels


def rules_view(document: Document) -> RuleView:
    """The rule segmenter's headings and entry starts, as features for the model."""
    headings: set[int] = set()
    starts: set[int] = set()
    for section in segment_sections_by_rules(document):
        if section.heading is not None:
            headings.add(section.heading.number)
        for block in split_entries_by_rules(section):
            starts.add(block.lines[0].number)
    return RuleView(frozenset(headings), frozenset(starts))


# --- loading and training -----------------------------------------------------------------------

PACKAGE_MODELS = Path(__file__).resolve().parents[1] / "models"
# The structure model's training settings: L1/L2 weights and iterations (fixed: training is
# deterministic, and the shipped model must be reproducible from the corpus).
TRAINING_PARAMS = {"c1": 0.5, "c2": 0.1, "max_iterations": 150, "feature.possible_transitions": True}
# The inputs the model labels; elsewhere (HTML, Markdown, text) the rules cut entries, the model
# having too few such documents to learn their markup (fold-out it lost to the rules on homepages).
MODEL_MEDIA = frozenset({MediaType.PDF})
# Train only on documents of those inputs (the layout features of HTML lines are another world).
TRAIN_ON_MODEL_MEDIA = True
# Annotations whose lines are labelled for training: documents with sections of entries.
TRAINING_TYPES = ("cv", "homepage")


@cache
def _load(path: str) -> StructureModel | None:
    return StructureModel(Path(path)) if Path(path).exists() else None


def model_path(model_dir: str | None) -> Path:
    return (Path(model_dir) if model_dir else PACKAGE_MODELS) / MODEL_FILE


def label_structure(
    document: Document, use_models: bool = True, model_dir: str | None = None
) -> dict[int, LineLabel] | None:
    """Line number -> label for a document, or None when the model is off or not shipped."""
    if not use_models or not document.lines or document.source.media_type not in MODEL_MEDIA:
        return None
    model = _load(str(model_path(model_dir)))
    if model is None:
        return None
    labels = model.label(document.lines, rules_view(document))
    return {line.number: tag for line, tag in zip(document.lines, labels, strict=True)}


@cache
def training_document(path: str) -> Document:
    """A corpus source read and repaired as the pipeline does (cached: folds share documents)."""
    from extractor.learn.corpus import read_repaired
    from extractor.options import ExtractOptions

    return read_repaired(path, ExtractOptions(use_nlp=False))


@dataclass(frozen=True, slots=True)
class TrainingDocument:
    lines: tuple[Line, ...]
    rules: RuleView
    labels: tuple[str, ...]


def training_documents(annotations: Sequence[Annotation]) -> list[TrainingDocument]:
    documents = []
    for annotation in annotations:
        if annotation.doc_type not in TRAINING_TYPES or not annotation.sections:
            continue
        document = training_document(str(annotation.source.path))
        if TRAIN_ON_MODEL_MEDIA and document.source.media_type not in MODEL_MEDIA:
            continue
        alignment = align_labels(document.lines, annotation)
        documents.append(TrainingDocument(tuple(document.lines), rules_view(document), alignment.labels))
    return documents


def training_sequences(annotations: Sequence[Annotation]) -> list[tuple[list[dict[str, float]], list[str]]]:
    """The first pass's training pairs."""
    return [
        (crfsuite_items(line_features(d.lines, d.rules)), list(d.labels))
        for d in training_documents(annotations)
    ]


def train(annotations: Sequence[Annotation], out_dir: Path) -> Path:
    """Train the structure model on ``annotations`` and write it to ``out_dir``: the first pass on
    every document; the second pass on every document with first-pass marginals from models that did
    not see it (``SECOND_PASS_FOLDS`` folds of the training documents, by position), as at inference."""
    import pycrfsuite

    documents = training_documents(annotations)
    if not documents:
        # crfsuite writes a model it cannot open (and crashes on) from no data: refuse instead
        raise ValueError("no CV or homepage annotation with sections to train the structure model on")
    first_items = [crfsuite_items(line_features(d.lines, d.rules)) for d in documents]
    pairs = [(items, list(d.labels)) for items, d in zip(first_items, documents, strict=True)]
    if not SECOND_PASS:
        (out_dir / FIRST_PASS_FILE).unlink(missing_ok=True)
        path = fit_crf(pairs, TRAINING_PARAMS, out_dir / MODEL_FILE)
        _load.cache_clear()
        return path
    fit_crf(pairs, TRAINING_PARAMS, out_dir / FIRST_PASS_FILE)
    marginals: list[list[dict[str, float]]] = [[] for _ in documents]
    with tempfile.TemporaryDirectory(prefix="structure-") as tmp:
        for fold in range(SECOND_PASS_FOLDS):
            held = [n for n in range(len(documents)) if n % SECOND_PASS_FOLDS == fold]
            rest = [pairs[n] for n in range(len(documents)) if n % SECOND_PASS_FOLDS != fold]
            if not held or not rest:
                continue
            inner = fit_crf(rest, TRAINING_PARAMS, Path(tmp) / f"fold-{fold}.crfsuite")
            tagger = pycrfsuite.Tagger()
            tagger.open(str(inner))
            for n in held:
                marginals[n] = _marginals(tagger, first_items[n])
            tagger.close()
    second = [
        (second_pass_items(d.lines, d.rules, items, m), list(d.labels))
        for d, items, m in zip(documents, first_items, marginals, strict=True)
        if m
    ]
    path = fit_crf(second, TRAINING_PARAMS, out_dir / MODEL_FILE)
    _load.cache_clear()
    return path
