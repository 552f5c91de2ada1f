"""Batch: one profile per person over a folder of people; parallel, resumable, never stopped by one file.

Input -> output: ``run_batch(INPUT_DIR, OUTPUT_DIR, ...) -> BatchReport``, writing into OUTPUT_DIR

    <person>.json             one profile per person (an empty profile with warnings if nothing was read)
    summary.csv               one row per person for a committee, every input file accounted for
    errors.jsonl              one line per file that could not be read (and per person that failed)
    people.jsonl              with ``jsonl=True``: one compact profile per line
    <person>.bib, .html, ...  with ``formats``: the exports of ``extractor.export`` (and index.html for html)
    .extract-manifest.jsonl   resume state: input hashes and outcomes, one line per finished person

People: each sub-folder of INPUT_DIR is one person (its files found recursively); each file
directly in INPUT_DIR is one person. Hidden files, symbolic links and the assets of saved web
pages (images, CSS, scripts, fonts) are *skipped*, and say so; every other file is read (its type
sniffed from its bytes) or *failed*, with the reason. Output names come from ``safe_name``: folder
names such as ``../../x`` or ``CON`` cannot escape OUTPUT_DIR or clash with our own files.

The per-person work is ``process_person``, which never raises, so any executor can run it:
- engine "process" (default): N guarded worker processes (``extractor.guard``), each driven by a
  thread of this process. The parent only hashes, assembles and writes; documents are read in
  the workers, under the time and memory limits, and a worker is recycled every 50 documents.
- engine "dask": the same function on Dask distributed (``pip install 'extractor[dask]'``), on a
  LocalCluster of N single-thread workers or on ``scheduler="tcp://host:8786"`` (the workers must
  see INPUT_DIR at the same path; start them with ``DASK_DISTRIBUTED__WORKER__DAEMON=False`` so
  that they may start guarded readers, else documents are read unguarded with a warning).

Resuming: after each person, its output is written atomically and a manifest line appended. A
rerun skips a person whose inputs hash the same (with the same options and extractor version)
and whose ``<person>.json`` exists; ``force=True`` redoes everyone. Summary files are rebuilt
from the manifest at the end of every run, so they cover the people finished in earlier runs.
"""

from __future__ import annotations

import csv
import dataclasses
import functools
import hashlib
import io
import json
import logging
import os
import queue
import re
import sys
import time
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Literal, TextIO

from extractor.errors import ExtractorError, InputError
from extractor.files import write_atomic
from extractor.guard import DocumentGuard, GuardedResult, extract_guarded_detailed, thread_guard
from extractor.options import ExtractOptions, Limits
from extractor.profile import Profile

logger = logging.getLogger(__name__)

PersonStatus = Literal["ok", "failed", "timeout", "too_large"]
FileFate = Literal["read", "skipped", "failed"]
Engine = Literal["process", "dask"]

MANIFEST = ".extract-manifest.jsonl"
SUMMARY = "summary.csv"
ERRORS = "errors.jsonl"
PEOPLE = "people.jsonl"
# Files of a saved web page ("index_files/") and other things that are never a person's document.
ASSET_SUFFIXES = frozenset(
    {".css", ".js", ".mjs", ".map", ".png", ".jpg", ".jpeg", ".gif", ".svg", ".ico", ".webp", ".bmp",
     ".tif", ".tiff", ".avif", ".woff", ".woff2", ".ttf", ".otf", ".eot", ".mp3", ".mp4", ".webm",
     ".mov", ".wav", ".json", ".xml", ".zip", ".gz", ".tgz", ".7z", ".rar", ".exe", ".dll", ".so"}
)  # fmt: skip
SYSTEM_FILES = frozenset({"thumbs.db", "desktop.ini", ".ds_store", "icon\r"})
WINDOWS_RESERVED = frozenset(
    ["CON", "PRN", "AUX", "NUL"] + [f"COM{i}" for i in range(1, 10)] + [f"LPT{i}" for i in range(1, 10)]
)
# Our own output stems: "index" would overwrite the html index page; the others only sit beside
# summary.csv, errors.jsonl and people.jsonl, but keeping them free avoids confusing listings.
RESERVED_STEMS = frozenset({"summary", "errors", "people", "index"})
MAX_STEM_BYTES = 120  # file systems allow 255; room for ".json" and a collision suffix
TOP_VENUES = 3
SUMMARY_FIELDS = (
    "person",
    "status",
    "reason",
    "name",
    "position",
    "affiliation",
    "phd_institution",
    "phd_year",
    "phd_expected",
    "publications",
    "first_author_publications",
    "top_venues",
    "documents_read",
    "files_skipped",
    "files_failed",
    "warnings",
    "files",
    "seconds",
)
# A cell a spreadsheet would run as a formula ("=HYPERLINK(...)" in a hostile CV) is quoted.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


