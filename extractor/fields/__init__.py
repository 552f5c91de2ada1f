"""Parse fields: sections -> contract items with evidence, and facts about the person.

``parse_document`` runs one parser per section kind (the ``SECTION_PARSERS`` table, in the
style of trafilatura's ``handle_*``), then the person parser over the header and prose, and for
statements the statement parser. Parsers return values; they never reach into other sections
or into the profile. Anything that needs the whole profile (the owner in author lists, merging
documents) waits for assemble.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field

from extractor.document import (
    Block,
    Document,
    DocumentKind,
    Extraction,
    Line,
    PersonFacts,
    Section,
    SectionKind,
)
from extractor.profile import Evidence

logger = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class ParseContext:
    """Per-document state handed to every parser."""

    source_index: int
    kind: DocumentKind
    use_nlp: bool
    equal_marks: frozenset[str] = frozenset()  # symbols the document defines as equal contribution


@dataclass(slots=True)
class Found:
    """What one section parser found: contract items by list name, plus person facts."""

    items: dict[str, list[object]] = field(default_factory=dict)
    facts: dict[str, list[object]] = field(default_factory=dict)

    def add(self, name: str, *values: object) -> None:
        self.items.setdefault(name, []).extend(values)

    def fact(self, name: str, *values: object) -> None:
        self.facts.setdefault(name, []).extend(values)

    def merge(self, other: Found) -> None:
        for name, values in other.items.items():
            self.add(name, *values)
        for name, values in other.facts.items():
            self.fact(name, *values)


SectionParser = Callable[[Section, ParseContext], Found]
# In a statement only these sections hold lists; the others are prose for the statement parser.
STATEMENT_SECTION_KINDS = frozenset(
    {SectionKind.COURSES, SectionKind.RESEARCH_INTERESTS, SectionKind.PUBLICATIONS, SectionKind.REFERENCES}
)


def evidence_for(lines: tuple[Line, ...] | list[Line] | Block, ctx: ParseContext) -> Evidence:
    """Evidence from the lines an item was parsed from (built once, where the item is born)."""
    seq = lines.lines if isinstance(lines, Block) else tuple(lines)
    page = next((ln.page for ln in seq if ln.page is not None), None)
    return Evidence(source=ctx.source_index, page=page, text="\n".join(ln.text for ln in seq))


def _section_parsers() -> dict[SectionKind, SectionParser]:
    from extractor.fields import (
        awards,
        education,
        experience,
        grants,
        lists,
        publications,
        service,
        skills,
        talks,
        teaching,
    )

    return {
        SectionKind.EDUCATION: education.parse_education,
        SectionKind.EXPERIENCE: experience.parse_experience,
        SectionKind.PUBLICATIONS: publications.parse_publications,
        SectionKind.TEACHING: teaching.parse_teaching,
        SectionKind.SERVICE: service.parse_service,
        SectionKind.AWARDS: awards.parse_awards,
        SectionKind.TALKS: talks.parse_talks,
        SectionKind.GRANTS: grants.parse_grants,
        SectionKind.SKILLS: skills.parse_skills,
        SectionKind.COURSES: lists.parse_courses,
        SectionKind.INTERESTS: lists.parse_interests,
        SectionKind.RESEARCH_INTERESTS: lists.parse_research_interests,
    }


def parse_document(doc: Document, sections: list[Section], ctx: ParseContext) -> Extraction:
    """Run the section parsers, the person parser and (for statements) the statement parser."""
    from extractor.fields import header, publications, statement

    parsers = _section_parsers()
    ctx = ParseContext(
        source_index=ctx.source_index,
        kind=ctx.kind,
        use_nlp=ctx.use_nlp,
        equal_marks=publications.document_equal_marks(doc.lines),
    )
    found = Found()
    unparsed: list[str] = []
    statement_kinds = (DocumentKind.RESEARCH_STATEMENT, DocumentKind.TEACHING_STATEMENT)
    for section in sections:
        if ctx.kind in statement_kinds and section.kind not in STATEMENT_SECTION_KINDS:
            continue  # a statement's "Teaching Experience" is prose, read by the statement parser
        kind = section.kind
        if ctx.kind in statement_kinds and kind is SectionKind.REFERENCES:
            kind = SectionKind.PUBLICATIONS  # a statement's references are its cited works, not referees
        parser = parsers.get(kind)
        if parser is not None:
            try:
                found.merge(parser(section, ctx))
            except Exception as e:  # a parser bug loses one section, not the document; and says so
                logger.debug("section parser failed on %s", doc.source.path, exc_info=True)
                label = section.label or kind.value
                unparsed.append(
                    f"{doc.source.path}: the '{label}' section could not be parsed ({type(e).__name__})"
                )
    found.merge(header.parse_person(doc, sections, ctx))
    statement_result = None
    if ctx.kind in (DocumentKind.RESEARCH_STATEMENT, DocumentKind.TEACHING_STATEMENT):
        prose = [
            ln
            for sec in sections
            if sec.kind not in (SectionKind.REFERENCES, SectionKind.PUBLICATIONS)
            for ln in ((sec.heading,) if sec.heading else ()) + sec.lines
        ]
        statement_result, extra = statement.parse_statement(
            doc, ctx, prose, found.items.get("publications", [])
        )
        found.merge(extra)
    person = _person_facts(found.facts)
    return Extraction(
        source=doc.source,
        kind=ctx.kind,
        person=person,
        items=found.items,
        statement=statement_result,
        warnings=(*doc.warnings, *unparsed),
    )


def _person_facts(facts: dict[str, list[object]]) -> PersonFacts:
    def tup(name: str) -> tuple:  # type: ignore[type-arg]
        return tuple(facts.get(name, ()))

    return PersonFacts(
        name=tup("name"),
        native_name=tup("native_name"),
        position=tup("position"),
        affiliation=tup("affiliation"),
        department=tup("department"),
        location=tup("location"),
        summary=tup("summary"),
        advisors=tup("advisors"),
        emails=tup("emails"),
        phones=tup("phones"),
        links=tup("links"),
        research_interests=tup("research_interests"),
        interests=tup("interests"),
        courses=tup("courses"),
    )
