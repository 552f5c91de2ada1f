"""Font facts pdfium does not hand out, read from invented font programs and PDF objects."""

from __future__ import annotations

import struct
import zlib

import pytest

from extractor.read.fontfile import descriptor_metrics, program_bbox


def _cff(top_dict: bytes) -> bytes:
    """A bare CFF program: header, a Name INDEX with one name, a Top DICT INDEX with one DICT."""
    name = b"InventedSymbols"
    name_index = struct.pack(">HB", 1, 1) + bytes([1, 1 + len(name)]) + name
    dict_index = struct.pack(">HB", 1, 1) + bytes([1, 1 + len(top_dict)]) + top_dict
    return bytes([1, 0, 4, 1]) + name_index + dict_index


def _truetype(units: int, y_min: int, y_max: int) -> bytes:
    head = bytearray(54)
    struct.pack_into(">H", head, 18, units)
    struct.pack_into(">hhhh", head, 36, -50, y_min, 1200, y_max)
    offset = 12 + 16
    directory = struct.pack(">IHHHH", 0x00010000, 1, 16, 0, 0)
    record = struct.pack(">4sIII", b"head", 0, offset, len(head))
    return directory + record + bytes(head)


@pytest.mark.parametrize(
    "program, expected",
    [
        (b"%!PS-AdobeFont-1.0: InventedSymbols\n/FontBBox{-29 -960 1116 775}readonly def\n", (-960.0, 775.0)),
        (b"%!FontType1-1.1: InventedSerif\n/FontBBox [-40 -250 1009 750] def\n", (-250.0, 750.0)),
        # -29 -960 1116 775 in CFF's one- and two-byte operand forms, then operator 5 (FontBBox)
        (_cff(bytes([110, 254, 84, 250, 240, 249, 155, 5])), (-960.0, 775.0)),
        # the same box after another operator (17, CharStrings), with a 16-bit operand (28)
        (_cff(bytes([139, 17, 28, 255, 227, 28, 252, 64, 28, 4, 92, 28, 3, 7, 5])), (-960.0, 775.0)),
        (_truetype(2048, -434, 1854), (-212.0, 905.0)),
        (b"not a font program", None),
    ],
    ids=["type1-braces", "type1-brackets", "cff-short-operands", "cff-int16", "truetype-head", "unknown"],
)
def test_program_bbox(program: bytes, expected: tuple[float, float] | None) -> None:
    assert program_bbox(program) == expected


PLAIN = (
    b"%PDF-1.4\n7 0 obj\n<< /Type /FontDescriptor /FontName /ABCDEF+InventedSans /Flags 4"
    b" /FontBBox [0 -200 900 800] /Ascent 0 /Descent 0 /CapHeight 0 >>\nendobj\n"
    b"8 0 obj\n<< /Type /FontDescriptor /FontName /InventedSansBold /Flags 4 /FontBBox [0 -210 950 820]"
    b" /Ascent 720 /Descent -190 >>\nendobj\n"
    b"9 0 obj\n<< /Type /FontDescriptor /FontName /InventedMono /Flags 5 /FontBBox [0 -220 600 780]"
    b" /Descent -220 >>\nendobj\n"
)


def _with_object_stream(body: bytes) -> bytes:
    packed = zlib.compress(body)
    return (
        b"%PDF-1.5\n5 0 obj\n<< /Type /ObjStm /N 1 /First 4 /Filter /FlateDecode /Length "
        + str(len(packed)).encode()
        + b" >>\nstream\n"
        + packed
        + b"\nendstream\nendobj\n"
    )


@pytest.mark.parametrize(
    "pdf, name, expected",
    [
        (PLAIN, "InventedSans", (0.0, 0.0)),
        (PLAIN, "ABCDEF+InventedSans", (0.0, 0.0)),
        (PLAIN, "GHIJKL+InventedSans", None),  # another subset of the font: not this descriptor
        (PLAIN, "InventedSansBold", (720.0, -190.0)),  # not confused with InventedSans
        (PLAIN, "InventedMono", (0.0, -220.0)),  # no /Ascent: 0, as pdfminer reads it
        (PLAIN, "InventedSerif", None),
        (
            _with_object_stream(
                b"<< /Type /FontDescriptor /FontName /InventedSerif /Flags 6 /Ascent 700 /Descent -210 >>"
            ),
            "InventedSerif",
            (700.0, -210.0),
        ),
    ],
    ids=["zero", "subset-tag", "other-subset", "longer-name", "missing-ascent", "absent", "object-stream"],
)
def test_descriptor_metrics(pdf: bytes, name: str, expected: tuple[float, float] | None) -> None:
    assert descriptor_metrics(pdf, name) == expected
