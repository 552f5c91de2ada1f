"""Internal data that flows between stages: frozen, slotted dataclasses and StrEnums.

read -> Document(lines) -> repair -> Document -> segment -> [Section] -> split -> [Block]
     -> fields -> Extraction -> assemble -> Profile (the contract, in profile.py).

Only the contract is validated (Pydantic); these types are plain and cheap. A ``Line`` is the
unit of evidence: it is born in a reader with its page, geometry and font cues, and keeps its
``number`` through repair so evidence always points home.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, fields
from enum import StrEnum
from typing import Literal

from extractor.profile import (
    Award,
    Education,
    Evidence,
    Experience,
    Grant,
    LinkKind,
    Publication,
    Service,
    Skill,
    Statement,
    Talk,
    Teaching,
)


class MediaType(StrEnum):
    PDF = "application/pdf"
    HTML = "text/html"
    TEXT = "text/plain"
    MARKDOWN = "text/markdown"
    DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


class DocumentKind(StrEnum):
    CV = "cv"
    HOMEPAGE = "homepage"
    RESEARCH_STATEMENT = "research_statement"
    TEACHING_STATEMENT = "teaching_statement"
    PUBLICATION_LIST = "publication_list"
    OTHER = "other"


class SectionKind(StrEnum):
    HEADER = "header"  # everything before the first heading: name, contact, tagline
    ABOUT = "about"
    RESEARCH_INTERESTS = "research_interests"
    EDUCATION = "education"
    EXPERIENCE = "experience"
    PUBLICATIONS = "publications"
    TEACHING = "teaching"
    SERVICE = "service"
    AWARDS = "awards"
    SKILLS = "skills"
    COURSES = "courses"
    TALKS = "talks"
    GRANTS = "grants"
    INTERESTS = "interests"
    CONTACT = "contact"
    REFERENCES = "references"
    STATEMENT = "statement"  # a themed part of a research/teaching statement
    OTHER = "other"


@dataclass(frozen=True, slots=True)
class SourceInfo:
    """What becomes ``profile.sources[index]``."""

    index: int
    path: str
    media_type: MediaType
    sha256: str
    pages: int | None = None


@dataclass(frozen=True, slots=True)
class LinkSpan:
    """A hyperlink that sits on (part of) a line: its visible text and its target."""

    text: str
    url: str


@dataclass(frozen=True, slots=True)
class Anchor:
    """A hyperlink of an HTML page as its markup gives it, icon links included (they have no text).

    ``label`` joins what names the link for a reader without the icon: ``aria-label``, ``title``
    and the icon's class names ("fa-github"); ``zone`` says where it sits: "nav" (site
    navigation), "footer" (credits), "entry" (inside a list entry, e.g. a publication), else "page".
    """

    url: str
    text: str = ""
    label: str = ""
    zone: str = "page"
    heading: str = ""  # the nearest heading of the block the link sits in ("Jane Roe" on a team card)


@dataclass(frozen=True, slots=True)
class Line:
    """One visual line of a document with the cues later stages need."""

    text: str
    number: int  # 0-based, stable through repair
    page: int | None = None  # 1-based; None for HTML and text
    heading_level: int | None = None  # h1..h6, '#' x n
    size: float | None = None  # dominant font size (PDF)
    bold: bool = False  # fontname ~ Bold/Black/Heavy, <b>/<strong>, **...**
    italic: bool = False
    x0: float | None = None  # PDF: points from the page's left edge; text: leading spaces
    x1: float | None = None
    top: float | None = None  # points from the page's top edge
    bottom: float | None = None
    list_item: bool = False  # starts with a bullet, <li>, '- ' or '• '
    blank_before: bool = False  # a visual gap (blank line, paragraph break) precedes it
    break_before: bool = False  # a large gap (2+ blank lines, a big vertical jump): a likely section end
    bold_spans: tuple[str, ...] = ()  # bold runs inside an otherwise regular line (owner names)
    # PDF: the bold runs of a mostly bold line that has a regular word ("**A Study of Widgets**
    # Manuscript in preparation": a bold title before a regular tail); () for a line all in bold
    mostly_bold_spans: tuple[str, ...] = ()
    italic_spans: tuple[str, ...] = ()  # italic runs inside an otherwise regular line (an employer)
    links: tuple[LinkSpan, ...] = ()
    cells: tuple[str, ...] = ()  # PDF: the row's segments when wide gaps split it ("Title", "2019 - 2021")
    item: int | None = None  # HTML: the publication item the markup puts the line in (its index)
    role: str | None = None  # HTML: the item part the markup names: "title", "authors" or "venue"


@dataclass(frozen=True, slots=True)
class Document:
    source: SourceInfo
    lines: tuple[Line, ...]
    kind: DocumentKind | None = None
    title: str | None = None  # HTML <title>, PDF metadata title
    warnings: tuple[str, ...] = ()
    anchors: tuple[Anchor, ...] = ()  # HTML: every <a href> of the page, in order
    meta: tuple[tuple[str, str], ...] = ()  # HTML: ("og:title", ...), ("author", ...), ("og:url", ...)
    hidden_emails: tuple[str, ...] = ()  # HTML: addresses a script assembles from data, decoded


@dataclass(frozen=True, slots=True)
class Section:
    kind: SectionKind
    heading: Line | None
    lines: tuple[Line, ...]
    label: str | None = None  # the heading text as written ("Workshops")
    subkind: str | None = None  # for publications: conference / journal / preprint / ...
    # set when a structure model labelled the lines: the numbers of the lines that start entries,
    # the sub-heading lines, and each start's confidence; None leaves entries to the layout rules
    entry_starts: frozenset[int] | None = None
    subheadings: frozenset[int] = frozenset()
    start_confidence: tuple[tuple[int, float], ...] = ()


@dataclass(frozen=True, slots=True)
class LineLabel:
    """A structure model's label for one line (HEAD, SUB, B, I, HDR, O) and its probability."""

    label: str
    confidence: float


