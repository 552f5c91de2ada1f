"""A service role leading a run of venues, wrapped over several lines: one item per venue, each with
the role (invented examples)."""

from __future__ import annotations

from pathlib import Path

import pytest

from extractor import extract_profile
from extractor.document import DocumentKind, Line, Section, SectionKind
from extractor.fields.context import ParseContext
from extractor.fields.service import parse_service, role_list_run, without_places

CTX = ParseContext(source_index=0, kind=DocumentKind.CV, use_nlp=False, use_models=False)


@pytest.mark.parametrize(
    ("text", "run"),
    [
        pytest.param(
            "Manuscript reviewer: Lake Letters, Sand Review, Dune Notes",
            ("Manuscript reviewer", ["Lake Letters", "Sand Review", "Dune Notes"]),
            id="colon-lower-case-role",
        ),
        pytest.param(
            "Journal Reviewer for Lake Letters; Sand, Dune and Society; Tide Notes",
            ("Journal Reviewer", ["Lake Letters", "Sand, Dune and Society", "Tide Notes"]),
            id="for-and-semicolons",
        ),
        pytest.param(
            "Referee for Lake Letters, Sand Review",
            ("Referee", ["Lake Letters", "Sand Review"]),
            id="referee-for",
        ),
        pytest.param("Hiring committee for the director of the Dune Museum, Kestrel", None, id="other-for"),
        pytest.param("Reviewer: Lake Letters", None, id="one-venue"),
        pytest.param("Teaching Assistant: Botany 101, Algae 205", None, id="teaching-role"),
        pytest.param("Summary: dunes, lakes and tides", None, id="no-service-role"),
    ],
)
def test_role_list_run(text: str, run: tuple[str, list[str]] | None) -> None:
    assert role_list_run(text) == run


def test_a_venue_listed_with_its_years() -> None:
    found = parse_service(_section("Reviewer: Lake Symposium 2023, 2024; Dune Days 2024; Tide Notes"), CTX)
    assert [(s.venue, s.year) for s in found.service] == [
        ("Lake Symposium", 2023),
        ("Dune Days", 2024),
        ("Tide Notes", None),
    ]


def test_where_and_when_a_venue_met_is_no_venue() -> None:
    pieces = ["Lake Symposium", "Millbrook", "OH", "Aug. 2023", "Dune Workshop", "Norway", "2022"]
    assert without_places(pieces) == ["Lake Symposium", "Dune Workshop"]


def _section(*texts: str) -> Section:
    lines = tuple(Line(text=t, number=n) for n, t in enumerate(texts))
    return Section(kind=SectionKind.SERVICE, heading=None, lines=lines, label=None)


def test_a_run_wrapped_at_a_joining_word_goes_on() -> None:
    found = parse_service(
        _section(
            "Manuscript reviewer: Lake Letters, Sand Review, Journal of",
            "Dune Studies, Proceedings of the",
            "Tide Society B",
            "Organizer, Kestrel Reading Group (2021)",
        ),
        CTX,
    )
    assert [(s.role, s.venue) for s in found.service] == [
        ("Manuscript reviewer", "Lake Letters"),
        ("Manuscript reviewer", "Sand Review"),
        ("Manuscript reviewer", "Journal of Dune Studies"),
        ("Manuscript reviewer", "Proceedings of the Tide Society B"),
        ("Organizer", "Kestrel Reading Group"),
    ]


def test_a_run_parted_by_semicolons_goes_on_and_a_broken_word_is_made_whole() -> None:
    found = parse_service(
        _section("Journal Reviewer for Lake Letters; Sand Review; Geo-", "chemistry Letters; Dune Notes"),
        CTX,
    )
    assert [(s.role, s.venue) for s in found.service] == [
        ("Journal Reviewer", "Lake Letters"),
        ("Journal Reviewer", "Sand Review"),
        ("Journal Reviewer", "Geochemistry Letters"),
        ("Journal Reviewer", "Dune Notes"),
    ]


CV = """Jane Roe
Assistant Professor, Tarrow College
jane.roe@tarrow.example.edu

Service
Referee for Lake Letters, Sand Review, Journal of
Dune Studies, Tide Notes, Kestrel Quarterly
"""


def test_a_run_over_the_lines_of_one_entry_with_the_models(tmp_path: Path) -> None:
    path = tmp_path / "cv.txt"
    path.write_text(CV, encoding="utf-8")
    found = [(s.role, s.venue) for s in extract_profile([str(path)]).service]
    assert found == [
        ("Referee", "Lake Letters"),
        ("Referee", "Sand Review"),
        ("Referee", "Journal of Dune Studies"),
        ("Referee", "Tide Notes"),
        ("Referee", "Kestrel Quarterly"),
    ]


def test_role_stop_venue_lines_under_a_year_line() -> None:
    found = parse_service(
        _section("2024", "Program Committee. Lake Symposium (LS)", "External Reviewer. Dune Days"), CTX
    )
    assert [(s.role, s.venue, s.year) for s in found.service] == [
        ("Program Committee", "Lake Symposium (LS)", 2024),
        ("External Reviewer", "Dune Days", 2024),
    ]


def test_lists_that_are_no_service() -> None:
    found = parse_service(
        _section(
            "Ph.D. supervision: Ana Lind (2021-24), Bo Reyes (2020)",
            "Membership: Dune Society, Lake Association",
            "Editor: Lake Letters (2020-2023)",
        ),
        CTX,
    )
    assert [(s.role, s.venue) for s in found.service] == [("Editor", "Lake Letters")]
