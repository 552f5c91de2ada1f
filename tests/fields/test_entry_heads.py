"""Entry heads: title and organization on either side of a separator, roles held under one employer,
teaching roles offered as positions, degrees the table names (invented examples)."""

from __future__ import annotations

import pytest

from extractor.document import Block, DocumentKind, Line, Section, SectionKind
from extractor.evaluate import degree_level
from extractor.fields.context import ParseContext
from extractor.fields.education import (
    _kept_apart,
    _unit_subject,
    _university_over_unit,
    parse_education,
    parse_education_block,
)
from extractor.fields.experience import (
    _apart,
    _named,
    _with_name_after,
    _with_unit_before,
    _without_project,
    _without_remote,
    _without_unit,
    parse_experience_block,
    split_nested,
)
from extractor.fields.teaching import parse_teaching
from extractor.parse.entries import split_title_org
from extractor.patterns import find_degree

CTX = ParseContext(source_index=0, kind=DocumentKind.CV, use_nlp=False, use_models=False)


def line(text: str, n: int, list_item: bool = False) -> Line:
    return Line(text=text, number=n, list_item=list_item)


@pytest.mark.parametrize(
    ("text", "title", "organization"),
    [
        pytest.param(
            "Tarrow University. Emeritus Faculty",
            "Emeritus Faculty",
            "Tarrow University",
            id="org-stop-title",
        ),
        pytest.param(
            "Tarrow University. Chair, Department of Botany",
            "Chair, Department of Botany",
            "Tarrow University",
            id="org-stop-title-with-department",
        ),
        pytest.param(
            "Senior Geologist/Data Developer. Kestrel Geological Survey",
            "Senior Geologist/Data Developer",
            "Kestrel Geological Survey",
            id="title-stop-org",
        ),
        pytest.param(
            "RESEARCH FELLOW ‑ TARROW UNIVERSITY", "RESEARCH FELLOW", "TARROW UNIVERSITY", id="nb-hyphen"
        ),
        pytest.param(
            "Department of Botany, Tarrow University, Research Fellow",
            "Research Fellow",
            "Department of Botany, Tarrow University",
            id="second-comma-decides",
        ),
        pytest.param("Research Intern @ Brindle Labs", "Research Intern", "Brindle Labs", id="at-sign"),
        pytest.param("University of St. Andrews", None, None, id="initial-is-no-stop"),
        pytest.param("University of Vermont at Millbrook", None, None, id="place-at-place"),
        pytest.param("Data Analyst Graphics Department", None, None, id="unit-word-last-is-no-org-start"),
        pytest.param(
            "Researcher Department of Botany", "Researcher", "Department of Botany", id="unit-word-starts-org"
        ),
        pytest.param("Lab Affiliate, Tarrow University", "Lab Affiliate", "Tarrow University", id="lab-role"),
        pytest.param(
            "Kestrel Lab Manager, Tarrow University",
            "Kestrel Lab Manager",
            "Tarrow University",
            id="lab-manager",
        ),
        pytest.param("Tarrow University, Kestrel Lab", None, None, id="no-role-on-either-side"),
        pytest.param(
            "CGPD, Tarrow University Visiting Fellow", None, None, id="university-before-a-role-is-no-role"
        ),
    ],
)
def test_split_title_org(text: str, title: str | None, organization: str | None) -> None:
    assert split_title_org(text) == (title, organization)


def test_roles_under_one_employer_are_positions_with_the_employer() -> None:
    block = Block(
        lines=(
            line("School of Botany, Tarrow University", 0),
            line("Professor of Plant Science (August 2025 – present)", 1, list_item=True),
            line("Senior Lecturer (August 2021 – July 2025)", 2, list_item=True),
            line("Lecturer (2018 – 2021)", 3, list_item=True),
        )
    )
    items = [parse_experience_block(part, CTX) for part in split_nested(block)]
    got = [(i.title, i.organization, i.start, i.end, i.current) for i in items if i is not None]
    assert got == [
        ("Professor of Plant Science", "School of Botany, Tarrow University", "2025-08", None, True),
        ("Senior Lecturer", "School of Botany, Tarrow University", "2021-08", "2025-07", False),
        ("Lecturer", "School of Botany, Tarrow University", "2018", "2021", False),
    ]


def test_roles_under_a_dated_employer_line_are_positions() -> None:
    block = Block(
        lines=(
            line("2018-2021 Kestrel Synthesis Center, Millbrook, OH", 0),
            line("2019–2021 Data scientist", 1),
            line("2018-2020 Postdoctoral fellow", 2),
            line("Mentor: Dr. Ada Quill", 3),
        )
    )
    items = [parse_experience_block(part, CTX) for part in split_nested(block)]
    got = [(i.title, i.organization, i.start, i.end) for i in items if i is not None]
    assert got == [
        ("Data scientist", "Kestrel Synthesis Center", "2019", "2021"),
        ("Postdoctoral fellow", "Kestrel Synthesis Center", "2018", "2020"),
    ]


