"""Talks and grants: one entry's text -> fields (invented examples)."""

from __future__ import annotations

from pathlib import Path

import pytest

from extractor import extract_profile
from extractor.document import Block, Line
from extractor.fields.grants import (
    funder_after_name,
    funder_opening_name,
    funder_part_from_title,
    name_as_title,
    name_before_funder,
    parse_grant,
    printed_within,
    reads_exactly,
    settle_title,
    title_and_funder,
    with_name_run,
    with_whole_funder,
    without_lead,
)
from extractor.fields.talks import (
    VenueFirst,
    cut_citation_lead,
    cut_host,
    cut_notes,
    event_list,
    host_in_location,
    listed_events,
    listed_hosts,
    named_event,
    title_after_date,
    title_ends_its_line,
    title_line,
    title_over_venues,
    title_then_event,
    title_under_date,
    untitled_events,
    venue_first_part,
    year_listed,
)
from extractor.options import ExtractOptions
from extractor.parse.grant_cues import is_funded_fellowship, reads_as_grant, routes_to_award, routes_to_grant
from extractor.parse.grants import funder_name, read_grant, read_prose_grant, read_sentence_grant
from extractor.parse.talks import cut_date, is_cited_talk, read_talk
from extractor.parse.text import strip_part
from extractor.profile import Evidence, Grant


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Rivers of sand. Lake Symposium, Oslo, Norway, May 2024",
            ("Rivers of sand", "Lake Symposium", "Oslo, Norway", "2024-05", False),
        ),
        (
            "“Glass lakes and their tides,” Hill College Physics Colloquium, 2023 (invited)",
            ("Glass lakes and their tides", "Hill College Physics Colloquium", None, "2023", True),
        ),
        (
            "Astrophysics Seminar - Eastfield Observatory May, 2025",
            ("Astrophysics Seminar", "Eastfield Observatory", None, "2025-05", False),
        ),
        (
            "Keynote: Sand in motion, Dune Conference 2022",
            ("Keynote: Sand in motion", "Dune Conference", None, "2022", True),
        ),
    ],
    ids=["title-event-place-date", "quoted-invited", "dash-separated", "keynote"],
)
def test_read_talk(text: str, expected: tuple) -> None:
    assert read_talk(text) == expected, text


@pytest.mark.parametrize(
    "text, expected",
    [
        # a talk printed as a reference: its people and year are not its title; the kind of talk
        # ("Invited speaker", "Poster") and the "presented at the" lead are not its event
        (
            "Doe, Jane. 2024. Rivers of sand in small lakes. Invited speaker, Lake Days, Tarrow University, "
            "May 3, 2024.",
            ("Rivers of sand in small lakes", "Lake Days, Tarrow University", None, "2024-05-03", True),
        ),
        (
            "Doe, Jane. 2017. Glass tides: new evidence. Sand Days 48, Hill University. March 30-April 2, "
            "2017. Poster.",
            ("Glass tides: new evidence", "Sand Days 48, Hill University", None, "2017-03-30", False),
        ),
        (
            "Doe, Jane and Ann Roe. 2019. Glass tides. Talk at the Lake Symposium, Oslo, Norway.",
            ("Glass tides", "Lake Symposium", "Oslo, Norway", "2019", False),
        ),
        (
            "Doe, Jane. 2016. Dune maps in small lakes. Presented at the Tarrow Sand Group, May 13, 2016.",
            ("Dune maps in small lakes", "Tarrow Sand Group", None, "2016-05-13", False),
        ),
        (
            "Doe, Jane, Ann Roe. 2020. Sand, glass and “tides”. Poster presented at the Annual Sand Meeting.",
            ("Sand, glass and “tides”", "Annual Sand Meeting", None, "2020", False),
        ),
        (
            "Doe, J., & Roe, A. (2019b). Is sand a liquid? Tarrow, NZ: Lake Society of Dunes.",
            ("Is sand a liquid", "Tarrow, NZ: Lake Society of Dunes", None, "2019", False),
        ),
        # a run that names a place with an abbreviation keeps it whole
        (
            "Rivers of sand, Seminar, Tarrow Univ. in St. Kilda, 2024",
            ("Rivers of sand", "Seminar, Tarrow Univ. in St. Kilda", None, "2024", False),
        ),
    ],
    ids=["cited-invited-speaker", "cited-poster-after", "cited-talk-at", "cited-presented-at",
         "cited-title-with-comma-and-quote", "cited-bracketed-year", "abbreviation-kept"],
)  # fmt: skip
def test_read_talk_shapes(text: str, expected: tuple) -> None:
    assert read_talk(text) == expected, text


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Doe, Jane. 2024. Rivers of sand. Lake Days.", True),
        ("Doe, Jane, and Ann Roe. 2019. Glass tides. Sand Days.", True),
        # the bracketed year is left to the learned model, which reads it well
        ("Doe, J. (2019). Glass tides. Sand Days.", False),
        ("Rivers of sand. Lake Days, 2024.", False),
    ],
)
def test_is_cited_talk(text: str, expected: bool) -> None:
    assert is_cited_talk(text) is expected


def test_an_empty_talk_is_none() -> None:
    assert read_talk(" 2024 ") is None


@pytest.mark.parametrize(
    "text, title, funder, amount, role, start, end",
    [
        (
            "Sand in motion, NSF, $450,000, PI, 2021-2024",
            "Sand in motion",
            "NSF",
            "$450,000",
            "PI",
            "2021",
            "2024",
        ),
        (
            "Glass tides (Co-PI). Eastfield Research Foundation, USD 1.2M, 2019 – 2022",
            "Glass tides",
            "Eastfield Research Foundation",
            "USD 1.2M",
            "Co-PI",
            "2019",
            "2022",
        ),
        (
            "Travel grant, Hill University, 2018",
            "Travel grant",
            "Hill University",
            None,
            None,
            "2018",
            "2018",
        ),
    ],
    ids=["comma-separated", "foundation-and-role", "lone-year"],
)
def test_parse_grant(
    text: str, title: str, funder: str, amount: str | None, role: str | None, start: str, end: str
) -> None:
    grant = parse_grant(text, Evidence(source=0, text=text))
    assert grant is not None
    assert (grant.title, grant.funder, grant.amount, grant.role, grant.start, grant.end) == (
        title, funder, amount, role, start, end,
    ), text  # fmt: skip


@pytest.mark.parametrize(
    "event, expected",
    [
        # an untitled entry naming several events or hosts: one talk at each
        (
            "Lake Symposium, Kestrel Workshop on Soils, Tarrow University",
            ["Lake Symposium", "Kestrel Workshop on Soils", "Tarrow University"],
        ),
        (
            "Lake Symposium; Kestrel Workshop; Wrenfield College",
            ["Lake Symposium", "Kestrel Workshop", "Wrenfield College"],
        ),
        # one event and where it was
        ("Lake Symposium, Oslo, Norway", ["Lake Symposium, Oslo, Norway"]),
        ("Lake Symposium, Millbrook, OH", ["Lake Symposium, Millbrook, OH"]),
        # one event and its host
        (
            "Grand Rounds, Department of Botany, Tarrow University",
            ["Grand Rounds, Department of Botany, Tarrow University"],
        ),
        # two parts only
        ("Lake Symposium, Tarrow University", ["Lake Symposium, Tarrow University"]),
        # a meeting's short name in capitals is one of the events
        (
            "Hill PhD Workshop, KWS, Dune Paris Symposium, T2M∗",
            ["Hill PhD Workshop", "KWS", "Dune Paris Symposium", "T2M∗"],
        ),
        # a lone word that is no short name is a city
        ("Lake Symposium, Millbrook, Kestrel Workshop", ["Lake Symposium, Millbrook, Kestrel Workshop"]),
        # a short name with a hyphen or a small letter among its capitals is one of the events
        (
            "Lake Symposium, KW-DUSE, Hill Forum, DuSE",
            ["Lake Symposium", "KW-DUSE", "Hill Forum", "DuSE"],
        ),
    ],
)
def test_event_list(event: str, expected: list[str]) -> None:
    assert event_list(event) == expected


@pytest.mark.parametrize(
    "event, text, expected",
    [
        # the model read one stretch of the list as the event: the whole entry's list counts
        (
            "Lake Symposium, Hill University",
            "2024: Lake Symposium, Hill University, DuSE, Kestrel Workshop on Soils",
            ["Lake Symposium", "Hill University", "DuSE", "Kestrel Workshop on Soils"],
        ),
        # one event and where it was stays one event
        ("Lake Symposium", "Lake Symposium, Oslo, Norway, May 2024", ["Lake Symposium"]),
        # the event run lists more than the entry reads as a list: the event run's
        (
            "Lake Symposium, Hill University, Kestrel Workshop",
            "Lake Symposium, Hill University, Kestrel Workshop, Millbrook, 2024",
            ["Lake Symposium", "Hill University", "Kestrel Workshop"],
        ),
    ],
)
def test_untitled_events(event: str, text: str, expected: list[str]) -> None:
    assert untitled_events(event, text) == expected


