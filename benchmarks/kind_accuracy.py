"""How often the document kind guess (``extractor.classify.guess_kind``) is right on the corpus.

    python benchmarks/kind_accuracy.py [--types cv,homepage,statement]

The corpus folder is the true kind (a statement's file name says which: research, teaching,
diversity -> other). Prints counts (true kind, guessed kind) and the names of the documents guessed
wrong; no document text.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]
if str(REPO_ROOT) not in sys.path:
    sys.path.insert(0, str(REPO_ROOT))

from extractor.classify import guess_kind  # noqa: E402
from extractor.learn import corpus as cp  # noqa: E402
from extractor.options import ExtractOptions  # noqa: E402

STATEMENT_KINDS = {"research": "research_statement", "teaching": "teaching_statement", "diversity": "other"}


def true_kind(annotation: cp.Annotation) -> str:
    if annotation.doc_type != "statement":
        return annotation.doc_type
    return STATEMENT_KINDS[annotation.name.rsplit("-", 1)[1]]


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--types", default=",".join(cp.DOCUMENT_TYPES))
    args = parser.parse_args()
    counts: Counter[tuple[str, str]] = Counter()
    wrong: list[str] = []
    for annotation in cp.load_corpus(doc_types=args.types.split(",")):
        if not annotation.source.path.exists():
            continue
        document = cp.read_repaired(annotation.source.path, ExtractOptions(use_nlp=False))
        truth, guess = true_kind(annotation), str(guess_kind(document))
        counts[(truth, guess)] += 1
        if truth != guess:
            wrong.append(f"{annotation.doc_type}/{annotation.name} -> {guess}")
    right = sum(n for (truth, guess), n in counts.items() if truth == guess)
    print(f"kind right: {right}/{sum(counts.values())}")
    for (truth, guess), n in sorted(counts.items()):
        print(f"{n:5d}  {truth:<20} guessed {guess}")
    for line in wrong:
        print(f"  wrong: {line}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
