"""The owner's name at the top of a CV: degrees and pronouns after it, nicknames in it, a name
broken over two lines, a name beside "Curriculum Vitae", a name in Han characters. Every CV here
is invented."""

from __future__ import annotations

from pathlib import Path

import pytest

from extractor.document import Line
from extractor.fields.header import (
    _continued_on_next_line,
    _display_name,
    _size_of_line_with,
    looks_like_name,
    split_native_name,
)
from extractor.options import ExtractOptions
from extractor.pipeline import extract

BODY = """
EDUCATION
Ph.D. in Ecology, Wrenfield University, 2015 - 2020
"""


@pytest.mark.parametrize(
    "top, name",
    [
        ("Jane Quill, M.D., Ph.D.", "Jane Quill"),
        ("Jane Quill MRes PhD", "Jane Quill"),
        ("Jane Quill, MPH", "Jane Quill"),
        ("Jane QuillPh.D.", "Jane Quill"),
        ("Jane Quill (she/her)", "Jane Quill"),
        ("Dr. Jane Quill", "Jane Quill"),
        ("Jane “Jay” Quill", "Jane “Jay” Quill"),
        # a name in capitals whose family name, led by a particle, goes on on the next line
        ("JANE MARIA\nDA S. QUILL", "Jane Maria Da S. Quill"),
        ("Jane Quill | Curriculum Vitae", "Jane Quill"),
        # the document's title on the name's line, with no separator; pronouns without brackets
        ("Jane Quill, PhD Curriculum Vitae", "Jane Quill"),
        ("Jane Quill – CV", "Jane Quill"),
        ("Jane Quill She/Her", "Jane Quill"),
        ("Jane Quill he/him/his", "Jane Quill"),
        ("Jane\nQuill, née Roe", "Jane Quill"),
        ("Ana Lúcia de\nSouza Prado Lima", "Ana Lúcia de Souza Prado Lima"),
        ("林梅", "林梅"),
        # letter-spaced in mixed case: words start at its capitals; glued by the PDF
        ("L u c y A . Q u i l l", "Lucy A. Quill"),
        ("JaneQuill", "Jane Quill"),
        # the version's date after the name
        ("Jane Quill, 2/14/2026", "Jane Quill"),
        ("JANE QUILL JANUARY, 2026", "Jane Quill"),
        ("Jane Quill – updated March 2025", "Jane Quill"),
    ],
)
def test_name(tmp_path: Path, top: str, name: str) -> None:
    path = tmp_path / "cv.txt"
    path.write_text(f"{top}\njq@example.edu\n{BODY}", "utf-8")
    result = extract([str(path)], ExtractOptions(use_nlp=False, use_models=False))
    assert result.profile is not None
    assert result.profile.name == name


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Toby (Tai-Lin) Morrow", True),
        ("Ana Lúcia de Souza Prado Lima", True),  # six words, one a particle
        ("Ana Lúcia de", False),  # it goes on on the next line
        ("Mira Das", True),  # a family name that is also a particle
        ("Jane Doe Roe Lee Kim Park", False),
    ],
)
def test_looks_like_name(text: str, expected: bool) -> None:
    assert looks_like_name(text) is expected


def test_degree_suffixes_are_cut() -> None:
    assert split_native_name("Mei Lin 林梅") == ("Mei Lin", "林梅")
    assert split_native_name("Mei Lin, MPhil, PhD") == ("Mei Lin", None)


def test_addresses_beyond_the_header_are_the_owners_only_when_they_bear_the_name(tmp_path: Path) -> None:
    text = (
        "Jane Quill\njane.quill@example.edu\n"
        f"{BODY}\n"
        "PEOPLE\n"
        "Prof. Lena Voss, Kestrel University, lvoss@kestrel.example.edu\n"
        "Home address: jquill.home@example.org\n"
    )
    path = tmp_path / "cv.txt"
    path.write_text(text, "utf-8")
    result = extract([str(path)], ExtractOptions(use_nlp=False, use_models=False))
    assert result.profile is not None
    assert result.profile.emails == ["jane.quill@example.edu", "jquill.home@example.org"]