@pytest.mark.parametrize(
    "title, event, text, expected",
    [
        # a title alone: the one name of an untitled talk is its event
        ("Lake Symposium", None, "2022 Lake Symposium Oslo", (None, "Lake Symposium")),
        # a title read with its event after a comma
        (
            "Rivers of sand in lakes, Lake Symposium",
            None,
            "Rivers of sand in lakes, Lake Symposium",
            ("Rivers of sand in lakes", "Lake Symposium"),
        ),
        # a title and an event stay
        (
            "Rivers of sand",
            "Lake Symposium",
            "Rivers of sand. Lake Symposium",
            ("Rivers of sand", "Lake Symposium"),
        ),
        # a title cited as a work, after its authors and a bracketed year, stays a title
        ("Rivers of sand", None, "Quill, A. (2019b). Rivers of sand.", ("Rivers of sand", None)),
        (None, "Lake Symposium", "Lake Symposium", (None, "Lake Symposium")),
    ],
)
def test_named_event(title: str | None, event: str | None, text: str, expected: tuple) -> None:
    assert named_event(title, event, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "2024: Lake Symposium, Oslo; Tarrow University (invited seminar); Kestrel Workshop (2024).",
            [
                ("Lake Symposium, Oslo", ""),
                ("Tarrow University", "invited seminar"),
                ("Kestrel Workshop", "2024"),
            ],
        ),
        # a note closed before a comma ends an event; a bracket inside a name stays
        (
            "Wren College; Hill University (invited), Dune Forum (Porto); the Sand (SND) Workshop",
            [
                ("Wren College", ""),
                ("Hill University", "invited"),
                ("Dune Forum", "Porto"),
                ("the Sand (SND) Workshop", ""),
            ],
        ),
        # notes closed before commas end the events
        (
            "Hill University (invited), Dune Forum (Porto, invited), Kestrel Workshop, Tarrow",
            [
                ("Hill University", "invited"),
                ("Dune Forum", "Porto, invited"),
                ("Kestrel Workshop, Tarrow", ""),
            ],
        ),
        # a listed part that is a comma list of meetings is split; a meeting and its host stay one
        (
            "Hill University (invited), Lake Symposium, Dune Conference (Porto), "
            "Kestrel Workshop, Hill College",
            [
                ("Hill University", "invited"),
                ("Lake Symposium", ""),
                ("Dune Conference", "Porto"),
                ("Kestrel Workshop, Hill College", ""),
            ],
        ),
        # a comma list without notes is not this kind of list
        ("Lake Symposium, Oslo, Kestrel Workshop, Tarrow", None),
        # two parts only, or a part too long to be a name: not a list
        ("2023 Lake Symposium; Kestrel Workshop", None),
        (
            "Rivers of sand; a study of grains and tides over many years in small lakes of the north "
            "and their shores; Lake Symposium",
            None,
        ),
    ],
)
def test_listed_events(text: str, expected: list[tuple[str, str]] | None) -> None:
    listed = listed_events(text)
    assert (None if listed is None else [cut_notes(part) for part in listed]) == expected


TALKS_CV = """Jane Roe
Assistant Professor, Tarrow College
jane.roe@tarrow.example.edu

Talks
2024: Lake Symposium, Oslo; Hill University (invited seminar); Kestrel Workshop (Porto)
"""


def test_a_listed_entry_gives_one_talk_per_event(tmp_path: Path) -> None:
    """Each event keeps its own notes: only the one its note calls invited is."""
    path = tmp_path / "cv.txt"
    path.write_text(TALKS_CV, encoding="utf-8")
    talks = extract_profile([str(path)]).talks
    assert [(t.title, t.event, t.date, t.invited) for t in talks] == [
        (None, "Lake Symposium, Oslo", "2024", False),
        (None, "Hill University", "2024", True),
        (None, "Kestrel Workshop", "2024", False),
    ]


def test_a_listed_event_keeps_its_own_date(tmp_path: Path) -> None:
    """The entry's first date is the first event's; a later event's own date is its."""
    path = tmp_path / "cv.txt"
    text = TALKS_CV.replace("(invited seminar)", "(invited seminar, May 2023)")
    path.write_text(text, encoding="utf-8")
    talks = extract_profile([str(path)]).talks
    assert [(t.event, t.date) for t in talks] == [
        ("Lake Symposium, Oslo", "2024"),
        ("Hill University", "2023-05"),
        ("Kestrel Workshop", "2024"),
    ]


@pytest.mark.parametrize(
    "part, text, expected",
    [
        ("National Dune Foundation", "Sand in motion (National Dune Foundation)", True),
        ("NDF", "Sand in motion", False),
        ("National Dune Foundation", None, False),
    ],
)
def test_printed_within(part: str, text: str | None, expected: bool) -> None:
    """A funder the rules name is only taken where the model's title does not already hold it."""
    assert printed_within(part, text) is expected


@pytest.mark.parametrize(
    "value, expected",
    [
        ("Travel grant from the Dune Society", ("Travel grant", "Dune Society")),
        (
            "Kestrel Seed Fund, Summer Research Fellowship",
            ("Summer Research Fellowship", "Kestrel Seed Fund"),
        ),
        ("Sand Medal, Tarrow Lake Society", ("Sand Medal", "Tarrow Lake Society")),
        # neither part, or both, names an award; or more than two parts: no split
        ("Rivers of sand, Tarrow Lake Society", None),
        ("Sand Prize, Dune Fellowship", None),
        ("Rivers of sand, dunes, and tides", None),
    ],
)
def test_title_and_funder(value: str, expected: tuple[str, str] | None) -> None:
    """One labelled run that prints a grant's title and its funder."""
    assert title_and_funder(value) == expected


@pytest.mark.parametrize(
    "value, min_words, expected",
    [
        ("Rivers of sand, Lake Symposium", 3, ("Rivers of sand", "Lake Symposium")),
        (
            "Dunes, grains and tides, Tarrow University, Oslo",
            3,
            ("Dunes, grains and tides", "Tarrow University, Oslo"),
        ),
        # the head names a meeting or an organization: one event and its host
        ("Hill University, Kestrel Seminar", 3, None),
        ("Kestrel Lecture Series, Hill College", 3, None),
        # too short a head, or no venue after it
        ("Wren Lake, Tarrow University", 3, None),
        ("Rivers of sand, Oslo", 3, None),
        ("Rivers of sand in lakes, Lake Symposium", 5, ("Rivers of sand in lakes", "Lake Symposium")),
        ("Rivers of sand, Lake Symposium", 5, None),
        ("Sand in small lakes, Hill University", 4, ("Sand in small lakes", "Hill University")),
        # a year in the head names a meeting's edition, not a title
        ("Grain Flow Rodeo 2015, Hill University", 3, None),
        # the title ends its sentence before the event
        (
            "Rivers of sand in small lakes. Dune Joint Meeting 2025",
            5,
            ("Rivers of sand in small lakes", "Dune Joint Meeting 2025"),
        ),
        ("Do dunes drift? Lake Symposium, Oslo", 3, ("Do dunes drift?", "Lake Symposium, Oslo")),
        # a sentence's end inside the title is no break when no venue follows it
        ("Sand. Grains in motion, Lake Symposium", 3, ("Sand. Grains in motion", "Lake Symposium")),
    ],
)
def test_title_then_event(value: str, min_words: int, expected: tuple[str, str] | None) -> None:
    assert title_then_event(value, min_words) == expected


@pytest.mark.parametrize(
    "text, title, funder, amount, role",
    [
        (
            "Sand in motion, UMX ($3,000) 2015",
            "Sand in motion",
            "UMX",
            "$3,000",
            None,
        ),
        (
            "Sand in motion, 22,000€ / 3 years (PI), Tarrow Trust, 01/16 – 12/18",
            "Sand in motion",
            "Tarrow Trust",
            "22,000€",
            "PI",
        ),
        (
            "Glass tides, Eastfield Research Foundation EF-20417, 2.5 MILLION GBP, lead PI, 2019",
            "Glass tides",
            "Eastfield Research Foundation",
            "2.5 MILLION GBP",
            "lead PI",
        ),
        (
            "Dune lakes, NSF DMS 1234567, $90,000, Co‑PI, 2020",
            "Dune lakes",
            "NSF",
            "$90,000",
            "Co‑PI",
        ),
    ],
    ids=["acronym-funder", "amount-before-euro-sign", "grant-number-cut", "programme-code-cut"],
)
def test_parse_grant_funder_amount_role(
    text: str, title: str | None, funder: str, amount: str, role: str | None
) -> None:
    grant = parse_grant(text, Evidence(source=0, text=text))
    assert grant is not None
    assert (grant.title, grant.funder, grant.amount, grant.role) == (title, funder, amount, role), text


