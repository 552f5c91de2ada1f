"""``extractor.read.html.read_html``: visible text only, with headings, list items, bold runs and links.

Every page here is a small made-up snippet; each row is one quirk of real academic homepages.
"""

from __future__ import annotations

import pytest

from extractor.document import Line, LinkSpan
from extractor.read.html import read_html


def lines_of(markup: str) -> tuple[Line, ...]:
    return read_html(markup)[0]


def texts(markup: str) -> list[str]:
    return [line.text for line in lines_of(markup)]


def only(markup: str) -> Line:
    lines = lines_of(markup)
    assert len(lines) == 1, (markup, [line.text for line in lines])
    return lines[0]


# --- what a reader never sees is dropped --------------------------------------------------------


@pytest.mark.parametrize(
    "markup, expected",
    [
        pytest.param("<script>var hidden = 'tracking';</script><p>Bio text</p>", ["Bio text"], id="script"),
        pytest.param("<style>p { color: red }</style><p>Bio text</p>", ["Bio text"], id="style"),
        pytest.param(
            "<head><style>.x{}</style><script>x()</script></head><body><p>Bio text</p></body>",
            ["Bio text"],
            id="head-contents",
        ),
        pytest.param(
            "<nav><a href='/'>Home</a> <a href='/cv'>CV</a></nav><p>Bio text</p>", ["Bio text"], id="nav-menu"
        ),
        pytest.param(
            "<div id='cookie-notice'>We use cookies. <button>OK</button></div><p>Bio text</p>",
            ["Bio text"],
            id="cookie-banner-by-id",
        ),
        pytest.param(
            "<div class='gdpr consent-modal'>Accept tracking?</div><p>Bio text</p>",
            ["Bio text"],
            id="consent-banner-by-class",
        ),
        pytest.param(
            "<div role='navigation'><a href='/pubs'>Papers</a></div><p>Bio text</p>",
            ["Bio text"],
            id="role-navigation",
        ),
        pytest.param("<span aria-hidden='true'>icon</span><p>Bio text</p>", ["Bio text"], id="aria-hidden"),
        pytest.param(
            "<body><p>Bio text</p><noscript>Please enable JavaScript</noscript></body>",
            ["Bio text"],
            id="noscript",
        ),
        pytest.param("<template><p>Template row</p></template><p>Bio text</p>", ["Bio text"], id="template"),
        pytest.param("<svg><text>Logo</text></svg><p>Bio text</p>", ["Bio text"], id="svg-text"),
        pytest.param(
            "<form><input value='q'><button>Search</button></form><p>Bio text</p>",
            ["Bio text"],
            id="search-form",
        ),
        pytest.param("<p>Bio text</p><!-- an old affiliation -->", ["Bio text"], id="comment"),
    ],
)
def test_invisible_content_is_dropped(markup: str, expected: list[str]) -> None:
    assert texts(markup) == expected


@pytest.mark.parametrize(
    "markup, expected",
    [
        pytest.param(
            "<p><img src='me.jpg' alt='Portrait of Ines Varga'>Ines Varga</p>",
            ["Ines Varga"],
            id="alt-before-text",
        ),
        pytest.param(
            "<p>Funded by <img src='nsf.png' alt='NSF logo'> the NSF</p>",
            ["Funded by the NSF"],
            id="alt-inside-sentence",
        ),
        pytest.param(
            "<figure><img src='lab.jpg' alt='The lab in 2023'></figure><p>Bio</p>", ["Bio"], id="figure-alone"
        ),
    ],
)
def test_image_alt_text_is_not_text(markup: str, expected: list[str]) -> None:
    assert texts(markup) == expected


# --- structure ---------------------------------------------------------------------------------


@pytest.mark.parametrize("level", range(1, 7), ids=[f"h{n}" for n in range(1, 7)])
def test_heading_tags_give_their_level(level: int) -> None:
    lines = lines_of(f"<p>Intro line</p><h{level}>Publications</h{level}><p>Paper one</p>")
    assert [(ln.text, ln.heading_level) for ln in lines] == [
        ("Intro line", None),
        ("Publications", level),
        ("Paper one", None),
    ]
    assert lines[1].bold and lines[1].blank_before


@pytest.mark.parametrize(
    "markup, expected",
    [
        pytest.param(
            "<ul><li>First talk</li><li>Second talk</li></ul>",
            [("First talk", True), ("Second talk", True)],
            id="ul",
        ),
        pytest.param(
            "<ol><li>Paper A</li><li>Paper B</li></ol>", [("Paper A", True), ("Paper B", True)], id="ol"
        ),
        pytest.param(
            "<ul><li>Outer<ul><li>Inner</li></ul></li></ul>",
            [("Outer", True), ("Inner", True)],
            id="nested-list",
        ),
        pytest.param(
            "<p>Not a list</p><ul><li>Item</li></ul><p>After</p>",
            [("Not a list", False), ("Item", True), ("After", False)],
            id="list-between-paragraphs",
        ),
        pytest.param("<ul><li><p>Wrapped in p</p></li></ul>", [("Wrapped in p", True)], id="li-with-p"),
    ],
)
def test_li_is_a_list_item(markup: str, expected: list[tuple[str, bool]]) -> None:
    assert [(ln.text, ln.list_item) for ln in lines_of(markup)] == expected


