"""Regexes of the learned citation parser (``extractor/learn/citation.py``): how an entry is cut into
tokens, and the shape cues its features test. A cue is a feature the model weighs, never a rule."""

from __future__ import annotations

import re

# A token that is a URL, DOI or e-mail stays whole: "https://x.org/a(1)", "10.1234/ab.5", "doi:10.1/x"
WHOLE_TOKEN_RE = re.compile(r"^[(\[<]?(?:https?://|www\.|doi:|10\.\d{4,}/|arxiv:|\S+@\S+\.\w)", re.IGNORECASE)
# Inside a whitespace token, cut: before a bracket that follows a letter or digit ("12(3)" -> "12", "(3)"),
# after ":" ",", ";" followed by a letter or digit ("(3):45" -> "(3):", "45"; "Doe,J." -> "Doe,", "J."),
# after a letter's period followed by a digit ("pp.45" -> "pp.", "45").
INNER_CUT_RE = re.compile(r"(?<=[^\W_])(?=[(\[])|(?<=[:,;])(?=[^\W_])|(?<=[^\W\d_]\.)(?=\d)")

# Shape cues, tested on the token with its edge punctuation removed (``core``) or as written (``raw``).
YEAR_RE = re.compile(r"^(?:1[5-9]|20)\d\d[a-z]?$")
YEAR_RANGE_RE = re.compile(r"^(?:1[5-9]|20)\d\d[-–/](?:\d\d){1,2}$")
PAGE_RANGE_RE = re.compile(r"^[A-Za-z]?\d+[-–—]+[A-Za-z]?\d+$")
NUMBER_RE = re.compile(r"^\d+$")
ROMAN_RE = re.compile(r"^[ivxlcdm]+$|^[IVXLCDM]+$")
ORDINAL_RE = re.compile(r"^\d+(?:st|nd|rd|th)$", re.IGNORECASE)
INITIAL_RE = re.compile(r"^[A-Z][a-z]?\.(?:-?[A-Z][a-z]?\.)*$")  # "J.", "A.-C.", "J.Q.", "Th."
BARE_INITIALS_RE = re.compile(r"^[A-Z]{1,3}$")  # "AB" of "Surname AB"
# an author list ended by its year in brackets, the title after it with no period between:
# "Doe JQ, Roe A (2024) Title. Venue", "A. Doe and B. Roe (2024a). Title" (no period in the list but
# an initial's; the list is checked in code)
AUTHORS_YEAR_RE = re.compile(
    r"^(?P<authors>(?:[^()\"“”:;.]|(?<=\b[A-Z])\.){3,}?)\s*\((?P<year>(?:19|20)\d{2})[a-z]?\)[.,:]?\s+(?=[\w\"“‘])"
)
# a line that starts a citation with its first author inverted, as a list of citations printed
# without space between its entries starts each: "Doe, J., ...", "Doe, J.-P. and", "Doe JQ, Roe A"
INVERTED_AUTHOR_START_RE = re.compile(
    r"^(?:[a-z]{1,3}\s)?[A-Z][\w'’-]+(?:[\s-][A-Z][\w'’-]+)?(?:,\s?(?:[A-Z]\.\s?-?){1,3}|\s[A-Z]{1,3}),?\s"
)
# a venue's short year after its acronym, which the model may label apart: "MLSys '25", "HotNets ’22"
VENUE_SHORT_YEAR_RE = re.compile(r"^['’]\d{2}[,.;]?$")
# one author written in full and inverted, a citation's first sentence: "Doe, Jane", "DOE, Jane Q",
# "van Roe, Jo-Ann Q." (the sentence period already cut)
INVERTED_FULL_NAME_RE = re.compile(
    r"^(?:[a-z]{1,3}\s){0,2}[A-Z][\w'’-]+,\s[A-Z][a-z][\w'’-]*(?:\s[A-Z]\.?|\s[A-Z][a-z][\w'’-]*)?\.?$"
)
URL_RE = re.compile(r"^(?:https?://|www\.)", re.IGNORECASE)
DOI_RE = re.compile(r"(?:^doi:?|^10\.\d{4,}/|doi\.org/)", re.IGNORECASE)
# an entry's label in its first token: "1.", "[12]", "(3)", "C4.", "J12:", a bullet
ENTRY_NUMBER_RE = re.compile(r"^(?:\[\w{1,5}\]|\(\d{1,3}\)|[A-Z]?\d{1,3}[.):]|[•·▪◦‣\-–—*])$")
MARK_RE = re.compile(r"[*†‡§¶#]")
# A link starting after a title's or a venue's text ends that sentence, whatever its case: "Title.
# https://doi.org/10.1/x", "Title. doi.org/10.1/x. Journal", "Title, DOI: 10.1/x" (a title never
# holds a link; the break takes the punctuation and spaces before it, not after "DOI:")
_LINK_START = r"(?:https?://|www\.|(?:dx\.)?doi\.org/|doi\s*:\s*|10\.\d{4,}/)"
LINK_BREAK_RE = re.compile(rf"(?<![:\s])[.,;]?\s+(?={_LINK_START})", re.IGNORECASE)
# A citation sentence that is only a link (a DOI, a URL): no venue's name
LINK_ONLY_RE = re.compile(rf"{_LINK_START}\S*", re.IGNORECASE)


