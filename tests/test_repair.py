"""``extractor.repair``: Unicode clean-up, lost ligatures, line-end hyphens, glued words.

Tables hold one row per kind of real extraction damage (with made-up sentences around it);
the properties check that repair is idempotent and never adds lines or renumbers them.
"""

from __future__ import annotations

from dataclasses import replace

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extractor.document import Document, Line, MediaType, SourceInfo
from extractor.repair import attach_spacing_accents, clean_text, repair_document, restore_ligatures


def make_doc(texts: list[str], media: MediaType = MediaType.TEXT) -> Document:
    page = 1 if media is MediaType.PDF else None
    lines = tuple(Line(text=t, number=i, page=page) for i, t in enumerate(texts))
    return Document(source=SourceInfo(index=0, path="cv.txt", media_type=media, sha256="0" * 64), lines=lines)


def repaired(texts: list[str], media: MediaType = MediaType.TEXT) -> list[str]:
    return [line.text for line in repair_document(make_doc(texts, media)).lines]


# --- clean_text: Unicode -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        # ligature code points, U+FB00..U+FB06
        pytest.param("\ufb01rst \ufb02ow", "first flow", id="fi-fl"),
        pytest.param("e\ufb00ect", "effect", id="ff"),
        pytest.param("o\ufb03ce", "office", id="ffi"),
        pytest.param("ba\ufb04ing", "baffling", id="ffl"),
        pytest.param("\ufb05\ufb06", "stst", id="long-s-t-and-st"),
        # invisible characters
        pytest.param("Ines\u200bVarga", "InesVarga", id="zero-width-space"),
        pytest.param("co\u200coperate\u200d", "cooperate", id="zero-width-joiners"),
        pytest.param("word\u2060joiner", "wordjoiner", id="word-joiner"),
        pytest.param("\ufeffIines", "Iines", id="bom-inside"),
        pytest.param("hydro\u00adlogy", "hydrology", id="soft-hyphen"),
        # spaces
        pytest.param("Ines\u00a0Varga", "Ines Varga", id="nbsp"),
        pytest.param("2019\u2009–\u20092021", "2019 – 2021", id="thin-spaces"),
        pytest.param("a\u3000b\u202fc", "a b c", id="ideographic-and-narrow-nbsp"),
        pytest.param("  lead   and\ttab  ", "lead and tab", id="runs-and-edges"),
        pytest.param("bell\x07char", "bell char", id="control-char"),
        # icon fonts put glyphs in the private use area
        pytest.param("\uf0e0 iv@example.edu", "iv@example.edu", id="private-use-envelope"),
        pytest.param("\ue900Phone", "Phone", id="private-use-icon-glued"),
        pytest.param("x\U000f0001y", "xy", id="supplementary-private-use"),
        # composed forms
        pytest.param("Ume\u0301", "Umé", id="nfc"),
        pytest.param("Universität Göttingen", "Universität Göttingen", id="already-clean"),
        pytest.param(
            "iv@example.edu https://iv.example.org/a_b",
            "iv@example.edu https://iv.example.org/a_b",
            id="email-url-untouched",
        ),
    ],
)
def test_clean_text(text: str, expected: str) -> None:
    assert clean_text(text) == expected


# --- restore_ligatures: U+FFFD where a ligature was ----------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("e\ufffdciently", "efficiently", id="ffi"),
        pytest.param("\ufffde results", "The results", id="Th-at-start"),
        pytest.param("Microso\ufffd Research", "Microsoft Research", id="ft-at-end"),
        pytest.param("trade-o\ufffd", "trade-off", id="ff-after-hyphen"),
        pytest.param("\ufffdrst", "first", id="fi-at-start"),
        pytest.param("a\ufffdliation", "affiliation", id="ffi-middle"),
        pytest.param("con\ufffdict", "conflict", id="fl"),
        pytest.param("signi\ufffdcant", "significant", id="fi-middle"),
        pytest.param("so\ufffdware", "software", id="ft-middle"),
        pytest.param("\ufffdnancial sta\ufffd", "financial staff", id="two-words"),
        pytest.param("e\ufffdort", "effort", id="ff-middle"),
        pytest.param("no damage", "no damage", id="nothing-to-do"),
        # nothing to go on: left for the warning
        pytest.param("\ufffd", "\ufffd", id="lone-mark"),
        pytest.param("x\ufffd\ufffd\ufffd\ufffdy", "x\ufffd\ufffd\ufffd\ufffdy", id="too-many-marks"),
        pytest.param("zq\ufffdxv", "zq\ufffdxv", id="no-known-word"),
    ],
)
def test_restore_ligatures(text: str, expected: str) -> None:
    assert restore_ligatures(text) == expected


