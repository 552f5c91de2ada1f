"""Grants: title, funder, amount, role, start, end ("Sand in motion, NSF, $450,000, PI, 2021-2024").

The rules (``extractor.parse.grants``) read every field; where the learned grant model is there
(``extractor.learn.items``, the rules' fields among its features) it chooses the title and the
funder (the rules' funder where the model sees none), and the amount and role regexes and the date
grammar keep theirs. Under a heading that lists awards beside grants ("Grants and Awards"), an entry
that names an honour and no grant is read as an award (``fields.awards``, corpus/README.md).
"""

from __future__ import annotations

from collections.abc import Callable

from extractor.document import Block, Section
from extractor.fields.context import Found, ParseContext, entry_text, evidence_for, learned_fields
from extractor.parse.dates import find_date_range
from extractor.parse.entries import has_word
from extractor.parse.grant_cues import names_fellowship, names_grant, names_honour, routes_to_award
from extractor.parse.grants import (
    funder_name,
    is_acronym,
    is_cited_grant,
    is_labelled_grant,
    is_prose_grant,
    is_sentence_grant,
    names_funder,
    read_grant,
)
from extractor.parse.places import looks_like_location
from extractor.patterns import find_funding_sources
from extractor.patterns import words as words_of
from extractor.patterns.grant_regexes import (
    ENTRY_RUN_RE,
    FUNDER_JOIN_TAIL_RE,
    FUNDER_NOTE_LEAD_RE,
    FUNDER_UNIT_PART_RE,
    NAME_RUN_END_RE,
)
from extractor.patterns.regexes import GRANT_AMOUNT_RE, GRANT_ROLE_RE, GRANT_TITLE_LEAD_RE, QUOTED_TITLE_RE
from extractor.profile import Award, Evidence, Grant
from extractor.segment import split_entries

# Reads one entry as an award (``fields.awards.award_of_block``, given by the handler table: handlers
# do not import each other).
AwardReader = Callable[[Block, ParseContext], Award | None]


def parse_grants(section: Section, ctx: ParseContext, award_reader: AwardReader | None = None) -> Found:
    found = Found()
    # "Grants and Awards", "Fellowships and Grants": a heading naming honours or fellowships (an
    # awards heading's words, corpus/README.md) beside the grants
    lists_awards = bool(section.label and (names_honour(section.label) or names_fellowship(section.label)))
    for block in split_entries(section):
        if award_reader is not None and lists_awards and routes_to_award(entry_text(block.lines).flat):
            # "Grants and Awards" read as grants: an entry that names an honour and no grant is an
            # award (corpus/README.md: each item goes to one list by what it says)
            award = award_reader(block, ctx)
            if award is not None:
                found.add("awards", award)
                continue
        grant = grant_of_block(block, ctx)
        if grant is not None:
            found.add("grants", grant)
    return found


def grant_of_block(block: Block, ctx: ParseContext) -> Grant | None:
    """The grant one entry states (the rules' fields, the learned model's title and funder where it
    is there), or None when it names neither a title nor a funder."""
    entry = entry_text(block.lines)
    grant = parse_grant(entry.flat, evidence_for(block, ctx), block.confidence)
    learned = learned_fields("grants", entry, ctx)
    if grant is not None and reads_exactly(entry.flat):
        # a shape the rules read exactly (a citation's sentences, labelled fields); the model only
        # names a funder the rules did not find, unless it names the place
        funder = learned.get("funder") if learned and grant.funder is None else None
        if funder and not looks_like_location(funder) and not printed_within(funder, grant.title):
            grant = grant.model_copy(update={"funder": funder_name(funder)})
        return grant
    if learned and (learned.get("title") or learned.get("funder")):
        # the model's title and funder; the amount and role regexes and the date grammar are exact
        title, funder = learned.get("title"), learned.get("funder")
        if not (title and funder):
            title, funder = title_and_funder(title or funder or "") or (title, funder)
        if funder is None and grant is not None and grant.funder and not printed_within(grant.funder, title):
            funder = grant.funder  # the model saw no funder where the rules name one
        title, funder = name_before_funder(title, funder)
        if grant is None:
            grant = Grant(
                title=title, funder=funder, evidence=evidence_for(block, ctx), confidence=block.confidence
            )
        else:
            grant = grant.model_copy(update={"title": title, "funder": funder})
    if grant is None:
        return None
    grant = funder_after_name(without_lead(name_as_title(settle_title(grant, entry.text))))
    grant = with_whole_funder(funder_part_from_title(grant, entry.text), entry.text)
    grant = with_name_run(grant, entry.text)
    return funder_opening_name(grant)


