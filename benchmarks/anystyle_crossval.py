"""5-fold cross-validation of the citation model on AnyStyle's labelled references.

Each fold trains on the other four fifths of AnyStyle's data plus the generated CV-shaped entries (the
shipped model's recipe, ``extractor/learn/train.py``) and labels the held-out fifth. Folds are fixed:
entry i (in file order core, good, ugly, bad) is in fold i % 5. Prints micro span F1 (a span is right
when its label and its token range are), per-label F1, title F1, and the shipped model's inference
time per entry; writes benchmarks/results/anystyle_crossval.json.

    .venv/bin/python benchmarks/anystyle_crossval.py [--folds 5] [--workers 2] [--only 0,1] [--out FILE]

``--only`` runs some of the folds (each still trained on the other four fifths): an estimate where
the machine has no time for all five.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from extractor.fields import rule_hints  # noqa: E402
from extractor.learn.citation import token_features  # noqa: E402
from extractor.learn.citation_fit import CITATION_PARAMS  # noqa: E402
from extractor.learn.data import anystyle_dir, read_anystyle_all  # noqa: E402
from extractor.learn.generate import generate  # noqa: E402
from extractor.learn.train import GENERATED_ENTRIES, GENERATOR_SEED, WORKSPACE, train_sequences  # noqa: E402

RESULTS = REPO / "benchmarks" / "results" / "anystyle_crossval.json"


def spans(labels: list[str] | tuple[str, ...]) -> set[tuple[str, int, int]]:
    out = set()
    i = 0
    while i < len(labels):
        j = i
        while j + 1 < len(labels) and labels[j + 1] == labels[i]:
            j += 1
        out.add((labels[i], i, j))
        i = j + 1
    return out


def run_fold(fold: int, folds: int, params: dict[str, object] | None = None) -> dict[str, dict[str, int]]:
    import pycrfsuite

    entries = read_anystyle_all(anystyle_dir(WORKSPACE))
    train = [e for i, e in enumerate(entries) if i % folds != fold] + generate(
        GENERATED_ENTRIES, GENERATOR_SEED
    )
    test = [e for i, e in enumerate(entries) if i % folds == fold]
    counts: dict[str, Counter[str]] = {"tp": Counter(), "fp": Counter(), "fn": Counter()}
    with tempfile.TemporaryDirectory() as tmp:
        model = Path(tmp) / "fold.crfsuite"
        train_sequences([(e.tokens, e.labels, e.owner) for e in train], model, params)
        tagger = pycrfsuite.Tagger()
        tagger.open(str(model))
        for entry in test:
            predicted = spans(tagger.tag(token_features(entry.tokens, rule_hints(entry.tokens))))
            gold = spans(entry.labels)
            for label, _, _ in predicted & gold:
                counts["tp"][label] += 1
            for label, _, _ in predicted - gold:
                counts["fp"][label] += 1
            for label, _, _ in gold - predicted:
                counts["fn"][label] += 1
    return {k: dict(v) for k, v in counts.items()}


def trainer_params(spec: str | None) -> dict[str, object] | None:
    """The shipped trainer parameters with ``key=value`` overrides (numbers parsed), or None."""
    if not spec:
        return None
    params = dict(CITATION_PARAMS)
    for item in spec.split(","):
        key, _, value = item.partition("=")
        number = float(value)
        params[key.strip()] = int(number) if number.is_integer() and "." not in value else number
    return params


def f1(tp: int, fp: int, fn: int) -> float:
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def inference_ms(n: int = 1000) -> tuple[float, float]:
    """Milliseconds per entry, (wall, CPU of this process): on a shared machine the CPU time is the
    figure that does not depend on the other jobs."""
    from extractor.learn.citation import label_citation, tokenize

    texts = [e.text for e in read_anystyle_all(anystyle_dir(WORKSPACE))[:n]]
    label_citation(texts[0])  # load the model
    start, cpu = time.perf_counter(), time.process_time()
    for text in texts:  # the rules' reading is a feature: its time counts
        label_citation(text, hints=rule_hints(tokenize(text)))
    wall, cpu = time.perf_counter() - start, time.process_time() - cpu
    return wall * 1000 / len(texts), cpu * 1000 / len(texts)


def publication_stage_seconds(entries: int = 60) -> tuple[float, float]:
    """Seconds the publication stage takes on a plain-text CV of ``entries`` generated (invented)
    references, numbered, after a warm-up run (model loaded): (wall, CPU of this process)."""
    from extractor import extract_profile
    from extractor.document import SectionKind
    from extractor.fields import SECTION_HANDLERS
    from extractor.options import ExtractOptions

    spent: list[float] = []
    spent_cpu: list[float] = []
    original = SECTION_HANDLERS[SectionKind.PUBLICATIONS]

    def timed(*args, **kwargs):  # type: ignore[no-untyped-def]
        start, cpu = time.perf_counter(), time.process_time()
        try:
            return original(*args, **kwargs)
        finally:
            spent.append(time.perf_counter() - start)
            spent_cpu.append(time.process_time() - cpu)

    # the handler table holds the function the pipeline calls
    SECTION_HANDLERS[SectionKind.PUBLICATIONS] = timed
    lines = ["Amara Quillfeather", "", "Publications", ""]
    lines += [f"{n + 1}. {' '.join(e.text.split())}" for n, e in enumerate(generate(entries, 7))]
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "cv.txt"
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        for _ in range(2):
            spent.clear()
            spent_cpu.clear()
            extract_profile([str(path)], ExtractOptions(use_nlp=False))
    SECTION_HANDLERS[SectionKind.PUBLICATIONS] = original
    return sum(spent), sum(spent_cpu)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--speed-only", action="store_true", help="only the timings (no training)")
    parser.add_argument(
        "--only", default=None, help="comma-separated folds to run (an estimate on a loaded machine)"
    )
    parser.add_argument("--out", type=Path, default=RESULTS)
    parser.add_argument(
        "--params",
        default=None,
        help="trainer parameters over the shipped ones, e.g. max_iterations=300,c1=0.5 (a tuning run)",
    )
    args = parser.parse_args()
    params = trainer_params(args.params)
    if args.speed_only:
        ms, ms_cpu = inference_ms()
        stage, stage_cpu = publication_stage_seconds()
        print(f"inference: {ms:.2f} ms per entry, {ms_cpu:.2f} ms CPU (shipped model, rules' reading in)")
        print(f"publication stage of a 60-entry CV (plain text): {stage:.3f} s, {stage_cpu:.3f} s CPU")
        return 0
    run = [int(f) for f in args.only.split(",")] if args.only else list(range(args.folds))
    with ProcessPoolExecutor(args.workers) as pool:
        results = list(pool.map(run_fold, run, [args.folds] * len(run), [params] * len(run)))
    total = {k: Counter() for k in ("tp", "fp", "fn")}
    for result in results:
        for k in total:
            total[k].update(result[k])
    labels = sorted(set(total["tp"]) | set(total["fp"]) | set(total["fn"]))
    per_label = {lab: round(f1(total["tp"][lab], total["fp"][lab], total["fn"][lab]), 4) for lab in labels}
    micro = f1(sum(total["tp"].values()), sum(total["fp"].values()), sum(total["fn"].values()))
    ms, ms_cpu = inference_ms()
    stage, stage_cpu = publication_stage_seconds()
    print(f"micro span F1 {micro:.4f}   title F1 {per_label.get('title', 0):.4f}")
    for lab in labels:
        support = total["tp"][lab] + total["fn"][lab]
        print(f"  {lab:16} F1 {per_label[lab]:.4f}  (gold spans {support})")
    print(f"inference: {ms:.2f} ms per entry, {ms_cpu:.2f} ms CPU (shipped model, rules' reading included)")
    print(f"publication stage of a 60-entry CV (plain text): {stage:.3f} s, {stage_cpu:.3f} s CPU")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(
        json.dumps(
            {
                "folds": args.folds,
                "folds_run": run,
                "params": params or CITATION_PARAMS,
                "micro_span_f1": round(micro, 4),
                "title_f1": per_label.get("title"),
                "per_label_f1": per_label,
                "ms_per_entry": round(ms, 3),
                "ms_per_entry_cpu": round(ms_cpu, 3),
                "publication_stage_60_entries_s": round(stage, 3),
                "publication_stage_60_entries_cpu_s": round(stage_cpu, 3),
            },
            indent=2,
        )
        + "\n"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
