"""The statement readers (``extractor/parse/statement_*``) on invented statements.

Every person, project, course and university here is made up for these tests.
"""

from __future__ import annotations

from typing import Any

import pytest

from extractor.classify import Cues, statement
from extractor.document import DocumentKind, Line, MediaType
from extractor.parse.statement_funding import find_funders
from extractor.parse.statement_future import future_directions
from extractor.parse.statement_headings import Heading, find_headings
from extractor.parse.statement_references import (
    author_year_label,
    cited_in_text,
    family_name,
    labels_in_text,
    printed_label,
    quoted_titles,
)
from extractor.parse.statement_teaching import TaughtCourse, course_row, taught_courses
from extractor.profile import Author, Evidence, Publication


def _lines(specs: list[tuple[str, dict[str, Any]]]) -> list[Line]:
    out = []
    for number, (text, cues) in enumerate(specs):
        cues = {"size": 10.0, "x0": 72.0, "page": 1, **cues}
        out.append(Line(text=text, number=number, **cues))
    return out


PROSE = "The river gauges we placed along the Orrin valley recorded every flood of the last decade and"
PROSE2 = "their records show how quickly small catchments respond to the storms that cross the hills."
END = "This is where the story of the valley's sensors begins, and where my own research started."

INVENTED_STATEMENT = _lines(
    [
        ("Research Statement", {"size": 16.0, "bold": True}),
        ("Mirela Quennell", {"size": 12.0, "blank_before": True}),
        (PROSE, {"blank_before": True}),
        (PROSE2, {}),
        (END, {}),
        ("Adaptive Sampling for River Sensors", {"bold": True, "size": 12.0, "blank_before": True}),
        (PROSE, {"blank_before": True}),
        (END, {}),
        ("Figure 2: Gauge layout along the valley", {"size": 9.0, "blank_before": True}),
        ("3", {"size": 9.0, "blank_before": True, "x0": 300.0}),
        ("2.1 Learning Flood Onsets", {"bold": True, "blank_before": True}),
        (PROSE, {}),
        (END, {}),
        (
            "Tidal sensing. Our tidal gauges log the estuary every minute and feed the flood model.",
            {"bold_spans": ("Tidal sensing.",), "blank_before": True},
        ),
        (PROSE2, {}),
        ("References", {"bold": True, "blank_before": True}),
        ("[1] M. Quennell. River gauges at scale. In Invented Hydrology Workshop, 2021.", {}),
    ]
)


def test_headings_of_a_laid_out_statement() -> None:
    headings = find_headings(INVENTED_STATEMENT)
    assert [(h.title, h.run_in) for h in headings] == [
        ("Adaptive Sampling for River Sensors", False),
        ("2.1 Learning Flood Onsets", False),
        ("Tidal sensing", True),
    ]


def test_title_block_caption_page_number_and_reference_heading_are_never_headings() -> None:
    titles = {h.title for h in find_headings(INVENTED_STATEMENT)}
    assert not titles & {"Research Statement", "Mirela Quennell", "3", "References"}
    assert not any(t.startswith("Figure") for t in titles)


def _h(title: str, index: int, size: float = 12.0, run_in: bool = False) -> Heading:
    return Heading(title=title, index=index, run_in=run_in, size=size)


def test_future_part_sub_headings_are_the_directions() -> None:
    headings = [
        _h("Prior Work", 0),
        _h("Future Research Directions", 5),
        _h("F1 – Tidal Sensing at Scale", 6, size=10.0, run_in=True),
        _h("F2 – Flood Warnings for Small Towns", 8, size=10.0, run_in=True),
        _h("Concluding Remarks", 9),
    ]
    spans = [
        "We built gauges for the Orrin valley and tested them for two winters.",
        "",
        "We will put a thousand gauges on the estuary.",
        "Warnings should reach towns before the water does.",
        "My work joins sensing and hydrology, and I plan to keep it that way for years.",
    ]
    assert future_directions(headings, spans, intro="") == [
        "F1 – Tidal Sensing at Scale",
        "F2 – Flood Warnings for Small Towns",
        "My work joins sensing and hydrology, and I plan to keep it that way for years.",
    ]


