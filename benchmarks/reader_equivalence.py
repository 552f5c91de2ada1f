"""Do the pdfium and pdfplumber readers give the same Lines? And the same devset accuracy?

Usage (from the repo root)::

    .venv/bin/python benchmarks/reader_equivalence.py [--devset ../shared/devset] [--pool ../shared/pool]
                                                      [--worst 15] [--no-accuracy] [--out FILE]

1. Lines: every fixture PDF (``fixtures/*/*.pdf``), every devset CV and every pool CV
   (``<pool>/*/cv.pdf``) is read with both readers. The two line lists are aligned with difflib's
   SequenceMatcher on their texts (whitespace collapsed): a line agrees when it is matched, in
   order, to an equal line of the other reader. Agreement = matched lines / the longer list.
   Printed per group and overall (target: at least 99% of lines), with the worst files. Also
   counted: matched lines whose geometry or style differs (size, bold, italic, cells, links,
   blank_before, list_item; x0/top by more than 1 pt), which the text agreement does not see.
2. Accuracy: the devset scored with the pipeline run on each reader (as ``devset_accuracy.py
   --reader``), headline figures side by side.

Only numbers and document ids (folder names) are printed; no document text.
"""

from __future__ import annotations

import argparse
import difflib
import json
import re
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]
if str(REPO_ROOT) not in sys.path:
    sys.path.insert(0, str(REPO_ROOT))

from extractor.document import Line  # noqa: E402
from extractor.errors import InputError  # noqa: E402
from extractor.options import ExtractOptions, PdfReader  # noqa: E402
from extractor.read import read_document  # noqa: E402

DEFAULT_DEVSET = REPO_ROOT.parent / "shared" / "devset"
DEFAULT_POOL = REPO_ROOT.parent / "shared" / "pool"
TARGET_AGREEMENT = 0.99
# Geometry differences below this many points are float noise between the two libraries.
GEOMETRY_TOLERANCE = 1.0
SPACE_RE = re.compile(r"\s+")


@dataclass
class FileResult:
    group: str
    ident: str
    pdfium: int = 0
    pdfplumber: int = 0
    matched: int = 0
    icon_debris: int = 0  # unmatched pdfplumber lines that are a pdfium line plus icon glyphs spelled as text
    styled_differently: int = 0
    error: str | None = None
    differences: dict[str, int] = field(default_factory=dict)

    @property
    def longest(self) -> int:
        return max(self.pdfium, self.pdfplumber)

    @property
    def agreement(self) -> float:
        return self.matched / self.longest if self.longest else 1.0


def normalized(line: Line) -> str:
    return SPACE_RE.sub(" ", line.text).strip()


def read_lines(path: Path, reader: PdfReader) -> tuple[Line, ...]:
    return read_document(str(path), ExtractOptions(reader=reader, use_nlp=False)).lines


def icon_debris(pdfium_text: str, plumber_text: str) -> bool:
    """Whether the pdfplumber line is the pdfium line plus one-character tokens: icon glyphs (a phone,
    a mail, a home icon) that pdfminer spells by their glyph names ("H", "B", "#", "]", "§") and
    pdfium, finding no Unicode for them, leaves out. Here pdfplumber is wrong."""
    if pdfium_text == plumber_text:
        return False
    kept = [t for t in plumber_text.split() if len(t) > 1 or t.isdigit() or t in pdfium_text.split()]
    return " ".join(kept) == pdfium_text


def style_differences(a: Line, b: Line) -> list[str]:
    out = [
        name
        for name in ("size", "bold", "italic", "cells", "links", "blank_before", "list_item", "page")
        if getattr(a, name) != getattr(b, name)
    ]
    for name in ("x0", "top"):
        va, vb = getattr(a, name), getattr(b, name)
        if va is not None and vb is not None and abs(va - vb) > GEOMETRY_TOLERANCE:
            out.append(name)
    return out


def compare(group: str, path: Path, ident: str) -> FileResult:
    result = FileResult(group, ident)
    try:
        a = read_lines(path, PdfReader.PDFIUM)
        b = read_lines(path, PdfReader.PDFPLUMBER)
    except InputError as e:
        result.error = e.reason if hasattr(e, "reason") else type(e).__name__
        return result
    result.pdfium, result.pdfplumber = len(a), len(b)
    matcher = difflib.SequenceMatcher(
        None, [normalized(x) for x in a], [normalized(x) for x in b], autojunk=False
    )
    texts_a, texts_b = matcher.a, matcher.b
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "replace" and i2 - i1 == j2 - j1:
            result.icon_debris += sum(icon_debris(texts_a[i1 + k], texts_b[j1 + k]) for k in range(i2 - i1))
    for block in matcher.get_matching_blocks():
        result.matched += block.size
        for k in range(block.size):
            diffs = style_differences(a[block.a + k], b[block.b + k])
            if diffs:
                result.styled_differently += 1
                for name in diffs:
                    result.differences[name] = result.differences.get(name, 0) + 1
    return result


def collect(devset: Path, pool: Path) -> list[tuple[str, Path, str]]:
    files = [
        ("fixtures", p, f"{p.parent.name}/{p.name}") for p in sorted((REPO_ROOT / "fixtures").glob("*/*.pdf"))
    ]
    files += [("devset", p, p.parent.name) for p in sorted(devset.glob("*/cv.pdf"))]
    files += [("pool", p, p.parent.name) for p in sorted(pool.glob("*/cv.pdf"))]
    return files


