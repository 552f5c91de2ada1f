"""Page geometry shared by the PDF readers: characters -> words -> rows -> Lines.

A PDF backend (``read/pdfium.py`` on pypdfium2's text page, ``read/pdf.py`` on pdfplumber) only
delivers each page's characters or words with their boxes and fonts; everything after that is
written once, here:

1. characters grouped into words as pdfplumber's ``extract_words`` does (same font and size, a gap
   under ``X_TOLERANCE_RATIO`` of the size, no whitespace between), with a size-relative x tolerance
   (a fixed 3 pt glues words in tightly set CVs: "AcademicPublishingRecord");
2. words grouped into rows by baseline, rows cut into segments (cells) at wide horizontal gaps;
3. if a clean vertical gutter splits the page into two text columns (a sidebar, two-column
   layouts), each column is read top to bottom, the narrower sidebar first when it is on the
   left; a margin column of dates (moderncv, awesome-cv) is NOT a text column: its dates stay on
   the row of the entry they sit beside, in left-to-right order;
4. repeated page furniture (running headers/footers, page numbers) is dropped afterwards,
   across pages;
5. a side-column heading printed on the same baseline as the first entry of its section
   ("EDUCATION   Ph.D. in Physics, ...") is split from that entry into a line of its own, when
   the document sets its headings in such a left column;
6. link annotations are attached to the line whose words they cover.

Coordinates are pdfplumber's: points from the page's left and top edges, with a character's box
running from its baseline plus the font's descent up by one font size.

Known limits: no OCR (an image-only PDF yields no lines and a warning); three or more text
columns are read as two; rotated (not upright) text is skipped.
"""

from __future__ import annotations

import itertools
import re
import statistics
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import cache
from operator import attrgetter, itemgetter
from typing import NamedTuple

from extractor.document import Line, LinkSpan
from extractor.patterns import heading_head_kind, heading_kind
from extractor.patterns import words as word_list
from extractor.patterns.regexes import (
    BOLD_FONT_RE,
    BULLET_RE,
    CID_RE,
    INNER_LOST_GLYPH_RE,
    ITALIC_FONT_RE,
    PAGE_NUMBER_RE,
    YEARISH_RE,
)

# A gap between two characters wider than this fraction of the font size starts a new word.
# 0.15 em splits words set with positioning instead of space characters, yet keeps kerned pairs.
X_TOLERANCE_RATIO = 0.15
# Characters whose tops differ by more than this many points are on different lines (pdfplumber's
# DEFAULT_Y_TOLERANCE, kept so both readers cut words alike).
Y_TOLERANCE = 3.0
# Words whose tops differ by less than this fraction of their size share a row (a baseline).
ROW_TOLERANCE_RATIO = 0.45
# ... or when their boxes overlap vertically by this share of the smaller box (a superscript).
ROW_OVERLAP_SHARE = 0.6
# A horizontal gap wider than this many font sizes splits a row into segments (cells): the larger
# size, or the smaller where one is more than SIZE_CHANGE_RATIO times the other.
SEGMENT_GAP_RATIO = 1.6
SIZE_CHANGE_RATIO = 2.0
# A gutter must be at least this wide (points) and lie within this central band of the page.
MIN_GUTTER_WIDTH = 3.0  # LibreOffice two-column CVs leave as little as 4 pt between columns
GUTTER_BAND = (0.18, 0.82)
# A column holds a real text stream only with at least this many rows on each side.
MIN_COLUMN_SEGMENTS = 6
# At most this many rows at the top of a page may span both columns (a centred name or title).
MAX_SPANNING_ROWS = 3
# A letter-spaced run ("J A N E  D O E") runs on through a gutter when the gap there is at most this
# many times its usual gap between letters, over at least this many such gaps.
TRACKED_GAP_SLACK = 1.5
MIN_TRACKED_GAPS = 4
# ... and so does a run this many times the page's usual size whose gap there is at most this many
# of its font sizes (a word space: "JANE  DOE", the gutter between the names).
LARGE_RUN_RATIO = 1.8
LARGE_RUN_SPACE_EM = 0.5
# When at least this share of the narrow side's segments carry a year, it is a date margin.
DATE_MARGIN_SHARE = 0.5
# A vertical gap this many font sizes wider than the usual line spacing is a blank line.
BLANK_GAP_RATIO = 0.5
# A link annotation over no kept word (an icon glyph the reader dropped) belongs to a line when its
# middle is inside the line's height and at most this many font sizes beyond the line's ends.
ICON_LINK_REACH_EM = 3.0
# Page furniture lives in the top/bottom band of this share of the page height.
FURNITURE_BAND = 0.07
# Side-column headings: at least this many rows start with a heading followed, after a gap, by text
# starting at one x position (within SIDE_COLUMN_TOLERANCE points): the entries' column.
SIDE_HEADING_MIN_ROWS = 2
SIDE_COLUMN_TOLERANCE = 3.0
# A row's entry text may start this many points left of the entries' column (columns set by hand).
SIDE_COLUMN_SLACK = 12.0
# ... and the entries' column starts in the left part of the page: at most this share of its width.
SIDE_COLUMN_MAX_SHARE = 0.4
# A side heading ends at least this far (points) left of its entry's first word, and at least this
# share of its font size (half an em; a word space is about a quarter): closer, the two are one word
# the PDF printed in pieces, or two words of one line of text (a title that merely reaches past the
# entries' column's edge).
SIDE_HEADING_MIN_GAP = 1.0
SIDE_HEADING_MIN_GAP_EM = 0.5
# A side heading centred on its entries may put its second line this many rows below its first, at
# most this many of its font sizes below (a line step), in the same size (points).
SIDE_HEADING_WRAP_ROWS = 3
SIDE_HEADING_WRAP_PITCH = 1.5
SIDE_HEADING_SIZE_TOLERANCE = 0.5
# A narrow left side whose rows are at least this share headings is a heading margin, not a column.
HEADING_MARGIN_SHARE = 0.6
# Typographic ligatures spelled out, as pdfplumber's extract_words does (expand_ligatures=True).
LIGATURES = {"ﬀ": "ff", "ﬃ": "ffi", "ﬄ": "ffl", "ﬁ": "fi", "ﬂ": "fl", "ﬆ": "st", "ﬅ": "st"}
# Accents TeX's old (OT1) fonts draw as glyphs of their own over or under a letter ("Fre´de´ric"): the
# spacing form a PDF gives -> the combining mark it stands for. ASCII "^", "~" and "`" are among them:
# as text they stand beside a letter, never over one (``accent_letters`` asks for the overlap).
SPACING_ACCENTS = {
    "´": "\u0301", "ˊ": "\u0301", "ˋ": "\u0300", "¨": "\u0308", "ˆ": "\u0302", "˜": "\u0303",
    "¸": "\u0327", "ˇ": "\u030c", "˘": "\u0306", "¯": "\u0304", "˚": "\u030a", "˙": "\u0307",
    "˝": "\u030b", "˛": "\u0328", "`": "\u0300", "^": "\u0302", "~": "\u0303",
}  # fmt: skip
# An accent glyph belongs to the letter it overlaps by at least this share of its own width, drawn at
# most this many glyphs before or after it (pdfium gives a text object's glyphs together).
ACCENT_OVERLAP_SHARE = 0.4
ACCENT_SEARCH_CHARS = 8
# ... with its top at most this share of the letter's size from the letter's top: an accent raised over a
# capital sits about a fifth of the size higher; the line above starts a whole line's leading higher.
ACCENT_RISE_SHARE = 0.5

