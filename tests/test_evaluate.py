"""Unit tests for the accuracy evaluation, on small synthetic (fictional) gold/prediction pairs."""

from __future__ import annotations

import copy
import json
import subprocess
import sys
from pathlib import Path

import pytest

from extractor.evaluate import (
    FloorRegressionError,
    author_key,
    check_floors,
    degree_level,
    evaluate_dirs,
    evaluate_pair,
    format_table,
    headline_figures,
    raise_floors,
    report_to_json,
)

REPO_ROOT = Path(__file__).resolve().parents[1]


def _gold() -> dict:
    return {
        "id": "quill_marta",
        "name": "Marta Quill",
        "emails": ["mquill@example.edu"],
        "links": {"github": "mquill-lab", "homepage": "martaquill.example.org"},
        "position": "Assistant Professor",
        "affiliation": "University of Nowhere",
        "education": [
            {
                "degree": "Ph.D.",
                "field": "Botany",
                "institution": "Example State University",
                "start_year": 2012,
                "end_year": 2017,
            },
            {
                "degree": "B.Sc.",
                "field": "Biology",
                "institution": "Lakeside College",
                "start_year": None,
                "end_year": 2012,
            },
        ],
        "experience": [
            {
                "title": "Assistant Professor",
                "organization": "University of Nowhere",
                "start_year": 2020,
                "end_year": None,
                "current": True,
            },
            {
                "title": "Research Assistant for Prof. Otto Brill",
                "organization": None,
                "start_year": 2014,
                "end_year": 2015,
            },
        ],
        "publications": [
            {
                "title": "Moss growth on northern slopes",
                "authors": ["M. Quill", "T. Varga"],
                "venue": "Journal of Imaginary Ecology",
                "year": 2021,
            },
            {
                "title": "A census of glass frogs",
                "authors": ["Peter Lund", "Marta Quill"],
                "venue": "Proceedings of the Fictional Society",
                "year": 2019,
            },
            {
                "title": "Lichens and light",
                "authors": ["Marta Quill"],
                "venue": None,
                "year": None,
                "kind": "working_paper",
            },
        ],
        "notes": "Synthetic record.",
        "gold_complete": {"publications": True, "education": True, "experience": True},
    }


def _ev(**extra) -> dict:
    return {"source": 0, "page": 1, "text": "", **extra}


def _pred() -> dict:
    """A perfect prediction of ``_gold`` in our profile shape."""
    return {
        "schema_version": "1.0",
        "name": "Marta Quill",
        "emails": ["MQuill@example.edu"],
        "links": [
            {"kind": "github", "url": "https://github.com/mquill-lab"},
            {"kind": "homepage", "url": "https://martaquill.example.org/"},
        ],
        "position": "Assistant Professor",
        "affiliation": "University of Nowhere",
        "education": [
            {
                "degree": "PhD",
                "degree_level": "doctorate",
                "field": "Botany",
                "institution": "Example State University",
                "start": "2012-09",
                "end": "2017",
                "evidence": _ev(),
            },
            {
                "degree": "BSc",
                "degree_level": "bachelor",
                "field": "Biology",
                "institution": "Lakeside College",
                "start": None,
                "end": "2012",
                "evidence": _ev(),
            },
        ],
        "experience": [
            {
                "title": "Assistant Professor",
                "organization": "University of Nowhere",
                "start": "2020",
                "end": None,
                "current": True,
                "evidence": _ev(),
            },
            {
                "title": "Research Assistant for Prof. Otto Brill",
                "organization": None,
                "start": "2014",
                "end": "2015",
                "evidence": _ev(),
            },
        ],
        "publications": [
            {
                "title": "Moss Growth on Northern Slopes.",
                "venue": "Journal of Imaginary Ecology",
                "year": 2021,
                "authors": [
                    {"name": "Marta Quill", "is_owner": True, "equal_contribution": False},
                    {"name": "Tamas Varga", "is_owner": False, "equal_contribution": False},
                ],
            },
            {
                "title": "A census of glass frogs",
                "venue": "Proceedings of the Fictional Society",
                "year": 2019,
                "authors": [{"name": "Lund, P.", "is_owner": False}, {"name": "M. Quill", "is_owner": True}],
            },
            {
                "title": "Lichens and light",
                "venue": None,
                "year": None,
                "authors": [{"name": "Marta Quill", "is_owner": True}],
            },
        ],
    }


def test_perfect_match_scores_one():
    scores = evaluate_pair(_gold(), _pred())
    keys = ("name", "emails", "links", "position", "affiliation", "education", "experience", "publications")
    for key in keys:
        c = scores.counts[key]
        assert (c.precision, c.recall, c.f1) == (1.0, 1.0, 1.0), key
    for key, rate in scores.rates.items():
        assert rate.rate in (None, 1.0), key
    assert scores.rates["pub_authors_exact"].total == 3
    assert set(headline_figures(scores).values()) == {1.0}


