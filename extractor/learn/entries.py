"""The fields of one education or experience entry, labelled token by token (a CRF).

An entry's lines are cut into tokens (``ENTRY_TOKEN_RE``: words and single marks); each token gets
features from its word, its shape, the word lists (organization words, job titles, degrees,
months), its place in the line and the entry, its layout (bold, italic, a list line), the dates
and location the rules found on its line, and what the rule parser decided (the token lies inside
the rules' title, organization, degree, field or institution). The model labels every token with
one field or ``O``:

- experience: ``TITLE``, ``ORG``
- education: ``DEGREE``, ``FIELD``, ``INST``

Dates, locations, advisors, GPA and theses stay with the rules (exact grammar, see
``parse/entries.py``); the model only decides which words are which name.

Training data come from the corpus: each annotated education or experience item's evidence is
found among the reader's lines of its document, and the gold field values are aligned onto the
tokens (letters and digits compared, so case and punctuation do not matter). An item whose field
cannot be found in its own evidence teaches nothing and is left out. ``train`` writes
``entries.crfsuite``; ``benchmarks/crossval.py`` trains it per fold through ``learn/parts.py``.
"""

from __future__ import annotations

import bisect
import unicodedata
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from extractor.document import Block, Line
from extractor.learn.crf import fit_crf, open_tagger
from extractor.parse.dates import find_date_range
from extractor.parse.entries import is_alt_text
from extractor.parse.places import split_location
from extractor.parse.text import fold
from extractor.patterns import find_degree, words
from extractor.patterns.date_regexes import MONTHS
from extractor.patterns.regexes import ENTRY_PART_SEPARATOR_RE, ENTRY_TOKEN_RE, SENTENCE_END_RE

if TYPE_CHECKING:
    from extractor.fields.context import ParseContext
    from extractor.learn.corpus import Annotation

MODEL_FILE = "entries.crfsuite"
PACKAGE_MODELS = Path(__file__).resolve().parents[1] / "models"
# The fields each entry kind labels, as (label, contract key).
FIELDS: Mapping[str, tuple[tuple[str, str], ...]] = {
    "experience": (("TITLE", "title"), ("ORG", "organization")),
    "education": (("DEGREE", "degree"), ("FIELD", "field"), ("INST", "institution")),
}
TRAINING_PARAMS: dict[str, object] = {
    "c1": 0.1,
    "c2": 0.05,
    "max_iterations": 150,
    "feature.possible_transitions": True,
}
# Context: features of the tokens this far before and after are copied onto a token.
WINDOW = 2
# The features of the tokens around a token copied onto it (nearest neighbours: also ``NEAR_FEATURES``).
WINDOW_FEATURES = ("w=", "in_", "org", "uni", "job", "cap", "line_first", "month", "part=")
NEAR_FEATURES = ("shape=", "line=", "upper")
# A line longer than this, or a sentence of more words than this, describes the work.
HEAD_LINE_CHARS = 110
DESCRIPTION_WORDS = 8
# A field the best labelling leaves out is taken from the tokens at least this likely to hold it.
FALLBACK_MARGINAL = 0.15
# Words that put an organization after a role: "Research Intern at Kestrel Labs".
AT_WORDS = frozenset({"at", "@", "bei", "chez", "en"})


@dataclass(frozen=True, slots=True)
class EntryToken:
    text: str
    line: int  # index of the line in the entry
    start: int  # offsets in the line's text
    end: int


def tokenize(lines: Sequence[Line]) -> list[EntryToken]:
    """The words of an entry's lines; a line of an image's alt text ("Acme logo") has none, so no
    field can take it in (the rules skip it too)."""
    return [
        EntryToken(m.group(), n, m.start(), m.end())
        for n, line in enumerate(lines)
        if not is_alt_text(line.text.strip(" •·-*"))
        for m in ENTRY_TOKEN_RE.finditer(line.text)
    ]


def key(text: str) -> str:
    """Letters and digits only, folded: how field values are matched to tokens."""
    return "".join(ch for ch in fold(text) if ch.isalnum())


# --- features ---------------------------------------------------------------------------------


def _shape(word: str) -> str:
    out: list[str] = []
    for ch in word:
        c = "A" if ch.isupper() else "a" if ch.isalpha() else "9" if ch.isdigit() else ch
        if not out or out[-1] != c:
            out.append(c)
    return "".join(out)[:6]


