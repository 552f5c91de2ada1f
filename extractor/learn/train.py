"""Train the learned models: ``python -m extractor.learn.train MODEL`` (``--help`` lists them).

One subcommand per model: ``citation`` (AnyStyle's references, generated CV-shaped entries and the
publication entries of the corpus annotations), and ``structure``, ``entries``, ``talks``, ``grants``,
``awards``, ``service`` (the line labeller, the education/experience entry model and the list
entry-field models, from the corpus annotations; see ``extractor.learn.parts``,
``extractor.learn.entries`` and ``extractor.learn.items``) and ``statements`` (the theme lines of a
laid-out statement, ``extractor.learn.statements``). All are corpus-trained parts, so
cross-validation trains them per fold.
Training is deterministic: inputs are read in a fixed order, generated entries come from a fixed
seed, and the trainer's parameters are fixed here. Each model is written to ``extractor/models/``
with a stamp (``<model>.stamp.json``) holding the sha256 of its training inputs and of the code that
makes its features; ``tests/test_learn_stamp.py`` and ``tests/test_models.py`` fail when a stamp
is stale.

The corpus's labelled citations (training folds only, aligned by ``data.corpus_entries``) come in
through ``train_citation(..., extra=[(tokens, labels, owner name), ...])``.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from extractor.learn.citation_fit import (
    CITATION_CODE,
    CITATION_PARAMS,
    GENERATED_ENTRIES,
    GENERATOR_SEED,
    MODELS,
    RETRAIN_COMMAND,
    WORKSPACE,
    citation_entries,
    citation_stamp,
    train_citation,
    train_sequences,
)
from extractor.learn.data import anystyle_dir

__all__ = [
    "CITATION_CODE",
    "CITATION_PARAMS",
    "GENERATED_ENTRIES",
    "GENERATOR_SEED",
    "MODELS",
    "RETRAIN_COMMAND",
    "WORKSPACE",
    "citation_entries",
    "citation_stamp",
    "main",
    "train_citation",
    "train_sequences",
]


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


def _corpus_part_command(args: argparse.Namespace) -> int:
    return _part_command(args.model)


# the corpus-trained parts, with what each one labels
CORPUS_PARTS = {
    "structure": "the line labeller (extractor/models/structure.crfsuite), from corpus/",
    "entries": "education and experience entry fields (extractor/models/entries.crfsuite), from corpus/",
    "talks": "the fields of a talk entry (extractor/models/talks.crfsuite), from corpus/",
    "grants": "the fields of a grant entry (extractor/models/grants.crfsuite), from corpus/",
    "awards": "the fields of an award entry (extractor/models/awards.crfsuite), from corpus/",
    "service": "the roles and venues of a service entry (extractor/models/service.crfsuite), from corpus/",
    "statements": "the theme lines of a PDF statement (extractor/models/statements.crfsuite), from corpus/",
}
COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "citation": _citation_command,
    **dict.fromkeys(CORPUS_PARTS, _corpus_part_command),
}


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m extractor.learn.train", description=__doc__)
    sub = parser.add_subparsers(dest="model", required=True)
    citation = sub.add_parser("citation", help="the citation parser (extractor/models/citation.crfsuite)")
    citation.add_argument(
        "--anystyle", help="AnyStyle's parser folder (default ../shared/training/anystyle/parser)"
    )
    for name, help_text in CORPUS_PARTS.items():
        sub.add_parser(name, help=help_text)
    args = parser.parse_args(argv)
    return COMMANDS[args.model](args)


if __name__ == "__main__":
    raise SystemExit(main())
