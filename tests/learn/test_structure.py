"""The structure model's features and the alignment of annotations onto lines (invented lines)."""

from __future__ import annotations

from pathlib import Path

import pytest

from extractor.document import Document, Line, LineLabel, MediaType, SectionKind, SourceInfo
from extractor.learn.corpus import Annotation, SourceRef
from extractor.learn.structure import (
    RuleView,
    align_labels,
    crfsuite_items,
    label_structure,
    line_features,
    second_pass_features,
    start_shape,
)
from extractor.profile import Profile
from extractor.segment import segment_sections, split_entries


def _line(text: str, n: int, **kw: object) -> Line:
    return Line(text=text, number=n, page=1, **kw)  # type: ignore[arg-type]


def _features(text: str, **kw: object) -> dict[str, float | str]:
    return line_features([_line(text, 0, **kw)])[0]


@pytest.mark.parametrize(
    "text, key, value",
    [
        ("EDUCATION", "vocab", "education"),
        ("Selected Publications", "vocab", "publications"),
        ("Journal Articles", "vocab_sub", "True"),
        ("Ph.D. in Geology, Eastfield University", "vocab", "none"),
        ("2019 – 2023  Postdoctoral Fellow, Lake Institute", "date_start", "True"),
        ("Postdoctoral Fellow, Lake Institute  Sep 2019 – Present", "date_end", "True"),
        ("Postdoctoral Fellow, Lake Institute", "date_end", "False"),
        ("[12] A. Ode and B. Lin. Rivers of sand. J. Sand 4 (2020).", "label", "True"),
        ("12. A. Ode and B. Lin. Rivers of sand.", "label", "True"),
        ("and the second half of a wrapped title.", "first_lower", "True"),
        ("and the second half of a wrapped title.", "ends_period", "True"),
        ("RESEARCH INTERESTS", "caps", "True"),
        ("Teaching Assistant:", "ends_colon", "True"),
        ("Lake Institute", "short", "True"),
        ("Ode, A., and B. Lin (2020). Rivers of sand.", "author", "True"),
        ("A. Ode, B. Lin. Rivers of sand.", "author", "True"),
        ("Lake Institute, Hill College", "author", "False"),
        ("“Rivers of sand,” J. Sand 4.", "quote_start", "True"),
    ],
)
def test_line_feature_table(text: str, key: str, value: str) -> None:
    assert _features(text)[key] == value, text


def test_layout_features_come_from_font_and_geometry() -> None:
    lines = [
        _line("Mira Tanaka", 0, size=20.0, bold=True, x0=50.0, top=40.0),
        _line("EXPERIENCE", 1, size=13.0, bold=True, x0=50.0, top=80.0),
        _line("Postdoctoral Fellow, Lake Institute", 2, size=10.0, x0=50.0, top=100.0),
        _line("Studied sand ripples in lakes.", 3, size=10.0, x0=62.0, top=112.0),
        _line("Research Assistant, Hill College", 4, size=10.0, x0=50.0, top=148.0),
    ]
    rules = RuleView(headings=frozenset({1}), starts=frozenset({2, 4}))
    f = line_features(lines, rules)
    assert f[1]["size"] > f[2]["size"]  # bucketed against the body size (10 pt)
    assert f[1]["bold"] == "True" and f[2]["bold"] == "False"
    assert f[3]["indent"] > f[2].get("indent", "0")  # indented continuation
    assert f[4]["gap"] > f[3]["gap"]  # a larger step above the next entry
    assert f[1]["rule_head"] == "True" and f[2]["rule_start"] == "True" and f[3]["rule_start"] == "False"
    assert f[2]["-1:vocab"] == "experience"  # the neighbour's features, prefixed
    assert f[0]["-1:edge"] == 1.0 and f[4]["+1:edge"] == 1.0


def test_fill_says_how_short_of_the_right_edge_a_line_ends() -> None:
    lines = [
        _line("Ode, A. Rivers of sand and the long title of a paper that", 0, x0=50.0, x1=560.0),
        _line("wraps. J. Sand 4.", 1, x0=62.0, x1=150.0),
        _line("Lin, B. Another paper.", 2, x0=50.0, x1=540.0),
    ]
    f = line_features(lines)
    assert [row["fill"] for row in f] == ["0", "3", "1"]  # full, far short (a paragraph's end), near
    assert f[2]["-1:fill"] == "3"  # the previous line ended short: this one may start an entry


