"""Publications of pages whose markup has no item classes: one entry a paragraph, a list item or a
run of lines ended by <br><br>, with emphasis telling the title from the authors (invented pages)."""

from __future__ import annotations

from pathlib import Path

import pytest

from extractor import extract_profile
from extractor.document import DocumentKind
from extractor.options import ExtractOptions
from extractor.read.html import read_html

BR_RUNS = """<h3>Publications</h3>
<strong>Shadows of Invented Polytopes</strong> <a href="https://arxiv.org/abs/2406.01234">arXiv:2406.01234</a><br>
<strong>Ada Roe</strong> and <a href="https://example.org/bo">Bo Lind</a><br>
Accepted at Invented Geometry, 2026<br><br>
<strong>Walks in Invented Dimension</strong> <a href="https://arxiv.org/abs/2510.04321">arXiv:2510.04321</a><br>
<strong>Ada Roe</strong><br>
<i>Invented Programming, 2025</i><br><br>
<strong>Pivot Rules for Invented Methods</strong><br>
Cal Moss, <strong>Ada Roe</strong>, and Dee Park<br>
<i>INVC 2024</i><br><br>"""

ONE_CITATION_A_PARAGRAPH = """<h2>Publications</h2>
<p>Ada Roe, Bo Lind. (2024) &ldquo;Solving the invented search problem.&rdquo;
<i>Invented Science</i>. 12: 1-9.</p>
<p>Ada Roe and Cal Moss. (2023) &ldquo;A lattice of invented configurations.&rdquo;
<i>Invented Mathematics</i>. 343: 5-8.</p>
<p>Ada Roe. (2022) &ldquo;Concordance of invented graphs.&rdquo; <i>Invented Bulletin</i>. 66(4): 10-18.</p>
<p>Last updated: May 2025</p>"""

AUTHORS_THEN_TITLE = """<h2>Selected Publications</h2>
<p><strong>Ada Roe</strong>, Bo Lind, Cal Moss, et al.<br><i>An Invented Overdensity at Early Times</i><br>
Invented e-prints, arXiv:2601.01234 (2026)</p>
<p><strong>Ada Roe</strong>, Dee Park<br><i>Detecting Invented Holes with Lensing</i><br>
<i>The Invented Journal, 985, 2 (2025)</i></p>"""

NUMBERED_CARDS = """<h2>Publications</h2><h3>Peer-Reviewed</h3>
<div class="card"><span class="num">2</span><p>Roe, A., Lind, B. and Moss, C. (2025). The distraction function
of invented nectaries. <em>Invented Interactions</em>. <a href="https://doi.org/10.1/x">LINK</a></p></div>
<div class="card"><span class="num">1</span><p>Roe, A. and Park, D. (2023). Plant sex changes invented
outcomes. <em>Invented Ecology</em>. <a href="https://doi.org/10.1/y">LINK</a></p></div>"""

BLOG_UNDER_A_HEADING = """<h2>Publications</h2>
<p>Ada Roe, Bo Lind. (2024) &ldquo;Solving the invented search problem.&rdquo; <i>Invented Science</i>.</p>
<p>Ada Roe. (2022) &ldquo;Concordance of invented graphs.&rdquo; <i>Invented Bulletin</i>.</p>
<h2>Blog</h2><p>Here are the most recent articles I have written:</p>
<ul><li>Cats of an invented city - October 11, 2023</li>
<li>So I bought an invented camera - August 31, 2023</li></ul>"""

TITLE_PDF_PARAGRAPHS = """<h2>Papers</h2>
<p><strong>The Invented Effect as Skill and Strategy</strong> | <a href="/files/m.pdf">pdf</a></p>
<p><em>Ada Roe</em></p>
<p>forthcoming, Invented Organization Science</p>
<p>This paper proposes a reading of the invented effect as a property of the individual, and more.</p>
<p><strong>Does the Invented Middle Conform?</strong> | <a href="/files/c.pdf">pdf</a></p>
<p><em>Ada Roe, Bo Lind</em></p>
<p>Invented Organization Science 30 (2019)</p>"""

POSTER_CARDS = """<h2>A few things worth reading</h2>
<div class="pub"><div class="title">Monitoring of an invented asteroid</div>
<div class="authors">Roe, A.; Lind, B.</div><div class="venue">Invented Bulletin, 2024</div></div>
<div class="pub"><div class="title">Finding invented dwarfs</div>
<div>Poster · Invented Undergraduate Conference, April 6, 2026.</div></div>"""


def _page(tmp_path: Path, body: str) -> Path:
    page = tmp_path / "index.html"
    page.write_text(f"<html><body><h1>Ada Roe</h1>{body}</body></html>", encoding="utf-8")
    return page


def _publications(tmp_path: Path, body: str) -> list[tuple[str, str | None, int | None]]:
    options = ExtractOptions(kind=DocumentKind.HOMEPAGE, use_models=False)
    profile = extract_profile(str(_page(tmp_path, body)), options)
    return [(p.title, p.venue, p.year) for p in profile.publications]