@pytest.mark.parametrize(
    ("span", "expected"),
    [
        # one direction per paragraph: its first plan sentence
        (
            "In future work, I plan to model sediment in the gauges. I plan to test it in spring.\n\n"
            "Our gauges are cheap and sturdy.",
            ["In future work, I plan to model sediment in the gauges."],
        ),
        # ... and a later one that opens another direction
        (
            "I plan to model sediment. I plan to test it in spring. Another promising direction is tides.",
            ["I plan to model sediment.", "Another promising direction is tides."],
        ),
        # an announcement of the directions names none of them
        ("I plan to extend this research in several ways.", []),
        # a descriptive "I will" is not a plan
        ("In this project I will show the gauge data to the class every week.", []),
    ],
)
def test_plan_sentences(span: str, expected: list[str]) -> None:
    assert future_directions([_h("Flood Gauges", 0)], [span], intro="") == expected


def test_future_part_without_sub_headings_lists_problems_and_enumerations() -> None:
    headings = [_h("4. Open Questions", 0), _h("5. Conclusion", 3)]
    spans = [
        "Problem 1. Does every river gauge drift? Problem 2. Find a bound on the drift.",
        "Gauges are useful.",
    ]
    assert future_directions(headings, spans, intro="") == [
        "Problem 1. Does every river gauge drift?",
        "Problem 2. Find a bound on the drift.",
    ]
    enumerated = [_h("Future Work", 0)]
    text = [
        "Next I hope to (i) build a drift model, (ii) test it on the estuary, and (iii) publish the data."
    ]
    assert future_directions(enumerated, text, intro="") == [
        "(i) build a drift model",
        "(ii) test it on the estuary",
        "(iii) publish the data",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "This work is supported by the NSF CAREER program and a gift from Google.",
            ["NSF CAREER", "Google"],
        ),
        (
            "With funding from the Alfred P. Sloan Foundation, we surveyed 300 towns.",
            ["Alfred P. Sloan Foundation"],
        ),
        (
            "The project has been awarded the Brightwater grant from the Example Science Agency.",
            [
                "Example Science Agency",
                "Brightwater",
            ],
        ),
        (
            "Funding: [Public: NSF, NIH R01] [Industry: Quarry Labs] Collaborators: Fenwick Hospital",
            [
                "NSF",
                "NIH R01",
                "Quarry Labs",
            ],
        ),
        ("An NSF-funded collaboration with Fenwick University studies tides.", ["NSF"]),
        # a company named outside a sentence about funding is not a funder
        ("We compared our gauges with those sold by Google and IBM.", []),
        # a prize is not a funder
        ("The paper received the Best Paper award at the Invented Workshop.", []),
    ],
)
def test_funders_as_printed(text: str, expected: list[str]) -> None:
    assert find_funders(text) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Since 2019, I have taught Tidal Dynamics (HYD 4210) and Flood Statistics at Fenwick University.",
            [
                TaughtCourse("Tidal Dynamics (HYD 4210)", None, "Since 2019", "Fenwick University"),
                TaughtCourse("Flood Statistics", None, "Since 2019", "Fenwick University"),
            ],
        ),
        (
            "I served as a teaching assistant for Data Structures and Algorithms.",
            [TaughtCourse("Data Structures and Algorithms", "teaching assistant", None, None)],
        ),
        (
            "As a TA, I led sections of Intro to Hydrology, Statistics, and River Ecology.",
            [
                TaughtCourse("Intro to Hydrology", "TA", None, None),
                TaughtCourse("Statistics", "TA", None, None),
                TaughtCourse("River Ecology", "TA", None, None),
            ],
        ),
        ("I believe students learn best by doing.", []),
    ],
)
def test_taught_courses(sentence: str, expected: list[TaughtCourse]) -> None:
    assert taught_courses(sentence) == expected


def _pub(authors: list[str], year: int | None, text: str) -> Publication:
    return Publication(
        title="Invented",
        authors=[Author(name=a) for a in authors],
        year=year,
        evidence=Evidence(source=0, page=None, text=text),
    )


