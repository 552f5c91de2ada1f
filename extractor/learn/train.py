"""Train the shipped models: ``python -m extractor.learn.train [PART ...]`` (default: all).

Each learned part (``extractor.learn.parts``) is trained from the corpus annotations in the repo
and the shared training data beside it, deterministically, into ``extractor/models/``; a stamp
(``<part>.stamp.json``) records the sha256 of everything it was trained from, and
``tests/test_models.py`` fails when a shipped model's stamp no longer matches its inputs.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import logging
import sys
from collections.abc import Iterable
from pathlib import Path

from extractor.learn import corpus as cp
from extractor.learn.parts import LEARNED_PARTS, LearnedPart

logger = logging.getLogger(__name__)
MODELS_DIR = Path(__file__).resolve().parents[1] / "models"
# Source files whose change changes what a part learns: its features and the label alignment.
FEATURE_SOURCES = {
    "structure": ("extractor/learn/structure.py", "extractor/learn/corpus.py", "extractor/segment.py"),
}


def training_inputs(part: LearnedPart) -> list[Path]:
    files = cp.annotation_files()
    return [*files, *(cp.REPO_ROOT / f for f in FEATURE_SOURCES.get(part.name, ()))]


def stamp_for(part: LearnedPart) -> dict[str, object]:
    digest = hashlib.sha256()
    files = training_inputs(part)
    for path in files:
        digest.update(str(path.relative_to(cp.REPO_ROOT)).encode())
        digest.update(hashlib.sha256(path.read_bytes()).digest())
    return {"part": part.name, "inputs": len(files), "sha256": digest.hexdigest()}


def stamp_path(part: LearnedPart) -> Path:
    return MODELS_DIR / f"{part.name}.stamp.json"


def train_parts(parts: Iterable[LearnedPart]) -> None:
    annotations = [a for a in cp.load_corpus() if a.checked]
    for part in parts:
        part.train(annotations, MODELS_DIR)
        stamp_path(part).write_text(json.dumps(stamp_for(part), indent=1) + "\n", encoding="utf-8")
        size = (MODELS_DIR / part.file).stat().st_size
        print(
            f"{part.name}: {MODELS_DIR / part.file} ({size / 1024:.0f} KiB)"
            f" from {len(annotations)} annotations"
        )


def main(argv: list[str] | None = None) -> int:
    names = {part.name: part for part in LEARNED_PARTS}
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("parts", nargs="*", help=f"parts to train: {', '.join(names)} (default: all)")
    args = parser.parse_args(argv)
    unknown = [n for n in args.parts if n not in names]
    if unknown:
        parser.error(f"unknown part(s) {', '.join(unknown)}; known: {', '.join(names)}")
    train_parts([names[n] for n in args.parts] if args.parts else LEARNED_PARTS)
    return 0


if __name__ == "__main__":
    sys.exit(main())
