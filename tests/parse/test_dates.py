"""Tables and properties for ``extractor.parse.dates`` and ``extractor.patterns.date_regexes``.

One row per quirk, grouped by comment; each row's id says what it exercises. The properties
check what every caller relies on: nothing raises, every date is ``YYYY[-MM[-DD]]`` with a real
month and day, a range never runs backwards, and ``matched`` can be cut out of the input.
"""

from __future__ import annotations

import calendar
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from extractor.document import DateRange
from extractor.parse.dates import find_all_years, find_date_range, find_year, parse_date_range
from extractor.patterns import date_regexes
from extractor.patterns.date_regexes import DATE_REGEX_EXAMPLES, MONTHS, SEASONS, TERM_ABBREVIATIONS

PARTIAL_DATE = re.compile(r"^(?P<y>[0-9]{4})(?:-(?P<m>[0-9]{2})(?:-(?P<d>[0-9]{2}))?)?$")


def dr(
    start: str | None,
    end: str | None,
    matched: str,
    *,
    current: bool = False,
    expected: bool = False,
) -> DateRange:
    return DateRange(start=start, end=end, current=current, expected=expected, matched=matched)


# ---------------------------------------------------------------------------------------------
# find_date_range: a date anywhere in a line
# ---------------------------------------------------------------------------------------------

