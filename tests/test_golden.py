"""End-to-end golden tests: each fixture case's inputs must produce exactly its expected.json."""

from __future__ import annotations

import difflib
import json
from pathlib import Path

import pytest

from extractor import ExtractOptions, extract_profile
from extractor.document import DocumentKind
from tests.conftest import UPDATE_GOLDEN, case_inputs, fixture_cases, normalize_for_golden

CASES = fixture_cases()


def _run(case: Path) -> dict:
    inputs, kind = case_inputs(case)
    options = ExtractOptions(kind=DocumentKind(kind) if kind else None)
    profile = extract_profile(inputs, options)
    data = normalize_for_golden(profile.model_dump(mode="json"))
    # input paths in warnings are made relative to the case folder
    data["warnings"] = [w.replace(str(case) + "/", "") for w in data["warnings"]]
    return data


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_case_matches_expected(case: Path) -> None:
    actual = _run(case)
    expected_file = case / "expected.json"
    text = json.dumps(actual, indent=2, ensure_ascii=False) + "\n"
    if UPDATE_GOLDEN:
        expected_file.write_text(text, "utf-8")
    assert expected_file.is_file(), (
        f"{case.name}: no expected.json; run UPDATE_GOLDEN=1 pytest tests/test_golden.py"
    )
    expected = expected_file.read_text("utf-8")
    if text != expected:
        diff = "".join(
            difflib.unified_diff(expected.splitlines(True), text.splitlines(True), "expected", "actual")
        )
        pytest.fail(f"{case.name} ({', '.join(case_inputs(case)[0])}) differs from expected.json:\n{diff}")