@dataclass(frozen=True, slots=True)
class Person:
    """One person's inputs: ``key`` is the safe output stem, ``name`` the folder or file name as found."""

    key: str
    name: str
    files: tuple[str, ...]
    skipped: tuple[tuple[str, str], ...] = ()  # (path, reason)


@dataclass(frozen=True, slots=True)
class FileOutcome:
    path: str
    fate: FileFate
    status: str  # ok | skipped | failed | timeout | too_large | crashed
    reason: str | None = None
    seconds: float = 0.0
    pages: int | None = None
    peak_rss: int | None = None


@dataclass(frozen=True, slots=True)
class PersonResult:
    """What ``process_person`` returns: always a profile (JSON-ready), every file's fate, timings."""

    key: str
    name: str
    status: PersonStatus
    profile: dict[str, Any]
    files: tuple[FileOutcome, ...]
    seconds: float
    error: str | None = None


@dataclass(slots=True)
class BatchReport:
    """What ``run_batch`` did; ``results`` holds the people processed in this run (not the resumed)."""

    people: int = 0
    processed: int = 0
    resumed: int = 0
    statuses: Counter[str] = field(default_factory=Counter)
    files: Counter[str] = field(default_factory=Counter)  # read / skipped / failed, over all people
    seconds: float = 0.0
    results: list[PersonResult] = field(default_factory=list)
    ignored: list[tuple[str, str]] = field(default_factory=list)  # top-level files that are no one's
    gone: list[str] = field(default_factory=list)  # people of earlier runs whose input is no longer there
    pruned: list[str] = field(default_factory=list)  # of those, the ones whose outputs were removed

    @property
    def unchanged(self) -> bool:
        """Nothing was redone: every person's outcome is the one of its last real run."""
        return self.processed == 0 and self.people > 0


# --- people and names -----------------------------------------------------------------------------


def safe_name(name: str) -> str:
    """A file stem that stays inside the output folder on every OS: letters of any script, digits, ``_-``.

    No dots at all: no "..", no hidden files, and no stem that ends like an export's double
    extension ("x.resume" + ".json" would be the JSON Resume export of "x").

    >>> safe_name("../../x"), safe_name("Jane Doe (2024)"), safe_name("CON"), safe_name("张伟")
    ('x', 'Jane_Doe_2024', '_CON', '张伟')
    """
    stem = unicodedata.normalize("NFKC", name)
    stem = re.sub(r"[^\w-]+", "_", stem)  # separators, dots, spaces, quotes, control characters
    stem = re.sub(r"_{2,}", "_", stem).strip("_- ")
    if not stem:
        stem = "person"
    if stem.upper() in WINDOWS_RESERVED or stem.casefold() in RESERVED_STEMS:
        stem = f"_{stem}"
    if len(stem.encode("utf-8")) > MAX_STEM_BYTES:
        digest = hashlib.sha256(name.encode("utf-8", "surrogatepass")).hexdigest()[:8]
        stem = stem.encode("utf-8")[: MAX_STEM_BYTES - 9].decode("utf-8", "ignore") + f"-{digest}"
    return stem


def skip_reason(path: Path) -> str | None:
    """Why a file in a person's folder is not read, or None to read it."""
    if path.name.startswith(".") or path.name.casefold() in SYSTEM_FILES:
        return "hidden or system file"
    if path.is_symlink():
        return "symbolic link (not followed)"
    if path.suffix.casefold() in ASSET_SUFFIXES:
        return f"not a document ({path.suffix.casefold()})"
    return None


