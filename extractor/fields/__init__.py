"""Parse fields: sections -> contract items with evidence, and facts about the person.

``parse_document`` runs one parser per section kind (the ``SECTION_HANDLERS`` table, in the
style of trafilatura's ``handle_*``), then the person handler over the header and prose, and for
statements the statement handler. Handlers return values; they never reach into other sections
or into the profile. Anything that needs the whole profile (the owner in author lists, merging
documents) waits for assemble.
"""

from __future__ import annotations

import dataclasses
import logging

from extractor.document import Document, DocumentKind, Extraction, Section, SectionKind
from extractor.fields import (
    awards,
    education,
    experience,
    grants,
    header,
    lists,
    publications,
    service,
    skills,
    statement,
    talks,
    teaching,
)
from extractor.fields.context import Found, Handler, ParseContext, evidence_for
from extractor.parse.theses import thesis_degree

logger = logging.getLogger(__name__)
__all__ = [
    "SECTION_HANDLERS",
    "Found",
    "Handler",
    "ParseContext",
    "evidence_for",
    "parse_document",
    "rule_hints",
]
# the publication rules' reading of an entry as token features: the citation model trains with them
rule_hints = publications.rule_hints

# In a statement only these sections hold lists; the others are prose for the statement parser.
STATEMENT_SECTION_KINDS = frozenset(
    {SectionKind.COURSES, SectionKind.RESEARCH_INTERESTS, SectionKind.PUBLICATIONS, SectionKind.REFERENCES}
)
STATEMENT_KINDS = (DocumentKind.RESEARCH_STATEMENT, DocumentKind.TEACHING_STATEMENT)

SECTION_HANDLERS: dict[SectionKind, Handler] = {
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
# The document handlers, of the same signature: the person (a section spanning the document) and,
# for statements, the statement (a section of its prose lines).
PERSON_HANDLER: Handler = header.parse_person
STATEMENT_HANDLER: Handler = statement.parse_statement


def parse_document(doc: Document, sections: list[Section], ctx: ParseContext) -> Extraction:
    """Run the section handlers, the person handler and (for statements) the statement handler."""
    ctx = dataclasses.replace(
        ctx,
        equal_marks=publications.document_equal_marks(doc.lines),
        document=doc,
        sections=tuple(sections),
    )
    found = Found()
    unparsed: list[str] = []
    for section in sections:
        if ctx.kind in STATEMENT_KINDS and section.kind not in STATEMENT_SECTION_KINDS:
            continue  # a statement's "Teaching Experience" is prose, read by the statement parser
        kind = section.kind
        if ctx.kind in STATEMENT_KINDS and kind is SectionKind.REFERENCES:
            kind = SectionKind.PUBLICATIONS  # a statement's references are its cited works, not referees
        handler = SECTION_HANDLERS.get(kind)
        if handler is not None:
            try:
                found.merge(handler(section, ctx))
            except Exception as e:  # a handler bug loses one section, not the document; and says so
                logger.debug("section handler failed on %s", doc.source.path, exc_info=True)
                label = section.label or kind.value
                unparsed.append(
                    f"{doc.source.path}: the '{label}' section could not be parsed ({type(e).__name__})"
                )
    whole = Section(kind=SectionKind.OTHER, heading=None, lines=doc.lines)
    found.merge(PERSON_HANDLER(whole, ctx))
    if ctx.kind in STATEMENT_KINDS:
        prose = tuple(
            ln
            for sec in sections
            if sec.kind not in (SectionKind.REFERENCES, SectionKind.PUBLICATIONS)
            for ln in ((sec.heading,) if sec.heading else ()) + sec.lines
        )
        cited = dataclasses.replace(ctx, cited=tuple(found.publications))
        found.merge(STATEMENT_HANDLER(Section(SectionKind.STATEMENT, None, prose), cited))
    return Extraction(
        source=doc.source,
        kind=ctx.kind,
        person=found.person(),
        items=found.items(),
        statement=found.statement,
        theses=tuple(thesis_degree(p) for p in found.publications if p.kind == "thesis"),
        warnings=(*doc.warnings, *unparsed),
    )