@pytest.mark.parametrize(
    "markup, expected",
    [
        pytest.param("<p>one<br>two<br/>three</p>", ["one", "two", "three"], id="br"),
        pytest.param("<div>a<div>b</div>c</div>", ["a", "b", "c"], id="nested-div"),
        pytest.param(
            "<table><tr><td>2019</td><td>Ph.D.</td></tr></table>", ["2019", "Ph.D."], id="table-cells"
        ),
        pytest.param(
            "<p>inline <span>span</span> and <em>em</em></p>", ["inline span and em"], id="inline-tags"
        ),
        pytest.param(
            "<p>  lots   of\n\n   whitespace  </p>", ["lots of whitespace"], id="whitespace-collapsed"
        ),
        pytest.param("<dl><dt>Email</dt><dd>iv@example.edu</dd></dl>", ["Email", "iv@example.edu"], id="dl"),
    ],
)
def test_block_elements_start_new_lines(markup: str, expected: list[str]) -> None:
    assert texts(markup) == expected


def test_paragraphs_set_blank_before_and_numbers_count_up() -> None:
    lines = lines_of("<p>First</p><p>Second</p><div>Third</div>")
    assert [ln.number for ln in lines] == [0, 1, 2]
    assert [ln.blank_before for ln in lines] == [False, True, True]
    assert all(ln.page is None and ln.size is None for ln in lines)


# --- bold runs and links -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "markup, bold, spans",
    [
        pytest.param(
            "<p><b>I. Varga</b>, K. Lund, A paper title. Venue 2021.</p>",
            False,
            ("I. Varga",),
            id="b-owner-in-authors",
        ),
        pytest.param(
            "<p>K. Lund, <strong>I. Varga</strong>, and M. Oduya. Title.</p>",
            False,
            ("I. Varga",),
            id="strong-in-middle",
        ),
        pytest.param(
            "<p><b>Ph.D.</b> in Geology, <b>2019</b>, Tarrow University</p>",
            False,
            ("Ph.D", "2019"),
            id="two-runs-trimmed",
        ),
        pytest.param(
            "<p>Tarrow, <b><i>Varga</i></b>, and a much longer plain tail of words</p>",
            False,
            ("Varga",),
            id="bold-italic-run",
        ),
        pytest.param("<p><strong>Tarrow University</strong></p>", True, (), id="whole-line-bold"),
        pytest.param("<p><b>Postdoctoral Fellow</b>, X</p>", True, (), id="mostly-bold-line"),
        pytest.param("<p>No bold at all</p>", False, (), id="plain"),
    ],
)
def test_bold_runs(markup: str, bold: bool, spans: tuple[str, ...]) -> None:
    line = only(markup)
    assert (line.bold, line.bold_spans) == (bold, spans)


@pytest.mark.parametrize(
    "markup, text, links",
    [
        pytest.param(
            "<p>I work at <a href='https://tarrow.example.edu/'>Tarrow University</a>.</p>",
            "I work at Tarrow University.",
            (LinkSpan("Tarrow University", "https://tarrow.example.edu/"),),
            id="inline-link",
        ),
        pytest.param(
            "<p><a href='paper.pdf'>[pdf]</a> <a href='https://git.example.org/x'>[code]</a></p>",
            "[pdf] [code]",
            (LinkSpan("[pdf]", "paper.pdf"), LinkSpan("[code]", "https://git.example.org/x")),
            id="relative-and-absolute",
        ),
        pytest.param(
            "<p><a href='mailto:iv@example.edu'>Email</a></p>",
            "Email",
            (LinkSpan("Email", "mailto:iv@example.edu"),),
            id="mailto",
        ),
        pytest.param(
            "<p><a href='https://x.example.org/'><b>Bold</b> link</a></p>",
            "Bold link",
            (LinkSpan("Bold link", "https://x.example.org/"),),
            id="runs-of-one-link-merged",
        ),
        pytest.param(
            "<p><a href='  https://sp.example.org/  '>Spaced</a></p>",
            "Spaced",
            (LinkSpan("Spaced", "https://sp.example.org/"),),
            id="href-stripped",
        ),
        pytest.param("<p><a name='anchor'>No href</a></p>", "No href", (), id="anchor-without-href"),
    ],
)
def test_a_href_becomes_a_link_span(markup: str, text: str, links: tuple[LinkSpan, ...]) -> None:
    line = only(markup)
    assert (line.text, line.links) == (text, links)


