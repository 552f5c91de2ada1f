"""Dates of one entry as a whole: a job's single year, a range split over two lines."""

from __future__ import annotations

import pytest

from extractor.document import Block, DocumentKind, Line
from extractor.fields.context import ParseContext
from extractor.fields.education import parse_education_block
from extractor.fields.experience import parse_experience_block

CTX = ParseContext(source_index=0, kind=DocumentKind.CV, use_nlp=False)


def block(*texts: str) -> Block:
    return Block(lines=tuple(Line(text=t, number=n) for n, t in enumerate(texts)))


@pytest.mark.parametrize(
    ("texts", "start", "end", "current"),
    [
        pytest.param(
            ("2019 Research Intern, Kestrel Labs",), "2019", "2019", False, id="single-year-is-span"
        ),
        pytest.param(
            ("Mar 2016 -", "Research Intern, Kestrel Labs", "Feb 2017"),
            "2016-03",
            "2017-02",
            False,
            id="dangling-range-closed-below",
        ),
        pytest.param(("2021 - present", "Staff Scientist, Kestrel Labs"), "2021", None, True, id="open"),
        pytest.param(
            ("2024 Senior Engineer", "Kestrel Labs", "2022"), "2022", "2024", False, id="years-reversed"
        ),
    ],
)
def test_experience_dates(texts: tuple[str, ...], start: str, end: str | None, current: bool) -> None:
    item = parse_experience_block(block(*texts), CTX)
    assert item is not None
    assert (item.start, item.end, item.current) == (start, end, current)


@pytest.mark.parametrize(
    ("texts", "start", "end", "expected"),
    [
        pytest.param(
            ("B.S. in Botany, Tarrow University, 2015",), None, "2015", False, id="lone-year-completion"
        ),
        pytest.param(
            ("Ph.D. in Botany, Tarrow University", "2020 – Expected 2025"),
            "2020",
            "2025",
            True,
            id="expected-end",
        ),
        pytest.param(
            ("Ph.D. in Botany 2020 -", "Tarrow University", "May 2025"),
            "2020",
            "2025-05",
            False,
            id="dangling-range-closed-below",
        ),
    ],
)
def test_education_dates(texts: tuple[str, ...], start: str | None, end: str, expected: bool) -> None:
    item = parse_education_block(block(*texts), CTX)
    assert item is not None
    assert (item.start, item.end, item.expected) == (start, end, expected)
