"""Service: role, venue, year; one entry per venue.

Forms read: "Artifact Evaluation Committee: EuroSys '22, SOSP '21, ATC '22" (three entries),
several "Role: items" runs on one line, and the stacked form of pages saved as text:
"PC member in Conferences" / "USENIX ATC, EuroSys" / "2024" (two entries for 2024). A role that is
a teaching role ("Teaching Assistant: CS 240 Fa'22") becomes a teaching entry instead.
"""

from __future__ import annotations

import re
from dataclasses import replace

from extractor.document import Block, Line, Section
from extractor.fields.context import Found, ParseContext, entry_text, evidence_for, learned_fields
from extractor.parse.dates import find_date_range, find_year, parse_date_range
from extractor.parse.lists import split_items
from extractor.parse.places import is_place, looks_like_location
from extractor.parse.service import role_chunks, role_list_line, service_venue
from extractor.parse.teaching import read_teaching, split_outside_brackets
from extractor.patterns import regexes as rx
from extractor.patterns import service_regexes as srx
from extractor.patterns.date_regexes import MONTHS
from extractor.profile import Service
from extractor.segment import split_entries

# How far after a venue its own year may stand ("Sand Days (2022)", "Lake Letters '23").
VENUE_YEAR_REACH = 8


# The lines of a list that bare role lines head are short: a role, a run of venues, a year (a
# longer line is a description, and the entry shapes the model reads).
ROLE_LIST_MAX_LINE_WORDS = 12
# A piece of a run naming a date ("Aug. 2023", "Sep 2-4") has at most this many words.
DATE_PIECE_MAX_WORDS = 3
# A role leads a run of venues (read by rule) when it has at least this many.
RUN_MIN_VENUES = 2


def parse_service(section: Section, ctx: ParseContext) -> Found:
    found = _parse_service_learned(section, ctx) or _parse_service_by_rules(section, ctx)
    found.service = [_body_served(item) for item in found.service]
    return found


def _body_served(item: Service) -> Service:
    """The item with a committee named in its role read as the body served (``body_as_venue``)."""
    role, venue = body_as_venue(item.role, item.venue, item.evidence.text)
    return (
        item
        if (role, venue) == (item.role, item.venue)
        else item.model_copy(update={"role": role, "venue": venue})
    )


def body_as_venue(role: str | None, venue: str | None, text: str) -> tuple[str | None, str | None]:
    """A standing body read as the role is the venue served, the role the words the person holds on
    it (corpus README): "Member of the Admissions Committee" -> ("Member", "Admissions Committee"),
    "Library Committee" -> (None, "Library Committee"). An organization read as the venue joins the
    body when ``text`` prints them in one run ("Diversity Committee, Department of X"), else the body
    alone is the venue. A committee of an event or a publication ("Program Committee", "Editorial
    Board") stays the role."""
    if not role or srx.SERVED_BODY_RE.search(role) is None or srx.EVENT_COMMITTEE_RE.search(role):
        return role, venue
    if venue and re.search(re.escape(role) + r"\s*:", text):
        return role, venue  # "X Committee: Lake Conference, Dune Workshop": a role over a run of venues
    held: str | None
    lead = srx.ROLE_OF_BODY_RE.match(role)
    if lead and (
        srx.SERVED_BODY_RE.search(lead["body"]) or _names_body_after_comma(role, lead["role"], lead["body"])
    ):
        held, body = lead["role"], lead["body"]
    elif (tail := _body_then_role(role)) is not None:
        body, held = tail
    elif srx.BODY_NAME_END_RE.search(role) or srx.SERVED_ROLE_RE.search(role) is None:
        held, body = None, role  # "Library Committee", "Curriculum Committee (graduate)"
    else:
        return role, venue  # a body inside a compound role ("Co-founder and board member")
    body = body.strip(" ,;:.")
    if not _names_the_body(body):
        return role, venue  # "Board Member" at an organization: a board with no name of its own
    return held, _with_organization(body, venue, text) if venue else body


