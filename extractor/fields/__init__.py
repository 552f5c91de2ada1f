"""Parse fields: sections -> contract items with evidence, and facts about the person.

``parse_document`` runs one parser per section kind (the ``SECTION_HANDLERS`` table, in the
style of trafilatura's ``handle_*``), then the person handler over the header and prose, and for
statements the statement handler. Handlers return values; they never reach into other sections
or into the profile. Anything that needs the whole profile (the owner in author lists, merging
documents) waits for assemble.
"""

from __future__ import annotations

import dataclasses
import functools
import logging

from extractor.classify import reads_as_statement
from extractor.document import Block, Document, DocumentKind, Extraction, MediaType, Section, SectionKind
from extractor.fields import (
    awards,
    education,
    experience,
    grants,
    header,
    lists,
    markup,
    publications,
    service,
    skills,
    statement,
    talks,
    teaching,
)
from extractor.fields.context import Found, Handler, ParseContext, evidence_for, is_page
from extractor.parse import bio
from extractor.parse.theses import thesis_degree
from extractor.profile import Publication

logger = logging.getLogger(__name__)
__all__ = [
    "SECTION_HANDLERS",
    "Found",
    "Handler",
    "ParseContext",
    "evidence_for",
    "parse_document",
    "rule_entry_fields",
    "rule_hints",
]
# the publication rules' reading of an entry as token features: the citation model trains with them
rule_hints = publications.rule_hints

STATEMENT_KINDS = (DocumentKind.RESEARCH_STATEMENT, DocumentKind.TEACHING_STATEMENT)

SECTION_HANDLERS: dict[SectionKind, Handler] = {
    SectionKind.EDUCATION: education.parse_education,
    SectionKind.EXPERIENCE: experience.parse_experience,
    SectionKind.PUBLICATIONS: publications.parse_publications,
    SectionKind.TEACHING: teaching.parse_teaching,
    SectionKind.SERVICE: service.parse_service,
    SectionKind.AWARDS: functools.partial(awards.parse_awards, grant_reader=grants.grant_of_block),
    SectionKind.TALKS: talks.parse_talks,
    SectionKind.GRANTS: functools.partial(grants.parse_grants, award_reader=awards.award_of_block),
    SectionKind.SKILLS: skills.parse_skills,
    SectionKind.COURSES: lists.parse_courses,
    SectionKind.INTERESTS: lists.parse_interests,
    SectionKind.RESEARCH_INTERESTS: lists.parse_research_interests,
}
# The document handlers, of the same signature: the person (a section spanning the document) and,
# for statements, the statement (a section of its prose lines).
PERSON_HANDLER: Handler = header.parse_person
STATEMENT_HANDLER: Handler = statement.parse_statement


def rule_entry_fields(block: Block, kind: str, ctx: ParseContext) -> dict[str, str | None]:
    """What the rule parsers alone say about one education or experience entry: the entry
    model's rule features (``extractor/learn/entries.py``)."""
    if kind == "education":
        edu = education.parse_education_block(block, ctx, use_model=False)
        if edu is None:
            return {}
        return {"degree": edu.degree, "field": edu.field, "institution": edu.institution}
    exp = experience.parse_experience_block(block, ctx, use_model=False)
    return {} if exp is None else {"title": exp.title, "organization": exp.organization}


def parse_document(doc: Document, sections: list[Section], ctx: ParseContext) -> Extraction:
    """Run the section handlers, the person handler and (for statements) the statement handler."""
    ctx = dataclasses.replace(
        ctx,
        equal_marks=publications.document_equal_marks(doc.lines),
        document=doc,
        sections=tuple(sections),
    )
    # a document of kind other that reads as a statement (a diversity statement) is read as one
    is_statement = ctx.kind in STATEMENT_KINDS or (ctx.kind is DocumentKind.OTHER and reads_as_statement(doc))
    # the person first: the owner's name the header gives helps find the owner in author lists
    whole = Section(kind=SectionKind.OTHER, heading=None, lines=doc.lines)
    person = PERSON_HANDLER(whole, ctx)
    if person.name:
        ctx = dataclasses.replace(ctx, owner_name=min(person.name, key=lambda c: c.rank).value)
    found = Found()
    reference_list: list[Publication] = []  # a statement's cited works: not the person's publications
    unparsed: list[str] = []
    # publication items the page's markup delimits (only an HTML page has them, whatever kind the
    # classifier gave it: a homepage with a long research paragraph can look like a statement)
    if doc.source.media_type is MediaType.HTML:  # a page's paragraphs delimit its entries
        sections = markup.mark_paragraph_items(sections)
    sections, marked = markup.take_marked_publications(sections, ctx, publications.parse_publication_block)
    found.merge(marked)
    if is_page(doc, ctx):  # a theme's "Interests" list of topics is the research's
        kept: list[Section] = []
        for section in sections:
            for part in bio.research_topics(section):
                if section.kind is SectionKind.INTERESTS and part.kind is SectionKind.RESEARCH_INTERESTS:
                    found.fact("research_interests", *bio.topic_lines(part))  # one topic a line
                else:
                    kept.append(part)
        sections = kept
    for section in sections:
        # in a statement: its reference list is its cited works (not referees, whatever its heading),
        # its "Teaching Experience" is prose, read by the statement parser
        kind = statement.section_kind(section) if is_statement else section.kind
        if kind is None:
            continue
        handler = SECTION_HANDLERS.get(kind)
        if handler is not None:
            try:
                result = handler(section, ctx)
                if is_statement and statement.is_reference_list(section):
                    reference_list.extend(result.publications)
                    result.publications = []
                found.merge(result)
            except Exception as e:  # a handler bug loses one section, not the document; and says so
                logger.debug("section handler failed on %s", doc.source.path, exc_info=True)
                label = section.label or kind.value
                unparsed.append(
                    f"{doc.source.path}: the '{label}' section could not be parsed ({type(e).__name__})"
                )
    found.merge(person)
    if is_statement:
        prose = tuple(
            ln
            for sec in sections
            if statement.section_kind(sec) not in (SectionKind.REFERENCES, SectionKind.PUBLICATIONS)
            for ln in ((sec.heading,) if sec.heading else ()) + sec.lines
        )
        cited = dataclasses.replace(ctx, cited=(*reference_list, *found.publications))
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
