"""A lone city after an organization is its location (``parse/cities.py``): invented organizations,
real city names (city names are not document text)."""

from __future__ import annotations

import pytest

from extractor.document import Block, DocumentKind, Line
from extractor.fields.context import ParseContext
from extractor.fields.experience import parse_experience_block
from extractor.parse.cities import is_city, split_place, split_place_after_stop
from extractor.parse.entries import dissect

CTX = ParseContext(source_index=0, kind=DocumentKind.CV, use_nlp=False)


def block_of(*texts: str) -> Block:
    return Block(lines=tuple(Line(text=t, number=n) for n, t in enumerate(texts)))


@pytest.mark.parametrize(
    ("name", "known"),
    [
        ("Lyon", True),
        ("São Paulo", True),
        ("Sao Paulo", True),  # accents folded
        ("MONTRÉAL", True),
        ("Moskau", True),  # another Latin-script name of a large city
        ("Springfield.", True),  # a stop after the name
        ("Kestrelton", False),
        ("Reading", False),  # a city that is also a word is left out of the list
        ("Nice", False),
        ("Ta", False),  # names shorter than four letters are codes and fragments
    ],
)
def test_is_city(name: str, known: bool) -> None:
    assert is_city(name) is known


@pytest.mark.parametrize(
    ("text", "rest", "place"),
    [
        # a city alone after the organization
        ("Kestrel Analytics, London", "Kestrel Analytics", "London"),
        (
            "Lecturer, Tarrow School of Management, Montreal.",
            "Lecturer, Tarrow School of Management",
            "Montreal",
        ),
        ("Lycée Kestrel, Lyon", "Lycée Kestrel", "Lyon"),
        ("University of Tarrow, Sydney", "University of Tarrow", "Sydney"),
        # a city, a region pycountry does not list and a country
        (
            "Instituto Kestrel, Valencia, Comunidad Kestrel, Spain",
            "Instituto Kestrel",
            "Valencia, Comunidad Kestrel, Spain",
        ),
        # what split_location already cut stays as it was
        ("Tarrow University, Millbrook, OH", "Tarrow University", "Millbrook, OH"),
        ("Kestrel Labs, Boston, MA, USA", "Kestrel Labs", "Boston, MA, USA"),
        # a campus named by its city is part of the university's name
        ("University of California, Irvine", "University of California, Irvine", None),
        (
            "Dept. of Botany, University of Michigan, Ann Arbor",
            "Dept. of Botany, University of Michigan, Ann Arbor",
            None,
        ),
        ("Sociology UC, Irvine", "Sociology UC, Irvine", None),
        ("Indian Institute of Technology, Kanpur", "Indian Institute of Technology, Kanpur", None),
        # a role alone before the city: the city may stand for its university
        ("Visiting Scholar, Oxford", "Visiting Scholar, Oxford", None),
        # a role and its employer before the city, with no comma between them
        ("Data Developer Kestrel, Moscow", "Data Developer Kestrel", "Moscow"),
        # not a city, or not alone in its part
        ("Kestrel Analytics, Reading", "Kestrel Analytics, Reading", None),
        ("Kestrel Analytics, London Office 2", "Kestrel Analytics, London Office 2", None),
        ("Kestrel Analytics, Data Science Team", "Kestrel Analytics, Data Science Team", None),
        ("London", "London", None),  # a line of one part is for split_location
        # a place that is its own sentence after a full stop
        ("Tarrow A&M. Houston, Texas, USA.", "Tarrow A&M", "Houston, Texas, USA"),
        ("Postdoc-Fellow. Bilbao, Kestrel Region, Spain.", "Postdoc-Fellow", "Bilbao, Kestrel Region, Spain"),
        ("Economist, Banco Kestrel. Mexico City, Mexico.", "Economist, Banco Kestrel", "Mexico City, Mexico"),
        ("Kestrel Compass Ltd. Kyoto, Japan", "Kestrel Compass Ltd", "Kyoto, Japan"),
        ("Research Fellow. Jane Doe. London, UK", "Research Fellow. Jane Doe", "London, UK"),
        # a piece that is a place alone, led by a known city (one whose name holds an organization's
        # word, or with a region pycountry does not know): split_location would leave the city behind
        ("College Station, Texas, USA.", "", "College Station, Texas, USA"),
        ("Bilbao, Kestrel Region, Spain.", "", "Bilbao, Kestrel Region, Spain"),
        ("Lyon, France", "", "Lyon, France"),
    ],
)
def test_split_place(text: str, rest: str, place: str | None) -> None:
    assert split_place(text) == (rest, place)


@pytest.mark.parametrize(
    "text",
    [
        # a stop after an abbreviation or an initial ends no sentence
        "Tarrow College Mt. Houston, Texas",
        "Fellow of Prof. J. Lyon, France",
        # the part after the stop must start with a known city and be a whole place
        "Kestrel Labs. Tarrowville, Texas",
        "Kestrel Labs. Data Science Team, Lyon",
        "Kestrel Labs. Lyon Data Team, France",
        # no comma after the stop: a lone city there is left to the comma rules
        "Kestrel Labs. Lyon",
    ],
)
def test_no_place_after_a_stop(text: str) -> None:
    assert split_place_after_stop(text) == (text, None)


def test_dissect_takes_a_city_tail_as_the_location() -> None:
    parts = dissect(block_of("2019 – 2021 Data Analyst, Kestrel Analytics, Lyon"))
    assert parts.location == "Lyon"
    assert parts.head == ["Data Analyst, Kestrel Analytics"]


def test_an_experience_item_keeps_the_city_out_of_the_organization() -> None:
    item = parse_experience_block(block_of("2016 – 2018 Research Fellow, Kestrel Institute, Lyon"), CTX)
    assert item is not None
    assert (item.title, item.organization, item.location) == ("Research Fellow", "Kestrel Institute", "Lyon")


def test_an_education_item_keeps_a_place_after_a_stop_out_of_the_institution() -> None:
    parts = dissect(block_of("Tarrow A&M. Houston, Texas, USA.", "Doctorado en Matemáticas. 2010 - 2016."))
    assert parts.location == "Houston, Texas, USA"
    assert parts.head[0] == "Tarrow A&M"


def test_an_experience_item_takes_the_organization_below_a_role_and_its_place() -> None:
    item = parse_experience_block(
        block_of("Postdoc-Fellow. Bilbao, Spain.", "2016 - 2017", "Kestrel Center for Mathematics (KCM)."),
        CTX,
    )
    assert item is not None
    assert item.title is not None and item.title.rstrip(".") == "Postdoc-Fellow"
    assert item.location == "Bilbao, Spain"
    assert item.organization is not None and item.organization.startswith("Kestrel Center for Mathematics")