Link = tuple[float, float, float, float, str]  # x0, top, x1, bottom, uri
# A character's text when the PDF gives its glyph no Unicode (the pdfium reader's mark; pdfminer
# writes "(cid:N)"): it keeps its box, so "E", the lost "ff" and "ect" stay one word.
NO_UNICODE = "\x00"


class Char(NamedTuple):
    """One character as a backend reports it (pdfplumber's coordinates)."""

    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float
    font: str
    upright: bool


# A Char as a plain tuple, as the pdfium reader builds it (faster to make than a NamedTuple).
CharTuple = tuple[str, float, float, float, float, float, str, bool]


@dataclass(slots=True)
class Word:
    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float
    bold: bool
    italic: bool


@dataclass(slots=True)
class Segment:
    words: list[Word]

    @property
    def x0(self) -> float:
        return self.words[0].x0

    @property
    def x1(self) -> float:
        return self.words[-1].x1

    @property
    def top(self) -> float:
        top = self.words[0].top
        for w in self.words:
            if w.top < top:
                top = w.top
        return top

    @property
    def text(self) -> str:
        # words split only by a font change ("Doe*" bold, "," regular) touch: no space between them
        words = self.words
        prev = words[0]
        if len(words) == 1:
            return prev.text
        parts = [prev.text]
        for word in words[1:]:
            wide = prev.size if prev.size > word.size else word.size
            if word.x0 - prev.x1 >= X_TOLERANCE_RATIO * (wide if wide > 1.0 else 1.0):
                parts.append(" ")
            parts.append(word.text)
            prev = word
        return "".join(parts)


@dataclass(slots=True)
class PdfPage:
    """One page's rows, each a list of segments in reading order, before numbering."""

    number: int
    height: float
    rows: list[list[Segment]]
    links: list[Link]
    width: float = 0.0


@dataclass(frozen=True, slots=True)
class PdfResult:
    lines: tuple[Line, ...]
    pages: int
    title: str | None
    warnings: tuple[str, ...]


