"""Awards: an award's name without the sentence around it (invented examples)."""

from __future__ import annotations

import pytest

from extractor.fields.awards import award_name, with_contest


@pytest.mark.parametrize(
    "title, organization, expected",
    [
        # who gave it becomes the organization
        (
            "Recipient of the Kestrel Award from the Dune Society",
            None,
            ("Kestrel Award", "Dune Society"),
        ),
        ("Best poster award at the 9th Lake Symposium", None, ("Best poster award", "9th Lake Symposium")),
        # an organization read already stays
        ("Best poster award at the Lake Symposium", "Hill College", ("Best poster award", "Hill College")),
        # why it was given is no part of its name
        ("Lake Prize for the best thesis in geology", None, ("Lake Prize", None)),
        ("Kestrel Award granted to the best graduating senior", None, ("Kestrel Award", None)),
        # "for" without an article names the award
        ("Award for Excellence in Teaching", None, ("Award for Excellence in Teaching", None)),
        ("Awarded the Hill Fellowship", None, ("Hill Fellowship", None)),
        ("Dean's List", None, ("Dean's List", None)),
        # a date printed as the organization's last part is no part of it
        ("Best Student Paper", "Lake Workshop, 2019", ("Best Student Paper", "Lake Workshop")),
        ("Best Student Paper", "Lake Workshop, Oslo", ("Best Student Paper", "Lake Workshop, Oslo")),
    ],
)
def test_award_name(title: str, organization: str | None, expected: tuple[str, str | None]) -> None:
    assert award_name(title, organization) == expected


@pytest.mark.parametrize(
    "title, text, expected",
    [
        # a rank alone takes the contest printed after it, without the host or the date
        ("First prize", "First prize, Lake Forum, Tarrow University May 2022", "First prize, Lake Forum"),
        ("Silver Medal", "Silver Medal, Dune Olympiad Nov 2017", "Silver Medal, Dune Olympiad"),
        ("Honorable Mention", "2021 Honorable Mention - Lake Haptics", "Honorable Mention - Lake Haptics"),
        ("Winner", "Winner, Young Sand Seminars Competition 2020", "Winner, Young Sand Seminars Competition"),
        # not a rank alone, or nothing after it but a date: unchanged
        ("Best Paper Award", "Best Paper Award, Lake Symposium", "Best Paper Award"),
        ("Winner", "Winner 2020", "Winner"),
        ("First Prize", "First Prize, 2020", "First Prize"),
    ],
)  # fmt: skip
def test_with_contest(title: str, text: str, expected: str) -> None:
    assert with_contest(title, text) == expected
