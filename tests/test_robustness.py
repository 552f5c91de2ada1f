"""Hostile and broken inputs end in their documented outcome, through the CLI and under the guard.

The corpus comes from ``scripts/make_hostile_corpus.py`` (run here as one command into tmp_path);
each case states its outcome: ``error`` (exit 1, exactly one stderr line, no traceback),
``ok`` (exit 0, a valid profile, a given warning or text) or ``clean`` (either, never a traceback,
hang or crash). The guard's own behaviour (timeouts, crashes, memory cap, recycling) is tested
with small module-level targets that misbehave on purpose.
"""

from __future__ import annotations

import ctypes
import io
import json
import os
import socket
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extractor.guard import DocumentGuard, GuardedResult, extract_guarded, extract_guarded_detailed
from extractor.options import ExtractOptions, Limits
from extractor.pipeline import extract
from extractor.schema import build_profile_schema
from tests.conftest import FIXTURES, ROOT, load_script

SCRIPT = ROOT / "scripts" / "make_hostile_corpus.py"
corpus_script = load_script(SCRIPT, "make_hostile_corpus")

CASES = {case.name: case for case, _ in corpus_script.plan()}
CLI_CASES = [name for name, case in CASES.items() if case.cli]
OPTIONS = ExtractOptions(use_nlp=False)  # the model is not what is under test
# tighter than the defaults so the bombs end quickly; the defaults are exercised by test_defaults
LIMITS = Limits(timeout=10.0, memory_bytes=1024**3)
VALIDATOR = jsonschema.Draft202012Validator(build_profile_schema())
IS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("hostile")
    subprocess.run([sys.executable, str(SCRIPT), str(out)], check=True, cwd=ROOT, timeout=300)
    yield out
    for path in out.iterdir():  # let pytest clean up the mode-000 file
        if not path.is_dir():
            path.chmod(0o600)


@pytest.fixture(scope="module")
def guard() -> DocumentGuard:
    with DocumentGuard(LIMITS) as shared:  # one warm worker for the whole corpus, as in a batch
        yield shared


def skip_if_meaningless(name: str) -> None:
    if CASES[name].root_skip and IS_ROOT:
        pytest.skip("permissions do not apply to root")


def check_profile(data: dict[str, Any], name: str) -> None:
    case = CASES[name]
    errors = sorted(VALIDATOR.iter_errors(data), key=lambda e: list(e.path))
    assert not errors, (name, errors[0].message, list(errors[0].path))
    text = json.dumps(data, ensure_ascii=False, indent=2)
    if case.warning:
        assert any(case.warning in w for w in data["warnings"]), (name, data["warnings"])
    if case.contains:
        assert case.contains in text, (name, case.contains)
    if case.absent:
        assert case.absent not in text, (name, case.absent)
    assert len(text) < 1_000_000, (name, "the profile carries a megabyte of the input")


def test_the_corpus_has_at_least_30_cases(corpus: Path) -> None:
    records = json.loads((corpus / "corpus.json").read_text("utf-8"))
    assert len(records) >= 30
    assert [r["name"] for r in records] == list(CASES)


@pytest.mark.parametrize("name", CLI_CASES)
def test_cli_outcome(name: str, corpus: Path) -> None:
    skip_if_meaningless(name)
    case, path = CASES[name], corpus / name
    result = subprocess.run(
        [sys.executable, "-m", "extractor", "--no-nlp", str(path)],
        capture_output=True,
        cwd=ROOT,
        timeout=180,
        check=False,
    )
    stderr = result.stderr.decode("utf-8", "replace")
    assert "Traceback" not in stderr, (name, stderr[-2000:])
    assert result.returncode in (0, 1), (name, result.returncode, stderr[-2000:])
    if case.expect == "error" or (case.expect == "clean" and result.returncode == 1):
        assert result.returncode == 1, name
        assert result.stdout == b"", name
        lines = stderr.splitlines()
        assert len(lines) == 1, (name, lines)
        assert lines[0].startswith(f"extract: {path}: "), (name, lines[0])
        assert case.reason in lines[0], (name, lines[0])
    else:
        assert result.returncode == 0, (name, stderr)
        # a success prints nothing on stderr but the profile's warnings, one line each
        data = json.loads(result.stdout)
        assert all(line.startswith("extract: warning: ") for line in stderr.splitlines()), (name, stderr)
        assert len(stderr.splitlines()) == len(data["warnings"]), (name, stderr)
        check_profile(data, name)


