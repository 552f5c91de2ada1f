"""Write corpus/splits.json: every pool and devset person in one of 5 folds, fixed once.

    python scripts/make_splits.py

Stratified: people are ordered by layout (one- or multi-column), then broad field (the first word of
the manifest's field), then by a hash of their id (so the order within a stratum is arbitrary but
reproducible), and dealt to the folds in turn. Each fold thus gets single- and multi-column CVs and
several fields. A person's documents (CV, homepage, statements) all stay in one fold.
"""

from __future__ import annotations

import hashlib
import json

from extractor.learn import corpus as cp

FOLDS = 5


def _people() -> list[tuple[str, str, str]]:
    people = []
    for person, row in cp.manifest().items():
        people.append((person, row.get("layout") or "", (row.get("field") or "").split()[0].strip("/,")))
    devset = cp.shared_dir() / "devset"
    for gold in sorted(devset.glob("*/gold.json")):
        info = json.loads(gold.read_text(encoding="utf-8")).get("cv_info", {})
        layout = "one-column" if "one" in info.get("layout", "") else "multi-column"
        people.append((gold.parent.name, layout, info.get("field", "").split()[0].strip("/,")))
    return people


def main() -> None:
    people = sorted(
        _people(), key=lambda p: (p[1], p[2].casefold(), hashlib.sha256(p[0].encode()).hexdigest())
    )
    folds: list[list[str]] = [[] for _ in range(FOLDS)]
    for n, (person, _layout, _field) in enumerate(people):
        folds[n % FOLDS].append(person)
    data = {
        "method": "by person; ordered by layout, broad field and a hash of the id, dealt in turn "
        "(scripts/make_splits.py)",
        "folds": [sorted(fold) for fold in folds],
    }
    (cp.CORPUS_DIR / "splits.json").write_text(json.dumps(data, indent=1) + "\n", encoding="utf-8")
    print(f"{len(people)} people in {FOLDS} folds: {[len(f) for f in folds]}")


if __name__ == "__main__":
    main()
