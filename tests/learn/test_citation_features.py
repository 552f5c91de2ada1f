"""Tokenizer and features of the learned citation parser, on invented examples."""

from __future__ import annotations

import pytest

from extractor.learn.citation import LABELS, hint_features, token_features, tokenize
from extractor.learn.data import Part, _markup_part, build_entry
from extractor.learn.generate import generate

TOKENS = [
    ("Doe, J. 12(3):45-67", ["Doe,", "J.", "12", "(3):", "45-67"]),
    ("Roe,A.; Poe, B.", ["Roe,", "A.;", "Poe,", "B."]),
    ("pp.45–67.", ["pp.", "45–67."]),
    ("A.-C. Quill", ["A.-C.", "Quill"]),
    ("doi:10.1234/ab(5).x https://x.org/a(1),b", ["doi:10.1234/ab(5).x", "https://x.org/a(1),b"]),
    ("“Title,” in Proc.", ["“Title,”", "in", "Proc."]),
    ("[1] 2025: Title", ["[1]", "2025:", "Title"]),
    ("", []),
]


@pytest.mark.parametrize(("text", "expected"), TOKENS)
def test_tokenize(text: str, expected: list[str]) -> None:
    tokens = tokenize(text)
    assert [t.text for t in tokens] == expected
    assert all(text[t.start : t.end] == t.text for t in tokens)


def test_line_breaks_and_bold() -> None:
    tokens = tokenize("Title of It\nAmy Quill, Bo Roe", bold=["Amy Quill"])
    assert [t.line_start for t in tokens] == [False, False, False, True, False, False, False]
    assert [t.bold for t in tokens] == [False, False, False, True, True, False, False]


FEATURES = [
    # (entry, token index, features it must have)
    ("J. Doe. Title. 2021.", 0, {"initial", "first", "cap", "w=j"}),
    ("J. Doe. Title. 2021.", 3, {"year", "last", "rp=."}),
    ("Quill AB, Roe C. Title.", 1, {"bareinitials", "upper", "-1:w=quill"}),
    ("A.-C. Quill. Title.", 0, {"initial"}),
    ("Jan van der Berg. Title.", 1, {"particle"}),
    ("Doe, J. Title. J. Gadgets 12:45-67, 2021.", 6, {"pagerange"}),
    ("Doe, J. Title. In Proc. of X, Mar. 2021.", 7, {"cue=months"}),
    ("Doe, J. Title. Under review.", 4, {"cue=status"}),
    ("Doe, J. Title. 2021. [pdf] [code]", 5, {"cue=link", "lb=[", "rp=]"}),
    ("Doe, J. Title. Proceedings of OSDI, 2021.", 5, {"venueacronym"}),
    ("Doe, J. Title. Journal of Things, 2021.", 3, {"venueword", "cue=container"}),
    ("1. Doe, J*. Title.", 0, {"entrynumber", "first"}),
    ("1. Doe, J*. Title.", 2, {"mark"}),
    ("Doe, J. “A Title,” in Proc.", 3, {"inquotes", "quote"}),
    ("Doe, J. “A Title,” in Proc.", 5, {"sawquote"}),
    ("Doe, J. Title. vol. 3, no. 4", 3, {"cue=volume"}),
    ("Doe, J. Title. https://x.org/p", 3, {"url"}),
    ("Doe, J. Title. doi:10.1234/x", 3, {"doi"}),
    ("Doe, J. Title. Thing 2021.", 3, {"seg=1", "fromend=2"}),
    # how a token ends (AnyStyle's terminal classes), with the case of the token after it, and the
    # terminal class of the token before with its own case
    ("Doe, J. Title. Thing 2021.", 2, {"tm=term", "tm|case+1=term|cap", "tm-1|case=term|cap", "seg=0|cap"}),
    ("Doe, J. “A Title,” in Proc.", 3, {"tm=int", "closequote"}),
    ("Doe, J. “A Title,” in Proc.", 4, {"-1:closequote", "tm-1|case=int|lower"}),
    # places: countries, states, their codes in capitals; a short word that is also a code is not one
    ("Doe, J. Title. Port Ellis, USA: Widget Press.", 5, {"place"}),
    ("Doe, J. Title. Widget Press, Ohio.", 5, {"place", "-1:tm=int"}),
    # Vancouver initials after a bare family name, with how they end (the list's last name: a period)
    ("Quill AB, Roe C. Title.", 1, {"vancouver=int"}),
    ("Quill AB, Roe C. Title.", 3, {"vancouver=term"}),
]