FIND_CASES = [
    # --- month-name ranges ---
    pytest.param(
        "Kestrel University  Sep 2021 - May 2026 (Expected)",
        dr("2021-09", "2026-05", "Sep 2021 - May 2026 (Expected)", expected=True),
        id="month-range-expected-suffix-in-line",
    ),
    pytest.param("Feb 2022 – Aug 2022", dr("2022-02", "2022-08", "Feb 2022 – Aug 2022"), id="en-dash-months"),
    pytest.param(
        "February 2022 to August 2022",
        dr("2022-02", "2022-08", "February 2022 to August 2022"),
        id="full-months-to",
    ),
    pytest.param("May 2024 - Aug 2024", dr("2024-05", "2024-08", "May 2024 - Aug 2024"), id="may-is-a-month"),
    pytest.param(
        "Software Engineer, Aug 2019 – Present",
        dr("2019-08", None, "Aug 2019 – Present", current=True),
        id="month-to-present",
    ),
    pytest.param(
        "Sep. 2019 – Jun. 2023", dr("2019-09", "2023-06", "Sep. 2019 – Jun. 2023"), id="dotted-abbrevs"
    ),
    pytest.param("Sep '22 – May '23", dr("2022-09", "2023-05", "Sep '22 – May '23"), id="apostrophe-years"),
    pytest.param(
        "Dec 2019—Present", dr("2019-12", None, "Dec 2019—Present", current=True), id="em-dash-glued"
    ),
    # --- single month-name dates: a completion date ---
    pytest.param("Jan. 2020", dr(None, "2020-01", "Jan. 2020"), id="jan-dot"),
    pytest.param("Sept. 2019", dr(None, "2019-09", "Sept. 2019"), id="sept-dot"),
    pytest.param("September, 2022", dr(None, "2022-09", "September, 2022"), id="month-comma-year"),
    pytest.param("Sep 3, 2022", dr(None, "2022-09-03", "Sep 3, 2022"), id="month-day-year"),
    pytest.param("3rd of May, 2020", dr(None, "2020-05-03", "3rd of May, 2020"), id="day-of-month-year"),
    pytest.param("3 September 2022", dr(None, "2022-09-03", "3 September 2022"), id="day-month-year"),
    # --- "expected" before or after ---
    pytest.param(
        "Expected May 2027", dr(None, "2027-05", "Expected May 2027", expected=True), id="expected-prefix"
    ),
    pytest.param("exp. 2025", dr(None, "2025", "exp. 2025", expected=True), id="exp-dot"),
    pytest.param(
        "Ph.D. (Expected graduation: May 2025)",
        dr(None, "2025-05", "(Expected graduation: May 2025)", expected=True),
        id="expected-graduation-in-brackets",
    ),
    pytest.param(
        "2016 – 2020 (expected)",
        dr("2016", "2020", "2016 – 2020 (expected)", expected=True),
        id="years-expected",
    ),
    pytest.param(
        "B.S. (2016 – 2020, expected)",
        dr("2016", "2020", "(2016 – 2020, expected)", expected=True),
        id="expected-inside-brackets",
    ),
    # --- numeric months ---
    pytest.param(
        "10/2023 - present", dr("2023-10", None, "10/2023 - present", current=True), id="mm-yyyy-present"
    ),
    pytest.param("09/2022 - 06/2023", dr("2022-09", "2023-06", "09/2022 - 06/2023"), id="mm-yyyy-range"),
    pytest.param("2019/09", dr(None, "2019-09", "2019/09"), id="yyyy-slash-mm"),
    pytest.param("2019.09 - 2020.06", dr("2019-09", "2020-06", "2019.09 - 2020.06"), id="chinese-dotted"),
    pytest.param("2019.9-2020.6", dr("2019-09", "2020-06", "2019.9-2020.6"), id="chinese-one-digit-month"),
    pytest.param("2019-09", dr(None, "2019-09", "2019-09"), id="iso-month"),
    pytest.param("2009-10 – 2010-06", dr("2009-10", "2010-06", "2009-10 – 2010-06"), id="iso-month-range"),
    pytest.param("2022-09-15", dr(None, "2022-09-15", "2022-09-15"), id="iso-date"),
    pytest.param("09/15/2022", dr(None, "2022-09-15", "09/15/2022"), id="us-date"),
    pytest.param("15.09.2022", dr(None, "2022-09-15", "15.09.2022"), id="european-dotted-date"),
    pytest.param("25/12/2021", dr(None, "2021-12-25", "25/12/2021"), id="day-first-over-12"),
    pytest.param("2019年9月-2020年6月", dr("2019-09", "2020-06", "2019年9月-2020年6月"), id="cjk-range"),
    pytest.param("2019年9月至今", dr("2019-09", None, "2019年9月至今", current=True), id="cjk-to-present"),
    # --- years ---
    pytest.param("2023", dr(None, "2023", "2023"), id="bare-year-is-completion"),
    pytest.param("2018–2021", dr("2018", "2021", "2018–2021"), id="en-dash-years"),
    pytest.param("2018 - 2021", dr("2018", "2021", "2018 - 2021"), id="spaced-hyphen-years"),
    pytest.param("2018--2021", dr("2018", "2021", "2018--2021"), id="latex-dash"),
    pytest.param("2018-21", dr("2018", "2021", "2018-21"), id="two-digit-end-year"),
    pytest.param("2019/20", dr("2019", "2020", "2019/20"), id="academic-year-slash"),
    pytest.param("1999-00", dr("1999", "2000", "1999-00"), id="two-digit-end-next-century"),
    pytest.param("2019-19", dr("2019", "2019", "2019-19"), id="two-digit-end-same-year"),
    pytest.param("2012-12", dr(None, "2012-12", "2012-12"), id="same-digits-under-13-is-a-month"),
    pytest.param("B.S. in CS (2016–2020)", dr("2016", "2020", "(2016–2020)"), id="bracketed-range"),
    pytest.param("Nature 595, 583–589 (2021)", dr(None, "2021", "(2021)"), id="page-range-then-year"),
    pytest.param("pp. 1995–2003, 2019", dr(None, "2019", "2019"), id="year-like-pages-skipped"),
    pytest.param("Class of 2020", dr(None, "2020", "Class of 2020"), id="class-of"),
    pytest.param("2020-2018", dr(None, "2020", "2020"), id="reversed-range-keeps-first"),
    pytest.param("Mayor 2020", dr(None, "2020", "2020"), id="month-prefix-of-word-not-a-month"),
    # --- open ends ---
    pytest.param("2019-now", dr("2019", None, "2019-now", current=True), id="glued-now"),
    pytest.param("2019 – Now", dr("2019", None, "2019 – Now", current=True), id="spaced-now"),
    pytest.param("2020 - current", dr("2020", None, "2020 - current", current=True), id="current"),
    pytest.param("2021 - Ongoing", dr("2021", None, "2021 - Ongoing", current=True), id="ongoing"),
    pytest.param("2018 to date", dr("2018", None, "2018 to date", current=True), id="to-date"),
    pytest.param("2020 – today", dr("2020", None, "2020 – today", current=True), id="today"),
    pytest.param("2019 onwards", dr("2019", None, "2019 onwards", current=True), id="onwards"),
    pytest.param("Google  2020 –", dr("2020", None, "2020 –", current=True), id="dangling-dash"),
    pytest.param(
        "2016 – Research Fellow, Tarrow Institute",
        dr("2016", None, "2016 –", current=True),
        id="leading-dash",
    ),
    pytest.param(
        "Sept. 2006– Lecturer, Wrenfield College",
        dr("2006-09", None, "Sept. 2006–", current=True),
        id="leading-month",
    ),
    pytest.param("• 2019-Fellow, Kestrel Lab", dr("2019", None, "2019-", current=True), id="leading-bullet"),
    pytest.param(
        "Lecturer, Kestrel College, 2019-.", dr("2019", None, "2019-", current=True), id="dangling-dot"
    ),
    pytest.param("2018 – · · · ] Lecturer", dr("2018", None, "2018 –", current=True), id="dangling-leader"),
    pytest.param("Fellow 2019 - Kestrel Lab", dr(None, "2019", "2019"), id="mid-line-dash-not-open"),
    pytest.param(
        "Mayo 2022 - Actualmente", dr("2022-05", None, "Mayo 2022 - Actualmente", current=True), id="open-es"
    ),
    pytest.param("2020 - attuale", dr("2020", None, "2020 - attuale", current=True), id="open-it"),
    pytest.param("since 2020", dr("2020", None, "since 2020", current=True), id="since"),
    pytest.param(
        "Member since Sep 2020.", dr("2020-09", None, "since Sep 2020", current=True), id="since-month"
    ),
    pytest.param("from 2019", dr("2019", None, "from 2019"), id="from-start-only"),
    pytest.param("from 2019 to 2021", dr("2019", "2021", "from 2019 to 2021"), id="from-to"),
    # --- terms and seasons: a year only, start = end ---
    pytest.param("Fa'23", dr("2023", "2023", "Fa'23"), id="term-fa-apostrophe"),
    pytest.param("TA, Sp21", dr("2021", "2021", "Sp21"), id="term-sp-glued"),
    pytest.param("F'23", dr("2023", "2023", "F'23"), id="term-letter-apostrophe"),
    pytest.param("Spring 2021", dr("2021", "2021", "Spring 2021"), id="spring"),
    pytest.param("Summer 2020", dr("2020", "2020", "Summer 2020"), id="summer"),
    pytest.param("Autumn 2019", dr("2019", "2019", "Autumn 2019"), id="autumn"),
    pytest.param("Intern, Summer '22", dr("2022", "2022", "Summer '22"), id="season-apostrophe"),
    pytest.param("Fall Semester 2023", dr("2023", "2023", "Fall Semester 2023"), id="season-semester"),
    pytest.param("Fall 2021 – Spring 2023", dr("2021", "2023", "Fall 2021 – Spring 2023"), id="season-range"),
    pytest.param(
        "Expected Spring 2025", dr(None, "2025", "Expected Spring 2025", expected=True), id="season-expected"
    ),
    pytest.param("Q3 2021", dr("2021", "2021", "Q3 2021"), id="quarter"),
    # --- two dates written as one ---
    pytest.param("Feb – Aug 2022", dr("2022-02", "2022-08", "Feb – Aug 2022"), id="months-share-year"),
    pytest.param(
        "June-August 2019", dr("2019-06", "2019-08", "June-August 2019"), id="full-months-share-year"
    ),
    pytest.param("June 12-14, 2023", dr("2023-06-12", "2023-06-14", "June 12-14, 2023"), id="day-range"),
    pytest.param(
        "12–14 June 2023", dr("2023-06-12", "2023-06-14", "12–14 June 2023"), id="day-range-day-first"
    ),
    pytest.param(
        "May 30 – June 2, 2023",
        dr("2023-05-30", "2023-06-02", "May 30 – June 2, 2023"),
        id="cross-month-days",
    ),
    # --- the first date in a line wins ---
    pytest.param("B.S., 2016; M.S., 2018", dr(None, "2016", "2016"), id="first-of-two"),
    # --- months and open ends in other languages ---
    pytest.param(
        "Okt. 2019 - Mai 2025", dr("2019-10", "2025-05", "Okt. 2019 - Mai 2025"), id="german-months"
    ),
    pytest.param("Juin 2012", dr(None, "2012-06", "Juin 2012"), id="french-month"),
    pytest.param(
        "Set. 2025 - Nov. 2025", dr("2025-09", "2025-11", "Set. 2025 - Nov. 2025"), id="italian-month"
    ),
    pytest.param(
        "Novembre 2024 - maintenant",
        dr("2024-11", None, "Novembre 2024 - maintenant", current=True),
        id="open-maintenant",
    ),
    pytest.param(
        "Mar. 2023 – a la fecha", dr("2023-03", None, "Mar. 2023 – a la fecha", current=True), id="open-fecha"
    ),
    pytest.param("2016–présent", dr("2016", None, "2016–présent", current=True), id="open-present-fr"),
    pytest.param(
        "seit 09/2017 Doktorand", dr("2017-09", None, "seit 09/2017", current=True), id="since-german"
    ),
    pytest.param("Depuis 2025 Professeure", dr("2025", None, "Depuis 2025", current=True), id="since-french"),
    pytest.param(
        "PhD in Botany 2023 present", dr("2023", None, "2023 present", current=True), id="open-no-dash"
    ),
    pytest.param(
        "Kestrel College 2023 - ...", dr("2023", None, "2023 - ...", current=True), id="open-ellipsis"
    ),
    pytest.param(
        "2023 – Expected 2028", dr("2023", "2028", "2023 – Expected 2028", expected=True), id="expected-end"
    ),
    # --- two-digit months and years in a range ---
    pytest.param("09/21 - 06/25", dr("2021-09", "2025-06", "09/21 - 06/25"), id="mm-yy-range"),
    pytest.param("18/09 - 20/06", dr("2018-09", "2020-06", "18/09 - 20/06"), id="yy-mm-range"),
    pytest.param("02/22 – : Staff Scientist", dr("2022-02", None, "02/22 –", current=True), id="mm-yy-open"),
    pytest.param(
        "2026.5 – Present", dr("2026-05", None, "2026.5 – Present", current=True), id="year-dot-month-open"
    ),
]


