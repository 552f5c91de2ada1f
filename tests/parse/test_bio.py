"""The bio readers of parse/bio.py, on invented sentences and lines."""

from __future__ import annotations

import pytest

from extractor.document import Line, Section, SectionKind
from extractor.parse import bio


@pytest.mark.parametrize(
    "text, position, affiliation",
    [
        # a field before a dotted degree ("Ph.D." does not end the sentence)
        ("I am an Economics Ph.D. Candidate at Kestrel State University.", "Ph.D. Candidate",
         "Kestrel State University"),
        # a field after "of" with slashes, the institution up to its comma
        ("I am a Professor of Data Science/Statistics at Tarrow Institute, in Brill.",
         "Professor of Data Science/Statistics", "Tarrow Institute"),
        # a year and a major between the copula and the institution
        ("I am a third-year undergraduate student majoring in Botany at Wrenfield University.",
         "undergraduate student", "Wrenfield University"),
        # third person, the department named first
        ("She is an assistant professor at the Department of Botany at Wrenfield University.",
         "assistant professor", "Wrenfield University"),
        # a position and no institution
        ("I am a postdoctoral researcher in Brill, working on invented ferns.",
         "postdoctoral researcher", None),
        # no position near the copula
        ("I am happy to say that our invented paper with a postdoc was accepted.", None, None),
    ],
)  # fmt: skip
def test_position_sentence(text: str, position: str | None, affiliation: str | None) -> None:
    pos, aff = bio.position_sentence(text, 0)
    assert (pos.value if pos else None) == position
    assert (aff.value if aff else None) == affiliation


@pytest.mark.parametrize(
    "text, roles",
    [
        # a current role, then a past one whose institution ends before "mentored by"
        ("I am a tenure track assistant professor at Wrenfield College. Previously, I was a Kestrel "
         "Instructor at Tarrow Institute mentored by Jane Roe.",
         [("tenure track assistant professor", "Wrenfield College", True),
          ("Kestrel Instructor", "Tarrow Institute", False)]),
        # two past roles in one sentence; the organization kept whole, unit and institution
        ("Before that I was a Visiting Assistant Professor at Brill University and a Fern Instructor "
         "at the Department of Botany at Tarrow Institute.",
         [("Visiting Assistant Professor", "Brill University", False),
          ("Fern Instructor", "Department of Botany at Tarrow Institute", False)]),
        # third person, "worked as", a role made of two role words
        ("She worked as a postdoc research fellow at Example Labs (EL), where she grew ferns.",
         [("postdoc research fellow", "Example Labs (EL)", False)]),
        # "also", a role word from the job titles ("fellow"), an "&" in the title
        ("I am also the Roots & Shoots Fellow at Kestrel Consortium.",
         [("Roots & Shoots Fellow", "Kestrel Consortium", True)]),
        # the role's field or unit between it and "at" is not the title's; the institution ends at
        # "and" ("at X and Jane Roe's lab" names a person next), "and a" starts a second role
        ("I am a Fellow in the Department of Roots at Brill Institute for Ferns and a "
         "Lecturer at Kestrel College and Jane Roe's group.",
         [("Fellow", "Brill Institute for Ferns", True), ("Lecturer", "Kestrel College", True)]),
        # no institution after the role, and no role near the copula: nothing
        ("I was a professional violinist. I am happy to say our paper with a postdoc at Brill won.", []),
    ],
)  # fmt: skip
def test_role_sentences(text: str, roles: list[tuple[str, str, bool]]) -> None:
    assert [(r.title, r.organization, r.current) for r in bio.role_sentences(text)] == roles


def _lines(*texts: str) -> list[Line]:
    return [Line(text=t, number=i) for i, t in enumerate(texts)]