def make_word(text: str, x0: float, x1: float, top: float, bottom: float, size: float, font: str) -> Word:
    """A word from a backend's text, box, font name and size: bold and italic read off the name.

    A glyph without Unicode (pdfminer's "(cid:N)", ``NO_UNICODE`` from the pdfium reader) between two
    letters is a lost ligature, U+FFFD for repair to restore ("E(cid:136)ect" -> "Effect"); elsewhere
    (an icon before a word) it is dropped.
    """
    if "(cid:" in text:
        text = CID_RE.sub(NO_UNICODE, text)
    if NO_UNICODE in text:
        text = INNER_LOST_GLYPH_RE.sub(_lost_marks, text).replace(NO_UNICODE, "")
    bold, italic = _font_style(font)
    return Word(text.strip(), x0, x1, top, bottom, round(size, 1), bold, italic)


def _lost_marks(match: re.Match[str]) -> str:
    return "\ufffd" * len(match.group(0))


@cache
def _font_style(font: str) -> tuple[bool, bool]:
    return bool(BOLD_FONT_RE.search(font)), bool(ITALIC_FONT_RE.search(font))


def words_from_chars(chars: Iterable[CharTuple]) -> list[Word]:
    """Group upright characters into words as pdfplumber's ``extract_words`` does.

    Runs of consecutive characters with one font and size are clustered into lines by their tops
    (within ``Y_TOLERANCE``), each line sorted left to right; a word ends at whitespace, at a gap
    wider than ``X_TOLERANCE_RATIO`` of the previous character's size, or where a character starts
    left of the previous one. (Written for speed: it runs once per character of every page.)
    """
    words: list[Word] = []
    append = words.append
    ligature = LIGATURES.get
    chars = list(chars)
    if has_accent_glyphs(map(_TEXT_KEY, chars)):
        chars = _attach_accents(chars)
    y_tolerance = Y_TOLERANCE
    for (upright, font, size), run in itertools.groupby(chars, key=_RUN_KEY):
        if not upright:
            continue
        tolerance = X_TOLERANCE_RATIO * size
        for line in _cluster_by_top(list(run)):
            line.sort(key=_X_KEY)
            parts: list[str] = []
            x0 = x1 = top = bottom = prev_x0 = prev_x1 = prev_top = 0.0
            for text, cx0, cx1, ctop, cbottom, _, _, _ in line:
                if text.isspace():
                    if parts:
                        append(make_word("".join(parts), x0, x1, top, bottom, size, font))
                        parts = []
                    continue
                if parts:
                    rise = ctop - prev_top
                    if cx0 < prev_x0 or cx0 > prev_x1 + tolerance or not -y_tolerance <= rise <= y_tolerance:
                        append(make_word("".join(parts), x0, x1, top, bottom, size, font))
                        parts = []
                        x0, x1, top, bottom = cx0, cx1, ctop, cbottom
                    else:
                        if cx1 > x1:
                            x1 = cx1
                        if ctop < top:
                            top = ctop
                        if cbottom > bottom:
                            bottom = cbottom
                else:
                    x0, x1, top, bottom = cx0, cx1, ctop, cbottom
                parts.append(ligature(text, text))
                prev_x0, prev_x1, prev_top = cx0, cx1, ctop
            if parts:
                append(make_word("".join(parts), x0, x1, top, bottom, size, font))
    return [w for w in words if w.text]


def _attach_accents(chars: list[CharTuple]) -> list[CharTuple]:
    """The characters with each accent glyph put on its letter (``accent_letters``)."""
    kept = dict(enumerate(chars))
    for k, c in kept.items():  # an accent and its letter at one origin, which pdfium spells as one
        if len(c[0]) == 2 and c[0][0] in SPACING_ACCENTS and c[0][1].isalpha():
            kept[k] = (accented(c[0][1], c[0][0]), *c[1:])
    for accent, letter in accent_letters([(c[0], c[1], c[2], c[3], c[5]) for c in chars]).items():
        c = kept[letter]
        kept[letter] = (accented(c[0], chars[accent][0]), *c[1:])
        del kept[accent]
    return list(kept.values())


def is_icon_font(fontname: str) -> bool:
    """Whether a PDF font (``"ABCDEF+FontAwesome5Free-Solid"``) is an icon font of ``icon_fonts.txt``."""
    family = fontname.rpartition("+")[2].casefold()
    return family.startswith(tuple(word_list("icon_fonts")))


def has_accent_glyphs(texts: Iterable[str]) -> bool:
    """Whether any of the texts holds an accent glyph (checked once per page: joined, the test runs in C
    rather than character by character in Python, a tenth of a millisecond a page)."""
    return not _ACCENT_GLYPHS.isdisjoint("".join(texts))