def test_unrepairable_marks_are_counted_in_a_warning() -> None:
    doc = repair_document(make_doc(["a \ufffd\ufffd\ufffd\ufffd b", "e\ufffdciently"]))
    assert [line.text for line in doc.lines] == ["a \ufffd\ufffd\ufffd\ufffd b", "efficiently"]
    assert doc.warnings == ("cv.txt: 4 damaged characters could not be repaired",)


def test_repaired_document_has_no_warning() -> None:
    assert repair_document(make_doc(["e\ufffdciently done"])).warnings == ()


# --- line-end hyphenation ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "texts, expected",
    [
        pytest.param(
            ["We are manag-", "ing resources well"],
            ["We are managing", "resources well"],
            id="joined-word-moves-up",
        ),
        pytest.param(
            ["a classic trade-", "off between speed"],
            ["a classic trade-", "off between speed"],
            id="compound-keeps-hyphen",
        ),
        pytest.param(
            ["new in-", "sights into glaciers"], ["new insights", "into glaciers"], id="prefix-split"
        ),
        pytest.param(
            ["the manag-", "ing, of things"], ["the managing,", "of things"], id="punctuation-travels"
        ),
        pytest.param(["hydro-", "logy"], ["hydrology"], id="emptied-line-dropped"),
        pytest.param(
            ["state-of-the-", "art methods"], ["state-of-the-", "art methods"], id="multi-hyphen-compound"
        ),
        pytest.param(
            ["Ines Varga-", "Oduya is a name"], ["Ines Varga-", "Oduya is a name"], id="capital-tail"
        ),
        pytest.param(["1998-", "2001 at Tarrow"], ["1998-", "2001 at Tarrow"], id="year-range"),
        pytest.param(
            ["ends with a dash -", "next line"], ["ends with a dash -", "next line"], id="spaced-dash"
        ),
        pytest.param(["xq-", "zzv"], ["xq-", "zzv"], id="unknown-word"),
    ],
)
def test_line_end_hyphens(texts: list[str], expected: list[str]) -> None:
    assert repaired(texts) == expected


def test_hyphen_is_not_joined_into_a_heading_or_bullet() -> None:
    doc = make_doc(["We are manag-", "ing", "manag-", "ing"])
    lines = list(doc.lines)
    lines[1] = replace(lines[1], heading_level=2)
    lines[3] = replace(lines[3], list_item=True)
    out = repair_document(replace(doc, lines=tuple(lines)))
    assert [ln.text for ln in out.lines] == ["We are manag-", "ing", "manag-", "ing"]


def test_joined_line_keeps_its_number() -> None:
    doc = repair_document(make_doc(["Heading", "we are manag-", "ing resources", "tail"]))
    assert [(ln.number, ln.text) for ln in doc.lines] == [
        (0, "Heading"),
        (1, "we are managing"),
        (2, "resources"),
        (3, "tail"),
    ]


# --- glued words ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, media, expected",
    [
        pytest.param(
            "Mymain research questions are about many things",
            MediaType.PDF,
            "My main research questions are about many things",
            id="capitalized-opener",
        ),
        pytest.param(
            "We study traffic.These results show many things",
            MediaType.PDF,
            "We study traffic. These results show many things",
            id="sentence-glued",
        ),
        pytest.param(
            "my e\ufffdcient method keeps workingfor many days",
            MediaType.TEXT,
            "my efficient method keeps working for many days",
            id="damaged-text-document",
        ),
        # left alone
        pytest.param(
            "Mymain research questions are about many things",
            MediaType.TEXT,
            "Mymain research questions are about many things",
            id="clean-text-not-touched",
        ),
        pytest.param(
            "Mymain research questions are about many things",
            MediaType.MARKDOWN,
            "Mymain research questions are about many things",
            id="clean-markdown-not-touched",
        ),
        pytest.param(
            "I work with Yinwei and Venkataraman on many things",
            MediaType.PDF,
            "I work with Yinwei and Venkataraman on many things",
            id="names-in-prose",
        ),
        pytest.param("Yinwei Venkataraman", MediaType.PDF, "Yinwei Venkataraman", id="name-line"),
        pytest.param("Mymain interests", MediaType.PDF, "Mymain interests", id="short-line-not-prose"),
        pytest.param(
            "Write to mymain@example.org for many of these things",
            MediaType.PDF,
            "Write to mymain@example.org for many of these things",
            id="email",
        ),
        pytest.param(
            "See https://example.org/mymainpage for many more of these things",
            MediaType.PDF,
            "See https://example.org/mymainpage for many more of these things",
            id="url",
        ),
        pytest.param(
            "Built with Node.Js and example.Com in many small ways",
            MediaType.PDF,
            "Built with Node.Js and example.Com in many small ways",
            id="dotted-names",
        ),
        pytest.param(
            "We study checkpointing for microservices in many of the clusters",
            MediaType.PDF,
            "We study checkpointing for microservices in many of the clusters",
            id="known-jargon",
        ),
        pytest.param(
            "The NSFGRFP and DARPA funded many of these projects",
            MediaType.PDF,
            "The NSFGRFP and DARPA funded many of these projects",
            id="acronyms",
        ),
        pytest.param(
            "We used pytorch_lightning and numpy in many of the scripts",
            MediaType.PDF,
            "We used pytorch_lightning and numpy in many of the scripts",
            id="code-identifiers",
        ),
    ],
)
def test_glued_words(text: str, media: MediaType, expected: str) -> None:
    assert repaired([text], media) == [expected]