@pytest.mark.parametrize(
    "texts, expected",
    [
        (("Jane Doe", "Assistant Professor", "Wrenfield University"), "Wrenfield University"),
        (("Jane Doe", "Department of Botany, Tarrow University, Brill"), "Tarrow University"),
        (("Jane Doe", "Kestrel Lab - Tarrow Institute of Ferns"), "Tarrow Institute of Ferns"),
        (("Jane Doe", "> Kestrel University, Fern Learning Group"), "Kestrel University"),
        # the contact after its label on the same line ("Office: Hall 231") is not read
        (("Jane Doe", "Department of Botany, Tarrow University Office: Fern Hall 231"), "Tarrow University"),
        # the owner's own name line, a sentence, a street address: not institution lines
        (("Jane Doe University", "I study at Wrenfield University.", "12 College Road"), None),
    ],
)
def test_institution_line(texts: tuple[str, ...], expected: str | None) -> None:
    found = bio.institution_line(_lines(*texts), "Jane Doe University", 0)
    assert (found[0].value if found else None) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("I study the interaction between invented ferns and mosses.",
         ["interaction between invented ferns and mosses"]),
        ("My research is focused on Public Finance and Optimal Taxation.",
         ["Public Finance", "Optimal Taxation"]),
        ("In general, my research interests intersect Fern Theory, Moss Games, and Lichen Economics.",
         ["Fern Theory", "Moss Games", "Lichen Economics"]),
        ("I am a postdoc at X, where I work on differential ferns and invented physics applied to moss.",
         ["differential ferns", "invented physics"]),
        ("The focus of my thesis is modelling fern growth with invented methods.",
         ["modelling fern growth with invented methods"]),
        ("Much of my work revolves around fern competition, with a specific focus on moss parties and their "
         "programmatic diversification.",
         ["fern competition", "moss parties and their programmatic diversification"]),
        ("More recently, I have worked on other aspects of fern behaviour such as lichens and politics.",
         ["lichens and politics"]),
        ("I work on all aspects of Bayesian ferns. I like cake.", ["Bayesian ferns"]),
        ("I like hiking and invented board games.", []),
        # a clause is no list of topics: "how ferns and mosses share water" names none
        ("I study how ferns and mosses share water in invented valleys.", []),
        ("My work focuses on why lichens and ferns compete.", []),
    ],
)  # fmt: skip
def test_interest_sentence(text: str, expected: list[str]) -> None:
    assert bio.interest_sentence(text) == expected


@pytest.mark.parametrize(
    "interests, expected",
    [
        (["Public Finance and Optimal Taxation"], ["Public Finance", "Optimal Taxation"]),
        (["tools and methods for fern ecology"], ["tools and methods for fern ecology"]),
        (["ferns and mosses and lichens"], ["ferns and mosses and lichens"]),
    ],
)
def test_split_pairs(interests: list[str], expected: list[str]) -> None:
    assert bio.split_pairs(interests) == expected


@pytest.mark.parametrize(
    "texts, kind",
    [
        # a theme's "Interests" block of short topics: research interests
        (("Analysis of Invented Data", "Fern Resampling", "Moss Models"), "research_interests"),
        # hobbies told in sentences stay hobbies
        (("Sports. I play invented ball games.", "Collecting postcards!"), "interests"),
        (("Hiking", "I love baking bread with my invented sourdough"), "interests"),
    ],
)
def test_research_topics(texts: tuple[str, ...], kind: str) -> None:
    section = Section(kind=SectionKind.INTERESTS, heading=None, lines=tuple(_lines(*texts)))
    assert [part.kind for part in bio.research_topics(section)] == [kind]


def test_research_topics_leaves_other_sections_alone() -> None:
    section = Section(kind=SectionKind.OTHER, heading=None, lines=tuple(_lines("Fern Resampling")))
    assert bio.research_topics(section) == [section]


def test_research_topics_then_a_bio_the_section_ran_on_into() -> None:
    lines = [
        Line(text="Fern Psycholinguistics", number=0, list_item=True),
        Line(text="Moss Acquisition and Development", number=1, list_item=True),
        Line(text="I am an invented linguist at Kestrel. I build invented tools.", number=2),
    ]
    parts = bio.research_topics(Section(kind=SectionKind.INTERESTS, heading=None, lines=tuple(lines)))
    assert [(p.kind, [ln.number for ln in p.lines]) for p in parts] == [
        (SectionKind.RESEARCH_INTERESTS, [0, 1]),
        (SectionKind.OTHER, [2]),
    ]


@pytest.mark.parametrize(
    "value, unit",
    [
        ("College of Invented Geophysics", True),
        ("Institute for Fern Science", True),
        ("the Department of Botany", True),
        ("Kestrel University", False),
        ("Brillmoor Institute of Technology", False),
    ],
)
def test_is_unit(value: str, unit: bool) -> None:
    assert bio.is_unit(value) is unit


