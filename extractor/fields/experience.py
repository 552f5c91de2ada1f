"""Experience entries: title, organization, location, dates, current, supervisors, highlights.

Head lines are split into title and organization by an ordered list of strategies, the first
that answers wins: "Title @ Org" on any line; "Org, Title" or "Title, Org" as the first line;
a lab's line over "Title, University" (the university); an employer's line over "Title, Team"
(the employer and its team);
by vocabulary across lines (a line with an organization word such as "University", "Institute",
"Inc" is the organization, a line with a job word such as "Intern", "Scientist", "Assistant" the
title); and by position (CVs put the employer first, bold, and the role second). Head lines
beyond those two ("Project 1: ...") are highlights: one heading holding several projects is one
position, whose dates span the projects' dates.
"""

from __future__ import annotations

import re
from dataclasses import replace

from extractor.document import Block, DateRange, Line, Section
from extractor.fields.context import Found, ParseContext, evidence_for
from extractor.fields.current import offer_job_role
from extractor.learn.entries import key, label_entry, merge_fields, without_place
from extractor.parse.dates import find_date_range
from extractor.parse.entries import dissect, has_word, span_of, split_title_org
from extractor.patterns import words
from extractor.patterns.date_regexes import MONTHS, OPEN_END_WORDS
from extractor.patterns.regexes import (
    BRACKETED_PEOPLE_RE,
    CURRENT_LEAD_RE,
    ENTRY_PART_SEPARATOR_RE,
    LEADING_SYMBOLS_RE,
    PERSON_ASIDE_RE,
    SENTENCE_END_RE,
    TEACHING_ROLE_RE,
    TITLE_AT_ORG_RE,
    WORD_RE,
)
from extractor.profile import Experience
from extractor.segment import split_entries


def parse_experience(section: Section, ctx: ParseContext) -> Found:
    found = Found()
    for block in split_entries(section):
        for part in split_nested(block):
            items: list[Experience | None] = [*run_on_roles(part, ctx)] or [parse_experience_block(part, ctx)]
            for item in items:
                if item is not None:
                    found.add("experience", item)
                    offer_job_role(item, ctx.source_index, found)
    return found


def run_on_roles(block: Block, ctx: ParseContext) -> list[Experience]:
    """An employer's name, then the roles held there run on in one paragraph, each with its dates
    ("Tarrow University. Visiting Instructor (Botany), 1989–1990. Teaching Assistant, 1984–1986."):
    one position per role, all with the employer and the paragraph's evidence. Empty when the
    paragraph is not so laid out (a single role stays with the head strategies)."""
    text = " ".join(ln.text.strip() for ln in block.lines)
    sentences = [s.strip() for s in RUN_ON_STOP_RE.split(text.strip().rstrip(".")) if s.strip()]
    if len(sentences) < RUN_ON_MIN_ROLES + 1:
        return []
    employer, *role_sentences = sentences
    if not has_word(employer, "org_words") or _dated_text(employer):
        return []
    roles = [_dated_role(sentence) for sentence in role_sentences]
    if not all(roles):
        return []
    evidence = evidence_for(block, ctx)
    return [
        Experience(
            title=title,
            organization=employer,
            start=when.start or when.end,
            end=None if when.current else when.end,
            current=when.current,
            evidence=evidence,
        )
        for title, when in (r for r in roles if r is not None)
    ]


def _dated_role(sentence: str) -> tuple[str, DateRange] | None:
    """ "Visiting Instructor (Botany), 1989–1990" -> the role and its dates; None for anything else."""
    when = find_date_range(sentence)
    if when is None or when.empty or not sentence.rstrip().endswith(when.matched.rstrip()):
        return None
    role = sentence[: sentence.rfind(when.matched)].strip(" ,;–—-")
    if not role or not _title_only(role) or len(role.split()) > ROLE_LINE_MAX_WORDS:
        return None
    return role, when


def _dated_text(text: str) -> bool:
    found = find_date_range(text)
    return found is not None and not found.empty


