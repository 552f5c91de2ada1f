"""The learned citation model decides a publication's fields; ``use_models=False`` reads by the rules."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from extractor import extract_profile
from extractor.document import Block, DocumentKind, Line
from extractor.fields.context import ParseContext
from extractor.fields.publications import (
    _after_title,
    _apply_model,
    _author_run,
    _bold_breaks,
    _bold_lead,
    _bracketed_status,
    _clean_venue,
    _close_brackets,
    _echoed_heading,
    _end_title_at_bold_break,
    _end_title_at_bold_lead,
    _ends_clause,
    _first_entry,
    _overlaps,
    _Parts,
    _read_citation,
    _split_run_citations,
    _sure_fields,
    _title_confidence,
    _title_is_first_line,
    _unwrap,
    _with_short_year,
    _year_outside_title,
    mark_frequent_owner,
    parse_publication_block,
    read_labels,
    split_sentences,
)
from extractor.learn.citation import Labelled, Span, label_citation, tokenize
from extractor.options import ExtractOptions
from extractor.profile import Author, Evidence, Publication

CV = """Mira Velloway
Department of Widget Science, Tarrow University

PUBLICATIONS

1. Velloway, M., A. Quillfeather, and B. Marrowby, 2017: Sparse lattice routing under quorum
estimation. Journal of Widget Systems, 12, 45-67.

