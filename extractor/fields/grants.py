"""Grants: title, funder, amount, role, start, end ("Sand in motion, NSF, $450,000, PI, 2021-2024").

The date range is cut out first, then the amount and the role (``GRANT_AMOUNT_RE``,
``GRANT_ROLE_RE``); the funder is the part naming a known funder (``patterns/funding.tsv``) or an
organization; the title is the first remaining part.
"""

from __future__ import annotations

from extractor.document import Section
from extractor.fields.context import Found, ParseContext, evidence_for
from extractor.parse.dates import find_date_range
from extractor.parse.entries import has_word
from extractor.patterns import find_funding_sources
from extractor.patterns.regexes import ENTRY_PART_SEPARATOR_RE, GRANT_AMOUNT_RE, GRANT_ROLE_RE
from extractor.profile import Evidence, Grant
from extractor.segment import split_entries


def parse_grants(section: Section, ctx: ParseContext) -> Found:
    found = Found()
    for block in split_entries(section):
        text = " ".join(line.text.strip() for line in block.lines)
        grant = parse_grant(text, evidence_for(block, ctx), block.confidence)
        if grant is not None:
            found.add("grants", grant)
    return found


def parse_grant(text: str, evidence: Evidence, confidence: float | None = None) -> Grant | None:
    """The grant one entry's text states, or None when it names neither a title nor a funder."""
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
    if (match := GRANT_ROLE_RE.search(text)) is not None:
        role = match.group(0)
        text = text[: match.start()] + " , " + text[match.end() :]
    parts = [p.strip(" .,:;()[]") for p in ENTRY_PART_SEPARATOR_RE.split(text)]
    parts = [p for p in parts if p and any(c.isalpha() for c in p)]
    funder = None
    for n, part in enumerate(parts):
        if find_funding_sources(part) or (n > 0 and has_word(part, "org_words")):
            funder = parts.pop(n)
            break
    title = parts[0].strip("\"“”‘’'") if parts else None
    if title is None and funder is None:
        return None
    return Grant(
        title=title, funder=funder, amount=amount, role=role, start=start, end=end,
        confidence=confidence, evidence=evidence,
    )  # fmt: skip
