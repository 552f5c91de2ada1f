"""Service: role, venue, year; one entry per venue.

Forms read: "Artifact Evaluation Committee: EuroSys '22, SOSP '21, ATC '22" (three entries),
several "Role: items" runs on one line, and the stacked form of pages saved as text:
"PC member in Conferences" / "USENIX ATC, EuroSys" / "2024" (two entries for 2024). A role that is
a teaching role ("Teaching Assistant: CS 240 Fa'22") becomes a teaching entry instead.
"""

from __future__ import annotations

from dataclasses import replace

from extractor.document import Block, Line, Section
from extractor.fields.context import Found, ParseContext, entry_text, evidence_for, learned_fields
from extractor.parse.dates import find_date_range, find_year, parse_date_range
from extractor.parse.lists import split_items
from extractor.parse.service import role_chunks, role_list_line, service_venue
from extractor.parse.teaching import read_teaching
from extractor.patterns import regexes as rx
from extractor.profile import Service
from extractor.segment import split_entries

# How far after a venue its own year may stand ("Sand Days (2022)", "Lake Letters '23").
VENUE_YEAR_REACH = 8


# The lines of a list that bare role lines head are short: a role, a run of venues, a year (a
# longer line is a description, and the entry shapes the model reads).
ROLE_LIST_MAX_LINE_WORDS = 12


def parse_service(section: Section, ctx: ParseContext) -> Found:
    return _parse_service_learned(section, ctx) or _parse_service_by_rules(section, ctx)


def _parse_service_learned(section: Section, ctx: ParseContext) -> Found | None:
    """One item per venue the service model labels in each entry, each with the role printed before
    it (else the entry's first role) and the entry's year; None when there is no model. Entries of
    "Role: venue, venue" runs (where the rules are exact, and several roles may share a line) and
    teaching roles go to the rules, and so does a list whose bare role lines head venue lines closed
    by year lines ("Program committee member" / "Lake Conference, Dune Workshop" / "2023"): the rules
    carry each role and year down. (Sending every list with a bare role line to the rules cost
    service F1 on the corpus CVs.)"""
    found = Found()
    blocks = split_entries(section)
    if _role_headed_list(section, blocks):
        return _parse_service_by_rules(section, ctx)
    for block in blocks:
        entry = entry_text(block.lines)
        if any(role_list_line(line.text) or teaching_role_entry(line.text) for line in block.lines):
            found.merge(_parse_service_by_rules(replace(section, heading=None, lines=block.lines), ctx))
            continue
        learned = learned_fields("service", entry, ctx)
        if learned is None:
            return None
        year = find_year(entry.flat)
        roles = [value for field, value in learned.runs if field == "role"]
        role = None
        venues: list[tuple[str | None, str]] = []
        for field, value in learned.runs:
            if field == "role":
                role = value
            elif field == "venue" and (venue := service_venue(value)) and not _only_years(venue):
                venues.append((role or (roles[0] if roles else None), venue))
        if not venues and roles:
            venues = [(roles[0], "")]
        for venue_role, venue in (role_and_venue(r, v) for r, v in venues):
            found.add(
                "service",
                Service(
                    role=venue_role,
                    venue=venue or None,
                    year=_venue_year(block_text=entry.flat, venue=venue) or year,
                    evidence=evidence_for(block, ctx),
                    confidence=block.confidence,
                ),
            )
    return found


def role_and_venue(role: str | None, venue: str) -> tuple[str | None, str]:
    """A role read with what it served and no venue apart, split: "Organizer of the Lake Seminar"
    -> ("Organizer", "Lake Seminar"), "Lake Seminar (Chair)" -> ("Chair", "Lake Seminar"); a role
    left ending in a joining word loses it ("Member of the" -> "Member")."""
    if not role:
        return role, venue
    role = rx.ROLE_TRAILING_JOIN_RE.sub("", role).strip(" ,;") or role
    if venue:
        return role, venue
    if role.endswith(")") and (opening := role.rfind("(")) > 0:
        inside, before = role[opening + 1 : -1].strip(), role[:opening].strip(" ,;")
        if before and _names_role(inside):
            return inside, before
    if (join := rx.ROLE_VENUE_JOIN_RE.search(role)) is not None:
        before, after = role[: join.start()].strip(" ,;"), role[join.end() :].strip(" ,;.")
        if before and after and _names_role(before.split()[-1]):
            return before, after
    return role, venue


def _names_role(text: str) -> bool:
    from extractor.learn.items import names_word_of  # the list models' word groups (loaded on use)

    return names_word_of("role", text)


def _only_years(text: str) -> bool:
    """ "2024" or "2023-2024": a year the list repeats, not a venue."""
    return parse_date_range(text) is not None and not any(c.isalpha() for c in text)