2. Corin Tessaly and Mira Velloway. Adaptive harbor forecasting with coastal sensors. In
Proceedings of the 9th Conference on Gadget Learning, pages 101-110, 2021.
"""


@pytest.fixture(scope="module")
def cv(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("cv") / "cv.txt"
    path.write_text(CV, encoding="utf-8")
    return path


def test_titles_authors_venues_years(cv: Path) -> None:
    pubs = extract_profile([str(cv)], ExtractOptions()).publications
    assert [(p.title, p.year) for p in pubs] == [
        ("Sparse lattice routing under quorum estimation", 2017),
        ("Adaptive harbor forecasting with coastal sensors", 2021),
    ]
    assert [[a.name for a in p.authors] for p in pubs] == [
        ["M. Velloway", "A. Quillfeather", "B. Marrowby"],
        ["Corin Tessaly", "Mira Velloway"],
    ]
    assert [p.venue for p in pubs] == [
        "Journal of Widget Systems",
        "Proceedings of the 9th Conference on Gadget Learning",
    ]


def test_rules_alone_miss_the_year_colon_style(cv: Path) -> None:
    """ "Authors, 2017: Title." is a shape the rules do not know; the model learned it."""
    pubs = extract_profile([str(cv)], ExtractOptions(use_models=False)).publications
    assert pubs[0].title.startswith("Velloway, M.")
    assert (pubs[1].title, pubs[1].year) == ("Adaptive harbor forecasting with coastal sensors", 2021)


def test_model_fields_only_with_models(cv: Path) -> None:
    learned = extract_profile([str(cv)], ExtractOptions()).publications
    rules = extract_profile([str(cv)], ExtractOptions(use_models=False)).publications
    assert [p.pages for p in learned] == ["45-67", "101-110"]
    assert all(p.confidence is not None for p in learned)
    assert [(p.pages, p.confidence) for p in rules] == [(None, None), (None, None)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sparse Lattice\nRouting", "Sparse Lattice Routing"),
        ("Compu-\ntational Widgets", "Computational Widgets"),
        ("One line", "One line"),
    ],
)
def test_unwrap(text: str, expected: str) -> None:
    assert _unwrap(text) == expected


def test_title_confidence_is_the_least_title_marginal() -> None:
    labelled = label_citation("A. Quill. Sparse Widget Routing. Journal of Gadgets, 2021.")
    confidence = _title_confidence(labelled, "Sparse Widget Routing")
    title_tokens = [
        i for i, t in enumerate(labelled.tokens) if t.text.strip(".") in ("Sparse", "Widget", "Routing")
    ]
    assert confidence == round(min(labelled.marginals[i]["title"] for i in title_tokens), 3)
    assert _title_confidence(labelled, "Not In The Entry") is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Symposium on Widgets (WID 2023", "Symposium on Widgets (WID 2023)"),
        ("Widget Letters (WL),", "Widget Letters (WL),"),
        ("Widget Letters", "Widget Letters"),
    ],
)
def test_close_brackets(text: str, expected: str) -> None:
    assert _close_brackets(text) == expected


def _labelled(*spans: tuple[str, str, float]) -> Labelled:
    """A labelling made of (label, text, confidence) spans, one token each."""
    out, at = [], 0
    for label, text, confidence in spans:
        out.append(Span(label, text, at, at + len(text), confidence))
        at += len(text) + 1
    return Labelled((), tuple(s[0] for s in spans), tuple(out), 1.0)


@pytest.mark.parametrize(
    ("spans", "expected"),
    [
        # every span sure: every field decided by the model
        (
            [
                ("author", "A. Quill.", 0.9),
                ("title", "Widgets.", 0.8),
                ("container", "Gadgets,", 0.7),
                ("date", "2021.", 0.9),
            ],
            {"author", "title", "container", "date"},
        ),
        # an unsure title: the title and the fields beside it (it bounds them) stay the rules'
        (
            [
                ("author", "A. Quill.", 0.9),
                ("title", "Widgets.", 0.4),
                ("container", "Gadgets,", 0.9),
                ("date", "2021.", 0.9),
            ],
            {"date"},
        ),
        # an author list cut by an unsure span after it: its end is not sure
        (
            [("title", "Widgets", 0.9), ("author", "A. Quill, B. Roe,", 0.9), ("note", ", C. Poe", 0.3)],
            {"title"},
        ),
    ],
)
def test_sure_fields(spans: list[tuple[str, str, float]], expected: set[str]) -> None:
    assert _sure_fields(_labelled(*spans)) == expected


def test_author_run_crosses_marks_only() -> None:
    labelled = _labelled(
        ("author", "A. Quill", 0.9),
        ("note", "*,", 0.9),
        ("author", "B. Roe.", 0.9),
        ("title", "Widgets.", 0.9),
    )
    assert [s.text for s in _author_run(labelled.spans, 0)] == ["A. Quill", "*,", "B. Roe."]
    labelled = _labelled(("author", "A. Quill.", 0.9), ("title", "Widgets.", 0.9), ("author", "B. Roe", 0.9))
    assert [s.text for s in _author_run(labelled.spans, 0)] == ["A. Quill."]


def test_first_entry_stops_at_a_second_title() -> None:
    labelled = _labelled(
        ("author", "A. Quill.", 0.9),
        ("title", "Widgets.", 0.9),
        ("container", "Gadgets.", 0.9),
        ("author", "B. Roe.", 0.9),
        ("title", "Sprockets.", 0.9),
        ("date", "2020.", 0.9),
    )
    assert [s.text for s in _first_entry(labelled).spans] == ["A. Quill.", "Widgets.", "Gadgets.", "B. Roe."]
    one = _labelled(("title", "Widgets.", 0.9), ("date", "2020.", 0.9))
    assert _first_entry(one) is one
    # a co-author's name the model half reads as a second title starts no entry
    unsure = _labelled(
        ("title", "Widgets", 0.8),
        ("author", "A. Quill,", 0.99),
        ("title", "Bo Roe", 0.4),
        ("date", "2020", 0.9),
    )
    assert _first_entry(unsure) is unsure


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("Sparse Widget Routing", "Quill, A., 2017: Sparse Widget Routing", True),
        ("Sparse Widget Routing Revisited", "Sparse widget routing, again", True),
        ("Sparse Widget Routing", "Harbor Sprocket Forecasts", False),
    ],
)
def test_overlaps(a: str, b: str, expected: bool) -> None:
    assert _overlaps(a, b) is expected


@pytest.mark.parametrize(
    ("text", "title", "expected"),
    [
        ("Sparse Widget Routing [pdf] [code]\nAmara Quill\nWidget Letters", "Sparse Widget Routing", True),
        ("Sparse Widget Routing. Widget Letters, 2020", "Sparse Widget Routing", False),  # one line
        ("Quill, A.; Roe, B.\nSparse Widget Routing", "Quill, A.; Roe, B.", False),  # names, not a title
        ("Sparse Widget Routing in Harbors\nAmara Quill", "Sparse Widget Routing", False),  # part of it
    ],
)
def test_title_is_first_line(text: str, title: str, expected: bool) -> None:
    lines = [Line(text=line, number=i) for i, line in enumerate(text.split("\n"))]
    assert _title_is_first_line(lines, title) is expected


def _pub(*names: str | None, bold: str | None = None) -> Publication:
    authors = [Author(name=n, is_owner=n is None or n == bold) for n in names]
    return Publication(
        title="A study of invented widgets", authors=authors, evidence=Evidence(source=0, text="x")
    )


def _owners(pubs: list[Publication]) -> list[int | None]:
    return [next((i for i, a in enumerate(p.authors) if a.is_owner), None) for p in pubs]


@pytest.mark.parametrize(
    ("pubs", "owner_name", "expected"),
    [
        # no name in the header: the author of most entries ("M. Velloway" is "Mira Velloway")
        (
            [_pub("Mira Velloway", "Bo Quill"), _pub("Ana Reed", "M. Velloway"), _pub("Mira Velloway")],
            None,
            [0, 1, 0],
        ),
        # a header name no author matches ("Mira Velloway Tarrow" read with the city): the same
        (
            [_pub("Mira Velloway", "Bo Quill"), _pub("Ana Reed", "M. Velloway"), _pub("Mira Velloway")],
            "Kestrel Ashgrove",
            [0, 1, 0],
        ),
        # the header's name matches an author: assemble marks that one
        (
            [_pub("Mira Velloway", "Bo Quill"), _pub("Ana Reed", "Bo Quill"), _pub("Bo Quill", "Ana Reed")],
            "Mira Velloway",
            [None, None, None],
        ),
        # a bold name marks the owner already
        (
            [_pub("Mira Velloway", "Bo Quill", bold="Bo Quill"), _pub("Bo Quill"), _pub("Mira Velloway")],
            None,
            [1, None, None],
        ),
        # two authors as frequent: no owner guessed; an empty slot stays the owner
        (
            [_pub("Mira Velloway", "Bo Quill"), _pub("Bo Quill", "Mira Velloway"), _pub(None, "Ana Reed")],
            None,
            [None, None, 0],
        ),
        # beside an empty owner slot the frequent author is not marked again
        (
            [
                _pub("Mira Velloway", "Bo Quill"),
                _pub("Ana Reed", "Mira Velloway"),
                _pub(None, "Mira Velloway"),
            ],
            None,
            [0, 1, 0],
        ),
        # fewer than three entries, or the top author in under half of them: nothing
        ([_pub("Mira Velloway"), _pub("Mira Velloway", "Bo Quill")], None, [None, None]),
        (
            [
                _pub("Mira Velloway"),
                _pub("Ana Reed"),
                _pub("Bo Quill"),
                _pub("Lin Hale"),
                _pub("Mira Velloway"),
            ],
            None,
            [None] * 5,
        ),
    ],
)
def test_mark_frequent_owner(
    pubs: list[Publication], owner_name: str | None, expected: list[int | None]
) -> None:
    assert _owners(mark_frequent_owner(pubs, owner_name)) == expected


def _rules_read(text: str, kind: str = "cv") -> Publication | None:
    block = Block(lines=tuple(Line(text=t, number=i) for i, t in enumerate(text.split("\n"))))
    return parse_publication_block(
        block, ParseContext(source_index=0, kind=kind, use_nlp=False, use_models=False)
    )


@pytest.mark.parametrize(
    ("text", "title", "authors"),
    [
        (
            "Sparse widgets in quorum lattices, joint with A. Quill and B. Roe, preprint",
            "Sparse widgets in quorum lattices",
            [None, "A. Quill", "B. Roe"],
        ),
        (
            "“Harbor forecasting under fog”, avec F.J. Marrowby.",
            "Harbor forecasting under fog",
            [None, "F.J. Marrowby"],
        ),
        (
            "Meadow dynamics of small ponds. Authored with Corin Tessaly and Dalia Ashgrove.",
            "Meadow dynamics of small ponds",
            [None, "Corin Tessaly", "Dalia Ashgrove"],
        ),
        # a comma and "with" inside a title is no co-author note
        (
            "Learning, with Kernels and Trees. Journal of Widget Systems, 2020.",
            "Learning, with Kernels and Trees",
            [None],
        ),
        # "with" after a quoted title: the names, then the venue
        (
            "“Shocks and Widgets,” with Remi Quill, and Noel D. Roe. Journal of Widget Growth, Vol. 2, 2019.",
            "Shocks and Widgets",
            [None, "Remi Quill", "Noel D. Roe"],
        ),
        (
            "“Widget Emancipation”, with Jean-Paul Quill, Journal of Comparative Widgets, Vol. 4, 2016.",
            "Widget Emancipation",
            [None, "Jean-Paul Quill"],
        ),
    ],
)
def test_coauthor_notes_leave_the_owner_slot_first(text: str, title: str, authors: list[str | None]) -> None:
    pub = _rules_read(text)
    assert pub is not None
    assert (pub.title, [a.name for a in pub.authors]) == (title, authors)
    assert pub.authors[0].is_owner


@pytest.mark.parametrize(
    ("text", "venue"),
    [
        (
            "“Shocks and Widgets,” with Remi Quill. Journal of Widget Growth, Vol. 24, 2019.",
            "Journal of Widget Growth",
        ),
        (
            "“Widget Emancipation”, with Jean-Paul Quill, Journal of Comparative Widgets, 2016.",
            "Journal of Comparative Widgets",
        ),
        (
            "A. Quill and B. Roe. Widget routing. Journal of Widget Systems. Vol. 12, 2020.",
            "Journal of Widget Systems",
        ),
    ],
)
def test_venue_after_coauthor_notes_and_details(text: str, venue: str) -> None:
    pub = _rules_read(text)
    assert pub is not None
    assert pub.venue == venue


@pytest.mark.parametrize(
    ("text", "status", "venue"),
    [
        ("J. Doe. Widget sorting. Manuscript in preparation.", "in_submission", None),
        ("Doe, J., & Roe, A. (in prep.). Widget sorting.", "in_submission", None),
        ("Doe, J. E., et al. (in prep). Widget sorting.", "in_submission", None),
        ("J. Doe. Widget sorting. In preparation for Invented Letters.", "in_submission", "Invented Letters"),
        ("J. Doe. Widget sorting. Under-Review (copy on request).", "under_review", None),
        ("J. Doe. Widget sorting. R&R at Invented Review.", "under_review", "Invented Review"),
        ("J. Doe. Widget sorting. Submitted to Invented Review.", "under_review", "Invented Review"),
        ("J. Doe. Widget sorting. Invented Letters, in revision.", "under_review", "Invented Letters"),
        ("J. Doe. Widget sorting. Invented Letters, 12, 2021.", "published", "Invented Letters"),
    ],
)
def test_statuses_as_cvs_print_them(text: str, status: str, venue: str | None) -> None:
    pub = _rules_read(text)
    assert pub is not None
    assert (pub.title, pub.status, pub.venue) == ("Widget sorting", status, venue)


def test_margin_year_then_label() -> None:
    pub = _rules_read(
        "2021 [7] Quill AB, Roe CD (2021) Widget routing under load. Journal of Widget Systems 12:45-67."
    )
    assert pub is not None
    assert (pub.label, pub.year, pub.venue) == ("[7]", 2021, "Journal of Widget Systems")


@pytest.mark.parametrize(("kind", "authors"), [("cv", [(None, True)]), ("research_statement", [])])
def test_an_entry_without_authors_is_the_owners_in_their_own_list(
    kind: str, authors: list[tuple[str | None, bool]]
) -> None:
    pub = _rules_read("Widget routing under load. Journal of Widget Systems, 2020.", kind)
    assert pub is not None
    assert [(a.name, a.is_owner) for a in pub.authors] == authors


def test_bounded_author_run_beside_an_unsure_number() -> None:
    """An author run the model is sure of, beside a number it cannot name ("[22]": citation number or
    link label) but is sure is no author: the run's bounds are sure."""
    tokens = tokenize("[22] Quill AB, Roe CD (2021) Widgets.")
    spans = (
        Span("link-label", "[22]", 0, 4, 0.4),
        Span("author", "Quill AB, Roe CD", 5, 21, 0.95),
        Span("date", "(2021)", 22, 28, 0.9),
        Span("title", "Widgets.", 29, 37, 0.9),
    )
    labels = ("link-label", "author", "author", "author", "author", "date", "title")
    number = {"author": 0.05, "title": 0.1, "container": 0.0, "publisher": 0.0}
    name = {"author": 0.9, "title": 0.05, "container": 0.0, "publisher": 0.0}
    other = {"author": 0.02, "title": 0.5, "container": 0.0, "publisher": 0.0}
    sure_of = (number, *[name] * 4, other, other)
    labelled = Labelled(tokens, labels, spans, 0.5, sure_of)
    assert "author" in _sure_fields(labelled)
    unsure_of = ({"author": 0.45, "title": 0.1, "container": 0.0, "publisher": 0.0}, *sure_of[1:])
    assert "author" not in _sure_fields(Labelled(tokens, labels, spans, 0.5, unsure_of))


