"""Guard the accuracy floors in ``benchmarks/floors.json`` against ``benchmarks/results/devset.json``.

    python benchmarks/check_floors.py                      # exit 1 when a figure is below its floor
    python benchmarks/check_floors.py --raise-floors       # re-pin floors to the current figures
    python benchmarks/check_floors.py --raise-floors --allow-regression   # ... even if that lowers one

Run ``benchmarks/devset_accuracy.py`` first to refresh the results file.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]
if str(REPO_ROOT) not in sys.path:
    sys.path.insert(0, str(REPO_ROOT))

from extractor.evaluate import FloorRegressionError, check_floors, raise_floors  # noqa: E402

DEFAULT_RESULTS = REPO_ROOT / "benchmarks" / "results" / "devset.json"
DEFAULT_FLOORS = REPO_ROOT / "benchmarks" / "floors.json"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--results", type=Path, default=DEFAULT_RESULTS)
    parser.add_argument("--floors", type=Path, default=DEFAULT_FLOORS)
    parser.add_argument("--raise-floors", action="store_true", help="re-pin floors to the current figures")
    parser.add_argument("--allow-regression", action="store_true", help="let --raise-floors lower a floor")
    args = parser.parse_args(argv)

    if not args.results.is_file():
        print(f"{args.results} not found: run benchmarks/devset_accuracy.py first")
        return 2
    results = json.loads(args.results.read_text(encoding="utf-8"))
    figures = results["headline"]
    floors = json.loads(args.floors.read_text(encoding="utf-8"))

    if args.raise_floors:
        try:
            new = raise_floors(figures, floors, allow_regression=args.allow_regression)
        except FloorRegressionError as exc:
            print(f"refusing to lower floors (use --allow-regression): {exc}")
            return 1
        args.floors.write_text(json.dumps(new, indent=2) + "\n", encoding="utf-8")
        for key, value in new.items():
            print(f"{key:<22} {floors.get(key, 0.0):.3f} -> {value:.3f}")
        return 0

    failures = check_floors(figures, floors)
    for key in sorted(floors):
        print(f"{key:<22} {float(figures.get(key) or 0.0):.4f}  floor {float(floors[key]):.4f}")
    for failure in failures:
        print(f"BELOW FLOOR  {failure}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
