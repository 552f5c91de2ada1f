"""The pdfium reader (the default): characters from pypdfium2's text page, handed to ``layout``.

pdfium gives a page's characters in a few milliseconds; pdfplumber (pdfminer) takes about
ten times as long. Per character this module asks the text page for its origin
(``FPDFText_GetCharOrigin``) and its text object (``FPDFText_GetTextObject``); what a text object's
characters share (font name, size, matrix, baseline) is asked once per object, and a character's
advance once per font (``FPDFFont_GetGlyphWidth``). The characters then
go through the same geometry as the pdfplumber reader (``layout.words_from_chars`` onwards), so every
later stage sees the same ``Line``s.

Where pdfium and pdfminer differ, this module follows pdfminer so both readers agree:
- a character's box runs from its origin to the origin plus its advance, and from its baseline plus
  the font's descent up by one font size (pdfium's loose box covers the glyph's ink, "f" reaching
  past its advance, and uses the font's ascent and descent); a standard font that is not embedded takes its
  descent from ``patterns/font_descents.tsv``, as pdfminer does;
- the size is the font size scaled by the text matrix (``FPDFText_GetFontSize`` gives it unscaled);
- characters pdfium generates (spaces between words it inferred, line breaks) are skipped: words
  are cut by the same gap rule as with pdfplumber;
- a line-end hyphen pdfium marks as U+FFFE is a hyphen; a glyph with no Unicode mapping that pdfium
  gives as a control character (its code: "\x88", "\x1c"; pdfminer gives "(cid:N)") keeps its box
  and is marked ``layout.NO_UNICODE``, as "(cid:N)" is: between letters it is a lost ligature
  ("E\ufffdect", one word in both readers, not "E ect"), elsewhere it is dropped. An icon font's
  glyph that pdfium gives by a printable code ("{", "H", flagged by ``FPDFText_HasUnicodeMapError``;
  not in Type 3 fonts, whose glyph names pdfminer reads) is dropped the same way, unless a link
  annotation covers it: a linked icon (a GitHub or mail icon) keeps its letter as the word its link
  attaches to. (pdfminer spells some icon fonts' glyphs by their names, "]" or "#"; those lines
  differ.)
Coordinates are the page's own user space, so a page with /Rotate is read upright.
"""

from __future__ import annotations

import ctypes
import logging
import statistics
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import pypdfium2
import pypdfium2.raw as pdfium_c

from extractor.patterns import table
from extractor.patterns.regexes import SURROGATE_RE, TEX_ICON_MACRO_RE
from extractor.read.layout import (
    NO_UNICODE,
    X_TOLERANCE_RATIO,
    Y_TOLERANCE,
    CharTuple,
    Link,
    PdfPage,
    PdfResult,
    is_icon_font,
    lay_out_page,
    lines_from_pages,
    words_from_chars,
)

logger = logging.getLogger(__name__)

# font name, size, top, bottom, upright, font handle, horizontal scale (points per em of advance),
# whether the font is embedded
_Shared = tuple[str, float, float, float, bool, int, float, bool]

# The largest page the PDF specification allows (200 inches, in points); pdfminer refuses a file
# whose media box is not a sane rectangle, and so does this reader (the file goes to pdfplumber).
MAX_PAGE_POINTS = 14_400.0
# Size of the buffer a font name is read into (bytes); PDF names are at most 127 bytes.
FONT_NAME_BYTES = 256
# Size of the buffer a link's URI is read into first (bytes); a longer one is read again at its size.
URI_BYTES = 2048
# Why the advance is checked: ``FPDFFont_GetGlyphWidth`` is asked for a character by its Unicode
# value, which pdfium maps back to one character code of the font; an embedded font may draw one
# letter with several glyphs (a small-capital "M" and a capital "M"), and the width found may be the
# other glyph's. The next character of the same text object starts where this one's advance ends,
# give or take a kern. Standard fonts (not embedded: no glyph variants) are always trusted.
# A character's advance "lands" on the next character's origin when they are this close (em): a
# kern moves the next glyph by a few hundredths of an em, another glyph's width is off by 0.2 em.
ADVANCE_LANDING_EM = 0.1
# When it does not, the loose box's right edge is taken instead only if it lands within this share
# of that tolerance (0.015 em: float noise) on the next origin: then it is the advance of the glyph
# drawn; otherwise the gap is a word space or a kern and the advance found stands.
LOOSE_LANDING_SHARE = 0.15
# The same, in em: how close two distances are to be the same one.
LANDING_EM = LOOSE_LANDING_SHARE * ADVANCE_LANDING_EM
# Letter spacing is recognised from at least this many characters of a font missing by one amount.
TRACKED_MIN_CHARS = 4
# A font's advances are reliable when at least this share of its characters followed by another of
# the same text object land exactly on that one's origin (unkerned pairs are most pairs in a word).
RELIABLE_FONT_SHARE = 0.5
# Where pdfium generated a space between two characters, the first one's right edge is kept at
# least this far (em) from the second one's origin: just over the gap that splits words (0.15 em).
WORD_GAP_EM = 0.16
# Characters at one origin spelling more than a ligature ("ffi") are a span's /ActualText, which
# pdfium reads in place of its glyphs; one that starts with a TeX macro names an icon first.
MAX_LIGATURE_CHARS = 3
# What pdfium gives as whitespace; other control characters ("\x1c", which Python's isspace() also
# takes for a space) are glyphs without Unicode, which pdfium gives by their character code.
SPACES = frozenset(" \t\n\r\x0b\x0c")
# Font metrics come in thousandths of an em; pdfium's made-up ascent and descent (``_metrics_made_up``)
# match a glyph's outline within this many (pdfium rounds the outline's box to whole units).
EM = 1000.0
METRIC_MATCH = 1.5
# pdfium's code for a line-end hyphen it recognised (a soft hyphen), and what it stands for.
PDFIUM_HYPHEN = "\ufffe"