@pytest.mark.parametrize(
    "text, hints, expected",
    [
        ("L u c y A . Q u i l l", (), "Lucy A. Quill"),
        ("J A N E Q U I L L", ("jquill",), "JANE QUILL"),
        ("J A N E Q U I L L", ("quill.jane",), "JANE QUILL"),
        ("J A NE QU I L L", ("quill",), "JANE QUILL"),
        # in capitals with no address to tell the words apart: not read
        ("J A N E Q U I L L", (), None),
        ("R E S E A R C H E R", ("jquill",), None),
        # not letter-spaced
        ("Jane Quill", ("jquill",), None),
    ],
)
def test_unspace_letters(text: str, hints: tuple[str, ...], expected: str | None) -> None:
    from extractor.parse.names import unspace_letters

    assert unspace_letters(text, hints) == expected


@pytest.mark.parametrize(
    "token, expected",
    [("JaneQuill", "Jane Quill"), ("McKenzie", None), ("Quill", None), ("JANEQUILL", None), ("JaQ", None)],
)
def test_split_glued_name(token: str, expected: str | None) -> None:
    from extractor.parse.names import split_glued_name

    assert split_glued_name(token) == expected


def test_a_name_in_spaced_capitals_is_read_with_the_address(tmp_path: Path) -> None:
    path = tmp_path / "cv.txt"
    path.write_text(f"J A N E Q U I L L\njane.quill@example.edu\n{BODY}", "utf-8")
    result = extract([str(path)], ExtractOptions(use_nlp=False, use_models=False))
    assert result.profile is not None and result.profile.name == "Jane Quill"


@pytest.mark.parametrize("text", ["Jane Quill Millbrook,Ruritania", "Jane Bluesky"])
def test_not_a_name(text: str) -> None:
    assert not looks_like_name(text)


def test_a_single_name_is_read_when_the_address_spells_it(tmp_path: Path) -> None:
    path = tmp_path / "cv.txt"
    path.write_text(f"JANARDAN\nCurriculum Vitae\njanardan@example.edu\n{BODY}", "utf-8")
    result = extract([str(path)], ExtractOptions(use_nlp=False, use_models=False))
    assert result.profile is not None and result.profile.name == "Janardan"
    path.write_text(f"JANARDAN\nCurriculum Vitae\njq@example.edu\n{BODY}", "utf-8")
    result = extract([str(path)], ExtractOptions(use_nlp=False, use_models=False))
    assert result.profile is not None and result.profile.name is None


def test_a_lab_acronym_beside_the_name_is_not_the_names() -> None:
    from extractor.document import Line
    from extractor.fields.header import _name_texts

    line = Line(text="Jane Quill KIRL-LSE", number=0, page=1, cells=("Jane Quill", "KIRL-LSE"))
    texts = list(_name_texts([line]))
    assert texts.index("Jane Quill") < texts.index("Jane Quill KIRL-LSE")


@pytest.mark.parametrize(
    "text, expected",
    [
        ("R E S E A R C H E R", "Researcher"),
        ("L E C T U R E R", "Lecturer"),
        ("J A N E", None),
        ("Researcher", None),
    ],
)
def test_spaced_title(text: str, expected: str | None) -> None:
    from extractor.fields.header import spaced_title

    assert spaced_title(text) == expected


@pytest.mark.parametrize(
    "top, affiliation",
    [
        # the university under its institute, not the institute
        ("Postdoctoral Researcher\nAnton Institute for Roots\nWrenfield University", "Wrenfield University"),
        ("Postdoctoral Researcher\nWrenfield University", "Wrenfield University"),
        # a field after the title is no affiliation
        ("RESEARCH SCIENTIST, ROOTS FOR SCIENCE", None),
        # no title: a header line naming an institution and its unit
        ("Wrenfield University, Division of Roots and Soil", "Wrenfield University"),
    ],
)
def test_header_affiliation(tmp_path: Path, top: str, affiliation: str | None) -> None:
    path = tmp_path / "cv.txt"
    path.write_text(f"Jane Quill\n{top}\njq@example.edu\n{BODY}", "utf-8")
    result = extract([str(path)], ExtractOptions(use_nlp=False, use_models=False))
    assert result.profile is not None
    assert result.profile.affiliation == affiliation


def test_the_institute_over_the_university_is_the_department(tmp_path: Path) -> None:
    path = tmp_path / "cv.txt"
    top = "Postdoctoral Researcher\nAnton Institute for Roots\nWrenfield University"
    path.write_text(f"Jane Quill\n{top}\njq@example.edu\n{BODY}", "utf-8")
    result = extract([str(path)], ExtractOptions(use_nlp=False, use_models=False))
    assert result.profile is not None
    assert (result.profile.affiliation, result.profile.department) == (
        "Wrenfield University",
        "Anton Institute for Roots",
    )