@pytest.mark.parametrize(
    "text, expected",
    [
        # a grant printed as a citation: people, bracketed facts, then title and funder
        (
            "Doe, J., Roe, A. (August 2023, £512.50). Sand in motion in small lakes. Hill Research Fund.",
            ("Sand in motion in small lakes", "Hill Research Fund", "£512.50", "2023-08"),
        ),
        (
            "Doe, J. & Roe, A. (October, 2019, £4600). Sand in motion. Tarrow Cluster Funding.",
            ("Sand in motion", "Tarrow Cluster Funding", "£4600", "2019-10"),
        ),
        (
            "Roe, A., Doe, J. (May 2021, £2952). Glass tides. Teaching Fund, University of Tarrow.",
            ("Glass tides", "Teaching Fund, University of Tarrow", "£2952", "2021-05"),
        ),
        (
            "Roe, A., Doe, J., & Poe., M. (August 2022, $2000). Dune maps. Kestrel e3 Grants.",
            ("Dune maps", "Kestrel e3 Grants", "$2000", "2022-08"),
        ),
        # field labels and a trailing place are neither title nor funder
        ("2024 Grant: Kestrel Fund, Amount: $860.00 NY, USA", ("Kestrel Fund", None, "$860.00", "2024")),
        (
            "2017 Grant: Dune Society of America, Amount: $2,616.21 CA, USA",
            (None, "Dune Society of America", "$2,616.21", "2017"),
        ),
        (
            "2023 Grant: Dune Student Research, Amount: $1,000.00 NY, USA",
            ("Dune Student Research", None, "$1,000.00", "2023"),
        ),
        (
            "Kestrel Philanthropic Fund. $450,000. Role: co-PI 2017",
            ("Kestrel Philanthropic Fund", None, "$450,000", "2017"),
        ),
        (
            "Dune Fellowship, Tarrow University, Ithaca, NY, 2020",
            ("Dune Fellowship", "Tarrow University", None, "2020"),
        ),
        # a lone organization is the funder; a lone fellowship or project is the title
        ("Tarrow Center for Sand, 2019", (None, "Tarrow Center for Sand", None, "2019")),
        ("Tarrow Institute Fellowship, 2019", ("Tarrow Institute Fellowship", None, None, "2019")),
        ("Sand in motion, 2019", ("Sand in motion", None, None, "2019")),
        # a citation-like lead without a bracketed date is not read as people
        ("Doe Trust, J. Roe Fund, $5,000, 2020", ("Doe Trust", "J. Roe Fund", "$5,000", "2020")),
    ],
    ids=[
        "cited",
        "cited-ampersand",
        "cited-funder-with-university",
        "cited-stray-period",
        "labels-fund-title",
        "labels-society-funder",
        "labels-programme-title",
        "role-label",
        "trailing-place",
        "lone-body",
        "lone-fellowship",
        "lone-title",
        "no-bracketed-facts",
    ],
)
def test_read_grant_shapes(text: str, expected: tuple) -> None:
    fields = read_grant(text)
    assert fields is not None
    assert (fields.title, fields.funder, fields.amount, fields.start) == expected, text


@pytest.mark.parametrize(
    "funder, expected",
    [
        ("NSF DMS 1234567", "NSF"),
        ("Tarrow Trust TT-2041/7", "Tarrow Trust"),
        ("CNRS PICS", "CNRS PICS"),  # a programme with no number printed after it stays
        ("Hill University", "Hill University"),
    ],
)
def test_funder_name(funder: str, expected: str) -> None:
    assert funder_name(funder) == expected


@pytest.mark.parametrize(
    "title, funder, text, expected",
    [
        (
            # the title is quoted: the run before the quote is the funder
            "Dune Trust Small Grants. “Sand in motion in small lakes",
            None,
            "2021-23 PI, Dune Trust Small Grants. “Sand in motion in small lakes” ($5k)",
            ("Sand in motion in small lakes", "Dune Trust Small Grants"),
        ),
        (
            # the title is printed under the line of facts; the facts' line names the funder
            "Tarrow Trust",
            None,
            "$68,000 / 2 years (PI), Tarrow Trust, 07/22 – 06/24\nGLASS: Glass Lakes and Sand Streams",
            ("GLASS: Glass Lakes and Sand Streams", "Tarrow Trust"),
        ),
        (
            # a title wrapped over the plain lines, read short, takes the whole run
            "Sand in motion in small",
            "Dune Trust",
            "Dune Trust – $10,000 (2015-01-01 - 2016-12-31), PI\nSand in motion in small\nlakes of the north",
            ("Sand in motion in small lakes of the north", "Dune Trust"),
        ),
        (
            # a plain title line above the facts stays the title
            "Sand in motion",
            "Dune Trust",
            "Sand in motion\nDune Trust, $5,000, PI, 2019\nJoint work with the Hill Lab group",
            ("Sand in motion", "Dune Trust"),
        ),
        (
            # a grant number after the funder is cut
            "Glass tides",
            "NSF OCE",
            "NSF OCE 13-57133 – $101,621 (2015-2016), PI\nGlass tides",
            ("Glass tides", "NSF"),
        ),
        (
            # the grant's name over the line of the body that gave it: that line is the funder
            "Tarrow University Physics Department",
            None,
            "Lake Research Fellowship ($6,500) 07/23 - 01/24\nTarrow University Physics Department",
            ("Lake Research Fellowship", "Tarrow University Physics Department"),
        ),
        (
            "Kestrel Travel Grant",
            "Dune Society",
            "Kestrel Travel Grant ($500) 2022\nDune Society of Example City",
            ("Kestrel Travel Grant", "Dune Society of Example City"),
        ),
    ],
    ids=[
        "quoted",
        "title-under-facts",
        "wrapped-title",
        "title-above-facts",
        "grant-number",
        "funder-under-name",
        "funder-under-name-kept-title",
    ],
)
def test_settle_title(title: str, funder: str | None, text: str, expected: tuple[str, str]) -> None:
    grant = Grant(title=title, funder=funder, evidence=Evidence(source=0, text=text))
    settled = settle_title(grant, text)
    assert (settled.title, settled.funder) == expected


@pytest.mark.parametrize(
    "fields, expected",
    [
        (
            (None, "What are sand dunes?", "Tarrow University, Millbrook, OH"),
            ("What are sand dunes?", "Tarrow University", "Millbrook, OH"),
        ),
        (
            (None, "Rivers of sand", "Tarrow University, Millbrook"),  # no place read: the host keeps it
            ("Rivers of sand", "Tarrow University, Millbrook", None),
        ),
        (
            (None, "Lake Symposium", "Tarrow University, Millbrook, OH"),  # the event is a venue: kept
            (None, "Lake Symposium", "Tarrow University, Millbrook, OH"),
        ),
        (
            (None, "Rivers of sand", "Millbrook, OH"),  # a place alone: kept
            (None, "Rivers of sand", "Millbrook, OH"),
        ),
        (
            ("Rivers of sand", "Lake Symposium", "Millbrook, OH"),  # titled: kept
            ("Rivers of sand", "Lake Symposium", "Millbrook, OH"),
        ),
    ],
    ids=["host-then-place", "host-unplaced", "event-is-venue", "place-alone", "titled"],
)
def test_host_in_location(fields: tuple, expected: tuple) -> None:
    assert host_in_location(*fields) == expected


@pytest.mark.parametrize(
    "title, expected",
    [
        ("Doe JQ (2023) Rivers of sand in small lakes", "Rivers of sand in small lakes"),
        ("Doe JQ, Roe K (2021a). Glass tides", "Glass tides"),
        ("Doe JQ (2023). Sand", "Doe JQ (2023). Sand"),  # one word left: not a title
        ("Rivers of sand (2019 revision)", "Rivers of sand (2019 revision)"),
        (None, None),
    ],
)
def test_cut_citation_lead(title: str | None, expected: str | None) -> None:
    assert cut_citation_lead(title) == expected


@pytest.mark.parametrize(
    "event, expected",
    [
        ("Lake Lecture Series, hosted by the Dune Society", "Lake Lecture Series"),
        ("Kestrel Workshop organized by Hill College", "Kestrel Workshop"),
        ("Hosted by the Dune Society", "Hosted by the Dune Society"),
        ("Lake Symposium", "Lake Symposium"),
    ],
)
def test_cut_host(event: str, expected: str) -> None:
    assert cut_host(event) == expected


