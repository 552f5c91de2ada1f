"""Plain text and Markdown -> Lines.

Plain text: one Line per non-blank line; a blank line sets ``blank_before`` on the next;
bullets ("•", "-", "*", "▪", "1.") set ``list_item`` and are removed from the text; leading
spaces are kept as ``x0`` (in characters) because indentation groups entry lines.
Markdown adds: '#' headings -> ``heading_level``; '**bold**' runs -> ``bold`` / ``bold_spans``;
'[text](url)' -> the text plus a LinkSpan; images dropped; backslash escapes undone.
"""

from __future__ import annotations

import re

from extractor.document import Line, LinkSpan
from extractor.patterns.regexes import (
    ESCAPE_PLACEHOLDER_RE,
    LIST_MARKER_RE,
    MD_BOLD_RE,
    MD_ESCAPE_RE,
    MD_HEADING_RE,
    MD_IMAGE_RE,
    MD_ITALIC_RE,
    MD_LINK_RE,
)

# This many blank lines in a row mark a larger break than a paragraph (pages saved as text put
# 2+ blank lines between sections and one between items).
BREAK_BLANK_LINES = 2


def read_text(text: str, markdown: bool) -> tuple[Line, ...]:
    """Split text into Lines; with ``markdown`` the Markdown cues are read too."""
    lines: list[Line] = []
    gap = 0  # blank lines seen since the last line
    for raw in text.splitlines():
        if not raw.strip():
            gap += 1
            continue
        indent = len(raw) - len(raw.lstrip(" \t"))
        body = raw.strip()
        heading: int | None = None
        if markdown:
            match = MD_HEADING_RE.match(body)
            if match:
                heading = len(match["hashes"])
                body = match["text"]
        list_item = False
        marker = LIST_MARKER_RE.match(body)
        if marker and heading is None:
            list_item = True
            if not marker["marker"][0].isdigit():  # "1." is the entry's own label: keep it
                body = body[marker.end() :]
        bold = False
        spans: tuple[str, ...] = ()
        italic_spans: tuple[str, ...] = ()
        links: tuple[LinkSpan, ...] = ()
        if markdown:
            italic_spans = _italic_runs(body)
            body, bold, spans, links = _inline_markdown(body)
        body = " ".join(body.split())
        if not body:
            continue
        lines.append(
            Line(
                text=body,
                number=len(lines),
                heading_level=heading,
                bold=bold or heading is not None,
                x0=float(indent),
                list_item=list_item,
                blank_before=gap > 0,
                break_before=gap >= BREAK_BLANK_LINES,
                bold_spans=spans,
                italic_spans=italic_spans,
                links=links,
            )
        )
        gap = 0
    return tuple(lines)


def _inline_markdown(body: str) -> tuple[str, bool, tuple[str, ...], tuple[LinkSpan, ...]]:
    body = MD_IMAGE_RE.sub("", body)
    links: list[LinkSpan] = []

    def link(match: re.Match[str]) -> str:
        links.append(LinkSpan(text=_plain(match["text"]), url=match["url"]))
        return match["text"]

    body = MD_LINK_RE.sub(link, body)
    # bold runs are found with escapes masked, so "**Doe\\***" closes after the escaped star
    masked = MD_ESCAPE_RE.sub(lambda m: "\x02" * len(m.group(0)), body)
    bold_runs = [
        body[m.start(1 if m["a"] is not None else 2) : m.end(1 if m["a"] is not None else 2)]
        for m in MD_BOLD_RE.finditer(masked)
    ]
    plain = _plain(body)
    bold_text = "".join(_plain(r) for r in bold_runs)
    whole_bold = bool(bold_runs) and len(bold_text.replace(" ", "")) * 10 >= 9 * len(plain.replace(" ", ""))
    spans = () if whole_bold else tuple(s for s in (_plain(r).strip(" ,;.") for r in bold_runs) if s)
    return plain, whole_bold, spans, tuple(links)


def _italic_runs(body: str) -> tuple[str, ...]:
    """ "*Employer*" runs, with bold runs and escapes masked so their '*' are not read as italics."""
    masked = MD_BOLD_RE.sub(lambda m: "\x01" * len(m.group(0)), MD_ESCAPE_RE.sub("\x01\x01", body))
    runs = (_plain(m["a"] or m["b"]).strip(" ,;.") for m in MD_ITALIC_RE.finditer(masked))
    return tuple(r for r in runs if r)


def _plain(text: str) -> str:
    # escaped characters ("Dai\\*") are hidden from the emphasis patterns, then restored
    escaped: list[str] = []

    def hide(match: re.Match[str]) -> str:
        escaped.append(match[1])
        return f"\x00{len(escaped) - 1}\x00"

    text = MD_ESCAPE_RE.sub(hide, text)
    text = MD_BOLD_RE.sub(lambda m: m["a"] or m["b"], text)
    text = MD_ITALIC_RE.sub(lambda m: m["a"] or m["b"], text)
    return ESCAPE_PLACEHOLDER_RE.sub(lambda m: escaped[int(m[1])], text)
