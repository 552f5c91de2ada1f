"""Training data for the citation model: labelled entries built from labelled parts.

A ``Part`` is a stretch of an entry with one label (as AnyStyle's XML and our generator give them);
``build_entry`` joins parts into an entry text, tokenizes it with the same tokenizer inference uses
and labels every token with its part's label. ``read_anystyle`` reads AnyStyle's Wapiti-style XML.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from extractor.learn.citation import ANYSTYLE_LABELS, LABELS, Token, tokenize

# AnyStyle's parser files, read in this order.
ANYSTYLE_FILES = ("core.xml", "good.xml", "ugly.xml", "bad.xml")
# An AnyStyle volume span's issue: "12(3)", "12 (3)," "no. 3", "Nr. 4"
_ISSUE_TOKEN_RE = re.compile(r"^\(\s*[\w/–-]+\s*\)[.,:;]*$")
_ISSUE_WORD_RE = re.compile(r"^(?:no|nr|num|issue|heft)\.?$", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Part:
    text: str
    label: str
    newline_before: bool = False
    bold: bool = False


@dataclass(frozen=True, slots=True)
class LabelledEntry:
    text: str
    tokens: tuple[Token, ...]
    labels: tuple[str, ...]


def build_entry(parts: Sequence[Part]) -> LabelledEntry:
    """Join labelled parts (a space or a line break between them) into one labelled entry."""
    text = ""
    bold: list[str] = []
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
        text += piece
    tokens = tokenize(text, bold)
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
            Part(" ".join((element.text or "").split()), ANYSTYLE_LABELS[element.tag])
            for element in sequence
            if element.tag in ANYSTYLE_LABELS
        ]
        entry = build_entry(parts)
        if entry.tokens:
            entries.append(_split_issue(entry))
    return entries


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