@pytest.mark.parametrize(
    "event, text, expected",
    [
        (
            "Rivers of sand in small lakes Lake Symposium",
            "3. Rivers of sand in small lakes\nLake Symposium, Oslo (Norway), May 2024",
            ("Rivers of sand in small lakes", "Lake Symposium"),
        ),
        (
            "Rivers of sand in small lakes Tarrow University",
            "May 2024 Rivers of sand in small lakes\nTarrow University",
            ("Rivers of sand in small lakes", "Tarrow University"),
        ),
        # the event stays on the first line: nothing to split
        (
            "Rivers of sand in small lakes",
            "3. Rivers of sand in small lakes\nLake Symposium",
            (None, "Rivers of sand in small lakes"),
        ),
        # a first line naming a meeting, listing, or in sentences is no title
        (
            "Kestrel Conference on Sand Hill University",
            "Kestrel Conference on Sand\nHill University",
            (None, "Kestrel Conference on Sand Hill University"),
        ),
        (
            "Sand in motion, glass in lakes Hill University",
            "Sand in motion, glass in lakes\nHill University",
            (None, "Sand in motion, glass in lakes Hill University"),
        ),
        (
            "Hill Sand Circle. Dune Initiative. Tarrow College",
            "Hill Sand Circle. Dune Initiative.\nTarrow College",
            (None, "Hill Sand Circle. Dune Initiative. Tarrow College"),
        ),
    ],
    ids=["numbered", "dated", "no-run-on", "meeting", "list", "sentences"],
)
def test_title_line(event: str, text: str, expected: tuple) -> None:
    assert title_line(None, event, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Kestrel Travel Grant, Dune Society, 2021", True),
        ("Hill University Summer Research Fund", True),
        ("Sand in motion, Co-PI, $20,000", True),
        ("Research funded by the Lake Trust", True),
        ("Best Poster Award, Lake Symposium", False),
        ("Wrenfield Doctoral Fellowship", False),
    ],
)
def test_reads_as_grant(text: str, expected: bool) -> None:
    assert reads_as_grant(text) is expected


@pytest.mark.parametrize(
    "text, fellowship, routed",
    [
        # a fellowship that states an amount is funding
        ("Wrenfield Doctoral Fellowship ($6,000)", True, True),
        ("Tarrow Studentship (£14k p.a. stipend), 2018-2022", True, True),
        ("Dune Research Fellow, 20,000 EUR", True, True),
        # a scholarship is one too
        ("Hill Merit Scholarship ($12,000 Annual) 2021-2025", True, True),
        # a fellowship or scholarship that names the body giving or hosting it is funding
        ("Wrenfield Doctoral Fellowship, Example Institution", True, True),
        ("Final Year Scholarship, Department of Geology", True, True),
        ("Lake Fellow, Tarrow University", True, True),
        ("Example Institute for Sand Studies Fellowship", True, True),
        ("NSF Graduate Research Fellowship, 2015-2018", True, True),
        ("DUNE Studentship", True, True),
        # one that names neither is an honour; an amount alone does not make a fellowship
        ("Wrenfield Doctoral Fellowship, 2019", False, False),
        ("Academic Excellence Scholarship recipient (2017-2020)", False, False),
        ("Jane Q. Roe Memorial Scholarship", False, False),
        ("Best Poster Award ($500)", False, False),
        # an elected fellow of a body is an honour, whatever body it names
        ("Fellow of the Dune Society, 2020", False, False),
        ("Elected Fellow of Example Academy (EA)", False, False),
        # a grant is routed whatever it states
        ("Kestrel Travel Grant, 2021", False, True),
    ],
)
def test_routes_to_grant(text: str, fellowship: bool, routed: bool) -> None:
    assert is_funded_fellowship(text) is fellowship
    assert routes_to_grant(text) is routed


@pytest.mark.parametrize(
    "text, expected",
    [
        # listed under "Grants and Awards": an honour that is not a grant is an award
        ("Travel Award, Dune Society ($500) 2019", True),
        ("Best Poster, Lake Symposium, $750", True),
        ("2nd laureate, Lake Writing Competition, 2014", True),
        ("Premio al mejor poster, Congreso Tarrow", True),
        # so is a fellowship or scholarship that states neither an amount nor a giver
        ("Hill Scholarship, 2019", True),
        # a grant, or a fellowship with an amount or a giver, stays a grant
        ("Kestrel Travel Grant, Dune Society", False),
        ("Hill Scholarship ($10,000) 2007", False),
        ("Wrenfield Fellowship, Example Institution", False),
        ("Sand in motion, Co-PI, $20,000", False),
        # an entry that names no honour stays where it is read ("Awarded" opens grants too)
        ("Sand in motion, Dune Agency, 2021-2023", False),
        ("Sand in motion. Awarded a visiting position at Example University", False),
    ],
)
def test_routes_to_award(text: str, expected: bool) -> None:
    assert routes_to_award(text) is expected


AWARDS_AND_GRANTS_CV = """Jane Roe
Assistant Professor, Tarrow College
jane.roe@tarrow.example.edu

{heading}
2023 Best Poster Award, Lake Symposium
2022 Kestrel Travel Grant, Dune Society
"""


@pytest.mark.parametrize(
    "heading, awards, grants",
    [
        # a heading listing grants beside awards: the entry that names itself a grant is a grant
        ("Awards and Grants", ["Best Poster Award"], ["Kestrel Travel Grant"]),
        ("Honors & Funding", ["Best Poster Award"], ["Kestrel Travel Grant"]),
        # a fellowship with an amount beside them is funding too (the heading's first entry here)
        (
            "Awards and Grants\n2024 Wrenfield Doctoral Fellowship ($6,000)",
            ["Best Poster Award"],
            ["Wrenfield Doctoral Fellowship", "Kestrel Travel Grant"],
        ),
        (
            "Awards\n2024 Wrenfield Doctoral Fellowship ($6,000)",
            ["Wrenfield Doctoral Fellowship", "Best Poster Award", "Kestrel Travel Grant"],
            [],
        ),
        # so is a fellowship or scholarship that names its host; a bare one stays an honour
        (
            "Research Funding and Prizes\n2024 Wrenfield Fellowship, Example Institution\n"
            "2023 Hill Scholarship",
            ["Hill Scholarship", "Best Poster Award"],
            ["Wrenfield Fellowship", "Kestrel Travel Grant"],
        ),
        (
            "Awards and Grants\n2024 Fellow of the Dune Society",
            ["Fellow of the Dune Society", "Best Poster Award"],
            ["Kestrel Travel Grant"],
        ),
        # under an awards heading alone, every entry stays an award
        ("Awards", ["Best Poster Award", "Kestrel Travel Grant"], []),
        (
            "Honors and Awards\n2024 Wrenfield Fellowship, Example Institution",
            ["Wrenfield Fellowship", "Best Poster Award", "Kestrel Travel Grant"],
            [],
        ),
    ],
)
def test_grants_under_an_awards_and_grants_heading(
    tmp_path: Path, heading: str, awards: list[str], grants: list[str]
) -> None:
    path = tmp_path / "cv.txt"
    path.write_text(AWARDS_AND_GRANTS_CV.format(heading=heading), encoding="utf-8")
    profile = extract_profile([str(path)])
    assert [a.title for a in profile.awards] == awards
    assert [g.title for g in profile.grants] == grants


@pytest.mark.parametrize(
    "title, funder, expected",
    [
        # the grant's name read as its funder and the body that gave it as its title: swapped back
        ("Dune Society", "Kestrel Travel Grant", ("Kestrel Travel Grant", "Dune Society")),
        (
            "Tarrow University Physics Department",
            "Lake Research Fellowship",
            ("Lake Research Fellowship", "Tarrow University Physics Department"),
        ),
        # a title that names no body, or a funder that names no grant, stays
        ("Sand in motion", "Lake Research Fund", ("Sand in motion", "Lake Research Fund")),
        ("Sand in motion", "Dune Society", ("Sand in motion", "Dune Society")),
        (
            "Dune Society Fellowship",
            "Kestrel Travel Grant",
            ("Dune Society Fellowship", "Kestrel Travel Grant"),
        ),
        (None, "Kestrel Travel Grant", (None, "Kestrel Travel Grant")),
        # a long title that names a place is no body, whatever the funder is called
        (
            "Interactive maps of sand in the lakes around Example University",
            "Office of the Provost's Summer Grants",
            (
                "Interactive maps of sand in the lakes around Example University",
                "Office of the Provost's Summer Grants",
            ),
        ),
    ],
)
def test_name_before_funder(title: str | None, funder: str | None, expected: tuple) -> None:
    assert name_before_funder(title, funder) == expected


