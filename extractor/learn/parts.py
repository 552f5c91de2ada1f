"""The learned parts of the pipeline, as cross-validation and the training command see them.

A learned part has a name, the file it ships as (``extractor/models/<file>``) and a ``train``
function that writes that file from a list of corpus annotations (plus any shared training data
it uses). ``benchmarks/crossval.py`` trains every part on four folds into a temporary folder and
runs the pipeline with ``ExtractOptions(model_dir=...)``; ``use_models=False`` runs the rules alone.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from extractor.learn import corpus as cp
from extractor.learn.corpus import Annotation

MODELS_DIR = Path(__file__).resolve().parents[1] / "models"


@dataclass(frozen=True, slots=True)
class LearnedPart:
    name: str
    file: str
    train: Callable[[Sequence[Annotation], Path], None]
    # the part's own stamp, when it learns from more than the corpus (default: ``corpus_stamp``)
    stamp: Callable[[LearnedPart], dict[str, object]] | None = None


def _train_structure(annotations: Sequence[Annotation], out_dir: Path) -> None:
    from extractor.learn import structure

    structure.train(annotations, out_dir)


def _train_statements(annotations: Sequence[Annotation], out_dir: Path) -> None:
    from extractor.learn import statements

    statements.train(annotations, out_dir)


def _item_part(name: str) -> LearnedPart:
    def train(annotations: Sequence[Annotation], out_dir: Path) -> None:
        from extractor.learn import items

        items.train(items.ITEM_LISTS[name], annotations, out_dir)

    return LearnedPart(name, f"{name}.crfsuite", train)


# The lists whose entry fields a token model labels (``extractor.learn.items``).
ITEM_PARTS = ("talks", "grants", "awards", "service")


def _train_entries(annotations: Sequence[Annotation], out_dir: Path) -> None:
    from extractor.fields import rule_entry_fields
    from extractor.learn import entries

    entries.train(annotations, out_dir, rule_entry_fields)


def _train_citation(annotations: Sequence[Annotation], out_dir: Path) -> None:
    from extractor.learn.citation_fit import WORKSPACE, train_citation
    from extractor.learn.data import anystyle_dir, corpus_entries

    extra = [(e.tokens, e.labels, e.owner) for e in corpus_entries(annotations)]
    train_citation(anystyle_dir(WORKSPACE), out_dir, extra=extra)


def _citation_stamp(part: LearnedPart) -> dict[str, object]:
    """AnyStyle's files, the feature and generator code and the trainer's parameters
    (``train.citation_stamp``), and the corpus it learns publications from."""
    from extractor.learn.citation_fit import WORKSPACE, citation_stamp
    from extractor.learn.data import anystyle_dir

    directory = anystyle_dir(WORKSPACE)
    corpus = corpus_stamp(part)
    return {
        **citation_stamp(directory if directory.is_dir() else None),
        "part": part.name,
        "corpus_files": corpus["inputs"],
        "sha256": corpus["sha256"],
    }


LEARNED_PARTS: tuple[LearnedPart, ...] = (
    LearnedPart("structure", "structure.crfsuite", _train_structure),
    LearnedPart("entries", "entries.crfsuite", _train_entries),
    *(_item_part(name) for name in ITEM_PARTS),
    LearnedPart("citation", "citation.crfsuite", _train_citation, _citation_stamp),
    LearnedPart("statements", "statements.crfsuite", _train_statements),
)

# The regex modules of a list's rule reader (beside ``patterns/regexes.py``).
LIST_REGEXES = {
    "talks": ("extractor/patterns/talk_regexes.py",),
    "grants": ("extractor/patterns/grant_regexes.py",),
}

# Source files whose change changes what a part learns from the corpus: its features and the alignment.
FEATURE_SOURCES = {
    "structure": (
        "extractor/learn/structure.py",
        "extractor/learn/corpus.py",
        "extractor/segment.py",  # the rules' headings and entry starts are features
        "extractor/read/pdfium.py",  # so are the lines' positions and styles the reader gives
        "extractor/read/layout.py",
        "extractor/patterns/regexes.py",
        "extractor/patterns/structure_regexes.py",
        "extractor/patterns/sections.toml",
    ),
    **{
        name: (
            "extractor/learn/items.py",
            "extractor/learn/items_generate.py",
            "extractor/learn/citation.py",
            "extractor/learn/corpus.py",
            "extractor/patterns/item_words.toml",
            "extractor/patterns/regexes.py",  # amount, role and invited patterns are features
            "extractor/patterns/citation_regexes.py",  # so are the citation features' patterns
            "extractor/patterns/citation_words.toml",
            "extractor/patterns/venues.tsv",
            "extractor/parse/dates.py",
            "extractor/parse/places.py",
            f"extractor/parse/{name}.py",  # the list's rule reader: its fields are features
            "extractor/parse/text.py",  # and the part clean-up it uses
            *LIST_REGEXES.get(name, ()),  # and the regexes it reads them with
        )
        for name in ITEM_PARTS
    },
    "entries": (
        "extractor/learn/entries.py",
        "extractor/learn/corpus.py",
        "extractor/fields/education.py",
        "extractor/fields/experience.py",
        "extractor/parse/entries.py",
        "extractor/parse/cities.py",  # a city tail is a location the rules cut (their values are features)
        "extractor/patterns/cities.txt",
        "extractor/patterns/org_regexes.py",
        "extractor/parse/dates.py",
        "extractor/patterns/regexes.py",
        "extractor/patterns/org_words.txt",
        "extractor/patterns/job_titles.txt",
        "extractor/patterns/degrees.tsv",
    ),
    "citation": ("extractor/learn/corpus.py",),
    "statements": (
        "extractor/learn/statements.py",
        "extractor/learn/corpus.py",
        "extractor/parse/statement_headings.py",
        "extractor/patterns/statement_regexes.py",
    ),  # the rest of its code is in train.CITATION_CODE
}


def training_inputs(part: LearnedPart) -> list[Path]:
    files = cp.annotation_files()
    return [*files, *(cp.REPO_ROOT / f for f in FEATURE_SOURCES.get(part.name, ()))]


def stamp_for(part: LearnedPart) -> dict[str, object]:
    """What a shipped part must have been trained from to be current."""
    return part.stamp(part) if part.stamp is not None else corpus_stamp(part)


def corpus_stamp(part: LearnedPart) -> dict[str, object]:
    """The sha256 of everything a corpus-trained part is trained from (the corpus and its feature code)."""
    digest = hashlib.sha256()
    files = training_inputs(part)
    for path in files:
        digest.update(str(path.relative_to(cp.REPO_ROOT)).encode())
        digest.update(hashlib.sha256(path.read_bytes()).digest())
    return {"part": part.name, "inputs": len(files), "sha256": digest.hexdigest()}


def stamp_path(part: LearnedPart) -> Path:
    return MODELS_DIR / f"{part.name}.stamp.json"


def train_shipped(part: LearnedPart) -> Path:
    """Train a corpus part on every checked annotation into the package's models, with its stamp."""
    annotations = [a for a in cp.load_corpus() if a.checked]
    part.train(annotations, MODELS_DIR)
    stamp_path(part).write_text(json.dumps(stamp_for(part), indent=1) + "\n", encoding="utf-8")
    return MODELS_DIR / part.file
