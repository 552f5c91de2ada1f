"""The current position when no header states one: the ongoing degree or open job begun last."""

from __future__ import annotations

from extractor.assemble import _current_role
from extractor.profile import Education, Evidence, Experience

EVIDENCE = Evidence(source=0, page=None, text="invented")


def degree(
    level: str, institution: str, start: str | None, end: str | None, expected: bool = False
) -> Education:
    return Education(
        degree="Ph.D.", degree_level=level, institution=institution, start=start, end=end, expected=expected,
        evidence=EVIDENCE,
    )  # fmt: skip


def job(title: str, organization: str, start: str | None, current: bool) -> Experience:
    return Experience(title=title, organization=organization, start=start, current=current, evidence=EVIDENCE)


def test_ongoing_degree_alone() -> None:
    role = _current_role([degree("doctorate", "Tarrow University", "2021", "2026", expected=True)], [])
    assert role is not None and role[:2] == ("Ph.D. student", "Tarrow University")


def test_job_begun_after_the_degree_wins() -> None:
    education = [degree("doctorate", "Tarrow University", "2019", "2025", expected=True)]
    experience = [job("Postdoctoral Fellow", "Kestrel Institute", "2025-09", current=True)]
    role = _current_role(education, experience)
    assert role is not None and role[:2] == ("Postdoctoral Fellow", "Kestrel Institute")


def test_degree_begun_after_the_job_wins() -> None:
    education = [degree("doctorate", "Tarrow University", "2023", None)]
    experience = [job("Data Analyst", "Brindle Labs", "2020", current=True)]
    role = _current_role(education, experience)
    assert role is not None and role[:2] == ("Ph.D. student", "Tarrow University")


def test_newest_of_two_open_jobs() -> None:
    experience = [
        job("Adjunct Lecturer", "Millbrook College", "2015", current=True),
        job("Associate Professor", "Tarrow University", "2022", current=True),
    ]
    role = _current_role([], experience)
    assert role is not None and role[:2] == ("Associate Professor", "Tarrow University")


def test_finished_roles_are_not_current() -> None:
    education = [degree("doctorate", "Tarrow University", "2015", "2020")]
    assert _current_role(education, [job("Intern", "Brindle Labs", "2019", current=False)]) is None