def test_crfsuite_items_turn_strings_into_indicators() -> None:
    assert crfsuite_items([{"bias": 1.0, "bold": "True"}]) == [{"bias": 1.0, "bold=True": 1.0}]


def _annotation(sections: list[dict]) -> Annotation:
    source = SourceRef("pool", "tanaka_mira", "cv.pdf", "0" * 64)
    return Annotation(
        file=Path("corpus/cv/tanaka_mira.json"),
        doc_type="cv",
        name="tanaka_mira",
        source=source,
        profile=Profile(),
        sections=tuple(sections),
        checked={"by": "test"},
        raw={},
    )


LINES = [
    _line("Mira Tanaka", 0),
    _line("mira@example.edu", 1),
    _line("EXPERIENCE", 2),
    _line("Postdoctoral Fellow, Lake Institute 2019 – present", 3),
    _line("Studied sand ripples in lakes.", 4),
    _line("Research Assistant, Hill College 2016 – 2019", 5),
    _line("PUBLICATIONS", 6),
    _line("Journal Articles", 7),
    _line("[1] M. Tanaka. Rivers of sand. J. Sand", 8),
    _line("4 (2020).", 9),
    _line("[2] M. Tanaka. Lakes of glass. J. Glass 2 (2018).", 10),
]


def test_alignment_labels_headings_entries_and_the_header() -> None:
    annotation = _annotation(
        [
            {"heading": None, "kind": "header", "items": ["Mira Tanaka\nmira@example.edu"]},
            {
                "heading": "EXPERIENCE",
                "kind": "experience",
                "items": [
                    "Postdoctoral Fellow, Lake Institute 2019 – present\nStudied sand ripples in lakes.",
                    "Research Assistant, Hill College 2016 – 2019",
                ],
            },
            {
                "heading": "PUBLICATIONS",
                "kind": "publications",
                # spaced differently from the reader's lines: anchoring ignores spacing and breaks
                "items": [
                    "[1] M. Tanaka. Rivers of sand. J. Sand 4 (2020).",
                    "[2] M. Tanaka. Lakes of glass. J. Glass 2 (2018).",
                ],
            },
        ]
    )
    alignment = align_labels(LINES, annotation)
    assert alignment.labels == ("HDR", "HDR", "HEAD", "B", "I", "B", "HEAD", "SUB", "B", "I", "B")
    assert alignment.unplaced == ()


def test_alignment_reports_what_it_cannot_place() -> None:
    annotation = _annotation([{"heading": "AWARDS", "kind": "awards", "items": ["Medal of Sand, 2020"]}])
    alignment = align_labels(LINES, annotation)
    assert alignment.unplaced == ("heading 'AWARDS'", "item 'Medal of Sand, 2020'")


def test_segment_follows_model_labels() -> None:
    document = Document(
        source=SourceInfo(index=0, path="cv.pdf", media_type=MediaType.PDF, sha256="0"), lines=tuple(LINES)
    )
    tags = ("HDR", "HDR", "HEAD", "B", "I", "B", "HEAD", "SUB", "B", "I", "B")
    labels = {n: LineLabel(tag, 0.9) for n, tag in enumerate(tags)}
    sections = segment_sections(document, labels)
    assert [s.kind for s in sections] == [
        SectionKind.HEADER,
        SectionKind.EXPERIENCE,
        SectionKind.PUBLICATIONS,
    ]
    experience = split_entries(sections[1])
    assert [b.text for b in experience] == [
        "Postdoctoral Fellow, Lake Institute 2019 – present\nStudied sand ripples in lakes.",
        "Research Assistant, Hill College 2016 – 2019",
    ]
    publications = split_entries(sections[2])
    assert [len(b.lines) for b in publications] == [2, 1]
    assert {b.subkind for b in publications} == {"journal"}
    assert publications[0].confidence == 0.9


