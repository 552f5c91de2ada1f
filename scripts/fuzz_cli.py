"""Fuzz the command line: random valid and invalid combinations of paths and flags; no traceback allowed.

Usage:
    python scripts/fuzz_cli.py --cases 2000 --seed 1 [--workers 2] [--save findings.jsonl]

Not run in CI (it takes minutes); deterministic for a given seed. Each case is one real
``python -m extractor ...`` process in a sandbox folder of invented inputs: small text, Markdown,
HTML, Word and PDF CVs, an empty file, random bytes, old office formats, a folder, a missing path,
a path under a file, an unwritable place (/proc), names with spaces and other scripts, standard
input. Commands are drawn among ``extract FILE...``, ``batch``, ``schema``, ``evaluate`` and
garbage; each gets a random set of its options with valid and invalid values (unknown options,
bad numbers, bad choices, repeated flags, missing values), and an ``-o`` drawn from good and bad
output paths.

A case fails when the process prints a Python traceback, exits with a code other than 0, 1 or 2,
or runs past the time limit. Failures are printed and, with ``--save``, written as JSON lines
with their argv for replaying.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TIMEOUT = 180.0  # seconds per case; past it the case counts as a hang

CV = """Orla Brindlemere
Research Scientist, Fenward Labs
orla@fenward.example | +44 20 7946 0958

Education
Ph.D. in Soil Acoustics, Hollin University, 2012 - 2017

