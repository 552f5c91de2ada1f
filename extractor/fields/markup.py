"""Publications the page's markup delimits: one entry per item the HTML reader marked.

Site generators write each publication as one element (jekyll-scholar's ``<li>`` in
``ol.bibliography``, al-folio's title/author/periodical divs, Hugo and hand-made publication cards,
pandoc's ``csl-entry``), often with its title, authors and venue in elements of their own. The reader
gives each line of such an element the item's index (``Line.item``) and the part the markup names
(``Line.role``). Here each item becomes one block, its title first, read by the publication parser;
the item's lines leave their section, so no other handler reads them again. Items under a heading
that is not about publications (talks, teaching, news; "Conference Abstracts and Posters" that the
segmenter could not name) are left where they are.

Pages without such classes still delimit their entries: one citation a paragraph or a list item, or
a run of lines ended by a blank ``<br><br>``. In a publications section of an HTML page whose
paragraphs each hold a year, ``mark_paragraph_items`` makes each paragraph an item, with its title
and authors lines named where emphasis and the author-list score tell them apart (authors, then an
italic title; a bold title, then authors).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from extractor.document import Block, Line, Section, SectionKind
from extractor.fields.context import Found, ParseContext
from extractor.parse.authors import AUTHOR_LIST_THRESHOLD, looks_like_author_list
from extractor.parse.dates import find_year
from extractor.patterns import page_regexes as prx
from extractor.patterns import regexes as rx
from extractor.profile import Publication
from extractor.segment import split_entries

# The publication parser for one entry (fields.publications.parse_publication_block, passed in by
# fields/__init__.py: a field handler is imported only there).
BlockParser = Callable[[Block, ParseContext], Publication | None]

# Sections whose marked items are still publications: a publications heading, or one the segmenter
# could not name ("In Press / Published", a bare year), or the page's top before any heading.
ITEM_SECTIONS = frozenset({SectionKind.PUBLICATIONS, SectionKind.OTHER, SectionKind.HEADER})
# Fewer marked items than this under a heading that does not say publications are not read as a
# list of publications (a lone card); under a publications heading one is enough.
MIN_ITEMS_PER_SECTION = 2
# A paragraph of more lines than this is no one entry (a list the page ran into one paragraph).
PARAGRAPH_MAX_LINES = 6
# A paragraph of fewer words than this is a note ("Last updated: May 2025"), not a publication.
PARAGRAPH_MIN_WORDS = 6
# A list item left unmarked among marked items is a citation when it has this many words.
CITATION_MIN_WORDS = 10
# A line this long with a year is a whole citation: a paragraph of two such lines is two entries.
CITATION_LINE_MIN_CHARS = 80
# Paragraph items are read from a publications section with at least this many paragraphs that hold
# a year, and where they are at least this share of its paragraphs.
MIN_PARAGRAPH_ITEMS = 2
MIN_PARAGRAPH_ITEM_SHARE = 0.6
# The author-list score of a lone name ("Ada Roe"): a line this name-like after a title line is its
# authors (a list of two names or more scores ``AUTHOR_LIST_THRESHOLD``).
LONE_NAME_SCORE = 0.4


def take_marked_publications(
    sections: list[Section], ctx: ParseContext, parse_block: BlockParser
) -> tuple[list[Section], Found]:
    """Parse the marked publication items; return the sections without their lines, and what was found.
    A publications section whose entries were all marked keeps no leftover lines for its parser."""
    found = Found()
    kept: list[Section] = []
    for section in _rejoined(sections):
        marked = [ln for ln in section.lines if ln.item is not None]
        count = len({ln.item for ln in marked})
        if (
            section.kind not in ITEM_SECTIONS
            or count == 0
            or (section.kind is not SectionKind.PUBLICATIONS and count < MIN_ITEMS_PER_SECTION)
            or (section.kind is SectionKind.OTHER and _not_papers_heading(section.label or ""))
        ):
            kept.append(section)
            continue
        for block in _item_blocks(section):
            pub = parse_block(block, ctx)
            if pub is not None:
                found.add("publications", pub)
        rest = tuple(ln for ln in section.lines if ln.item is None)
        kind = SectionKind.OTHER if section.kind is SectionKind.PUBLICATIONS else section.kind
        kept.append(dataclasses.replace(section, kind=kind, lines=rest))
    return kept, found


def mark_paragraph_items(sections: list[Section]) -> list[Section]:
    """Mark the entries of an HTML page's publications sections whose markup gave no item classes:
    each paragraph (a line after a gap, a list item, after a sub-heading) that holds a year becomes
    an item, its title and authors lines named where they can be told apart. Sections where fewer
    than ``MIN_PARAGRAPH_ITEM_SHARE`` of the paragraphs hold a year (title, authors and venue each a
    paragraph) are left to the segmenter. In a section whose markup marked items, the list items it
    left unmarked (a plain list of manuscripts below the cards) are items too."""
    next_item = 1 + max((ln.item for s in sections for ln in s.lines if ln.item is not None), default=-1)
    out: list[Section] = []
    for section in _under_markup_headings(sections):
        if section.kind is not SectionKind.PUBLICATIONS:
            out.append(section)
            continue
        if any(ln.item is not None for ln in section.lines):
            entries = _listed_leftovers(section)  # "Under Review" as a plain list below the cards
        else:
            entries = _paragraph_entries(section) or _emphasis_entries(section)
        if not entries:
            out.append(section)
            continue
        marked: dict[int, Line] = {}
        for paragraph in entries:
            roles = _paragraph_roles(paragraph)
            for line, role in zip(paragraph, roles, strict=True):
                marked[line.number] = dataclasses.replace(line, item=next_item, role=role)
            next_item += 1
        lines = tuple(
            marked.get(ln.number, ln)
            for ln in section.lines
            if ln.number in marked or not prx.BARE_ENTRY_NUMBER_RE.fullmatch(ln.text)
        )
        out.append(dataclasses.replace(section, lines=lines))
    return out


def _under_markup_headings(sections: list[Section]) -> list[Section]:
    """A publications section opened at a plain line of text ("Here are the articles I wrote:",
    neither a heading element nor bold) right below a page heading with nothing under it ("Blog") is
    that heading's, not publications: the page's markup says where its sections start. It is left
    unread (kind "other"), as the segmenter left the heading's own section."""
    out: list[Section] = []
    for section in sections:
        heading = section.heading
        previous = out[-1] if out else None
        if (
            section.kind is SectionKind.PUBLICATIONS
            and previous is not None
            and not previous.lines
            and previous.heading is not None
            and previous.heading.heading_level is not None
            and heading is not None
            and heading.heading_level is None
            and not heading.bold
        ):
            out.append(dataclasses.replace(section, kind=SectionKind.OTHER))
        else:
            out.append(section)
    return out