def test_missing_publication_lowers_recall():
    pred = _pred()
    del pred["publications"][1]
    c = evaluate_pair(_gold(), pred).counts["publications"]
    assert c.precision == 1.0
    assert c.recall == pytest.approx(2 / 3)


def test_extra_publication_lowers_precision():
    pred = _pred()
    pred["publications"].append({"title": "An unrelated talk about rivers", "authors": [], "year": 2020})
    c = evaluate_pair(_gold(), pred).counts["publications"]
    assert c.recall == 1.0
    assert c.precision == pytest.approx(3 / 4)


def test_title_fuzzing_matches_but_different_title_does_not():
    pred = _pred()
    pred["publications"][1]["title"] = "A Census of Glass-Frogs"  # case, hyphen
    pred["publications"][0]["title"] = "Moss growth on nothern slopes"  # typo
    assert evaluate_pair(_gold(), pred).counts["publications"].tp == 3
    pred["publications"][2]["title"] = "Lichens and darkness in caves"
    assert evaluate_pair(_gold(), pred).counts["publications"].tp == 2


def test_author_initial_equals_full_name():
    assert author_key("A. Quill") == author_key("Ana Quill") == author_key("Quill, Ana") == ("quill", "a")
    assert author_key("T. Varga*") == author_key("Tamás Varga†")
    assert author_key("J. O’Neil-Smith") == author_key("Jo ONeil-Smith")
    assert author_key("A. Quill") != author_key("B. Quill")


@pytest.mark.parametrize(
    ("printed", "key"),
    [
        ("Quill AB", ("quill", "a")),  # Vancouver: family name, then initials
        ("Quill A", ("quill", "a")),
        ("van der Quill AB", ("quill", "a")),
        ("Marrow-Quill JP", ("marrowquill", "j")),
        ("Quill A.", ("quill", "a")),  # dotted initials after the family name: still Vancouver
        ("Quill A.B.", ("quill", "a")),
        ("van der Quill J.-P.", ("quill", "j")),
        ("Roe G. G.", ("roe", "g")),
        ("Jane Q. Roe", ("roe", "j")),
        ("and R. P. Quill", ("quill", "r")),  # the list's "and" left on the name
        ("& Ana Quill", ("quill", "a")),
        ("Ana QUILL", ("quill", "a")),  # a capitalised surname of five letters is no initials
        ("AB QUILL", ("quill", "a")),
        ("Quill, JR", ("quill", "j")),  # inverted Vancouver: "JR" in capitals are initials
        ("Quill, Jr.", ("quill", "")),  # a suffix
        ("QUILL, JR", ("quill", "")),  # in capitals throughout: a suffix
    ],
)
def test_author_key_reads_vancouver_names_and_drops_joining_words(printed: str, key: tuple[str, str]) -> None:
    assert author_key(printed) == key


def test_author_order_and_owner_position():
    pred = _pred()
    authors = pred["publications"][0]["authors"]
    authors.reverse()
    scores = evaluate_pair(_gold(), pred)
    assert scores.rates["pub_authors_exact"].correct == 2
    assert scores.rates["pub_owner_position"].correct == 2
    assert scores.rates["pub_owner_position"].total == 3


def test_owner_prepended_lists_are_compared_as_sets():
    gold = _gold()
    gold["notes"] = "The co-authors follow '(with A & B)'; gold lists the owner first."
    gold["publications"][0]["authors"] = ["Marta Quill", "Tamas Varga", "Ines Roe"]
    pred = _pred()
    pred["publications"][0]["authors"] = [
        {"name": "Tamas Varga"},
        {"name": "Ines Roe"},
        {"name": None, "is_owner": True},
    ]
    scores = evaluate_pair(gold, pred)
    assert scores.rates["pub_authors_exact"].correct == 3
    assert scores.rates["pub_owner_position"].correct == 3


def test_year_and_venue_rates():
    pred = _pred()
    pred["publications"][0]["year"] = 2020
    pred["publications"][1]["venue"] = "Proc. of the Fictional Society"
    pred["publications"][2]["venue"] = "Invented venue"
    scores = evaluate_pair(_gold(), pred)
    assert (scores.rates["pub_year"].correct, scores.rates["pub_year"].total) == (2, 3)
    assert scores.rates["pub_venue"].correct == 2  # fuzzy venue ok, invented venue for a null one is not


