"""The current role read from an open-ended entry's own lines (``offer_open_entries``), where the
entry parsers give none, and the choice among affiliations (a unit gives way to its university).
Every CV here is invented."""

from __future__ import annotations

from pathlib import Path

import pytest

from extractor.document import Candidate, Line
from extractor.fields.current import open_entry_role
from extractor.profile import Evidence
from tests.conftest import text_cv_profile


def _lines(*texts: str) -> list[Line]:
    return [Line(text=t, number=i, page=1) for i, t in enumerate(texts)]


@pytest.mark.parametrize(
    "lines, is_education, expected",
    [
        # "since" in brackets after the title and the employer
        (
            ("Senior Lecturer, Wrenfield University (since 2025)",),
            False,
            ("2025", "Senior Lecturer", "Wrenfield University"),
        ),
        # the employer above, the title with its open range under it
        (
            ("School of Botany, Tarrow University", "Professor of Root Science (August 2024 – present)"),
            False,
            ("2024-08", "Professor of Root Science", "School of Botany, Tarrow University"),
        ),
        # a range at the line's start, the role on the next line, a place after the employer
        (
            ("2022–present Kestrel Institute of Technology, Millbrook, Ruritania", "Doctoral Student"),
            True,
            ("2022", "Doctoral Student", "Kestrel Institute of Technology"),
        ),
        # a degree under way with no student title printed: its level's
        (
            ("PhD, Zoology, University of Eastfield (Fall 2019–Present)",),
            True,
            ("2019", "Ph.D. student", "University of Eastfield"),
        ),
        # "depuis": a French open range
        (
            ("Depuis 04/2023 Chercheur postdoctoral, Université de Tarrow",),
            False,
            ("2023-04", "Chercheur postdoctoral", "Université de Tarrow"),
        ),
        # a sentence is no organization, though it holds an organization word
        (
            (
                "2021 – present Research Fellow, Wrenfield University",
                "Wrote a package to solve the Root Group Equation",
            ),
            False,
            ("2021", "Research Fellow", "Wrenfield University"),
        ),
        (("2021 – present Wrote a package to solve the Root Group Equation",), False, None),
        # a lone open end and no start: after every dated one
        (
            ("Tarrow University, Institute of Root Science", "Postdoctoral Researcher Present"),
            False,
            ("", "Postdoctoral Researcher", "Tarrow University, Institute of Root Science"),
        ),
        (("Expected Graduation Date",), False, None),
        # an employer named by its acronym alone, right after the title
        (
            ("Assistant Project Scientist, KIRL (Jul 2024 - present)",),
            False,
            ("2024-07", "Assistant Project Scientist", "KIRL"),
        ),
        # an agency named by its acronym and words of no organization list, the role under it
        (
            ("2021– KSDA Agricultural Research Service, Raleigh, NC", "Applied statistician"),
            False,
            ("2021", "Applied statistician", "KSDA Agricultural Research Service"),
        ),
        # a unit glued to its university by a hyphen
        (
            ("Tarrow University-Root Ecology, Millbrook", "PHD CANDIDATE. Present"),
            True,
            ("", "Phd Candidate", "Tarrow University"),
        ),
        # the student title under the honours of a degree under way
        (
            (
                "Wrenfield University School of Medicine 2023 –",
                "Quill Scholar, Invented Fellow",
                "Invented Foundation Graduate Fellow",
                "Ph.D. Candidate in Root Science",
            ),
            True,
            ("2023", "Ph.D. Candidate", "Wrenfield University School of Medicine"),
        ),
        # a closed range is no current role
        (("2019 – 2023 Lecturer, Wrenfield University",), False, None),
        # an open range with neither a role nor an organization
        (("2020 – present Fieldwork in the northern valleys",), False, None),
    ],
)
def test_open_entry_role(
    lines: tuple[str, ...], is_education: bool, expected: tuple[str, str | None, str | None] | None
) -> None:
    assert open_entry_role(_lines(*lines), is_education) == expected


