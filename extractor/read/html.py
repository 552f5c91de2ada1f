"""HTML -> Lines: visible text only, with structure kept (headings, list items, bold runs, links).

Heuristic: a DOM walk (selectolax/lexbor, iterative so deeply nested markup cannot exhaust the
stack) that starts a new line at every block element and <br>, marks h1..h6 with their level,
<li> as list items, <b>/<strong> runs as bold spans (often the owner's name in author lists),
and keeps <a href> targets as LinkSpans. Dropped: script, style, template, svg, nav menus,
forms, cookie/consent banners, and image alt text (not visible on the page).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from selectolax.lexbor import LexborHTMLParser, LexborNode

from extractor.document import Line, LinkSpan

# Elements whose content a reader never sees.
INVISIBLE_TAGS = frozenset(
    {
        "script",
        "style",
        "noscript",
        "template",
        "svg",
        "iframe",
        "object",
        "canvas",
        "head",
        "nav",
        "form",
        "button",
        "select",
        "input",
        "textarea",
        "dialog",
        "audio",
        "video",
        "map",
    }
)
# Elements that end the current line before and after them.
BLOCK_TAGS = frozenset(
    {
        "p",
        "div",
        "section",
        "article",
        "main",
        "header",
        "footer",
        "aside",
        "ul",
        "ol",
        "li",
        "dl",
        "dt",
        "dd",
        "table",
        "thead",
        "tbody",
        "tr",
        "td",
        "th",
        "blockquote",
        "pre",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "hr",
        "address",
        "figure",
        "figcaption",
        "details",
        "summary",
        "body",
        "html",
        "center",
        "fieldset",
        "legend",
        "caption",
    }
)
HEADING_LEVELS = {f"h{n}": n for n in range(1, 7)}
BOLD_TAGS = frozenset({"b", "strong"})
ITALIC_TAGS = frozenset({"i", "em", "cite"})
# id/class words of page chrome that is not the person's content
CHROME_MARKERS = (
    "cookie", "consent", "gdpr", "navbar", "nav-bar", "skip-link", "menu-toggle", "navigation",
)  # fmt: skip


@dataclass(slots=True)
class _Run:
    text: str
    bold: bool
    italic: bool
    href: str | None


@dataclass(slots=True)
class _Builder:
    lines: list[Line] = field(default_factory=list)
    runs: list[_Run] = field(default_factory=list)
    heading: int | None = None
    list_item: bool = False
    pending_gap: bool = False

    def flush(self) -> None:
        text = " ".join("".join(r.text for r in self.runs).split())
        if text:
            bold_chars = sum(len(r.text.strip()) for r in self.runs if r.bold)
            total = sum(len(r.text.strip()) for r in self.runs) or 1
            bold = bold_chars * 2 > total
            spans = _merge_runs([r for r in self.runs if r.bold], self.runs) if not bold else ()
            italic = sum(len(r.text.strip()) for r in self.runs if r.italic) * 2 > total
            italic_spans = _merge_runs([r for r in self.runs if r.italic], self.runs) if not italic else ()
            self.lines.append(
                Line(
                    text=text,
                    number=len(self.lines),
                    heading_level=self.heading,
                    bold=bold or self.heading is not None,
                    italic=italic,
                    italic_spans=italic_spans,
                    list_item=self.list_item,
                    blank_before=self.pending_gap,
                    bold_spans=spans,
                    links=_links(self.runs),
                )
            )
            self.pending_gap = False
            self.list_item = False
        self.runs = []


def _merge_runs(runs: list[_Run], all_runs: list[_Run]) -> tuple[str, ...]:
    """Styled runs, with neighbours joined: "<b>Ines <span>Varga</span></b>" is one run."""
    merged: list[str] = []
    previous_index = -2
    for run in runs:
        index = next(i for i, r in enumerate(all_runs) if r is run)
        if merged and index == previous_index + 1:
            merged[-1] += run.text
        else:
            merged.append(run.text)
        previous_index = index
    out = [" ".join(t.split()).strip(" ,;.") for t in merged]
    return tuple(t for t in out if t)


def _links(runs: list[_Run]) -> tuple[LinkSpan, ...]:
    spans: list[LinkSpan] = []
    for run in runs:
        if not run.href:
            continue
        text = " ".join(run.text.split())
        if spans and spans[-1].url == run.href:
            spans[-1] = LinkSpan(text=f"{spans[-1].text} {text}".strip(), url=run.href)
        else:
            spans.append(LinkSpan(text=text, url=run.href))
    return tuple(spans)


def _is_chrome(node: LexborNode) -> bool:
    """Site chrome by its id, class or role: a token that is a chrome marker or starts with one
    ("navbar", "navbar-expand-lg", "cookie-banner"). A marker inside a token names something else:
    Quarto's content wrapper is class "page-navbar" (the page has a navbar) and holds the whole page."""
    attrs = node.attributes
    if attrs.get("aria-hidden") == "true":
        return True
    marker = f"{attrs.get('id') or ''} {attrs.get('class') or ''} {attrs.get('role') or ''}".casefold()
    return any(
        token == word or token.startswith((f"{word}-", f"{word}_"))
        for token in marker.split()
        for word in CHROME_MARKERS
    )


def read_html(markup: str) -> tuple[tuple[Line, ...], str | None]:
    """Return the visible lines of an HTML page and its <title>."""
    tree = LexborHTMLParser(markup)
    title_node = tree.css_first("title")
    title = " ".join(title_node.text().split()) if title_node is not None else None
    root = tree.body or tree.root
    builder = _Builder()
    if root is None:
        return (), title or None
    # iterative DFS: (node, entering) events, with inherited style kept on a stack
    stack: list[tuple[LexborNode, bool, bool, bool, str | None]] = [(root, True, False, False, None)]
    while stack:
        node, entering, bold, italic, href = stack.pop()
        tag = node.tag or ""
        if tag == "-text":
            text = node.text_content or ""
            if text:
                builder.runs.append(_Run(text, bold, italic, href))  # the parser already decoded entities
            continue
        if not entering:
            if tag in BLOCK_TAGS:
                builder.flush()
                if tag in HEADING_LEVELS:
                    builder.heading = None
                if tag in ("p", "section", "ul", "ol", "table", "h1", "h2", "h3", "h4", "h5", "h6"):
                    builder.pending_gap = True
            continue
        if tag in INVISIBLE_TAGS or tag.startswith("-") or (tag not in ("body", "html") and _is_chrome(node)):
            continue
        if tag in ("br", "hr"):
            builder.flush()
            continue
        if tag == "img":
            continue  # alt text is not visible text
        if tag in BLOCK_TAGS:
            builder.flush()
            if tag in HEADING_LEVELS:
                builder.heading = HEADING_LEVELS[tag]
                builder.pending_gap = True
            if tag == "li":
                builder.list_item = True
        child_bold = bold or tag in BOLD_TAGS
        child_italic = italic or tag in ITALIC_TAGS
        child_href = href
        if tag == "a":
            child_href = (node.attributes.get("href") or "").strip() or href
        stack.append((node, False, bold, italic, href))
        children = list(node.iter(include_text=True))
        for child in reversed(children):
            stack.append((child, True, child_bold, child_italic, child_href))
    builder.flush()
    return tuple(builder.lines), title or None