def test_equal_contribution_only_scored_when_gold_has_flags():
    gold = _gold()
    assert evaluate_pair(gold, _pred()).rates["pub_equal_contribution"].total == 0
    gold["publications"][0]["authors"] = [
        {"name": "M. Quill", "equal_contribution": True},
        {"name": "T. Varga", "equal_contribution": True},
    ]
    pred = _pred()
    scores = evaluate_pair(gold, pred)
    rate = scores.rates["pub_equal_contribution"]
    assert (rate.correct, rate.total) == (0, 1)
    for a in pred["publications"][0]["authors"]:
        a["equal_contribution"] = True
    assert evaluate_pair(gold, pred).rates["pub_equal_contribution"].correct == 1


def test_gold_complete_false_ignores_extras():
    gold = _gold()
    pred = _pred()
    pred["publications"].append({"title": "Something the gold did not list", "authors": []})
    pred["experience"].append({"title": "Visiting Scholar", "organization": "Elsewhere Institute"})
    gold["gold_complete"]["publications"] = False
    scores = evaluate_pair(gold, pred)
    assert scores.counts["publications"].fp == 0
    assert scores.counts["publications"].precision == 1.0
    assert scores.counts["experience"].fp == 1  # experience is still complete


def test_education_matching_uses_institution_and_level():
    pred = _pred()
    pred["education"][0]["institution"] = "Example State University, Department of Botany"
    pred["education"][1]["degree_level"] = "master"
    pred["education"][1]["degree"] = "MSc"
    scores = evaluate_pair(_gold(), pred)
    assert scores.counts["education"].tp == 1
    assert scores.rates["edu_start_year"].correct == 1
    assert degree_level("MPhil/PhD") == "doctorate"
    assert degree_level("BSc (Hons)") == "bachelor"
    assert degree_level("M.A.") == "master"
    assert degree_level("High School Diploma") == "other"


def test_experience_null_gold_title_or_org_is_unconstrained():
    pred = _pred()
    pred["experience"][1]["organization"] = "Example State University"
    pred["experience"][0]["end"] = "2023"
    scores = evaluate_pair(_gold(), pred)
    assert scores.counts["experience"].tp == 2
    assert scores.rates["exp_end_year"].correct == 1


def test_scalars_links_and_emails():
    pred = _pred()
    pred["name"] = "MARTA QUILL"
    pred["affiliation"] = "The University of Nowhere"
    pred["links"].append({"kind": "twitter", "url": "https://twitter.com/somebody"})
    pred["emails"].append("referee@example.com")
    scores = evaluate_pair(_gold(), pred)
    assert scores.rates["name_accuracy"].correct == 1
    assert scores.counts["affiliation"].tp == 0
    assert scores.counts["affiliation_fuzzy"].tp == 1
    assert scores.counts["links"].precision == pytest.approx(2 / 3)
    assert scores.counts["emails"].precision == 0.5
    assert scores.counts["emails"].recall == 1.0


def test_evaluate_dirs_both_layouts_and_missing_prediction(tmp_path):
    gold_dir, pred_dir = tmp_path / "gold", tmp_path / "pred"
    (gold_dir / "quill_marta").mkdir(parents=True)
    pred_dir.mkdir()
    (gold_dir / "quill_marta" / "gold.json").write_text(json.dumps(_gold()))
    other = copy.deepcopy(_gold())
    other["name"] = "Ivo Brand"
    (gold_dir / "brand_ivo.json").write_text(json.dumps(other))
    (pred_dir / "quill_marta.json").write_text(json.dumps(_pred()))
    report = evaluate_dirs(gold_dir, pred_dir)
    assert sorted(report.documents) == ["brand_ivo", "quill_marta"]
    assert report.missing_predictions == ["brand_ivo"]
    data = report_to_json(report)
    assert data["headline"]["publications_f1"] == pytest.approx(2 * 0.5 / 1.5, abs=1e-4)
    assert data["per_document"]["quill_marta"]["fields"]["publications"]["f1"] == 1.0
    json.dumps(data)
    table = format_table(report, per_document=True)
    assert "publications" in table and "owner position" in table


def test_floors_check_and_raise():
    floors = {"publications_f1": 0.5, "year_rate": 0.8}
    assert check_floors({"publications_f1": 0.6, "year_rate": 0.8}, floors) == []
    assert check_floors({"publications_f1": 0.4, "year_rate": 0.9}, floors) == [
        "publications_f1: 0.4000 < floor 0.5000"
    ]
    assert raise_floors({"publications_f1": 0.6543, "year_rate": 0.8}, floors) == {
        "publications_f1": 0.654,
        "year_rate": 0.8,
    }
    with pytest.raises(FloorRegressionError):
        raise_floors({"publications_f1": 0.4, "year_rate": 0.9}, floors)
    assert raise_floors({"publications_f1": 0.4, "year_rate": 0.9}, floors, allow_regression=True) == {
        "publications_f1": 0.4,
        "year_rate": 0.9,
    }


