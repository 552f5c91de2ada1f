"""Invented list entries in the shapes CVs print them, with their fields, for the entry-field models
(``extractor.learn.items``): the corpus has few entries of some shapes ("Title, Organization (note)",
a funder before a quoted title), and a model that never saw a shape guesses. Every name here is made
up; the generator is seeded, so training stays deterministic.
"""

from __future__ import annotations

import random
from collections.abc import Iterator

# How many entries each list gets (small beside the corpus: they teach shapes, not words).
GENERATED_PER_LIST = 400
SEED = 20261206

AWARD_TITLES = (
    "Best Paper Award", "Outstanding Reviewer", "Young Investigator Award", "Dean's List",
    "Graduate Research Fellowship", "Travel Award", "Teaching Excellence Award", "Honorable Mention",
    "Distinguished Dissertation Award", "Best Poster Award", "Early Career Prize", "Merit Scholarship",
    "Student Research Grant", "Outstanding Teaching Assistant", "Rising Star", "Presidential Fellowship",
)  # fmt: skip
ORGANIZATIONS = (
    "Kestrel University", "Harbourview Institute", "Lake Society of Sediments", "National Dune Foundation",
    "Carrow State University", "Eastfield Research Council", "SANDCONF", "the Tidal Physics Society",
    "Millbrook College", "Institute for Glass Studies", "Northbridge Academy of Sciences", "WAVES 2021",
    "Department of Soil Science, Kestrel University", "Hill College", "Association for Ripple Research",
)  # fmt: skip
NOTES = ("(all semesters)", "(declined)", "(one of three)", "(top 5%)", "(runner-up)", "($2,000)")
TITLES = (
    "Rivers of sand", "Lakes of glass and their tides", "Dunes in motion", "Wind over water",
    "Learning ripples from sparse data", "Tidal maps of the north", "Grains, tides and time",
    "A sediment budget for small lakes", "Sand in motion: new measurements", "Coastal dunes at night",
)  # fmt: skip
EVENTS = (
    "Harbour Symposium", "Annual Meeting of the Lake Society", "Desert Workshop", "Coastal Seminar",
    "International Conference on Sediments", "Kestrel University Physics Colloquium", "Sand Days",
    "Winter School on Ripples", "Eastfield Geology Seminar Series", "Workshop on Tidal Learning",
)  # fmt: skip
PLACES = (
    "Oslo, Norway", "Lyon, France", "Tucson, AZ", "Madison, WI", "Porto, Portugal", "Kyoto, Japan",
    "Bergen, Norway", "Austin, TX", "Online", "Virtual",
)  # fmt: skip
FUNDERS = (
    "National Dune Foundation", "Eastfield Research Council", "Ministry of Sand", "Harbour Trust",
    "NSF CNS Core: Small", "Tidal Science Agency", "Kestrel University Seed Fund", "Lake Charitable Fund",
)  # fmt: skip
ROLES = ("PI", "Co-PI", "Co-Investigator", "Senior Personnel", "Principal Investigator")
AMOUNTS = ("$499,870", "$45,000", "USD 1.2M", "€250,000", "£80,000", "$3,500")
MONTHS = ("Jan", "March", "May", "Sept.", "October", "Dec.")

Fields = dict[str, str]


def _years(rng: random.Random) -> tuple[str, str]:
    start = rng.randint(2005, 2024)
    return str(start), str(start + rng.randint(1, 4))


def _award(rng: random.Random) -> tuple[str, Fields]:
    title, org, (year, _) = rng.choice(AWARD_TITLES), rng.choice(ORGANIZATIONS), _years(rng)
    note = rng.choice(NOTES)
    shapes = (
        (f"{title}, {org}, {year}", {"title": title, "organization": org}),
        (f"{title}, {org} {note}", {"title": title, "organization": org}),
        (f"{year} {title}, {org}", {"title": title, "organization": org}),
        (f"{title} ({org}), {year}", {"title": title, "organization": org}),
        (f"{title}, {year}", {"title": title}),
        (f"{title} {note}, {year}", {"title": title}),
        (f"{year}\n{title}\n{org}", {"title": title, "organization": org}),
        (f"{title} – {org} – {year}", {"title": title, "organization": org}),
    )
    return rng.choice(shapes)


def _grant(rng: random.Random) -> tuple[str, Fields]:
    title, funder = rng.choice(TITLES), rng.choice(FUNDERS)
    role, amount, (start, end) = rng.choice(ROLES), rng.choice(AMOUNTS), _years(rng)
    shapes = (
        (f'{funder}, "{title}", {role}, {amount}, {start}–{end}', {"title": title, "funder": funder}),
        (f"{title}, {funder}, {amount}, {role}, {start}-{end}", {"title": title, "funder": funder}),
        (f"{role}, “{title},” {funder}, {start} – {end}, {amount}", {"title": title, "funder": funder}),
        (f"{start}–{end} {funder}: {title} ({role}, {amount})", {"title": title, "funder": funder}),
        (f"{title}\n{funder}, {amount}\n{start} – {end}", {"title": title, "funder": funder}),
        (f"{funder} grant, {amount}, {start}", {"funder": funder}),
    )
    text, fields = rng.choice(shapes)
    for name, value in (("role", role), ("amount", amount)):
        if value in text:
            fields = {**fields, name: value}
    return text, fields


def _talk(rng: random.Random) -> tuple[str, Fields]:
    title, event, place = rng.choice(TITLES), rng.choice(EVENTS), rng.choice(PLACES)
    when = f"{rng.choice(MONTHS)} {_years(rng)[0]}"
    shapes = (
        (f"“{title},” {event}, {place}, {when}.", {"title": title, "event": event, "location": place}),
        (f"{title}. {event}, {place}, {when}.", {"title": title, "event": event, "location": place}),
        (f"{when} {event}, {place}: {title}", {"title": title, "event": event, "location": place}),
        (f"{title}, {event}, {when} (invited)", {"title": title, "event": event}),
        (f"{event}, {place}, {when}\n{title}", {"title": title, "event": event, "location": place}),
        (f"{when}: {event}", {"event": event}),
        (f"{title} ({event}), {when}", {"title": title, "event": event}),
        (f"Invited talk, {event}, {place}, {when}. “{title}”", {"title": title, "event": event,
                                                                "location": place}),
    )  # fmt: skip
    return rng.choice(shapes)


GENERATORS = {"awards": _award, "grants": _grant, "talks": _talk}


def generated_items(list_name: str) -> Iterator[tuple[str, Fields]]:
    """(entry text, fields as printed) for one list; empty for a list without a generator."""
    generator = GENERATORS.get(list_name)
    if generator is None:
        return
    rng = random.Random(f"{SEED}-{list_name}")
    for _ in range(GENERATED_PER_LIST):
        yield generator(rng)