def _spans_over(text: str, *spans: tuple[str, str, float]) -> Labelled:
    """A labelling of ``text`` from (label, text, confidence) spans, in order, over its tokens."""
    tokens = tokenize(text)
    out, labels, at = [], [], 0
    for label, piece, confidence in spans:
        start = text.index(piece, at)
        out.append(Span(label, piece, start, start + len(piece), confidence))
        labels += [label for t in tokens if start <= t.start < start + len(piece)]
        at = start + len(piece)
    return Labelled(tokens, tuple(labels), tuple(out), 0.5, tuple({"title": 0.5} for _ in tokens))


@pytest.mark.parametrize(
    ("title_confidence", "title", "venue"),
    [
        # unsure of its title, the model may not cut a venue off the rules' whole-entry title
        (0.63, "Comparing Widget Routing Methods for Online Gadget Tuning", None),
        # sure of it, it may
        (0.95, "Comparing Widget Routing Methods for Online", "Gadget Tuning"),
    ],
)
def test_model_cuts_a_venue_off_the_rules_title_only_when_sure(
    title_confidence: float, title: str, venue: str | None
) -> None:
    text = "Comparing Widget Routing Methods for Online Gadget Tuning"
    labelled = _spans_over(
        text,
        ("title", "Comparing Widget Routing Methods for Online", title_confidence),
        ("container", "Gadget Tuning", 0.82),
    )
    parts = _Parts(title=text)
    _apply_model(labelled, parts)
    assert (parts.title, parts.venue_text) == (title, venue)


def test_a_model_title_broken_at_a_hyphen_leaves_the_rules_title() -> None:
    text = "Widget routing for the Doe-\nRoe law on gears. Gadget Letters, 2021"
    labelled = _spans_over(
        text, ("title", "Widget routing for the Doe-", 0.95), ("container", "Roe law on gears.", 0.9)
    )
    parts = _Parts(title="Widget routing for the Doe-Roe law on gears")
    _apply_model(labelled, parts)
    assert parts.title == "Widget routing for the Doe-Roe law on gears"


