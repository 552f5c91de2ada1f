"""Grants: title, funder, amount, role, start, end ("Sand in motion, NSF, $450,000, PI, 2021-2024").

The rules (``extractor.parse.grants``) read every field; where the learned grant model is there
(``extractor.learn.items``, the rules' fields among its features) it chooses the title and the
funder (the rules' funder where the model sees none), and the amount and role regexes and the date
grammar keep theirs.
"""

from __future__ import annotations

from extractor.document import Block, Section
from extractor.fields.context import Found, ParseContext, entry_text, evidence_for, learned_fields
from extractor.parse.dates import find_date_range
from extractor.parse.grant_cues import names_grant
from extractor.parse.grants import funder_name, is_acronym, names_funder, read_grant
from extractor.patterns import find_funding_sources
from extractor.patterns.regexes import GRANT_AMOUNT_RE, GRANT_ROLE_RE, QUOTED_TITLE_RE
from extractor.profile import Evidence, Grant
from extractor.segment import split_entries


def parse_grants(section: Section, ctx: ParseContext) -> Found:
    found = Found()
    for block in split_entries(section):
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
    if learned and (learned.get("title") or learned.get("funder")):
        # the model's title and funder; the amount and role regexes and the date grammar are exact
        title, funder = learned.get("title"), learned.get("funder")
        if not (title and funder):
            title, funder = title_and_funder(title or funder or "") or (title, funder)
        if funder is None and grant is not None and grant.funder and not printed_within(grant.funder, title):
            funder = grant.funder  # the model saw no funder where the rules name one
        if grant is None:
            grant = Grant(
                title=title, funder=funder, evidence=evidence_for(block, ctx), confidence=block.confidence
            )
        else:
            grant = grant.model_copy(update={"title": title, "funder": funder})
    return name_as_title(settle_title(grant, entry.text)) if grant is not None else None


def name_as_title(grant: Grant) -> Grant:
    """An untitled grant whose funder names a grant ("Hill Research Fund", "Kestrel Travel Grant") or
    reads as no funder (no organization, known funder or short name: "Sand in Motion Fellowship")
    was read the wrong way round: that name is the grant's title, and no funder is printed."""
    funder = grant.funder
    if grant.title is None and funder and (names_grant(funder) or not reads_as_funder(funder)):
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
