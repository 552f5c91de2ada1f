"""Learned fields of one list entry (a talk, a grant, a service role, an award): which tokens are
the title, the event, the funder, the role...

One small linear-chain CRF per list, over the entry's tokens (``citation.tokenize``: offsets, line
breaks, bold/italic runs) with the citation parser's token features and a few of the list's own
(inside the entry's printed date, an amount, an invited/role cue). Trained from the corpus: every
annotated item whose evidence holds its fields as printed gives one labelled sequence (the fields
are found in the evidence by their letters and digits; a field that cannot be found drops the item).
Dates stay with the date grammar (exact): the model only learns where they sit, so it does not take
them for a title.

``label_item(kind, text, ...)`` -> field -> the printed text of that field (cleaned of the
punctuation around it), or None when the model is off, not trained, or the entry is empty.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from extractor.learn.citation import Token, token_features, tokenize
from extractor.learn.corpus import match_key
from extractor.learn.crf import fit_crf, open_tagger
from extractor.learn.items_generate import generated_items
from extractor.parse.awards import read_award
from extractor.parse.dates import find_date_range
from extractor.parse.grants import read_grant
from extractor.parse.places import looks_like_location
from extractor.parse.service import read_service
from extractor.parse.talks import read_talk
from extractor.patterns import _toml
from extractor.patterns.citation_regexes import YEAR_RE
from extractor.patterns.regexes import GRANT_AMOUNT_RE, GRANT_ROLE_RE, INVITED_RE

if TYPE_CHECKING:
    from extractor.learn.corpus import Annotation

PACKAGE_MODELS = Path(__file__).resolve().parents[1] / "models"
OUTSIDE = "other"
DATE = "date"
# L1/L2 weights and iterations: fixed, so a retrain from the same corpus gives the same model.
TRAINING_PARAMS = {"c1": 0.1, "c2": 0.01, "max_iterations": 200, "feature.possible_transitions": True}
# Characters cut from both ends of a labelled span ("“Title,” " -> "Title"); brackets are cut only
# when the span does not hold their partner ("Meeting (PINC)" keeps its parenthesis).
SPAN_EDGE = " \t\n.,;:\"“”‘’'«»*†‡-–—|/"
BRACKETS = {"(": ")", "[": "]", "{": "}"}
# Part indexes, line numbers and part lengths above these share one feature value.
PART_INDEX_CAP = 5
PART_LENGTH_CAP = 12
# A line of at least this many tokens that ends inside a run of words ran on to the next line.
WRAPPED_LINE_TOKENS = 8
LINE_END_MARKS = (",", ";", ":", ".", ")", "]")
# An item is kept for training only if at least this share of its non-empty fields were found.
MIN_ALIGNED_SHARE = 1.0


RuleReader = Callable[[str], Mapping[str, object] | None]


@dataclass(frozen=True, slots=True)
class ItemList:
    """One contract list with a learned field model: its name, the fields the model labels (contract
    keys holding text as printed), the rules' reader of one entry (their fields become features), and
    the model file."""

    name: str
    fields: tuple[str, ...]
    rules: RuleReader
    repeated: str | None = None  # a field one entry may print several of, one item each

    @property
    def file(self) -> str:
        return f"{self.name}.crfsuite"


class _Fields(Protocol):
    """What the rules' readers return (a NamedTuple of fields)."""

    def _asdict(self) -> dict[str, Any]: ...


def _as_fields(reader: Callable[[str], _Fields | None]) -> RuleReader:
    def read(text: str) -> Mapping[str, object] | None:
        found = reader(text)
        return found._asdict() if found is not None else None

    return read


ITEM_LISTS: dict[str, ItemList] = {
    "talks": ItemList("talks", ("title", "event", "location"), _as_fields(read_talk)),
    "grants": ItemList("grants", ("title", "funder", "amount", "role"), _as_fields(read_grant)),
    "awards": ItemList("awards", ("title", "organization"), _as_fields(read_award)),
    "service": ItemList("service", ("role", "venue"), _as_fields(read_service), repeated="venue"),
}


# --- features --------------------------------------------------------------------------------


