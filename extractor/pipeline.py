"""The recipe: read -> repair -> classify -> label lines -> segment -> parse fields -> assemble.

The only module that knows the order of the stages. Each input is read inside its own try:
one unreadable file becomes an error for the caller and a line in ``warnings``, and the
others are still read.
"""

from __future__ import annotations

import dataclasses
import logging
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from extractor.assemble import assemble_profile
from extractor.document import Extraction, Items
from extractor.errors import InputError
from extractor.options import ExtractOptions
from extractor.profile import Profile

logger = logging.getLogger(__name__)

# The modules of the stages ``extract_document`` runs: imported on its first call, so that a process
# that only assembles (the parent of guarded workers, which read the documents) never loads them;
# the workers' fork server preloads them (``guard.PRELOAD_MODULES``).
STAGE_MODULES = (
    "extractor.read",
    "extractor.repair",
    "extractor.classify",
    "extractor.learn.structure",
    "extractor.segment",
    "extractor.fields",
)


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
    from extractor.classify import guess_kind
    from extractor.fields import ParseContext, parse_document
    from extractor.learn.structure import label_structure
    from extractor.read import read_document
    from extractor.repair import repair_document
    from extractor.segment import segment_sections

    clock = _Clock()
    document = read_document(path, options, index)  # 1. read
    pages = f"{document.source.pages} pages, " if document.source.pages is not None else ""
    logger.info(
        "%s: read %s%d lines as %s (%s)",
        path,
        pages,
        len(document.lines),
        document.source.media_type,
        clock(),
    )
    document = repair_document(document)  # 2. repair
    logger.info("%s: repaired, %d lines kept (%s)", path, len(document.lines), clock())
    kind = options.kind or guess_kind(document)  # 3. classify
    logger.info("%s: kind %s%s (%s)", path, kind, " (given)" if options.kind else "", clock())
    labels = label_structure(document, options.use_models, options.model_dir)  # 4. label lines (model)
    if labels is not None:
        logger.info("%s: line labels from the structure model (%s)", path, clock())
    sections = segment_sections(document, labels)  # 5. segment
    names = ", ".join(f"{s.kind}({len(s.lines)})" for s in sections)
    logger.info("%s: %d sections: %s (%s)", path, len(sections), names or "none", clock())
    ctx = ParseContext(
        source_index=index,
        kind=kind,
        use_nlp=options.use_nlp,
        use_models=options.use_models,
        model_dir=options.model_dir,
    )
    extraction = parse_document(document, sections, ctx)  # 6. parse fields
    if logger.isEnabledFor(logging.INFO):
        logger.info("%s: parsed %s (%s)", path, _item_counts(extraction.items), clock())
        for warning in extraction.warnings:
            logger.info("%s: warning: %s", path, warning)
    return extraction


class _Clock:
    """Seconds since the last call, as text: the stage times of -v."""

    def __init__(self) -> None:
        self.last = time.perf_counter()

    def __call__(self) -> str:
        now = time.perf_counter()
        spent, self.last = now - self.last, now
        return f"{spent:.2f} s"


def _item_counts(items: Items) -> str:
    """ "education 2, publications 14; model confidence min 0.41, mean 0.88 over 14 items" """
    lists = {f.name: getattr(items, f.name) for f in dataclasses.fields(items)}
    counts = ", ".join(f"{name} {len(found)}" for name, found in lists.items() if found) or "no items"
    scores = [c for item in items.every() if isinstance(c := getattr(item, "confidence", None), float)]
    if not scores:
        return f"{counts}; no model confidence"
    return (
        f"{counts}; model confidence min {min(scores):.2f}, mean {sum(scores) / len(scores):.2f} "
        f"over {len(scores)} items"
    )


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
    clock = _Clock()
    profile = assemble_profile(extractions, extra)  # 7. assemble
    if logger.isEnabledFor(logging.INFO):
        lists = {
            name: value
            for name, value in profile
            if isinstance(value, list) and value and name not in ("sources", "warnings")
        }
        counts = ", ".join(f"{name} {len(value)}" for name, value in lists.items()) or "no items"
        logger.info(
            "assembled %d of %d documents: %s; %d warnings (%s)",
            len(extractions),
            len(paths),
            counts,
            len(profile.warnings),
            clock(),
        )
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
