"""Awards: title, year, organization ("Best Paper Award, ACM SOSP, 2023").

Under a heading that lists grants or funding beside awards ("Awards and Grants"), an entry that
names itself a grant or funding, a role held in one, or a fellowship with an amount is read as a
grant (``fields.grants``); under an awards-only heading every entry is an award (corpus/README.md).
``award_of_block`` reads one entry, for the grants reader too (an award listed under a heading read
as grants, ``fields.grants``).

The rules (``extractor.parse.awards``) read every field; where the learned award model is there
(``extractor.learn.items``, the rules' fields among its features) it chooses the title and the
organization, and the date grammar keeps the year.
"""

from __future__ import annotations

from collections.abc import Callable

from extractor.document import Block, Section
from extractor.fields.context import Found, ParseContext, entry_text, evidence_for, learned_fields
from extractor.parse.awards import read_award
from extractor.parse.dates import find_date_range
from extractor.parse.grant_cues import names_grant, routes_to_grant
from extractor.patterns.award_regexes import RANK_CONTEST_RE, RANK_ONLY_RE
from extractor.patterns.regexes import AWARD_LEAD_RE, AWARD_TAIL_RE
from extractor.profile import Award, Grant
from extractor.segment import split_entries

# Reads one entry as a grant (``fields.grants.grant_of_block``, given by the handler table: handlers
# do not import each other).
GrantReader = Callable[[Block, ParseContext], Grant | None]


def parse_awards(section: Section, ctx: ParseContext, grant_reader: GrantReader | None = None) -> Found:
    found = Found()
    lists_grants = bool(section.label and names_grant(section.label))
    for block in split_entries(section):
        entry = entry_text(block.lines)
        if grant_reader is not None and lists_grants and routes_to_grant(entry.flat):
            # "Awards and Grants": an entry that names itself a grant (or a role held in one) is one
            grant = grant_reader(block, ctx)
            if grant is not None:
                found.add("grants", grant)
                continue
        award = award_of_block(block, ctx)
        if award is not None:
            found.add("awards", award)
    return found


def award_of_block(block: Block, ctx: ParseContext) -> Award | None:
    """The award one entry states (the rules' fields, the learned model's title and organization
    where it is there), or None when it names none."""
    entry = entry_text(block.lines)
    award = read_award(entry.flat.strip())
    if award is None:
        return None
    title, organization = award.title, award.organization
    learned = learned_fields("awards", entry, ctx)
    if learned and (learned_title := learned.get("title")):
        title, organization = learned_title, learned.get("organization")
    title, organization = award_name(title, organization)
    title = with_contest(title, entry.flat)
    return Award(title=title, year=award.year, organization=organization, evidence=evidence_for(block, ctx))


def award_name(title: str, organization: str | None) -> tuple[str, str | None]:
    """An award's name without the sentence around it: "Recipient of the Kestrel Award from the Dune
    Society" -> ("Kestrel Award", "Dune Society"); "Lake Prize for the best thesis in geology" ->
    "Lake Prize"; "Best poster award at the Lake Symposium" -> ("Best poster award", "Lake Symposium")
    (who gave it becomes the organization when none was read)."""
    name = AWARD_LEAD_RE.sub("", title, count=1)
    tail = AWARD_TAIL_RE.search(name)
    if tail is not None:
        rest = tail.group("rest").strip(" .,;")
        name = name[: tail.start("why") if tail.group("why") else tail.start("by")].strip(" ,;")
        if tail.group("by") and organization is None and rest:
            organization = rest
    if organization:
        organization = _without_trailing_date(organization)
    return (name, organization) if name else (title, organization)


def with_contest(title: str, text: str) -> str:
    """An award read as its rank alone ("First prize", "Silver Medal", "Winner") with the contest
    printed after it, as the award is named: "First prize, Lake Physics Forum, Tarrow University
    May 2022" -> "First prize, Lake Physics Forum"; "Honorable Mention - Lake Haptics". A date
    printed at the contest's end is not part of it. ``text`` is the entry's text on one line."""
    if not RANK_ONLY_RE.fullmatch(title.strip()):
        return title
    at = text.find(title)
    contest = RANK_CONTEST_RE.match(text[at + len(title) :]) if at >= 0 else None
    if contest is None:
        return title
    name = contest.group("contest").strip()
    dates = find_date_range(name)
    if dates is not None and not dates.empty and name.endswith(dates.matched.strip()):
        name = name[: len(name) - len(dates.matched.strip())].strip(" ,")
    if not name or not any(c.isalpha() for c in name):
        return title
    join = contest.group("join").strip()
    return f"{title}, {name}" if join == "," else f"{title} {join} {name}"


def _without_trailing_date(value: str) -> str:
    """An organization without a date printed as its last comma part ("Lake Symposium, 2019")."""
    head, _, last = value.rpartition(", ")
    dates = find_date_range(last) if head else None
    if dates is not None and not dates.empty and dates.matched.strip(" .()") == last.strip(" .()"):
        return head.strip(" ,")
    return value
