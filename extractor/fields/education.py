"""Education entries: degree as written, level, field, institution, location, dates, GPA, thesis.

Each block is dissected (fields/entries.py); among its head lines the degree is found with the
degree table (``patterns/degrees.tsv``, many countries), the field is what follows the degree
("Ph.D. in Computer Science" -> field "Computer Science"), and the institution is the line, or
the comma-separated part, with an organization word ("University", "Institut", "College").
"""

from __future__ import annotations

from extractor.document import Section
from extractor.fields import Found, ParseContext, evidence_for
from extractor.fields.entries import dissect, has_word
from extractor.patterns import find_degree
from extractor.patterns.regexes import EXPECTED_RE, FIELD_LEAD_RE
from extractor.profile import Education
from extractor.segment import split_entries


def parse_education(section: Section, ctx: ParseContext) -> Found:
    found = Found()
    for block in split_entries(section):
        item = parse_education_block(block, ctx)
        if item is not None:
            found.add("education", item)
    return found


def parse_education_block(block, ctx: ParseContext) -> Education | None:  # type: ignore[no-untyped-def]
    parts = dissect(block)
    degree = field_name = institution = None
    level = None
    rest: list[str] = []
    for text in parts.head:
        match = find_degree(text) if degree is None else None
        if match is not None:
            degree, level = match.written, match.level
            before, after = text[: match.start].strip(" ,;–—-"), text[match.end :]
            field_name, inst_in_line = _field_and_institution(after)
            institution = institution or inst_in_line
            if before:
                rest.append(before)
            continue
        rest.append(text)
    for text in rest:
        if institution is None and (has_word(text, "org_words") or degree is not None):
            institution = text.strip(" ,")
        elif field_name is None and degree is not None and not has_word(text, "org_words"):
            field_name = text.strip(" ,")
    if degree is None and institution is None:
        return None
    dates = parts.dates
    expected = bool(dates and dates.expected) or any(EXPECTED_RE.search(ln.text) for ln in block.lines)
    return Education(
        degree=degree,
        degree_level=level,  # type: ignore[arg-type]
        field=field_name or None,
        institution=institution,
        location=parts.location,
        start=dates.start if dates else None,
        end=dates.end if dates else None,
        expected=expected,
        advisors=parts.people,
        gpa=parts.gpa,
        thesis=parts.thesis,
        evidence=evidence_for(block, ctx),
    )


def _field_and_institution(after: str) -> tuple[str | None, str | None]:
    """What follows a degree: " in Computer Science, Princeton University" -> (field, institution)."""
    text = FIELD_LEAD_RE.sub("", after).strip(" ,;()–—-")
    if not text:
        return None, None
    pieces = [p.strip(" ()") for p in text.split(",") if p.strip(" ()")]
    field_parts: list[str] = []
    institution = None
    for piece in pieces:
        if institution is None and has_word(piece, "org_words"):
            institution = piece
        elif institution is None:
            field_parts.append(piece)
    return (", ".join(field_parts) or None), institution
