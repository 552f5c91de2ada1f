"""A grant entry's fields by rule ("Sand in motion, NSF, $450,000, PI, 2021-2024").

The date range is cut out first, then the amount, its duration ("/ 3 years") and the role
(``GRANT_AMOUNT_RE``, ``GRANT_DURATION_RE``, ``GRANT_ROLE_RE``), the fields' labels ("Grant:",
"Amount:") and a trailing place ("Ithaca, NY"); the funder is the part naming a known funder
(``patterns/funding.tsv``) or an organization, or a short name after the first part, without the
grant's number; the title is the first remaining part. A lone part that names an organization and
no grant ("Grant: Dune Society of America, Amount: $800") is the funder of an untitled grant.
An entry printed as a citation ("Doe, J., Roe, A. (May 2023, £500). Sand in motion. Dune Fund.")
is read as one: its people are not the grant, the bracket holds its facts, then title and funder.
An entry printed as sentences, one field each ("2017: Dune Trust. Sand in motion. Co-PI.",
"Lead researcher. Sand in motion. 2012-2013 / DUNE-SP, Tarrow Agency.") is read sentence by
sentence; a grant stated as a sentence naming its giver ("Dune Fellowship for Master studies by
Tarrow University") is read from the sentence's words.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache
from typing import NamedTuple

from extractor.parse.dates import find_date_range
from extractor.parse.entries import has_word
from extractor.parse.grant_cues import names_grant
from extractor.parse.places import looks_like_location
from extractor.parse.text import strip_part
from extractor.patterns import _toml, find_funding_sources, words
from extractor.patterns.grant_regexes import (
    ABBREVIATION_END_RE,
    FUNDER_ACRONYMS_RE,
    GRANT_AUTHOR_LEAD_RE,
    GRANT_FIELD_LABEL_RE,
    GRANT_GIVER_RE,
    GRANT_PURPOSE_TAIL_RE,
    GRANT_ROLE_SENTENCE_RE,
    GRANT_ROLE_TAIL_RE,
    GRANT_SENTENCE_LEAD_RE,
    GRANT_SENTENCE_NOTE_RE,
    LABEL_LEAD_RE,
    LIST_NUMBER_LEAD_RE,
    QUOTED_RUN_RE,
)
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
    if (fields := read_sentence_grant(text) or read_prose_grant(text)) is not None:
        return fields
    text, facts = cut_facts(text)
    text = GRANT_FIELD_LABEL_RE.sub(" , ", text)
    parts = [strip_part(p) for p in ENTRY_PART_SEPARATOR_RE.split(text)]
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


def names_fields(text: str) -> bool:
    """An entry that labels its fields or quotes its title ("Grant: Dune Fund", "“Sand in motion”,
    Dune Trust. Award Term 2021-2024."): read by its parts, not as sentences."""
    return is_labelled_grant(text) or QUOTED_RUN_RE.search(text) is not None


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


def cut_facts(text: str, gap: str = " ") -> tuple[str, GrantFacts]:
    """The entry's text without its date range, amount (and its duration) and role, and those facts.
    ``gap`` replaces the date and the amount (" . " where they end a sentence of their own)."""
    start = end = None
    dates = find_date_range(text)
    if dates is not None and not dates.empty:
        start, end = dates.start, dates.end
        if start is None:
            start = end  # a lone year: the year of the award
        text = text.replace(dates.matched, gap, 1)
    amount = role = None
    if (match := GRANT_AMOUNT_RE.search(text)) is not None:
        amount = match.group(0).strip(" ,.")
        text = text[: match.start()] + (" , " if gap == " " else gap) + text[match.end() :]
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


# A grant printed as sentences states at least this many (its title, its funder, its role or host).
MIN_GRANT_SENTENCES = 3
# ... or two, the funder's first ("2010: Dune Trust. Sand in motion.").
MIN_FUNDER_LED_SENTENCES = 2
# A sentence of at most this many words that opens with a short name ("DUNE-SP Joint Center") names a funder.
MAX_SHORT_FUNDER_WORDS = 4


def is_sentence_grant(text: str) -> bool:
    """An entry printed as sentences, one field each ("2017: Dune Trust. Sand in motion. Co-PI.")."""
    return read_sentence_grant(text) is not None


def read_sentence_grant(text: str) -> GrantFields | None:
    """A grant printed as sentences, one field each: its funder ("2017: Dune Trust. Sand in motion.
    Co-PI.", "Lead researcher. Sand in motion. 2012-2013 / DUNE-SP, Tarrow Agency. ~$30,000."), a
    role, a host, notes. The funder is the first sentence naming a known funder or one by its short
    name, else the first naming an organization; the title is the longest sentence after it that is
    neither a programme's name nor a host ("Pilot Grant. Office of the Dean. Sand in motion. Hill
    University."), else the first before it. None when the entry is not so printed (or labels its
    fields or quotes its title: read by its parts)."""
    if names_fields(text):
        return None
    text = GRANT_SENTENCE_NOTE_RE.sub(" ", LIST_NUMBER_LEAD_RE.sub("", text)).replace("~", " ")
    printed = grant_sentences(text)  # the printed sentences (a date or an amount ends one below)
    if sum(LABEL_LEAD_RE.match(sentence) is not None for sentence in printed) > 1:
        return None  # "Project: Sand. Number: 12. Amount: ...": labelled fields, not sentences
    count = len(printed)
    body, facts = cut_facts(text, gap=" . ")
    role, kept = facts.role, []
    for sentence in grant_sentences(body):
        if GRANT_ROLE_SENTENCE_RE.fullmatch(sentence):
            role = role or sentence
            continue
        if (tail := GRANT_ROLE_TAIL_RE.search(sentence)) is not None:
            role = role or tail.group("role")
            sentence = sentence[: tail.start()]
            count += 1  # "Sand in motion Co-PI.": the title's sentence names the role too
        if not states_facts_only(sentence) and not sentence.startswith("("):
            kept.append(sentence)
    if count < MIN_GRANT_SENTENCES:
        funder = funder_then_title(kept) if count >= MIN_FUNDER_LED_SENTENCES else None
        return GrantFields(kept[1], funder, facts.amount, role, facts.start, facts.end) if funder else None
    at = funder_sentence(kept) if len(kept) >= 2 else None
    if at is None:
        return None
    title = title_sentence(kept[:at], kept[at + 1 :])
    if title is None:
        return None
    return GrantFields(title, funder_name(kept[at]), facts.amount, role, facts.start, facts.end)


# A sentence with a number and at most this many words of letters states facts ("80,000 (per year)").
MAX_FACT_WORDS = 2


def states_facts_only(sentence: str) -> bool:
    """A sentence that states an amount, or a number and a word or two ("80,000 (16,000 / year)"):
    neither a title nor a funder."""
    if GRANT_AMOUNT_RE.search(sentence):
        return True
    named = [w for w in sentence.split() if sum(c.isalpha() for c in w) > 1]
    return any(c.isdigit() for c in sentence) and len(named) <= MAX_FACT_WORDS


# A body that gives grants is named in a few words; a longer run naming one is a title.
MAX_BODY_WORDS = 8


def names_body(part: str) -> bool:
    """A part that names an organization in a few words ("Tarrow University Physics Department")."""
    return len(part.split()) <= MAX_BODY_WORDS and names_funder(part)


def funder_then_title(sentences: list[str]) -> str | None:
    """Two sentences, a funder's name then a title that is neither a body's short name nor a label:
    the funder, without the place printed after it ("Dune Trust. Sand in motion.", "Dune Centre,
    DC, Lima, Peru. Sand in motion." -> "Dune Centre, DC"). None for "Dune Trust, Ruritania. Sand,
    PI J. Doe, Budget" (a funder run of parts), "Dune Grant. Role: Trainee", "Dune Trust. Hill
    University."."""
    if len(sentences) != 2:
        return None
    first, title = sentences
    parts = without_place(part.strip() for part in first.split(","))
    lone = len(parts) == 1 or (len(parts) == 2 and is_acronym(parts[1]))
    funder = ", ".join(parts)
    named = names_funder(funder) or bool(find_funding_sources(funder))
    if lone and named and not names_body(title) and LABEL_LEAD_RE.match(title) is None:
        return funder
    return None


def grant_sentences(text: str) -> list[str]:
    """The sentences of an entry's text that hold words, split at periods but not after an
    abbreviation or an initial ("U.S. Department", "Ph.D. Fellowship")."""
    pieces: list[str] = []
    start = 0
    for match in SENTENCE_BREAK_RE.finditer(text):
        if match.group(0).startswith(".") and ABBREVIATION_END_RE.search(text[start : match.start()]):
            continue
        pieces.append(text[start : match.start()])
        start = match.end()
    pieces.append(text[start:])
    sentences = [" ".join(p.split()).strip(" .,;:~") for p in pieces]
    return [s for s in sentences if sum(c.isalpha() for c in s) > 1]


def funder_sentence(sentences: list[str]) -> int | None:
    """The index of the sentence naming the funder: the first naming a known funder or one by its
    short name ("CONICYT, Chile", "DUNE-SP Joint Center"), else the first naming an organization."""
    for n, sentence in enumerate(sentences):
        if names_funder_by_name(sentence):
            return n
    return next((n for n, sentence in enumerate(sentences) if names_funder(sentence)), None)


def names_funder_by_name(sentence: str) -> bool:
    """A sentence naming a known funder, or one by its short name: a part that is one ("Tarrow,
    DUNE"), or a short sentence opening with one ("DUNE-SP Joint Center")."""
    words = sentence.split()
    head = words[0].split("-")[0] if words else ""
    return (
        bool(find_funding_sources(sentence))
        or any(is_acronym(part.strip()) for part in sentence.split(", "))
        or (len(words) <= MAX_SHORT_FUNDER_WORDS and len(head) > 2 and is_acronym(head))
    )


def title_sentence(before: list[str], after: list[str]) -> str | None:
    """A sentence-printed grant's title: the longest sentence after the funder's that names no
    programme (no grant or fund word), no host organization and no place, else the first before it,
    else the first after it."""
    titles = [s for s in after if not names_grant(s) and not names_host(s) and not looks_like_location(s)]
    if titles:
        return max(titles, key=len)
    return before[0] if before else (after[0] if after else None)


# A host organization is named in a few words ("Universidad Nacional de Tarrow").
MAX_HOST_WORDS = 6


def names_host(sentence: str) -> bool:
    """A sentence naming only the organization that hosted a grant ("Hill University", "Universidad
    de Tarrow, Lima, Peru"): its first part names no grant and opens or ends with an organization's word."""
    named = [w.strip(".,;:()").casefold() for w in sentence.split(", ")[0].split()]
    ends = {named[0], named[-1]} if named else set()
    return len(named) <= MAX_HOST_WORDS and names_body_only(sentence) and bool(ends & words("org_words"))


def is_prose_grant(text: str) -> bool:
    """An entry stating a grant as a sentence: "Awarded the Dune Fellowship for two years of research",
    "Mobility grant from the Hill programme"."""
    return read_prose_grant(text) is not None


def read_prose_grant(text: str) -> GrantFields | None:
    """A grant stated as a sentence: its name, what it was for, who gave it ("Dune Fellowship for
    Master studies by Tarrow University, Ruritania (€16,000; 2016-2018)" -> "Dune Fellowship", "Tarrow
    University, Ruritania"; "Funding from the Dune Council (DC) for a project on sand" -> "project on
    sand", "Dune Council (DC)"), or opened by its verb with no giver ("Awarded Dune Fellowship for two
    years of research" -> "Dune Fellowship"). None when the entry is not so stated (or labels its
    fields or quotes its title: read by its parts)."""
    if names_fields(text):
        return None
    text = LIST_NUMBER_LEAD_RE.sub("", text)
    body, facts = cut_facts(text)
    body = " ".join(body.split()).strip(" ,.;:")
    lead = GRANT_SENTENCE_LEAD_RE.match(body)
    body = body[lead.end() :] if lead is not None else body
    match = GRANT_GIVER_RE.match(body)
    if match is not None:
        funder, rest = giver_and_rest(match.group("funder"))
        name = without_article(match.group("name"))
        purpose = match.group("purpose") or (rest.removeprefix("for ") if rest.startswith("for ") else None)
        title = name if len(name.split()) > 1 else (without_article(purpose) if purpose else None)
        if title and funder:
            return GrantFields(title.strip(" ,.;:"), funder, *facts)
        return None
    text = " ".join(text.split())
    lead = GRANT_SENTENCE_LEAD_RE.match(text)  # the purpose's duration ("for 2 years of") is kept here
    if lead is not None and (tail := GRANT_PURPOSE_TAIL_RE.search(text, lead.end())) is not None:
        title = without_article(text[lead.end() : tail.start()] + tail.group("word"))
        if len(title.split()) > 1:
            return GrantFields(title, None, *facts)
    return None


def giver_and_rest(run: str) -> tuple[str, str]:
    """The giver named at the start of ``run`` and what follows it: the run up to a bracket that is
    not the giver's short names, or up to the word after those short names ("Dune Council (DC) for a
    project" -> ("Dune Council (DC)", "for a project")); a sentence's end, or a comma before a part
    that opens in lower case or is empty, ends it too."""
    acronyms = FUNDER_ACRONYMS_RE.search(run)
    bracket = run.find("(")
    if acronyms is not None and acronyms.start() == bracket:
        return run[: acronyms.end()].strip(" ,.;:"), run[acronyms.end() :].strip(" ,.;:")
    if bracket >= 0:
        run = run[:bracket]
    head, *parts = SENTENCE_BREAK_RE.split(run, maxsplit=1)[0].split(",")
    for part in parts:  # "Tarrow University, Ruritania" goes on; ", for a stay at ..." does not
        if not part.strip()[:1].isupper():
            break
        head = f"{head},{part}"
    return head.strip(" ,.;:"), ""


def without_article(text: str) -> str:
    """``text`` without a leading article ("a project on sand" -> "project on sand")."""
    words = text.strip().split(maxsplit=1)
    return words[1] if len(words) == 2 and words[0].casefold() in {"a", "an", "the"} else text.strip()
