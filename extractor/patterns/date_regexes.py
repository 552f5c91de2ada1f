"""Every regex for dates, compiled once, and the month and season tables they are read with.

Dates in CVs and homepages come as month names ("Sep 2022", "Sept. 2019"), numbers ("10/2023",
"2019.09", "2022-09-15"), academic terms ("Fall 2023", "Fa'23") and ranges of any two of these
("2018–2021", "Feb – Aug 2022", "2019 - now"). The patterns here only *find* such text; turning a
match into ``YYYY[-MM[-DD]]`` strings (and rejecting month 13 or a reversed range) is
``extractor/parse/dates.py``'s job. Branch order matters: at one position the first branch that
matches wins, so the compact two-date forms come before the single dates they start with.

Digits are written ``[0-9]`` (not ``\\d``) so no other script's digits reach ``int()``. Letters
are matched case-insensitively except the term abbreviations ("Fa'23", "F'23"), which are
case-sensitive so that "fa" or "s'" inside prose never reads as a term.

``DATE_REGEX_EXAMPLES`` holds, for each regex, text it must find and text it must not find;
``tests/fields/test_dates.py`` checks them (habit 4).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from types import MappingProxyType

# Month names as written in CVs, casefolded and without a trailing dot -> month number.
# "sept" is the one common four-letter abbreviation ("Sept. 2019").
MONTHS: Mapping[str, int] = MappingProxyType(
    {
        "january": 1, "jan": 1,
        "february": 2, "feb": 2,
        "march": 3, "mar": 3,
        "april": 4, "apr": 4,
        "may": 5,
        "june": 6, "jun": 6,
        "july": 7, "jul": 7,
        "august": 8, "aug": 8,
        "september": 9, "sep": 9, "sept": 9,
        "october": 10, "oct": 10,
        "november": 11, "nov": 11,
        "december": 12, "dec": 12,
        # German, French, Spanish, Italian, Portuguese ("Okt. 2019 - Mai 2025", "Juin 2012")
        "januar": 1, "jänner": 1, "janvier": 1, "janv": 1, "enero": 1, "ene": 1, "gennaio": 1,
        "janeiro": 1,
        "februar": 2, "février": 2, "fevrier": 2, "févr": 2, "fév": 2, "febrero": 2,
        "febbraio": 2, "fevereiro": 2, "fev": 2,
        "märz": 3, "maerz": 3, "mars": 3, "marzo": 3, "março": 3,
        "avril": 4, "avr": 4, "abril": 4, "abr": 4, "aprile": 4,
        "mai": 5, "mayo": 5, "maggio": 5, "mag": 5, "maio": 5,
        "juni": 6, "juin": 6, "junio": 6, "giugno": 6, "giu": 6, "junho": 6,
        "juli": 7, "juillet": 7, "juil": 7, "julio": 7, "luglio": 7, "lug": 7, "julho": 7,
        "août": 8, "aout": 8, "agosto": 8, "ago": 8,
        "septembre": 9, "septiembre": 9, "setiembre": 9, "settembre": 9, "setembro": 9, "set": 9,
        "oktober": 10, "okt": 10, "octobre": 10, "octubre": 10, "ottobre": 10, "ott": 10,
        "outubro": 10,
        "novembre": 11, "noviembre": 11, "novembro": 11,
        "dezember": 12, "dez": 12, "décembre": 12, "decembre": 12, "déc": 12, "diciembre": 12,
        "dic": 12, "dicembre": 12, "dezembro": 12,
    }
)  # fmt: skip

# Seasons and academic terms, casefolded -> the season as usually written. A term names a span
# inside one year and its months differ by school and hemisphere, so it only ever yields a year.
SEASONS: Mapping[str, str] = MappingProxyType(
    {"spring": "Spring", "summer": "Summer", "fall": "Fall", "autumn": "Autumn", "winter": "Winter"}
)

# Term abbreviations as registrars write them ("Fa'23", "Sp21", "F'23"), exact case -> season.
# Single letters only count before an apostrophe ("F'23"); bare "F23" is left to parse_date_range.
TERM_ABBREVIATIONS: Mapping[str, str] = MappingProxyType(
    {
        "Fa": "Fall", "FA": "Fall", "F": "Fall",
        "Sp": "Spring", "SP": "Spring", "S": "Spring",
        "Su": "Summer", "SU": "Summer",
        "Wi": "Winter", "WI": "Winter", "W": "Winter",
    }
)  # fmt: skip

# Words that stand for an open end of a range ("2019 - present"), casefolded.
OPEN_END_WORDS: frozenset[str] = frozenset(
    {"present", "now", "current", "currently", "today", "ongoing", "on-going", "date", "continuing",
     "heute", "maintenant", "présent", "presente", "actualidad", "actualmente", "atual", "atualmente",
     "attuale", "oggi", "hoy"}
)  # fmt: skip

_FLAGS = re.VERBOSE | re.IGNORECASE

# ---------------------------------------------------------------------------------------------
# Fragments (plain strings) the compiled patterns are built from.
# ---------------------------------------------------------------------------------------------
_YEAR = r"(?:19[0-9][0-9]|20[0-9][0-9]|2100)"  # 1900..2100: "2023"
_YY = r"[0-9][0-9]"  # the "23" of "'23"
_APOS = r"['’‘`´]"  # "Fa'23", "NSDI ’23"
_DAY = r"(?:0?[1-9]|[12][0-9]|3[01])"  # "3", "03", "31"
_ORD = r"(?:st|nd|rd|th)?"  # "3rd"
_MM = r"(?:0?[1-9]|1[0-2])"  # "9", "09", "12"
_DASH = r"(?:->|[-‐‑‒–—―−~]{1,2}|→)"  # "-", "–", "—", "--" (LaTeX), "~", "→"
_MONTH = (  # "Sep", "Sept", "September" (not "Mayor", "Septet"); the other languages of MONTHS
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
    r"|januar|jänner|janv(?:ier)?|ene(?:ro)?|gennaio|janeiro"
    r"|februar|f[ée]vr?(?:ier)?|febrero|febbraio|fevereiro"
    r"|m(?:ä|ae)rz|mars|mar[zç]o|avr(?:il)?|abr(?:il)?|aprile"
    r"|mai[o]?|mayo|mag(?:gio)?|juni|juin|junio|junho|giu(?:gno)?"
    r"|juli|juil(?:let)?|julio|julho|lug(?:lio)?|ao[uû]t|ago(?:sto)?"
    r"|septembre|se[pt]?tiembre|settembre|setembro|set|okt(?:ober)?|octobre|octubre|ott(?:obre)?|outubro"
    r"|novembre|noviembre|novembro|dez(?:ember|embro)?|d[ée]c(?:embre)?|dic(?:iembre|embre)?"
    r")(?![a-zà-ÿ])"
)
_SEASON = r"(?:spring|summer|fall|autumn|winter)(?![a-z])"  # "Fall", "autumn"
# A number that starts a date must not continue a word, a decimal, a path, a price, a phone
# number or a page range: "v2019", "3.2019", "/2019", "$2000", "960-2019", "583–589".
_NUM_START = r"(?<![A-Za-z0-9_.$/#])(?<![0-9][-‐‑‒–—:])"
# ... and must not run on into more digits, a decimal, a count or a decade: "20191",
# "2019.5", "2012.12345", "2000+", "90%", "1990s". One letter may follow ("2019a").
_NUM_END = r"(?![0-9]|[.,/:][0-9]|[+%]|[a-z][a-z]|s(?![a-z]))"

# ---------------------------------------------------------------------------------------------
# DATE_RE: one date, or two dates written as one. Each branch is a named group; the reader in
# parse/dates.py dispatches on ``match.lastgroup``. Word-led and number-led branches never
# compete at one position, so each half is guarded once by a cheap look-ahead: most positions
# of a line fail there (this regex runs on every line of every document).
# ---------------------------------------------------------------------------------------------
DATE_RE = re.compile(
    rf"""
    # === led by a word: a month, a season or a term ===========================================
    (?<![A-Za-z])(?=[adefgjlmnoqsw])
    (?:
      # --- two dates written as one: tried first ---
        (?P<month_day_days>           # "June 12-14, 2023", "Sep 3 – 5 2022"
          (?P<mdd_month>{_MONTH})\.?\s*(?P<mdd_d1>{_DAY}){_ORD}\s*{_DASH}\s*
          (?P<mdd_d2>{_DAY}){_ORD},?\s*(?P<mdd_year>{_YEAR}){_NUM_END}
        )
      | (?P<month_day_month_day>      # "May 30 – June 2, 2023"
          (?P<mdmd_m1>{_MONTH})\.?\s*(?P<mdmd_d1>{_DAY}){_ORD}\s*{_DASH}\s*
          (?P<mdmd_m2>{_MONTH})\.?\s*(?P<mdmd_d2>{_DAY}){_ORD},?\s*(?P<mdmd_year>{_YEAR}){_NUM_END}
        )
      | (?P<months_year>              # "Feb – Aug 2022", "June-August 2019", "May to Aug 2020",
                                      # "Spring–Summer 2021", "Sep/Oct '22"
          (?P<my2_m1>{_MONTH}|{_SEASON})\.?(?:\s*(?:{_DASH}|/)\s*|\s+to\s+)
          (?P<my2_m2>{_MONTH}|{_SEASON})\.?,?\s*(?:(?P<my2_year>{_YEAR})|{_APOS}(?P<my2_yy>{_YY}))
          {_NUM_END}
        )
      # --- one date ---
      | (?P<month_day_year>           # "September 3, 2022", "Sep. 3rd 2022"
          (?P<mdy_m>{_MONTH})\.?\s*(?P<mdy_d>{_DAY}){_ORD},?\s*(?P<mdy_y>{_YEAR}){_NUM_END}
        )
      | (?P<month_year>               # "Sep 2022", "Sept. 2019", "September, 2022", "Jan.2020",
                                      # "Sep-2022", "Sep/2022", "Sep '22", "Sep'22"
          (?P<my_m>{_MONTH})(?:\.?\s*,?\s*|-|/)(?:(?P<my_y>{_YEAR})|{_APOS}(?P<my_yy>{_YY}))
          {_NUM_END}
        )
      | (?P<season_year>              # "Fall 2023", "Spring '21", "Fall'23", "Fall23",
                                      # "Summer of 2020", "Fall Semester 2023", "Fall, 2023"
          (?P<sy_season>{_SEASON})(?:\s+(?:semester|term|quarter|session))?(?:\s+of)?
          (?:[\s,]*(?P<sy_y>{_YEAR})|(?:\s?{_APOS})?(?P<sy_yy>{_YY})){_NUM_END}
        )
      | (?P<term>                     # "Fa'23", "Sp21", "FA2023", "F'23", "S’22", "W'21"
          (?<![0-9])
          (?:(?-i:(?P<term_abbr>Fa|FA|Sp|SP|Su|SU|Wi|WI))|(?-i:(?P<term_letter>[FSW]))(?={_APOS}))
          (?:(?:\s?{_APOS})?(?P<term_yy>{_YY})|(?P<term_y>{_YEAR})){_NUM_END}
        )
      | (?P<quarter>                  # "Q3 2021", "Q1'22"
          (?<![0-9])(?-i:Q)[1-4]\s*(?:(?P<q_y>{_YEAR})|{_APOS}(?P<q_yy>{_YY})){_NUM_END}
        )
    )
    # === led by a number ======================================================================
  | {_NUM_START}(?=[0-9])
    (?:
      # --- two dates written as one: tried first ---
        (?P<days_month>               # "12–14 June 2023"
          (?P<ddm_d1>{_DAY}){_ORD}\s*{_DASH}\s*(?P<ddm_d2>{_DAY}){_ORD}\s+
          (?P<ddm_month>{_MONTH})\.?,?\s*(?P<ddm_year>{_YEAR}){_NUM_END}
        )
      | (?P<short_numeric_range>      # "09/21 – 06/25" (MM/YY), "18/09 - 20/06" (YY/MM), "02/22 – :"
          (?P<snr_a>[0-9]{{2}})/(?P<snr_b>[0-9]{{2}})(?![0-9/])
          (?=\s*{_DASH})
          (?:\s*{_DASH}\s*(?P<snr_c>[0-9]{{2}})/(?P<snr_d>[0-9]{{2}})(?![0-9/]))?
        )
      | (?P<iso_date>                 # "2022-09-15", "2022/09/15", "2022.09.15"
          (?P<iso_y>{_YEAR})(?P<iso_sep>[-/.])(?P<iso_m>{_MM})(?P=iso_sep)(?P<iso_d>{_DAY}){_NUM_END}
        )
      | (?P<year_yy>                  # "2018-21", "2018–21", "2019/20" (a range) or
                                      # "2019-09", "2019/09" (a month; the reader decides)
          (?P<yy_year>{_YEAR})(?P<yy_sep>[-‐‑‒–—/])(?P<yy_yy>{_YY})(?![0-9]|[-./:][0-9]|[+%])
        )
      # --- one date ---
      | (?P<numeric_date>             # "09/15/2022" (month first), "15.09.2022", "15/09/2022"
                                      # (day first: a dot, or a first number over 12)
          (?P<nd_a>{_DAY})(?P<nd_sep>[-/.])(?P<nd_b>{_DAY})(?P=nd_sep)(?P<nd_y>{_YEAR}){_NUM_END}
        )
      | (?P<day_month_year>           # "3 September 2022", "3rd of May, 2020", "03-Sep-2022"
          (?P<dmy_d>{_DAY}){_ORD}(?:\s+of)?(?:\s+|-)(?P<dmy_m>{_MONTH})\.?(?:,?\s*|-)
          (?P<dmy_y>{_YEAR}){_NUM_END}
        )
      | (?P<cjk_date>                 # "2019年9月", "2019年"
          (?P<cjk_y>{_YEAR})\s*年(?:\s*(?P<cjk_m>{_MM})\s*月)?
        )
      | (?P<year_month>               # "2019.09", "2019.9", "2019/9" (Chinese CVs; "2019-09" is year_yy)
          (?P<ym_y>{_YEAR})[./](?P<ym_m>{_MM}){_NUM_END}
        )
      | (?P<month_slash_year>         # "10/2023", "9/2022", "09.2022", "09-2022"
          (?P<msy_m>{_MM})[-/.](?P<msy_y>{_YEAR}){_NUM_END}
        )
      | (?P<year>                     # "2023", "(2021)", "2019a"
          (?P<y_y>{_YEAR}){_NUM_END}
        )
    )
    """,
    _FLAGS,
)

# Between the two ends of a range, matched right after the first date.
RANGE_SEP_RE = re.compile(
    rf"""
      \s*{_DASH}\s*                            # "2018 – 2021", "2018-2021", "2018--2021", "2019 → 2020"
    | \s+(?:to|until|till|thru|through)\s+     # "February 2022 to August 2022"
    | \s*(?:至|到)\s*                          # "2019年9月至2020年6月"
    """,
    _FLAGS,
)

# An open end, matched right after RANGE_SEP_RE; it sets current=True and end=None.
OPEN_END_RE = re.compile(
    r"""
      (?:the\s+)?present(?:\s+day)?(?![a-z])     # "2019 - present", "to the present"
    | (?:now|current(?:ly)?|today|on-?going|continuing)(?![a-z])   # "2019-now", "2020 - current"
    | (?:to|till|until)\s+(?:date|now|present)(?![a-z])            # "2019 – to date"
    | date(?![a-z])                              # "2019 to date" ("to" was the separator)
    | 至今|今                                    # "2019年9月至今"
    | (?:heute|jetzt|maintenant|pr[ée]sent|aujourd['’]hui|presente|actualidad|actualmente|atual|atualmente
        |attuale|oggi|hoy)(?![a-z])              # "2019 – heute", "2016–présent", "2020 - actualmente"
    | (?:a\s+la\s+fecha|en\s+cours|in\s+corso)(?![a-z])   # "Mar. 2023 – a la fecha"
    | (?:\.\.\.|…)                                # "2023 - ..."
    """,
    _FLAGS,
)

# A whole string that is only an open end (parse_date_range("Present")); find_date_range never
# takes a lone "present" from a line, where it is far more often a verb.
OPEN_END_ONLY_RE = re.compile(
    r"""
    [(\[]?\s*
    (?:(?:till|until|to)\s+)?
    (?:(?:the\s+)?present|now|current(?:ly)?|today|on-?going|date|continuing|至今)   # "Present", "Ongoing"
    \s*[)\]]?\.?
    """,
    _FLAGS,
)

# "2020 –" at the end of a line or before ")": a range whose end is left open on purpose (dots
# or a leader of "·" may fill the gap: "2019-.", "2018 – · · · ]").
DANGLING_END_RE = re.compile(
    r"""
    [\s·.]*(?:$|[)\]|:])     # "2020 –", "(2020 – )", "2020 – | Google", "02/22 – : Scientist"
    """,
    _FLAGS,
)

# What may stand before a date that opens its line: bullets, brackets, spaces.
LINE_LEAD_RE = re.compile(r"[\s•·*(\[]*", _FLAGS)

# An open end after a bare space, no dash: "2023 present", "2019 heute".
SPACED_OPEN_END_RE = re.compile(
    r"""
    \s+(?:present|pr[ée]sent|presente|heute|maintenant)(?![a-z])     # "2023 present"
    """,
    _FLAGS,
)

# Between a range's separator and its second date: "2023 – Expected 2028".
EXPECTED_END_RE = re.compile(
    r"""
    (?:expected|exp\.|anticipated)\s*:?\s*     # "Expected ", "exp. "
    """,
    _FLAGS,
)

# After a date with no range: "2019 onwards", "2019 - onward".
ONWARDS_RE = re.compile(
    rf"""
    \s*(?:{_DASH}\s*)?onwards?(?![a-z])     # "2019 onwards", "Sep 2020 – onward"
    """,
    _FLAGS,
)

# Searched in a short window that ends where a date starts: what the text says about the date.
DATE_PREFIX_RE = re.compile(
    r"""
    (?=\S)                                      # never a bare run of spaces
    (?P<open>[(\[]\s*)?                          # "(" of "(Expected May 2027)"
    (?:
        (?<![a-z])(?P<expected>
            (?:expected|exp\.?|anticipated|est\.)(?:\s+(?:graduation|completion|defen[cs]e|date|in)){0,3}
        )                                        # "Expected May 2027", "exp. 2025",
                                                 # "Expected graduation: May 2025"
      | (?<![a-z])(?P<since>since|seit|depuis|desde|dal)   # "since 2020", "seit 09/2017", "depuis 2025"
      | (?<![a-z])(?P<start>
            from|starting(?:\s+(?:in|from))?|beginning(?:\s+in)?|start(?:ing)?\s+date
        )                                        # "from 2019", "Starting Fall 2024"
      | (?<![a-z])(?P<class_of>class\s+of)       # "Class of 2020"
    )?
    \s*:?\s*$
    """,
    _FLAGS,
)

# Lower-case text one of which DATE_PREFIX_RE needs to find anything; checked with ``in`` first
# because the regex search over the window costs more than the rest of a date's reading.
DATE_PREFIX_CUES: tuple[str, ...] = (
    "(", "[", "exp", "anticipated", "est.", "since", "from", "start", "begin", "class",
    "seit", "depuis", "desde", "dal",
)  # fmt: skip

# Matched right after a date or range: an "expected" note.
EXPECTED_SUFFIX_RE = re.compile(
    r"""
    \s*[,;]?\s*
    (?:
        [(\[]\s*(?:expected|exp\.?|anticipated|est\.?)\s*[)\]]   # "2016 – 2020 (expected)", "May 2027 (Exp.)"
      | (?<![a-z])(?:expected|anticipated)(?![a-z])             # "2016 – 2020, expected"
    )
    """,
    _FLAGS,
)

# Matched right after a date when DATE_PREFIX_RE found an opening bracket: "(2016–2020)".
CLOSE_BRACKET_RE = re.compile(
    r"""
    \s*[)\]]     # the ")" of "(2016–2020)"
    """,
    _FLAGS,
)

# Searched in a short window before a number-led date: page, volume and issue numbers are not
# dates ("pp. 1995–2003", "vol. 2019", "no. 2020").
NOT_A_DATE_BEFORE_RE = re.compile(
    r"""
      (?<![a-z])(?:pp?\.|pages?|vol(?:ume)?\.?|no\.|nr\.|issue|art\.|article)\s*$   # "pp. 1995–2003"
    | (?<![0-9])(?:[0-9]{1,3}|[0-9]{5,})[ \t]*[-‐‑‒–—]?[ \t]*$                        # "617 555 2019"
    """,
    _FLAGS,
)

# What may be left around the date when parse_date_range is given a whole date expression.
DATE_LEFTOVER_RE = re.compile(
    r"""
    [\s,;:.|•·*_()\[\]-]*     # "(2016–2020)", "2019 –", "Dates: 2019"
    """,
    _FLAGS,
)

# A bare single-letter term, accepted only as a whole date expression: "F23", "S22", "W21".
SHORT_TERM_RE = re.compile(
    rf"""
    \s*(?-i:(?P<letter>[FSW]))(?P<yy>{_YY})\s*     # "F23"
    """,
    _FLAGS,
)

# A four-digit year closing a bracket: the year a citation gives. "(2021)", "(NSDI 2023)",
# "(Jan. 2021)", "(Nature, 2021)", "[2019a]"; not "(2016–2020)" (digits before it).
BRACKETED_YEAR_RE = re.compile(
    rf"""
    [(\[](?:[^()\[\]0-9]{{0,40}}?[\s,(])?(?P<year>{_YEAR})[a-z]?\s*[)\]]
    """,
    _FLAGS,
)

# A venue acronym with a two-digit year: "NSDI '23", "SOSP’21", "EuroSys '24", "HotOS '23".
# The word needs two capitals, so "Tom's" or a sentence's first word never count.
# Case-sensitive on purpose.
VENUE_YY_RE = re.compile(
    rf"""
    (?<![A-Za-z0-9])[A-Z][A-Za-z0-9-]*[A-Z][A-Za-z0-9-]*\s?{_APOS}(?P<yy>{_YY})(?![0-9A-Za-z])  # "NSDI '23"
    """,
    re.VERBOSE,
)

# Cheap gate: a line with no digit holds no date find_date_range would return.
DIGIT_RE = re.compile(r"[0-9]")

# For each regex: how it is applied, text it must accept and text it must reject. The tests run
# ``getattr(regex, how)(text)`` on each.
DATE_REGEX_EXAMPLES: Mapping[str, tuple[str, tuple[str, ...], tuple[str, ...]]] = MappingProxyType(
    {
        "DATE_RE": (
            "search",
            ("Sep 2022", "June 12-14, 2023", "10/2023", "2019.09", "Fa'23", "Fall 2023", "2018–21"),
            ("617-555-0142", "CS 240", "3.87/4.00", "1.3x", "arXiv:2103.12345", "1990s", "Mayor 12"),
        ),
        "RANGE_SEP_RE": ("match", (" – ", "--", " to "), ("x", "today")),
        "OPEN_END_RE": ("match", ("present", "Now", "ongoing", "to date"), ("presented", "nowhere")),
        "OPEN_END_ONLY_RE": ("fullmatch", ("Present", "(Ongoing)", "till date"), ("Presenting", "now 2")),
        "DANGLING_END_RE": ("match", ("", " )", " | Google", ".", " · · ]"), (" Google", ". Google")),
        "ONWARDS_RE": ("match", (" onwards", " - onward"), ("forward",)),
        "LINE_LEAD_RE": ("fullmatch", ("", " • ", "("), ("Fellow ", "a")),
        "SPACED_OPEN_END_RE": ("match", (" present", " heute"), (" presented", "present")),
        "EXPECTED_END_RE": ("match", ("Expected ", "exp. "), ("expect", "x")),
        "DATE_PREFIX_RE": ("search", ("Expected ", "since ", "Class of ", "(exp. "), ("x1",)),
        "EXPECTED_SUFFIX_RE": ("match", (" (Expected)", ", expected"), ("unexpected", " (exp")),
        "CLOSE_BRACKET_RE": ("match", (" )", "]"), ("x)",)),
        "NOT_A_DATE_BEFORE_RE": ("search", ("pp. ", "617 555 "), ("Fall ", "Nature 595, ", "1. ")),
        "DATE_LEFTOVER_RE": ("fullmatch", ("", " ( ) -", "| ,"), ("B.S.", "Dates:")),
        "SHORT_TERM_RE": ("fullmatch", ("F23", "W21"), ("f23", "F2023")),
        "BRACKETED_YEAR_RE": ("search", ("(2021)", "(NSDI 2023)", "[2019a]"), ("(2016–2020)", "(pp. 12)")),
        "VENUE_YY_RE": ("search", ("NSDI '23", "EuroSys’24"), ("Tom's 23", "Fa'23")),
        "DIGIT_RE": ("search", ("a1",), ("abc",)),
    }
)
