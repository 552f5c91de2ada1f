"""Fitting one linear-chain CRF (python-crfsuite), as every corpus-trained part does: the labelled
sequences appended in order, fixed parameters (training is deterministic), the model written to a
path. Each part keeps its own features, data and parameters; this is only the trainer's plumbing."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any


def fit_crf(sequences: Sequence[tuple[Any, Sequence[str]]], params: Mapping[str, object], path: Path) -> Path:
    """Train on ``sequences`` (features, labels) with L-BFGS and ``params``; write the model to ``path``."""
    import pycrfsuite

    trainer = pycrfsuite.Trainer(algorithm="lbfgs", verbose=False)
    for features, labels in sequences:
        trainer.append(features, list(labels))
    trainer.set_params(dict(params))
    path.parent.mkdir(parents=True, exist_ok=True)
    trainer.train(str(path))
    return path
