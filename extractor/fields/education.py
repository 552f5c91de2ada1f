"""Education entries: degree as written, level, field, institution, location, dates, GPA, thesis.

Each block is dissected (parse/entries.py); among its head lines the degree is found with the
degree table (``patterns/degrees.tsv``, many countries), the field is what follows the degree
("Ph.D. in Computer Science" -> field "Computer Science"), and the institution is the line, or
the comma-separated part, with an organization word ("University", "Institut", "College").
"""

from __future__ import annotations

from dataclasses import replace

from extractor.document import Block, Line, Section
from extractor.fields.context import Found, ParseContext, evidence_for
from extractor.fields.current import document_year, offer_degree_role
from extractor.learn.entries import key, label_entry, merge_fields, without_place
from extractor.parse.entries import dissect, has_word
from extractor.parse.places import is_place
from extractor.patterns import DegreeMatch, find_degree, words
from extractor.patterns.regexes import (
    COMBINED_DEGREE_RE,
    DEGREE_PAIR_SEPARATOR_RE,
    DEGREE_TAIL_SEPARATOR_RE,
    EXPECTED_RE,
    FIELD_LEAD_RE,
    FIELD_MINOR_RE,
    SHORT_PROGRAM_RE,
    STAY_LABEL_END_RE,
    VISITING_RE,
)
from extractor.profile import Education
from extractor.segment import split_entries


def parse_education(section: Section, ctx: ParseContext) -> Found:
    found = Found()
    blocks = split_entries(section)
    if len(blocks) > 1 and all(len(b.lines) == 1 and not b.lines[0].list_item for b in blocks):
        # no layout cue between entries ("Univ A, City" / "PH.D. IN X 2021-" / "Univ B" ...): by content
        blocks = [Block(lines=tuple(ln for b in blocks for ln in b.lines), subkind=blocks[0].subkind)]
    previous: Education | None = None
    as_of = document_year(ctx.sections)
    for block in blocks:
        for part in split_degrees(block):
            whole = parse_education_block(part, ctx)
            if whole is None:
                continue
            if whole.degree is None and SHORT_PROGRAM_RE.search(whole.evidence.text):
                continue  # a summer school or workshop is training, not a degree
            for item in degrees_on_one_line(part, whole, ctx):
                if item.institution is None and item.degree is not None and previous is not None:
                    # "MRes in Geography, 2019-2020" under the MPhil/PhD at the same school
                    item = item.model_copy(update={"institution": previous.institution})
                found.add("education", item)
                offer_degree_role(item, ctx.source_index, found, as_of)
                previous = item
    return found


def degrees_on_one_line(block: Block, whole: Education, ctx: ParseContext) -> list[Education]:
    """Two degrees printed on one line of an entry ("B.A. in Botany, B.A. in Geology 2014 – 2018",
    "BS Botany; BA Geology", "B.S. AND M.S. IN BOTANY") are two items: each read from its own half of
    the line (the words before the first degree go with both), with the entry's institution, place
    and dates where its half does not print them, and the entry's evidence. Otherwise the entry's
    one item; only the line the entry's degree is printed on is looked at."""
    for n, line in enumerate(block.lines):
        if line.list_item or not whole.degree or whole.degree not in line.text:
            continue
        halves = _degree_halves(line.text)
        if halves is None:
            continue
        items = []
        for half in halves:
            lines = (*block.lines[:n], replace(line, text=half), *block.lines[n + 1 :])
            item = parse_education_block(Block(lines=lines, subkind=block.subkind), ctx)
            if item is None or item.degree is None:
                return [whole]
            items.append(_filled_from(item, whole))
        return items
    return [whole]


def _degree_halves(text: str) -> tuple[str, str] | None:
    """The two halves of a line holding two degrees joined by a separator, or None."""
    first = degree_in(text)
    if first is None:
        return None
    for sep in DEGREE_PAIR_SEPARATOR_RE.finditer(text, first.end):
        second = degree_in(text[sep.end() :])
        if second is None or second.start != 0 or not _names_a_degree(text[sep.end() :], second):
            continue
        lead = text[: first.start]
        return text[: sep.start()], lead + text[sep.end() :]
    return None


