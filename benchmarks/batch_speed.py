"""Batch throughput: documents/s and pages/s for 1, 2 and N workers on one generated batch.

Usage:
    python benchmarks/batch_speed.py [--people 500] [--workers 1 2] [--no-nlp] [--engine dask]
                                     [--reader pdfium|pdfplumber] [--json FILE]

The batch is generated from ``fixtures/`` (each person a folder of one to three fixture
documents copied under varied names, every seventh person a lone file, a broken file in every
fifth folder), so every run measures the same work. Each worker count runs the whole batch from
scratch (``force=True``) into its own output folder, worker start-up and model loading included.
Printed per run: wall time, people/s, documents/s, PDF pages/s, and the peak resident memory of
the busiest worker process (the guard's reader; the parent only assembles and writes) and of the
parent. Then the throughput of each worker count over one worker (target for 2 workers: at least
1.8x, issue 19). Numbers, not assertions (DEVELOPERS.md): compare runs on the same machine, and
read the load average printed first: other jobs on the machine take cores from the workers.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import shutil
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from extractor.batch import run_batch  # noqa: E402
from extractor.options import ExtractOptions, PdfReader  # noqa: E402

FIXTURES = ROOT / "fixtures"
TARGET_TWO_WORKER_SPEEDUP = 1.8
BROKEN = {"empty.pdf": b"", "noise.pdf": random.Random(3).randbytes(4096)}


def fixture_documents() -> list[Path]:
    return sorted(
        p
        for p in FIXTURES.glob("*/*")
        if p.suffix in {".pdf", ".html", ".txt", ".md"} and not p.name.endswith(".pdf.md")
    )


def make_batch(root: Path, people: int, seed: int = 8) -> int:
    """Write ``people`` people under ``root``; returns the number of input files."""
    rng = random.Random(seed)
    documents = fixture_documents()
    files = 0
    for i in range(people):
        if i % 7 == 6:
            source = rng.choice(documents)
            shutil.copy(source, root / f"applicant-{i:04d}{source.suffix}")
            files += 1
            continue
        folder = root / f"applicant-{i:04d}"
        folder.mkdir()
        for j, source in enumerate(rng.sample(documents, rng.randint(1, 3))):
            shutil.copy(source, folder / f"{j}-{source.name}")
            files += 1
        if i % 5 == 4:
            name, data = rng.choice(sorted(BROKEN.items()))
            (folder / name).write_bytes(data)
            files += 1
    return files


def measure(source: Path, out: Path, workers: int, options: ExtractOptions, engine: str) -> dict[str, object]:
    started = time.perf_counter()
    report = run_batch(
        source, out, workers=workers, force=True, engine=engine, progress=False, options=options
    )
    seconds = time.perf_counter() - started
    read = [f for r in report.results for f in r.files if f.fate == "read"]
    pages = sum(f.pages or 0 for f in read)
    peaks = [f.peak_rss for r in report.results for f in r.files if f.peak_rss]
    reasons = Counter(f.reason for r in report.results for f in r.files if f.fate == "failed")
    return {
        "workers": workers,
        "engine": engine,
        "people": report.people,
        "documents": len(read),
        "failed": report.files["failed"],
        "pdf_pages": pages,
        "seconds": round(seconds, 2),
        "people_per_s": round(report.people / seconds, 2),
        "documents_per_s": round(len(read) / seconds, 2),
        "pages_per_s": round(pages / seconds, 2),
        "peak_worker_mb": round(max(peaks, default=0) / 2**20),
        "peak_parent_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
        "failures": dict(reasons.most_common(3)),
    }


def reasons_of(row: dict[str, object]) -> list[tuple[str, int]]:
    failures = row["failures"]
    return sorted(failures.items(), key=lambda kv: -kv[1]) if isinstance(failures, dict) else []


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Batch throughput for 1, 2 and N workers.")
    parser.add_argument("--people", type=int, default=500)
    parser.add_argument("--workers", type=int, nargs="*", default=None, help="default: 1 and 2")
    parser.add_argument("--no-nlp", action="store_true", help="rules only (no spaCy model)")
    parser.add_argument("--engine", default="process", choices=["process", "dask"])
    parser.add_argument("--reader", default="pdfium", choices=[r.value for r in PdfReader])
    parser.add_argument("--json", type=Path, default=None, help="also write the rows here")
    args = parser.parse_args(argv)
    counts = sorted(set(args.workers or [1, 2]))
    options = ExtractOptions(use_nlp=not args.no_nlp, reader=PdfReader(args.reader))
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    print(f"{os.cpu_count()} CPUs, load average {load}")
    rows = []
    with tempfile.TemporaryDirectory(prefix="extractor-batch-speed-") as tmp:
        source = Path(tmp) / "in"
        source.mkdir()
        files = make_batch(source, args.people)
        print(
            f"{args.people} people, {files} files, nlp={'off' if args.no_nlp else 'on'}, "
            f"engine={args.engine}, reader={args.reader}"
        )
        header = (
            f"{'workers':>7} {'seconds':>8} {'people/s':>9} {'docs/s':>7} {'pages/s':>8} {'worker MB':>9}"
        )
        print(header + f" {'parent MB':>9}")
        for workers in counts:
            row = measure(source, Path(tmp) / f"out-{workers}", workers, options, args.engine)
            rows.append(row)
            print(
                f"{workers:>7} {row['seconds']:>8} {row['people_per_s']:>9} {row['documents_per_s']:>7} "
                f"{row['pages_per_s']:>8} {row['peak_worker_mb']:>9} {row['peak_parent_mb']:>9}"
            )
            for reason, count in reasons_of(row):
                print(f"{'':>7} failed x{count}: {reason}")
    base = next((r for r in rows if r["workers"] == 1), None)
    if base is not None:
        for row in rows:
            speedup = float(row["documents_per_s"]) / float(base["documents_per_s"])  # type: ignore[arg-type]
            row["speedup_over_1"] = round(speedup, 2)
            note = ""
            if row["workers"] == 2:
                met = speedup >= TARGET_TWO_WORKER_SPEEDUP
                note = f"  (target >= {TARGET_TWO_WORKER_SPEEDUP}x: {'OK' if met else 'MISS'})"
            print(f"{row['workers']} workers: {speedup:.2f}x the throughput of 1 worker{note}")
    if args.json is not None:
        args.json.write_text(json.dumps(rows, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