@pytest.mark.parametrize(
    "text, key, value",
    [
        ("2021", "year_only", "True"),
        ("2019 – 2020:", "year_only", "True"),
        ("2021 Rivers of sand", "year_only", "False"),
        ("[12] A. Ode. Rivers of sand.", "first_word", "00"),
        ("[3] A. Ode. Lakes of glass.", "first_word", "0"),
        ("Member, Sand Society", "first_word", "member"),
    ],
)
def test_year_lines_and_word_shapes(text: str, key: str, value: str) -> None:
    assert _features(text)[key] == value, text


def test_column_features_place_lines_against_their_section_edge() -> None:
    # a hanging indent: entries at the section's left edge (60 pt), wrapped lines 12 pt in; entries
    # set apart by a larger step (18 pt) than the wrapped lines (12 pt)
    lines = [
        _line("SERVICE", 0, x0=40.0, top=80.0, bold=True),
        _line("Member, Sand Society, and chair of its long-named committee on", 1, x0=60.0, top=100.0),
        _line("lakes and rivers", 2, x0=72.0, top=112.0),
        _line("Reviewer for the Journal of Sand", 3, x0=60.0, top=130.0),
        _line("Reviewer for the Journal of Glass", 4, x0=60.0, top=148.0),
        _line("Reviewer for the Journal of Ice and its long-named special issue on", 5, x0=60.0, top=166.0),
        _line("frozen lakes", 6, x0=72.0, top=178.0),
    ]
    f = line_features(lines, RuleView(headings=frozenset({0}), starts=frozenset()))
    assert [row["column"] for row in f[1:]] == ["0", "2", "0", "0", "0", "2"]
    assert f[1]["hanging"] == "True" and f[3]["column_hanging"] == "0|True"
    assert f[2]["step"] == "1" and f[4]["step"] == "3"  # 12 pt (the tight step) vs 18 pt
    assert f[3]["prev_end_column"] == "other|0"
    assert "column" not in f[0]  # the heading is not part of its section's column


def test_a_flush_section_has_no_hanging_indent() -> None:
    lines = [_line(f"Reviewer for the Journal of Sand {n}", n, x0=60.0, top=100.0 + 14 * n) for n in range(4)]
    f = line_features(lines)
    assert {row["hanging"] for row in f} == {"False"}


def test_alignment_places_an_item_printed_out_of_order_by_its_ends() -> None:
    # the annotation has the margin date after the title; the reader prints it after the wrapped
    # line: the whole text is not in the stream, its opening and its end are
    lines = [
        _line("EXPERIENCE", 0),
        _line("Postdoctoral Fellow, Lake Institute, studying sand ripples", 1),
        _line("in lakes and rivers of the northern plains.", 2),
        _line("2019 – present", 3),
    ]
    annotation = _annotation(
        [
            {
                "heading": "EXPERIENCE",
                "kind": "experience",
                "items": [
                    "Postdoctoral Fellow, Lake Institute, studying sand ripples\n"
                    "2019 – present\nin lakes and rivers of the northern plains."
                ],
            }
        ]
    )
    alignment = align_labels(lines, annotation)
    assert alignment.labels == ("HEAD", "B", "I", "O")
    assert alignment.unplaced == ()


@pytest.mark.parametrize("media", [MediaType.HTML, MediaType.TEXT, MediaType.MARKDOWN])
def test_the_model_leaves_markup_and_text_inputs_to_the_rules(media: MediaType) -> None:
    document = Document(
        source=SourceInfo(index=0, path="cv", media_type=media, sha256="0"), lines=tuple(LINES)
    )
    assert label_structure(document) is None


@pytest.mark.parametrize(
    "text, shape",
    [
        ("A. Ode. Rivers of sand. J. Sand 4 (2020).", "year"),
        ("Postdoctoral Fellow, Lake Institute 2019", "year"),
        ("Rivers of sand. J. Sand 4. https://doi.org/10.5555/sand.4", "link"),
        ("doi:10.5555/sand.4", "link"),
        ("Rivers of sand. J. Sand 4, 1–12.", "period"),
        ("A. Ode, B. Lin,", "comma"),
        ("A. Ode, B. Lin, and C.", "initial"),  # an author list wrapped mid-name
        ("Ode, A., B. Lin, J.-P.", "initial"),
        ("Rivers of sand and the long title of a", "other"),
        ("", "other"),
    ],
)
def test_the_previous_lines_tail_shape(text: str, shape: str) -> None:
    lines = [_line(text, 0), _line("Next line", 1)]
    assert line_features(lines)[1]["prev_tail"] == shape, text


