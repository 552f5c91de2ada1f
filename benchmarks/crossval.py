"""Fold-out accuracy on the labelled corpus: the only accuracy figure this project quotes.

    python benchmarks/crossval.py [--folds 0,1,2,3,4] [--types cv,homepage,statement] [--jobs 2]
                                  [--per-document] [--out benchmarks/results/crossval.json]
                                  [--reader pdfium|pdfplumber] [--compare-reader pdfplumber]

For each of the 5 folds of ``corpus/splits.json`` every learned part (``extractor.learn.parts``) is
trained on the annotations of the other four folds, the pipeline runs on the fold's documents with
those models, and each document is scored against its annotation (``extractor.evaluate``, the
annotation's profile as gold). The same documents also run rules-only (``use_models=False``), and
the two are printed side by side, overall and per document type. Structure figures come from the
segmenter's sections and entries against the annotation's ``sections``: entry boundaries (an entry
counts when its text equals an annotated item's, letters and digits compared) and section kinds
(annotated sections whose heading the segmenter also found, with the same kind: as a section's
heading, or as a sub-heading inside a section of that kind; a section number before either heading,
"1 EDUCATION", is not compared).

The fold's models live in a temporary directory; predictions are never written into the repo
(they hold the documents' text). ``benchmarks/results/crossval.json`` keeps numbers only.

The citation part takes most of the training time (AnyStyle's ten thousand references in every
fold), so its fold models are kept in a cache (``--model-cache``, default
``~/.cache/extractor/crossval``; ``--no-model-cache`` turns it off) under a key that hashes every
file its training reads: the fold's annotations, AnyStyle's files and the code and word lists its
features come from (``CITATION_CACHE_INPUTS``). Any change to those trains it again.

``--compare-reader R`` also runs the learned pipeline on every document with PDF reader R, with the
same fold models (they learn from the default reader's lines, as the shipped models do), and prints
where the two readers' fold-out figures differ: the readers' parity, at the cost of one more
pipeline run per document instead of a second cross-validation.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import multiprocessing
import os
import platform
import re
import shutil
import sys
import tempfile
import time
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

REPO_ROOT = Path(__file__).resolve().parents[1]
if str(REPO_ROOT) not in sys.path:
    sys.path.insert(0, str(REPO_ROOT))

from extractor.evaluate import (  # noqa: E402
    CORPUS_COUNT_FIELDS,
    COUNT_FIELDS,
    SCALAR_FUZZY_THRESHOLD,
    Counts,
    PairScores,
    Report,
    evaluate_pair,
    headline_figures,
    normalize_text,
    similarity,
)
from extractor.learn import corpus as cp  # noqa: E402
from extractor.learn.parts import LEARNED_PARTS  # noqa: E402

DEFAULT_OUT = REPO_ROOT / "benchmarks" / "results" / "crossval.json"
SOURCE_KINDS = {"cv": "cv", "homepage": "homepage"}
STATEMENT_KINDS = {"research": "research_statement", "teaching": "teaching_statement", "diversity": "other"}


# What a job runs: the fold's models, the rules alone, or the fold's models with the other reader.
LEARNED, RULES, COMPARE = "learned", "rules", "compare"


@dataclass(frozen=True, slots=True)
class Job:
    annotation_file: str
    model_dir: str | None
    use_models: bool
    reader: str | None
    variant: str


def run_one(job: Job) -> tuple[str, str, dict[str, Any], dict[str, Any]]:
    """Run the pipeline on one annotated document; return its scores and structure counts."""
    from extractor.options import ExtractOptions
    from extractor.pipeline import extract

    annotation = cp.load_annotation(Path(job.annotation_file))
    kwargs: dict[str, Any] = {"use_models": job.use_models, "model_dir": job.model_dir}
    if job.reader:
        kwargs["reader"] = job.reader
    options = ExtractOptions(**kwargs)
    result = extract([str(annotation.source.path)], options)
    pred = result.profile.model_dump(mode="json") if result.profile else {}
    gold = annotation.profile.model_dump(mode="json")
    scores = evaluate_pair(gold, pred)
    scores.counts.update(department_counts(gold.get("department"), pred.get("department")))
    structure = structure_counts(annotation, options)
    return _key(annotation), job.variant, _scores_json(scores), structure


# The person's department, scored as position and affiliation are (exact after normalisation, and
# fuzzy at ``SCALAR_FUZZY_THRESHOLD``): printed apart, the evaluator's headline fields do not hold it.
# "Department of Economics" and "Economics" are one department (the contract's example gives the
# name alone, the annotations mostly the whole unit): the lead is dropped on both sides.
DEPARTMENT_FIELDS = ("department", "department_fuzzy")


def _department_name(text: str | None) -> str | None:
    from extractor.patterns.regexes import DEPARTMENT_PART_RE

    if not text:
        return text
    match = DEPARTMENT_PART_RE.match(text.strip())
    return (match["a"] or match["b"]).strip() if match else text


def department_counts(gold: str | None, pred: str | None) -> dict[str, Counts]:
    """TP/FP/FN of the predicted department against the annotation's, exact and fuzzy."""
    gold, pred = _department_name(gold), _department_name(pred)
    out: dict[str, Counts] = {}
    for key, equal in (
        ("department", normalize_text(gold) == normalize_text(pred)),
        ("department_fuzzy", similarity(gold, pred) >= SCALAR_FUZZY_THRESHOLD),
    ):
        counts = Counts()
        if gold and pred and equal:
            counts.tp = 1
        else:
            counts.fp, counts.fn = int(bool(pred)), int(bool(gold))
        out[key] = counts
    return out


