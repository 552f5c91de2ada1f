"""PDF -> Lines, with the visual cues later stages need. The only module that imports pdfplumber.

Heuristic, per page:
1. words from ``extract_words`` with font name and size, using a size-relative x tolerance
   (pdfplumber's default 3 pt glues words in tightly set CVs: "AcademicPublishingRecord");
2. words grouped into rows by baseline, rows cut into segments at wide horizontal gaps;
3. if a clean vertical gutter splits the page into two text columns (a sidebar, two-column
   layouts), each column is read top to bottom, the narrower sidebar first when it is on the
   left; a margin column of dates (moderncv, awesome-cv) is NOT a text column: its dates stay on
   the row of the entry they sit beside, in left-to-right order;
4. repeated page furniture (running headers/footers, page numbers) is dropped afterwards,
   across pages;
5. link annotations are attached to the line whose words they cover.

Known limits: no OCR (an image-only PDF yields no lines and a warning); three or more text
columns are read as two; rotated text is read as pdfminer gives it.
"""

from __future__ import annotations

import contextlib
import itertools
import logging
import os
import re
import statistics
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pdfplumber
from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
from pdfminer.pdfparser import PDFSyntaxError
from pdfplumber.utils.exceptions import PdfminerException

from extractor.document import Line, LinkSpan
from extractor.errors import InputError
from extractor.patterns.regexes import (
    BOLD_FONT_RE,
    BULLET_RE,
    CID_RE,
    ITALIC_FONT_RE,
    PAGE_NUMBER_RE,
    YEARISH_RE,
)

logger = logging.getLogger(__name__)
# pdfminer and pdfplumber log damage ("MediaBox missing") as warnings; with no handler configured,
# logging's last resort would print them on stderr, past the CLI's one line per unreadable input.
# They still reach the root logger's handlers (extract --verbose).
for _library in ("pdfminer", "pdfplumber"):
    logging.getLogger(_library).addHandler(logging.NullHandler())

# A gap between two characters wider than this fraction of the font size starts a new word.
# 0.15 em splits words set with positioning instead of space characters, yet keeps kerned pairs.
X_TOLERANCE_RATIO = 0.15
# Words whose tops differ by less than this fraction of their size share a row (a baseline).
ROW_TOLERANCE_RATIO = 0.45
# ... or when their boxes overlap vertically by this share of the smaller box (a superscript).
ROW_OVERLAP_SHARE = 0.6
# A horizontal gap wider than this many font sizes splits a row into segments (cells).
SEGMENT_GAP_RATIO = 1.6
# A gutter must be at least this wide (points) and lie within this central band of the page.
MIN_GUTTER_WIDTH = 3.0  # LibreOffice two-column CVs leave as little as 4 pt between columns
GUTTER_BAND = (0.18, 0.82)
# A column holds a real text stream only with at least this many rows on each side.
MIN_COLUMN_SEGMENTS = 6
# At most this many rows at the top of a page may span both columns (a centred name or title).
MAX_SPANNING_ROWS = 3
# When at least this share of the narrow side's segments carry a year, it is a date margin.
DATE_MARGIN_SHARE = 0.5
# A vertical gap this many font sizes wider than the usual line spacing is a blank line.
BLANK_GAP_RATIO = 0.5
# Page furniture lives in the top/bottom band of this share of the page height.
FURNITURE_BAND = 0.07


@dataclass(slots=True)
class _Word:
    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float
    bold: bool
    italic: bool


@dataclass(slots=True)
class _Segment:
    words: list[_Word]

    @property
    def x0(self) -> float:
        return self.words[0].x0

    @property
    def x1(self) -> float:
        return self.words[-1].x1

    @property
    def top(self) -> float:
        return min(w.top for w in self.words)

    @property
    def text(self) -> str:
        # words split only by a font change ("Doe*" bold, "," regular) touch: no space between them
        out = self.words[0].text
        for prev, word in zip(self.words, self.words[1:], strict=False):
            touching = word.x0 - prev.x1 < X_TOLERANCE_RATIO * max(prev.size, word.size, 1.0)
            out += word.text if touching else f" {word.text}"
        return out