def _spans_in(text: str, value: str | None) -> list[tuple[int, int]]:
    if not value:
        return []
    at = text.find(value)
    return [(at, at + len(value))] if at >= 0 else []


def _line_marks(line: Line, rules: Mapping[str, str | None]) -> dict[str, list[tuple[int, int]]]:
    """Character ranges of one line that the rules and the grammars name."""
    text = line.text
    marks: dict[str, list[tuple[int, int]]] = {}
    dates: list[tuple[int, int]] = []
    pos = 0
    while pos < len(text):
        found = find_date_range(text[pos:])
        if found is None or not found.matched:
            break
        at = text.find(found.matched, pos)
        if at < 0:
            break
        dates.append((at, at + len(found.matched)))
        pos = at + len(found.matched)
    marks["date"] = dates
    # countries and states only: with split_place's city tails as this feature the fold-out model lost
    # more entries than it gained (the rules still cut city tails, and their values are features)
    _, location = split_location(text)
    marks["loc"] = _spans_in(text, location) if location else []
    degree = find_degree(text)
    marks["deg"] = [(degree.start, degree.end)] if degree else []
    for name, value in rules.items():
        marks[f"rule_{name}"] = _spans_in(text, value.strip() if value else None)
    marks["bold"] = [s for run in line.bold_spans for s in _spans_in(text, run)]
    marks["italic"] = [s for run in line.italic_spans for s in _spans_in(text, run)]
    return marks


@dataclass(frozen=True, slots=True)
class _Part:
    """One separated part of a line ("Research Intern", "Kestrel Labs", "Millbrook, OH")."""

    start: int
    end: int
    cues: tuple[str, ...]  # what the part holds: org, uni, unit, job, deg, date, loc


def _line_parts(line: Line, marks: Mapping[str, list[tuple[int, int]]]) -> list[_Part]:
    org_words, job_words = words("org_words"), words("job_titles")
    uni_words, unit_leads = words("university_words"), tuple(words("unit_leads"))
    cuts = [0]
    for m in ENTRY_PART_SEPARATOR_RE.finditer(line.text):
        cuts.extend((m.start(), m.end()))
    cuts.append(len(line.text))
    parts: list[_Part] = []
    for a, b in zip(cuts[::2], cuts[1::2], strict=False):
        piece = line.text[a:b]
        found = {m.group().casefold().rstrip(".") for m in ENTRY_TOKEN_RE.finditer(piece)}
        cues = []
        if found & org_words:
            cues.append("org")
        if found & uni_words:
            cues.append("uni")  # a university, the employer a lab or a department belongs to
        if piece.strip(" ,;:|()").casefold().startswith(unit_leads):
            cues.append("unit")  # "Department of Botany": a unit of an institution
        if found & job_words:
            cues.append("job")
        for name in ("deg", "date", "loc"):
            if any(a <= x < b for x, _ in marks.get(name, [])):
                cues.append(name)
        parts.append(_Part(a, b, tuple(cues)))
    return parts


def _bucket(n: int, top: int) -> str:
    return str(n) if n < top else f"{top}+"