def test_one_dated_position_over_its_employer_is_not_split() -> None:
    block = Block(lines=(line("Research Fellow, Kestrel University 2019-2021", 0), line("Lecturer 2021", 1)))
    assert split_nested(block) == [block]


def test_dated_bullets_about_the_work_stay_highlights() -> None:
    block = Block(
        lines=(
            line("Kestrel Labs", 0),
            line("Research Engineer", 1),
            line("Built a pipeline for sensor data in 2019, used by three teams.", 2, list_item=True),
        )
    )
    assert split_nested(block) == [block]


def test_teaching_roles_with_an_institution_are_also_positions() -> None:
    texts = [
        "Teaching Assistant, Tarrow University",
        "BOT 101: Plant Biology, Fall 2019",
        "BOT 240: Plant Ecology, Spring 2021",
    ]
    section = Section(
        kind=SectionKind.TEACHING,
        heading=None,
        lines=tuple(line(t, n, list_item=n > 0) for n, t in enumerate(texts)),
        label=None,
    )
    found = parse_teaching(section, CTX)
    assert [(t.role, t.course, t.institution) for t in found.teaching] == [
        ("Teaching Assistant", None, "Tarrow University"),
        ("Teaching Assistant", "BOT 101: Plant Biology", "Tarrow University"),
        ("Teaching Assistant", "BOT 240: Plant Ecology", "Tarrow University"),
    ]
    jobs = [(e.title, e.organization, e.start, e.end) for e in found.experience]
    assert jobs == [("Teaching Assistant", "Tarrow University", "2019", "2021")]


@pytest.mark.parametrize(
    ("text", "written", "level"),
    [
        ("2016 – 2018 Msc. in Geography, Tarrow University", "Msc.", "master"),
        ("MESTRE EM BOTÂNICA 10/2018 - 08/2021", "MESTRE", "master"),
        ("Matura, Kantonsschule Aldersee", "Matura", "other"),
        ("2011 – 2013 Classe Préparatoire, Lycée Rheinfeld", "Classe Préparatoire", "other"),
        ("Habilitation in Botany, Tarrow University", "Habilitation", "doctorate"),
    ],
)
def test_degree_table_rows(text: str, written: str, level: str) -> None:
    found = find_degree(text)
    assert found is not None
    assert (found.written, found.level) == (written, level)
    assert degree_level(written) == level  # the evaluator reads the gold's degree the same way


@pytest.mark.parametrize(
    ("text", "field"),
    [
        ("B.S. in Botany, Minor in Geology, Tarrow University, 2015", "Botany"),
        ("B.A. in Botany; minors in Geology & Music, Tarrow University, 2015", "Botany"),
        ("B.A. in Botany and Geology, Tarrow University, 2015", "Botany and Geology"),
    ],
)
def test_education_field_is_the_major(text: str, field: str) -> None:
    item = parse_education_block(Block(lines=(line(text, 0),)), CTX)
    assert item is not None
    assert (item.field, item.institution) == (field, "Tarrow University")


def test_a_role_at_a_school_heading_applies_to_the_courses_below() -> None:
    texts = ["BOT 101: Plant Biology Fall 2019", "BOT 240: Plant Ecology Spring 2021"]
    section = Section(
        kind=SectionKind.TEACHING,
        heading=None,
        lines=tuple(line(t, n) for n, t in enumerate(texts)),
        label="Teaching Assistant at Kestrel College",
    )
    found = parse_teaching(section, CTX)
    assert [(t.role, t.course, t.institution) for t in found.teaching] == [
        ("Teaching Assistant", "BOT 101: Plant Biology", "Kestrel College"),
        ("Teaching Assistant", "BOT 240: Plant Ecology", "Kestrel College"),
    ]
    assert [(e.title, e.organization, e.start, e.end) for e in found.experience] == [
        ("Teaching Assistant", "Kestrel College", "2019", "2021")
    ]


@pytest.mark.parametrize(
    ("text", "title", "organization", "start", "end"),
    [
        (
            "Tarrow University. Emeritus Faculty, 2024–present.",
            "Emeritus Faculty",
            "Tarrow University",
            "2024",
            None,
        ),
        (
            "Tarrow University. Chair, Department of Botany, 2013–2017.",
            "Chair",
            "Tarrow University",
            "2013",
            "2017",
        ),
        ("Research Fellow, Kestrel Inc. 2019.", "Research Fellow", "Kestrel Inc.", "2019", "2019"),
    ],
)
def test_employer_stop_role_lines(
    text: str, title: str, organization: str, start: str, end: str | None
) -> None:
    item = parse_experience_block(Block(lines=(line(text, 0),)), CTX)
    assert item is not None
    assert (item.title, item.organization, item.start, item.end) == (title, organization, start, end)