@pytest.mark.parametrize(
    "as_of, expected",
    [(2025, ("2024-07", "Research Scientist", "Wrenfield University")), (2026, None), (None, None)],
)
def test_an_end_after_the_documents_other_years_is_open(
    as_of: int | None, expected: tuple[str, str, str] | None
) -> None:
    lines = _lines("Research Scientist, Wrenfield University  Jul 2024 - Jan 2026")
    assert open_entry_role(lines, False, as_of) == expected


def test_a_job_ending_after_every_other_year_is_current_but_a_stated_one_first(tmp_path: Path) -> None:
    cv = """Jane Quill
jane@example.org

EXPERIENCE
Research Scientist, Wrenfield University  Jul 2024 - Jan 2027
Postdoctoral Researcher, Tarrow University  Apr 2019 - Jun 2024

PUBLICATIONS
Quill, J. (2025). Roots in winter. Journal of Invented Botany.
"""
    profile = text_cv_profile(tmp_path, cv)
    assert (profile["position"], profile["affiliation"]) == ("Research Scientist", "Wrenfield University")
    stated = cv.replace("EXPERIENCE\n", "EXPERIENCE\nLecturer, Kestrel College  (Jun 2015 - present)\n")
    profile = text_cv_profile(tmp_path, stated)
    assert profile["position"] == "Lecturer"


def test_of_two_open_jobs_the_one_started_last_and_its_employer() -> None:
    from extractor.assemble import _affiliation_of_role, _entry_start

    dean = Evidence(
        source=0, page=1, text="College of Roots, Tarrow University\nAssociate Dean (July 2025 – present)"
    )
    prof = Evidence(source=0, page=1, text="Professor of Root Science (August 2025 – present)")
    assert (_entry_start(Candidate("Associate Dean", 0, "experience", 11, evidence=dean)), 202507) == (
        202507,
        202507,
    )
    assert _entry_start(Candidate("Professor", 0, "experience", 11, evidence=prof)) == 202508
    role = Candidate("Ph.D. student", 0, "open-entry", 10, evidence=prof)
    other = Candidate("Invented Project Title", 0, "experience", 11, evidence=dean)
    own = Candidate("Tarrow University", 0, "open-entry", 10, evidence=prof)
    assert _affiliation_of_role(role, other, [other, own]) == own
    header = Candidate("Kestrel University", 0, "tagline", 1)
    assert _affiliation_of_role(role, header, [header, own]) == header


def test_an_open_job_whose_start_stands_alone_under_it_is_dated_by_it() -> None:
    from extractor.assemble import _entry_start

    # "Current" over the employer over the start year: the layout of a right-hand date column
    older = Evidence(source=0, page=1, text="Current Graduate Research Assistant\n| Kestrel Lab\n2015")
    newer = Evidence(source=0, page=1, text="Current Principal Engineer\n| Tarrow Software\n2024")
    assert _entry_start(Candidate("Research Assistant", 0, "experience", 11, evidence=older)) == 201500
    assert _entry_start(Candidate("Principal Engineer", 0, "experience", 11, evidence=newer)) == 202400


def test_a_university_named_before_its_institute_is_the_affiliation() -> None:
    from extractor.assemble import _institution_of

    chosen = _institution_of(Candidate("Tarrow University, Research Institute of Roots", 0, "open-entry", 12))
    assert (chosen.value, chosen.department) == ("Tarrow University", "Research Institute of Roots")
    # a part that is no organization of its own: not cut off
    kept = Candidate("Tarrow University, Root Science Programme", 0, "open-entry", 12)
    assert _institution_of(kept).value == kept.value


@pytest.mark.parametrize(
    "value, expected",
    [
        # a university named first, then its city with a country code, a role, a unit in French
        ("Tarrow University, Tarrow (I), Principal Investigator: Prof. A. Lind", "Tarrow University"),
        ("Université de Tarrow, Unité de Recherche en Racines", "Université de Tarrow"),
    ],
)
def test_a_university_named_first_is_the_affiliation(value: str, expected: str) -> None:
    from extractor.assemble import _institution_of

    assert _institution_of(Candidate(value, 0, "experience", 11)).value == expected


