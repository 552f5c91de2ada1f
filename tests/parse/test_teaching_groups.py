"""Teaching groups: the lines that head a group of courses, the segmenter keeping each group as one
entry (corpus convention), and a role read with its leading modifier (invented lines)."""

from __future__ import annotations

import pytest

from extractor.document import Block, Line
from extractor.parse.teaching import group_head, read_teaching
from extractor.segment import course_groups


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Teaching Assistant", "role"),
        ("Instructor of Record:", "role"),
        ("Kestrel University", "school"),
        ("Universidad de los Andes", "school"),
        ("Tarrow University (Lake Institute)", "school"),
        ("Kestrel University*", "school"),
        ("Instructor at Kestrel College", "school"),
        ("Teaching Assistant, Kestrel University", "school"),
        # a course, a dated entry, a level or subject label, a phrase, a labelled course list: no head
        ("BOT 101: Botany", None),
        ("Teaching Assistant, Botany 101, Kestrel University 2016", None),
        ("Lecturer, Kestrel University Spring 2026", None),
        ("Undergraduate", None),
        ("Botany", None),
        ("College lead for outreach", None),
        ("Kestrel University: “Botany” (L2, 20 hrs)", None),
    ],
)
def test_group_head(text: str, expected: str | None) -> None:
    assert group_head(text) == expected


def _blocks(*entries: tuple[str, ...]) -> list[Block]:
    number = 0
    blocks = []
    for entry in entries:
        lines = []
        for text in entry:
            lines.append(Line(text=text, number=number))
            number += 1
        blocks.append(Block(lines=tuple(lines)))
    return blocks


def _texts(blocks: list[Block]) -> list[list[str]]:
    return [[line.text for line in block.lines] for block in blocks]


@pytest.mark.parametrize(
    "entries, expected",
    [
        # a school line glued to its first course: the courses below join it, up to the next school
        (
            [
                ("Kestrel University", "BOT 101 Botany"),
                ("BOT 210 Ferns",),
                ("Tarrow College", "Algae"),
                ("Mosses",),
            ],
            [
                ["Kestrel University", "BOT 101 Botany", "BOT 210 Ferns"],
                ["Tarrow College", "Algae", "Mosses"],
            ],
        ),
        # a role line alone over courses, then another role line
        (
            [
                ("Teaching Assistant",),
                ("Botany Fall 2020",),
                ("Ferns Spring 2021",),
                ("Lab Instructor",),
                ("Algae 2019",),
            ],
            [
                ["Teaching Assistant", "Botany Fall 2020", "Ferns Spring 2021"],
                ["Lab Instructor", "Algae 2019"],
            ],
        ),
        # head lines one under the other head one group
        (
            [("Teaching Assistant",), ("Kestrel University",), ("Botany",), ("Tarrow College",), ("Algae",)],
            [["Teaching Assistant", "Kestrel University", "Botany"], ["Tarrow College", "Algae"]],
        ),
        # entries before any head line, and self-contained dated entries, stay apart
        (
            [("Botany 101, Kestrel University, 2019",), ("Ferns 210, Kestrel University, 2020",)],
            [["Botany 101, Kestrel University, 2019"], ["Ferns 210, Kestrel University, 2020"]],
        ),
    ],
)
def test_course_groups(entries: list[tuple[str, ...]], expected: list[list[str]]) -> None:
    assert _texts(course_groups(_blocks(*entries))) == expected


@pytest.mark.parametrize(
    "text, role",
    [
        ("Continuing Lecturer, Kestrel University (2015 - present)", "Continuing Lecturer"),
        ("Senior Visiting Lecturer, Tarrow College", "Senior Visiting Lecturer"),
        ("Head Teaching Assistant, Kestrel University", "Head Teaching Assistant"),
        ("Teaching Assistant, Botany 101", "Teaching Assistant"),
        # words of another part, or with a digit, are no modifier
        ("Botany 101, Teaching Assistant", "Teaching Assistant"),
        ("BOT 101 Instructor", "Instructor"),
        # a term's abbreviation left where the term was cut out is no modifier
        ("WS 2017/18 Tutor, Botany, Kestrel University", "Tutor"),
    ],
)
def test_role_with_its_modifier(text: str, role: str) -> None:
    entry = read_teaching(text)
    assert entry is not None and entry.role == role
