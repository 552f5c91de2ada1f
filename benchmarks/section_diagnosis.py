"""Where section-kind accuracy is lost: counts over the corpus CVs, no document text printed.

    python benchmarks/section_diagnosis.py [--types cv] [--cache DIR] [--examples]

For every annotated section with a heading, the rule segmenter (``segment_sections`` without the
structure model's labels, as crossval's rules-only run) either
found that heading with the annotated kind (as a section heading or a sub-heading inside a section
of that kind, as ``benchmarks/crossval.py`` counts), found it with another kind, or missed it. A missed
heading is classified by where its text is among the reader's lines:

- ``line, not heading``: a line holds exactly the heading; the segmenter did not take it (split by
  whether the vocabulary knows the words, and whether the line looks emphasized);
- ``line starts with it``: the heading is merged at the start of a longer line (a side-column heading
  on the same baseline as the first entry);
- ``inside a line``: the heading is in the middle or at the end of a line;
- ``across lines``: the heading is split over consecutive lines;
- ``absent``: the reader does not print it at all.

``--examples`` also prints, for each cause, the names of the documents (not their text) where it occurs.
``--cache DIR`` keeps the read documents as pickles (scratch only; they hold document text).
"""

from __future__ import annotations

import argparse
import itertools
import pickle
import sys
from collections import Counter, defaultdict
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]
if str(REPO_ROOT) not in sys.path:
    sys.path.insert(0, str(REPO_ROOT))

from crossval import heading_keys  # noqa: E402  (the same heading comparison as crossval's)

from extractor.document import Document  # noqa: E402
from extractor.learn import corpus as cp  # noqa: E402
from extractor.options import ExtractOptions  # noqa: E402
from extractor.patterns import heading_kind  # noqa: E402
from extractor.segment import (  # noqa: E402
    _context,
    _looks_emphasized,
    segment_sections,
    subheading_lines,
)


def read(annotation: cp.Annotation, cache: Path | None) -> Document:
    if cache is not None:
        path = cache / f"{annotation.doc_type}-{annotation.name}.pickle"
        if path.exists():
            document: Document = pickle.loads(path.read_bytes())
            return document
    document = cp.read_repaired(annotation.source.path, ExtractOptions(use_nlp=False))
    if cache is not None:
        cache.mkdir(parents=True, exist_ok=True)
        path.write_bytes(pickle.dumps(document))
    return document


def diagnose(annotation: cp.Annotation, document: Document) -> list[str]:
    """One cause per annotated heading."""
    sections = segment_sections(document)
    found: dict[str, str] = {}
    for s in sections:  # as benchmarks/crossval.py counts them
        for key in heading_keys(s.heading.text) if s.heading is not None else ():
            found.setdefault(key, str(s.kind))
        for line in subheading_lines(s):
            for key in heading_keys(line.text):
                found.setdefault(key, str(s.kind))
    keys = [cp.match_key(line.text) for line in document.lines]
    ctx = _context(document)
    causes = []
    for section in annotation.sections:
        heading = section.get("heading")
        if not heading:
            continue
        gold = str(section.get("kind"))
        key = cp.match_key(heading)
        if matched := [found[k] for k in heading_keys(heading) if k in found]:
            pred = matched[0]
            causes.append("right" if pred == gold else f"wrong kind: {gold} -> {pred}")
            continue
        vocab = heading_kind(heading)
        known = "known words" if vocab is not None else "unknown words"
        exact = [n for n, k in enumerate(keys) if k == key]
        if exact:
            line = document.lines[exact[0]]
            looks = "emphasized" if _looks_emphasized(line, ctx) else "plain"
            causes.append(f"missed: line, not heading ({known}, {looks})")
        elif any(k.startswith(key) for k in keys):
            causes.append(f"missed: line starts with it ({known})")
        elif any(key in k for k in keys):
            causes.append(f"missed: inside a line ({known})")
        elif any(key in a + b for a, b in itertools.pairwise(keys)):
            causes.append(f"missed: across lines ({known})")
        else:
            causes.append(f"missed: absent ({known})")
    return causes


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--types", default="cv")
    parser.add_argument("--cache", type=Path, default=None)
    parser.add_argument("--examples", action="store_true")
    args = parser.parse_args()
    counts: Counter[str] = Counter()
    where: dict[str, Counter[str]] = defaultdict(Counter)
    for annotation in cp.load_corpus(doc_types=args.types.split(",")):
        if not annotation.checked or not annotation.source.path.exists():
            continue
        for cause in diagnose(annotation, read(annotation, args.cache)):
            counts[cause] += 1
            where[cause][annotation.name] += 1
    total = sum(counts.values())
    print(f"annotated headings: {total}, right: {counts['right']} ({counts['right'] / max(total, 1):.3f})")
    for cause, n in counts.most_common():
        if cause == "right":
            continue
        print(f"{n:5d}  {cause}")
        if args.examples:
            print("       " + ", ".join(f"{name}x{c}" for name, c in where[cause].most_common(8)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
