"""Author lists: parsing, empty slots, marks, bold, line scoring, legends. All names are fictional."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from extractor.parse.authors import (
    AUTHOR_LIST_THRESHOLD,
    EXPLICIT_EQUAL,
    ParsedAuthor,
    equal_contribution_marks,
    is_equal_contribution,
    looks_like_author_list,
    normalize_initials,
    parse_authors,
)
from extractor.parse.names import honorifics, particles
from extractor.patterns import author_regexes

# (text, [(name, marks), ...]); name None is an empty slot
PARSE_CASES = [
    # separators
    ("Amy Li, Zed Orr, and Bo Wu", [("Amy Li", ""), ("Zed Orr", ""), ("Bo Wu", "")]),
    ("Amy Li, Zed Orr and Bo Wu", [("Amy Li", ""), ("Zed Orr", ""), ("Bo Wu", "")]),
    ("Amy Li and Zed Orr", [("Amy Li", ""), ("Zed Orr", "")]),
    ("Amy Li & Zed Orr", [("Amy Li", ""), ("Zed Orr", "")]),
    ("Amy Li; Zed Orr", [("Amy Li", ""), ("Zed Orr", "")]),
    ("AMY LI AND ZED ORR", [("AMY LI", ""), ("ZED ORR", "")]),
    ("Ferdinand Sandoval, Zed Orr", [("Ferdinand Sandoval", ""), ("Zed Orr", "")]),
    ("Amy Li, Zed Orr.", [("Amy Li", ""), ("Zed Orr", "")]),
    ("  Amy   Li ,Zed Orr  ", [("Amy Li", ""), ("Zed Orr", "")]),
    # initials and direct order, kept as written
    ("F. Last, F.M. Last", [("F. Last", ""), ("F.M. Last", "")]),
    ("J. Q. Doe, T. R. Vale", [("J. Q. Doe", ""), ("T. R. Vale", "")]),
    ("M.Quill,T.Reyes", [("M. Quill", ""), ("T. Reyes", "")]),
    # inverted (APA / Chicago): "Last, F." -> "F. Last", initials dotted and spaced
    ("Doe, J., & Smith, A. B.", [("J. Doe", ""), ("A. B. Smith", "")]),
    ("Quill, M., Reyes, T., and Varga, I.", [("M. Quill", ""), ("T. Reyes", ""), ("I. Varga", "")]),
    ("Quill,M.,Reyes,T.J.,&Varga,I.", [("M. Quill", ""), ("T. J. Reyes", ""), ("I. Varga", "")]),
    ("Quill, M. A,&Reyes,T.", [("M. A. Quill", ""), ("T. Reyes", "")]),
    ("Pike-Ormond, E., Vale, T.", [("E. Pike-Ormond", ""), ("T. Vale", "")]),
    ("Ferra Sousa Lobo, R., & Vale, T.", [("R. Ferra Sousa Lobo", ""), ("T. Vale", "")]),
    ("Quill, J.-L., Vale, T.", [("J.-L. Quill", ""), ("T. Vale", "")]),
    ("Doe, Jane Q., and Tomas Vale", [("Jane Q. Doe", ""), ("Tomas Vale", "")]),
    # inverted first author only (MLA), and a full given name
    ("Quill, M.*, T. R. Vale, and I. Varga.", [("M. Quill", "*"), ("T. R. Vale", ""), ("I. Varga", "")]),
    (
        "Bánki, Ildikó, Zsolt Kelemen, and Odo P. Reyes",
        [("Ildikó Bánki", ""), ("Zsolt Kelemen", ""), ("Odo P. Reyes", "")],
    ),
    # Vancouver: "Last FG" -> "F. G. Last"
    ("Quill MA, Reyes T, van der Berg J", [("M. A. Quill", ""), ("T. Reyes", ""), ("J. van der Berg", "")]),
    ("Quill MA.", [("M. A. Quill", "")]),
    # "JR"/"SR" in capitals are initials, also with the sentence's period after them
    ("Reyes T, Quill JR.", [("T. Reyes", ""), ("J. R. Quill", "")]),
    ("Quill SR.", [("S. R. Quill", "")]),
    # particles, hyphens, accents, other scripts
    (
        "Jan van der Berg, Ana de la Cruz, Otto von Lamm",
        [("Jan van der Berg", ""), ("Ana de la Cruz", ""), ("Otto von Lamm", "")],
    ),
    ("van der Berg, J., de Souza, A.", [("J. van der Berg", ""), ("A. de Souza", "")]),
    ("Jean-Luc Picard and Anne-Marie Roux", [("Jean-Luc Picard", ""), ("Anne-Marie Roux", "")]),
    ("José Núñez, Søren Ødegård", [("José Núñez", ""), ("Søren Ødegård", "")]),
    ("王小明, 李华", [("王小明", ""), ("李华", "")]),
    ("王小明、李华", [("王小明", ""), ("李华", "")]),
    ("Kira O’Dowd, Dev D'Souza", [("Kira O’Dowd", ""), ("Dev D'Souza", "")]),
    ("Br¨uhl,M.,P´erez,A.", [("M. Brühl", ""), ("A. Pérez", "")]),  # spacing accents from PDF text
    # glued by lost spaces
    ("Quill,M.,Reyes,T.andVarga,I.", [("M. Quill", ""), ("T. Reyes", ""), ("I. Varga", "")]),
    ("M.Quill,M.Rook", [("M. Quill", ""), ("M. Rook", "")]),
    # et al. and truncation are dropped, never a slot
    ("Amy Li, Zed Orr, et al.", [("Amy Li", ""), ("Zed Orr", "")]),
    ("Amy Li et al", [("Amy Li", "")]),
    ("Amy Li, Zed Orr, and others", [("Amy Li", ""), ("Zed Orr", "")]),
    ("Amy Li, Zed Orr, ..., Bo Wu", [("Amy Li", ""), ("Zed Orr", ""), ("Bo Wu", "")]),
    ("Amy Li, Zed Orr, … Bo Wu", [("Amy Li", ""), ("Zed Orr", ""), ("Bo Wu", "")]),
    ("Quill, M., Reyes, T., ... Varga, I.", [("M. Quill", ""), ("T. Reyes", ""), ("I. Varga", "")]),
    ("Quill, M. ... Reyes, T. ... Varga, I.", [("M. Quill", ""), ("T. Reyes", ""), ("I. Varga", "")]),
    # Vancouver: "JR" in capitals after a family name is two initials, "Jr." a suffix
    ("Castro Quill F, Roe JR, Roe JA", [("F. Castro Quill", ""), ("J. R. Roe", ""), ("J. A. Roe", "")]),
    # non-breaking hyphens (U+2011) inside names and initials
    ("Suárez\u2011Quill, M., Roe, A.\u2011M.", [("M. Suárez-Quill", ""), ("A.-M. Roe", "")]),
    # a name's hyphen at a line's end, the wrap's space after it
    ("Roe, L. B., Melo- Quill, F., Poe, R.", [("L. B. Roe", ""), ("F. Melo-Quill", ""), ("R. Poe", "")]),
    # "(...)" left out names: a truncation, not the owner's empty slot
    ("Amy Li, Zed Orr, (...), Bo Wu", [("Amy Li", ""), ("Zed Orr", ""), ("Bo Wu", "")]),
    ("Amy Li, Zed Orr (…) Bo Wu", [("Amy Li", ""), ("Zed Orr", ""), ("Bo Wu", "")]),
    ("Quill, M., Reyes, T., (...), Varga, I.", [("M. Quill", ""), ("T. Reyes", ""), ("I. Varga", "")]),
    # marks: equal contribution, corresponding, student
    ("Amy Li*, Zed Orr*, Bo Wu", [("Amy Li", "*"), ("Zed Orr", "*"), ("Bo Wu", "")]),
    ("Amy Li∗, Zed Orr∗", [("Amy Li", "*"), ("Zed Orr", "*")]),
    (
        "Amy Li†, Zed Orr‡, Bo Wu#, Kai Ng§",
        [("Amy Li", "†"), ("Zed Orr", "‡"), ("Bo Wu", "#"), ("Kai Ng", "§")],
    ),
    ("*Amy Li, Zed Orr", [("Amy Li", "*"), ("Zed Orr", "")]),
    ("Quill, M. E.†, T. J. Vale†*, I. Varga", [("M. E. Quill", "†"), ("T. J. Vale", "†*"), ("I. Varga", "")]),
    ("Quill,M.*.,Reyes,T.*.,Varga,I.", [("M. Quill", "*"), ("T. Reyes", "*"), ("I. Varga", "")]),
    ("Amy Li$^*$, Zed Orr", [("Amy Li", "*"), ("Zed Orr", "")]),
    (
        "Amy Li (equal contribution), Zed Orr (equal contribution), Bo Wu",
        [("Amy Li", "="), ("Zed Orr", "="), ("Bo Wu", "")],
    ),
    ("Amy Li (co-first author) and Zed Orr", [("Amy Li", "="), ("Zed Orr", "")]),
    ("Amy Li (*), Zed Orr", [("Amy Li", "*"), ("Zed Orr", "")]),
    # affiliation keys are removed and are not marks
    ("Amy Li¹, Zed Orr²", [("Amy Li", ""), ("Zed Orr", "")]),
    ("Amy Li¹,², Zed Orr³*", [("Amy Li", ""), ("Zed Orr", "*")]),
    ("Amy Liᵃ, Zed Orrᵇ", [("Amy Li", ""), ("Zed Orr", "")]),
    ("Amy Li1,2, Zed Orr2 and Bo Wu1", [("Amy Li", ""), ("Zed Orr", ""), ("Bo Wu", "")]),
    ("Amy Li 1, Zed Orr 2,3", [("Amy Li", ""), ("Zed Orr", "")]),
    # notes and lead-ins
    ("Amy Li (Chair), Zed Orr", [("Amy Li", ""), ("Zed Orr", "")]),
    ("With Amy Li and Zed Orr", [("Amy Li", ""), ("Zed Orr", "")]),
    ("joint with Amy Li", [("Amy Li", "")]),
    ("Authors: Amy Li, Zed Orr", [("Amy Li", ""), ("Zed Orr", "")]),
    ("Prof. Amy Li, Dr. Zed Orr", [("Amy Li", ""), ("Zed Orr", "")]),
    # suffixes stay with their name
    ("Jane Doe, Jr., and Amy Li", [("Jane Doe Jr.", ""), ("Amy Li", "")]),
    ("John Roe III, Amy Li", [("John Roe III", ""), ("Amy Li", "")]),
    # one author, nothing
    ("Amy Li", [("Amy Li", "")]),
    ("", []),
    ("   ", []),
    (", ,", []),
    ("et al.", []),
    ("12, 2023", []),
    # Vancouver initials that spell a title ("DR", "MS", "MR") are initials after a family name
    ("Orr DR, Li MS, Wu MR", [("D. R. Orr", ""), ("M. S. Li", ""), ("M. R. Wu", "")]),
    ("Dr. Amy Li and Zed Orr", [("Amy Li", ""), ("Zed Orr", "")]),
    # a count of authors left out is a truncation, not a name
    (
        "Amy Li, Zed Orr, 19 authors, Bo Wu, 65 authors, Cy Poe",
        [("Amy Li", ""), ("Zed Orr", ""), ("Bo Wu", ""), ("Cy Poe", "")],
    ),
]

EMPTY_SLOT_CASES = [
    # the owner's name rendered apart leaves an empty slot
    (", Zed Xu*, Mira Tal*, Bo Wu", [(None, ""), ("Zed Xu", "*"), ("Mira Tal", "*"), ("Bo Wu", "")]),
    ("Amy Li, , Zed Xu", [("Amy Li", ""), (None, ""), ("Zed Xu", "")]),
    ("Amy Li*, , Zed Xu, Bo Wu", [("Amy Li", "*"), (None, ""), ("Zed Xu", ""), ("Bo Wu", "")]),
    (", , Zed Xu", [(None, ""), (None, ""), ("Zed Xu", "")]),
    ("Amy Li, , and Zed Xu", [("Amy Li", ""), (None, ""), ("Zed Xu", "")]),
    ("and Zed Xu", [(None, ""), ("Zed Xu", "")]),
    # a trailing comma is nothing, a trailing "and" is a slot
    ("Amy Li, Zed Xu, ", [("Amy Li", ""), ("Zed Xu", "")]),
    ("Amy Li, Zed Xu,", [("Amy Li", ""), ("Zed Xu", "")]),
    ("Amy Li, Zed Xu, and", [("Amy Li", ""), ("Zed Xu", ""), (None, "")]),
    ("Amy Li and", [("Amy Li", ""), (None, "")]),
    # one separator, not an empty slot
    ("Amy Li, and Zed Xu", [("Amy Li", ""), ("Zed Xu", "")]),
    ("Quill, M., and, van der Berg, J.", [("M. Quill", ""), ("J. van der Berg", "")]),
    ("Amy Li, Zed Xu, et al., ", [("Amy Li", ""), ("Zed Xu", "")]),
    # marks left where the name was
    ("Amy Li, *, Zed Xu", [("Amy Li", ""), (None, "*"), ("Zed Xu", "")]),
]


def _pairs(authors: list[ParsedAuthor]) -> list[tuple[str | None, str]]:
    return [(author.name, author.marks) for author in authors]


@pytest.mark.parametrize(("text", "expected"), PARSE_CASES, ids=lambda v: v or None)
def test_parse_authors(text: str, expected: list[tuple[str | None, str]]) -> None:
    assert _pairs(parse_authors(text)) == expected, text


@pytest.mark.parametrize(("text", "expected"), EMPTY_SLOT_CASES, ids=lambda v: v or None)
def test_empty_slots(text: str, expected: list[tuple[str | None, str]]) -> None:
    assert _pairs(parse_authors(text)) == expected, text


@pytest.mark.parametrize(
    ("text", "spans", "bold"),
    [
        ("Amy Li, Zed Xu", ("Zed Xu",), [False, True]),
        ("Amy Li*, Zed Xu", ("Amy Li*",), [True, False]),
        ("Quill, M., Reyes, T.", ("Reyes, T.",), [False, True]),
        ("Quill, M., Reyes, T.", ("T. Reyes",), [False, True]),
        ("Amy Li, Zed Xu", ("zed xu",), [False, True]),
        ("Amy Li, Zed Xu", ("Amy Li, Zed Xu",), [False, False]),
        ("Amy Li, Zed Xu", (), [False, False]),
        (", Zed Xu", ("Zed Xu",), [False, True]),
    ],
)
def test_bold(text: str, spans: tuple[str, ...], bold: list[bool]) -> None:
    assert [author.bold for author in parse_authors(text, spans)] == bold, (text, spans)


def test_parse_returns_a_fresh_list() -> None:
    first = parse_authors("Amy Li, Zed Xu")
    first.clear()
    assert len(parse_authors("Amy Li, Zed Xu")) == 2


# --- looks_like_author_list -------------------------------------------------------------------

AUTHOR_LINES = [
    "Tilda Ferrante, Amy Li, Oskar Brandvold",
    ", Zed Xu*, Mira Tal*, Bo Wu",
    "Amy Li, , Zed Xu",
    "Doe, J., & Smith, A. B.",
    "Quill,M.,Reyes,T.J.,&Varga,I.",
    "Quill, M.*, T. R. Vale, and I. Varga.",
    "Jan van der Berg and Ana de la Cruz",
    "王小明, 李华, 张伟",
    "Amy Li¹, Zed Orr², Bo Wu¹",
    "Amy Li, Zed Orr, et al.",
    "Quill MA, Reyes T, Vale JK",
    "Ewan McDonald, Ines LeCourt, and Jo DeVries",
    "AMY LI, ZED ORR, BO WU",
]

NOT_AUTHOR_LINES = [
    # titles
    "Adaptive Batch Scheduling for Sparse Graph Training on Commodity Clusters",
    "Tessellate: Revisiting Sparse Kernels for Low-Power Devices",
    "Graphs, Networks, and Learning",
    # venues
    "In Proceedings of the ACM Conference on Imaginary Systems",
    "Journal of Fictional Studies, 12(3), 2021",
    "21st Symposium on Networked Things (NST '22)",
    # prose and other sections
    "I am a PhD student at Northfield University, advised by Prof. Jane Doe.",
    "We thank Jane Doe, Amy Li, Zed Orr, and Bo Wu for comments.",
    "Computer Science Department, Northfield University",
    "Machine Learning, Distributed Systems, Networking",
    "Teaching Assistant, Operating Systems",
    "OSDI, NeurIPS, MLSys, ICLR",
    "USENIX ATC, SIGCOMM",
    "Sep 2022 - May 2027",
    "Publications",
    "",
]


@pytest.mark.parametrize("text", AUTHOR_LINES)
def test_author_lines_score_high(text: str) -> None:
    assert looks_like_author_list(text) >= AUTHOR_LIST_THRESHOLD, text


@pytest.mark.parametrize("text", NOT_AUTHOR_LINES, ids=lambda v: v or "empty")
def test_other_lines_score_low(text: str) -> None:
    assert looks_like_author_list(text) < AUTHOR_LIST_THRESHOLD, text


def test_a_lone_name_is_below_the_threshold_but_above_zero() -> None:
    assert 0 < looks_like_author_list("Amy Li") < AUTHOR_LIST_THRESHOLD


def test_more_names_score_higher() -> None:
    assert looks_like_author_list("Amy Li, Zed Orr, Bo Wu") > looks_like_author_list("Amy Li")


# --- legends ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "marks"),
    [
        # a mark before the phrase
        ("* Equal contribution", {"*"}),
        ("(*Equal contributions)", {"*"}),
        ("(* Equal contribution)", {"*"}),
        ("* = Equal Contribution", {"*"}),
        ("† equal contribution", {"†"}),
        ("# indicates equal contribution", {"#"}),
        ("∗ denotes equal contribution", {"*"}),
        ("* co-first authors", {"*"}),
        ("†: joint first authors", {"†"}),
        ("* These authors contributed equally to this work.", {"*"}),
        ("* and † denote equal contribution", {"*", "†"}),
        # a mark after the phrase
        ("Equal contribution: †", {"†"}),
        ("co-first authors (‡)", {"‡"}),
        # inside a heading or among other legends
        ("Publications (*Equal contributions)", {"*"}),
        ("*undergraduate mentee †contributed equally", {"†"}),
        # no legend
        ("* = PhD student supervision; † = Masters student", set()),
        ("co-first authors", set()),
        ("Equal contribution", set()),
        ("", set()),
    ],
)
def test_equal_contribution_marks(text: str, marks: set[str]) -> None:
    assert equal_contribution_marks(text) == frozenset(marks), text


@pytest.mark.parametrize(
    ("author", "legend", "expected"),
    [
        (ParsedAuthor("Amy Li", "*"), frozenset({"*"}), True),
        (ParsedAuthor("Amy Li", "*"), frozenset({"†"}), False),
        (ParsedAuthor("Amy Li", "†*"), frozenset({"†"}), True),
        (ParsedAuthor("Amy Li", EXPLICIT_EQUAL), frozenset(), True),
        (ParsedAuthor("Amy Li", ""), frozenset({"*"}), False),
        (ParsedAuthor(None, "*"), frozenset({"*"}), True),
    ],
)
def test_is_equal_contribution(author: ParsedAuthor, legend: frozenset[str], expected: bool) -> None:
    assert is_equal_contribution(author, legend) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [("J.Q.", "J. Q."), ("JQ", "J. Q."), ("J.-L.", "J.-L."), ("A. G", "A. G."), ("M.", "M."), ("Ch.", "Ch.")],
)
def test_normalize_initials(text: str, expected: str) -> None:
    assert normalize_initials(text) == expected


@pytest.mark.parametrize("name", sorted(author_regexes.EXAMPLES))
def test_regex_examples(name: str) -> None:
    positive, negative = author_regexes.EXAMPLES[name]
    pattern = getattr(author_regexes, name)
    assert pattern.search(positive), (name, positive)
    assert not pattern.search(negative), (name, negative)


# --- properties -------------------------------------------------------------------------------

# words no name is made of: suffixes, and words that lead in or split a list ("With", "By", "And")
_FUNCTION_WORDS = {"jr", "sr", "with", "by", "and", "et", "al", "authors"}
# capitalised words that are not titles ("Dr"), suffixes ("Jr"), particles ("De") or function words
_word = (
    st.text(alphabet="abcdefghijklmnopqrstuvwxyzéøñ", min_size=2, max_size=8)
    .map(str.capitalize)
    .filter(lambda w: w.casefold() not in honorifics() | particles() | _FUNCTION_WORDS)
)
_name = st.lists(_word, min_size=2, max_size=3).map(" ".join)


@given(st.text(), st.lists(st.text(max_size=20), max_size=3).map(tuple))
def test_parse_never_raises_nor_returns_an_empty_name(text: str, spans: tuple[str, ...]) -> None:
    for author in parse_authors(text, spans):
        assert author.name is None or author.name.strip(), (text, author)
        assert author.name is None or author.name == " ".join(author.name.split()), (text, author)
        assert author.name is None or not set(author.name) & set(author_regexes.MARK_CHARS), (text, author)
        assert set(author.marks) <= set(author_regexes.MARK_CHARS), (text, author)


@given(st.text())
def test_scores_are_between_zero_and_one(text: str) -> None:
    assert 0.0 <= looks_like_author_list(text) <= 1.0
    assert equal_contribution_marks(text) <= frozenset(author_regexes.MARK_CHARS)


@given(st.lists(_name, min_size=1, max_size=6))
def test_a_joined_list_of_names_parses_back(names: list[str]) -> None:
    text = ", ".join(names[:-1]) + (f", and {names[-1]}" if len(names) > 1 else names[-1])
    assert [author.name for author in parse_authors(text)] == names, text


@given(st.lists(_name, min_size=2, max_size=6), st.data())
def test_a_missing_name_leaves_an_empty_slot(names: list[str], data: st.DataObject) -> None:
    gap = data.draw(st.integers(min_value=0, max_value=len(names) - 1))
    text = ", ".join("" if i == gap else name for i, name in enumerate(names))
    expected: list[str | None] = [None if i == gap else name for i, name in enumerate(names)]
    if gap == len(names) - 1:
        expected = expected[:-1]  # a trailing comma is nothing
    assert [author.name for author in parse_authors(text)] == expected, text