@pytest.mark.parametrize(
    ("pub", "label"),
    [
        (_pub(["Quennell, Mirela"], 2020, "Quennell, Mirela. 2020. Gauges."), "Quennell, 2020"),
        (
            _pub(["M. Quennell", "T. Arbor"], None, "M. Quennell and T. Arbor. 2019b. Tides."),
            "Quennell and Arbor, 2019b",
        ),
        (
            _pub(["A. Bly", "C. Dorn", "E. Fane"], 2018, "Bly, Dorn, Fane (2018(a)). Floods."),
            "Bly et al., 2018a",
        ),
        (_pub(["Quennell, Mirela"], None, "Quennell, Mirela. Gauges in press."), "Quennell"),
        (_pub(["Quennell, Mirela"], 2021, "Quennell, Mirela, et al. 2021. Gauges."), "Quennell et al., 2021"),
        (_pub([], 2020, "Anonymous. 2020."), None),
    ],
)
def test_author_year_labels(pub: Publication, label: str | None) -> None:
    assert author_year_label(pub) == label


@pytest.mark.parametrize(
    ("name", "family"), [("Doe, Jane", "Doe"), ("Jane Q. Doe", "Doe"), ("Doe J.", "Doe")]
)
def test_family_names(name: str, family: str) -> None:
    assert family_name(name) == family


def _cues(**kw: Any) -> Cues:
    base: dict[str, Any] = {
        "media_type": MediaType.PDF,
        "lines": 200,
        "headings": ("references",),
        "first_person": 0.12,
        "prose_share": 0.85,
        "heading_rate": 0.5,
        "list_share": 0.0,
        "teaching_title": False,
        "research_title": False,
        "bio_opening": False,
        "bio_anywhere": False,
        "teaching_words": 1,
    }
    return Cues(**{**base, **kw})


@pytest.mark.parametrize(
    ("cues", "kind"),
    [
        # a proposal-like PDF that opens with its subject, not "I"
        (_cues(), DocumentKind.RESEARCH_STATEMENT),
        # ... or with a bio sentence
        (_cues(bio_opening=True), DocumentKind.RESEARCH_STATEMENT),
        # a first-person teaching statement with many sub-headings
        (
            _cues(heading_rate=7.5, first_person=0.5, headings=("teaching", "experience"), teaching_words=50),
            DocumentKind.TEACHING_STATEMENT,
        ),
        # a prose-heavy CV keeps its education heading: not a statement
        (_cues(headings=("education", "publications")), None),
        # a web page is not read as a statement by this rule
        (_cues(media_type=MediaType.HTML), None),
    ],
)
def test_prose_documents_are_statements(cues: Cues, kind: DocumentKind | None) -> None:
    assert statement(cues) is kind


def test_author_year_citations_in_prose() -> None:
    text = (
        "Gauges drift in silt (Quennell et al., 2019; Arbor 2020a), as Bly and Dorn (2018) first saw; "
        "see also [e.g., Fane, 2017]. In 2021 (a dry year) nothing moved."
    )
    assert cited_in_text(text) == [
        "Quennell et al., 2019",
        "Arbor, 2020a",
        "Bly and Dorn, 2018",
        "Fane, 2017",
    ]


@pytest.mark.parametrize(
    ("text", "labels"),
    [
        # a single author's narrative citation
        ("The drift was first seen by Quennell (2019), and In (2020) nothing.", ["Quennell, 2019"]),
        ("In Arbor (2016) and Since (2020) and Spring (2021) gauges moved.", ["Arbor, 2016"]),
        # three authors, in brackets and in the sentence
        ("In [Bly, Dorn, and Fane, 2018] and Quennell, Arbor, and Bly (2020).", [
            "Bly, Dorn, and Fane, 2018", "Quennell, Arbor, and Bly, 2020",
        ]),
        # the last words of a title before its year are no authors
        ("We read Modern River Gauging (2009) and Tidal Theory and Practice (2017).", []),
        # textbooks by author and title
        (
            "Textbooks: Quennell, Introduction to River Gauges (2009); Arbor & Bly, Tidal Theory (2012).",
            ["Quennell, 2009", "Arbor & Bly, 2012"],
        ),
    ],
)  # fmt: skip
def test_more_citation_styles_in_prose(text: str, labels: list[str]) -> None:
    assert cited_in_text(text) == labels


