"""Train the learned models: ``python -m extractor.learn.train citation|structure``.

One subcommand per model: ``citation`` (AnyStyle's references, generated CV-shaped entries and the
publication entries of the corpus annotations) and ``structure`` (the line labeller, from the corpus
annotations); both are corpus-trained parts (``extractor.learn.parts``), so cross-validation trains
them per fold.
Training is deterministic: inputs are read in a fixed order, generated entries come from a fixed
seed, and the trainer's parameters are fixed here. Each model is written to ``extractor/models/``
with a stamp (``<model>.stamp.json``) holding the sha256 of its training inputs and of the code that
makes its features; ``tests/test_learn_stamp.py`` and ``tests/test_models.py`` fail when a stamp
is stale.

The corpus's labelled citations (training folds only, aligned by ``data.corpus_entries``) come in
through ``train_citation(..., extra=[(tokens, labels), ...])``.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import shutil
import sys
from collections.abc import Callable, Sequence
from importlib.metadata import version
from pathlib import Path

from extractor.learn.citation import LABELS, Token, token_features
from extractor.learn.data import ANYSTYLE_FILES, LabelledEntry, anystyle_dir, check_labels, read_anystyle_all
from extractor.learn.generate import generate

PACKAGE = Path(__file__).resolve().parents[1]
REPO = PACKAGE.parent
MODELS = PACKAGE / "models"
# the shared folder beside the repository (../shared); AnyStyle's files are under training/anystyle
WORKSPACE = REPO.parent
ANYSTYLE_LICENSE = WORKSPACE / "shared" / "training" / "anystyle" / "LICENSE"

# Trainer parameters (L-BFGS with elastic-net regularization); fixed so a retrain gives the same model.
CITATION_PARAMS: dict[str, object] = {
    "c1": 1.0,
    "c2": 0.3,
    "max_iterations": 120,
    "feature.minfreq": 2,
    "feature.possible_transitions": True,
}
GENERATED_ENTRIES = 5000
GENERATOR_SEED = 16
# The code whose change changes the features or the generated data (relative to the package).
CITATION_CODE = (
    "learn/citation.py",
    "learn/data.py",
    "learn/generate.py",
    "learn/train.py",
    "patterns/citation_regexes.py",
    "patterns/citation_words.toml",
    "patterns/venues.tsv",
    "patterns/name_particles.txt",
)
RETRAIN_COMMAND = "python -m extractor.learn.train citation"

Sequences = Sequence[tuple[Sequence[Token], Sequence[str]]]


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def citation_stamp(anystyle: Path | None) -> dict[str, object]:
    """What the citation model was trained from: input and code hashes, and the parameters."""
    stamp: dict[str, object] = {
        "code": {name: _sha256(PACKAGE / name) for name in CITATION_CODE},
        "params": {
            **CITATION_PARAMS,
            "generated": GENERATED_ENTRIES,
            "seed": GENERATOR_SEED,
            "wordfreq": version("wordfreq"),  # the generator's title words
        },
    }
    if anystyle is not None:
        stamp["inputs"] = {f"anystyle/{name}": _sha256(anystyle / name) for name in ANYSTYLE_FILES}
    return stamp


def citation_entries(anystyle: Path) -> list[LabelledEntry]:
    """The citation training set: AnyStyle's four files, then the generated entries."""
    entries = read_anystyle_all(anystyle) + generate(GENERATED_ENTRIES, GENERATOR_SEED)
    check_labels(entries)
    return entries


def train_sequences(sequences: Sequences, model_path: Path, params: dict[str, object] | None = None) -> None:
    """Train a CRF on (tokens, labels) sequences and write it to ``model_path``."""
    import pycrfsuite

    trainer = pycrfsuite.Trainer(algorithm="lbfgs", verbose=False)
    for tokens, labels in sequences:
        if not tokens:
            continue
        unknown = set(labels) - set(LABELS)
        if unknown:
            raise ValueError(f"unknown labels {sorted(unknown)}")
        trainer.append(token_features(tokens), list(labels))
    trainer.set_params(params or CITATION_PARAMS)
    model_path.parent.mkdir(parents=True, exist_ok=True)
    trainer.train(str(model_path))


def train_citation(anystyle: Path, out_dir: Path = MODELS, extra: Sequences = ()) -> Path:
    """Train the shipped citation model; ``extra`` adds labelled citations (e.g. corpus training folds)."""
    entries = citation_entries(anystyle)
    sequences = [(e.tokens, e.labels) for e in entries] + list(extra)
    model = out_dir / "citation.crfsuite"
    train_sequences(sequences, model)
    stamp = citation_stamp(anystyle)
    if extra:
        stamp["extra_sequences"] = len(extra)
    (out_dir / "citation.stamp.json").write_text(json.dumps(stamp, indent=2, sort_keys=True) + "\n")
    if ANYSTYLE_LICENSE.is_file():
        shutil.copyfile(ANYSTYLE_LICENSE, out_dir / "LICENSE-anystyle")
    return model


def _citation_command(args: argparse.Namespace) -> int:
    directory = Path(args.anystyle) if args.anystyle else anystyle_dir(WORKSPACE)
    if not directory.is_dir():
        print(f"train: AnyStyle's files are not at {directory}", file=sys.stderr)  # noqa: T201
        return 1
    return _part_command("citation")


def _part_command(name: str) -> int:
    """Train a corpus-trained part on every checked annotation (``extractor.learn.parts``)."""
    from extractor.learn.parts import LEARNED_PARTS, train_shipped

    for part in LEARNED_PARTS:
        if part.name == name:
            model = train_shipped(part)
            print(f"wrote {model} ({model.stat().st_size / 1e6:.2f} MB)")  # noqa: T201
    return 0


def _structure_command(args: argparse.Namespace) -> int:
    return _part_command("structure")


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "citation": _citation_command,
    "structure": _structure_command,
}


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m extractor.learn.train", description=__doc__)
    sub = parser.add_subparsers(dest="model", required=True)
    citation = sub.add_parser("citation", help="the citation parser (extractor/models/citation.crfsuite)")
    citation.add_argument(
        "--anystyle", help="AnyStyle's parser folder (default ../shared/training/anystyle/parser)"
    )
    sub.add_parser("structure", help="the line labeller (extractor/models/structure.crfsuite), from corpus/")
    args = parser.parse_args(argv)
    return COMMANDS[args.model](args)


if __name__ == "__main__":
    raise SystemExit(main())
