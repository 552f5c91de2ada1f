"""A service entry's role and venue by rule ("Program Committee: Lake Symposium 2023, Sand Days")."""

from __future__ import annotations

from typing import NamedTuple

from extractor.parse.dates import find_date_range, find_year
from extractor.parse.lists import split_items
from extractor.patterns import regexes as rx


class ServiceFields(NamedTuple):
    role: str | None
    venue: str | None


def read_service(text: str) -> ServiceFields | None:
    """The role and the first venue of one service entry's text (on one line); None for an empty one."""
    when = find_date_range(text)
    if when is not None and when.matched:
        text = text.replace(when.matched, " ", 1)
    text = " ".join(text.split())
    chunks = role_chunks(text)
    role, body = chunks[0] if chunks else (None, text)
    venues = split_items(body)
    venue = service_venue(venues[0]) if venues else None
    if not (role or venue):
        return None
    return ServiceFields(role, venue)


def role_list_line(text: str) -> bool:
    """A line of "Role: venue, venue" runs ("Reviewer: Lake Letters, Sand Review")."""
    match = rx.ROLE_PREFIX_RE.match(text.strip())
    return match is not None and match.start() == 0


def role_chunks(text: str) -> list[tuple[str, str]]:
    """(role, what follows) for each "Role: ..." run of a line, or one "Role, Venue" pair; [] for none."""
    matches = list(rx.ROLE_PREFIX_RE.finditer(text))
    if not matches or matches[0].start() != 0:
        comma = rx.ROLE_COMMA_RE.match(text)  # "Organizer, Northbridge Systems Reading Group (2022 – 2024)"
        if comma and rx.SERVICE_ROLE_RE.search(comma["role"]):
            return [(comma["role"].strip(), text[comma.end() :].strip())]
        return []
    chunks: list[tuple[str, str]] = []
    for i, match in enumerate(matches):
        end = matches[i + 1].start() if i + 1 < len(matches) else len(text)
        role = match["role"].strip()
        chunks.append((role, text[match.end() : end].strip()))
    return chunks


def service_venue(text: str) -> str:
    """A venue without its year note ("Lake Symposium (2023)" -> "Lake Symposium")."""
    text = rx.PARENTHETICAL_NOTE_RE.sub("", text) if find_year(text) else text  # "(2023)", "(2022 – 2024)"
    return rx.VENUE_YEAR_TAIL_RE.sub("", text).strip(" ,;.") or text
