"""Paragraphs of prose: lines grouped by blank lines, indented first lines and headings."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from extractor.document import Line
from extractor.patterns.regexes import WORD_HEAD_RE, WORD_TAIL_RE
from extractor.repair import drops_hyphen


@dataclass(frozen=True, slots=True)
class Paragraph:
    text: str
    lines: tuple[Line, ...]


def join_wrapped(text: str, piece: str) -> str:
    """Join a wrapped line onto the text before it: "ran-" + "domised" -> "randomised",
    "trade-" + "off" -> "trade-off", "Gell-" + "Redman" -> "Gell-Redman", else with a space."""
    if text.endswith("-") and len(text) > 1 and text[-2].isalpha() and piece:
        if piece[0].isupper():
            return text + piece  # a hyphenated name or compound broken at its hyphen
        head = WORD_TAIL_RE.search(text[:-1])
        tail = WORD_HEAD_RE.match(piece)
        if head and tail and drops_hyphen(head.group(0), tail.group(0)):
            return text[:-1] + piece
        return text + piece
    return f"{text} {piece}"


def join_lines(texts: Sequence[str]) -> str:
    """Join wrapped lines: a line-end hyphen before a lowercase start joins without a space."""
    if not texts:
        return ""
    out = texts[0].strip()
    for piece in texts[1:]:
        piece = piece.strip()
        out = join_wrapped(out, piece)
    return re.sub(r"\s+", " ", out).strip()


def paragraphs(lines: Sequence[Line]) -> list[Paragraph]:
    """Group lines into paragraphs. A heading line is a paragraph of its own."""
    out: list[Paragraph] = []
    current: list[Line] = []
    base_x: float | None = None

    def close() -> None:
        if current:
            out.append(Paragraph(text=join_lines([ln.text for ln in current]), lines=tuple(current)))

    for line in lines:
        indented = base_x is not None and line.x0 is not None and line.x0 > base_x + 0.5
        if current and (
            line.blank_before
            or line.heading_level is not None
            or line.list_item
            or indented
            or current[-1].heading_level is not None
        ):
            close()
            current = []
        if not current:
            base_x = None
        if line.x0 is not None and not indented:
            base_x = line.x0 if base_x is None else min(base_x, line.x0)
        current.append(line)
    close()
    return out