@pytest.mark.parametrize(("text", "expected"), FIND_CASES)
def test_find_date_range(text: str, expected: DateRange) -> None:
    assert find_date_range(text) == expected, text


# --- text with numbers that are not dates ---
NOT_DATES = [
    pytest.param("617-555-0142", id="phone-dashes"),
    pytest.param("+1 617 555 2019", id="phone-spaces-year-like"),
    pytest.param("Call (608) 555-2019", id="phone-year-like-tail"),
    pytest.param("pp. 583–589", id="page-range"),
    pytest.param("Nature 595, 583–589", id="volume-and-pages"),
    pytest.param("pp. 1995–2003", id="year-like-page-range"),
    pytest.param("CS 240", id="course-number"),
    pytest.param("doi:10.1145/3492321.3519563", id="doi"),
    pytest.param("https://doi.org/10.1109/TPDS.2019.2903456", id="doi-with-year-inside"),
    pytest.param("arXiv:2012.12345", id="arxiv-id-year-like"),
    pytest.param("v1.2.3", id="version"),
    pytest.param("Python 3.11", id="version-two-parts"),
    pytest.param("1.3x speedup", id="speedup"),
    pytest.param("GPA 3.87/4.00", id="gpa"),
    pytest.param("the 1990s", id="decade"),
    pytest.param("$2000 grant", id="money"),
    pytest.param("2000+ users", id="count-plus"),
    pytest.param("cvpr2023 workshop", id="glued-to-word"),
    pytest.param("We present a system", id="present-as-verb"),
    pytest.param("Figure S22", id="single-letter-no-apostrophe"),
    pytest.param("31/31/2022", id="no-such-month"),
    pytest.param("", id="empty"),
]