def _char_spans(text: str) -> list[tuple[str, int, int]]:
    """Named character ranges of the entry that the rules find exactly: its date, an amount, cues."""
    spans: list[tuple[str, int, int]] = []
    dates = find_date_range(text)
    if dates is not None and not dates.empty:
        at = text.find(dates.matched)
        if at >= 0:
            spans.append(("indate", at, at + len(dates.matched)))
    for name, regex in (("amount", GRANT_AMOUNT_RE), ("rolecue", GRANT_ROLE_RE), ("invited", INVITED_RE)):
        spans.extend((name, m.start(), m.end()) for m in regex.finditer(text))
    return spans


@cache
def _word_groups() -> dict[str, frozenset[str]]:
    return {name: frozenset(w.casefold() for w in values) for name, values in _toml("item_words").items()}


def names_word_of(group: str, text: str) -> bool:
    """A word of ``text`` is in the named group of ``patterns/item_words.toml`` ("award", "funder")."""
    vocabulary = _word_groups()[group]
    return any(match_key(word) in vocabulary for word in text.split())


def _parts(tokens: Sequence[Token], join_wrapped: bool = True) -> list[tuple[int, int]]:
    """Token ranges of the entry's parts: cut after a comma or semicolon, and at line breaks, but
    (``join_wrapped``) for a long line's break inside a run of words ("Tarrow Institute of\nOceanography":
    wrapped). A list whose entries print several of one field (service's venues) keeps every line
    break: its lines are more often one item each than one wrapped run."""
    parts: list[tuple[int, int]] = []
    start = 0
    line_size = 0
    for i, token in enumerate(tokens):
        if token.line_start:
            wrapped = (
                join_wrapped
                and line_size >= WRAPPED_LINE_TOKENS
                and not tokens[i - 1].text.endswith(LINE_END_MARKS)
            )
            line_size = 0
            if i > start and not wrapped:
                parts.append((start, i))
                start = i
        line_size += 1
        if token.text.endswith((",", ";")) or (token.text.endswith(".") and len(token.text.strip(".")) > 2):
            parts.append((start, i + 1))
            start = i + 1
    if start < len(tokens):
        parts.append((start, len(tokens)))
    return parts


def _part_features(tokens: Sequence[Token], first: int, last: int) -> list[str]:
    """What one part holds: word groups, a place, a date; shared by all its tokens."""
    words = {match_key(t.text) for t in tokens[first:last]} - {""}
    out = [f"part:{group}" for group, vocabulary in _word_groups().items() if words & vocabulary]
    if _reads_as_place(tokens, first, last):
        out.append("part:place")
    if any(YEAR_RE.match(t.text.strip("()[].,;")) for t in tokens[first:last]):
        out.append("part:year")
    size = last - first
    out.append(f"part:len={min(size, PART_LENGTH_CAP)}")
    return out


def _reads_as_place(tokens: Sequence[Token], first: int, last: int) -> bool:
    return looks_like_location(" ".join(t.text for t in tokens[first:last]).strip(" ,;."))


def _rule_labels(item_list: ItemList, text: str, tokens: Sequence[Token]) -> list[str | None]:
    """Per token, the field the rules read it into (found by letters and digits), or None."""
    labels: list[str | None] = [None] * len(tokens)
    fields = item_list.rules(" ".join(text.split())) or {}
    keys = _token_keys(tokens)
    taken = [False] * len(tokens)
    for field in item_list.fields:
        value = fields.get(field)
        run = _find_run(keys, match_key(value), taken) if isinstance(value, str) else None
        if run is not None:
            for k in range(*run):
                labels[k], taken[k] = field, True
    return labels


