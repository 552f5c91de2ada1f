"""One teaching entry read from text: role, course, term, institution ("Teaching Assistant: CS 101
Fall 2021")."""

from __future__ import annotations

from dataclasses import dataclass

from extractor.parse.dates import find_date_range
from extractor.parse.entries import has_word
from extractor.patterns import regexes as rx
from extractor.patterns.regexes import MORE_TERMS_RE
from extractor.profile import Evidence, Teaching


@dataclass(frozen=True, slots=True)
class TeachingEntry:
    role: str | None
    course: str | None
    term: str | None
    institution: str | None

    def teaching(
        self,
        evidence: Evidence,
        *,
        role: str | None = None,
        term: str | None = None,
        institution: str | None = None,
    ) -> Teaching:
        """The contract item; ``role``, ``term`` and ``institution`` (read around the entry: a role
        line above it, a school heading) fill what the entry itself does not say."""
        return Teaching(
            role=self.role or role,
            course=self.course,
            term=self.term or term,
            institution=self.institution or institution,
            evidence=evidence,
        )


def read_teaching(text: str, role: str | None = None) -> TeachingEntry | None:
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
    joined = rx.TEACHING_PART_STOP_RE.sub(",", text.replace(" | ", ","))
    pieces = [p.strip(" ,;.–—-()") for p in joined.split(",")]
    pieces = [p for p in pieces if p]
    # the institution with the units before it: "Department of Botany, Tarrow University"
    at = next((n for n, p in enumerate(pieces) if has_word(p, "org_words")), None)
    named = []
    while at is not None and at < len(pieces) and has_word(pieces[at], "org_words"):
        named.append(pieces[at])
        at += 1
    institution = ", ".join(named) or bracketed
    course_pieces = [p for p in pieces if p not in named]
    course = ", ".join(course_pieces) or None
    if course is None and role is None:
        return None
    return TeachingEntry(role=role, course=course, term=term, institution=institution)
