"""Assemble one Profile from the extractions of one person's documents.

What needs the whole profile happens here, never in a field parser:
- scalar facts are chosen among candidates by a stated rule: within a document, a bio sentence
  outranks a tagline; across documents, the newest document (by the latest year it mentions)
  wins for the current position and affiliation, also where it only implies them by an open job
  or a degree under way, a CV outranks a homepage for the name; each disagreement is reported in
  ``warnings``, and two documents of different people are reported by both names;
- when nothing states the current position, an ongoing degree ("Sep 2021 - May 2026
  (Expected)" -> "Ph.D. student" at that university) or else the open-ended job ("10/2023 -
  present") gives it, with its advisors/department: the education and experience handlers offer
  them as candidates of a lower rank (``fields/current.py``), chosen here like any other;
- publications found twice (in one or several documents) are merged: titles compared after
  normalization with rapidfuzz, the richer record wins field by field, evidence of the first
  kept; the same for education, experience, service, awards;
- the owner is marked in author lists by name variants, and empty author slots (", Zed Xu")
  become the owner with the profile's name when known.
"""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Callable, Sequence
from typing import TypeVar

from rapidfuzz import fuzz

from extractor.document import Candidate, CandidateField, DocumentKind, Extraction
from extractor.parse.bio import institution_in, is_unit, university_in
from extractor.parse.contact import is_safe_url
from extractor.parse.dates import find_date_range
from extractor.parse.entries import has_word
from extractor.parse.names import same_person
from extractor.parse.places import is_place
from extractor.parse.text import fold, url_key
from extractor.patterns.org_regexes import BUILDING_END_RE, DEGREE_NOTE_RE
from extractor.patterns.regexes import (
    DOCTORAL_TITLE_RE,
    NON_WORD_RUN_RE,
    PLACE_NOTE_RE,
    STUDENT_POSITION_RE,
    UNIT_ORG_SPLIT_RE,
)
from extractor.profile import (
    Author,
    Award,
    Education,
    Experience,
    FactsEvidence,
    Grant,
    Link,
    LinkKind,
    Profile,
    Publication,
    Service,
    Skill,
    Source,
    Statement,
    Talk,
    Teaching,
)

# Two titles at or above this rapidfuzz ratio (0-100, normalized text) are the same work.
TITLE_MATCH_RATIO = 92
# Organizations/institutions at or above this token-set ratio are the same place.
ORG_MATCH_RATIO = 88
# Words an entry's title may start with that say it is current ("Current Research Engineer").
TITLE_PRESENT_WORDS = frozenset({"current", "currently", "present", "now"})
# An affiliation longer than this (words) is a sentence the parsers took for an employer.
AFFILIATION_MAX_WORDS = 14
# An institution named by an acronym first ("KIT Wrenfield") has at least this many capitals.
ACRONYM_LEAD_MIN_CHARS = 2
# An entry's start is looked for in this many of its first lines.
ENTRY_HEAD_LINES = 3
# A value quoted in a warning is cut to this many characters.
WARNING_VALUE_CHARS = 80
# Normalized strings kept (entries): merging compares every pair of items, each normalized once.
NORM_CACHE_SIZE = 16384
# Which document kinds speak first for the name and for dates/titles (lower wins).
KIND_PRIORITY = {
    DocumentKind.CV: 0,
    DocumentKind.HOMEPAGE: 1,
    DocumentKind.PUBLICATION_LIST: 2,
    DocumentKind.RESEARCH_STATEMENT: 3,
    DocumentKind.TEACHING_STATEMENT: 3,
    DocumentKind.OTHER: 4,
}
# Candidates the education and experience handlers offer for the current role
# (``fields/current.py``): their advisors or supervisors go with the position they give.
# "open-entry": the role an open-ended entry's lines state (``fields/current.py``, OPEN_ENTRY_ORIGIN;
# assemble does not import the field stage, which only a worker that reads documents loads).
ENTRY_ORIGINS = frozenset({"education", "experience", "open-entry"})
PARSED_ENTRY_ORIGINS = frozenset({"education", "experience"})

T = TypeVar("T")
# a contract list item: every one carries evidence and other_evidence
M = TypeVar("M", Education, Experience, Publication, Teaching, Service, Award, Talk, Grant, Skill)
SortKey = tuple[int, ...]