def token_features(
    lines: Sequence[Line], kind: str, rules: Mapping[str, str | None]
) -> list[dict[str, float]]:
    """One feature dict per token of the entry (crfsuite's item format)."""
    tokens = tokenize(lines)
    org_words, job_words, uni_words = words("org_words"), words("job_titles"), words("university_words")
    marks = [_line_marks(line, rules) for line in lines]
    parts = [_line_parts(line, m) for line, m in zip(lines, marks, strict=True)]
    # the entry's head lines (not a list line, not a description), counted apart from date-only lines
    head_rank: dict[int, int] = {}
    for n, line in enumerate(lines):
        letters = sum(ch.isalpha() for ch in line.text)
        described = len(line.text) > HEAD_LINE_CHARS or (
            SENTENCE_END_RE.search(line.text) is not None and len(line.text.split()) > DESCRIPTION_WORDS
        )
        if (n == 0 or not line.list_item) and not described and letters >= 3:
            head_rank[n] = len(head_rank)
    per_line: dict[int, list[int]] = {}
    for i, t in enumerate(tokens):
        per_line.setdefault(t.line, []).append(i)
    own: list[dict[str, float]] = []
    for i, t in enumerate(tokens):
        line = lines[t.line]
        low = t.text.casefold().rstrip(".")
        index_in_line = per_line[t.line].index(i)
        before = line.text[: t.start]
        f: dict[str, float] = {
            f"w={low}": 1.0,
            f"shape={_shape(t.text)}": 1.0,
            f"suf={low[-3:]}": 1.0,
            f"line={_bucket(t.line, 3)}": 1.0,
            f"commas={_bucket(before.count(','), 3)}": 1.0,
            f"kind={kind}": 1.0,
        }
        if t.text[:1].isupper():
            f["cap"] = 1.0
        if t.text.isupper() and len(t.text) > 1:
            f["upper"] = 1.0
        if low in org_words:
            f["org"] = 1.0
        if low in uni_words:
            f["uni"] = 1.0
        if low in job_words:
            f["job"] = 1.0
        if low in MONTHS:
            f["month"] = 1.0
        if t.text.isdigit():
            f[f"digits={len(t.text)}"] = 1.0
        if index_in_line == 0:
            f["line_first"] = 1.0
        if index_in_line == len(per_line[t.line]) - 1:
            f["line_last"] = 1.0
        if line.bold:
            f["line_bold"] = 1.0
        if line.italic:
            f["line_italic"] = 1.0
        if line.list_item:
            f["list"] = 1.0
        if marks[t.line]["date"]:
            f["line_dated"] = 1.0
            f["before_date" if t.start < marks[t.line]["date"][0][0] else "after_date"] = 1.0
        f[f"head={_bucket(head_rank[t.line], 3) if t.line in head_rank else 'no'}"] = 1.0
        line_parts = parts[t.line]
        at = next((k for k, part in enumerate(line_parts) if part.start <= t.start < part.end), None)
        if at is not None:
            f[f"part={_bucket(at, 3)}"] = 1.0
            if at == len(line_parts) - 1:
                f["part_last"] = 1.0
            for cue in line_parts[at].cues:
                f[f"part_{cue}"] = 1.0
        for cue in sorted({c for part in line_parts for c in part.cues}):  # sorted: a fixed feature order
            f[f"line_{cue}"] = 1.0
        if "@" in before or any(w in AT_WORDS for w in before.casefold().split()[-6:]):
            f["after_at"] = 1.0
        for name, ranges in marks[t.line].items():
            if any(a <= t.start < b for a, b in ranges):
                f[f"in_{name}"] = 1.0
        own.append(f)
    out: list[dict[str, float]] = []
    for i, f in enumerate(own):
        full = dict(f)
        for d in range(-WINDOW, WINDOW + 1):
            if d == 0:
                continue
            j = i + d
            if not 0 <= j < len(own):
                full[f"{d}:edge"] = 1.0
                continue
            for name in own[j]:
                if name.startswith(WINDOW_FEATURES) or (abs(d) == 1 and name.startswith(NEAR_FEATURES)):
                    full[f"{d}:{name}"] = 1.0
        if i > 0 and tokens[i - 1].line != tokens[i].line:
            full["new_line"] = 1.0
        out.append(full)
    return out


# --- alignment --------------------------------------------------------------------------------


def align(lines: Sequence[Line], kind: str, gold: Mapping[str, object]) -> list[str] | None:
    """Labels for the entry's tokens from a gold item; None when a gold field is not found."""
    tokens = tokenize(lines)
    keys = [key(t.text) for t in tokens]
    starts: list[int] = []
    stream = ""
    for k in keys:
        starts.append(len(stream))
        stream += k
    labels = ["O"] * len(tokens)
    for label, field in FIELDS[kind]:
        value = gold.get(field)
        if not isinstance(value, str) or not value.strip():
            continue
        want = key(value)
        if not want:
            continue
        found = _find_span(stream, starts, keys, want, labels)
        if found is None:
            return None
        first, last = found
        for n in range(first, last + 1):
            labels[n] = label
    return labels


def _find_span(
    stream: str, starts: list[int], keys: list[str], want: str, labels: list[str]
) -> tuple[int, int] | None:
    at = stream.find(want)
    while at >= 0:
        first = bisect.bisect_left(starts, at)
        if first < len(starts) and starts[first] == at:
            while first < len(keys) and not keys[first]:
                first += 1
            end = at + len(want)
            last = first
            while last < len(keys) and starts[last] + len(keys[last]) < end:
                last += 1
            if (
                last < len(keys)
                and starts[last] + len(keys[last]) == end
                and all(labels[n] == "O" for n in range(first, last + 1))
            ):
                return first, last
        at = stream.find(want, at + 1)
    return None