class _Unreadable(Exception):
    """pdfium opened the file but what it read makes no sense; pdfplumber (pdfminer) decides."""


class _Api:
    """ctypes prototypes of the pdfium calls, taking and returning plain ints.

    pypdfium2's own prototypes wrap every handle in a pointer object; building that object costs
    more than the call itself when it happens for each of a page's few thousand characters. The
    calls made per character (``char_*``) declare no argument types at all: they take the text page
    as a ``c_void_p``, the index as an int (a C int) and out-parameters by ``byref``, which ctypes
    passes without converting each argument (0.2 us a call instead of 0.35-0.45 us).
    """

    def __init__(self) -> None:
        vp, ci, cd = ctypes.c_void_p, ctypes.c_int, ctypes.c_double

        def proto(func: Any, restype: Any, *argtypes: Any) -> Any:
            address = ctypes.cast(func, ctypes.c_void_p).value
            if address is None:
                raise RuntimeError("pdfium function without an address")  # not an input's fault
            return ctypes.CFUNCTYPE(restype, *argtypes)(address)

        self.text_object = proto(pdfium_c.FPDFText_GetTextObject, vp, vp, ci)
        self.loose_box = proto(pdfium_c.FPDFText_GetLooseCharBox, ci, vp, ci, vp)
        self.is_generated = proto(pdfium_c.FPDFText_IsGenerated, ci, vp, ci)
        self.font_size = proto(pdfium_c.FPDFText_GetFontSize, cd, vp, ci)
        self.matrix = proto(pdfium_c.FPDFText_GetMatrix, ci, vp, ci, vp)
        self.origin = proto(pdfium_c.FPDFText_GetCharOrigin, ci, vp, ci, vp, vp)
        self.unicode = proto(pdfium_c.FPDFText_GetUnicode, ctypes.c_uint, vp, ci)
        self.font = proto(pdfium_c.FPDFTextObj_GetFont, vp, vp)
        self.font_name = proto(pdfium_c.FPDFFont_GetBaseFontName, ctypes.c_size_t, vp, vp, ctypes.c_size_t)
        self.font_descent = proto(pdfium_c.FPDFFont_GetDescent, ci, vp, ctypes.c_float, vp)
        self.font_embedded = proto(pdfium_c.FPDFFont_GetIsEmbedded, ci, vp)
        self.font_ascent = proto(pdfium_c.FPDFFont_GetAscent, ci, vp, ctypes.c_float, vp)
        self.font_data = proto(pdfium_c.FPDFFont_GetFontData, ci, vp, vp, ctypes.c_size_t, vp)
        self.glyph_path = proto(pdfium_c.FPDFFont_GetGlyphPath, vp, vp, ctypes.c_uint32, ctypes.c_float)
        self.path_segments = proto(pdfium_c.FPDFGlyphPath_CountGlyphSegments, ci, vp)
        self.path_segment = proto(pdfium_c.FPDFGlyphPath_GetGlyphPathSegment, vp, vp, ci)
        self.segment_point = proto(pdfium_c.FPDFPathSegment_GetPoint, ci, vp, vp, vp)
        self.glyph_width = proto(pdfium_c.FPDFFont_GetGlyphWidth, ci, vp, ctypes.c_uint32, ctypes.c_float, vp)
        self.unicode_map_error = proto(pdfium_c.FPDFText_HasUnicodeMapError, ci, vp, ci)
        self.font_flags = proto(pdfium_c.FPDFFont_GetFlags, ci, vp)
        self.char_text_object = proto(pdfium_c.FPDFText_GetTextObject, vp)
        self.char_origin = proto(pdfium_c.FPDFText_GetCharOrigin, ci)
        self.char_loose_box = proto(pdfium_c.FPDFText_GetLooseCharBox, ci)
        self.char_is_generated = proto(pdfium_c.FPDFText_IsGenerated, ci)