def assemble_profile(extractions: Sequence[Extraction], extra_warnings: Sequence[str] = ()) -> Profile:
    """Merge the extractions of one person's documents into a contract Profile."""
    warnings: list[str] = [w for ex in extractions for w in ex.warnings]
    order = {ex.source.index: i for i, ex in enumerate(extractions)}
    recency = {ex.source.index: _latest_year(ex) for ex in extractions}
    kinds = {ex.source.index: ex.kind for ex in extractions}
    names = {ex.source.index: ex.source.path for ex in extractions}

    def by_kind(c: Candidate) -> SortKey:
        return (KIND_PRIORITY.get(kinds[c.source], 9), c.rank, order[c.source])

    def by_recency(c: Candidate) -> SortKey:
        # the newest document speaks (a stale homepage does not override a newer CV's open job);
        # within it a position it states outranks one an entry implies; a unit alone ("Department
        # of X") is an affiliation only when nothing names an institution; of two open jobs or
        # degrees the entry parsers read, of one rank, the one that started last (the roles read
        # from open entries come in their own order: by section, then the newest start)
        unit = is_unit(c.value) and institution_in(c.value) is None
        entry = c.origin in ENTRY_ORIGINS
        started = -_entry_start(c) if c.origin in PARSED_ENTRY_ORIGINS else 0
        return (unit, -recency[c.source], entry, c.rank, started, order[c.source])

    def choose(
        field: CandidateField, key: Callable[[Candidate], SortKey], report: bool = True
    ) -> Candidate | None:
        candidates = [c for ex in extractions for c in ex.person.candidates(field)]
        if field == "affiliation":
            candidates = [_institution_of(c) for c in candidates]
        if field == "position":
            candidates = [_entry_title(c) for c in candidates]
        candidates = [c for c in candidates if _plausible(field, c)]
        if not candidates:
            return None
        best = min(candidates, key=key)
        # an older document that states the value the newest implies says it better (its detail,
        # "3rd-year", and its sentence as evidence)
        stated = [c for c in candidates if c.origin not in ENTRY_ORIGINS and _similar(c.value, best.value)]
        if best.origin in ENTRY_ORIGINS and stated:
            best = min(stated, key=key)
        if field == "position":
            best = _extended_title(best, candidates)
        # each other document speaks through its own best candidate
        per_source = {c.source: c for c in sorted(candidates, key=key, reverse=True)}
        for other in per_source.values():
            # a qualifier counts when both state one ("2nd-year" vs "3rd-year")
            differs = not _similar(other.value, best.value) or bool(
                other.detail and other.detail != best.detail
            )
            if (
                field == "name"
                and differs
                and other.source != best.source
                and not same_person(other.value, best.value)
            ):
                # two files of different people given together: say so, naming both
                warnings.append(
                    f"name: '{_short(best.value)}' in {names[best.source]} and '{_short(other.value)}' in "
                    f"{names[other.source]} are different people; kept '{_short(best.value)}' "
                    f"(the {kinds[best.source].value})"
                )
                break
            if field == "name" and differs:
                differs = not same_person(other.value, best.value)  # "Jane Q. Doe" and "Jane Doe" agree
            if report and other.source != best.source and differs:
                why = "kept the newer" if key is by_recency else f"kept the {kinds[best.source].value}"
                warnings.append(
                    f"{field}: '{_short(best.shown)}' in {names[best.source]} vs '{_short(other.shown)}' in "
                    f"{names[other.source]}; {why}"
                )
                break
        return best

    chosen = {
        "name": choose("name", by_kind),
        "native_name": choose("native_name", by_kind),
        "position": choose("position", by_recency),
        "affiliation": choose("affiliation", by_recency),
        "department": choose("department", by_recency),
        "location": choose("location", by_recency),
        "summary": choose("summary", by_recency, report=False),  # bios differ by nature: the newest one
    }
    chosen["affiliation"] = _affiliation_of_role(
        chosen["position"], chosen["affiliation"], [c for ex in extractions for c in ex.person.affiliation]
    )
    name, native_name, position, affiliation, department, location, summary = (
        c.value if c is not None else None for c in chosen.values()
    )
    advisors = _unique(
        [a for ex in sorted(extractions, key=lambda e: -recency[e.source.index]) for a in ex.person.advisors][
            :4
        ]
    )

    education = _merge_items([i for ex in extractions for i in ex.items.education], _same_education)
    education = _complete_with_theses(education, [t for ex in extractions for t in ex.theses])
    experience = _merge_items([i for ex in extractions for i in ex.items.experience], _same_experience)
    # the chosen affiliation's department part (split where the candidate was read)
    affiliation_department = chosen["affiliation"].department if chosen["affiliation"] is not None else None
    role = chosen["position"]
    # the entry that gives the position (or states the same title the header gives): its
    # advisors and its field go with it
    entry_roles = [
        c for ex in extractions for c in ex.person.candidates("position") if c.origin in ENTRY_ORIGINS
    ]
    current = None
    if role is not None:
        current = next(
            (c for c in [role, *entry_roles] if c.origin in ENTRY_ORIGINS and _similar(c.value, role.value)),
            None,
        )
        # a header's "Ph.D. Candidate" over the degree entry that makes the same student a "Ph.D. student"
        current = current or next(
            (c for c in entry_roles if c.origin == "education" and _same_student_role(c.value, role.value)),
            None,
        )
    if chosen["department"] is not None and chosen["department"].origin in ENTRY_ORIGINS and current is None:
        department = None  # an ongoing degree's field is the department only when it is the position
    if not advisors and current is not None:
        advisors = _entry_advisors(current, education, experience)
    department = department or affiliation_department
    publications = _merge_items(
        [i for ex in extractions for i in ex.items.publications], _same_publication, _richer_publication
    )
    publications = [_mark_owner(p, name) for p in publications]
    statement = _merge_statements([ex.statement for ex in extractions if ex.statement is not None])
    # where each top-level fact was read: the chosen candidate's evidence, while its value stands
    stands = {"name": name, "position": position, "affiliation": affiliation, "department": department}
    facts_evidence = FactsEvidence(
        **{
            fact: c.evidence
            for fact, value in stands.items()
            if (c := chosen[fact]) is not None and value is not None and value in c.value
        }
    )
    publications = [_with_safe_links(pub) for pub in publications]
    return Profile(
        name=name,
        native_name=native_name,
        position=position,
        affiliation=affiliation,
        department=department,
        location=location,
        emails=_unique([e for ex in extractions for e in ex.person.emails]),
        phones=_unique([p for ex in extractions for p in ex.person.phones]),
        links=_links([link for ex in extractions for link in ex.person.links]),
        summary=summary,
        research_interests=_unique_folded([r for ex in extractions for r in ex.person.research_interests]),
        advisors=advisors,
        education=education,
        experience=experience,
        publications=publications,
        teaching=_merge_items([i for ex in extractions for i in ex.items.teaching], _same_teaching),
        service=_merge_items([i for ex in extractions for i in ex.items.service], _same_service),
        awards=_merge_items([i for ex in extractions for i in ex.items.awards], _same_award),
        talks=_merge_items([i for ex in extractions for i in ex.items.talks], _same_talk),
        grants=_merge_items([i for ex in extractions for i in ex.items.grants], _same_grant),
        skills=_merge_items([i for ex in extractions for i in ex.items.skills], _same_skill),
        courses=_unique_folded([c for ex in extractions for c in ex.person.courses]),
        interests=_unique_folded([i for ex in extractions for i in ex.person.interests]),
        statement=statement,
        facts_evidence=facts_evidence,
        sources=[
            Source(
                path=ex.source.path,
                kind=ex.kind.value,
                media_type=ex.source.media_type.value,
                sha256=ex.source.sha256,
                pages=ex.source.pages,
            )
            for ex in extractions
        ],
        warnings=_unique([*warnings, *extra_warnings]),
    )