@pytest.mark.parametrize("text", NOT_DATES)
def test_find_date_range_rejects(text: str) -> None:
    assert find_date_range(text) is None, text


def test_impossible_day_is_not_invented() -> None:
    # "Sep 31" does not exist: the day is dropped with the month, the year still counts
    assert find_date_range("Sep 31, 2022") == dr(None, "2022", "2022")


# ---------------------------------------------------------------------------------------------
# parse_date_range: a string that is only a date expression
# ---------------------------------------------------------------------------------------------

PARSE_CASES = [
    # --- same as find ---
    pytest.param(
        "Sep 2021 - May 2026 (Expected)",
        dr("2021-09", "2026-05", "Sep 2021 - May 2026 (Expected)", expected=True),
        id="design-example",
    ),
    pytest.param("(2016–2020)", dr("2016", "2020", "(2016–2020)"), id="bracketed"),
    pytest.param("  2019 – Now  ", dr("2019", None, "2019 – Now", current=True), id="padded"),
    pytest.param("2019 -", dr("2019", None, "2019 -", current=True), id="dangling"),
    pytest.param("| 2019 – 2021 |", dr("2019", "2021", "2019 – 2021"), id="table-cell-bars"),
    # --- only parse accepts these ---
    pytest.param("Present", dr(None, None, "Present", current=True), id="lone-present"),
    pytest.param("Ongoing", dr(None, None, "Ongoing", current=True), id="lone-ongoing"),
    pytest.param("(Now)", dr(None, None, "(Now)", current=True), id="lone-now-bracketed"),
    pytest.param("F23", dr("2023", "2023", "F23"), id="bare-letter-term"),
    pytest.param("W21", dr("2021", "2021", "W21"), id="bare-letter-term-winter"),
    # --- anything else beside the date: None ---
    pytest.param("B.S. 2019", None, id="words-beside"),
    pytest.param("CS 240", None, id="no-date"),
    pytest.param("Presentation", None, id="present-inside-word"),
    pytest.param("", None, id="empty"),
    pytest.param("   ", None, id="blank"),
]


