"""``extractor.read.html.read_html_page``: links with their icons and zones, <meta>, data-attribute
addresses; and the sniffing of pages that open with an XML declaration or front matter.

Every page here is invented.
"""

from __future__ import annotations

import pytest

from extractor.document import MediaType
from extractor.read import sniff_media_type
from extractor.read.html import read_html_page

PAGE = """<!doctype html><html><head><title>Jane Quill | Ecology</title>
<meta property="og:title" content="Jane Quill">
<meta name="author" content="Jane Quill">
<meta property="og:url" content="https://jquill.example.io/">
</head><body>
<nav class="navbar"><a href="/">Home</a><a href="/cv/">CV</a></nav>
<div class="profile"><h1>Jane Quill</h1>
  <div class="social">
  <a href="https://github.com/jquill" aria-label="GitHub"><i class="fab fa-github"></i></a>
  <a href="mailto:%6A%71@example.edu" title="email"><i class="fas fa-envelope"></i></a></div></div>
<div class="team"><div class="card"><h4>Rosa Howard</h4>
  <a href="https://github.com/rhoward"><i class="fa fa-github"></i></a></div></div>
<ol class="bibliography"><li><a href="https://example.org/paper.pdf">PDF</a></li></ol>
<span class="mail" data-user="jq" data-domain="example.edu"></span>
<span data-reversed="ude.elpmaxe@lliuqj"></span>
<footer>Powered by <a href="https://jekyllrb.com">Jekyll</a></footer>
</body></html>"""


def test_anchors_keep_icons_zones_and_card_headings() -> None:
    page = read_html_page(PAGE)
    by_url = {a.url: a for a in page.anchors}
    assert by_url["/"].zone == "nav"
    github = by_url["https://github.com/jquill"]
    assert (github.text, github.zone, github.heading) == ("", "page", "Jane Quill")
    assert "fa-github" in github.label and "GitHub" in github.label
    assert by_url["https://github.com/rhoward"].heading == "Rosa Howard"
    assert by_url["https://example.org/paper.pdf"].zone == "entry"
    assert by_url["https://jekyllrb.com"].zone == "footer"
    assert "mailto:%6A%71@example.edu" in by_url


def test_meta_and_data_attribute_addresses() -> None:
    page = read_html_page(PAGE)
    assert ("og:title", "Jane Quill") in page.meta
    assert ("author", "Jane Quill") in page.meta
    assert ("og:url", "https://jquill.example.io/") in page.meta
    assert page.hidden_emails == ("jq@example.edu", "jquill@example.edu")
    assert page.title == "Jane Quill | Ecology"


@pytest.mark.parametrize(
    "head",
    [
        '<?xml version="1.0" encoding="UTF-8" ?>\n<!DOCTYPE html PUBLIC "x" "y">\n<html>',
        "---\nlayout: null\n---\n\n<!doctype html>\n<html>",
    ],
    ids=["xml-declaration", "front-matter"],
)
def test_pages_with_a_prologue_are_html(head: str) -> None:
    data = (head + "<body><p>Hello</p></body></html>").encode()
    assert sniff_media_type(data, "page.html") is MediaType.HTML


def test_hidden_more_authors_and_credit_footer() -> None:
    from extractor.read.html import read_html

    markup = """<html><body><div class="author"><em>Jane Quill</em>, Rosa Howard, and
    <span class="more-authors"
      onclick="var t = el.text() == '2 more authors' ? 'Ann Lee, Bo Chen' : '2 more authors';"
    >2 more authors</span></div>
    <footer>© 2025 Jane Quill. Powered by <a href="https://jekyllrb.com">Jekyll</a>.</footer>
    <footer class="contact">Write to <a href="mailto:jq@example.edu">jq@example.edu</a></footer>
    </body></html>"""
    texts = [line.text for line in read_html(markup)[0]]
    assert texts == ["Jane Quill, Rosa Howard, and Ann Lee, Bo Chen", "Write to jq@example.edu"]