# A sentence's end inside a run-on paragraph: a stop, a space and a capital ("1990. Teaching ...").
RUN_ON_STOP_RE = re.compile(r"(?<=[\w)])\.\s+(?=[A-Z])")
# A paragraph is run-on roles when it holds at least this many dated roles after the employer.
RUN_ON_MIN_ROLES = 2


def split_nested(block: Block) -> list[Block]:
    """A group heading over several dated positions ("PhD Candidate" then "Graduate Research
    Assistant, X 2017" and "Graduate Teaching Assistant, Y 2014-2017") is several positions.

    Applies when the block's first line has no date and two or more of its other lines, not
    bullets, each carry their own date range; each dated line starts a position, and the lines
    after it up to the next dated line belong to it.
    """
    lines = block.lines
    by_employer = _roles_under_employer(block) if len(lines) >= 2 else None
    if by_employer is not None:
        return by_employer
    if len(lines) < 2 or _dated(lines[0]):
        return [block]
    if len(lines) < 3:
        return [block]
    starts = [i for i, ln in enumerate(lines[1:], start=1) if _dated_position(ln)]
    if len(starts) < 2:
        return [block]
    # an employer line just above a dated role belongs to it ("Rowan University" / "ASSISTANT
    # PROFESSOR 2018-2022"); the group heading then goes with the first position
    starts = [i - 1 if _employer_line(lines[i - 1]) else i for i in starts]
    first = lines[starts[0]].text
    when = find_date_range(first)
    title, organization = split_title_org(first.replace(when.matched, " ").strip() if when else first)
    if not (title and organization):
        # "Undergraduate Researcher" over "Dept. of Biology, X 2009-2011": the heading is its title
        starts[0] = 0
    parts: list[Block] = []
    for n, start in enumerate(starts):
        end = starts[n + 1] if n + 1 < len(starts) else len(lines)
        parts.append(Block(lines=lines[start:end], subkind=block.subkind))
    return parts


def _roles_under_employer(block: Block) -> list[Block] | None:
    """An employer's line over the roles held there, each a short line with its own dates
    ("Tarrow University" / "• Senior Lecturer (2021 – present)" / "• Lecturer (2018 – 2021)"; the
    employer's line may carry the whole span: "2018-2021 Kestrel Center" / "2019-2021 Data scientist"
    / "2018-2020 Postdoctoral fellow"): one position per role, each with the employer's lines above
    the first role. None when the block is not so laid out."""
    lines = block.lines
    roles = [i for i, ln in enumerate(lines) if i > 0 and _role_line(ln)]
    if not roles:
        return None
    employer = lines[: roles[0]]
    employer_text = " ".join(ln.text for ln in employer)
    if not has_word(employer_text, "org_words") or any(ln.list_item for ln in employer):
        return None
    if any(_dated(ln) for ln in employer) and (has_word(employer_text, "job_titles") or len(roles) < 2):
        return None  # a position of its own ("Postdoc, Kestrel University 2019-2021"), not an employer
    if not all(lines[i].list_item for i in roles) and len(roles) < 2:
        return None  # one role line below its employer is simply the entry's second line
    parts: list[Block] = []
    for n, start in enumerate(roles):
        end = roles[n + 1] if n + 1 < len(roles) else len(lines)
        role = replace(lines[start], list_item=False)  # the role heads its position: not a bullet
        parts.append(Block(lines=(*employer, role, *lines[start + 1 : end]), subkind=block.subkind))
    return parts


def _role_line(line: Line) -> bool:
    """A short line naming a role and its dates ("Senior Lecturer (August 2021 – July 2025)"), not a
    dated sentence about the work."""
    found = find_date_range(line.text)
    if found is None or found.empty:
        return False
    rest = line.text.replace(found.matched, " ").strip(" •·-*()[],;")
    return (
        has_word(rest, "job_titles")
        and len(rest.split()) <= ROLE_LINE_MAX_WORDS
        and SENTENCE_END_RE.search(rest) is None
    )