def test_the_name_under_a_heading_when_no_header_was_found() -> None:
    """ "CURRICULUM VITAE" taken for a section heading over the name: the top lines give it."""
    from extractor.document import DocumentKind, Line, Section, SectionKind
    from extractor.fields.context import ParseContext
    from extractor.fields.header import _name_candidates

    lines = tuple(
        Line(text=t, number=i, page=1)
        for i, t in enumerate(["CURRICULUM VITAE", "Jane Quill", "Wrenfield University", "jq@example.edu"])
    )
    sections = (Section(kind=SectionKind.OTHER, heading=lines[0], lines=lines[1:]),)
    whole = Section(kind=SectionKind.OTHER, heading=None, lines=lines)
    ctx = ParseContext(source_index=0, kind=DocumentKind.CV, use_nlp=False, sections=sections)
    assert _name_candidates(whole, list(sections), ctx) == [("Jane Quill", None, "top")]


@pytest.mark.parametrize(
    "contact_line, emails, phones",
    [
        # a placement director's contact under the name is theirs, not the owner's
        ("Placement Director: Ana Lind ana.lind@kestrel.example.edu +1 555 0100", [], []),
        ("Graduate Administrator: Bo Reyes breyes@kestrel.example.edu", [], []),
        # the owner's own line under a role label keeps the owner's address
        ("Office Manager: Jane Quill jane.quill@home.example.org", ["jane.quill@home.example.org"], []),
        ("Phone: +1 555 0199", [], ["+1 555 0199"]),  # a contact label, no role
    ],
)
def test_a_header_line_giving_someone_elses_contact_is_not_the_owners(
    tmp_path: Path, contact_line: str, emails: list[str], phones: list[str]
) -> None:
    text = f"Jane Quill\njane.quill@example.edu\n{contact_line}\n{BODY}\n"
    path = tmp_path / "cv.txt"
    path.write_text(text, "utf-8")
    result = extract([str(path)], ExtractOptions(use_nlp=False, use_models=False))
    assert result.profile is not None
    assert result.profile.emails == ["jane.quill@example.edu", *emails]
    assert result.profile.phones == phones


def _line(number: int, text: str, size: float, top: float) -> Line:
    return Line(text=text, number=number, page=1, size=size, top=top)


@pytest.mark.parametrize(
    "first, second, size2, gap, joined",
    [
        # one large size, close below, rare capitalized words: the name goes on
        ("Ana Lúcia", "Quintal Prado Ferreira", 18.0, 22.0, "Ana Lúcia Quintal Prado Ferreira"),
        ("Ana Lúcia", "da Quintal", 18.0, 22.0, "Ana Lúcia da Quintal"),
        # a tagline of common words, a job, a place, an organization, a heading: not the name's
        ("Ana Lúcia", "Data Science", 18.0, 22.0, None),
        ("Ana Lúcia", "Research Scientist", 18.0, 22.0, None),
        ("Ana Lúcia", "Wrenfield University", 18.0, 22.0, None),
        ("Ana Lúcia", "Publications", 18.0, 22.0, None),
        ("Ana Lúcia", "Lisbon Portugal", 18.0, 22.0, None),
        # smaller, or far below: another line
        ("Ana Lúcia", "Quintal Prado", 11.0, 22.0, None),
        ("Ana Lúcia", "Quintal Prado", 18.0, 60.0, None),
    ],
)
def test_a_large_name_goes_on_on_the_next_line(
    first: str, second: str, size2: float, gap: float, joined: str | None
) -> None:
    lines = [_line(0, first, 18.0, 40.0), _line(1, second, size2, 40.0 + gap)]
    lines.append(_line(2, "Lisbon", 10.0, 120.0))
    assert list(_continued_on_next_line(lines[0], lines[1], lines)) == ([joined] if joined else [])


@pytest.mark.parametrize(
    "top, department",
    [
        # a department line with the contact beside it; a label before it
        ("Department of Fern Science   jq@example.edu\nWrenfield University", "Department of Fern Science"),
        ("Address: Department of Fern Science\nWrenfield University", "Department of Fern Science"),
        # the institution after a comma is not the unit's; a list inside the unit's name is
        ("Department of Fern Science, WU\nWrenfield University", "Department of Fern Science"),
        (
            "Department of Ecology, Evolution and Roots\nWrenfield University",
            "Department of Ecology, Evolution and Roots",
        ),
        # a department outranks the school above it
        (
            "School of Plant Life\nDepartment of Fern Science\nWrenfield University",
            "Department of Fern Science",
        ),
        # the unit before the street address it leads
        ("School of Roots, 12 Fern Road\nWrenfield University", "School of Roots"),
    ],
)
def test_header_department_line(tmp_path: Path, top: str, department: str | None) -> None:
    path = tmp_path / "cv.txt"
    path.write_text(f"Jane Quill\n{top}\n{BODY}", "utf-8")
    result = extract([str(path)], ExtractOptions(use_nlp=False, use_models=False))
    assert result.profile is not None
    assert result.profile.department == department


