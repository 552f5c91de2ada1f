"""Dates and date ranges in one line of text -> ``DateRange`` with ``YYYY[-MM[-DD]]`` strings.

Input is one line (or a short string); output is the first date expression in it, as a
``DateRange`` whose ``matched`` is the exact text consumed, so a caller can cut it out of the line
("Kestrel University  Sep 2021 - May 2026 (Expected)" -> "Kestrel University").

The heuristic, regex first (all patterns live in ``patterns/date_regexes.py``):

1. ``DATE_RE`` finds the leftmost date: month names ("Sep 2022", "Sept. 2019"), numbers
   ("10/2023", "2019.09", "2022-09-15"), terms ("Fall 2023", "Fa'23") or two dates written as one
   ("2018-21", "Feb – Aug 2022", "June 12-14, 2023"). A number-led date right after "pp.", "vol."
   or another short number (a phone) is skipped.
2. A separator ("–", "to", "until") then another date or an open end ("present", "now",
   "ongoing", "to date") extends it to a range. A reversed range keeps only its first date.
3. Words around it: "since", "from", "Expected", "exp.", "Class of" before; "(Expected)",
   "onwards" after; brackets that enclose it all are consumed too.

Semantics of a single date (no range): it is read as a completion date, ``start=None,
end=date`` ("B.S., 2019", "Expected May 2027"), except after "since" (``start=date,
current=True``) or "from"/"starting" (``start=date``, end unknown). A term or season ("Fall 2023",
"Fa'23") names a span inside one year, so alone it gives ``start=end="2023"``. Terms and
seasons only ever give a year: no month is invented for them, nor a day for "Sep 2022".

Known limits: "2011-12" is read as the years 2011–2012, not December 2011 (ISO months are
recognized when the other end of a range is also ISO, "2009-10 – 2010-06"); numeric
"03/04/2022" is read month first (US) unless the first number is over 12 or the separator is
a dot; a year inside a title ("Top 10 2019 papers") can be taken as a date. No date is ever
filled from today's date.
"""

from __future__ import annotations

import calendar
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from re import Match

from extractor.document import DateRange
from extractor.patterns.date_regexes import (
    BRACKETED_YEAR_RE,
    CLOSE_BRACKET_RE,
    DANGLING_END_RE,
    DATE_LEFTOVER_RE,
    DATE_PREFIX_CUES,
    DATE_PREFIX_RE,
    DATE_RE,
    DIGIT_RE,
    EXPECTED_END_RE,
    EXPECTED_SUFFIX_RE,
    LINE_LEAD_RE,
    MONTHS,
    NOT_A_DATE_BEFORE_RE,
    ONWARDS_RE,
    OPEN_END_ONLY_RE,
    OPEN_END_RE,
    RANGE_SEP_RE,
    SEASONS,
    SHORT_TERM_RE,
    SPACED_OPEN_END_RE,
    VENUE_YY_RE,
)

__all__ = ["find_all_years", "find_date_range", "find_year", "parse_date_range"]

# Two-digit years ("Fa'23", "NSDI '99") below this are 20YY, the rest 19YY; the POSIX
# strptime("%y") pivot, so "'68" -> 2068 and "'69" -> 1969.
TWO_DIGIT_YEAR_PIVOT = 69
# Characters looked at before a date for "since", "Expected graduation:", "(" (long enough for
# "(Expected graduation date: "); a wider window only costs time.
PREFIX_WINDOW_CHARS = 40
# Characters looked at before a number-led date for "pp." or a phone number's digits.
NUMBER_CONTEXT_CHARS = 12
# "2018-21" is a range only if it spans at most this many years ("2018-99" is not one).
MAX_SHORT_RANGE_YEARS = 10
# Branches of DATE_RE that start with a number, so page numbers and phones can precede them.
_NUMBER_LED = frozenset(
    {"days_month", "iso_date", "year_yy", "numeric_date", "day_month_year", "year_month",
     "month_slash_year", "year", "cjk_date", "short_numeric_range"}
)  # fmt: skip
_DASHES = "-‐‑‒–—―−~→>"