def _listed_leftovers(section: Section) -> list[list[Line]]:
    """The list items of a section with marked items that the markup left unmarked, each of a
    citation's length; marked lines and sub-headings end them."""
    out: list[list[Line]] = []
    current: list[Line] | None = None
    for line in section.lines:
        if line.item is not None or line.heading_level is not None:
            current = None
        elif line.list_item:
            current = [line]
            out.append(current)
        elif current is not None and not line.blank_before:
            current.append(line)
        else:
            current = None
    return [
        p
        for p in out
        if len(p) <= PARAGRAPH_MAX_LINES and len(" ".join(ln.text for ln in p).split()) >= CITATION_MIN_WORDS
    ]


def _enough(entries: list[list[Line]], total: int) -> bool:
    return len(entries) >= MIN_PARAGRAPH_ITEMS and len(entries) >= MIN_PARAGRAPH_ITEM_SHARE * total


def _paragraph_entries(section: Section) -> list[list[Line]]:
    """The section's paragraphs that are one publication each, when most of them are ([] else)."""
    paragraphs = _paragraphs(section.lines)
    entries = [p for p in paragraphs if _is_one_entry(p)]
    return entries if _enough(entries, len(paragraphs)) else []


def _emphasis_entries(section: Section) -> list[list[Line]]:
    """The segmenter's entries, when most open with a title and authors line the emphasis tells
    apart (a bold title, then "Ada Roe" in italics, each its own paragraph); [] else."""
    blocks = [list(b.lines) for b in split_entries(section)]
    named = [b for b in blocks if any(_paragraph_roles(b))]
    return blocks if _enough(named, len(blocks)) else []