def _names_a_degree(text: str, found: DegreeMatch) -> bool:
    """A degree written bare in two or three capitals ("BA", "MS") is one only when a field's word
    follows it, not a place ("Boston, MA, USA") or a number ("MA 02139")."""
    written = found.written
    if "." in written or not written.isupper() or len(written) > BARE_DEGREE_MAX_LETTERS:
        return True
    words_after = text[found.end :].split()
    following = words_after[0].strip(",;.()") if words_after else ""
    return following[:1].isalpha() and following[:1].isupper() and not is_place(following)


# A degree written in more capitals than this is a word of its own ("MPHIL"), not a state's code.
BARE_DEGREE_MAX_LETTERS = 3


def _filled_from(item: Education, whole: Education) -> Education:
    return item.model_copy(
        update={
            "institution": item.institution or whole.institution,
            "location": item.location or whole.location,
            "start": item.start or whole.start,
            "end": item.end or whole.end,
            "expected": item.expected or whole.expected,
            "evidence": whole.evidence,
        }
    )


def degree_in(text: str) -> DegreeMatch | None:
    """A degree in a line, also in a line set in capitals ("PH.D. IN ECONOMICS")."""
    match = find_degree(text)
    letters = [c for c in text if c.isalpha()]
    if match is None and letters and sum(c.isupper() for c in letters) >= CAPS_SHARE * len(letters):
        titled = text.title()  # same length: positions still point into the original
        found = find_degree(titled)
        if found is not None:
            match = DegreeMatch(
                written=text[found.start : found.end], level=found.level, start=found.start, end=found.end
            )
    if match is not None:
        # "MPhil/PhD": a combined programme is written whole and has the higher level
        joined = COMBINED_DEGREE_RE.match(text, match.end)
        second = find_degree(joined["second"]) if joined else None
        if joined and second is not None:
            level = max(match.level, second.level, key=LEVEL_ORDER.index)
            match = DegreeMatch(
                written=text[match.start : joined.end()], level=level, start=match.start, end=joined.end()
            )
    return match


# Degree levels from the lowest to the highest, to rank a combined programme.
LEVEL_ORDER = ("other", "bachelor", "master", "doctorate")


def split_degrees(block: Block) -> list[Block]:
    """Cut a block that holds several degrees ("Univ A / Ph.D. ... / Univ B / B.S. ..."): a new
    entry starts at an institution line or a degree line once the current entry already has one."""
    entries: list[list[Line]] = [[]]
    has_inst = has_degree = has_stay = False
    for line in block.lines:
        is_degree = not line.list_item and degree_in(line.text) is not None
        is_stay = not line.list_item and not is_degree and bool(VISITING_RE.match(line.text))
        is_inst = not line.list_item and not is_degree and not is_stay and has_word(line.text, "org_words")
        # a stay below a degree ("Visiting: Tarrow University" under the Ph.D.) or below another stay
        # is an item of its own; below its host's line alone ("Tarrow University" / "Visiting
        # Researcher 2012") it is that line's entry
        new_stay = is_stay and (has_degree or has_stay)
        if entries[-1] and ((is_inst and has_inst) or (is_degree and has_degree) or new_stay):
            entries.append([])
            has_inst = has_degree = has_stay = False
        entries[-1].append(line)
        has_inst = has_inst or is_inst or (is_degree and has_word(line.text, "org_words"))
        has_degree = has_degree or is_degree
        has_stay = has_stay or is_stay
    if len(entries) == 1:
        return [block]
    return [Block(lines=tuple(e), subkind=block.subkind) for e in entries if e]


# A line with at least this share of capital letters is set in capitals.
CAPS_SHARE = 0.6


