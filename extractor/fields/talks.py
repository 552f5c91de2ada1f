"""Talks: title, event, location, date, invited ("Rivers of sand. Lake Symposium, Oslo, Norway, May 2024").

The rules (``extractor.parse.talks``) read every field; where the learned talk model is there
(``extractor.learn.items``, the rules' fields among its features) it chooses the title, the event and
the location, and the date grammar keeps the date. A title alone heads the untitled entry after it
when one talk was cut in two (``titles``); else an entry read as a title alone is an untitled talk,
its one name the event (``named_event``); an untitled entry listing events between semicolons
gives one talk at each (``listed_events``). A talk is invited when the entry or its section
heading says so (invited, keynote, plenary).
"""

from __future__ import annotations

from dataclasses import dataclass

from extractor.document import Block, Section
from extractor.fields.context import Found, ParseContext, entry_text, evidence_for, learned_fields
from extractor.parse.bio import is_unit
from extractor.parse.dates import find_date_range
from extractor.parse.entries import has_word
from extractor.parse.places import is_place, looks_like_location, split_location
from extractor.parse.talks import is_cited_talk, names_talk_kind, read_talk
from extractor.patterns import words as word_list
from extractor.patterns.citation_regexes import YEAR_RE
from extractor.patterns.regexes import (
    CITED_TALK_LEAD_RE,
    EVENT_LIST_SEPARATOR_RE,
    HOSTED_BY_RE,
    INVITED_RE,
    LIST_MARKER_RE,
    QUOTED_TITLE_RE,
    SENTENCE_BREAK_RE,
)
from extractor.patterns.talk_regexes import BRACKETED_NOTE_RE, TALK_LABEL_RE, TALK_NOTE_LEAD_RE, YEAR_LEAD_RE
from extractor.profile import Talk
from extractor.segment import split_entries


def parse_talks(section: Section, ctx: ParseContext) -> Found:
    found = Found()
    invited_section = bool(section.label and INVITED_RE.search(section.label))
    readings = [r for block in split_entries(section) if (r := _read_block(block, ctx)) is not None]
    carried: str | None = None  # a title over dated venue lines, carried to the venue lines after it
    right_edge = max((line.x1 for line in section.lines if line.x1 is not None), default=None)
    n = 0
    while n < len(readings):
        reading = readings[n]
        after = readings[n + 1] if n + 1 < len(readings) else None
        if after is not None and titles(reading, after):
            # "How spores drift" / "Lake Seminar, 2025": one talk cut in two at its line break
            reading = _Reading(
                Block(lines=reading.block.lines + after.block.lines, confidence=reading.block.confidence),
                reading.title,
                after.event,
                after.location,
                after.date,
                reading.invited or after.invited,
            )
            n += 1
        n += 1
        title, event, location = reading.title, reading.event, reading.location
        title, event = title_ends_its_line(title, event, reading.block, right_edge)
        venue_first = title_after_date([line.text for line in reading.block.lines])
        if venue_first is not None:
            # "Lake Symposium" / "Oslo, May 2024" / "Rivers of sand": the title under the venue's
            # dated line (the model, which mostly saw titles first, reads it as the event)
            carried = None
            for each_title in venue_first.titles:
                found.add("talks", _titled_talk(each_title, venue_first, reading, invited_section, ctx))
            continue
        over = title_over_venues(reading.block)
        if over is not None and len(over[1]) >= MIN_VENUE_LINES:
            # "Rivers of sand" / "Hill University, May 2024" / "Lake Symposium, Oslo, June 2023":
            # one talk of that title at each dated line under it
            carried, venues = over
            for line in venues:
                found.add("talks", _venue_talk(carried, line, reading, invited_section, ctx))
            continue
        if over is not None:
            # '“Rivers of sand”' / "Lake Symposium, May 2024": the quoted line is the title
            if event is None or _letters(event) in _letters(over[0]):
                event, location = location, None
            title = carried = over[0]
        elif carried is not None and _dated_line(reading.block) and (title is None or _names_venue(title)):
            # a further dated venue line under the title: the same talk again (a "title" read on
            # that line that names a venue is the venue's first part)
            event = ", ".join(part for part in (title, event) if part) or None
            title = carried
        else:
            carried = None
        title, event = named_event(title, event, reading.text)
        if title and year_listed(title, reading.text):
            # "2018: Lake Forum (comment), Hill University, Dune Workshop, Kestrel Days": a year's
            # list of events, the first one read as a title; each is an untitled talk
            title, event = None, event or title
        if title is None and event:
            title = title_under_date(event, entry_text(reading.block.lines).text)
        listed = listed_events(reading.text) if title is None else None
        events: list[str | None] = list(
            listed or (untitled_events(event, reading.text) if title is None and event else [])
        )
        if title is None and event and len(events) == 1 and not cites_year(reading.text):
            # an event alone that opens with a long title: "Rivers of sand in small lakes, Lake Symposium"
            title, event = title_then_event(event, MIN_TITLE_WORDS_BEFORE_EVENT) or (None, event)
            events = [event]
        events = events or (listed_hosts(event) if title and event else [event])
        for one in events:
            name, notes = cut_notes(one) if listed and one else (one, "")
            found.add(
                "talks",
                Talk(
                    title=title,
                    event=name,
                    location=location if len(events) == 1 else None,
                    # a listed event with its own date has it ("Lake Symposium (May 2023)"); the
                    # first one's was cut from the entry as the entry's date
                    date=(_own_date(notes) if listed else None) or reading.date,
                    invited=(bool(INVITED_RE.search(notes)) if listed else reading.invited)
                    or invited_section,
                    evidence=evidence_for(reading.block, ctx),
                    confidence=reading.block.confidence,
                ),
            )
    return found


