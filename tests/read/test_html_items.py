"""Publication items and their parts, as the markup of site generators delimits them (invented pages)."""

from __future__ import annotations

from pathlib import Path

import pytest

from extractor import extract_profile
from extractor.document import DocumentKind
from extractor.options import ExtractOptions
from extractor.read.html import read_html

ALFOLIO = """<div class="post"><h2>selected publications</h2><ol class="bibliography">
<li><div class="row"><div class="col-sm-2 abbr"><abbr class="badge">JGR</abbr></div>
<div id="lund2024" class="col-sm-8">
  <div class="title">Basal sliding under meltwater forcing</div>
  <div class="author"><em>Ana Lund</em>, and Tomas Brekke</div>
  <div class="periodical"><em>Journal of Invented Glaciology</em>, 2024</div>
  <div class="links"><a href="/a.pdf">PDF</a> <a href="https://example.org/code">Code</a></div>
  <div class="abstract hidden"><p>We model the invented ice.</p></div>
  <div class="bibtex hidden"><pre>@article{lund2024, title={Basal sliding}}</pre></div>
</div></div></li>
<li><div class="col-sm-8"><div class="title">Firn at warm margins</div>
  <div class="author">Tomas Brekke and <em>Ana Lund</em></div>
  <div class="periodical">Annals of Invented Ice, 2022</div></div></li>
</ol></div>"""

HUGO_CARD = """<section id="publications"><h1>Recent Publications</h1>
<div class="pub-list-item"><span class="article-metadata li-cite-author"><span>Mira Solberg</span>,
<span>Owen Tarrant</span></span> (2023). <a href="/publication/x/">Packing invented proteins</a>.
<em>Journal of Invented Proteins</em>.<p><a class="btn" href="/x.pdf">PDF</a></p></div></section>"""

CSL = """<h2>Papers</h2><div id="refs"><div class="csl-entry">Doe, J. (2021). An invented result.
<em>Invented Letters</em>, 3, 1-9.</div><div class="csl-entry">Doe, J., &amp; Roe, R. (2020).
Another invented result. <em>Invented Review</em>.</div></div>"""

NEWS_AND_TALKS = """<div class="news"><ul class="publications"><li>Our paper <b>An invented result</b> was
accepted.</li></ul></div><div class="talks"><div class="pub"><div class="title">An invented talk</div>
<div class="venue">Invented Seminar, 2024</div></div></div>"""


def _items(markup: str) -> list[tuple[int | None, str | None, str]]:
    lines, _ = read_html(markup)
    return [(ln.item, ln.role, ln.text) for ln in lines if ln.item is not None]


def test_alfolio_items_keep_title_authors_venue_and_link_rows_apart() -> None:
    assert _items(ALFOLIO) == [
        (0, "title", "Basal sliding under meltwater forcing"),
        (0, "authors", "Ana Lund, and Tomas Brekke"),
        (0, "venue", "Journal of Invented Glaciology, 2024"),
        (0, "links", "PDF Code"),
        (1, "title", "Firn at warm margins"),
        (1, "authors", "Tomas Brekke and Ana Lund"),
        (1, "venue", "Annals of Invented Ice, 2022"),
    ]


def test_hidden_abstract_and_bibtex_boxes_are_not_text() -> None:
    lines, _ = read_html(ALFOLIO)
    text = " ".join(ln.text for ln in lines)
    assert "We model" not in text
    assert "@article" not in text


def test_a_hugo_card_names_its_authors_and_keeps_the_rest_of_the_citation() -> None:
    assert _items(HUGO_CARD) == [
        (0, "authors", "Mira Solberg, Owen Tarrant"),
        (0, None, "(2023). Packing invented proteins. Journal of Invented Proteins."),
        (0, "links", "PDF"),
    ]


def test_csl_entries_are_one_item_each() -> None:
    assert [(item, role) for item, role, _ in _items(CSL)] == [(0, None), (1, None)]


@pytest.mark.parametrize("markup", [NEWS_AND_TALKS], ids=["news-and-talks"])
def test_news_and_talk_items_are_not_publications(markup: str) -> None:
    assert _items(markup) == []


def test_a_list_of_an_item_class_holds_one_item_per_li() -> None:
    markup = """<ol class="pub">
    <li>A. Doe, "An invented result", <span class="venue">Invented Letters</span> (2021).</li>
    <li>A. Doe, "Another invented result", <span class="venue">Invented Review</span> (2020).</li></ol>"""
    items = _items(markup)
    assert sorted({item for item, _, _ in items}) == [0, 1]
    assert [(item, role, text) for item, role, text in items if role == "venue"] == [
        (0, "venue", "Invented Letters"),
        (1, "venue", "Invented Review"),
    ]


def test_a_list_item_with_one_classed_title_is_one_item() -> None:
    markup = """<ol><li><span class="title">An invented result</span>, with Bo Roe, submitted.</li>
    <li><span class="title">Another invented result</span>,
    <span class="journal">Invented Letters</span>.</li></ol>"""
    assert [(item, role) for item, role, _ in _items(markup)] == [
        (0, "title"),
        (0, None),
        (1, "title"),
        (1, None),
        (1, "venue"),
        (1, None),
    ]


def test_items_under_a_posters_heading_are_not_publications(tmp_path: Path) -> None:
    page = tmp_path / "index.html"
    page.write_text(
        """<html><body><h2>Papers</h2><ol class="bibliography"><li>Doe, J. (2021). An invented result.
    <em>Invented Letters</em>.</li></ol><h3>Selected Abstracts and Posters</h3><ol class="bibliography">
    <li>Doe, J. (2022). An invented poster. <em>Invented Meeting</em>.</li>
    <li>Doe, J. (2023). Another invented poster. <em>Invented Meeting</em>.</li></ol></body></html>""",
        encoding="utf-8",
    )
    profile = extract_profile(str(page), ExtractOptions(kind=DocumentKind.HOMEPAGE, use_models=False))
    assert [p.title for p in profile.publications] == ["An invented result"]


def test_a_badge_before_a_cards_title_is_not_part_of_it(tmp_path: Path) -> None:
    page = tmp_path / "index.html"
    page.write_text(
        """<html><body><h2>Publications</h2>
    <article class="pub-card"><div class="pub-badges"><span class="badge">First Author</span></div>
    <h3 class="pub-card__title">An invented result</h3>
    <p class="pub-card__authors">Roe, J., &amp; Li, B.</p>
    <p class="pub-card__journal"><em>Invented Letters</em>, 2021</p></article></body></html>""",
        encoding="utf-8",
    )
    profile = extract_profile(str(page), ExtractOptions(kind=DocumentKind.HOMEPAGE, use_models=False))
    assert [(p.title, p.venue, p.year) for p in profile.publications] == [
        ("An invented result", "Invented Letters", 2021)
    ]


def test_marked_items_are_read_whatever_kind_the_page_is_given(tmp_path: Path) -> None:
    page = tmp_path / "index.html"
    page.write_text(
        """<html><body><h2>Papers</h2><ol class="bibliography">
    <li><div class="title">An invented result</div><div class="author">Jane Roe</div>
    <div class="periodical">Invented Letters, 2021</div></li></ol></body></html>""",
        encoding="utf-8",
    )
    options = ExtractOptions(kind=DocumentKind.RESEARCH_STATEMENT, use_models=False)
    profile = extract_profile(str(page), options)
    assert [(p.title, p.venue) for p in profile.publications] == [("An invented result", "Invented Letters")]