def test_a_head_and_its_description_still_part_at_the_stop() -> None:
    text = "Statistical Consultant, Harlow Legal. Analysis of data for the firm and its clients, 2019."
    item = parse_experience_block(Block(lines=(line(text, 0),)), CTX)
    assert item is not None
    assert (item.title, item.organization, item.highlights) == (
        "Statistical Consultant",
        "Harlow Legal",
        ["Analysis of data for the firm and its clients"],
    )


def test_a_teaching_role_laid_out_as_a_job_is_a_position() -> None:
    texts = [
        "2014 - 2016 Teaching assistant, Kestrel Tech, Millbrook, France",
        "Matrix methods, first-year projects",
    ]
    section = Section(
        kind=SectionKind.TEACHING,
        heading=None,
        lines=tuple(line(t, n) for n, t in enumerate(texts)),
        label=None,
    )
    found = parse_teaching(section, CTX)
    assert [(e.title, e.organization, e.location, e.start, e.end) for e in found.experience] == [
        ("Teaching assistant", "Kestrel Tech", "Millbrook, France", "2014", "2016")
    ]


def test_a_teaching_role_laid_out_as_a_job_over_several_courses_is_one_position() -> None:
    texts = [
        "2014 - 2016 Teaching assistant, Kestrel Tech, Millbrook, France",
        "Matrix methods (lecture + programming), fundamentals of botany (lecture), first-year",
        "collaborative and final projects supervision.",
    ]
    section = Section(
        kind=SectionKind.TEACHING,
        heading=None,
        lines=tuple(line(t, n) for n, t in enumerate(texts)),
        label=None,
        entry_starts=frozenset({0}),  # one entry, as a structure model or the layout gives it
    )
    found = parse_teaching(section, CTX)
    assert len(found.teaching) > 1
    assert [(e.title, e.organization, e.location, e.start, e.end) for e in found.experience] == [
        ("Teaching assistant", "Kestrel Tech", "Millbrook, France", "2014", "2016")
    ]


def test_course_lines_naming_their_school_first_are_no_positions() -> None:
    texts = ["2025 Kestrel Tech, BOT 430 (Theory of Roots), Lecturer of a class of 30"]
    section = Section(
        kind=SectionKind.TEACHING,
        heading=None,
        lines=tuple(line(t, n) for n, t in enumerate(texts)),
        label=None,
        entry_starts=frozenset({0}),
    )
    found = parse_teaching(section, CTX)
    assert all(not any(ch.isdigit() for ch in e.title or "") for e in found.experience)


@pytest.mark.parametrize(
    ("text", "organization"),
    [
        ("2015-2016 Graduate teaching assistant, Plant Ecology, Kestrel Tech", "Kestrel Tech"),
        ("Course Assistant, “Reading Old Maps.” Fall 2019.", None),
    ],
)
def test_a_job_like_teaching_entry_names_its_school_not_its_course(
    text: str, organization: str | None
) -> None:
    section = Section(kind=SectionKind.TEACHING, heading=None, lines=(line(text, 0),), label=None)
    found = parse_teaching(section, CTX)
    assert [e.organization for e in found.experience] == ([organization] if organization else [])


@pytest.mark.parametrize(
    ("text", "degree", "level", "field", "institution"),
    [
        (
            "B.A. + M.A. in Quantitative Botany, Tarrow School of Economics 2006–2011",
            "B.A. + M.A.",
            "master",
            "Quantitative Botany",
            "Tarrow School of Economics",
        ),
        (
            "2024 Doctorant en botanique, École Kestrel",
            "Doctorant",
            "doctorate",
            "botanique",
            "École Kestrel",
        ),
        (
            "MPhil Plant Cultures, Tarrow University, 2015",
            "MPhil",
            "master",
            "Plant Cultures",
            "Tarrow University",
        ),
        ("(M.Sc.) 2016-2018 Tarrow University", "M.Sc.", "master", None, "Tarrow University"),
        (
            "MSC PLANT BIOLOGY ‑ TARROW UNIVERSITY 2014–2015",
            "MSC",
            "master",
            "Plant Biology",
            "TARROW UNIVERSITY",
        ),
    ],
)
def test_education_heads(text: str, degree: str, level: str, field: str | None, institution: str) -> None:
    item = parse_education_block(Block(lines=(line(text, 0),)), CTX)
    assert item is not None
    assert (item.degree, item.degree_level, item.field, item.institution) == (
        degree,
        level,
        field,
        institution,
    )


def test_a_french_summer_school_is_not_a_degree() -> None:
    section = Section(
        kind=SectionKind.EDUCATION,
        heading=None,
        lines=(line("2021 École d’été, Kestrel School of Economics", 0),),
        label=None,
    )
    assert parse_education(section, CTX).education == []


