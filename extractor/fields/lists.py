"""Flat lists: courses, personal interests (hobbies), research interests."""

from __future__ import annotations

from extractor.document import Section
from extractor.fields.context import Found, ParseContext
from extractor.parse.lists import category_runs, interest_phrases, split_items
from extractor.patterns import regexes as rx


def parse_courses(section: Section, ctx: ParseContext) -> Found:
    """ "Graduate Geology: Sediments, Field Mapping" -> each course once, prefix dropped."""
    found = Found()
    courses: list[str] = []
    for line in section.lines:
        if line.list_item and line.bold_spans:
            candidates = [line.bold_spans[0]]  # "- **Software Engineering**, built around ..."
        elif len(line.text.split()) > PROSE_MIN_WORDS:
            wish = rx.WANT_TO_TEACH_RE.search(line.text)  # "I am prepared to teach A, B, and C at any level."
            candidates = split_items(rx.PHRASE_TAIL_RE.split(wish["courses"], maxsplit=1)[0]) if wish else []
        else:
            candidates = [item for _category, body in category_runs(line.text) for item in split_items(body)]
        for item in candidates:
            if item and item not in courses:
                courses.append(item)
    found.fact("courses", *courses)
    return found


# A line of more words than this is prose: courses are read from a "teach ..." phrase only.
PROSE_MIN_WORDS = 14


def parse_interests(section: Section, ctx: ParseContext) -> Found:
    """One hobby per line or bullet: its lead sentence ("Sports. I play soccer" -> "Sports")."""
    found = Found()
    for line in section.lines:
        lead = rx.SENTENCE_SPLIT_RE.split(line.text.strip(), maxsplit=1)[0].strip(" .!:;")
        if lead:
            found.fact("interests", lead)
    return found


def parse_research_interests(section: Section, ctx: ParseContext) -> Found:
    """A list of topics, or a sentence that names them ("I am broadly interested in ...")."""
    found = Found()
    for line in section.lines:
        phrases = interest_phrases(line.text)
        if phrases:
            found.fact("research_interests", *phrases)
        elif len(line.text) <= 200:
            found.fact("research_interests", *split_items(rx.CATEGORY_PREFIX_RE.sub("", line.text)))
    return found