def summarize(results: list[FileResult]) -> dict[str, float | int]:
    matched = sum(r.matched for r in results)
    longest = sum(r.longest for r in results)
    styled = sum(r.styled_differently for r in results)
    debris = sum(r.icon_debris for r in results)
    return {
        "files": len(results),
        "lines": longest,
        "matched": matched,
        "agreement": matched / longest if longest else 1.0,
        "icon_debris": debris,
        "agreement_but_icon_debris": (matched + debris) / longest if longest else 1.0,
        "styled_differently": styled,
        "files_below_target": sum(1 for r in results if r.agreement < TARGET_AGREEMENT),
    }


def accuracy_by_reader(devset: Path) -> dict[str, dict[str, float]]:
    from extractor.evaluate import evaluate_dirs, headline_figures
    from extractor.pipeline import extract_profile

    figures: dict[str, dict[str, float]] = {}
    for reader in PdfReader:
        options = ExtractOptions(reader=reader)
        with tempfile.TemporaryDirectory(prefix="devset-preds-") as tmp:
            for cv in sorted(devset.glob("*/cv.pdf")):
                profile = extract_profile([str(cv)], options).model_dump(mode="json")
                (Path(tmp) / f"{cv.parent.name}.json").write_text(json.dumps(profile), encoding="utf-8")
            figures[reader.value] = headline_figures(evaluate_dirs(devset, Path(tmp)))
        print(f"  devset scored with {reader.value}", file=sys.stderr)
    return figures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--devset", type=Path, default=DEFAULT_DEVSET)
    parser.add_argument("--pool", type=Path, default=DEFAULT_POOL)
    parser.add_argument(
        "--worst", type=int, default=15, help="list this many files with the lowest agreement"
    )
    parser.add_argument("--per-file", action="store_true", help="print every file's row, not only the worst")
    parser.add_argument("--no-accuracy", action="store_true", help="skip the devset accuracy per reader")
    parser.add_argument("--out", type=Path, default=None, help="also write the figures here as JSON")
    args = parser.parse_args(argv)

    results: list[FileResult] = []
    for group, path, ident in collect(args.devset, args.pool):
        results.append(compare(group, path, ident))
        print(f"  {group}/{ident}: {results[-1].agreement:.3f}", file=sys.stderr)

    header = f"{'group':<9}{'file':<34}{'pdfium':>7}{'plumber':>8}{'matched':>8}{'agree':>8}{'styled≠':>8}"
    rows = sorted(results, key=lambda r: (r.agreement, -r.longest))
    shown = results if args.per_file else rows[: args.worst]
    print("1. Lines per file" + ("" if args.per_file else f" (the {len(shown)} worst)"))
    print(header)
    for r in shown:
        note = f"  error: {r.error}" if r.error else ""
        diffs = ", ".join(f"{k} {v}" for k, v in sorted(r.differences.items(), key=lambda kv: -kv[1])[:4])
        print(
            f"{r.group:<9}{r.ident[:33]:<34}{r.pdfium:>7}{r.pdfplumber:>8}{r.matched:>8}"
            f"{r.agreement * 100:7.1f}%{r.styled_differently:>8}  {diffs}{note}"
        )
    summary: dict[str, object] = {}
    print(f"\n{'group':<9}{'files':>6}{'lines':>8}{'matched':>9}{'agree':>9}{'styled≠':>9}{'files<99%':>10}")
    for group in ("fixtures", "devset", "pool", "all"):
        members = [r for r in results if group == "all" or r.group == group]
        if not members:
            continue
        s = summarize(members)
        summary[group] = s
        print(
            f"{group:<9}{s['files']:>6}{s['lines']:>8}{s['matched']:>9}{s['agreement'] * 100:8.2f}%"
            f"{s['styled_differently']:>9}{s['files_below_target']:>10}"
        )
    overall = summarize(results)["agreement"]
    met = overall >= TARGET_AGREEMENT
    print(
        f"target: at least {TARGET_AGREEMENT:.0%} of lines agree: {overall * 100:.2f}%",
        "OK" if met else "MISS",
    )
    total = summarize(results)
    print(
        f"of the lines that differ, {total['icon_debris']} are pdfplumber's icon debris (a pdfium line plus "
        f"icon glyphs spelled as letters): {total['agreement_but_icon_debris'] * 100:.2f}% agree but for them"
    )

    if not args.no_accuracy and any(args.devset.glob("*/cv.pdf")):
        print("\n2. Devset accuracy by reader (headline figures)", flush=True)
        figures = accuracy_by_reader(args.devset)
        names = sorted({k for f in figures.values() for k in f})
        print(f"{'figure':<36}" + "".join(f"{r:>12}" for r in figures))
        for name in names:
            print(f"{name:<36}" + "".join(f"{figures[r].get(name, float('nan')):12.3f}" for r in figures))
        summary["accuracy"] = figures
    if args.out is not None:
        summary["per_file"] = [
            {"group": r.group, "id": r.ident, "agreement": round(r.agreement, 4), "lines": r.longest}
            for r in results
        ]
        args.out.write_text(json.dumps(summary, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
