"""Validate every annotation in corpus/ against the contract, its source document and the pool.

    python benchmarks/corpus_check.py [--jobs N] [FILE ...]

Checks, per file (extractor/learn/corpus.py ``validate``): the format and the contract schema,
the source's id, file and sha256 against ../shared and pool/manifest.jsonl, every item's evidence
found in the document's text (as the reader and repair give it), every printed field inside its
evidence, years and dates printed, every evidenced item an item of a section, and the ``checked``
record. Exit 1 when any file has a problem. The last line reads
``corpus: N cv, M homepage, K statement documents valid``.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from extractor.learn import corpus as cp


def check_file(path: Path) -> tuple[Path, str, list[str]]:
    try:
        annotation = cp.load_annotation(path)
    except (ValueError, OSError) as e:
        return path, path.parent.name, [str(e)]
    doc = None
    if annotation.source.path.exists():
        try:
            doc = cp.read_document_text(annotation.source.path)
        except Exception as e:  # the reader's failure is this file's problem, not the checker's
            return path, annotation.doc_type, [f"source could not be read: {e}"]
    return path, annotation.doc_type, cp.validate(annotation, doc)


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("files", nargs="*", type=Path)
    parser.add_argument("--jobs", type=int, default=2)
    args = parser.parse_args()
    files = args.files or cp.annotation_files()
    if not cp.shared_dir().exists():
        print(f"corpus: {cp.shared_dir()} is absent; documents not checked")
    valid: Counter[str] = Counter()
    failed = 0
    with ProcessPoolExecutor(max_workers=args.jobs) as pool:
        for path, doc_type, problems in pool.map(check_file, files):
            if problems:
                failed += 1
                print(f"{path}: {len(problems)} problem(s)")
                for problem in problems[:20]:
                    print(f"  {problem}")
            else:
                valid[doc_type] += 1
    if failed:
        print(f"corpus: {failed} file(s) with problems")
    counts = f"{valid['cv']} cv, {valid['homepage']} homepage, {valid['statement']} statement"
    print(f"corpus: {counts} documents valid")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