def accent_letters(chars: Sequence[tuple[str, float, float, float, float]]) -> dict[int, int]:
    """Accent glyph -> the letter it sits on, by position among ``chars`` (text, x0, x1, top, size).

    TeX's old fonts draw an accent as a glyph of its own over (or under) the letter ("Fre´de´ric"),
    often in another font than the letter (small capitals under a text font's accent) and a few
    glyphs before or after it in the content stream: the letter is the one it overlaps most, by at
    least ``ACCENT_OVERLAP_SHARE`` of its width, with a top within ``ACCENT_RISE_SHARE`` of the letter's size
    (searched among the glyphs drawn near it first, then on the whole page). An accent over no
    letter stays as printed."""
    pairs: dict[int, int] = {}
    taken: set[int] = set()
    for i, (text, *_) in enumerate(chars):
        if text not in SPACING_ACCENTS:
            continue
        nearby = range(max(0, i - ACCENT_SEARCH_CHARS), min(len(chars), i + ACCENT_SEARCH_CHARS + 1))
        best = _accented_letter(chars, i, nearby, taken)
        if best < 0:  # pdfium may give an accent's text object after the whole line ("PERSONAL" then "¨")
            best = _accented_letter(chars, i, range(len(chars)), taken)
        if best >= 0:
            pairs[i] = best
            taken.add(best)
    return pairs


def _accented_letter(
    chars: Sequence[tuple[str, float, float, float, float]], accent: int, candidates: range, taken: set[int]
) -> int:
    """The letter among ``candidates`` the accent overlaps most (-1: none, see ``accent_letters``)."""
    _, x0, x1, top, _ = chars[accent]
    best, best_overlap = -1, ACCENT_OVERLAP_SHARE * (x1 - x0)
    for j in candidates:
        c = chars[j]
        # ("ˆ" is a modifier letter to isalpha: an accent is no letter here)
        if j in taken or len(c[0]) != 1 or not c[0].isalpha() or c[0] in SPACING_ACCENTS:
            continue
        if abs(c[3] - top) > ACCENT_RISE_SHARE * c[4]:
            continue
        overlap = min(x1, c[2]) - max(x0, c[1])
        if overlap > best_overlap:
            best, best_overlap = j, overlap
    return best


def accented(letter: str, accent: str) -> str:
    """ "e" and "´" -> "é" (a dotless i takes the accent as an i)."""
    return unicodedata.normalize("NFC", ("i" if letter == "ı" else letter) + SPACING_ACCENTS[accent])


_RUN_KEY = itemgetter(7, 6, 5)  # upright, font, size
_TEXT_KEY = itemgetter(0)
_ACCENT_GLYPHS = frozenset(SPACING_ACCENTS)
_X_KEY = itemgetter(1, 2)  # x0, x1


def _cluster_by_top(chars: list[CharTuple]) -> list[list[CharTuple]]:
    """pdfplumber's ``cluster_objects(chars, "top", Y_TOLERANCE)``: chains of tops within tolerance."""
    tops = set(map(_TOP_KEY, chars))
    if len(tops) == 1:
        return [chars]
    cluster: dict[float, int] = {}
    index = 0
    last = None
    for top in sorted(tops):
        if last is not None and top > last + Y_TOLERANCE:
            index += 1
        cluster[top] = index
        last = top
    if index == 0:
        return [chars]
    lines: list[list[CharTuple]] = [[] for _ in range(index + 1)]
    for top, same in itertools.groupby(chars, key=_TOP_KEY):  # characters of one top come together
        lines[cluster[top]].extend(same)
    return [line for line in lines if line]


_TOP_KEY = itemgetter(3)


def lay_out_page(number: int, width: float, height: float, words: list[Word], links: list[Link]) -> PdfPage:
    """A page's words in rows of segments, in reading order."""
    return PdfPage(number=number, height=height, rows=page_rows(words, width), links=links, width=width)


def lines_from_pages(pages: list[PdfPage]) -> tuple[Line, ...]:
    """Number the rows of all pages into Lines, without page furniture."""
    return tuple(_number_lines(_split_side_headings(list(_drop_furniture(pages)))))


def rows_of(words: list[Word]) -> list[list[Segment]]:
    """Group words into rows by baseline, then cut each row into segments at wide gaps."""
    rows: list[list[Word]] = []
    ref: Word | None = None  # the first word of the last row
    for word in sorted(words, key=_BOTTOM_X0_KEY):
        if ref is not None:
            # same row: baselines close (by the smaller font, so a large name does not swallow the
            # small tagline under it) and the boxes overlapping vertically
            small = ref.size if ref.size < word.size else word.size
            if word.bottom - ref.bottom <= ROW_TOLERANCE_RATIO * (small if small > 1.0 else 1.0):
                rows[-1].append(word)  # sorted by bottom: this word's is not above the row's first
                continue
            overlap = ref.bottom - (ref.top if ref.top > word.top else word.top)
            smaller = min(ref.bottom - ref.top, word.bottom - word.top)
            if overlap / (smaller if smaller > 0.1 else 0.1) >= ROW_OVERLAP_SHARE:
                rows[-1].append(word)
                continue
        rows.append([word])
        ref = word
    result: list[list[Segment]] = []
    for row in rows:
        row.sort(key=_X0_KEY)
        segment = [row[0]]
        segments: list[Segment] = [Segment(segment)]
        previous = row[0]
        for word in row[1:]:
            wide = previous.size if previous.size > word.size else word.size
            small = previous.size if previous.size < word.size else word.size
            if wide > SIZE_CHANGE_RATIO * small:
                wide = small  # a large name and a small address beside it are two cells
            if word.x0 - previous.x1 > SEGMENT_GAP_RATIO * (wide if wide > 1.0 else 1.0):
                segment = [word]
                segments.append(Segment(segment))
            else:
                segment.append(word)
            previous = word
        result.append(segments)
    return result


