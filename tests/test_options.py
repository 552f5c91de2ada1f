"""ExtractOptions normalizes what scripts pass as plain strings."""

from __future__ import annotations

import pytest

from extractor.options import ExtractOptions, PdfReader


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("pdfium", PdfReader.PDFIUM),
        ("pdfplumber", PdfReader.PDFPLUMBER),
        (PdfReader.PDFPLUMBER, PdfReader.PDFPLUMBER),
    ],
)
def test_reader_given_as_text_is_the_reader(given: str, expected: PdfReader) -> None:
    assert ExtractOptions(reader=given).reader is expected  # type: ignore[arg-type]


def test_unknown_reader_is_refused() -> None:
    with pytest.raises(ValueError, match="pdfminer"):
        ExtractOptions(reader="pdfminer")  # type: ignore[arg-type]
