"""Guess what kind of document this is (cv, homepage, statements, publication list) from content.

Scores, not rules: first-person prose with few headings and a statement title is a statement
(teaching words decide which); many CV section headings make a CV (a PDF more so); HTML, or
text with a bio sentence, makes a homepage; a document whose first heading is publications and
that has no education heading is a publication list. ``--kind`` overrides all of this.
"""

from __future__ import annotations

from extractor.document import Document, DocumentKind, MediaType
from extractor.patterns import heading_kind
from extractor.patterns.regexes import (
    FIRST_PERSON_RE,
    HOMEPAGE_BIO_RE,
    RESEARCH_STATEMENT_TITLE_RE,
    TEACHING_STATEMENT_TITLE_RE,
    TEACHING_WORD_RE,
)

# Lines this long are prose, not CV entries (characters).
PROSE_LINE_CHARS = 60
# A statement has at most this many vocabulary headings per 100 lines.
STATEMENT_MAX_HEADING_RATE = 6.0
# First-person words per line above which a text reads as a statement.
STATEMENT_MIN_FIRST_PERSON = 0.25
# A statement is prose: at most this share of its lines are list items.
STATEMENT_MAX_LIST_SHARE = 0.15
# Headings from this set make a CV.
CV_SECTIONS = frozenset(
    {"education", "experience", "publications", "skills", "awards", "teaching", "service"}
)


def guess_kind(doc: Document) -> DocumentKind:
    """Return the most likely DocumentKind of a repaired document."""
    lines = doc.lines
    if not lines:
        return DocumentKind.OTHER
    head = " ".join(line.text for line in lines[:8])
    headings = [m.kind for m in (heading_kind(ln.text) for ln in lines if len(ln.text) <= 80) if m]
    kinds = set(headings)
    text = " ".join(line.text for line in lines[:400])
    n = len(lines)
    first_person = len(FIRST_PERSON_RE.findall(text)) / n
    prose_share = sum(1 for ln in lines if len(ln.text) >= PROSE_LINE_CHARS) / n
    heading_rate = 100.0 * len(headings) / n
    teaching_title = bool(TEACHING_STATEMENT_TITLE_RE.search(head))
    research_title = bool(RESEARCH_STATEMENT_TITLE_RE.search(head))
    list_share = sum(1 for ln in lines if ln.list_item) / n
    bio_opening = bool(HOMEPAGE_BIO_RE.search(" ".join(line.text for line in lines[:12])))
    statement_like = (
        not bio_opening
        and list_share < STATEMENT_MAX_LIST_SHARE
        and first_person >= STATEMENT_MIN_FIRST_PERSON
        and prose_share >= 0.5
        and heading_rate <= STATEMENT_MAX_HEADING_RATE
        and "education" not in kinds
    )
    if teaching_title or research_title or statement_like:
        teaching = len(TEACHING_WORD_RE.findall(text))
        if teaching_title or (not research_title and teaching >= max(8, n // 6)):
            return DocumentKind.TEACHING_STATEMENT
        return DocumentKind.RESEARCH_STATEMENT
    pdf = doc.source.media_type in (MediaType.PDF, MediaType.DOCX)  # documents, not web pages
    if bio_opening and not pdf:
        return DocumentKind.HOMEPAGE
    if headings and headings[0] == "publications" and "education" not in kinds:
        return DocumentKind.PUBLICATION_LIST
    html = doc.source.media_type is MediaType.HTML
    if html or (HOMEPAGE_BIO_RE.search(text) and len(kinds & CV_SECTIONS) < 4 and not pdf):
        return DocumentKind.HOMEPAGE
    if len(kinds & CV_SECTIONS) >= 2 or pdf:
        return DocumentKind.CV
    return DocumentKind.OTHER
