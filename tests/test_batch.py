"""Batch mode: every file accounted for, safe output names, resuming after a kill, the Dask engine.

The batch is generated here from the fixtures (copied under varied names, one folder per person,
some files directly in INPUT_DIR) with broken files and web-page assets mixed in.
"""

from __future__ import annotations

import csv
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import jsonschema
import pytest
from hypothesis import given
from hypothesis import strategies as st

from extractor import batch
from extractor.batch import (
    ERRORS,
    MANIFEST,
    PEOPLE,
    SUMMARY,
    Person,
    discover_people,
    process_person,
    run_batch,
    safe_name,
)
from extractor.errors import ExtractorError
from extractor.options import ExtractOptions, Limits, PdfReader
from extractor.schema import build_profile_schema
from tests.conftest import FIXTURES, ROOT

OPTIONS = ExtractOptions(use_nlp=False)
VALIDATOR = jsonschema.Draft202012Validator(build_profile_schema())
GOOD = [
    FIXTURES / "cv-plain-pdf" / "cv.pdf",
    FIXTURES / "cv-two-column-pdf" / "cv.pdf",
    FIXTURES / "cv-hyperlinks-pdf" / "cv.pdf",
    FIXTURES / "cv-date-margin-pdf" / "cv.pdf",
    FIXTURES / "research-statement-pdf" / "statement.pdf",
    FIXTURES / "homepage-html" / "index.html",
    FIXTURES / "homepage-text" / "homepage.txt",
    FIXTURES / "dates-gallery-text" / "cv.txt",
    FIXTURES / "cv-markdown" / "cv.md",
    FIXTURES / "teaching-statement-md" / "teaching-statement.md",
]
BROKEN = {
    "empty.pdf": b"",
    "truncated.pdf": (FIXTURES / "cv-plain-pdf" / "cv.pdf").read_bytes()[:900],
    "noise.pdf": random.Random(3).randbytes(3000),
}
FOLDER_NAMES = [
    "Ada Lovelace",
    "José Pérez-Ñúñez",
    "张伟",
    "CON",
    "summary",
    "a b",
    "a_b",
    "x" * 200,
    "o'brien; rm -rf",
]


def make_people(root: Path, count: int, seed: int = 1) -> dict[str, int]:
    """``count`` people under ``root``; returns {entry name: number of files inside} for accounting."""
    rng = random.Random(seed)
    root.mkdir(parents=True, exist_ok=True)
    made: dict[str, int] = {}
    for i in range(count):
        if i % 7 == 6:  # a lone file directly in INPUT_DIR is one person
            source = rng.choice(GOOD)
            name = f"lone-{i:03d}{source.suffix}"
            shutil.copy(source, root / name)
            made[name] = 1
            continue
        folder = root / (FOLDER_NAMES[i] if i < len(FOLDER_NAMES) else f"person-{i:03d}")
        folder.mkdir()
        for j, source in enumerate(rng.sample(GOOD, rng.randint(1, 3))):
            shutil.copy(source, folder / f"doc{j}-{source.name}")
        if i % 4 == 1:  # a broken file beside good ones
            name, data = rng.choice(sorted(BROKEN.items()))
            (folder / name).write_bytes(data)
        if i % 5 == 2:  # a saved homepage's assets, a hidden file
            (folder / "index_files").mkdir()
            (folder / "index_files" / "style.css").write_text("body{}")
            (folder / "index_files" / "logo.png").write_bytes(b"\x89PNG\r\n\x1a\n")
            (folder / ".DS_Store").write_bytes(b"\0\0\0\1Bud1")
        made[folder.name] = sum(1 for p in folder.rglob("*") if p.is_file())
    only_broken = root / "only-broken"  # nothing readable at all
    only_broken.mkdir()
    (only_broken / "empty.pdf").write_bytes(b"")
    (only_broken / "noise.pdf").write_bytes(BROKEN["noise.pdf"])
    made["only-broken"] = 2
    return made


