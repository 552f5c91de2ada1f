"""Exchange semesters and visiting stays listed under education are items of their own, labelled as
printed (corpus/README.md): ``fields/education.py`` (``split_degrees``, ``stay_parts``). Invented
schools."""

from __future__ import annotations

import pytest

from extractor.document import DocumentKind, Line, Section, SectionKind
from extractor.fields.context import ParseContext
from extractor.fields.education import parse_education, stay_parts

CTX = ParseContext(source_index=0, kind=DocumentKind.CV, use_nlp=False, use_models=False)


def section_of(*texts: str) -> Section:
    lines = tuple(Line(text=t, number=n) for n, t in enumerate(texts))
    return Section(kind=SectionKind.EDUCATION, heading=None, lines=lines)


@pytest.mark.parametrize(
    ("line", "parts"),
    [
        (
            "Semester Exchange in Botany, Tarrow University (Spain)",
            ("Semester Exchange", "Botany", "Tarrow University"),
        ),
        (
            "Visiting: Tarrow University (), Kestrel University (2025)",
            ("Visiting", None, "Tarrow University"),
        ),
        ("Austauschsemester an der Tarrow University", ("Austauschsemester", None, "Tarrow University")),
        ("Exchange Semester at Kestrel Institute", ("Exchange Semester", None, "Kestrel Institute")),
        ("Exchange - Design", ("Exchange", "Design", None)),
        ("Visiting Student in Plant Ecology", ("Visiting Student", "Plant Ecology", None)),
        ("Exchange doctoral student", ("Exchange doctoral student", None, None)),
    ],
)
def test_stay_parts(line: str, parts: tuple[str | None, ...]) -> None:
    assert stay_parts(line) == parts


def rows(section: Section) -> list[tuple[str | None, str | None, str | None]]:
    return [(e.degree, e.field, e.institution) for e in parse_education(section, CTX).education]


def test_a_visit_below_a_degree_is_an_item_of_its_own() -> None:
    section = section_of(
        "Tarrow University, Springfield",
        "PH.D. IN BOTANY 2021–Present",
        "Visiting: Kestrel University (Apr.–June 2026)",
    )
    assert rows(section) == [
        ("PH.D.", "Botany", "Tarrow University"),
        ("Visiting", None, "Kestrel University"),
    ]
    visit = parse_education(section, CTX).education[1]
    assert (visit.start, visit.end) == ("2026-04", "2026-06")
    assert visit.evidence.text == "Visiting: Kestrel University (Apr.–June 2026)"


def test_stays_one_below_the_other_are_each_an_item() -> None:
    section = section_of(
        "Exchange Study",
        "Semester Exchange in Botany, Tarrow University (Spain) 2021",
        "Summer Exchange in Ecology, Kestrel Institute (France) 2020",
    )
    assert rows(section) == [
        ("Semester Exchange", "Botany", "Tarrow University"),
        ("Summer Exchange", "Ecology", "Kestrel Institute"),
    ]


def test_a_stay_below_its_hosts_line_is_that_entry() -> None:
    section = section_of("Tarrow University", "Visiting Researcher 2012")
    assert rows(section) == [("Visiting Researcher", None, "Tarrow University")]


def test_a_stay_over_its_hosts_line_takes_it() -> None:
    section = section_of("Exchange doctoral student 2013", "Kestrel Institute and Tarrow University, Spain")
    assert rows(section) == [("Exchange doctoral student", None, "Kestrel Institute and Tarrow University")]