def _role_dates(block: Block) -> DateRange | None:
    """A role's own dates below its employer's dated line ("2018-2021 Kestrel Center" over
    "2019-2021 Data scientist"): the role's, not the employer's span."""
    lines = block.lines
    head = lines[0] if lines else None
    if (
        head is None
        or not _dated(head)
        or not has_word(head.text, "org_words")
        or has_word(head.text, "job_titles")
    ):
        return None
    role = next((ln for ln in lines[1:] if _role_line(ln)), None)
    return find_date_range(role.text) if role is not None else None


# A role line under an employer names the role in at most this many words besides its dates.
ROLE_LINE_MAX_WORDS = 10


def _employer_line(line: Line) -> bool:
    """An employer's own line, set apart (a gap or bold), not the wrapped end of the role above."""
    set_apart = line.blank_before or line.bold
    return set_apart and not line.list_item and not _dated(line) and has_word(line.text, "org_words")


def _dated(line: Line) -> bool:
    found = find_date_range(line.text)
    return found is not None and not found.empty


def _dated_position(line: Line) -> bool:
    """A line holding a position and its dates ("NSF REU, Tarrow College 2011"), not dates alone."""
    found = find_date_range(line.text)
    if line.list_item or found is None or found.empty:
        return False
    rest = line.text.replace(found.matched, " ")
    return sum(ch.isalpha() for ch in rest) >= MIN_POSITION_LETTERS


# A dated line names a position when this many letters remain besides the dates.
MIN_POSITION_LETTERS = 8


def _apart(
    title: str | None, organization: str | None, rules: dict[str, str | None]
) -> tuple[str | None, str | None]:
    """The learned title and organization, made two things: one text taken as both ("Data Artist in
    Residence" twice) goes back to the rules' reading when they had two, else to the field its words
    name; a title that opens with the organization ("Tarrow University, Department of X Lecturer")
    loses it."""
    if title and organization and key(title) == key(organization):
        if rules.get("title") and rules.get("organization") and rules["title"] != rules["organization"]:
            return rules["title"], rules["organization"]
        return (title, None) if _title_only(title) else (None, organization)
    if title and organization and title.startswith(organization + " ") and len(title) > len(organization):
        return title[len(organization) :].strip(" ,;|–—-") or title, organization
    organization = _university_over_unit(title, organization, rules)
    return title, _with_name_after(_with_unit_before(organization, rules), rules)


def _with_name_after(organization: str | None, rules: dict[str, str | None]) -> str | None:
    """Where the model read only the first part of the rules' organization and that part names no
    organization ("Computer Science" of "Computer Science, Laboratoire X": the role's subject), the
    organization is the rules' whole run, which holds the employer's name."""
    rule_org = rules.get("organization")
    if not organization or not rule_org or has_word(organization, "org_words"):
        return organization
    if not rule_org.startswith(organization + ", "):
        return organization
    rest = rule_org[len(organization) + 2 :]
    return rule_org if has_word(rest, "org_words") else organization


def _with_unit_before(organization: str | None, rules: dict[str, str | None]) -> str | None:
    """Where the model read the institution alone and the rules the unit and the institution as one
    printed run ("Department of Botany, Tarrow University"), the organization is the whole run
    (corpus/README.md)."""
    rule_org = rules.get("organization")
    if not organization or not rule_org:
        return organization
    whole, part = key(rule_org), key(organization)
    if whole == part or not part or not whole.endswith(part):
        return organization
    if not rule_org.casefold().startswith(tuple(words("unit_leads"))):
        return organization
    return rule_org


