"""HTML -> Lines: visible text only, with structure kept (headings, list items, bold runs, links).

Heuristic: a DOM walk (selectolax/lexbor, iterative so deeply nested markup cannot exhaust the
stack) that starts a new line at every block element and <br>, marks h1..h6 with their level,
<li> as list items, <b>/<strong> runs as bold spans (often the owner's name in author lists),
and keeps <a href> targets as LinkSpans. Dropped: script, style, template, svg, nav menus,
forms, cookie/consent banners, and image alt text (not visible on the page).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from selectolax.lexbor import LexborHTMLParser, LexborNode

from extractor.document import Anchor, Line, LinkSpan
from extractor.patterns.regexes import MORE_AUTHORS_RE, PAGE_CREDIT_RE

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
# The words of a line, for telling a row of link buttons from text: punctuation between them aside.
WORD_RE = re.compile(r"\w+")
BOLD_TAGS = frozenset({"b", "strong"})
ITALIC_TAGS = frozenset({"i", "em", "cite"})
# id/class words of page chrome that is not the person's content
CHROME_MARKERS = (
    "cookie", "consent", "gdpr", "navbar", "nav-bar", "skip-link", "menu-toggle", "navigation",
)  # fmt: skip


# --- publication items from the markup site generators write ---------------------------------
# Class tokens of an element that is one publication: a pandoc/Quarto citeproc entry, a Hugo or
# hand-made publication card, a hand-made "pub" block.
PUBLICATION_ITEM_CLASSES = frozenset(
    {"csl-entry", "pub", "publication", "pub-item", "pub-list-item", "pub-card", "pub-citation", "pub-entry",
     "publication-item", "paper", "paper-item", "bib-item", "bibitem"}
)  # fmt: skip
# Class tokens of a list whose <li> children are publications (jekyll-scholar's "bibliography").
PUBLICATION_LIST_CLASSES = frozenset(
    {"bibliography", "publications", "publication-list", "pub-list", "pub-citation-list", "papers",
     "paper-list"}
)  # fmt: skip
# The last word of a class token that names an item's part ("title", "pub-card__title", "author",
# "li-cite-author", al-folio's "periodical"), and the part it names.
ROLE_WORDS = {
    "title": "title", "author": "authors", "authors": "authors", "periodical": "venue", "venue": "venue",
    "journal": "venue", "booktitle": "venue", "conference": "venue",
}  # fmt: skip
# First words of class tokens that style a label, never a part: "badge--journal", "tag--pub".
ROLE_EXCLUDED_LEADS = frozenset({"badge", "tag", "label", "icon", "fa", "btn"})
# Words of an ancestor's class or id tokens that make its items something else: talks, news, blog
# posts ("news-item", "talks", "post-list"). A bare "post" is not one: al-folio wraps every page in it.
NOT_PUBLICATION_WORDS = frozenset(
    {"talk", "talks", "news", "posts", "blog", "teaching", "course", "courses", "event", "events", "timeline"}
)
NOT_PUBLICATION_TOKEN_LEADS = ("post-", "post_")
# How many ancestors up from a title the item holding it (with its authors or venue) is looked for.
ITEM_SEARCH_DEPTH = 4
# Class tokens of an element a page hides until clicked (al-folio's abstract and BibTeX boxes).
HIDDEN_CLASSES = frozenset({"hidden"})


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
    item: int | None = None
    role: str | None = None
    role_node: int | None = None  # the mem_id of the element that set ``role``
    after_break: bool = False  # the last thing that ended a line was a <br>, with no text since

    def line_break(self) -> None:
        """A <br>: it ends the line; a second one with no text between ("<br><br>") leaves a blank
        line, the paragraph gap of pages that separate their entries so."""
        if self.after_break and not "".join(r.text for r in self.runs).strip():
            self.runs = []
            self.pending_gap = True
            return
        self.flush()
        self.after_break = True

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
                    item=self.item,
                    role=self._item_role(text),
                )
            )
            self.pending_gap = False
            self.list_item = False
            self.after_break = False
        self.runs = []

    def _item_role(self, text: str) -> str | None:
        """The part a line of a publication item is: the one its markup names, else "links" for a
        row of link buttons ("PDF Code DOI") whose every word is a link's."""
        if self.item is None:
            return None
        if self.role is not None:
            return self.role
        linked = WORD_RE.findall(" ".join(r.text for r in self.runs if r.href))
        return "links" if linked and linked == WORD_RE.findall(text) else None  # ". pdf, slides" too


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


