"""``extractor.segment``: sections from headings, entries from layout.

Documents are built with ``read_text`` from small made-up CVs in plain text and Markdown, so
the Lines carry exactly the cues the readers give (heading levels, bold, list items, blank lines).
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from extractor import segment
from extractor.document import Block, Document, Line, LineLabel, MediaType, Section, SectionKind, SourceInfo
from extractor.read.text import read_text
from extractor.segment import segment_sections, split_entries


def make_doc(text: str, markdown: bool = True) -> Document:
    media = MediaType.MARKDOWN if markdown else MediaType.TEXT
    return Document(source=SourceInfo(0, "cv", media, "0" * 64), lines=read_text(text, markdown=markdown))


def sections_of(text: str, markdown: bool = True) -> list[Section]:
    return segment_sections(make_doc(text, markdown))


def outline(text: str, markdown: bool = True) -> list[tuple[str, str | None, list[str]]]:
    return [(s.kind.value, s.label, [ln.text for ln in s.lines]) for s in sections_of(text, markdown)]


def blocks_of(text: str, markdown: bool = True, kind: SectionKind | None = None) -> list[Block]:
    sections = sections_of(text, markdown)
    section = next(s for s in sections if kind is None or s.kind is kind) if kind else sections[-1]
    return split_entries(section)


def entries(text: str, markdown: bool = True, kind: SectionKind | None = None) -> list[list[str]]:
    return [[ln.text for ln in b.lines] for b in blocks_of(text, markdown, kind)]


# --- headings from the vocabulary ----------------------------------------------------------------


@pytest.mark.parametrize(
    "heading, markdown, kind, subkind",
    [
        pytest.param("RESEARCH EXPERIENCE", False, SectionKind.EXPERIENCE, None, id="caps-plain"),
        pytest.param("Research Experience", False, SectionKind.EXPERIENCE, None, id="title-case-plain"),
        pytest.param("## Research Experience", True, SectionKind.EXPERIENCE, None, id="markdown-h2"),
        pytest.param(
            r"## Publications (\*Equal contributions)",
            True,
            SectionKind.PUBLICATIONS,
            None,
            id="publications-with-legend",
        ),
        pytest.param(
            "Publications (*Equal contributions)",
            False,
            SectionKind.PUBLICATIONS,
            None,
            id="publications-with-legend-plain",
        ),
        pytest.param("Honors & Awards", False, SectionKind.AWARDS, None, id="ampersand"),
        pytest.param("HONORS AND AWARDS:", False, SectionKind.AWARDS, None, id="and-colon"),
        pytest.param("Conferences🤓🎙️", False, SectionKind.PUBLICATIONS, "conference", id="emoji-subkind"),
        pytest.param("### Journal Articles", True, SectionKind.PUBLICATIONS, "journal", id="journal-subkind"),
        pytest.param("Preprints", False, SectionKind.PUBLICATIONS, "preprint", id="preprint-subkind"),
        pytest.param("III. Education", False, SectionKind.EDUCATION, None, id="roman-numbered"),
        pytest.param("Teaching Assistantships", False, SectionKind.TEACHING, None, id="teaching-alias"),
        pytest.param("Selected Invited Talks", False, SectionKind.TALKS, None, id="qualifiers"),
        pytest.param("Technical Skills", False, SectionKind.SKILLS, None, id="skills"),
        pytest.param("## News", True, SectionKind.OTHER, None, id="other-vocabulary"),
    ],
)
def test_vocabulary_heading_opens_a_section(
    heading: str, markdown: bool, kind: SectionKind, subkind: str | None
) -> None:
    sections = sections_of(f"Ines Varga\niv@example.edu\n\n{heading}\nFirst entry of the section\n", markdown)
    assert [s.kind for s in sections] == [SectionKind.HEADER, kind], heading
    section = sections[1]
    assert section.subkind == subkind
    assert section.heading is not None and section.label == section.heading.text
    assert [ln.text for ln in section.lines] == ["First entry of the section"]


@pytest.mark.parametrize(
    "line",
    [
        pytest.param(
            "My research interests are glaciers, ice sheets and the oceans around them.", id="sentence"
        ),
        pytest.param("- Education", id="list-item"),
        pytest.param(
            "Education and outreach committee member at Tarrow University, 2019 – 2021", id="entry-line"
        ),
        pytest.param("Glacier Dynamics", id="unknown-phrase-plain"),
    ],
)
def test_lines_that_are_not_headings(line: str) -> None:
    sections = sections_of(f"Ines Varga\n\n## Experience\n{line}\nAnother line\n")
    assert [s.kind for s in sections] == [SectionKind.HEADER, SectionKind.EXPERIENCE]
    assert sections[1].lines[0].text == line.removeprefix("- ")


def test_markdown_heading_outside_vocabulary_opens_other_section() -> None:
    text = (
        "Ines Varga\n\n## Publications\n1. I. Varga. Ice. 2022.\n"
        "## Hobby Robots\nBuilt a robot\n## Education\nPh.D.\n"
    )
    assert outline(text) == [
        ("header", None, ["Ines Varga"]),
        ("publications", "Publications", ["1. I. Varga. Ice. 2022."]),
        ("other", "Hobby Robots", ["Built a robot"]),
        ("education", "Education", ["Ph.D."]),
    ]


def test_deeper_markdown_entry_titles_stay_inside_the_section() -> None:
    text = (
        "Ines Varga\n\n## Education\n### Tarrow University\nPh.D. in Geology, 2019\n"
        "### Linmoor College\nB.Sc.\n"
    )
    assert outline(text) == [
        ("header", None, ["Ines Varga"]),
        (
            "education",
            "Education",
            ["Tarrow University", "Ph.D. in Geology, 2019", "Linmoor College", "B.Sc."],
        ),
    ]


# --- header, empty sections ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, markdown, header",
    [
        pytest.param(
            "Ines Varga\nGlaciologist\niv@example.edu\n\nEDUCATION\nPh.D.\n",
            False,
            ["Ines Varga", "Glaciologist", "iv@example.edu"],
            id="plain",
        ),
        pytest.param(
            "**Ines Varga**\nGlaciologist\n\n## Education\nPh.D.\n",
            True,
            ["Ines Varga", "Glaciologist"],
            id="markdown-bold-name",
        ),
        pytest.param("Ines Varga\n\n\n\nEducation\nPh.D.\n", False, ["Ines Varga"], id="after-large-break"),
    ],
)
def test_header_section_comes_first(text: str, markdown: bool, header: list[str]) -> None:
    sections = sections_of(text, markdown)
    assert sections[0].kind is SectionKind.HEADER
    assert sections[0].heading is None and sections[0].label is None
    assert [ln.text for ln in sections[0].lines] == header
    assert sections[1].kind is SectionKind.EDUCATION


def test_no_header_section_when_a_heading_comes_first() -> None:
    assert [s.kind for s in sections_of("## Education\nPh.D.\n## Awards\nMedal\n")] == [
        SectionKind.EDUCATION,
        SectionKind.AWARDS,
    ]


@pytest.mark.parametrize(
    "text, markdown",
    [
        pytest.param("Ines Varga\n\nHonors & Awards\n\nSKILLS\nPython, R\n", False, id="plain"),
        pytest.param("Ines Varga\n\n## Honors & Awards\n## Skills\n- Python\n", True, id="markdown"),
        pytest.param("Ines Varga\n\nHonors & Awards\nSkills\nPython, R\n", False, id="adjacent-plain"),
    ],
)
def test_empty_heading_makes_an_empty_section(text: str, markdown: bool) -> None:
    sections = sections_of(text, markdown)
    assert [(s.kind, len(s.lines)) for s in sections] == [
        (SectionKind.HEADER, 1),
        (SectionKind.AWARDS, 0),
        (SectionKind.SKILLS, 1),
    ]
    assert sections[1].heading is not None and sections[1].heading.text == "Honors & Awards"


def test_sections_partition_the_lines() -> None:
    text = "Ines Varga\n\n## Education\nPh.D.\n## Awards\n\n## Publications\n1. Paper\n2. Paper\n"
    doc = make_doc(text)
    sections = segment_sections(doc)
    seen = [ln.number for s in sections for ln in ((s.heading,) if s.heading else ()) + s.lines]
    assert seen == [ln.number for ln in doc.lines]


def test_empty_document_has_no_sections() -> None:
    assert segment_sections(make_doc("")) == []


# --- publication sub-headings ----------------------------------------------------------------------


def test_publication_subheadings_mark_blocks() -> None:
    text = (
        "Ines Varga\n\n"
        "## Publications (\\*Equal contributions)\n"
        "### Conferences🤓🎙️\n"
        "[C1] I. Varga\\*, K. Lund\\*. Ice paper. In GLACIO 2022.\n"
        "[C2] I. Varga. Snow paper. In GLACIO 2021.\n"
        "### Journal Articles\n"
        "[J1] I. Varga. Firn paper. Journal of Ice, 2020.\n"
    )
    sections = sections_of(text)
    assert [s.kind for s in sections] == [SectionKind.HEADER, SectionKind.PUBLICATIONS]
    assert sections[1].label == "Publications (*Equal contributions)"
    blocks = split_entries(sections[1])
    assert [(b.subkind, b.text) for b in blocks] == [
        ("conference", "[C1] I. Varga*, K. Lund*. Ice paper. In GLACIO 2022."),
        ("conference", "[C2] I. Varga. Snow paper. In GLACIO 2021."),
        ("journal", "[J1] I. Varga. Firn paper. Journal of Ice, 2020."),
    ]


def test_subheading_first_opens_publications_with_its_subkind() -> None:
    sections = sections_of(
        "Ines Varga\n\nConferences🤓🎙️\n[1] Paper one. 2022.\n[2] Paper two. 2021.\n", False
    )
    assert (sections[1].kind, sections[1].subkind) == (SectionKind.PUBLICATIONS, "conference")
    assert {b.subkind for b in split_entries(sections[1])} == {"conference"}


def test_equal_contribution_legend_opens_publications() -> None:
    text = "Ines Varga\niv@example.edu\n(* Equal contribution)\n[1] I. Varga*, K. Lund*. Ice. 2022.\n"
    sections = sections_of(text, markdown=False)
    assert [s.kind for s in sections] == [SectionKind.HEADER, SectionKind.PUBLICATIONS]
    assert sections[1].heading is None


# --- split_entries ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, markdown, expected",
    [
        # bullets: outermost list items start entries, deeper bullets continue them
        pytest.param(
            "## Service\n- Reviewer\n  - Journal of Ice\n  - Snow Letters\n- Organizer, reading group\n",
            True,
            [["Reviewer", "Journal of Ice", "Snow Letters"], ["Organizer, reading group"]],
            id="bullets-nested",
        ),
        pytest.param(
            "SERVICE\n• Reviewer, Journal of Ice\n• Organizer, reading group\n▪ Mentor, outreach day\n",
            False,
            [["Reviewer, Journal of Ice"], ["Organizer, reading group"], ["Mentor, outreach day"]],
            id="bullets-mixed-glyphs",
        ),
        # numbered labels
        pytest.param(
            "## Publications\n[1] I. Varga. Ice paper.\nIn GLACIO, pages 1–9, 2022.\n"
            "[2] K. Lund, I. Varga. Snow.\n"
            "[3] I. Varga. Firn. 2020.\n",
            True,
            [
                ["[1] I. Varga. Ice paper.", "In GLACIO, pages 1–9, 2022."],
                ["[2] K. Lund, I. Varga. Snow."],
                ["[3] I. Varga. Firn. 2020."],
            ],
            id="bracketed-labels-with-continuation",
        ),
        pytest.param(
            "PUBLICATIONS\n1. I. Varga. Ice paper.\n   In GLACIO, 2022.\n2. K. Lund. Snow.\n",
            False,
            [["1. I. Varga. Ice paper.", "In GLACIO, 2022."], ["2. K. Lund. Snow."]],
            id="numbered-labels-kept-in-text",
        ),
        pytest.param(
            "PUBLICATIONS\nC2. I. Varga. Ice paper. 2022.\nC1. K. Lund. Snow. 2021.\n",
            False,
            [["C2. I. Varga. Ice paper. 2022."], ["C1. K. Lund. Snow. 2021."]],
            id="lettered-labels",
        ),
        # bold entry titles
        pytest.param(
            "## Experience\n**Tarrow Glacier Lab**\nResearch Assistant, 2019 – 2021\nBuilt melt models\n"
            "**Survey Office**\nField Technician, 2017 – 2019\n",
            True,
            [
                ["Tarrow Glacier Lab", "Research Assistant, 2019 – 2021", "Built melt models"],
                ["Survey Office", "Field Technician, 2017 – 2019"],
            ],
            id="bold-titles",
        ),
        pytest.param(
            "## Education\n### Tarrow University\nPh.D. in Geology, 2019\n### Linmoor College\nB.Sc., 2014\n",
            True,
            [["Tarrow University", "Ph.D. in Geology, 2019"], ["Linmoor College", "B.Sc., 2014"]],
            id="markdown-subheading-titles",
        ),
        # a date in the margin starts each entry
        pytest.param(
            "AWARDS\n2020 Medal of Things\nAwarded for things\n"
            "2018 Travel Grant\nCovered travel to a place\n",
            False,
            [
                ["2020 Medal of Things", "Awarded for things"],
                ["2018 Travel Grant", "Covered travel to a place"],
            ],
            id="date-margin-years",
        ),
        pytest.param(
            "EXPERIENCE\nSep 2021 – Present Postdoc, Tarrow Glacier Lab\nModels of melt\nRuns field camps\n"
            "Jan 2017 – Aug 2021 Ph.D. student, Linmoor College\nStudied firn compaction\n",
            False,
            [
                ["Sep 2021 – Present Postdoc, Tarrow Glacier Lab", "Models of melt", "Runs field camps"],
                ["Jan 2017 – Aug 2021 Ph.D. student, Linmoor College", "Studied firn compaction"],
            ],
            id="date-margin-month-ranges",
        ),
        # blank lines between groups
        pytest.param(
            "EXPERIENCE\nResearch Assistant, Tarrow Glacier Lab\nBuilt melt models\n\n"
            "Field Technician\nSurveys\n",
            False,
            [
                ["Research Assistant, Tarrow Glacier Lab", "Built melt models"],
                ["Field Technician", "Surveys"],
            ],
            id="blank-lines",
        ),
        # nothing else: one entry per line
        pytest.param(
            "AWARDS\nBest Poster Prize\nKestrel Travel Award\n",
            False,
            [["Best Poster Prize"], ["Kestrel Travel Award"]],
            id="one-per-line",
        ),
    ],
)
def test_split_entries(text: str, markdown: bool, expected: list[list[str]]) -> None:
    assert entries(f"Ines Varga\n\n{text}", markdown) == expected


def test_blocks_keep_every_line_in_order() -> None:
    text = "Ines Varga\n\n## Experience\n**Lab A**\nRole, 2019\n- did things\n**Lab B**\nRole, 2017\n"
    section = sections_of(text)[1]
    blocks = split_entries(section)
    assert [ln for b in blocks for ln in b.lines] == list(section.lines)
    assert all(isinstance(b.lines[0], Line) for b in blocks)


def test_empty_section_has_no_blocks() -> None:
    assert split_entries(sections_of("Ines Varga\n\nAwards\n\nSkills\nPython\n", False)[1]) == []


# --- the start-rule strategies, each alone --------------------------------------------------------


def _lines(*specs: tuple[str, dict[str, object]]) -> list[Line]:
    return [Line(text=text, number=i, **cues) for i, (text, cues) in enumerate(specs)]  # type: ignore[arg-type]


def _starts(rule: object, lines: list[Line]) -> list[str]:
    """The lines that start entries (the first always does, as in ``split_entries``)."""
    assert callable(rule)
    return [ln.text for i, ln in enumerate(lines) if i == 0 or rule(ln, lines[i - 1])]


@pytest.mark.parametrize(
    "strategy, lines, starts",
    [
        (
            segment.by_emphasis,
            _lines(("Staff Engineer", {"bold": True}), ("Quillon Labs", {}), ("Intern", {"bold": True})),
            ["Staff Engineer", "Intern"],
        ),
        (
            segment.by_label,
            _lines(("[1] A paper.", {}), ("In Proc. X.", {}), ("[2] Another.", {})),
            ["[1] A paper.", "[2] Another."],
        ),
        (
            segment.by_outer_bullet,
            _lines(
                ("Job A", {"list_item": True, "x0": 0.0}),
                ("detail", {"list_item": True, "x0": 2.0}),
                ("Job B", {"list_item": True, "x0": 0.0}),
            ),
            ["Job A", "Job B"],
        ),
        (
            segment.by_hanging_indent,
            _lines(
                ("Doe, J. A long", {"x0": 50.0, "page": 1}),
                ("title here.", {"x0": 60.0, "page": 1}),
                ("Roe, K. Other", {"x0": 50.0, "page": 1}),
                ("work.", {"x0": 60.0, "page": 1}),
                ("more.", {"x0": 60.0, "page": 1}),
            ),
            ["Doe, J. A long", "Roe, K. Other"],
        ),
        (
            segment.by_gap,
            _lines(("First", {}), ("its detail", {}), ("Second", {"blank_before": True})),
            ["First", "Second"],
        ),
        (
            segment.by_date,
            _lines(("2019 - 2021 Analyst", {}), ("Brindle Co.", {}), ("2021 - 2023 Lead", {})),
            ["2019 - 2021 Analyst", "2021 - 2023 Lead"],
        ),
        (
            segment.by_sentence_end,
            _lines(
                ("Doe, J. A title.", {"page": 1}),
                ("In Proc. Y, 2020.", {"page": 1}),
                ("Roe, K. Another.", {"page": 1}),
            ),
            ["Doe, J. A title.", "Roe, K. Another."],
        ),
    ],
    ids=lambda v: getattr(v, "__name__", ""),
)
def test_start_rule_strategy(strategy: object, lines: list[Line], starts: list[str]) -> None:
    assert callable(strategy)
    assert _starts(strategy(lines), lines) == starts, [ln.text for ln in lines]


@pytest.mark.parametrize(
    "strategy, lines",
    [
        (segment.by_emphasis, _lines(("plain", {}), ("Bold", {"bold": True}))),  # first line not a title
        (segment.by_label, _lines(("[1] only one", {}), ("no label", {}))),
        (segment.by_outer_bullet, _lines(("lead-in", {}), ("item", {"list_item": True}))),
        (segment.by_hanging_indent, _lines(("a", {"x0": 50.0}), ("b", {"x0": 60.0}))),  # no page: not a PDF
        (segment.by_gap, _lines(("a", {}), ("b", {"blank_before": True}), ("c", {"blank_before": True}))),
        (segment.by_date, _lines(("no date", {}), ("2020 - 2021", {}), ("2022", {}))),
        (segment.by_sentence_end, _lines(("One.", {}), ("Two.", {}))),  # text, not PDF
    ],
    ids=lambda v: getattr(v, "__name__", ""),
)
def test_start_rule_strategy_declines(strategy: object, lines: list[Line]) -> None:
    assert callable(strategy)
    assert strategy(lines) is None, [ln.text for ln in lines]


def _groups(lines: list[Line]) -> list[list[str]]:
    return [[ln.text for ln in group] for group in segment._split_group(lines)]


_TALKS = (
    ("2019 - 2020 Talk on ice, Kestrel University", {}),
    ("Kestrel, KY", {}),
    ("2021 - 2022 Talk on snow, Brindle College", {}),
)


@pytest.mark.parametrize(
    "label, expected",
    [
        # a short emphasized label over a dated list: a block of its own, then the list's entries
        ("Invited", [["Invited"], [_TALKS[0][0], "Kestrel, KY"], [_TALKS[2][0]]]),
        ("Selected:", [["Selected:"], [_TALKS[0][0], "Kestrel, KY"], [_TALKS[2][0]]]),
        # a role over its lines, a field with its value, a long title: one entry's title
        ("Research Assistant", [["Research Assistant", *(text for text, _ in _TALKS)]]),
        ("Nationality: Utopian", [["Nationality: Utopian", *(text for text, _ in _TALKS)]]),
        ("Visiting Program at Kestrel", [["Visiting Program at Kestrel", *(text for text, _ in _TALKS)]]),
    ],
)
def test_a_lone_emphasized_label_over_a_list_is_no_entry_title(label: str, expected: list[list[str]]) -> None:
    assert _groups(_lines((label, {"bold": True}), *_TALKS)) == expected


def test_start_rule_strategies_in_order() -> None:
    assert [s.__name__ for s in segment.START_RULE_STRATEGIES] == [
        "by_emphasis", "by_label", "by_outer_bullet", "by_hanging_indent", "by_gap", "by_date",
        "by_sentence_end",
    ]  # fmt: skip
    lines = _lines(("a", {}), ("b", {}))
    assert _starts(segment._choose_start_rule(lines), lines) == ["a", "b"]  # no cue: every line


# --- skills: one group where no line names one ------------------------------------------------------


def _skills_section(*lines: Line) -> Section:
    numbered = tuple(replace(line, number=n) for n, line in enumerate(lines))
    return Section(kind=SectionKind.SKILLS, heading=None, lines=numbered, label="Skills")


@pytest.mark.parametrize(
    "lines, entries",
    [
        pytest.param(
            [Line("R", 0), Line("Python", 0), Line("Git and GitHub", 0)],
            [["R", "Python", "Git and GitHub"]],
            id="a tool a line: one group",
        ),
        pytest.param(
            [Line("Programming: R, Python", 0), Line("Languages: Utopian (native)", 0)],
            [["Programming: R, Python"], ["Languages: Utopian (native)"]],
            id="labels before a colon: a group each",
        ),
        pytest.param(
            [Line("Coding R, Python", 0, cells=("Coding", "R, Python")), Line("Mapping QGIS", 0)],
            [["Coding R, Python"], ["Mapping QGIS"]],
            id="a label cell: the rules' cut",
        ),
        pytest.param(
            [Line("Expert user of R", 0, list_item=True), Line("Fieldwork in Utopia", 0, list_item=True)],
            [["Expert user of R"], ["Fieldwork in Utopia"]],
            id="bullets: an entry each",
        ),
    ],
)
def test_a_skills_section_naming_no_group_is_one_entry(lines: list[Line], entries: list[list[str]]) -> None:
    section = _skills_section(*lines)
    assert [[ln.text for ln in b.lines] for b in split_entries(section)] == entries
    labelled = replace(section, entry_starts=frozenset(ln.number for ln in section.lines))  # the model's cut
    assert [[ln.text for ln in b.lines] for b in split_entries(labelled)] == entries


# --- headings from their head noun (PDF) ---------------------------------------------------------


def _pdf_doc(*specs: tuple[str, bool]) -> Document:
    """A one-page PDF document: (text, bold) per line, headings and entries in one column."""
    lines = tuple(
        Line(text=text, number=n, page=1, bold=bold, size=10.0, x0=50.0, top=100.0 + 14 * n)
        for n, (text, bold) in enumerate(specs)
    )
    return Document(source=SourceInfo(0, "cv.pdf", MediaType.PDF, "0" * 64), lines=lines)


def test_head_noun_opens_a_section_styled_like_the_known_headings() -> None:
    doc = _pdf_doc(
        ("Jordan Example", True),
        ("Education", True),
        ("Ph.D. in Ice Studies, Kestrel University, 2020", False),
        ("Editorial Activities", True),  # unknown phrase, head noun "activities", styled as headings
        ("Associate Editor, Journal of Ice, 2021", False),
        ("Visiting Ice Scholar", True),  # bold like the headings, but its head noun names no kind
        ("Fondos para Proyectos de Investigación", True),  # the head noun first, before "para"
        ("Grant from the Example Foundation, 2022", False),
        ("Kestrel Harbour", False),  # plain: never a heading
        ("Pending Grants", False),  # a lower-level heading: larger than the body
        ("Proposal to the Example Council, 2024", False),
    )
    doc = replace(doc, lines=tuple(replace(ln, size=11.5) if ln.number == 9 else ln for ln in doc.lines))
    got = [(s.kind.value, s.label) for s in segment_sections(doc)]
    assert got == [
        ("header", None),
        ("education", "Education"),
        ("service", "Editorial Activities"),
        ("grants", "Fondos para Proyectos de Investigación"),
        ("grants", "Pending Grants"),
    ]


@pytest.mark.parametrize(
    "text, bold, kind",
    [
        ("Invited keynotes, talks, and workshops on the topic of ice", True, "talks"),  # a sentence's head
        ("Invited keynotes, talks, and workshops – other", True, "talks"),  # a dashed qualifier
        ("Student Talks and Posters (students underlined)", True, "talks"),  # a parenthesized note
        ("Refereed Journal Articles – First Authorships", True, "publications"),
        ("Editorial Activities at Example Journals", True, "service"),  # the head noun before "at"
        ("Postdoctoral Fellowship at Example University", True, None),  # one thing: an entry title
        ("Best Paper Awards (Example Society), 2014", True, None),  # a year: an entry
        ("Invited keynotes, talks, and workshops on the topic of ice", False, None),  # set as the body
    ],
)
def test_a_qualified_heading_set_like_the_known_headings_opens_a_section(
    text: str, bold: bool, kind: str | None
) -> None:
    doc = _pdf_doc(
        ("Jordan Example", True),
        ("Education", True),
        ("Ph.D. in Ice Studies, Kestrel University, 2020", False),
        (text, bold),
        ("Doe, J. Ice at rest. Example Meeting, 2021.", False),
    )
    got = [(s.kind.value, s.label) for s in segment_sections(doc)][2:]
    assert got == ([(kind, text)] if kind is not None else [])


@pytest.mark.parametrize(
    "text",
    [
        "Invited Talks. . . . . . . . . . . . . . .",  # dot leaders, as in a table of contents
        "Invited Talks . . . . . . . . . . . . .",
        "Invited Talks_____________",
        "Invited Talks ---------",
    ],
)
def test_a_heading_followed_by_leaders_or_a_drawn_rule_opens_its_section(text: str) -> None:
    doc = _pdf_doc(
        ("Jordan Example", True),
        ("Education", True),
        ("Ph.D. in Ice Studies, Kestrel University, 2020", False),
        (text, True),
        ("Doe, J. Ice at rest. Example Meeting, 2021", False),
    )
    assert [(s.kind.value, s.label) for s in segment_sections(doc)][2:] == [("talks", "Invited Talks")]


@pytest.mark.parametrize(
    "text, kind",
    [
        ("Record of Journal Refereeing", "service"),  # the head noun, last
        ("Teaching Fellow", "other"),  # an entry title set large: "teaching" is not its head noun
    ],
)
def test_structural_heading_takes_the_kind_of_its_head_noun(text: str, kind: str) -> None:
    doc = _pdf_doc(("Jordan Example", True), ("EDUCATION", True), ("Ph.D., Kestrel University", False))
    bigger = Line(text=text, number=3, page=1, size=14.0, x0=50.0, top=160.0)
    doc = Document(source=doc.source, lines=(*doc.lines, bigger))
    assert [s.kind.value for s in segment_sections(doc)] == ["header", "education", kind]


def test_a_short_group_whose_first_line_alone_is_dated_is_one_entry() -> None:
    doc = _pdf_doc(
        ("Jordan Example", True),
        ("EXPERIENCE", True),
        ("2008-2010 Kestrel Harbour Project", False),
        ("Field Assistant", False),
    )
    section = segment_sections(doc)[-1]
    assert [[ln.text for ln in b.lines] for b in split_entries(section)] == [
        ["2008-2010 Kestrel Harbour Project", "Field Assistant"]
    ]


def test_a_posters_heading_opens_talks_even_inside_publications() -> None:
    text = (
        "PUBLICATIONS\n\nOde, A. Rivers of sand. J. Sand 4 (2020).\n\n"
        "POSTERS\n\nOde, A. Dunes. Ice Meeting 2021.\n"
    )
    assert [(kind, label) for kind, label, _ in outline(text, markdown=False)] == [
        ("publications", "PUBLICATIONS"),
        ("talks", "POSTERS"),
    ]


def test_numbered_headings_open_sections_by_their_head_noun_when_the_known_ones_are_numbered() -> None:
    doc = _pdf_doc(
        ("Jordan Example", True),
        ("1. Education", True),
        ("Ph.D. in Ice Studies, Kestrel University, 2020", False),
        ("2. Fondos para Proyectos", True),  # unknown phrase: its head noun, after the section number
        ("Grant from the Example Foundation, 2022", False),
        ("3. Best Ice Award", True),  # head noun "award", numbered like the sections
    )
    assert [(s.kind.value, s.label) for s in segment_sections(doc)] == [
        ("header", None),
        ("education", "1. Education"),
        ("grants", "2. Fondos para Proyectos"),
        ("awards", "3. Best Ice Award"),
    ]


def test_numbered_bold_entries_are_not_headings_where_the_headings_are_not_numbered() -> None:
    doc = _pdf_doc(
        ("Jordan Example", True),
        ("AWARDS", True),
        ("1. Best Ice Award", True),
        ("Kestrel University, 2020", False),
        ("2. Young Sand Prize", True),
    )
    sections = segment_sections(doc)
    assert [(s.kind.value, s.label) for s in sections] == [("header", None), ("awards", "AWARDS")]


def test_model_sub_headings_are_context_blocks_in_experience_and_sub_headings_elsewhere() -> None:
    doc = _pdf_doc(
        ("Jordan Example", True),
        ("EXPERIENCE", True),
        ("Kestrel University", False),
        ("Lecturer, 2021-2023", False),
        ("Tutor, 2019-2021", False),
        ("TALKS", True),
        ("Invited", False),
        ("Rivers of sand. Dune Forum, Porto, 2022.", False),
        ("3 / 5", False),
        ("Ice shelves. Lake Symposium, Oslo, 2021.", False),
        ("PUBLICATIONS", True),
        ("Journal Articles", True),
        ("Ode, A. Rivers of sand. J. Sand 4 (2020).", False),
    )
    tags = ("HDR", "HEAD", "SUB", "B", "B", "HEAD", "SUB", "B", "SUB", "B", "HEAD", "SUB", "B")
    labels = {n: LineLabel(tag, 0.9) for n, tag in enumerate(tags)}
    experience, talks, publications = segment_sections(doc, labels)[1:]
    assert [b.text for b in split_entries(experience)] == [
        "Kestrel University",  # the employer line its parser applies to the roles below
        "Lecturer, 2021-2023",
        "Tutor, 2019-2021",
    ]
    assert [b.text for b in split_entries(talks)] == [  # a label and a page number are in no entry
        "Rivers of sand. Dune Forum, Porto, 2022.",
        "Ice shelves. Lake Symposium, Oslo, 2021.",
    ]
    assert [(b.text, b.subkind) for b in split_entries(publications)] == [
        ("Ode, A. Rivers of sand. J. Sand 4 (2020).", "journal")
    ]


@pytest.mark.parametrize(
    ("texts", "runs"),
    [
        # numbered 1, 2, 3: each number starts an entry, the lines between continue one
        (
            ["1. Ode, A. Sand.", "J. Sand 4.", "2. Roe, B. Ice.", "3. Doe, C. Firn.", "4. Moe, D. Snow."],
            [([0, 2, 3, 4], [0, 1, 2, 3, 4])],
        ),
        # counting down, bracketed, a trailing line after the last number outside the run
        (
            ["[3] Ode, A.", "Sand.", "[2] Roe, B.", "[1] Doe, C.", "Legend: * student"],
            [([0, 2, 3], [0, 1, 2, 3])],
        ),
        # a bullet after the number
        (
            ["8\u2022. kestrel.example/a", "9\u2022. kestrel.example/b", "10\u2022. kestrel.example/c"],
            [([0, 1, 2], [0, 1, 2])],
        ),
        # a number out of sequence inside an entry is one of its lines
        (["1. Ode, A.", "2. Roe, B. and", "7. Quill, C.", "3. Doe, C."], [([0, 1, 3], [0, 1, 2, 3])]),
        # numbering afresh under a second group
        (
            ["1. a", "2. b", "3. c", "Talks", "1. d", "2. e", "3. f"],
            [([0, 1, 2], [0, 1, 2]), ([4, 5, 6], [4, 5, 6])],
        ),
        # two numbers are not a list; DOIs, decimals and years are not numbers
        (["1. a", "2. b"], []),
        (["10.5194/gchron-5", "2.5 years", "2019. Title", "2020. Title", "2021. Title"], []),
    ],
)
def test_numbered_runs(texts: list[str], runs: list[tuple[list[int], list[int]]]) -> None:
    lines = [Line(text=text, number=n) for n, text in enumerate(texts)]
    assert segment.numbered_runs(lines) == [(frozenset(a), frozenset(b)) for a, b in runs]


def test_a_numbered_list_overrides_the_model_inside_its_span() -> None:
    doc = _pdf_doc(
        ("Jordan Example", True),
        ("PUBLICATIONS", True),
        ("1. Ode, A. Rivers of sand.", False),
        ("J. Sand 4 (2020).", False),
        ("2. Roe, B. Ice shelves.", False),
        ("3. Doe, C. Firn and", False),
        ("snow. J. Ice 2 (2019).", False),
    )
    # the model cut a wrapped line off and merged two entries; after the last number it decides
    tags = ("HDR", "HEAD", "B", "B", "I", "B", "I")
    labels = {n: LineLabel(tag, 0.9) for n, tag in enumerate(tags)}
    publications = segment_sections(doc, labels)[1]
    assert [b.text for b in split_entries(publications)] == [
        "1. Ode, A. Rivers of sand.\nJ. Sand 4 (2020).",
        "2. Roe, B. Ice shelves.",
        "3. Doe, C. Firn and\nsnow. J. Ice 2 (2019).",
    ]
    assert [b.confidence for b in split_entries(publications)] == [1.0, 1.0, 1.0]


def test_a_research_heading_over_publication_subheadings_takes_their_kind() -> None:
    sections = sections_of(
        "Ines Varga\n\nRESEARCH\n\nJournal Articles\n[1] I. Varga. Firn paper. 2022.\n"
        "Working Papers\n[2] I. Varga. Ice paper. 2023.\n",
        False,
    )
    assert [(s.kind.value, s.label) for s in sections] == [
        ("header", None),
        ("publications", "RESEARCH"),
        ("publications", "Journal Articles"),  # "Working Papers" is a sub-heading inside it
    ]


def test_a_research_heading_with_lines_of_its_own_keeps_its_kind() -> None:
    sections = sections_of(
        "Ines Varga\n\nRESEARCH\nGlacier dynamics\nFirn densification\n\nJournal Articles\n"
        "[1] I. Varga. Firn paper. 2022.\n",
        False,
    )
    assert [s.kind.value for s in sections] == ["header", "research_interests", "publications"]


@pytest.mark.parametrize(
    ("lines", "kind"),
    [
        (
            [
                "I. Varga, K. Lund. Firn paper. Journal of Ice, 2022.",
                "K. Lund, I. Varga. Snow. Ice Letters, 2021.",
            ],
            "publications",
        ),
        (
            [
                "Postdoctoral researcher, Kestrel University, 2020-2022",
                "Research assistant, Wren Institute, 2018",
            ],
            "experience",
        ),
        (["Glacier dynamics", "Firn densification"], "research_interests"),
        (  # two notes naming a preprint among project descriptions: not a publication list
            [
                "Principal Investigator",
                "Meltwater routing under thin glaciers",
                "Mapped drainage channels with ground radar over three seasons.",
                "Results: preprint submitted.",
                "Research Collaborator",
                "Snow algae and albedo",
                "Sampled surface snow along an elevation transect.",
                "Measured pigment content in the field laboratory.",
                "Results: one preprint.",
                "Field Assistant",
                "Moraine dating",
                "Collected boulder samples for exposure dating.",
                "Logged sample positions with a handheld receiver.",
            ],
            "research_interests",
        ),
    ],
)
def test_a_research_heading_takes_the_kind_its_lines_show(lines: list[str], kind: str) -> None:
    sections = sections_of("Ines Varga\n\nResearch\n" + "\n".join(lines) + "\n", False)
    assert sections[1].kind.value == kind


@pytest.mark.parametrize(
    ("label", "opens_section"),
    [
        ("Guest Lectures:", True),  # a sub-heading of the same kind opens its own section
        ("Teaching Assistant:", False),  # a role label stays with the entries it heads
    ],
)
def test_a_colon_label_of_the_sections_kind(label: str, opens_section: bool) -> None:
    sections = sections_of(
        f"Ines Varga\n\nTeaching\nGlaciology 101, Tarrow University, 2021\n{label}\n"
        "Firn Physics, Kestrel College, 2022\n",
        False,
    )
    assert [s.label for s in sections[1:]] == (["Teaching", label] if opens_section else ["Teaching"])
    assert all(s.kind is SectionKind.TEACHING for s in sections[1:])


@pytest.mark.parametrize(
    "role_line",
    [
        "Hosts: Prof. Ana Lind and Dr. Bo Reyes",
        "Advisor: A. Lind",
        "Thesis: Ice",
        "Project 2: Ice cores of the Kestrel shelf",  # a project of the job above
        "Keywords: ice; snow; cores",
        "Tasks: fieldwork and lab analysis",
    ],
)
def test_a_line_naming_the_entrys_people_or_thesis_never_starts_an_entry(role_line: str) -> None:
    lines = tuple(
        Line(text=text, number=n, page=1, size=10.0, x0=50.0, top=100.0 + 14 * n)
        for n, text in enumerate(
            [
                "Jordan Example",
                "EXPERIENCE",
                "Postdoctoral Fellow, Kestrel University 2023 – present",
                role_line,
                "Tutor, Hill College 2019 – 2021",
            ]
        )
    )
    doc = Document(source=SourceInfo(0, "cv.pdf", MediaType.PDF, "0" * 64), lines=lines)
    labels = {n: LineLabel(tag, 0.6) for n, tag in enumerate(("HDR", "HEAD", "B", "B", "B"))}
    (experience,) = segment_sections(doc, labels)[1:]
    assert [b.text for b in split_entries(experience)] == [
        f"Postdoctoral Fellow, Kestrel University 2023 – present\n{role_line}",
        "Tutor, Hill College 2019 – 2021",
    ]


@pytest.mark.parametrize(
    "text, describes",
    [
        ("Project: Ice cores", True),
        ("Projects: Ice cores; snow pits", True),
        ("Responsibilities: sampling", True),
        ("Research topic: Sea ice", True),
        ("Project Lead, Example Initiative 2020", False),  # a role: an entry of its own
        ("Project Manager: Example Corp 2019", False),
        ("Projects", False),  # a label with nothing after it
        ("Keystone Institute, Tasks Unit", False),
    ],
)
def test_description_label(text: str, describes: bool) -> None:
    assert segment._describes_entry(text) is describes


def test_a_bullet_the_model_starts_under_a_job_describes_the_job() -> None:
    def line(n: int, text: str, x0: float, bullet: bool = False) -> Line:
        return Line(text=text, number=n, page=1, size=10.0, x0=x0, top=100.0 + 14 * n, list_item=bullet)

    lines = (
        Line(text="Jordan Example", number=0, page=1, size=14.0, x0=50.0, top=80.0, bold=True),
        line(1, "EXPERIENCE", 50.0),
        line(2, "2021 – Present Lecturer, Kestrel University", 50.0),
        line(3, "Teach glaciology to undergraduates", 62.0, bullet=True),
        line(4, "Co-supervise two doctoral students", 62.0, bullet=True),
        line(5, "2019 – 2021 Tutor, Hill College", 50.0),
        line(6, "SERVICE", 50.0),
        line(7, "Ice Society", 50.0),
        line(8, "Treasurer, 2020", 62.0, bullet=True),
        line(9, "Reviewer, 2021", 62.0, bullet=True),
    )
    doc = Document(source=SourceInfo(0, "cv.pdf", MediaType.PDF, "0" * 64), lines=lines)
    tags = ("HDR", "HEAD", "B", "I", "B", "B", "HEAD", "B", "B", "B")
    labels = {n: LineLabel(tag, 0.9) for n, tag in enumerate(tags)}
    experience, service = segment_sections(doc, labels)[1:]
    assert [b.text for b in split_entries(experience)] == [
        "2021 – Present Lecturer, Kestrel University\nTeach glaciology to undergraduates\n"
        "Co-supervise two doctoral students",
        "2019 – 2021 Tutor, Hill College",
    ]
    # under a group label, bullets are entries (a service role each)
    assert [b.text for b in split_entries(service)] == ["Ice Society", "Treasurer, 2020", "Reviewer, 2021"]


def _styled_doc(*specs: tuple[str, float, bool]) -> Document:
    """A one-page PDF document: (text, size, bold) per line."""
    lines = tuple(
        Line(text=text, number=n, page=1, bold=bold, size=size, x0=50.0, top=100.0 + 14 * n)
        for n, (text, size, bold) in enumerate(specs)
    )
    return Document(source=SourceInfo(0, "cv.pdf", MediaType.PDF, "0" * 64), lines=lines)


def test_a_larger_line_is_a_heading_only_in_the_style_of_the_documents_headings() -> None:
    body = "Built ice cores for the harbour survey and wrote the report"
    doc = _styled_doc(
        ("Jordan Example", 20.0, True),
        ("Contact line, Kestrel", 9.0, False),
        ("Kestrel Harbour", 9.0, False),
        ("Experience", 16.0, True),
        ("Kestrel Ice Institute Kestrel, KY", 11.0, True),  # an organisation line: bold 11 pt over 9 pt
        (body, 9.0, False),
        ("Quillon Labs Remote", 11.0, True),
        (body, 9.0, False),
        ("Education", 16.0, True),
        ("Brindle University Brindle, KY", 11.0, True),
        (body, 9.0, False),
        ("Field Seasons", 16.0, True),  # outside the vocabulary, set like the headings
        (body, 9.0, False),
        ("Awards", 16.0, True),
        ("Kestrel Medal, 2020", 9.0, False),
    )
    got = [(s.kind.value, s.label) for s in segment_sections(doc)]
    assert got == [
        ("header", None),
        ("experience", "Experience"),
        ("education", "Education"),
        ("other", "Field Seasons"),
        ("awards", "Awards"),
    ]


def test_with_few_known_headings_a_larger_line_is_still_a_heading() -> None:
    doc = _styled_doc(
        ("Jordan Example", 20.0, True),
        ("Contact line, Kestrel", 9.0, False),
        ("Kestrel Harbour", 9.0, False),
        ("Experience", 16.0, True),
        ("Field Assistant, Kestrel Ice Institute, 2019", 9.0, False),
        ("Field Seasons", 11.0, True),
        ("Talks to schools on ice, 2021", 9.0, False),
    )
    got = [(s.kind.value, s.label) for s in segment_sections(doc)]
    assert got == [("header", None), ("experience", "Experience"), ("other", "Field Seasons")]


@pytest.mark.parametrize(
    "heading, expected",
    [
        (
            "Grants and Awards",  # two grant entries, one award: the grants first
            [
                (
                    "grants",
                    [
                        "Kestrel Foundation Research Grant, $20,000, PI, 2021",
                        "Harbour Council travel grant, 2018",
                    ],
                ),
                ("awards", ["Best Poster Award, Ice Society, 2019"]),
            ],
        ),
        (
            "Awards and Funding",
            [
                (
                    "grants",
                    [
                        "Kestrel Foundation Research Grant, $20,000, PI, 2021",
                        "Harbour Council travel grant, 2018",
                    ],
                ),
                ("awards", ["Best Poster Award, Ice Society, 2019"]),
            ],
        ),
        (
            "Honors and Awards",  # a heading that names no grant keeps every entry an award
            [
                (
                    "awards",
                    [
                        "Kestrel Foundation Research Grant, $20,000, PI, 2021",
                        "Best Poster Award, Ice Society, 2019",
                        "Harbour Council travel grant, 2018",
                    ],
                )
            ],
        ),
    ],
)
def test_a_combined_awards_heading_splits_its_entries_into_grants_and_awards(
    heading: str, expected: list[tuple[str, list[str]]]
) -> None:
    text = (
        f"Ines Varga\n\n## {heading}\n- Kestrel Foundation Research Grant, $20,000, PI, 2021\n"
        "- Best Poster Award, Ice Society, 2019\n- Harbour Council travel grant, 2018\n"
    )
    got = [(s.kind.value, [b.text for b in split_entries(s)]) for s in sections_of(text)[1:]]
    assert got == expected
    assert all(s.label == heading for s in sections_of(text)[1:])


@pytest.mark.parametrize(
    "heading, kind",
    [
        ("Grants and Fellowships", "grants"),  # fellowships among grants are funding
        ("External Grants and Fellowships", "grants"),
        ("Fellowships and Awards", "awards"),
        ("External Awards", "awards"),
    ],
)
def test_fellowships_with_grants_are_grants(heading: str, kind: str) -> None:
    assert [
        s.kind.value for s in sections_of(f"Ines Varga\n\n## {heading}\n- Kestrel Fellowship, 2020\n")[1:]
    ] == [kind]


def test_headings_naming_no_kind_under_an_empty_heading_take_its_kind() -> None:
    doc = _styled_doc(
        ("Jordan Example", 20.0, True),
        ("Contact line, Kestrel", 9.0, False),
        ("Education", 16.0, True),
        ("Ph.D. in Ice Studies, Kestrel University, 2020", 9.0, False),
        ("Funding", 16.0, True),  # no lines of its own: the headings below are its sub-headings
        ("Current", 16.0, True),
        ("Kestrel Foundation, Ice cores, PI, 2023-2026", 9.0, False),
        ("Past", 16.0, True),
        ("Harbour Council, Sea ice, Co-PI, 2019-2021", 9.0, False),
        ("Software", 16.0, True),  # a kind of its own ("other"): not a sub-heading of Funding
        ("icecore, a Python package", 9.0, False),
        ("Awards", 16.0, True),
        ("Kestrel Medal, 2020", 9.0, False),
    )
    got = [(s.kind.value, s.label) for s in segment_sections(doc)]
    assert got == [
        ("header", None),
        ("education", "Education"),
        ("grants", "Funding"),
        ("grants", "Current"),
        ("grants", "Past"),
        ("other", "Software"),
        ("awards", "Awards"),
    ]


@pytest.mark.parametrize(
    "lines, kind",
    [
        (
            ["Ice cores, Kestrel Foundation grant, PI, 2021", "Sea ice, funded by the Harbour Council, 2019"],
            "grants",
        ),
        (["Ice core viewer, a web tool, 2021", "Sea ice maps for schools, 2019"], "other"),
    ],
)
def test_a_projects_heading_takes_grants_from_its_lines(lines: list[str], kind: str) -> None:
    text = "Ines Varga\n\n## Research Projects\n" + "".join(f"- {line}\n" for line in lines)
    assert [s.kind.value for s in sections_of(text)[1:]] == [kind]


@pytest.mark.parametrize("heading", ["Service ctd.", "Service (continued)", "Service, cont'd"])
def test_a_continued_heading_keeps_its_kind(heading: str) -> None:
    doc = _styled_doc(
        ("Jordan Example", 16.0, True),
        ("Education", 14.0, True),
        ("Ph.D. in Ice Studies, Kestrel University, 2020", 10.0, False),
        ("Service", 14.0, True),
        ("Reviewer, Journal of Ice", 10.0, False),
        ("Awards", 14.0, True),
        ("Kestrel Medal, 2020", 10.0, False),
        (heading, 14.0, True),
        ("Referee, Harbour Letters", 10.0, False),
    )
    assert [s.kind.value for s in segment_sections(doc)] == [
        "header",
        "education",
        "service",
        "awards",
        "service",
    ]


def test_a_workshops_heading_of_its_own_is_not_a_publication_list() -> None:
    text = (
        "Ines Varga\n\n## Publications\n### Journal Articles\n- I. Varga. Ice. Journal of Ice, 2022.\n"
        "### Workshops\n- I. Varga. Firn. Workshop on Snow, 2021.\n## Awards\n- Kestrel Medal, 2020\n"
        "## Workshops\n- Kestrel Summer School on Glaciers, 2019\n- Harbour Data Workshop, 2018\n"
    )
    got = [(s.kind.value, s.subkind, s.label) for s in sections_of(text)[1:]]
    assert got == [
        ("publications", None, "Publications"),
        ("awards", None, "Awards"),
        ("other", None, "Workshops"),
    ]
    publications = sections_of(text)[1]
    assert [b.subkind for b in split_entries(publications)] == ["journal", "workshop"]


def test_a_line_opening_in_lower_case_continues_the_text_above() -> None:
    doc = _styled_doc(
        ("Jordan Example", 20.0, True),
        ("Contact line, Kestrel", 10.0, False),
        ("Awards", 14.0, True),
        ("Kestrel Fellowship, 2021,", 10.0, False),
        ("providing full research funding", 14.0, False),  # a head noun ("funding"), set large, lower case
        ("Harbour Medal of the Kestrel Society for work on sea ice, 2019", 10.0, False),
        ("Brindle Prize of the Harbour Council for a thesis on firn, 2017", 10.0, False),
    )
    assert [s.kind.value for s in segment_sections(doc)] == ["header", "awards"]


def test_a_heading_stopping_mid_phrase_takes_its_second_line() -> None:
    doc = _styled_doc(
        ("Jordan Example", 20.0, True),
        ("Contact line, Kestrel", 10.0, False),
        ("Education", 14.0, False),
        ("Ph.D. in Ice Studies, Kestrel University, 2020", 10.0, False),
        ("Seminars, talks and posters (o = oral,", 14.0, False),
        ("i = invited)", 14.0, False),
        ("(o) Firn at the harbour, Kestrel Ice Days, 2021", 10.0, False),
        ("Awards", 14.0, False),
        ("Kestrel Medal, 2020", 10.0, False),
    )
    got = [(s.kind.value, s.label, [ln.text for ln in s.lines]) for s in segment_sections(doc)[1:]]
    assert got == [
        ("education", "Education", ["Ph.D. in Ice Studies, Kestrel University, 2020"]),
        (
            "talks",
            "Seminars, talks and posters (o = oral, i = invited)",
            ["(o) Firn at the harbour, Kestrel Ice Days, 2021"],
        ),
        ("awards", "Awards", ["Kestrel Medal, 2020"]),
    ]


def test_journals_and_conferences_under_service_are_the_venues_served() -> None:
    text = (
        "Ines Varga\n\n## Service\n- Reviewer, Kestrel Society\n"
        "## Journals\n- Journal of Ice\n- Harbour Letters\n"
        "## Conference organization\n- Kestrel Ice Days 2021\n"
        "## Journal Articles\n- I. Varga. Ice. Journal of Ice, 2022.\n"
    )
    got = [(s.kind.value, s.label) for s in sections_of(text)[1:]]
    assert got == [
        ("service", "Service"),
        ("service", "Journals"),
        ("service", "Conference organization"),
        ("publications", "Journal Articles"),  # after another heading: the person's papers
    ]


@pytest.mark.parametrize(
    "heading, kind",
    [
        ("Graduate Courses", "teaching"),  # under Teaching: the courses taught
        ("Courses", "teaching"),
        ("Professional Training", "other"),  # training attended is other (corpus/README.md)
        ("Courses I Would Like to Teach", "courses"),  # a phrase of its own: courses proposed
    ],
)
def test_a_courses_heading_under_teaching_lists_courses_taught(heading: str, kind: str) -> None:
    text = f"Ines Varga\n\n## Teaching\n- Lecturer, Kestrel University\n## {heading}\n- Glaciology 101\n"
    assert [s.kind.value for s in sections_of(text)[1:]] == ["teaching", kind]


def test_on_a_web_page_an_empty_heading_does_not_type_the_headings_below() -> None:
    doc = replace(
        make_doc("Ines Varga\n\n## Selected Talks\n## Upcoming Events\n- Ice Days, Kestrel, 2025\n"),
        source=SourceInfo(0, "index.html", MediaType.HTML, "0" * 64),
    )
    assert [s.kind.value for s in segment_sections(doc)[1:]] == ["talks", "other"]


@pytest.mark.parametrize(
    "entry, kind",
    [
        ("Kestrel Young Investigator Award, Harbour Society, 2022", "awards"),  # an award's name
        ("Kestrel Foundation grant, 2021", "grants"),
        ("Harbour Council Travel Award, $1,500, 2020", "grants"),  # an award word, but an amount
    ],
)
def test_an_entry_naming_an_award_is_a_grant_only_with_an_amount_or_role(entry: str, kind: str) -> None:
    text = f"Ines Varga\n\n## Grants and Awards\n- {entry}\n- Best Poster Award, Ice Society, 2019\n"
    kinds = {s.kind.value for s in sections_of(text)[1:] for b in split_entries(s) if b.text == entry}
    assert kinds == {kind}


# A list grouped by year in the margin: the year line opens the year's first entry only; the next
# citations of that year start after a line ending one, not after an author list wrapped mid-name.
_YEAR_MARGIN = (
    ("2024 Doe, J. A., and K. Roe. 2024. Quiet ice.", {"x0": 50.0, "page": 1}),
    ("Journal of Frost 3, 1-9.", {"x0": 90.0, "page": 1}),
    ("Vale, P., L. Orly, and M.", {"x0": 90.0, "page": 1}),
    ("Quist. 2024. Loud snow. Glacier Letters 2.", {"x0": 90.0, "page": 1}),
    ("2023 Roe, K. 2023. Old hail. Sleet Review 1.", {"x0": 50.0, "page": 1}),
    ("Doe, J. 2023. Warm rain.", {"x0": 90.0, "page": 1}),
)


@pytest.mark.parametrize(
    "lines, starts",
    [
        (
            _lines(*_YEAR_MARGIN),
            [_YEAR_MARGIN[0][0], _YEAR_MARGIN[2][0], _YEAR_MARGIN[4][0], _YEAR_MARGIN[5][0]],
        ),
        # outdented lines without years: a plain hanging indent, its indented lines continue
        (
            _lines(
                *(
                    (text.split(" ", 1)[1], cues) if cues["x0"] == 50.0 else (text, cues)
                    for text, cues in _YEAR_MARGIN
                )
            ),
            [_YEAR_MARGIN[0][0].split(" ", 1)[1], _YEAR_MARGIN[4][0].split(" ", 1)[1]],
        ),
    ],
)
def test_hanging_indent_year_margin(lines: list[Line], starts: list[str]) -> None:
    rule = segment.by_hanging_indent(lines)
    assert rule is not None
    assert _starts(rule, lines) == starts


_WRAPPED_TITLES = (
    ("A Quiet Theory of Glacial", {"bold": True, "x0": 50.0, "page": 1}),
    ("Ice Shelves", {"bold": True, "x0": 50.0, "page": 1}),
    ("J. Doe, K. Roe. Journal of Frost, 2021.", {"x0": 50.0, "page": 1}),
    ("Loud Snow", {"bold": True, "x0": 50.0, "page": 1}),
    ("J. Doe. Glacier Letters, 2020.", {"x0": 50.0, "page": 1}),
)


@pytest.mark.parametrize(
    "kind, expected",
    [
        # in a publication list a bold title wraps: its second line starts no entry
        (
            SectionKind.PUBLICATIONS,
            [
                ["A Quiet Theory of Glacial", "Ice Shelves", _WRAPPED_TITLES[2][0]],
                ["Loud Snow", _WRAPPED_TITLES[4][0]],
            ],
        ),
        # elsewhere consecutive bold lines are often entries of one line each
        (
            SectionKind.AWARDS,
            [
                ["A Quiet Theory of Glacial"],
                ["Ice Shelves", _WRAPPED_TITLES[2][0]],
                ["Loud Snow", _WRAPPED_TITLES[4][0]],
            ],
        ),
    ],
)
def test_wrapped_bold_title_in_publications(kind: SectionKind, expected: list[list[str]]) -> None:
    section = Section(kind=kind, heading=None, lines=tuple(_lines(*_WRAPPED_TITLES)))
    assert [[ln.text for ln in block.lines] for block in segment.split_entries_by_rules(section)] == expected


@pytest.mark.parametrize(
    "above, line, wraps",
    [
        ("A Quiet Theory of", "Ice Shelves", True),
        ("A Quiet Theory of Ice.", "Loud Snow", False),  # the title above ends a sentence
    ],
)
def test_wraps_title(above: str, line: str, wraps: bool) -> None:
    first, second = _lines(
        (above, {"bold": True, "x0": 50.0, "page": 1}), (line, {"bold": True, "x0": 50.0, "page": 1})
    )
    assert segment._wraps_title(first, second) is wraps
    assert segment._wraps_title(first, replace(second, x0=70.0)) is False  # another left edge


_BULLETED = (
    ("• Quiet ice in a long title that", {"list_item": True, "x0": 50.0, "page": 1}),
    ("wraps. Journal of Frost.", {"x0": 60.0, "page": 1}),
    ("• Loud snow. Glacier Letters.", {"list_item": True, "x0": 50.0, "page": 1}),
    ("• Old hail. Sleet Review.", {"list_item": True, "x0": 50.0, "page": 1}),
    ("  ◦ a note on the hail paper", {"list_item": True, "x0": 62.0, "page": 1}),
)


@pytest.mark.parametrize(
    "kind, starts",
    [
        # the bullet under a wrapped line starts an entry whatever the model said; a bullet under a
        # bullet and a deeper bullet are left to it
        (SectionKind.PUBLICATIONS, {2}),
        (SectionKind.TALKS, {2}),
        (SectionKind.AWARDS, {2}),
        (SectionKind.SERVICE, set()),  # elsewhere bullets under a line are often a group's entries
    ],
)
def test_an_outer_bullet_under_a_wrapped_line_starts_an_entry(
    kind: SectionKind, starts: set[int]
) -> None:
    section = Section(kind=kind, heading=None, lines=tuple(_lines(*_BULLETED)))
    labels = {n: LineLabel("B" if n == 0 else "I", 0.9) for n in range(len(_BULLETED))}
    labelled = segment._with_entry_labels(section, labels)
    assert labelled.entry_starts is not None
    assert set(labelled.entry_starts) - {0} == starts


_WRAPPED_AWARDS = (
    ("Best Student Paper, Workshop on Roots", {"x0": 50.0, "page": 1}),
    ("for Health, 2019", {"x0": 50.0, "page": 1}),
    ("Graduate Fellowship, Tarrow,", {"x0": 50.0, "page": 1}),
    ("Foundation for Roots, 2016", {"x0": 50.0, "page": 1}),
    ("Dean's Prize, 2011", {"x0": 50.0, "page": 1}),
    ("• Travel Grant, Kestrel Society,", {"list_item": True, "x0": 50.0, "page": 1}),
    ("• Poster Prize, 2010", {"list_item": True, "x0": 50.0, "page": 1}),
)


@pytest.mark.parametrize(
    "kind, starts",
    [
        # under a line ending with a comma, or led by a lowercase connector: the entry goes on; a
        # bullet starts its own
        (SectionKind.AWARDS, {0, 2, 4, 5, 6}),
        (SectionKind.GRANTS, {0, 2, 4, 5, 6}),
        (SectionKind.SERVICE, set(range(7))),  # left to the model elsewhere
    ],
)
def test_a_line_going_on_with_the_entry_above_starts_none(kind: SectionKind, starts: set[int]) -> None:
    section = Section(kind=kind, heading=None, lines=tuple(_lines(*_WRAPPED_AWARDS)))
    labels = {n: LineLabel("B", 0.9) for n in range(len(_WRAPPED_AWARDS))}
    labelled = segment._with_entry_labels(section, labels)
    assert labelled.entry_starts is not None
    assert set(labelled.entry_starts) == starts


_DATED_AWARDS = (
    ("Fern Prize, Kestrel University,", {"x0": 50.0, "page": 1}),
    ("2020", {"x0": 50.0, "page": 1}),
    ("Best Student Paper, Workshop on Roots", {"x0": 50.0, "page": 1}),  # after a date, a capital
    ("for Health, 2019", {"x0": 50.0, "page": 1}),
    ("Root Medal (2016 – 2018).", {"x0": 50.0, "page": 1}),  # its own line ends with a date
    ("Honourable mention, 2017", {"x0": 50.0, "page": 1}),
    ("Tarrow Society", {"x0": 50.0, "page": 1}),  # no date up to the next start: goes on
    ("Travel Grant, 2015", {"x0": 50.0, "page": 1}),
    ("awarded twice", {"x0": 50.0, "page": 1}),  # no capital
)


@pytest.mark.parametrize(
    "kind, starts",
    [
        (SectionKind.AWARDS, {0, 2, 4, 5, 7}),
        (SectionKind.GRANTS, {0, 2, 4, 5, 7}),
        (SectionKind.TALKS, {0, 7}),  # left to the model elsewhere
    ],
)
def test_a_capital_after_a_dated_line_starts_an_entry_that_ends_dated(
    kind: SectionKind, starts: set[int]
) -> None:
    section = Section(kind=kind, heading=None, lines=tuple(_lines(*_DATED_AWARDS)))
    labels = {n: LineLabel("B" if n in (0, 7) else "I", 0.9) for n in range(len(_DATED_AWARDS))}
    labelled = segment._with_entry_labels(section, labels)
    assert labelled.entry_starts is not None
    assert set(labelled.entry_starts) == starts


# --- date margins and dated one-line entries (rules' cut) ---------------------------------------------


@pytest.mark.parametrize(
    "specs, expected",
    [
        # a range left open on the entry's first line ends on its second: one entry
        (
            [
                ("Aug, 2019– Department of Botany, Kestrel University", {}),
                ("Present COURSES: Ferns; Mosses and Liverworts", {}),
                ("Sept, 2015– Department of Botany, Brindle College", {}),
                ("June, 2019 COURSES: Field Botany", {}),
            ],
            [
                [
                    "Aug, 2019– Department of Botany, Kestrel University",
                    "Present COURSES: Ferns; Mosses and Liverworts",
                ],
                ["Sept, 2015– Department of Botany, Brindle College", "June, 2019 COURSES: Field Botany"],
            ],
        ),
        # two-digit years ("Oct ’23 –" over "Nov ’23")
        (
            [
                ("Oct ’23 – Kestrel Institute, Bonn, a visit.", {}),
                ("Nov ’23", {}),
                ("May ’23 – Brindle Lab.", {}),
            ],
            [["Oct ’23 – Kestrel Institute, Bonn, a visit.", "Nov ’23"], ["May ’23 – Brindle Lab."]],
        ),
        # an earlier date under an open range is the list's next entry
        (
            [("Sept, 2020– Lecturer, Kestrel University", {}), ("May, 2018 Tutor, Brindle College", {})],
            [["Sept, 2020– Lecturer, Kestrel University"], ["May, 2018 Tutor, Brindle College"]],
        ),
        # a bare year left open is an ongoing role, not a wrapped range: the next dated line starts
        (
            [("2013– Advisory Board Member, Fern Review", {}), ("2024 Guest Editor, Moss Letters", {})],
            [["2013– Advisory Board Member, Fern Review"], ["2024 Guest Editor, Moss Letters"]],
        ),
    ],
)
def test_a_date_range_left_open_ends_on_the_entrys_next_line(
    specs: list[tuple[str, dict[str, object]]], expected: list[list[str]]
) -> None:
    assert _groups(_lines(*specs)) == expected


_DATED = (
    ("Instructor, Data Skills, Kestrel Carpentry 2020–present", {}),
    ("Teaching Assistant, Ecology, Kestrel University (2 semesters) 2016–2017", {}),
    ("Teaching Assistant, Ferns, Brindle College (1 semester) 2014", {}),
)


@pytest.mark.parametrize(
    "specs, expected",
    [
        # three or more lines each ending with a date after words of their own: one entry each
        (list(_DATED), [[text] for text, _ in _DATED]),
        # two lines: as often an entry and its dated detail
        (list(_DATED[:2]), [[text for text, _ in _DATED[:2]]]),
        # a line that is only a date (a wrapped "December 2025.") keeps the group whole
        (
            [*_DATED, ("December 2025.", {})],
            [[*(text for text, _ in _DATED), "December 2025."]],
        ),
        # bullets are no one-line entries of that kind
        (
            [(text, {"list_item": True}) for text, _ in _DATED],
            [[text for text, _ in _DATED]],
        ),
    ],
)
def test_lines_each_ending_with_a_date_are_one_entry_each(
    specs: list[tuple[str, dict[str, object]]], expected: list[list[str]]
) -> None:
    groups = [[ln.text for ln in group] for group in segment._dated_lines(_lines(*specs))]
    assert groups == expected


_MARGIN = (
    ("Spring 2023 Ph.D. Course: Ferns and their geometry, Kestrel", {"bold": True, "x0": 100.0, "page": 1}),
    ("University, Department of Botany", {"x0": 160.0, "page": 1}),
    ("Winter 2021 Grader for Botany II, Brindle College", {"x0": 98.0, "page": 1}),
    ("Autumn 2019 TA for Mosses, Brindle College", {"x0": 95.0, "page": 1}),
)


def test_one_emphasized_entry_of_a_date_margin_lets_the_margin_cut() -> None:
    assert _groups(_lines(*_MARGIN)) == [[_MARGIN[0][0], _MARGIN[1][0]], [_MARGIN[2][0]], [_MARGIN[3][0]]]


def test_a_date_indented_under_the_emphasized_title_does_not_start_an_entry() -> None:
    lines = _lines(
        ("2025 Kestrel Prize for Young Botanists", {"bold": True, "x0": 115.0, "page": 1}),
        ("Faculty of Botany, Kestrel University; awarded on 15.", {"x0": 150.0, "page": 1}),
        ("December 2025.", {"x0": 150.0, "page": 1}),
    )
    assert _groups(lines) == [[ln.text for ln in lines]]


def test_a_role_line_set_smaller_than_the_teaching_heading_is_an_entrys_line() -> None:
    doc = _styled_doc(
        ("Jordan Example", 20.0, False),
        ("Contact line, Kestrel", 10.0, False),
        ("Kestrel Harbour", 10.0, False),
        ("Teaching", 14.0, False),
        ("Instructor at Kestrel University", 12.0, False),  # larger than the body, smaller than headings
        ("BOT 101: Ferns Fall 2024", 10.0, False),
        ("Teaching Assistant at Brindle College", 12.0, False),  # the vocabulary's words, same size
        ("BOT 201: Mosses Spring 2020", 10.0, False),
        ("Field Seasons", 14.0, False),  # outside the vocabulary, set like the headings: a heading
        ("Kestrel Ridge 2019", 10.0, False),
    )
    got = [(s.kind.value, s.label, [ln.text for ln in s.lines]) for s in segment_sections(doc)[1:]]
    assert got == [
        (
            "teaching",
            "Teaching",
            [
                "Instructor at Kestrel University",
                "BOT 101: Ferns Fall 2024",
                "Teaching Assistant at Brindle College",
                "BOT 201: Mosses Spring 2020",
            ],
        ),
        ("other", "Field Seasons", ["Kestrel Ridge 2019"]),
    ]


@pytest.mark.parametrize(
    "kind, size, role_title",
    [
        (SectionKind.TEACHING, 12.0, True),
        (SectionKind.EXPERIENCE, 12.0, True),
        (SectionKind.TEACHING, 14.0, False),  # as large as the section's heading: a heading
        (SectionKind.AWARDS, 12.0, False),  # only where entries are roles
    ],
)
def test_role_title(kind: SectionKind, size: float, role_title: bool) -> None:
    heading = Line(text="Teaching", number=0, size=14.0)
    line = Line(text="Lecturer at Kestrel University", number=1, size=size)
    assert segment._role_title(line, heading, kind) is role_title
    assert segment._role_title(replace(line, text="Kestrel University"), heading, kind) is False  # no role


def test_a_dated_or_role_title_left_of_the_bullets_keeps_its_bullets() -> None:
    lines = _lines(
        ("Tutorials on ferns for first-year students, Kestrel, 2021", {"list_item": True, "x0": 87.0}),
        ("Field trip to the Kestrel Ridge, Brindle, 2022", {"list_item": True, "x0": 87.0}),
        ("Virtual Field Teaching", {"bold": True, "x0": 72.0}),  # a label over the next list
        ("Virtual field trip to the coast, Brindle, 2020", {"list_item": True, "x0": 87.0}),
        ("Graduate Teaching Assistant 2018 – present", {"bold": True, "x0": 72.0}),  # a titled entry
        ("Mosses (first year, Kestrel)", {"list_item": True, "x0": 87.0}),
        ("Ferns (second year, Brindle)", {"list_item": True, "x0": 87.0}),
    )
    assert _groups(lines) == [
        ["Tutorials on ferns for first-year students, Kestrel, 2021"],
        ["Field trip to the Kestrel Ridge, Brindle, 2022", "Virtual Field Teaching"],
        ["Virtual field trip to the coast, Brindle, 2020"],
        [
            "Graduate Teaching Assistant 2018 – present",
            "Mosses (first year, Kestrel)",
            "Ferns (second year, Brindle)",
        ],
    ]