def person_from_dir(folder: Path, key: str | None = None) -> Person:
    """A person's folder: its files, read recursively; hidden and linked sub-folders are skipped whole."""
    files: list[str] = []
    skipped: list[tuple[str, str]] = []
    for root, dirs, names in os.walk(folder, followlinks=False):
        for name in list(dirs):
            path = Path(root, name)
            if name.startswith(".") or path.is_symlink():
                dirs.remove(name)
                skipped.append((str(path), "hidden or linked folder (not read)"))
        dirs.sort()
        for name in sorted(names):
            path = Path(root, name)
            reason = skip_reason(path)
            if reason is None:
                files.append(str(path))
            else:
                skipped.append((str(path), reason))
    return Person(
        key=key or safe_name(folder.name), name=folder.name, files=tuple(files), skipped=tuple(skipped)
    )


def discover_people(
    input_dir: Path, output_dir: Path | None = None
) -> tuple[list[Person], list[tuple[str, str]]]:
    """The people in INPUT_DIR, with unique safe keys, and the top-level entries that are no one's.

    Raises:
        InputError: INPUT_DIR is missing or not a directory.
    """
    if not input_dir.is_dir():
        raise InputError(str(input_dir), "no such directory" if not input_dir.exists() else "not a directory")
    people: list[Person] = []
    ignored: list[tuple[str, str]] = []
    out = output_dir.resolve() if output_dir is not None else None
    for entry in sorted(input_dir.iterdir()):
        if out is not None and entry.resolve() == out:
            continue  # OUTPUT_DIR inside INPUT_DIR is not a person
        if entry.is_dir() and not entry.is_symlink():
            if entry.name.startswith("."):
                ignored.append((str(entry), "hidden folder"))
                continue
            people.append(person_from_dir(entry))
            continue
        reason = skip_reason(entry) if entry.is_file() or entry.is_symlink() else "not a regular file"
        if reason is not None:
            ignored.append((str(entry), reason))
        else:
            people.append(Person(key=safe_name(entry.stem), name=entry.name, files=(str(entry),)))
    return _unique_keys(people), ignored


def _unique_keys(people: list[Person]) -> list[Person]:
    """The first of several people with one stem keeps it; the others get a suffix from their own name."""
    seen: set[str] = set()
    unique: list[Person] = []
    for person in people:
        key = person.key
        if key.casefold() in seen:
            key = f"{key}-{hashlib.sha256(person.name.encode('utf-8', 'surrogatepass')).hexdigest()[:8]}"
        seen.add(key.casefold())
        unique.append(dataclasses.replace(person, key=key))
    return unique


# --- one person -----------------------------------------------------------------------------------


def process_person(
    person: Person | str | os.PathLike[str] | Sequence[str],
    options: ExtractOptions | None = None,
    limits: Limits | None = None,
    guard: DocumentGuard | None = None,
) -> PersonResult:
    """One person's documents -> PersonResult. Never raises (but lets KeyboardInterrupt through).

    Args:
        person: a Person, a folder (one person), or a list of files.
        guard: the worker to read documents in; by default this thread's own (kept warm).
    """
    started = time.monotonic()
    options = options or ExtractOptions()
    limits = limits or Limits()
    try:
        person = _as_person(person)
        files, skipped = list(person.files), person.skipped
        guard = guard or thread_guard(limits)
        result, outcomes = extract_guarded_detailed(files, options, guard=guard) if files else (None, [])
        fates = [_fate(o) for o in outcomes] + [FileOutcome(p, "skipped", "skipped", r) for p, r in skipped]
        profile = result.profile if result is not None else None
        if profile is None:
            warnings = [f"{o.path}: could not be read ({o.reason})" for o in fates if o.fate == "failed"]
            profile = Profile(warnings=warnings or ["no document to read"])
            status = _failed_status(outcomes)
            error = "no document could be read" if files else "no document to read"
        else:
            status, error = "ok", None
        return PersonResult(
            key=person.key,
            name=person.name,
            status=status,
            profile=profile.model_dump(mode="json"),
            files=tuple(fates),
            seconds=time.monotonic() - started,
            error=error,
        )
    except Exception as e:  # an extractor bug must not stop the batch: this person is failed, with why
        logger.exception("person %s failed", getattr(person, "name", person))
        key, name = _fallback_names(person)
        message = f"internal error ({type(e).__name__}: {e})"
        return PersonResult(
            key=key,
            name=name,
            status="failed",
            profile=Profile(warnings=[message]).model_dump(mode="json"),
            files=(),
            seconds=time.monotonic() - started,
            error=message,
        )