@pytest.mark.parametrize(
    ("text", "cut", "title", "venue"),
    [
        # a cut where the print ends a sentence or a clause is the model's, however unsure of its title
        (
            "Comparing Widget Routing Methods. Gadget Tuning Letters, 12, 34, 2021",
            "Comparing Widget Routing Methods.",
            "Comparing Widget Routing Methods",
            "Gadget Tuning Letters",
        ),
        (
            "Comparing Widget Routing Methods, Gadget Tuning Letters, 12, 34, 2021",
            "Comparing Widget Routing Methods,",
            "Comparing Widget Routing Methods",
            "Gadget Tuning Letters",
        ),
        # between two words it is not
        (
            "Comparing Widget Routing Methods Gadget Tuning Letters, 12, 34, 2021",
            "Comparing Widget Routing Methods",
            "Comparing Widget Routing Methods Gadget Tuning Letters, 12, 34, 2021",
            None,
        ),
    ],
)
def test_an_unsure_model_cuts_the_rules_title_at_a_printed_break(
    text: str, cut: str, title: str, venue: str | None
) -> None:
    labelled = _spans_over(text, ("title", cut, 0.7), ("container", "Gadget Tuning Letters,", 0.82))
    parts = _Parts(title=text)
    _apply_model(labelled, parts)
    assert (parts.title, parts.venue_text and parts.venue_text.rstrip(",")) == (title, venue)


@pytest.mark.parametrize(
    ("span", "expected"),
    [
        ("A Study of Widgets.", True),
        ("Why Widgets?", False),  # a question mark may end a title's first part ("Why? A Study")
        ("A Study of Widgets,", True),
        ("A Study of Widgets", False),
        ("A Study of Widgets:", False),  # a subtitle follows a colon
        ("", False),
    ],
)
def test_ends_clause(span: str, expected: bool) -> None:
    assert _ends_clause(span) is expected


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        (
            "A Study of Widgets. https://doi.org/10.1234/abc",
            ["A Study of Widgets", "https://doi.org/10.1234/abc"],
        ),
        (
            "A Study of Widgets. doi.org/10.1234/abc. Gadget Letters.",
            ["A Study of Widgets", "doi.org/10.1234/abc", "Gadget Letters"],
        ),
        ("A Study of Widgets, DOI: 10.1234/abc", ["A Study of Widgets", "DOI: 10.1234/abc"]),
        ("A Study of Widgets www.example.org/w", ["A Study of Widgets", "www.example.org/w"]),
        # a link inside no sentence break stays: nothing but spaces before it counts
        ("See example.org/w for more", ["See example.org/w for more"]),
        # a preprint server in lowercase starts a sentence; another lowercase word does not
        ("A Study of Widgets. arxiv 2509.12173", ["A Study of Widgets", "arxiv 2509.12173"]),
        ("A Study of Widgets vs. gears", ["A Study of Widgets vs. gears"]),
    ],
)
def test_a_link_is_a_sentence_of_its_own(text: str, sentences: list[str]) -> None:
    assert split_sentences(text) == sentences


@pytest.mark.parametrize(
    ("text", "authors", "title", "venue"),
    [
        (
            "Doe, J., & Roe, A. (2022). A Study of Widgets. https://doi.org/10.1234/abc",
            "Doe, J., & Roe, A.",
            "A Study of Widgets",
            None,
        ),
        (
            "Doe J, Roe A (2024) A study of widgets. doi.org/10.1234/abc. Gadget Letters.",
            "Doe J, Roe A",
            "A study of widgets",
            "Gadget Letters",
        ),
    ],
)
def test_the_rules_title_stops_at_a_link(text: str, authors: str, title: str, venue: str | None) -> None:
    parts = _Parts()
    _read_citation(text, parts)
    assert (parts.authors_text, parts.title, parts.venue_text) == (authors, title, venue)


def _styled(*lines: tuple[str, bool, tuple[str, ...]]) -> list[Line]:
    """Lines from (text, bold, bold runs), the runs where the reader puts them for that font."""
    return [
        Line(text=t, number=i, bold=b, **{"mostly_bold_spans" if b else "bold_spans": spans})
        for i, (t, b, spans) in enumerate(lines)
    ]


@pytest.mark.parametrize(
    ("lines", "lead"),
    [
        # a bold title over regular lines
        (_styled(("A Study of Widgets", True, ()), ("Gadget Letters", False, ())), "A Study of Widgets"),
        # a bold title wrapped, its first line led by a regular year, then a regular status
        (
            _styled(
                ("2019 A Study of Widgets and", True, ("A Study of Widgets and",)),
                ("Gears", True, ()),
                ("Under review", False, ()),
            ),
            "A Study of Widgets and Gears",
        ),
        # a bold title, a regular tail on its line
        (
            _styled(("A Study of Widgets Manuscript in preparation", True, ("A Study of Widgets",))),
            "A Study of Widgets",
        ),
        # a bold title wrapped onto a regular line, which goes on regular
        (
            _styled(
                ("A Study of Widgets with", True, ()),
                ("Gears and Levers, with A. Roe, Gadget Letters", False, ("Gears and Levers",)),
            ),
            "A Study of Widgets with Gears and Levers",
        ),
        # an owner's bold name leading the authors line under a bold title is no part of it
        (
            _styled(("A Study of Widgets", True, ()), ("Jane Doe, John Roe", False, ("Jane Doe",))),
            "A Study of Widgets",
        ),
        # a bold run inside a regular line (an owner's name) leads nothing
        (_styled(("Roe, A., Doe, J. A Study of Widgets", False, ("Doe, J.",))), None),
        (_styled(("Doe, J. A Study of Widgets. Gadget Letters", False, ("Doe, J",))), None),
        # regular words inside the bold (a formula's font): no lead
        (
            _styled(
                (
                    "Estimates for the p-Widget in Gear spaces, with A. Roe",
                    True,
                    ("Estimates for the", "Widget in Gear spaces"),
                )
            ),
            None,
        ),
        # all bold: the font sets no part apart
        (_styled(("A Study of Widgets", True, ()), ("Gadget Letters", True, ())), None),
        (_styled(("A Study of Widgets", False, ()), ("Gadget Letters", False, ())), None),
    ],
)
def test_bold_lead(lines: list[Line], lead: str | None) -> None:
    assert _bold_lead(lines) == lead


@pytest.mark.parametrize(
    ("lines", "title", "venue"),
    [
        (
            _styled(
                ("2019 A Study of Widgets and", True, ("A Study of Widgets and",)),
                ("Gears", True, ()),
                ("Gadget Letters", False, ()),
            ),
            "A Study of Widgets and Gears",
            "Gadget Letters",
        ),
        (
            _styled(
                ("A Study of Widgets Manuscript in preparation; planned", True, ("A Study of Widgets",)),
                ("submission to a gadget journal in 2026", False, ()),
            ),
            "A Study of Widgets",
            "Manuscript in preparation; planned submission to a gadget journal in 2026",
        ),
    ],
)
def test_a_title_ends_where_the_bold_lead_ends(lines: list[Line], title: str, venue: str) -> None:
    """The rules' title read past the bold the entry starts with ends there, the rest is the venue's
    text (rules only: the model's title is cut the same way)."""
    block = Block(lines=tuple(lines))
    rules = ParseContext(source_index=0, kind=DocumentKind.CV, use_nlp=False, use_models=False)
    pub = parse_publication_block(block, rules)
    assert pub is not None and pub.title == title
    parts = _Parts(title=" ".join(ln.text for ln in lines).removeprefix("2019 "))
    _end_title_at_bold_lead(lines, parts)
    assert (parts.title, parts.venue_text) == (title, venue)