@pytest.mark.parametrize("name", list(CASES))
def test_guarded_outcome(name: str, corpus: Path, guard: DocumentGuard) -> None:
    skip_if_meaningless(name)
    case, path = CASES[name], str(corpus / name)
    started = time.monotonic()
    result, outcomes = extract_guarded_detailed([path], OPTIONS, guard=guard)
    elapsed = time.monotonic() - started
    assert len(outcomes) == 1
    outcome = outcomes[0]
    allowed = case.guard or {"error": ["failed"], "ok": ["ok"], "clean": ["ok", "failed"]}[case.expect]
    assert outcome.status in allowed, (name, outcome.status, outcome.error)
    assert elapsed < LIMITS.timeout + 15, (name, elapsed)  # killed at the limit, never a hang
    if outcome.status == "ok":
        assert result.profile is not None and result.errors == ()
        check_profile(result.profile.model_dump(mode="json"), name)
    else:
        assert result.profile is None and len(result.errors) == 1, name
        assert outcome.error and "\n" not in outcome.error, (name, outcome.error)
        assert case.reason in result.errors[0].reason, (name, result.errors[0].reason)


def test_a_bomb_beside_a_good_document_still_gives_the_profile(corpus: Path, guard: DocumentGuard) -> None:
    good = str(FIXTURES / "cv-plain-pdf" / "cv.pdf")
    result = extract_guarded([str(corpus / "bomb-content.pdf"), good], OPTIONS, guard=guard)
    assert result.profile is not None and result.profile.name
    assert [e.path for e in result.errors] == [str(corpus / "bomb-content.pdf")]
    assert any("bomb-content.pdf: could not be read" in w for w in result.profile.warnings)


def test_defaults() -> None:
    """The documented defaults: 60 s, 2 GiB, 50 documents per worker, 50 MB, 100 pages, 2 M characters."""
    limits, options = Limits(), ExtractOptions()
    assert (limits.timeout, limits.memory_bytes, limits.documents_per_worker) == (60.0, 2 * 1024**3, 50)
    assert (options.max_file_bytes, options.max_pages, options.max_chars) == (50 * 1024**2, 100, 2_000_000)


# --- the guard itself, with targets that misbehave on purpose (module level: sent to the worker by name)


def sleeps(path: str, options: ExtractOptions, index: int) -> Any:
    time.sleep(600)


def aborts(path: str, options: ExtractOptions, index: int) -> Any:
    os.abort()  # what pypdfium2 does when an allocation fails under the cap


def segfaults(path: str, options: ExtractOptions, index: int) -> Any:
    return ctypes.string_at(0)


def hogs_memory(path: str, options: ExtractOptions, index: int) -> Any:
    return bytearray(3 * 1024**3)


def recurses(path: str, options: ExtractOptions, index: int) -> Any:
    def down(n: int) -> int:
        return down(n + 1)

    return down(0)


def raises(path: str, options: ExtractOptions, index: int) -> Any:
    raise ValueError("a bug\nwith two lines")


def pid(path: str, options: ExtractOptions, index: int) -> Any:
    return os.getpid()


GOOD = str(FIXTURES / "homepage-text" / "homepage.txt")


TIGHT = Limits(timeout=3.0, memory_bytes=1024**3)