@pytest.mark.parametrize(
    "title, funder, expected",
    [
        # the lead words of a sentence are not the title; nor their tail when the verb was cut
        ("Recipient of the Hill Research Fund", None, ("Hill Research Fund", None)),
        ("Awarded the Kestrel Travel Grant", None, ("Kestrel Travel Grant", None)),
        ("of the Hill Research Fund", None, ("Hill Research Fund", None)),
        # a grant's name, then the body that gave it: that body is the funder when none was read
        (
            "of the Hill Fund, Tarrow College, Example University",
            None,
            ("Hill Fund", "Tarrow College, Example University"),
        ),
        ("Kestrel Travel Grant, Dune Society", None, ("Kestrel Travel Grant", "Dune Society")),
        # a fellowship's or a scholarship's name, then its host, too
        (
            "Lake Scholarship in Geology, Hill College, Example University",
            None,
            ("Lake Scholarship in Geology", "Hill College, Example University"),
        ),
        ("Wrenfield Fellowship, Example Institution", None, ("Wrenfield Fellowship", "Example Institution")),
        # a funder read already stays; a title that is no grant's name keeps its commas
        (
            "Kestrel Travel Grant, Dune Society",
            "Lake Trust",
            ("Kestrel Travel Grant, Dune Society", "Lake Trust"),
        ),
        ("Grains, tides and time", None, ("Grains, tides and time", None)),
        ("Sand in motion, Tarrow University", None, ("Sand in motion, Tarrow University", None)),
        # titles that merely start with such a word stay
        ("Office of the Dean Seed Grant", None, ("Office of the Dean Seed Grant", None)),
        ("of sand and glass", None, ("of sand and glass", None)),
    ],
)
def test_lead_and_funder_after_name(title: str | None, funder: str | None, expected: tuple) -> None:
    read = Grant(title=title, funder=funder, evidence=Evidence(source=0, text="x"))
    grant = funder_after_name(without_lead(read))
    assert (grant.title, grant.funder) == expected


@pytest.mark.parametrize(
    "title, funder, expected",
    [
        # an untitled grant whose funder names a grant: the name is the title
        (None, "Hill Research Fund", ("Hill Research Fund", None)),
        (None, "Kestrel Travel Grant", ("Kestrel Travel Grant", None)),
        (None, "Sand in Motion Fellowship", ("Sand in Motion Fellowship", None)),
        # a fellowship's name that opens with its body is a name too
        (None, "Dune Council Doctoral Fellowship", ("Dune Council Doctoral Fellowship", None)),
        # a funder that reads as one (an organization, a known funder, a short name) stays
        (None, "Dune Society", (None, "Dune Society")),
        (None, "Tarrow Foundation", (None, "Tarrow Foundation")),
        (None, "KRTF", (None, "KRTF")),
        # a titled grant keeps its funder, whatever it is called
        ("Sand in motion", "Lake Research Fund", ("Sand in motion", "Lake Research Fund")),
    ],
)
def test_name_as_title(title: str | None, funder: str | None, expected: tuple) -> None:
    grant = name_as_title(Grant(title=title, funder=funder, evidence=Evidence(source=0, text="x")))
    assert (grant.title, grant.funder) == expected


QUOTED_TITLE_TALKS_CV = """Jane Roe
Assistant Professor, Tarrow College
jane.roe@tarrow.example.edu

Invited Talks
“Rivers of sand in small lakes”
Hill University Geology Seminar, April 12, 2023
Kestrel Institute Colloquium, March 2, 2023
“Glass tides”
Lake Symposium, May 2022
"""


def test_venue_lines_under_a_quoted_title_are_talks_of_that_title(tmp_path: Path) -> None:
    """A quoted title alone on its line heads the venue lines after it, one talk at each."""
    path = tmp_path / "cv.txt"
    path.write_text(QUOTED_TITLE_TALKS_CV, encoding="utf-8")
    talks = extract_profile([str(path)]).talks
    assert [(t.title, t.event) for t in talks] == [
        ("Rivers of sand in small lakes", "Hill University Geology Seminar"),
        ("Rivers of sand in small lakes", "Kestrel Institute Colloquium"),
        ("Glass tides", "Lake Symposium"),
    ]


def _block(*texts: str) -> Block:
    return Block(lines=tuple(Line(text=t, number=n) for n, t in enumerate(texts)))


@pytest.mark.parametrize(
    "lines, expected",
    [
        # a quoted title over one dated venue line or more
        (
            ("“Rivers of sand in small lakes”", "Hill University, May 2024"),
            ("Rivers of sand in small lakes", ["Hill University, May 2024"]),
        ),
        (
            ("Quill, A., “Rivers of sand in small lakes.”", "Lake Symposium. Oslo June 2023"),
            ("Rivers of sand in small lakes", ["Lake Symposium. Oslo June 2023"]),
        ),
        # an unquoted title over two dated venue lines
        (
            ("Rivers of sand in small lakes", "Hill University 05/2024", "Lake Symposium 06/2023"),
            ("Rivers of sand in small lakes", ["Hill University 05/2024", "Lake Symposium 06/2023"]),
        ),
        # an unquoted title over one venue line: one talk, read as usual
        (("Rivers of sand in small lakes", "Hill University 05/2024"), None),
        # a title wrapped onto the next line, or a first line with its own date
        (("Rivers of sand in small", "lakes and ponds", "Hill University 05/2024"), None),
        (("2024 Rivers of sand in small lakes", "Hill University 05/2024", "Lake Symposium 06/2023"), None),
        # lines with a year inside are no venue lines: an authors' line, a proceedings' line
        (
            ("Rivers of sand in small lakes", "A. Quill, B. Wren 2025", "Lake Symposium 2025 Proceedings 37"),
            None,
        ),
        # a quoted title wrapped over the lines
        (
            ("Quill, A. ‘Rivers of sand in small", "lakes’ Lake Symposium 2022", "Hill Forum 2021"),
            None,
        ),
    ],
)
def test_title_over_venues(lines: tuple[str, ...], expected: tuple | None) -> None:
    assert title_over_venues(_block(*lines)) == expected


def _placed(*lines: tuple[str, float]) -> Block:
    return Block(lines=tuple(Line(text=t, number=n, x1=x1) for n, (t, x1) in enumerate(lines)))


@pytest.mark.parametrize(
    "title, event, block, expected",
    [
        # the title line ends short of the margin: the model's run onto the next line is the event's
        (
            "Rivers of sand in small lakes Lake Symposium",
            None,
            _placed(("2. Rivers of sand in small lakes", 300.0), ("Lake Symposium. Hill College", 320.0)),
            ("Rivers of sand in small lakes", "Lake Symposium"),
        ),
        (
            "Rivers of sand in small lakes Kestrel Lab",
            "Hill College",
            _placed(("Rivers of sand in small lakes", 300.0), ("Kestrel Lab. Hill College", 500.0)),
            ("Rivers of sand in small lakes", "Kestrel Lab, Hill College"),
        ),
        # untitled: the run read as the event opens with the title line
        (
            None,
            "Rivers of sand in small lakes Lake Symposium",
            _placed(("Rivers of sand in small lakes", 300.0), ("Lake Symposium", 500.0)),
            ("Rivers of sand in small lakes", "Lake Symposium"),
        ),
        # a wrapped first line (it reaches the margin) stays one run
        (
            "Rivers of sand in small lakes and ponds",
            "Lake Symposium",
            _placed(("Rivers of sand in small lakes", 495.0), ("and ponds, Lake Symposium", 500.0)),
            ("Rivers of sand in small lakes and ponds", "Lake Symposium"),
        ),
        # a first line ending on a function word, or a run going on in small letters, was wrapped
        (
            None,
            "Rivers of sand in the Remote",
            _placed(("Rivers of sand in the", 300.0), ("Remote", 500.0)),
            (None, "Rivers of sand in the Remote"),
        ),
        (
            "Rivers of sand in small lakes with Ann Quill",
            "Lake Symposium",
            _placed(("Rivers of sand in small lakes", 300.0), ("with Ann Quill. Lake Symposium", 500.0)),
            ("Rivers of sand in small lakes with Ann Quill", "Lake Symposium"),
        ),
        # a first line that names a venue is no title
        (
            None,
            "Lake Symposium on Sand Oslo",
            _placed(("Lake Symposium on Sand", 200.0), ("Oslo, May 2024", 500.0)),
            (None, "Lake Symposium on Sand Oslo"),
        ),
    ],
)
def test_title_ends_its_line(title: str | None, event: str | None, block: Block, expected: tuple) -> None:
    assert title_ends_its_line(title, event, block, 500.0) == expected