# <meta> names and properties worth keeping for the person's name and the site's own address.
META_KEYS = frozenset({"og:title", "og:site_name", "og:url", "author", "citation_author", "twitter:title"})
# Ancestors whose links are site navigation or page credits, never the owner's profiles.
NAV_TAGS = frozenset({"nav"})
FOOTER_TAGS = frozenset({"footer"})
# Class words of ancestors that make a link part of an entry (a publication, a news item): a
# co-author's page or a paper's code, never the owner's profile.
ENTRY_CLASS_MARKERS = ("bibliography", "publication", "pub-", "news", "post-list", "citation", "talk")
# A credits footer is short; a longer footer may hold the contact block and is kept.
CREDIT_FOOTER_MAX_CHARS = 300
# How many ancestors up a link's zone (nav, footer, entry) is looked for: real pages nest a few dozen
# levels; a hostile page nests 100,000, and walking them for every link would take minutes.
ZONE_SEARCH_DEPTH = 60
# How many ancestors up a link's block heading is looked for (a card is a few levels deep).
HEADING_SEARCH_DEPTH = 4
# An element's data attributes that carry an address's parts for a script to assemble.
DATA_USER_KEYS = ("data-user", "data-username", "data-name", "data-local", "data-mail-user")
DATA_DOMAIN_KEYS = ("data-domain", "data-host", "data-website", "data-mail-domain")
DATA_REVERSED_KEYS = ("data-reversed", "data-email-reversed", "data-reverse")
DATA_EMAIL_KEYS = ("data-email", "data-mail", "data-address")


@dataclass(frozen=True, slots=True)
class HtmlPage:
    """What the reader takes from a page besides its lines."""

    lines: tuple[Line, ...]
    title: str | None
    anchors: tuple[Anchor, ...] = ()
    meta: tuple[tuple[str, str], ...] = ()
    hidden_emails: tuple[str, ...] = ()


def read_html_page(markup: str) -> HtmlPage:
    """The visible lines, the <title>, every link with its labels, the useful <meta> and the
    address parts kept in data attributes (read as data; no script is run)."""
    lines, title = read_html(markup)
    tree = LexborHTMLParser(markup)
    return HtmlPage(
        lines=lines,
        title=title,
        anchors=_anchors(tree),
        meta=_meta(tree),
        hidden_emails=_data_emails(tree),
    )


def _meta(tree: LexborHTMLParser) -> tuple[tuple[str, str], ...]:
    out: list[tuple[str, str]] = []
    for node in tree.css("meta"):
        attrs = node.attributes
        key = (attrs.get("property") or attrs.get("name") or "").strip().casefold()
        content = " ".join((attrs.get("content") or "").split())
        if key in META_KEYS and content:
            out.append((key, content))
    for node in tree.css("link"):
        attrs = node.attributes
        if (attrs.get("rel") or "").strip().casefold() == "canonical" and attrs.get("href"):
            out.append(("canonical", (attrs.get("href") or "").strip()))
    return tuple(out)


def _anchors(tree: LexborHTMLParser) -> tuple[Anchor, ...]:
    out: list[Anchor] = []
    for node in tree.css("a[href]"):
        href = (node.attributes.get("href") or "").strip()
        if not href or href.startswith("#"):
            continue
        text = " ".join(node.text(deep=True).split())
        labels = [node.attributes.get("aria-label") or "", node.attributes.get("title") or ""]
        for child in node.traverse(include_text=False):
            if child is node:
                continue
            labels.append(child.attributes.get("class") or "")
            labels.append(child.attributes.get("aria-label") or "")
            labels.append(child.attributes.get("title") or "")
            labels.append(child.attributes.get("alt") or "")
            labels.append(child.attributes.get("data-icon") or "")
        label = " ".join(" ".join(labels).split())
        out.append(Anchor(url=href, text=text, label=label, zone=_zone(node), heading=_block_heading(node)))
    return tuple(out)