_BOTTOM_X0_KEY = attrgetter("bottom", "x0")
_X0_KEY = attrgetter("x0")


def page_rows(words: list[Word], width: float) -> list[list[Segment]]:
    """Rows of the page in reading order: column by column when the page has two text columns."""
    rows = rows_of(words)
    split = _two_columns(words, rows, width)
    if split is None:
        return rows
    spanning, left_rows, right_rows = split
    return rows_of(spanning) + left_rows + right_rows


def _two_columns(
    words: list[Word], rows: list[list[Segment]], width: float
) -> tuple[list[Word], list[list[Segment]], list[list[Segment]]] | None:
    """(words spanning the page at its top, left column's rows, right column's rows), or None.

    A gutter is an x position in the central band that no word crosses, except in a few rows at
    the top (a name or title centred over both columns). A narrow side made mostly of dates is a
    date margin, not a text column: its dates stay on their entries' rows; so is a narrow left side
    made mostly of section headings (a heading margin).
    """
    gutter = _find_gutter(rows, width)
    if gutter is None:
        return None
    crossing = [w for w in words if w.x0 < gutter < w.x1]
    body_size = statistics.median(w.size for w in words)
    crossing += [w for row in rows[:MAX_SPANNING_ROWS] for w in _runs_across(row, gutter, body_size)]
    top_limit = max((w.bottom for w in crossing), default=float("-inf"))
    spanning = [w for w in words if w.bottom <= top_limit + 0.5]
    body = [w for w in words if w.bottom > top_limit + 0.5]
    left_rows = rows_of([w for w in body if w.x1 <= gutter])
    right_rows = rows_of([w for w in body if w.x0 >= gutter])
    if min(len(left_rows), len(right_rows)) < MIN_COLUMN_SEGMENTS:
        return None
    narrow = left_rows if gutter < width / 2 else right_rows
    if _date_share([s for row in narrow for s in row]) >= DATE_MARGIN_SHARE:
        return None
    if narrow is left_rows and _heading_share(narrow) >= HEADING_MARGIN_SHARE:
        return None  # a margin of section headings beside the entries, not a sidebar
    return spanning, left_rows, right_rows


def _runs_across(row: list[Segment], gutter: float, body_size: float) -> list[Word]:
    """The two words either side of the gutter when a top row's text goes on through it: no word
    crosses the gutter, but the gap there is a word space of a large run ("JANE  DOE" printed over
    both columns, the gutter between the two names) or no wider than a letter-spaced run's gaps
    between its letters ("J A N E  D O E": each letter is a word of its own)."""
    words = sorted((w for seg in row for w in seg.words), key=_X0_KEY)
    left = [w for w in words if w.x1 <= gutter]
    right = [w for w in words if w.x0 >= gutter]
    if not left or not right:
        return []
    before, after = left[-1], right[0]
    gap = after.x0 - before.x1
    if before.size == after.size >= LARGE_RUN_RATIO * body_size and gap <= LARGE_RUN_SPACE_EM * after.size:
        return [before, after]
    if len(before.text) != 1 or len(after.text) != 1:
        return []
    letter_gaps = [b.x0 - a.x1 for a, b in itertools.pairwise(words) if len(a.text) == 1 and len(b.text) == 1]
    if len(letter_gaps) < MIN_TRACKED_GAPS:
        return []
    usual = statistics.median_high(letter_gaps)
    return [before, after] if gap <= TRACKED_GAP_SLACK * usual else []


def _heading_share(rows: list[list[Segment]]) -> float:
    """The share of rows that are a section heading, alone or with the row before or after
    (a heading wrapped in a narrow margin: "Honors and" over "Awards")."""
    texts = [" ".join(seg.text for seg in row) for row in rows]
    if not texts:
        return 0.0
    hits = 0
    for n, text in enumerate(texts):
        wrapped = []
        if n > 0:
            wrapped.append(f"{texts[n - 1]} {text}")
        if n + 1 < len(texts):
            wrapped.append(f"{text} {texts[n + 1]}")
        hits += _is_side_heading(text) or any(heading_kind(t) is not None for t in wrapped)
    return hits / len(texts)