def run_target(target: Any, limits: Limits = TIGHT) -> GuardedResult:
    with DocumentGuard(limits) as guard:
        result = guard.run(GOOD, OPTIONS, target=target)
        after = guard.run(GOOD, OPTIONS)  # the guard goes on with a fresh worker
    assert after.status == "ok", after
    return result


def test_timeout_kills_the_worker() -> None:
    started = time.monotonic()
    result = run_target(sleeps)
    assert result.status == "timeout" and result.error == "timed out after 3 s (time limit)"
    assert time.monotonic() - started < 30


@pytest.mark.parametrize(("target", "signal_name"), [(aborts, "SIGABRT"), (segfaults, "SIGSEGV")])
def test_a_dying_worker_is_crashed_not_fatal(target: Any, signal_name: str) -> None:
    result = run_target(target)
    assert result.status == "crashed" and signal_name in (result.error or ""), result


def test_memory_cap_is_too_large() -> None:
    result = run_target(hogs_memory)
    assert result.status == "too_large" and result.error == "ran out of memory (limit 1 GiB)"


def test_recursion_and_bugs_are_failed_in_one_line() -> None:
    assert run_target(recurses).error == "nested too deeply to read (recursion limit)"
    result = run_target(raises)
    assert result.status == "failed" and result.error == "internal error while extracting (ValueError: a bug)"


def test_workers_are_recycled() -> None:
    with DocumentGuard(Limits(documents_per_worker=3)) as guard:
        pids = [guard.run(GOOD, OPTIONS, target=pid).extraction for _ in range(7)]
        assert guard.workers_started == 3
    assert len(set(pids)) == 3 and os.getpid() not in pids


def test_oversized_file_is_refused_without_a_worker(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_bytes(b"a" * 2048)
    with DocumentGuard() as guard:
        result = guard.run(str(big), ExtractOptions(use_nlp=False, max_file_bytes=1024))
        assert result.status == "too_large" and guard.workers_started == 0


def test_stdin_is_handed_to_the_worker(monkeypatch: pytest.MonkeyPatch) -> None:
    data = (FIXTURES / "homepage-text" / "homepage.txt").read_bytes()
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    result = extract_guarded(["-"], OPTIONS)
    assert result.profile is not None and result.profile.sources[0].path == "-"
    plain = extract([str(FIXTURES / "homepage-text" / "homepage.txt")], OPTIONS).profile
    assert plain is not None and result.profile.name == plain.name and result.profile.publications


def test_nothing_is_fetched(corpus: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Links, scripts, frames, refreshes and actions in documents are never followed."""

    def no_network(*args: object, **kwargs: object) -> None:
        raise AssertionError(f"network access attempted: {args}")

    monkeypatch.setattr(socket.socket, "connect", no_network)
    monkeypatch.setattr(socket, "create_connection", no_network)
    monkeypatch.setattr(socket, "getaddrinfo", no_network)
    names = ["active-content.html", "javascript-actions.pdf", "data-uris.html", "malformed.html"]
    for name in names:
        result = extract([str(corpus / name)], OPTIONS)
        assert result.profile is not None, name


# --- property: the guard changes where the work runs, never its result ----------------------------------


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=st.text(min_size=1, max_size=300))
def test_guarded_and_unguarded_extraction_agree(text: str, tmp_path_factory: pytest.TempPathFactory) -> None:
    path = tmp_path_factory.mktemp("agree") / "input.txt"
    path.write_bytes(text.encode("utf-8", "surrogatepass"))
    plain = extract([str(path)], OPTIONS)
    guarded = extract_guarded([str(path)], OPTIONS, guard=_shared_guard())
    assert guarded.profile == plain.profile, text
    assert [str(e) for e in guarded.errors] == [str(e) for e in plain.errors], text


_GUARDS: list[DocumentGuard] = []


def _shared_guard() -> DocumentGuard:
    if not _GUARDS:
        _GUARDS.append(DocumentGuard(Limits(timeout=30.0)))
    return _GUARDS[0]


def teardown_module() -> None:
    for guard in _GUARDS:
        guard.close()