def _block_heading(node: LexborNode) -> str:
    """The first heading inside the smallest ancestor of ``node`` that holds one (a card's name)."""
    parent = node.parent
    for _ in range(HEADING_SEARCH_DEPTH):
        if parent is None or parent.tag in ("body", "html", None):
            return ""
        heading = parent.css_first("h1, h2, h3, h4, h5, h6")
        if heading is not None:
            return " ".join(heading.text(deep=True).split())
        parent = parent.parent
    return ""


def _zone(node: LexborNode) -> str:
    zone = "page"
    parent = node.parent
    for _ in range(ZONE_SEARCH_DEPTH):
        if parent is None or parent.tag in ("body", "html", None):
            break
        tag = parent.tag or ""
        attrs = parent.attributes
        marker = f"{attrs.get('id') or ''} {attrs.get('class') or ''} {attrs.get('role') or ''}".casefold()
        if tag in NAV_TAGS or "navbar" in marker or "navigation" in marker or "masthead" in marker:
            return "nav"
        if tag in FOOTER_TAGS or "footer" in marker or "contentinfo" in marker:
            return "footer"
        if zone == "page" and any(m in marker for m in ENTRY_CLASS_MARKERS):
            zone = "entry"
        parent = parent.parent
    return zone


def _data_emails(tree: LexborHTMLParser) -> tuple[str, ...]:
    """Addresses whose parts sit in data attributes: data-user + data-domain, a reversed string,
    or a whole address in data-email (an obfuscating script would join them)."""
    out: list[str] = []
    keys = (*DATA_USER_KEYS, *DATA_REVERSED_KEYS, *DATA_EMAIL_KEYS)
    for node in tree.css(", ".join(f"[{key}]" for key in keys)):  # one query: a deep page stays fast
        attrs = node.attributes
        user = next((attrs.get(k) for k in DATA_USER_KEYS if attrs.get(k)), None)
        domain = next((attrs.get(k) for k in DATA_DOMAIN_KEYS if attrs.get(k)), None)
        if user and domain:
            out.append(f"{user.strip()}@{domain.strip()}")
        reversed_ = next((attrs.get(k) for k in DATA_REVERSED_KEYS if attrs.get(k)), None)
        if reversed_ and "@" in reversed_:
            out.append(reversed_.strip()[::-1])
        whole = next((attrs.get(k) for k in DATA_EMAIL_KEYS if attrs.get(k)), None)
        if whole and "@" in whole:
            out.append(whole.strip())
    return tuple(dict.fromkeys(out))


def _hidden_authors(node: LexborNode) -> str | None:
    """The names behind a jekyll-scholar "N more authors" toggle, from its onclick data."""
    attrs = node.attributes
    if "more-authors" not in (attrs.get("class") or ""):
        return None
    match = MORE_AUTHORS_RE.search(attrs.get("onclick") or "")
    return " ".join(match["names"].split()) if match else None


def _is_credit_footer(node: LexborNode) -> bool:
    """A page footer that only credits the site's making ("Powered by Jekyll"): no address in it."""
    text = " ".join(node.text(deep=True).split())
    if len(text) > CREDIT_FOOTER_MAX_CHARS or "@" in text or node.css_first('a[href^="mailto:"]') is not None:
        return False
    return PAGE_CREDIT_RE.search(text) is not None


def _class_tokens(node: LexborNode) -> list[str]:
    return (node.attributes.get("class") or "").casefold().split()


def _role_of(node: LexborNode) -> str | None:
    """The item part an element's class names: "pub-card__title" -> "title", "author" -> "authors"."""
    for token in _class_tokens(node):
        words = [w for w in token.replace("__", "-").replace("_", "-").split("-") if w]
        if words and words[0] not in ROLE_EXCLUDED_LEADS and words[-1] in ROLE_WORDS:
            return ROLE_WORDS[words[-1]]
    return None


def _is_hidden(node: LexborNode) -> bool:
    """An element the page shows only on a click: class "hidden", the hidden attribute, display:none."""
    attrs = node.attributes
    if "hidden" in attrs or any(t in HIDDEN_CLASSES for t in _class_tokens(node)):
        return True
    style = (attrs.get("style") or "").casefold().replace(" ", "")
    return "display:none" in style