@pytest.mark.parametrize(("text", "expected"), PARSE_CASES)
def test_parse_date_range(text: str, expected: DateRange | None) -> None:
    assert parse_date_range(text) == expected, text


# ---------------------------------------------------------------------------------------------
# find_year and find_all_years
# ---------------------------------------------------------------------------------------------

YEAR_CASES = [
    # --- a citation's year ---
    pytest.param("Nature 595, 583–589 (2021)", 2021, id="bracketed-after-pages"),
    pytest.param(
        "In Proc. of the 20th USENIX Symposium (NSDI '23), pp. 583–589.", 2023, id="venue-apostrophe"
    ),
    pytest.param("SOSP’21", 2021, id="venue-curly-apostrophe"),
    pytest.param("EuroSys '99", 1999, id="venue-last-century"),
    pytest.param("In SOSP, 2019, pp. 1–15", 2019, id="plain-year"),
    pytest.param("IEEE Trans. 12(3), pp. 1995–2003, 2019", 2019, id="year-like-pages"),
    pytest.param("(pp. 2019) 2020", 2020, id="bracketed-page-skipped"),
    pytest.param("doi:10.1109/TPDS.2019.2903456, 2020", 2020, id="doi-year-skipped"),
    pytest.param("Smith et al. [2019a]", 2019, id="lettered-year"),
    # --- terms, months, ranges ---
    pytest.param("Fa'23", 2023, id="term"),
    pytest.param("Best Paper Award, Sep 2022", 2022, id="month-year"),
    pytest.param("Fellowship 2018–2021", 2018, id="range-start"),
    # --- none ---
    pytest.param("CS 240, 3.87/4.00", None, id="no-year"),
    pytest.param("617-555-0142", None, id="phone"),
]


@pytest.mark.parametrize(("text", "expected"), YEAR_CASES)
def test_find_year(text: str, expected: int | None) -> None:
    assert find_year(text) == expected, text


ALL_YEARS_CASES = [
    pytest.param("2018–2021", [2018, 2021], id="range-ends"),
    pytest.param("2018-21", [2018, 2021], id="two-digit-end"),
    pytest.param("Reviewer: 2019, 2020, 2021", [2019, 2020, 2021], id="list"),
    pytest.param("Reviewer: 2019 2020", [2019, 2020], id="space-separated"),
    pytest.param("PC: NSDI '23, SOSP '21, OSDI 2022", [2023, 2021, 2022], id="venues-in-order"),
    pytest.param("Fa'23 and Sp'24", [2023, 2024], id="terms"),
    pytest.param("2020, 2020", [2020], id="no-repeats"),
    pytest.param("Nature 595, 583–589 (2021)", [2021], id="pages-skipped"),
    pytest.param("", [], id="empty"),
]


@pytest.mark.parametrize(("text", "expected"), ALL_YEARS_CASES)
def test_find_all_years(text: str, expected: list[int]) -> None:
    assert find_all_years(text) == expected, text


# ---------------------------------------------------------------------------------------------
# Tables and regexes in patterns/date_regexes.py
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("name", "number"), sorted(MONTHS.items()))
def test_every_month_name_reads(name: str, number: int) -> None:
    for written in (name, name.title(), name.upper()):
        found = find_date_range(f"{written} 2020")
        assert found == dr(None, f"2020-{number:02d}", f"{written} 2020"), written


@pytest.mark.parametrize("name", sorted(SEASONS))
def test_every_season_reads_as_year_only(name: str) -> None:
    assert find_date_range(f"{name.title()} 2020") == dr("2020", "2020", f"{name.title()} 2020")