def read_summary(out: Path) -> list[dict[str, str]]:
    with (out / SUMMARY).open(newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def mtimes(out: Path) -> dict[str, int]:
    return {p.name: p.stat().st_mtime_ns for p in out.glob("*.json")}


# --- names -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("../../x", "x"),
        ("..", "person"),
        (".", "person"),
        ("", "person"),
        ("/etc/passwd", "etc_passwd"),
        ("a\\..\\b", "a_b"),
        ("CON", "_CON"),
        ("lpt1", "_lpt1"),
        ("x.resume", "x_resume"),  # would be read as the JSON Resume export of "x"
        ("index", "_index"),
        ("summary", "_summary"),
        (".hidden", "hidden"),
        ("Jane Doe (2024)", "Jane_Doe_2024"),
        ("José Pérez", "José_Pérez"),
        ("张伟", "张伟"),
        ("a\x00b\nc", "a_b_c"),
    ],
)
def test_safe_name(name: str, expected: str) -> None:
    assert safe_name(name) == expected


@given(st.text(max_size=400))
def test_safe_name_never_leaves_the_output_folder(name: str) -> None:
    stem = safe_name(name)
    out = Path("/srv/out")
    assert stem and not stem.startswith(".") and len(stem.encode("utf-8")) <= batch.MAX_STEM_BYTES
    assert "/" not in stem and "\\" not in stem and "\x00" not in stem and ".." not in stem
    assert os.path.normpath(out / f"{stem}.json").startswith(str(out) + os.sep)
    assert safe_name(stem) == stem  # stable: a rerun finds the same output


def test_colliding_names_get_distinct_outputs(tmp_path: Path) -> None:
    for name in ("a b", "a_b", "a:b"):
        (tmp_path / name).mkdir()
        shutil.copy(GOOD[6], tmp_path / name / "page.txt")
    shutil.copy(GOOD[6], tmp_path / "a b.txt")
    people, _ = discover_people(tmp_path)
    keys = [p.key for p in people]
    assert len(set(keys)) == 4 and keys[0] == "a_b", keys
    assert discover_people(tmp_path)[0] == people  # deterministic


def test_csv_cells_that_a_spreadsheet_would_run_are_quoted() -> None:
    assert batch._csv_cell('=HYPERLINK("http://x")') == '\'=HYPERLINK("http://x")'
    assert batch._csv_cell("+1 555") == "'+1 555" and batch._csv_cell("Ada") == "Ada"
    assert batch._csv_cell(None) == "" and batch._csv_cell(3) == 3


# --- one person -----------------------------------------------------------------------------