@dataclass(frozen=True, slots=True)
class _Reading:
    """One entry's talk fields, by the learned model where it is there, else by the rules."""

    block: Block
    title: str | None
    event: str | None
    location: str | None
    date: str | None
    invited: bool

    @property
    def text(self) -> str:
        return entry_text(self.block.lines).flat


def _read_block(block: Block, ctx: ParseContext) -> _Reading | None:
    entry = entry_text(block.lines)
    # the rules read the entry without its number or bullet ("3. Rivers of sand": "3" is no title);
    # the learned model sees it whole, as it learned
    talk = read_talk(LIST_MARKER_RE.sub("", entry.flat, count=1))
    if talk is None:
        return None
    title, event, location = talk.title, talk.event, talk.location
    # a talk printed as a reference ("Doe, Jane. 2024. Title. Event"): the rules read its sentences
    # exactly; the model, which reads parts by their words, is not asked
    learned = None if is_cited_talk(entry.flat) else learned_fields("talks", entry, ctx)
    if learned and (learned.get("title") or learned.get("event")):
        title, event, location = learned.get("title"), learned.get("event"), learned.get("location")
        title, event, location = host_in_location(title, event, location)
        title, event = title_line(title, event, entry.text)
    elif not cites_year(entry.flat) and QUOTED_TITLE_RE.search(entry.flat) is None:
        title, event = venue_first_part(title, event)
    title, event = cut_citation_lead(title), cut_host(event)
    return _Reading(block, title, event, location, talk.date, talk.invited)


# A first line ending before this share of the section's right edge was ended, not wrapped.
SHORT_LINE_SHARE = 0.85