@pytest.mark.parametrize(
    ("title", "organization", "rules", "expected"),
    [
        (
            "Data Artist in Residence",
            "Data Artist in Residence",
            {"title": "Data Artist in Residence", "organization": "Kestrel Labs"},
            ("Data Artist in Residence", "Kestrel Labs"),
        ),
        ("Senior Analyst", "Senior Analyst", {"title": None, "organization": None}, ("Senior Analyst", None)),
        ("Kestrel Labs", "Kestrel Labs", {"title": None, "organization": None}, (None, "Kestrel Labs")),
        (
            "Tarrow University, Department of Botany Lecturer",
            "Tarrow University, Department of Botany",
            {},
            ("Lecturer", "Tarrow University, Department of Botany"),
        ),
        (
            "Research Assistant",
            "Kestrel Cognition Lab",
            {"title": "Research Assistant", "organization": "Tarrow University"},
            ("Research Assistant", "Tarrow University"),
        ),
        (
            "Research Assistant",
            "Kestrel Cognition Lab, Tarrow University",
            {"title": "Research Assistant", "organization": "Tarrow University"},
            ("Research Assistant", "Kestrel Cognition Lab, Tarrow University"),
        ),
        (
            "Research Assistant",
            "Kestrel Cognition Lab",
            {"title": "Lab Manager", "organization": "Tarrow University"},
            ("Research Assistant", "Kestrel Cognition Lab"),
        ),
        (
            "Research Assistant",
            "Kestrel Cognition Lab",
            {"title": "Research Assistant", "organization": "Brindle Labs"},
            ("Research Assistant", "Kestrel Cognition Lab"),
        ),
        (
            "Research Intern",
            "Platform Team",
            {"title": "Research Intern", "organization": "Brindle Cloud, Platform Team"},
            ("Research Intern", "Brindle Cloud, Platform Team"),
        ),
    ],
)
def test_learned_title_and_organization_are_kept_apart(
    title: str, organization: str, rules: dict[str, str | None], expected: tuple[str | None, str | None]
) -> None:
    assert _apart(title, organization, rules) == expected


@pytest.mark.parametrize(
    ("lines", "title", "organization", "location", "supervisors"),
    [
        pytest.param(
            ["Kestrel Cognition Lab 2021 – 2023", "Research Assistant, Tarrow University"],
            "Research Assistant",
            "Tarrow University",
            None,
            [],
            id="lab-over-role-at-university",
        ),
        pytest.param(
            ["Tarrow University", "Soil microbes of a basin (Dr. A. Lind, PI)", "Research Technician 2015"],
            "Research Technician",
            "Tarrow University",
            None,
            [],
            id="role-line-below-a-project",
        ),
        pytest.param(
            ["Tarrow University", "Soil microbes of a basin (Ms. Ana Lind, Director)", "Field Manager 2012"],
            "Field Manager",
            "Tarrow University",
            None,
            [],
            id="role-in-a-person-bracket-is-the-persons",
        ),
        pytest.param(
            ["Kestrel Institute", "Fern survey (Prof. B. Reyes, Coordinator)", "Research Intern 2019"],
            "Research Intern",
            "Kestrel Institute",
            None,
            [],
            id="honorific-bracket-is-about-a-person",
        ),
        pytest.param(
            ["Brindle Learning", "Remote", "Data Instructor Jul 2022 – Aug 2022"],
            "Data Instructor",
            "Brindle Learning",
            None,
            [],
            id="role-line-third",
        ),
        pytest.param(
            ["Kestrel Robotics Group, Tarrow University", "Researcher | Mentor: Ana Lind 01/23 - Present"],
            "Researcher",
            "Kestrel Robotics Group, Tarrow University",
            None,
            ["Ana Lind"],
            id="mentor-after-a-bar",
        ),
        pytest.param(
            ["Tarrow Mathematics Department", "Course Assistant: MATH 401 (Linear Algebra) 01/24 - 05/24"],
            "Course Assistant",
            "Tarrow Mathematics Department",
            None,
            [],
            id="role-before-a-course",
        ),
        pytest.param(
            ["Postdoc-Fellow. Brivas, Francia.", "Nov. 2019 - Abril 2022", "Instituto Kestrel."],
            "Postdoc-Fellow.",
            "Instituto Kestrel.",
            "Brivas, Francia.",
            [],
            id="spanish-country-after-a-stop",
        ),
        pytest.param(
            ["Current Principal Engineer", "Kestrel Labs", "2024 – present"],
            "Principal Engineer",
            "Kestrel Labs",
            None,
            [],
            id="current-before-the-title",
        ),
        pytest.param(
            ["Tarrow University, School of Botany", "Instructor, Plant Ecology 2019"],
            "Instructor",
            "Tarrow University, School of Botany",
            None,
            [],
            id="teaching-role-then-its-course",
        ),
        pytest.param(
            ["Kestrel Lab 2020 – 2022", "Research Assistant, Tarrow University (PI: Ana Lind)"],
            "Research Assistant",
            "Tarrow University",
            None,
            ["Ana Lind"],
            id="bracketed-pi",
        ),
        pytest.param(
            ["Brindle Cloud Research May 2024 – Aug 2024", "Research Intern, Inference Platform Team"],
            "Research Intern",
            "Brindle Cloud Research, Inference Platform Team",
            None,
            [],
            id="employer-over-role-and-team",
        ),
        pytest.param(
            ["Researcher-developer", "Kestrel Search, Millbrook, OH", "2009–2014"],
            "Researcher-developer",
            "Kestrel Search",
            "Millbrook, OH",
            [],
            id="hyphenated-role-word",
        ),
    ],
)
def test_experience_heads(
    lines: list[str], title: str, organization: str, location: str | None, supervisors: list[str]
) -> None:
    block = Block(lines=tuple(line(text, n) for n, text in enumerate(lines)))
    item = parse_experience_block(block, CTX)
    assert item is not None
    assert (item.title, item.organization, item.location, item.supervisors) == (
        title,
        organization,
        location,
        supervisors,
    )