@dataclass(slots=True)
class _Fonts:
    """What one document's fonts told, by font handle (pdfium keeps a font for the whole document)."""

    path: Path | None = None  # the PDF, read again only to look a font descriptor up
    facts: dict[int, tuple[str, float, bool]] = field(default_factory=dict)  # name, descent, embedded
    advances: dict[int, dict[str, float | None]] = field(default_factory=dict)  # char -> advance (em)
    data: bytes | None = None
    unmapped: set[tuple[int, str]] = field(default_factory=set)  # (font, char) pdfium has no Unicode for
    # a text object's matrix and origin are read into these (made once, not for every object)
    scratch: tuple[Any, ctypes.c_double, ctypes.c_double] = field(
        default_factory=lambda: (pdfium_c.FS_MATRIX(), ctypes.c_double(), ctypes.c_double())
    )

    def pdf_bytes(self) -> bytes:
        if self.data is None:
            self.data = self.path.read_bytes() if self.path is not None else b""
        return self.data


@cache
def _api() -> _Api:
    return _Api()


@cache
def _standard_descents() -> dict[str, float]:
    return {name: float(value) / 1000 for name, value in table("font_descents")}


def read_pdfium(path: Path, display: str, max_pages: int) -> PdfResult | None:
    """Read a PDF into Lines with pdfium; None when pdfium cannot open it or reads nonsense (a page
    larger than the PDF specification allows): the caller then tries pdfplumber, which also says
    why a file is unreadable (damaged, encrypted)."""
    try:
        pdf = pypdfium2.PdfDocument(str(path))
    except (pypdfium2.PdfiumError, OSError) as e:
        logger.info("%s: pdfium cannot open it (%s); reading it with pdfplumber", display, e)
        return None
    warnings: list[str] = []
    pages: list[PdfPage] = []
    fonts = _Fonts(path)
    try:
        total = len(pdf)
        title = _metadata_title(pdf)
        if total > max_pages:
            warnings.append(f"{display}: read the first {max_pages} of {total} pages (page limit)")
        for index in range(min(total, max_pages)):
            try:
                page = _read_page(pdf, index, fonts)
            except _Unreadable as e:
                logger.info("%s: %s; reading it with pdfplumber", display, e)
                return None
            except pypdfium2.PdfiumError as e:
                warnings.append(f"{display}: page {index + 1} could not be read (not a readable PDF ({e}))")
                continue
            pages.append(page)
    finally:
        pdf.close()
    lines = lines_from_pages(pages)
    if not lines:
        warnings.append(f"{display}: no text layer; OCR is not built in")
    return PdfResult(lines=lines, pages=total, title=title, warnings=tuple(warnings))


def _metadata_title(pdf: pypdfium2.PdfDocument) -> str | None:
    try:
        title = pdf.get_metadata_value("Title")
    except (pypdfium2.PdfiumError, UnicodeDecodeError):
        return None
    return title.strip() or None


def _read_page(pdf: pypdfium2.PdfDocument, index: int, fonts: _Fonts) -> PdfPage:
    page = pdf[index]
    try:
        # A page that inherits its media box from the page tree (as most generators write it) has
        # none of its own: pypdfium2's get_mediabox then falls back to US Letter, so an A4 page read
        # 612 x 792 and every line sat 50 pt low. pdfium's bounding box resolves the inherited box.
        left, bottom, right, top = page.get_mediabox(fallback_ok=False) or page.get_bbox()
        width, height = abs(right - left), abs(top - bottom)
        if not (0 < width <= MAX_PAGE_POINTS and 0 < height <= MAX_PAGE_POINTS):
            raise _Unreadable(f"page {index + 1} has a media box of {width:g} x {height:g} points")
        textpage = page.get_textpage()
        unmapped: list[int] = []
        try:
            chars = _page_chars(textpage, height, fonts, unmapped, page)
        finally:
            textpage.close()
        links = _page_links(pdf, page, height)
    finally:
        page.close()
    unmapped += _icon_font_letters(chars)
    if unmapped:
        _drop_unlinked_icons(chars, unmapped, links)
    return lay_out_page(index + 1, width, height, words_from_chars(chars), links)