# --- post-label cleanup of a venue (``fields/publications._clean_venue``): what a venue span keeps
# around the venue's name that the name is not. These are rules on the labelled span, not features.
_MONTH = (
    r"\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b\.?"
)
# a bracketed date inside or after a venue: "Phys. Rev. D 105 (10 May 2022)", "arXiv 2410.1 (Oct. 2024)"
VENUE_BRACKET_DATE_RE = re.compile(
    rf"\s*\((?:\d{{1,2}}\s+)?(?:{_MONTH}\s*)?(?:\d{{1,2}},?\s+)?(?:1[5-9]|20)\d\d[a-z]?\)", re.IGNORECASE
)
# a month and year closing a venue: ", February 2008", ", Mar. 2015", ". 12 May 2020"
VENUE_MONTH_YEAR_END_RE = re.compile(
    rf"[,.;]?\s*(?:\d{{1,2}}\s+)?{_MONTH}\s*(?:\d{{1,2}},?\s+)?(?:1[5-9]|20)\d\d[a-z]?\s*\.?\s*$",
    re.IGNORECASE,
)
# a date and the volume, issue and pages after it closing a venue, after a sentence or clause break:
# ". 2019 May 1;22(5):575-9", ", 2021, 12(3), 45-67" (no word but a month's after the year)
VENUE_DATE_TAIL_RE = re.compile(
    rf"[.,;]\s*(?:1[5-9]|20)\d\d[a-z]?\b(?:[\s\d.,;:()\[\]/–-]|{_MONTH})*$", re.IGNORECASE
)
# a year leading a venue span: "2024. Journal of X", "(2019) Journal of X"
VENUE_YEAR_LEAD_RE = re.compile(r"^\s*\(?(?:1[5-9]|20)\d\d[a-z]?\)?[.,:]\s+(?=\S)")
# the editors of a book, before its title: "In A. Doe & B. Roe (Eds.), Title" (the names are checked)
VENUE_EDITORS_LEAD_RE = re.compile(
    r"^\s*(?:in:?\s+)?(?P<names>[^()]{3,160}?)\s*\((?:eds?|editors?|hrsg|hg)\.?\)\s*[,.:]?\s*(?=\S)",
    re.IGNORECASE,
)
# the editors after a book's title: ". Ed. by A. Doe", ", eds. A. Doe", ", A. Doe and B. Roe, Eds.",
# "(editors)", ", edited by A. Doe" (names before a trailing "Eds." are found by the caller)
VENUE_EDITORS_TAIL_RE = re.compile(
    r"[.,]\s*eds?\.(?=[\s,]|$)|[.,]?\s+(?:ed\.|edited)\s+by\b|,\s*editors?\b|\((?:eds?\.?|editors?)\)",
    re.IGNORECASE,
)
# where the text is found, not the venue: "Retrieved from", "Available at", "URL", "Link to article"
VENUE_LINK_TAIL_RE = re.compile(
    r"(?:[.,;:]?\s*(?:retrieved\s+from|available\s+(?:at|from|online)|url|link\s+(?:to\s+\w+|here)"
    r"|view\s+on\s+\w+)\s*:?)+\s*$",
    re.IGNORECASE,
)
# "Place: Publisher" after the venue's sentence: ". Madrid, Spain: Widget Press", ". Baden-Baden: Nomos"
VENUE_PLACE_PUBLISHER_RE = re.compile(
    r"\.\s+[A-Z][a-z][\w'’-]*(?:[ -][A-Z][a-z][\w'’-]*)*(?:,\s*[A-Z][\w.'’ -]{0,30})?:\s+\S.*$"
)
# an arXiv identifier after the server's name: "arXiv 2410.18243", "arXiv: 2102.09437 [stat.AP]"
VENUE_ARXIV_ID_RE = re.compile(r"[\s:]+\d{4}\.\d{4,5}(?:v\d+)?(?:\s*\[[\w.-]+\])?\s*$")
# identifiers leading a venue before the journal's name: "arXiv:2112.01202, JHEP", "arXiv:1807.08234,
# doi:10.1103/x.98, Widget Rev. D"
VENUE_ID_LEAD_RE = re.compile(
    r"^\s*(?:(?:arxiv\s*:?\s*\d{4}\.\d{4,5}(?:v\d+)?(?:\s*\[[\w.-]+\])?|doi:\s*\S+)\s*[,;]\s*)+(?=[^\W\d_])",
    re.IGNORECASE,
)
# a publisher's sentence after the venue's: "Teaching Widgets. Widget Academic Press"
VENUE_PUBLISHER_TAIL_RE = re.compile(
    r"\.\s+[A-Z][\w&'’. -]*\b(?:press|publishing|publishers|verlag|books)\b\.?\s*$", re.IGNORECASE
)
# what a venue span may hold that names no venue: numbers, dates, volume/issue/page words
VENUE_NO_NAME_RE = re.compile(
    rf"^(?:[\W\d_]|\b(?:{_MONTH}|vol|volume|no|issue|pp|pages?|art|n\.?d)\b)*$", re.IGNORECASE
)
# an author span the model labelled with its co-author note's lead: "with A and B", "(joint with A)":
# the owner, not printed, leads the list
COAUTHOR_LEAD_RE = re.compile(
    r"^\s*\(?\s*(?:joint(?:ly)?\s+with|in\s+collaboration\s+with|authored\s+with|with|avec|w/)\s+(?=[A-Z])",
    re.IGNORECASE,
)
