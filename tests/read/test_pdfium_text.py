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


def _pdf_with_actual_text(spans: list[tuple[float, str, str, str]]) -> bytes:
    """A one-page PDF whose marked spans each draw a one-glyph icon at x and the text it decorates
    18 pt to its right (two text objects, two fonts), with an /ActualText naming both, as LaTeX's
    fontawesome5 writes them, and a link annotation over each span's text."""
    content, annots = [], []
    for x, actual, text, url in spans:
        content.append(
            f"/Span <</ActualText ({actual})>> BDC BT /F2 10 Tf {x} 700 Td (a) Tj ET "
            f"BT /F1 10 Tf {x + 18} 700 Td ({text}) Tj ET EMC"
        )
        annots.append((x + 18, x + 18 + 5.6 * len(text), url))
    stream = " ".join(content).encode()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        (
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
            b"/Resources << /Font << /F1 5 0 R /F2 6 0 R >> >> /Annots ["
            + b" ".join(f"{7 + k} 0 R".encode() for k in range(len(annots)))
            + b"] >>"
        ),
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /ZapfDingbats >>",
    ]
    for x0, x1, url in annots:
        objects.append(
            f"<< /Type /Annot /Subtype /Link /Rect [{x0} 695 {x1} 710] /Border [0 0 0] "
            f"/A << /S /URI /URI ({url}) >> >>".encode()
        )
    out, offsets = bytearray(b"%PDF-1.7\n"), []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def test_actual_text_after_an_icon_sits_over_the_text_it_stands_for(tmp_path: Path) -> None:
    # pdfium gives a span's /ActualText at the icon's origin; the text must sit where it is drawn,
    # under its link annotation, as pdfplumber (which draws the glyphs) has it
    path = tmp_path / "icons.pdf"
    path.write_bytes(
        _pdf_with_actual_text(
            [
                (72, r"\\faAt : jo@example.org", "jo@example.org", "mailto:jo@example.org"),
                (260, r"\\faGithub : jo-example", "jo-example", "https://github.com/jo-example"),
            ]
        )
    )
    docs = {reader: read_document(str(path), ExtractOptions(reader=reader)) for reader in PdfReader}
    line = docs[PdfReader.PDFIUM].lines[0]
    assert line.text == "jo@example.org jo-example"
    assert [(link.text, link.url) for link in line.links] == [
        ("jo@example.org", "mailto:jo@example.org"),
        ("jo-example", "https://github.com/jo-example"),
    ]
    assert round(line.x0 or 0.0) == 90  # the text's own left edge, not the icon's
    reference = docs[PdfReader.PDFPLUMBER].lines[0]
    assert [link.url for link in reference.links] == [link.url for link in line.links]
