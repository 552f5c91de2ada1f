"""Link annotations attached to the PDF line they sit on: over words (with the words' text), or over
nothing the reader kept (an icon glyph it dropped: no text), never to a line they are beside."""

from __future__ import annotations

import pytest

from extractor.document import LinkSpan
from extractor.read.layout import Word, _links_on

# "Quillon University | [icon] | Site" set in 10 pt, from x 50 to 260, top 100 to 110
WORDS = [
    Word("Quillon", 50.0, 90.0, 100.0, 110.0, 10.0, False, False),
    Word("University", 92.0, 150.0, 100.0, 110.0, 10.0, False, False),
    Word("|", 152.0, 155.0, 100.0, 110.0, 10.0, False, False),
    Word("|", 175.0, 178.0, 100.0, 110.0, 10.0, False, False),
    Word("Site", 180.0, 260.0, 100.0, 110.0, 10.0, False, False),
]
BOX = (50.0, 100.0, 260.0, 110.0)
URL = "https://example.org/jq"


@pytest.mark.parametrize(
    ("link", "expected"),
    [
        ((182.0, 99.0, 258.0, 111.0), (LinkSpan(text="Site", url=URL),)),  # over a word
        ((158.0, 99.0, 172.0, 111.0), (LinkSpan(text="", url=URL),)),  # over a dropped icon
        ((262.0, 99.0, 274.0, 111.0), (LinkSpan(text="", url=URL),)),  # an icon just past the end
        ((300.0, 99.0, 312.0, 111.0), ()),  # beyond the line's reach: another column's
        ((158.0, 120.0, 172.0, 130.0), ()),  # below the line
        ((158.0, 85.0, 172.0, 97.0), ()),  # above it
    ],
)
def test_links_on(link: tuple[float, float, float, float], expected: tuple[LinkSpan, ...]) -> None:
    assert _links_on(WORDS, [(*link, URL)], BOX, 10.0) == expected