@pytest.mark.parametrize(
    "event, expected",
    [
        (
            "Tarrow University, Hill College, and the Dune Institute",
            ["Tarrow University", "Hill College", "Dune Institute"],
        ),
        ("Tarrow University and Hill College", ["Tarrow University", "Hill College"]),
        # a unit of the host, or a part naming no organization: one event
        ("Department of Botany and Tarrow University", ["Department of Botany and Tarrow University"]),
        ("Lake Symposium on Sand and Dust", ["Lake Symposium on Sand and Dust"]),
        ("Hill College Workshop on Sand and Society", ["Hill College Workshop on Sand and Society"]),
        ("Tarrow University, Hill College", ["Tarrow University, Hill College"]),
    ],
)
def test_listed_hosts(event: str, expected: list[str]) -> None:
    assert listed_hosts(event) == expected


NUMBERED_TALKS_CV = """Jane Roe
Assistant Professor, Tarrow College
jane.roe@tarrow.example.edu

Talks
1. Rivers of sand in small lakes. Lake Symposium, Oslo, Norway, May 2024
2. Glass tides. Hill College Colloquium, March 2023
"""


def test_an_entry_number_is_no_title_by_rule(tmp_path: Path) -> None:
    """Rules only: the entry's number is cut before its parts are read."""
    path = tmp_path / "cv.txt"
    path.write_text(NUMBERED_TALKS_CV, encoding="utf-8")
    talks = extract_profile([str(path)], ExtractOptions(use_models=False)).talks
    assert [(t.title, t.event) for t in talks] == [
        ("Rivers of sand in small lakes", "Lake Symposium"),
        ("Glass tides", "Hill College Colloquium"),
    ]


@pytest.mark.parametrize(
    "event, text, expected",
    [
        # venue line, dated line, title line: the last line is the title
        (
            "Hill University, Lake Seminar",
            "12. Hill University, Lake Seminar\nTarrow, NJ, April 10-13, 2023\nRivers of sand in small lakes",
            "Rivers of sand in small lakes",
        ),
        (
            "Dune Days",
            "Dune Days [Video]\nMay 18, 2023\nGlass tides and their\nmeasurement",
            "Glass tides and their measurement",
        ),
        # the event printed on the last line is no title
        ("Lake Symposium", "Sand in motion, Poster\nJ. Doe 2015\nLake Symposium", None),
        # the event not above the date: the last lines may be the venue's
        ("Lake Seminar", "Rivers of sand\nMay 2023\nLake Seminar, Hill University", None),
        # too short to be a title, or nothing under the date
        ("Lake Seminar", "Lake Seminar\nMay 2023\nPanelist", None),
        ("Lake Seminar", "Lake Seminar\nMay 2023", None),
    ],
    ids=["numbered", "wrapped-title", "event-last", "event-below", "short", "date-last"],
)
def test_title_under_date(event: str, text: str, expected: str | None) -> None:
    assert title_under_date(event, text) == expected


@pytest.mark.parametrize(
    "title, funder, text, expected",
    [
        # a funder read as the last name of a run joined by a slash or a spaced dash is the whole run
        ("Sand: a survey", "KAL", "5,000€ (PI), Dune Grid / KAL, 06/10\nSand: a survey.", "Dune Grid / KAL"),
        ("Sand in motion", "KES", "$743 (PI), Sand Fund - KES, 10/23\nSand in motion", "Sand Fund - KES"),
        # a bracketed note read before the funder is cut
        ("Sand", "(SP), Dune Agency", "$12,500 (SP), Dune Agency, 2020\nSand", "Dune Agency"),
        # a title joined to its funder, or dates before it, stay apart
        ("Sand in motion", "Dune Trust", "Sand in motion - Dune Trust, 2020", "Dune Trust"),
        ("Sand in motion", "Dune Trust", "2019 - 2021 Dune Trust, Sand in motion", "Dune Trust"),
        ("Sand in motion", "NSF", "Sand in motion, NSF, $5,000, 2020", "NSF"),
    ],
    ids=["slash-join", "dash-join", "note-lead", "title-join", "dates-join", "plain"],
)  # fmt: skip
def test_with_whole_funder(title: str, funder: str, text: str, expected: str) -> None:
    grant = Grant(title=title, funder=funder, evidence=Evidence(source=0, text=text))
    assert with_whole_funder(grant, text).funder == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # sentences, the funder's first: the title is the sentence after it, a host and notes dropped
        (
            "2017: Dune Science Foundation (DSF). Sand in small lakes Co-Primary Investigator. (1234567)",
            ("Sand in small lakes", "Dune Science Foundation (DSF)", "Co-Primary Investigator", "2017"),
        ),
        (
            "2021: Pilot Research Grant. Office of the Provost. Glass tides on the shore (Co-PIs: Jane Doe,"
            " John Roe). Tarrow University.",
            ("Glass tides on the shore", "Office of the Provost", None, "2021"),
        ),
        # no sentence after the funder but a host: the programme's name before it is the title
        (
            "2016: Mid-Career Writing Program. Office of the Dean. Tarrow University.",
            ("Mid-Career Writing Program", "Office of the Dean", None, "2016"),
        ),
        # an abbreviation's period does not end a sentence
        (
            "2002: U.S. Department of Sand. Dune Studies (DS) Fellow. Universidad de Tarrow, Lima, Peru.",
            ("Dune Studies (DS) Fellow", "U.S. Department of Sand", None, "2002"),
        ),
        # a role sentence first, the funder by its short name last (with its country), the amount cut
        (
            "Responsible researcher. Sand in motion. 2012-2013 DUNE-SP, TARCYT, Ruritania. ~30,000 USD.",
            ("Sand in motion", "DUNE-SP, TARCYT, Ruritania", "Responsible researcher", "2012"),
        ),
        (
            "Ph.D. Fellowship. Fees and stipend 2011-2015 TARCYT-Ruritania. ~80,000 (16,000 USD / year).",
            ("Ph.D. Fellowship", "TARCYT-Ruritania", None, "2011"),
        ),
        # two sentences: a funder's one name, then the title (longer than a body's name: a host
        # printed after it stays in it)
        (
            "2013: Hill Fund for the Arts. Dune maps of three lakes in the far north Tarrow University.",
            (
                "Dune maps of three lakes in the far north Tarrow University",
                "Hill Fund for the Arts",
                None,
                "2013",
            ),
        ),
    ],
    ids=["funder-first", "programme-funder-title-host", "programme-title", "abbreviations",
         "role-first-funder-last", "degree-abbreviation", "two-sentences"],
)  # fmt: skip
def test_read_sentence_grant(text: str, expected: tuple) -> None:
    fields = read_sentence_grant(text)
    assert fields is not None
    assert (fields.title, fields.funder, fields.role, fields.start) == expected, text


@pytest.mark.parametrize(
    "text",
    [
        "Sand in motion, NSF, $450,000, PI, 2021-2024",  # parts, not sentences
        "2021 Co-PI, Dune Trust Fund. “Sand in motion in small lakes.” $30,000",  # a quoted title
        "Project: Sand. Number: 12. Agency: Dune Trust.",  # labelled fields
        "2019 Dune Trust, Ruritania. Sand, J. Doe, Budget 60k.",  # a funder run of parts
        "NIH Training Grant (T32 HL 1234). Role: Trainee 2019",  # a label, not a title
    ],
)
def test_not_a_sentence_grant(text: str) -> None:
    assert read_sentence_grant(text) is None, text


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "9. Dune fellowship for Master studies by Tarrow University, Ruritania (16 000 euros; 2016-2018)",
            ("Dune fellowship", "Tarrow University, Ruritania", "2016"),
        ),
        (
            "3. Offered a 2-year Kestrel grant from the Ruritanian National Agency (January 2025; declined)",
            ("2-year Kestrel grant", "Ruritanian National Agency", "2025-01"),
        ),
        # a role cut first leaves "of the"; the giver's short name in brackets ends its name
        (
            "Co-I of the Lake travel grant by the Dune Ministry (DM) for Ruritania - Tarrow work (2022-2024)",
            ("Lake travel grant", "Dune Ministry (DM)", "2022"),
        ),
        # a lone grant word: the purpose after the giver is the title
        (
            "2026 Funding from the Dune Council (DC, SAND-INSU) for a project with Tarrow Observatory.",
            ("project with Tarrow Observatory", "Dune Council (DC, SAND-INSU)", "2026"),
        ),
        # "for" after the giver's name without short names stays in it
        (
            "2020 Short-term mobility grant from the Kestrel program for Tarrow-Ruritania collaboration.",
            ("Short-term mobility grant", "Kestrel program for Tarrow-Ruritania collaboration", "2020"),
        ),
        # a note in brackets and a part in lower case end the giver
        (
            "Dune Funding Initiative from Tarrow Survey (in kind support via analyses)",
            ("Dune Funding Initiative", "Tarrow Survey", None),
        ),
        (
            "Mobility Grant 2025 Awarded by Kestrel Lab, for a stay at Tarrow University",
            ("Mobility Grant", "Kestrel Lab", "2025"),
        ),
        # opened by its verb with no giver: the name ends before what it was for
        (
            "1. Awarded Humboldt Dune Fellowship for 2 year research at Tarrow Institute (from March 2026)",
            ("Humboldt Dune Fellowship", None, "2026-03"),
        ),
    ],
    ids=["by-giver-with-country", "offered-from", "role-lead-acronym", "lone-word-purpose",
         "for-inside-giver", "note-bracket", "lower-case-part", "verb-no-giver"],
)  # fmt: skip
def test_read_prose_grant(text: str, expected: tuple) -> None:
    fields = read_prose_grant(text)
    assert fields is not None
    assert (fields.title, fields.funder, fields.start) == expected, text


