"""Where the person works or studies: a student's department from the degree under way when the
header's title is that degree's role told another way, a header line's unit beside its university, no
affiliation from a membership (invented documents)."""

from __future__ import annotations

from pathlib import Path

import pytest

from extractor.options import ExtractOptions
from extractor.pipeline import extract_profile

CV = """Jordan Example
{title}
jordan@example.org

EDUCATION
{degree} in Botany, Tarrow University, 2021 – present
Advisor: Robin Sample
B.Sc. in Biology, Kestrel College, 2021
"""


@pytest.mark.parametrize(
    "title, degree, department, advisors",
    [
        ("Ph.D. Candidate", "Ph.D.", "Botany", ["Robin Sample"]),  # the header says it another way
        ("PhD student", "Ph.D.", "Botany", ["Robin Sample"]),  # spelled another way
        ("Doctoral Candidate", "Ph.D.", "Botany", ["Robin Sample"]),
        ("Graduate Student", "M.Sc.", "Botany", ["Robin Sample"]),  # neither is a doctorate
        ("Ph.D. Candidate", "M.Sc.", None, []),  # a doctoral title over a master's: another role
        ("Research Assistant", "Ph.D.", None, []),  # not a student's title
    ],
)
def test_the_degree_under_way_gives_a_students_department(
    tmp_path: Path, title: str, degree: str, department: str | None, advisors: list[str]
) -> None:
    path = tmp_path / "cv.txt"
    path.write_text(CV.format(title=title, degree=degree), "utf-8")
    profile = extract_profile([str(path)], ExtractOptions(use_nlp=False))
    assert profile.position == title
    assert (profile.department, profile.advisors) == (department, advisors)


@pytest.mark.parametrize(
    "line, affiliation, department",
    [
        ("Kestrel University Botany Department", "Kestrel University", "Botany"),
        ("Kestrel University Dept. Root Biology", "Kestrel University", "Root Biology"),
        ("University of Tarrow Department of Roots", "University of Tarrow", "Roots"),
        ("Kestrel University, Department of Roots", "Kestrel University", "Roots"),
        ("Kestrel University", "Kestrel University", None),
    ],
)
def test_a_header_line_naming_university_and_department_gives_both(
    tmp_path: Path, line: str, affiliation: str, department: str | None
) -> None:
    path = tmp_path / "cv.txt"
    path.write_text(
        f"Jordan Example\nCurriculum Vitae\n{line}\njordan@example.org\n\nEDUCATION\n"
        "Ph.D. in Botany, Tarrow University, 2020\n",
        "utf-8",
    )
    profile = extract_profile([str(path)], ExtractOptions(use_nlp=False))
    assert (profile.affiliation, profile.department) == (affiliation, department)


def test_a_membership_running_on_is_no_affiliation(tmp_path: Path) -> None:
    path = tmp_path / "cv.txt"
    path.write_text(
        "Jordan Example\njordan@example.org\n\nAWARDS\nFern Prize, 2023\n\nPROFESSIONAL MEMBERSHIPS\n"
        "Society for Root Studies (SRS), 2019 – present\nAmerican Fern Association, 2016 – present\n",
        "utf-8",
    )
    profile = extract_profile([str(path)], ExtractOptions(use_nlp=False))
    assert (profile.position, profile.affiliation) == (None, None)