Publications
Orla Brindlemere, Piet Varn. Listening to clay. Journal of Quiet Things, 2019.
"""


def make_sandbox(root: Path) -> dict[str, list[str]]:
    """The invented inputs and outputs cases draw from, by role."""
    (root / "in").mkdir()
    files = {
        "cv.txt": CV.encode(),
        "cv.md": ("# " + CV.replace("\nEducation", "\n## Education")).encode(),
        "home.html": f"<html><body><h1>Orla Brindlemere</h1><p>{CV}</p></body></html>".encode(),
        "text-named.pdf": CV.encode(),
        "empty.txt": b"",
        "noise.bin": random.Random(7).randbytes(4000),
        "old.doc": b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(500),
        "old.rtf": b"{\\rtf1\\ansi Orla\\par}",
        "naïve name ü.txt": CV.encode(),
    }
    for name, data in files.items():
        (root / "in" / name).write_bytes(data)
    pdf = ROOT / "fixtures" / "cv-plain-pdf" / "cv.pdf"
    if pdf.is_file():
        shutil.copy(pdf, root / "in" / "cv.pdf")
    try:
        import docx

        document = docx.Document()
        document.add_heading("Orla Brindlemere", level=0)
        document.add_heading("Education", level=1)
        document.add_paragraph("Ph.D. in Soil Acoustics, Hollin University, 2012 - 2017")
        document.save(str(root / "in" / "cv.docx"))
    except ImportError:
        pass
    (root / "a-file").write_text("not a folder")
    people = root / "people"
    for person in ("orla", "piet"):
        (people / person).mkdir(parents=True)
        (people / person / "cv.txt").write_text(CV.replace("Orla", person.title()))
    (root / "empty-folder").mkdir()
    (root / "gold").mkdir()
    (root / "gold" / "orla.json").write_text(json.dumps({"name": "Orla Brindlemere"}))
    (root / "pred").mkdir()
    (root / "pred" / "orla.json").write_text(json.dumps({"name": "Orla Brindlemere"}))
    (root / "loop").symlink_to(root / "loop")
    inputs = [str(p) for p in sorted((root / "in").iterdir())]
    bad_inputs = [
        str(root / "missing.txt"),
        str(root / "a-file" / "x.txt"),
        str(root / "in"),
        str(root / "loop"),
    ]
    return {
        "inputs": inputs,
        "bad_inputs": bad_inputs,
        "dirs": [str(people), str(root / "empty-folder"), str(root / "a-file"), str(root / "nowhere")],
        "gold": [str(root / "gold"), str(root / "pred"), str(root / "nowhere"), str(root / "a-file")],
        "outputs": [
            str(root / "out" / "x.json"),
            str(root / "out.json"),
            str(root / "ünïcode out" / "x.json"),
            str(root),  # a directory
            str(root / "a-file" / "x.json"),  # parent is a file
            "/proc/extract-fuzz/x.json",  # nowhere to write
            str(root / "loop" / "x.json"),
            "",
        ],
        "out_dirs": [
            str(root / "batch-out"),
            str(root / "a-file"),
            str(root / "a-file" / "sub"),
            "/proc/extract-fuzz",
            str(root / "in"),
        ],
    }


def draw(rng: random.Random, sandbox: dict[str, list[str]]) -> tuple[list[str], bytes | None]:
    """One argv (after ``python -m extractor``) and the standard input to give it."""
    pick = rng.random()
    args: list[str] = []
    stdin = None

    def maybe(p: float, *items: str) -> None:
        if rng.random() < p:
            args.extend(items)

    def value(good: list[str], bad: list[str]) -> str:
        return rng.choice(good) if rng.random() < 0.8 else rng.choice(bad)

    if pick < 0.55:  # extract FILE...
        count = rng.choice([0, 1, 1, 1, 2, 3])
        for _ in range(count):
            pool = sandbox["inputs"] if rng.random() < 0.8 else sandbox["bad_inputs"]
            args.append(rng.choice(pool))
        if rng.random() < 0.08:
            args.append("-")
            stdin = rng.choice([CV.encode(), b"", b"%PDF-1.4 broken", bytes(range(256))])
        maybe(0.3, "-o", rng.choice(sandbox["outputs"]))
        maybe(0.2, "--compact")
        maybe(
            0.3, "--format", value(["json", "jsonresume", "csl-json", "bibtex", "html"], ["docx", "", "JSON"])
        )
        maybe(0.15, "--kind", value(["cv", "homepage", "other", "publication_list"], ["novel", ""]))
        maybe(0.6, "--no-nlp")
        maybe(0.15, "--max-pages", value(["1", "3", "100"], ["0", "-1", "x", "1e9"]))
        maybe(0.1, "--timeout", value(["5", "30.5"], ["0", "-3", "abc", "nan"]))
        maybe(0.4, "--no-guard")
        maybe(0.2, "--redact")
        maybe(0.2, rng.choice(["-v", "--verbose"]))
    elif pick < 0.75:  # batch
        args.append("batch")
        if rng.random() < 0.95:
            args.append(rng.choice(sandbox["dirs"]))
        if rng.random() < 0.9:
            args += ["-o", rng.choice(sandbox["out_dirs"])]
        maybe(0.5, "--workers", value(["1", "2"], ["0", "x", "-2"]))
        maybe(0.2, "--force")
        maybe(0.2, "--jsonl")
        maybe(0.3, "--format", value(["html", "bibtex", "jsonresume", "csl-json", "json"], ["docx", ""]))
        maybe(0.2, "--format", "html")
        maybe(0.1, "--engine", value(["process"], ["dask", "threads", ""]))
        maybe(0.7, "--no-nlp")
        maybe(0.1, "--max-pages", value(["2"], ["0", "x"]))
        maybe(0.1, "--timeout", value(["20"], ["0", "x"]))
        maybe(0.2, "--prune")
        maybe(0.2, "--redact")
    elif pick < 0.85:  # schema
        args.append("schema")
        maybe(0.6, "-o", rng.choice(sandbox["outputs"]))
    elif pick < 0.95:  # evaluate
        args.append("evaluate")
        for _ in range(rng.choice([0, 1, 2, 2, 2, 3])):
            args.append(rng.choice(sandbox["gold"]))
        maybe(0.4, "-o", rng.choice(sandbox["outputs"]))
        maybe(0.3, "--per-document")
    else:  # garbage
        tokens = ["--nope", "-x", "--", "-", "--format", "-o", "schema", "batch", "--help", "\u00e9", "=", ""]
        args = [rng.choice(tokens) for _ in range(rng.randint(0, 4))]
    maybe(0.05, "--unknown-option")
    maybe(0.03, "--help")
    if rng.random() < 0.05 and args:  # an option left without its value
        args.append(rng.choice(["-o", "--format", "--kind", "--max-pages", "--workers"]))
    return args, stdin


def say(text: str) -> None:
    sys.stdout.write(text + "\n")
    sys.stdout.flush()


def run_case(argv: list[str], stdin: bytes | None, cwd: Path) -> dict[str, object]:
    started = time.monotonic()
    try:
        result = subprocess.run(
            [sys.executable, "-m", "extractor", *argv],
            input=stdin if stdin is not None else b"",
            capture_output=True,
            cwd=cwd,
            timeout=TIMEOUT,
            check=False,
        )
    except subprocess.TimeoutExpired:
        return {"argv": argv, "outcome": "hang", "seconds": TIMEOUT}
    stderr = result.stderr.decode("utf-8", "replace")
    outcome = f"exit {result.returncode}"
    if "Traceback (most recent call last)" in stderr:
        outcome = "traceback"
    elif result.returncode not in (0, 1, 2):
        outcome = "bad exit code"
    return {
        "argv": argv,
        "outcome": outcome,
        "seconds": round(time.monotonic() - started, 2),
        "stderr": stderr[-1500:] if outcome in ("traceback", "bad exit code") else "",
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--save", type=Path, help="write failing cases here, one JSON line each")
    ns = parser.parse_args()
    rng = random.Random(ns.seed)
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="extract-fuzz-cli-") as tmp:
        sandbox_root = Path(tmp)
        sandbox = make_sandbox(sandbox_root)
        cases = [draw(rng, sandbox) for _ in range(ns.cases)]
        counts: Counter[str] = Counter()
        failures: list[dict[str, object]] = []
        with ThreadPoolExecutor(max_workers=ns.workers) as pool:
            for i, result in enumerate(pool.map(lambda c: run_case(c[0], c[1], sandbox_root), cases), 1):
                counts[str(result["outcome"])] += 1
                if result["outcome"] in ("traceback", "bad exit code", "hang"):
                    failures.append(result)
                    say(f"case {i}: {result['outcome']}: {' '.join(map(str, result['argv']))}")
                if i % 200 == 0:
                    say(
                        f"{i}/{ns.cases} cases, {time.monotonic() - started:.0f} s: {dict(counts)}",
                    )
    if ns.save and failures:
        ns.save.write_text("".join(json.dumps(f, ensure_ascii=False) + "\n" for f in failures), "utf-8")
    elapsed = time.monotonic() - started
    say(f"{ns.cases} cases (seed {ns.seed}) in {elapsed:.0f} s: {dict(sorted(counts.items()))}")
    say(f"tracebacks {counts['traceback']}, bad exit codes {counts['bad exit code']}, hangs {counts['hang']}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