@pytest.mark.parametrize(
    "text",
    [
        "Travel grant, awarded by the Dune Society, 2019",  # parts: read by the comma reader
        "Grant funded by the Dune Trust",  # a lone grant word and no purpose
        "Dune Fellowship for research at Tarrow University",  # no verb and no giver
    ],
)
def test_not_a_prose_grant(text: str) -> None:
    assert read_prose_grant(text) is None, text


@pytest.mark.parametrize(
    "text, expected",
    [
        ("2017: Dune Trust. Sand in motion. Co-PI.", True),
        ("Dune fellowship for Master studies by Tarrow University (2016-2018)", True),
        ("Sand in motion, Dune Trust, $5,000, 2020", False),
    ],
)
def test_sentence_and_prose_grants_bypass_the_model(text: str, expected: bool) -> None:
    assert reads_exactly(text) is expected


@pytest.mark.parametrize(
    "part, expected",
    [
        ("(Lake Days", "Lake Days"),
        ("Lake Conference (LC 14)", "Lake Conference (LC 14)"),
        ("(Dune Trust).", "Dune Trust"),
        ("(LC) Lake Days (2024)", "(LC) Lake Days (2024)"),
        ("Dune Trust)", "Dune Trust"),
        ("Glass tides (", "Glass tides"),
        (") Lake Days", "Lake Days"),
        ("[Lake Days]", "Lake Days"),
        ("", ""),
    ],
)
def test_strip_part(part: str, expected: str) -> None:
    assert strip_part(part) == expected


def test_a_talk_event_keeps_its_balanced_bracket() -> None:
    talk = read_talk("Rivers of sand, Lake Conference (LC 14), 2014")
    assert talk is not None and talk[1] == "Lake Conference (LC 14)"


@pytest.mark.parametrize(
    "text, matched, expected",
    [
        # a year closing an event's name and printed again later: the later one is the date cut
        ("Lake Days 2024, Oslo, 2024", "2024", "Lake Days 2024, Oslo,  "),
        # printed once: cut where it is
        ("Rivers of sand, Lake Days 2024, Oslo", "2024", "Rivers of sand, Lake Days  , Oslo"),
        # a year opening its own part is the date, not a name's
        ("Rivers of sand, 2024, Lake Days 2024", "2024", "Rivers of sand,  , Lake Days 2024"),
        # a year after a line of names, the event following in the same part: the first is cut
        ("Rivers of sand A. DOE 2023 Lake Days 2023", "2023", "Rivers of sand A. DOE   Lake Days 2023"),
        # a range is not a name's year
        ("Lake Days 2023-2024, 2023-2024", "2023-2024", "Lake Days  , 2023-2024"),
    ],
)
def test_cut_date(text: str, matched: str, expected: str) -> None:
    assert cut_date(text, matched) == expected


def test_an_event_keeps_the_year_in_its_name() -> None:
    talk = read_talk("Rivers of sand, Lake Days 2024, Oslo, Norway, 2024")
    assert talk is not None
    assert (talk.event, talk.location, talk.date) == ("Lake Days 2024", "Oslo, Norway", "2024")


@pytest.mark.parametrize(
    "lines, expected",
    [
        # venue line, its place and date, then the title
        (
            ("12. Hill University, Lake Seminar", "Tarrow, NJ, April 10-13, 2023", "Rivers of sand in lakes"),
            VenueFirst(["Rivers of sand in lakes"], "Hill University, Lake Seminar", "Tarrow, NJ"),
        ),
        # a bracketed note after the venue is cut; the title may run over two lines
        (
            ("Dune Days [Video]", "May 18, 2023", "Glass tides and their", "measurement"),
            VenueFirst(["Glass tides and their measurement"], "Dune Days", None),
        ),
        # the venue and the date on the first line, the title after a kind's label
        (
            ("Kestrel Collaboration Meeting, Oslo Jun 2025", "Talk: Rivers of sand in small lakes."),
            VenueFirst(["Rivers of sand in small lakes"], "Kestrel Collaboration Meeting, Oslo", None),
        ),
        # several labelled titles: one talk each at the venue
        (
            ("Lake Symposium Jan 2025", "Talk: Rivers of sand in lakes.", "Poster: Glass tides at dusk"),
            VenueFirst(["Rivers of sand in lakes", "Glass tides at dusk"], "Lake Symposium", None),
        ),
        # the person's role printed with the date is not the venue
        (
            ("Dune Forum Remote", "INVITED SPEAKER 2023", "How to read the dunes"),
            VenueFirst(["How to read the dunes"], "Dune Forum Remote", None),
        ),
        # a title first, its year closing the line, then the event: not this shape
        (("Rivers of sand in small lakes. 2018", "Lake Symposium: Oslo, Norway (talk)"), None),
        # notes, sentences, a place or a date under the dated line are no title
        (("Rivers of sand, Hill University, July 2024.", "Host: Jane Doe."), None),
        (("Lake Symposium, May 2024", "Joint with Ann Roe and Tom Quill"), None),
        (("Lake Symposium, May 2024", "We study sand. Poster link"), None),
        (("Lake Symposium", "May 2024", "Oslo, Norway"), None),
        (("Rivers of sand", "Lake Symposium, May 2024", "Dune Forum, June 2024"), None),
        # the dated line goes on under it, or nothing is under it
        (("Rivers of sand, Lake Symposium, April 6, 2024. Presented", "results on five dunes"), None),
        (("Rivers of sand", "Lake Symposium, May 2024"), None),
    ],
    ids=[
        "place-line", "video-note", "label", "two-labels", "role-line",
        "title-first", "host-note", "joint-note", "sentences", "place", "venues", "run-on", "date-last",
    ],
)  # fmt: skip
def test_title_after_date(lines: tuple[str, ...], expected: VenueFirst | None) -> None:
    assert title_after_date(list(lines)) == expected


VENUE_FIRST_TALKS_CV = """Jane Roe
Assistant Professor, Tarrow College
jane.roe@tarrow.example.edu

Invited Talks
1. Hill University, Geology Seminar
Tarrow, NJ, April 10, 2023
Rivers of sand in small lakes
2. Lake Symposium [Video]
May 18, 2022
Glass tides and their measurement
"""


def test_the_title_under_a_venue_and_its_date(tmp_path: Path) -> None:
    """An entry printing the venue and the date first has its title on the line under them."""
    path = tmp_path / "cv.txt"
    path.write_text(VENUE_FIRST_TALKS_CV, encoding="utf-8")
    for use_models in (True, False):
        talks = extract_profile([str(path)], ExtractOptions(use_models=use_models)).talks
        assert [(t.title, t.event, t.date) for t in talks] == [
            ("Rivers of sand in small lakes", "Hill University, Geology Seminar", "2023-04-10"),
            ("Glass tides and their measurement", "Lake Symposium", "2022-05-18"),
        ]


@pytest.mark.parametrize(
    "title, event, expected",
    [
        # a meeting or an organization read as the title opens the event of an untitled talk
        ("Lake Seminar", "Hill University", (None, "Lake Seminar, Hill University")),
        ("Hill University", "Department of Botany", (None, "Hill University, Department of Botany")),
        ("Dune Workshop 2024", None, (None, "Dune Workshop 2024")),
        # a part naming only the talk's kind is dropped
        ("Seminar", "Department of Botany, Hill University", (None, "Department of Botany, Hill University")),
        ("Guest lecture", "Hill University", (None, "Hill University")),
        # a title: no venue's word, a subtitle, or a long run
        ("Rivers of sand", "Lake Symposium", ("Rivers of sand", "Lake Symposium")),
        ("Dune AI: a seminar on sand", "Lake Days", ("Dune AI: a seminar on sand", "Lake Days")),
        (
            "What the rivers of sand in small lakes tell a summer school",
            "Lake Days",
            ("What the rivers of sand in small lakes tell a summer school", "Lake Days"),
        ),
        (None, "Lake Days", (None, "Lake Days")),
    ],
    ids=["meeting", "organization", "alone", "kind", "kind-lecture", "title", "colon", "long", "untitled"],
)  # fmt: skip
def test_venue_first_part(title: str | None, event: str | None, expected: tuple) -> None:
    assert venue_first_part(title, event) == expected