@pytest.mark.parametrize(
    ("text", "role", "institution"),
    [
        pytest.param(
            "2024-2025 Enseignante Vacataire, Université de Kestrel, Statistique (TD, M1)",
            "Enseignante Vacataire",
            "Université de Kestrel",
            id="french-role",
        ),
        pytest.param(
            'Teaching assistant "BOT 101 Plants". Department of Botany, Tarrow University, July 2024.',
            "Teaching assistant",
            "Department of Botany, Tarrow University",
            id="unit-and-university-after-a-quoted-course",
        ),
        pytest.param(
            "2016 Recitation Leader, Calculus for Economics, Tarrow University",
            "Recitation Leader",
            "Tarrow University",
            id="recitation-leader",
        ),
    ],
)
def test_teaching_roles_read_as_positions(text: str, role: str, institution: str) -> None:
    section = Section(kind=SectionKind.TEACHING, heading=None, lines=(line(text, 0),), label=None)
    found = parse_teaching(section, CTX)
    assert [(t.role, t.institution) for t in found.teaching] == [(role, institution)]
    assert [(e.title, e.organization) for e in found.experience] == [(role, institution)]


@pytest.mark.parametrize(
    ("learned", "rules", "kept"),
    [
        pytest.param(
            {"degree": "B.A.", "field": "Botany", "institution": "Tarrow University"},
            {"degree": "B.A. + M.A.", "field": "Botany", "institution": "Tarrow University"},
            {"degree": "B.A. + M.A.", "field": "Botany", "institution": "Tarrow University"},
            id="combined-degree-whole",
        ),
        pytest.param(
            {"degree": "PhD", "field": "Tarrow University-Botany", "institution": "Tarrow University-Botany"},
            {"degree": "PhD", "field": None, "institution": "Tarrow University-Botany"},
            {"degree": "PhD", "field": None, "institution": "Tarrow University-Botany"},
            id="field-that-is-the-institution",
        ),
        pytest.param(
            {"degree": "PhD", "field": "Botany Tarrow University", "institution": "Botany Tarrow University"},
            {"degree": "PhD", "field": "Botany", "institution": "Botany Tarrow University"},
            {"degree": "PhD", "field": "Botany", "institution": "Botany Tarrow University"},
            id="the-rules-field-instead",
        ),
        pytest.param(
            {"degree": "Ph.D.", "field": "Botany", "institution": "Tarrow University"},
            {"degree": "Ph.D.", "field": "Botany", "institution": "Tarrow University"},
            {"degree": "Ph.D.", "field": "Botany", "institution": "Tarrow University"},
            id="nothing-to-do",
        ),
    ],
)
def test_learned_education_fields_kept_apart(
    learned: dict[str, str | None], rules: dict[str, str | None], kept: dict[str, str | None]
) -> None:
    assert _kept_apart(learned, rules) == kept


@pytest.mark.parametrize(
    ("organization", "kept"),
    [
        ("Kestrel Fund “Moral Economies of Fern Growth in Cities”", "Kestrel Fund"),
        ('Kestrel Fund, "Fern Growth and the Moral City" (2019)', "Kestrel Fund"),
        ("Kestrel Fund “Moral Economies of Fern", "Kestrel Fund"),
        ('Universitatea "Ion Tarrow"', 'Universitatea "Ion Tarrow"'),
        ("“Fern Growth and the Moral City” project", "“Fern Growth and the Moral City” project"),
        ("Tarrow University", "Tarrow University"),
        (
            'Graduate School "Quantum Fern Growth Dynamics", Tarrow University',
            'Graduate School "Quantum Fern Growth Dynamics", Tarrow University',
        ),
    ],
)
def test_an_organization_loses_the_project_title_it_runs_into(organization: str, kept: str) -> None:
    assert _without_project(organization) == kept


