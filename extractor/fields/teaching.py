"""Teaching: role, course, term, institution ("Teaching Assistant: COS 316 Fa'23")."""

from __future__ import annotations

from extractor.document import Line, Section
from extractor.fields import Found, ParseContext, evidence_for
from extractor.parse.dates import find_date_range
from extractor.parse.entries import has_word
from extractor.patterns import regexes as rx
from extractor.patterns.regexes import MORE_TERMS_RE
from extractor.profile import Teaching
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
            item = parse_teaching_text(text, lines, ctx)
            if item is None:
                continue
            found.add(
                "teaching",
                item.model_copy(
                    update={
                        "role": item.role or role,
                        "institution": item.institution or institution,
                    }
                ),
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
    bracketed = None
    if school := rx.COURSE_SCHOOL_RE.search(text.rstrip(" ,;.")):
        # "Financial Accounting (Columbia)": the school in brackets after the course
        bracketed, text = school["school"], text[: school.start()]
    pieces = [p.strip(" ,;.–—-()") for p in text.replace(" | ", ",").split(",")]
    pieces = [p for p in pieces if p]
    institution = next((p for p in pieces if has_word(p, "org_words")), None) or bracketed
    course_pieces = [p for p in pieces if p != institution]
    course = ", ".join(course_pieces) or None
    if course is None and role is None:
        return None
    return Teaching(
        role=role, course=course, term=term, institution=institution, evidence=evidence_for(lines, ctx)
    )