UNTITLED_TALKS_CV = """Jane Roe
Assistant Professor, Tarrow College
jane.roe@tarrow.example.edu

Invited Talks
Lake Seminar, Hill University, Tarrow, NJ, 2023
Seminar, Department of Botany, Kestrel University, 2022
“Rivers of sand”, Dune Days, 2021
"""


def test_untitled_talks_by_rule(tmp_path: Path) -> None:
    """Rules only, an entry printing no title is an untitled talk at its whole venue run."""
    path = tmp_path / "cv.txt"
    path.write_text(UNTITLED_TALKS_CV, encoding="utf-8")
    talks = extract_profile([str(path)], ExtractOptions(use_models=False)).talks
    assert [(t.title, t.event) for t in talks] == [
        (None, "Lake Seminar, Hill University"),
        (None, "Department of Botany, Kestrel University"),
        ("Rivers of sand", "Dune Days"),
    ]


GRANTS_SECTION_LINES = (
    "2024 Wrenfield Fellowship, Example Institution",
    "2023 Hill Scholarship",
    "2023 Best Poster Award, Lake Symposium",
    "2022 Sand in motion, Dune Agency, $20,000",
)


@pytest.mark.parametrize(
    "label, awards",
    [
        # a grants section whose heading names awards or fellowships too: the honours are awards
        ("Grants and Awards", ["Hill Scholarship", "Best Poster Award"]),
        ("Fellowships and Grants", ["Hill Scholarship", "Best Poster Award"]),
        # a grants-only heading keeps every entry a grant ("Awarded" lists grants won)
        ("Grants", []),
        ("Awarded", []),
        (None, []),
    ],
)
def test_awards_read_from_a_grants_section(label: str | None, awards: list[str]) -> None:
    from extractor.document import DocumentKind, Line, Section, SectionKind
    from extractor.fields import SECTION_HANDLERS
    from extractor.fields.context import ParseContext

    lines = tuple(Line(text=t, number=n) for n, t in enumerate(GRANTS_SECTION_LINES))
    section = Section(kind=SectionKind.GRANTS, heading=None, lines=lines, label=label)
    ctx = ParseContext(source_index=0, kind=DocumentKind.CV, use_nlp=False, use_models=False)
    found = SECTION_HANDLERS[SectionKind.GRANTS](section, ctx)
    assert [a.title for a in found.awards] == awards
    assert len(found.grants) == len(GRANTS_SECTION_LINES) - len(awards)


@pytest.mark.parametrize(
    "title, expected",
    [
        # a grant's name opening with the body that gives it: a short name, or a body's name up to
        # its organization word and the "of"/"for" run after it
        ("DUNE Doctoral Studentship", "DUNE"),
        ("Dune Research Council Graduate Fellowship Program", "Dune Research Council"),
        ("Tarrow Institute for Sand Studies Travel Grant", "Tarrow Institute for Sand Studies"),
        ("Institute for Lake Studies Fellowship", "Institute for Lake Studies"),
        # the "of" run stops where the programme's own name starts
        ("Example University of Tarrow Summer Research Grant", "Example University of Tarrow"),
        ("Example University of Tarrow Pathways to Research Program Grant", "Example University of Tarrow"),
        # no body opens it: a lone organization word, a programme's words first, a project's title
        ("University Fellowship", None),
        ("Department Summer Research Support", None),
        ("Hill Summer Undergraduate Research Fellowship", None),
        ("Example University students and the sand", None),
        ("Dean's Research Fund Faculty of Geology", None),
    ],
)
def test_funder_opening_name(title: str, expected: str | None) -> None:
    grant = funder_opening_name(Grant(title=title, funder=None, evidence=Evidence(source=0, text="x")))
    assert grant.funder == expected
    assert grant.title == title


def test_funder_opening_name_keeps_a_funder_read() -> None:
    evidence = Evidence(source=0, text="x")
    read = Grant(title="DUNE Doctoral Studentship", funder="Lake Trust", evidence=evidence)
    assert funder_opening_name(read).funder == "Lake Trust"


DUNE_OFFICE = "Dune Agency, Office of Sand Research"


@pytest.mark.parametrize(
    "funder, text, expected",
    [
        # a body's name cut before its "of" run, over a line break, to the run's end
        (
            "Dune Agency, Offices",
            "$50,000, Dune Agency, Offices of Sand and Glass\nResearch, 2021-2023",
            "Dune Agency, Offices of Sand and Glass Research",
        ),
        # a short name cut before the capitalized words that finish it, to the sentence's end
        ("UC", "2016 “Lake Fellowship”, UC Tarrow City. $2,500.", "UC Tarrow City"),
        # a known funder's short name, or a run naming a grant, a date or a lowercase word, stays
        ("NSF", "NSF Sand Dynamics Program, 2021", "NSF"),
        ("UC", "UC Travel Grant, 2019", "UC"),
        ("UC", "UC Tarrow 2019 funds", "UC"),
        ("Dune Agency", "Dune Agency of sand in motion, 2021", "Dune Agency"),
        ("Dune Agency", "Dune Agency Sand in Motion, 2021", "Dune Agency"),
        # a short name's run may hold a name's lowercase words
        ("US", "US Department of Sand, 2020-2022", "US Department of Sand"),
        # a unit of the body printed as the next comma part joins it, whole or cut short
        ("Dune Agency", "$5M, Dune Agency, Office of Sand Research, 2021", DUNE_OFFICE),
        ("Dune Agency, Office", "Dune Agency, Office of Sand\nResearch, 2021", DUNE_OFFICE),
        ("Dune Agency", "Dune Agency, Office of 2021 sand", "Dune Agency"),
        ("Dune Agency", "Dune Agency, Lake Office, 2021", "Dune Agency"),
    ],
)
def test_with_name_run(funder: str, text: str, expected: str) -> None:
    read = Grant(title="Sand in motion", funder=funder, evidence=Evidence(source=0, text="x"))
    assert with_name_run(read, text).funder == expected


@pytest.mark.parametrize(
    "title, funder, expected",
    [
        # the head of the funder's printed part read at the title's end goes back to the funder
        (
            "Lake Fellowship, Tarrow",
            "Institute for Sand Studies",
            ("Lake Fellowship", "Tarrow Institute for Sand Studies"),
        ),
        # a title whose last part is printed apart from the funder's stays
        ("Sand in motion, Tarrow", "Dune Agency", ("Sand in motion, Tarrow", "Dune Agency")),
        ("Lake Fellowship", "Institute for Sand Studies", ("Lake Fellowship", "Institute for Sand Studies")),
    ],
)
def test_funder_part_from_title(title: str, funder: str, expected: tuple) -> None:
    text = "2021 Lake Fellowship, Tarrow Institute for Sand Studies\nSand in motion, Tarrow, Dune Agency"
    read = Grant(title=title, funder=funder, evidence=Evidence(source=0, text="x"))
    grant = funder_part_from_title(read, text)
    assert (grant.title, grant.funder) == expected


@pytest.mark.parametrize(
    "title, text, expected",
    [
        # a year's list of four events or more, the title one of them
        ("Lake Forum", "2018: Lake Forum (comment), Hill University, Dune Workshop, Kestrel Days", True),
        ("Lake Forum", "2018 – Lake Forum; Hill University (invited); Dune Workshop; Kestrel Days", True),
        # a titled talk, its event and its host; or places among the parts
        ("Rivers of sand", "2024 Rivers of sand, Lake Symposium, Hill University", False),
        ("Rivers of sand", "2024 Rivers of sand, Lake Symposium, Hill University, Oslo, Norway", False),
        # no year before the list, or the title is none of its parts
        ("Lake Forum", "Lake Forum (comment), Hill University, Dune Workshop, Kestrel Days", False),
        ("Sand", "2018: Lake Forum, Hill University, Dune Workshop, Kestrel Days", False),
    ],
    ids=["commas", "semicolons", "three", "places", "no-year", "not-a-part"],
)  # fmt: skip
def test_year_listed(title: str, text: str, expected: bool) -> None:
    assert year_listed(title, text) is expected
