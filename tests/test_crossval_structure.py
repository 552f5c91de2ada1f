"""crossval's entry-boundary counts per section kind (``entry_counts_by_kind``)."""

from __future__ import annotations

import pytest

from tests.conftest import ROOT, load_script

crossval = load_script(ROOT / "benchmarks" / "crossval.py", "crossval_structure_for_tests")


def counts(tp: int, fp: int, fn: int) -> dict[str, int]:
    return {"tp": tp, "fp": fp, "fn": fn}


@pytest.mark.parametrize(
    "predicted, gold, expected",
    [
        # a hit counts under the annotation's kind, whatever kind the segmenter gave its section
        ([("talks", "a")], [("service", "a")], {"service": counts(1, 0, 0)}),
        # a false entry under the predicted section's kind, a miss under the annotation's
        (
            [("publications", "a b"), ("publications", "c")],
            [("publications", "a"), ("publications", "b"), ("publications", "c")],
            {"publications": counts(1, 1, 2)},
        ),
        # the same text twice is two items: one prediction matches one of them
        ([("awards", "x")], [("awards", "x"), ("awards", "x")], {"awards": counts(1, 0, 1)}),
        # a header-section block may match an item, but is never a false entry
        ([("header", "x"), ("header", "y")], [("education", "x")], {"education": counts(1, 0, 0)}),
        ([], [], {}),
    ],
)
def test_entry_counts_by_kind(
    predicted: list[tuple[str, str]], gold: list[tuple[str, str]], expected: dict[str, dict[str, int]]
) -> None:
    assert crossval.entry_counts_by_kind(predicted, gold) == expected