@pytest.mark.parametrize(
    ("lines", "start", "end", "current"),
    [
        pytest.param(
            ["Current Principal Engineer", "Kestrel Labs 2024"], "2024", None, True, id="current-lead"
        ),
        pytest.param(["Principal Engineer", "Kestrel Labs 2024"], "2024", "2024", False, id="single-year"),
        pytest.param(
            ["Current Principal Engineer", "Kestrel Labs 2021 - 2023"],
            "2021",
            "2023",
            False,
            id="closed-range",
        ),
    ],
)
def test_a_head_saying_current_makes_a_single_date_the_start(
    lines: list[str], start: str, end: str | None, current: bool
) -> None:
    block = Block(lines=tuple(line(text, n) for n, text in enumerate(lines)))
    item = parse_experience_block(block, CTX)
    assert item is not None
    assert (item.start, item.end, item.current) == (start, end, current)


def _teaching_jobs(
    texts: list[str], label: str | None = None, bullets: tuple[int, ...] = ()
) -> list[tuple[str | None, str | None]]:
    section = Section(
        kind=SectionKind.TEACHING,
        heading=None,
        lines=tuple(line(t, n, list_item=n in bullets) for n, t in enumerate(texts)),
        label=label,
    )
    return [(e.title, e.organization) for e in parse_teaching(section, CTX).experience]


@pytest.mark.parametrize(
    ("texts", "label", "bullets", "jobs"),
    [
        pytest.param(
            [
                "Kestrel University",
                "BOT 101: Plant Biology Fall 2021",
                "Tarrow College",
                "ECO 20: Soils Spring 2019",
            ],
            "Teaching Assistant",
            (),
            [("Teaching Assistant", "Kestrel University"), ("Teaching Assistant", "Tarrow College")],
            id="heading-role-holds-for-every-school-under-it",
        ),
        pytest.param(
            [
                "Kestrel University, School of Botany Millbrook, OH",
                "Teaching Assistant Aug. 2019 - May 2021",
                "Graded the weekly problem sets of BOT 101 and BOT 240 and held office hours",
            ],
            None,
            (2,),
            [("Teaching Assistant", "Kestrel University, School of Botany Millbrook")],
            id="school-line-over-a-role-and-its-bullets",
        ),
        pytest.param(
            ["Teaching Assistant, Plant Ecology, Kestrel Tech (2 semesters) 2010"],
            None,
            (),
            [("Teaching Assistant", "Kestrel Tech")],
            id="term-count-is-not-the-school",
        ),
    ],
)
def test_teaching_roles_offered_as_positions(
    texts: list[str], label: str | None, bullets: tuple[int, ...], jobs: list[tuple[str, str]]
) -> None:
    assert _teaching_jobs(texts, label, bullets) == jobs


@pytest.mark.parametrize(
    ("lines", "title"),
    [
        pytest.param(
            ["Tarrow University", "Visiting Fellow, Department of Botany 2019-2020"],
            "Visiting Fellow",
            id="role-then-department-under-the-university",
        ),
        pytest.param(
            ["Kestrel University 2020-2022", "Research Associate, Center for Fern Policy"],
            "Research Associate",
            id="role-then-center",
        ),
        pytest.param(
            ["Tarrow University 2018-2020", "Lecturer in Botany"],
            "Lecturer in Botany",
            id="role-with-its-subject-stays",
        ),
    ],
)
def test_a_title_loses_the_unit_printed_after_the_role(lines: list[str], title: str) -> None:
    block = Block(lines=tuple(line(text, n) for n, text in enumerate(lines)))
    item = parse_experience_block(block, CTX)
    assert item is not None
    assert item.title == title


@pytest.mark.parametrize(
    ("title", "organization", "kept"),
    [
        pytest.param("Chair, Department of Botany", "Tarrow University", "Chair", id="department"),
        pytest.param(
            "Visiting Scholar - School of Fern Science", "Tarrow University", "Visiting Scholar", id="dash"
        ),
        pytest.param(
            "Data Scientist, Fern Data Lab", "Brindle Foundation", "Data Scientist, Fern Data Lab", id="lab"
        ),
        pytest.param("Dean, Faculty of Botany", "Tarrow University", "Dean", id="faculty-lead-is-no-role"),
        pytest.param(
            "Research Assistant, Department of Botany",
            None,
            "Research Assistant, Department of Botany",
            id="no-org",
        ),
        pytest.param(
            "Department of Botany, Tarrow", "Tarrow University", "Department of Botany, Tarrow", id="no-role"
        ),
    ],
)
def test_without_unit(title: str, organization: str | None, kept: str) -> None:
    assert _without_unit(title, organization) == kept