def item_features(item_list: ItemList, text: str, tokens: Sequence[Token]) -> list[list[str]]:
    """The citation features of every token, where the exact rules put it (inside the date, an amount,
    a role or invited cue), which field the list's rules read it into, and what its part of the entry
    (between commas, semicolons, line breaks) holds, with the part's place in the entry."""
    features = token_features(tokens)
    spans = _char_spans(text)
    for token, feats, rule in zip(tokens, features, _rule_labels(item_list, text, tokens), strict=True):
        feats.extend(name for name, start, end in spans if start <= token.start < end)
        feats.append(f"rule={rule}")
    parts = _parts(tokens, join_wrapped=item_list.repeated is None)
    line = 0
    for n, (first, last) in enumerate(parts):
        shared = [
            *_part_features(tokens, first, last),
            f"part={min(n, PART_INDEX_CAP)}",
            f"partfromend={min(len(parts) - 1 - n, PART_INDEX_CAP)}",
        ]
        neighbours = [f"prev{x}" for x in _part_features(tokens, *parts[n - 1])] if n else ["prev:none"]
        # "Oslo, Norway": a place printed over two parts
        if (n and _reads_as_place(tokens, parts[n - 1][0], last)) or (
            n + 1 < len(parts) and _reads_as_place(tokens, first, parts[n + 1][1])
        ):
            shared.append("part:place2")
        for k in range(first, last):
            line += int(tokens[k].line_start)
            features[k].extend(shared)
            features[k].extend(neighbours)
            features[k].append(f"line={min(line, PART_INDEX_CAP)}")
            if k == first:
                features[k].append("partstart")
    return features


# --- training data ---------------------------------------------------------------------------


def _token_keys(tokens: Sequence[Token]) -> list[str]:
    return [match_key(t.text) for t in tokens]


def _find_run(keys: Sequence[str], value_key: str, taken: Sequence[bool]) -> tuple[int, int] | None:
    """The first run of untaken tokens whose letters and digits spell ``value_key`` exactly; a run may
    start or end inside a token's punctuation ("(Harbour" spells "harbour")."""
    if not value_key:
        return None
    for i in range(len(keys)):
        if taken[i] or not keys[i] or not value_key.startswith(keys[i]):
            continue
        spelled = ""
        for j in range(i, len(keys)):
            if taken[j]:
                break
            spelled += keys[j]
            if spelled == value_key:
                return i, j + 1
            if not value_key.startswith(spelled):
                break
    return None


def align_item(
    item_list: ItemList, text: str, items: dict[str, Any] | Sequence[dict[str, Any]]
) -> list[str] | None:
    """Token labels of an evidence text from the annotated items printed in it (one item, or several
    sharing one entry: "Reviewer: Journal A, Journal B"), or None when a field is not found in it.
    Each run of the list's repeated field starts with its start label ("venue+")."""
    tokens = tokenize(text)
    if not tokens:
        return None
    keys = _token_keys(tokens)
    labels = [OUTSIDE] * len(tokens)
    taken = [False] * len(tokens)
    group = [items] if isinstance(items, dict) else list(items)
    wanted = list(dict.fromkeys((f, str(it[f])) for it in group for f in item_list.fields if it.get(f)))
    if not wanted:
        return None
    # longer values first: a short one ("Oslo") must not take a token of a longer one's run
    found = 0
    for field, value in sorted(wanted, key=lambda fv: -len(fv[1])):
        run = _find_run(keys, match_key(value), taken)
        if run is None:
            continue
        found += 1
        for k in range(*run):
            labels[k], taken[k] = field, True
        if field == item_list.repeated:
            labels[run[0]] = start_label(field)
    if found < MIN_ALIGNED_SHARE * len(wanted):
        return None
    for name, start, end in _char_spans(text):
        if name == "indate":
            for k, token in enumerate(tokens):
                if not taken[k] and start <= token.start < end:
                    labels[k] = DATE
    return labels


def start_label(field: str) -> str:
    """The label of the first token of a repeated field's run."""
    return f"{field}+"


def training_sequences(
    item_list: ItemList, annotations: Iterable[Annotation]
) -> list[tuple[list[list[str]], list[str]]]:
    sequences = []
    for annotation in annotations:
        if annotation.doc_type not in ("cv", "homepage"):
            continue
        by_evidence: dict[str, list[dict[str, Any]]] = {}
        for item in annotation.profile.model_dump(mode="json").get(item_list.name) or []:
            text = (item.get("evidence") or {}).get("text") or ""
            by_evidence.setdefault(text, []).append(item)
        for text, group in by_evidence.items():
            labels = align_item(item_list, text, group)
            if labels is None:
                continue
            tokens = tokenize(text)
            sequences.append((item_features(item_list, text, tokens), labels))
    return sequences


