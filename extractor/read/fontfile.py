"""Font facts pdfium does not hand out: the bounding box a font program declares (Type 1, CFF,
TrueType) and the Ascent and Descent of a font descriptor, in thousandths of an em.

The pdfium reader needs them to tell where pdfium took a font's ascent and descent from: when a
PDF's font descriptor gives 0 for both, pdfium falls back to glyph boxes or to the font's box,
while pdfminer keeps 0 (see ``read/pdfium.py``). Only what is needed is parsed; anything
unexpected gives None.
"""

from __future__ import annotations

import contextlib
import itertools
import re
import struct
import zlib

# A Type 1 program's clear-text part: "/FontBBox {-29 -960 1116 775} readonly def" (brackets also seen).
TYPE1_BBOX_RE = re.compile(rb"/FontBBox\s*[\[{]\s*(-?[\d.]+)\s+(-?[\d.]+)\s+(-?[\d.]+)\s+(-?[\d.]+)")
# How much of a Type 1 program is searched for it (the clear-text header comes first).
TYPE1_HEADER_BYTES = 16_384
# The CFF Top DICT operator for FontBBox.
CFF_FONT_BBOX = 5
EM = 1000.0
# A subset font's name: six capitals and "+" before the font's own name ("JORFXW+CMSY10").
SUBSET_TAG_RE = re.compile(r"[A-Z]{6}\+")
# A font descriptor's entries.
ASCENT_RE = re.compile(rb"/Ascent\s+(-?[\d.]+)")
DESCENT_RE = re.compile(rb"/Descent\s+(-?[\d.]+)")
# An object stream's dictionary, and where a stream's data starts.
OBJECT_STREAM_RE = re.compile(rb"/Type\s*/ObjStm")
STREAM_START_RE = re.compile(rb"stream\r?\n")


def program_bbox(data: bytes) -> tuple[float, float] | None:
    """(bottom, top) of the font's bounding box in 1/1000 em, or None when it cannot be read."""
    try:
        if data[:4] in (b"\x00\x01\x00\x00", b"true", b"OTTO"):
            return _truetype_bbox(data)
        if data[:1] == b"\x01" and len(data) > 4:
            return _cff_bbox(data)
        match = TYPE1_BBOX_RE.search(data[:TYPE1_HEADER_BYTES])
    except (struct.error, IndexError, ValueError):
        return None
    if match is None:
        return None
    return float(match.group(2)), float(match.group(4))


def _truetype_bbox(data: bytes) -> tuple[float, float] | None:
    (tables,) = struct.unpack_from(">H", data, 4)
    for k in range(tables):
        tag, _, offset, _ = struct.unpack_from(">4sIII", data, 12 + 16 * k)
        if tag == b"head":
            (units,) = struct.unpack_from(">H", data, offset + 18)
            _, y_min, _, y_max = struct.unpack_from(">hhhh", data, offset + 36)
            if units <= 0:
                return None
            return round(y_min * EM / units), round(y_max * EM / units)
    return None


def _cff_bbox(data: bytes) -> tuple[float, float] | None:
    """The FontBBox of a bare CFF program's first Top DICT (default 0 0 0 0)."""
    header_size = data[2]
    _, position = _index(data, header_size)  # the Name INDEX
    dicts, _ = _index(data, position)  # the Top DICT INDEX
    if not dicts:
        return None
    operands: list[float] = []
    top = data[dicts[0][0] : dicts[0][1]]
    i = 0
    while i < len(top):
        b0 = top[i]
        if b0 <= 21:  # an operator: 12 x is a two-byte one
            operator = (1200 + top[i + 1]) if b0 == 12 else b0
            i += 2 if b0 == 12 else 1
            if operator == CFF_FONT_BBOX and len(operands) == 4:
                return operands[1], operands[3]
            operands = []
            continue
        value, i = _operand(top, i)
        operands.append(value)
    return 0.0, 0.0