def _as_person(person: Person | str | os.PathLike[str] | Sequence[str]) -> Person:
    if isinstance(person, Person):
        return person
    if isinstance(person, str | os.PathLike):
        path = Path(person)
        if path.is_dir():
            return person_from_dir(path)
        return Person(key=safe_name(path.stem), name=path.name, files=(str(path),))
    files = tuple(str(p) for p in person)
    first = Path(files[0]) if files else Path("person")
    return Person(key=safe_name(first.stem), name=first.name, files=files)


def _fallback_names(person: object) -> tuple[str, str]:
    if isinstance(person, Person):
        return person.key, person.name
    text = str(person)
    return safe_name(Path(text).stem or text), text


def _fate(outcome: GuardedResult) -> FileOutcome:
    pages = outcome.extraction.source.pages if outcome.extraction is not None else None
    fate: FileFate = "read" if outcome.ok else "failed"
    return FileOutcome(
        outcome.path, fate, outcome.status, outcome.error, round(outcome.seconds, 3), pages, outcome.peak_rss
    )


def _failed_status(outcomes: Sequence[GuardedResult]) -> PersonStatus:
    statuses = {o.status for o in outcomes}
    if "timeout" in statuses:
        return "timeout"
    if "too_large" in statuses:
        return "too_large"
    return "failed"


# --- the batch ------------------------------------------------------------------------------------


def engine_problem(engine: str) -> str | None:
    """Why ``engine`` cannot run here (a missing optional extra), or None."""
    if engine == "process":
        return None
    if engine == "dask":
        try:
            import dask.distributed  # noqa: F401
        except ImportError:
            return "--engine dask needs the optional extra: pip install 'extractor[dask]'"
        return None
    return f"unknown engine {engine!r} (expected process or dask)"


def run_batch(
    input_dir: str | os.PathLike[str],
    output_dir: str | os.PathLike[str],
    workers: int | None = None,
    force: bool = False,
    jsonl: bool = False,
    engine: str = "process",
    scheduler: str | None = None,
    formats: Iterable[str] | None = None,
    progress: bool = True,
    options: ExtractOptions | None = None,
    limits: Limits | None = None,
    stream: TextIO | None = None,
    prune: bool = False,
    redact: bool = False,
) -> BatchReport:
    """Extract every person in INPUT_DIR into OUTPUT_DIR (see the module docstring for the layout).

    Args:
        workers: parallel workers (default: the number of CPUs).
        force: redo everyone, even people whose inputs and output are unchanged.
        jsonl: also write people.jsonl.
        engine: "process" (guarded worker processes) or "dask".
        scheduler: a Dask scheduler address; default a LocalCluster of ``workers`` workers.
        formats: exports written beside each ``<person>.json`` (``extractor.export.FORMATS``:
            jsonresume, csl-json, bibtex, html; html also writes ``index.html``, a table of everyone).
        progress: a progress bar on a terminal, one log line per person otherwise.
        stream: where progress goes (default stderr).
        prune: remove the outputs of people whose input is gone since an earlier run (they are
            reported in ``BatchReport.gone`` either way).
        redact: blind review (``extractor.redact``): profiles without identity, outputs named
            ``candidate-<hash>`` instead of the folder name, file names replaced in the summaries.

    Raises:
        InputError: INPUT_DIR is not a directory, or holds no document at all.
        ExtractorError: the engine cannot run (a missing optional extra), or an unknown format.
    """
    started = time.monotonic()
    source, target = Path(input_dir), Path(output_dir)
    problem = engine_problem(engine)
    if problem:
        raise ExtractorError(problem)
    options, limits = options or ExtractOptions(), limits or Limits()
    workers = max(1, workers or os.cpu_count() or 1)
    exports = _exports(formats)
    people, ignored = discover_people(source, target)
    if not any(p.files or p.skipped for p in people):
        raise InputError(str(source), "no documents found")
    if redact:
        people = [dataclasses.replace(p, key=redacted_key(p.key)) for p in people]
    target.mkdir(parents=True, exist_ok=True)
    manifest = _load_manifest(target / MANIFEST)
    fingerprint = _fingerprint(options) + (":redacted" if redact else "")
    digests = {p.key: _inputs_digest(p, fingerprint) for p in people}
    pending = [
        p
        for p in people
        if force or not _finished(manifest.get(p.key), digests[p.key], limits, target / f"{p.key}.json")
    ]
    report = BatchReport(people=len(people), resumed=len(people) - len(pending), ignored=ignored)
    out = stream if stream is not None else sys.stderr
    with _Progress(len(people), report.resumed, progress, out) as bar, (target / MANIFEST).open("a") as log:

        def finish(result: PersonResult) -> None:
            if redact:
                result = _redacted(result)
            if result.status == "ok":
                write_atomic(target / f"{result.key}.json", _dump(result.profile, indent=2))
                _export(target, result.key, result.profile, exports)
            else:  # a failed person is a row with a reason, never an empty profile file
                _remove_outputs(target, result.key)
            entry = _manifest_entry(result, digests[result.key], limits, source, redact)
            log.write(json.dumps(entry, ensure_ascii=False) + "\n")
            log.flush()
            os.fsync(log.fileno())
            manifest[result.key] = entry
            report.results.append(result)
            report.processed += 1
            bar.advance(result)

        if pending:
            if engine == "dask":
                _run_dask(pending, options, limits, workers, scheduler, finish)
            else:
                _run_processes(pending, options, limits, workers, finish)
    entries = [manifest[p.key] for p in people if p.key in manifest]
    current = {p.key for p in people}
    report.gone = sorted(k for k in manifest if k not in current)
    if prune:
        for key in report.gone:
            _remove_outputs(target, key)
        report.pruned = list(report.gone)
    kept_gone = [] if prune else [manifest[k] for k in report.gone]
    _write_summaries(target, entries, ignored, jsonl, redact)
    _export_missing(target, entries, exports, redact)
    for entry in entries:
        report.statuses[entry["status"]] += 1
        report.files.update(f["fate"] for f in entry["files"])
    _compact_manifest(target / MANIFEST, entries + kept_gone)  # the gone stay reported until pruned
    report.seconds = time.monotonic() - started
    return report


