"""Training data for the citation model: labelled entries built from labelled parts.

A ``Part`` is a stretch of an entry with one label (as AnyStyle's XML and our generator give them);
``build_entry`` joins parts into an entry text, tokenizes it with the same tokenizer inference uses
and labels every token with its part's label. ``read_anystyle`` reads AnyStyle's Wapiti-style XML.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from extractor.learn.citation import ANYSTYLE_LABELS, LABELS, Token, tokenize

# AnyStyle's parser files, read in this order.
ANYSTYLE_FILES = ("core.xml", "good.xml", "ugly.xml", "bad.xml")
# An AnyStyle volume span's issue: "12(3)", "12 (3)," "no. 3", "Nr. 4"
_ISSUE_TOKEN_RE = re.compile(r"^\(\s*[\w/–-]+\s*\)[.,:;]*$")
_ISSUE_WORD_RE = re.compile(r"^(?:no|nr|num|issue|heft)\.?$", re.IGNORECASE)
# Markup AnyStyle's files keep inside a part's text: "<italic>Genus species</italic>" (the run is
# read as italic, as the reader gives it from a PDF's font), and stray tags that carry nothing.
_ITALIC_RUN_RE = re.compile(r"<italic>(.*?)(?:</italic>|$)", re.IGNORECASE)
_TAG_RE = re.compile(r"</?(?:italic|cite)>", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Part:
    text: str
    label: str
    newline_before: bool = False
    bold: bool = False
    italic: tuple[str, ...] = ()  # runs of ``text`` in italics


@dataclass(frozen=True, slots=True)
class LabelledEntry:
    text: str
    tokens: tuple[Token, ...]
    labels: tuple[str, ...]
    owner: str | None = None  # the name of the person whose list the entry is in, when known


def build_entry(parts: Sequence[Part]) -> LabelledEntry:
    """Join labelled parts (a space or a line break between them) into one labelled entry."""
    text = ""
    bold: list[str] = []
    italic: list[str] = []
    bounds: list[tuple[int, int, str]] = []
    for part in parts:
        piece = part.text.strip()
        if not piece:
            continue
        if text:
            text += "\n" if part.newline_before else " "
        bounds.append((len(text), len(text) + len(piece), part.label))
        if part.bold:
            bold.append(piece)
        italic.extend(part.italic)
        text += piece
    tokens = tokenize(text, bold, italic)
    labels = []
    for token in tokens:
        label = next(lab for s, e, lab in bounds if s <= token.start < e)
        labels.append(label)
    return LabelledEntry(text, tokens, tuple(labels))


def _split_issue(entry: LabelledEntry) -> LabelledEntry:
    """AnyStyle labels "12(3)" all volume: its bracketed number (or "no. 3") is our issue."""
    labels = list(entry.labels)
    for i, (token, label) in enumerate(zip(entry.tokens, labels, strict=True)):
        if label != "volume":
            continue
        if i > 0 and labels[i - 1] in ("volume", "issue") and _ISSUE_TOKEN_RE.match(token.text):
            labels[i] = "issue"
        elif _ISSUE_WORD_RE.match(token.text) and i + 1 < len(labels) and labels[i + 1] == "volume":
            labels[i] = labels[i + 1] = "issue"
    return LabelledEntry(entry.text, entry.tokens, tuple(labels))


def read_anystyle(path: Path) -> list[LabelledEntry]:
    """The references of one AnyStyle parser file, with our labels."""
    entries = []
    root = ET.parse(path).getroot()
    for sequence in root.iter("sequence"):
        parts = [
            _markup_part(" ".join((element.text or "").split()), ANYSTYLE_LABELS[element.tag])
            for element in sequence
            if element.tag in ANYSTYLE_LABELS
        ]
        entry = build_entry(parts)
        if entry.tokens:
            entries.append(_split_issue(entry))
    return entries


def _markup_part(text: str, label: str) -> Part:
    """A part whose text may hold "<italic>...</italic>" runs: the tags removed, the runs italic.

    >>> part = _markup_part("On <italic>Genus species</italic> nov.", "title")
    >>> part.text, part.italic
    ('On Genus species nov.', ('Genus species',))
    """
    runs = tuple(
        run for m in _ITALIC_RUN_RE.finditer(text) if (run := " ".join(_TAG_RE.sub(" ", m.group(1)).split()))
    )
    return Part(" ".join(_TAG_RE.sub("", text).split()), label, italic=runs)


def anystyle_dir(root: Path) -> Path:
    return root / "shared" / "training" / "anystyle" / "parser"


def read_anystyle_all(directory: Path) -> list[LabelledEntry]:
    out: list[LabelledEntry] = []
    for name in ANYSTYLE_FILES:
        out.extend(read_anystyle(directory / name))
    return out


def check_labels(entries: Iterable[LabelledEntry]) -> None:
    known = set(LABELS)
    for entry in entries:
        unknown = set(entry.labels) - known
        if unknown:
            raise ValueError(f"unknown labels {sorted(unknown)} in {entry.text[:60]!r}")


# --- corpus publications -------------------------------------------------------------------------

# The publication fields an annotation prints, in the order their text is looked for in the evidence
# (earlier fields take their characters first).
CORPUS_FIELDS: tuple[tuple[str, str], ...] = (
    ("title", "title"),
    ("venue", "container"),
    ("doi", "doi"),
    ("publisher", "publisher"),
    ("pages", "pages"),
    ("volume", "volume"),
    ("issue", "issue"),
)
# An entry whose tokens (with letters or digits) are more than this share unlabelled by any field is
# not used: the annotation and the evidence do not line up well enough to teach token labels.
MAX_UNALIGNED_SHARE = 0.25
# Tokens between two author names that join them: "and", "&", "et al."
_AUTHOR_JOINERS = frozenset({"and", "&", "et", "al", "etal", "und", "y"})
# Lead words of a field, labelled with the field that follows them: "pp. 12-19", "vol. 3", "In Proc."
_LEADS: dict[str, frozenset[str]] = {
    "pages": frozenset({"pp", "p", "pages", "page", "art", "article"}),
    "volume": frozenset({"vol", "volume", "vols"}),
    "issue": frozenset({"no", "nr", "issue", "num", "number"}),
    "container": frozenset({"in", "in:"}),
    "doi": frozenset({"doi", "doi:"}),
}
_STATUS_WORD_RE = re.compile(
    r"^(?:submitted|submission|review|revision|revise|resubmit|forthcoming|appear|press|accepted|"
    r"preparation|prep|progress|r&r|draft|preprint|working|under|to|in|and|paper|conditionally|"
    r"minor|major)$",
    re.IGNORECASE,
)
_LINK_LABEL_RE = re.compile(r"^[\[(][^\])]{1,20}[\])]$")
_OPENERS = '"“‘«([{'


def _key(text: str) -> str:
    from extractor.learn.corpus import match_key

    return match_key(text)


@dataclass(slots=True)
class _Aligner:
    """The evidence's tokens as one key string (letters and digits), each key character's token."""

    tokens: tuple[Token, ...]
    keys: list[str]
    text: str  # the concatenated key
    owner: list[int]  # key character -> token index
    taken: list[str | None]  # key character -> the label that took it

    @classmethod
    def of(cls, tokens: tuple[Token, ...]) -> _Aligner:
        keys = [_key(t.text) for t in tokens]
        owner = [i for i, k in enumerate(keys) for _ in k]
        text = "".join(keys)
        return cls(tokens, keys, text, owner, [None] * len(text))

    def take(self, value: str | None, label: str, after: int = 0) -> int | None:
        """Give the first free occurrence of ``value`` (at or after ``after``, else anywhere) the label;
        return where it ends, or None when it is not found free."""
        key = _key(value or "")
        if not key:
            return None
        for lo in (after, 0):
            at = self.text.find(key, lo)
            while at >= 0:
                if all(t is None for t in self.taken[at : at + len(key)]):
                    self.taken[at : at + len(key)] = [label] * len(key)
                    return at + len(key)
                at = self.text.find(key, at + 1)
        return None

    def token_labels(self) -> list[str | None]:
        """Each token's label: the one holding most of its key characters (None: no field's)."""
        votes: list[dict[str, int]] = [{} for _ in self.tokens]
        for at, label in enumerate(self.taken):
            if label is not None:
                votes[self.owner[at]][label] = votes[self.owner[at]].get(label, 0) + 1
        out: list[str | None] = []
        for i, vote in enumerate(votes):
            best = max(vote, key=lambda lab: vote[lab]) if vote else None
            out.append(best if best and vote[best] * 2 >= len(self.keys[i]) else None)
        return out


def align_publication(evidence: str, publication: dict[str, object]) -> LabelledEntry | None:
    """Token labels for one annotated publication: each printed field's text found in the evidence
    (letters and digits compared), the words between fields labelled by what they lead ("pp.", "vol.",
    "In") or join ("and" between authors). None when a field is not found or too much is left over."""
    tokens = tokenize(evidence)
    if not tokens:
        return None
    aligner = _Aligner.of(tokens)
    authors = publication.get("authors") or []
    end = 0
    assert isinstance(authors, list)
    for author in authors:
        name = author.get("name") if isinstance(author, dict) else None
        if not name:
            continue
        found = aligner.take(name, "author", end)
        if found is None:
            if isinstance(author, dict) and author.get("is_owner"):
                continue  # "(with A and B)": the owner is not printed
            return None
        end = found
    title_end = aligner.take(str(publication.get("title") or ""), "title")
    if title_end is None:
        return None
    last = title_end
    for field_name, label in CORPUS_FIELDS[1:]:
        value = publication.get(field_name)
        if value:
            found = aligner.take(str(value), label, last)
            if found is None and field_name == "venue":
                return None
            last = found or last
    year = publication.get("year")
    if year:
        aligner.take(str(year), "date", title_end)
    labels = aligner.token_labels()
    _fill_gaps(tokens, aligner.keys, labels)
    unaligned = sum(1 for k, lab in zip(aligner.keys, labels, strict=True) if k and lab is None)
    if unaligned > MAX_UNALIGNED_SHARE * sum(1 for k in aligner.keys if k):
        return None
    return LabelledEntry(evidence, tokens, tuple(lab or "note" for lab in labels))


def _fill_gaps(tokens: Sequence[Token], keys: Sequence[str], labels: list[str | None]) -> None:
    """Label the tokens no field took: an entry number, lead words, author joiners, statuses, link
    labels, URLs, months beside a date; punctuation goes with the token before it."""
    from extractor.learn.citation import _core, _cues  # the model's own cue words

    months = _cues()["months"]
    n = len(tokens)
    for i in range(n):
        if labels[i] is not None or not keys[i]:
            continue
        raw = tokens[i].text
        low = _core(raw).casefold()
        following = next((labels[j] for j in range(i + 1, n) if labels[j] is not None and keys[j]), None)
        before = next((labels[j] for j in range(i - 1, -1, -1) if labels[j] is not None and keys[j]), None)
        if i == 0 and re.match(r"^(?:\[\w{1,5}\]|\(\d{1,3}\)|[A-Z]?\d{1,3}[.):])$", raw):
            labels[i] = "citation-number"
        elif before == "author" and (
            (low in _AUTHOR_JOINERS and following == "author") or low in ("et", "al", "etal")
        ):
            labels[i] = "author"
        elif following is not None and any(low == lead for lead in _LEADS.get(following, ())):
            labels[i] = following
        elif low in months and (before == "date" or following == "date"):
            labels[i] = "date"
        elif _LINK_LABEL_RE.match(raw):
            labels[i] = "link-label"
        elif raw.casefold().startswith(("http", "www.")):
            labels[i] = "url"
        elif _STATUS_WORD_RE.match(low):
            labels[i] = "status"
    # a token with no letters or digits goes with its neighbour: an opening quote or bracket with the
    # token after it, a closing one, a dash or a mark with the token before it
    for i in range(n - 1, -1, -1):
        if labels[i] is None and not keys[i] and tokens[i].text[:1] in _OPENERS and i + 1 < n:
            labels[i] = labels[i + 1]
    for i in range(n):
        if labels[i] is None and not keys[i]:
            labels[i] = labels[i - 1] if i > 0 else next((lab for lab in labels if lab), None)
    # status words between statuses or next to one stay one span
    for i in range(n):
        if (
            labels[i] == "status"
            and i + 1 < n
            and labels[i + 1] is None
            and _STATUS_WORD_RE.match(_core(tokens[i + 1].text))
        ):
            labels[i + 1] = "status"


def corpus_entries(annotations: Iterable[Any]) -> list[LabelledEntry]:
    """The labelled publication entries of corpus annotations (CVs and homepages) that align cleanly."""
    out: list[LabelledEntry] = []
    for annotation in annotations:
        if annotation.doc_type not in ("cv", "homepage"):
            continue
        for pub in annotation.profile.model_dump(mode="json").get("publications") or []:
            evidence = (pub.get("evidence") or {}).get("text") or ""
            entry = align_publication(evidence, pub)
            if entry is not None:
                out.append(replace(entry, owner=annotation.profile.name))
    return out