@dataclass(slots=True)
class PdfPage:
    """One page's rows, each a list of segments in reading order, before numbering."""

    number: int
    height: float
    rows: list[list[_Segment]]
    links: list[tuple[float, float, float, float, str]]


@dataclass(frozen=True, slots=True)
class PdfResult:
    lines: tuple[Line, ...]
    pages: int
    title: str | None
    warnings: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Probe:
    pages: int
    has_text: bool
    rotated: bool  # a page carries /Rotate 90, 180 or 270


def probe_pdf(path: Path, max_pages: int) -> Probe | None:
    """Fast check with pypdfium2 (about 1.5 ms a page) of the first ``max_pages`` pages: page
    count, whether any has a text layer, whether any is rotated; None when pdfium cannot open
    the file (pdfminer, which is more lenient with some damage, then decides)."""
    import pypdfium2  # pdfplumber's own dependency; imported lazily, only for the probe

    try:
        pdf = pypdfium2.PdfDocument(str(path))
    except (pypdfium2.PdfiumError, OSError):
        return None
    try:
        count = len(pdf)
        has_text = rotated = False
        for index in range(min(count, max_pages)):
            page = pdf[index]
            rotated = rotated or page.get_rotation() % 360 != 0
            if not has_text:
                textpage = page.get_textpage()
                has_text = textpage.count_chars() > 0
                textpage.close()
            page.close()
        return Probe(pages=count, has_text=has_text, rotated=rotated)
    except pypdfium2.PdfiumError:
        return None
    finally:
        pdf.close()


def _derotated_copy(path: Path, max_pages: int) -> Path:
    """A temporary copy with every page's /Rotate set to 0, so pdfplumber sees upright words."""
    import tempfile

    import pypdfium2

    pdf = pypdfium2.PdfDocument(str(path))
    try:
        for index in range(min(len(pdf), max_pages)):
            page = pdf[index]
            page.set_rotation(0)
            page.close()
        fd, name = tempfile.mkstemp(suffix=".pdf")
        os.close(fd)
        pdf.save(name)
        return Path(name)
    finally:
        pdf.close()


def read_pdf(path: Path, display: str, max_pages: int) -> PdfResult:
    """Read a PDF into Lines.

    Raises:
        InputError: the file is not a readable PDF (corrupt, encrypted with a password).
    """
    probe = probe_pdf(path, max_pages)
    if probe is not None and not probe.has_text:
        # no character on any page read: scanned images; pdfplumber would find nothing either
        return PdfResult(
            lines=(),
            pages=probe.pages,
            title=None,
            warnings=(f"{display}: no text layer; OCR is not built in",),
        )
    if probe is not None and probe.rotated:
        # rotated pages come out as sideways, one-letter words; read an upright copy instead
        copy = _derotated_copy(path, max_pages)
        try:
            return _read_with_pdfplumber(copy, display, max_pages)
        finally:
            copy.unlink(missing_ok=True)
    return _read_with_pdfplumber(path, display, max_pages)