@dataclass(frozen=True, slots=True)
class Block:
    """One entry of a section: a publication, a job, a degree."""

    lines: tuple[Line, ...]
    subkind: str | None = None  # carried from a sub-heading ("Workshops" -> workshop)
    confidence: float | None = None  # the structure model's confidence that the entry starts here

    @property
    def text(self) -> str:
        return "\n".join(line.text for line in self.lines)


@dataclass(frozen=True, slots=True)
class DateRange:
    """A parsed date or range; dates are ``YYYY`` / ``YYYY-MM`` / ``YYYY-MM-DD`` strings."""

    start: str | None = None
    end: str | None = None
    current: bool = False
    expected: bool = False
    matched: str = ""  # the text the range was read from, so callers can cut it out

    @property
    def empty(self) -> bool:
        return self.start is None and self.end is None and not self.current


@dataclass(frozen=True, slots=True)
class Entity:
    """A named entity from the NLP layer (spaCy stays inside nlp.py)."""

    label: str  # PERSON, ORG, GPE, DATE, ...
    text: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Candidate:
    """A value for a scalar profile field with where it came from, for assemble to choose."""

    value: str
    source: int
    origin: str  # "header", "prose", "experience", "education", "email-domain", ...
    rank: int = 0  # lower wins inside one document
    detail: str = ""  # a qualifier shown when documents disagree ("2nd-year" for "Ph.D. student")
    evidence: Evidence | None = None  # where it was read, for ``facts_evidence`` (when known)
    # an affiliation's department part, split off where the candidate was read ("Soil Science" of
    # "Soil Science Department, Kestrel University"): the department when this affiliation is chosen
    department: str | None = None

    @property
    def shown(self) -> str:
        return f"{self.value} ({self.detail})" if self.detail else self.value


@dataclass(frozen=True, slots=True)
class PersonFacts:
    """Scalar facts about the person found in one document, each as candidates."""

    name: tuple[Candidate, ...] = ()
    native_name: tuple[Candidate, ...] = ()
    position: tuple[Candidate, ...] = ()
    affiliation: tuple[Candidate, ...] = ()
    department: tuple[Candidate, ...] = ()
    location: tuple[Candidate, ...] = ()
    summary: tuple[Candidate, ...] = ()
    advisors: tuple[str, ...] = ()
    emails: tuple[str, ...] = ()
    phones: tuple[str, ...] = ()
    links: tuple[tuple[LinkKind, str], ...] = ()  # (kind, url)
    research_interests: tuple[str, ...] = ()
    interests: tuple[str, ...] = ()
    courses: tuple[str, ...] = ()

    def candidates(self, name: CandidateField) -> tuple[Candidate, ...]:
        """The candidates for one scalar field, by name."""
        value: tuple[Candidate, ...] = getattr(self, name)
        return value


# The scalar facts that come as candidates (the ``PersonFacts`` fields of type tuple[Candidate]).
CandidateField = Literal[
    "name", "native_name", "position", "affiliation", "department", "location", "summary"
]


ContractItem = Education | Experience | Publication | Teaching | Service | Award | Skill | Talk | Grant


@dataclass(frozen=True, slots=True)
class Items:
    """One typed tuple per contract list, holding ``profile.py`` models."""

    education: tuple[Education, ...] = ()
    experience: tuple[Experience, ...] = ()
    publications: tuple[Publication, ...] = ()
    teaching: tuple[Teaching, ...] = ()
    service: tuple[Service, ...] = ()
    awards: tuple[Award, ...] = ()
    skills: tuple[Skill, ...] = ()
    talks: tuple[Talk, ...] = ()
    grants: tuple[Grant, ...] = ()

    def every(self) -> Iterator[ContractItem]:
        """All items, list by list in the contract's order."""
        for f in fields(self):
            yield from getattr(self, f.name)


@dataclass(frozen=True, slots=True)
class Extraction:
    """Everything one document yielded: facts about the person, contract items, a statement."""

    source: SourceInfo
    kind: DocumentKind
    person: PersonFacts
    items: Items = Items()
    statement: Statement | None = None
    theses: tuple[Education, ...] = ()  # theses listed as publications, read as their degrees
    warnings: tuple[str, ...] = ()