def _icon_font_letters(chars: list[CharTuple]) -> list[int]:
    """The positions of characters of an icon font (``icon_fonts.txt``) spelled in ASCII, by a code
    ("H") or a glyph name its ToUnicode map gives ("Envelope"): as pdfminer spells them, and as the
    pdfplumber reader drops them where no link covers them. A span's /ActualText given at its first
    glyph, an icon before a heading ("Recent Publications"), is the heading's text: a glyph name
    has no space."""
    icon_fonts = {name for name in {c[6] for c in chars} if is_icon_font(name)}
    if not icon_fonts:
        return []
    return [k for k, c in enumerate(chars) if c[6] in icon_fonts and c[0].isascii() and " " not in c[0]]


def _drop_unlinked_icons(chars: list[CharTuple], positions: list[int], links: list[Link]) -> None:
    """An icon glyph pdfium has no Unicode for (it gives the glyph's code: "H", "{") loses its text, as
    pdfminer's "(cid:N)" does, unless a link annotation covers it: a linked icon (a GitHub or mail
    icon) keeps its letter as the word its link attaches to."""
    for k in positions:
        c = chars[k]
        x, y = (c[1] + c[2]) / 2, (c[3] + c[4]) / 2
        if not any(x0 <= x <= x1 and top <= y <= bottom for x0, top, x1, bottom, _ in links):
            chars[k] = (NO_UNICODE, *c[1:])