@pytest.mark.parametrize("abbreviation", sorted(TERM_ABBREVIATIONS))
def test_every_term_abbreviation_reads(abbreviation: str) -> None:
    assert find_date_range(f"{abbreviation}'20") == dr("2020", "2020", f"{abbreviation}'20")


def test_tables_are_normalized() -> None:
    assert all(name == name.casefold().rstrip(".") for name in MONTHS)
    assert all(name == name.casefold() for name in SEASONS)
    assert set(TERM_ABBREVIATIONS.values()) <= set(SEASONS.values())


REGEX_EXAMPLES = [
    pytest.param(name, how, text, ok, id=f"{name}-{'accepts' if ok else 'rejects'}-{text!r}")
    for name, (how, accepts, rejects) in DATE_REGEX_EXAMPLES.items()
    for texts, ok in ((accepts, True), (rejects, False))
    for text in texts
]


@pytest.mark.parametrize(("name", "how", "text", "ok"), REGEX_EXAMPLES)
def test_regex_examples(name: str, how: str, text: str, ok: bool) -> None:
    regex = getattr(date_regexes, name)
    assert (getattr(regex, how)(text) is not None) is ok, f"{name}.{how}({text!r})"


def test_every_regex_has_examples() -> None:
    names = {name for name in dir(date_regexes) if name.endswith("_RE")}
    assert names == set(DATE_REGEX_EXAMPLES)
    assert all(accepts and rejects for _, accepts, rejects in DATE_REGEX_EXAMPLES.values())


# ---------------------------------------------------------------------------------------------
# Properties
# ---------------------------------------------------------------------------------------------

# Pieces that date text is made of, so Hypothesis reaches the grammar's corners, not just noise.
DATE_PIECES = st.sampled_from(
    [
        "Sep", "Sept.", "May", "February", "Fall", "Fa", "F", "Q3", "2019", "2021", "1999", "2100",
        "1900", "19", "23", "09", "12", "31", "00", "'", "’", " ", "  ", "-", "–", "—", "--", "/",
        ".", ",", "(", ")", "[", "to", "present", "Now", "since", "from", "Expected", "exp.",
        "Class of", "年", "月", "至今", "pp.", "onwards", "x", "0", "1", "3.87", "NSDI",
    ]
)  # fmt: skip
DATE_LIKE_TEXT = st.lists(DATE_PIECES, max_size=12).map("".join)
ANY_TEXT = st.one_of(st.text(), DATE_LIKE_TEXT)


def _check_date(value: str | None, text: str) -> None:
    if value is None:
        return
    m = PARTIAL_DATE.match(value)
    assert m is not None, (text, value)
    year = int(m["y"])
    assert 1900 <= year <= 2100, (text, value)
    if m["m"] is not None:
        month = int(m["m"])
        assert 1 <= month <= 12, (text, value)
        if m["d"] is not None:
            assert 1 <= int(m["d"]) <= calendar.monthrange(year, month)[1], (text, value)


def _not_after(a: str, b: str) -> bool:
    """``a <= b`` at the precision both have: "2022" is not after "2022-05"."""
    n = min(len(a), len(b))
    return a[:n] <= b[:n]


def _check_range(found: DateRange | None, text: str) -> None:
    if found is None:
        return
    _check_date(found.start, text)
    _check_date(found.end, text)
    if found.start is not None and found.end is not None:
        assert _not_after(found.start, found.end), (text, found)
    if found.current:
        assert found.end is None, (text, found)
    assert found.matched in text, (text, found)
    assert not found.empty or found.matched.strip(), (text, found)


@given(ANY_TEXT)
def test_find_date_range_properties(text: str) -> None:
    found = find_date_range(text)
    _check_range(found, text)
    if found is not None:
        assert found.matched, text


@given(ANY_TEXT)
def test_parse_date_range_properties(text: str) -> None:
    _check_range(parse_date_range(text), text)


@given(ANY_TEXT)
def test_years_properties(text: str) -> None:
    years = find_all_years(text)
    assert all(1900 <= year <= 2100 for year in years), (text, years)
    assert len(years) == len(set(years)), (text, years)
    year = find_year(text)
    assert year is None or year in years, (text, year, years)
    assert (year is None) == (not years), (text, year, years)


@given(st.text(), st.text())
def test_matched_cuts_out_of_a_line(before: str, after: str) -> None:
    line = f"{before} Sep 2021 - May 2026 (Expected) {after}"
    found = find_date_range(line)
    assert found is not None, line
    assert found.matched in line, line