def _paragraphs(lines: tuple[Line, ...]) -> list[list[Line]]:
    """The section's lines in paragraphs: one starts after a gap, at a list item or after a
    sub-heading; sub-headings and bare entry numbers ("7" in a badge) belong to none."""
    out: list[list[Line]] = []
    start = True
    for line in lines:
        if line.heading_level is not None:
            start = True
            continue
        if prx.BARE_ENTRY_NUMBER_RE.fullmatch(line.text):
            start = True
            continue
        if start or line.blank_before or line.list_item or not out:
            out.append([line])
        else:
            out[-1].append(line)
        start = False
    return out


def _is_one_entry(paragraph: list[Line]) -> bool:
    """A paragraph that is one publication: a year in it, not too many lines, and not two whole
    citations one below the other."""
    text = " ".join(ln.text for ln in paragraph)
    if (
        len(paragraph) > PARAGRAPH_MAX_LINES
        or len(text.split()) < PARAGRAPH_MIN_WORDS
        or find_year(text) is None
        or rx.PAGE_CREDIT_RE.search(text)
    ):
        return False
    citations = [
        ln for ln in paragraph if len(ln.text) >= CITATION_LINE_MIN_CHARS and find_year(ln.text) is not None
    ]
    return len(citations) <= 1


def _is_authors(line: Line) -> bool:
    return bool(line.bold_spans) or looks_like_author_list(line.text) >= AUTHOR_LIST_THRESHOLD


def _paragraph_roles(paragraph: list[Line]) -> list[str | None]:
    """Title and authors lines of a several-line entry: authors then a title that is not names
    ("Ada Roe, Max Doe" / "A Study of X"), or a bold or italic title line followed by names. None
    where the lines do not say (the publication parser reads them by their content)."""
    roles: list[str | None] = [None] * len(paragraph)
    if len(paragraph) < 2:
        return roles
    first, second = paragraph[0], paragraph[1]
    if (
        _is_authors(first)
        and not _is_authors(second)
        and find_year(second.text) is None
        and not (first.bold or first.italic)
    ):
        roles[0], roles[1] = "authors", "title"
    elif (
        (first.bold or first.italic)
        and not first.bold_spans
        and (_is_authors(second) or looks_like_author_list(second.text) >= LONE_NAME_SCORE)
    ):
        roles[0], roles[1] = "title", "authors"
    return roles


def _not_papers_heading(text: str) -> bool:
    """A heading whose marked items are not the owner's papers: talks, posters, news, mentoring."""
    return bool(rx.NOT_PUBLICATION_HEADING_RE.search(text) or prx.NOT_PAPER_PAGE_HEADING_RE.search(text))


def _rejoined(sections: list[Section]) -> list[Section]:
    """Sections opened at a line of a marked item (a structure model took a card's title for a
    heading) go back into the section before them: the markup says the line is part of an entry."""
    out: list[Section] = []
    for section in sections:
        heading = section.heading
        if out and heading is not None and heading.item is not None:
            previous = out[-1]
            out[-1] = dataclasses.replace(previous, lines=(*previous.lines, heading, *section.lines))
        else:
            out.append(section)
    return out