@pytest.mark.parametrize(
    "value, expected",
    [
        ("Roots Lab (RL), Trinity College Kestrel", "Trinity College Kestrel"),
        ("Vision Lab (VL), KIT Wrenfield", "KIT Wrenfield"),
        ("Kestrel Institute of Roots, Trinity College Kestrel", "Trinity College Kestrel"),
        # an acronym first with no organization word before it: kept ("KSAE, IPP")
        ("KSAE, IPP", "KSAE, IPP"),
        # a place after a lab is no institution
        ("Vision Lab, Millbrook", "Vision Lab, Millbrook"),
    ],
)
def test_a_lab_gives_way_to_the_institution_after_it(value: str, expected: str) -> None:
    from extractor.assemble import _institution_of

    assert _institution_of(Candidate(value, 0, "experience", 11)).value == expected


@pytest.mark.parametrize(
    "value, expected",
    [
        ("Researcher Department of Systematics", "Researcher"),
        ("Current Research Engineer", "Research Engineer"),
        ("Professor, School of Roots", "Professor"),
        ("Professor of Root Science", "Professor of Root Science"),
    ],
)
def test_entry_titles_are_cleaned(value: str, expected: str) -> None:
    from extractor.assemble import _entry_title

    assert _entry_title(Candidate(value, 0, "experience", 11)).value == expected


def test_an_entry_taken_for_a_heading_still_gives_the_current_role(tmp_path: Path) -> None:
    from extractor.document import Section, SectionKind
    from extractor.fields.context import Found
    from extractor.fields.current import offer_open_entries

    heading = Line(text="Depuis 04/2023 Enseignant-chercheur, Université de Tarrow", number=5, page=1)
    section = Section(
        kind=SectionKind.OTHER, heading=heading, lines=(Line(text="Dans l’équipe X.", number=6, page=1),)
    )
    found = Found()
    offer_open_entries([section], 0, found)
    assert [c.value for c in found.position] == ["Enseignant-chercheur"]
    assert [c.value for c in found.affiliation] == ["Université de Tarrow"]


def test_a_teaching_role_gives_the_position_when_nothing_else_does(tmp_path: Path) -> None:
    cv = """Jane Quill
jane@example.org

TEACHING EXPERIENCE
Continuing Lecturer, Wrenfield University, OH. (Jun 2016 - present)
Stat 1: Introduction to Invented Statistics.

EDUCATION
Ph.D. in Statistics, Tarrow University, 2015
"""
    profile = text_cv_profile(tmp_path, cv)
    assert (profile["position"], profile["affiliation"]) == ("Continuing Lecturer", "Wrenfield University")


def test_a_unit_gives_way_to_its_university() -> None:
    from extractor.assemble import _institution_of

    evidence = Evidence(source=0, page=1, text="x")
    unit = Candidate("School of Botany, Tarrow University", 0, "open-entry", 12, evidence=evidence)
    chosen = _institution_of(unit)
    assert (chosen.value, chosen.department) == ("Tarrow University", "School of Botany")
    plain = Candidate("Tarrow University", 0, "header", 0)
    assert _institution_of(plain) == plain