# --- entities, title, robustness ---------------------------------------------------------------


@pytest.mark.parametrize(
    "markup, expected",
    [
        pytest.param("<p>Caf&eacute; &amp; Bar</p>", "Café & Bar", id="named"),
        pytest.param("<p>2019&ndash;2021 &mdash; Tarrow</p>", "2019–2021 — Tarrow", id="dashes"),
        pytest.param("<p>&#8220;Quoted&#8221; &#x2022; item</p>", "“Quoted” • item", id="numeric"),
        pytest.param("<p>x &lt; y &gt; z</p>", "x < y > z", id="angle-brackets"),
        pytest.param("<p>Ines&nbsp;Varga</p>", "Ines Varga", id="nbsp-is-a-space"),
        pytest.param("<p>Q&amp;A with R&amp;D</p>", "Q&A with R&D", id="ampersand"),
    ],
)
def test_entities_are_decoded(markup: str, expected: str) -> None:
    assert only(markup).text == expected


@pytest.mark.parametrize(
    "markup, title",
    [
        pytest.param(
            "<html><head><title>Ines Varga</title></head><body><p>x</p></body></html>",
            "Ines Varga",
            id="simple",
        ),
        pytest.param(
            "<title>\n  Ines   Varga &amp; Lab\n</title><p>x</p>",
            "Ines Varga & Lab",
            id="whitespace-and-entity",
        ),
        pytest.param("<html><body><p>x</p></body></html>", None, id="missing"),
        pytest.param("<title></title><p>x</p>", None, id="empty"),
    ],
)
def test_title_is_returned(markup: str, title: str | None) -> None:
    lines, found = read_html(markup)
    assert found == title
    assert [ln.text for ln in lines] == ["x"]


def test_title_is_not_a_line() -> None:
    assert texts("<html><head><title>Page Title</title></head><body><h1>Name</h1></body></html>") == ["Name"]


def test_deeply_nested_divs_do_not_crash() -> None:
    depth = 5000
    lines = lines_of("<div>" * depth + "<b>deep</b> text" + "</div>" * depth)
    assert [ln.text for ln in lines] == ["deep text"]
    assert lines[0].bold_spans == ("deep",)


def test_deeply_nested_lists_do_not_crash() -> None:
    depth = 3000
    lines = lines_of("<ul><li>" * depth + "leaf" + "</li></ul>" * depth)
    assert [(ln.text, ln.list_item) for ln in lines] == [("leaf", True)]


@pytest.mark.parametrize(
    "markup",
    [
        pytest.param("", id="empty"),
        pytest.param("<html><body></body></html>", id="empty-body"),
        pytest.param("<script>only()</script>", id="only-script"),
        pytest.param("<p><b>unclosed <i>tags", id="unclosed"),
        pytest.param("</div></p></li>", id="only-closing-tags"),
    ],
)
def test_degenerate_markup_never_raises(markup: str) -> None:
    lines, _ = read_html(markup)
    assert all(ln.text and ln.text == ln.text.strip() for ln in lines)


def test_a_content_wrapper_named_for_its_navbar_is_not_chrome() -> None:
    """Quarto wraps the whole page in class "page-navbar"; a navbar itself is still dropped."""
    page = """<html><body>
    <div class="navbar navbar-expand-lg"><a href="/">Home</a></div>
    <div id="quarto-content" class="page-columns page-rows-contents page-navbar">
      <h1>Mira Tanaka</h1><p>I study sand ripples at Eastfield University.</p>
    </div>
    <div class="cookie-banner">We use cookies</div>
    </body></html>"""
    lines, _ = read_html(page)
    assert [line.text for line in lines] == ["Mira Tanaka", "I study sand ripples at Eastfield University."]


@pytest.mark.parametrize(
    "head",
    [
        "<!doctype html><html><body>x</body></html>",
        '<?xml version="1.0" encoding="UTF-8" ?>\n<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0//EN">\n<html>',
        "---\nlayout: null\n---\n\n<!doctype html>\n<html lang='en'>",
        "<!-- built by a generator -->\n<html>",
    ],
    ids=["doctype", "xhtml-prolog", "front-matter", "comment"],
)
def test_html_is_sniffed_behind_prologs(head: str) -> None:
    from extractor.document import MediaType
    from extractor.read import sniff_media_type

    assert sniff_media_type(head.encode(), "page.txt") is MediaType.HTML


def test_markdown_with_front_matter_is_not_html() -> None:
    from extractor.document import MediaType
    from extractor.read import sniff_media_type

    text = "---\ntitle: Mira Tanaka\n---\n\n# Education\n\n## Research\n\n### Talks\n"
    assert sniff_media_type(text.encode(), "about.md") is MediaType.MARKDOWN
