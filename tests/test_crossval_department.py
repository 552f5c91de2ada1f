"""crossval's department figure: exact and fuzzy, the "Department of" lead dropped on both sides."""

from __future__ import annotations

import pytest

from tests.conftest import ROOT, load_script

crossval = load_script(ROOT / "benchmarks" / "crossval.py", "crossval_for_tests")


@pytest.mark.parametrize(
    "gold, pred, exact, fuzzy",
    [
        ("Department of Root Science", "Root Science", (1, 0, 0), (1, 0, 0)),
        ("Root Science Department", "Department of Root Science", (1, 0, 0), (1, 0, 0)),
        ("School of Roots", "Roots", (0, 1, 1), (0, 1, 1)),
        ("Anton Institute for Roots", "Anton Institute of Roots", (0, 1, 1), (1, 0, 0)),
        ("Department of Roots", None, (0, 0, 1), (0, 0, 1)),
        (None, "Roots", (0, 1, 0), (0, 1, 0)),
        (None, None, (0, 0, 0), (0, 0, 0)),
    ],
)
def test_department_counts(
    gold: str | None, pred: str | None, exact: tuple[int, int, int], fuzzy: tuple[int, int, int]
) -> None:
    counts = crossval.department_counts(gold, pred)
    assert (counts["department"].tp, counts["department"].fp, counts["department"].fn) == exact
    got = counts["department_fuzzy"]
    assert (got.tp, got.fp, got.fn) == fuzzy