def _run_processes(
    pending: list[Person],
    options: ExtractOptions,
    limits: Limits,
    workers: int,
    finish: Callable[[PersonResult], None],
) -> None:
    """N guarded worker processes, each driven by one thread; results are written by the calling thread."""
    guards: queue.SimpleQueue[DocumentGuard] = queue.SimpleQueue()
    owned = [DocumentGuard(limits) for _ in range(min(workers, len(pending)))]
    for guard in owned:
        guards.put(guard)

    def job(person: Person) -> PersonResult:
        guard = guards.get()
        try:
            return process_person(person, options, limits, guard=guard)
        finally:
            guards.put(guard)

    pool = ThreadPoolExecutor(max_workers=len(owned), thread_name_prefix="extract-batch")
    try:
        futures: set[Future[PersonResult]] = {pool.submit(job, p) for p in pending}
        while futures:
            done, futures = wait(futures, return_when=FIRST_COMPLETED)
            for future in done:
                finish(future.result())
    except BaseException:
        pool.shutdown(wait=False, cancel_futures=True)
        for guard in owned:
            guard.kill()  # documents in progress end now; their people are redone on the next run
        raise
    finally:
        pool.shutdown(wait=True)
        for guard in owned:
            guard.close()


def _run_dask(
    pending: list[Person],
    options: ExtractOptions,
    limits: Limits,
    workers: int,
    scheduler: str | None,
    finish: Callable[[PersonResult], None],
) -> None:
    import dask
    from dask.distributed import Client, LocalCluster, as_completed

    # Dask workers are daemonic by default, and a daemonic process may not start the guarded reader
    with dask.config.set({"distributed.worker.daemon": False}):
        if scheduler:
            client = Client(scheduler)
            cluster = None
        else:
            cluster = LocalCluster(
                n_workers=workers,
                threads_per_worker=1,
                processes=True,
                dashboard_address=None,
                silence_logs=logging.ERROR,
            )
            client = Client(cluster)
    try:
        futures = {
            client.submit(process_person, p, options, limits, key=f"person-{p.key}", pure=False): p
            for p in pending
        }
        for future in as_completed(futures):
            person = futures[future]
            try:
                result = future.result()
            except Exception as e:  # a worker lost (KilledWorker) or a scheduler gone: this person failed
                result = _lost(person, f"{type(e).__name__}: {e}")
            finish(result)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def _lost(person: Person, why: str) -> PersonResult:
    message = f"the worker was lost ({why})"
    return PersonResult(
        key=person.key,
        name=person.name,
        status="failed",
        profile=Profile(warnings=[message]).model_dump(mode="json"),
        files=tuple(FileOutcome(p, "failed", "crashed", message) for p in person.files)
        + tuple(FileOutcome(p, "skipped", "skipped", r) for p, r in person.skipped),
        seconds=0.0,
        error=message,
    )