def _read_with_pdfplumber(path: Path, display: str, max_pages: int) -> PdfResult:
    warnings: list[str] = []
    try:
        pdf = pdfplumber.open(path)
    except PdfminerException as e:
        raise InputError(display, _pdf_reason(e)) from e
    except (PDFSyntaxError, PDFEncryptionError, PDFPasswordIncorrect) as e:
        raise InputError(display, _pdf_reason(e)) from e
    except MemoryError:
        raise  # a decompression bomb: the guard reports it as too_large
    except Exception as e:  # damaged files make pdfminer raise TypeError, KeyError, ValueError, ...
        raise InputError(display, _pdf_reason(e)) from e
    pages: list[PdfPage] = []
    try:
        try:
            total = len(pdf.pages)
            title = _metadata_title(pdf.metadata)
        except MemoryError:
            raise
        except Exception as e:  # a broken page tree or box: pdfplumber lets TypeError and others through
            raise InputError(display, _pdf_reason(e)) from e
        if total > max_pages:
            warnings.append(f"{display}: read the first {max_pages} of {total} pages (page limit)")
        for page in pdf.pages[:max_pages]:
            try:
                pages.append(_read_page(page))
            except Exception as e:
                if isinstance(e, MemoryError) or (isinstance(e, PdfminerException) and _out_of_memory(e)):
                    raise MemoryError(f"page {page.page_number}") from e  # a bomb: the guard says too_large
                warnings.append(f"{display}: page {page.page_number} could not be read ({_pdf_reason(e)})")
            finally:
                page.close()  # frees the page's cached objects: peak memory 317 MB -> 62 MB on 53 pages
    except PdfminerException as e:
        raise InputError(display, _pdf_reason(e)) from e
    finally:
        with contextlib.suppress(Exception):  # close() walks the page tree again, which may be what broke
            pdf.close()
    lines = tuple(_number_lines(_drop_furniture(pages)))
    if not lines:
        warnings.append(f"{display}: no text layer; OCR is not built in")
    return PdfResult(lines=lines, pages=total, title=title, warnings=tuple(warnings))


def _out_of_memory(error: PdfminerException) -> bool:
    """pdfplumber wraps what pdfminer raises, a MemoryError from inflating a stream included."""
    return bool(error.args) and isinstance(error.args[0], MemoryError)


def _pdf_reason(error: BaseException) -> str:
    inner = error.args[0] if isinstance(error, PdfminerException) and error.args else error
    if isinstance(inner, PDFPasswordIncorrect | PDFEncryptionError):
        return "encrypted PDF (a password is needed)"
    message = str(inner).strip()
    return f"not a readable PDF ({message or type(inner).__name__})"


def _metadata_title(metadata: dict[str, Any]) -> str | None:
    title = metadata.get("Title")
    if isinstance(title, bytes):
        title = title.decode("utf-8", "ignore")
    if isinstance(title, str) and title.strip():
        return title.strip()
    return None


def _read_page(page: Any) -> PdfPage:
    raw = page.extract_words(
        x_tolerance_ratio=X_TOLERANCE_RATIO,
        keep_blank_chars=False,
        extra_attrs=["fontname", "size"],
    )
    words = [_to_word(w) for w in raw if w["upright"]]
    words = [w for w in words if w.text]
    rows = _page_rows(words, float(page.width))
    links = [
        (float(a["x0"]), float(a["top"]), float(a["x1"]), float(a["bottom"]), str(a["uri"]))
        for a in page.hyperlinks
        if a.get("uri")
    ]
    return PdfPage(number=page.page_number, height=float(page.height), rows=rows, links=links)


def _to_word(raw: dict[str, Any]) -> _Word:
    font = str(raw.get("fontname") or "")
    text = CID_RE.sub("", str(raw["text"]))
    return _Word(
        text=text.strip(),
        x0=float(raw["x0"]),
        x1=float(raw["x1"]),
        top=float(raw["top"]),
        bottom=float(raw["bottom"]),
        size=round(float(raw.get("size") or 0.0), 1),
        bold=bool(BOLD_FONT_RE.search(font)),
        italic=bool(ITALIC_FONT_RE.search(font)),
    )


