"""The committed schema is current, and every expected.json validates against it."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from extractor.profile import Profile
from extractor.schema import build_profile_schema, dump_profile_schema
from tests.conftest import ROOT, fixture_cases

SCHEMA_FILE = ROOT / "schemas" / "profile.schema.json"


def test_committed_schema_is_current() -> None:
    assert SCHEMA_FILE.read_text("utf-8") == dump_profile_schema(), (
        "schemas/profile.schema.json is stale: run `extract schema -o schemas/profile.schema.json`"
    )


def test_schema_is_valid_draft_2020_12() -> None:
    jsonschema.Draft202012Validator.check_schema(build_profile_schema())


def test_every_key_is_required() -> None:
    schema = build_profile_schema()
    assert set(schema["required"]) == set(Profile.model_fields)


@pytest.mark.parametrize("case", fixture_cases(), ids=lambda c: c.name)
def test_expected_files_validate(case: Path) -> None:
    expected = case / "expected.json"
    if not expected.is_file():
        pytest.skip("no expected.json yet")
    data = json.loads(expected.read_text("utf-8"))
    for source in data["sources"]:  # volatile keys were removed; put placeholders back
        source.setdefault("sha256", "0" * 64)
        source.setdefault("path", "x")
    jsonschema.Draft202012Validator(build_profile_schema()).validate(data)
    Profile.model_validate(data)


def test_date_pattern_rejects_invented_forms() -> None:
    validator = jsonschema.Draft202012Validator(build_profile_schema())
    bad = {
        "schema_version": "1.0",
        "education": [{"start": "Sep 2022", "evidence": {"source": 0, "text": "x"}}],
    }
    assert not validator.is_valid(bad)


def test_profile_json_is_the_cli_rendering() -> None:
    """One JSON rendering: indented by 2 (or compact), UTF-8 characters kept, a closing newline."""
    from extractor.profile import Profile, profile_json

    profile = Profile(name="Zoë Quill", emails=["zq@example.org"])
    text = profile_json(profile)
    assert text.endswith("}\n") and '  "name": "Zoë Quill",' in text
    compact = profile_json(profile, compact=True)
    assert compact.count("\n") == 1 and '"name":"Zoë Quill"' in compact
    assert json.loads(text) == json.loads(compact) == profile.model_dump(mode="json")