def funder_part_from_title(grant: Grant, text: str) -> Grant:
    """A grant whose title ends with the head of the funder's printed part ("Lake Fellowship, Tarrow"
    / "Institute for Sand Studies" of "Lake Fellowship, Tarrow Institute for Sand Studies"): that head
    goes back to the funder. ``text`` is the entry's lines, joined by newlines."""
    title, funder = grant.title, grant.funder
    if not title or not funder or ", " not in title:
        return grant
    name, head = title.rsplit(", ", 1)
    whole = f"{head} {funder}"
    parts = [part.strip(" .") for line in text.split("\n") for part in ENTRY_RUN_RE.split(line)]
    if not name.strip() or whole not in parts:
        return grant
    return grant.model_copy(update={"title": name.strip(), "funder": whole})


def with_whole_funder(grant: Grant, text: str) -> Grant:
    """A grant whose funder was read as the tail or the head of one printed run: the run's last
    name after a slash or a spaced dash ("ALADDIN" in "Dune Grid Institute / ALADDIN", "KESTREL" in
    "Sand Research Programme - KESTREL") is the whole run; a bracketed note before it ("(SP), Dune
    Agency") is cut. ``text`` is the entry's lines, joined by newlines."""
    funder = grant.funder
    if not funder:
        return grant
    whole = FUNDER_NOTE_LEAD_RE.sub("", funder).strip() or funder
    for line in text.split("\n"):
        for part in ENTRY_RUN_RE.split(line):
            part = part.strip(" .")
            head, joined, tail = part.rpartition(whole)
            if joined and not tail.strip(" .") and joins_a_name(head, grant.title):
                whole = part
    return grant if whole == funder else grant.model_copy(update={"funder": whole})


def joins_a_name(head: str, title: str | None) -> bool:
    """The run before a funder joins its name to it ("Dune Grid Institute /"): it ends with a slash
    or a spaced dash, holds no date or amount (no digit), and is not the grant's title ("Sand in
    motion - Dune Trust" prints a title, then its funder)."""
    name = FUNDER_JOIN_TAIL_RE.sub("", head).strip()
    return (
        FUNDER_JOIN_TAIL_RE.search(head) is not None
        and not any(c.isdigit() for c in head)
        and not (title and (printed_within(name, title) or printed_within(title, name)))
    )


def reads_exactly(text: str) -> bool:
    """An entry whose shape the rules read exactly, field by field: a grant printed as a citation
    ("Doe, J. (May 2023, £500). Sand in motion. Dune Fund."), with its fields labelled ("Grant: Dune
    Fund, Amount: $800"), as sentences, one field each ("2017: Dune Trust. Sand in motion. Co-PI."),
    or stated as a sentence naming its giver ("Dune Fellowship for Master studies by Tarrow
    University"). The learned model, which reads parts by their words, is not asked."""
    return is_cited_grant(text) or is_labelled_grant(text) or is_sentence_grant(text) or is_prose_grant(text)


def names_a_grant(part: str) -> bool:
    """A part that is the name of a grant or an award ("Kestrel Travel Grant", "Dune Fellowship")."""
    from extractor.learn.items import names_word_of  # the list models' word groups (loaded on use)

    return names_grant(part) or names_word_of("award", part)


def name_before_funder(title: str | None, funder: str | None) -> tuple[str | None, str | None]:
    """A title and funder read the wrong way round: the "funder" names a grant or an award and the
    "title" reads as a funder and names none ("Dune Society" / "Kestrel Travel Grant": the grant's
    name over the line of the body that gave it). Swapped back; else unchanged."""
    if title and funder and names_a_grant(funder) and not names_a_grant(title) and names_body(title):
        return funder, title
    return title, funder


# A body that gives grants is named in a few words ("Tarrow University Physics Department"); a longer
# run that reads as one is a title naming a place ("Sand in motion in the lakes of Example University").
MAX_FUNDER_WORDS = 8


