"""Training the citation model: its training set, its trainer parameters and its stamp.

``train_citation`` trains a CRF on AnyStyle's labelled references, generated CV-shaped entries
(``generate.py``) and any extra labelled entries (the corpus's publications, training folds only),
every token carrying the rules' reading as features (``fields.rule_hints``). Deterministic: inputs
in a fixed order, generated entries from a fixed seed, fixed trainer parameters. The command is
``python -m extractor.learn.train citation`` (``train.py``); the part is registered in ``parts.py``.
"""

from __future__ import annotations

import hashlib
import json
import shutil
from collections.abc import Sequence
from importlib.metadata import version
from pathlib import Path

from extractor.learn.citation import LABELS, Token, token_features
from extractor.learn.data import ANYSTYLE_FILES, LabelledEntry, check_labels, read_anystyle_all
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
    "learn/citation_fit.py",
    "fields/publications.py",  # the rules, whose reading is a feature
    "patterns/citation_regexes.py",
    "patterns/citation_words.toml",
    "patterns/venues.tsv",
    "patterns/name_particles.txt",
    "parse/places.py",  # place names are a feature
    "patterns/country_aliases.txt",
)
RETRAIN_COMMAND = "python -m extractor.learn.train citation"

# (tokens, labels, the name of the list's owner when known)
Sequences = Sequence[tuple[Sequence[Token], Sequence[str], str | None]]


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

    from extractor.fields import rule_hints

    trainer = pycrfsuite.Trainer(algorithm="lbfgs", verbose=False)
    for tokens, labels, owner in sequences:
        if not tokens:
            continue
        unknown = set(labels) - set(LABELS)
        if unknown:
            raise ValueError(f"unknown labels {sorted(unknown)}")
        trainer.append(token_features(tokens, rule_hints(tokens, owner)), list(labels))
    trainer.set_params(params or CITATION_PARAMS)
    model_path.parent.mkdir(parents=True, exist_ok=True)
    trainer.train(str(model_path))


def train_citation(anystyle: Path, out_dir: Path = MODELS, extra: Sequences = ()) -> Path:
    """Train the shipped citation model; ``extra`` adds labelled citations (e.g. corpus training folds)."""
    entries = citation_entries(anystyle)
    sequences = [(e.tokens, e.labels, e.owner) for e in entries] + list(extra)
    model = out_dir / "citation.crfsuite"
    train_sequences(sequences, model)
    stamp = citation_stamp(anystyle)
    if extra:
        stamp["extra_sequences"] = len(extra)
    (out_dir / "citation.stamp.json").write_text(json.dumps(stamp, indent=2, sort_keys=True) + "\n")
    if ANYSTYLE_LICENSE.is_file():
        shutil.copyfile(ANYSTYLE_LICENSE, out_dir / "LICENSE-anystyle")
    return model
