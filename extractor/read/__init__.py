"""Read one input (a path or "-" for stdin) into a Document of Lines.

The media type is sniffed from the bytes, never trusted from the extension: a PDF named
``.txt`` is read as a PDF, and random bytes named ``.pdf`` are refused with a clear reason.
Text is decoded by its BOM (UTF-8/UTF-16/UTF-32), then as UTF-8, then as Windows-1252.
"""

from __future__ import annotations

import hashlib
import sys
import tempfile
from pathlib import Path

from extractor.document import Document, Line, MediaType, SourceInfo
from extractor.errors import InputError
from extractor.options import ExtractOptions, PdfReader
from extractor.patterns.regexes import HTML_START_RE, MD_BOLD_RE, MD_ESCAPE_RE, MD_HEADING_RE, MD_LINK_RE
from extractor.read.docx import office_format
from extractor.read.html import HtmlPage, read_html_page
from extractor.read.layout import PdfResult
from extractor.read.text import read_text

STDIN = "-"
MARKDOWN_SUFFIXES = frozenset({".md", ".markdown", ".mdown", ".mkd"})
# Share of control bytes above which a file is binary, not text (tabs/newlines excluded).
BINARY_CONTROL_SHARE = 0.05
# How far into the file the PDF signature may start (the spec allows leading junk; 1 KiB is
# what Acrobat accepts).
PDF_SIGNATURE_WINDOW = 1024
# A text file with this many '#' heading lines is Markdown whatever its suffix.
MARKDOWN_MIN_HEADINGS = 3


def read_document(path: str, options: ExtractOptions, index: int = 0) -> Document:
    """Read ``path`` ("-" for stdin) into a Document.

    Raises:
        InputError: missing, a directory, unreadable, empty, too large, binary that is not a PDF,
            or a PDF that cannot be opened.
    """
    data = _read_bytes(path, options)
    digest = hashlib.sha256(data).hexdigest()
    media = sniff_media_type(data, path)
    warnings: list[str] = []
    cut_warning = f"{path}: text cut to the first {options.max_chars} characters (size limit)"
    if media is MediaType.PDF:
        return _read_pdf(data, path, index, digest, options)
    if media is MediaType.DOCX:
        from extractor.read.docx import read_docx  # python-docx is imported only when a Word file comes

        lines, title = read_docx(data, path)
        kept = _within_chars(lines, options.max_chars)
        source = SourceInfo(index=index, path=path, media_type=media, sha256=digest, pages=None)
        cut = (cut_warning,) if len(kept) < len(lines) else ()
        return Document(source=source, lines=kept, title=title, warnings=cut)
    if Path(path).suffix.casefold() == ".pdf":
        warnings.append(f"{path}: the name says PDF but the file holds text ({media.value}); read as text")
    text = decode_text(data, path)
    title = None
    page = HtmlPage(lines=(), title=None)
    if media is MediaType.HTML:
        # the limit counts visible text, not markup: a saved homepage can carry megabytes of inline
        # script before its first word (the file size limit bounds the markup)
        page = read_html_page(text)
        lines, title = page.lines, page.title
        kept = _within_chars(lines, options.max_chars)
        if len(kept) < len(lines):
            warnings.append(cut_warning)
            lines = kept
    else:
        if len(text) > options.max_chars:
            warnings.append(cut_warning)
            text = text[: options.max_chars]
        lines = read_text(text, markdown=media is MediaType.MARKDOWN)
    source = SourceInfo(index=index, path=path, media_type=media, sha256=digest, pages=None)
    return Document(
        source=source,
        lines=lines,
        title=title,
        warnings=tuple(warnings),
        anchors=page.anchors,
        meta=page.meta,
        hidden_emails=page.hidden_emails,
    )


def _within_chars(lines: tuple[Line, ...], limit: int) -> tuple[Line, ...]:
    """The leading lines whose text fits in ``limit`` characters."""
    total = 0
    for i, line in enumerate(lines):
        total += len(line.text)
        if total > limit:
            return lines[:i]
    return lines


def _read_bytes(path: str, options: ExtractOptions) -> bytes:
    if path == STDIN:
        data = sys.stdin.buffer.read(options.max_file_bytes + 1)
    else:
        file = Path(path)
        try:
            if file.is_dir():
                raise InputError(path, "is a directory, not a file")
            size = file.stat().st_size
            if size > options.max_file_bytes:
                raise InputError(path, f"file too large ({size} bytes; limit {options.max_file_bytes})")
            data = file.read_bytes()
        except FileNotFoundError as e:
            raise InputError(path, "no such file") from e
        except PermissionError as e:
            raise InputError(path, "permission denied") from e
        except IsADirectoryError as e:
            raise InputError(path, "is a directory, not a file") from e
        except OSError as e:
            raise InputError(path, f"cannot be read ({e.strerror or type(e).__name__})") from e
    if len(data) > options.max_file_bytes:
        raise InputError(path, f"input too large (limit {options.max_file_bytes} bytes)")
    if not data.strip():
        raise InputError(path, "empty file")
    return data