def title_ends_its_line(
    title: str | None, event: str | None, block: Block, right_edge: float | None
) -> tuple[str | None, str | None]:
    """(title, event) of a talk whose title line ends well short of the right margin while the
    model ran the title (or, untitled, the event) on into the next line: "2. Rivers of sand in small
    lakes" / "Lake Symposium. Tarrow University" -> the first line is the title and the rest of the
    run opens the event. Unchanged for a wrapped first line, a first line naming a venue, or a run
    that stays on the first line, or a first line ending inside a phrase (on a function word, or the
    run going on in small letters)."""
    run = title or event
    first = block.lines[0] if block.lines else None
    if not run or first is None or len(block.lines) < 2 or first.x1 is None or right_edge is None:
        return title, event
    if first.x1 > SHORT_LINE_SHARE * right_edge:
        return title, event
    words = first.text.split()
    if words and words[0].rstrip(".)").isdigit() and words[0][-1] in ".)":
        words = words[1:]  # the entry's number
    head = " ".join(words).strip(" .,;:")
    if len(head.split()) < MIN_TITLE_WORDS or _names_venue(head) or not run.startswith(head):
        return title, event
    rest = run[len(head) :].strip(" .,;:")
    if not rest or rest[0].islower() or words[-1].casefold() in word_list("function_words"):
        return title, event  # a run that goes on ("... of" / "Lake ...", "..." / "with Ann Quill")
    if title:
        return head, f"{rest}, {event}" if event else rest
    return head, rest


def title_over_venues(block: Block) -> tuple[str, list[str]] | None:
    """(title, venue lines) of an entry that prints a talk's title on its first line and, on each
    line under it, a venue ending with a date: '“Rivers of sand”' / "Hill University, May 2024" (a quoted
    title, maybe after its authors, over one venue line or more), or "Rivers of sand" / "Hill
    University 05/2024" / "Lake Symposium 06/2023" (an unquoted undated title over two or more).
    None for any other entry."""
    lines = [line.text.strip() for line in block.lines]
    if len(lines) < 2 or not all(_ends_with_date(line) for line in lines[1:]):
        return None
    first = lines[0]
    quoted = QUOTED_TITLE_RE.search(first)
    if quoted is not None and not first[quoted.end() :].strip(" .,"):
        title = (quoted.group("title") or quoted.group("single") or "").strip(" .,")
        return (title, lines[1:]) if title else None
    if len(lines) < MIN_VENUE_LINES + 1 or _has_date(first) or len(first.split()) < MIN_TITLE_WORDS:
        return None
    if any(mark in first for mark in OPENING_QUOTES) or any(_continues(line) for line in lines[1:]):
        return None  # a quoted title wrapped over the lines: "‘Rivers of sand in small" / "lakes’ ..."
    return first.strip(" .,"), lines[1:]


# Quote marks that open a title; a venue line that starts with a closing one or a small letter
# continues the line above it.
OPENING_QUOTES = ("“", "‘", '"', "«")


def _continues(line: str) -> bool:
    return line[:1].islower() or line[:1] in '”’"»' or (len(line) > 1 and line.split()[0][-1:] in "”’»")


@dataclass(frozen=True, slots=True)
class VenueFirst:
    """The talks of an entry that prints where and when first and the titles after: their titles,
    their venue and its place."""

    titles: list[str]
    venue: str
    location: str | None


def title_after_date(lines: list[str]) -> VenueFirst | None:
    """The talks of an entry that prints the venue and the date first and the title on the lines
    under the dated line: "Lake Symposium [Video]" / "Oslo, May 2024" / "Rivers of sand", or "Lake
    Symposium, Oslo May 2024" / "Talk: Rivers of sand". Several titles each after its own label
    ("Talk: A" / "Poster: B") are one talk each at that venue. The venue is the first line when it is
    the dated one, else the lines above the dated line (which holds the place, the date, maybe the
    person's role: "Oslo, Norway" / "INVITED SPEAKER 2024"). The dated line ends with its date; the
    lines under it start as a title does and hold no date, no place, no venue, no sentences and no
    note ("Joint with Ann Roe"). None otherwise."""
    lines = [line.strip() for line in lines if line.strip()]
    dated = [n for n, line in enumerate(lines) if _has_date(line)]
    if len(lines) < 2 or not dated or dated[-1] == len(lines) - 1 or not _ends_with_date(lines[dated[-1]]):
        return None
    tail = lines[dated[-1] + 1 :]
    if not (tail[0][:1].isupper() or tail[0][:1] in OPENING_QUOTES) or TALK_NOTE_LEAD_RE.match(tail[0]):
        return None  # the dated line's run going on, or a note under the talk
    titles = [_cut_label(" ".join(group)) for group in _labelled_groups(tail)]
    if not all(_reads_as_title(title) for title in titles) or any(map(_names_venue, titles)):
        return None  # a venue under a dated title line ("Rivers of sand. 2024" / "Lake Symposium")
    read = read_talk(LIST_MARKER_RE.sub("", " ".join(lines[: max(dated[-1], 1)]), count=1))
    venue = ", ".join(part for part in (read.title, read.event) if part) if read is not None else ""
    venue = BRACKETED_NOTE_RE.sub("", venue).strip(" ,.;:")
    if not venue:
        return None
    location = read.location if read is not None else None
    if dated[-1] > 0:
        location = _place_of(lines[dated[-1]]) or location
    return VenueFirst(titles, venue, location)