@dataclass(frozen=True, slots=True)
class _Point:
    """One end of a range; ``coarse`` marks a term or season, which only ever yields a year."""

    year: int
    month: int | None = None
    day: int | None = None
    coarse: bool = False

    def iso(self) -> str:
        if self.month is None or self.coarse:
            return f"{self.year:04d}"
        if self.day is None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"


@dataclass(frozen=True, slots=True)
class _Read:
    """What one DATE_RE match says: its first date, its second (compact ranges) and its end."""

    first: _Point
    last: _Point | None
    end: int


# ---------------------------------------------------------------------------------------------
# Small helpers
# ---------------------------------------------------------------------------------------------


def _month(name: str | None) -> int | None:
    if name is None:
        return None
    return MONTHS.get(name.casefold().rstrip("."))


def _yy(text: str) -> int:
    value = int(text)
    return 2000 + value if value < TWO_DIGIT_YEAR_PIVOT else 1900 + value


def _point(year: int, month: int | None = None, day: int | None = None) -> _Point | None:
    """A checked point: year 1900..2100, month 1..12, a day that exists in that month."""
    if not 1900 <= year <= 2100:
        return None
    if month is None:
        return _Point(year) if day is None else None
    if not 1 <= month <= 12:
        return None
    if day is not None and not 1 <= day <= calendar.monthrange(year, month)[1]:
        return None
    return _Point(year, month, day)


def _not_after(a: _Point, b: _Point) -> bool:
    """``a <= b`` at the precision both share ("2022" is not after "2022-05")."""
    left: tuple[int, ...] = (a.year,)
    right: tuple[int, ...] = (b.year,)
    if not (a.coarse or b.coarse) and a.month is not None and b.month is not None:
        left, right = (a.year, a.month), (b.year, b.month)
        if a.day is not None and b.day is not None:
            left, right = (*left, a.day), (*right, b.day)
    return left <= right


def _month_or_season(name: str, year: int) -> _Point | None:
    month = _month(name)
    if month is not None:
        return _point(year, month)
    if name.casefold() in SEASONS:
        return _Point(year, coarse=True) if 1900 <= year <= 2100 else None
    return None


# ---------------------------------------------------------------------------------------------
# Readers: one per DATE_RE branch, each turning a match into checked points (or None).
# ---------------------------------------------------------------------------------------------


def _read_month_day_days(m: Match[str]) -> _Read | None:
    year, month = int(m["mdd_year"]), _month(m["mdd_month"])
    first, last = _point(year, month, int(m["mdd_d1"])), _point(year, month, int(m["mdd_d2"]))
    if first is None or last is None:
        return None
    return _Read(first, last, m.end())


def _read_days_month(m: Match[str]) -> _Read | None:
    year, month = int(m["ddm_year"]), _month(m["ddm_month"])
    first, last = _point(year, month, int(m["ddm_d1"])), _point(year, month, int(m["ddm_d2"]))
    if first is None or last is None:
        return None
    return _Read(first, last, m.end())


def _read_month_day_month_day(m: Match[str]) -> _Read | None:
    year = int(m["mdmd_year"])
    first = _point(year, _month(m["mdmd_m1"]), int(m["mdmd_d1"]))
    last = _point(year, _month(m["mdmd_m2"]), int(m["mdmd_d2"]))
    if first is None or last is None:
        return None
    return _Read(first, last, m.end())


def _read_months_year(m: Match[str]) -> _Read | None:
    year = int(m["my2_year"]) if m["my2_year"] else _yy(m["my2_yy"])
    first, last = _month_or_season(m["my2_m1"], year), _month_or_season(m["my2_m2"], year)
    if first is None or last is None:
        return None
    if first.coarse != last.coarse:  # "May – Fall 2022": not one kind of thing
        return None
    return _Read(first, last, m.end())