def test_a_title_cut_inside_the_bold_is_the_whole_bold() -> None:
    lines = _styled(("GadgetCon 2025 Preface", True, ()), ("A. Roe, J. Doe 2025", False, ()))
    parts = _Parts(title="Preface")
    _end_title_at_bold_lead(lines, parts)
    assert parts.title == "GadgetCon 2025 Preface"


def test_bold_names_do_not_end_the_title() -> None:
    lines = _styled(("Jane Doe and John Roe", True, ()), ("A Study of Widgets. Gadget Letters.", False, ()))
    parts = _Parts(title="Jane Doe and John Roe A Study of Widgets")
    _end_title_at_bold_lead(lines, parts)
    assert parts.title == "Jane Doe and John Roe A Study of Widgets"


@pytest.mark.parametrize(
    ("lines", "runs"),
    [
        # a bold venue after the title's comma or question mark, inside a regular line
        (
            _styled(("Doe, J. (2023), Why Widgets?, Gadget Letters, 12(3)", False, ("Gadget Letters",))),
            ["Gadget Letters"],
        ),
        (
            _styled(
                ("Doe, J. (2023), Why Widgets?", False, ()),
                ("Gadget Letters, 12(3)", False, ("Gadget Letters",)),
            ),
            ["Gadget Letters"],
        ),
        # after a closing quote
        (
            _styled(("J. Doe, “Widgets.” Gadget Letters, 2021", False, ("Gadget Letters",))),
            ["Gadget Letters"],
        ),
        # a bold title wrapped onto a regular line carries on the bold before it
        (
            _styled(
                ("A Study of Widgets,", True, ()),
                ("Gears and Levers, Gadget Letters", False, ("Gears and Levers",)),
            ),
            [],
        ),
        (_styled(("Widgets, Gears and Levers. Gadget Letters", False, ("Widgets,", "Gears and Levers"))), []),
        # an owner's bold name, a bold year, a run not after a clause's end
        (_styled(("Roe, A., Doe, J., Widgets. Gadget Letters", False, ("Doe, J.,",))), []),
        (_styled(("Roe, A. Widgets. Gadget Letters, 2021", False, ("2021",))), []),
        (_styled(("Roe, A. Widgets in Gadget Letters", False, ("Gadget Letters",))), []),
    ],
)
def test_bold_breaks(lines: list[Line], runs: list[str]) -> None:
    assert _bold_breaks(lines) == runs


@pytest.mark.parametrize(
    ("lines", "title", "expected", "venue"),
    [
        # the title ran into the bold venue
        (
            _styled(("Doe, J. (2023), Why Widgets?, Gadget Letters, 12(3)", False, ("Gadget Letters",))),
            "Why Widgets?, Gadget Letters",
            "Why Widgets?",
            "Gadget Letters",
        ),
        # a title that stops before the run is left alone
        (
            _styled(("Doe, J. (2023), Why Widgets?, Gadget Letters, 12(3)", False, ("Gadget Letters",))),
            "Why Widgets?",
            "Why Widgets?",
            None,
        ),
        # the rules' title began in the authors: the bold run is the title, not a venue
        (
            _styled(("A. Roe, J. Doe, A Study of Widgets, Gadget Letters", False, ("A Study of Widgets",))),
            "J. Doe, A Study of Widgets",
            "J. Doe, A Study of Widgets",
            None,
        ),
    ],
)
def test_a_title_ends_at_a_bold_break(
    lines: list[Line], title: str, expected: str, venue: str | None
) -> None:
    parts = _Parts(title=title)
    _end_title_at_bold_break(lines, parts)
    assert (parts.title, parts.venue_text) == (expected, venue)


def test_a_bold_venue_ends_the_rules_title() -> None:
    lines = _styled(
        (
            "Doe, J. and Roe, A. (2023), Why Widgets Turn, Gadget Letters, 12(3), 1-9",
            False,
            ("Gadget Letters",),
        )
    )
    rules = ParseContext(source_index=0, kind=DocumentKind.CV, use_nlp=False, use_models=False)
    pub = parse_publication_block(Block(lines=tuple(lines)), rules)
    assert pub is not None and (pub.title, pub.venue) == ("Why Widgets Turn", "Gadget Letters")


def _plain(*texts: str) -> Block:
    return Block(lines=tuple(Line(text=t, number=i) for i, t in enumerate(texts)))


@pytest.mark.parametrize(
    ("texts", "firsts"),
    [
        # citations run together, each led by an inverted first author after a citation's end
        (
            (
                "Doe, J., A. Roe, and B. Li. 2021. Widget routing. Gadget Letters 12, 1-9. (OA)",
                "Roe, A., J. Doe, C. D. Quill, and E. F.",
                "Marrow. 2020. Gear sorting at scale. Journal of Gears 3:44.",
                "Li, B. and J. Doe. 2019. Levers. Gadget Letters 9.",
            ),
            [0, 1, 3],
        ),
        # authors-and-year leads, whatever ends the line above; not under a line broken mid-list
        (
            (
                "2022 Doe JQ, Roe A (2022) Widget routing. Gadget Letters",
                "Tarrow Institute of Widgets",
                "Roe A, Doe JQ, Quill B (2021) Gear sorting. Journal of Gears.",
                "Li D, Roe A, Doe JQ, Quill B, Marrow C,",
                "Finch E, Wren F (2020) Levers. Gadget Letters",
            ),
            [0, 2, 3],
        ),
        # an author list wrapped after an initial goes on
        (("Doe, J., A. Roe, and B.", "Li, C. 2021. Widget routing. Gadget Letters 12."), [0]),
        (("Doe JQ, Roe A, Van Quill B.", "Li C & Marrow D (2021) Widget routing. Gadget Letters"), [0]),
        (("Doe, J. Q., Roe, A., Quill-", "Marrow, B. (2021). Widget routing. Gadget Letters."), [0]),
        # a title-first entry: its authors line starts nothing
        (("Widget routing at scale.", "Doe, J., A. Roe. Gadget Letters, 2021."), [0]),
    ],
)
def test_citations_run_together_are_split(texts: tuple[str, ...], firsts: list[int]) -> None:
    parts = _split_run_citations(_plain(*texts))
    assert [texts.index(p.lines[0].text) for p in parts] == firsts


