"""Screenshots of the HTML exports for the README: the review page and a batch index page.

Usage (from the repository root, with Debian's chromium installed: ``apt-get install -y chromium``):

    python docs/make_screenshots.py [--seeds ../shared/seeds] [--keep DIR]

Writes ``docs/review-page.png`` (the review page of the profile merged from the seeds
``homepage-2023.txt``, ``cv.txt`` and ``homepage-2024.txt``) and ``docs/batch-index.png`` (the index
page of a small batch: that profile and the CV and homepage fixture cases, each extracted from its
inputs). ``--keep DIR`` also keeps the rendered HTML pages there.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from extractor import extract_profile  # noqa: E402
from extractor.export import index_row, render, render_index  # noqa: E402
from extractor.profile import Profile  # noqa: E402

CHROMIUM = Path("/usr/bin/chromium")
SEED_FILES = ("homepage-2023.txt", "cv.txt", "homepage-2024.txt")
BATCH_CASES = (
    "cv-markdown",
    "cv-plain-pdf",
    "cv-two-column-pdf",
    "cv-hyperlinks-pdf",
    "homepage-html",
    "homepage-text",
)
REVIEW_WINDOW = (1200, 2600)
INDEX_WINDOW = (1400, 700)


def screenshot(page: Path, png: Path, window: tuple[int, int], workdir: Path) -> None:
    """Render ``page`` in headless chromium and save a ``window``-sized PNG to ``png``."""
    command = [
        str(CHROMIUM),
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--no-first-run",
        "--disable-sync",
        "--hide-scrollbars",
        f"--user-data-dir={workdir / 'chromium-profile'}",
        f"--screenshot={png}",
        f"--window-size={window[0]},{window[1]}",
        page.as_uri(),
    ]
    subprocess.run(command, capture_output=True, text=True, timeout=120, check=True)
    if not png.is_file():
        raise SystemExit(f"chromium wrote no screenshot for {page}")


def _slug(profile: Profile, index: int) -> str:
    name = "".join(ch if ch.isalnum() else "-" for ch in (profile.name or "unnamed").lower()).strip("-")
    return f"{index:02d}-{name or 'unnamed'}.html"


def _case_profile(case: Path) -> Profile:
    config = tomllib.loads((case / "case.toml").read_text("utf-8"))
    return extract_profile([str(case / name) for name in config["inputs"]])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seeds", type=Path, default=ROOT.parent / "shared" / "seeds")
    parser.add_argument("--out", type=Path, default=ROOT / "docs", help="where the PNGs go")
    parser.add_argument("--keep", type=Path, help="also keep the HTML pages in this folder")
    args = parser.parse_args(argv)
    if not CHROMIUM.is_file():
        raise SystemExit(f"{CHROMIUM} not found: apt-get install -y chromium")
    seeds = [args.seeds / name for name in SEED_FILES]
    missing = [str(p) for p in seeds if not p.is_file()]
    if missing:
        raise SystemExit(f"seed files not found: {', '.join(missing)}")

    merged = extract_profile([str(p) for p in seeds])
    people = [merged] + [_case_profile(ROOT / "fixtures" / name) for name in BATCH_CASES]
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        pages = work / "people"
        pages.mkdir()
        rows = []
        for i, person in enumerate(people):
            page = pages / _slug(person, i)
            page.write_text(render(person, "html"), "utf-8")
            rows.append(index_row(person, f"people/{page.name}"))
        index = work / "index.html"
        index.write_text(render_index(rows, title="Batch index"), "utf-8")

        args.out.mkdir(parents=True, exist_ok=True)
        screenshot(pages / _slug(merged, 0), args.out / "review-page.png", REVIEW_WINDOW, work)
        screenshot(index, args.out / "batch-index.png", INDEX_WINDOW, work)
        if args.keep:
            shutil.copytree(work, args.keep, dirs_exist_ok=True, ignore=shutil.ignore_patterns("chromium-*"))
    for name in ("review-page.png", "batch-index.png"):
        sys.stdout.write(f"wrote {args.out / name}\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
