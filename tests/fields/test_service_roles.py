"""Service lists whose role lines head the venues below them: each venue gets the role above it and
the year line that closes it, with the learned service model on (invented CV)."""

from __future__ import annotations

from pathlib import Path

import pytest

from extractor import extract_profile
from extractor.document import Line, Section, SectionKind
from extractor.fields.service import body_as_venue, heading_named_role, role_and_venue

CV = """Jane Roe
Assistant Professor, Tarrow College
jane.roe@tarrow.example.edu

Service
Program committee member
Lake Conference, Dune Workshop
2023
Reviewer
Journal of Sand
2022
"""


def _service(tmp_path: Path, text: str) -> list[tuple[str | None, str | None, int | None]]:
    path = tmp_path / "cv.txt"
    path.write_text(text, encoding="utf-8")
    return [(s.role, s.venue, s.year) for s in extract_profile([str(path)]).service]


def test_a_role_line_carries_down_to_its_venues(tmp_path: Path) -> None:
    one_role = CV.split("Reviewer")[0]
    assert _service(tmp_path, one_role) == [
        ("Program committee member", "Lake Conference", 2023),
        ("Program committee member", "Dune Workshop", 2023),
    ]


@pytest.mark.xfail(strict=True, reason="a second bare role line after a year line is lost with its venues")
def test_each_role_line_carries_down_to_its_venues(tmp_path: Path) -> None:
    assert _service(tmp_path, CV) == [
        ("Program committee member", "Lake Conference", 2023),
        ("Program committee member", "Dune Workshop", 2023),
        ("Reviewer", "Journal of Sand", 2022),
    ]


@pytest.mark.parametrize(
    "role, venue, expected",
    [
        ("Organizer of the Kestrel outreach evenings", "", ("Organizer", "Kestrel outreach evenings")),
        ("Hill core facility working group (Chair)", "", ("Chair", "Hill core facility working group")),
        ("Thesis committee member of two defenses", "", ("Thesis committee member", "two defenses")),
        ("Member of the", "Lake Consortium", ("Member", "Lake Consortium")),
        # a venue read apart keeps the role whole
        ("Chair of the Board", "Dune Society", ("Chair of the Board", "Dune Society")),
        # no role word before the join: one name
        ("Head of Sand Unit", "", ("Head of Sand Unit", "")),
        ("Program Committee", "", ("Program Committee", "")),
        (None, "Lake Letters", (None, "Lake Letters")),
    ],
)
def test_role_and_venue(role: str | None, venue: str, expected: tuple[str | None, str]) -> None:
    assert role_and_venue(role, venue) == expected


@pytest.mark.parametrize(
    "heading, expected",
    [
        ("Reviewer", "Reviewer"),
        ("Referee for journals", "Referee"),
        ("Program Committee Member", "Program Committee Member"),
        # a heading that names no role gives none
        ("Service", None),
        ("Professional Activities", None),
        (None, None),
    ],
)
def test_heading_named_role(heading: str | None, expected: str | None) -> None:
    line = Line(text=heading, number=0) if heading is not None else None
    section = Section(kind=SectionKind.SERVICE, heading=line, lines=(), label=heading)
    assert heading_named_role(section) == expected


@pytest.mark.parametrize(
    "role, venue, text, expected",
    [
        # a standing body named in the role is the venue served (corpus README)
        (
            "Member of the Graduate Admissions Committee",
            None,
            "",
            ("Member", "Graduate Admissions Committee"),
        ),
        ("Library Committee", None, "Library Committee, 2021", (None, "Library Committee")),
        ("Faculty Search Committee Member", None, "", ("Member", "Faculty Search Committee")),
        (
            "Executive Committee Student Representative",
            None,
            "",
            ("Student Representative", "Executive Committee"),
        ),
        ("Chair, Curriculum Committee", None, "", ("Chair", "Curriculum Committee")),
        ("Task Force Committee Member", "Lake Network", "", ("Member", "Task Force Committee")),
        ("Curriculum Committee (graduate)", None, "", (None, "Curriculum Committee (graduate)")),
        # the body's kind in the role, its name after a comma
        (
            "Committee Member, Awards",
            "Dune Society",
            "2017 Committee Member, Awards Dune Society",
            ("Committee Member", "Awards Dune Society"),
        ),
        # a second role after the comma is no body
        ("Board member, secretary", "Lake Association", "", ("Board member, secretary", "Lake Association")),
        # the organization printed in the body's run joins it; one printed apart is left out
        (
            "Diversity Committee",
            "Department of Sand, Kestrel University",
            "2021 Diversity Committee, Department of Sand, Kestrel University",
            (None, "Diversity Committee, Department of Sand, Kestrel University"),
        ),
        (
            "Member of the steering committee",
            "Lake Initiative",
            "Member of the steering committee of the Lake Initiative (2020)",
            ("Member", "steering committee of the Lake Initiative"),
        ),
        (
            "Colloquium Committee",
            "Department of Sand",
            "Colloquium Committee 2025\nDepartment of Sand",
            (None, "Colloquium Committee"),
        ),
        # a line below the body is a description, not its organization
        (
            "Outreach Committee",
            "Ran the open days",
            "Outreach Committee\nRan the open days",
            (None, "Outreach Committee"),
        ),
        # committees of an event or a publication, unnamed boards and compound roles stay roles
        (
            "Program Committee",
            "Lake Conference",
            "Program Committee. Lake Conference",
            ("Program Committee", "Lake Conference"),
        ),
        ("Editorial Board", "Journal of Sand", "", ("Editorial Board", "Journal of Sand")),
        # a committee over a run of venues is the role line over them
        (
            "Outreach Committee",
            "Lake Days",
            "Outreach Committee: Lake Days, Dune Fair",
            ("Outreach Committee", "Lake Days"),
        ),
        ("Thesis committee member", "two defenses", "", ("Thesis committee member", "two defenses")),
        ("Board Member", "Lake Center", "", ("Board Member", "Lake Center")),
        (
            "Co-founder and board member",
            "Dune Association",
            "",
            ("Co-founder and board member", "Dune Association"),
        ),
        ("Reviewer", "Journal of Sand", "", ("Reviewer", "Journal of Sand")),
        (None, "Lake Letters", "", (None, "Lake Letters")),
    ],
)
def test_body_as_venue(
    role: str | None, venue: str | None, text: str, expected: tuple[str | None, str | None]
) -> None:
    assert body_as_venue(role, venue, text) == expected
