"""Talks and grants: one entry's text -> fields (invented examples)."""

from __future__ import annotations

import pytest

from extractor.fields.grants import parse_grant
from extractor.fields.talks import event_list
from extractor.parse.talks import read_talk
from extractor.profile import Evidence


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
    ],
)
def test_event_list(event: str, expected: list[str]) -> None:
    assert event_list(event) == expected