@pytest.mark.parametrize(
    ("learned", "rules", "kept"),
    [
        pytest.param("Kestrel Labs", "Tarrow University", "Kestrel Labs", id="a-name-stays"),
        pytest.param("2013", "Tarrow University", "Tarrow University", id="a-year-gives-way"),
        pytest.param("janv.–juin", "Université de Kestrel", "Université de Kestrel", id="french-months"),
        pytest.param("Actualmente", None, None, id="open-end-word-and-no-rule"),
        pytest.param("Mayo 2022", "2022", None, id="both-dates"),
        pytest.param(None, "Tarrow University", None, id="nothing-learned"),
    ],
)
def test_a_learned_value_of_date_words_gives_way(
    learned: str | None, rules: str | None, kept: str | None
) -> None:
    assert _named(learned, rules) == kept


def _education(lines: list[str]) -> list[tuple[str | None, str | None, str | None, str | None, str | None]]:
    section = Section(
        kind=SectionKind.EDUCATION,
        heading=None,
        lines=tuple(line(text, n) for n, text in enumerate(lines)),
        label=None,
    )
    found = parse_education(section, CTX)
    return [(e.degree, e.field, e.institution, e.start, e.end) for e in found.education]


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        pytest.param(
            ["Tarrow University", "B.A. in Botany, B.A. in Geology with Honors 2014 – 2018"],
            [
                ("B.A.", "Botany", "Tarrow University", "2014", "2018"),
                ("B.A.", "Geology with Honors", "Tarrow University", "2014", "2018"),
            ],
            id="two-bachelors-comma",
        ),
        pytest.param(
            ["Kestrel University", "BS Applied Botany; BA Geology June 2011"],
            [
                ("BS", "Applied Botany", "Kestrel University", None, "2011-06"),
                ("BA", "Geology", "Kestrel University", None, "2011-06"),
            ],
            id="bare-degrees-semicolon",
        ),
        pytest.param(
            ["Kestrel University, B.A. in Botany and M.A. in Geology 2011"],
            [
                ("B.A.", "Botany", "Kestrel University", None, "2011"),
                ("M.A.", "Geology", "Kestrel University", None, "2011"),
            ],
            id="institution-before-both",
        ),
        pytest.param(
            ["Tarrow University", "B.S. AND M.S. IN BOTANY 2010 - 2017"],
            [
                ("B.S.", None, "Tarrow University", "2010", "2017"),
                ("M.S.", "Botany", "Tarrow University", "2010", "2017"),
            ],
            id="capitals-and",
        ),
        pytest.param(
            ["Ph.D. in Botany, Tarrow University, Boston, MA 2020"],
            [("Ph.D.", "Botany", "Tarrow University", None, "2020")],
            id="state-code-is-no-degree",
        ),
        pytest.param(
            ["MPhil/PhD in Botany, Tarrow University 2016 - 2021"],
            [("MPhil/PhD", "Botany", "Tarrow University", "2016", "2021")],
            id="combined-programme-stays-one",
        ),
    ],
)
def test_two_degrees_on_one_line_are_two_items(
    lines: list[str], expected: list[tuple[str | None, str | None, str | None, str | None, str | None]]
) -> None:
    assert _education(lines) == expected


@pytest.mark.parametrize(
    ("learned", "rules", "kept"),
    [
        pytest.param(
            "Tarrow University.",
            "Department of Botany, Tarrow University.",
            "Department of Botany, Tarrow University.",
            id="unit-before-the-university",
        ),
        pytest.param(
            "Tarrow University", "Kestrel Lab, Tarrow University", "Tarrow University", id="a-lab-is-no-unit"
        ),
        pytest.param("Department of Botany", "Department of Botany", "Department of Botany", id="same"),
        pytest.param("Tarrow University", None, "Tarrow University", id="no-rules"),
    ],
)
def test_a_learned_institution_keeps_the_unit_the_rules_read_before_it(
    learned: str, rules: str | None, kept: str
) -> None:
    assert _with_unit_before(learned, {"title": None, "organization": rules}) == kept


@pytest.mark.parametrize(
    ("organization", "kept"),
    [
        pytest.param("Kestrel Atlas (remote)", "Kestrel Atlas", id="bracketed"),
        pytest.param("Brindle Labs Remote", "Brindle Labs", id="bare"),
        pytest.param("Brindle Labs, Virtual", "Brindle Labs", id="after-comma"),
        pytest.param("Remote Sensing Lab", "Remote Sensing Lab", id="a-name-that-starts-so"),
        pytest.param("Online", "Online", id="nothing-else"),
    ],
)
def test_an_organization_loses_the_word_saying_the_work_was_remote(organization: str, kept: str) -> None:
    assert _without_remote(organization) == kept