def test_check_floors_script_refuses_to_lower_without_flag(tmp_path):
    results, floors = tmp_path / "devset.json", tmp_path / "floors.json"
    results.write_text(json.dumps({"headline": {"publications_f1": 0.3, "emails_f1": 0.9}}))
    floors.write_text(json.dumps({"publications_f1": 0.5, "emails_f1": 0.5}))
    script = [
        sys.executable,
        str(REPO_ROOT / "benchmarks" / "check_floors.py"),
        "--results",
        str(results),
        "--floors",
        str(floors),
    ]

    assert subprocess.run(script, capture_output=True, text=True).returncode == 1
    refused = subprocess.run([*script, "--raise-floors"], capture_output=True, text=True)
    assert refused.returncode == 1
    assert json.loads(floors.read_text()) == {"publications_f1": 0.5, "emails_f1": 0.5}
    allowed = subprocess.run(
        [*script, "--raise-floors", "--allow-regression"], capture_output=True, text=True
    )
    assert allowed.returncode == 0
    assert json.loads(floors.read_text()) == {"emails_f1": 0.9, "publications_f1": 0.3}
    assert subprocess.run(script, capture_output=True, text=True).returncode == 0


def test_committed_floors_cover_headline_figures():
    floors = json.loads((REPO_ROOT / "benchmarks" / "floors.json").read_text())
    assert set(floors) == set(headline_figures(evaluate_pair(_gold(), _pred())))


# --------------------------------------------------------------------------- contract-format gold


def _pub(title: str, authors: list[dict], evidence: str) -> dict:
    return {"title": title, "authors": authors, "year": 2024, "evidence": {"source": 0, "text": evidence}}


def test_contract_gold_fills_the_owner_slot_and_detects_an_unprinted_owner() -> None:
    from extractor.evaluate import contract_as_gold

    profile = {
        "schema_version": "1.0",
        "name": "Mira Tanaka-Holm",
        "education": [{"institution": "Eastfield University", "start": "2019-09", "end": "2024"}],
        "publications": [
            _pub(
                "Printed Owner",
                [{"name": "M. Tanaka-Holm", "is_owner": True}, {"name": "J. Ode"}],
                "M. Tanaka-Holm and J. Ode. Printed Owner. 2024.",
            ),
            _pub(
                "Econ Style",
                [{"name": None, "is_owner": True}, {"name": "Jon Ode"}],
                "Econ Style (with Jon Ode), 2024.",
            ),
        ],
    }
    gold = contract_as_gold(profile)
    assert gold["education"][0]["start_year"] == 2019 and gold["education"][0]["end_year"] == 2024
    first, second = gold["publications"]
    assert first["author_order_unknown"] is False
    assert second["author_order_unknown"] is True
    assert second["authors"][0]["name"] == "Mira Tanaka-Holm"


def test_contract_gold_scores_corpus_lists() -> None:
    from extractor.evaluate import evaluate_pair

    evidence = {"source": 0, "text": "x"}
    gold = {
        "schema_version": "1.0",
        "talks": [
            {"title": "Tides of Invented Data", "event": "Example Workshop", "evidence": evidence},
            {"title": "A Second Talk", "event": None, "evidence": evidence},
        ],
        "statement": {
            "themes": [{"title": "Robust Widgets"}],
            "funding_sources": ["NSF"],
            "future_directions": [],
        },
    }
    pred = {
        "talks": [{"title": "Tides of Invented Data", "event": "Example Workshop"}],
        "statement": {
            "themes": [{"title": "Robust widgets"}, {"title": "Figure 2"}],
            "funding_sources": ["NSF"],
        },
    }
    scores = evaluate_pair(gold, pred)
    assert (scores.counts["talks"].tp, scores.counts["talks"].fp, scores.counts["talks"].fn) == (1, 0, 1)
    themes = scores.counts["statement_themes"]
    assert (themes.tp, themes.fp, themes.fn) == (1, 1, 0)
    assert scores.counts["statement_funders"].f1 == 1.0


def test_statement_references_are_matched_by_label() -> None:
    from extractor.evaluate import evaluate_pair

    gold = {
        "schema_version": "1.0",
        "statement": {"references": [{"label": "[C6]"}, {"label": "Doe et al., 2019a"}, {"label": "[J2]"}]},
    }
    pred = {"statement": {"references": [{"label": "C6"}, {"label": "Doe et al., 2019"}, {"label": "J3"}]}}
    refs = evaluate_pair(gold, pred).counts["statement_references"]
    assert (refs.tp, refs.fp, refs.fn) == (2, 1, 1)


def test_devset_gold_is_not_scored_on_corpus_lists() -> None:
    from extractor.evaluate import evaluate_pair

    assert "talks" not in evaluate_pair({"name": "A B"}, {"name": "A B"}).counts
