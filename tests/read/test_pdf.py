"""``extractor.read`` on PDFs: reading order, font cues, bullets, word spacing, pages, links, furniture.

The committed fixture PDFs are rendered from the ``*.pdf.md`` beside them, so every assertion
here can be checked against that source. PDFs that need a layout no fixture has (no text layer,
a running footer, a bare two-column page) are generated with fpdf2 into ``tmp_path``.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import pytest
from fpdf import FPDF

from extractor.document import Document, Line, LinkSpan, MediaType
from extractor.options import ExtractOptions, PdfReader
from extractor.read import read_document
from tests.conftest import FIXTURES

PLAIN = "cv-plain-pdf"
DATE_MARGIN = "cv-date-margin-pdf"
TWO_COLUMN = "cv-two-column-pdf"
HYPERLINKS = "cv-hyperlinks-pdf"
CASES = (PLAIN, DATE_MARGIN, TWO_COLUMN, HYPERLINKS)
# the two-column fixture's columns, in points from the left edge (pdf.md: margins 15 mm, left share 0.31)
FIXTURE_LEFT_COLUMN_END = 205.0
FIXTURE_RIGHT_COLUMN_START = 230.0
# characters stripped from both sides of a token before comparing PDF text with its source
TOKEN_EDGES = "[]()*,.;:|\"'`^#\\"


@cache
def read(case: str) -> Document:
    return read_document(str(FIXTURES / case / "cv.pdf"), ExtractOptions())


def texts(doc: Document) -> list[str]:
    return [line.text for line in doc.lines]


def line_starting(doc: Document, start: str) -> Line:
    for line in doc.lines:
        if line.text.startswith(start):
            return line
    raise AssertionError(f"no line starts with {start!r} in {doc.source.path}:\n" + "\n".join(texts(doc)))


def index_of(doc: Document, start: str, after: int = -1) -> int:
    for line in doc.lines[after + 1 :]:
        if line.text.startswith(start):
            return line.number
    raise AssertionError(
        f"no line starting with {start!r} after line {after} in {doc.source.path}:\n" + "\n".join(texts(doc))
    )


def body_size(doc: Document) -> float:
    sizes = [line.size for line in doc.lines if line.size is not None]
    return max(set(sizes), key=sizes.count)


def render(path: Path, build: object) -> str:
    """Write an fpdf2 document built by ``build(pdf)`` (letter, core fonts) and return its path."""
    pdf = FPDF(format="letter", unit="mm")
    pdf.core_fonts_encoding = "windows-1252"
    pdf.set_margins(18, 18)
    pdf.set_auto_page_break(True, 18)
    pdf.set_font("Helvetica", size=10)
    build(pdf)  # type: ignore[operator]
    pdf.output(str(path))
    return str(path)


# --- reading order ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "case, expected",
    [
        pytest.param(
            PLAIN,
            [
                "Nadia Farrokhzad",
                "nadiafarrokhzad.net/",
                "EDUCATION",
                "Northbridge University",
                "Ph.D. in Computer",
                "Advisor: Prof. Elliot",
                "Carrow State University",
                "Research Interests",
                "PUBLICATIONS",
                "[1] Tidepool",
                "[2] Gantry",
                "[3] Sundial",
                "[4] Ledger",
                "[5] Warm Starts",
                "[6] A Measurement",
                "EXPERIENCE",
                "TEACHING",
                "SERVICE",
                "AWARDS",
                "SKILLS",
                "Tools:",
            ],
            id="plain-sections-in-source-order",
        ),
        pytest.param(
            DATE_MARGIN,
            [
                "Lena Aurich-Campos",
                "Postdoctoral Researcher in Computational",
                "Institut für Quantenmaterie",
                "Research Interests",
                "Education",
                "2016 – 2020 Dr. rer. nat.",
                "Dissertation: Heat",
                "Advisor: Prof.",
                "2013 – 2016 Diplom",
                "Professional Experience",
                "Sep 2022 – Present Postdoctoral Researcher",
                "Lead developer",
                "Teaching",
                "Selected Publications",
                "2024 L. Aurich-Campos",
                "Grants and Awards",
                "Languages",
                "Computer Skills",
                "HPC",
            ],
            id="date-margin-margin-column-not-read-first",
        ),
        pytest.param(
            HYPERLINKS,
            [
                "Rafael Quintanilla",
                "Postdoctoral Fellow, Center",
                "400 Harbor Street",
                "Homepage",
                "Research Interests",
                "Appointments",
                "Education",
                "Publications",
                "[1] Rafael",
                "[2] Ibrahim",
                "[3] Rafael",
                "[4] Rafael",
                "[5] Rafael",
                "Software",
                "Teaching",
                "Honors",
                "Outstanding Reviewer",
            ],
            id="hyperlinks-centred-header-then-sections",
        ),
        pytest.param(
            TWO_COLUMN,
            [
                "Kwame Asante-Berg",
                "Machine Learning Research Scientist",
                "CONTACT",
                "hello@kwameasanteberg.dev",
                "Chicago, IL, USA",
                "SKILLS",
                "Methods: causal inference",
                "LANGUAGES",
                "French (intermediate)",
                "AWARDS",
                "Dean's Scholarship",
                "EDUCATION",
                "Ph.D. in Statistics",
                "EXPERIENCE",
                "Senior Research Scientist",
                "Data Science Intern",
                "PUBLICATIONS",
                "[1] K. Asante-Berg",
                "[4] K. Asante-Berg",
            ],
            id="two-column-sidebar-then-main",
        ),
    ],
)
def test_lines_come_in_reading_order(case: str, expected: list[str]) -> None:
    doc = read(case)
    position = -1
    for start in expected:
        position = index_of(doc, start, after=position)


def test_numbers_are_consecutive_from_zero() -> None:
    for case in CASES:
        doc = read(case)
        assert [line.number for line in doc.lines] == list(range(len(doc.lines))), case


def test_fixture_left_column_lines_all_come_before_right_column_lines() -> None:
    doc = read(TWO_COLUMN)
    gutter = (FIXTURE_LEFT_COLUMN_END + FIXTURE_RIGHT_COLUMN_START) / 2
    body = doc.lines[2:]  # below the full-width name and tagline
    left = [line.number for line in body if (line.x1 or 0) < gutter]
    right = [line.number for line in body if (line.x0 or 0) > gutter]
    assert len(left) + len(right) == len(body), "a line crosses the gutter"
    assert left and right and max(left) < min(right), texts(doc)


@pytest.mark.parametrize("header", [False, True], ids=["bare-columns", "full-width-name-above"])
def test_two_text_columns_read_left_then_right(tmp_path: Path, header: bool) -> None:
    left = [
        "SKILLS",
        "Python, Rust",
        "Julia, Fortran",
        "LANGUAGES",
        "Hungarian",
        "Welsh",
        "Estonian",
        "CONTACT",
    ]
    right = [
        "EDUCATION",
        "Ph.D. in Geology, Tarrow University",
        "B.Sc. in Geology, Linmoor College",
        "EXPERIENCE",
        "Postdoctoral Fellow, Kestrel Institute",
        "Field Assistant, Survey Office",
        "Research Intern, Coastal Lab",
        "Lecturer, Tarrow University",
    ]

    name = "Ines Varga-Oyelowo Longname"  # wide enough to cross the gutter

    def build(pdf: FPDF) -> None:
        pdf.add_page()
        if header:
            pdf.set_font("Helvetica", "B", 20)
            pdf.set_xy(18, 20)
            pdf.cell(0, 8, name)
            pdf.set_font("Helvetica", size=10)
        for i, (a, b) in enumerate(zip(left, right, strict=True)):
            pdf.set_xy(18, 40 + 7 * i)
            pdf.cell(55, 6, a)
            pdf.set_xy(85, 40 + 7 * i)
            pdf.cell(110, 6, b)

    doc = read_document(render(tmp_path / "columns.pdf", build), ExtractOptions())
    assert texts(doc) == ([name] if header else []) + left + right


# --- a date beside its entry stays on the entry's line -----------------------------------------


@pytest.mark.parametrize(
    "case, start, cells",
    [
        pytest.param(
            PLAIN,
            "Ph.D. in Computer Science",
            ("Ph.D. in Computer Science", "Sep 2021 – May 2026 (Expected)"),
            id="degree-expected-date",
        ),
        pytest.param(
            PLAIN,
            "Northbridge University Sep",
            ("Northbridge University", "Sep 2021 – Present"),
            id="employer-present",
        ),
        pytest.param(
            PLAIN,
            "Northbridge University Northbridge",
            ("Northbridge University", "Northbridge, MA, USA"),
            id="right-aligned-place",
        ),
        pytest.param(
            PLAIN,
            "Undergraduate Grader",
            (
                "Undergraduate Grader, CS 201 Data Structures, Carrow State University",
                "Fall 2019, Spring 2020",
            ),
            id="two-terms",
        ),
        pytest.param(
            PLAIN, "NSDI Student Travel Grant", ("NSDI Student Travel Grant", "2024"), id="award-year"
        ),
        pytest.param(
            HYPERLINKS,
            "Visiting Researcher",
            (
                "Visiting Researcher, Instituto de Estudios Sociales Computacionales, Madrid, Spain",
                "Jun 2022 – Aug 2022",
            ),
            id="appointment-months",
        ),
        pytest.param(
            HYPERLINKS,
            "Carmody Graduate Fellowship",
            ("Carmody Graduate Fellowship", "2017"),
            id="honor-year",
        ),
    ],
)
def test_right_aligned_date_is_a_cell_of_its_line(case: str, start: str, cells: tuple[str, ...]) -> None:
    line = line_starting(read(case), start)
    assert line.cells == cells, line
    assert line.text == " ".join(cells)


@pytest.mark.parametrize(
    "date, entry",
    [
        pytest.param("2016 – 2020", "Dr. rer. nat. in Theoretical Physics", id="year-range"),
        pytest.param("Mar 2012 – Jul 2012", "Exchange semester (DAAD scholarship)", id="month-range"),
        pytest.param("Sep 2022 – Present", "Postdoctoral Researcher,", id="open-range"),
        pytest.param("Oct 2020 – Aug 2022", "Postdoctoral Fellow,", id="month-range-long-entry"),
        pytest.param("WS 2017/18", "Tutor, Theoretische Physik III", id="winter-semester"),
        pytest.param("Spring 2022", "Guest Lecturer", id="season"),
        pytest.param("2024", "L. Aurich-Campos, T. Brennecke", id="publication-year"),
        pytest.param("2012", "DAAD Exchange Scholarship", id="award-year-on-page-2"),
    ],
)
def test_margin_date_is_on_its_entry_line(date: str, entry: str) -> None:
    doc = read(DATE_MARGIN)
    line = line_starting(doc, f"{date} {entry}")
    assert date not in [ln.text for ln in doc.lines], f"{date!r} left on a line of its own"
    if line.cells:
        assert line.cells[0] == date


def test_margin_continuation_lines_carry_no_date() -> None:
    doc = read(DATE_MARGIN)
    for start in ("Dissertation: Heat", "Advisor: Prof. Dr. Konrad", "Tesina:"):
        line = line_starting(doc, start)
        assert not re.match(r"\d{4}", line.text), line.text


# --- font cues ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "case, name",
    [
        pytest.param(PLAIN, "Nadia Farrokhzad", id="plain"),
        pytest.param(DATE_MARGIN, "Lena Aurich-Campos", id="date-margin"),
        pytest.param(TWO_COLUMN, "Kwame Asante-Berg", id="two-column"),
        pytest.param(HYPERLINKS, "Rafael Quintanilla", id="hyperlinks"),
    ],
)
def test_name_line_is_first_bold_and_largest(case: str, name: str) -> None:
    doc = read(case)
    first = doc.lines[0]
    assert first.text == name
    assert first.bold
    assert first.size is not None and first.size > body_size(doc)
    assert first.size == max(line.size or 0 for line in doc.lines)
    assert first.page == 1


@pytest.mark.parametrize(
    "case, heading",
    [
        pytest.param(PLAIN, "EDUCATION", id="caps"),
        pytest.param(PLAIN, "PUBLICATIONS (*Equal contribution)", id="with-legend"),
        pytest.param(PLAIN, "Research Interests", id="subheading"),
        pytest.param(PLAIN, "SKILLS", id="on-page-2"),
        pytest.param(DATE_MARGIN, "Selected Publications", id="in-text-column"),
        pytest.param(DATE_MARGIN, "Grants and Awards", id="last-on-page-1"),
        pytest.param(HYPERLINKS, "Appointments", id="times-bold"),
    ],
)
def test_headings_are_bold_and_larger_than_body(case: str, heading: str) -> None:
    doc = read(case)
    line = line_starting(doc, heading)
    assert line.text == heading
    assert line.bold and not line.list_item
    assert line.size is not None and line.size > body_size(doc)


@pytest.mark.parametrize(
    "case, start, bold_spans",
    [
        pytest.param(PLAIN, "[1] Tidepool", ("Nadia Farrokhzad*",), id="owner-with-star"),
        pytest.param(PLAIN, "[2] Gantry", ("Nadia Farrokhzad",), id="owner-first"),
        pytest.param(PLAIN, "Languages: Python", ("Languages:",), id="skill-category"),
        pytest.param(DATE_MARGIN, "2023 S. Ndiaye-Holt", ("L. Aurich-Campos",), id="owner-after-date"),
        pytest.param(HYPERLINKS, "framing-drift:", ("framing-drift",), id="software-name"),
    ],
)
def test_bold_runs_inside_a_regular_line(case: str, start: str, bold_spans: tuple[str, ...]) -> None:
    line = line_starting(read(case), start)
    assert not line.bold
    assert line.bold_spans == bold_spans


# (line's runs: (text, bold)) -> (line.bold, its bold runs: mostly_bold_spans of a bold line,
# bold_spans of a regular one); invented entries
STYLED_LINES = [
    pytest.param(
        [("A Study of Widgets and Gears", True), ("In preparation", False)],
        True,
        ("A Study of Widgets and Gears",),
        id="bold-title-regular-tail",
    ),
    pytest.param(
        [("Jane Doe", True), ("and John Roe wrote about widgets and gears", False)],
        False,
        ("Jane Doe",),
        id="bold-name-regular-rest",
    ),
    pytest.param([("A Study of Widgets and Gears in Practice", True)], True, (), id="all-bold"),
    pytest.param([("A Study of Widgets and Gears", True), (",", False)], True, (), id="regular-comma-only"),
]


@pytest.mark.parametrize("reader", ["pdfium", "pdfplumber"])
@pytest.mark.parametrize("runs, bold, bold_spans", STYLED_LINES)
def test_bold_runs_of_a_mostly_bold_line(
    tmp_path: Path, reader: str, runs: list[tuple[str, bool]], bold: bool, bold_spans: tuple[str, ...]
) -> None:
    """A line mostly in bold keeps its bold runs apart (``mostly_bold_spans``) when a word of it is
    regular (a bold title before a regular status), with both readers; a line all in bold has none."""
    pdf = FPDF(format="letter", unit="mm")
    pdf.add_page()
    for text, is_bold in runs:
        pdf.set_font("Helvetica", "B" if is_bold else "", 10)
        pdf.write(6, text if text == "," else f"{text} ")
    path = tmp_path / "styled.pdf"
    pdf.output(str(path))
    line = read_document(str(path), ExtractOptions(reader=PdfReader(reader))).lines[0]
    assert (line.bold, line.mostly_bold_spans if line.bold else line.bold_spans) == (bold, bold_spans)
    assert not (line.bold and line.bold_spans)  # inside a regular line only (an owner's name)


def test_regular_lines_are_not_bold() -> None:
    doc = read(PLAIN)
    for start in ("Advisor: Prof. Elliot", "Ph.D. in Computer Science", "I build systems", "Tools: Linux"):
        assert not line_starting(doc, start).bold, start


# --- bullets -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "case, text",
    [
        pytest.param(PLAIN, "Advisor: Prof. Elliot Marchetti", id="short-bullet"),
        pytest.param(PLAIN, "GPA: 3.91/4.00, summa cum laude", id="gpa-bullet"),
        pytest.param(PLAIN, "Shadow Program Committee: EuroSys 2024", id="service-bullet-page-2"),
        pytest.param(
            PLAIN, "Organizer, Northbridge Systems Reading Group (2022 – 2024)", id="bullet-with-dash"
        ),
        pytest.param(
            DATE_MARGIN,
            "Co-supervise two doctoral students and one master's student",
            id="bullet-in-text-column",
        ),
        pytest.param(
            TWO_COLUMN,
            "Shipped a survival model for sepsis onset; reduced false alerts by 32% at equal",
            id="bullet-in-right-column",
        ),
    ],
)
def test_bullet_is_a_list_item_without_its_marker(case: str, text: str) -> None:
    doc = read(case)
    matches = [line for line in doc.lines if line.text == text]
    assert matches, f"{text!r} not found as a whole line in {case}"
    assert all(line.list_item for line in matches)


def test_wrapped_bullet_continuation_is_not_a_list_item() -> None:
    doc = read(PLAIN)
    first = line_starting(doc, "Designed Gantry")
    following = doc.lines[first.number + 1]
    assert first.list_item and not following.list_item
    assert following.text.startswith("latency by 41%")
    assert (following.x0 or 0) > (first.x0 or 0)  # the hanging indent


@pytest.mark.parametrize("case", CASES)
def test_no_line_keeps_a_bullet_glyph(case: str) -> None:
    assert not [t for t in texts(read(case)) if t.startswith(("•", "▪", "– "))]


def test_entry_labels_are_not_list_items() -> None:
    doc = read(PLAIN)
    labelled = [line for line in doc.lines if re.match(r"\[\d\]", line.text)]
    assert len(labelled) == 6
    assert not any(line.list_item for line in labelled)


# --- words are not glued -----------------------------------------------------------------------


def _source_tokens(case: str) -> set[str]:
    source = (FIXTURES / case / "cv.pdf.md").read_text("utf-8")
    source = re.sub(r"\]\([^)\s]+\)", "]", source).replace("{-}", "")
    tokens: set[str] = set()
    for line in source.splitlines():
        if line.startswith("@"):
            continue
        tokens.update(_token(t) for t in line.split())
    return tokens


def _token(raw: str) -> str:
    return raw.strip(TOKEN_EDGES).replace("*", "").replace("\\", "")


@pytest.mark.parametrize("case", CASES)
def test_every_word_is_a_word_of_the_source(case: str) -> None:
    """A token absent from the source is two words glued together ("ComputerScience")."""
    source = _source_tokens(case)
    glued = sorted(
        {
            t
            for line in read(case).lines
            for t in line.text.split()
            if any(c.isalpha() for c in t) and _token(t) not in source
        }
    )
    assert not glued, f"{case}: tokens not in the source: {glued}"


@pytest.mark.parametrize(
    "case, phrase",
    [
        pytest.param(PLAIN, "Ph.D. in Computer Science", id="degree"),
        pytest.param(PLAIN, "B.S. in Computer Science, Minor in Mathematics", id="degree-minor"),
        pytest.param(DATE_MARGIN, "Institut für Quantenmaterie", id="umlaut"),
        pytest.param(HYPERLINKS, "Association for Computational Linguistics", id="times-roman"),
    ],
)
def test_phrases_keep_their_spaces(case: str, phrase: str) -> None:
    assert any(phrase in t for t in texts(read(case)))
    assert not any(phrase.replace(" ", "") in t for t in texts(read(case)))


# --- pages and source --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "case, pages, title",
    [
        pytest.param(PLAIN, 2, "Nadia Farrokhzad - Curriculum Vitae", id="plain-two-pages"),
        pytest.param(DATE_MARGIN, 2, "Curriculum Vitae - Lena Aurich-Campos", id="date-margin-two-pages"),
        pytest.param(TWO_COLUMN, 1, "Kwame Asante-Berg CV", id="two-column-one-page"),
        pytest.param(HYPERLINKS, 1, "Rafael Quintanilla - CV", id="hyperlinks-one-page"),
    ],
)
def test_source_counts_pages_and_lines_carry_them(case: str, pages: int, title: str) -> None:
    doc = read(case)
    assert doc.source.media_type is MediaType.PDF
    assert doc.source.pages == pages
    assert doc.title == title
    assert doc.warnings == ()
    page_numbers = [line.page for line in doc.lines]
    assert page_numbers == sorted(page_numbers, key=lambda p: p or 0)
    assert set(page_numbers) == set(range(1, pages + 1))


def test_geometry_is_recorded() -> None:
    for line in read(PLAIN).lines:
        assert line.x0 is not None and line.x1 is not None and line.x0 < line.x1, line
        assert line.top is not None and line.bottom is not None and line.top < line.bottom, line


# --- hyperlinks --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "start, links",
    [
        pytest.param(
            "Rafael Quintanilla",
            (LinkSpan("Rafael Quintanilla", "mailto:rquintanilla@lakemont.edu"),),
            id="mailto-on-name",
        ),
        pytest.param(
            "400 Harbor Street",
            (LinkSpan("rquintanilla@lakemont.edu", "mailto:rquintanilla@lakemont.edu"),),
            id="mailto-on-address-line",
        ),
        pytest.param(
            "Homepage | Google Scholar",
            (
                LinkSpan("Homepage", "https://rquintanilla.github.io/"),
                LinkSpan("Google Scholar", "https://scholar.google.com/citations?user=Xq7rFk2AAAAJ"),
                LinkSpan("GitHub", "https://github.com/rquintanilla"),
                LinkSpan("ORCID", "https://orcid.org/0000-0002-1825-0097"),
            ),
            id="profile-links-row",
        ),
        pytest.param(
            "pages 4410–4427, 2024.",
            (
                LinkSpan("[pdf]", "https://rquintanilla.github.io/papers/framing-drift-acl24.pdf"),
                LinkSpan("[code]", "https://github.com/rquintanilla/framing-drift"),
                LinkSpan("[slides]", "https://rquintanilla.github.io/slides/framing-drift-acl24.pdf"),
            ),
            id="pdf-code-slides-after-text",
        ),
        pytest.param(
            "[pdf] [code] [video]",
            (
                LinkSpan("[pdf]", "https://rquintanilla.github.io/papers/quoted-icwsm23.pdf"),
                LinkSpan("[code]", "https://github.com/icastellanos/quoted"),
                LinkSpan("[video]", "https://rquintanilla.github.io/talks/quoted-icwsm23.mp4"),
            ),
            id="links-alone-on-wrapped-line",
        ),
        pytest.param(
            "framing-drift:",
            (LinkSpan("[code]", "https://github.com/rquintanilla/framing-drift"),),
            id="software-code-link",
        ),
    ],
)
def test_link_annotations_attach_to_their_line(start: str, links: tuple[LinkSpan, ...]) -> None:
    assert line_starting(read(HYPERLINKS), start).links == links


def test_bracketed_links_are_https_and_visible() -> None:
    spans = [
        (line, span) for line in read(HYPERLINKS).lines for span in line.links if span.text.startswith("[")
    ]
    assert len(spans) == 11  # 3 + 3 + 2 + 1 + 1 on the publications, 1 on the software
    for line, span in spans:
        assert span.url.startswith("https://"), span
        assert span.text in line.text


@pytest.mark.parametrize("case", [PLAIN, DATE_MARGIN, TWO_COLUMN])
def test_pdf_without_annotations_has_no_links(case: str) -> None:
    assert all(line.links == () for line in read(case).lines)


# --- generated PDFs: no text layer, page furniture ----------------------------------------------


def test_image_only_pdf_gives_no_lines_and_a_warning(tmp_path: Path) -> None:
    def build(pdf: FPDF) -> None:
        pdf.add_page()
        pdf.rect(20, 20, 120, 80, style="F")

    doc = read_document(render(tmp_path / "scan.pdf", build), ExtractOptions())
    assert doc.lines == ()
    assert doc.source.pages == 1
    assert any("no text layer" in w for w in doc.warnings), doc.warnings


BODY = [
    "Ines Varga",
    "Assistant Professor of Geology",
    "Research on glacier hydrology and meltwater",
    "Field campaigns in Svalbard and Patagonia",
    "Teaching sedimentology to undergraduates",
]
BODY_PAGE_2 = [
    "Service on the departmental safety committee",
    "Reviewer for regional geoscience journals",
    "Mentoring of visiting summer students",
]


@pytest.mark.parametrize(
    "footer",
    [
        pytest.param("Ines Varga – CV – page {n}", id="name-cv-page-n"),
        pytest.param("{n}", id="bare-page-number"),
        pytest.param("Page {n} of 2", id="page-n-of-m"),
    ],
)
def test_running_footer_is_dropped(tmp_path: Path, footer: str) -> None:
    class Footed(FPDF):
        def footer(self) -> None:
            self.set_y(-12)
            self.set_font("Helvetica", size=8)
            self.cell(0, 5, footer.format(n=self.page_no()), align="C")

    pdf = Footed(format="letter", unit="mm")
    pdf.core_fonts_encoding = "windows-1252"
    pdf.set_margins(18, 18)
    pdf.set_font("Helvetica", size=10)
    for page in (BODY, BODY_PAGE_2):
        pdf.add_page()
        for text in page:
            pdf.cell(0, 7, text, new_x="LMARGIN", new_y="NEXT")
    path = tmp_path / "footed.pdf"
    pdf.output(str(path))

    doc = read_document(str(path), ExtractOptions())
    assert texts(doc) == BODY + BODY_PAGE_2
    assert [line.page for line in doc.lines] == [1] * len(BODY) + [2] * len(BODY_PAGE_2)
    assert doc.source.pages == 2


# --- side-column headings on the baseline of their first entry ---------------------------------


def test_side_column_headings_are_split_from_their_first_entry(tmp_path: Path) -> None:
    rows = [
        ("EDUCATION", "Ph.D. in Geology, Tarrow University"),
        ("", "B.Sc. in Geology, Linmoor College"),
        ("EXPERIENCE", "Postdoctoral Fellow, Kestrel Institute"),
        ("", "Field Assistant, Survey Office"),
        ("Honors and", "Prize for Ice Studies, Kestrel Society"),  # a heading wrapped in the margin
        ("Awards", "Medal of the Survey Office"),
        ("TEACHING", "Lecturer, Glaciology, Tarrow University"),
        ("SERVICE", "Reviewer, Journal of Ice"),
        ("Languages", "Hungarian, Welsh"),
        ("References", "Available on request"),
    ]

    def build(pdf: FPDF) -> None:
        pdf.add_page()
        for i, (side, entry) in enumerate(rows):
            if side:
                pdf.set_xy(18, 40 + 7 * i)
                pdf.cell(30, 6, side)
            pdf.set_xy(60, 40 + 7 * i)
            pdf.cell(130, 6, entry)

    doc = read_document(render(tmp_path / "side.pdf", build), ExtractOptions())
    assert texts(doc) == [
        "EDUCATION",
        "Ph.D. in Geology, Tarrow University",
        "B.Sc. in Geology, Linmoor College",
        "EXPERIENCE",
        "Postdoctoral Fellow, Kestrel Institute",
        "Field Assistant, Survey Office",
        "Honors and Awards",
        "Prize for Ice Studies, Kestrel Society",
        "Medal of the Survey Office",
        "TEACHING",
        "Lecturer, Glaciology, Tarrow University",
        "SERVICE",
        "Reviewer, Journal of Ice",
        "Languages",
        "Hungarian, Welsh",
        "References",
        "Available on request",
    ]
    assert line_starting(doc, "Honors and Awards").top == line_starting(doc, "Prize for Ice").top


def test_a_line_reaching_past_the_entries_column_is_not_cut_at_a_word_space(tmp_path: Path) -> None:
    # side headings set the entries' column (60 mm); a title printed from the margin whose words run
    # across that column's edge, a word space apart, is one line, however its words before the edge
    # read ("Glacier-funded" names a kind): two such rows must not join into one wrapped heading
    rows = [("EDUCATION", "Ph.D. in Geology, Tarrow University"), ("EXPERIENCE", "Kestrel Institute")]
    titles = [
        ("Mapping firn layers under", "the Kestrel ice shelf"),
        ("Glacier-funded", "Survey collaboration"),
    ]

    def build(pdf: FPDF) -> None:
        pdf.add_page()
        for i, (side, entry) in enumerate(rows):
            pdf.set_xy(18, 40 + 7 * i)
            pdf.cell(30, 6, side)
            pdf.set_xy(60, 40 + 7 * i)
            pdf.cell(130, 6, entry)
        for i, (before, after) in enumerate(titles):
            width = pdf.get_string_width(before)
            pdf.set_xy(59 - width - pdf.c_margin, 60 + 7 * i)  # ends 1 mm left of the column
            pdf.cell(width + 2 * pdf.c_margin, 6, before)
            pdf.set_xy(59.8 - pdf.c_margin, 60 + 7 * i)  # a word space (0.8 mm) later
            pdf.cell(100, 6, after)

    doc = read_document(render(tmp_path / "reach.pdf", build), ExtractOptions())
    assert texts(doc)[-2:] == [
        "Mapping firn layers under the Kestrel ice shelf",
        "Glacier-funded Survey collaboration",
    ]


def test_a_smaller_row_under_a_side_heading_is_not_its_second_line(tmp_path: Path) -> None:
    # "Grants and fellowships" in 12 pt over "External" in 9 pt: a sub-heading, not a wrapped heading
    rows = [
        ("EDUCATION", 12, "Ph.D. in Geology, Tarrow University"),
        ("EXPERIENCE", 12, "Postdoctoral Fellow, Kestrel Institute"),
        ("Grants and fellowships", 12, "Ice Fund, Kestrel Society, 2021"),
        ("External", 9, "Survey Office grant, 2019"),
    ]

    def build(pdf: FPDF) -> None:
        pdf.add_page()
        for i, (side, size, entry) in enumerate(rows):
            pdf.set_font("Helvetica", size=size)
            pdf.set_xy(18, 40 + 7 * i)
            pdf.cell(30, 6, side)
            pdf.set_font("Helvetica", size=10)
            pdf.set_xy(70, 40 + 7 * i)
            pdf.cell(120, 6, entry)

    doc = read_document(render(tmp_path / "sub.pdf", build), ExtractOptions())
    assert texts(doc)[4:] == [
        "Grants and fellowships",
        "Ice Fund, Kestrel Society, 2021",
        "External Survey Office grant, 2019",  # "External" alone is no heading: it stays on its row
    ]


def test_a_side_heading_centred_on_its_entries_is_joined_across_them(tmp_path: Path) -> None:
    # a two-line side heading set beside the middle of its entries: its lines a line step apart,
    # an entry row between them
    def build(pdf: FPDF) -> None:
        pdf.add_page()
        for i, (side, entry) in enumerate(
            [("EDUCATION", "Ph.D., Tarrow University"), ("AWARDS", "Ice Medal")]
        ):
            pdf.set_xy(18, 30 + 7 * i)
            pdf.cell(30, 6, side)
            pdf.set_xy(60, 30 + 7 * i)
            pdf.cell(130, 6, entry)
        for i, entry in enumerate(["Glacier dynamics", "Firn densification", "Sea ice", "Permafrost"]):
            pdf.set_xy(60, 60 + 4 * i)
            pdf.cell(130, 4, entry)
        pdf.set_xy(18, 62)
        pdf.cell(30, 4, "Research")
        pdf.set_xy(18, 67)
        pdf.cell(30, 4, "Interests")

    doc = read_document(render(tmp_path / "centred.pdf", build), ExtractOptions())
    assert texts(doc)[4:] == [
        "Glacier dynamics",
        "Research Interests",
        "Firn densification",
        "Sea ice",
        "Permafrost",
    ]


def test_margin_dates_are_not_side_headings(tmp_path: Path) -> None:
    rows = [
        ("2019 – 2021", "Postdoctoral Fellow, Kestrel Institute"),
        ("2016 – 2019", "Ph.D., Tarrow University"),
    ]

    def build(pdf: FPDF) -> None:
        pdf.add_page()
        pdf.set_xy(18, 30)
        pdf.cell(60, 6, "EXPERIENCE")
        for i, (side, entry) in enumerate(rows):
            pdf.set_xy(18, 40 + 7 * i)
            pdf.cell(30, 6, side)
            pdf.set_xy(60, 40 + 7 * i)
            pdf.cell(130, 6, entry)

    doc = read_document(render(tmp_path / "dates.pdf", build), ExtractOptions())
    assert texts(doc) == [
        "EXPERIENCE",
        "2019 – 2021 Postdoctoral Fellow, Kestrel Institute",
        "2016 – 2019 Ph.D., Tarrow University",
    ]


@pytest.mark.parametrize("tracked", [True, False], ids=["letter-spaced", "large-words"])
def test_a_large_name_over_both_columns_stays_one_line(tmp_path: Path, tracked: bool) -> None:
    """A large name printed over a sidebar and the main column is not cut at the gutter between
    them: letter-spaced (each letter a word of its own, so no word crosses the gutter) or with the
    gutter falling in the space between its words; a small address printed on its row, right of it,
    is a cell of its own."""
    left = ["SKILLS", "Python, Rust", "Julia, Fortran", "LANGUAGES", "Hungarian", "Welsh", "Estonian"]
    right = [
        "EDUCATION",
        "Ph.D. in Geology, Tarrow University",
        "B.Sc. in Geology, Linmoor College",
        "EXPERIENCE",
        "Postdoctoral Fellow, Kestrel Institute of Marine and Coastal Geology",
        "Field Assistant, Survey Office",
        "Lecturer, Tarrow University",
    ]
    name = "INESVARGAOYELOWO" if tracked else "INES VARGA"
    address = "ines@tarrow.example"

    def build(pdf: FPDF) -> None:
        pdf.add_page()
        pdf.set_font("Helvetica", "B", 16 if tracked else 36)
        if tracked:
            pdf.set_char_spacing(6)
        pdf.set_xy(40 if tracked else 18, 20)
        pdf.cell(0 if tracked else 120, 12, name)
        pdf.set_char_spacing(0)
        pdf.set_font("Helvetica", size=10)
        if not tracked:
            pdf.set_xy(150, 23)
            pdf.cell(50, 6, address)
        for i, (a, b) in enumerate(zip(left, right, strict=True)):
            pdf.set_xy(18, 40 + 7 * i)
            pdf.cell(55, 6, a)
            pdf.set_xy(85, 40 + 7 * i)
            pdf.cell(110, 6, b)

    for reader in PdfReader:
        doc = read_document(render(tmp_path / "name.pdf", build), ExtractOptions(reader=reader))
        lines = texts(doc)
        if tracked:
            assert lines[0].replace(" ", "") == name, reader
        else:
            assert doc.lines[0].cells == (name, address), reader
        assert lines[1:] == left + right, reader