def _key(annotation: cp.Annotation) -> str:
    """A document's name in the results: a person's CV and homepage share the person's id."""
    return f"{annotation.doc_type}/{annotation.name}"


def structure_counts(annotation: cp.Annotation, options: Any) -> dict[str, Any]:
    """Entry boundaries and section kinds of the segmenter against the annotation's sections."""
    from extractor.learn.structure import label_structure
    from extractor.segment import segment_sections, split_entries, subheading_lines

    document = cp.read_repaired(annotation.source.path, options)
    labels = label_structure(document, options.use_models, options.model_dir)
    sections = segment_sections(document, labels)
    predicted = [
        (str(section.kind), cp.match_key(block.text))
        for section in sections
        for block in split_entries(section)
    ]
    gold = [
        (str(section.get("kind")), cp.match_key(item))
        for section in annotation.sections
        if section.get("kind") not in NOT_ENTRY_KINDS
        for item in section.get("items", [])
    ]
    by_kind = entry_counts_by_kind(predicted, gold)
    headings: dict[str, str] = {}
    for s in sections:
        for key in heading_keys(s.heading.text) if s.heading is not None else ():
            headings.setdefault(key, str(s.kind))
    for s in sections:  # a sub-heading kept inside its section ("Journal Articles") is found too
        for line in subheading_lines(s):
            for key in heading_keys(line.text):
                headings.setdefault(key, str(s.kind))
    kinds_total = kinds_right = 0
    for section in annotation.sections:
        heading = section.get("heading")
        if not heading:
            continue
        kinds_total += 1
        found = [headings[key] for key in heading_keys(heading) if key in headings]
        kinds_right += int(bool(found) and found[0] == section.get("kind"))
    return {
        "entries": {k: sum(counts[k] for counts in by_kind.values()) for k in ("tp", "fp", "fn")},
        "entries_by_kind": by_kind,
        "section_kinds": {"correct": kinds_right, "total": kinds_total},
    }


# Sections whose text is not a list of entries: the annotation gives them no items.
NOT_ENTRY_KINDS = ("header", "about", "statement")


def entry_counts_by_kind(
    predicted: list[tuple[str, str]], gold: list[tuple[str, str]]
) -> dict[str, dict[str, int]]:
    """Entry-boundary TP/FP/FN per section kind, from (kind, match key) pairs: an entry counts when
    its key equals an annotated item's (in any section); a hit and a miss are put under the
    annotation's kind, a false entry under the kind of the section the segmenter put it in. A
    prediction in a section the annotation gives no items (the header, prose) may match an item but
    is never a false entry."""
    unmatched_gold = Counter(key for _, key in gold)
    out: dict[str, dict[str, int]] = {}

    def bump(kind: str, name: str) -> None:
        out.setdefault(kind, {"tp": 0, "fp": 0, "fn": 0})[name] += 1

    matched: Counter[str] = Counter()
    for kind, key in predicted:
        if unmatched_gold[key] > 0:
            unmatched_gold[key] -= 1
            matched[key] += 1
        elif kind not in NOT_ENTRY_KINDS:
            bump(kind, "fp")
    for kind, key in gold:
        if matched[key] > 0:
            matched[key] -= 1
            bump(kind, "tp")
        else:
            bump(kind, "fn")
    return dict(sorted(out.items()))