def _in_other_zone(node: LexborNode) -> bool:
    """Inside talks, news, posts or teaching (by an ancestor's class or id), or inside page chrome."""
    parent: LexborNode | None = node
    for _ in range(ZONE_SEARCH_DEPTH):
        if parent is None or parent.tag in ("body", "html", None):
            return False
        attrs = parent.attributes
        tokens = f"{attrs.get('id') or ''} {attrs.get('class') or ''}".casefold().split()
        words = {w for t in tokens for w in t.replace("__", "-").replace("_", "-").split("-")}
        if (
            parent.tag in NAV_TAGS
            or words & NOT_PUBLICATION_WORDS
            or any(t.startswith(NOT_PUBLICATION_TOKEN_LEADS) for t in tokens)
        ):
            return True
        parent = parent.parent
    return False


def publication_items(tree: LexborHTMLParser) -> dict[int, int]:
    """The elements that are one publication each, by the markup: an element of a publication class,
    an <li> of a publication list, the smallest element holding a title part with an authors or
    venue part (al-folio, Hugo cards), or an <li> holding one title part. Nested candidates keep the
    innermost. Maps mem_id -> index."""
    candidates: dict[int, LexborNode] = {}
    for node in tree.css("[class]"):
        tokens = _class_tokens(node)
        listed = node.tag in ("ol", "ul")  # a list of an item class ("ol.pub") holds the items
        if any(t in PUBLICATION_ITEM_CLASSES for t in tokens) and not listed:
            candidates[node.mem_id] = node
        elif listed and any(t in PUBLICATION_LIST_CLASSES or t in PUBLICATION_ITEM_CLASSES for t in tokens):
            for child in node.iter(include_text=False):
                if child.tag == "li":
                    candidates[child.mem_id] = child
        elif _role_of(node) == "title":
            parent = node.parent
            for _ in range(ITEM_SEARCH_DEPTH):
                if parent is None or parent.tag in ("body", "html", None):
                    break
                parts = [_role_of(n) for n in parent.css("[class]")]
                if parts.count("title") > 1:
                    break
                if "authors" in parts or "venue" in parts or parent.tag == "li":
                    candidates[parent.mem_id] = parent  # a list item with one title is one entry
                    break
                parent = parent.parent
    inner: list[LexborNode] = []
    for mem_id, node in candidates.items():
        if _in_other_zone(node) or _is_hidden(node):
            continue
        has_inner = any(
            d.mem_id != mem_id and d.mem_id in candidates for d in node.traverse(include_text=False)
        )
        if not has_inner:
            inner.append(node)
    return {node.mem_id: index for index, node in enumerate(inner)}


def read_html(markup: str) -> tuple[tuple[Line, ...], str | None]:
    """Return the visible lines of an HTML page and its <title>."""
    tree = LexborHTMLParser(markup)
    title_node = tree.css_first("title")
    title = " ".join(title_node.text().split()) if title_node is not None else None
    root = tree.body or tree.root
    builder = _Builder()
    if root is None:
        return (), title or None
    items = publication_items(tree)
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
            if node.mem_id in items:  # an item's end ends its line and its part
                builder.flush()
                builder.item = builder.role = builder.role_node = None
            elif builder.role_node == node.mem_id:
                builder.flush()
                builder.role = builder.role_node = None
            if tag in BLOCK_TAGS:
                builder.flush()
                if tag in HEADING_LEVELS:
                    builder.heading = None
                if tag in ("p", "section", "ul", "ol", "table", "h1", "h2", "h3", "h4", "h5", "h6"):
                    builder.pending_gap = True
            continue
        if tag in INVISIBLE_TAGS or tag.startswith("-") or (tag not in ("body", "html") and _is_chrome(node)):
            continue
        if tag == "footer" and _is_credit_footer(node):
            continue
        if tag not in ("body", "html") and _is_hidden(node):
            continue  # an abstract or a BibTeX box shown only on a click
        if node.mem_id in items:
            builder.flush()
            builder.item, builder.role = items[node.mem_id], None
            builder.list_item = True
        elif builder.item is not None and builder.role is None and (role := _role_of(node)):
            builder.flush()
            builder.role, builder.role_node = role, node.mem_id
        hidden_authors = _hidden_authors(node)
        if hidden_authors:  # "and 2 more authors": the names the toggle shows
            builder.runs.append(_Run(hidden_authors, bold, italic, href))
            continue
        if tag == "br":
            builder.line_break()
            continue
        if tag == "hr":
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