def names_body(part: str) -> bool:
    """A part that is the name of a body that gives grants: it reads as a funder, in a few words."""
    return len(part.split()) <= MAX_FUNDER_WORDS and reads_as_funder(part)


def without_lead(grant: Grant) -> Grant:
    """A grant whose title was read out of a sentence without its lead words ("Recipient of the
    Dune Fund" -> "Dune Fund"; "of the Dune Fund", the verb cut, too)."""
    if not grant.title:
        return grant
    title = GRANT_TITLE_LEAD_RE.sub("", grant.title, count=1)
    return grant if title == grant.title else grant.model_copy(update={"title": title})


def funder_after_name(grant: Grant) -> Grant:
    """A grant read with no funder whose title is a grant's, a fellowship's or a scholarship's name,
    then the body that gave or hosts it, after a comma ("Dune Fund, Hill College, Tarrow University",
    "Lake Scholarship in Geology, Hill College"): the parts after the name are the funder."""
    if grant.funder or not grant.title or ", " not in grant.title:
        return grant
    name, rest = grant.title.split(", ", 1)
    if names_a_grant(name) and names_funder(rest) and not names_a_grant(rest):
        return grant.model_copy(update={"title": name, "funder": rest})
    return grant


def with_name_run(grant: Grant, text: str) -> Grant:
    """A funder read short of the name printed on: a body's name cut before its "of"/"for" run ("Dune
    Agency, Offices" in "Dune Agency, Offices of Sand and Glass Research"), or a short name of at most
    ``MAX_CUT_SHORT_NAME`` capitals, not a known funder's, before the name words that finish it ("UC"
    in "UC Lake City"); then a unit of the body printed as the next comma part ("Dune Agency" of
    "Dune Agency, Office of Sand Research", ``FUNDER_UNIT_PART_RE``). A run ends at a comma, a
    semicolon, a sentence's end or a bracket, and holds no digit and no grant's or award's word.
    ``text`` is the entry's lines, joined by newlines."""
    funder = grant.funder
    if not funder:
        return grant
    flat = " ".join(text.split())
    at = flat.find(funder)
    if at < 0:
        return grant
    whole = funder + name_run_after(funder, flat[at + len(funder) :])
    rest = flat[at + len(whole) :]
    if rest.startswith(", ") and FUNDER_UNIT_PART_RE.match(rest[2:]):
        unit = NAME_RUN_END_RE.split(rest[2:], maxsplit=1)[0].strip()
        if is_plain_name(unit):
            whole = f"{whole}, {unit}"
    return grant if whole == funder else grant.model_copy(update={"funder": whole})


def name_run_after(funder: str, after: str) -> str:
    """The words that finish a funder's name cut short (``with_name_run``), with the space before
    them, or ""."""
    run = NAME_RUN_END_RE.split(after, maxsplit=1)[0]
    words = run.split()
    if not words or not is_plain_name(run):
        return ""
    connected = words[0].casefold() in {"of", "for"}
    short = (
        is_acronym(funder)
        and len(funder) <= MAX_CUT_SHORT_NAME
        and not find_funding_sources(funder)
        and words[0][:1].isupper()
    )
    return " " + " ".join(words) if connected or short else ""


def is_plain_name(run: str) -> bool:
    """A run of name words with no digit and no grant's or award's word ("of Sand and Glass
    Research", "Lake City")."""
    words = run.split()
    return (
        bool(words)
        and not any(c.isdigit() for c in run)
        and not names_a_grant(run)
        and all(is_name_word(w) for w in words)
    )


# A short name the model reads alone when the name goes on ("UC" of "UC Lake City") has at most this
# many capitals; a longer one is a body's whole short name ("NERC").
MAX_CUT_SHORT_NAME = 3


def is_name_word(word: str) -> bool:
    """A word of a body's name: capitalized, or a lowercase word names hold ("of", "and")."""
    return word[:1].isupper() or word.casefold() in words_of("name_connectors")


def ends_body_run(word: str) -> bool:
    """A word the "of"/"for" run of a body's name stops before: a grant's word or one opening the
    programme's own name (``patterns/programme_words.txt``: "Summer", "Research", "Program")."""
    return names_a_grant(word) or word.strip(".,;:()").casefold() in words_of("programme_words")


