"""Guess what kind of document this is (cv, homepage, statements, publication list) from content.

Cues measured once (``measure``), then named strategies tried in order (``STRATEGIES``), the first
answer winning: first-person prose with few headings and a statement title is a statement (a web
page only when its title says so: a homepage bio is first-person prose too)
(teaching words decide which; a diversity statement, by its title or its words, is of kind ``other``:
the contract has no diversity kind, and ``reads_as_statement`` tells the parser to read it as one);
many CV section headings make a CV (a PDF more so); HTML, or
text with a bio sentence, makes a homepage; a document whose first heading is publications and
that has no education heading is a publication list. ``--kind`` overrides all of this.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from extractor.document import Document, DocumentKind, MediaType
from extractor.patterns import heading_kind, words
from extractor.patterns.regexes import (
    FIRST_PERSON_RE,
    HOMEPAGE_BIO_RE,
    RESEARCH_STATEMENT_TITLE_RE,
    SENTENCE_END_RE,
    TEACHING_STATEMENT_TITLE_RE,
    TEACHING_WORD_RE,
)
from extractor.patterns.statement_regexes import DIVERSITY_STATEMENT_TITLE_RE, WORD_TOKEN_RE

# Lines this long are prose, not CV entries (characters).
PROSE_LINE_CHARS = 60
# A statement has at most this many vocabulary headings per 100 lines.
STATEMENT_MAX_HEADING_RATE = 6.0
# First-person words per line above which a text reads as a statement.
STATEMENT_MIN_FIRST_PERSON = 0.25
# A statement is prose: at most this share of its lines are list items.
STATEMENT_MAX_LIST_SHARE = 0.15
# A PDF or Word document this much prose (share of long lines), with no education heading and few
# list items, is a statement when it has few headings or much first person, whatever its opening.
STATEMENT_PROSE_SHARE = 0.75
STATEMENT_PROSE_MAX_HEADING_RATE = 2.0
STATEMENT_PROSE_MIN_FIRST_PERSON = 0.4
# A statement using this many words of ``diversity_words.txt`` per 100 words (of its first 400 lines),
# and at least DIVERSITY_MIN_WORDS of them, is a diversity statement (research and teaching statements
# of the corpus use at most 0.7, diversity statements 1 to 7).
DIVERSITY_MIN_RATE = 0.8
DIVERSITY_MIN_WORDS = 5
# Headings from this set make a CV.
CV_SECTIONS = frozenset(
    {"education", "experience", "publications", "skills", "awards", "teaching", "service"}
)


@dataclass(frozen=True, slots=True)
class Cues:
    """What the strategies look at, measured once per document."""

    media_type: MediaType
    lines: int  # how many
    headings: tuple[str, ...]  # section kinds of the vocabulary headings, in order
    first_person: float  # first-person words per line
    prose_share: float  # share of lines of PROSE_LINE_CHARS or more
    heading_rate: float  # vocabulary headings per 100 lines
    list_share: float  # share of lines that are list items
    teaching_title: bool  # a teaching-statement title in the first lines
    research_title: bool  # a research-statement title in the first lines
    bio_opening: bool  # a homepage bio sentence in the first lines
    bio_anywhere: bool  # a homepage bio sentence in the first 400 lines
    teaching_words: int  # teaching words in the first 400 lines
    diversity_title: bool = False  # a diversity-statement title in the first lines
    diversity_words: int = 0  # words of diversity statements in the first 400 lines
    diversity_rate: float = 0.0  # ... per 100 words
    opens_with_publications: bool = False  # the first line is a publications heading

    @property
    def kinds(self) -> frozenset[str]:
        return frozenset(self.headings)


def measure(doc: Document) -> Cues:
    """The cues of a document with at least one line."""
    lines = doc.lines
    # a title is not a sentence: "Here are my CV and my research statement." on a homepage is a link
    head = " ".join(line.text for line in lines[:8] if not SENTENCE_END_RE.search(line.text))
    first = heading_kind(lines[0].text) if len(lines[0].text) <= 80 else None
    headings = tuple(m.kind for m in (heading_kind(ln.text) for ln in lines if len(ln.text) <= 80) if m)
    text = " ".join(line.text for line in lines[:400])
    tokens = WORD_TOKEN_RE.findall(text.casefold())
    diversity = sum(1 for token in tokens if token.strip("'’-") in words("diversity_words"))
    n = len(lines)
    return Cues(
        media_type=doc.source.media_type,
        lines=n,
        headings=headings,
        first_person=len(FIRST_PERSON_RE.findall(text)) / n,
        prose_share=sum(1 for ln in lines if len(ln.text) >= PROSE_LINE_CHARS) / n,
        heading_rate=100.0 * len(headings) / n,
        list_share=sum(1 for ln in lines if ln.list_item) / n,
        teaching_title=bool(TEACHING_STATEMENT_TITLE_RE.search(head)),
        research_title=bool(RESEARCH_STATEMENT_TITLE_RE.search(head)),
        bio_opening=bool(HOMEPAGE_BIO_RE.search(" ".join(line.text for line in lines[:12]))),
        bio_anywhere=bool(HOMEPAGE_BIO_RE.search(text)),
        teaching_words=len(TEACHING_WORD_RE.findall(text)),
        diversity_title=bool(DIVERSITY_STATEMENT_TITLE_RE.search(head)),
        diversity_words=diversity,
        diversity_rate=100.0 * diversity / len(tokens) if tokens else 0.0,
        opens_with_publications=first is not None and first.kind == "publications",
    )


# --- the strategies, tried in order: the first that answers wins ----------------------------


def statement(c: Cues) -> DocumentKind | None:
    """A statement title, or first-person prose with few headings, no list and no education; or a
    PDF that is almost all prose with no education heading (a statement that opens with its subject).
    A web page is one only by its title, and not when it opens with a bio sentence ("I am ...").
    A diversity statement (its title, or many diversity words and no research or teaching title) is
    of kind other."""
    titled = c.teaching_title or c.research_title or c.diversity_title
    if c.media_type is MediaType.HTML and (c.bio_opening or not titled):
        return None
    statement_like = (
        not c.bio_opening
        and c.list_share < STATEMENT_MAX_LIST_SHARE
        and c.first_person >= STATEMENT_MIN_FIRST_PERSON
        and c.prose_share >= 0.5
        and c.heading_rate <= STATEMENT_MAX_HEADING_RATE
        and "education" not in c.kinds
    )
    prose_document = (
        c.media_type in (MediaType.PDF, MediaType.DOCX)
        and c.prose_share >= STATEMENT_PROSE_SHARE
        and c.list_share < STATEMENT_MAX_LIST_SHARE
        and "education" not in c.kinds
        and (
            c.heading_rate <= STATEMENT_PROSE_MAX_HEADING_RATE
            or c.first_person >= STATEMENT_PROSE_MIN_FIRST_PERSON
        )
    )
    if not (titled or statement_like or prose_document):
        return None
    if is_diversity(c):
        return DocumentKind.OTHER
    if c.teaching_title or (not c.research_title and c.teaching_words >= max(8, c.lines // 6)):
        return DocumentKind.TEACHING_STATEMENT
    return DocumentKind.RESEARCH_STATEMENT


def is_diversity(c: Cues) -> bool:
    """A diversity statement's title, or its words (untitled, or under a title naming no other kind)."""
    if c.diversity_title:
        return True
    worded = c.diversity_words >= DIVERSITY_MIN_WORDS and c.diversity_rate >= DIVERSITY_MIN_RATE
    return worded and not (c.teaching_title or c.research_title)