def test_process_person_never_raises(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    result = process_person([str(tmp_path / "missing.pdf")], OPTIONS)
    assert result.status == "failed" and result.files[0].fate == "failed"
    assert not list(VALIDATOR.iter_errors(result.profile))
    empty = tmp_path / "nobody"
    empty.mkdir()
    assert process_person(empty, OPTIONS).error == "no document to read"

    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("a bug in the extractor")

    monkeypatch.setattr(batch, "extract_guarded_detailed", broken)
    result = process_person([str(GOOD[6])], OPTIONS)
    assert (
        result.status == "failed" and result.error == "internal error (RuntimeError: a bug in the extractor)"
    )


def test_process_person_reports_timeouts(tmp_path: Path) -> None:
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        import make_hostile_corpus
    finally:
        sys.path.remove(str(ROOT / "scripts"))
    slow = tmp_path / "slow.pdf"
    slow.write_bytes(make_hostile_corpus.huge_stream_pdf(400_000))
    person = Person(key="slow", name="slow", files=(str(slow),))
    # pdfium reads this stream within the limit; pdfplumber (pdfminer) takes far longer
    slow_reader = ExtractOptions(use_nlp=False, reader=PdfReader.PDFPLUMBER)
    result = process_person(person, slow_reader, Limits(timeout=2.0))
    assert result.status == "timeout" and result.files[0].status == "timeout"
    assert result.profile["warnings"] == [f"{slow}: could not be read (timed out after 2 s (time limit))"]


def test_exports_beside_each_profile_and_added_on_a_rerun(tmp_path: Path) -> None:
    source, out = tmp_path / "in", tmp_path / "out"
    for name in ("ada", "bob"):
        (source / name).mkdir(parents=True)
        shutil.copy(GOOD[0], source / name / "cv.pdf")
    run_batch(source, out, workers=2, formats=["bibtex"], options=OPTIONS, progress=False)
    assert sorted(p.name for p in out.glob("*.bib")) == ["ada.bib", "bob.bib"]
    before = mtimes(out)
    report = run_batch(source, out, workers=2, formats=["bibtex", "html"], options=OPTIONS, progress=False)
    assert report.processed == 0 and mtimes(out) == before  # exports added without redoing anyone
    assert (out / "ada.html").is_file() and (out / "bob.html").is_file()
    index = (out / "index.html").read_text("utf-8")
    assert 'href="ada.html"' in index and 'href="bob.html"' in index
    with pytest.raises(ExtractorError, match="unknown format 'docx'"):
        run_batch(source, out, formats=["docx"], options=OPTIONS, progress=False)


# --- the batch -----------------------------------------------------------------------------


def test_batch_accounts_for_every_file(tmp_path: Path) -> None:
    source, out = tmp_path / "in", tmp_path / "out"
    made = make_people(source, 16)
    report = run_batch(source, out, workers=2, jsonl=True, options=OPTIONS, progress=False)
    rows = read_summary(out)
    assert report.people == report.processed == len(made) == len(rows)
    for row in rows:
        if row["status"] != "ok":  # a failed person is a row with a reason, never an empty profile file
            assert row["reason"] and not (out / f"{row['person']}.json").exists(), row
            continue
        data = json.loads((out / f"{row['person']}.json").read_text("utf-8"))
        assert not list(VALIDATOR.iter_errors(data)), row["person"]
    accounted = sum(int(r["documents_read"]) + int(r["files_skipped"]) + int(r["files_failed"]) for r in rows)
    assert accounted == sum(made.values())
    manifest = [json.loads(line) for line in (out / MANIFEST).read_text("utf-8").splitlines()]
    listed = [f["path"] for entry in manifest for f in entry["files"]]
    on_disk = [str(p.relative_to(source)) for p in source.rglob("*") if p.is_file()]
    assert sorted(listed) == sorted(on_disk)
    by_person = {row["person"]: row["files"] for row in rows}
    for entry in manifest:  # and each is named, with its fate, in its person's summary row
        for f in entry["files"]:
            assert f"{f['path']}: {f['fate']}" in by_person[entry["person"]], f
    errors = [json.loads(line) for line in (out / ERRORS).read_text("utf-8").splitlines()]
    failed = {f["path"] for entry in manifest for f in entry["files"] if f["fate"] == "failed"}
    assert failed and {e["file"] for e in errors if e["status"] != "skipped"} == failed
    assert {r["person"]: r["status"] for r in rows}["only-broken"] == "failed"
    assert len((out / PEOPLE).read_text("utf-8").splitlines()) == sum(r["status"] == "ok" for r in rows)
    assert all(len(p.name.encode()) <= batch.MAX_STEM_BYTES + 5 for p in out.glob("*.json"))
    assert not list(out.glob(".*.tmp")) and not list(tmp_path.glob("*.json"))  # nothing outside OUTPUT_DIR


def test_rerun_skips_unchanged_people_and_redoes_changed_ones(tmp_path: Path) -> None:
    full, out = tmp_path / "all", tmp_path / "out"
    made = make_people(full, 10)
    run_batch(full, out, workers=2, options=OPTIONS, progress=False)
    before = mtimes(out)
    time.sleep(0.01)
    report = run_batch(full, out, workers=2, options=OPTIONS, progress=False)
    assert report.processed == 0 and report.resumed == len(made)
    assert mtimes(out) == before
    assert len(read_summary(out)) == len(made)
    # one changed input: only its person is redone
    changed = next(p for p in sorted(full.iterdir()) if p.is_dir() and p.name != "only-broken")
    first_file = next(
        p for p in sorted(changed.iterdir()) if p.is_file() and p.suffix in {".txt", ".md", ".html"}
    )
    first_file.write_text(first_file.read_text("utf-8") + "\nAwards\nBest Paper Award, 2023\n", "utf-8")
    report = run_batch(full, out, workers=2, options=OPTIONS, progress=False)
    assert [r.name for r in report.results] == [changed.name]
    # a deleted output is redone; --force redoes everyone
    (out / f"{report.results[0].key}.json").unlink()
    assert run_batch(full, out, workers=1, options=OPTIONS, progress=False).processed == 1
    assert run_batch(full, out, workers=2, force=True, options=OPTIONS, progress=False).processed == len(made)


def test_a_subset_then_the_full_set_does_not_redo_the_first(tmp_path: Path) -> None:
    source, out = tmp_path / "in", tmp_path / "out"
    made = make_people(source, 10)
    parked = tmp_path / "parked"
    parked.mkdir()
    later = sorted(made)[len(made) // 2 :]
    for name in later:  # the second half is not there yet
        shutil.move(source / name, parked / name)
    first = run_batch(source, out, workers=2, options=OPTIONS, progress=False)
    before = mtimes(out)
    for name in later:
        shutil.move(parked / name, source / name)
    second = run_batch(source, out, workers=2, options=OPTIONS, progress=False)
    assert second.resumed == first.processed and second.processed == len(later)
    after = mtimes(out)
    assert all(after[name] == stamp for name, stamp in before.items())
    assert len(read_summary(out)) == len(made)


KILLED_RUN = textwrap.dedent(
    """
    import sys
    from extractor.batch import run_batch
    from extractor.options import ExtractOptions
    run_batch(sys.argv[1], sys.argv[2], workers=1, options=ExtractOptions(use_nlp=False), progress=True)
    """
)


def test_killed_halfway_then_rerun_finishes_the_rest(tmp_path: Path) -> None:
    source, out = tmp_path / "in", tmp_path / "out"
    made = make_people(source, 30, seed=5)
    process = subprocess.Popen(
        [sys.executable, "-c", KILLED_RUN, str(source), str(out)],
        cwd=ROOT,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    manifest = out / MANIFEST
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and process.poll() is None:
        if manifest.is_file() and len(manifest.read_text("utf-8").splitlines()) >= 5:
            break
        time.sleep(0.02)
    os.killpg(process.pid, signal.SIGKILL)  # the batch, its worker and the forkserver
    process.wait(timeout=30)
    finished = {
        json.loads(line)["person"] for line in manifest.read_text("utf-8").splitlines() if line.strip()
    }
    assert 5 <= len(finished) < len(made), "the run was not killed halfway"
    for path in out.glob("*.json"):
        json.loads(path.read_text("utf-8"))  # atomic writes: no half-written profile
    before = {name: stamp for name, stamp in mtimes(out).items() if name[: -len(".json")] in finished}
    report = run_batch(source, out, workers=2, options=OPTIONS, progress=False)
    assert report.resumed >= len(finished) and report.processed == len(made) - report.resumed
    after = mtimes(out)
    assert all(after[name] == stamp for name, stamp in before.items())
    assert len(read_summary(out)) == len(made)


def test_output_inside_input_is_not_a_person(tmp_path: Path) -> None:
    shutil.copy(GOOD[6], tmp_path / "jane.txt")
    run_batch(tmp_path, tmp_path / "out", workers=1, options=OPTIONS, progress=False)
    report = run_batch(tmp_path, tmp_path / "out", workers=1, options=OPTIONS, progress=False)
    assert report.people == 1


def test_plain_progress_lines_off_a_terminal(tmp_path: Path) -> None:
    import io

    shutil.copy(GOOD[6], tmp_path / "jane.txt")
    stream = io.StringIO()
    run_batch(tmp_path, tmp_path / "out", workers=1, options=OPTIONS, stream=stream)
    lines = stream.getvalue().splitlines()
    assert lines[0].startswith("extract batch: [1/1] jane: ok (1 read") and lines[-1].startswith(
        "extract batch: done"
    )


def test_dask_engine_on_a_local_cluster(tmp_path: Path) -> None:
    pytest.importorskip("dask.distributed")
    source, out = tmp_path / "in", tmp_path / "out"
    made = make_people(source, 6)
    report = run_batch(source, out, workers=2, engine="dask", options=OPTIONS, progress=False)
    assert report.processed == len(made) == len(read_summary(out))
    assert report.statuses["ok"] == len(made) - 1 and report.statuses["failed"] == 1
