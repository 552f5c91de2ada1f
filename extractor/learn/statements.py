"""Learned statement themes: which lines of a laid-out statement (a PDF) open one of its themes.

A linear-chain CRF over the statement's lines up to its reference list (``statement_headings.body_lines``),
one label a line: ``theme`` (the line opens a theme: a heading, a numbered aim, a run-in lead) or
``other``. Its features are what the heading rules see (``statement_headings.line_cues``: the font
against the body's, bold and run-in leads, numbering, capitals, length, the title block, page furniture,
captions, statement-heading words) including the rules' own decision, and the same cues of the lines
before and after. Trained from the corpus statements: every annotated theme title is found on the
line that prints it (letters and digits, numbering ignored); a statement without themes teaches that
none of its lines opens one.

``theme_lines(lines, model_dir)`` -> the indexes of the lines that open a theme (a marginal probability of
at least ``THEME_MIN_MARGINAL``), or None when the model is not trained. Plain-text statements (no fonts)
stay with the rules, and so do future directions (from the rules' headings): a sentence CRF over the
statement's headings and candidate sentences, with the rules' directions and the plan patterns as
features, scored fold-out F1 .59 at best against the rules' .68 on the corpus statements (and .68, no
gain, as a veto and adder over the rules' directions), so it is not part of the pipeline.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from extractor.document import Line
from extractor.learn.corpus import match_key
from extractor.learn.crf import fit_crf, open_tagger
from extractor.parse.statement_headings import body_lines, has_layout, line_cues

if TYPE_CHECKING:

    from extractor.learn.corpus import Annotation

PACKAGE_MODELS = Path(__file__).resolve().parents[1] / "models"
MODEL_FILE = "statements.crfsuite"
THEME, OTHER = "theme", "other"
# L1/L2 weights and iterations: fixed, so a retrain from the same corpus gives the same model. A strong
# L1 weight keeps the few cues that hold across statements (fold-out theme F1 .798 at c1 0.2, .843 at 2).
TRAINING_PARAMS = {"c1": 2.0, "c2": 0.1, "max_iterations": 150, "feature.possible_transitions": True}
# The cues of the neighbouring lines that become features of a line.
NEIGHBOUR_CUES = ("rule=", "bold", "emph", "gap", "numbered", "headingtext", "short", "boldlead", "smaller")
# A line's letters and digits match a theme title on at most this many of the title's first ones (a
# long title may wrap) and at least this many when only the line's start is printed on it.
TITLE_PREFIX = 40
# A line opens a theme when the model gives it at least this marginal probability (below one half: the
# rules' headings are precise, the lines they miss are where the model adds; 0.4 chosen on the corpus
# folds, fold-out theme F1 .843 at 0.5, .855 at 0.4, .847 at 0.3).
THEME_MIN_MARGINAL = 0.4
WRAPPED_MIN = 12


def line_features(lines: Sequence[Line]) -> list[list[str]]:
    """The heading rules' cues of every line, with some of the previous and next lines' cues."""
    cues = line_cues(lines)
    out: list[list[str]] = []
    for i, own in enumerate(cues):
        feats = ["bias", *own]
        for offset, name in ((-1, "prev"), (1, "next")):
            j = i + offset
            if 0 <= j < len(cues):
                feats.extend(f"{name}:{c}" for c in cues[j] if c.startswith(NEIGHBOUR_CUES))
            else:
                feats.append(f"{name}:none")
        out.append(feats)
    return out


def _unnumbered(key: str) -> str:
    return re.sub(r"^\d+", "", key)


def align(lines: Sequence[Line], titles: Sequence[str]) -> list[str]:
    """Per line, ``theme`` where an annotated theme title is printed (the first free line from the last
    match on, else any free line), ``other`` elsewhere."""
    keys = [_unnumbered(match_key(line.text)) for line in lines]
    labels = [OTHER] * len(lines)
    start = 0
    for title in titles:
        wanted = _unnumbered(match_key(title))[:TITLE_PREFIX]
        if not wanted:
            continue
        order = [*range(start, len(lines)), *range(start)]
        for i in order:
            key = keys[i]
            if labels[i] == THEME or not key:
                continue
            if key.startswith(wanted) or (len(key) >= WRAPPED_MIN and wanted.startswith(key)):
                labels[i] = THEME
                start = i + 1
                break
    return labels


def statement_lines(path: Path | str) -> tuple[Line, ...]:
    """A statement's lines as the statement parser reads them: read and repaired, up to its references."""
    from extractor.learn.corpus import read_repaired
    from extractor.options import ExtractOptions

    return body_lines(read_repaired(path, ExtractOptions(use_nlp=False)).lines)


def training_sequences(annotations: Sequence[Annotation]) -> list[tuple[list[list[str]], list[str]]]:
    sequences = []
    for annotation in annotations:
        if annotation.doc_type != "statement" or not annotation.source.path.exists():
            continue
        lines = statement_lines(annotation.source.path)
        if not lines or not has_layout(lines):
            continue
        statement = annotation.profile.statement
        titles = [t.title for t in statement.themes] if statement is not None else []
        sequences.append((line_features(lines), align(lines, titles)))
    return sequences


def train(annotations: Sequence[Annotation], out_dir: Path) -> Path:
    """Train the theme-line model on the corpus statements of ``annotations`` into ``out_dir``."""
    sequences = training_sequences(annotations)
    if not sequences:
        raise ValueError("no laid-out statement annotation: nothing to train the statement model on")
    path = fit_crf(sequences, TRAINING_PARAMS, out_dir / MODEL_FILE)
    return path


def model_path(model_dir: str | None) -> Path:
    return (Path(model_dir) if model_dir else PACKAGE_MODELS) / MODEL_FILE


def theme_lines(lines: Sequence[Line], model_dir: str | None = None) -> list[int] | None:
    """The indexes of the lines that open a theme in a laid-out statement's body lines; None when the
    model is not trained or the lines carry no layout."""
    tagger = open_tagger(str(model_path(model_dir)))
    if tagger is None or not lines or not has_layout(lines):
        return None
    tagger.set(line_features(lines))
    return [i for i in range(len(lines)) if tagger.marginal(THEME, i) >= THEME_MIN_MARGINAL]
