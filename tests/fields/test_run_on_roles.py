"""An employer's name and the roles held there run on in one paragraph (``fields/experience.py``,
``run_on_roles``): one position per dated role. Invented employers and roles."""

from __future__ import annotations

import pytest

from extractor.document import Block, DocumentKind, Line, Section, SectionKind
from extractor.fields.context import ParseContext
from extractor.fields.experience import parse_experience, run_on_roles

CTX = ParseContext(source_index=0, kind=DocumentKind.CV, use_nlp=False, use_models=False)


def block_of(*texts: str) -> Block:
    return Block(lines=tuple(Line(text=t, number=n) for n, t in enumerate(texts)))


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (
            (
                "Tarrow State University. Visiting Instructor (Botany), 1989–1990. Teaching Assistant,",
                "1984–1986. Adjunct Instructor (Mathematics), 1982–1983.",
            ),
            [
                ("Visiting Instructor (Botany)", "Tarrow State University", "1989", "1990", False),
                ("Teaching Assistant", "Tarrow State University", "1984", "1986", False),
                ("Adjunct Instructor (Mathematics)", "Tarrow State University", "1982", "1983", False),
            ],
        ),
        # an open range and a lone year (a job's single year is its whole span)
        (
            ("Kestrel Labs. Data Scientist, 2019–present. Intern, 2018.",),
            [
                ("Data Scientist", "Kestrel Labs", "2019", None, True),
                ("Intern", "Kestrel Labs", "2018", "2018", False),
            ],
        ),
    ],
)
def test_run_on_roles_give_one_position_each(
    lines: tuple[str, ...], expected: list[tuple[object, ...]]
) -> None:
    items = run_on_roles(block_of(*lines), CTX)
    assert [(i.title, i.organization, i.start, i.end, i.current) for i in items] == expected
    assert all(i.evidence.text == "\n".join(lines) for i in items)


@pytest.mark.parametrize(
    "lines",
    [
        # one role after the employer: the head strategies read it
        ("Tarrow University. Associate Professor of Botany, 1998–2024.",),
        # a stop inside the employer's name leaves a piece that is no dated role
        ("Kestrel College Program, U.S. Navy. Adjunct Instructor, 1982–1983. Tutor, 1981.",),
        # the first sentence names no organization
        ("Botany and fern ecology. Research Assistant, 2010–2012. Lecturer, 2012–2014.",),
        # a sentence that is a description, not a dated role
        ("Kestrel Labs. Data Scientist, 2019–2021. Built a pipeline for fern images in 2020.",),
        # the employer's sentence carries dates: a position of its own
        ("Kestrel Labs, 2015–2020. Data Scientist, 2019–2021. Intern, 2018.",),
    ],
)
def test_other_paragraphs_are_not_run_on_roles(lines: tuple[str, ...]) -> None:
    assert run_on_roles(block_of(*lines), CTX) == []


def test_parse_experience_splits_a_run_on_paragraph() -> None:
    section = Section(
        kind=SectionKind.EXPERIENCE,
        heading=None,
        lines=(Line(text="Kestrel Labs. Data Scientist, 2019–2021. Intern, 2018.", number=0),),
    )
    found = parse_experience(section, CTX)
    assert [(e.title, e.organization) for e in found.experience] == [
        ("Data Scientist", "Kestrel Labs"),
        ("Intern", "Kestrel Labs"),
    ]