# --- scalars ---------------------------------------------------------------------------------


def _plausible(field: CandidateField, candidate: Candidate) -> bool:
    """An entry's title is a position only when it holds a role word ("Research Assistant", "Ph.D.
    student"): an entry the parsers cut wrongly gives a project's name or a place as its title. An
    affiliation is no title ("Lab Manager", "Freelance Worker": a role word, no organization word),
    no sentence (a highlight the parsers took for the employer), no postal address and no degree."""
    value = candidate.value
    if field == "affiliation":
        role = has_word(value, "job_titles") and not has_word(value, "org_words")
        first = value.removeprefix("the ")[:1]  # "the University of X" as a sentence gives it
        named = first.isupper() or (first.isalpha() and not first.islower())  # a capital, or "大" (no case)
        return (
            not role
            and named
            and len(value.split()) <= AFFILIATION_MAX_WORDS
            and not _address_or_degree(value)
        )
    if field != "position" or candidate.origin not in ENTRY_ORIGINS:
        return True
    return has_word(value, "job_titles") or STUDENT_POSITION_RE.search(value) is not None


def _address_or_degree(value: str) -> bool:
    """A header line that is a postal address ("Kestrel University Plant Sciences Building") or a
    tagline naming a degree ("DATA SCIENCE (PHD)"): no affiliation, whatever institution it names."""
    return BUILDING_END_RE.search(value) is not None or DEGREE_NOTE_RE.search(value) is not None


