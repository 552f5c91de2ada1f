"""A diversity statement is read as a statement of kind ``other`` (the contract has no diversity kind).

The statements here are written for these tests; every person and place is made up.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from extractor.options import ExtractOptions
from extractor.pipeline import extract

DIVERSITY = """Diversity Statement
Hana Leverett

I was the first in my family to attend college, and I know how much belonging matters to students.
I mentor students from underrepresented and first-generation backgrounds in the Orrin Valley lab.

Mentoring first-generation students. Since 2019 I have run a summer programme for first-generation
students at Quarry Hill University, funded by the Marlow Foundation, where twelve students a year
join a research group and present their work [3].

In the future I plan to build a department-wide mentoring network for transfer students.
"""


@pytest.mark.parametrize(
    "text, kind, read_as_statement",
    [
        (DIVERSITY, "other", True),
        (DIVERSITY.replace("Diversity Statement", "Teaching Statement"), "teaching_statement", True),
        ("shopping list\neggs\nmilk\n", "other", False),
    ],
)
def test_statement_kind_and_reading(tmp_path: Path, text: str, kind: str, read_as_statement: bool) -> None:
    path = tmp_path / "statement.txt"
    path.write_text(text, encoding="utf-8")
    profile = extract([str(path)], ExtractOptions(use_models=False)).profile
    assert profile is not None
    assert [s.kind for s in profile.sources] == [kind]
    assert (profile.statement is not None) is read_as_statement