# --- inference --------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class EntryFields:
    values: dict[str, str]  # contract key -> text as printed
    confidence: float  # the least marginal of the tokens the values came from


def model_path(model_dir: str | None) -> Path:
    return (Path(model_dir) if model_dir else PACKAGE_MODELS) / MODEL_FILE


def label_entry(
    lines: Sequence[Line], kind: str, rules: Mapping[str, str | None], model_dir: str | None = None
) -> EntryFields | None:
    """The model's fields of one entry, or None when no model is there."""
    tagger = open_tagger(str(model_path(model_dir)))
    tokens = tokenize(lines)
    if tagger is None or not tokens:
        return None
    tagger.set(token_features(lines, kind, rules))
    labels = tagger.tag()
    values: dict[str, str] = {}
    margins: list[float] = []
    for label, field in FIELDS[kind]:
        run = _first_run(labels, label)
        if run is None and not rules.get(field):
            # neither the best path nor the rules name the field: the tokens likely enough to hold it
            likely = [
                label if tagger.marginal(label, n) >= FALLBACK_MARGINAL else "O" for n in range(len(tokens))
            ]
            run = _first_run(likely, label)
        if run is None:
            continue
        first, last = run
        if label == "TITLE":
            last = _with_bracket_after(tokens, last)
        values[field] = _text_of(lines, tokens[first : last + 1])
        margins.extend(tagger.marginal(label, n) for n in range(first, last + 1))
    return EntryFields(values, min(margins) if margins else 1.0)


def merge_fields(learned: EntryFields | None, rules: Mapping[str, str | None]) -> dict[str, str | None]:
    """The model's fields; a field it leaves empty keeps the rules' answer (measured fold-out: an
    overlap check between the two cost more entries than it saved). Where the model's value for
    one field swallows the rules' values for that field and another ("Lab logo Research Intern @
    Lab" as the organization, where the rules read "Research Intern" @ "Lab"), the rules stand."""
    values = learned.values if learned is not None else {}
    for field, value in values.items():
        own = key(rules.get(field) or "")
        for other, rule_value in rules.items():
            theirs = key(rule_value or "")
            if other != field and own and theirs and own in key(value) and theirs in key(value):
                return dict(rules)
    merged = {field: values.get(field) or value for field, value in rules.items()}
    if "title" in merged:
        merged["title"] = _with_rank_before(merged["title"], rules.get("title"))
    return merged


def _with_rank_before(title: str | None, rule_title: str | None) -> str | None:
    """A learned title the rules read with rank words before it keeps them: the rules' "Undergraduate
    Research Assistant" over the model's "Research Assistant" (the model leaves rank words it has
    seen as degree levels or lab names outside the title)."""
    if not title or not rule_title or not rule_title.endswith(" " + title):
        return title
    extra = rule_title[: -len(title)].split()
    if all(word.casefold() in words("title_ranks") for word in extra):
        return rule_title
    return title


def without_place(value: str | None, location: str | None) -> str | None:
    """A value that runs on into the entry's location loses it: "Platform Team Seattle" with the
    location "Seattle, WA, USA" -> "Platform Team"; so does a name followed by its own city
    ("Kestrel Institute Millbrook, Millbrook" -> "Kestrel Institute Millbrook")."""
    if not value:
        return value
    head, _, tail = value.rpartition(", ")
    if head and tail and " " not in tail and tail in head.split():
        # "Forschungszentrum Aldersee, Aldersee": the city of the address, already in the name
        return head
    if not location:
        return value
    first = location.split(",")[0].strip()
    if not first or not value.endswith(" " + first) or len(first) >= len(value):
        return value
    rest = value[: -len(first)].rstrip()
    if rest.split()[-1].casefold() in words("named_for_place"):
        return value  # "University of Tromsdal", "Universität Rheinfeld": the place names it
    if len(rest.split()) == 1 and rest.isupper():
        return value  # "KIT Aldersee" in Aldersee: an acronym alone is not the name
    return rest.rstrip(" ,;|–—-") or value


def _first_run(labels: Sequence[str], label: str) -> tuple[int, int] | None:
    """The first run of ``label``: a field as first printed ("Biochemistry, minor in Botany")."""
    if label not in labels:
        return None
    i = list(labels).index(label)
    j = i
    while j + 1 < len(labels) and labels[j + 1] == label:
        j += 1
    return i, j