def _read_short_numeric_range(m: Match[str]) -> _Read | None:
    """ "09/21 – 06/25": two-digit months and years; year first when a first number is over 12
    ("18/09 – 20/06"), else month first. An open range ("02/22 – ") keeps its first date."""
    a, b = int(m["snr_a"]), int(m["snr_b"])
    c, d = (int(m["snr_c"]), int(m["snr_d"])) if m["snr_c"] else (None, None)
    year_first = a > 12 or (c is not None and c > 12)
    if year_first:
        first, last = _point(_yy(m["snr_a"]), b), (_point(_yy(m["snr_c"]), d) if c is not None else None)
    else:
        first = _point(_yy(m["snr_b"]), a)
        last = _point(_yy(m["snr_d"]), c) if c is not None else None
    if first is None or (c is not None and (last is None or not _not_after(first, last))):
        return None
    return _Read(first, last, m.end() if last is not None else m.end("snr_b"))


def _read_iso_date(m: Match[str]) -> _Read | None:
    point = _point(int(m["iso_y"]), int(m["iso_m"]), int(m["iso_d"]))
    return None if point is None else _Read(point, None, m.end())


MONTHS_IN_YEAR = 12


def _read_year_yy(m: Match[str]) -> _Read | None:
    """ "2018-21" (years) or "2019-09" (a month): a later two-digit year wins, unless the other
    end of a range is written the same way ("2009-10 – 2010-06" are months)."""
    year, yy, sep = int(m["yy_year"]), int(m["yy_yy"]), m["yy_sep"]
    as_month = _point(year, yy) if sep in "-/" else None
    end_year = year // 100 * 100 + yy
    if end_year < year or (end_year == year and yy <= MONTHS_IN_YEAR):
        end_year += 100  # "2019-19" is that one year; "2012-12" stays a month
    as_years = _point(end_year) if end_year - year <= MAX_SHORT_RANGE_YEARS else None
    if as_month is not None and (as_years is None or _iso_month_range_follows(m)):
        return _Read(as_month, None, m.end())
    if as_years is not None:
        return _Read(_Point(year), as_years, m.end())
    # "2015-13": neither; keep the year and leave the rest of the text alone
    return _Read(_Point(year), None, m.start("yy_sep"))


def _iso_month_range_follows(m: Match[str]) -> bool:
    sep = RANGE_SEP_RE.match(m.string, m.end())
    if sep is None:
        return False
    nxt = DATE_RE.match(m.string[sep.end() :])
    return nxt is not None and nxt.lastgroup == "year_yy" and nxt["yy_sep"] == m["yy_sep"]


def _read_numeric_date(m: Match[str]) -> _Read | None:
    a, b, year = int(m["nd_a"]), int(m["nd_b"]), int(m["nd_y"])
    day_first = m["nd_sep"] == "." or a > 12
    point = _point(year, b, a) if day_first else _point(year, a, b)
    return None if point is None else _Read(point, None, m.end())


def _read_month_day_year(m: Match[str]) -> _Read | None:
    point = _point(int(m["mdy_y"]), _month(m["mdy_m"]), int(m["mdy_d"]))
    return None if point is None else _Read(point, None, m.end())


def _read_day_month_year(m: Match[str]) -> _Read | None:
    point = _point(int(m["dmy_y"]), _month(m["dmy_m"]), int(m["dmy_d"]))
    return None if point is None else _Read(point, None, m.end())


def _read_month_year(m: Match[str]) -> _Read | None:
    year = int(m["my_y"]) if m["my_y"] else _yy(m["my_yy"])
    point = _point(year, _month(m["my_m"]))
    return None if point is None else _Read(point, None, m.end())


def _coarse(year: int, end: int) -> _Read | None:
    return _Read(_Point(year, coarse=True), None, end) if 1900 <= year <= 2100 else None


