"""What every field handler shares: its signature, its context, its result, its evidence.

A handler is ``handler(section, ctx) -> Found``. Section handlers (one per ``SectionKind``, the
``SECTION_HANDLERS`` table in ``fields/__init__.py``) get one section; the document handlers
(person, statement) get one section spanning the lines they read, and find the document and its
segmentation in ``ctx``. Handlers import this module, ``extractor.parse`` and ``segment``, never
each other (a test and ruff's banned-api rule keep it so).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, fields, replace
from typing import TYPE_CHECKING, Literal, overload

from extractor.document import (
    Block,
    Candidate,
    CandidateField,
    Document,
    DocumentKind,
    Items,
    Line,
    MediaType,
    PersonFacts,
    Section,
)
from extractor.parse.places import split_affiliation
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

if TYPE_CHECKING:
    from extractor.learn.items import LearnedFields


@dataclass(frozen=True, slots=True)
class ParseContext:
    """Per-document state handed to every handler."""

    source_index: int
    kind: DocumentKind
    use_nlp: bool
    use_models: bool = True  # False: the rules alone (benchmarks compare the two)
    model_dir: str | None = None  # read the learned models here instead of the package's (crossval's folds)
    equal_marks: frozenset[str] = frozenset()  # symbols the document defines as equal contribution
    document: Document | None = None  # for the document handlers: the title, the media type
    sections: tuple[Section, ...] = ()  # the document's segmentation, for the document handlers
    cited: tuple[Publication, ...] = ()  # a statement's reference list, read before its prose
    owner_name: str | None = None  # the document's own reading of its owner's name (the header's), if any


TextFact = Literal["advisors", "emails", "phones", "research_interests", "interests", "courses"]


def _split_affiliation_candidate(candidate: Candidate) -> Candidate:
    organization, department = split_affiliation(candidate.value)
    return replace(candidate, value=organization or candidate.value, department=department)


@dataclass(slots=True)
class Found:
    """What one handler found: contract items by list, facts about the person, a statement."""

    education: list[Education] = field(default_factory=list)
    experience: list[Experience] = field(default_factory=list)
    publications: list[Publication] = field(default_factory=list)
    teaching: list[Teaching] = field(default_factory=list)
    service: list[Service] = field(default_factory=list)
    awards: list[Award] = field(default_factory=list)
    skills: list[Skill] = field(default_factory=list)
    talks: list[Talk] = field(default_factory=list)
    grants: list[Grant] = field(default_factory=list)
    statement: Statement | None = None
    name: list[Candidate] = field(default_factory=list)
    native_name: list[Candidate] = field(default_factory=list)
    position: list[Candidate] = field(default_factory=list)
    affiliation: list[Candidate] = field(default_factory=list)
    department: list[Candidate] = field(default_factory=list)
    location: list[Candidate] = field(default_factory=list)
    summary: list[Candidate] = field(default_factory=list)
    advisors: list[str] = field(default_factory=list)
    emails: list[str] = field(default_factory=list)
    phones: list[str] = field(default_factory=list)
    links: list[tuple[LinkKind, str]] = field(default_factory=list)  # (kind, url)
    research_interests: list[str] = field(default_factory=list)
    interests: list[str] = field(default_factory=list)
    courses: list[str] = field(default_factory=list)

    @overload
    def add(self, name: Literal["education"], *values: Education) -> None: ...
    @overload
    def add(self, name: Literal["experience"], *values: Experience) -> None: ...
    @overload
    def add(self, name: Literal["publications"], *values: Publication) -> None: ...
    @overload
    def add(self, name: Literal["teaching"], *values: Teaching) -> None: ...
    @overload
    def add(self, name: Literal["service"], *values: Service) -> None: ...
    @overload
    def add(self, name: Literal["awards"], *values: Award) -> None: ...
    @overload
    def add(self, name: Literal["skills"], *values: Skill) -> None: ...
    @overload
    def add(self, name: Literal["talks"], *values: Talk) -> None: ...
    @overload
    def add(self, name: Literal["grants"], *values: Grant) -> None: ...
    def add(self, name: str, *values: object) -> None:
        """Append contract items to the list ``name`` (a contract list name, checked by mypy)."""
        getattr(self, name).extend(values)

    @overload
    def fact(self, name: CandidateField, *values: Candidate) -> None: ...
    @overload
    def fact(self, name: TextFact, *values: str) -> None: ...
    @overload
    def fact(self, name: Literal["links"], *values: tuple[LinkKind, str]) -> None: ...
    def fact(self, name: str, *values: object) -> None:
        """Append facts about the person to ``name`` (a ``PersonFacts`` field, checked by mypy). An
        affiliation is split here, once, into the organization and its department part."""
        if name == "affiliation":
            values = tuple(_split_affiliation_candidate(v) for v in values if isinstance(v, Candidate))
        getattr(self, name).extend(values)

    def merge(self, other: Found) -> None:
        for f in fields(self):
            if f.name == "statement":
                self.statement = self.statement or other.statement
            else:
                getattr(self, f.name).extend(getattr(other, f.name))

    def items(self) -> Items:
        return Items(
            education=tuple(self.education),
            experience=tuple(self.experience),
            publications=tuple(self.publications),
            teaching=tuple(self.teaching),
            service=tuple(self.service),
            awards=tuple(self.awards),
            skills=tuple(self.skills),
            talks=tuple(self.talks),
            grants=tuple(self.grants),
        )

    def person(self) -> PersonFacts:
        return PersonFacts(
            name=tuple(self.name),
            native_name=tuple(self.native_name),
            position=tuple(self.position),
            affiliation=tuple(self.affiliation),
            department=tuple(self.department),
            location=tuple(self.location),
            summary=tuple(self.summary),
            advisors=tuple(self.advisors),
            emails=tuple(self.emails),
            phones=tuple(self.phones),
            links=tuple(self.links),
            research_interests=tuple(self.research_interests),
            interests=tuple(self.interests),
            courses=tuple(self.courses),
        )


Handler = Callable[[Section, "ParseContext"], Found]


def evidence_for(lines: Sequence[Line] | Iterable[Line] | Block, ctx: ParseContext) -> Evidence:
    """Evidence from the lines an item was parsed from (built once, where the item is born)."""
    seq = lines.lines if isinstance(lines, Block) else tuple(lines)
    page = next((ln.page for ln in seq if ln.page is not None), None)
    return Evidence(source=ctx.source_index, page=page, text="\n".join(ln.text for ln in seq))


@dataclass(frozen=True, slots=True)
class EntryText:
    """One entry as a token model reads it: lines joined by line breaks, and its bold and italic runs
    (a whole bold line is one run)."""

    text: str
    bold: tuple[str, ...]
    italic: tuple[str, ...]

    @property
    def flat(self) -> str:
        """The entry on one line, as the rules read it."""
        return " ".join(self.text.split("\n"))


def entry_text(lines: Sequence[Line]) -> EntryText:
    texts = [line.text.strip() for line in lines]
    bold = tuple(t for line, t in zip(lines, texts, strict=True) if line.bold and t)
    italic = tuple(t for line, t in zip(lines, texts, strict=True) if line.italic and t)
    return EntryText(
        text="\n".join(texts),
        bold=bold + tuple(s for line in lines if not line.bold for s in line.bold_spans),
        italic=italic + tuple(s for line in lines if not line.italic for s in line.italic_spans),
    )


def learned_fields(list_name: str, entry: EntryText, ctx: ParseContext) -> LearnedFields | None:
    """The learned entry-field model's fields for one entry of a list (``extractor.learn.items``), or
    None when models are off or that list's model is not there."""
    if not ctx.use_models:
        return None
    from extractor.learn.items import label_item

    return label_item(list_name, entry.text, model_dir=ctx.model_dir, bold=entry.bold, italic=entry.italic)


def is_page(doc: Document | None, ctx: ParseContext) -> bool:
    """A homepage, or any HTML page (the classifier may call a page with a long research paragraph
    a statement): its bio, interest lists and marked publications are read the homepage's way."""
    return ctx.kind is DocumentKind.HOMEPAGE or (doc is not None and doc.source.media_type is MediaType.HTML)