def _page_chars(
    textpage: pypdfium2.PdfTextPage,
    height: float,
    fonts: _Fonts | None = None,
    unmapped: list[int] | None = None,
    page: pypdfium2.PdfPage | None = None,
) -> list[CharTuple]:
    """The page's characters, pdfplumber's way: top-left coordinates, no generated characters.
    The positions of printable characters pdfium found no Unicode for (icon glyphs given by their
    code) are added to ``unmapped``. With the ``page``, a span's /ActualText is laid over the glyphs
    it stands for (``_spread_actual_text``)."""
    api = _api()
    fonts = _Fonts() if fonts is None else fonts
    handle = ctypes.cast(textpage.raw, ctypes.c_void_p).value
    count = textpage.count_chars()
    if count <= 0 or handle is None:
        return []
    text = textpage.get_text_range()
    if len(text) != count:  # characters beyond the BMP, or pdfium's text differs from its char list
        text = "".join(chr(api.unicode(handle, i)) for i in range(count))
    text = _join_surrogates(text)
    page_ref = ctypes.c_void_p(handle)
    rect = pdfium_c.FS_RECTF()
    rect_ref = ctypes.byref(rect)
    objects: dict[int, _Shared] = {}
    advances_by_font, unmapped_glyphs = fonts.advances, fonts.unmapped
    width = ctypes.c_float()
    width_ref = ctypes.addressof(width)
    x, y = ctypes.c_double(), ctypes.c_double()
    x_ref, y_ref = ctypes.byref(x), ctypes.byref(y)
    text_object, origin, loose_box = api.char_text_object, api.char_origin, api.char_loose_box
    chars: list[CharTuple] = []
    append = chars.append
    # The last character kept, when it is in an embedded font and the next character may confirm its
    # advance: its index on the text page (-1: none) and its right edge.
    pending_i, pending_x1 = -1, 0.0
    untrusted: list[tuple[int, int]] = []  # (position, index) of chars pdfium gave no width for
    # ... whose advance missed the next origin: (position, index, next origin, tolerance, font)
    doubtful: list[tuple[int, int, float, float, int]] = []
    spaced_pairs: list[tuple[int, int, float, float, int]] = []  # ... the same, with a space between
    last_obj = 0
    switched_at = -1  # the index of the character where the text object last changed
    name, size, top, bottom, upright, font, scale, embedded = "", 0.0, 0.0, 0.0, True, 0, 0.0, True
    previous_font = 0  # the font of the object before the last change
    tolerance = exact_tolerance = 0.0  # this object's ADVANCE_LANDING_EM and LOOSE_LANDING_SHARE, in points
    advances: dict[str, float | None] = {}
    last_x0 = float("nan")  # the previous kept character's x0
    pairs: dict[int, int] = {}  # font -> characters followed by another of the same text object
    exact: dict[int, int] = {}  # font -> ... whose advance landed exactly on the next origin
    object_pairs = object_exact = 0  # the same, counted for the current font until it changes
    spaced = False  # pdfium generated a space before the next character: it saw a word gap there
    gaps: list[tuple[int, float, float, int]] = []  # (position, next origin, size, font) of a word gap
    hyphen = PDFIUM_HYPHEN
    for i, ch in enumerate(text):
        # Kept characters come in runs of one text object: a character in the object of the kept
        # character before it has ``switched_at != i``; so the characters of a ligature, and an advance
        # checked against the next origin.
        glyphless = False  # a glyph without Unicode (pdfminer's "cid"): its box, no text
        if ch < "\xa0":
            if ch <= " " or ch >= "\x7f":  # whitespace, or a glyph without Unicode
                if ch not in SPACES:
                    if ch == "\x00":  # the second half of a surrogate pair, or a lone surrogate
                        continue
                    glyphless = True
                elif api.char_is_generated(page_ref, i):
                    spaced = spaced or ch == " "
                    continue
        elif ch == hyphen:
            ch = "-"
        obj = text_object(page_ref, i)
        if obj != last_obj:  # characters of one text object come together: look its facts up once
            if not obj:
                continue
            shared = objects.get(obj)
            if shared is None:
                shared = objects[obj] = _object_info(api, handle, i, obj, height, fonts)
            previous_font = font
            if shared[5] != font:
                if object_pairs:
                    pairs[font] = pairs.get(font, 0) + object_pairs
                    exact[font] = exact.get(font, 0) + object_exact
                    object_pairs = object_exact = 0
                advances = advances_by_font.setdefault(shared[5], {})
            name, size, top, bottom, upright, font, scale, embedded = shared
            tolerance = ADVANCE_LANDING_EM * size
            exact_tolerance = LOOSE_LANDING_SHARE * tolerance
            last_obj, switched_at = obj, i
        try:
            advance = advances[ch]
        except KeyError:  # the first of this character in this font: how wide, and what it is
            advance = advances[ch] = _advance(api, font, ch, width_ref, width)
            # a Type 3 font (no descriptor: no flags) spells letters by codes pdfium leaves unmapped
            # and pdfminer maps by their glyph names: only other fonts' unmapped glyphs are icons
            if not glyphless and font and api.unicode_map_error(handle, i) and api.font_flags(font):
                unmapped_glyphs.add((font, ch))
        if unmapped_glyphs and (font, ch) in unmapped_glyphs and unmapped is not None:
            unmapped.append(len(chars))
        if glyphless:
            ch = NO_UNICODE
        if origin(page_ref, i, x_ref, y_ref):
            x0 = x.value  # pdfminer's x0; pdfium's loose box starts where the glyph's ink does ("f")
        else:  # no origin for this character (pdfium keeps none for some): the loose box's left
            loose_box(page_ref, i, rect_ref)
            x0 = rect.left
        if x0 == last_x0 and switched_at != i and not spaced:
            # pdfium spells a ligature glyph ("ﬁ") as characters at one origin; pdfminer keeps one
            c = chars[-1]
            chars[-1] = (c[0] + ch, c[1], c[2], c[3], c[4], c[5], c[6], c[7])
            untrusted.append((len(chars) - 1, i))  # the ligature's end: its last part's loose box
            pending_i = -1
            continue
        if pending_i >= 0:
            if switched_at != i:
                miss = abs(x0 - pending_x1)
                # where pdfium saw a word gap (it generated a space), the advance stands: an italic
                # "f" whose ink happens to end at the next word's origin is not a wider glyph
                if miss > tolerance and not spaced:
                    doubtful.append((len(chars) - 1, pending_i, x0, tolerance, font))
                elif spaced and miss > exact_tolerance:  # a word space, or letter spacing
                    spaced_pairs.append((len(chars) - 1, pending_i, x0, tolerance, font))
                object_pairs += 1
                if miss <= exact_tolerance:
                    object_exact += 1
            pending_i = -1
        if spaced:
            if chars and abs(chars[-1][3] - top) <= Y_TOLERANCE and last_x0 < x0:
                gap_font = previous_font if switched_at == i else font
                gaps.append((len(chars) - 1, x0, size, gap_font))
            spaced = False
        # pdfminer's x1, the origin plus the advance (the loose box's right edge is the glyph's ink in
        # a standard font: "f" overhangs its advance, which glues "of the" into "ofthe")
        if advance is None:
            x1 = x0
            untrusted.append((len(chars), i))
        else:
            x1 = x0 + advance * scale
            if embedded:
                pending_i, pending_x1 = i, x1
        append((ch, x0, x1, top, bottom, size, name, upright))
        last_x0 = x0
    if object_pairs:
        pairs[font] = pairs.get(font, 0) + object_pairs
        exact[font] = exact.get(font, 0) + object_exact
    for k, i in untrusted:
        loose_box(page_ref, i, rect_ref)
        c = chars[k]
        chars[k] = (c[0], c[1], rect.right, c[3], c[4], c[5], c[6], c[7])
    tracked = _fix_doubtful(chars, doubtful, spaced_pairs, page_ref, loose_box, rect_ref, rect)
    for k, next_x0, size, gap_font in gaps:
        # pdfium's own word break after a character of a font whose advances seldom land (a subset
        # font whose Unicode map is wrong): keep the gap wide enough to read as a word space. In a
        # font whose advances land, the advance stands (the dots of a spaced ellipsis stay "...").
        if exact.get(gap_font, 0) >= RELIABLE_FONT_SHARE * pairs.get(gap_font, 0):
            continue
        c = chars[k]
        if gap_font in tracked and size and (next_x0 - c[2]) / size < X_TOLERANCE_RATIO:
            continue  # the letter spacing of a tracked word, which pdfium takes for a word space
        limit = next_x0 - WORD_GAP_EM * size
        if c[2] > limit:
            chars[k] = (c[0], c[1], max(c[1], limit), c[3], c[4], c[5], c[6], c[7])
    # characters spelled at one origin are among the untrusted: those longer than a ligature are spans
    spans = {k: text_object(page_ref, i) for k, i in untrusted if len(chars[k][0]) > MAX_LIGATURE_CHARS}
    if spans:
        _spread_actual_text(chars, spans, page)
    return chars