def _read_season_year(m: Match[str]) -> _Read | None:
    return _coarse(int(m["sy_y"]) if m["sy_y"] else _yy(m["sy_yy"]), m.end())


def _read_term(m: Match[str]) -> _Read | None:
    return _coarse(int(m["term_y"]) if m["term_y"] else _yy(m["term_yy"]), m.end())


def _read_quarter(m: Match[str]) -> _Read | None:
    return _coarse(int(m["q_y"]) if m["q_y"] else _yy(m["q_yy"]), m.end())


def _read_cjk_date(m: Match[str]) -> _Read | None:
    point = _point(int(m["cjk_y"]), int(m["cjk_m"]) if m["cjk_m"] else None)
    return None if point is None else _Read(point, None, m.end())


def _read_year_month(m: Match[str]) -> _Read | None:
    point = _point(int(m["ym_y"]), int(m["ym_m"]))
    return None if point is None else _Read(point, None, m.end())


def _read_month_slash_year(m: Match[str]) -> _Read | None:
    point = _point(int(m["msy_y"]), int(m["msy_m"]))
    return None if point is None else _Read(point, None, m.end())


def _read_year(m: Match[str]) -> _Read | None:
    point = _point(int(m["y_y"]))
    return None if point is None else _Read(point, None, m.end())


_READERS: dict[str, Callable[[Match[str]], _Read | None]] = {
    "month_day_days": _read_month_day_days,
    "days_month": _read_days_month,
    "month_day_month_day": _read_month_day_month_day,
    "months_year": _read_months_year,
    "short_numeric_range": _read_short_numeric_range,
    "iso_date": _read_iso_date,
    "year_yy": _read_year_yy,
    "numeric_date": _read_numeric_date,
    "month_day_year": _read_month_day_year,
    "day_month_year": _read_day_month_year,
    "month_year": _read_month_year,
    "season_year": _read_season_year,
    "term": _read_term,
    "quarter": _read_quarter,
    "cjk_date": _read_cjk_date,
    "year_month": _read_year_month,
    "month_slash_year": _read_month_slash_year,
    "year": _read_year,
}


def _read(m: Match[str]) -> _Read | None:
    reader = _READERS.get(m.lastgroup or "")
    return None if reader is None else reader(m)


# ---------------------------------------------------------------------------------------------
# The scanner
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Found:
    range: DateRange
    start: int  # span of ``range.matched`` in the text
    end: int
    first: _Point
    last: _Point | None
    is_range: bool


def _number_context_rejects(text: str, start: int) -> bool:
    lo = max(0, start - NUMBER_CONTEXT_CHARS)
    return NOT_A_DATE_BEFORE_RE.search(text, lo, start) is not None


def _extend_range(text: str, read: _Read, leads: bool = False) -> tuple[_Point | None, bool, int]:
    """The range's second end (or None), whether it is open ("present"), and where it ends.

    ``leads``: the date opens the line, so a dash after it with no second date is an open range
    ("2016 – Research Fellow, X": from 2016 on), as at the line's end."""
    if read.last is not None:
        return read.last, False, read.end
    sep = RANGE_SEP_RE.match(text, read.end)
    if sep is not None:
        open_end = OPEN_END_RE.match(text, sep.end())
        if open_end is not None:
            return None, True, open_end.end()
        # sliced so DATE_RE's look-behinds do not see the separator ("2018–2021")
        after = sep.end()
        lead = EXPECTED_END_RE.match(text, after)  # "2023 – Expected 2028"
        if lead is not None:
            after = lead.end()
        nxt = DATE_RE.match(text[after:])
        if nxt is not None:
            second = _read(nxt)
            if second is not None:
                last = second.last or second.first
                if _not_after(read.first, last) and _not_after(read.first, second.first):
                    return last, False, after + second.end
        dash = sep.group().strip()
        dangling = DANGLING_END_RE.match(text, sep.end()) is not None
        if dash and dash[-1] in _DASHES and (dangling or (leads and not text[sep.end() :][:1].isdigit())):
            return None, True, sep.start() + len(sep.group().rstrip())
    onwards = ONWARDS_RE.match(text, read.end) or SPACED_OPEN_END_RE.match(text, read.end)
    if onwards is not None:
        return None, True, onwards.end()
    return None, False, read.end