def _university_over_unit(
    title: str | None, organization: str | None, rules: dict[str, str | None]
) -> str | None:
    """Where the model and the rules read the same title, but the model's organization is a lab or
    a group ("Kestrel Cognition Lab" over "Research Assistant, Tarrow University") and the rules' is
    the university the role was held at, the university is the employer; where the model's is only
    the end of the rules' ("Platform Team" of "Brindle Cloud, Platform Team"), the rules' is whole."""
    rule_org = rules.get("organization")
    if not (title and organization and rule_org and rules.get("title")):
        return organization
    if key(title) != key(rules["title"] or "") or key(rule_org) in key(organization):
        return organization
    if has_word(rule_org, "university_words") and not has_word(organization, "university_words"):
        return rule_org
    if rule_org.endswith(", " + organization):
        return rule_org  # the model read the team alone, the rules the employer and its team
    return organization


def _named(learned: str | None, rule_value: str | None) -> str | None:
    """The learned value, unless it is made of date words alone ("Mai-Juin", "2013", "Actualmente":
    the pieces of a date range the grammar did not take, read as a name); then the rules' value,
    unless it is such a piece too."""
    if learned is None or not _date_words_only(learned):
        return learned
    return None if rule_value is None or _date_words_only(rule_value) else rule_value


def _date_words_only(text: str) -> bool:
    """Whether a text names nothing but months, an open end ("present") and numbers."""
    found = [w.casefold() for w in WORD_RE.findall(text)]
    if not found:
        return any(ch.isdigit() for ch in text)
    return all(w in MONTHS or w in OPEN_END_WORDS for w in found)


HeadSplit = tuple[str | None, str | None, set[int]]  # title, organization, head lines used


def _by_at_sign(head: list[str]) -> HeadSplit | None:
    """ "Research Intern @ Brindle Labs, Vision Team": the strongest cue, on any line."""
    for index, text in enumerate(head):
        match = TITLE_AT_ORG_RE.search(text)
        if match:
            title, organization = text[: match.start()].strip(" ,"), text[match.end() :].strip(" ,")
            worded_at = "@" not in match.group(0)
            if worded_at and (has_word(title, "org_words") or not has_word(title, "job_titles")):
                continue  # "University of Vermont at Millbrook": a place name, not "Role at Org"
            if title and organization:
                return title, organization, {index}
    return None


def _by_vocabulary(head: list[str]) -> HeadSplit | None:
    """One line with an organization word, another with a job word (in either order); a role's own
    line below the first two ("Quillon Labs" / "Remote" / "Data Instructor") is still the title."""
    if len(head) < 2:
        return None
    org_lines = [i for i, t in enumerate(head) if has_word(t, "org_words") and not _title_only(t)]
    title_lines = [i for i, t in enumerate(head) if _title_only(t)]
    first_two = {0, 1}
    if title_lines:
        title_at = title_lines[0]
        org_at = next((i for i in org_lines if i != title_at), None)
        if org_at is None:
            org_at = 1 - title_at if title_at in first_two else 0
        return head[title_at], head[org_at], {title_at, org_at}
    if org_lines and org_lines[0] in first_two:
        org_at = org_lines[0]
        title_at = 1 - org_at
        return head[title_at], head[org_at], {title_at, org_at}
    return None


def _by_separator_below(head: list[str]) -> HeadSplit | None:
    """ "Kestrel Lab" over "Research Assistant, Tarrow University": the second line names the role
    and the employer the lab belongs to, the organization a committee counts."""
    if len(head) < 2 or has_word(head[0], "job_titles") or has_word(head[0], "university_words"):
        return None
    title, organization = split_title_org(head[1])
    if title and organization and has_word(organization, "university_words"):
        return title, organization, {1}
    return None


def _by_role_and_unit_below(head: list[str]) -> HeadSplit | None:
    """ "Brindle Cloud Research" over "Research Intern, Inference Platform Team": the second line names
    the role and the employer's unit it sat in; the employer is the first line, the unit goes with it."""
    if len(head) < 2 or has_word(head[0], "job_titles") or any(ch.isdigit() for ch in head[0]):
        return None
    title, unit = split_title_org(head[1])
    if not (title and unit) or not _title_only(title) or head[1].index(unit) < head[1].index(title):
        return None
    if not has_word(unit, "org_words") or has_word(unit, "university_words"):
        return None
    return title, f"{head[0]}, {unit}", {0, 1}