def _find_gutter(rows: list[list[Segment]], width: float) -> float | None:
    """The middle of the widest gap in the central band, counting only rows below any spanning top rows."""
    low, high = GUTTER_BAND[0] * width, GUTTER_BAND[1] * width
    spans = sorted(
        (w.x0, w.x1, n)
        for n, row in enumerate(rows)
        for seg in row
        for w in seg.words
        if w.x1 > low and w.x0 < high
    )
    for skip in range(0, MAX_SPANNING_ROWS + 1):
        kept = [(x0, x1) for x0, x1, n in spans if n >= skip] if skip else [(x0, x1) for x0, x1, _ in spans]
        gap = _widest_gap(kept, low, high)
        if gap is not None:
            return gap
    return None


def _widest_gap(spans: list[tuple[float, float]], low: float, high: float) -> float | None:
    """The middle of the widest gap between the sorted (x0, x1) spans, inside (low, high)."""
    best: tuple[float, float] | None = None
    cursor = low
    for x0, x1 in spans:
        if x0 - cursor >= MIN_GUTTER_WIDTH and cursor > low:
            gap = (cursor, min(x0, high))
            if best is None or gap[1] - gap[0] > best[1] - best[0]:
                best = gap
        if x1 > cursor:
            cursor = x1
    return None if best is None else (best[0] + best[1]) / 2


def _date_share(segments: list[Segment]) -> float:
    if not segments:
        return 0.0
    return sum(1 for s in segments if YEARISH_RE.search(s.text)) / len(segments)


def _drop_furniture(pages: list[PdfPage]) -> Iterator[tuple[PdfPage, list[Segment]]]:
    """Yield (page, row) without page numbers and running headers/footers.

    A row in the top or bottom band is furniture when it is only a page number, or when the same
    text, with the page's own number masked, stands in that band on two or more pages ("Jane Doe
    - CV - page 2"). Other digits are kept: "Reviewer, NeurIPS 2021" and "... 2023" differ.
    """

    def band_rows(page: PdfPage) -> Iterator[tuple[list[Segment], str]]:
        for row in page.rows:
            top = min(s.top for s in row)
            if top < FURNITURE_BAND * page.height or top > (1 - FURNITURE_BAND) * page.height:
                yield row, _furniture_key(" ".join(s.text for s in row), page.number)

    counts: Counter[str] = Counter()
    for page in pages:
        counts.update({key for _, key in band_rows(page)})
    repeated = {key for key, n in counts.items() if n >= 2 and len(pages) >= 2}
    for page in pages:
        furniture = {
            id(row)
            for row, key in band_rows(page)
            if key in repeated or PAGE_NUMBER_RE.fullmatch(" ".join(s.text for s in row).strip())
        }
        for row in page.rows:
            if id(row) not in furniture:
                yield page, row


def _is_side_heading(text: str) -> bool:
    """Words that name a section ("EDUCATION", "Invited Talks", "Editorial Activities")."""
    if any(ch.isdigit() for ch in text):
        return False
    return heading_kind(text) is not None or heading_head_kind(text, edges_only=True) is not None


def _entry_column(rows: list[tuple[PdfPage, list[Segment]]]) -> float | None:
    """The x where entries start beside side-column headings, or None when there are none: the
    commonest start of a row's second segment after a first segment that is a heading."""
    starts: list[float] = []
    for page, row in rows:
        if len(row) < 2 or row[1].x0 > SIDE_COLUMN_MAX_SHARE * max(row[-1].x1, page.width):
            continue  # a right-aligned date or place is a cell, not the entries' column
        if not any(ch.isdigit() for ch in row[0].text) and heading_kind(row[0].text) is not None:
            starts.append(row[1].x0)
    if len(starts) < SIDE_HEADING_MIN_ROWS:
        return None
    anchor = Counter(round(x) for x in starts).most_common(1)[0][0]
    near = [x for x in starts if abs(x - anchor) <= SIDE_COLUMN_TOLERANCE]
    return min(near) if len(near) >= SIDE_HEADING_MIN_ROWS else None


def _split_side_headings(
    rows: list[tuple[PdfPage, list[Segment]]],
) -> Iterator[tuple[PdfPage, list[Segment]]]:
    """Rows with a side-column heading before the entries' column become two rows: the heading,
    then the rest (the heading's words may share a segment with the entry's when the gap is narrow).
    A heading wrapped in the side column ("Honors and" over "Awards  <entry>") is joined first."""
    column = _entry_column(rows)
    if column is None:
        yield from rows
        return
    split = [_side_words(row, column) for _, row in rows]
    n = 0
    while n < len(rows):
        page, row = rows[n]
        head, rest = split[n]
        following = split[n + 1][0] if n + 1 < len(rows) and rows[n + 1][0] is page else []
        if head and following and _wraps(head, following):
            yield page, [Segment(head), Segment(following)]  # two rows' words: a space between
            if rest:
                yield page, _resegment(row, rest)
            next_rest = split[n + 1][1]
            if next_rest:
                yield page, _resegment(rows[n + 1][1], next_rest)
            n += 2
            continue
        later = _centred_wrap(rows, split, n, column) if head and not following else None
        if later is not None:
            # a heading centred on its entries, its words a few rows apart ("Research" ... "Interests")
            yield page, [Segment(head), Segment(split[later][0])]
            if rest:
                yield page, _resegment(row, rest)
            yield from rows[n + 1 : later]
            if split[later][1]:
                yield page, _resegment(rows[later][1], split[later][1])
            n = later + 1
            continue
        if head and rest and _is_side_heading(Segment(head).text):
            yield page, [Segment(head)]
            yield page, _resegment(row, rest)
        else:
            yield page, row
        n += 1