def funder_opening_name(grant: Grant) -> Grant:
    """A grant read with no funder whose name opens with the body that gives it: a short name in
    capitals ("DUNE Doctoral Studentship"), or a body's name up to its organization word and the
    "of"/"for" run after it ("Tarrow Institute for Sand Studies Travel Grant", "Example Research
    Council Fellowship"). The name must go on with the grant's own words, one naming a grant, a
    fellowship or an award; a project's title, a telescope's programme, is left alone."""
    title = grant.title
    if grant.funder or not title:
        return grant
    body = body_opening(title)
    if body is None or not names_a_grant(title[len(body) :]):
        return grant
    return grant.model_copy(update={"funder": body})


def body_opening(name: str) -> str | None:
    """The body's name a grant's name opens with (``funder_opening_name``), or None."""
    words = name.split()
    if len(words) < 2:
        return None
    if is_acronym(words[0].strip(",:")):
        return words[0].strip(",:")
    for n, word in enumerate(words):
        if names_a_grant(word) or not is_name_word(word):
            return None
        if has_word(word, "org_words"):
            end = n + 1
            if end < 2 and not (end < len(words) and words[end].casefold() in {"of", "for"}):
                return None  # a lone organization word ("University Fellowship") names no body
            if end < len(words) and words[end].casefold() in {"of", "for"}:
                end += 1
                while end < len(words) and words[end][:1].isupper() and not ends_body_run(words[end]):
                    end += 1
            return " ".join(words[:end]) if end < len(words) else None
    return None


def name_as_title(grant: Grant) -> Grant:
    """An untitled grant whose funder names a grant or a fellowship ("Hill Research Fund", "Kestrel
    Travel Grant", "Dune Council Doctoral Fellowship") or reads as no funder (no organization, known
    funder or short name: "Sand in Motion Fellowship") was read the wrong way round: that name is the
    grant's title (the body it opens with may be the funder, ``funder_opening_name``)."""
    funder = grant.funder
    named = names_grant(funder or "") or names_fellowship(funder or "")
    if grant.title is None and funder and (named or not reads_as_funder(funder)):
        return grant.model_copy(update={"title": funder, "funder": None})
    return grant


def reads_as_funder(part: str) -> bool:
    """A part naming an organization, a known funder or one by its short name ("Dune Trust", "NSF")."""
    return names_funder(part) or bool(find_funding_sources(part)) or is_acronym(part)


def settle_title(grant: Grant, text: str) -> Grant:
    """A grant whose title the entry shows more plainly than a reading by parts: the quoted title
    ("Dune Trust. “Sand in motion” ($5k)": the run before the quote is the funder when none was
    read), else the entry's last lines when they are plain text under lines of facts ("$5,000, PI,
    2021-2023" / "Sand in motion in small lakes"). ``text`` is the entry's lines, joined by newlines."""
    title, funder = grant.title, grant.funder
    quoted = quoted_title(" ".join(text.split()))
    if quoted is not None:
        if title and printed_within(quoted, title) and not printed_within(title, quoted):
            before = title[: title.find(quoted[: min(len(quoted), QUOTE_LEAD)])]
            before = GRANT_ROLE_RE.sub(" ", before).strip(" .,;:“”\"‘’'")
            if funder is None and before:
                funder = funder_name(before)
            title = quoted
    else:
        plain = plain_last_lines(text)
        if plain and funder_under_name(plain, text):
            # "Dune Fellowship ($5k) 2021-2023" / "Tarrow University Physics Department": the body
            # that gave the grant named above, not a title printed under its facts
            if title is None or printed_within(title, plain):
                facts = read_grant(" ".join(text[: text.rfind(plain.split()[0])].split()))
                title = facts.title if facts is not None else None
            if funder is None or printed_within(funder, plain) or printed_within(funder, title):
                funder = plain
            plain = None
        if plain and not (title and printed_within(title, plain)) and not _in_plain_line(title, text):
            title = plain
        elif plain and title and printed_within(title, plain):
            title = plain  # a title wrapped over the plain lines, cut short
        if funder and title and printed_within(funder, title):
            funder = None
        if plain and title == plain and funder is None:
            facts = read_grant(" ".join(text[: text.rfind(plain.split()[0])].split()))
            # the facts' lines name the funder, or hold nothing else once the date, amount and role are cut
            funder = facts.funder or facts.title if facts is not None else None
    if funder:
        funder = funder_name(_with_next_word(funder, " ".join(text.split())))
    if funder and title and _letters(funder) == _letters(title):
        funder = None
    if (title, funder) == (grant.title, grant.funder):
        return grant
    return grant.model_copy(update={"title": title, "funder": funder})


