"""Teaching: role, course, term, institution ("Teaching Assistant: CS 240 Fa'22")."""

from __future__ import annotations

from extractor.document import Section
from extractor.fields.context import Found, ParseContext, evidence_for
from extractor.parse.dates import find_date_range
from extractor.parse.entries import has_word
from extractor.parse.teaching import read_teaching
from extractor.patterns import regexes as rx
from extractor.segment import split_entries


def parse_teaching(section: Section, ctx: ParseContext) -> Found:
    """Entries read in order, with the context that nested layouts give: an institution line
    ("Vanderbilt University") and a role line ("Teaching Assistant:") apply to the course lines
    below them until the next such line; a block of several dated course lines is several entries.
    """
    found = Found()
    role: str | None = None
    institution: str | None = None
    if section.label and rx.TEACHING_ROLE_RE.fullmatch(section.label.strip(" :")):
        role = section.label.strip(" :")  # a heading that is a role: "Teaching Assistant:"
    for block in split_entries(section):
        dated = [ln for ln in block.lines if find_date_range(ln.text) is not None]
        pieces = [[ln] for ln in block.lines] if len(dated) >= 2 else [list(block.lines)]
        for lines in pieces:
            text = " ".join(ln.text for ln in lines).strip()
            if _is_institution_line(text):
                institution, role = text.strip(" ,;:"), None
                continue
            role_only = rx.ROLE_ONLY_RE.fullmatch(text)
            if role_only and rx.TEACHING_ROLE_RE.search(role_only["role"]):
                role = role_only["role"].strip()
                continue
            if not _is_teaching_entry(text):
                continue
            entry = read_teaching(text)
            if entry is None:
                continue
            found.add(
                "teaching",
                entry.teaching(evidence_for(lines, ctx), role=role, institution=institution),
            )
    return found


def _is_institution_line(text: str) -> bool:
    return (
        has_word(text, "org_words")
        and find_date_range(text) is None
        and not rx.COURSE_CODE_RE.search(text)
        and not rx.TEACHING_ROLE_RE.search(text)
        and len(text.split()) <= INSTITUTION_MAX_WORDS
    )


def _is_teaching_entry(text: str) -> bool:
    """A course, a term or a teaching role: not an evaluation score or a note."""
    return bool(
        rx.COURSE_CODE_RE.search(text)
        or find_date_range(text) is not None
        or rx.TEACHING_ROLE_RE.search(text)
    )


# An institution line names only the institution: at most this many words.
INSTITUTION_MAX_WORDS = 10