def _names_the_body(body: str) -> bool:
    """Whether a body is named ("Library Committee", "Board of Directors"), not only the word for it
    ("Board", "the committee")."""
    if srx.ROLE_WITH_BODY_WORD_RE.search(body):
        return False  # "Board Member, Development" holds a role of its own: no body's name
    words = list(srx.SERVED_BODY_RE.finditer(body))
    rest = body[: words[-1].start()] + " " + body[words[-1].end() :] if words else body
    return any(word.lower() not in UNNAMING_WORDS for word in re.findall(r"[^\W\d_]+", rest))


# Words that leave a body unnamed ("the Board", "a committee").
UNNAMING_WORDS = frozenset({"the", "a", "an", "of"})


def _names_body_after_comma(role: str, held: str, body: str) -> bool:
    """ "Committee Member, Awards": a role that names the body's kind, the body's name after a comma
    (not a second role: "Board Member, Secretary")."""
    return (
        bool(srx.SERVED_BODY_RE.search(held))
        and role[len(held) :].lstrip().startswith(",")
        and srx.SERVED_ROLE_RE.search(body) is None
    )


def _body_then_role(text: str) -> tuple[str, str] | None:
    """ "Executive Committee Student Representative" -> ("Executive Committee", "Student
    Representative"): the longest lead that ends with a body's word, then the role words held on it
    ("Task Force Committee Member" -> "Task Force Committee", "Member")."""
    words = text.split()
    for cut in range(len(words) - 1, 0, -1):
        body, held = " ".join(words[:cut]).strip(" ,–-"), " ".join(words[cut:]).strip(" ,–-")
        if srx.BODY_NAME_END_RE.search(body) and srx.SERVED_ROLE_RE.fullmatch(held):
            return body, held
    return None


def _with_organization(body: str, organization: str, text: str) -> str:
    """The body with the organization printed next to it in ``text`` (either order), as one run."""

    def spaced(value: str) -> str:
        return r"\s*".join(re.escape(word) for word in value.split())

    for first, second in ((body, organization), (organization, body)):
        if found := re.search(spaced(first) + srx.BODY_JOIN + spaced(second), text):
            return " ".join(found.group(0).split())
    return body


def _parse_service_learned(section: Section, ctx: ParseContext) -> Found | None:
    """One item per venue the service model labels in each entry, each with the role printed before
    it (else the entry's first role) and the entry's year; None when there is no model. Entries of
    "Role: venue, venue" runs (where the rules are exact, and several roles may share a line) and
    teaching roles go to the rules, and so does a list whose bare role lines head venue lines closed
    by year lines ("Program committee member" / "Lake Conference, Dune Workshop" / "2023"): the rules
    carry each role and year down. (Sending every list with a bare role line to the rules cost
    service F1 on the corpus CVs.)"""
    found = Found()
    blocks = _joined_runs(split_entries(section))
    if _role_headed_list(section, blocks):
        return _parse_service_by_rules(section, ctx)
    heading_role = heading_named_role(section)
    for block in blocks:
        entry = entry_text(block.lines)
        if any(_read_by_rules(line.text) for line in block.lines):
            alone = replace(section, heading=None, lines=block.lines)
            found.merge(_parse_service_by_rules(alone, ctx, one_entry=True))
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
                venues.append((role or (roles[0] if roles else None) or heading_role, venue))
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


def heading_named_role(section: Section) -> str | None:
    """The role a section's heading names ("Reviewer", "Referee for journals" -> "Referee"): the
    role of each venue under it that prints none. None for a heading that names no role."""
    if section.heading is None or not _is_role_line(section.heading.text):
        return None
    return rx.ROLE_SCOPE_RE.sub("", section.heading.text).strip() or None


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


