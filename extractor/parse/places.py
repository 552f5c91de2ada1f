"""Places: countries, states and regions; locations at a line's end; an affiliation's parts.

``is_place`` knows countries (pycountry, plus the aliases in ``patterns/country_aliases.txt``),
US states and the subdivisions of a few large countries; ``looks_like_location`` reads "City,
ST", "City, Country"; ``split_affiliation`` cuts a department and a trailing place off an
affiliation line.
"""

from __future__ import annotations

import functools
import importlib.util
from pathlib import Path
from typing import Any

from extractor.parse.text import fold
from extractor.patterns import words
from extractor.patterns.cache import cache_path, read_lines, write_lines
from extractor.patterns.regexes import (
    DEPARTMENT_PART_RE,
    LOCATION_TAIL_RE,
    PLACE_PART_STOP_RE,
    STATE_CODE_RE,
    UNIVERSITY_THEN_DEPARTMENT_RE,
)

# The pycountry data files the place names are read from (their sizes and times key the cache), and
# the version of the reading below (raise it when ``_read_pycountry_names`` changes).
PYCOUNTRY_DATABASES = ("iso3166-1.json", "iso3166-2.json")
PLACES_VERSION = 1


@functools.cache
def _place_names() -> frozenset[str]:
    """Every name accent-folded: "México", "Brésil" and "Mexico", "Bresil" are one name."""
    return frozenset(fold(name) for name in (*words("country_aliases"), *_pycountry_names()))


def _pycountry_names() -> list[str]:
    """The country and region names pycountry knows, casefolded: read from the user's cache
    (``patterns/cache.py``) when it holds them for this pycountry, else from pycountry (30 ms: it
    loads every subdivision of the world) and cached."""
    path = None
    spec = importlib.util.find_spec("pycountry")
    if spec is not None and spec.submodule_search_locations:
        databases = Path(spec.submodule_search_locations[0]) / "databases"
        key = "-".join(
            f"{info.st_size}-{info.st_mtime_ns}"
            for info in (databases.joinpath(name).stat() for name in PYCOUNTRY_DATABASES)
        )
        path = cache_path(f"pycountry-places-{PLACES_VERSION}-{key}.txt")
    cached = read_lines(path) if path is not None else None
    if cached:
        return cached
    names = _read_pycountry_names()
    if path is not None:
        write_lines(path, names)
    return names


def _read_pycountry_names() -> list[str]:
    import pycountry  # 40 ms to import: loaded when the first location is checked

    names: set[str] = set()
    for country in pycountry.countries:
        names.add(country.name.casefold())
        common = getattr(country, "common_name", None)
        if common:
            names.add(common.casefold())
        names.add(country.alpha_3.casefold())
    subdivisions: Any = pycountry.subdivisions  # untyped in pycountry
    for sub in subdivisions.get(country_code="US") or []:
        names.add(sub.code.split("-")[1].casefold())
        names.add(sub.name.casefold())
    for code in ("CA", "AU", "IN", "CN", "DE"):
        for sub in subdivisions.get(country_code=code) or []:
            names.add(sub.name.casefold())
    return sorted(names)


def is_place(text: str) -> bool:
    """A known country, US state (name or code) or big region."""
    return fold(text.strip(" .")) in _place_names()


def split_location(text: str) -> tuple[str, str | None]:
    """Cut a trailing location off a line: "Kestrel University, Millbrook, OH" -> (org, "Millbrook, OH")."""
    stripped = text.strip()
    if looks_like_location(stripped):
        return "", stripped
    match = LOCATION_TAIL_RE.search(stripped)
    if match:
        # the longest trailing run of comma parts that reads as a place: in "Verdant Genomics,
        # San Diego, CA" that is "San Diego, CA", not the company with it
        start = match.start("loc")
        parts = stripped[start:].split(",")
        for keep in range(len(parts), 0, -1):
            tail = ",".join(parts[-keep:]).strip()
            if looks_like_location(tail):
                head = stripped[: len(stripped) - len(",".join(parts[-keep:]))]
                return head.strip(" ,|-–—"), tail
    return stripped, None


def looks_like_location(text: str) -> bool:
    """ "City, ST", "City, ST, USA", "City, Country", or a country alone."""
    parts = [p.strip() for p in text.split(",")]
    if not parts or any(not p for p in parts) or len(parts) > 3:
        return False
    if len(parts) == 1:
        return is_place(parts[0]) and parts[0][:1].isupper()
    if not is_place(parts[-1]):
        return False
    if len(parts) == 3 and not (is_place(parts[1]) or STATE_CODE_RE.fullmatch(parts[1])):
        return False  # "City, State, Country": the middle is a state or region ("RJ" by its code)
    org_words = words("org_words")
    for part in parts[:-1]:
        tokens = part.split()
        if PLACE_PART_STOP_RE.search(part):
            return False
        if not 1 <= len(tokens) <= 4 or not part[:1].isupper() or any(ch.isdigit() for ch in part):
            return False
        if any(t.casefold() in org_words for t in tokens):
            return False
    return True


def split_affiliation(affiliation: str | None) -> tuple[str | None, str | None]:
    """ "Soil Science Department, Kestrel University, Millbrook, OH" -> ("Kestrel University",
    "Soil Science"): a department part moves to ``department`` and a trailing place is dropped; other
    parts stay ("University of Tarrow, Eastfield, School of Design")."""
    if not affiliation:
        return affiliation, None
    parts = [q for p in affiliation.split(",") if p.strip() for q in _university_then_department(p.strip())]
    department = None
    kept: list[str] = []
    for part in parts:
        match = DEPARTMENT_PART_RE.match(part)
        if match and department is None and len(parts) > 1:
            department = (match["a"] or match["b"]).strip()
            continue
        kept.append(part)
    while len(kept) > 1 and looks_like_location(", ".join(kept[-2:])):
        kept = kept[:-2]  # "Millbrook, OH"
    while len(kept) > 1 and is_place(kept[-1]):
        kept = kept[:-1]
    return (", ".join(kept) or affiliation), department


def _university_then_department(part: str) -> list[str]:
    """ "Kestrel University Physics Department" -> ["Kestrel University", "Physics Department"]: the
    comma the line left out; a part without a department after its university stays whole."""
    match = UNIVERSITY_THEN_DEPARTMENT_RE.match(part)
    if match is None:
        return [part]
    return [match["org"], match["unit"]]