NOT_FEATURES = [
    ("Quill, AB. Title.", 1, "vancouver=term"),
    ("QUILL AB. Title.", 1, "vancouver=term"),
    ("Doe, J. Title Of A.B. Thing.", 4, "vancouver=term"),
    ("Doe, J. And Title. Widget Press.", 2, "place"),
    ("Doe, J. Title in Widgets.", 4, "place"),
]


@pytest.mark.parametrize(("text", "index", "feature"), NOT_FEATURES)
def test_token_lacks_feature(text: str, index: int, feature: str) -> None:
    assert feature not in token_features(tokenize(text))[index]


@pytest.mark.parametrize(("text", "index", "expected"), FEATURES)
def test_token_features(text: str, index: int, expected: set[str]) -> None:
    features = set(token_features(tokenize(text))[index])
    assert expected <= features, expected - features


def test_build_entry_labels_every_token() -> None:
    entry = build_entry(
        [Part("1.", "citation-number"), Part("A. Quill.", "author"), Part("Tiny Title.", "title")]
    )
    assert entry.text == "1. A. Quill. Tiny Title."
    assert entry.labels == ("citation-number", "author", "author", "title", "title")
    assert set(entry.labels) <= set(LABELS)


HINTS = [
    # (entry, the rules' reading, the "rule=" feature of every token)
    (
        "Doe, J. A Study of Widgets. Gadgets, 2021.",
        {"author": "Doe, J.", "title": "A Study of Widgets", "container": "Gadgets, 2021"},
        ["author", "author", "title", "title", "title", "title", "container", "container"],
    ),
    # a value found by its letters and digits across a line break and a glued bracket
    (
        "Quill, A.\nWidget\nRouting (Extended). Gadgets",
        {"title": "Widget Routing (Extended)", "author": "Quill A"},
        ["author", "author", "title", "title", "title", "none"],
    ),
    # a reading the entry does not hold marks nothing
    ("Doe, J. Widgets.", {"title": "Sprockets"}, ["none", "none", "none"]),
]


@pytest.mark.parametrize(("text", "reading", "expected"), HINTS)
def test_hint_features(text: str, reading: dict[str, str], expected: list[str]) -> None:
    hints = hint_features(tokenize(text), reading)
    assert [h[0] for h in hints] == [f"rule={label}" for label in expected]
    # what the rules said of the neighbours, for the label boundaries
    assert hints[0][1] == f"rule-1=start|{expected[0]}"
    assert hints[-1][2] == f"rule+1={expected[-1]}|end"


def test_hints_become_features() -> None:
    tokens = tokenize("Doe, J. Widgets.")
    hints = hint_features(tokens, {"title": "Widgets"})
    assert "rule=title" in token_features(tokens, hints)[2]
    assert not any(f.startswith("rule") for f in token_features(tokens)[2])


@pytest.mark.parametrize(
    ("text", "owner", "expected"),
    [
        (
            "Mira Velloway, Bo Quill. Widgets.",
            "Mira Velloway",
            ["owner=given", "owner=family", "", "", ""],
        ),
        # inverted and initialled: the initial counts next to the family name only
        ("Velloway, M., B. Quill", "Mira Q. Velloway", ["owner=family", "owner=initial", "", ""]),
        ("M. Roe and Velloway M", "Velloway, Mira", ["", "", "", "owner=family", "owner=initial"]),
        # hyphens and accents folded; no owner known: nothing
        ("J. Doe-Róe. Widgets.", "Jane Doe-Roe", ["owner=initial", "owner=family", ""]),
        ("Mira Velloway. Widgets.", None, ["", "", ""]),
    ],
)
def test_owner_features(text: str, owner: str | None, expected: list[str]) -> None:
    tokens = tokenize(text)
    got = [h[3] if len(h) > 3 else "" for h in hint_features(tokens, {}, owner)]
    assert got == expected
    assert [("owner=" in " ".join(f)) for f in token_features(tokens, hint_features(tokens, {}, owner))] == [
        bool(e) for e in expected
    ]


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("Listening", ("zf=4", "czf=4")),  # a common English word
        ("Varrowby", ("zf=0", "czf=0")),  # an invented name: no frequency at all
        ("moving", ("zf=4",)),
        ("2021", ()),  # no letters: no frequency feature
        ("J.", ()),  # an initial: too short
    ],
)
def test_word_frequency_band(word: str, expected: tuple[str, ...]) -> None:
    features = token_features(tokenize(word))[0]
    assert tuple(f for f in features if f.startswith(("zf=", "czf="))) == expected


ITALIC_MARKUP = [
    # (an AnyStyle part's text, its text without tags, its italic runs)
    ("On <italic>Genus species</italic> nov.", "On Genus species nov.", ("Genus species",)),
    ("<ITALIC>Gadget Letters</ITALIC>", "Gadget Letters", ("Gadget Letters",)),
    ("A <cite>quoted</cite> word", "A quoted word", ()),
    ("No markup here", "No markup here", ()),
]


