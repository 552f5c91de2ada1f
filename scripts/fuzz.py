"""Fuzz the pipeline: mutate fixture PDFs and HTML, run each case under the guard, report what broke.

Usage:
    python scripts/fuzz.py --cases 10000 --seed 1 [--workers N] [--timeout 60] [--save-dir fuzz-findings]

Not run in CI (it takes minutes); one command, deterministic for a given seed. Each case takes a
fixture (PDF, HTML, text), applies one to three mutations (bit flips, byte overwrites, truncation,
splicing two files, chunk deletion and duplication, inserting tokens the format's parser cares
about), writes it to a temporary file and runs ``extract_guarded`` on it with the default limits.

Counted:
    crashes   the worker died (signal), or the parent raised (assembling, validating)
    hangs     the worker was killed at the time limit
    invalid   a profile that does not validate against the JSON Schema
    internal  a caught "internal error" (a bug in the extractor, reported as one line)
    ok / unreadable / too_large   expected outcomes
Findings (crashes, hangs, invalid, internal) are saved with their case number for replaying:
``python scripts/fuzz.py --replay fuzz-findings/case-00042.pdf``.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
import threading
import time
from collections import Counter
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from extractor.guard import DocumentGuard, extract_guarded_detailed  # noqa: E402
from extractor.options import ExtractOptions, Limits  # noqa: E402

FIXTURES = ROOT / "fixtures"
SEED_SUFFIXES = (".pdf", ".html", ".htm", ".txt", ".md")
# tokens whose damage exercises the parsers: PDF syntax, HTML markup, text the field parsers look for
PDF_TOKENS = [
    b"obj", b"endobj", b"stream", b"endstream", b"<<", b">>", b"[", b"]", b"(", b")", b"\\",
    b"/Length 99999999", b"/Filter /FlateDecode", b"/Type /Pages", b"/Kids [1 0 R]", b"/Count -1",
    b"xref", b"trailer", b"startxref", b"%%EOF", b"1 0 R", b"-1", b"1e308", b"99999999999999999999",
    b"/Encrypt 1 0 R", b"BT", b"ET", b"Tj", b"TJ", b"/F1 0 Tf", b"Do", b"q", b"Q", b"cm",
    b"\x00", b"\xff\xfe",
]  # fmt: skip
HTML_TOKENS = [
    b"<div>", b"</div>", b"<", b">", b"</", b"<!--", b"-->", b"<script>", b"</script>", b"<style>",
    b"&#", b"&amp", b"&#x110000;", b"<table><tr><td>", b"<h1>", b"<li>", b"<b>", b"<br>", b"\"", b"'",
    b"\x00", b"\xef\xbb\xbf", b"@", b"[at]", b"2019 - 2024", b"Ph.D.", b"Publications", b"\n", b"\r",
]  # fmt: skip


@dataclass(frozen=True, slots=True)
class Outcome:
    case: int
    seed_file: str
    mutations: tuple[str, ...]
    kind: str  # ok | unreadable | too_large | internal | crash | hang | invalid
    detail: str
    seconds: float


def seed_files() -> list[Path]:
    return sorted(
        p
        for p in FIXTURES.glob("*/*")
        if p.suffix in SEED_SUFFIXES and not p.name.endswith(".pdf.md") and p.is_file()
    )


def mutate(data: bytes, other: bytes, rng: random.Random) -> tuple[bytes, list[str]]:
    """One to three mutations of ``data`` (``other`` is a second seed, for splicing)."""
    tokens = PDF_TOKENS if data.startswith(b"%PDF") else HTML_TOKENS
    out = bytearray(data)
    names: list[str] = []
    for _ in range(rng.randint(1, 3)):
        if not out:
            out = bytearray(b" ")
        op = rng.choice(["flip", "bytes", "truncate", "splice", "delete", "duplicate", "token", "token"])
        at = rng.randrange(len(out))
        if op == "flip":
            for _ in range(rng.randint(1, 16)):
                i = rng.randrange(len(out))
                out[i] ^= 1 << rng.randrange(8)
        elif op == "bytes":
            for _ in range(rng.randint(1, 8)):
                out[rng.randrange(len(out))] = rng.randrange(256)
        elif op == "truncate":
            del out[at:]
        elif op == "splice":
            cut = rng.randrange(len(other) or 1)
            out = out[:at] + bytearray(other[cut:])
        elif op == "delete":
            del out[at : at + rng.randint(1, 512)]
        elif op == "duplicate":
            size = rng.randint(1, 2048)
            out[at:at] = out[at : at + size] * rng.randint(1, 50)
        else:
            out[at:at] = rng.choice(tokens) * rng.choice([1, 1, 1, 2, 10, 1000])
        names.append(op)
    return bytes(out), names


class Fuzzer:
    def __init__(self, workers: int, limits: Limits, options: ExtractOptions, save_dir: Path | None) -> None:
        import jsonschema

        from extractor.schema import build_profile_schema

        self.validator = jsonschema.Draft202012Validator(build_profile_schema())
        self.limits, self.options, self.save_dir = limits, options, save_dir
        self.guards = [DocumentGuard(limits) for _ in range(workers)]
        self.free = list(self.guards)
        self.lock = threading.Lock()
        self.tmp = Path(tempfile.mkdtemp(prefix="extractor-fuzz-"))

    def close(self) -> None:
        for guard in self.guards:
            guard.close()
        for path in self.tmp.iterdir():
            path.unlink()
        self.tmp.rmdir()

    def run_case(self, case: int, seed: Path, data: bytes, mutations: list[str]) -> Outcome:
        path = self.tmp / f"case-{case:06d}{seed.suffix}"
        path.write_bytes(data)
        with self.lock:
            guard = self.free.pop()
        started = time.monotonic()
        try:
            kind, detail = self.classify(path, guard)
        finally:
            with self.lock:
                self.free.append(guard)
            path.unlink(missing_ok=True)
        outcome = Outcome(case, seed.name, tuple(mutations), kind, detail, time.monotonic() - started)
        if kind in {"crash", "hang", "invalid", "internal"} and self.save_dir is not None:
            self.save_dir.mkdir(parents=True, exist_ok=True)
            (self.save_dir / f"case-{case:06d}{seed.suffix}").write_bytes(data)
        return outcome

    def classify(self, path: Path, guard: DocumentGuard) -> tuple[str, str]:
        try:
            result, outcomes = extract_guarded_detailed([str(path)], self.options, guard=guard)
        except Exception as e:  # the parent side (assembling) must never raise either
            return "crash", f"parent raised {type(e).__name__}: {e}"
        status = outcomes[0].status if outcomes else "failed"
        error = outcomes[0].error or "" if outcomes else ""
        if status == "crashed":
            return "crash", error
        if status == "timeout":
            return "hang", error
        if status == "too_large":
            return "too_large", error
        if status == "failed":
            return ("internal" if error.startswith("internal error") else "unreadable"), error
        assert result.profile is not None
        data = result.profile.model_dump(mode="json")
        errors = list(self.validator.iter_errors(data))
        if errors:
            return "invalid", f"{errors[0].message} at {list(errors[0].path)}"
        return "ok", ""


def run(cases: int, seed: int, workers: int, limits: Limits, options: ExtractOptions, save_dir: Path | None,
        report: Callable[[str], None]) -> list[Outcome]:  # fmt: skip
    seeds = seed_files()
    contents = {p: p.read_bytes() for p in seeds}
    fuzzer = Fuzzer(workers, limits, options, save_dir)
    outcomes: list[Outcome] = []
    started = time.monotonic()
    try:
        with ThreadPoolExecutor(max_workers=workers) as pool:
            futures = []
            for case in range(cases):
                rng = random.Random(seed * 1_000_003 + case)
                source, other = rng.choice(seeds), rng.choice(seeds)
                data, mutations = mutate(contents[source], contents[other], rng)
                futures.append(pool.submit(fuzzer.run_case, case, source, data, mutations))
            for done, future in enumerate(as_completed(futures), 1):
                outcome = future.result()
                outcomes.append(outcome)
                if outcome.kind in {"crash", "hang", "invalid", "internal"}:
                    report(f"case {outcome.case} ({outcome.seed_file}, {'+'.join(outcome.mutations)}): "
                           f"{outcome.kind}: {outcome.detail}")  # fmt: skip
                if done % 500 == 0 or done == cases:
                    rate = done / (time.monotonic() - started)
                    report(f"{done}/{cases} cases, {rate:.1f}/s, {dict(Counter(o.kind for o in outcomes))}")
    finally:
        fuzzer.close()
    return sorted(outcomes, key=lambda o: o.case)


def summary(outcomes: list[Outcome], seconds: float) -> dict[str, object]:
    kinds = Counter(o.kind for o in outcomes)
    slowest = max(outcomes, key=lambda o: o.seconds, default=None)
    return {
        "cases": len(outcomes),
        "crashes": kinds["crash"],
        "hangs": kinds["hang"],
        "invalid_outputs": kinds["invalid"],
        "internal_errors": kinds["internal"],
        "ok": kinds["ok"],
        "unreadable": kinds["unreadable"],
        "too_large": kinds["too_large"],
        "seconds": round(seconds, 1),
        "slowest_case_seconds": round(slowest.seconds, 2) if slowest else None,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Fuzz the extractor under the guard.")
    parser.add_argument("--cases", type=int, default=1000, help="number of mutated inputs (default 1000)")
    parser.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    parser.add_argument("--workers", type=int, default=None, help="guarded workers (default: the CPU count)")
    parser.add_argument("--timeout", type=float, default=Limits().timeout, help="seconds per document")
    parser.add_argument(
        "--memory-mb", type=int, default=Limits().memory_bytes // 1024**2, help="cap per worker"
    )
    parser.add_argument("--nlp", action="store_true", help="use the spaCy model (slower)")
    parser.add_argument("--save-dir", type=Path, default=None, help="keep the inputs of every finding here")
    parser.add_argument("--json", type=Path, default=None, help="write the figures here as JSON")
    parser.add_argument("--replay", type=Path, default=None, help="run one saved input and print the outcome")
    args = parser.parse_args(argv)
    import os

    limits = Limits(timeout=args.timeout, memory_bytes=args.memory_mb * 1024**2)
    options = ExtractOptions(use_nlp=args.nlp)

    def report(line: str) -> None:
        sys.stderr.write(line + "\n")
        sys.stderr.flush()

    if args.replay is not None:
        with DocumentGuard(limits) as guard:
            _, outcomes = extract_guarded_detailed([str(args.replay)], options, guard=guard)
        report(f"{outcomes[0].status}: {outcomes[0].error or ''} ({outcomes[0].seconds:.2f} s)")
        return 0
    started = time.monotonic()
    outcomes = run(
        args.cases, args.seed, args.workers or os.cpu_count() or 1, limits, options, args.save_dir, report
    )
    figures = summary(outcomes, time.monotonic() - started)
    text = json.dumps(figures, indent=2)
    sys.stdout.write(text + "\n")
    if args.json is not None:
        args.json.write_text(text + "\n")
    bad = figures["crashes"], figures["hangs"], figures["invalid_outputs"]
    return 1 if any(bad) else 0


if __name__ == "__main__":
    raise SystemExit(main())