def _item_blocks(section: Section) -> list[Block]:
    """One block per marked item, its title lines first, with the sub-kind of the entry it is in."""
    subkind_of: dict[int, str | None] = {}
    for block in split_entries(section):
        for line in block.lines:
            if line.item is not None:
                subkind_of.setdefault(line.item, block.subkind)
    items: dict[int, list[Line]] = {}
    excluded = False  # under a sub-heading such as "Abstracts and Posters" inside the section
    for line in section.lines:
        if line.item is None and line.heading_level is not None:
            excluded = _not_papers_heading(line.text)
        elif line.item is not None and not excluded:
            items.setdefault(line.item, []).append(line)
    blocks: list[Block] = []
    for item, lines in items.items():
        if any(prx.PRESENTED_ITEM_LINE_RE.match(ln.text) for ln in lines[1:]):
            continue  # "Poster · Annual Meeting of X": a poster or a talk given there, not a paper
        if all(ln.role in (None, "links") for ln in lines):  # no parts named: emphasis may tell them
            named = _paragraph_roles(lines)
            lines = [dataclasses.replace(ln, role=r) if r else ln for ln, r in zip(lines, named, strict=True)]
        roles = {ln.role for ln in lines}
        if "title" in roles:
            # badges and venue-abbreviation columns before the title are labels, not parts
            first = next(i for i, ln in enumerate(lines) if ln.role == "title")
            before = [ln for ln in lines[:first] if ln.role is not None]
            after = [ln for ln in lines[first:] if ln.role != "title"]
            titles = [_without_trailing_link(ln) for ln in lines if ln.role == "title"]
            rows = [row for _, row in titles if row is not None]  # the title's links go last
            ordered = [title for title, _ in titles] + before + after + rows
        elif roles & {"authors", "venue"}:
            ordered = _one_citation(lines)
        elif len(lines) > 1:  # no parts named: the publication parser reads the lines as they are
            title, row = _without_trailing_link(lines[0])
            ordered = [title, *lines[1:], *([row] if row else [])]
        else:
            ordered = lines
        # the links on an authors line are the co-authors' pages, not the paper's
        ordered = [dataclasses.replace(ln, links=()) if ln.role == "authors" else ln for ln in ordered]
        blocks.append(Block(lines=tuple(ordered), subkind=subkind_of.get(item, section.subkind)))
    return blocks


def _without_trailing_link(line: Line) -> tuple[Line, Line | None]:
    """A title line that ends in a link to the paper ("A Study of X arXiv:2406.01234", "A Study of X |
    pdf"): the title, and the link as a row of its own (None when the line ends otherwise)."""
    if not line.links:
        return line, None
    link = line.links[-1]
    text = line.text.rstrip()
    label = " ".join(link.text.split())
    if not label or not text.endswith(label) or not prx.TITLE_LINK_TEXT_RE.fullmatch(label):
        return line, None
    title = text[: -len(label)].rstrip(prx.TITLE_LINK_SEPARATOR)
    if not title:
        return line, None
    return (
        dataclasses.replace(line, text=title, links=line.links[:-1]),
        dataclasses.replace(line, text=label, links=(link,), role="links", bold=False, bold_spans=()),
    )


def _one_citation(lines: list[Line]) -> list[Line]:
    """An item whose markup names its authors but not its title (a Hugo citation view: authors,
    then "(2024). Title. Venue.") is one citation: its lines are joined, its link rows' targets kept."""
    text = [ln for ln in lines if ln.role != "links"]
    if len(text) < 2:
        return lines
    joined = dataclasses.replace(
        text[0],
        text=" ".join(ln.text for ln in text),
        role=None,
        bold_spans=tuple(s for ln in text for s in ln.bold_spans),
        italic_spans=tuple(s for ln in text for s in ln.italic_spans),
        links=tuple(span for ln in lines for span in ln.links),
    )
    return [joined]