def _entry_title(candidate: Candidate) -> Candidate:
    """An entry's title without what the parsers left on it: a leading "Current", a unit or an
    employer after a comma ("Professor, Department of X"), a sentence after a full stop."""
    if candidate.origin not in ENTRY_ORIGINS:
        return candidate
    value = candidate.value.strip(" ·•-–|*")
    first, _, rest = value.partition(" ")
    if rest and first.casefold().strip(":") in TITLE_PRESENT_WORDS:
        value = rest.strip(" :")
    for separator in (". ", ", "):
        head, _, tail = value.partition(separator)
        if tail and has_word(head, "job_titles") and (separator == ". " or has_word(tail, "org_words")):
            value = head.strip()
    words = value.split()
    for index in range(1, len(words)):  # "Researcher Department of Botany": the unit with no comma
        head = " ".join(words[:index])
        if is_unit(" ".join(words[index:])) and has_word(head, "job_titles"):
            value = head
            break
    return candidate if value == candidate.value else dataclasses.replace(candidate, value=value)


def _extended_title(best: Candidate, candidates: list[Candidate]) -> Candidate:
    """A header's short title that an entry of the same document gives in full ("Professor" and
    "Professor of Data Science"): the full one."""
    if best.origin in ENTRY_ORIGINS:
        return best
    prefix = fold(best.value) + " of "
    longer = (
        c
        for c in candidates
        if c.source == best.source and c.origin in ENTRY_ORIGINS and fold(c.value).startswith(prefix)
    )
    return next(longer, best)


def _entry_start(candidate: Candidate) -> int:
    """When the entry that gives a candidate started (``YYYYMM``, 0 when it states no start): the
    first dated range of its first lines."""
    if candidate.evidence is None:
        return 0
    for line in candidate.evidence.text.splitlines()[:ENTRY_HEAD_LINES]:
        found = find_date_range(line)
        # a lone date of an open entry is its start: "Current Engineer" over "| Kestrel" over "2024"
        when = (found.start or found.end) if found is not None else None
        if when and when[:4].isdigit():
            month = when[5:7]
            return int(when[:4]) * 100 + (int(month) if month.isdigit() else 0)
    return 0


def _affiliation_of_role(
    role: Candidate | None, best: Candidate | None, candidates: list[Candidate]
) -> Candidate | None:
    """When the position comes from an entry (an open job, a degree under way) and no header or
    bio states the affiliation, the affiliation that entry gives: the position and the place of one
    role, not the title of one entry and the employer of another."""
    if role is None or role.origin not in ENTRY_ORIGINS or role.evidence is None:
        return best
    if best is not None and (best.origin not in ENTRY_ORIGINS or best.source != role.source):
        return best
    if best is not None and best.evidence is not None and _same_entry(best.evidence.text, role.evidence.text):
        return best
    for candidate in candidates:
        if candidate.source != role.source or candidate.origin not in ENTRY_ORIGINS:
            continue
        if candidate.evidence is None or not _same_entry(candidate.evidence.text, role.evidence.text):
            continue
        candidate = _institution_of(candidate)
        if _plausible("affiliation", candidate):
            return candidate
    return best


def _same_entry(a: str, b: str) -> bool:
    """Whether two evidence texts are of one entry (one holds the other, letters and digits only)."""
    na, nb = _norm(a), _norm(b)
    return bool(na and nb) and (na in nb or nb in na)