def sniff_media_type(data: bytes, path: str) -> MediaType:
    """Tell PDF, Word, HTML, Markdown and plain text apart by content (the suffix only picks Markdown).

    Raises:
        InputError: binary data that is not a PDF or Word file; .doc, .odt, .rtf and .pages files.
    """
    if b"%PDF-" in data[:PDF_SIGNATURE_WINDOW]:
        return MediaType.PDF
    office = office_format(data, Path(path).suffix)
    if office == "docx":
        return MediaType.DOCX
    if office is not None:
        raise InputError(path, office)  # .doc, .odt, .rtf, .pages: named, with what to do instead
    if _looks_binary(data):
        raise InputError(path, "not a PDF, HTML or text file (binary data)")
    head = decode_text(data[:4096], path)
    if HTML_START_RE.match(head.lstrip("\ufeff")):
        return MediaType.HTML
    if Path(path).suffix.casefold() in MARKDOWN_SUFFIXES or _looks_markdown(decode_text(data[:65536], path)):
        return MediaType.MARKDOWN
    return MediaType.TEXT


def _looks_markdown(text: str) -> bool:
    """Markdown saved as .txt (a PDF converted to Markdown): '#' headings plus emphasis or escapes."""
    lines = text.splitlines()
    headings = sum(1 for ln in lines if MD_HEADING_RE.match(ln.strip()))
    emphasis = len(MD_BOLD_RE.findall(text)) + len(MD_ESCAPE_RE.findall(text)) + len(MD_LINK_RE.findall(text))
    return headings >= MARKDOWN_MIN_HEADINGS or (headings >= 1 and emphasis >= 2)


def _looks_binary(data: bytes) -> bool:
    sample = data[:8192]
    if sample.startswith((b"\xff\xfe", b"\xfe\xff", b"\xef\xbb\xbf")):
        return False  # a BOM: UTF-16/UTF-8 text, whose NUL bytes are expected
    if b"\x00" in sample:
        return True
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13))
    if controls > BINARY_CONTROL_SHARE * len(sample):
        return True
    try:
        sample.decode("utf-8")
        return False
    except UnicodeDecodeError as e:
        if e.start >= len(sample) - 4:
            return False  # a multi-byte character cut at the sample's end
    # not UTF-8: single-byte text (Latin-1, Windows-1252) is mostly printable ASCII
    printable = sum(1 for b in sample if 32 <= b < 127 or b in (9, 10, 13))
    return printable < 0.75 * len(sample)


def decode_text(data: bytes, path: str) -> str:
    """Decode by BOM, then UTF-8, then Windows-1252 (which maps almost every byte)."""
    for bom, codec in (
        (b"\xef\xbb\xbf", "utf-8-sig"),
        (b"\xff\xfe\x00\x00", "utf-32"),
        (b"\x00\x00\xfe\xff", "utf-32"),
        (b"\xff\xfe", "utf-16"),
        (b"\xfe\xff", "utf-16"),
    ):
        if data.startswith(bom):
            return data.decode(codec, errors="replace").replace("\x00", "")
    try:
        return data.decode("utf-8").replace("\x00", "")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace").replace("\x00", "")


def _read_pdf(data: bytes, path: str, index: int, digest: str, options: ExtractOptions) -> Document:
    if path == STDIN:
        with tempfile.NamedTemporaryFile(suffix=".pdf") as tmp:
            tmp.write(data)
            tmp.flush()
            result = read_pdf_file(Path(tmp.name), path, options)
    else:
        result = read_pdf_file(Path(path), path, options)
    source = SourceInfo(index=index, path=path, media_type=MediaType.PDF, sha256=digest, pages=result.pages)
    return Document(source=source, lines=result.lines, title=result.title, warnings=result.warnings)


def read_pdf_file(file: Path, display: str, options: ExtractOptions) -> PdfResult:
    """Read a PDF with the chosen reader; pdfplumber when pdfium cannot open the file.

    Raises:
        InputError: the file is not a readable PDF (corrupt, encrypted with a password).
    """
    if options.reader is PdfReader.PDFIUM:
        from extractor.read.pdfium import read_pdfium  # pypdfium2 is imported only when a PDF comes

        result = read_pdfium(file, display, options.max_pages)
        if result is not None:
            return result
    from extractor.read.pdf import read_pdf  # pdfplumber likewise

    return read_pdf(file, display, options.max_pages)
