"""Several documents of one person: the newest document by its own dates wins the position and the
affiliation, with a warning naming both values and their sources; two different people given together
are reported by name. Every document here is invented."""

from __future__ import annotations

from pathlib import Path

import pytest

from extractor.options import ExtractOptions
from extractor.pipeline import extract
from extractor.profile import Profile

NEW_CV = """Jane Quill
jane.quill@example.edu

EXPERIENCE
Senior Lecturer, Wrenfield University (since 2024)
2019 - 2024 Postdoctoral Researcher, Tarrow University

EDUCATION
Ph.D. in Ecology, Tarrow University, 2019

PUBLICATIONS
Quill, J. (2025). Roots in winter. Journal of Invented Ecology, 3(2), 1-10.
"""
OLD_PAGE = """<html><head><title>Jane Quill</title></head><body>
<h1>Jane Quill</h1>
<p>I am a postdoctoral researcher at Tarrow University, where I study roots in cold soils and the
fungi that live with them. Before that I was a student of ecology.</p>
<h2>Publications</h2>
<ul><li>Quill, J. (2019). Roots in autumn. Journal of Invented Ecology, 1(1), 1-9.</li></ul>
</body></html>
"""


def _extract(tmp_path: Path, *files: tuple[str, str]) -> Profile:
    paths = []
    for name, text in files:
        path = tmp_path / name
        path.write_text(text, "utf-8")
        paths.append(str(path))
    result = extract(paths, ExtractOptions(use_nlp=False, use_models=False))
    assert result.profile is not None
    return result.profile


@pytest.mark.parametrize("order", [("cv.txt", "index.html"), ("index.html", "cv.txt")])
def test_the_newest_document_wins_the_position_and_says_so(tmp_path: Path, order: tuple[str, str]) -> None:
    texts = {"cv.txt": NEW_CV, "index.html": OLD_PAGE}
    profile = _extract(tmp_path, *((name, texts[name]) for name in order))
    assert (profile.position, profile.affiliation) == ("Senior Lecturer", "Wrenfield University")
    position = [w for w in profile.warnings if w.startswith("position:")]
    assert len(position) == 1
    assert "'Senior Lecturer' in " in position[0] and "cv.txt" in position[0]
    assert "index.html" in position[0] and "postdoctoral researcher" in position[0].casefold()
    assert position[0].endswith("kept the newer")
    affiliation = [w for w in profile.warnings if w.startswith("affiliation:")]
    assert len(affiliation) == 1
    assert "Wrenfield University" in affiliation[0] and "Tarrow University" in affiliation[0]


def test_two_different_people_are_named_in_a_warning(tmp_path: Path) -> None:
    other = NEW_CV.replace("Jane Quill", "Omar Vance").replace("jane.quill", "omar.vance")
    profile = _extract(tmp_path, ("jane.txt", NEW_CV), ("omar.txt", other))
    people = [w for w in profile.warnings if "different people" in w]
    assert len(people) == 1
    assert "Jane Quill" in people[0] and "Omar Vance" in people[0]
    assert "jane.txt" in people[0] and "omar.txt" in people[0]


def test_one_person_written_two_ways_is_no_disagreement(tmp_path: Path) -> None:
    fuller = NEW_CV.replace("Jane Quill", "Jane Q. Quill", 1)
    profile = _extract(tmp_path, ("a.txt", NEW_CV), ("b.txt", fuller))
    assert profile.name == "Jane Quill"
    assert not [w for w in profile.warnings if w.startswith("name:")]
