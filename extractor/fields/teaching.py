"""Teaching: role, course, term, institution ("Teaching Assistant: COS 316 Fa'23")."""

from __future__ import annotations

from extractor.document import Line, Section
from extractor.fields import Found, ParseContext, evidence_for
from extractor.fields.dates import find_date_range
from extractor.fields.entries import has_word
from extractor.patterns import regexes as rx
from extractor.patterns.regexes import MORE_TERMS_RE
from extractor.profile import Teaching
from extractor.segment import split_entries


def parse_teaching(section: Section, ctx: ParseContext) -> Found:
    found = Found()
    for block in split_entries(section):
        item = parse_teaching_text(" ".join(ln.text for ln in block.lines), list(block.lines), ctx)
        if item is not None:
            found.add("teaching", item)
    return found


def parse_teaching_text(
    text: str, lines: list[Line], ctx: ParseContext, role: str | None = None
) -> Teaching | None:
    """Read one teaching entry from text; ``role`` when a "Role: ..." prefix was already cut."""
    term = None
    dates = find_date_range(text)
    if dates is not None and dates.matched:
        start = text.index(dates.matched)
        end = start + len(dates.matched)
        # "Fall 2019, Spring 2020": every term listed after the first belongs to the term
        while (more := MORE_TERMS_RE.match(text[end:])) and (
            nxt := find_date_range(text[end + more.end() :])
        ):
            following = text[end + more.end() :]
            if not following.startswith(nxt.matched):
                break
            end += more.end() + len(nxt.matched)
        term = text[start:end].strip(" ()")
        text = text[:start] + " " + text[end:]
    prefix = rx.ROLE_PREFIX_RE.match(text)
    if role is None and prefix:
        role = prefix["role"].strip()
        text = text[prefix.end() :]
    if role is None:
        found_role = rx.TEACHING_ROLE_RE.search(text)
        if found_role:
            role = found_role.group(0)
            text = text[: found_role.start()] + text[found_role.end() :]
    pieces = [p.strip(" ,;.–—-()") for p in text.replace(" | ", ",").split(",")]
    pieces = [p for p in pieces if p]
    institution = next((p for p in pieces if has_word(p, "org_words")), None)
    course_pieces = [p for p in pieces if p != institution]
    course = ", ".join(course_pieces) or None
    if course is None and role is None:
        return None
    return Teaching(
        role=role, course=course, term=term, institution=institution, evidence=evidence_for(lines, ctx)
    )
