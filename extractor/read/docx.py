"""Word (.docx) -> Lines, with the same cues the PDF and HTML readers give.

The only python-docx import. Why python-docx rather than docx2python: it walks the body's
paragraphs and tables in document order (``Document.iter_inner_content``, 1.0+), exposes each
run's bold and italic, each paragraph's style (so "Heading 2" -> heading level 2) and its
hyperlinks with their targets (``Hyperlink.address``); and it writes .docx too, so the tests build
real files with the same library instead of shipping binary fixtures.

Heuristic: one Line per non-empty paragraph; "Heading N" styles give heading_level N, the "Title"
style (the name line) is bold without a level; a paragraph whose text is all bold is ``bold``,
else its bold runs are ``bold_spans`` (italic the same); list styles and numbered paragraphs
(``w:numPr``) are list items; a table gives one Line per row, the cells' texts in ``cells`` and
joined by spaces in ``text`` (nested tables are read row by row too); hyperlinks become LinkSpans.
A page break before a paragraph marks a large gap (``break_before``). Headers, footers, footnotes,
comments, text boxes and images are not read (a CV's content is in the body); there are no page
numbers (``page`` is None).

Known limits: a heading made by hand (big bold text in the Normal style) is only ``bold``; the
segmenter's own rules decide whether it is a heading, as for HTML.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator

from extractor.document import Line, LinkSpan
from extractor.errors import InputError

# Style names (lower case, as python-docx reports them) of the document's title: the name line.
TITLE_STYLES = frozenset({"title"})
HEADING_STYLE_PREFIX = "heading "
LIST_STYLE_WORD = "list"
# Word files are zip archives: a decompression bomb is refused before python-docx inflates it.
MAX_UNCOMPRESSED_BYTES = 200 * 1024 * 1024


def read_docx(data: bytes, path: str) -> tuple[tuple[Line, ...], str | None]:
    """The document's Lines and its title (core properties), from the bytes of a .docx file.

    Raises:
        InputError: not a readable Word document (a broken zip, a missing part, too large unpacked).
    """
    import docx  # python-docx: imported only when a Word file comes
    from docx.opc.exceptions import PackageNotFoundError

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            unpacked = sum(info.file_size for info in archive.infolist())
    except (zipfile.BadZipFile, OSError, ValueError) as e:
        raise InputError(path, f"not a readable Word document ({type(e).__name__})") from e
    if unpacked > MAX_UNCOMPRESSED_BYTES:
        raise InputError(path, f"file too large unpacked ({unpacked} bytes; limit {MAX_UNCOMPRESSED_BYTES})")
    try:
        document = docx.Document(io.BytesIO(data))
        lines = tuple(_number(_body_lines(document)))
        title = (document.core_properties.title or "").strip() or None
    except (PackageNotFoundError, KeyError, ValueError, zipfile.BadZipFile) as e:
        raise InputError(path, f"not a readable Word document ({type(e).__name__})") from e
    except Exception as e:  # lxml's XMLSyntaxError and friends: a broken part
        raise InputError(path, f"not a readable Word document ({type(e).__name__})") from e
    return lines, title


def _number(lines: Iterator[Line]) -> Iterator[Line]:
    from dataclasses import replace

    for number, line in enumerate(lines):
        yield replace(line, number=number)


def _body_lines(container: object) -> Iterator[Line]:
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    gap = False
    for block in container.iter_inner_content():  # type: ignore[attr-defined]
        if isinstance(block, Paragraph):
            line = _paragraph_line(block, gap)
            if line is None:
                gap = True  # an empty paragraph is the blank line between entries
                continue
            gap = False
            yield line
        elif isinstance(block, Table):
            yield from _table_lines(block, gap)
            gap = True


def _paragraph_line(paragraph: object, gap: bool) -> Line | None:
    from docx.text.hyperlink import Hyperlink
    from docx.text.run import Run

    text = " ".join(paragraph.text.split())  # type: ignore[attr-defined]
    if not text:
        return None
    style = (paragraph.style.name if paragraph.style is not None else "") or ""  # type: ignore[attr-defined]
    style = style.casefold()
    level = None
    if style.startswith(HEADING_STYLE_PREFIX) and style[len(HEADING_STYLE_PREFIX) :].strip().isdigit():
        level = int(style[len(HEADING_STYLE_PREFIX) :])
    runs: list[tuple[str, bool, bool]] = []
    links: list[LinkSpan] = []
    for item in paragraph.iter_inner_content():  # type: ignore[attr-defined]
        if isinstance(item, Run):
            runs.append((item.text, _flag(item, "bold"), _flag(item, "italic")))
        elif isinstance(item, Hyperlink):
            for run in item.runs:
                runs.append((run.text, _flag(run, "bold"), _flag(run, "italic")))
            address = item.address or ""
            if address:
                url = address + (f"#{item.fragment}" if item.fragment else "")
                links.append(LinkSpan(text=" ".join(item.text.split()), url=url))
    visible = sum(len(t.strip()) for t, _, _ in runs) or 1
    bold_chars = sum(len(t.strip()) for t, b, _ in runs if b)
    italic_chars = sum(len(t.strip()) for t, _, i in runs if i)
    # the Title style is the name line at the top, not a section: bold, but no heading level (an
    # h1 there would open a section and leave the contact lines outside the header)
    bold = bold_chars * 2 > visible or _style_flag(paragraph, "bold") or style in TITLE_STYLES
    italic = italic_chars * 2 > visible or _style_flag(paragraph, "italic")
    p_pr = paragraph._p.pPr  # type: ignore[attr-defined]
    numbered = p_pr is not None and p_pr.numPr is not None
    return Line(
        text=text,
        number=0,
        heading_level=level,
        bold=bold,
        italic=italic,
        list_item=numbered or LIST_STYLE_WORD in style.split(),
        blank_before=gap,
        break_before=bool(paragraph.contains_page_break),  # type: ignore[attr-defined]
        bold_spans=() if bold else _spans(runs, 1),
        italic_spans=() if italic else _spans(runs, 2),
        links=tuple(links),
    )


def _table_lines(table: object, gap: bool) -> Iterator[Line]:
    for row in table.rows:  # type: ignore[attr-defined]
        cells: list[str] = []
        seen: set[int] = set()
        for cell in row.cells:
            if id(cell._tc) in seen:  # a merged cell repeats across the columns it spans
                continue
            seen.add(id(cell._tc))
            text = " ".join(cell.text.split())
            if text:
                cells.append(text)
            for nested in cell.tables:
                yield from _table_lines(nested, False)
        if not cells:
            continue
        yield Line(
            text=" ".join(cells),
            number=0,
            blank_before=gap,
            cells=tuple(cells) if len(cells) > 1 else (),
        )
        gap = False


def _flag(run: object, name: str) -> bool:
    """A run's bold/italic, counting the character style it uses (None means inherited: off)."""
    value = getattr(run, name)
    if value is None and run.style is not None:  # type: ignore[attr-defined]
        value = getattr(run.style.font, name)  # type: ignore[attr-defined]
    return bool(value)