# --- resume state ---------------------------------------------------------------------------------


def _fingerprint(options: ExtractOptions) -> str:
    from extractor import __version__

    settings = {"version": __version__, "options": asdict(options)}
    return hashlib.sha256(json.dumps(settings, sort_keys=True, default=str).encode()).hexdigest()


def _inputs_digest(person: Person, fingerprint: str) -> str:
    digest = hashlib.sha256(fingerprint.encode())
    for path in sorted(person.files):
        digest.update(path.encode("utf-8", "surrogatepass") + b"\0")
        digest.update(_file_hash(path).encode() + b"\0")
    for path, _ in sorted(person.skipped):
        digest.update(b"skipped:" + path.encode("utf-8", "surrogatepass") + b"\0")
    return digest.hexdigest()


def _file_hash(path: str) -> str:
    digest = hashlib.sha256()
    try:
        with open(path, "rb") as handle:
            for chunk in iter(lambda: handle.read(1 << 20), b""):
                digest.update(chunk)
    except OSError as e:
        return f"unreadable:{e.errno}"
    return digest.hexdigest()


def _finished(entry: dict[str, Any] | None, digest: str, limits: Limits, output: Path) -> bool:
    """Done before: same inputs, settings and output; a failure (which has no output file) counts as
    done only under the same limits."""
    if entry is None or entry.get("digest") != digest:
        return False
    if entry.get("status") == "ok":
        return output.is_file()
    return entry.get("limits") == asdict(limits)


def redacted_key(key: str) -> str:
    """The output stem of a person in a blind review: no trace of the folder name, stable across runs."""
    return "candidate-" + hashlib.sha256(key.encode("utf-8", "surrogatepass")).hexdigest()[:10]


def _redacted(result: PersonResult) -> PersonResult:
    from extractor.redact import redact_profile

    paths = [f.path for f in result.files]
    profile = redact_profile(Profile.model_validate(result.profile), paths).model_dump(mode="json")
    return dataclasses.replace(result, profile=profile)


def _remove_outputs(target: Path, key: str) -> None:
    """A person's profile and exports (not the shared summaries)."""
    from extractor.export import EXTENSIONS

    for extension in {".json", *EXTENSIONS.values()}:
        (target / f"{key}{extension}").unlink(missing_ok=True)


def _manifest_entry(
    result: PersonResult, digest: str, limits: Limits, source: Path, redact: bool = False
) -> dict[str, Any]:
    return {
        "person": result.key,
        "name": result.name,
        "digest": digest,
        "limits": asdict(limits),
        "status": result.status,
        "error": result.error,
        "seconds": round(result.seconds, 3),
        "files": [
            {
                "path": _relative(f.path, source),
                "fate": f.fate,
                "status": f.status,
                "reason": f.reason,
                "seconds": f.seconds,
                "pages": f.pages,
            }
            for f in result.files
        ],
        "summary": _summary_row(
            result.key,
            result.status,
            result.profile,
            result.files,
            result.seconds,
            source,
            result.error,
            redact,
        ),
    }


def _load_manifest(path: Path) -> dict[str, dict[str, Any]]:
    """The last entry per person; a line cut by an interrupted run is ignored."""
    entries: dict[str, dict[str, Any]] = {}
    if not path.is_file():
        return entries
    for line in path.read_text("utf-8", errors="replace").splitlines():
        try:
            entry = json.loads(line)
        except json.JSONDecodeError:
            continue
        if isinstance(entry, dict) and isinstance(entry.get("person"), str):
            entries[entry["person"]] = entry
    return entries


def _compact_manifest(path: Path, entries: list[dict[str, Any]]) -> None:
    write_atomic(path, "".join(json.dumps(e, ensure_ascii=False) + "\n" for e in entries))


# --- outputs --------------------------------------------------------------------------------------