def _centred_wrap(
    rows: list[tuple[PdfPage, list[Segment]]],
    split: list[tuple[list[Word], list[Word]]],
    n: int,
    column: float,
) -> int | None:
    """The row, at most SIDE_HEADING_WRAP_ROWS below row ``n``, whose side-column words are the second
    line of the heading whose first line is row ``n``'s side words: set in the same size at most
    SIDE_HEADING_WRAP_PITCH of it below, with only entry rows between, the two together a heading."""
    head = split[n][0]
    page = rows[n][0]
    for later in range(n + 1, min(n + 1 + SIDE_HEADING_WRAP_ROWS, len(rows))):
        later_page, later_row = rows[later]
        if later_page is not page:
            return None
        second = split[later][0]
        if second:
            pitch = second[0].top - head[0].top
            same_size = abs(second[0].size - head[0].size) <= SIDE_HEADING_SIZE_TOLERANCE
            joined = f"{Segment(head).text} {Segment(second).text}"
            wrapped = same_size and 0 < pitch <= SIDE_HEADING_WRAP_PITCH * head[0].size
            return later if wrapped and _is_side_heading(joined) else None
        if min(seg.x0 for seg in later_row) < column - SIDE_COLUMN_SLACK:
            return None  # a row starting in the side column: not the heading's entries
    return None


def _wraps(head: list[Word], following: list[Word]) -> bool:
    """Whether two side-column fragments are one heading wrapped over two rows: set in one size and
    not a list item, together they are a heading of the vocabulary, or together a heading when the
    first alone is not ("Faculty" over "Positions"). A smaller row under a heading is a sub-heading
    ("External" under "Grants and fellowships") or the heading's first entry, not its second line."""
    if abs(head[0].size - following[0].size) > SIDE_HEADING_SIZE_TOLERANCE:
        return False
    if BULLET_RE.match(Segment(head).text) or BULLET_RE.match(Segment(following).text):
        return False  # "• Introduction to Python": an entry's bullet in the side column
    joined = f"{Segment(head).text} {Segment(following).text}"
    if heading_kind(joined) is not None:
        return True
    return _is_side_heading(joined) and not _is_side_heading(Segment(head).text)


def _side_words(row: list[Segment], column: float) -> tuple[list[Word], list[Word]]:
    """(the row's words in the side column, the rest), or ([], []) when the row does not start
    in the side column or runs across the entries' column edge."""
    words = [w for seg in row for w in seg.words]
    head = [w for w in words if w.x1 <= column - SIDE_COLUMN_TOLERANCE / 2]
    rest = words[len(head) :]
    if not head or head != words[: len(head)] or (rest and rest[0].x0 < column - SIDE_COLUMN_SLACK):
        return [], []
    min_gap = max(SIDE_HEADING_MIN_GAP, SIDE_HEADING_MIN_GAP_EM * head[-1].size)
    if rest and rest[0].x0 - head[-1].x1 < min_gap:
        return [], []  # one word cut at a glyph ("A" + "ffiliate"), or a word space: not two columns
    if any(ch.isdigit() for w in head for ch in w.text):
        return [], []  # a date margin, not a heading column
    return head, rest


def _resegment(row: list[Segment], rest: list[Word]) -> list[Segment]:
    """The row's segments restricted to ``rest`` (the words after a split-off heading)."""
    kept = {id(w) for w in rest}
    segments = [Segment([w for w in seg.words if id(w) in kept]) for seg in row]
    return [seg for seg in segments if seg.words]


def _furniture_key(text: str, page_number: int) -> str:
    return re.sub(rf"(?<!\d){page_number}(?!\d)", "#", text.casefold()).strip()


def _typical_gap(rows: list[tuple[PdfPage, list[Segment]]]) -> float:
    """The median vertical gap between consecutive rows of one page: the document's line spacing."""
    gaps: list[float] = []
    for (page_a, row_a), (page_b, row_b) in itertools.pairwise(rows):
        if page_a is page_b:
            bottom = row_a[0].words[0].bottom
            for s in row_a:
                for w in s.words:
                    if w.bottom > bottom:
                        bottom = w.bottom
            gap = min(s.top for s in row_b) - bottom
            if gap >= 0:
                gaps.append(gap)
    return statistics.median(gaps) if gaps else 0.0


