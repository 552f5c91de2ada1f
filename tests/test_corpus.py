"""The corpus format and its validator, on an invented document in an invented pool."""

from __future__ import annotations

import copy
import hashlib
import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from extractor.learn import corpus as cp

FIXTURE_PDF = Path(__file__).resolve().parents[1] / "fixtures" / "cv-plain-pdf" / "cv.pdf"
PERSON = "farrokhzad_nadia"

EDUCATION_EVIDENCE = (
    "Northbridge University Northbridge, MA, USA\n"
    "Ph.D. in Computer Science Sep 2021 – May 2026 (Expected)\n"
    "Advisor: Prof. Elliot Marchetti"
)
PUBLICATION_EVIDENCE = (
    "[4] Ledger: Low-Overhead Checkpointing for Pipeline-Parallel Training. Nadia Farrokhzad,"
    " Jonah Preiss, Elliot Marchetti. In Proceedings of the 14th ACM Symposium on Cloud Computing"
    " (SoCC '23). Best Paper Award."
)


@pytest.fixture
def pool(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An invented shared folder: one person with the fixture CV, and its manifest line."""
    shared = tmp_path / "shared"
    folder = shared / "pool" / PERSON
    folder.mkdir(parents=True)
    shutil.copy(FIXTURE_PDF, folder / "cv.pdf")
    digest = hashlib.sha256(FIXTURE_PDF.read_bytes()).hexdigest()
    row = {"id": PERSON, "files": {"cv.pdf": {"sha256": digest}}}
    (shared / "pool" / "manifest.jsonl").write_text(json.dumps(row) + "\n", encoding="utf-8")
    monkeypatch.setenv("EXTRACTOR_SHARED", str(shared))
    cp.manifest.cache_clear()
    return shared


def _annotation_data(digest: str) -> dict[str, Any]:
    return {
        "format": cp.FORMAT,
        "source": {"collection": "pool", "id": PERSON, "file": "cv.pdf", "sha256": digest},
        "profile": {
            "name": "Nadia Farrokhzad",
            "education": [
                {
                    "degree": "Ph.D.",
                    "degree_level": "doctorate",
                    "field": "Computer Science",
                    "institution": "Northbridge University",
                    "start": "2021-09",
                    "end": "2026-05",
                    "expected": True,
                    "evidence": {"source": 0, "page": 1, "text": EDUCATION_EVIDENCE},
                }
            ],
            "publications": [
                {
                    "title": "Ledger: Low-Overhead Checkpointing for Pipeline-Parallel Training",
                    "authors": [
                        {"name": "Nadia Farrokhzad", "is_owner": True},
                        {"name": "Jonah Preiss"},
                        {"name": "Elliot Marchetti"},
                    ],
                    "venue": "Proceedings of the 14th ACM Symposium on Cloud Computing (SoCC '23)",
                    "year": 2023,
                    "kind": "conference",
                    "status": "published",
                    "awards": ["Best Paper Award"],
                    "label": "[4]",
                    "evidence": {"source": 0, "page": 1, "text": PUBLICATION_EVIDENCE},
                }
            ],
        },
        "sections": [
            {"heading": None, "kind": "header", "items": []},
            {"heading": "EDUCATION", "kind": "education", "items": [EDUCATION_EVIDENCE]},
            {
                "heading": "PUBLICATIONS (*Equal contribution)",
                "kind": "publications",
                "items": [PUBLICATION_EVIDENCE],
            },
        ],
        "notes": "",
        "checked": {
            "by": "test",
            "date": "2026-01-01",
            "method": "written by hand",
            "read_whole_document": True,
            "draft": {"items": 2, "corrected": 0, "added": 0, "removed": 0},
        },
    }


def _validate(tmp_path: Path, data: dict[str, Any], name: str = PERSON) -> list[str]:
    folder = tmp_path / "corpus" / "cv"
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    annotation = cp.load_annotation(path)
    source = annotation.source.path
    return cp.validate(annotation, cp.read_document_text(source) if source.exists() else None)


def _digest() -> str:
    return hashlib.sha256(FIXTURE_PDF.read_bytes()).hexdigest()


def test_a_complete_annotation_is_valid(pool: Path, tmp_path: Path) -> None:
    assert _validate(tmp_path, _annotation_data(_digest())) == []


def _set(data: dict[str, Any], path: str, value: Any) -> None:
    *parents, last = path.split(".")
    node: Any = data
    for key in parents:
        node = node[int(key)] if key.isdigit() else node[key]
    node[int(last) if last.isdigit() else last] = value


@pytest.mark.parametrize(
    "path, value, problem",
    [
        ("source.sha256", "0" * 64, "sha256 of pool/farrokhzad_nadia/cv.pdf does not match"),
        ("source.file", "homepage.html", "belongs in corpus/homepage/"),
        ("checked", None, "not checked: a draft"),
        ("checked.read_whole_document", False, "read_whole_document is not true"),
        (
            "profile.education.0.institution",
            "Eastfield College",
            "institution is not printed in its evidence",
        ),
        (
            "profile.education.0.evidence.text",
            "Ph.D. in Astrology, Nowhere",
            "evidence not found in the document",
        ),
        ("profile.publications.0.year", 2019, "year 2019 is not printed in its evidence"),
        ("profile.publications.0.authors.1.name", "Jonah Fiction", "'Jonah Fiction': ['Fiction'] not in its"),
        ("sections.2.items", [], "publications[0]: its evidence is inside no item of any section"),
        ("sections.1.kind", "schooling", "sections[1].kind 'schooling' is not one of"),
        ("profile.name", "Nadia Invented", "name part(s) ['Invented'] not in the document"),
    ],
    ids=[
        "wrong-hash",
        "wrong-folder",
        "draft",
        "unread",
        "field-not-printed",
        "evidence-not-in-document",
        "year-not-printed",
        "author-not-printed",
        "evidence-outside-sections",
        "unknown-section-kind",
        "name-not-printed",
    ],
)
def test_each_problem_is_reported(pool: Path, tmp_path: Path, path: str, value: Any, problem: str) -> None:
    data = copy.deepcopy(_annotation_data(_digest()))
    _set(data, path, value)
    problems = _validate(tmp_path, data)
    assert any(problem in p for p in problems), problems


def test_the_owner_may_be_printed_nowhere(pool: Path, tmp_path: Path) -> None:
    """'(with A and B)' styles: the owner's slot names the owner although the entry does not."""
    data = _annotation_data(_digest())
    data["profile"]["publications"][0]["authors"][0]["name"] = "Nadia Someone"
    assert _validate(tmp_path, data) == []


def test_a_malformed_profile_is_refused(pool: Path, tmp_path: Path) -> None:
    data = _annotation_data(_digest())
    data["profile"]["education"][0]["start"] = "Sept 2021"
    with pytest.raises(ValueError, match=r"profile does not validate: education\.0\.start"):
        _validate(tmp_path, data)


@pytest.mark.parametrize(
    "text, key",
    [
        ("Deep  Learn-\ning, 2nd ed.", "deeplearning2nded"),
        ("ﬁeld ﬂow", "fieldflow"),  # ligatures folded by NFKC
        ("Élan VITAL", "elanvital"),
        ("fu¨r Gru¨nde", "furgrunde"),  # a spacing diaeresis, as some PDFs print it
    ],
)
def test_match_key(text: str, key: str) -> None:
    assert cp.match_key(text) == key


@pytest.mark.parametrize(
    "person, file, name, doc_type",
    [
        ("doe_jane", "cv.pdf", "doe_jane", "cv"),
        ("doe_jane", "homepage.html", "doe_jane", "homepage"),
        ("doe_jane", "research-statement.pdf", "doe_jane-research", "statement"),
        ("doe_jane", "diversity-statement.pdf", "doe_jane-diversity", "statement"),
    ],
)
def test_annotation_names(person: str, file: str, name: str, doc_type: str) -> None:
    assert cp.annotation_name(person, file) == name
    assert cp.doc_type_of(file) == doc_type


def test_splits_hold_every_annotated_person_once() -> None:
    splits = json.loads((cp.REPO_ROOT / "corpus" / "splits.json").read_text(encoding="utf-8"))["folds"]
    people = [p for fold in splits for p in fold]
    assert len(splits) == 5
    assert len(people) == len(set(people))
    for path in cp.annotation_files(cp.REPO_ROOT / "corpus"):
        person = json.loads(path.read_text(encoding="utf-8"))["source"]["id"]
        assert person in people, f"{path.name}: {person} is in no fold"