def parse_education_block(block: Block, ctx: ParseContext, use_model: bool = True) -> Education | None:
    """One degree; with ``use_model`` (and the context's models on) the entry model
    (``learn/entries.py``) names the degree, field and institution, the rules' answer among its features."""
    parts = dissect(block)
    degree = field_name = institution = None
    level = None
    rest: list[str] = []
    for text in parts.head:
        match = degree_in(text) if degree is None else None
        if match is not None:
            degree, level = match.written, match.level
            before, after = text[: match.start].strip(" ,;–—-"), text[match.end :]
            field_name, inst_in_line = _field_and_institution(after)
            institution = institution or inst_in_line
            if before:
                rest.append(before)
            continue
        rest.append(text)
    with_org = [t for t in rest if has_word(t, "org_words") and not VISITING_RE.match(t)]
    stay_at = next((i for i, t in enumerate(rest) if VISITING_RE.match(t)), None) if degree is None else None
    if stay_at is not None:
        # "Semester Exchange in Botany, Tarrow University", "Tarrow University" / "Visiting Researcher":
        # a stay, its label as the degree, its host named after the label or on the host's line
        degree, field_name, institution = stay_parts(rest[stay_at])
        institution = institution or next(iter(with_org), None)
        if institution is None:
            return None  # "Exchange Study": a label over the stays, no host named
    for text in rest if stay_at is None else ():
        if institution is None and (text in with_org or (degree is not None and not with_org)):
            institution = text.strip(" ,").removesuffix(".")
        elif field_name is None and degree is not None and not has_word(text, "org_words"):
            field_name = text.strip(" ,")
    institution, field_name = _university_over_unit(institution, field_name, with_org)
    confidence = None
    if use_model and ctx.use_models and (degree or institution):
        # the model names the fields of an entry; whether a block is one stays with the rules
        rules = {"degree": degree, "field": field_name, "institution": institution}
        learned = label_entry(block.lines, "education", rules, ctx.model_dir)
        if learned is not None and learned.values:
            merged = _kept_apart(merge_fields(learned, rules), rules)
            found = degree_in(merged["degree"]) if merged["degree"] else None
            if found is not None or degree is not None:
                # a degree the table does not know, where the rules found none, is not taken
                # ("Exchange semester (DAAD scholarship)")
                degree = merged["degree"]
                level = found.level if found is not None else level
            field_name = merged["field"]
            institution = without_place(merged["institution"], parts.location)
            rule_school = rules["institution"]
            if _is_unit(institution) and rule_school and not _is_unit(rule_school):
                # the model took the unit's line ("Department of X" under "Ph.D."), the rules the school
                institution, field_name = _university_over_unit(institution, field_name, [rule_school])
            confidence = round(learned.confidence, 4)
    if degree is None and institution is None:
        return None
    dates = parts.dates
    expected = bool(dates and dates.expected) or any(EXPECTED_RE.search(ln.text) for ln in block.lines)
    if field_name and not any(ch.isalnum() for ch in field_name):
        field_name = None  # "(": a bracket left over, no field
    if field_name:
        field_name = FIELD_MINOR_RE.sub("", field_name) or field_name  # the major, as the field
        if institution and institution.startswith(field_name + ", "):
            institution = institution[
                len(field_name) + 2 :
            ]  # "Botany, Tarrow University": field, then school
    if degree and degree.count(")") > degree.count("("):
        degree = degree.rstrip(")").strip()  # "(M.Sc.)": the bracket around it, not the degree
    if field_name and field_name.isupper():
        field_name = smart_title(field_name)  # "ECONOMICS AND FINANCE" -> "Economics and Finance"
    return Education(
        degree=degree,
        degree_level=level,
        field=field_name or None,
        institution=institution,
        location=parts.location,
        start=dates.start if dates else None,
        end=dates.end if dates else None,
        expected=expected,
        advisors=parts.people,
        gpa=parts.gpa,
        thesis=parts.thesis,
        confidence=confidence,
        evidence=evidence_for(block, ctx),
    )


def stay_parts(line: str) -> tuple[str, str | None, str | None]:
    """A stay's label, field and host from its line: "Semester Exchange in Botany, Tarrow University
    (Spain)" -> ("Semester Exchange", "Botany", "Tarrow University"); "Visiting: Tarrow University,
    Kestrel University" -> ("Visiting", None, "Tarrow University"); "Exchange student" -> no host
    (the entry's line naming an organization is then the host)."""
    first = line.strip(" ,;")
    label, field_name, host = first, None, None
    cut = STAY_LABEL_END_RE.search(first)
    if cut:
        label, after = first[: cut.start()].strip(), first[cut.end() :]
        if cut["field"]:
            field_name, _, host_text = after.partition(",")
            field_name = field_name.strip() or None
            host = _host_name(host_text)
        else:
            host = _host_name(after)
    return label, field_name, host


