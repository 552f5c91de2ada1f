"""The pdfplumber reader: each page's words with font name and size, handed to ``layout``.
The only module that imports pdfplumber.

It is the reference the pdfium reader (``read/pdfium.py``, the default) is compared against, and
the fallback when pdfium cannot open a file. Everything after "words with boxes and fonts" (rows,
columns, date margins, cells, furniture, links on lines) is shared, in ``read/layout.py``.
"""

from __future__ import annotations

import contextlib
import logging
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pdfplumber
from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
from pdfminer.pdfparser import PDFSyntaxError
from pdfplumber.utils.exceptions import PdfminerException
from pdfplumber.utils.text import extract_words as pdfplumber_words

from extractor.errors import InputError
from extractor.read.layout import (
    X_TOLERANCE_RATIO,
    PdfPage,
    PdfResult,
    accent_letters,
    accented,
    has_accent_glyphs,
    is_icon_font,
    lay_out_page,
    lines_from_pages,
    make_word,
)

logger = logging.getLogger(__name__)
# pdfminer and pdfplumber log damage ("MediaBox missing") as warnings; with no handler configured,
# logging's last resort would print them on stderr, past the CLI's one line per unreadable input.
# They still reach the root logger's handlers (extract --verbose).
for _library in ("pdfminer", "pdfplumber"):
    logging.getLogger(_library).addHandler(logging.NullHandler())


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
    lines = lines_from_pages(pages)
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
    raw = pdfplumber_words(
        _with_accents_attached(page.chars),
        x_tolerance_ratio=X_TOLERANCE_RATIO,
        keep_blank_chars=False,
        extra_attrs=["fontname", "size"],
    )
    links = [
        (float(a["x0"]), float(a["top"]), float(a["x1"]), float(a["bottom"]), str(a["uri"]))
        for a in page.hyperlinks
        if a.get("uri")
    ]
    words = [
        make_word(
            _visible_text(w, links),
            float(w["x0"]),
            float(w["x1"]),
            float(w["top"]),
            float(w["bottom"]),
            float(w.get("size") or 0.0),
            str(w.get("fontname") or ""),
        )
        for w in raw
        if w["upright"]
    ]
    words = [w for w in words if w.text]
    return lay_out_page(page.page_number, float(page.width), float(page.height), words, links)


def _with_accents_attached(chars: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """pdfplumber's characters with each accent glyph put on its letter (``layout.accent_letters``)."""
    if not has_accent_glyphs(c["text"] for c in chars):
        return chars
    pairs = accent_letters([(c["text"], c["x0"], c["x1"], c["top"], c["size"]) for c in chars])
    out = list(chars)
    for accent, letter in pairs.items():
        out[letter] = {**chars[letter], "text": accented(chars[letter]["text"], chars[accent]["text"])}
    return [c for i, c in enumerate(out) if i not in pairs]


SOFT_HYPHEN = "\xad"


def _visible_text(word: dict[str, Any], links: list[tuple[float, float, float, float, str]]) -> str:
    """A word's text, or nothing for an icon no link covers that pdfminer spells by its code or
    glyph name ("]", "HOUSE-CHIMNEY"): pdfium finds no Unicode for such a glyph and the pdfium reader
    drops it. An icon with Unicode (a private-use code point, U+FFFD) stays, as it does with pdfium.
    A soft hyphen ending a word is the hyphen printed at a line break (pdfium's marked hyphen)."""
    text = str(word["text"])
    if text.endswith(SOFT_HYPHEN):
        text = text[:-1] + "-"
    if not text.isascii() or not is_icon_font(str(word.get("fontname") or "")):
        return text
    x, y = (float(word["x0"]) + float(word["x1"])) / 2, (float(word["top"]) + float(word["bottom"])) / 2
    if any(x0 <= x <= x1 and top <= y <= bottom for x0, top, x1, bottom, _ in links):
        return text
    return ""
