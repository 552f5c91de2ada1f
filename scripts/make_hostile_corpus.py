"""Generate a corpus of broken and hostile inputs, each with its documented outcome.

Usage:
    python scripts/make_hostile_corpus.py OUT_DIR [--source-pdf fixtures/cv-plain-pdf/cv.pdf]

Writes the inputs into OUT_DIR and ``OUT_DIR/corpus.json``: one record per case with the outcome
the extractor must show (tests/test_robustness.py checks every one). Nothing is downloaded; every
PDF is crafted byte by byte here (or drawn with fpdf2, a dev dependency, for encryption and images).
The corpus is generated in the tests' tmp_path and never committed (the bombs are 4 MB each).

Outcomes (``expect``):
    error  exit 1 with exactly one stderr line containing ``reason``; guarded status ``failed``
           (``too_large`` for the oversized file)
    ok     exit 0, a valid profile; ``warning`` appears in its warnings, ``contains`` in its JSON,
           ``absent`` nowhere in it
    clean  either of the two above, never a traceback, a hang or a crash (corrupt PDFs that
           pdfminer may or may not repair)
Cases with ``cli: false`` (the decompression bombs, the huge content stream) are only run under
the guard: they are what the guard is for.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import struct
import sys
import zlib
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_SOURCE_PDF = ROOT / "fixtures" / "cv-plain-pdf" / "cv.pdf"
SEED = 20_240_610

NAME = "Jane Q. Doe"
CV_LINES = [
    NAME,
    "Ph.D. Student, Department of Physics, University of Tarrow",
    "jane.doe@tarrow.edu",
    "",
    "Education",
    "Ph.D. in Physics, University of Tarrow, 2019 - 2024",
    "B.Sc. in Physics, Pinecrest College, 2015 - 2019",
    "",
    "Publications",
    "J. Q. Doe and A. Smith. Quantum widgets at scale. In Proc. of QIP 2023.",
]
CV_TEXT = "\n".join(CV_LINES) + "\n"
BOMB_BYTES = 4 * 1024**3  # what each decompression bomb inflates to


@dataclass
class Case:
    name: str
    expect: str  # error | ok | clean
    note: str
    reason: str = ""
    warning: str = ""
    contains: str = ""
    absent: str = ""
    guard: list[str] = field(default_factory=list)  # allowed guarded statuses; empty: derived from expect
    cli: bool = True
    root_skip: bool = False  # meaningless as root (permissions)


# --- PDF crafting -----------------------------------------------------------------------------------


def stream(data: bytes, extra: bytes = b"") -> bytes:
    return b"<< /Length %d %s>>\nstream\n" % (len(data), extra) + data + b"\nendstream"


def build_pdf(objects: list[bytes], root: int = 1, *, xref: str = "ok", header: bytes = b"%PDF-1.4") -> bytes:
    """Objects numbered from 1, then a classic xref table; ``xref`` breaks it on purpose.

    xref: ok | garbage-offsets | none (no table, no trailer) | past-eof (startxref beyond the end)
    """
    out = bytearray(header + b"\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    if xref == "none":
        return bytes(out + b"%%EOF\n")
    start = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    rng = random.Random(SEED)
    for offset in offsets:
        value = rng.randrange(10**9) if xref == "garbage-offsets" else offset
        out += b"%010d 00000 n \n" % value
    pointer = start + 10**7 if xref == "past-eof" else start
    out += b"trailer\n<< /Size %d /Root %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        root,
        pointer,
    )
    return bytes(out)


def pdf_string(text: str) -> bytes:
    raw = text.encode("latin-1", "replace")
    return b"(" + raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"


def text_content(lines: list[str], top: int = 720) -> bytes:
    ops = [b"BT /F1 11 Tf 14 TL 72 %d Td" % top]
    for line in lines:
        ops.append(pdf_string(line) + b" Tj T*")
    ops.append(b"ET")
    return b"\n".join(ops)


FONT = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"


def text_pdf(
    lines: list[str] = CV_LINES,
    *,
    page_extra: bytes = b"",
    catalog_extra: bytes = b"",
    more: list[bytes] | None = None,
    xref: str = "ok",
) -> bytes:
    """One page of Helvetica text; ``more`` objects are numbered from 6."""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R " + catalog_extra + b">>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> >> "
        b"/Contents 5 0 R " + page_extra + b">>",
        FONT,
        stream(text_content(lines)),
        *(more or []),
    ]
    return build_pdf(objects, xref=xref)


def many_pages_pdf(count: int) -> bytes:
    kids = b" ".join(b"%d 0 R" % (4 + 2 * i) for i in range(count))
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [" + kids + b"] /Count %d >>" % count,
    ]
    objects.append(FONT)
    for i in range(count):
        lines = [NAME, "Publications"] if i == 0 else []
        lines += [
            f"[{i * 3 + k + 1}] Paper number {i * 3 + k + 1} on widgets. QIP {1990 + i % 30}."
            for k in range(3)
        ]
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> "
            b"/Contents %d 0 R >>" % (5 + 2 * i)
        )
        objects.append(stream(text_content(lines, top=600)))
    return build_pdf(objects)


def huge_stream_pdf(operations: int) -> bytes:
    """A page whose (compressed) content stream draws ``operations`` tiny rectangles, then some text."""
    rng = random.Random(SEED)
    ops = [b"%d %d 1 1 re f" % (rng.randrange(600), rng.randrange(780)) for _ in range(operations)]
    content = b"\n".join(ops) + b"\n" + text_content(CV_LINES)
    return text_pdf(
        page_extra=b"/Contents 6 0 R ", more=[stream(zlib.compress(content, 6), b"/Filter /FlateDecode ")]
    )


def flate_bomb(size: int) -> bytes:
    """A zlib stream of ``size`` zero bytes, built from one repeated 1 MiB deflate block (about 1 KB each)."""
    chunk = 1024 * 1024
    compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
    block = compressor.compress(b"\0" * chunk) + compressor.flush(zlib.Z_FULL_FLUSH)
    final = compressor.flush(zlib.Z_FINISH)
    adler = ((size % 65521) << 16) | 1  # adler32 of n zero bytes: a = 1, b = n mod 65521
    return b"\x78\xda" + block * (size // chunk) + final + struct.pack(">I", adler)


def bomb_pdf(where: str) -> bytes:
    bomb = stream(flate_bomb(BOMB_BYTES), b"/Filter /FlateDecode ")
    if where == "content":
        return text_pdf(page_extra=b"/Contents [5 0 R 6 0 R] ", more=[bomb])
    # a ToUnicode CMap: pdfminer inflates it when it loads the font
    font = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /ToUnicode 6 0 R >>"
    return build_pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> >> "
            b"/Contents 5 0 R >>",
            font,
            stream(text_content(CV_LINES)),
            bomb,
        ]
    )


def nested(depth: int, open_: bytes, close: bytes, leaf: bytes = b"0") -> bytes:
    return open_ * depth + leaf + close * depth


# --- fpdf2 (dev dependency): encryption and an image-only page ------------------------------------------


def fpdf_cv(encrypt: tuple[str, str | None, str] | None = None) -> bytes:
    from fpdf import FPDF
    from fpdf.enums import EncryptionMethod

    pdf = FPDF()
    if encrypt is not None:
        owner, user, method = encrypt
        pdf.set_encryption(
            owner_password=owner, user_password=user, encryption_method=EncryptionMethod[method]
        )
    pdf.add_page()
    pdf.set_font("helvetica", size=11)
    for line in CV_LINES:
        pdf.cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


def image_only_pdf(path: Path) -> None:
    from fpdf import FPDF
    from PIL import Image, ImageDraw

    picture = path.with_suffix(".scan.png")
    image = Image.new("L", (600, 800), 255)
    draw = ImageDraw.Draw(image)
    for row in range(40, 760, 24):  # a "scanned" page: bars where the text lines were
        draw.rectangle((50, row, 50 + (row * 7) % 450 + 80, row + 10), fill=30)
    image.save(picture)
    pdf = FPDF()
    pdf.add_page()
    pdf.image(str(picture), x=10, y=10, w=190)
    pdf.set_draw_color(200, 0, 0)
    pdf.rect(15, 15, 180, 267)
    pdf.line(15, 40, 195, 40)
    pdf.ellipse(150, 20, 30, 15)
    picture.unlink()
    path.write_bytes(bytes(pdf.output()))


# --- the corpus --------------------------------------------------------------------------------------------


def truncated(data: bytes, share: float) -> bytes:
    return data[: max(16, int(len(data) * share))]


def flipped(data: bytes, seed: int, flips: int) -> bytes:
    rng = random.Random(seed)
    out = bytearray(data)
    for _ in range(flips):
        position = rng.randrange(16, len(out))  # keep the %PDF- header: the body is what is damaged
        out[position] ^= 1 << rng.randrange(8)
    return bytes(out)


def html(body: str, head: str = "") -> str:
    return f"<!DOCTYPE html>\n<html><head><title>{NAME}</title>{head}</head><body>{body}</body></html>\n"


CV_HTML = (
    f"<h1>{NAME}</h1><p>Ph.D. Student, University of Tarrow</p><h2>Education</h2>"
    "<ul><li>Ph.D. in Physics, University of Tarrow, 2019 - 2024</li></ul>"
)


Content = bytes | str | Callable[[Path], None] | None  # a writer for what is costly to build


def later(build: Callable[[], bytes]) -> Callable[[Path], None]:
    def write(path: Path) -> None:
        path.write_bytes(build())

    return write


def write_case(out: Path, case: Case, content: Content) -> Path:
    path = out / case.name
    if isinstance(content, str):
        path.write_text(content, encoding="utf-8")
    elif isinstance(content, bytes):
        path.write_bytes(content)
    elif content is not None:
        content(path)
    return path


def make_corpus(out: Path, source_pdf: Path = DEFAULT_SOURCE_PDF) -> list[Case]:
    """Write every case into ``out`` and return their records (also written to ``corpus.json``)."""
    out.mkdir(parents=True, exist_ok=True)
    planned = plan(source_pdf)
    for case, content in planned:
        write_case(out, case, content)
    cases = [case for case, _ in planned]
    records = [asdict(c) for c in cases]
    (out / "corpus.json").write_text(json.dumps(records, indent=2, ensure_ascii=False) + "\n")
    return cases


def plan(source_pdf: Path = DEFAULT_SOURCE_PDF) -> list[tuple[Case, Content]]:
    """Every case with its content; cheap (the costly files are built when written)."""
    base_pdf = source_pdf.read_bytes() if source_pdf.is_file() else text_pdf()
    cases: list[tuple[Case, Content]] = []

    def add(name: str, content: Content, case: Case) -> None:
        assert name == case.name, name
        cases.append((case, content))

    def sparse(size: int) -> Callable[[Path], None]:
        def write(path: Path) -> None:
            with path.open("wb") as handle:
                handle.write(b"%PDF-1.4\n")
                handle.truncate(size)

        return write

    def unreadable(path: Path) -> None:
        path.write_bytes(text_pdf())
        path.chmod(0)

    # --- the file system
    add("missing.pdf", None, Case("missing.pdf", "error", "does not exist", reason="no such file"))
    add(
        "directory.pdf",
        lambda p: p.mkdir(exist_ok=True),
        Case("directory.pdf", "error", "a directory given as a file", reason="is a directory"),
    )
    add(
        "unreadable.pdf",
        unreadable,
        Case("unreadable.pdf", "error", "mode 000", reason="permission denied", root_skip=True),
    )
    add("zero-bytes.pdf", b"", Case("zero-bytes.pdf", "error", "empty", reason="empty file"))
    add(
        "whitespace-only.txt",
        b" \n\t\r\n " * 100,
        Case("whitespace-only.txt", "error", "blank", reason="empty file"),
    )
    add(
        "oversized.pdf",
        sparse(51 * 1024 * 1024),
        Case("oversized.pdf", "error", "51 MB (sparse)", reason="file too large", guard=["too_large"]),
    )
    # --- the type is sniffed from the bytes
    rng = random.Random(SEED)
    add(
        "random-bytes.pdf",
        bytes(rng.randrange(256) for _ in range(4096)),
        Case("random-bytes.pdf", "error", "noise named .pdf", reason="binary data"),
    )
    add(
        "zip-named.pdf",
        b"PK\x03\x04" + bytes(rng.randrange(256) for _ in range(2048)),
        Case("zip-named.pdf", "error", "a zip archive named .pdf", reason="binary data"),
    )
    add(
        "png-named.pdf",
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(512),
        Case("png-named.pdf", "error", "a PNG named .pdf", reason="binary data"),
    )
    add(
        "pdf-named.txt",
        text_pdf(),
        Case("pdf-named.txt", "ok", "a PDF named .txt", contains="application/pdf"),
    )
    add(
        "html-named.pdf", html(CV_HTML), Case("html-named.pdf", "ok", "HTML named .pdf", contains="text/html")
    )
    # --- damaged PDFs
    add(
        "header-only.pdf",
        b"%PDF-1.7\n",
        Case("header-only.pdf", "error", "nothing after the header", reason="not a readable PDF"),
    )
    for share in (0.1, 0.3, 0.5, 0.7, 0.9, 0.99):
        name = f"truncated-{int(share * 100):02d}.pdf"
        add(name, truncated(base_pdf, share), Case(name, "clean", f"cut at {share:.0%} of the file"))
    for seed in (1, 2, 3, 4):
        name = f"flipped-{seed}.pdf"
        add(
            name, flipped(base_pdf, seed, flips=8 * seed), Case(name, "clean", f"{8 * seed} random bit flips")
        )
    add(
        "xref-garbage-offsets.pdf",
        text_pdf(xref="garbage-offsets"),
        Case("xref-garbage-offsets.pdf", "clean", "every xref offset wrong", guard=["ok", "failed"]),
    )
    add(
        "xref-missing.pdf",
        text_pdf(xref="none"),
        Case("xref-missing.pdf", "clean", "no xref table, no trailer"),
    )
    add(
        "startxref-past-eof.pdf",
        text_pdf(xref="past-eof"),
        Case("startxref-past-eof.pdf", "clean", "startxref points past the end"),
    )
    add(
        "leading-junk.pdf",
        b"garbage before the header\n" * 20 + text_pdf(),
        Case("leading-junk.pdf", "ok", "520 bytes before %PDF- (allowed within 1 KiB)", contains="Tarrow"),
    )
    add(
        "page-tree-loop.pdf",
        build_pdf(
            [
                b"<< /Type /Catalog /Pages 2 0 R >>",
                b"<< /Type /Pages /Kids [2 0 R 3 0 R] /Count 2 >>",
                b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
                b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
                FONT,
                stream(text_content(CV_LINES)),
            ]
        ),
        Case("page-tree-loop.pdf", "clean", "the page tree lists itself as a kid"),
    )
    add(
        "self-reference.pdf",
        text_pdf(page_extra=b"/Annots 6 0 R ", more=[b"[6 0 R 6 0 R]"]),
        Case("self-reference.pdf", "clean", "an array that contains itself"),
    )
    add(
        "deep-nesting.pdf",
        text_pdf(page_extra=b"/Annots " + nested(50_000, b"[", b"]") + b" "),
        Case("deep-nesting.pdf", "clean", "arrays nested 50,000 deep"),
    )
    add(
        "deep-dict-nesting.pdf",
        text_pdf(catalog_extra=b"/Extra " + nested(20_000, b"<< /A ", b" >>") + b" "),
        Case("deep-dict-nesting.pdf", "clean", "dictionaries nested 20,000 deep"),
    )
    add(
        "huge-mediabox.pdf",
        text_pdf().replace(b"[0 0 612 792]", b"[0 0 %d -%d]" % (10**30, 10**30)),
        Case("huge-mediabox.pdf", "clean", "a page 10^30 points wide and high"),
    )
    add(
        "malformed-mediabox.pdf",
        text_pdf().replace(b"[0 0 612 792]", b"[0 0 1e30 -1e30]"),
        Case(
            "malformed-mediabox.pdf", "error", "'1e30' is not PDF number syntax", reason="not a readable PDF"
        ),
    )
    add(
        "javascript-actions.pdf",
        text_pdf(
            catalog_extra=b"/OpenAction << /S /JavaScript "
            b"/JS (app.launchURL\\('http://example.invalid'\\)) >> ",
            page_extra=b"/Annots [6 0 R] ",
            more=[
                b"<< /Type /Annot /Subtype /Link /Rect [72 700 300 720] /A << /S /Launch /F (calc.exe) >> >>"
            ],
        ),
        Case(
            "javascript-actions.pdf",
            "ok",
            "OpenAction JavaScript and a Launch action: never run",
            contains="Tarrow",
        ),
    )
    # --- encryption
    add(
        "encrypted-password.pdf",
        later(lambda: fpdf_cv(("owner-secret", "user-secret", "RC4"))),
        Case("encrypted-password.pdf", "error", "RC4, user password set", reason="encrypted"),
    )
    add(
        "encrypted-aes-password.pdf",
        later(lambda: fpdf_cv(("owner-secret", "user-secret", "AES_128"))),
        Case("encrypted-aes-password.pdf", "error", "AES-128, user password set", reason="encrypted"),
    )
    add(
        "encrypted-empty-user.pdf",
        later(lambda: fpdf_cv(("owner-secret", "", "RC4"))),
        Case("encrypted-empty-user.pdf", "ok", "RC4, empty user password: must be read", contains="Tarrow"),
    )
    add(
        "encrypted-aes-empty-user.pdf",
        later(lambda: fpdf_cv(("owner-secret", "", "AES_128"))),
        Case("encrypted-aes-empty-user.pdf", "ok", "AES-128, empty user password", contains="Tarrow"),
    )
    # --- no text, many pages, heavy pages
    add(
        "image-only.pdf",
        image_only_pdf,
        Case("image-only.pdf", "ok", "a scanned page: no text layer", warning="no text layer"),
    )
    add(
        "pages-1200.pdf",
        later(lambda: many_pages_pdf(1200)),
        Case(
            "pages-1200.pdf",
            "ok",
            "1200 pages: cut at the page limit",
            warning="page limit",
            contains='"pages": 1200',
        ),
    )
    add(
        "huge-content-stream.pdf",
        later(lambda: huge_stream_pdf(400_000)),
        Case(
            "huge-content-stream.pdf",
            "clean",
            "400,000 drawing operators on one page",
            guard=["ok", "timeout", "too_large"],
            cli=False,
        ),
    )
    add(
        "bomb-content.pdf",
        later(lambda: bomb_pdf("content")),
        Case(
            "bomb-content.pdf",
            "clean",
            "a 4 MB content stream that inflates to 4 GiB",
            guard=["ok", "timeout", "too_large", "crashed"],
            cli=False,
        ),
    )
    add(
        "bomb-tounicode.pdf",
        later(lambda: bomb_pdf("tounicode")),
        Case(
            "bomb-tounicode.pdf",
            "clean",
            "a ToUnicode CMap that inflates to 4 GiB",
            guard=["ok", "timeout", "too_large", "crashed"],
            cli=False,
        ),
    )
    # --- text in other encodings and scripts
    add(
        "utf16-le-bom.txt",
        CV_TEXT.replace("Doe", "Doë").encode("utf-16"),
        Case("utf16-le-bom.txt", "ok", "UTF-16 LE with BOM", contains="Doë"),
    )
    add(
        "utf16-be-bom.txt",
        b"\xfe\xff" + CV_TEXT.replace("Doe", "Doë").encode("utf-16-be"),
        Case("utf16-be-bom.txt", "ok", "UTF-16 BE with BOM", contains="Doë"),
    )
    add(
        "latin1.txt",
        CV_TEXT.replace("Pinecrest", "Université de Genève").encode("latin-1"),
        Case("latin1.txt", "ok", "Latin-1 bytes", contains="Université de Genève"),
    )
    add(
        "windows-1252.txt",
        CV_TEXT.replace("2019 - 2024", "2019 \u2013 2024")
        .replace("Quantum", "\u201cQuantum\u201d \u20ac")
        .encode("cp1252"),
        Case("windows-1252.txt", "ok", "Windows-1252 dashes, quotes, euro sign", contains="\u2013"),
    )
    controls = "".join(
        f"{line}\x07\x1b[31m\n" if i % 3 == 0 else f"{line}\n" for i, line in enumerate(CV_LINES)
    )
    add(
        "control-chars.txt",
        controls * 3,
        Case("control-chars.txt", "ok", "bells and ANSI escapes", contains="Tarrow"),
    )
    add(
        "control-heavy.txt",
        "".join(chr(c % 31 + 1) + "ab" for c in range(3000)),
        Case(
            "control-heavy.txt", "error", "a third of the bytes are control characters", reason="binary data"
        ),
    )
    add(
        "single-line-10mb.txt",
        (CV_TEXT.replace("\n", " ") + "lorem ipsum dolor sit amet, " * 400_000)[: 10 * 1024 * 1024],
        Case("single-line-10mb.txt", "ok", "10 MB on one line: cut at 2 M characters", warning="characters"),
    )
    rtl = [
        "ليلى حسن",
        "طالبة دكتوراه، جامعة القاهرة",
        "",
        "Education",
        "Ph.D. in Physics, Cairo University, 2019 - 2024",
        "תואר ראשון בפיזיקה, האוניברסיטה העברית, 2015 - 2019",
        "\u202eevil override\u202c and \u2067isolate\u2069",
    ]
    add(
        "rtl.txt",
        "\n".join(rtl) + "\n",
        Case("rtl.txt", "ok", "Arabic, Hebrew, bidi controls", contains="Cairo"),
    )
    cjk = [
        "张伟 (Wei Zhang)",
        "博士研究生, 北京大学物理学院",
        "",
        "Education",
        "Ph.D. in Physics, 北京大学, 2019 - 2024",
        "学士, 東京大学, 2015 - 2019",
        "Publications",
        "張偉, 山田太郎. 量子ウィジェット. QIP 2023.",
    ]
    add("cjk.txt", "\n".join(cjk) + "\n", Case("cjk.txt", "ok", "Chinese and Japanese", contains="北京大学"))
    add(
        "emoji.txt",
        CV_TEXT.replace(NAME, f"{NAME} 👩🏽‍🔬🚀").replace("Education", "🎓 Education") + "🏳️‍🌈 ✨\n",
        Case("emoji.txt", "ok", "emoji, ZWJ sequences, skin tones", contains="Tarrow"),
    )
    add(
        "classic-mac-newlines.txt",
        CV_TEXT.replace("\n", "\r"),
        Case("classic-mac-newlines.txt", "ok", "CR-only line ends", contains="Tarrow"),
    )
    # --- HTML
    add(
        "malformed.html",
        f"<html><head><title>{NAME}</title><body><h1>{NAME}</h2><p <b>Ph.D. Student</i>, University of Tarrow"
        "<h2>Education<ul><li>Ph.D. in Physics, University of Tarrow, 2019 - 2024<li>B.Sc. <<>> </td></tr>"
        "<a href='javascript:alert(1)'>x</a><!-- unclosed comment",
        Case("malformed.html", "ok", "unclosed and mismatched tags, an unclosed comment", contains="Tarrow"),
    )
    add(
        "nested-10k.html",
        html("<div>" * 10_000 + CV_HTML + "</div>" * 10_000),
        Case("nested-10k.html", "ok", "10,000 nested divs", contains="Tarrow"),
    )
    add(
        "nested-unclosed-100k.html",
        html("<span><b>" * 50_000 + CV_HTML),
        Case("nested-unclosed-100k.html", "clean", "100,000 unclosed inline tags"),
    )
    script = "var x = 'SCRIPT-MARKER';\n" + "x += 'aaaaaaaaaa';\n" * 400_000
    add(
        "huge-script.html",
        html(CV_HTML + f"<script>{script}</script>", head=f"<script>{script}</script>"),
        Case("huge-script.html", "ok", "two 7 MB inline scripts", contains="Tarrow", absent="SCRIPT-MARKER"),
    )
    payload = "QUJD" * 1_000_000  # 4 MB of base64
    add(
        "data-uris.html",
        html(
            CV_HTML
            + f'<img src="data:image/png;base64,{payload}"><a href="data:text/html;base64,{payload}">cv</a>'
            f'<div style="background:url(data:image/png;base64,{payload})"></div>'
        ),
        Case(
            "data-uris.html",
            "ok",
            "4 MB data: URIs in img, a and style",
            contains="Tarrow",
            absent="QUJDQUJD",
        ),
    )
    add(
        "entity-emails.html",
        html(
            f"<h1>{NAME}</h1><p>Email: &#106;&#97;&#110;&#101;&#64;"
            "&#116;&#97;&#114;&#114;&#111;&#119;&#46;edu</p>"
            "<p>Also jane&#x2E;doe&#x40;tarrow&#x2e;edu</p>"
        ),
        Case(
            "entity-emails.html", "ok", "emails written as character references", contains="jane@tarrow.edu"
        ),
    )
    add(
        "active-content.html",
        html(
            CV_HTML
            + '<script src="http://example.invalid/x.js"></script><iframe src="http://example.invalid/"></iframe>'
            '<img src="http://example.invalid/pixel.gif" onerror="alert(1)">',
            head='<meta http-equiv="refresh" content="0;url=http://example.invalid/">'
            '<link rel="stylesheet" href="http://example.invalid/s.css">',
        ),
        Case(
            "active-content.html",
            "ok",
            "remote scripts, frames, pixels, a refresh: none fetched",
            contains="Tarrow",
        ),
    )
    return cases


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path, help="directory to write the corpus into")
    parser.add_argument(
        "--source-pdf", type=Path, default=DEFAULT_SOURCE_PDF, help="PDF to truncate and damage"
    )
    parser.add_argument("--clean", action="store_true", help="empty OUT first")
    args = parser.parse_args(argv)
    if args.clean and args.out.exists():
        for child in args.out.iterdir():
            if child.is_dir():
                shutil.rmtree(child)
            else:
                child.chmod(0o600)
                child.unlink()
    cases = make_corpus(args.out, args.source_pdf)
    sys.stderr.write(f"{len(cases)} cases in {args.out}\n")
    return 0


if __name__ == "__main__":
    os.umask(0o022)
    raise SystemExit(main())