def test_a_wrapped_author_list_is_no_title_line() -> None:
    """An entry whose first lines are its authors (initials, names) is read as a citation, not as a
    title line over an authors line."""
    pub = _rules_read(
        "Doe, J. Q., A. B. Roe, C. Quill, D. E. Marrow, F.\n"
        "Lark, G. H. Finch, and I. Wren. 2024. Widget routing at scale. Gadget\n"
        "Letters 12, 1-9."
    )
    assert pub is not None and pub.title == "Widget routing at scale"
    assert pub.venue == "Gadget Letters"


def test_entry_read_by_lines_keeps_its_authors_line() -> None:
    """The model's author run may not reach past the rules' authors line (into the venue line)."""
    text = "Widget routing\nAna Reed, Bo Quill\nGadgetConf 2023"
    labelled = _spans_over(
        text,
        ("title", "Widget routing", 0.9),
        ("author", "Ana Reed, Bo Quill\nGadgetConf", 0.9),
        ("date", "2023", 0.9),
    )
    parts = _Parts(title="Widget routing", authors_text="Ana Reed, Bo Quill", venue_text="GadgetConf 2023")
    _apply_model(labelled, parts, by_lines=True)
    assert parts.authors_text == "Ana Reed, Bo Quill"


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "J. Doe and A. Roe. Comment on ‘Widget Routing at Scale’ by B. Quill. Gadget Letters 8, 2007.",
            "Comment on ‘Widget Routing at Scale’ by B. Quill",
        ),
        (
            "J. Doe. Discussion of “Gear Sorting in Practice” by C. Marrow. Journal of Gears 3, 2019.",
            "Discussion of “Gear Sorting in Practice” by C. Marrow",
        ),
        # quotes that start the title's sentence bound it, after a status too
        ("J. Doe, “Gear Sorting in Practice,” Journal of Gears 3, 2019.", "Gear Sorting in Practice"),
        ("Doe Jane forthcoming ‘Gear Sorting in Practice’, Journal of Gears.", "Gear Sorting in Practice"),
    ],
)
def test_a_quote_cited_inside_a_title_does_not_bound_it(text: str, title: str) -> None:
    pub = _rules_read(text)
    assert pub is not None and pub.title == title


def test_a_quoted_title_stops_at_its_quotes() -> None:
    """The model may not run a quoted title back into the sentence before the quotes."""
    text = "Ana Reed and the Widget Team\nMembers. ‘Routing widgets over lattices’. Gadget Letters 17."
    labelled = _spans_over(
        text,
        ("author", "Ana Reed and the Widget Team", 0.9),
        ("title", "Members. ‘Routing widgets over lattices’.", 0.9),
        ("container", "Gadget Letters", 0.9),
        ("volume", "17.", 0.9),
    )
    parts = _Parts(title="Routing widgets over lattices", quoted=True)
    _apply_model(labelled, parts)
    assert parts.title == "Routing widgets over lattices"


@pytest.mark.parametrize(
    ("printed", "venue"),
    [
        # editors around a book's title
        (
            "Widget Handbook (Second Edition), A. Quill, B. Roe, and C. Poe, Eds., Widget Press, Mar. 2015",
            "Widget Handbook (Second Edition)",
        ),
        ("Studies in Widgets 9. Ed. by J. M. Quill et al. Harbor University Press", "Studies in Widgets"),
        ("A. Quill & B. Roe (Eds.), Teaching widgets. Widget Academic Publishing", "Teaching widgets"),
        (
            "Widgets and Gadgets: A Novel Approach, eds. Amy Quill and Bo Roe. Orchard Books. 2025",
            "Widgets and Gadgets: A Novel Approach",
        ),
        # dates, identifiers, places and link words around the name
        ("Widget Rev. D 105 (10 May 2022), 103501", "Widget Rev. D"),
        (
            "Technical Report TR-12, Institute of Widgets (IOW), February 2008",
            "Technical Report TR-12, Institute of Widgets (IOW)",
        ),
        (
            "Workshop on Widgets at WIDG 2013. Port Ellis, Eastholm: Widget Press",
            "Workshop on Widgets at WIDG 2013",
        ),
        ("arXiv 2410.18243", "arXiv"),
        ("2024. Widget Frontiers", "Widget Frontiers"),
        ("J Widg. LINK HERE", "J Widg"),
        ("Journal of Widgets. Retrieved from", "Journal of Widgets"),
        # no venue's name at all
        ("Vol. 436. March 2025", None),
        ("2024)", None),
        ("for publication", None),
        # names that only look like the patterns stay
        ("Journal of Editors", "Journal of Editors"),
        ("Journal of Online Widgets", "Journal of Online Widgets"),
        ("Harbor University Press", "Harbor University Press"),
    ],
)
def test_clean_venue_keeps_the_venues_name(printed: str, venue: str | None) -> None:
    assert _clean_venue(printed, _Parts()) == venue


@pytest.mark.parametrize(
    ("text", "rules_venue", "venue"),
    [
        # a chapter: the model labels only the publisher; the rules' book title stands
        (
            "“Widget Narratives” A Guide to Widgets. Harbor Press. 2019.",
            "A Guide to Widgets. Harbor Press. 2019",
            "A Guide to Widgets. Harbor Press. 2019",
        ),
        # a thesis: its school is its venue
        (
            "Widget routing. PhD thesis, Harbor University. 2019.",
            "PhD thesis, Harbor University. 2019",
            "Harbor University",
        ),
        # the rules read no venue: the publisher stands for it
        ("Widget routing. Harbor Press. 2019.", None, "Harbor Press"),
    ],
)
def test_a_publisher_is_the_venue_only_without_a_rules_venue_or_for_a_thesis(
    text: str, rules_venue: str | None, venue: str
) -> None:
    title, _, rest = text.partition(". ")
    publisher = "Harbor University" if "thesis" in text else "Harbor Press"
    before, _, after = rest.partition(publisher)
    spans = [("title", title + ".", 0.9)]
    if before.strip():
        spans.append(("note", before.strip(), 0.9))
    spans += [("publisher", publisher + after.split("2019")[0].rstrip(), 0.9), ("date", "2019.", 0.9)]
    labelled = _spans_over(text, *spans)
    parts = _Parts(title=title, venue_text=rules_venue)
    _apply_model(labelled, parts)
    assert parts.venue_text == venue