@pytest.mark.parametrize(
    ("lines", "title", "organization", "highlights"),
    [
        pytest.param(
            ["2003 – 2006 ] Senior Data Developer. Kestrel Geological Survey."],
            "Senior Data Developer",
            "Kestrel Geological Survey.",
            [],
            id="role-stop-name-without-an-org-word",
        ),
        pytest.param(
            ["Research Assistant. Centre de Recherche en Botanique. 2019"],
            "Research Assistant.",
            "Centre de Recherche en Botanique.",
            [],
            id="role-stop-name-with-connectors",
        ),
        pytest.param(
            ["Research Assistant. Analysis of plant growth in cities. 2019"],
            "Research Assistant",
            None,
            ["Analysis of plant growth in cities."],
            id="role-stop-description",
        ),
        pytest.param(
            ["Research Assistant. Supervised Ana Lind. 2019"],
            "Research Assistant",
            None,
            ["Supervised Ana Lind."],
            id="role-stop-sentence-opening-with-a-verb",
        ),
        pytest.param(
            ["Kestrel Cognition Lab 2025 – Present", "Lab Affiliate, Tarrow University (PI: Ana Lind)"],
            "Lab Affiliate",
            "Tarrow University",
            ["Kestrel Cognition Lab"],
            id="lab-over-lab-role-at-university",
        ),
        pytest.param(
            [
                "Ayudante asignatura: Botánica general Jul. 2012 – Ene. 2013",
                "Departamento de Botánica y Geología, Universidad de Tarrow.",
            ],
            "Ayudante asignatura",
            "Departamento de Botánica y Geología, Universidad de Tarrow.",
            ["Botánica general"],
            id="spanish-unit-is-an-organization",
        ),
    ],
)
def test_role_and_name_heads(
    lines: list[str], title: str | None, organization: str | None, highlights: list[str]
) -> None:
    block = Block(lines=tuple(line(text, n) for n, text in enumerate(lines)))
    item = parse_experience_block(block, CTX)
    assert item is not None
    assert (item.title, item.organization, item.highlights) == (title, organization, highlights)


@pytest.mark.parametrize(
    ("learned", "rule_org", "kept"),
    [
        ("Botany", "Botany, Laboratoire Kestrel", "Botany, Laboratoire Kestrel"),
        ("Botany", "Botany, Geology", "Botany"),
        ("Kestrel Lab", "Kestrel Lab, Tarrow University", "Kestrel Lab"),
        ("Botany", "Laboratoire Kestrel", "Botany"),
        ("Botany", None, "Botany"),
    ],
)
def test_a_learned_first_part_naming_no_organization_gives_way(
    learned: str, rule_org: str | None, kept: str
) -> None:
    assert _with_name_after(learned, {"title": "Postdoc", "organization": rule_org}) == kept


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        pytest.param(
            ["Tarrow University August 2017 - August 2022", "Ph.D., Department of Botany"],
            [("Ph.D.", "Botany", "Tarrow University", "2017-08", "2022-08")],
            id="unit-under-the-degree-gives-way-to-the-university-line",
        ),
        pytest.param(
            ["Kestrel Institute of Technology", "M.S., Department of Geology 2019"],
            [("M.S.", "Geology", "Kestrel Institute of Technology", None, "2019")],
            id="unit-gives-way-to-an-institute",
        ),
        pytest.param(
            ["Ph.D. in Botany, School of Life Sciences, Tarrow University 2020"],
            [("Ph.D.", "Botany", "School of Life Sciences, Tarrow University", None, "2020")],
            id="unit-and-university-are-one-run",
        ),
        pytest.param(
            ["M.S., Department of Geology, 2019"],
            [("M.S.", None, "Department of Geology", None, "2019")],
            id="a-unit-alone-stays",
        ),
    ],
)
def test_an_education_unit_and_its_university(
    lines: list[str], expected: list[tuple[str | None, str | None, str | None, str | None, str | None]]
) -> None:
    assert _education(lines) == expected


@pytest.mark.parametrize(
    ("institution", "field", "candidates", "expected"),
    [
        ("Department of Botany", None, ["Tarrow University"], ("Tarrow University", "Botany")),
        ("Department of Botany", "Botanik", ["Tarrow University"], ("Tarrow University", "Botanik")),
        ("School of Law", None, ["Kestrel College", "Tarrow University."], ("Tarrow University", "Law")),
        ("Department of Botany", None, ["School of Life Sciences"], ("Department of Botany", None)),
        ("Tarrow University", None, ["Kestrel University"], ("Tarrow University", None)),
        ("Department of Botany, Tarrow University", None, ["Kestrel University"], (
            "Department of Botany, Tarrow University",
            None,
        )),
    ],
)
def test_university_over_an_education_unit(
    institution: str, field: str | None, candidates: list[str], expected: tuple[str | None, str | None]
) -> None:
    assert _university_over_unit(institution, field, candidates) == expected


@pytest.mark.parametrize(
    ("unit", "subject"),
    [
        ("Department of Botany", "Botany"),
        ("School of Law", "Law"),
        ("Dipartimento di Fisica", "Fisica"),
        ("Department", None),
    ],
)
def test_unit_subject(unit: str, subject: str | None) -> None:
    assert _unit_subject(unit) == subject
