"""Service: role, venue, year; one entry per venue.

Forms read: "Artifact Evaluation Committee: EuroSys '22, SOSP '21, ATC '22" (three entries),
several "Role: items" runs on one line, and the stacked form of pages saved as text:
"PC member in Conferences" / "USENIX ATC, EuroSys" / "2024" (two entries for 2024). A role that is
a teaching role ("Teaching Assistant: CS 240 Fa'22") becomes a teaching entry instead.
"""

from __future__ import annotations

from extractor.document import Line, Section
from extractor.fields.context import Found, ParseContext, evidence_for
from extractor.parse.dates import find_date_range, find_year, parse_date_range
from extractor.parse.lists import split_items
from extractor.parse.teaching import read_teaching
from extractor.patterns import regexes as rx
from extractor.profile import Service


def parse_service(section: Section, ctx: ParseContext) -> Found:
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
        chunks = _role_chunks(text)
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
                            venue=_venue(venue),
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
                        venue=_venue(item),
                        year=find_year(item),
                        evidence=evidence_for([line], ctx),
                    ),
                )
    flush(None, None)
    return found


def _role_chunks(text: str) -> list[tuple[str, str]]:
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


def _is_role_line(text: str) -> bool:
    return bool(rx.SERVICE_ROLE_RE.search(text)) and find_year(text) is None and len(text.split()) <= 8


def _venue(text: str) -> str:
    text = rx.PARENTHETICAL_NOTE_RE.sub("", text) if find_year(text) else text  # "(2023)", "(2022 – 2024)"
    return rx.VENUE_YEAR_TAIL_RE.sub("", text).strip(" ,;.") or text


def _unique(lines: list[Line]) -> list[Line]:
    seen: list[Line] = []
    for ln in lines:
        if ln not in seen:
            seen.append(ln)
    return seen