def _place_of(line: str) -> str | None:
    """The place a dated line prints beside its date ("Tarrow, NJ, April 10, 2023" -> "Tarrow, NJ"),
    else None."""
    found = find_date_range(line)
    rest = line.replace(found.matched, " ", 1) if found is not None and found.matched else line
    rest = " ".join(rest.split()).strip(" ,.;:–—-")
    return rest if rest and looks_like_location(rest) else None


def _labelled_groups(lines: list[str]) -> list[list[str]]:
    """The lines under a dated line, one group per talk when each opens with a kind's label ("Talk:
    ...", "Poster: ..."); else one group."""
    starts = [n for n, line in enumerate(lines) if TALK_LABEL_RE.match(line)]
    if len(starts) < 2 or starts[0] != 0:
        return [lines]
    return [lines[a:b] for a, b in zip(starts, [*starts[1:], len(lines)], strict=True)]


def _cut_label(text: str) -> str:
    return TALK_LABEL_RE.sub("", text, count=1).strip(" .,;“”\"‘’'")


def _reads_as_title(text: str) -> bool:
    """A run under a venue and a date that reads as a talk's title: a few words, no date, not a place
    and not a note on the talk's kind."""
    return (
        len(text.split()) >= MIN_TITLE_WORDS
        and not _has_date(text)
        and not looks_like_location(text)
        and not names_talk_kind(text)
        and not INVITED_RE.fullmatch(text.strip("()[] "))
        and SENTENCE_BREAK_RE.search(text) is None  # notes on the talk ("Authored with A. Roe.")
    )


def _letters(text: str) -> str:
    return "".join(c for c in text.casefold() if c.isalnum())


# An unquoted title heads at least this many dated venue lines (one under a title is one talk).
MIN_VENUE_LINES = 2


def _has_year(text: str) -> bool:
    return any(YEAR_RE.fullmatch(word.strip("()[].,;:")) for word in text.split())


def _has_date(line: str) -> bool:
    found = find_date_range(line)
    return found is not None and not found.empty


def _ends_with_date(line: str) -> bool:
    """The line ends with its date ("Hill University, May 2024."): a venue line, not an authors'
    line or a venue's proceedings printed with a year inside."""
    found = find_date_range(line)
    if found is None or found.empty or not found.matched:
        return False
    return not line[line.find(found.matched) + len(found.matched) :].strip(" .,;:()[]")


def _dated_line(block: Block) -> bool:
    """A one-line entry with a date: a venue line."""
    return len(block.lines) == 1 and _has_date(block.lines[0].text)


def _venue_talk(title: str, line: str, reading: _Reading, invited_section: bool, ctx: ParseContext) -> Talk:
    """The talk one dated venue line under a title gives: its venue (the rules' parts before a
    trailing place) is the event."""
    read = read_talk(line)
    event = ", ".join(p for p in (read.title, read.event) if p) if read is not None else None
    return Talk(
        title=title,
        event=event or None,
        location=read.location if read is not None else None,
        date=read.date if read is not None else None,
        invited=reading.invited or invited_section or bool(INVITED_RE.search(line)),
        evidence=evidence_for(reading.block, ctx),
        confidence=reading.block.confidence,
    )