def homepage_by_bio_opening(c: Cues) -> DocumentKind | None:
    """A page (not a PDF) that opens with a bio sentence ("I am a PhD student at ...")."""
    documents = (MediaType.PDF, MediaType.DOCX)  # documents, not web pages
    return DocumentKind.HOMEPAGE if c.bio_opening and c.media_type not in documents else None


def publication_list(c: Cues) -> DocumentKind | None:
    """The first heading is publications and there is no education heading; a web page only when it
    opens with that heading (a homepage lists its publications after its greeting)."""
    if c.media_type is MediaType.HTML and not c.opens_with_publications:
        return None
    if c.headings and c.headings[0] == "publications" and "education" not in c.kinds:
        return DocumentKind.PUBLICATION_LIST
    return None


def homepage(c: Cues) -> DocumentKind | None:
    """HTML, or a text with a bio sentence and few CV headings."""
    pdf = c.media_type in (MediaType.PDF, MediaType.DOCX)  # documents, not web pages
    if c.media_type is MediaType.HTML or (c.bio_anywhere and len(c.kinds & CV_SECTIONS) < 4 and not pdf):
        return DocumentKind.HOMEPAGE
    return None


def cv(c: Cues) -> DocumentKind | None:
    """Two or more CV headings, or any PDF or Word document not recognised by now."""
    if len(c.kinds & CV_SECTIONS) >= 2 or c.media_type in (MediaType.PDF, MediaType.DOCX):
        return DocumentKind.CV
    return None


STRATEGIES: tuple[Callable[[Cues], DocumentKind | None], ...] = (
    statement,
    homepage_by_bio_opening,
    publication_list,
    homepage,
    cv,
)


def reads_as_statement(doc: Document) -> bool:
    """Whether a document reads as a statement of any kind (a diversity statement is of kind other, and
    is still read as a statement)."""
    return bool(doc.lines) and statement(measure(doc)) is not None


def guess_kind(doc: Document) -> DocumentKind:
    """Return the most likely DocumentKind of a repaired document: the first strategy's answer."""
    if not doc.lines:
        return DocumentKind.OTHER
    cues = measure(doc)
    for strategy in STRATEGIES:
        kind = strategy(cues)
        if kind is not None:
            return kind
    return DocumentKind.OTHER