def _build(text: str, m: Match[str], read: _Read) -> _Found:
    last, current, end = _extend_range(text, read, LINE_LEAD_RE.fullmatch(text, 0, m.start()) is not None)
    start = m.start()
    expected = since = starts = False
    lo = max(0, start - PREFIX_WINDOW_CHARS)
    window = text[lo:start].lower()
    prefix = None
    if any(cue in window for cue in DATE_PREFIX_CUES):
        prefix = DATE_PREFIX_RE.search(text, lo, start)
    opened = None
    if prefix is not None:
        marker = prefix.lastgroup  # the marker group closes last; "open" alone means no marker
        if marker is not None and marker != "open":
            start = prefix.start(marker)
        expected, since, starts = bool(prefix["expected"]), bool(prefix["since"]), bool(prefix["start"])
        if prefix["open"]:
            opened = prefix.start("open")
    if last is not None and EXPECTED_END_RE.search(text, read.end, end) is not None:
        expected = True  # "2023 – Expected 2028"
    suffix = EXPECTED_SUFFIX_RE.match(text, end)
    if suffix is not None:
        expected, end = True, suffix.end()
    if opened is not None:
        close = CLOSE_BRACKET_RE.match(text, end)
        if close is not None:
            start, end = opened, close.end()

    first = read.first
    if last is not None:
        date_range = DateRange(first.iso(), last.iso(), False, expected, text[start:end])
    elif current or since:
        date_range = DateRange(first.iso(), None, True, expected, text[start:end])
    elif starts:
        date_range = DateRange(first.iso(), None, False, expected, text[start:end])
    elif first.coarse and not expected:
        date_range = DateRange(first.iso(), first.iso(), False, False, text[start:end])
    else:
        date_range = DateRange(None, first.iso(), False, expected, text[start:end])
    return _Found(date_range, start, end, first, last, last is not None or current)


def _iter_found(text: str) -> Iterator[_Found]:
    """Every date expression in ``text``, left to right, none overlapping."""
    pos = 0
    while (m := DATE_RE.search(text, pos)) is not None:
        read = _read(m)
        if read is None or (m.lastgroup in _NUMBER_LED and _number_context_rejects(text, m.start())):
            pos = m.start() + 1
            continue
        item = _build(text, m, read)
        yield item
        pos = max(item.end, m.start() + 1)


# ---------------------------------------------------------------------------------------------
# Public API
# ---------------------------------------------------------------------------------------------


def find_date_range(text: str) -> DateRange | None:
    """Find the first date or date range anywhere in a line.

    Args:
        text: one line, e.g. ``"Kestrel University  Sep 2021 - May 2026 (Expected)"``.

    Returns:
        A ``DateRange`` whose ``matched`` is the exact substring read (with its "since",
        "(Expected)" and enclosing brackets), e.g. ``DateRange("2022-09", "2027-05",
        expected=True, matched="Sep 2021 - May 2026 (Expected)")``; ``None`` when the line has
        no date. A single date is a completion date (``start=None``) unless marked "since"
        or "from"; a lone term ("Fall 2023") is ``start=end="2023"``. A lone "present" is not
        taken from a line (see ``parse_date_range``). Never raises.
    """
    if not text or DIGIT_RE.search(text) is None:
        return None
    found = next(_iter_found(text), None)
    return None if found is None else found.range


