"""Accuracy on the development set: run the pipeline over every ``<devset>/*/cv.pdf``, score against gold.

Usage (from the repo root)::

    python benchmarks/devset_accuracy.py [--devset ../shared/devset] [--out benchmarks/results/devset.json]
                                         [--per-document] [--keep-predictions DIR] [--check]
                                         [--reader pdfium|pdfplumber]

Predictions are written to a temporary directory (they contain devset text and must not enter the
repo); ``benchmarks/results/devset.json`` keeps numbers only. ``--check`` then compares the headline
figures with ``benchmarks/floors.json`` and exits 1 when one is below its floor.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]
if str(REPO_ROOT) not in sys.path:
    sys.path.insert(0, str(REPO_ROOT))

from extractor.evaluate import (  # noqa: E402
    check_floors,
    evaluate_dirs,
    format_table,
    headline_figures,
    report_to_json,
)

DEFAULT_DEVSET = REPO_ROOT.parent / "shared" / "devset"
DEFAULT_OUT = REPO_ROOT / "benchmarks" / "results" / "devset.json"
DEFAULT_FLOORS = REPO_ROOT / "benchmarks" / "floors.json"


def _runner(reader: str = "pdfium") -> tuple[str, Callable[[Path], dict]]:
    """In-process ``extract_profile`` when importable, else the CLI in a subprocess."""
    try:
        from extractor import extract_profile  # type: ignore[attr-defined]
        from extractor.options import ExtractOptions, PdfReader
    except ImportError:
        extract_profile = None

    if extract_profile is not None:
        options = ExtractOptions(reader=PdfReader(reader))

        def run_in_process(path: Path) -> dict:
            return extract_profile([str(path)], options).model_dump(mode="json")

        return "in-process", run_in_process

    def run_subprocess(path: Path) -> dict:
        done = subprocess.run(
            [sys.executable, "-m", "extractor", "--reader", reader, str(path)],
            cwd=REPO_ROOT,
            capture_output=True,
            text=True,
            check=True,
            timeout=600,
        )
        return json.loads(done.stdout)

    return "subprocess", run_subprocess


def machine_info() -> dict:
    return {
        "platform": platform.platform(),
        "machine": platform.machine(),
        "processor": platform.processor(),
        "python": platform.python_version(),
        "implementation": platform.python_implementation(),
        "cpu_count": os.cpu_count(),
    }


def run_pipeline(
    devset: Path, pred_dir: Path, reader: str = "pdfium"
) -> tuple[str, dict[str, float], dict[str, str]]:
    """Write ``pred_dir/<id>.json`` for each ``devset/<id>/cv.pdf``; return runner, ms per doc, errors."""
    mode, run = _runner(reader)
    timings: dict[str, float] = {}
    errors: dict[str, str] = {}
    for cv in sorted(devset.glob("*/cv.pdf")):
        doc_id = cv.parent.name
        start = time.perf_counter()
        try:
            profile = run(cv)
        except Exception as exc:  # one bad document must not stop the benchmark
            if not errors:  # show the first failure on the console; never store the message
                detail = getattr(exc, "stderr", None) or str(exc)
                print(f"first failure ({doc_id}): {detail.strip()[-500:]}", file=sys.stderr)
            errors[doc_id] = type(exc).__name__  # type only: messages may quote document text
            profile = None
        timings[doc_id] = round((time.perf_counter() - start) * 1000, 1)
        if profile is not None:
            out = pred_dir / f"{doc_id}.json"
            out.write_text(json.dumps(profile, ensure_ascii=False), encoding="utf-8")
        status = f"ERROR {errors[doc_id]}" if doc_id in errors else "ok"
        print(f"{doc_id:<28} {timings[doc_id]:9.1f} ms  {status}", file=sys.stderr)
    return mode, timings, errors


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--devset", type=Path, default=DEFAULT_DEVSET)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--floors", type=Path, default=DEFAULT_FLOORS)
    parser.add_argument("--per-document", action="store_true", help="also print per-document F1 rows")
    parser.add_argument("--keep-predictions", type=Path, help="write predictions here (outside the repo!)")
    parser.add_argument("--check", action="store_true", help="exit 1 when a figure is below its floor")
    parser.add_argument("--reader", default="pdfium", choices=["pdfium", "pdfplumber"], help="PDF reader")
    args = parser.parse_args(argv)

    devset = args.devset.resolve()
    if not any(devset.glob("*/cv.pdf")):
        print(f"no */cv.pdf under {devset}", file=sys.stderr)
        return 2

    with tempfile.TemporaryDirectory(prefix="devset-preds-") as tmp:
        pred_dir = args.keep_predictions or Path(tmp)
        pred_dir.mkdir(parents=True, exist_ok=True)
        mode, timings, errors = run_pipeline(devset, pred_dir, args.reader)
        report = evaluate_dirs(devset, pred_dir)

    print(format_table(report, per_document=args.per_document))
    ms = list(timings.values())
    mean_ms = sum(ms) / len(ms) if ms else 0.0
    print(
        f"\nruntime ({mode}): {mean_ms:.1f} ms/doc mean, {max(ms, default=0):.1f} ms max, "
        f"{len(errors)} errors"
    )

    result = {
        "date": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "machine": machine_info(),
        "runner": mode,
        "timing_ms": {"mean": round(mean_ms, 1), "total": round(sum(ms), 1), "per_document": timings},
        "errors": errors,
        **report_to_json(report),
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {args.out}")

    if args.check:
        floors = json.loads(args.floors.read_text(encoding="utf-8"))
        failures = check_floors(headline_figures(report), floors)
        for failure in failures:
            print(f"BELOW FLOOR  {failure}")
        if failures:
            return 1
        print("all figures at or above their floors")
    return 0


if __name__ == "__main__":
    sys.exit(main())