def _summary_row(
    key: str,
    status: str,
    profile: dict[str, Any],
    files: Sequence[FileOutcome],
    seconds: float,
    source: Path,
    reason: str | None = None,
    redact: bool = False,
) -> dict[str, Any]:
    """One typed row: numbers are ints, ``phd_expected`` a bool, text as the profile has it."""
    from extractor.export._common import top_venues

    pubs = profile.get("publications", [])
    phd = next((e for e in profile.get("education", []) if e.get("degree_level") == "doctorate"), None)
    end = (phd.get("end") or "")[:4] if phd is not None else ""
    phd_year = int(end) if end.isdigit() else None
    venues = top_venues(Profile.model_validate(profile), TOP_VENUES)
    fates = Counter(f.fate for f in files)
    shown = {f.path: f"document-{i + 1}{Path(f.path).suffix.casefold()}" for i, f in enumerate(files)}
    return {
        "person": key,
        "status": status,
        "reason": reason,
        "name": profile.get("name"),
        "position": profile.get("position"),
        "affiliation": profile.get("affiliation"),
        "phd_institution": phd.get("institution") if phd else None,
        "phd_year": phd_year,
        "phd_expected": bool(phd.get("expected")) if phd is not None else None,
        "publications": len(pubs),
        "first_author_publications": sum(
            1 for p in pubs if p.get("authors") and p["authors"][0].get("is_owner")
        ),
        "top_venues": "; ".join(venues),
        "documents_read": fates["read"],
        "files_skipped": fates["skipped"],
        "files_failed": fates["failed"],
        "warnings": " | ".join(profile.get("warnings", [])),
        "files": "; ".join(
            f"{shown[f.path] if redact else _relative(f.path, source)}: {f.fate}"
            + (f" ({f.reason})" if f.fate != "read" and f.reason else "")
            for f in files
        ),
        "seconds": round(seconds, 2),
    }


def _write_summaries(
    target: Path,
    entries: list[dict[str, Any]],
    ignored: list[tuple[str, str]],
    jsonl: bool,
    redact: bool = False,
) -> None:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=SUMMARY_FIELDS, lineterminator="\n")
    writer.writeheader()
    for entry in entries:
        writer.writerow({k: _csv_cell(v) for k, v in entry["summary"].items()})
    write_atomic(target / SUMMARY, buffer.getvalue())
    errors: list[str] = []
    for entry in entries:
        for f in entry["files"]:
            if f["fate"] == "failed":
                record = {
                    "person": entry["person"],
                    "file": _scrub_paths(f["path"], entry) if redact else f["path"],
                    "status": f["status"],
                    "reason": f["reason"] if not redact else _scrub_paths(f["reason"], entry),
                }
                errors.append(json.dumps(record, ensure_ascii=False))
        if entry["status"] != "ok" and not any(f["fate"] == "failed" for f in entry["files"]):
            record = {
                "person": entry["person"],
                "file": None,
                "status": entry["status"],
                "reason": entry["error"],
            }
            errors.append(json.dumps(record, ensure_ascii=False))
    for path, reason in [] if redact else ignored:
        record = {"person": None, "file": path, "status": "skipped", "reason": reason}
        errors.append(json.dumps(record, ensure_ascii=False))
    write_atomic(target / ERRORS, "".join(line + "\n" for line in errors))
    if jsonl:
        lines = []
        for entry in entries:
            try:
                data = json.loads((target / f"{entry['person']}.json").read_text("utf-8"))
            except (OSError, json.JSONDecodeError):
                continue
            lines.append(_dump(data, indent=None))
        write_atomic(target / PEOPLE, "".join(lines))


def _exports(formats: Iterable[str] | None) -> list[str]:
    from extractor.export import FORMATS

    chosen = sorted({f.casefold() for f in formats or ()} - {"json"})  # <person>.json is always written
    unknown = [f for f in chosen if f not in FORMATS]
    if unknown:
        raise ExtractorError(f"unknown format {unknown[0]!r}; expected one of {', '.join(FORMATS)}")
    return chosen


def _export(target: Path, key: str, profile: dict[str, Any], exports: list[str]) -> None:
    """Write ``key``'s exports; one that fails is logged and left out, the batch goes on."""
    if not exports:
        return
    from extractor.export import EXTENSIONS, render

    model = Profile.model_validate(profile)
    for fmt in exports:
        try:
            text = render(model, fmt)
            if not text.strip():  # BibTeX of no publications: no file rather than an empty one
                (target / f"{key}{EXTENSIONS[fmt]}").unlink(missing_ok=True)
                continue
            write_atomic(target / f"{key}{EXTENSIONS[fmt]}", text)
        except Exception:
            logger.exception("could not export %s as %s", key, fmt)