def _titled_talk(
    title: str, venue_first: VenueFirst, reading: _Reading, invited_section: bool, ctx: ParseContext
) -> Talk:
    return Talk(
        title=title,
        event=venue_first.venue,
        location=venue_first.location,
        date=reading.date,
        invited=reading.invited or invited_section,
        evidence=evidence_for(reading.block, ctx),
        confidence=reading.block.confidence,
    )


# A venue read as the title by the rules names at most this many words (a longer run is a title
# that happens to hold a venue's word).
MAX_VENUE_PART_WORDS = 8


def venue_first_part(title: str | None, event: str | None) -> tuple[str | None, str | None]:
    """(title, event) by the rules of an entry whose first part names a meeting or an organization
    ("Lake Seminar, Hill University, 2021", "Hill University, Department of Botany"): no title is
    printed, that part opens the event (``corpus/README.md``: an untitled talk's event is the whole
    run naming the occasion and its host). A first part saying only the talk's kind ("Seminar",
    "Guest lecture") is dropped. Not for a long part or one with a colon. Else unchanged."""
    if not title or len(title.split()) > MAX_VENUE_PART_WORDS or ":" in title or not _names_venue(title):
        return title, event  # a long part, or one with a subtitle ("Sand: a seminar"), is a title
    if names_talk_kind(title) or title.casefold() in TALK_KIND_WORDS:
        return None, event or title
    return None, f"{title}, {event}" if event else title


# A first part that names only the kind of talk, never its event ("Seminar, Hill University").
TALK_KIND_WORDS = frozenset({"seminar", "colloquium", "workshop", "webinar", "panel", "guest seminar"})


def title_line(title: str | None, event: str | None, text: str) -> tuple[str | None, str | None]:
    """An untitled talk whose event runs from the entry's first line into the next: the first line
    is the title, the rest the event ("3. Rivers of sand in small lakes" / "Lake Symposium, Oslo,
    May 2024"). The first line is cut of its number and date first, and holds no comma, no sentence
    break and no meeting's name (a list of events, an event and its place are no title)."""
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    if title or not event or len(lines) < 2:
        return title, event
    first = lines[0]
    words = first.split()
    if words and words[0].rstrip(".)").isdigit() and words[0][-1] in ".)":
        first = " ".join(words[1:])
    dates = find_date_range(first)
    if dates is not None and dates.matched:
        first = first.replace(dates.matched, " ", 1)
    first = " ".join(first.split()).strip(" ,;:–—-")
    if len(first.split()) < MIN_TITLE_WORDS or not event.startswith(first):
        return title, event
    if any(c in first for c in ",;") or ". " in first or _names_venue(first):
        return title, event  # a list, an event and its place, sentences or a meeting: no title
    rest = event[len(first) :].strip(" ,.;:–—-")
    return (first, rest) if rest else (title, event)


def host_in_location(
    title: str | None, event: str | None, location: str | None
) -> tuple[str | None, str | None, str | None]:
    """An untitled talk whose place opens with the host that names no venue itself: the event is
    the title, the host the event ("Rivers of sand" at "Tarrow University, Millbrook, OH" ->
    title "Rivers of sand", event "Tarrow University", location "Millbrook, OH")."""
    if title or not event or not location or _names_venue(event):
        return title, event, location
    host, place = split_location(location)
    host = host.strip(" ,;")
    if not host or not _names_venue(host):
        return title, event, location
    return event, host, place


def _names_venue(part: str) -> bool:
    from extractor.learn.items import names_word_of  # the list models' word groups (loaded on use)

    return names_word_of("event", part) or has_word(part, "org_words")


