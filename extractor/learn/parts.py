"""The learned parts of the pipeline, as cross-validation and the training command see them.

A learned part has a name, the file it ships as (``extractor/models/<file>``) and a ``train``
function that writes that file from a list of corpus annotations (plus any shared training data
it uses). ``benchmarks/crossval.py`` trains every part on four folds into a temporary folder and
runs the pipeline with ``ExtractOptions(model_dir=...)``; ``use_models=False`` runs the rules alone.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from extractor.learn.corpus import Annotation


@dataclass(frozen=True, slots=True)
class LearnedPart:
    name: str
    file: str
    train: Callable[[Sequence[Annotation], Path], None]


def _train_structure(annotations: Sequence[Annotation], out_dir: Path) -> None:
    from extractor.learn import structure

    structure.train(annotations, out_dir)


LEARNED_PARTS: tuple[LearnedPart, ...] = (LearnedPart("structure", "structure.crfsuite", _train_structure),)