def _style_flag(paragraph: object, name: str) -> bool:
    style = paragraph.style  # type: ignore[attr-defined]
    return bool(style is not None and getattr(style.font, name))


def _spans(runs: list[tuple[str, bool, bool]], which: int) -> tuple[str, ...]:
    """Consecutive styled runs joined into spans ("Jane" + " Doe" in bold -> "Jane Doe")."""
    spans: list[str] = []
    current: list[str] = []
    for run in runs:
        if run[which]:
            current.append(run[0])
        elif current:
            spans.append(" ".join("".join(current).split()))
            current = []
    if current:
        spans.append(" ".join("".join(current).split()))
    return tuple(s for s in spans if s)


# --- telling office formats apart by their bytes ---------------------------------------------------

ZIP_MAGIC = b"PK\x03\x04"
OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # Word 97-2003 .doc (and other old Office files)
RTF_MAGIC = b"{\\rtf"
ODT_MIMETYPE = b"application/vnd.oasis.opendocument.text"
EXPORT_HINT = "export it as PDF or DOCX and try again"
# The format named in the refusal, by suffix, for files whose bytes say only "old Office" or "zip".
LEGACY_NAMES = {
    ".doc": "a Word 97-2003 document (.doc)",
    ".odt": "an OpenDocument text (.odt)",
    ".rtf": "a Rich Text Format document (.rtf)",
    ".pages": "an Apple Pages document (.pages)",
}


def office_format(data: bytes, suffix: str) -> str | None:
    """ "docx" for a Word document; the refusal reason for .doc/.odt/.rtf/.pages; None for anything else.

    The bytes decide (a .docx renamed .pdf is still read as Word); the suffix only names an
    unreadable format more precisely.
    """
    suffix = suffix.casefold()
    if data.startswith(RTF_MAGIC):
        return f"{LEGACY_NAMES['.rtf']} cannot be read; {EXPORT_HINT}"
    if data.startswith(OLE2_MAGIC):
        name = LEGACY_NAMES[".doc"] if suffix == ".doc" else "an old Microsoft Office document (like .doc)"
        return f"{name} cannot be read; {EXPORT_HINT}"
    if not data.startswith(ZIP_MAGIC):
        return None  # a ".doc" that holds HTML or text (Word can save so) is read by its content
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
            mimetype = archive.read("mimetype").strip() if "mimetype" in names else b""
    except (zipfile.BadZipFile, OSError, ValueError, KeyError, RuntimeError, NotImplementedError):
        names, mimetype = set(), b""
    if "word/document.xml" in names:
        return "docx"
    if mimetype == ODT_MIMETYPE or suffix == ".odt":
        return f"{LEGACY_NAMES['.odt']} cannot be read; {EXPORT_HINT}"
    if suffix == ".pages" or any(n.startswith("Index/") and n.endswith(".iwa") for n in names):
        return f"{LEGACY_NAMES['.pages']} cannot be read; {EXPORT_HINT}"
    return None