def cut_citation_lead(title: str | None) -> str | None:
    """A title without the authors and bracketed year a talk listed as a reference prints before it
    ("Doe JQ (2023) Rivers of sand" -> "Rivers of sand")."""
    if not title or (match := CITED_TALK_LEAD_RE.match(title)) is None:
        return title
    rest = title[match.end() :].strip()
    return rest if len(rest.split()) >= MIN_TITLE_WORDS - 1 else title


def cut_host(event: str | None) -> str | None:
    """An event without who hosted it ("Lake Lecture Series, hosted by the Dune Society" -> "Lake
    Lecture Series"); an event that is only its host stays."""
    if not event:
        return event
    cut = HOSTED_BY_RE.sub("", event).strip(" ,;")
    return cut or event


def titles(reading: _Reading, after: _Reading) -> bool:
    """An entry that is a title alone (no event, no date) heads the untitled entry after it, which
    says where and when: the two are one talk."""
    return bool(
        reading.title
        and not reading.event
        and reading.date is None
        and after.event
        and not after.title
        and len(reading.block.lines) == 1
    )


def title_under_date(event: str, text: str) -> str | None:
    """The title of an untitled talk printed on its last lines, under the venue line and the dated
    line ("Lake Symposium" / "Oslo, May 2024" / "Rivers of sand in small lakes"): the lines after the
    last dated line, when the venue is above them and they hold a few words that are not the event.
    None otherwise. ``text`` is the entry's lines, joined by newlines."""
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    dated = [n for n, line in enumerate(lines) if _has_date(line)]
    if not dated or dated[-1] == 0 or dated[-1] == len(lines) - 1:
        return None
    if not any(_letters(event) in _letters(line) for line in lines[: dated[-1]]):
        return None  # the event is not printed above the date: the last lines may be the venue
    plain = " ".join(lines[dated[-1] + 1 :]).strip(" .,;“”\"‘’'")
    if len(plain.split()) < MIN_TITLE_WORDS or _letters(plain) in _letters(event):
        return None
    return plain


def named_event(title: str | None, event: str | None, text: str) -> tuple[str | None, str | None]:
    """(title, event) of a talk whose entry was read as a title alone: a title and the event after
    it (``title_then_event``: "Rivers of sand, Lake Symposium"), else an untitled talk, since a talk
    names where it was given ("2022 Lake Symposium, Oslo" is an untitled talk at the Lake
    Symposium). A title with an event stays, and so does a title cited as a work, after its authors
    and a bracketed year ("Doe, J. (2019a). Rivers of sand.")."""
    if title and not event and not cites_year(text):
        return title_then_event(title) or (None, title)
    return title, event


# The title before a talk's event names at least this many words; more where the model read the
# whole run as the event (an untitled event's host often follows it: "Kestrel Lecture, Hill College").
MIN_TITLE_WORDS = 3
MIN_TITLE_WORDS_BEFORE_EVENT = 4


def title_then_event(value: str, min_title_words: int = MIN_TITLE_WORDS) -> tuple[str, str] | None:
    """A title and the event after it, read as one run: "Rivers of sand, Lake Symposium" or "Rivers
    of sand. Lake Symposium 2024" -> ("Rivers of sand", "Lake Symposium..."). The event starts at the
    first part (after a comma or a sentence's end) naming a meeting or an organization; the title
    before it names neither, in a few words at least. None otherwise."""
    from extractor.learn.items import names_word_of  # the list models' word groups (loaded on use)

    def names_venue(part: str) -> bool:
        return names_word_of("event", part) or has_word(part, "org_words")

    cuts = _part_breaks(value)
    for k, (start, end) in enumerate(cuts):
        part = value[end : cuts[k + 1][0] if k + 1 < len(cuts) else len(value)]
        if names_venue(part):
            head = value[:start].strip(" .,")
            if len(head.split()) < min_title_words or names_venue(head) or _has_year(head):
                return None  # a year names a meeting's edition ("Dune Rodeo 2015, Hill University")
            return head, value[end:]
    return None


