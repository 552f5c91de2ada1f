"""Where entry boundaries are lost, fold-out: counts over the corpus CVs, no document text printed.

    python benchmarks/entry_diagnosis.py [--folds 0,1] [--types cv] [--model-root DIR] [--examples]

For each fold the structure model alone (``extractor.learn.structure.train``) is trained on the other
folds' annotations (into ``--model-root``/fold-N, kept for the next run; delete it after a change of
features), the fold's documents are segmented with it, and every line of a section is compared with
the labels the annotation gives it (``align_labels``): a line the annotation starts an entry at that
does not start a block (``miss``), a line inside an annotated entry that starts one (``extra``). Each
is counted by its cause:

- ``miss: is a predicted heading`` / ``in prose section``: section detection, not entry starts;
- ``miss: taken as sub-heading``: the model's sub-heading inside publications;
- ``miss: rules-cut <kind>``: a section the rules cut (``segment.RULE_CUT_KINDS``);
- ``miss: pred <label> (<kind>)`` / ``extra: <gold> pred <label> (<kind>)``: the model's label;
- ``heading missed``: an annotated heading the segmenter did not take;
- ``unplaced``: annotated items and headings the alignment could not find in the reader's lines.

The entry boundary F1 printed first is the one ``benchmarks/crossval.py`` computes (an entry counts
when its text equals an annotated item's, letters and digits compared), learned and rules-only.
``--examples`` names, for each cause, the documents where it occurs most (names only).
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections import Counter, defaultdict
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]
if str(REPO_ROOT) not in sys.path:
    sys.path.insert(0, str(REPO_ROOT))

from extractor.document import Document, LineLabel, Section  # noqa: E402
from extractor.learn import corpus as cp  # noqa: E402
from extractor.learn import structure as st  # noqa: E402
from extractor.options import ExtractOptions  # noqa: E402
from extractor.segment import RULE_CUT_KINDS, segment_sections, split_entries  # noqa: E402

PROSE = ("header", "about", "statement")


def boundary_counts(annotation: cp.Annotation, sections: list[Section]) -> Counter[str]:
    """tp / fp / fn of entry boundaries, as ``benchmarks/crossval.py`` counts them."""
    gold = Counter(
        cp.match_key(item)
        for section in annotation.sections
        if section.get("kind") not in PROSE
        for item in section.get("items", [])
    )
    gold.pop("", None)
    predicted: Counter[str] = Counter()
    total = 0
    for section in sections:
        for block in split_entries(section):
            predicted[cp.match_key(block.text)] += 1
            total += str(section.kind) not in PROSE
    matched = sum((predicted & gold).values())
    return Counter(tp=matched, fp=total - matched, fn=sum(gold.values()) - matched)


def line_causes(
    annotation: cp.Annotation,
    document: Document,
    sections: list[Section],
    labels: dict[int, LineLabel] | None,
) -> list[str]:
    """One cause per line whose entry start the segmenter got wrong (see the module docstring)."""
    alignment = st.align_labels(document.lines, annotation)
    section_of: dict[int, Section] = {}
    headings: set[int] = set()
    starts: set[int] = set()
    subheadings: set[int] = set()
    for section in sections:
        if section.heading is not None:
            headings.add(section.heading.number)
        section_of.update((line.number, section) for line in section.lines)
        starts.update(block.lines[0].number for block in split_entries(section))
        subheadings |= section.subheadings
    causes = [f"unplaced {what.split()[0]}" for what in alignment.unplaced]
    for line, gold in zip(document.lines, alignment.labels, strict=True):
        predicted = labels[line.number].label if labels else "-"
        section = section_of.get(line.number)
        kind = str(section.kind) if section is not None else "heading"
        start = line.number in starts
        if gold == "B" and not start:
            if line.number in headings:
                causes.append("miss: is a predicted heading")
            elif section is not None and kind in PROSE:
                causes.append("miss: in prose section")
            elif line.number in subheadings:
                causes.append("miss: taken as sub-heading")
            elif section is not None and section.kind in RULE_CUT_KINDS:
                causes.append(f"miss: rules-cut {kind}")
            else:
                causes.append(f"miss: pred {predicted} ({kind})")
        elif start and gold == "I":
            if section is not None and section.kind in RULE_CUT_KINDS:
                causes.append(f"extra: rules-cut {kind}")
            else:
                causes.append(f"extra: I pred {predicted} ({kind})")
        elif start and gold in ("O", "SUB", "HEAD", "HDR") and kind not in PROSE:
            causes.append(f"extra: {gold} pred {predicted} ({kind})")
        elif gold == "HEAD" and line.number not in headings:
            causes.append(f"heading missed (pred {predicted}, in {kind})")
    return causes


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--folds", default="0,1")
    parser.add_argument("--types", default="cv")
    parser.add_argument("--model-root", type=Path, default=None)
    parser.add_argument("--examples", action="store_true")
    args = parser.parse_args()
    splits = json.loads((cp.CORPUS_DIR / "splits.json").read_text(encoding="utf-8"))["folds"]
    fold_of = {person: n for n, fold in enumerate(splits) for person in fold}
    everything = [a for a in cp.load_corpus() if a.checked and a.source.path.exists()]
    root = args.model_root or Path(tempfile.mkdtemp(prefix="entry-diagnosis-"))
    totals = {True: Counter[str](), False: Counter[str]()}
    counts: Counter[str] = Counter()
    where: dict[str, Counter[str]] = defaultdict(Counter)
    for fold in (int(f) for f in args.folds.split(",")):
        model_dir = root / f"fold-{fold}"
        if not (model_dir / st.MODEL_FILE).exists():
            model_dir.mkdir(parents=True, exist_ok=True)
            st.train([a for a in everything if fold_of.get(a.person, -1) != fold], model_dir)
        for annotation in everything:
            if annotation.doc_type not in args.types.split(",") or fold_of.get(annotation.person) != fold:
                continue
            document = cp.read_repaired(annotation.source.path, ExtractOptions(use_nlp=False))
            labels = st.label_structure(document, True, str(model_dir))
            sections = segment_sections(document, labels)
            totals[True] += boundary_counts(annotation, sections)
            totals[False] += boundary_counts(annotation, segment_sections(document))
            for cause in line_causes(annotation, document, sections, labels):
                counts[cause] += 1
                where[cause][annotation.name] += 1
    for learned in (True, False):
        c = totals[learned]
        f1 = 2 * c["tp"] / (2 * c["tp"] + c["fp"] + c["fn"]) if c["tp"] else 0.0
        name = "learned" if learned else "rules-only"
        print(f"entry boundaries F1, {name}: {f1:.4f}  tp {c['tp']}, fp {c['fp']}, fn {c['fn']}")
    print(f"models in {root}")
    for cause, n in counts.most_common():
        print(f"{n:5d}  {cause}")
        if args.examples:
            print("       " + ", ".join(f"{name}x{c}" for name, c in where[cause].most_common(6)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