def generated_sequences(item_list: ItemList) -> list[tuple[list[list[str]], list[str]]]:
    """The invented entries of ``items_generate`` for one list, labelled as the corpus items are."""
    sequences = []
    for text, fields in generated_items(item_list.name):
        labels = align_item(item_list, text, fields)
        if labels is not None:
            sequences.append((item_features(item_list, text, tokenize(text)), labels))
    return sequences


def train(item_list: ItemList, annotations: Sequence[Annotation], out_dir: Path) -> Path:
    """Train one list's field model on the annotated items of ``annotations`` (and the list's invented
    entries, which teach shapes the corpus has few of) into ``out_dir``."""
    sequences = training_sequences(item_list, annotations)
    if not sequences:
        raise ValueError(f"no annotated {item_list.name} item aligns with its evidence: nothing to train on")
    sequences.extend(generated_sequences(item_list))
    path = fit_crf(sequences, TRAINING_PARAMS, out_dir / item_list.file)
    return path


# --- inference -------------------------------------------------------------------------------


def model_path(item_list: ItemList, model_dir: str | None) -> Path:
    return (Path(model_dir) if model_dir else PACKAGE_MODELS) / item_list.file


@dataclass(frozen=True, slots=True)
class LearnedFields:
    """What the model read in one entry: field -> printed text, every run in order, and the probability
    of the labelling."""

    values: dict[str, str]  # each field's longest run
    probability: float
    runs: tuple[tuple[str, str], ...] = ()  # every labelled run in order: (field, text)

    def get(self, field: str) -> str | None:
        return self.values.get(field)


def label_item(
    name: str,
    text: str,
    *,
    model_dir: str | None = None,
    bold: Sequence[str] = (),
    italic: Sequence[str] = (),
) -> LearnedFields | None:
    """The fields of one entry of list ``name`` (newlines in ``text`` are line breaks); None when there
    is no model or no token. A field labelled in several runs keeps its longest run."""
    item_list = ITEM_LISTS[name]
    tagger = open_tagger(str(model_path(item_list, model_dir)))
    tokens = tokenize(text, bold, italic)
    if tagger is None or not tokens:
        return None
    tagger.set(item_features(item_list, text, tokens))
    labels = tagger.tag()
    probability = tagger.probability(labels)
    runs: list[tuple[str, str]] = []
    i = 0
    while i < len(tokens):
        label = labels[i].removesuffix("+")
        j = i
        while j + 1 < len(tokens) and labels[j + 1] == label:  # a start label opens the next run
            j += 1
        if label in item_list.fields:
            value = clean_span(text[tokens[i].start : tokens[j].end])
            if value:
                runs.append((label, value))
        i = j + 1
    longest: dict[str, str] = {}
    for label, value in runs:
        if len(value) > len(longest.get(label, "")):
            longest[label] = value
    return LearnedFields(longest, probability, tuple(runs))


def clean_span(raw: str) -> str:
    """A labelled run as a field value: spaces normalized, punctuation and unpaired brackets cut from
    both ends ("“Tidal Maps,”" -> "Tidal Maps", "(Harbour Symposium)" -> "Harbour Symposium", "Meeting
    (TMS)." -> "Meeting (TMS)")."""
    value = " ".join(raw.split())
    while True:
        before = value
        value = value.strip(SPAN_EDGE)
        for opening, closing in BRACKETS.items():
            if value.startswith(opening) and closing not in value:
                value = value[1:]
            if value.endswith(closing) and opening not in value:
                value = value[:-1]
            if value.startswith(closing):
                value = value[1:]
            if value.endswith(opening):
                value = value[:-1]
            if value.startswith(opening) and value.endswith(closing) and value.count(opening) == 1:
                value = value[1:-1]  # "(Harbour Symposium)"
        if value == before:
            return value