@pytest.mark.parametrize(("text", "clean", "runs"), ITALIC_MARKUP)
def test_anystyle_italic_markup(text: str, clean: str, runs: tuple[str, ...]) -> None:
    part = _markup_part(text, "title")
    assert (part.text, part.italic) == (clean, runs)


def test_italic_runs_reach_the_tokens() -> None:
    entry = build_entry(
        [Part("A. Quill.", "author"), _markup_part("On <italic>Genus species</italic>.", "title")]
    )
    assert [t.text for t in entry.tokens if t.italic] == ["Genus", "species."]
    assert "italic" in token_features(entry.tokens)[3]


def test_generated_citation_index_exports() -> None:
    """Some title-first entries on lines close their author line with the year, the names sometimes
    in capitals, the venue on the next line."""
    exports = []
    for entry in generate(600, 16):
        lines = entry.text.split("\n")
        if len(lines) < 3 or entry.labels[0] != "title":
            continue
        author_line = [
            lab
            for t, lab in zip(entry.tokens, entry.labels, strict=True)
            if entry.text.count("\n", 0, t.start) == 1
        ]
        if author_line and author_line[-1] == "date" and set(author_line[:-1]) == {"author"}:
            exports.append(lines[1])
    assert len(exports) >= 5
    assert any(line.split()[-1].isdigit() and line.isupper() for line in exports)


def _features_of(text: str, bold: tuple[str, ...] = (), italic: tuple[str, ...] = ()) -> dict[str, set[str]]:
    tokens = tokenize(text, bold, italic)
    return {t.text: set(f) for t, f in zip(tokens, token_features(tokens), strict=True)}


SENTENCE_FEATURES = [
    # (entry, token, features it must have, features it must not have)
    (
        "J. Doe. Widget Routing. In Proc. of Gadgets, pp. 1-9, 2020.",
        "Routing.",
        {"sg-1=initial"},
        {"sg=venue"},
    ),
    # "Proc." and "pp." do not end the venue's sentence: its year and pages are in it
    (
        "J. Doe. Widget Routing. In Proc. of Gadgets, pp. 1-9, 2020.",
        "Gadgets,",
        {"sg=venue", "sg=in", "sg=year"},
        set(),
    ),
    ("J. Doe. Widget Routing. In Proc. of Gadgets, pp. 1-9, 2020.", "In", {"sgstart"}, set()),
    ("J. Doe. Widget Routing. Gadget Press, 2020.", "Routing.", {"sg+1=year"}, {"sg+1=venue"}),
    ("J. Doe. Widget Routing. Gadget Press, 2020.", "Press,", {"sg=publisher", "sg=year"}, set()),
    ("Widget Routing. https://example.org/w", "https://example.org/w", {"sg=link"}, set()),
    # "In" inside a title is no venue's lead
    ("J. Doe. Widgets in Harbors. Gadgets.", "Harbors.", set(), {"sg=in", "sg=venue"}),
]


@pytest.mark.parametrize(("text", "token", "has", "lacks"), SENTENCE_FEATURES)
def test_sentence_features(text: str, token: str, has: set[str], lacks: set[str]) -> None:
    features = _features_of(text)[token]
    assert has <= features
    assert not lacks & features


def test_a_line_in_a_font_of_its_own() -> None:
    text = "Widget Routing Under Load\nAmy Quill and Bo Roe\nGadget Letters, 2020"
    features = _features_of(text, bold=("Widget Routing Under Load", "Amy Quill"), italic=("Gadget Letters",))
    assert {"boldline", "sgstart"} <= features["Widget"]
    assert "boldline" not in features["Amy"]  # a bold name inside a line: no bold line
    assert "italicline" not in features["Letters,"]  # the year on its line is not italic
    assert "sgstart" in features["Amy"]  # the bold line is a sentence of its own
    # the whole entry in bold says nothing
    assert (
        "boldline"
        not in _features_of("Widget Routing\nAmy Quill", bold=("Widget Routing", "Amy Quill"))["Widget"]
    )


def test_generated_fonts() -> None:
    """Some generated entries print their title in bold, and bold falls on titles and the owner's
    name only; generation stays deterministic."""
    bold_titles = 0
    for entry in generate(400, 16):
        for token, label in zip(entry.tokens, entry.labels, strict=True):
            if token.bold and label == "title":
                bold_titles += 1
            else:
                assert not token.bold or label == "author"
    assert bold_titles
    assert [e.text for e in generate(50, 16)] == [e.text for e in generate(50, 16)]
