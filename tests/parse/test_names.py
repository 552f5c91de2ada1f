"""Person names: honorifics, lists of people, same-person matching. All names are fictional."""

from __future__ import annotations

from importlib import resources

import pytest
from hypothesis import given
from hypothesis import strategies as st

from extractor.parse.names import (
    fold,
    honorifics,
    name_key,
    name_variants,
    same_person,
    split_person_list,
    strip_honorifics,
    strip_trailing_period,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # titles before the name
        ("Prof. Tarek Menon", "Tarek Menon"),
        ("Dr. Jane Q. Doe", "Jane Q. Doe"),
        ("Dr Jane Doe", "Jane Doe"),
        ("Professor Mara Quill", "Mara Quill"),
        ("Assoc. Prof. Tobin Reyes", "Tobin Reyes"),
        ("Prof. Dr. Ilse Varga", "Ilse Varga"),
        ("Prof.Dr.Ilse Varga", "Ilse Varga"),
        ("Mrs. Odile Pennant", "Odile Pennant"),
        ("Sir Alden Marsh", "Alden Marsh"),
        ("Dipl.-Ing. Kurt Lamm", "Kurt Lamm"),
        # post-nominals after the name
        ("Jane Doe, PhD", "Jane Doe"),
        ("Jane Doe, Ph.D.", "Jane Doe"),
        # nothing to strip: names that look like titles are not titles
        ("Jane Doe", "Jane Doe"),
        ("Md Rafiq Hasan", "Md Rafiq Hasan"),
        ("Don Alvaro Pike", "Don Alvaro Pike"),
        ("Hon Wai Leung", "Hon Wai Leung"),
        ("  Jane   Doe ", "Jane Doe"),
        # only a title
        ("Prof.", ""),
        ("", ""),
    ],
    ids=lambda v: v if isinstance(v, str) and v else None,
)
def test_strip_honorifics(text: str, expected: str) -> None:
    assert strip_honorifics(text) == expected, text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # separators
        ("Prof. Amy Bell, Prof. Carl Dunn", ["Amy Bell", "Carl Dunn"]),
        ("Amy Bell and Carl Dunn", ["Amy Bell", "Carl Dunn"]),
        ("Amy Bell & Carl Dunn", ["Amy Bell", "Carl Dunn"]),
        ("Amy Bell, Carl Dunn, and Eve Fox", ["Amy Bell", "Carl Dunn", "Eve Fox"]),
        ("Amy Bell; Carl Dunn", ["Amy Bell", "Carl Dunn"]),
        ("Amy Bell / Carl Dunn", ["Amy Bell", "Carl Dunn"]),
        # titles, notes and sentence ends
        ("Drs. Amy Bell and Carl Dunn.", ["Amy Bell", "Carl Dunn"]),
        ("Prof. Amy Bell (co-advisor) and Dr. Carl Dunn", ["Amy Bell", "Carl Dunn"]),
        ("Amy Bell, PhD and Carl Dunn", ["Amy Bell", "Carl Dunn"]),
        # a suffix stays with its name, and "Ferdinand" is not split at "and"
        ("Amy Bell, Jr. and Carl Dunn", ["Amy Bell Jr.", "Carl Dunn"]),
        ("Ferdinand Sandoval", ["Ferdinand Sandoval"]),
        ("Prof. J. Q. Doe", ["J. Q. Doe"]),
        ("", []),
    ],
    ids=lambda v: v if isinstance(v, str) and v else None,
)
def test_split_person_list(text: str, expected: list[str]) -> None:
    assert split_person_list(text) == expected, text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Amy Li.", "Amy Li"),
        ("Doe, J.", "Doe, J."),
        ("John Roe Jr.", "John Roe Jr."),
        ("J.Q.", "J.Q."),
        ("Jane Doe", "Jane Doe"),
    ],
)
def test_strip_trailing_period(text: str, expected: str) -> None:
    assert strip_trailing_period(text) == expected


SAME = [
    # spellings of "Jane Q. Doe"
    ("J. Doe", "Jane Q. Doe"),
    ("Doe, J.", "Jane Q. Doe"),
    ("Doe, Jane", "Jane Q. Doe"),
    ("Doe, Jane Q.", "Jane Q. Doe"),
    ("J. Q. Doe", "Jane Q. Doe"),
    ("J.Q. Doe", "Jane Q. Doe"),
    ("Jane Doe", "Jane Q. Doe"),
    ("JQ Doe", "Jane Q. Doe"),
    ("Doe JQ", "Jane Q. Doe"),
    ("Doe J", "Jane Q. Doe"),
    ("JANE DOE", "Jane Q. Doe"),
    ("jane q. doe", "Jane Q. Doe"),
    ("Prof. Jane Doe", "Jane Q. Doe"),
    ("Jane Doe*", "Jane Q. Doe"),
    # accents, apostrophes, hyphens in surnames
    ("José Núñez", "Jose Nunez"),
    ("Søren Ødegård", "Soren Odegard"),
    ("J. O’Dowd", "Jane O'Dowd"),
    ("M. Gell-Redwood", "Mira Gell Redwood"),
    ("M. Br¨uhl", "Mira Brühl"),
    # hyphenated given names
    ("Jean-Luc Picard", "J.-L. Picard"),
    ("Jean-Luc Picard", "J. Picard"),
    ("Jean-Luc Picard", "Jean Picard"),
    ("Xiao-Ming Tan", "Xiaoming Tan"),
    ("X.-M. Tan", "Xiaoming Tan"),
    # particles and two-word surnames
    ("Jan van der Berg", "J. van der Berg"),
    ("van der Berg, J.", "Jan van der Berg"),
    ("Berg, Jan van der", "Jan van der Berg"),
    ("Jan van der Berg", "J. Berg"),
    ("Di Tan", "D. Tan"),
    ("Sergio L. Ferra Lobo", "Ferra Lobo, S. L."),
    # known by the middle name
    ("D. Alma Voss", "Alma Voss"),
    # initials only
    ("J. Doe", "John Doe"),
    # names in other scripts
    ("王小明", "王小明"),
]