# a heading's section number, with or without its stop: "1 EDUCATION", "IV. Teaching"
HEADING_NUMBER_RE = re.compile(r"\s*(?:\d{1,2}|[IVX]{1,4})[.)]?\s+(?=[^\W\d_])")


def heading_keys(text: str) -> tuple[str, ...]:
    """A heading's match keys: as printed, and without its section number, so that a segmenter's
    "1 EDUCATION" is the annotation's "EDUCATION" (and the other way round)."""
    key = cp.match_key(text)
    number = HEADING_NUMBER_RE.match(text)
    bare = cp.match_key(text[number.end() :]) if number else key
    return (key, bare) if bare and bare != key else (key,)


def _scores_json(scores: PairScores) -> dict[str, Any]:
    return {
        "counts": {k: [v.tp, v.fp, v.fn] for k, v in scores.counts.items()},
        "rates": {k: [v.correct, v.total] for k, v in scores.rates.items()},
    }


def _scores_from_json(data: dict[str, Any]) -> PairScores:
    scores = PairScores()
    for key, (tp, fp, fn) in data["counts"].items():
        scores.counts[key] = Counts(tp=tp, fp=fp, fn=fn)
    for key, (correct, total) in data["rates"].items():
        scores.rates[key].correct, scores.rates[key].total = correct, total
    return scores


def _fold_of(splits: list[list[str]]) -> dict[str, int]:
    return {person: n for n, fold in enumerate(splits) for person in fold}


# What the citation part's training reads besides the annotations and AnyStyle's files: its feature
# code, the rules whose reading is a feature (``fields.rule_hints``) and every word list and helper
# they import. Whole folders where a finer list could miss an import.
CITATION_CACHE_INPUTS = (
    "extractor/learn/citation.py",
    "extractor/learn/citation_fit.py",
    "extractor/learn/data.py",
    "extractor/learn/generate.py",
    "extractor/learn/corpus.py",
    "extractor/fields/__init__.py",
    "extractor/fields/context.py",
    "extractor/fields/publications.py",
    "extractor/document.py",
    "extractor/profile.py",
    "extractor/repair.py",
    "extractor/parse",
    "extractor/patterns",
)


def citation_cache_key(train: list[cp.Annotation]) -> str:
    from importlib.metadata import version

    from extractor.learn.citation_fit import WORKSPACE
    from extractor.learn.data import ANYSTYLE_FILES, anystyle_dir

    digest = hashlib.sha256(f"wordfreq {version('wordfreq')} crfsuite {version('python-crfsuite')}".encode())
    files: list[Path] = [Path(a.file) for a in train]
    for name in CITATION_CACHE_INPUTS:
        path = REPO_ROOT / name
        files += (
            sorted(p for p in path.rglob("*") if p.is_file() and "__pycache__" not in p.parts)
            if path.is_dir()
            else [path]
        )
    files += [anystyle_dir(WORKSPACE) / name for name in ANYSTYLE_FILES]
    for path in sorted(set(files)):
        digest.update(os.path.relpath(path, REPO_ROOT).encode())  # the same in every checkout
        digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()


def train_fold(train: list[cp.Annotation], out_dir: Path, cache: Path | None = None) -> None:
    for part in LEARNED_PARTS:
        if part.name != "citation" or cache is None:
            part.train(train, out_dir)
            continue
        cached = cache / f"citation-{citation_cache_key(train)}.crfsuite"
        if not cached.is_file():
            part.train(train, out_dir)
            cache.mkdir(parents=True, exist_ok=True)
            partial = cached.with_suffix(f".{os.getpid()}.tmp")
            shutil.copyfile(out_dir / part.file, partial)
            partial.replace(cached)  # atomic: a concurrent run never reads half a model
        shutil.copyfile(cached, out_dir / part.file)