def _rows(words: list[_Word]) -> list[list[_Segment]]:
    """Group words into rows by baseline, then cut each row into segments at wide gaps."""
    rows: list[list[_Word]] = []
    for word in sorted(words, key=lambda w: (w.bottom, w.x0)):
        if rows:
            last = rows[-1]
            ref = last[0]
            # same row: baselines close (by the smaller font, so a large name does not swallow the
            # small tagline under it) and the boxes overlapping vertically
            tolerance = ROW_TOLERANCE_RATIO * max(min(ref.size, word.size), 1.0)
            overlap = min(ref.bottom, word.bottom) - max(ref.top, word.top)
            smaller = max(min(ref.bottom - ref.top, word.bottom - word.top), 0.1)
            if abs(word.bottom - ref.bottom) <= tolerance or overlap / smaller >= ROW_OVERLAP_SHARE:
                last.append(word)
                continue
        rows.append([word])
    result: list[list[_Segment]] = []
    for row in rows:
        row.sort(key=lambda w: w.x0)
        segments: list[_Segment] = [_Segment([row[0]])]
        for word in row[1:]:
            previous = segments[-1].words[-1]
            if word.x0 - previous.x1 > SEGMENT_GAP_RATIO * max(previous.size, word.size, 1.0):
                segments.append(_Segment([word]))
            else:
                segments[-1].words.append(word)
        result.append(segments)
    return result


def _page_rows(words: list[_Word], width: float) -> list[list[_Segment]]:
    """Rows of the page in reading order: column by column when the page has two text columns."""
    split = _two_columns(words, width)
    if split is None:
        return _rows(words)
    spanning, left, right = split
    return _rows(spanning) + _rows(left) + _rows(right)


def _two_columns(words: list[_Word], width: float) -> tuple[list[_Word], list[_Word], list[_Word]] | None:
    """(rows spanning the page at its top, left column, right column), or None for one column.

    A gutter is an x position in the central band that no word crosses, except in a few rows at
    the top (a name or title centred over both columns). A narrow side made mostly of dates is a
    date margin, not a text column: its dates stay on their entries' rows.
    """
    gutter = _find_gutter(words, width)
    if gutter is None:
        return None
    crossing = [w for w in words if w.x0 < gutter < w.x1]
    top_limit = max((w.bottom for w in crossing), default=float("-inf"))
    spanning = [w for w in words if w.bottom <= top_limit + 0.5]
    body = [w for w in words if w.bottom > top_limit + 0.5]
    left = [w for w in body if w.x1 <= gutter]
    right = [w for w in body if w.x0 >= gutter]
    left_rows, right_rows = _rows(left), _rows(right)
    if min(len(left_rows), len(right_rows)) < MIN_COLUMN_SEGMENTS:
        return None
    narrow = left_rows if gutter < width / 2 else right_rows
    if _date_share([s for row in narrow for s in row]) >= DATE_MARGIN_SHARE:
        return None
    return spanning, left, right


def _find_gutter(words: list[_Word], width: float) -> float | None:
    """The middle of the widest gap in the central band, counting only rows below any spanning top rows."""
    low, high = GUTTER_BAND[0] * width, GUTTER_BAND[1] * width
    rows = _rows(words)
    for skip in range(0, MAX_SPANNING_ROWS + 1):
        body = [w for row in rows[skip:] for seg in row for w in seg.words]
        gap = _widest_gap(body, low, high)
        if gap is not None:
            return gap
    return None


def _widest_gap(words: list[_Word], low: float, high: float) -> float | None:
    spans = sorted((w.x0, w.x1) for w in words if w.x1 > low and w.x0 < high)
    best: tuple[float, float] | None = None
    cursor = low
    for x0, x1 in spans:
        if x0 - cursor >= MIN_GUTTER_WIDTH and cursor > low:
            gap = (cursor, min(x0, high))
            if best is None or gap[1] - gap[0] > best[1] - best[0]:
                best = gap
        cursor = max(cursor, x1)
    return None if best is None else (best[0] + best[1]) / 2


def _date_share(segments: list[_Segment]) -> float:
    if not segments:
        return 0.0
    return sum(1 for s in segments if YEARISH_RE.search(s.text)) / len(segments)