@pytest.mark.parametrize(
    "above, text, value",
    [
        ("Rivers of sand. J. Sand 4, 1–12.", "Lin, B., A. Ode, and C. Vale. 2021.", "period|True"),
        ("A. Ode, B. Lin, and C.", "Vale, D., E. Quist. 2021. Dunes.", "initial|True"),
        ("Rivers of sand. J. Sand 4, 1–12.", "and more dunes in a wrapped line", "period|False"),
    ],
)
def test_prev_tail_author_pairs_the_line_above_ending_with_an_author_start(
    above: str, text: str, value: str
) -> None:
    assert line_features([_line(above, 0), _line(text, 1)])[1]["prev_tail_author"] == value


def test_section_step_features_compare_a_step_with_the_sections_own_steps() -> None:
    # entries set apart by 15 pt, wrapped lines 12 pt apart: slight against the document's steps,
    # clear against the section's own tight step
    lines = [_line("PUBLICATIONS", 0, x0=40.0, top=80.0, bold=True)]
    top = 100.0
    for n in range(4):
        for k in range(3):
            lines.append(_line(f"Ode, A. Rivers of sand {n} line {k}", len(lines), x0=60.0, top=top))
            top += 12.0
        top += 3.0
    f = line_features(lines, RuleView(headings=frozenset({0}), starts=frozenset()))
    # the first line steps down from its heading (20 pt); the next entries 15 pt, 1.25 times 12 pt
    assert [row.get("sstep") for row in f[1:7]] == ["4", "1", "1", "3", "1", "1"]
    assert f[4]["smed"] == "3" and f[5]["smed"] == "1"  # 15 pt against the median 12 pt
    assert "sstep" not in f[0]  # a heading has no place among its section's steps


def test_like_first_marks_lines_that_look_like_the_sections_first_line() -> None:
    lines = [
        _line("EXPERIENCE", 0, x0=40.0, size=12.0, bold=True),
        _line("Postdoctoral Fellow, Lake Institute", 1, x0=60.0, size=10.0, bold=True),
        _line("Studied sand ripples in lakes.", 2, x0=72.0, size=10.0),
        _line("Research Assistant, Hill College", 3, x0=60.0, size=10.0, bold=True),
        _line("Measured rivers.", 4, x0=60.0, size=10.0),
    ]
    f = line_features(lines, RuleView(headings=frozenset({0}), starts=frozenset()))
    assert [row["like_first"] for row in f[1:]] == ["True", "False", "True", "False"]


def test_alignment_places_an_item_whose_margin_year_is_printed_elsewhere() -> None:
    # the annotation opens the item with its margin year; the reader prints the year at the end of
    # the page: the item's first piece is not in the stream, the following ones are, in order
    lines = [
        _line("PUBLICATIONS", 0),
        _line("[2] M. Tanaka and B. Lin. Rivers of sand and the long title of a", 1),
        _line("paper that wraps. Journal of Sand Studies 4 (2021), 1-12.", 2),
        _line("[1] M. Tanaka. Lakes of glass. J. Glass 2 (2018).", 3),
        _line("2021", 4),
    ]
    annotation = _annotation(
        [
            {
                "heading": "PUBLICATIONS",
                "kind": "publications",
                "items": [
                    "2021\n[2] M. Tanaka and B. Lin. Rivers of sand and the long title of a\n"
                    "paper that wraps. Journal of Sand Studies 4 (2021), 1-12.",
                    "[1] M. Tanaka. Lakes of glass. J. Glass 2 (2018).",
                ],
            }
        ]
    )
    alignment = align_labels(lines, annotation)
    assert alignment.labels == ("HEAD", "B", "I", "B", "O")
    assert alignment.unplaced == ()


def test_alignment_finds_a_numbered_heading() -> None:
    lines = [_line("3 Professional Service", 0), _line("Reviewer for the Journal of Sand", 1)]
    annotation = _annotation(
        [
            {
                "heading": "Professional Service",
                "kind": "service",
                "items": ["Reviewer for the Journal of Sand"],
            }
        ]
    )
    assert align_labels(lines, annotation).labels == ("HEAD", "B")