@pytest.mark.parametrize(
    "field, value, origin, plausible",
    [
        # an entry's title without a role word: a project's name, a place
        ("position", "Project 2: Roots in Winter", "experience", False),
        ("position", "Millbrook, OH, Ruritania", "experience", False),
        ("position", "Research Assistant", "experience", True),
        ("position", "Ph.D. student", "education", True),
        # a header's title is not checked against the role words
        ("position", "Wizard of Roots", "tagline", True),
        # a title is no affiliation, nor is a highlight sentence
        ("affiliation", "Senior Research Scientist", "experience", False),
        ("affiliation", "Senior Lecturer", "tagline", False),
        ("affiliation", "maintains the lessons of the invented roots workshop", "experience", False),
        ("affiliation", "the Kestrel Agency for Soil Science", "prose", True),
        ("affiliation", "Wrenfield University", "experience", True),
    ],
)
def test_plausible_candidates(field: str, value: str, origin: str, plausible: bool) -> None:
    from extractor.assemble import _plausible

    assert _plausible(field, Candidate(value, 0, origin, 11)) is plausible  # type: ignore[arg-type]


def test_a_job_under_way_outranks_a_masters_under_way(tmp_path: Path) -> None:
    cv = """Jane Quill
jane@example.org

EDUCATION
2022 – present M.Sc. in Soil Science, Wrenfield University

EXPERIENCE
2023 – present Research Assistant, Tarrow Institute of Soil Science
"""
    profile = text_cv_profile(tmp_path, cv)
    assert (profile["position"], profile["affiliation"]) == (
        "Research Assistant",
        "Tarrow Institute of Soil Science",
    )


def test_a_doctorate_under_way_outranks_a_job_under_way(tmp_path: Path) -> None:
    cv = """Jane Quill
jane@example.org

EDUCATION
2022 – present Ph.D. in Soil Science, Wrenfield University

EXPERIENCE
2023 – present Research Assistant, Tarrow Institute of Soil Science
"""
    profile = text_cv_profile(tmp_path, cv)
    assert (profile["position"], profile["affiliation"]) == ("Ph.D. student", "Wrenfield University")


@pytest.mark.parametrize(
    "value, origin, expected",
    [
        ("Current Principal Software Engineer", "experience", "Principal Software Engineer"),
        ("Professor, Department of Root Science", "experience", "Professor"),
        ("Investigador posdoctoral. Proyecto de raíces invernales", "experience", "Investigador posdoctoral"),
        ("· · Research Assistant Professor", "open-entry", "Research Assistant Professor"),
        # "Continuing" is part of the title; a comma before a field stays
        ("Continuing Lecturer", "experience", "Continuing Lecturer"),
        ("Lecturer, Soil Science", "experience", "Lecturer, Soil Science"),
        # a header's title is taken as printed
        ("Professor, Department of Root Science", "tagline", "Professor, Department of Root Science"),
    ],
)
def test_entry_title(value: str, origin: str, expected: str) -> None:
    from extractor.assemble import _entry_title

    assert _entry_title(Candidate(value, 0, origin, 11)).value == expected


def test_a_short_header_title_takes_the_full_title_of_an_entry() -> None:
    from extractor.assemble import _extended_title

    short = Candidate("Professor", 0, "tagline", 1)
    full = Candidate("Professor of Root Science", 0, "experience", 11)
    other = Candidate("Professor of Leaves", 1, "experience", 11)
    assert _extended_title(short, [short, other, full]) == full
    assert _extended_title(short, [short, other]) == short


@pytest.mark.parametrize(
    "value, plausible",
    [
        ("Kestrel University", True),
        ("Seton Hall University", True),  # a building word inside a name
        ("Tarrow Patent Office", True),
        ("Master Card Foundation", True),  # degree words alone name companies
        ("Kestrel Labs (MS)", True),
        # a postal address's building or room at the end: an address line, no affiliation
        ("Kestrel University Plant Sciences Building", False),
        ("Tarrow University, Wrenfield Hall 214", False),
        ("Room 3.12", False),
        # a degree in brackets or a doctorate: a tagline or a programme
        ("ROOT SCIENCE (PHD)", False),
        ("Ph.D. Program in Botany, Kestrel University", False),
    ],
)
def test_an_address_or_a_degree_is_no_affiliation(value: str, plausible: bool) -> None:
    from extractor.assemble import _plausible

    assert _plausible("affiliation", Candidate(value, 0, "header", 4)) is plausible
