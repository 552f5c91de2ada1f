"""``extractor.read.text.read_text`` (plain text and Markdown) and ``read_document``'s sniffing and decoding.

Rows are made-up lines, one per quirk of CVs saved as text or converted to Markdown; the sniffing
tests write bytes to ``tmp_path`` under misleading names.
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from extractor.document import Line, LinkSpan, MediaType
from extractor.errors import InputError
from extractor.options import ExtractOptions
from extractor.read import read_document
from extractor.read.text import read_text
from tests.conftest import FIXTURES


def md(text: str) -> tuple[Line, ...]:
    return read_text(text, markdown=True)


def plain(text: str) -> tuple[Line, ...]:
    return read_text(text, markdown=False)


def one(text: str, markdown: bool = True) -> Line:
    lines = read_text(text, markdown=markdown)
    assert len(lines) == 1, (text, [ln.text for ln in lines])
    return lines[0]


# --- headings ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "source, text, level",
    [
        pytest.param("# Ines Varga", "Ines Varga", 1, id="h1"),
        pytest.param("## Education", "Education", 2, id="h2"),
        pytest.param("###### Tiny", "Tiny", 6, id="h6"),
        pytest.param("## Awards ##", "Awards", 2, id="closing-hashes"),
        pytest.param("  ### Indented heading", "Indented heading", 3, id="indented"),
        pytest.param("#hashtag", "#hashtag", None, id="no-space-is-not-a-heading"),
        pytest.param("####### Seven", "####### Seven", None, id="seven-hashes"),
    ],
)
def test_markdown_headings(source: str, text: str, level: int | None) -> None:
    line = one(source)
    assert (line.text, line.heading_level) == (text, level)
    assert line.bold == (level is not None)
    assert not line.list_item


def test_hash_is_plain_text_outside_markdown() -> None:
    line = one("# Not a heading in a .txt", markdown=False)
    assert (line.text, line.heading_level, line.bold) == ("# Not a heading in a .txt", None, False)


# --- bullets and numbered labels ---------------------------------------------------------------


@pytest.mark.parametrize(
    "source, text, list_item",
    [
        pytest.param("• Reviewer for a journal", "Reviewer for a journal", True, id="bullet-dot"),
        pytest.param("- Reviewer for a journal", "Reviewer for a journal", True, id="hyphen"),
        pytest.param("* Reviewer for a journal", "Reviewer for a journal", True, id="asterisk"),
        pytest.param("▪ Reviewer for a journal", "Reviewer for a journal", True, id="small-square"),
        pytest.param("+ Reviewer for a journal", "Reviewer for a journal", True, id="plus"),
        pytest.param("– Reviewer for a journal", "Reviewer for a journal", True, id="en-dash"),
        pytest.param("    • Nested reviewer line", "Nested reviewer line", True, id="indented-bullet"),
        # numbered labels are the entry's own label: kept in the text
        pytest.param("1. First paper title", "1. First paper title", True, id="numbered-dot"),
        pytest.param("12) Twelfth paper title", "12) Twelfth paper title", True, id="numbered-paren"),
        pytest.param("[3] Third paper title", "[3] Third paper title", False, id="bracketed-label"),
        # not bullets
        pytest.param("-1.5 is a number", "-1.5 is a number", False, id="negative-number"),
        pytest.param("2019 – 2021 Postdoc", "2019 – 2021 Postdoc", False, id="year-range"),
        pytest.param("--flag", "--flag", False, id="double-hyphen"),
    ],
)
@pytest.mark.parametrize("markdown", [True, False], ids=["markdown", "plain"])
def test_bullets_and_labels(source: str, text: str, list_item: bool, markdown: bool) -> None:
    line = one(source, markdown=markdown)
    assert (line.text, line.list_item) == (text, list_item)


def test_indentation_is_kept_as_x0() -> None:
    lines = plain("Tarrow University\n    Postdoctoral Fellow\n\tField work")
    assert [ln.x0 for ln in lines] == [0.0, 4.0, 1.0]


# --- blank lines -------------------------------------------------------------------------------


def test_blank_before_and_break_before() -> None:
    lines = plain("Ines Varga\nGeologist\n\nEDUCATION\nPh.D.\n\n\n\nAWARDS\n   \n\t\nMedal")
    assert [(ln.text, ln.blank_before, ln.break_before) for ln in lines] == [
        ("Ines Varga", False, False),
        ("Geologist", False, False),
        ("EDUCATION", True, False),
        ("Ph.D.", False, False),
        ("AWARDS", True, True),
        ("Medal", True, True),  # whitespace-only lines are blank lines too
    ]
    assert [ln.number for ln in lines] == list(range(6))


def test_line_endings_and_whitespace() -> None:
    lines = plain("  one  \r\ntwo   words\rthree\u2028")
    assert [ln.text for ln in lines] == ["one", "two words", "three"]


# --- Markdown emphasis, escapes, links, images -------------------------------------------------


@pytest.mark.parametrize(
    "source, text, bold, spans",
    [
        pytest.param(
            "K. Lund, **I. Varga**, and M. Oduya. A title.",
            "K. Lund, I. Varga, and M. Oduya. A title.",
            False,
            ("I. Varga",),
            id="owner-in-authors",
        ),
        pytest.param(
            "**Ph.D.** in Geology, **2019**",
            "Ph.D. in Geology, 2019",
            False,
            ("Ph.D", "2019"),
            id="two-runs-trimmed",
        ),
        pytest.param(
            "__Varga__ and Lund wrote things",
            "Varga and Lund wrote things",
            False,
            ("Varga",),
            id="underscore-bold",
        ),
        pytest.param("**Tarrow University**", "Tarrow University", True, (), id="whole-line"),
        pytest.param("**Tarrow** **University**", "Tarrow University", True, (), id="whole-line-two-runs"),
        pytest.param("**Postdoctoral Fellow**,", "Postdoctoral Fellow,", True, (), id="trailing-comma"),
        pytest.param("no bold here", "no bold here", False, (), id="plain"),
        pytest.param("2 ** 10 is 1024", "2 ** 10 is 1024", False, (), id="lone-double-star"),
    ],
)
def test_markdown_bold(source: str, text: str, bold: bool, spans: tuple[str, ...]) -> None:
    line = one(source)
    assert (line.text, line.bold, line.bold_spans) == (text, bold, spans)


def test_bold_markup_is_literal_in_plain_text() -> None:
    line = one("**Not bold** in a .txt", markdown=False)
    assert (line.text, line.bold, line.bold_spans) == ("**Not bold** in a .txt", False, ())


@pytest.mark.parametrize(
    "source, text",
    [
        pytest.param(
            r"Varga\*, Lund\* (equal contribution)", "Varga*, Lund* (equal contribution)", id="escaped-star"
        ),
        pytest.param(
            r"**Varga\***, Lund and others wrote", "Varga*, Lund and others wrote", id="escape-in-bold"
        ),
        pytest.param(r"C\# and F\# programming", "C# and F# programming", id="escaped-hash"),
        pytest.param(r"snake\_case\_name", "snake_case_name", id="escaped-underscore"),
        pytest.param(r"\[1\] not a link", "[1] not a link", id="escaped-brackets"),
        pytest.param("*Journal of Glaciology*, 2020", "Journal of Glaciology, 2020", id="italic-removed"),
    ],
)
def test_markdown_escapes_and_italics(source: str, text: str) -> None:
    assert one(source).text == text


@pytest.mark.parametrize(
    "source, text, links",
    [
        pytest.param(
            "See [my site](https://iv.example.org/) for more",
            "See my site for more",
            (LinkSpan("my site", "https://iv.example.org/"),),
            id="inline-link",
        ),
        pytest.param(
            "[pdf](p.pdf) [code](https://git.example.org/iv)",
            "pdf code",
            (LinkSpan("pdf", "p.pdf"), LinkSpan("code", "https://git.example.org/iv")),
            id="two-links",
        ),
        pytest.param(
            "[**Bold link**](https://b.example.org)",
            "Bold link",
            (LinkSpan("Bold link", "https://b.example.org"),),
            id="bold-link-text",
        ),
        pytest.param(
            "[Email](mailto:iv@example.edu)",
            "Email",
            (LinkSpan("Email", "mailto:iv@example.edu"),),
            id="mailto",
        ),
        pytest.param(
            '[Site](https://s.example.org "Title")',
            "Site",
            (LinkSpan("Site", "https://s.example.org"),),
            id="link-title",
        ),
    ],
)
def test_markdown_links(source: str, text: str, links: tuple[LinkSpan, ...]) -> None:
    line = one(source)
    assert (line.text, line.links) == (text, links)


@pytest.mark.parametrize(
    "source, expected",
    [
        pytest.param("![Portrait of Ines](img/me.jpg) Ines Varga", ["Ines Varga"], id="image-before-text"),
        pytest.param("Funded by ![NSF logo](nsf.png) the NSF", ["Funded by the NSF"], id="image-inside"),
        pytest.param("![only an image](a.png)\nNext line", ["Next line"], id="image-only-line-dropped"),
        pytest.param("[![badge](b.svg)](https://ci.example.org)\nText", ["Text"], id="linked-badge"),
    ],
)
def test_markdown_images_are_dropped(source: str, expected: list[str]) -> None:
    assert [ln.text for ln in md(source)] == expected


def test_italic_spans() -> None:
    line = one("I. Varga. A title. *Journal of Glaciology*, 2020.")
    assert line.italic_spans == ("Journal of Glaciology",)


# --- read_document: sniffing by content --------------------------------------------------------


def read_bytes(tmp_path: Path, name: str, data: bytes):  # type: ignore[no-untyped-def]
    path = tmp_path / name
    path.write_bytes(data)
    return read_document(str(path), ExtractOptions())


MARKDOWN_CV = (
    b"# Ines Varga\n\n## Education\n\n**Ph.D.**, Tarrow University, 2019\n\n## Awards\n\n- Medal, 2020\n"
)
HTML_PAGE = (
    b"<!DOCTYPE html><html><head><title>Ines Varga</title></head><body><h1>Ines Varga</h1></body></html>"
)


@pytest.mark.parametrize(
    "name, data, media, first",
    [
        pytest.param(
            "cv.txt",
            (FIXTURES / "cv-plain-pdf" / "cv.pdf").read_bytes(),
            MediaType.PDF,
            "Nadia Farrokhzad",
            id="pdf-named-txt",
        ),
        pytest.param(
            "cv",
            (FIXTURES / "cv-hyperlinks-pdf" / "cv.pdf").read_bytes(),
            MediaType.PDF,
            "Rafael Quintanilla",
            id="pdf-without-suffix",
        ),
        pytest.param("index", HTML_PAGE, MediaType.HTML, "Ines Varga", id="html-without-suffix"),
        pytest.param(
            "page.txt",
            b"\n  <!-- saved -->\n<html><body><p>Hello</p></body></html>",
            MediaType.HTML,
            "Hello",
            id="html-after-comment-named-txt",
        ),
        pytest.param(
            "page.md",
            b"<html lang='en'><body><p>Hello</p></body></html>",
            MediaType.HTML,
            "Hello",
            id="html-named-md",
        ),
        pytest.param("cv.txt", MARKDOWN_CV, MediaType.MARKDOWN, "Ines Varga", id="markdown-in-txt-headings"),
        pytest.param(
            "cv.txt",
            b"# Ines Varga\nA **bold** claim and [a link](https://x.example.org)\n",
            MediaType.MARKDOWN,
            "Ines Varga",
            id="markdown-in-txt-heading-and-emphasis",
        ),
        pytest.param("notes.md", b"Just a line\n", MediaType.MARKDOWN, "Just a line", id="md-suffix"),
        pytest.param(
            "cv.txt", b"Ines Varga\nEDUCATION\nPh.D., 2019\n", MediaType.TEXT, "Ines Varga", id="plain-text"
        ),
        pytest.param(
            "cv.txt",
            b"# one comment-like line\nplain words\n",
            MediaType.TEXT,
            "# one comment-like line",
            id="one-hash-line-stays-text",
        ),
    ],
)
def test_media_type_is_sniffed_from_bytes(
    tmp_path: Path, name: str, data: bytes, media: MediaType, first: str
) -> None:
    doc = read_bytes(tmp_path, name, data)
    assert doc.source.media_type is media
    assert doc.lines[0].text == first


def test_markdown_in_txt_gets_markdown_cues(tmp_path: Path) -> None:
    doc = read_bytes(tmp_path, "cv.txt", MARKDOWN_CV)
    assert [(ln.text, ln.heading_level) for ln in doc.lines][:2] == [("Ines Varga", 1), ("Education", 2)]
    assert doc.lines[-1].list_item


def test_html_title_and_sha256(tmp_path: Path) -> None:
    import hashlib

    doc = read_bytes(tmp_path, "index", HTML_PAGE)
    assert doc.title == "Ines Varga"
    assert doc.source.sha256 == hashlib.sha256(HTML_PAGE).hexdigest()
    assert doc.source.pages is None


# --- decoding ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "data, expected",
    [
        pytest.param(
            "Renée Østergaard\nGöttingen\n".encode("utf-16"),
            ["Renée Østergaard", "Göttingen"],
            id="utf-16-le-bom",
        ),
        pytest.param(
            b"\xfe\xff" + "Zoë Ní Bhriain\n".encode("utf-16-be"), ["Zoë Ní Bhriain"], id="utf-16-be-bom"
        ),
        pytest.param("Łukasz Żółw\n".encode("utf-32"), ["Łukasz Żółw"], id="utf-32-bom"),
        pytest.param(b"\xef\xbb\xbfJos\xc3\xa9 Mu\xc3\xb1oz\n", ["José Muñoz"], id="utf-8-bom-dropped"),
        pytest.param(
            "José Muñoz, Universität Göttingen\n".encode("latin-1"),
            ["José Muñoz, Universität Göttingen"],
            id="latin-1",
        ),
        pytest.param(
            "Café – “quoted” ‘title’ • item\n".encode("cp1252"),
            ["Café – “quoted” ‘title’ • item"],
            id="windows-1252-punctuation",
        ),
        pytest.param("Ines Varga\u2014Geology\n".encode(), ["Ines Varga—Geology"], id="utf-8"),
    ],
)
def test_text_is_decoded(tmp_path: Path, data: bytes, expected: list[str]) -> None:
    doc = read_bytes(tmp_path, "cv.txt", data)
    assert [ln.text for ln in doc.lines] == expected
    assert doc.source.media_type is MediaType.TEXT


def test_utf16_markdown_with_bom(tmp_path: Path) -> None:
    doc = read_bytes(tmp_path, "cv.md", "# Renée\n- **Ph.D.**, 2019\n".encode("utf-16"))
    assert [(ln.text, ln.heading_level, ln.list_item) for ln in doc.lines] == [
        ("Renée", 1, False),
        ("Ph.D., 2019", None, True),
    ]


# --- unreadable inputs -------------------------------------------------------------------------


def _random_bytes() -> bytes:
    rng = random.Random(20240115)
    return bytes(rng.randrange(256) for _ in range(4096))


@pytest.mark.parametrize(
    "name, data, reason",
    [
        pytest.param("cv.txt", b"", "empty file", id="zero-bytes"),
        pytest.param("cv.pdf", b"", "empty file", id="zero-bytes-pdf"),
        pytest.param("cv.txt", b" \n\t\r\n  ", "empty file", id="whitespace-only"),
        pytest.param("cv.txt", _random_bytes(), "binary data", id="random-bytes"),
        pytest.param("cv.pdf", _random_bytes(), "binary data", id="random-bytes-named-pdf"),
        pytest.param("cv.txt", b"\x00" * 64, "binary data", id="nul-bytes"),
        pytest.param("cv.txt", bytes(range(256)) * 4, "binary data", id="every-byte"),
        pytest.param(
            "cv.pdf", b"%PDF-1.7\nnot really a pdf at all", "not a readable PDF", id="pdf-header-only"
        ),
        pytest.param(
            "cv.pdf",
            (FIXTURES / "cv-plain-pdf" / "cv.pdf").read_bytes()[:600],
            "not a readable PDF",
            id="truncated-pdf",
        ),
    ],
)
def test_unreadable_bytes_raise_input_error(tmp_path: Path, name: str, data: bytes, reason: str) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(InputError) as info:
        read_document(str(path), ExtractOptions())
    assert reason in info.value.reason
    assert info.value.path == str(path)
    assert str(info.value) == f"{path}: {info.value.reason}"


@pytest.mark.parametrize(
    "setup, reason",
    [
        pytest.param("missing", "no such file", id="missing"),
        pytest.param("directory", "is a directory", id="directory"),
    ],
)
def test_missing_path_and_directory(tmp_path: Path, setup: str, reason: str) -> None:
    path = tmp_path / "cv.txt"
    if setup == "directory":
        path.mkdir()
    with pytest.raises(InputError, match=reason):
        read_document(str(path), ExtractOptions())


def test_file_over_the_size_limit(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_bytes(b"word " * 100)
    with pytest.raises(InputError, match="too large"):
        read_document(str(path), ExtractOptions(max_file_bytes=100))


def test_text_over_the_char_limit_is_cut_with_a_warning(tmp_path: Path) -> None:
    doc = read_bytes(tmp_path, "long.txt", b"abcdefghij\n" * 10)
    assert len(doc.lines) == 10
    path = tmp_path / "long.txt"
    doc = read_document(str(path), ExtractOptions(max_chars=33))
    assert [ln.text for ln in doc.lines] == ["abcdefghij"] * 3
    assert any("cut" in w for w in doc.warnings)
