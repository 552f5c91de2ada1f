"""Glyphs without Unicode in a word (pdfminer's "(cid:N)", the pdfium reader's NO_UNICODE mark)."""

from __future__ import annotations

import pytest

from extractor.read.layout import NO_UNICODE, make_word


@pytest.mark.parametrize(
    "text, expected",
    [
        ("E(cid:136)ect", "E\ufffdect"),  # a lost "ff" ligature: repair restores "Effect"
        (f"Pi{NO_UNICODE}sburgh", "Pi\ufffdsburgh"),  # a lost "tt"
        ("o(cid:1)(cid:2)ce", "o\ufffd\ufffdce"),
        ("(cid:66)jdoe@example.org", "jdoe@example.org"),  # an icon before a word
        (f"{NO_UNICODE}Contact", "Contact"),
        ("Kestrel(cid:9)", "Kestrel"),
        ("(cid:123)", ""),  # an icon alone: no word
        ("2(cid:3)4", "24"),  # between digits: not a ligature
        ("plain", "plain"),
    ],
    ids=["cid-ff", "mark-tt", "two-marks", "icon-before", "mark-before", "after", "alone", "digits", "plain"],
)
def test_glyphs_without_unicode(text: str, expected: str) -> None:
    assert make_word(text, 10.0, 40.0, 100.0, 110.0, 10.0, "InventedSerif").text == expected