def _institution_of(candidate: Candidate) -> Candidate:
    """ "School of Psychology, Wrenfield University" -> "Wrenfield University": the university a
    unit belongs to is the affiliation, the unit its department when none was split off; "Wrenfield
    University, Institute of Root Science" -> the university too."""
    university = (
        university_in(candidate.value)
        or _leading_university(candidate.value)
        or _later_institution(candidate.value)
    )
    if university is None:
        return candidate
    at = candidate.value.find(university)
    # the unit named before the institution ("School of X, Y University", "Roots Lab (RL), ETH Y"),
    # else after it ("Y University, Institute of Z")
    unit = candidate.value[:at].strip(" ,;") or candidate.value[at + len(university) :].strip(" ,;")
    named = is_unit(unit) or (has_word(unit, "org_words") and not has_word(unit, "university_words"))
    department = candidate.department or (unit if unit and named else None)
    return dataclasses.replace(candidate, value=university, department=department)


def _leading_university(value: str) -> str | None:
    """ "Wrenfield University, Research Institute of Root Science": a university named first, the
    other parts organizations of its own (an institute, a lab), units of it ("Unit of Roots"), its
    place, or a role the entry left on it ("Tarrow (I), Principal Investigator: Prof. A"), no
    university among them."""
    parts = [p.strip(" ,.;") for p in UNIT_ORG_SPLIT_RE.split(value)]
    if len(parts) < 2 or not has_word(parts[0], "university_words") or not parts[0][:1].isupper():
        return None
    if all(p and _beside_university(p) for p in parts[1:]):
        return parts[0]
    return None


def _beside_university(part: str) -> bool:
    """What may follow a university named first without naming the affiliation itself."""
    if has_word(part, "university_words"):
        return False
    if has_word(part, "org_words") or is_unit(part) or has_word(part, "job_titles"):
        return True
    # a city with its country's code in brackets ("Tarrow (I)"), or a place the gazetteer knows
    return (PLACE_NOTE_RE.search(part) is not None and len(part.split()) <= 3) or is_place(part)


def _later_institution(value: str) -> str | None:
    """ "Roots Lab (RL), Trinity College Kestrel", "Vision Lab, KIT Wrenfield": after a first part
    that is an organization but no university (a lab, an institute), a later part that names an
    institution (its head word, or an acronym first) and is no unit of it."""
    parts = [p.strip(" ,.;") for p in UNIT_ORG_SPLIT_RE.split(value)]
    first = parts[0]
    if len(parts) < 2 or not has_word(first, "org_words") or has_word(first, "university_words"):
        return None
    for part in parts[1:]:
        lead = part.split()[0] if part.split() else ""
        acronym = len(lead) >= ACRONYM_LEAD_MIN_CHARS and lead.isalpha() and lead.isupper()
        if part[:1].isupper() and not is_unit(part) and (has_word(part, "institution_heads") or acronym):
            return part
    return None


def _short(text: str) -> str:
    return text if len(text) <= WARNING_VALUE_CHARS else text[: WARNING_VALUE_CHARS - 1] + "…"


def _latest_year(ex: Extraction) -> int:
    years: list[int] = []
    for item in ex.items.every():
        for attr in ("start", "end"):
            value = getattr(item, attr, None)
            if isinstance(value, str) and value[:4].isdigit():
                years.append(int(value[:4]))
        year = getattr(item, "year", None)
        if isinstance(year, int):
            years.append(year)
    return max(years, default=0)


def _similar(a: str, b: str) -> bool:
    return _norm(a) == _norm(b)


def _same_student_role(degree_role: str, role: str) -> bool:
    """An ongoing degree's student title and the position chosen are one role told two ways: a
    header's "Ph.D. Candidate" over a degree entry whose level makes it "Ph.D. student"."""
    return (
        STUDENT_POSITION_RE.search(role) is not None
        and STUDENT_POSITION_RE.search(degree_role) is not None
        and (DOCTORAL_TITLE_RE.search(role) is None) == (DOCTORAL_TITLE_RE.search(degree_role) is None)
    )


def _entry_advisors(role: Candidate, education: list[Education], experience: list[Experience]) -> list[str]:
    """The advisors of the ongoing degree, or the supervisors of the open job, that gave the position."""
    for edu in education:
        if edu.evidence == role.evidence or role.evidence in edu.other_evidence:
            return edu.advisors
    for job in experience:
        if job.evidence == role.evidence or role.evidence in job.other_evidence:
            return job.supervisors
    return []


