"""The recipe: read -> repair -> classify -> label lines -> segment -> parse fields -> assemble.

The only module that knows the order of the stages. Each input is read inside its own try:
one unreadable file becomes an error for the caller and a line in ``warnings``, and the
others are still read.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from extractor.assemble import assemble_profile
from extractor.classify import guess_kind
from extractor.document import Extraction
from extractor.errors import InputError
from extractor.fields import ParseContext, parse_document
from extractor.learn.structure import label_structure
from extractor.options import ExtractOptions
from extractor.profile import Profile
from extractor.read import read_document
from extractor.repair import repair_document
from extractor.segment import segment_sections

logger = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class ExtractResult:
    """The profile (None when no input could be read) and the inputs that could not be read."""

    profile: Profile | None
    errors: tuple[InputError, ...] = field(default=())


def extract_document(path: str, options: ExtractOptions, index: int = 0) -> Extraction:
    """Run the stages on one document.

    Raises:
        InputError: the document could not be read.
    """
    document = read_document(path, options, index)  # 1. read
    document = repair_document(document)  # 2. repair
    kind = options.kind or guess_kind(document)  # 3. classify
    labels = label_structure(document, options.use_models, options.model_dir)  # 4. label lines (model)
    sections = segment_sections(document, labels)  # 5. segment
    ctx = ParseContext(source_index=index, kind=kind, use_nlp=options.use_nlp)
    return parse_document(document, sections, ctx)  # 6. parse fields


def extract(
    paths: Sequence[str],
    options: ExtractOptions | None = None,
    extract_one: Callable[[str, ExtractOptions, int], Extraction] = extract_document,
) -> ExtractResult:
    """Extract one person's profile from their documents; unreadable inputs are reported, not raised.

    ``extract_one`` runs steps 1-5 on one document; ``extractor.guard`` passes one that runs them
    in a child process under memory and time limits.
    """
    options = options or ExtractOptions()
    extractions: list[Extraction] = []
    errors: list[InputError] = []
    for path in paths:
        try:
            extractions.append(extract_one(path, options, len(extractions)))
        except InputError as e:
            logger.info("skipped %s", e)
            errors.append(e)
        except Exception as e:
            # not the input's fault, but reported the same way: one line, the document skipped
            logger.exception("internal error on %s", path)
            reason = f"internal error while extracting ({type(e).__name__}: {e})"
            errors.append(InputError(path, reason, internal=True))
    if not extractions:
        return ExtractResult(profile=None, errors=tuple(errors))
    extra = [f"{e.path}: could not be read ({e.reason})" for e in errors]
    if options.use_nlp:
        from extractor.nlp import model_warning

        warning = model_warning()
        if warning:
            extra.append(warning)
    profile = assemble_profile(extractions, extra)  # 7. assemble
    return ExtractResult(profile=profile, errors=tuple(errors))


def extract_profile(paths: Sequence[str] | str, options: ExtractOptions | None = None) -> Profile:
    """The library entry point: one person's documents -> Profile.

    Raises:
        InputError: no input could be read (the first input's error). When only some inputs
            fail, the profile is returned with their failures in ``warnings``.
    """
    result = extract([paths] if isinstance(paths, str) else list(paths), options)
    if result.profile is None:
        raise result.errors[0]
    return result.profile
