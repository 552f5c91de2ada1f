"""The pdfplumber reader's icon glyphs and line-end soft hyphens, as the pdfium reader has them."""

from __future__ import annotations

from typing import Any

import pytest

from extractor.read.pdf import _visible_text, is_icon_font

LINK = (100.0, 50.0, 120.0, 60.0, "mailto:jane.roe@example.org")


def word(text: str, font: str, x0: float = 10.0, x1: float = 18.0) -> dict[str, Any]:
    return {"text": text, "fontname": font, "x0": x0, "x1": x1, "top": 50.0, "bottom": 60.0}


@pytest.mark.parametrize(
    ("fontname", "expected"),
    [
        ("ABCDEF+FontAwesome5Free-Solid", True),
        ("FontAwesome", True),
        ("QRSTUV+Academicons", True),
        ("XYZABC+MarVoSym", True),
        ("ABCDEF+LMRoman10-Regular", False),
        ("ABCDEF+SymbolMT", False),  # bullets with Unicode: text, not icons
        ("", False),
    ],
)
def test_icon_font_by_family(fontname: str, expected: bool) -> None:
    assert is_icon_font(fontname) is expected


@pytest.mark.parametrize(
    ("w", "expected"),
    [
        (word("]", "ABCDEF+FontAwesome5Free-Solid"), ""),  # a code pdfium has no Unicode for
        (word("HOUSE-CHIMNEY", "ABCDEF+FontAwesome6Free-Solid"), ""),  # a glyph name
        (word("\uf0e0", "ABCDEF+FontAwesome"), "\uf0e0"),  # mapped (private use): pdfium keeps it
        (word("\ufffd", "ABCDEF+FontAwesome"), "\ufffd"),
        (word("#", "ABCDEF+FontAwesome5Free-Regular", 105.0, 112.0), "#"),  # under a link: kept
        (word("]", "ABCDEF+LMRoman10-Regular"), "]"),  # a bracket in a text font
        (word("trans\xad", "ABCDEF+LMRoman10-Regular"), "trans-"),  # the hyphen at a line break
        (word("micro\xadmacro", "ABCDEF+LMRoman10-Regular"), "micro\xadmacro"),  # inside: as printed
    ],
)
def test_visible_text(w: dict[str, Any], expected: str) -> None:
    assert _visible_text(w, [LINK]) == expected


def test_the_pdfium_reader_drops_an_unlinked_icon_spelled_in_ascii() -> None:
    # an icon font's glyph spelled by the name its ToUnicode map gives ("Envelope"), as pdfminer
    # spells it: kept under a link, dropped elsewhere, as the pdfplumber reader does
    from extractor.read.layout import NO_UNICODE, CharTuple
    from extractor.read.pdfium import _drop_unlinked_icons, _icon_font_letters

    icon = "ABCDEF+FontAwesome5Free-Solid"
    chars: list[CharTuple] = [
        ("Envelope", 10.0, 18.0, 50.0, 60.0, 9.0, icon, True),  # outside the link
        ("j", 20.0, 24.0, 50.0, 60.0, 9.0, "ABCDEF+LMMono8-Regular", True),
        ("Envelope", 104.0, 112.0, 50.0, 60.0, 9.0, icon, True),  # under the link
        ("\uf0e0", 30.0, 38.0, 50.0, 60.0, 9.0, icon, True),  # a private-use code point: text
        # a heading's /ActualText pdfium gives at the icon glyph before it: the heading's text
        ("Recent Papers", 40.0, 90.0, 50.0, 60.0, 9.0, icon, True),
    ]
    positions = _icon_font_letters(chars)
    assert positions == [0, 2]
    _drop_unlinked_icons(chars, positions, [LINK])
    assert [c[0] for c in chars] == [NO_UNICODE, "j", "Envelope", "\uf0e0", "Recent Papers"]