@pytest.mark.parametrize(
    "field, stands_for_department",
    [
        ("Computer Science", True),
        ("Ecology & Evolution", True),
        ("Fern Science, Roots and Soil", True),
        ("Candidate in Fern Science, Advisor: Prof. A. Lind", False),  # the parser cut it badly
        ("Fern Science (in progress", False),
        ("Student in Roots (Soil Concentration", False),
        ("Fern Manuscripts (1517-1650).", False),
        ("Root Biology (Soil Science)", True),  # a sub-field in brackets, as printed
        ("Root Biology (Advisor: A. Lind)", False),
        ("Root Biology (2019)", False),
    ],
)
def test_a_degree_field_standing_for_the_department(field: str, stands_for_department: bool) -> None:
    from extractor.patterns.regexes import FIELD_AS_DEPARTMENT_RE

    assert (FIELD_AS_DEPARTMENT_RE.fullmatch(field) is not None) is stands_for_department


@pytest.mark.parametrize(
    "top, position, affiliation, department",
    [
        # title, institution and unit in one line, as Chinese CVs print them (all invented)
        ("博士后，青石大学统计与数据科学系", "博士后", "青石大学", "统计与数据科学系"),
        # an institution with its acronym, a lab and a title run together
        (
            "青石研究所（QSI）云物理实验室高级研究员（长期职位）",
            "高级研究员（长期职位）",
            "青石研究所（QSI）",
            "云物理实验室",
        ),
        # the title alone, the institution beside an address, its unit on the next line
        ("副研究员\n青石大学 lm@example.cn\n地球物理学院", "副研究员", "青石大学", "地球物理学院"),
    ],
)
def test_a_chinese_header(tmp_path: Path, top: str, position: str, affiliation: str, department: str) -> None:
    path = tmp_path / "cv.txt"
    path.write_text(f"林梅\n{top}\n\n教育经历\n2015 - 2020 青石大学 博士\n", "utf-8")
    result = extract([str(path)], ExtractOptions(use_nlp=False, use_models=False))
    assert result.profile is not None
    profile = result.profile
    assert (profile.position, profile.affiliation, profile.department) == (position, affiliation, department)


# A first column of entries at the top (its small "Example Modelling." reads as a name), the
# owner's name set large in the other column, lower down.
SIDEBAR_PAGE = [
    ("Experience", 16.0),
    ("Research Intern 2021-2023", 11.0),
    ("Example Modelling.", 9.0),
    ("Lorem ipsum dolor sit amet consectetur", 9.0),
    ("Jane Quill", 16.0),
    ("Skills", 16.0),
    ("Python, R", 9.0),
    ("Fieldwork and soil sampling", 9.0),
]


@pytest.mark.parametrize(
    "found, display",
    [
        # the top's candidate is a small line: the large name wins
        ("Example Modelling.", ("Jane Quill", None, "display")),
        # the top's candidate is as large as the name: it stands
        ("Experience", None),
    ],
)
def test_a_large_name_lower_down_outranks_a_small_line_at_the_top(
    found: str, display: tuple[str, None, str] | None
) -> None:
    lines = tuple(_line(i, text, size, 40.0 + 14 * i) for i, (text, size) in enumerate(SIDEBAR_PAGE))
    assert _display_name(lines, _size_of_line_with(list(lines), found)) == display


def test_a_large_name_broken_over_two_lines_is_read_whole() -> None:
    lines = (
        _line(0, "Data Analyst", 11.0, 20.0),
        _line(1, "Ana Lúcia", 15.0, 60.0),
        _line(2, "Quintal Prado", 15.0, 78.0),
        _line(3, "Lorem ipsum dolor", 9.0, 120.0),
        _line(4, "sit amet consectetur", 9.0, 132.0),
    )
    assert _display_name(lines, 11.0) == ("Ana Lúcia Quintal Prado", None, "display")
