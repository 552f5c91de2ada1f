"""The headings of a laid-out statement (a PDF): where its themes start.

A statement organizes its work under headings ("2 Proposed project", "Aim 1.1: ...", a small-caps
"Methods Work"), numbered run-in leads ("3.1. Flows on surfaces. My first paper ...") and bold
run-in leads ("**Contest theory.** Contests model ..."). This module finds them from the lines'
layout: a heading is a short line set apart from the prose around it (a gap before it, a bold or
larger font, capitals, a number), never a caption, page furniture, an equation, the statement's
title or its author's name and contact lines.
"""

from __future__ import annotations

import dataclasses
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from extractor.document import Line
from extractor.parse.prose import join_lines
from extractor.patterns import heading_kind
from extractor.patterns import regexes as rx
from extractor.patterns import statement_regexes as srx

# A heading has at most this many words and characters.
HEADING_MAX_WORDS = 16
HEADING_MAX_CHARS = 120
# A run-in lead has at most this many words.
LEAD_MAX_WORDS = 14
# Letters make at least this share of a heading's visible characters (not an equation or a table row).
MIN_LETTER_SHARE = 0.6
# A font this much larger than the body's sets a line apart (points).
LARGER_FONT = 0.8
# Running heads and feet are within this many lines of a page's top or bottom.
PAGE_EDGE_LINES = 2
# A font this much smaller than the body's is a figure's, a table's or a footnote's (points).
SMALLER_FONT = 0.5
# A body line has at least this many characters.
BODY_LINE_CHARS = 50
# A heading in the body's font is at most this share of a typical line of prose.
SHORT_LINE_SHARE = 0.75
# A bold lead ending in a colon ("Prerequisites:") has at least this many words to be a theme.
COLON_LEAD_MIN_WORDS = 4
# A heading ending in a full stop ("Future directions.") has at most this many words.
STOPPED_HEADING_MAX_WORDS = 5

_SENTENCE_END = re.compile(r"[.!?:;”\")]$")


@dataclass(frozen=True, slots=True)
class Heading:
    """A heading or run-in lead: its title as printed, the line it is on, and whether it runs in."""

    title: str
    index: int  # index of its (first) line in the statement's lines
    run_in: bool = False
    size: float | None = None  # its font size: a larger heading is of a higher level


def body_size(lines: Sequence[Line]) -> float | None:
    """The font size most of the prose is set in."""
    sizes: Counter[float] = Counter()
    for line in lines:
        if line.size is not None and len(line.text) >= BODY_LINE_CHARS:
            sizes[round(line.size, 1)] += len(line.text)
    return sizes.most_common(1)[0][0] if sizes else None


def has_layout(lines: Sequence[Line]) -> bool:
    """Whether the lines carry font cues (a PDF), not plain text."""
    return any(line.size is not None for line in lines)


def _furniture(lines: Sequence[Line]) -> set[str]:
    """Running heads and feet: texts at the top or bottom of two or more pages, digits ignored."""
    by_page: dict[int | None, list[Line]] = {}
    for line in lines:
        by_page.setdefault(line.page, []).append(line)
    pages: dict[str, set[int | None]] = {}
    for page, on_page in by_page.items():
        for line in (*on_page[:PAGE_EDGE_LINES], *on_page[-PAGE_EDGE_LINES:]):
            key = re.sub(r"[\d\W_]+", "", line.text.casefold())
            if key:
                pages.setdefault(key, set()).add(page)
    return {key for key, on in pages.items() if len(on) >= 2}


