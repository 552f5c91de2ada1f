"""The JSON Schema of the profile contract, generated from the Pydantic models."""

from __future__ import annotations

import json
from typing import Any

from extractor.profile import Profile

SCHEMA_ID = "https://github.com/extractor/extractor/schemas/profile.schema.json"


def build_profile_schema() -> dict[str, Any]:
    """Return the contract's JSON Schema (draft 2020-12) in serialization mode."""
    body = Profile.model_json_schema(mode="serialization")
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_ID,
        "title": "Academic profile (schema_version 1.0)",
        **{k: v for k, v in body.items() if k != "title"},
    }


def dump_profile_schema() -> str:
    """The schema as committed in ``schemas/profile.schema.json``."""
    return json.dumps(build_profile_schema(), indent=2, ensure_ascii=False) + "\n"