def _parse_service_by_rules(section: Section, ctx: ParseContext, one_entry: bool = False) -> Found:
    """The section's items by rule; ``one_entry`` when its lines are one entry (the structure's cut),
    where every line after a run of venues goes on with it."""
    found = Found()
    role: str | None = None
    role_line: Line | None = None
    if (heading_role := heading_named_role(section)) is not None and section.heading is not None:
        # a heading that names a role ("Reviewer in Transactions") is the role of what follows
        role, role_line = heading_role, section.heading
    pending: list[tuple[str, Line]] = []  # venues waiting for a year line
    group_year: int | None = None  # the year of a year line over the roles below it

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

    for group in _logical_lines(section.lines, one_entry):
        line, text = group[0], _joined_text(group)
        year_only = parse_date_range(text)
        if year_only is not None and pending and not rx.ROLE_PREFIX_RE.search(text):
            year_text = year_only.end or year_only.start
            flush(int(year_text[:4]) if year_text else None, line)
            continue
        if year_only is not None and rx.YEAR_LINE_RE.fullmatch(text):
            group_year = find_year(year_only.start or year_only.end or "")  # "2024" over its roles
            continue
        if srx.NOT_SERVICE_LEAD_RE.match(text):
            continue  # "Ph.D. supervision: A. Doe (2021-24), B. Roe"
        if (pair := role_stop_venue(text)) is not None:
            flush(None, None)
            found.add(
                "service",
                Service(
                    role=pair[0],
                    venue=service_venue(pair[1]),
                    year=find_year(pair[1]) or group_year,
                    evidence=evidence_for(group, ctx),
                ),
            )
            continue
        chunks = role_chunks(text)
        run = role_list_run(text) if len(chunks) <= 1 else None
        if run is not None:
            flush(None, None)
            run_role, venues = run
            for venue in venues:
                found.add(
                    "service",
                    Service(
                        role=run_role,
                        venue=service_venue(srx.YEAR_LIST_TAIL_RE.sub("", venue)),
                        year=find_year(venue),
                        evidence=evidence_for(group, ctx),
                    ),
                )
            role = None
            continue
        if chunks:
            flush(None, None)
            for chunk_role, body in chunks:
                if srx.NOT_SERVICE_LEAD_RE.match(f"{chunk_role.strip()}:"):
                    continue  # "Ph.D. supervision: A. Doe", "Membership: Dune Society"
                if rx.TEACHING_ROLE_RE.search(chunk_role):
                    entry = read_teaching(body, role=chunk_role)
                    if entry is not None:
                        found.add("teaching", entry.teaching(evidence_for(group, ctx)))
                    continue
                # a date for the whole run ("Judge, Olympiad, since 2020") is cut out first
                when = find_date_range(body)
                run_year = None
                if when is not None and when.matched and len(split_items(body)) > 1:
                    run_year = find_year(when.matched)
                    body = body.replace(when.matched, " ")
                for venue in without_places(split_items(body)):
                    found.add(
                        "service",
                        Service(
                            role=chunk_role,
                            venue=service_venue(venue),
                            year=find_year(venue) or run_year,
                            evidence=evidence_for(group, ctx),
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
                        evidence=evidence_for(group, ctx),
                    ),
                )
    flush(None, None)
    return found


def role_list_run(text: str) -> tuple[str, list[str]] | None:
    """A service role leading a run of at least two venues: "Manuscript reviewer: Lake Letters, Sand
    Review" or "Journal Reviewer for Lake Letters; Sand Review" -> (role, venues). A run parted by
    semicolons is parted only there ("Sand, Dune and Society; Lake Letters"). None for another line, and
    for a teaching role (read as teaching)."""
    text = text.strip()
    lead = srx.ROLE_LIST_LEAD_RE.match(text) or srx.REVIEWER_LIST_LEAD_RE.match(text)
    if lead is None:
        return None
    role = lead["role"].strip()
    if not rx.SERVICE_ROLE_RE.search(role) or rx.TEACHING_ROLE_RE.search(role) or find_year(role):
        return None
    body = text[lead.end() :]
    if ";" in body:
        venues = [v.strip(" .,") for v in split_outside_brackets(body, ";")]
        venues = [rx.AND_LEAD_RE.sub("", v).strip(" .") for v in venues if v.strip(" .,")]
    else:
        venues = split_items(body)
    venues = without_places(venues)
    return (role, venues) if len(venues) >= RUN_MIN_VENUES else None


def without_places(pieces: list[str]) -> list[str]:
    """A run's pieces without where and when it met: "Lake Symposium, Millbrook, OH, Aug. 2023" keeps
    "Lake Symposium" (a city with its state or country, a place, a month, a date)."""
    kept: list[str] = []
    skip = False
    for at, piece in enumerate(pieces):
        if skip:
            skip = False
            continue
        following = pieces[at + 1] if at + 1 < len(pieces) else None
        city = following is not None and not srx.VENUE_WORD_RE.search(piece)
        if city and looks_like_location(f"{piece}, {following}"):
            skip = True
            continue
        if is_place(piece) or _names_a_date(piece):
            continue
        kept.append(piece)
    return kept