def _part_breaks(value: str) -> list[tuple[int, int]]:
    """Where a run's parts meet, in order: its ", " and its sentence ends ("sand. Lake"); a question
    or exclamation mark stays with the part before it ("Do dunes drift? Lake Symposium")."""
    breaks = {(m.start() + (value[m.start()] in "?!"), m.end()) for m in SENTENCE_BREAK_RE.finditer(value)}
    at = value.find(", ")
    while at >= 0:
        breaks.add((at, at + 2))
        at = value.find(", ", at + 2)
    return sorted(breaks)


def cites_year(text: str) -> bool:
    """The entry prints a bracketed year as a reference list does: "(2019)", "(2019a)."."""
    return any(word.startswith("(") and YEAR_RE.match(word.strip("()[].,;:")) for word in text.split())


# An untitled entry listing its events between semicolons (or after notes) lists at least this
# many, each at most this many words once its notes are cut.
MIN_LISTED_EVENTS = 3
MAX_LISTED_EVENT_WORDS = 14


def listed_events(text: str) -> list[str] | None:
    """The events of an untitled entry that lists them between semicolons, or after notes closed
    before a comma, each with its notes ("2024: Lake Symposium, Oslo; Tarrow University (invited
    seminar); Kestrel Workshop", "Hill University (invited), Dune Forum (Porto), Kestrel Workshop"):
    one talk at each. A comma elsewhere belongs to its event ("Lake Symposium, Oslo"). The entry's
    date is cut first. None when the entry is not such a list."""
    dates = find_date_range(text)
    if dates is not None and dates.matched:
        text = text.replace(dates.matched, " ", 1)
    text = text.strip(" :;,.–—-")
    parts = [p.strip(" .,") for chunk in text.split(";") for p in chunk.split("), ")]
    parts = [p if p.count("(") <= p.count(")") else p + ")" for p in parts if p]
    parts = [piece for part in parts for piece in _meetings(part)]
    if len(parts) < MIN_LISTED_EVENTS:
        return None
    if not all(1 <= len(cut_notes(p)[0].split()) <= MAX_LISTED_EVENT_WORDS for p in parts):
        return None
    return parts


def _meetings(part: str) -> list[str]:
    """A listed part that is itself a comma list of meetings, each naming one ("Lake Symposium, Dune
    Conference"), as its meetings; else the part (a meeting and its host or place stay one)."""
    from extractor.learn.items import names_word_of  # the list models' word groups (loaded on use)

    pieces = [p.strip() for p in part.split(", ")]
    if len(pieces) > 1 and all(p and names_word_of("event", cut_notes(p)[0]) for p in pieces):
        return pieces
    return [part]


def _own_date(notes: str) -> str | None:
    """The date a listed event's notes give ("invited, May 2023" -> "2023-05"), else None."""
    found = find_date_range(notes)
    return (found.start or found.end) if found is not None and not found.empty else None


def cut_notes(part: str) -> tuple[str, str]:
    """An event and its trailing bracketed notes: "Tarrow University (invited seminar) (2024)." ->
    ("Tarrow University", "invited seminar 2024")."""
    name, notes = part.strip(" .,;"), list[str]()
    while name.endswith(")") and (opening := name.rfind("(")) > 0:
        notes.insert(0, name[opening + 1 : -1])
        name = name[:opening].strip(" .,;")
    return name, " ".join(notes)


# A list of events ("2024: Lake Symposium, Tarrow University, Kestrel Workshop") has at least
# this many parts, each at most this many words.
MIN_EVENT_LIST_PARTS = 3
MAX_EVENT_WORDS = 10


