"""The current role an entry states, as position, affiliation and department candidates.

The education and experience handlers offer them; assemble only chooses among every candidate
(a header's tagline or a bio sentence outranks them, see ``Candidate.rank``):
- an ongoing degree ("Sep 2021 - May 2026 (Expected)", "2022 -") gives the student position of
  its level ("Ph.D. student") at its institution, its field as the department;
- an open-ended job ("10/2023 - present", "since 2024") gives its title at its organization, the
  organization's department part split off as every affiliation is (``Found.fact``).
Within a document the first one printed wins (CVs list the newest first).
"""

from __future__ import annotations

from collections.abc import Sequence

from extractor.document import Candidate, Section, SectionKind
from extractor.fields.context import Found
from extractor.parse.dates import find_all_years
from extractor.patterns.regexes import STUDENT_TITLE_RE
from extractor.profile import Education, Experience

# Below a header's or a bio's candidates (ranks 0-2); an ongoing degree before an open job.
CURRENT_DEGREE_RANK = 10
CURRENT_JOB_RANK = 11
# Words kept in lower case when a title set in capitals is given in title case.
TITLE_SMALL_WORDS = frozenset({"of", "and", "in", "for", "at", "the", "on", "de", "en", "et", "y", "e"})
# Position title implied by an ongoing degree of each level.
STUDENT_POSITIONS = {
    "doctorate": "Ph.D. student",
    "master": "Master's student",
    "bachelor": "Undergraduate student",
}


def is_ongoing(edu: Education, as_of: int | None = None) -> bool:
    """A degree under way: expected, started with no end, or ending after ``as_of`` (the latest
    year the rest of the document mentions: "2023 - 2028" in a CV whose newest paper is of 2025)."""
    if edu.expected or (edu.start and edu.end is None):
        return True
    return as_of is not None and edu.end is not None and edu.end[:4].isdigit() and int(edu.end[:4]) > as_of


def document_year(sections: Sequence[Section]) -> int | None:
    """The latest year the document mentions outside its education sections (its "now")."""
    years = [
        y
        for section in sections
        if section.kind is not SectionKind.EDUCATION
        for line in section.lines
        for y in find_all_years(line.text)
    ]
    return max(years, default=None)


def student_title(edu: Education) -> str | None:
    """The student's title an ongoing degree states: printed ("Ph.D. Candidate"), else its level's."""
    printed = STUDENT_TITLE_RE.search(edu.evidence.text)
    if printed is not None:
        return capitals_to_title(" ".join(printed.group(0).split()))
    return STUDENT_POSITIONS.get(edu.degree_level or "")


def capitals_to_title(text: str) -> str:
    """ "SENIOR RESEARCH SCIENTIST" -> "Senior Research Scientist"; a title in mixed case is kept."""
    letters = [c for c in text if c.isalpha()]
    if not letters or not all(c.isupper() for c in letters):
        return text
    words = [w.lower() if w.lower() in TITLE_SMALL_WORDS else w.capitalize() for w in text.split()]
    return " ".join([words[0].capitalize(), *words[1:]])


def offer_degree_role(edu: Education, source: int, found: Found, as_of: int | None = None) -> None:
    """An ongoing degree's student position, institution and field as candidates."""
    if not is_ongoing(edu, as_of) or edu.degree_level not in STUDENT_POSITIONS:
        return
    evidence = edu.evidence
    title = student_title(edu)
    if title:
        found.fact("position", Candidate(title, source, "education", CURRENT_DEGREE_RANK, evidence=evidence))
    if edu.institution:
        found.fact(
            "affiliation",
            Candidate(edu.institution, source, "education", CURRENT_DEGREE_RANK, evidence=evidence),
        )
    if edu.field:
        found.fact(
            "department", Candidate(edu.field, source, "education", CURRENT_DEGREE_RANK, evidence=evidence)
        )


def offer_job_role(job: Experience, source: int, found: Found) -> None:
    """An open-ended job's title and organization as candidates."""
    if not job.current:
        return
    if job.title:
        found.fact(
            "position", Candidate(job.title, source, "experience", CURRENT_JOB_RANK, evidence=job.evidence)
        )
    if job.organization:
        found.fact(
            "affiliation",
            Candidate(job.organization, source, "experience", CURRENT_JOB_RANK, evidence=job.evidence),
        )
