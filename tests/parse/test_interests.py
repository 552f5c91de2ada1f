"""``interest_phrases``: research interests told in a bio sentence. Every example is invented."""

from __future__ import annotations

import pytest

from extractor.parse.lists import interest_phrases


@pytest.mark.parametrize(
    "text, expected",
    [
        ("I am broadly interested in moss ecology, peat chemistry, and fen hydrology.",
         ["moss ecology", "peat chemistry", "fen hydrology"]),
        ("My research interests are in the fields of glaciology and sea ice.", ["glaciology and sea ice"]),
        ("I am a Faculty Fellow at Example Institute, working on knot theory, braid groups, and tilings.",
         ["knot theory", "braid groups", "tilings"]),
        ("My research is in labor economics, with a focus on wage setting, migration, and housing.",
         ["labor economics", "wage setting", "migration", "housing"]),
        ("My research focuses on the ecology of lichens and soil crusts.",
         ["ecology of lichens and soil crusts"]),
        ("My work covers research topics in Botany, such as Pollination, seed banks, and grazing.",
         ["Pollination", "seed banks", "grazing"]),
        ("I moved to Example City in 2020.", []),
    ],
)
def test_interest_phrases(text: str, expected: list[str]) -> None:
    assert interest_phrases(text) == expected