def _typical_chars(lines: Sequence[Line]) -> float:
    """The median length of a line of prose, in characters."""
    lengths = sorted(len(line.text) for line in lines if len(line.text) >= BODY_LINE_CHARS)
    return float(lengths[len(lengths) // 2]) if lengths else float(HEADING_MAX_CHARS)


def _letter_share(text: str) -> float:
    visible = [c for c in text if not c.isspace()]
    return sum(c.isalpha() for c in visible) / len(visible) if visible else 0.0


def _first_body(lines: Sequence[Line], size: float | None) -> int:
    """The index of the first line of prose (two long lines in the body's font, no contact details):
    the end of the title block."""

    def prose(line: Line) -> bool:
        same_size = size is None or line.size is None or abs(line.size - size) < LARGER_FONT
        text = line.text
        return (
            len(text) >= BODY_LINE_CHARS
            and same_size
            and not srx.STATEMENT_TITLE_RE.search(text)
            and not srx.CONTACT_RE.search(text)
        )

    for index in range(len(lines) - 1):
        if prose(lines[index]) and prose(lines[index + 1]):
            return index
    return len(lines)


def _is_heading_text(text: str) -> bool:
    words = text.split()
    if not words or len(words) > HEADING_MAX_WORDS or len(text) > HEADING_MAX_CHARS:
        return False
    worded = any(len(w) >= 3 and re.sub(r"[-'’]", "", w).isalpha() for w in words)  # "Text-as-Data"
    if _letter_share(text) < MIN_LETTER_SHARE or not worded:
        return False
    if srx.CAPTION_RE.match(text) or srx.PAGE_FURNITURE_RE.match(text) or srx.CONTACT_RE.search(text):
        return False
    numbered = bool(srx.HEADING_NUMBER_RE.match(text))
    if not numbered and not (text[0].isupper() or text[0] in "“\"'‘("):
        return False
    if text.endswith((",", ";", "-")) or srx.CITATION_IN_HEADING_RE.search(text):
        return False
    return not (text.endswith(".") and len(words) > STOPPED_HEADING_MAX_WORDS and not numbered)


def find_headings(lines: Sequence[Line]) -> list[Heading]:
    """The headings and run-in leads of a laid-out statement, in reading order."""
    lines = [_without_line_number(line) for line in lines]
    size = body_size(lines)
    furniture = _furniture(lines)
    first_body = _first_body(lines, size)
    typical = _typical_chars(lines)
    out: list[Heading] = []
    skip_to = -1
    for index, line in enumerate(lines):
        if index <= skip_to:
            continue
        text = line.text.strip()
        key = re.sub(r"[\d\W_]+", "", text.casefold())
        if not text or key in furniture:
            continue
        if srx.REFERENCES_HEADING_RE.match(text):
            continue  # a reference-list heading is never a theme
        prev = lines[index - 1] if index > 0 else None
        nxt = lines[index + 1] if index + 1 < len(lines) else None
        lead = _run_in_lead(line, prev)
        if lead is not None and index >= first_body and not srx.CAPTION_RE.match(lead):
            out.append(Heading(lead.rstrip(" .:–—-"), index, run_in=True, size=line.size))
            continue
        if line.list_item or srx.STATEMENT_TITLE_RE.search(text):
            continue
        if not _emphasized(line, size) and len(text) > SHORT_LINE_SHARE * typical:
            continue  # a full line of prose
        if len(line.cells) > 1 or (_smaller(line, size) and not line.bold):
            continue  # a table row, a figure's labels, a footnote
        title, last = _with_continuation(lines, index, size)
        if not _is_heading_text(title):
            continue
        if not _set_apart(line, prev, lines[last + 1] if last + 1 < len(lines) else None, size, title):
            continue
        known = heading_kind(title) or srx.STATEMENT_HEADING_WORD_RE.search(title)
        if index < first_body and not (srx.HEADING_NUMBER_RE.match(title) or known):
            continue  # the title block: the statement's title, the author, the date
        if nxt is not None and last == index and nxt.text[:1].islower() and not _emphasized(line, size):
            continue  # a short line inside a paragraph
        skip_to = last
        head, stop, rest = srx.HEADING_NUMBER_RE.sub("", title).partition(". ")
        worded = sum(w.isalpha() for w in head.split()) >= 2
        if (
            stop
            and worded
            and rest[:1].isupper()
            and len(rest.split()) >= 2
            and len(head.split()) <= LEAD_MAX_WORDS
        ):
            head = title[: len(title) - len(rest) - len(stop)]
            # a heading line that runs on into its paragraph: "2 Faster solvers. We show ..."
            out.append(Heading(head.rstrip(" .:–—-"), index, run_in=True, size=line.size))
            continue
        out.append(Heading(title.rstrip(" .:–—-"), index, size=line.size))
    return out


def without_line_numbers(lines: Sequence[Line]) -> list[Line]:
    """The lines of a line-numbered draft without their numbers (when most of its lines print one as
    their first cell); other lines as they are."""
    numbered = sum(1 for line in lines if len(line.cells) >= 2 and line.cells[0].strip().isdigit())
    if numbered * 2 < len(lines):
        return list(lines)
    return [_without_line_number(line) for line in lines]


def _without_line_number(line: Line) -> Line:
    """A line of a line-numbered draft without its number: "12 | 3. Objectives" -> "3. Objectives"."""
    if len(line.cells) >= 2 and line.cells[0].strip().isdigit():
        rest = line.cells[1:]
        return dataclasses.replace(line, text=" ".join(c.strip() for c in rest), cells=rest)
    return line


def _with_continuation(lines: Sequence[Line], index: int, size: float | None) -> tuple[str, int]:
    """A heading wrapped onto a second line in the same font: "Aim 1.3: Applying X" + "with Y"."""
    line = lines[index]
    title = line.text.strip()
    if index + 1 < len(lines) and _emphasized(line, size):
        nxt = lines[index + 1]
        same_font = nxt.bold == line.bold and nxt.size == line.size and not nxt.blank_before
        wraps = title.endswith((",", "-", "–")) or nxt.text[:1].islower()
        if same_font and wraps and len(nxt.text.split()) <= HEADING_MAX_WORDS:
            return join_lines([title, nxt.text.strip()]), index + 1
    return title, index


def _smaller(line: Line, size: float | None) -> bool:
    return size is not None and line.size is not None and line.size <= size - SMALLER_FONT


def _emphasized(line: Line, size: float | None) -> bool:
    text = line.text.strip()
    letters = [c for c in text if c.isalpha()]
    capitals = len(letters) >= 4 and all(c.isupper() for c in letters)
    larger = size is not None and line.size is not None and line.size >= size + LARGER_FONT
    return line.bold or line.heading_level is not None or larger or capitals


def _set_apart(line: Line, prev: Line | None, nxt: Line | None, size: float | None, title: str) -> bool:
    """A gap or a style change before the line, and a new paragraph after it."""
    emphasized = _emphasized(line, size)
    numbered = bool(srx.HEADING_NUMBER_RE.match(title))
    before = (
        prev is None
        or line.blank_before
        or line.heading_level is not None
        or bool(_SENTENCE_END.search(prev.text.strip()))
        or (emphasized and not _emphasized(prev, size))
        or (emphasized and _is_heading_text(prev.text.strip()))
    )
    if not before:
        return False
    if nxt is None:
        return False  # a heading is followed by its text
    after = (
        nxt.blank_before
        or (nxt.x0 is not None and line.x0 is not None and nxt.x0 > line.x0 + 0.5)
        or nxt.text[:1].isupper()
        or nxt.text[:1].isdigit()
        or nxt.text[:1] in "“\"‘'("
    )
    if not after:
        return False
    return emphasized or numbered or line.blank_before


def _run_in_lead(line: Line, prev: Line | None) -> str | None:
    """A paragraph's bold or numbered run-in lead: "Contest theory. Contests model ..." -> its title."""
    text = line.text.strip()
    opens = prev is None or line.blank_before or bool(_SENTENCE_END.search(prev.text.strip()))
    if not opens:
        return None
    numbered = srx.NUMBERED_LEAD_RE.match(text) or srx.NUMBERED_COLON_LEAD_RE.match(text)
    if numbered:
        return numbered["lead"].strip()
    number = srx.HEADING_NUMBER_RE.match(text)
    span = line.bold_spans[0].strip() if line.bold_spans else ""
    if span and not text.startswith(span) and number and text[number.end() :].strip().startswith(span):
        # "2 **Faster X.** We ...": the number outside the bold run belongs to the lead
        text = f"{number.group(0).strip()} {text[number.end() :].strip()}"
        span = f"{number.group(0).strip()} {span}"
    if span and text.startswith(span):
        lead = span
        rest = text[len(lead) :].strip()
        if srx.HEADING_NUMBER_RE.fullmatch(lead + " ") or not rest:
            return None  # "Aim 2.1:" opens a heading line, not a lead
        colon = lead.endswith(":") or rest[:1] == ":"
        if colon and len(lead.split()) < COLON_LEAD_MIN_WORDS:
            return None  # a label: "Prerequisites:", "Undergraduate:"
        capital = srx.HEADING_NUMBER_RE.sub("", lead).strip()[:1].isupper()
        short = capital and len(lead.split()) <= LEAD_MAX_WORDS and len(lead) >= 4
        if short and (lead.endswith((".", ":")) or rest[:1] in ".:[(" or rest[:1].isupper()):
            return re.sub(r"\s*\[[^\]]*\]$", "", lead.rstrip(" .:"))
        return None
    if line.bold:
        head, sep, _ = text.partition(". ")
        plain = not rx.LEAD_DISQUALIFIER_RE.search(head)
        if sep and plain and head[:1].isupper() and 2 <= len(head.split()) <= LEAD_MAX_WORDS:
            return head
    return None


# --- the rules' cues, per line: the features of the learned heading model (learn/statements.py) -----

# Line lengths and positions above these share one cue value.
WORDS_CAP = 20
POSITION_BUCKETS = 5


def body_lines(lines: Sequence[Line]) -> tuple[Line, ...]:
    """The lines of a statement before its last reference-list heading ("References", "Bibliography")."""
    for index in range(len(lines) - 1, 0, -1):
        if srx.REFERENCES_HEADING_RE.match(lines[index].text.strip()):
            return tuple(lines[:index])
    return tuple(lines)


def line_cues(lines: Sequence[Line]) -> list[list[str]]:
    """What the heading rules see in each line of a laid-out statement: its font against the body's,
    its shape (numbered, capitals, length, closing punctuation), the title block, page furniture,
    captions, a run-in lead, and whether ``find_headings`` takes it (as a heading or a run-in lead)."""
    lines = [_without_line_number(line) for line in lines]
    size = body_size(lines)
    furniture = _furniture(lines)
    first_body = _first_body(lines, size)
    typical = _typical_chars(lines)
    rule = {h.index: ("runin" if h.run_in else "heading") for h in find_headings(lines)}
    out: list[list[str]] = []
    for index, line in enumerate(lines):
        text = line.text.strip()
        prev = lines[index - 1] if index > 0 else None
        nxt = lines[index + 1] if index + 1 < len(lines) else None
        words = text.split()
        cues = [f"rule={rule.get(index, 'none')}", f"words={min(len(words), WORDS_CAP) // 2}"]
        cues.append(f"pos={min(POSITION_BUCKETS - 1, POSITION_BUCKETS * index // max(1, len(lines)))}")
        flags = {
            "bold": line.bold,
            "italic": line.italic,
            "boldlead": bool(line.bold_spans) and text.startswith(line.bold_spans[0].strip()),
            "emph": _emphasized(line, size),
            "smaller": _smaller(line, size),
            "larger": size is not None and line.size is not None and line.size >= size + LARGER_FONT,
            "level": line.heading_level is not None,
            "gap": line.blank_before,
            "list": line.list_item,
            "cells": len(line.cells) > 1,
            "numbered": bool(srx.HEADING_NUMBER_RE.match(text)),
            "numberedlead": bool(srx.NUMBERED_LEAD_RE.match(text) or srx.NUMBERED_COLON_LEAD_RE.match(text)),
            "headingtext": _is_heading_text(text),
            "short": len(text) <= SHORT_LINE_SHARE * typical,
            "furniture": re.sub(r"[\d\W_]+", "", text.casefold()) in furniture,
            "titleblock": index < first_body,
            "caption": bool(srx.CAPTION_RE.match(text)),
            "stitle": bool(srx.STATEMENT_TITLE_RE.search(text)),
            "known": bool(heading_kind(text) or srx.STATEMENT_HEADING_WORD_RE.search(text)),
            "future": bool(rx.FUTURE_HEADING_RE.search(text)),
            "runin": _run_in_lead(line, prev) is not None,
            "endstop": text.endswith("."),
            "endcolon": text.endswith(":"),
            "lowerstart": text[:1].islower(),
            "prevend": prev is None or bool(_SENTENCE_END.search(prev.text.strip())),
            "nextlower": nxt is not None and nxt.text[:1].islower(),
            "nextgap": nxt is not None and nxt.blank_before,
            "nextindent": nxt is not None and _indented(nxt, line),
            "letters": _letter_share(text) >= MIN_LETTER_SHARE,
        }
        cues.extend(name for name, on in flags.items() if on)
        out.append(cues)
    return out


def _indented(line: Line, than: Line) -> bool:
    return line.x0 is not None and than.x0 is not None and line.x0 > than.x0 + 0.5


def heading_at(lines: Sequence[Line], index: int, found: Sequence[Heading]) -> Heading:
    """The heading a model puts on line ``index``: the rules' own when they found one there, else its
    run-in lead ("Tidal sensing. Our gauges ...") or the line (with its wrapped continuation) as printed."""
    for heading in found:
        if heading.index == index:
            return heading
    line = _without_line_number(lines[index])
    prev = lines[index - 1] if index > 0 else None
    lead = _run_in_lead(line, prev)
    if lead is not None:
        return Heading(lead.rstrip(" .:–—-"), index, run_in=True, size=line.size)
    title, _ = _with_continuation(lines, index, body_size(lines))
    return Heading(title.rstrip(" .:–—-"), index, size=line.size)