def _by_separator(head: list[str]) -> HeadSplit | None:
    """ "Bocconi University, Research Assistant" or "Research Intern, Platform Team" as the entry's
    first line (a second line split so would lose the employer on the first)."""
    if head:
        title, organization = split_title_org(head[0])
        if title and organization:
            return title, organization, {0}
    return None


def _by_position(head: list[str]) -> HeadSplit | None:
    """Nothing tells them apart: CVs put the employer first (bold) and the role second."""
    if not head:
        return None
    if len(head) == 1:
        # one line: an organization when it says so ("Cisco Systems Inc"), else a role
        # ("External Expert for USAID Impact Evaluation")
        return (None, head[0], {0}) if has_word(head[0], "org_words") else (head[0], None, {0})
    return head[1], head[0], {0, 1}


HEAD_STRATEGIES = (
    _by_at_sign,
    _by_separator,
    _by_separator_below,
    _by_role_and_unit_below,
    _by_vocabulary,
    _by_position,
)


def _title_only(text: str) -> bool:
    """A line that names a role and no organization; a role named in a bracket about a person ("Soil
    microbes of a basin (Dr. A. Lind, Director)") is that person's, not the entry's."""
    text = PERSON_ASIDE_RE.sub(" ", text)
    return has_word(text, "job_titles") and not has_word(text, "org_words")


def _role_before_colon(
    title: str | None, organization: str | None, highlights: list[str]
) -> tuple[str | None, list[str]]:
    """ "Course Assistant: MATH 401 (Linear Algebra)" as the title: the role before the colon, what
    it names after (a course, a project) among the highlights, when the employer is known apart."""
    if not title or not organization or ":" not in title:
        return title, highlights
    role, _, rest = title.partition(":")
    if not _title_only(role) or len(role.split()) > ROLE_LINE_MAX_WORDS or not rest.strip():
        return title, highlights
    return role.strip(), [rest.strip(), *highlights]


def _clean_title(title: str | None) -> str | None:
    """A title without the word saying it is the current one ("Current Principal Engineer"), without
    people in brackets, and a teaching role without the course after it ("Instructor, Botany 101")."""
    if not title:
        return title
    title = _without_people(CURRENT_LEAD_RE.sub("", title)) or title
    role, comma, rest = title.partition(", ")
    if comma and TEACHING_ROLE_RE.fullmatch(role) and not has_word(rest, "job_titles"):
        return role
    return title


def _without_unit(title: str | None, organization: str | None) -> str | None:
    """A title that runs on into the unit the role sat in ("Visiting Fellow, Department of Botany"
    under "Tarrow University") is the role alone (corpus/README.md: the title is the role as
    printed), when the organization is known apart; a role with its subject stays whole ("Lecturer
    in Botany", "Data Scientist, Fern Data Lab": no unit's lead word after the separator)."""
    if not title or not organization:
        return title
    leads = tuple(words("unit_leads"))
    for match in ENTRY_PART_SEPARATOR_RE.finditer(title):
        role, unit = title[: match.start()].strip(), title[match.end() :].strip()
        lead = next((w for w in leads if unit.casefold().startswith(w)), None)
        if lead is None or not role:
            continue
        if has_word(role, "job_titles") and not has_word(unit[len(lead) :], "job_titles"):
            return role
    return title


def _without_remote(organization: str | None) -> str | None:
    """ "Kestrel Atlas (remote)" -> "Kestrel Atlas": how the work was done is not the employer's name."""
    if not organization:
        return organization
    return REMOTE_TAIL_RE.sub("", organization).strip(" ,;–—-") or organization


# A word after an organization saying the work was done from afar: "(remote)", "Remote", "[online]".
REMOTE_TAIL_RE = re.compile(
    r"[\s,;–—-]*[(\[]?\b(?:remote|remotely|virtual|online)\b[)\]]?\s*$", re.IGNORECASE
)