# The first letters of a quoted title found again in the title read around it.
QUOTE_LEAD = 12
# A plain line under a grant's facts names a title of at least this many words.
MIN_PLAIN_TITLE_WORDS = 3


def quoted_title(text: str) -> str | None:
    """The quoted title of an entry ("“Sand in motion”"), of a few words at least; else None."""
    match = QUOTED_TITLE_RE.search(text)
    if match is None:
        return None
    value = (match.group("title") or match.group("single") or "").strip(" \"“”‘’'.,")
    return value if len(value.split()) >= MIN_PLAIN_TITLE_WORDS else None


def _facts(line: str) -> bool:
    """A line stating a grant's facts: a date, an amount or a role."""
    dates = find_date_range(line)
    return bool(
        (dates is not None and not dates.empty) or GRANT_AMOUNT_RE.search(line) or GRANT_ROLE_RE.search(line)
    )


def funder_under_name(plain: str, text: str) -> bool:
    """The entry's plain last lines name the body that gave the grant named in the lines above them
    ("Dune Fellowship ($5k) 2021-2023" / "Tarrow University Physics Department"): they read as a
    funder and name no grant, and the lines above name one."""
    above = text[: text.rfind(plain.split()[0])]
    return names_body(plain) and not names_a_grant(plain) and names_a_grant(above)


def plain_last_lines(text: str) -> str | None:
    """The entry's last lines, joined, when they state no date, amount or role and the lines above
    them do: the title printed under the grant's facts. None otherwise."""
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    n = len(lines)
    while n > 0 and not _facts(lines[n - 1]):
        n -= 1
    if n == 0 or n == len(lines):
        return None
    plain = " ".join(lines[n:]).strip(" .,;“”\"‘’'")
    return plain if len(plain.split()) >= MIN_PLAIN_TITLE_WORDS else None


def _with_next_word(part: str, text: str) -> str:
    """``part`` with the word printed after it in ``text`` ("Dune Trust" -> "Dune Trust DT-41/2"),
    so that a grant number printed after a funder can be cut (``funder_name``)."""
    at = text.find(part)
    if at < 0:
        return part
    after = text[at + len(part) :].split(maxsplit=1)
    glued = text[at + len(part) : at + len(part) + 1] == " "
    return f"{part} {after[0]}" if after and glued and any(c.isdigit() for c in after[0]) else part


def _in_plain_line(title: str | None, text: str) -> bool:
    """The title sits in a line that states no facts (it is not read out of the facts' line)."""
    return bool(title) and any(
        printed_within(title or "", line) and not _facts(line) for line in text.split("\n")
    )


def parse_grant(text: str, evidence: Evidence, confidence: float | None = None) -> Grant | None:
    """The grant one entry's text states by rule, or None when it names neither a title nor a funder."""
    fields = read_grant(text)
    if fields is None:
        return None
    return Grant(**fields._asdict(), confidence=confidence, evidence=evidence)


def printed_within(part: str, text: str | None) -> bool:
    """``part`` is printed inside ``text`` (letters and digits compared, case ignored)."""
    return bool(text) and _letters(part) in _letters(text or "")


def _letters(text: str) -> str:
    return "".join(c for c in text.casefold() if c.isalnum())


def title_and_funder(value: str) -> tuple[str, str] | None:
    """A grant's one labelled run that prints both its title and its funder: "Travel Grant from the
    Dune Society" (the funder after "from"), "Dune Society, Travel Grant" (two parts, the one naming
    an award is the title). None when the run does not split so."""
    if " from " in value:
        title, funder = (p.strip(" ,.") for p in value.split(" from ", 1))
        funder = funder.removeprefix("the ")
        return (title, funder) if title and funder else None
    parts = [p.strip() for p in value.split(", ")]
    if len(parts) != 2 or not all(parts):
        return None
    from extractor.learn.items import names_word_of  # the list models' word groups (loaded on use)

    awards = [names_word_of("award", p) for p in parts]
    if awards == [True, False]:
        return parts[0], parts[1]
    if awards == [False, True]:
        return parts[1], parts[0]
    return None
