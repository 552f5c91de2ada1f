"""The current position and affiliation: a header's title line, else the current entry (an open
job, an ongoing degree) offered as a lower-ranked candidate. Every CV here is invented."""

from __future__ import annotations

from pathlib import Path

import pytest

from extractor.document import Block, DocumentKind, Line
from extractor.fields.context import ParseContext
from extractor.fields.current import capitals_to_title, is_ongoing
from extractor.fields.experience import parse_experience_block
from extractor.fields.header import is_title_phrase
from extractor.profile import Education, Evidence
from tests.conftest import text_cv_profile

EDUCATION = """
EDUCATION
Ph.D. in Ecology, Wrenfield University, 2015 - 2020
"""
JOBS = """
EXPERIENCE
2021 – Research Fellow, Tarrow Institute of Soil Science
2020 - 2021 Postdoctoral Researcher, Wrenfield University
"""
PAPER = """
PUBLICATIONS
Quill, J. and Doe, A. (2025). Roots in winter. Journal of Invented Ecology, 3(2), 1-10.
"""


@pytest.mark.parametrize(
    "header, body, position, affiliation",
    [
        # a title line under the name; the affiliation from the open job
        (
            "Quantitative Ecologist",
            EDUCATION + JOBS,
            "Quantitative Ecologist",
            "Tarrow Institute of Soil Science",
        ),
        # in capitals, given in title case
        (
            "SENIOR RESEARCH SCIENTIST",
            EDUCATION + JOBS,
            "Senior Research Scientist",
            "Tarrow Institute of Soil Science",
        ),
        # a title and where it is held, on one line
        ("Lecturer at Wrenfield University", EDUCATION, "Lecturer", "Wrenfield University"),
        ("PhD Candidate · Vision Lab · Kestrel University", EDUCATION, "PhD Candidate", "Kestrel University"),
        # no title in the header: the open job ("2021 –" opening its line)
        ("jane.quill@example.edu", EDUCATION + JOBS, "Research Fellow", "Tarrow Institute of Soil Science"),
        # the name line with an honorific is not a title line
        ("jane.quill@example.edu", JOBS, "Research Fellow", "Tarrow Institute of Soil Science"),
        # a profile-link line is not a title ("Scholar")
        ("Website Google Scholar", JOBS, "Research Fellow", "Tarrow Institute of Soil Science"),
    ],
)
def test_position_and_affiliation(
    tmp_path: Path, header: str, body: str, position: str, affiliation: str
) -> None:
    profile = text_cv_profile(tmp_path, f"Jane Quill\n{header}\n{body}{PAPER}")
    assert (profile["position"], profile["affiliation"]) == (position, affiliation)


@pytest.mark.parametrize(
    "education, position",
    [
        # the student's title as the entry prints it
        ("Kestrel University, 2022 - Present\nPh.D. Candidate in Physics", "Ph.D. Candidate"),
        # a degree that ends after every other date of the CV is under way: its level's title
        ("Kestrel University, 2022 - 2028\nPh.D. in Physics", "Ph.D. student"),
        # one that ended before the CV's newest paper is not
        ("Kestrel University, 2018 - 2022\nPh.D. in Physics", None),
    ],
)
def test_ongoing_degree(tmp_path: Path, education: str, position: str | None) -> None:
    text = f"Mateo Brandvik\nmateo@example.org\n\nEDUCATION\n{education}\n{PAPER}"
    profile = text_cv_profile(tmp_path, text)
    assert profile["position"] == position
    assert profile["affiliation"] == ("Kestrel University" if position else None)


def test_the_current_entry_gives_its_evidence(tmp_path: Path) -> None:
    profile = text_cv_profile(tmp_path, f"Jane Quill\njane.quill@example.edu\n{JOBS}{PAPER}")
    evidence = profile["facts_evidence"]
    assert isinstance(evidence, dict)
    assert evidence["position"]["text"] == "2021 – Research Fellow, Tarrow Institute of Soil Science"


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Quantitative Ecologist", True),
        ("Doctorante en intelligence artificielle", True),
        ("Pesquisador", True),
        ("Jane Quill", False),
        ("Department of Botany", False),  # an organization
        ("Research Fellow 2021", False),  # a dated entry
        ("Google Scholar Website", False),
        ("jane@example.edu", False),
        ("Curriculum Vitae", False),
    ],
)
def test_is_title_phrase(text: str, expected: bool) -> None:
    assert is_title_phrase(text) is expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("SENIOR RESEARCH SCIENTIST", "Senior Research Scientist"),
        ("PROFESSOR OF BOTANY AND ECOLOGY", "Professor of Botany and Ecology"),
        ("Ph.D. Candidate", "Ph.D. Candidate"),
    ],
)
def test_capitals_to_title(text: str, expected: str) -> None:
    assert capitals_to_title(text) == expected


@pytest.mark.parametrize(
    "start, end, expected_flag, as_of, ongoing",
    [
        ("2022", None, False, None, True),
        (None, "2026", True, None, True),
        ("2022", "2028", False, 2025, True),
        ("2018", "2022", False, 2025, False),
        ("2018", "2025", False, 2025, False),
        ("2018", "2028", False, None, False),
    ],
)
def test_is_ongoing(
    start: str | None, end: str | None, expected_flag: bool, as_of: int | None, ongoing: bool
) -> None:
    edu = Education(
        degree="Ph.D.", start=start, end=end, expected=expected_flag, evidence=Evidence(source=0, text="x")
    )
    assert is_ongoing(edu, as_of) is ongoing


@pytest.mark.parametrize(
    "cells, start, end, current",
    [
        # a table row: the title, its year, and "Present" in a cell apart
        (("Research Fellow, Tarrow Institute of Soil Science", "2021", "Present"), "2021", None, True),
        (("Research Fellow, Tarrow Institute of Soil Science", "2021"), "2021", "2021", False),
        (
            ("Research Fellow, Tarrow Institute of Soil Science", "2019 - 2021", "Present"),
            "2019",
            "2021",
            False,
        ),
    ],
)
def test_an_open_end_apart_opens_the_job(
    cells: tuple[str, ...], start: str, end: str | None, current: bool
) -> None:
    line = Line(text="  ".join(cells), number=0, cells=cells)
    ctx = ParseContext(source_index=0, kind=DocumentKind.CV, use_nlp=False, use_models=False)
    job = parse_experience_block(Block(lines=(line,)), ctx)
    assert job is not None
    assert (job.start, job.end, job.current) == (start, end, current)