def _complete_with_theses(education: list[Education], theses: list[Education]) -> list[Education]:
    """A thesis listed as a publication (read into the degree it was written for by the field
    parsers) completes that degree, or is added as one."""
    out = list(education)
    for thesis in theses:
        for index, edu in enumerate(out):
            if edu.degree_level == thesis.degree_level and (
                thesis.institution is None
                or edu.institution is None
                or _same_org(edu.institution, thesis.institution)
            ):
                out[index] = edu.model_copy(
                    update={
                        "thesis": edu.thesis or thesis.thesis,
                        "institution": edu.institution or thesis.institution,
                        "end": edu.end or thesis.end,
                    }
                )
                break
        else:
            out.append(thesis)
    return out


# --- items -----------------------------------------------------------------------------------


@functools.lru_cache(maxsize=NORM_CACHE_SIZE)
def _norm(text: str | None) -> str:
    """Accents, case and punctuation dropped; cached: merging compares every pair of items."""
    return NON_WORD_RUN_RE.sub(" ", fold(text or "")).strip()


def _merge_items(
    items: list[M], same: Callable[[M, M], bool], richer: Callable[[M, M], M] | None = None
) -> list[M]:
    merged: list[M] = []
    for item in items:
        for index, existing in enumerate(merged):
            if same(existing, item):
                merged[index] = (richer or _richer)(existing, item)
                break
        else:
            merged.append(item)
    return merged


def _richer(first: M, second: M) -> M:
    """Field by field: keep the first's value unless it is empty and the second's is not.

    The first is the higher-priority source (documents are merged in the order given).
    """
    update: dict[str, object] = {}
    for field in type(first).model_fields:
        if field in ("evidence", "other_evidence"):
            continue
        mine, theirs = getattr(first, field), getattr(second, field)
        if mine in (None, [], "", False) and theirs not in (None, [], "", False):
            update[field] = theirs
    # the first record's evidence stays primary; every other source's is kept beside it
    seen = {(first.evidence.source, first.evidence.text)}
    others = []
    for ev in [*first.other_evidence, second.evidence, *second.other_evidence]:
        if (ev.source, ev.text) not in seen:
            seen.add((ev.source, ev.text))
            others.append(ev)
    update["other_evidence"] = others
    return first.model_copy(update=update)


def _richer_publication(first: Publication, second: Publication) -> Publication:
    """As ``_richer``, except that a published record beats an in-submission one (a later
    document knows the outcome), and authors, links and awards are merged."""
    first, second = _prefer_published(first, second)
    merged = _richer(first, second)
    return merged.model_copy(
        update={
            "authors": _richer_authors(first.authors, second.authors),
            "links": _union_by(first.links + second.links, lambda link: link.label),
            "awards": _unique(first.awards + second.awards),
        }
    )


STATUS_RANK = {"published": 0, "accepted": 1, "preprint": 2, "under_review": 3, "in_submission": 4, None: 5}


def _prefer_published(a: Publication, b: Publication) -> tuple[Publication, Publication]:
    if STATUS_RANK[b.status] < STATUS_RANK[a.status] and b.venue:
        # the outcome is known: the published record's venue, year, kind and status win together
        merged = a.model_copy(
            update={
                "venue": b.venue,
                "venue_short": b.venue_short,
                "year": b.year,
                "kind": b.kind,
                "status": b.status,
            }
        )
        return merged, b
    return a, b


def _richer_authors(a: list[Author], b: list[Author]) -> list[Author]:
    if not a:
        return b
    if not b or len(a) != len(b):
        return a if len(a) >= len(b) else b
    return [
        Author(
            name=x.name or y.name,
            is_owner=x.is_owner or y.is_owner,
            equal_contribution=x.equal_contribution or y.equal_contribution,
        )
        for x, y in zip(a, b, strict=True)
    ]


def _same_publication(a: Publication, b: Publication) -> bool:
    return fuzz.ratio(_norm(a.title), _norm(b.title)) >= TITLE_MATCH_RATIO


def _same_org(a: str | None, b: str | None) -> bool:
    if not a or not b:
        return False
    return fuzz.token_set_ratio(_norm(a), _norm(b)) >= ORG_MATCH_RATIO


