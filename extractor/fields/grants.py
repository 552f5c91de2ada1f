"""Grants: title, funder, amount, role, start, end ("Sand in motion, NSF, $450,000, PI, 2021-2024").

The rules (``extractor.parse.grants``) read every field; where the learned grant model is there
(``extractor.learn.items``, the rules' fields among its features) it chooses the title and the
funder (the rules' funder where the model sees none), and the amount and role regexes and the date
grammar keep theirs.
"""

from __future__ import annotations

from extractor.document import Section
from extractor.fields.context import Found, ParseContext, entry_text, evidence_for, learned_fields
from extractor.parse.grants import read_grant
from extractor.profile import Evidence, Grant
from extractor.segment import split_entries


def parse_grants(section: Section, ctx: ParseContext) -> Found:
    found = Found()
    for block in split_entries(section):
        entry = entry_text(block.lines)
        grant = parse_grant(entry.flat, evidence_for(block, ctx), block.confidence)
        learned = learned_fields("grants", entry, ctx)
        if learned and (learned.get("title") or learned.get("funder")):
            # the model's title and funder; the amount and role regexes and the date grammar are exact
            title, funder = learned.get("title"), learned.get("funder")
            if not (title and funder):
                title, funder = title_and_funder(title or funder or "") or (title, funder)
            if (
                funder is None
                and grant is not None
                and grant.funder
                and not printed_within(grant.funder, title)
            ):
                funder = grant.funder  # the model saw no funder where the rules name one
            if grant is None:
                grant = Grant(
                    title=title, funder=funder, evidence=evidence_for(block, ctx), confidence=block.confidence
                )
            else:
                grant = grant.model_copy(update={"title": title, "funder": funder})
        if grant is not None:
            found.add("grants", grant)
    return found


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