# --- repair_document keeps every cue; only text is repaired ------------------------------------------------


def test_cues_and_numbers_survive_repair() -> None:
    line = Line(
        text="\ufb01eld work",
        number=7,
        page=2,
        heading_level=None,
        size=9.5,
        bold=True,
        x0=45.0,
        list_item=True,
        blank_before=True,
        bold_spans=("\ufb01eld",),
        cells=("\ufb01eld work", "2019"),
    )
    doc = Document(source=SourceInfo(0, "cv.pdf", MediaType.PDF, "0"), lines=(line,), title="CV")
    out = repair_document(doc)
    # the parts later stages read (cells, bold runs) are repaired like the text; all else is kept
    assert out.lines == (
        replace(line, text="field work", bold_spans=("field",), cells=("field work", "2019")),
    )
    assert (out.source, out.title, out.kind) == (doc.source, doc.title, doc.kind)


def test_lines_that_clean_to_nothing_are_dropped() -> None:
    doc = repair_document(make_doc(["\u200b", "kept", "\ue000 \u00ad", "also kept"]))
    assert [(ln.number, ln.text) for ln in doc.lines] == [(1, "kept"), (3, "also kept")]


# --- properties ----------------------------------------------------------------------------------

# damage seen in real extractions, mixed with ordinary words and arbitrary text
DAMAGED_TOKENS = [
    "e\ufffdciently",
    "\ufffde",
    "Microso\ufffd",
    "\ufffd",
    "\ufb01rst",
    "\ufb04",
    "manag-",
    "ing",
    "trade-",
    "off",
    "in-",
    "sights",
    "Myprimary",
    "Ilove",
    "traffic.These",
    "Yinwei",
    "iv@example.org",
    "https://x.example.org/a-",
    "\u00ad",
    "\u200b",
    "\u00a0",
    "\ue000",
    "-",
    "–",
    "state-of-the-",
    "art",
    "1998-",
    "2001",
    "the",
    "research",
    "a",
    "I",
    "in",
    "many",
    "workingfor",
    "Venkataraman",
    "**",
    "[1]",
]
line_text = st.lists(st.sampled_from(DAMAGED_TOKENS) | st.text(max_size=6), max_size=10).map(" ".join)
documents = st.builds(make_doc, st.lists(line_text, max_size=8), st.sampled_from(list(MediaType)))


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(documents)
def test_repair_is_idempotent(doc: Document) -> None:
    once = repair_document(doc)
    twice = repair_document(once)
    # warnings are left out: see the report on repeated "could not be repaired" warnings
    assert twice.lines == once.lines, [line.text for line in doc.lines]
    assert (twice.source, twice.title, twice.kind) == (once.source, once.title, once.kind)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(documents)
def test_repair_never_adds_lines_and_keeps_numbers(doc: Document) -> None:
    out = repair_document(doc)
    assert len(out.lines) <= len(doc.lines), [line.text for line in doc.lines]
    numbers = [line.number for line in out.lines]
    assert numbers == sorted(set(numbers))
    assert set(numbers) <= {line.number for line in doc.lines}
    assert all(line.text and line.text == line.text.strip() for line in out.lines)


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=40))
def test_clean_text_is_idempotent(text: str) -> None:
    once = clean_text(text)
    assert clean_text(once) == once, text


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Br¨uhl", "Brühl"),  # the accent before its letter
        ("Gr¨unb¨ohler", "Grünböhler"),
        ("E´lodie", "Élodie"),  # a capital vowel's accent is drawn after it
        ("P´erez", "Pérez"),  # but a consonant capital before a vowel: the vowel's
        ("S´lawomir", "Ślawomir"),  # a consonant capital before a consonant: the capital's
        ("Mu˜noz", "Muñoz"),
        ("don´t", "don´t"),  # no such letter: an apostrophe, not an accent
    ],
)
def test_attach_spacing_accents(text: str, expected: str) -> None:
    assert attach_spacing_accents(text) == expected, text