def test_a_model_author_span_led_by_with_puts_the_owner_first() -> None:
    """ "with A and B" on the line under the title, labelled author by the model: the owner leads."""
    text = "Widget routing under load\nwith Amy Quill and Bo Roe."
    labelled = _spans_over(
        text, ("title", "Widget routing under load", 0.95), ("author", "with Amy Quill and Bo Roe.", 0.95)
    )
    parts = _Parts(title="Widget routing under load with Amy Quill and Bo Roe")
    _apply_model(labelled, parts)
    assert (parts.owner_first, parts.authors_text) == (True, "Amy Quill and Bo Roe")


def _marginals(labelled: Labelled, sure: dict[str, float]) -> Labelled:
    """``labelled`` with token marginals: ``sure`` for a token's own label (the rest share what is left)."""
    out = []
    for label in labelled.labels:
        p = sure.get(label, 0.9)
        rest = (1 - p) / 3
        out.append(
            {lab: (p if lab == label else rest) for lab in ("title", "author", "container", "publisher")}
        )
    return Labelled(labelled.tokens, labelled.labels, labelled.spans, 0.5, tuple(out))


def test_a_sure_venue_beside_an_unsure_date_is_the_models() -> None:
    """The venue's bounds are sure when the tokens beside it are surely no venue, however unsure their
    own label (a year read as date or note)."""
    text = "Ana Reed, Bo Quill, Widget routing in lattices, Gadget Reports, 2016"
    labelled = _spans_over(
        text,
        ("author", "Ana Reed, Bo Quill,", 0.93),
        ("title", "Widget routing in lattices,", 0.94),
        ("container", "Gadget Reports,", 0.95),
        ("date", "2016", 0.55),
    )
    assert "container" in _sure_fields(_marginals(labelled, {"date": 0.55}))
    parts = _Parts(title=text)
    _apply_model(_marginals(labelled, {"date": 0.55}), parts)
    assert parts.venue_text == "Gadget Reports,"  # the span as printed; _clean_venue trims it


@pytest.mark.parametrize(
    ("text", "year"),
    [
        # a year inside a quoted title is the title's: the year is the one after it
        ("A. Reed, “Widget routing in lattices, 2015,” Gadget Letters, vol. 4, 2020.", "2020."),
        # a date after an unquoted title stays the year
        ("A. Reed, Widget routing in lattices, 2015, Gadget Letters.", "2015,"),
    ],
)
def test_a_date_inside_the_quoted_title_is_not_the_year(text: str, year: str) -> None:
    quoted = "“" in text
    title = text[text.index("“") : text.index("”") + 2] if quoted else "Widget routing in lattices,"
    spans = [("author", "A. Reed,", 0.9)]
    if quoted:
        spans += [("title", title[: title.index("2015")].rstrip(), 0.9), ("date", "2015,”", 0.9)]
        spans += [("container", "Gadget Letters,", 0.9), ("volume", "vol. 4,", 0.9), ("date", "2020.", 0.9)]
    else:
        spans += [("title", title, 0.9), ("date", "2015,", 0.9), ("container", "Gadget Letters.", 0.9)]
    assert read_labels(_spans_over(text, *spans))["date"] == year


@pytest.mark.parametrize(
    ("venue", "title", "expected"),
    [
        ("Widget routing in lattices. Gadget Letters", "Widget routing in lattices", "Gadget Letters"),
        ("Gadget Letters", "Widget routing in lattices", "Gadget Letters"),
        ("Widget routing in lattices.", "Widget routing in lattices", None),
        (None, "Widget routing", None),
    ],
)
def test_a_venue_that_runs_on_from_the_title_starts_after_it(
    venue: str | None, title: str, expected: str | None
) -> None:
    assert _after_title(venue, title) == expected


@pytest.mark.parametrize(
    ("printed", "venue"),
    [
        ("Gadget Economics. 2019 November 1;37(11):1313-20", "Gadget Economics"),
        ("Value in Widgets. 2019 May 1;22(5):575-9", "Value in Widgets"),
        ("Journal of Widgets, 2021, 12(3), 45-67", "Journal of Widgets"),
        # a year inside the name stays
        ("Proc. 2019 Conference on Widgets", "Proc. 2019 Conference on Widgets"),
        # identifiers before the journal's name
        ("arXiv:2112.01202, Widget Physics", "Widget Physics"),
        ("arXiv:1807.08234, doi:10.1234/wp.98.07, Widget Rev. D 98", "Widget Rev. D"),
        ("arXiv:2303.03736", "arXiv"),
    ],
)
def test_clean_venue_cuts_dates_numbers_and_identifiers(printed: str, venue: str) -> None:
    assert _clean_venue(printed, _Parts()) == venue


def test_model_coauthors_after_with_replace_the_rules_run_on_names() -> None:
    """The rules read "with A" to the venue; the model's sure "with A." span ends the names."""
    text = "“Widget routing in lattices” with Ana Reed. Journal of Gadget Economics. 2024."
    labelled = _spans_over(
        text,
        ("title", "“Widget routing in lattices”", 0.99),
        ("author", "with Ana Reed.", 0.9),
        ("container", "Journal of Gadget Economics.", 0.96),
        ("date", "2024.", 0.92),
    )
    parts = _Parts(
        title="Widget routing in lattices",
        authors_text="Ana Reed. Journal of Gadget Economics",
        owner_first=True,
    )
    _apply_model(labelled, parts)
    assert (parts.owner_first, parts.authors_text) == (True, "Ana Reed")


def test_rules_names_running_into_a_sure_venue_are_cut_there() -> None:
    text = "“Widget routing in lattices,” with Ana Reed Journal of Gadget Economics, 2017"
    labelled = _spans_over(
        text,
        ("title", "“Widget routing in lattices,”", 0.99),
        ("author", "with Ana Reed", 0.42),
        ("container", "Journal of Gadget Economics,", 0.99),
        ("date", "2017", 0.99),
    )
    parts = _Parts(
        title="Widget routing in lattices",
        authors_text="Ana Reed Journal of Gadget Economics",
        owner_first=True,
    )
    _apply_model(_marginals(labelled, {"author": 0.42}), parts)
    assert parts.authors_text == "Ana Reed"


@pytest.mark.parametrize(
    ("text", "title", "year"),
    [
        ("Widget routing in lattices. Submitted, 2025.", "Widget routing in lattices", 2025),
        ("2019 Widget routing in lattices. Gadget Letters.", "Widget routing in lattices", 2019),
        # a year inside the title is the title's
        ("Widget routing since 1990. Gadget Letters.", "Widget routing since 1990", None),
        # the title not found as printed: no guess
        ("Widget routing in lattices. 2020.", "Widget Routing", None),
    ],
)
def test_year_outside_title(text: str, title: str, year: int | None) -> None:
    assert _year_outside_title(text, title) == year