@pytest.mark.parametrize(
    "value, expected",
    [
        ("Institute of Fern Application at Kestrel University", "Kestrel University"),
        ("Institute of Ferns (IF), of the National University of Brill (NUB)",
         "National University of Brill (NUB)"),
        ("College of Moss", None),
    ],
)  # fmt: skip
def test_institution_in(value: str, expected: str | None) -> None:
    assert bio.institution_in(value) == expected


@pytest.mark.parametrize(
    "value, expected",
    [
        ("Visual Fern Center, Kestrel University", "Kestrel University"),
        ("Kestrel University", None),
        ("TARROW, Institut Polytechnique de Brill", None),
    ],
)
def test_university_in(value: str, expected: str | None) -> None:
    assert bio.university_in(value) == expected


@pytest.mark.parametrize(
    "value, field",
    [
        ("Chemistry", True),
        ("Condensed matter theory", True),
        ("Kestrel University", False),
        ("Fern Lab", False),
    ],
)
def test_is_field(value: str, field: bool) -> None:
    assert bio.is_field(value) is field


def test_institution_line_prefers_the_university_and_skips_taglines() -> None:
    lines = _lines(
        "Jane Doe",
        "Assistant Professor of Ferns at Kestrel University",
        "Qiuzhen College, Tarrow University",
    )
    found = bio.institution_line(lines, "Jane Doe", 0)
    assert found is not None
    assert found[0].value == "Tarrow University"
    assert found[1] == "Qiuzhen College, Tarrow University"


@pytest.mark.parametrize(
    "text, position, affiliation",
    [
        ("Professor and Program Director, Department of Ferns, Kestrel University", "Professor",
         "Kestrel University"),
        ("Ph.D. Student in Botany, Moss Concentration · University of Brill", "Ph.D. Student",
         "University of Brill"),
        ("Associate Dean of Learning and Teaching", "Associate Dean of Learning and Teaching", None),
        # a dated timeline line, a sentence's start that is not a position
        ("Postdoc, Tarrow University (2018-2021)", None, None),
        ("Welcome to my invented page", None, None),
    ],
)  # fmt: skip
def test_tagline_start(text: str, position: str | None, affiliation: str | None) -> None:
    pos, aff = bio.tagline_start(text, 0)
    assert (pos.value if pos else None) == position
    assert (aff.value if aff else None) == affiliation


def _heading(text: str, level: int) -> Line:
    return Line(text=text, number=0, heading_level=level)


def test_subtopic_headings_under_a_research_heading() -> None:
    sections = [
        Section(SectionKind.RESEARCH_INTERESTS, _heading("Research", 2), ()),
        Section(SectionKind.OTHER, _heading("Fern Circulation", 4), tuple(_lines("A paragraph."))),
        Section(SectionKind.OTHER, _heading("Moss Dynamics", 4), tuple(_lines("A paragraph."))),
        Section(SectionKind.TEACHING, _heading("Teaching", 2), ()),
        Section(SectionKind.OTHER, _heading("Invented Course 101", 4), ()),
        Section(SectionKind.OTHER, _heading("Lichen Seminar", 4), ()),
    ]
    assert bio.subtopic_headings(sections) == ["Fern Circulation", "Moss Dynamics"]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Big Data, Machine Learning, Fern Learning, Edge AI",
         ["Big Data", "Machine Learning", "Fern Learning", "Edge AI"]),
        ("Remote Sensing – SAR, Time Series, Deep Ferns",
         ["Remote Sensing", "SAR", "Time Series", "Deep Ferns"]),
        # a place, a sentence, an institution's address, a name: not topic lists
        ("Brill, MA, USA", []),
        ("I like ferns, mosses, and lichens.", []),
        ("Department of Ferns, Kestrel University, Brill", []),
        ("Jane Doe", []),
    ],
)  # fmt: skip
def test_keyword_line(text: str, expected: list[str]) -> None:
    assert bio.keyword_line(text) == expected


def test_topic_lines_keep_a_topics_own_commas() -> None:
    lines = tuple(_lines("Computing with Fern, Moss, and Lichen.", "Invented Dynamics"))
    section = Section(kind=SectionKind.RESEARCH_INTERESTS, heading=None, lines=lines)
    assert bio.topic_lines(section) == ["Computing with Fern, Moss, and Lichen", "Invented Dynamics"]
