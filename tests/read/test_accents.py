"""Accents drawn as glyphs of their own (TeX's old fonts) put on their letters, in both readers
(invented glyph boxes and an invented PDF)."""

from __future__ import annotations

from pathlib import Path

import pytest
from fpdf import FPDF

from extractor.options import ExtractOptions, PdfReader
from extractor.read import read_document
from extractor.read.layout import CharTuple, words_from_chars

SIZE = 10.0


def _glyphs(spec: list[tuple[str, float, float]], top: float = 100.0, font: str = "Roman") -> list[CharTuple]:
    return [(text, x0, x1, top, top + SIZE, SIZE, font, True) for text, x0, x1 in spec]


def _text(chars: list[CharTuple]) -> str:
    return " ".join(w.text for w in words_from_chars(chars))


@pytest.mark.parametrize(
    "spec, expected",
    [
        # the accent drawn before its letter, over it: "Ren´e" -> "René"
        ([("R", 0, 7), ("e", 7, 12), ("n", 12, 18), ("´", 18.5, 22.5), ("e", 18, 23)], "René"),
        # drawn after its letter, over the second half of it
        ([("d", 0, 6), ("e", 6, 11), ("¨", 7, 11)], "dë"),
        # a circumflex on a dotless i, and an ASCII grave accent over its letter
        ([("ˆ", 5.5, 9.5), ("ı", 5, 8), ("`", 10.5, 13.5), ("a", 10, 15)], "î à"),
        # pdfium spells an accent and its letter at one origin as one glyph
        ([("M", 0, 8), ("¨a", 8, 13), ("r", 13, 17)], "Mär"),
        # a tilde and a caret beside letters, not over them, stay as printed
        ([("~", 0, 5), ("j", 5, 8), ("d", 8, 13), ("x", 20, 25), ("^", 25, 30), ("2", 30, 35)], "~jd x^2"),
        # an accent over no letter stays
        ([("a", 0, 5), ("´", 20, 24)], "a ´"),
    ],
    ids=["before", "after", "dotless-i-and-grave", "one-origin", "ascii-beside", "alone"],
)
def test_accent_glyphs_go_on_their_letters(spec: list[tuple[str, float, float]], expected: str) -> None:
    assert _text(_glyphs(spec)) == expected


def test_an_accent_in_another_font_goes_on_a_small_capital() -> None:
    # the accent in the text font, the letter in a small-capitals font, a few glyphs apart in the stream
    chars = _glyphs([("E", 0, 8)], font="Roman") + _glyphs([("t", 8, 13), ("e", 13, 19)], font="SmallCaps")
    chars += _glyphs([("´", 14, 18)], font="Roman")
    assert "".join(w.text for w in words_from_chars(chars)) == "Eté"


def test_both_readers_put_an_accent_glyph_on_its_letter(tmp_path: Path) -> None:
    pdf = FPDF(unit="pt")
    pdf.add_page()
    pdf.set_font("Helvetica", size=14)
    pdf.text(72, 100, "Ren")
    e_left = 72 + pdf.get_string_width("Ren")
    pdf.text(e_left, 100, "e")
    pdf.text(e_left + 1.5, 100, "\u00b4")  # the accent drawn over the e, as TeX's old fonts do
    path = tmp_path / "accent.pdf"
    pdf.output(str(path))
    for reader in PdfReader:
        lines = read_document(str(path), ExtractOptions(reader=reader)).lines
        assert [line.text for line in lines] == ["René"], reader


def test_an_accent_drawn_after_the_whole_line_goes_on_its_letter() -> None:
    # pdfium may give an accent's text object after every glyph of its line: "PERSONAL" then "¨"
    word = [(letter, 8.0 * k, 8.0 * k + 8) for k, letter in enumerate("KONIGLICHE")]
    chars = _glyphs(word) + _glyphs([("¨", 9.5, 14.5)], top=97.0)
    assert _text(chars) == "KÖNIGLICHE"


def test_an_accent_is_not_put_on_the_line_above() -> None:
    # "Ecole" on the line below "Maison": the accent raised over its E, which is drawn after it,
    # is still nearer the E than the M of the line above (a line's leading higher)
    above = _glyphs([("M", 0, 9), ("a", 9, 14)], top=100.0)
    below = _glyphs([("´", 2, 6)], top=108.0) + _glyphs([("E", 0, 8), ("c", 8, 13)], top=111.0)
    assert [w.text for w in words_from_chars(above + below)] == ["Ma", "Éc"]