def _drop_furniture(pages: list[PdfPage]) -> Iterator[tuple[PdfPage, list[_Segment]]]:
    """Yield (page, row) without page numbers and running headers/footers.

    A row in the top or bottom band is furniture when it is only a page number, or when the same
    text, with the page's own number masked, stands in that band on two or more pages ("Jane Doe
    - CV - page 2"). Other digits are kept: "Reviewer, NeurIPS 2021" and "... 2023" differ.
    """

    def band_rows(page: PdfPage) -> Iterator[tuple[list[_Segment], str]]:
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


def _furniture_key(text: str, page_number: int) -> str:
    return re.sub(rf"(?<!\d){page_number}(?!\d)", "#", text.casefold()).strip()


def _typical_gap(rows: list[tuple[PdfPage, list[_Segment]]]) -> float:
    """The median vertical gap between consecutive rows of one page: the document's line spacing."""
    gaps: list[float] = []
    for (page_a, row_a), (page_b, row_b) in itertools.pairwise(rows):
        if page_a is page_b:
            gap = min(s.top for s in row_b) - max(w.bottom for s in row_a for w in s.words)
            if gap >= 0:
                gaps.append(gap)
    return statistics.median(gaps) if gaps else 0.0


def _number_lines(row_iter: Iterator[tuple[PdfPage, list[_Segment]]]) -> Iterator[Line]:
    rows = list(row_iter)
    typical = _typical_gap(rows)
    number = 0
    previous: tuple[int, float, float] | None = None  # page, bottom, size of the previous row
    for page, row in rows:
        words = [w for seg in row for w in seg.words]
        text = " ".join(seg.text for seg in row).strip()
        if not text:
            continue
        cells = [seg.text for seg in row]
        marker = BULLET_RE.match(text)
        if marker:  # a drawn bullet ("•", "–", "▪") starts a list item; the marker is not content
            text = text[marker.end() :]
            cells[0] = BULLET_RE.sub("", cells[0], count=1)
            cells = [c for c in cells if c]
            if not text:
                continue
        chars = Counter[float]()
        bold_chars = italic_chars = 0
        for w in words:
            chars[w.size] += len(w.text)
            bold_chars += len(w.text) if w.bold else 0
            italic_chars += len(w.text) if w.italic else 0
        total = sum(chars.values()) or 1
        size = chars.most_common(1)[0][0]
        top = min(w.top for w in words)
        bottom = max(w.bottom for w in words)
        gap = False
        if previous is not None:
            prev_page, prev_bottom, prev_size = previous
            # wider than the document's own line spacing by half a line: a paragraph or entry break
            # a page break is not a blank line: entries run on across pages
            limit = typical + BLANK_GAP_RATIO * max(size, prev_size)
            gap = prev_page == page.number and (top - prev_bottom) > limit
        previous = (page.number, bottom, size)
        bold = bold_chars * 2 > total
        yield Line(
            text=text,
            number=number,
            page=page.number,
            size=size,
            bold=bold,
            italic=italic_chars * 2 > total,
            x0=round(min(w.x0 for w in words), 1),
            x1=round(max(w.x1 for w in words), 1),
            top=round(top, 1),
            bottom=round(bottom, 1),
            blank_before=gap,
            bold_spans=() if bold else _runs(words, lambda w: w.bold),
            italic_spans=() if italic_chars * 2 > total else _runs(words, lambda w: w.italic),
            links=_links_on(words, page.links),
            list_item=bool(marker),
            cells=tuple(cells) if len(cells) > 1 else (),
        )
        number += 1


def _runs(words: list[_Word], styled: Callable[[_Word], bool]) -> tuple[str, ...]:
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
    words: list[_Word], links: list[tuple[float, float, float, float, str]]
) -> tuple[LinkSpan, ...]:
    spans: list[LinkSpan] = []
    for x0, top, x1, bottom, uri in links:
        covered = [
            w.text
            for w in words
            if w.x1 > x0 + 0.5 and w.x0 < x1 - 0.5 and w.bottom > top + 0.5 and w.top < bottom - 0.5
        ]
        if covered:
            spans.append(LinkSpan(text=" ".join(covered), url=uri))
    return tuple(spans)