def _spread_actual_text(
    chars: list[CharTuple], spans: dict[int, int], page: pypdfium2.PdfPage | None
) -> None:
    """Lay each span's /ActualText (``spans``: position -> its first text object) over the glyphs it
    stands for, and drop an icon's TeX macro before it.

    pdfium gives a marked span's /ActualText as characters all at the origin of the span's first
    glyph, and the span's later text objects (an icon, then the text it decorates, in another font)
    no characters at all: the text would sit inside the icon's box, outside the link annotation over
    the drawn text. The page's objects that carry the same /ActualText give the drawn extent: the
    text after an icon's macro takes the extent of the objects after the icon, other text the whole
    span's."""
    extents = _actual_text_extents(page, set(spans.values())) if page is not None else {}
    for k, obj in spans.items():
        c = chars[k]
        text = c[0]
        after_icon = text[0] == "\\"
        if after_icon:
            text = TEX_ICON_MACRO_RE.sub("", text)
        x0, x1 = c[1], c[2]
        drawn = extents.get(obj)  # the objects after the first one
        if drawn is not None:
            x0, x1 = (drawn[0] if after_icon else x0), drawn[1]
        chars[k] = (text, x0, x1, *c[3:])


def _actual_text_extents(page: pypdfium2.PdfPage, firsts: set[int]) -> dict[int, tuple[float, float]]:
    """For each text object in ``firsts`` whose span has an /ActualText: the left and right edge of the
    objects right after it that carry the same /ActualText (absent when none do)."""
    extents: dict[int, tuple[float, float]] = {}
    current, current_text = 0, ""
    left, bottom, right, top = (ctypes.c_float() for _ in range(4))
    for index in range(pdfium_c.FPDFPage_CountObjects(page.raw)):
        obj = pdfium_c.FPDFPage_GetObject(page.raw, index)
        handle = ctypes.cast(obj, ctypes.c_void_p).value or 0
        if handle in firsts:
            current_text = _actual_text(obj)
            current = handle if current_text else 0
        elif not current or _actual_text(obj) != current_text:
            current = 0
        elif pdfium_c.FPDFPageObj_GetBounds(obj, left, bottom, right, top):
            seen = extents.get(current)
            extents[current] = (
                (min(seen[0], left.value), max(seen[1], right.value)) if seen else (left.value, right.value)
            )
    return extents