def _number_lines(row_iter: Iterator[tuple[PdfPage, list[Segment]]]) -> Iterator[Line]:
    rows = list(row_iter)
    typical = _typical_gap(rows)
    number = 0
    previous: tuple[int, float, float] | None = None  # page, bottom, size of the previous row
    for page, row in rows:
        words = [w for seg in row for w in seg.words]
        cells = [seg.text for seg in row]
        text = " ".join(cells).strip()
        if not text:
            continue
        marker = BULLET_RE.match(text)
        if marker:  # a drawn bullet ("•", "–", "▪") starts a list item; the marker is not content
            text = text[marker.end() :]
            cells[0] = BULLET_RE.sub("", cells[0], count=1)
            cells = [c for c in cells if c]
            if not text:
                continue
        sizes: dict[float, int] = {}
        bold_chars = italic_chars = 0
        first = words[0]
        top, bottom, x0, x1 = first.top, first.bottom, first.x0, first.x1
        for w in words:
            n = len(w.text)
            sizes[w.size] = sizes.get(w.size, 0) + n
            if w.bold:
                bold_chars += n
            if w.italic:
                italic_chars += n
            if w.top < top:
                top = w.top
            if w.bottom > bottom:
                bottom = w.bottom
            if w.x0 < x0:
                x0 = w.x0
            if w.x1 > x1:
                x1 = w.x1
        total = sum(sizes.values()) or 1
        size = max(sizes, key=sizes.__getitem__)  # the first of the most common, as Counter gives it
        gap = False
        if previous is not None:
            prev_page, prev_bottom, prev_size = previous
            # wider than the document's own line spacing by half a line: a paragraph or entry break
            # a page break is not a blank line: entries run on across pages
            limit = typical + BLANK_GAP_RATIO * max(size, prev_size)
            gap = prev_page == page.number and (top - prev_bottom) > limit
        previous = (page.number, bottom, size)
        bold = bold_chars * 2 > total
        italic = italic_chars * 2 > total
        # a mostly bold line keeps its bold runs apart when a word of it is regular: a bold title
        # before a regular tail on the same line ("Title" bold, "Manuscript in preparation" regular)
        # is told from it; a line all in bold (a regular bullet or comma aside) has none
        mixed = bold and any(not w.bold and _has_word(w.text) for w in words)
        yield Line(
            text=text,
            number=number,
            page=page.number,
            size=size,
            bold=bold,
            italic=italic,
            x0=round(x0, 1),
            x1=round(x1, 1),
            top=round(top, 1),
            bottom=round(bottom, 1),
            blank_before=gap,
            bold_spans=_runs(words, _is_bold) if bold_chars and not bold else (),
            mostly_bold_spans=_runs(words, _is_bold) if mixed else (),
            italic_spans=_runs(words, _is_italic) if italic_chars and not italic else (),
            links=_links_on(words, page.links, (x0, top, x1, bottom), size) if page.links else (),
            list_item=bool(marker),
            cells=tuple(cells) if len(cells) > 1 else (),
        )
        number += 1


def _has_word(text: str) -> bool:
    return any(ch.isalnum() for ch in text)


def _is_bold(word: Word) -> bool:
    return word.bold


def _is_italic(word: Word) -> bool:
    return word.italic


def _runs(words: list[Word], styled: Callable[[Word], bool]) -> tuple[str, ...]:
    """The runs of consecutive words in one style (bold, italic) inside a line."""
    runs: list[list[str]] = []
    previous = False
    for w in words:
        if styled(w):
            if previous:
                runs[-1].append(w.text)
            else:
                runs.append([w.text])
        previous = styled(w)
    return tuple(" ".join(r).strip(" ,;.") for r in runs if "".join(r).strip(" ,;."))


def _links_on(
    words: list[Word], links: list[Link], box: tuple[float, float, float, float], size: float
) -> tuple[LinkSpan, ...]:
    """The link annotations over the line's words, with the words they cover; and a link over no
    word whose middle sits inside the line's height, within ``ICON_LINK_REACH_EM`` of its ends,
    with no text: an icon glyph the reader dropped ("Jane Doe | [scholar icon] | [orcid icon]")
    still links the owner's profiles."""
    spans: list[LinkSpan] = []
    line_x0, line_top, line_x1, line_bottom = box
    reach = ICON_LINK_REACH_EM * size
    for x0, top, x1, bottom, uri in links:
        covered = [
            w.text
            for w in words
            if w.x1 > x0 + 0.5 and w.x0 < x1 - 0.5 and w.bottom > top + 0.5 and w.top < bottom - 0.5
        ]
        if covered:
            spans.append(LinkSpan(text=" ".join(covered), url=uri))
            continue
        middle_x, middle_y = (x0 + x1) / 2, (top + bottom) / 2
        if line_top <= middle_y <= line_bottom and line_x0 - reach <= middle_x <= line_x1 + reach:
            spans.append(LinkSpan(text="", url=uri))
    return tuple(spans)