def _export_missing(
    target: Path, entries: list[dict[str, Any]], exports: list[str], redact: bool = False
) -> None:
    """Exports of people finished in earlier runs (with other formats), and the html index page,
    rebuilt from everyone on every run (failed people as rows with their folder name and reason)."""
    if not exports:
        return
    from extractor.export import EXTENSIONS, index_row, render_index

    rows = []
    for entry in entries:
        key = entry["person"]
        if entry["status"] != "ok":
            shown = key if redact else entry.get("name") or key
            reason = entry.get("error") or entry["status"]
            rows.append({"name": shown, "status": f"{entry['status']}: {reason}", "link": None})
            continue
        try:
            profile = json.loads((target / f"{key}.json").read_text("utf-8"))
        except (OSError, json.JSONDecodeError):
            continue
        missing = [f for f in exports if not (target / f"{key}{EXTENSIONS[f]}").is_file()]
        _export(target, key, profile, missing)
        if "html" in exports:
            rows.append(index_row(Profile.model_validate(profile), f"{key}{EXTENSIONS['html']}"))
    if "html" in exports:
        write_atomic(target / "index.html", render_index(rows, title="Profiles"))


def _scrub_paths(text: str | None, entry: dict[str, Any]) -> str | None:
    """A failure reason without the person's file paths (blind review)."""
    if text is None:
        return None
    names = {
        f["path"]: f"document-{i + 1}{Path(f['path']).suffix.casefold()}"
        for i, f in enumerate(entry["files"])
    }
    for path in sorted(names, key=len, reverse=True):
        text = text.replace(path, names[path])
    return text


def _csv_cell(value: Any) -> Any:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return "" if value is None else value


def _relative(path: str, source: Path) -> str:
    try:
        return str(Path(path).relative_to(source))
    except ValueError:
        return path


def _dump(data: Any, indent: int | None) -> str:
    if indent is None:
        return json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n"
    return json.dumps(data, ensure_ascii=False, indent=indent) + "\n"


@functools.cache


# --- progress -------------------------------------------------------------------------------------


class _Progress:
    """A rich bar with rate and ETA on a terminal; otherwise one plain line per person."""

    def __init__(self, total: int, done: int, enabled: bool, stream: TextIO) -> None:
        self.total, self.done, self.initial = total, done, done
        self.enabled, self.stream = enabled, stream
        self.bar: Any = None
        self.task: Any = None
        self.started = time.monotonic()

    def __enter__(self) -> _Progress:
        if not self.enabled:
            return self
        if self.stream.isatty():
            from rich.console import Console
            from rich.progress import (
                BarColumn,
                MofNCompleteColumn,
                Progress,
                TaskProgressColumn,
                TextColumn,
                TimeElapsedColumn,
                TimeRemainingColumn,
            )

            self.bar = Progress(
                TextColumn("[bold]extract batch"),
                BarColumn(),
                MofNCompleteColumn(),
                TaskProgressColumn(),
                TextColumn("{task.fields[rate]}"),
                TimeElapsedColumn(),
                TextColumn("ETA"),
                TimeRemainingColumn(),
                console=Console(file=self.stream),
            )
            self.bar.__enter__()
            self.task = self.bar.add_task("people", total=self.total, completed=self.done, rate="")
        elif self.done:
            self._line(f"{self.done} of {self.total} people unchanged since the last run: skipped")
        return self

    def advance(self, result: PersonResult) -> None:
        self.done += 1
        if not self.enabled:
            return
        if self.bar is not None:
            rate = (self.done - self.initial) / max(time.monotonic() - self.started, 1e-9)
            self.bar.update(self.task, advance=1, rate=f"{rate:.2f} people/s")
            return
        fates = Counter(f.fate for f in result.files)
        self._line(
            f"[{self.done}/{self.total}] {result.key}: {result.status} ({fates['read']} read, "
            f"{fates['skipped']} skipped, {fates['failed']} failed; {result.seconds:.1f} s)"
        )

    def _line(self, text: str) -> None:
        self.stream.write(f"extract batch: {text}\n")
        self.stream.flush()

    def __exit__(self, *exc: object) -> None:
        if self.bar is not None:
            self.bar.__exit__(None, None, None)
        elif self.enabled and exc[0] is None:
            processed, elapsed = self.done - self.initial, time.monotonic() - self.started
            self._line(f"done: {processed} processed, {self.initial} unchanged, in {elapsed:.1f} s")