def _names_a_date(text: str) -> bool:
    words = text.strip(" .").split()
    month = bool(words) and words[0].casefold().rstrip(".") in MONTHS
    return (month and len(words) <= DATE_PIECE_MAX_WORDS) or _only_years(text)


def role_stop_venue(text: str) -> tuple[str, str] | None:
    """ "Program Committee. Lake Symposium (LS)" -> (role, venue): a service role of a few words, a
    stop, then where it was served; None for another line."""
    found = srx.ROLE_STOP_VENUE_RE.match(text.strip())
    if found is None or not rx.SERVICE_ROLE_RE.search(found["role"]):
        return None
    if rx.TEACHING_ROLE_RE.search(found["role"]):
        return None
    return found["role"].strip(), found["venue"].strip()


def _read_by_rules(text: str) -> bool:
    """A line the rules read exactly: "Role: venue, venue" runs, "Role. Venue" pairs, teaching roles,
    and lists that are no service ("Ph.D. supervision: ...", which they skip)."""
    return (
        role_list_line(text)
        or teaching_role_entry(text)
        or role_list_run(text) is not None
        or role_stop_venue(text) is not None
        or srx.NOT_SERVICE_LEAD_RE.match(text.strip()) is not None
    )


def _logical_lines(lines: tuple[Line, ...] | list[Line], one_entry: bool = False) -> list[list[Line]]:
    """The lines grouped so that a run of venues wrapped over several lines is one group:
    "Reviewer: Lake Letters, Journal of" / "Sand Studies, Dune Notes"; in ``one_entry`` every line
    after the run that starts nothing else ("Referee for Lake Letters, Sand" / "Review, Dune Notes")."""
    groups: list[list[Line]] = []
    in_run = False
    for line in lines:
        text = line.text.strip()
        if groups and in_run and _continues_run(groups[-1], text, wrapped=one_entry):
            groups[-1].append(line)
            continue
        groups.append([line])
        in_run = role_list_line(text) or role_list_run(text) is not None
    return groups


def _joined_runs(blocks: list[Block]) -> list[Block]:
    """Entries joined where a run of venues wraps into the next one (the structure's cut may part
    a run's lines)."""
    joined: list[Block] = []
    for block in blocks:
        previous = joined[-1] if joined else None
        opens = previous is not None and block.lines and _opens_run(previous)
        if previous and opens and _continues_run(previous.lines, block.lines[0].text):
            joined[-1] = replace(previous, lines=previous.lines + block.lines)
            continue
        joined.append(block)
    return joined


def _opens_run(block: Block) -> bool:
    return any(role_list_line(ln.text) or role_list_run(ln.text) is not None for ln in block.lines)


def _continues_run(run: tuple[Line, ...] | list[Line], text: str, wrapped: bool = False) -> bool:
    """The next line goes on with a run of venues: the run's last line leaves it open ("Journal of"),
    or the line starts in lower case, or both are parted by semicolons; a dated line, a role line or
    a run of its own starts something else. ``wrapped``: any other line goes on with it."""
    text = text.strip()
    if not text or find_date_range(text) is not None or role_chunks(text) or _is_role_line(text):
        return False
    if role_list_run(text) is not None:
        return False
    if wrapped:
        return True
    last = run[-1].text.strip()
    semicolons = ";" in text and any(";" in ln.text for ln in run)
    return bool(srx.LIST_CONTINUES_RE.search(last)) or text[:1].islower() or semicolons


def _joined_text(lines: list[Line]) -> str:
    """The group's lines as one line, a word broken at a line's end made whole ("Geo-" / "logy")."""
    text = ""
    for line in lines:
        part = line.text.strip()
        if srx.BROKEN_WORD_RE.search(text) and part[:1].islower():
            text = text.rstrip()[:-1] + part
        else:
            text = f"{text} {part}".strip()
    return text


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
