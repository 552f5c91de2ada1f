"""pdfium's UTF-16 units turned into characters, and icon glyphs without Unicode (invented data)."""

from __future__ import annotations

from pathlib import Path

import pytest
from fpdf import FPDF

from extractor.options import ExtractOptions, PdfReader
from extractor.read import read_document
from extractor.read.layout import CharTuple
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


def _char(text: str, x0: float, top: float = 100.0) -> CharTuple:
    return (text, x0, x0 + 8.0, top, top + 10.0, 10.0, "IconFont", True)


def test_an_icon_without_unicode_loses_its_letter_unless_a_link_covers_it() -> None:
    from extractor.read.layout import NO_UNICODE
    from extractor.read.pdfium import _drop_unlinked_icons

    # a bullet icon before an entry, a linked mail icon, an unlinked phone icon on another row
    chars = [_char("{", 50.0), _char("B", 300.0), _char("H", 50.0, top=130.0), _char("x", 70.0)]
    links = [(296.0, 98.0, 312.0, 112.0, "mailto:someone@example.org")]
    _drop_unlinked_icons(chars, [0, 1, 2], links)
    assert [c[0] for c in chars] == [NO_UNICODE, "B", NO_UNICODE, "x"]
    assert chars[0][1:] == _char("{", 50.0)[1:]  # the box stays (a lost glyph between letters)


@pytest.mark.parametrize("page_format", ["A4", "Letter", (500.0, 700.0)])
def test_a_page_inheriting_its_media_box_is_read_at_its_own_size(tmp_path: Path, page_format: object) -> None:
    # fpdf2 writes the media box on the page tree, not on each page (as many generators do)
    pdf = FPDF(format=page_format, unit="pt")  # type: ignore[arg-type]
    pdf.add_page()
    pdf.set_font("Helvetica", size=12)
    pdf.set_xy(72, 72)
    pdf.cell(text="Jordan Example")
    pdf.set_xy(72, 600)
    pdf.cell(text="Kestrel University")
    path = tmp_path / "page.pdf"
    pdf.output(str(path))
    docs = {reader: read_document(str(path), ExtractOptions(reader=reader)) for reader in PdfReader}
    tops = {reader: [round(line.top or 0.0) for line in doc.lines] for reader, doc in docs.items()}
    assert tops[PdfReader.PDFIUM] == tops[PdfReader.PDFPLUMBER]
    assert 70 <= tops[PdfReader.PDFIUM][0] <= 76  # measured from the page's own top
