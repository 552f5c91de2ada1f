"""Locations at an entry line's end: country names as Spanish, French or Portuguese CVs print them,
a state's code between city and country, a title before a stop (invented examples)."""

from __future__ import annotations

import pytest

from extractor.parse.places import is_place, split_location


@pytest.mark.parametrize(
    ("text", "rest", "location"),
    [
        ("Postdoc-Fellow. Brivas, Francia.", "Postdoc-Fellow.", "Brivas, Francia."),
        ("Ing. de Software. Ciudad de Kestrel, México.", "Ing. de Software.", "Ciudad de Kestrel, México."),
        ("Instituto Kestrel, Campinas, SP, Brasil", "Instituto Kestrel", "Campinas, SP, Brasil"),
        ("Tarrow University, Millbrook, OH", "Tarrow University", "Millbrook, OH"),
        ("Dept. of Botany, St. Albans, UK", "Dept. of Botany", "St. Albans, UK"),
        ("Research Fellow. Tarrow University", "Research Fellow. Tarrow University", None),
    ],
)
def test_split_location(text: str, rest: str, location: str | None) -> None:
    assert split_location(text) == (rest, location)


@pytest.mark.parametrize(
    ("name", "known"),
    [("Brésil", True), ("Bresil", True), ("Deutschland", True), ("México", True), ("Kestrelia", False)],
)
def test_country_names_compare_accent_folded(name: str, known: bool) -> None:
    assert is_place(name) is known
