"""Publications the page's markup delimits: one entry per item the HTML reader marked.

Site generators write each publication as one element (jekyll-scholar's ``<li>`` in
``ol.bibliography``, al-folio's title/author/periodical divs, Hugo and hand-made publication cards,
pandoc's ``csl-entry``), often with its title, authors and venue in elements of their own. The reader
gives each line of such an element the item's index (``Line.item``) and the part the markup names
(``Line.role``). Here each item becomes one block, its title first, read by the publication parser;
the item's lines leave their section, so no other handler reads them again. Items under a heading
that is not about publications (talks, teaching, news; "Conference Abstracts and Posters" that the
segmenter could not name) are left where they are.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from extractor.document import Block, Line, Section, SectionKind
from extractor.fields.context import Found, ParseContext
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
            or (
                section.kind is SectionKind.OTHER
                and rx.NOT_PUBLICATION_HEADING_RE.search(section.label or "")
            )
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
            excluded = rx.NOT_PUBLICATION_HEADING_RE.search(line.text) is not None
        elif line.item is not None and not excluded:
            items.setdefault(line.item, []).append(line)
    blocks: list[Block] = []
    for item, lines in items.items():
        roles = {ln.role for ln in lines}
        if "title" in roles:
            # badges and venue-abbreviation columns before the title are labels, not parts
            first = next(i for i, ln in enumerate(lines) if ln.role == "title")
            before = [ln for ln in lines[:first] if ln.role is not None]
            after = [ln for ln in lines[first:] if ln.role != "title"]
            ordered = [ln for ln in lines if ln.role == "title"] + before + after
        elif roles & {"authors", "venue"}:
            ordered = _one_citation(lines)
        else:
            ordered = lines  # no parts named: the publication parser reads the lines as they are
        blocks.append(Block(lines=tuple(ordered), subkind=subkind_of.get(item, section.subkind)))
    return blocks


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
