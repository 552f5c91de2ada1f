"""Teaching entries that list several courses: one item per course (invented examples)."""

from __future__ import annotations

import pytest

from extractor.document import DocumentKind, Line, Section, SectionKind
from extractor.fields.context import ParseContext
from extractor.fields.teaching import parse_teaching
from extractor.parse.teaching import split_courses

CTX = ParseContext(source_index=0, kind=DocumentKind.CV, use_nlp=False, use_models=False)


def section(*blocks: str | tuple[str, ...]) -> Section:
    """A teaching section of entries apart by a blank line, each one line or a tuple of lines."""
    lines: list[Line] = []
    for block in blocks:
        for k, text in enumerate((block,) if isinstance(block, str) else block):
            lines.append(Line(text=text, number=len(lines), blank_before=k == 0))
    return Section(kind=SectionKind.TEACHING, heading=None, lines=tuple(lines), label=None)


@pytest.mark.parametrize(
    ("text", "courses"),
    [
        pytest.param(
            "GRADUATE COURSES: Dune Theory; Sand Transport I and II; Coastal Processes",
            ["Dune Theory", "Sand Transport I and II", "Coastal Processes"],
            id="label-and-semicolons",
        ),
        pytest.param(
            "Botanique Générale (Cours Magistraux en Master, M1, M2), Algues (Travaux Dirigés, L2)",
            ["Botanique Générale", "Algues"],
            id="comma-after-a-level-note",
        ),
        pytest.param(
            "Plant anatomy (lecture + lab), seed dispersal (lab)",
            ["Plant anatomy (lecture + lab)", "seed dispersal (lab)"],
            id="note-naming-what-was-taught-stays",
        ),
        pytest.param(
            "Dune Ecology, Coastal Hydrology, Tides and Their Causes, Field Methods",
            ["Dune Ecology", "Coastal Hydrology", "Tides and Their Causes", "Field Methods"],
            id="title-cased-names",
        ),
        pytest.param("Field trip, Kestrel Bay, Norway", ["Field trip, Kestrel Bay, Norway"], id="place"),
        pytest.param("Plant Ecology, Quillon University", ["Plant Ecology, Quillon University"], id="two"),
        pytest.param(
            "“Mixed models in practice”; “Maps with code”",
            ["Mixed models in practice", "Maps with code"],
            id="quoted-titles",
        ),
        pytest.param(
            "“Roots; their hidden life”",
            ["Roots; their hidden life"],
            id="semicolon-inside-quotes",
        ),
        pytest.param(
            "Botany BOT 101: Plant Life BOT 205: Algae and Mosses",
            ["BOT 101: Plant Life", "BOT 205: Algae and Mosses"],
            id="led-by-codes",
        ),
        pytest.param(
            "Present; Dune Theory; Coastal Processes",
            ["Dune Theory", "Coastal Processes"],
            id="a-term-end-is-no-course",
        ),
    ],
)
def test_split_courses(text: str, courses: list[str]) -> None:
    assert split_courses(text) == courses


def test_plain_commas_stay_when_asked() -> None:
    assert split_courses("Ana Lind, Bo Reyes, Cy Moss", plain_commas=False) == ["Ana Lind, Bo Reyes, Cy Moss"]


def test_a_head_line_over_its_courses() -> None:
    found = parse_teaching(
        section(
            (
                "2019 - 2021 Teaching assistant, Quillon University, Millbrook, Norway",
                "Dune ecology (lecture + practicals), coastal hydrology (practicals),",
                "tides and their causes (lecture).",
            ),
            ("2018 Tutor, Kestrel College", "Plant life (seminar)"),
        ),
        CTX,
    )
    assert [(t.role, t.course, t.term, t.institution) for t in found.teaching] == [
        ("Teaching assistant", "Dune ecology (lecture + practicals)", "2019 - 2021", "Quillon University"),
        ("Teaching assistant", "coastal hydrology (practicals)", "2019 - 2021", "Quillon University"),
        ("Teaching assistant", "tides and their causes (lecture)", "2019 - 2021", "Quillon University"),
        ("Tutor", "Plant life", "2018", "Kestrel College"),
    ]


def test_a_role_line_then_a_school_line_then_courses() -> None:
    found = parse_teaching(
        section(
            (
                "Instructor of Record",
                "Quillon University, Department of Botany",
                "Plant Life (2021)",
                "Algae and Mosses (2022)",
            ),
            (
                "Teaching Assistant",
                "Kestrel College, School of Geology",
                "Rocks and Minerals, Field Mapping, Soil Science,",
            ),
        ),
        CTX,
    )
    assert [(t.role, t.course) for t in found.teaching] == [
        ("Instructor of Record", "Plant Life"),
        ("Instructor of Record", "Algae and Mosses"),
        ("Teaching Assistant", "Rocks and Minerals"),
        ("Teaching Assistant", "Field Mapping"),
        ("Teaching Assistant", "Soil Science"),
    ]


def test_a_role_printed_under_its_course() -> None:
    found = parse_teaching(
        section(
            ("Plant Life (Quillon) Winter 2027", "Instructor"),
            ("Algae and Mosses (Kestrel) Spring 2025", "Teaching Assistant"),
        ),
        CTX,
    )
    assert [(t.role, t.course) for t in found.teaching] == [
        ("Instructor", "Plant Life"),
        ("Teaching Assistant", "Algae and Mosses"),
    ]


def test_a_course_line_with_its_terms_below() -> None:
    found = parse_teaching(
        section(
            (
                "Quillon University",
                "Bot 148 The Life of Dunes",
                "‣ Fall 2019, Fall 2020",
                "Bot 170D Plant Life",
                "‣ Spring 2021",
            ),
            ("Kestrel College", "Bot 210 Algae", "‣ Fall 2018"),
        ),
        CTX,
    )
    assert [(t.course, t.term) for t in found.teaching] == [
        ("Bot 148 The Life of Dunes", "Fall 2019, Fall 2020"),
        ("Bot 170D Plant Life", "Spring 2021"),
        ("Bot 210 Algae", "Fall 2018"),
    ]


def test_a_labelled_list_under_a_dated_line() -> None:
    found = parse_teaching(section("Spring 2020 COURSES TAUGHT: Dune Theory; Coastal Processes."), CTX)
    assert [t.course for t in found.teaching] == ["Dune Theory", "Coastal Processes"]


def test_every_teaching_pattern_compiles() -> None:
    from extractor.patterns import teaching_regexes
    from extractor.patterns.lazy import LazyPattern

    found = [value for value in vars(teaching_regexes).values() if isinstance(value, LazyPattern)]
    assert len(found) >= 6
    for pattern in found:
        assert isinstance(pattern.flags, int), pattern  # compiles it


def test_a_date_margins_range_over_a_school_line_and_its_courses() -> None:
    # one entry (the range "Aug, 2019–" / "Present" runs over its two lines): the school line, then
    # the courses taught there
    found = parse_teaching(
        section(
            (
                "Aug, 2019– Department of Botany, Kestrel University",
                "Present GRADUATE COURSES: Dune Theory; Coastal Processes.",
            ),
        ),
        CTX,
    )
    assert [t.course for t in found.teaching] == ["Dune Theory", "Coastal Processes"]