def _with_bracket_after(tokens: Sequence[EntryToken], last: int) -> int:
    """A title runs on through a short bracket right after it ("Adjunct Instructor (Mathematics)"),
    not through a labelled one ("(PI: Ana Lind)") or one holding dates ("(July 2025 – present)")."""
    after = last + 1
    if after >= len(tokens) or tokens[after].text != "(" or tokens[after].line != tokens[last].line:
        return last
    for n in range(after + 1, min(after + 1 + BRACKET_MAX_TOKENS, len(tokens))):
        text = tokens[n].text
        if tokens[n].line != tokens[last].line or text in (":", "(") or any(ch.isdigit() for ch in text):
            return last
        if tokens[n].text == ")":
            return n
    return last


# A bracket a title runs on through holds at most this many tokens.
BRACKET_MAX_TOKENS = 5


def _text_of(lines: Sequence[Line], tokens: Sequence[EntryToken]) -> str:
    """The printed text a token run covers, its lines joined by a space, edge marks trimmed."""
    pieces: list[str] = []
    for n in dict.fromkeys(t.line for t in tokens):
        on_line = [t for t in tokens if t.line == n]
        text = lines[n].text
        end = on_line[-1].end
        piece = text[on_line[0].start : end]
        if piece.count("(") > piece.count(")") and text[end : end + 1] == ")":
            piece += ")"  # "Centre X (CNRS)": the bracket the run opened, closed right after it
        pieces.append(piece)
    return _trim_symbols(" ".join(" ".join(pieces).split()).strip(" ,;:|@–—-("))


def _trim_symbols(text: str) -> str:
    """Pictographs at a value's edges dropped: a flag or an emoji printed before a title ("🏛 Lecturer")
    is decoration the token run took in with the word it touches."""
    start, end = 0, len(text)
    while start < end and unicodedata.category(text[start]) == "So":
        start += 1
    while end > start and unicodedata.category(text[end - 1]) == "So":
        end -= 1
    return text[start:end].strip()


# --- training ---------------------------------------------------------------------------------


# What the rule parsers alone say about an entry: ``extractor.fields.rule_entry_fields``, passed in
# by the caller (the field handlers import this module, so it cannot import them).
RuleFields = Callable[[Block, str, "ParseContext"], dict[str, str | None]]


def training_sequences(
    annotations: Sequence[Annotation], rule_fields: RuleFields
) -> list[tuple[list[dict[str, float]], list[str]]]:
    from extractor.document import DocumentKind
    from extractor.fields.context import ParseContext
    from extractor.learn.corpus import match_key
    from extractor.learn.structure import training_document

    ctx = ParseContext(source_index=0, kind=DocumentKind.CV, use_nlp=False)
    sequences: list[tuple[list[dict[str, float]], list[str]]] = []
    for annotation in annotations:
        if annotation.doc_type not in ("cv", "homepage"):
            continue
        document = training_document(str(annotation.source.path))
        line_keys = [match_key(line.text) for line in document.lines]
        starts: list[int] = []
        stream = ""
        for k in line_keys:
            starts.append(len(stream))
            stream += k
        profile = annotation.profile.model_dump(mode="json")
        for kind in ("education", "experience"):
            for item in profile.get(kind) or []:
                evidence = match_key((item.get("evidence") or {}).get("text", ""))
                at = stream.find(evidence) if evidence else -1
                if at < 0:
                    continue
                first = bisect.bisect_right(starts, at) - 1
                last = bisect.bisect_right(starts, at + len(evidence) - 1) - 1
                lines = document.lines[first : last + 1]
                labels = align(lines, kind, item)
                if labels is None or not labels:
                    continue
                rules = rule_fields(Block(lines=tuple(lines)), kind, ctx)
                sequences.append((token_features(lines, kind, rules), labels))
    return sequences


def train(annotations: Sequence[Annotation], out_dir: Path, rule_fields: RuleFields) -> Path:
    """Train the entry model on ``annotations`` and write it to ``out_dir``."""
    sequences = training_sequences(annotations, rule_fields)
    if not sequences:
        raise ValueError("no education or experience item to train the entry model on")
    path = fit_crf(sequences, TRAINING_PARAMS, out_dir / MODEL_FILE)
    return path