def _host_name(text: str) -> str | None:
    """The host's name: its first comma part, without a bracket after it ("Tarrow University (Spain)")."""
    name = text.split(",")[0]
    name = name[: name.find("(")] if "(" in name and not name.startswith("(") else name
    name = name.strip(" .;:•|–—-")
    return name or None


def _university_over_unit(
    institution: str | None, field_name: str | None, candidates: list[str]
) -> tuple[str | None, str | None]:
    """An institution that is only a unit ("Department of Botany", after "Ph.D., "), where another
    line of the entry names a university ("Tarrow University" over it), gives way to the university:
    the school a committee counts; the unit's subject is then the field, when none is printed."""
    if not _is_unit(institution):
        return institution, field_name
    named = [t for t in candidates if has_word(t, "org_words") and not _is_unit(t) and t != institution]
    university = next((t for t in named if has_word(t, "university_words")), named[0] if named else None)
    if university is None or institution is None:
        return institution, field_name
    return university.strip(" ,").removesuffix("."), field_name or _unit_subject(institution)


def _is_unit(text: str | None) -> bool:
    """A unit of an institution named alone ("Department of Botany", "School of Law"), no university."""
    if not text:
        return False
    return text.casefold().startswith(tuple(words("unit_leads"))) and not has_word(text, "university_words")


def _unit_subject(unit: str) -> str | None:
    """What a unit is of: "Department of Botany" -> "Botany"; None when it names no more than its lead."""
    lead = next((w for w in words("unit_leads") if unit.casefold().startswith(w)), "")
    rest = unit[len(lead) :].split()
    while rest and rest[0].casefold() in words("name_connectors"):
        rest = rest[1:]
    subject = " ".join(rest).strip(" ,;.")
    return subject or None


def _kept_apart(merged: dict[str, str | None], rules: dict[str, str | None]) -> dict[str, str | None]:
    """The learned fields, each its own thing: a degree the rules read whole ("B.A. + M.A.") is not
    cut to its first half, and a field that is the institution's very text ("Botany Tarrow University"
    read as both) gives way to the rules' field, or to none."""
    merged = dict(merged)
    degree, rule_degree = merged.get("degree"), rules.get("degree")
    if degree and rule_degree and rule_degree.startswith(degree) and len(rule_degree) > len(degree):
        merged["degree"] = rule_degree
    field, institution = merged.get("field"), merged.get("institution")
    if field and institution and key(field) == key(institution):
        rule_field = rules.get("field")
        merged["field"] = rule_field if rule_field and key(rule_field) != key(institution) else None
    return merged


def smart_title(text: str) -> str:
    small = {"and", "of", "in", "the", "for", "with", "on", "at", "to"}
    words = text.lower().split()
    return " ".join(w if (i and w in small) else w[:1].upper() + w[1:] for i, w in enumerate(words))


def _field_and_institution(after: str) -> tuple[str | None, str | None]:
    """What follows a degree: " in Computer Science, Kestrel University" -> (field, institution)."""
    text = FIELD_LEAD_RE.sub("", after).strip(" ,;()–—-")
    if not text:
        return None, None
    pieces = [p.strip(" ()") for p in DEGREE_TAIL_SEPARATOR_RE.split(text) if p.strip(" ()")]
    field_parts: list[str] = []
    institution = None
    for n, piece in enumerate(pieces):
        if institution is None and has_word(piece, "org_words"):
            institution = piece.removesuffix(".")
            if _is_unit(institution):
                institution = _run_from_unit(text, pieces[n:])
        elif institution is None:
            field_parts.append(piece)
    return (", ".join(field_parts) or None), institution


def _run_from_unit(text: str, pieces: list[str]) -> str:
    """A unit and the institution after it as one printed run ("School of Botany, Tarrow University",
    corpus/README.md): from the unit to the last of the parts right after it that name an organization."""
    last = pieces[0]
    for piece in pieces[1:]:
        if not has_word(piece, "org_words"):
            break
        last = piece
    start = text.find(pieces[0])
    end = text.find(last, start) + len(last)
    return text[start:end].strip(" ,").removesuffix(".")
