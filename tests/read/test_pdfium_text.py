"""pdfium's UTF-16 units turned into characters (invented strings)."""

from __future__ import annotations

import pytest

from extractor.read.pdfium import _join_surrogates


@pytest.mark.parametrize(
    "units, expected",
    [
        ("plain text", "plain text"),
        ("a\ud835\udc65b", "a\U0001d465\x00b"),  # a maths italic x: one character, then a skipped index
        ("x\ud83d\ude00", "x\U0001f600\x00"),  # an emoji at the end
        ("lone \udc00 low", "lone \x00 low"),  # no text can encode a lone surrogate
        ("lone \ud800", "lone \x00"),
    ],
    ids=["bmp-only", "maths-letter", "emoji-last", "lone-low", "lone-high-last"],
)
def test_surrogate_pairs_become_characters(units: str, expected: str) -> None:
    joined = _join_surrogates(units)
    assert joined == expected
    assert len(joined) == len(units)  # one entry per pdfium index, so boxes still line up
    joined.encode("utf-8")  # never raises