def _same_education(a: Education, b: Education) -> bool:
    # two master's at one school in different years (MSc, then MRes) are two degrees
    years_differ = any(x and y and x[:4] != y[:4] for x, y in ((a.start, b.start), (a.end, b.end)))
    # one document's two entries in different fields are two degrees (a double major, "B.A. X" and
    # "B.A. Y" in one year); across documents a field is often written two ways, so it decides nothing
    fields_differ = (
        a.evidence.source == b.evidence.source
        and bool(a.field and b.field)
        and fuzz.token_set_ratio(_norm(a.field), _norm(b.field)) < ORG_MATCH_RATIO
    )
    return (
        _same_org(a.institution, b.institution)
        and a.degree_level == b.degree_level
        and not years_differ
        and not fields_differ
    )


def _same_experience(a: Experience, b: Experience) -> bool:
    same_title = (
        a.title is None
        or b.title is None
        or fuzz.token_set_ratio(_norm(a.title), _norm(b.title)) >= ORG_MATCH_RATIO
    )
    same_start = a.start is None or b.start is None or a.start[:4] == b.start[:4]
    return _same_org(a.organization, b.organization) and same_title and same_start


def _same_teaching(a: Teaching, b: Teaching) -> bool:
    return _norm(a.course) == _norm(b.course) and _norm(a.term) == _norm(b.term)


def _same_service(a: Service, b: Service) -> bool:
    return _norm(a.role) == _norm(b.role) and _norm(a.venue) == _norm(b.venue) and a.year == b.year


def _same_award(a: Award, b: Award) -> bool:
    return _norm(a.title) == _norm(b.title) and (a.year == b.year or a.year is None or b.year is None)


def _same_talk(a: Talk, b: Talk) -> bool:
    return _norm(a.title) == _norm(b.title) and _norm(a.event) == _norm(b.event) and a.date == b.date


def _same_grant(a: Grant, b: Grant) -> bool:
    return _norm(a.title) == _norm(b.title) and _norm(a.funder) == _norm(b.funder)


def _same_skill(a: Skill, b: Skill) -> bool:
    return _norm(a.category) == _norm(b.category) and [_norm(i) for i in a.items] == [
        _norm(i) for i in b.items
    ]


def _mark_owner(pub: Publication, name: str | None) -> Publication:
    if not pub.authors:
        return pub
    authors: list[Author] = []
    for author in pub.authors:
        if author.name is None:
            authors.append(Author(name=name, is_owner=True, equal_contribution=author.equal_contribution))
        elif name and same_person(author.name, name):
            authors.append(author.model_copy(update={"is_owner": True}))
        else:
            authors.append(author)
    return pub.model_copy(update={"authors": authors})


def _merge_statements(statements: list[Statement]) -> Statement | None:
    if not statements:
        return None
    first: Statement = statements[0]
    for other in statements[1:]:
        first = Statement(
            themes=first.themes + other.themes,
            future_directions=_unique(first.future_directions + other.future_directions),
            funding_sources=_unique(first.funding_sources + other.funding_sources),
            references=_union_by(first.references + other.references, lambda r: r.label),
        )
    return first


# --- small helpers ---------------------------------------------------------------------------


def _unique(values: list[str]) -> list[str]:
    return list(dict.fromkeys(v for v in values if v))


def _unique_folded(values: list[str]) -> list[str]:
    seen: dict[str, str] = {}
    for value in values:
        key = _norm(value)
        if key and key not in seen:
            seen[key] = value
    return list(seen.values())


def _union_by(values: list[T], key: Callable[[T], object]) -> list[T]:
    seen: dict[object, T] = {}
    for value in values:
        seen.setdefault(key(value), value)
    return list(seen.values())


def _with_safe_links(pub: Publication) -> Publication:
    """A publication without links a reader cannot safely follow ("javascript:", "data:")."""
    safe = [link for link in pub.links if link.url is None or is_safe_url(link.url)]
    return pub if len(safe) == len(pub.links) else pub.model_copy(update={"links": safe})


def _links(pairs: list[tuple[LinkKind, str]]) -> list[Link]:
    seen: dict[str, Link] = {}
    for kind, url in pairs:
        if not is_safe_url(url):
            continue  # "javascript:", "data:", "file:": other tools render our links
        key = url_key(url)
        seen.setdefault(key, Link(kind=kind, url=url))
    return list(seen.values())
