"""Service lists whose role lines head the venues below them: each venue gets the role above it and
the year line that closes it, with the learned service model on (invented CV)."""

from __future__ import annotations

from pathlib import Path

import pytest

from extractor import extract_profile

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