def _f1(counts: dict[str, int]) -> float:
    tp, fp, fn = counts["tp"], counts["fp"], counts["fn"]
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--folds", default="0,1,2,3,4")
    parser.add_argument("--types", default=",".join(cp.DOCUMENT_TYPES))
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--reader", default=None, help="the PDF reader to use (default: the pipeline's)")
    parser.add_argument(
        "--compare-reader", default=None, help="also score the learned pipeline with this PDF reader"
    )
    parser.add_argument("--per-document", action="store_true")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--model-cache", type=Path, default=Path.home() / ".cache" / "extractor" / "crossval")
    parser.add_argument("--no-model-cache", action="store_true")
    args = parser.parse_args()

    started = time.perf_counter()
    splits = json.loads((cp.CORPUS_DIR / "splits.json").read_text(encoding="utf-8"))["folds"]
    fold_of = _fold_of(splits)
    # the learned parts learn from every annotated document of the other folds; --types only chooses
    # which documents are scored
    everything = [a for a in cp.load_corpus() if a.checked]
    annotations = [a for a in everything if a.doc_type in args.types.split(",")]
    if not annotations:
        print("crossval: no checked annotations in corpus/")
        return 1
    folds = [int(f) for f in args.folds.split(",")]
    jobs: list[Job] = []
    with tempfile.TemporaryDirectory(prefix="crossval-") as tmp:
        for fold in folds:
            test = [a for a in annotations if fold_of.get(a.person) == fold]
            train = [a for a in everything if fold_of.get(a.person, -1) != fold]
            if not test:
                continue
            model_dir = Path(tmp) / f"fold-{fold}"
            model_dir.mkdir()
            train_fold(train, model_dir, None if args.no_model_cache else args.model_cache)
            for a in test:
                jobs.append(Job(str(a.file), str(model_dir), True, args.reader, LEARNED))
                jobs.append(Job(str(a.file), None, False, args.reader, RULES))
                if args.compare_reader:
                    jobs.append(Job(str(a.file), str(model_dir), True, args.compare_reader, COMPARE))
        results: dict[str, dict[str, PairScores]] = {LEARNED: {}, RULES: {}, COMPARE: {}}
        structure: dict[str, dict[str, dict[str, Any]]] = {LEARNED: {}, RULES: {}, COMPARE: {}}
        # workers start from a fresh interpreter: the parent has used pdfium (training reads the
        # documents), and pdfium's state does not survive a fork
        context = multiprocessing.get_context("forkserver")
        with ProcessPoolExecutor(max_workers=args.jobs, mp_context=context) as pool:
            for name, variant, scores, struct in pool.map(run_one, jobs):
                results[variant][name] = _scores_from_json(scores)
                structure[variant][name] = struct
    doc_type = {_key(a): a.doc_type for a in annotations}
    output: dict[str, Any] = {
        "date": dt.date.today().isoformat(),
        "machine": {"platform": platform.platform(), "python": platform.python_version()},
        "folds": folds,
        "learned_parts": [part.name for part in LEARNED_PARTS],
        "seconds": round(time.perf_counter() - started, 1),
        "by_type": {},
    }
    for type_name in sorted(set(doc_type.values())):
        reports = {}
        for variant in (LEARNED, RULES, COMPARE):
            report = Report()
            report.documents = {n: s for n, s in results[variant].items() if doc_type[n] == type_name}
            reports[variant] = report
        struct = {
            variant: _structure_totals(structure[variant], doc_type, type_name)
            for variant in (LEARNED, RULES, COMPARE)
        }
        output["by_type"][type_name] = {
            "documents": len(reports[LEARNED].documents),
            "learned": _summary(reports[LEARNED]),
            "rules_only": _summary(reports[RULES]),
            "structure": {"learned": struct[LEARNED], "rules_only": struct[RULES]},
            "per_document": {
                n: _summary_doc(s, results[RULES].get(n), structure[LEARNED].get(n), structure[RULES].get(n))
                for n, s in sorted(reports[LEARNED].documents.items())
            },
        }
        print(
            _table(
                type_name, reports[LEARNED], reports[RULES], struct[LEARNED], struct[RULES], args.per_document
            )
        )
        if args.compare_reader and reports[COMPARE].documents:
            output["by_type"][type_name]["compare_reader"] = {
                "reader": args.compare_reader,
                "learned": _summary(reports[COMPARE]),
                "structure": struct[COMPARE],
                "per_document": {
                    n: _summary_doc(s, None, structure[COMPARE].get(n))
                    for n, s in sorted(reports[COMPARE].documents.items())
                },
            }
            print(
                _parity_table(
                    type_name, args.reader or "default", args.compare_reader, reports, struct, doc_type
                )
            )
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(output, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {args.out} ({output['seconds']} s)")
    return 0


def _structure_totals(
    per_doc: dict[str, dict[str, Any]], doc_type: dict[str, str], type_name: str
) -> dict[str, Any]:
    entries = {"tp": 0, "fp": 0, "fn": 0}
    by_kind: dict[str, dict[str, int]] = {}
    kinds = {"correct": 0, "total": 0}
    for name, struct in per_doc.items():
        if doc_type[name] != type_name:
            continue
        for k in entries:
            entries[k] += struct["entries"][k]
        for kind, counts in struct.get("entries_by_kind", {}).items():
            total = by_kind.setdefault(kind, {"tp": 0, "fp": 0, "fn": 0})
            for k in total:
                total[k] += counts[k]
        for k in kinds:
            kinds[k] += struct["section_kinds"][k]
    accuracy = round(kinds["correct"] / kinds["total"], 4) if kinds["total"] else None
    return {
        "entries": {**entries, "f1": round(_f1(entries), 4)},
        "entries_by_kind": {k: {**c, "f1": round(_f1(c), 4)} for k, c in sorted(by_kind.items())},
        "section_kinds": {**kinds, "accuracy": accuracy},
    }


def _summary(report: Report) -> dict[str, Any]:
    total = report.total
    return {
        "headline": headline_figures(report),
        "fields": {
            k: {
                "p": round(c.precision, 4),
                "r": round(c.recall, 4),
                "f1": round(c.f1, 4),
                "support": c.support,
            }
            for k, c in total.counts.items()
        },
        "rates": {k: {"rate": r.rate, "n": r.total} for k, r in total.rates.items()},
    }


# The list fields whose F1 each document's row keeps (--per-document, and the JSON's per_document).
PER_DOCUMENT_FIELDS = (
    "education",
    "experience",
    "publications",
    "talks",
    "grants",
    "awards",
    "service",
    "teaching",
)


def _summary_doc(
    learned: PairScores,
    rules: PairScores | None,
    learned_struct: dict[str, Any] | None = None,
    rules_struct: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """One document's figures: list-field F1s and its entry-boundary counts, learned and rules-only."""
    keys = PER_DOCUMENT_FIELDS
    out: dict[str, Any] = {
        "learned_f1": {k: round(learned.counts[k].f1, 3) for k in keys if k in learned.counts},
        "rules_f1": {k: round(rules.counts[k].f1, 3) for k in keys if rules and k in rules.counts},
    }
    if learned_struct is not None:
        out["learned_entries"] = learned_struct["entries"]
    if rules_struct is not None:
        out["rules_entries"] = rules_struct["entries"]
    return out


def _parity_table(
    type_name: str,
    reader: str,
    other: str,
    reports: dict[str, Report],
    struct: dict[str, dict[str, Any]],
    doc_type: dict[str, str],
) -> str:
    """Where the learned pipeline's fold-out figures differ between the two readers."""
    mine, theirs = reports[LEARNED].total, reports[COMPARE].total
    lines = [f"== {type_name}: reader parity, learned, {reader} vs {other} ==", ""]
    same = 0
    for key in (*COUNT_FIELDS, *CORPUS_COUNT_FIELDS):
        if key not in mine.counts:
            continue
        a, b = mine.counts[key], theirs.counts.get(key, Counts())
        if (a.tp, a.fp, a.fn) == (b.tp, b.fp, b.fn):
            same += 1
            continue
        mark = "lower" if a.f1 < b.f1 else "higher"
        lines.append(f"  {key:<24} {a.f1:.4f} vs {b.f1:.4f}  ({reader} {mark})")
    for key, rate in mine.rates.items():
        other_rate = theirs.rates[key]
        if (rate.correct, rate.total) == (other_rate.correct, other_rate.total) or not rate.total:
            continue
        a_rate, b_rate = rate.rate or 0.0, other_rate.rate or 0.0
        mark = "lower" if a_rate < b_rate else "higher"
        lines.append(
            f"  {key:<24} {a_rate:.4f} vs {b_rate:.4f}  n={rate.total}/{other_rate.total} ({reader} {mark})"
        )
    for name, label in (("entries", "entry boundaries"), ("section_kinds", "section kinds")):
        a_s, b_s = struct[LEARNED][name], struct[COMPARE][name]
        if a_s != b_s:
            lines.append(f"  {label:<24} {a_s} vs {b_s}")
    differing = [
        n
        for n, s in reports[LEARNED].documents.items()
        if doc_type[n] == type_name
        and reports[COMPARE].documents.get(n) is not None
        and _scores_json(s) != _scores_json(reports[COMPARE].documents[n])
    ]
    lines.append(f"  {same} fields equal; documents scored differently: {len(differing)}")
    lines += [f"    {n}" for n in sorted(differing)]
    return "\n".join(lines) + "\n"


def _table(
    type_name: str,
    learned: Report,
    rules: Report,
    struct: dict[str, Any],
    rules_struct: dict[str, Any],
    per_document: bool,
) -> str:
    lt, rt = learned.total, rules.total
    lines = [f"== {type_name}: {len(learned.documents)} documents, fold-out ==", ""]
    header = f"{'field':<24} {'P':>6} {'R':>6} {'F1':>6} {'rules F1':>9} {'support':>8}"
    lines += [header, "-" * len(header)]
    for key in (*COUNT_FIELDS, *CORPUS_COUNT_FIELDS, *DEPARTMENT_FIELDS):
        if key not in lt.counts or (lt.counts[key].support == 0 and lt.counts[key].fp == 0):
            continue
        c, r = lt.counts[key], rt.counts.get(key, Counts())
        lines.append(f"{key:<24} {c.precision:6.3f} {c.recall:6.3f} {c.f1:6.3f} {r.f1:9.3f} {c.support:8d}")
    lines.append("")
    for key, rate in lt.rates.items():
        if rate.total:
            other = rt.rates[key].rate
            lines.append(
                f"{key:<24} {rate.rate:6.3f} (rules {other if other is None else round(other, 3)})"
                f"  n={rate.total}"
            )
    entries, rules_entries = struct["entries"], rules_struct["entries"]
    if entries["tp"] + entries["fn"]:
        lines.append(
            f"{'entry boundaries F1':<24} {entries['f1']:6.3f} (rules {rules_entries['f1']:.3f})"
            f"  tp {entries['tp']}, fp {entries['fp']}, fn {entries['fn']}"
        )
    learned_kinds, rules_by_kind = struct.get("entries_by_kind", {}), rules_struct.get("entries_by_kind", {})
    for kind, counts in sorted(learned_kinds.items(), key=lambda item: -(item[1]["fn"] + item[1]["fp"])):
        rules_f1 = rules_by_kind.get(kind, {}).get("f1", 0.0)
        lines.append(
            f"  {'  ' + kind:<22} {counts['f1']:6.3f} (rules {rules_f1:.3f})"
            f"  tp {counts['tp']}, fp {counts['fp']}, fn {counts['fn']}"
        )
    kinds, rules_kinds = struct["section_kinds"], rules_struct["section_kinds"]
    if kinds["total"]:
        lines.append(
            f"{'section kind accuracy':<24} {kinds['accuracy']:6.3f} (rules {rules_kinds['accuracy']:.3f})"
            f"  n={kinds['total']}"
        )
    if per_document:
        lines.append("")
        for name, scores in sorted(learned.documents.items()):
            row = "  ".join(
                f"{k[:5]} {scores.counts[k].f1:.2f}" for k in ("education", "experience", "publications")
            )
            lines.append(f"  {name:<28} {row}")
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    sys.exit(main())
