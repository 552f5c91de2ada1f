"""The entry model's tokens, alignment, features and decoding, on invented entries."""

from __future__ import annotations

from pathlib import Path

import pytest

from extractor.document import Line
from extractor.learn.entries import (
    EntryFields,
    _with_bracket_after,
    align,
    label_entry,
    merge_fields,
    token_features,
    tokenize,
    without_place,
)


def lines(*texts: str, bold: bool = False) -> tuple[Line, ...]:
    return tuple(Line(text=t, number=n, bold=bold and n == 0) for n, t in enumerate(texts))


@pytest.mark.parametrize(
    ("text", "tokens"),
    [
        ("Ph.D. in Botany, Tarrow University", ["Ph.D.", "in", "Botany", ",", "Tarrow", "University"]),
        ("Research Intern @ Brindle Labs", ["Research", "Intern", "@", "Brindle", "Labs"]),
        ("Post-Doctoral Fellow (2019–2021)", ["Post-Doctoral", "Fellow", "(", "2019", "–", "2021", ")"]),
    ],
)
def test_tokenize(text: str, tokens: list[str]) -> None:
    assert [t.text for t in tokenize(lines(text))] == tokens


def test_align_experience_across_lines() -> None:
    entry = lines("Kestrel Labs, Millbrook, OH 2019 - 2021", "RESEARCH SCIENTIST")
    labels = align(entry, "experience", {"title": "Research Scientist", "organization": "Kestrel Labs"})
    assert labels == ["ORG", "ORG", "O", "O", "O", "O", "O", "O", "O", "TITLE", "TITLE"]


def test_align_education_fields() -> None:
    entry = lines("M.Sc. in Applied Botany, Tarrow University, 2015")
    gold = {"degree": "M.Sc.", "field": "Applied Botany", "institution": "Tarrow University"}
    assert align(entry, "education", gold) == ["DEGREE", "O", "FIELD", "FIELD", "O", "INST", "INST", "O", "O"]


def test_align_refuses_a_value_not_printed() -> None:
    entry = lines("Research Intern, Kestrel Labs 2019")
    assert align(entry, "experience", {"title": "Staff Engineer", "organization": "Kestrel Labs"}) is None


def test_features_carry_rules_layout_and_word_lists() -> None:
    entry = lines("Kestrel University 2019 - 2021", "Research Assistant", bold=True)
    features = token_features(entry, "experience", {"organization": "Kestrel University"})
    university, year, research = features[1], features[2], features[5]
    assert {"org", "in_rule_organization", "line_bold", "head=0", "part_org"} <= set(university)
    assert {"in_date", "digits=4"} <= set(year)
    assert {"head=1", "new_line", "line_job"} <= set(research)
    assert "line_bold" not in research


def test_features_tell_a_university_and_a_unit_from_a_lab() -> None:
    entry = lines(
        "Kestrel Cognition Lab 2019 - 2021", "Research Assistant, Department of Botany, Tarrow University"
    )
    features = token_features(entry, "experience", {})
    lab, department, tarrow, university = features[2], features[9], features[13], features[14]
    assert {"org", "part_org"} <= set(lab)
    assert not {"uni", "part_uni", "part_unit"} & set(lab)
    assert {"part_org", "part_unit"} <= set(department)
    assert "part_uni" not in department
    assert {"part_uni", "1:uni"} <= set(tarrow)
    assert {"uni", "part_uni", "line_uni", "line_unit"} <= set(university)


def test_no_model_no_answer(tmp_path: Path) -> None:
    assert label_entry(lines("Research Intern, Kestrel Labs"), "experience", {}, str(tmp_path)) is None


@pytest.mark.parametrize(
    ("learned", "rules", "merged"),
    [
        pytest.param(
            None, {"title": "Intern", "organization": None}, {"title": "Intern", "organization": None}
        ),
        pytest.param(
            EntryFields({"organization": "Kestrel Labs"}, 0.9),
            {"title": "Intern", "organization": "Kestrel"},
            {"title": "Intern", "organization": "Kestrel Labs"},
            id="model-wins-rules-fill",
        ),
        pytest.param(
            EntryFields({"organization": "Lab logo Research Intern @ Kestrel Lab"}, 0.4),
            {"title": "Research Intern", "organization": "Kestrel Lab"},
            {"title": "Research Intern", "organization": "Kestrel Lab"},
            id="swallowed-both-rules-stand",
        ),
        pytest.param(
            EntryFields({"title": "Research Assistant"}, 0.7),
            {"title": "Undergraduate Research Assistant", "organization": "Kestrel College"},
            {"title": "Undergraduate Research Assistant", "organization": "Kestrel College"},
            id="rank-words-before-the-title-kept",
        ),
        pytest.param(
            EntryFields({"title": "Research Assistant"}, 0.7),
            {"title": "Ice Lab Research Assistant", "organization": None},
            {"title": "Research Assistant", "organization": None},
            id="other-words-before-the-title-dropped",
        ),
    ],
)
def test_merge_fields(
    learned: EntryFields | None, rules: dict[str, str | None], merged: dict[str, str | None]
) -> None:
    assert merge_fields(learned, rules) == merged


@pytest.mark.parametrize(
    ("value", "location", "kept"),
    [
        ("Inference Platform Staff Seattle", "Seattle, WA, USA", "Inference Platform Staff"),
        ("Forschungszentrum Aldersee, Aldersee", "Aldersee, Germany", "Forschungszentrum Aldersee"),
        ("University of Tromsdal", "Tromsdal, Norway", "University of Tromsdal"),
        ("Universität Rheinfeld", "Rheinfeld, Germany", "Universität Rheinfeld"),
        ("Kestrel Labs", None, "Kestrel Labs"),
    ],
)
def test_without_place(value: str, location: str | None, kept: str) -> None:
    assert without_place(value, location) == kept


@pytest.mark.parametrize(
    ("text", "last", "extended"),
    [
        pytest.param("Adjunct Instructor (Mathematics), 1982", "Instructor", ")", id="short-bracket"),
        pytest.param("Research Assistant (PI: Ana Lind)", "Assistant", "Assistant", id="labelled-bracket"),
        pytest.param("Lecturer, Tarrow University (2019)", "Lecturer", "Lecturer", id="no-bracket-next"),
        pytest.param("Tutor (a b c d e f g)", "Tutor", "Tutor", id="long-bracket"),
        pytest.param("Lecturer (July 2025 – present)", "Lecturer", "Lecturer", id="dates-in-bracket"),
    ],
)
def test_a_title_runs_on_through_a_short_bracket(text: str, last: str, extended: str) -> None:
    tokens = tokenize(lines(text))
    at = [t.text for t in tokens].index(last)
    assert tokens[_with_bracket_after(tokens, at)].text == extended