def test_second_pass_features_read_the_first_pass_of_look_alikes_and_outer_lines() -> None:
    # bold titles at 60 pt that the first pass starts surely, bullets at 72 pt it is unsure of: the
    # bullets' look-alikes are unsure, and the look left of them starts entries
    lines = [
        _line("PROJECTS", 0, x0=40.0, bold=True),
        _line("Sand Ripple Atlas", 1, x0=60.0, bold=True),
        _line("Mapped ripples of the northern lakes.", 2, x0=72.0, list_item=True),
        _line("Glass Lake Survey", 3, x0=60.0, bold=True),
        _line("Measured the lakes of glass.", 4, x0=72.0, list_item=True),
    ]
    first = [
        {"HEAD": 0.9, "B": 0.05, "I": 0.05},
        {"B": 0.95, "I": 0.05},
        {"B": 0.4, "I": 0.6},
        {"B": 0.9, "I": 0.1},
        {"B": 0.1, "I": 0.9},
    ]
    f = second_pass_features(lines, RuleView(headings=frozenset({0}), starts=frozenset({1, 2, 3, 4})), first)
    assert [row["p1+0"] for row in f] == ["HEAD", "B", "I", "B", "I"]
    assert f[1]["p1look:B"] == "5" and f[2]["p1look:B"] == "1"  # means .925 and .25
    assert f[2]["p1outer:B"] == "5"  # the titles' look
    assert f[1]["p1outer:B"] == "0"  # left of the titles only the heading (its section's first line)
    assert f[0]["p1outer:B"] == "none"
    assert f[2]["p1-1"] == "B" and f[2]["p1+2"] == "I" and "p1-2" not in f[1]


@pytest.mark.parametrize(
    ("text", "shape"),
    [
        ("Doe, J. A. Rivers of sand.", "Aa,"),
        ("J. Doe and A. Roe.", "A."),
        ("McQuill, A.", "AaAa"),
        ("(2021). Rivers of sand.", "(0)."),
        ("379.3-4 (2021), pp. 1-9", "0.0-"),
        ("[12] Doe, J.", "[0]"),
        ("and B. Roe. 2020.", "a"),
        ("“Rivers of sand”", "“Aa"),
        ("", ""),
    ],
)
def test_start_shape_writes_the_first_word_as_character_classes(text: str, shape: str) -> None:
    assert start_shape(text) == shape
    assert line_features([_line(text, 0)])[0]["shape"] == shape


def test_second_pass_reads_the_first_pass_of_lines_sharing_a_step_a_start_or_an_ending() -> None:
    # a flat list: entries set apart by 15 pt and starting with a name, wrapped lines 12 pt apart;
    # the first pass starts two of the three entries surely and is unsure of the third
    lines = [_line("PUBLICATIONS", 0, x0=40.0, top=80.0, bold=True)]
    top = 100.0
    for n, first_word in enumerate(("Ode,", "Roe,", "Lin,")):
        for k in range(3):
            text = (f"{first_word} A. Rivers of sand {n}", "lakes of glass and", "J. Sand 4 (2020).")[k]
            lines.append(_line(text, len(lines), x0=60.0, top=top))
            top += 12.0
        top += 3.0
    first_starts = [0.0, 0.9, 0.05, 0.05, 0.9, 0.05, 0.05, 0.4, 0.05, 0.05]
    first = [{"B": p, "I": 1 - p} for p in first_starts]
    rules = RuleView(headings=frozenset({0}), starts=frozenset())
    items = crfsuite_items(line_features(lines, rules))
    f = second_pass_features(lines, rules, first, items)
    # the third entry's start shares its step with the second's (mean .65) and its shape with both
    # sure starts (mean .733)
    assert f[7]["p1same:sstep"] == "3" and f[7]["p1same:shape"] == "4"
    assert f[8]["p1same:sstep"] == "0" and f[8]["p1same:shape"] == "0"  # wrapped lines: mean .05
    assert f[7]["p1same:prev_tail"] == "3"  # the line above ends with a year, as above the second
    assert "p1same:sstep" not in f[1]  # the first entry has no step within its section
    assert not any(key.startswith("p1same") for key in second_pass_features(lines, rules, first)[7])