def _venue_year(block_text: str, venue: str) -> int | None:
    """The year printed right after a venue ("Lake Letters 2023", "Sand Days (2022)"), if any."""
    at = block_text.find(venue)
    if at < 0:
        return None
    return find_year(block_text[at : at + len(venue) + VENUE_YEAR_REACH])


def teaching_role_entry(text: str) -> bool:
    """An entry the rules read as teaching ("Teaching Assistant: Sand Physics 101")."""
    chunks = role_chunks(text)
    return bool(chunks) and bool(rx.TEACHING_ROLE_RE.search(chunks[0][0]))


def _parse_service_by_rules(section: Section, ctx: ParseContext) -> Found:
    found = Found()
    role: str | None = None
    role_line: Line | None = None
    if section.heading is not None and _is_role_line(section.heading.text):
        # a heading that names a role ("Reviewer in Transactions") is the role of what follows
        role, role_line = rx.ROLE_SCOPE_RE.sub("", section.heading.text).strip(), section.heading
    pending: list[tuple[str, Line]] = []  # venues waiting for a year line

    def flush(year: int | None, year_line: Line | None) -> None:
        for venue, line in pending:
            lines = [ln for ln in (role_line, line, year_line) if ln is not None]
            found.add(
                "service",
                Service(
                    role=role,
                    venue=venue,
                    year=year or find_year(venue),
                    evidence=evidence_for(_unique(lines), ctx),
                ),
            )
        pending.clear()

    for line in section.lines:
        text = line.text.strip()
        year_only = parse_date_range(text)
        if year_only is not None and pending and not rx.ROLE_PREFIX_RE.search(text):
            year_text = year_only.end or year_only.start
            flush(int(year_text[:4]) if year_text else None, line)
            continue
        chunks = role_chunks(text)
        if chunks:
            flush(None, None)
            for chunk_role, body in chunks:
                if rx.TEACHING_ROLE_RE.search(chunk_role):
                    entry = read_teaching(body, role=chunk_role)
                    if entry is not None:
                        found.add("teaching", entry.teaching(evidence_for([line], ctx)))
                    continue
                # a date for the whole run ("Judge, Olympiad, since 2020") is cut out first
                when = find_date_range(body)
                run_year = None
                if when is not None and when.matched and len(split_items(body)) > 1:
                    run_year = find_year(when.matched)
                    body = body.replace(when.matched, " ")
                for venue in split_items(body):
                    found.add(
                        "service",
                        Service(
                            role=chunk_role,
                            venue=service_venue(venue),
                            year=find_year(venue) or run_year,
                            evidence=evidence_for([line], ctx),
                        ),
                    )
            role = None
            continue
        if _is_role_line(text):
            flush(None, None)
            role, role_line = rx.ROLE_SCOPE_RE.sub("", text).strip(), line
            continue
        items = split_items(text)
        if role is not None:
            pending.extend((item, line) for item in items)
        else:
            for item in items:
                found.add(
                    "service",
                    Service(
                        role=None,
                        venue=service_venue(item),
                        year=find_year(item),
                        evidence=evidence_for([line], ctx),
                    ),
                )
    flush(None, None)
    return found


def _is_role_line(text: str) -> bool:
    return bool(rx.SERVICE_ROLE_RE.search(text)) and find_year(text) is None and len(text.split()) <= 8


def _role_headed_list(section: Section, blocks: list[Block]) -> bool:
    """Short lines where bare role lines head venue lines closed by year-only lines."""
    role_lines = (section.heading is not None and _is_bare_role(section.heading.text)) or any(
        len(b.lines) == 1 and _is_bare_role(b.lines[0].text) for b in blocks
    )
    year_lines = any(rx.YEAR_LINE_RE.fullmatch(line.text.strip()) for line in section.lines)
    short_lines = all(len(line.text.split()) <= ROLE_LIST_MAX_LINE_WORDS for line in section.lines)
    return role_lines and year_lines and short_lines


def _is_bare_role(text: str) -> bool:
    """A role printed alone, naming no venue ("Program committee member", "Reviewer in Journals"), not
    "Reviewer. Journal of Sand" or "Chair, Dune Workshop"."""
    text = text.strip().rstrip(".:;, ")
    if not _is_role_line(text) or any(mark in text for mark in ".,:;|"):
        return False
    return not rx.ROLE_VENUE_PREPOSITION_RE.search(rx.ROLE_SCOPE_RE.sub("", text))


def _unique(lines: list[Line]) -> list[Line]:
    seen: list[Line] = []
    for ln in lines:
        if ln not in seen:
            seen.append(ln)
    return seen