def test_a_blank_br_br_leaves_a_paragraph_gap() -> None:
    lines, _ = read_html("<p>Line one<br>Line two<br><br>Line three<br> <br>Line four</p>")
    assert [(ln.text, ln.blank_before) for ln in lines] == [
        ("Line one", False),
        ("Line two", False),
        ("Line three", True),
        ("Line four", True),
    ]


def test_br_runs_are_one_entry_each_and_the_arxiv_link_leaves_the_title(tmp_path: Path) -> None:
    assert _publications(tmp_path, BR_RUNS) == [
        ("Shadows of Invented Polytopes", "Invented Geometry", 2026),
        ("Walks in Invented Dimension", "Invented Programming", 2025),
        ("Pivot Rules for Invented Methods", "INVC 2024", 2024),
    ]


def test_one_citation_a_paragraph_is_one_entry_each_and_a_dated_note_none(tmp_path: Path) -> None:
    assert [title for title, _, _ in _publications(tmp_path, ONE_CITATION_A_PARAGRAPH)] == [
        "Solving the invented search problem",
        "A lattice of invented configurations",
        "Concordance of invented graphs",
    ]


def test_authors_then_an_italic_title_read_in_that_order(tmp_path: Path) -> None:
    assert [(title, year) for title, _, year in _publications(tmp_path, AUTHORS_THEN_TITLE)] == [
        ("An Invented Overdensity at Early Times", 2026),
        ("Detecting Invented Holes with Lensing", 2025),
    ]


def test_numbered_cards_lose_their_badge_number(tmp_path: Path) -> None:
    assert [title for title, _, _ in _publications(tmp_path, NUMBERED_CARDS)] == [
        "The distraction function of invented nectaries",
        "Plant sex changes invented outcomes",
    ]


def test_a_blog_list_below_a_plain_intro_line_is_not_publications(tmp_path: Path) -> None:
    assert [title for title, _, _ in _publications(tmp_path, BLOG_UNDER_A_HEADING)] == [
        "Solving the invented search problem",
        "Concordance of invented graphs",
    ]


def test_a_bold_title_with_a_pdf_link_then_an_italic_author(tmp_path: Path) -> None:
    assert [title for title, _, _ in _publications(tmp_path, TITLE_PDF_PARAGRAPHS)] == [
        "The Invented Effect as Skill and Strategy",
        "Does the Invented Middle Conform?",
    ]


@pytest.mark.parametrize("markup", [POSTER_CARDS], ids=["poster-card"])
def test_a_card_a_poster_line_names_is_not_a_paper(tmp_path: Path, markup: str) -> None:
    titles = [title for title, _, _ in _publications(tmp_path, markup)]
    assert titles == ["Monitoring of an invented asteroid"]


def test_a_row_of_links_with_punctuation_between_them_is_a_links_row() -> None:
    lines, _ = read_html(
        """<ol class="bibliography"><li><span class="title">An invented result</span>.
        <a href="/a.pdf">pdf</a>, <a href="https://arxiv.org/abs/1">arXiv page</a>,
        <a href="/s.pdf">slides</a></li></ol>"""
    )
    assert [(ln.role, ln.text) for ln in lines] == [
        ("title", "An invented result"),
        ("links", ". pdf, arXiv page, slides"),
    ]


def test_items_under_a_mentoring_heading_are_not_the_owners_papers(tmp_path: Path) -> None:
    body = """<h2>Papers</h2><ol class="bibliography">
    <li><span class="title">An invented result</span>,
    <span class="journal">Invented Letters</span>, 2021.</li>
    </ol><h2>Mentoring</h2><ul>
    <li>I mentored Bo Lind on <span class="title">A mentee's invented result</span>,
    <span class="journal">Invented Journal</span>.</li>
    <li>I mentored Cal Moss on <span class="title">Another mentee's result</span>,
    <span class="journal">Invented Review</span>.</li></ul>"""
    assert [title for title, _, _ in _publications(tmp_path, body)] == ["An invented result"]


def test_a_plain_list_below_a_sections_cards_is_read_too(tmp_path: Path) -> None:
    body = """<h2>Publications</h2>
    <div class="pub"><div class="title">An invented result</div><div class="authors">Roe, A.</div>
    <div class="venue">Invented Letters, 2021</div></div>
    <h3>Manuscripts Under Review</h3><ul>
    <li>Roe, A., &amp; Lind, B. (2025). A digital shoulder for invented robots. <em>Under Review.</em></li>
    <li>Roe, A., Moss, C., &amp; Park, D. Challenges of invented work in the digital era.
    <em>Under Review.</em></li>
    </ul>"""
    titles = [title for title, _, _ in _publications(tmp_path, body)]
    assert titles == [
        "An invented result",
        "A digital shoulder for invented robots",
        "Challenges of invented work in the digital era",
    ]
