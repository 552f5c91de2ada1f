"""Shipped models are current: each one's stamp matches what it would be trained from today."""

from __future__ import annotations

import json

import pytest

from extractor.learn.parts import LEARNED_PARTS
from extractor.learn.train import MODELS_DIR, stamp_for, stamp_path


@pytest.mark.parametrize("part", LEARNED_PARTS, ids=[p.name for p in LEARNED_PARTS])
def test_shipped_model_is_not_stale(part) -> None:  # type: ignore[no-untyped-def]
    model = MODELS_DIR / part.file
    if not model.exists():
        pytest.skip(f"{part.name}: no model shipped (the rules decide)")
    assert stamp_path(part).exists(), (
        f"{part.name}: no stamp; run python -m extractor.learn.train {part.name}"
    )
    shipped = json.loads(stamp_path(part).read_text(encoding="utf-8"))
    assert shipped == stamp_for(part), (
        f"{part.name}: the model is older than its training data or feature code; "
        f"retrain with: python -m extractor.learn.train {part.name}"
    )