def parse_date_range(text: str) -> DateRange | None:
    """Read a string that is only a date expression, such as a table's date column.

    Args:
        text: e.g. ``"2019 – Now"``, ``"Fa'23"``, ``"Present"``, ``"(2016–2020)"``.

    Returns:
        As ``find_date_range``, plus: a lone open end ("Present", "Ongoing") gives
        ``DateRange(current=True)``, and a bare one-letter term ("F23") is read as a term.
        ``None`` when anything but punctuation is left beside the date ("B.S. 2019"). Never
        raises.
    """
    if not text:
        return None
    stripped = text.strip()
    if OPEN_END_ONLY_RE.fullmatch(stripped):
        return DateRange(current=True, matched=stripped)
    if DIGIT_RE.search(text) is None:
        return None
    found = next(_iter_found(text), None)
    if found is None:
        term = SHORT_TERM_RE.fullmatch(text)
        if term is None:
            return None
        year = _point(_yy(term["yy"]))
        if year is None:
            return None
        return DateRange(year.iso(), year.iso(), matched=stripped)
    leftover = text[: found.start] + " " + text[found.end :]
    return found.range if DATE_LEFTOVER_RE.fullmatch(leftover) else None


def find_all_years(text: str) -> list[int]:
    """Every plausible year (1900..2100) in ``text``, in order of appearance, without repeats.

    Years come from the dates ``find_date_range`` would read (both ends of a range, so
    "2018–21" gives ``[2018, 2021]``; "Fa'23" gives ``[2023]``) and from a venue acronym with a
    two-digit year ("NSDI '23" -> 2023). Page ranges ("pp. 1995–2003"), DOIs, arXiv ids and
    phone numbers are not read as years. Never raises.
    """
    if not text or DIGIT_RE.search(text) is None:
        return []
    hits: list[tuple[int, int]] = []
    spans: list[tuple[int, int]] = []
    for found in _iter_found(text):
        spans.append((found.start, found.end))
        hits.append((found.start, found.first.year))
        if found.last is not None:
            hits.append((found.start, found.last.year))
    for m in VENUE_YY_RE.finditer(text):
        if not any(a <= m.start("yy") < b for a, b in spans):
            hits.append((m.start(), _yy(m["yy"])))
    hits.sort(key=lambda hit: hit[0])
    return list(dict.fromkeys(year for _, year in hits))


# Strategies for find_year, tried in order; the first to give a year wins.


def _year_in_brackets(text: str) -> int | None:
    """ "Nature 595, 583–589 (2021)" -> 2021: a citation's year usually closes a bracket."""
    for m in BRACKETED_YEAR_RE.finditer(text):
        if not _number_context_rejects(text, m.start("year")):  # "(pp. 2019)"
            return int(m["year"])
    return None


def _year_after_venue(text: str) -> int | None:
    """ "(NSDI '23)" -> 2023."""
    m = VENUE_YY_RE.search(text)
    return None if m is None else _yy(m["yy"])


def _year_of_single_date(text: str) -> int | None:
    """The first date that is not part of a range: "In SOSP, 2019, pp. 1–15" -> 2019."""
    for found in _iter_found(text):
        if not found.is_range:
            return found.first.year
    return None


def _year_of_any_date(text: str) -> int | None:
    """The start of the first range: "2018–2021" -> 2018."""
    years = find_all_years(text)
    return years[0] if years else None


_YEAR_STRATEGIES: tuple[Callable[[str], int | None], ...] = (
    _year_in_brackets,
    _year_after_venue,
    _year_of_single_date,
    _year_of_any_date,
)


def find_year(text: str) -> int | None:
    """The one year a line is about, such as a publication's or an award's.

    Strategies, first hit wins: a year closing a bracket ("(2021)", "(NSDI 2023)"); a venue
    acronym with a two-digit year ("NSDI '23"); the first single date ("Fa'23", "Sep 2022");
    the first year of any range. Numbers in page ranges, volumes and DOIs are never taken.

    Args:
        text: a line or an entry's text.

    Returns:
        A year in 1900..2100, or ``None``. Never raises.
    """
    if not text or DIGIT_RE.search(text) is None:
        return None
    for strategy in _YEAR_STRATEGIES:
        year = strategy(text)
        if year is not None:
            return year
    return None
