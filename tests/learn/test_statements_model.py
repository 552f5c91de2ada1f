"""The learned statement-theme model (``extractor/learn/statements.py``) on invented statements.

Every person, project and place here is made up for these tests.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from extractor.document import Line
from extractor.learn import statements as st
from extractor.learn.crf import fit_crf
from extractor.parse.statement_headings import Heading, find_headings, heading_at, line_cues

PROSE = "The river gauges we placed along the Orrin valley recorded every flood of the last decade and"
PROSE2 = "their records show how quickly small catchments respond to the storms that cross the hills."
END = "This is where the story of the valley's sensors begins, and where my own research started."


def _lines(specs: list[tuple[str, dict[str, Any]]]) -> list[Line]:
    return [
        Line(text=t, number=n, **{"size": 10.0, "x0": 72.0, "page": 1, **c}) for n, (t, c) in enumerate(specs)
    ]


STATEMENT = _lines(
    [
        ("Research Statement", {"size": 16.0, "bold": True}),
        ("Mirela Quennell", {"size": 12.0, "blank_before": True}),
        (PROSE, {"blank_before": True}),
        (PROSE2, {}),
        (END, {}),
        ("Adaptive Sampling for River Sensors", {"bold": True, "size": 12.0, "blank_before": True}),
        (PROSE, {"blank_before": True}),
        (END, {}),
        ("2.1 Learning Flood Onsets", {"bold": True, "blank_before": True}),
        (PROSE, {}),
        (END, {}),
        (
            "Tidal sensing. Our tidal gauges log the estuary every minute and feed the flood model.",
            {"bold_spans": ("Tidal sensing.",), "blank_before": True},
        ),
        (PROSE2, {}),
        (END, {}),
    ]
)
TITLES = ["Adaptive Sampling for River Sensors", "Learning Flood Onsets", "Tidal sensing"]
THEME_AT = [5, 8, 11]


def test_align_finds_each_title_on_its_line() -> None:
    labels = st.align(STATEMENT, TITLES)
    assert [i for i, label in enumerate(labels) if label == st.THEME] == THEME_AT
    # a title printed nowhere labels nothing; a statement without themes is all "other"
    assert st.align(STATEMENT, ["Glacier Melt Models"]) == [st.OTHER] * len(STATEMENT)


def test_align_takes_a_wrapped_title_on_its_first_line() -> None:
    lines = _lines([(PROSE, {}), ("Aim 1.3: Applying flood onsets to the", {"bold": True}), ("Orrin", {})])
    assert st.align(lines, ["Aim 1.3: Applying flood onsets to the Orrin valley"]) == [
        st.OTHER, st.THEME, st.OTHER,
    ]  # fmt: skip


def test_features_carry_the_rules_decision_and_the_neighbours() -> None:
    features = st.line_features(STATEMENT)
    assert "rule=heading" in features[5] and "bold" in features[5]
    assert "rule=runin" in features[11] and "boldlead" in features[11]
    assert "rule=none" in features[6] and "prev:rule=heading" in features[6]
    assert "titleblock" in line_cues(STATEMENT)[0]
    assert "prev:none" in features[0] and "next:none" in features[-1]


def test_a_trained_model_picks_the_theme_lines(tmp_path: Path) -> None:
    labels = st.align(STATEMENT, TITLES)
    fit_crf(
        [(st.line_features(STATEMENT), labels)] * 3,
        st.TRAINING_PARAMS | {"c1": 0.0},
        tmp_path / st.MODEL_FILE,
    )
    assert st.theme_lines(STATEMENT, str(tmp_path)) == THEME_AT


def test_no_model_or_no_layout_leaves_the_rules(tmp_path: Path) -> None:
    assert st.theme_lines(STATEMENT, str(tmp_path)) is None  # nothing trained there
    plain = [Line(text=line.text, number=line.number) for line in STATEMENT]
    assert st.theme_lines(plain) is None


def test_heading_at_reuses_the_rules_heading_or_reads_the_line() -> None:
    found = find_headings(STATEMENT)
    assert heading_at(STATEMENT, 5, found) == next(h for h in found if h.index == 5)
    # a line the rules did not take: its run-in lead, else the line as printed
    assert heading_at(STATEMENT, 11, []) == Heading("Tidal sensing", 11, run_in=True, size=10.0)
    assert heading_at(STATEMENT, 1, []) == Heading("Mirela Quennell", 1, size=12.0)
