"""The shipped citation model is current: its stamp matches the feature code and the training inputs."""

from __future__ import annotations

import json

import pytest

from extractor.learn.data import anystyle_dir
from extractor.learn.train import MODELS, RETRAIN_COMMAND, WORKSPACE, citation_stamp

STAMP = MODELS / "citation.stamp.json"
MAX_MODEL_BYTES = 2_000_000


def _shipped() -> dict:
    return json.loads(STAMP.read_text("utf-8"))


def test_model_is_package_data_and_small() -> None:
    model = MODELS / "citation.crfsuite"
    assert model.is_file()
    assert model.stat().st_size <= MAX_MODEL_BYTES
    assert (MODELS / "LICENSE-anystyle").is_file()


def test_stamp_matches_feature_code() -> None:
    current = citation_stamp(None)
    shipped = _shipped()
    assert shipped["code"] == current["code"] and shipped["params"] == current["params"], (
        f"extractor/models/citation.crfsuite is older than its feature code: run `{RETRAIN_COMMAND}`"
    )


@pytest.mark.skipif(not anystyle_dir(WORKSPACE).is_dir(), reason="../shared/training/anystyle is absent")
def test_stamp_matches_training_inputs() -> None:
    current = citation_stamp(anystyle_dir(WORKSPACE))
    assert _shipped().get("inputs") == current["inputs"], (
        f"extractor/models/citation.crfsuite is older than its training data: run `{RETRAIN_COMMAND}`"
    )