DIFFERENT = [
    ("Jane Doe", "John Doe"),
    ("Jane Doe", "Jane Dodd"),
    ("J. R. Doe", "Jane Q. Doe"),
    ("Jane R. Doe", "Jane Q. Doe"),
    ("Q. Doe", "Jane Q. Doe"),
    ("Doe", "Jane Doe"),
    ("Jean-Luc Picard", "Jean-Paul Picard"),
    ("Wei Lin", "Lin Wei"),
    ("王小明", "Xiaoming Tan"),
    ("", "Jane Doe"),
    ("", ""),
    ("*", "*"),
]


@pytest.mark.parametrize(("candidate", "owner"), SAME, ids=[f"{a} ~ {b}" for a, b in SAME])
def test_same_person(candidate: str, owner: str) -> None:
    assert same_person(candidate, owner), (candidate, owner)
    assert same_person(owner, candidate), (owner, candidate)


@pytest.mark.parametrize(("candidate", "owner"), DIFFERENT, ids=[f"{a} !~ {b}" for a, b in DIFFERENT])
def test_not_same_person(candidate: str, owner: str) -> None:
    assert not same_person(candidate, owner), (candidate, owner)
    assert not same_person(owner, candidate), (owner, candidate)


def test_name_variants() -> None:
    assert name_variants("Jane Q. Doe") == {
        "jane q doe",
        "jane doe",
        "j q doe",
        "j doe",
        "jq doe",
        "doe, jane q",
        "doe, jane",
        "doe, j q",
        "doe, j",
        "doe, jq",
        "doe j q",
        "doe j",
        "doe jq",
    }
    assert "j van der berg" in name_variants("Jan van der Berg")
    assert name_variants("王小明") == {"王小明"}
    assert name_variants("") == set()


@pytest.mark.parametrize(
    ("candidate", "owner"), [row for row in SAME if name_key(row[0]) in name_variants(row[1])]
)
def test_variant_hit_implies_same_person(candidate: str, owner: str) -> None:
    assert same_person(candidate, owner)


@pytest.mark.parametrize(("candidate", "owner"), DIFFERENT)
def test_different_people_share_no_variant_key(candidate: str, owner: str) -> None:
    if candidate and owner and candidate != "*":
        assert name_key(candidate) not in name_variants(owner), (candidate, owner)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Doe, J.-L.", "doe, j l"),
        ("Doe JQ", "doe jq"),
        ("José Núñez*", "jose nunez"),
        ("Prof. Jane Doe", "jane doe"),
        (", Jane", "jane"),
    ],
)
def test_name_key(text: str, expected: str) -> None:
    assert name_key(text) == expected


def test_fold() -> None:
    assert fold("Łukasz Øster-Núñez") == "lukasz oster-nunez"


@pytest.mark.parametrize("filename", ["honorifics.txt", "name_particles.txt", "not_name_words.txt"])
def test_word_list_integrity(filename: str) -> None:
    lines = resources.files("extractor.patterns").joinpath(filename).read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith("#"), "opens with a comment saying what belongs"
    entries = [line for line in lines if not line.startswith("#")]
    assert all(entry and entry == entry.strip().casefold() and not entry.endswith(".") for entry in entries)
    assert entries == sorted(set(entries))


# --- properties -------------------------------------------------------------------------------

# capitalised words that are not titles ("Dr") or suffixes ("Jr"); particles ("De") may appear
_word = (
    st.text(alphabet="abcdefghijklmnopqrstuvwxyzéøñ", min_size=2, max_size=8)
    .map(str.capitalize)
    .filter(lambda w: w.casefold() not in honorifics() | {"jr", "sr"})
)
_name = st.lists(_word, min_size=2, max_size=4).map(" ".join)


@given(st.text(max_size=40), st.text(max_size=40))
def test_same_person_is_symmetric_on_any_text(a: str, b: str) -> None:
    assert same_person(a, b) == same_person(b, a)


@given(_name, _name)
def test_same_person_is_symmetric_on_names(a: str, b: str) -> None:
    assert same_person(a, b) == same_person(b, a)


@given(_name)
def test_a_name_is_its_own_person_and_its_initialled_form(name: str) -> None:
    *given_names, surname = name.split()
    assert same_person(name, name)
    assert same_person(f"{given_names[0][0]}. {surname}", name)
    assert same_person(f"{surname}, {given_names[0]}", name)


@given(_name)
def test_every_variant_key_is_in_key_form(name: str) -> None:
    titles = honorifics()
    for variant in name_variants(name):
        words = variant.replace(",", "").split()
        if words[0] not in titles and words[-1] not in titles:  # initials "dr" would read as a title
            assert name_key(variant) == variant
