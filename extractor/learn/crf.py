"""Fitting one linear-chain CRF (python-crfsuite), as every corpus-trained part does: the labelled
sequences appended in order, fixed parameters (training is deterministic), the model written to a
path. Each part keeps its own features, data and parameters; this is only the trainer's plumbing."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import pycrfsuite


def fit_crf(sequences: Sequence[tuple[Any, Sequence[str]]], params: Mapping[str, object], path: Path) -> Path:
    """Train on ``sequences`` (features, labels) with L-BFGS and ``params``; write the model to ``path``."""
    import pycrfsuite

    trainer = pycrfsuite.Trainer(algorithm="lbfgs", verbose=False)
    for features, labels in sequences:
        trainer.append(features, list(labels))
    trainer.set_params(dict(params))
    path.parent.mkdir(parents=True, exist_ok=True)
    trainer.train(str(path))
    open_tagger.cache_clear()  # a model written again must be opened again
    return path


@cache
def open_tagger(path: str) -> pycrfsuite.Tagger | None:
    """The tagger of the model file at ``path``, opened once per process; None when there is none."""
    if not Path(path).is_file():
        return None
    import pycrfsuite

    tagger = pycrfsuite.Tagger()
    tagger.open(path)
    return tagger