def test_three_authors_written_out_when_no_citation_abbreviates_them() -> None:
    pub = _pub(["A. Bly", "C. Dorn", "E. Fane"], 2018, "Bly, A., C. Dorn, and E. Fane. 2018. Floods.")
    assert author_year_label(pub, written_out=True) == "Bly, Dorn, and Fane, 2018"
    assert author_year_label(pub) == "Bly et al., 2018"
    printed_et_al = _pub(["A. Bly", "C. Dorn", "E. Fane"], 2018, "Bly, A., C. Dorn, E. Fane, et al. 2018.")
    assert author_year_label(printed_et_al, written_out=True) == "Bly et al., 2018"


@pytest.mark.parametrize(
    ("authors", "prose", "expected"),
    [
        # the list's entry takes the form the prose cites it by
        (["A. Bly", "C. Dorn"], ["Bly & Dorn, 2018"], ["Bly & Dorn, 2018"]),
        (["A. Bly", "C. Dorn", "E. Fane"], ["Bly, Dorn, and Fane, 2018"], ["Bly, Dorn, and Fane, 2018"]),
        # ... once: "Bly & Dorn" and "Bly and Dorn" are one work
        (["A. Bly", "C. Dorn"], ["Bly and Dorn, 2018", "Bly & Dorn, 2018"], ["Bly and Dorn, 2018"]),
        # a prose citation of another work is added after the list's
        (["A. Bly", "C. Dorn"], ["Quennell, 2020"], ["Bly and Dorn, 2018", "Quennell, 2020"]),
    ],
)
def test_reference_list_labels_follow_the_prose(
    authors: list[str], prose: list[str], expected: list[str]
) -> None:
    from extractor.fields.statement import _with_reference_list

    entry = _pub(authors, 2018, f"{', '.join(authors)}. 2018. Floods of the Orrin valley.")
    assert [w.label for w in _with_reference_list([], [entry], prose)] == expected


@pytest.mark.parametrize(
    ("text", "label"),
    [("[Quennell2020a] M. Quennell. Gauges. 2020.", "Quennell2020a"), ("M. Quennell. Gauges. 2020.", None)],
)
def test_printed_labels(text: str, label: str | None) -> None:
    assert printed_label(_pub(["M. Quennell"], 2020, text)) == label


def test_labels_cited_in_prose() -> None:
    text = "Gauges drift [3–5, 8] and tides [AB17; Qu20a], on [0, 1] and in [1990-2020]."
    assert labels_in_text(text) == ["3", "4", "5", "8", "AB17", "Qu20a", "1"]


def test_headings_of_a_line_numbered_draft_and_hyphenated_headings() -> None:
    lines = _lines(
        [
            ("3 " + PROSE, {"cells": ("3", PROSE)}),
            ("4 " + END, {"cells": ("4", END)}),
            ("5 2. FLOOD MODELS", {"cells": ("5", "2. FLOOD MODELS"), "blank_before": True}),
            ("6 " + PROSE, {"cells": ("6", PROSE)}),
            ("7 " + END, {"cells": ("7", END)}),
            ("Sensor-to-Model", {"blank_before": True}),
            (PROSE, {"blank_before": True}),
            (END, {}),
            (
                "2 Gauge Networks. Our gauges talk to each other over long-range radio links.",
                {"bold_spans": ("Gauge Networks.",), "blank_before": True},
            ),
            (END, {}),
        ]
    )
    assert [h.title for h in find_headings(lines)] == [
        "2. FLOOD MODELS",
        "Sensor-to-Model",
        "2 Gauge Networks",
    ]


@pytest.mark.parametrize(
    ("row", "expected"),
    [
        (
            "Tidal Dynamics (HYD 301) UG 2024–25 S1 3 48",
            TaughtCourse("Tidal Dynamics (HYD 301)", None, "2024–25 S1", None),
        ),
        ("Flood Statistics Grad Fall 2021 4", TaughtCourse("Flood Statistics", None, "Fall 2021", None)),
        ("Course Level Term Credits Hours", None),
    ],
)
def test_course_table_rows(row: str, expected: TaughtCourse | None) -> None:
    assert course_row(row) == expected