def event_list(event: str) -> list[str]:
    """An untitled entry naming several events or hosts, one talk at each: "Lake Symposium, Tarrow
    University, Kestrel Workshop" -> three events. Not when a part is a place ("Lake Symposium,
    Oslo, Norway" is one event and where it was)."""
    parts = [p.strip(" .") for p in EVENT_LIST_SEPARATOR_RE.split(event) if p.strip(" .")]
    if len(parts) < MIN_EVENT_LIST_PARTS:
        return [event]
    for part in parts:
        if not 1 <= len(part.split()) <= MAX_EVENT_WORDS or not (part[:1].isupper() or part[:1].isdigit()):
            return [event]
        if is_place(part) or looks_like_location(part) or split_location(part)[1] is not None:
            return [event]
        if not has_word(part, "org_words") and len(part.split()) == 1 and not _short_name(part):
            return [event]  # "Lake Symposium, Oslo, ...": a lone word is a city as often as not
    if any(is_unit(part) or part.casefold().startswith("section") for part in parts[1:]):
        return [event]  # "Grand Rounds, Department of X, Tarrow University": one event and its host
    return parts


# A year's list of events names at least this many (a titled talk, its event and its host are three).
MIN_YEAR_LISTED_EVENTS = 4


def year_listed(title: str, text: str) -> bool:
    """The entry opens with a year ("2018:", "2018 –") and lists events after it, the title one of
    them: at least ``MIN_YEAR_LISTED_EVENTS`` parts that read as events (``event_list``: no place
    among them), or as listed events (``listed_events``)."""
    if YEAR_LEAD_RE.match(text) is None:
        return False
    parts = listed_events(text) or event_list(_undated_run(text))
    if len(parts) < MIN_YEAR_LISTED_EVENTS:
        return False
    return any(_letters(title) in _letters(part) for part in parts)


# A meeting's short name prints at least this many capitals ("KWS", "DuSE"); a city one ("Oslo").
MIN_SHORT_NAME_CAPITALS = 2


def listed_hosts(event: str) -> list[str | None]:
    """The hosts of a titled talk given at several places, named as a list closed by "and": "Tarrow
    University, Hill College, and the Dune Institute" -> three hosts, one talk at each. Every part
    names an organization, none is a unit of another ("Department of Botany and Tarrow University"
    stays one) and none a meeting ("Hill Workshop on Sand and Society" stays one); else the event
    alone."""
    if " and " not in event:
        return [event]
    head, _, last = event.rpartition(" and ")
    parts = [p.strip(" ,") for p in head.split(", ")] + [last.strip(" ,")]
    parts = [p.removeprefix("the ") for p in parts if p]
    from extractor.learn.items import names_word_of  # the list models' word groups (loaded on use)

    def host(part: str) -> bool:
        return has_word(part, "org_words") and not is_unit(part) and not names_word_of("event", part)

    if len(parts) < 2 or not all(map(host, parts)):
        return [event]
    return list(parts)


def _short_name(part: str) -> bool:
    """A meeting's short name, maybe with digits, hyphens and a footnote mark: "KWS", "T2M∗",
    "KW-DUSE", "DuSE" (at least two capitals: a lone capitalised word is a city as often as not)."""
    core = part.strip("∗*†‡§").replace("-", "")
    capitals = sum(c.isupper() for c in core)
    return len(core) >= 2 and core.isalnum() and capitals >= MIN_SHORT_NAME_CAPITALS and core[0].isupper()


def untitled_events(event: str, text: str) -> list[str]:
    """The events of an untitled entry: those of the whole entry's run once its date is cut, when
    it lists more than the model's event run does (the model often reads one stretch of a long
    list as the event and the rest as a place or a second run: "2024: Lake Symposium, Hill
    University, DuSE, Kestrel Workshop"); else those of the event run (``event_list``)."""
    own = event_list(event)
    whole = event_list(_undated_run(text))
    return whole if len(whole) > len(own) else own


def _undated_run(text: str) -> str:
    """The entry's text on one line without its first date and the marks around it."""
    dates = find_date_range(text)
    if dates is not None and dates.matched:
        text = text.replace(dates.matched, " ", 1)
    return " ".join(text.split()).strip(" :;,.–—-")
