"""The pdfium reader (the default) gives the same Lines as the pdfplumber reader (the reference).

Over our fixture PDFs only; ``benchmarks/reader_equivalence.py`` runs the same comparison over the
devset and the pool. The pdfium reader follows pdfminer's conventions (box from origin to advance,
descent-based bottom, matrix-scaled size), so on these files everything agrees: text, order, style
and cells; coordinates to within float noise.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pdfplumber
import pytest
from fpdf import FPDF

from extractor.document import Document, Line
from extractor.errors import InputError
from extractor.options import ExtractOptions, PdfReader
from extractor.read import read_document
from extractor.read.layout import Char, words_from_chars
from tests.conftest import FIXTURES

PDFS = sorted(FIXTURES.glob("*/*.pdf"))
IDS = [f"{p.parent.name}/{p.name}" for p in PDFS]
# pdfium computes positions in single precision: coordinates may differ by this much (points)
COORDINATE_NOISE = 0.11


@cache
def read(path: Path, reader: PdfReader) -> Document:
    return read_document(str(path), ExtractOptions(reader=reader, use_nlp=False))


def style(line: Line) -> tuple[object, ...]:
    return (
        line.text,
        line.number,
        line.page,
        line.size,
        line.bold,
        line.italic,
        line.bold_spans,
        line.italic_spans,
        line.cells,
        line.links,
        line.list_item,
        line.blank_before,
    )


@pytest.mark.parametrize("path", PDFS, ids=IDS)
def test_both_readers_give_the_same_lines(path: Path) -> None:
    fast, reference = read(path, PdfReader.PDFIUM), read(path, PdfReader.PDFPLUMBER)
    assert [style(x) for x in fast.lines] == [style(x) for x in reference.lines]
    assert fast.source.pages == reference.source.pages
    assert fast.title == reference.title
    assert fast.warnings == reference.warnings


@pytest.mark.parametrize("path", PDFS, ids=IDS)
def test_both_readers_place_lines_alike(path: Path) -> None:
    fast, reference = read(path, PdfReader.PDFIUM), read(path, PdfReader.PDFPLUMBER)
    for a, b in zip(fast.lines, reference.lines, strict=True):
        for name in ("x0", "x1", "top", "bottom"):
            assert getattr(a, name) == pytest.approx(getattr(b, name), abs=COORDINATE_NOISE), (a.text, name)


@pytest.mark.parametrize("path", PDFS, ids=IDS)
def test_words_from_chars_matches_pdfplumber_extract_words(path: Path) -> None:
    """The shared word grouping, fed pdfplumber's own characters, gives extract_words' words."""
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            chars = [
                Char(c["text"], c["x0"], c["x1"], c["top"], c["bottom"], c["size"], c["fontname"], True)
                for c in page.chars
                if c["upright"]
            ]
            ours = [
                (w.text, round(w.x0, 3), round(w.x1, 3), round(w.top, 3)) for w in words_from_chars(chars)
            ]
            theirs = [
                (w["text"].strip(), round(w["x0"], 3), round(w["x1"], 3), round(w["top"], 3))
                for w in page.extract_words(x_tolerance_ratio=0.15, extra_attrs=["fontname", "size"])
                if w["upright"] and w["text"].strip()
            ]
            assert ours == theirs


def test_a_rotated_page_reads_upright_with_either_reader(tmp_path: Path) -> None:
    pdf = FPDF(format="letter", unit="mm")
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    for text in ("Jordan Example", "Curriculum Vitae", "Education", "Doctor of Invented Studies, 2020"):
        pdf.cell(0, 8, text, new_x="LMARGIN", new_y="NEXT")
    path = tmp_path / "upright.pdf"
    pdf.output(str(path))
    import pypdfium2  # set /Rotate 90 on the page, as a scanner or a "rotate page" button does

    doc = pypdfium2.PdfDocument(str(path))
    doc[0].set_rotation(90)
    rotated = tmp_path / "rotated.pdf"
    doc.save(str(rotated))
    doc.close()
    expected = ["Jordan Example", "Curriculum Vitae", "Education", "Doctor of Invented Studies, 2020"]
    for reader in PdfReader:
        lines = read_document(str(rotated), ExtractOptions(reader=reader)).lines
        assert [line.text for line in lines] == expected, reader


def test_pdfplumber_reads_what_pdfium_cannot_open(tmp_path: Path) -> None:
    """A file pdfium refuses still gives the pdfplumber reader's answer: here, its reason."""
    path = tmp_path / "damaged.pdf"
    path.write_bytes(b"%PDF-1.4\n%garbage that is not a PDF body\n")
    messages = []
    for reader in PdfReader:
        try:
            read_document(str(path), ExtractOptions(reader=reader))
        except InputError as e:
            messages.append(str(e))
    assert len(messages) == 2 and messages[0] == messages[1]