def _without_people(value: str | None) -> str | None:
    """ "Tarrow University (PI: Ana Lind)" -> "Tarrow University": the people are the supervisors."""
    if not value:
        return value
    return BRACKETED_PEOPLE_RE.sub("", value).strip() or value


def _without_project(organization: str | None) -> str | None:
    """An organization that runs on into the quoted title of the project the job was on ("Kestrel
    Fund “Moral Economies of Fern Growth in Cities”") is the funder alone; a short quoted name is
    part of the organization's own name (“Ion Tarrow” University)."""
    if not organization:
        return organization
    at = next((i for i, ch in enumerate(organization) if ch in OPENING_QUOTES), -1)
    if at <= 0 or not any(ch.isalpha() for ch in organization[:at]):
        return organization
    closing = next((i for i in range(at + 1, len(organization)) if organization[i] in CLOSING_QUOTES), None)
    if closing is not None and any(ch.isalpha() for ch in organization[closing + 1 :]):
        return organization  # the name goes on after the quote: "Graduate School “Fern Dynamics”, Univ X"
    quoted = organization[at + 1 : closing]
    if len(quoted.split()) < PROJECT_TITLE_MIN_WORDS:
        return organization
    return organization[:at].strip(" ,;:–—-") or organization


# Quote marks that open a project's title, and the fewest words such a title has (a shorter quoted
# piece is part of a name).
OPENING_QUOTES = '“"«„'
CLOSING_QUOTES = '”"»“'
PROJECT_TITLE_MIN_WORDS = 4


def parse_experience_block(block: Block, ctx: ParseContext, use_model: bool = True) -> Experience | None:
    """One position; with ``use_model`` (and the context's models on) the entry model
    (``learn/entries.py``) names the title and organization, the rules' answer among its features."""
    parts = dissect(block)
    head = [LEADING_SYMBOLS_RE.sub("", h).strip() for h in parts.head]
    head = [h for h in head if h]
    title = organization = None
    used: set[int] = set()
    for strategy in HEAD_STRATEGIES:
        found = strategy(head)
        if found is not None:
            title, organization, used = found
            break
    highlights = [h for i, h in enumerate(head) if i not in used] + parts.highlights
    confidence = None
    if use_model and ctx.use_models and (title or organization):
        # the model names the fields of an entry; whether a block is one stays with the rules
        rules = {"title": title, "organization": organization}
        learned = label_entry(block.lines, "experience", rules, ctx.model_dir)
        if learned is not None and learned.values:
            merged = merge_fields(learned, rules)
            title = without_place(merged["title"], parts.location)
            organization = without_place(merged["organization"], parts.location)
            title, organization = _apart(title, organization, rules)
            title, organization = (
                _named(title, rules["title"]),
                _named(organization, rules["organization"]),
            )
            confidence = round(learned.confidence, 4)
    if title is None and organization is None:
        return None
    title, highlights = _role_before_colon(title, organization, highlights)
    title, organization = _clean_title(title), _without_project(_without_people(organization))
    organization = _without_remote(organization)
    title = _without_unit(title, organization)
    dates = span_of(parts.all_dates, single_is_span=True) if len(parts.all_dates) > 1 else parts.dates
    dates = _role_dates(block) or dates
    start, end = (dates.start, dates.end) if dates else (None, None)
    current = bool(dates and dates.current)
    # "Current Principal Engineer" over "2024": the head says the job goes on
    said_current = any(CURRENT_LEAD_RE.match(h) for h in head)
    single = end is None or start in (None, end)
    if (parts.open_end or said_current) and dates is not None and not dates.expected and single:
        # "2021" with "Present" apart: from 2021 on
        start, end, current = start or end, None, True
    if start is None and end is not None and dates and not dates.expected:
        start = end  # a job's single date is its whole span: "2019" -> 2019 to 2019
    return Experience(
        title=title,
        organization=organization,
        location=parts.location,
        start=start,
        end=end,
        current=current,
        supervisors=parts.people,
        highlights=highlights,
        confidence=confidence,
        evidence=evidence_for(block, ctx),
    )