def test_model_coauthors_in_brackets_end_at_the_bracket() -> None:
    text = "Widget routing in lattices (with Ana Reed & Bo Quill)\nGadget Policy, 51(7), 2022"
    labelled = _spans_over(
        text,
        ("title", "Widget routing in lattices", 0.99),
        ("author", "(with Ana Reed & Bo Quill)\nGadget Policy,", 0.9),
        ("volume", "51", 0.9),
        ("issue", "(7),", 0.9),
        ("date", "2022", 0.9),
    )
    parts = _Parts(title="Widget routing in lattices", authors_text="Ana Reed & Bo Quill", owner_first=True)
    _apply_model(labelled, parts)
    assert (parts.owner_first, parts.authors_text) == (True, "Ana Reed & Bo Quill")


RULE_READINGS = [
    # (entry, the rules' authors, title, venue)
    (
        "Quill, Amara. Widget Routing: A History. Port Ellis: Gadget Press, 2019.",
        "Quill, Amara",
        "Widget Routing: A History",
        "Port Ellis: Gadget Press, 2019",
    ),
    (
        "QUILL, Amara Jo. Widget Routing. Gadget Press, 2019.",
        "QUILL, Amara Jo",
        "Widget Routing",
        "Gadget Press, 2019",
    ),
    # the bracketed year ends the author list, the title follows with no period between
    (
        "Quill AB, Roe C, Vale D (2024) Widget Routing Under Load. Gadget Letters 15(1):5462.",
        "Quill AB, Roe C, Vale D",
        "Widget Routing Under Load",
        "Gadget Letters 15(1):5462",
    ),
    (
        "A. Quill and B. Roe (2021b). Widget Routing. Gadgets 3:1-2.",
        "A. Quill and B. Roe",
        "Widget Routing",
        "Gadgets 3:1-2",
    ),
    # a title with a bracketed year is no author list
    ("Widget Routing (2020). Gadget Letters.", None, "Widget Routing (2020)", "Gadget Letters"),
    # two sentences only: no room for an author, a title and a venue
    ("Quill, Amara. Widget Routing.", None, "Quill, Amara", "Widget Routing"),
]


@pytest.mark.parametrize(("text", "authors", "title", "venue"), RULE_READINGS)
def test_rules_read_one_inverted_author(text: str, authors: str | None, title: str, venue: str) -> None:
    parts = _Parts()
    _read_citation(text, parts)
    assert (parts.authors_text, parts.title, parts.venue_text) == (authors, title, venue)


@pytest.mark.parametrize(
    ("after", "venue"),
    [
        (("volume", "'25"), "GadgetSys '25"),
        (("date", "’21,"), "GadgetSys ’21"),
        (("volume", "12,"), "GadgetSys"),  # a volume is no year
        (("date", "2025"), "GadgetSys"),  # a full year goes to the year, not the venue
    ],
)
def test_venue_keeps_its_short_year(after: tuple[str, str], venue: str) -> None:
    label, text = after
    spans = (Span("title", "Widget routing", 0, 14, 0.9), Span("container", "GadgetSys", 15, 24, 0.9))
    spans += (Span(label, text, 25, 25 + len(text), 0.9),)
    labelled = Labelled(tokens=(), labels=(), spans=spans, probability=0.9)
    assert _with_short_year(labelled, "GadgetSys") == venue


def _bold_headed(heading: list[str], citation: list[str], bold_year: str | None = None) -> Block:
    """An entry under a bold heading (and a bold year line), its citation in regular type."""
    lines = [Line(text=t, number=0, bold=True) for t in heading]
    if bold_year:
        lines.append(Line(text=bold_year, number=0, bold=True))
    lines += [Line(text=t, number=0) for t in citation]
    return Block(lines=tuple(replace(ln, number=i) for i, ln in enumerate(lines)))


ECHOED_HEADINGS = [
    # the bold heading shortens the title the citation prints: the citation's title, its year margin
    (
        ["Widget Routing Under Load"],
        "2021",
        [
            "Doe, Jane and Ann Roe. (forthcoming). Widget Routing Under Load: Gears",
            "and Levers. Gadget Letters.",
        ],
        ("Widget Routing Under Load: Gears and Levers", "Gadget Letters", 2021),
    ),
    # a heading over two lines, no year line
    (
        ["Widget Routing Under Load: Gears and", "Levers"],
        None,
        ["Jane Doe. 2019. Widget Routing Under Load: Gears and Levers.", "Gadget Letters 7 (4): 315-330."],
        ("Widget Routing Under Load: Gears and Levers", "Gadget Letters", 2019),
    ),
]


@pytest.mark.parametrize(("heading", "year", "citation", "expected"), ECHOED_HEADINGS)
def test_a_bold_heading_the_citation_repeats_is_dropped(
    heading: list[str], year: str | None, citation: list[str], expected: tuple[str, str, int]
) -> None:
    block = _bold_headed(heading, citation, year)
    for use_models in (False, True):
        ctx = ParseContext(source_index=0, kind="cv", use_nlp=False, use_models=use_models)
        pub = parse_publication_block(block, ctx)
        assert pub is not None
        assert (pub.title, pub.venue, pub.year) == expected
        assert [a.name for a in pub.authors][:1] == ["Jane Doe"]


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (
            [("Widget Routing Under Load", True), ("J. Doe. Widget Routing Under Load. Gadgets.", False)],
            (1, None),
        ),
        (
            [
                ("Widget Routing Under Load", True),
                ("2020", True),
                ("J. Doe. Widget Routing Under Load.", False),
            ],
            (2, 2020),
        ),
        # not bold: a title line over authors and venue, no heading
        ([("Widget Routing Under Load", False), ("J. Doe. Widget Routing Under Load.", False)], (0, None)),
        # the citation does not repeat it
        ([("Widget Routing Under Load", True), ("J. Doe. Gadget Letters, 2020.", False)], (0, None)),
        # too short to tell
        ([("Widgets", True), ("J. Doe. Widgets. Gadget Letters, 2020.", False)], (0, None)),
        # the whole entry bold: nothing under a heading
        ([("Widget Routing Under Load", True), ("J. Doe. Widget Routing Under Load.", True)], (0, None)),
    ],
)
def test_echoed_heading(lines: list[tuple[str, bool]], expected: tuple[int, int | None]) -> None:
    assert _echoed_heading([Line(text=t, number=i, bold=b) for i, (t, b) in enumerate(lines)]) == expected


@pytest.mark.parametrize(
    ("segment", "expected"),
    [
        ("(forthcoming)", True),
        (" (accepted) ", True),
        ("(2020)", False),
        ("forthcoming", False),
        ("(Gadgets)", False),
    ],
)
def test_bracketed_status(segment: str, expected: bool) -> None:
    assert _bracketed_status(segment) is expected