def _index(data: bytes, position: int) -> tuple[list[tuple[int, int]], int]:
    """The (start, end) of each item of the CFF INDEX at ``position``, and where the INDEX ends."""
    (count,) = struct.unpack_from(">H", data, position)
    if count == 0:
        return [], position + 2
    size = data[position + 2]
    base = position + 3
    offsets = [int.from_bytes(data[base + k * size : base + (k + 1) * size], "big") for k in range(count + 1)]
    start = base + (count + 1) * size - 1  # offsets count from the byte before the data
    return [(start + a, start + b) for a, b in itertools.pairwise(offsets)], start + offsets[-1]


def _operand(top: bytes, i: int) -> tuple[float, int]:
    b0 = top[i]
    if b0 == 28:
        return float(struct.unpack_from(">h", top, i + 1)[0]), i + 3
    if b0 == 29:
        return float(struct.unpack_from(">i", top, i + 1)[0]), i + 5
    if b0 == 30:  # a real number, in nibbles
        text, i = "", i + 1
        nibbles = "0123456789.EE?-"
        while True:
            byte = top[i]
            i += 1
            done = False
            for nibble in (byte >> 4, byte & 15):
                if nibble == 15:
                    done = True
                    break
                text += {11: "E", 12: "E-"}.get(nibble, nibbles[nibble])
            if done:
                return float(text or "0"), i
    if 32 <= b0 <= 246:
        return float(b0 - 139), i + 1
    if 247 <= b0 <= 250:
        return float((b0 - 247) * 256 + top[i + 1] + 108), i + 2
    if 251 <= b0 <= 254:
        return float(-(b0 - 251) * 256 - top[i + 1] - 108), i + 2
    raise ValueError(f"CFF operand byte {b0}")


def descriptor_metrics(pdf: bytes, font_name: str) -> tuple[float, float] | None:
    """(Ascent, Descent) of the font descriptor named ``font_name`` in the PDF's bytes, looked for in
    the plain objects and then in the object streams; a key the descriptor lacks counts as 0 (as
    pdfminer reads it). None when no such descriptor is found."""
    base = font_name.split("+", 1)[1] if SUBSET_TAG_RE.match(font_name) else font_name
    tag = font_name[:7] if base != font_name else None
    pattern = re.compile(
        rb"/FontName\s*/([A-Z]{6}\+)?" + re.escape(base.encode("latin-1", "replace")) + rb"(?![^\s/<>\[\]()])"
    )
    found = _descriptor_in(pdf, pattern, tag)
    if found is not None:
        return found
    for stream in _object_streams(pdf):
        found = _descriptor_in(stream, pattern, tag)
        if found is not None:
            return found
    return None


def _descriptor_in(data: bytes, pattern: re.Pattern[bytes], tag: str | None) -> tuple[float, float] | None:
    for match in pattern.finditer(data):
        if tag is not None and (match.group(1) or b"").decode("latin-1") != tag:
            continue
        start, end = data.rfind(b"<<", 0, match.start()), data.find(b">>", match.end())
        if start < 0 or end < 0:
            continue
        body = data[start:end]
        if b"/FontBBox" not in body and b"/Flags" not in body:
            continue  # a font dictionary's /BaseFont spelled /FontName? not a descriptor
        ascent, descent = ASCENT_RE.search(body), DESCENT_RE.search(body)
        return (float(ascent.group(1)) if ascent else 0.0), (float(descent.group(1)) if descent else 0.0)
    return None


def _object_streams(pdf: bytes) -> list[bytes]:
    """The inflated object streams (PDF 1.5 packs most dictionaries into them)."""
    out: list[bytes] = []
    for match in OBJECT_STREAM_RE.finditer(pdf):
        begin = STREAM_START_RE.search(pdf, match.end())
        if begin is None:
            continue
        end = pdf.find(b"endstream", begin.end())
        if end < 0:
            continue
        try:
            out.append(zlib.decompress(pdf[begin.end() : end]))
        except zlib.error:
            with contextlib.suppress(zlib.error):
                out.append(zlib.decompressobj().decompress(pdf[begin.end() : end]))
    return out