def _actual_text(obj: Any) -> str:
    """The /ActualText of the marked span a page object is in ("" when none)."""
    size = ctypes.c_ulong()
    for m in range(pdfium_c.FPDFPageObj_CountMarks(obj)):
        mark = pdfium_c.FPDFPageObj_GetMark(obj, m)
        if not pdfium_c.FPDFPageObjMark_GetParamStringValue(mark, b"ActualText", None, 0, size):
            continue
        buffer = (ctypes.c_ushort * (size.value // 2 + 1))()
        pdfium_c.FPDFPageObjMark_GetParamStringValue(mark, b"ActualText", buffer, size.value, size)
        return bytes(buffer)[: size.value].decode("utf-16-le", "replace").rstrip("\x00")
    return ""


def _fix_doubtful(
    chars: list[CharTuple],
    doubtful: list[tuple[int, int, float, float, int]],
    spaced_pairs: list[tuple[int, int, float, float, int]],
    page_ref: Any,
    loose_box: Any,
    rect_ref: Any,
    rect: Any,
) -> set[int]:
    """Give the characters whose advance missed the next origin their loose box's right edge where it
    is the glyph's own advance.

    The loose box's right edge is the advance of the glyph drawn (the font's /Widths) when it lands
    exactly on the next origin; otherwise the gap is a word space or a kern and the advance found
    stands. Letter spacing ("Tc": a tracked heading) moves every next origin by one amount, narrower
    than a word gap, and pdfium generates a space after each letter (``spaced_pairs``): where at least
    ``TRACKED_MIN_CHARS`` and most of a font's missed or spaced characters miss by the same amount,
    the font is tracked: its loose boxes are the advances, and a gap narrower than a word gap (the
    tracking, give or take a kern) is inside a word. Returns the tracked fonts."""
    by_font: dict[int, list[tuple[int, float, float]]] = {}  # font -> (position, right edge, miss in em)
    for pairs, spaced in ((doubtful, False), (spaced_pairs, True)):
        for k, i, next_x0, tolerance, font in pairs:
            loose_box(page_ref, i, rect_ref)
            miss = next_x0 - rect.right
            if not spaced and abs(miss) <= LOOSE_LANDING_SHARE * tolerance:
                c = chars[k]
                chars[k] = (c[0], c[1], rect.right, c[3], c[4], c[5], c[6], c[7])
            else:
                by_font.setdefault(font, []).append((k, rect.right, miss * ADVANCE_LANDING_EM / tolerance))
    tracked: set[int] = set()
    for font, misses in by_font.items():
        typical = statistics.median(m for _, _, m in misses)
        agreeing = sum(abs(m - typical) <= LANDING_EM for _, _, m in misses)
        if not LANDING_EM < typical < X_TOLERANCE_RATIO or agreeing < max(
            TRACKED_MIN_CHARS, RELIABLE_FONT_SHARE * len(misses)
        ):
            continue
        tracked.add(font)
        for k, right, m in misses:
            if m < X_TOLERANCE_RATIO:  # the tracking, give or take a kern: inside a word
                c = chars[k]
                chars[k] = (c[0], c[1], right, c[3], c[4], c[5], c[6], c[7])
    return tracked


def _join_surrogates(text: str) -> str:
    """pdfium counts UTF-16 units: a character beyond the BMP ("𝑥", an emoji) is two surrogates at two
    indices. The pair becomes the character at the first index and a NUL (skipped, like a glyph without
    Unicode) at the second; a lone surrogate, which no text can encode, becomes a NUL too."""
    if not SURROGATE_RE.search(text):
        return text
    chars = list(text)
    for i, ch in enumerate(chars):
        if "\ud800" <= ch <= "\udbff" and i + 1 < len(chars) and "\udc00" <= chars[i + 1] <= "\udfff":
            chars[i] = chr(0x10000 + ((ord(ch) - 0xD800) << 10) + (ord(chars[i + 1]) - 0xDC00))
            chars[i + 1] = "\x00"
        elif "\ud800" <= ch <= "\udfff":
            chars[i] = "\x00"
    return "".join(chars)


def _object_info(api: _Api, handle: int, index: int, obj: int, height: float, fonts: _Fonts) -> _Shared:
    """(font name, size, top, bottom, upright, ...) shared by the characters of one text object.

    One text object is one text-showing operator: one font, one size, one matrix, one baseline.
    """
    matrix, x, y = fonts.scratch
    api.matrix(handle, index, ctypes.addressof(matrix))
    upright = matrix.a * matrix.d > 0 and matrix.b * matrix.c <= 0
    font_size = api.font_size(handle, index)
    size = round(font_size * abs(matrix.d), 4)
    font = api.font(obj) or 0
    name, descent, embedded = _font(api, font, fonts)
    api.origin(handle, index, ctypes.addressof(x), ctypes.addressof(y))
    bottom = height - (y.value + descent * size)
    return name, size, bottom - size, bottom, upright, font, font_size * abs(matrix.a), embedded


def _advance(api: _Api, font: int, ch: str, width_ref: int, width: ctypes.c_float) -> float | None:
    """How far the character moves the pen, in em; None when pdfium cannot tell."""
    if not font or not api.glyph_width(font, ord(ch), ctypes.c_float(1.0), width_ref) or width.value <= 0:
        return None
    return float(width.value)


def _font(api: _Api, font: int, fonts: _Fonts) -> tuple[str, float, bool]:
    """The font's name, its descent (a negative fraction of the size) and whether it is embedded,
    kept in ``fonts``."""
    known = fonts.facts.get(font)
    if known is None:
        known = fonts.facts[font] = _font_facts(api, font, fonts)
    return known


def _font_facts(api: _Api, font: int, fonts: _Fonts) -> tuple[str, float, bool]:
    if not font:
        return "", 0.0, False
    buffer = ctypes.create_string_buffer(FONT_NAME_BYTES)
    api.font_name(font, ctypes.addressof(buffer), FONT_NAME_BYTES)
    name = buffer.value.decode("utf-8", "replace")
    standard = _standard_descents().get(name)
    embedded = bool(api.font_embedded(font))
    if standard is not None and not embedded:
        return name, standard, embedded
    descent = ctypes.c_float()
    if not api.font_descent(font, ctypes.c_float(EM), ctypes.addressof(descent)) or descent.value == 0:
        return name, 0.0, embedded
    ascent = ctypes.c_float()
    if (
        embedded
        and api.font_ascent(font, ctypes.c_float(EM), ctypes.addressof(ascent))
        and _metrics_made_up(api, font, ascent.value, -abs(descent.value))
        and _descriptor_says_zero(fonts, name)
    ):
        return name, 0.0, embedded  # the descriptor said 0, as pdfminer keeps it
    return name, -abs(descent.value) / EM, embedded  # PDF says negative; some writers put it positive


def _metrics_made_up(api: _Api, font: int, ascent: float, descent: float) -> bool:
    """Whether pdfium made the ascent and descent up: a font descriptor that gives 0 for both gets
    the top of glyph "A" and the bottom of glyph "g", or the font's bounding box where it has no such
    glyph (a subset font). pdfminer keeps the descriptor's 0, so a math symbol's box ("±" in CMSY10,
    whose box reaches 0.96 em below the baseline) stays on its line's row. The descent is compared
    first: a font whose descent is not its "g"'s bottom (most fonts) needs no other outline."""
    glyph_g = _glyph_extent(api, font, "g")
    bbox = _program_bbox(api, font) if glyph_g is None else None
    if glyph_g is not None:
        bottom = glyph_g[0]
    elif bbox is not None:
        bottom = bbox[0]
    else:
        return False
    if abs(descent - bottom) > METRIC_MATCH:
        return False
    glyph_a = _glyph_extent(api, font, "A")
    if glyph_a is None and bbox is None:
        bbox = _program_bbox(api, font)
    if glyph_a is not None:
        top = glyph_a[1]
    elif bbox is not None:
        top = bbox[1]
    else:
        return False
    return abs(ascent - top) <= METRIC_MATCH


def _descriptor_says_zero(fonts: _Fonts, name: str) -> bool:
    """Whether the font descriptor gives 0 for both Ascent and Descent (read from the PDF's bytes: a
    descriptor may also give exactly the values pdfium would make up, "Kp-Expert" its font box)."""
    from extractor.read.fontfile import descriptor_metrics

    try:
        metrics = descriptor_metrics(fonts.pdf_bytes(), name)
    except OSError:
        return False
    return metrics == (0.0, 0.0)


def _glyph_extent(api: _Api, font: int, letter: str) -> tuple[float, float] | None:
    """(bottom, top) of the letter's glyph outline in 1/1000 em, or None without such a glyph."""
    path = api.glyph_path(font, ord(letter), ctypes.c_float(EM))
    if not path:
        return None
    x, y = ctypes.c_float(), ctypes.c_float()
    ys: list[float] = []
    for k in range(api.path_segments(path)):
        segment = api.path_segment(path, k)
        if segment and api.segment_point(segment, ctypes.addressof(x), ctypes.addressof(y)):
            ys.append(y.value * EM)  # outlines come in em, whatever size is asked
    return (min(ys), max(ys)) if ys else None


def _program_bbox(api: _Api, font: int) -> tuple[float, float] | None:
    from extractor.read.fontfile import program_bbox

    size = ctypes.c_size_t()
    if not api.font_data(font, None, 0, ctypes.addressof(size)) or size.value == 0:
        return None
    buffer = ctypes.create_string_buffer(size.value)
    if not api.font_data(font, ctypes.addressof(buffer), size.value, ctypes.addressof(size)):
        return None
    return program_bbox(buffer.raw)


def _page_links(pdf: pypdfium2.PdfDocument, page: pypdfium2.PdfPage, height: float) -> list[Link]:
    """The page's link annotations that open a URI, as (x0, top, x1, bottom, uri)."""
    links: list[Link] = []
    position = ctypes.c_int(0)
    link = pdfium_c.FPDF_LINK()
    rect = pdfium_c.FS_RECTF()
    while pdfium_c.FPDFLink_Enumerate(page.raw, position, link):
        action = pdfium_c.FPDFLink_GetAction(link)
        if not action or pdfium_c.FPDFAction_GetType(action) != pdfium_c.PDFACTION_URI:
            continue
        uri = _uri(pdf, action)
        if not uri or not pdfium_c.FPDFLink_GetAnnotRect(link, rect):
            continue
        x0, x1 = sorted((rect.left, rect.right))
        y0, y1 = sorted((rect.bottom, rect.top))
        links.append((x0, height - y1, x1, height - y0, uri))
    return links


def _uri(pdf: pypdfium2.PdfDocument, action: Any) -> str:
    buffer = ctypes.create_string_buffer(URI_BYTES)
    size = pdfium_c.FPDFAction_GetURIPath(pdf.raw, action, buffer, URI_BYTES)
    if size > URI_BYTES:
        buffer = ctypes.create_string_buffer(size)
        pdfium_c.FPDFAction_GetURIPath(pdf.raw, action, buffer, size)
    return buffer.value.decode("utf-8", "replace").strip()
