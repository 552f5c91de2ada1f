"""Sentinel: golden files are never regenerated in a normal test run (and never in CI)."""

from tests.conftest import UPDATE_GOLDEN


def test_update_golden_is_off() -> None:
    assert not UPDATE_GOLDEN, "UPDATE_GOLDEN=1 rewrites expected.json files; unset it before committing"