@pytest.mark.parametrize(
    ("heading", "kind", "expected"),
    [
        ("References", "references", "publications"),
        ("Research Outcomes", "other", "publications"),  # no CV heading, still the reference list
        ("Research Outputs", "other", "publications"),
        ("Courses I Would Teach", "courses", "courses"),
        ("Teaching Experience", "teaching", None),  # prose, for the statement parser
        ("Broader Impacts", "other", None),
    ],
)
def test_statement_section_kinds(heading: str, kind: str, expected: str | None) -> None:
    from extractor.document import Section, SectionKind
    from extractor.fields.statement import section_kind

    section = Section(SectionKind(kind), Line(text=heading, number=0), ())
    found = section_kind(section)
    assert (found.value if found is not None else None) == expected


def test_line_numbers_of_a_draft_are_dropped_from_its_prose() -> None:
    from extractor.parse.statement_headings import without_line_numbers

    numbered = [
        Line(text=f"{n} {text}", number=n, cells=(str(n), text))
        for n, text in enumerate(["Gauges drift in silt (Quennell et al.", "2019) and in sand."], start=12)
    ]
    assert [ln.text for ln in without_line_numbers(numbered)] == [
        "Gauges drift in silt (Quennell et al.",
        "2019) and in sand.",
    ]
    table = [*numbered, Line(text="Plain prose", number=3), Line(text="More prose", number=4),
             Line(text="And more", number=5)]  # fmt: skip
    assert without_line_numbers(table)[0].text == "12 Gauges drift in silt (Quennell et al."


TITLE_FIRST_LIST = (
    "Theme 1: Rivers\n"
    "“Tidal Gauges at Scale,” with Jonas Arbor, Journal of Rivers, 2019, vol. 3, pp. 1-20.\n"
    "“Flood Onsets in Small Catchments: Evidence from the Orrin Valley and Its\n"
    "Neighbours”, with Ada Bly, Hydrology Letters, 2021.\n"
    "“Silt and Sand? with Ada Bly. Journal of Sediments, 2014\n"  # a closing quote lost by the reader
    "“Estuaries Remembered”, Handbook of Coasts, edited by Cora Dorn.\n"
)


def test_quoted_titles_of_a_title_first_reference_list() -> None:
    assert quoted_titles(TITLE_FIRST_LIST) == [
        "Tidal Gauges at Scale",
        "Flood Onsets in Small Catchments: Evidence from the Orrin Valley and Its Neighbours",
        "Estuaries Remembered",
    ]
    # a title quoted inside an entry that opens with its authors is not one
    assert quoted_titles("Quennell, M. 2020. “Gauges.” Journal of Rivers.") == []


@pytest.mark.parametrize(
    ("list_text", "labelled", "expected"),
    [
        # a title-first list is cited by its titles
        (
            TITLE_FIRST_LIST,
            False,
            [
                "Tidal Gauges at Scale",
                "Flood Onsets in Small Catchments: Evidence from the Orrin Valley and Its Neighbours",
                "Estuaries Remembered",
            ],
        ),
        # a labelled list keeps its labels, whatever its entries quote
        (TITLE_FIRST_LIST, True, ["C1"]),
    ],
)
def test_a_title_first_reference_list_is_cited_by_its_titles(
    list_text: str, labelled: bool, expected: list[str]
) -> None:
    from extractor.document import Section, SectionKind
    from extractor.fields.context import ParseContext
    from extractor.fields.statement import _references

    lines = tuple(Line(text=t, number=n) for n, t in enumerate(list_text.splitlines()))
    section = Section(SectionKind.REFERENCES, Line(text="Research Outcomes", number=99), lines)
    entry = _pub(["Jonas Arbor"], 2019, "[C1] J. Arbor. Tidal Gauges at Scale. 2019.")
    cited = (entry.model_copy(update={"label": "[C1]"}),) if labelled else (entry,)
    ctx = ParseContext(0, DocumentKind.RESEARCH_STATEMENT, use_nlp=False, sections=(section,), cited=cited)
    assert [w.label for w in _references("We extend our gauges to estuaries.", ctx)] == expected
