"""A grant entry's fields by rule ("Sand in motion, NSF, $450,000, PI, 2021-2024").

The date range is cut out first, then the amount, its duration ("/ 3 years") and the role
(``GRANT_AMOUNT_RE``, ``GRANT_DURATION_RE``, ``GRANT_ROLE_RE``), the fields' labels ("Grant:",
"Amount:") and a trailing place ("Ithaca, NY"); the funder is the part naming a known funder
(``patterns/funding.tsv``) or an organization, or a short name after the first part, without the
grant's number; the title is the first remaining part. A lone part that names an organization and
no grant ("Grant: Dune Society of America, Amount: $800") is the funder of an untitled grant.
An entry printed as a citation ("Doe, J., Roe, A. (May 2023, £500). Sand in motion. Dune Fund.")
is read as one: its people are not the grant, the bracket holds its facts, then title and funder.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache
from typing import NamedTuple

from extractor.parse.dates import find_date_range
from extractor.parse.entries import has_word
from extractor.parse.grant_cues import names_grant
from extractor.parse.places import looks_like_location
from extractor.patterns import _toml, find_funding_sources, words
from extractor.patterns.grant_regexes import GRANT_AUTHOR_LEAD_RE, GRANT_FIELD_LABEL_RE
from extractor.patterns.regexes import (
    ENTRY_PART_SEPARATOR_RE,
    GRANT_AMOUNT_RE,
    GRANT_DURATION_RE,
    GRANT_ROLE_RE,
    SENTENCE_BREAK_RE,
)


class GrantFields(NamedTuple):
    title: str | None
    funder: str | None
    amount: str | None
    role: str | None
    start: str | None
    end: str | None


def read_grant(text: str) -> GrantFields | None:
    """The fields of one grant entry's text (on one line); None when it names neither a title nor a
    funder."""
    cited = GRANT_AUTHOR_LEAD_RE.match(text)
    if cited is not None and (fields := read_cited_grant(cited.group("facts"), cited.group("rest"))):
        return fields
    text, facts = cut_facts(text)
    text = GRANT_FIELD_LABEL_RE.sub(" , ", text)
    parts = [p.strip(" .,:;()[]") for p in ENTRY_PART_SEPARATOR_RE.split(text)]
    parts = without_place(p for p in parts if p and any(c.isalpha() for c in p))
    funder = None
    for n, part in enumerate(parts):
        if find_funding_sources(part) or (n > 0 and (names_funder(part) or is_acronym(part))):
            funder = funder_name(parts.pop(n))
            break
    if funder is None and len(parts) == 1 and names_body_only(parts[0]):
        funder = parts.pop()  # "Grant: Dune Society of America": the body that gave it, no title
    title = parts[0].strip("\"“”‘’'") if parts else None
    if title is None and funder is None:
        return None
    return GrantFields(title, funder, *facts)


def is_cited_grant(text: str) -> bool:
    """An entry printed as a citation: people, bracketed facts, then its sentences ("Doe, J., Roe,
    A. (May 2023, £500). Sand in motion. Dune Fund.")."""
    return GRANT_AUTHOR_LEAD_RE.match(text) is not None


def is_labelled_grant(text: str) -> bool:
    """An entry that labels its fields ("2023 Grant: Dune Fund, Amount: $800", "Fellowship: Sand
    studies, Dune Council"): a label opens the entry (after its date) or one of its parts."""
    return GRANT_FIELD_LABEL_RE.search(cut_facts(text)[0]) is not None


class GrantFacts(NamedTuple):
    amount: str | None
    role: str | None
    start: str | None
    end: str | None


def cut_facts(text: str) -> tuple[str, GrantFacts]:
    """The entry's text without its date range, amount (and its duration) and role, and those facts."""
    start = end = None
    dates = find_date_range(text)
    if dates is not None and not dates.empty:
        start, end = dates.start, dates.end
        if start is None:
            start = end  # a lone year: the year of the award
        text = text.replace(dates.matched, " ", 1)
    amount = role = None
    if (match := GRANT_AMOUNT_RE.search(text)) is not None:
        amount = match.group(0).strip(" ,.")
        text = text[: match.start()] + " , " + text[match.end() :]
    text = GRANT_DURATION_RE.sub(" ", text)
    if (match := GRANT_ROLE_RE.search(text)) is not None:
        role = match.group(0)
        text = text[: match.start()] + " , " + text[match.end() :]
    return text, GrantFacts(amount, role, start, end)


def read_cited_grant(facts_text: str, rest: str) -> GrantFields | None:
    """A grant printed as a citation, its people already cut: the bracket's facts ("August 2023,
    £512.50") and the sentences after it, the title first and the funder last ("Sand in motion.
    Hill Research Fund, Tarrow University."). None when nothing follows the bracket."""
    _, facts = cut_facts(facts_text)
    sentences = [s.strip(" .") for s in SENTENCE_BREAK_RE.split(" ".join(rest.split()))]
    sentences = [s for s in sentences if any(c.isalpha() for c in s)]
    if not sentences:
        return None
    if len(sentences) == 1:
        return GrantFields(sentences[0], None, *facts)
    return GrantFields(". ".join(sentences[:-1]), funder_name(sentences[-1]), *facts)


# A trailing place is at most this many parts ("Ithaca, NY, USA").
MAX_PLACE_PARTS = 3


def without_place(parts: Iterable[str]) -> list[str]:
    """The entry's parts without a trailing run that names a place ("Dune Fund", "NY", "USA" ->
    "Dune Fund"): where the grant was held is neither its title nor its funder. A lone part stays."""
    kept = list(parts)
    for size in range(min(MAX_PLACE_PARTS, len(kept) - 1), 0, -1):
        if looks_like_location(", ".join(kept[-size:])):
            return kept[:-size]
    return kept


def names_body_only(part: str) -> bool:
    """A part that names an organization ("Dune Society of America", "Tarrow Center for Sand") and
    no grant, fund or fellowship: an untitled grant's funder, not its title."""
    named = {w.strip(".,;:()[]").casefold() for w in part.split()}
    return names_funder(part) and not names_grant(part) and not named & words("fellowship_words")


def names_funder(part: str) -> bool:
    """A part naming an organization or a funding body ("Hill University", "Dune Trust")."""
    words = {w.strip(".,;:()").casefold() for w in part.split()}
    return has_word(part, "org_words") or bool(words & _funder_words())


@cache
def _funder_words() -> frozenset[str]:
    return frozenset(w.casefold() for w in _toml("item_words")["funder"])


def is_acronym(part: str) -> bool:
    """A part that is one capitalised short name, as a funder after a grant's title often is: "UMN",
    "NERC", "DGAPA-UNAM"."""
    letters = part.replace("-", "")
    return " " not in part and 2 <= len(letters) <= MAX_ACRONYM and letters.isalpha() and letters.isupper()


# A funder's short name ("NERC") has at most this many letters.
MAX_ACRONYM = 10


def funder_name(funder: str) -> str:
    """A funder without the grant's number printed after it: "Tarrow Trust TT-2041/7" -> "Tarrow
    Trust"; an agency's acronym keeps no programme code after it: "NSF DMS 1234567" -> "NSF"."""
    words = funder.split()
    numbered = False
    while len(words) > 1 and any(c.isdigit() for c in words[-1]):
        words.pop()
        numbered = True
    if numbered and len(words) > 1 and find_funding_sources(words[0]) and all(map(is_acronym, words[1:])):
        words = words[:1]
    return " ".join(words)
