"""Service lists whose role lines head the venues below them: each venue gets the role above it and
the year line that closes it, with the learned service model on (invented CV)."""

from __future__ import annotations

from pathlib import Path

import pytest

from extractor import extract_profile
from extractor.document import Line, Section, SectionKind
from extractor.fields.service import heading_named_role, role_and_venue

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
