"""Cities: a lone city after an organization ("Example University, Springfield") is its location.

``split_location`` (``parse/places.py``) knows countries and states, so it cuts "Springfield, OH" or
"Springfield, Italy" off a line but not a city alone. ``is_city`` knows the names of the world's
larger cities (``patterns/cities.txt``, made from GeoNames by ``scripts/make_city_list.py``; loaded on
first use), and ``split_place`` cuts either: the place ``split_location`` finds, else a last comma
part that is a city ("Kestrel Labs, Springfield" -> ("Kestrel Labs", "Springfield")), or a city,
region and country whose region pycountry does not know ("Springfield, Tarrow Region, Spain").
A campus named by its city stays with its university ("University of California, <campus>"), and a
city after a role alone ("Visiting Scholar, <city>") may stand for its university and stays too.
"""

from __future__ import annotations

from extractor.parse.places import is_place, looks_like_location, split_location
from extractor.parse.text import fold
from extractor.patterns import words
from extractor.patterns.org_regexes import (
    ABBREVIATION_BEFORE_STOP_RE,
    CAMPUS_SYSTEM_END_RE,
    CITY_TAIL_STRIP,
    STOP_BEFORE_PLACE_RE,
)
from extractor.patterns.regexes import PLACE_PART_STOP_RE, WORD_RE

# A city or region part has at most this many words ("Santiago de los Caballeros").
PLACE_PART_MAX_WORDS = 4
# A role alone before a city is short: "Visiting Research Scholar"
ROLE_ALONE_MAX_WORDS = 4
# "City, Region, Country": the longest city run cut
CITY_REGION_COUNTRY_PARTS = 3


def is_city(text: str) -> bool:
    """A larger city's name, as printed ("Springfield", "São Paulo"; accents and case ignored)."""
    return fold(text.strip(CITY_TAIL_STRIP)) in words("cities")


def split_place(text: str) -> tuple[str, str | None]:
    """Cut a trailing place off a line: a place set apart by a full stop ("Tarrow A&M. Springfield,
    Texas, USA."), a city, region and country ("Springfield, Tarrow Region, Spain", whose region
    pycountry may not know), else a country or state run (``split_location``), else a city alone
    after a comma. Returns (rest, place or None)."""
    if is_whole_place(text):
        return "", text.strip().rstrip(CITY_TAIL_STRIP)
    head, after_stop = split_place_after_stop(text)
    if after_stop:
        return head, after_stop
    head, city_run = split_city_tail(text, CITY_REGION_COUNTRY_PARTS)
    if city_run:
        return head, city_run
    rest, location = split_location(text)
    if location:
        return rest, location
    return split_city_tail(text, 1)


def is_whole_place(text: str) -> bool:
    """A piece that is a place and nothing else, led by a known city: "Springfield, Texas, USA." or
    "Bilbao, Tarrow Region, Spain" (a city whose name holds an organization's word, "College
    Station", or a region pycountry does not know, is not read as a place by ``split_location``,
    which would cut the region and country and leave the city behind as a name)."""
    parts = [p.strip(CITY_TAIL_STRIP + " ") for p in text.strip().split(",")]
    return 2 <= len(parts) <= CITY_REGION_COUNTRY_PARTS and _is_city_run(parts)


def split_place_after_stop(text: str) -> tuple[str, str | None]:
    """A place that is its own sentence at the line's end: "Tarrow A&M. Springfield, Texas, USA." ->
    ("Tarrow A&M", "Springfield, Texas, USA"); "Postdoc. Springfield, Spain." -> ("Postdoc",
    "Springfield, Spain"). The comma cuts alone would take "Tarrow A&M. Springfield" for one part.
    The place starts with a known city and reads as a whole place; a stop after an abbreviation
    ("St. Louis, MO", "J. Doe, London") is not a sentence's end."""
    stripped = text.strip()
    body = stripped.rstrip(CITY_TAIL_STRIP)
    stops = list(STOP_BEFORE_PLACE_RE.finditer(body))
    if not stops:
        return stripped, None
    stop = stops[-1]
    head, tail = body[: stop.start()].strip(" ,"), body[stop.end() :].strip()
    if not head or ABBREVIATION_BEFORE_STOP_RE.search(head) or "," not in tail:
        return stripped, None
    parts = [p.strip() for p in tail.split(",")]
    if not is_city(parts[0]) or not (looks_like_location(tail) or _is_city_run(parts)):
        return stripped, None
    return head, tail


def split_city_tail(text: str, parts_count: int = 1) -> tuple[str, str | None]:
    """The last ``parts_count`` comma parts, when they are a city (and its region and country):
    "Lecturer, Kestrel Labs, Springfield." -> ("Lecturer, Kestrel Labs", "Springfield")."""
    stripped = text.strip()
    parts = stripped.split(",")
    if len(parts) <= parts_count:
        return stripped, None
    head = ",".join(parts[:-parts_count]).strip(" ,|–—-")
    tail = [p.strip(CITY_TAIL_STRIP + " ") for p in parts[-parts_count:]]
    if head and _is_city_run(tail) and not CAMPUS_SYSTEM_END_RE.search(head) and not _role_alone(head):
        return head, ", ".join(tail)
    return stripped, None


def _role_alone(head: str) -> bool:
    """ "Visiting Scholar" before "Oxford": a role with no organization before the city (a short
    head ending in a job word), where the city likely stands for the university named by it; the
    city is then kept. "Developer Kestrel, Oxford" names its employer: the city is cut."""
    tokens = [t.casefold() for t in WORD_RE.findall(head)]
    return (
        "," not in head
        and 0 < len(tokens) <= ROLE_ALONE_MAX_WORDS
        and tokens[-1].split("-")[-1] in words("job_titles")
        and not any(t in words("org_words") for t in tokens)
    )


def _is_city_run(tail: list[str]) -> bool:
    """A city alone, or a city, a region of a few capitalised words and a known country or state."""
    if not tail or not _is_place_part(tail[0]) or not is_city(tail[0]):
        return False
    if len(tail) == 1:
        return True
    return all(_is_place_part(p) for p in tail[1:-1]) and is_place(tail[-1])


def _is_place_part(part: str) -> bool:
    """A capitalised run of a few words with no digit and no sentence stop inside."""
    return (
        1 <= len(part.split()) <= PLACE_PART_MAX_WORDS
        and part[:1].isupper()
        and not any(ch.isdigit() for ch in part)
        and not PLACE_PART_STOP_RE.search(part)
    )
