"""A service entry's role and venue by rule (invented examples)."""

from __future__ import annotations

import pytest

from extractor.parse.service import ServiceFields, read_service


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Program Committee: Harbour Symposium 2023, Dune Days", ("Program Committee", "Harbour Symposium")),
        (
            "Organizer, Northbridge Sand Reading Group (2022 – 2024)",
            ("Organizer", "Northbridge Sand Reading Group"),
        ),
        ("Lake Letters (2021)", (None, "Lake Letters")),
        ("2019 – present", None),
    ],
    ids=["role-colon-list", "role-comma", "venue-only", "date-only"],
)
def test_read_service(text: str, expected: tuple[str | None, str | None] | None) -> None:
    assert read_service(text) == (ServiceFields(*expected) if expected else None)
