"""Assemble one Profile from the extractions of one person's documents.

What needs the whole profile happens here, never in a field parser:
- scalar facts are chosen among candidates by a stated rule: within a document, a bio sentence
  outranks a tagline; across documents, the newest document (by the latest year it mentions)
  wins for the current position and affiliation, a CV outranks a homepage for the name; each
  disagreement is reported in ``warnings``;
- when nothing states the current position, an ongoing degree ("Sep 2022 - May 2027
  (Expected)" -> "Ph.D. student" at that university) or else the open-ended job ("10/2023 -
  present") gives it, with its advisors/department;
- publications found twice (in one or several documents) are merged: titles compared after
  normalization with rapidfuzz, the richer record wins field by field, evidence of the first
  kept; the same for education, experience, service, awards;
- the owner is marked in author lists by name variants, and empty author slots (", Zed Xu")
  become the owner with the profile's name when known.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

from rapidfuzz import fuzz

from extractor.document import Candidate, DocumentKind, Extraction
from extractor.fields.entries import has_word, is_place, looks_like_location
from extractor.fields.names import same_person
from extractor.patterns import find_degree
from extractor.patterns.regexes import DEPARTMENT_PART_RE
from extractor.profile import (
    Author,
    Award,
    Education,
    Experience,
    Link,
    Profile,
    Publication,
    Service,
    Skill,
    Source,
    Statement,
    Teaching,
)

# Two titles at or above this rapidfuzz ratio (0-100, normalized text) are the same work.
TITLE_MATCH_RATIO = 92
# Organizations/institutions at or above this token-set ratio are the same place.
ORG_MATCH_RATIO = 88
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
# Position title implied by an ongoing degree of each level.
STUDENT_POSITIONS = {
    "doctorate": "Ph.D. student",
    "master": "Master's student",
    "bachelor": "Undergraduate student",
}

T = TypeVar("T")


def assemble_profile(extractions: Sequence[Extraction], extra_warnings: Sequence[str] = ()) -> Profile:
    """Merge the extractions of one person's documents into a contract Profile."""
    warnings: list[str] = [w for ex in extractions for w in ex.warnings]
    order = {ex.source.index: i for i, ex in enumerate(extractions)}
    recency = {ex.source.index: _latest_year(ex) for ex in extractions}
    kinds = {ex.source.index: ex.kind for ex in extractions}
    names = {ex.source.index: ex.source.path for ex in extractions}

    def by_kind(c: Candidate) -> tuple[int, int, int]:
        return (KIND_PRIORITY.get(kinds[c.source], 9), c.rank, order[c.source])

    def by_recency(c: Candidate) -> tuple[int, int, int]:
        return (-recency[c.source], c.rank, order[c.source])

    def choose(field: str, key: Callable[[Candidate], Any], report: bool = True) -> str | None:
        candidates = [c for ex in extractions for c in getattr(ex.person, field)]
        if not candidates:
            return None
        best = min(candidates, key=key)
        # each other document speaks through its own best candidate
        per_source = {c.source: c for c in sorted(candidates, key=key, reverse=True)}
        for other in per_source.values():
            differs = not _similar(other.value, best.value) or other.detail != best.detail
            if report and other.source != best.source and differs:
                why = "kept the newer" if key is by_recency else f"kept the {kinds[best.source].value}"
                warnings.append(
                    f"{field}: '{_short(best.shown)}' in {names[best.source]} vs '{_short(other.shown)}' in "
                    f"{names[other.source]}; {why}"
                )
                break
        return best.value

    name = choose("name", by_kind)
    native_name = choose("native_name", by_kind)
    position = choose("position", by_recency)
    affiliation = choose("affiliation", by_recency)
    department = choose("department", by_recency)
    location = choose("location", by_recency)
    summary = choose("summary", by_recency, report=False)  # bios differ by nature: the newest one
    advisors = _unique(
        [a for ex in sorted(extractions, key=lambda e: -recency[e.source.index]) for a in ex.person.advisors][
            :4
        ]
    )

    education = _merge_items(
        [i for ex in extractions for i in ex.items.get("education", [])], _same_education
    )
    theses = [i for ex in extractions for i in ex.items.get("publications", [])]
    education = _complete_with_theses(education, theses)  # type: ignore[arg-type]
    experience = _merge_items(
        [i for ex in extractions for i in ex.items.get("experience", [])], _same_experience
    )
    current = _current_role(education, experience)  # type: ignore[arg-type]
    if current is not None:
        cur_position, cur_affiliation, cur_advisors, cur_department = current
        if position is None:
            position = cur_position
            affiliation = affiliation or cur_affiliation
        elif affiliation is None and cur_affiliation:
            affiliation = cur_affiliation
        if not advisors and position == cur_position:
            advisors = cur_advisors
        department = department or (cur_department if position == cur_position else None)

    affiliation, dept_from_affiliation = split_affiliation(affiliation)
    department = department or dept_from_affiliation
    publications = _merge_items(
        [i for ex in extractions for i in ex.items.get("publications", [])], _same_publication
    )
    publications = [_mark_owner(p, name) for p in publications]  # type: ignore[arg-type]
    statement = _merge_statements([ex.statement for ex in extractions if ex.statement is not None])
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
        education=education,  # type: ignore[arg-type]
        experience=experience,  # type: ignore[arg-type]
        publications=publications,
        teaching=_merge_items(
            [i for ex in extractions for i in ex.items.get("teaching", [])], _same_teaching
        ),  # type: ignore[arg-type]
        service=_merge_items([i for ex in extractions for i in ex.items.get("service", [])], _same_service),  # type: ignore[arg-type]
        awards=_merge_items([i for ex in extractions for i in ex.items.get("awards", [])], _same_award),  # type: ignore[arg-type]
        skills=_merge_items([i for ex in extractions for i in ex.items.get("skills", [])], _same_skill),  # type: ignore[arg-type]
        courses=_unique_folded([c for ex in extractions for c in ex.person.courses]),
        interests=_unique_folded([i for ex in extractions for i in ex.person.interests]),
        statement=statement,
        sources=[
            Source(
                path=ex.source.path,
                kind=ex.kind.value,
                media_type=ex.source.media_type.value,  # type: ignore[arg-type]
                sha256=ex.source.sha256,
                pages=ex.source.pages,
            )
            for ex in extractions
        ],
        warnings=_unique([*warnings, *extra_warnings]),
    )


# --- scalars ---------------------------------------------------------------------------------


def split_affiliation(affiliation: str | None) -> tuple[str | None, str | None]:
    """ "Agronomy Department, University of Florida, Gainesville, FL" -> ("University of Florida",
    "Agronomy"): a department part moves to ``department`` and a trailing place is dropped; other
    parts stay ("University of California, Berkeley, School of Information")."""
    if not affiliation:
        return affiliation, None
    parts = [p.strip() for p in affiliation.split(",") if p.strip()]
    department = None
    kept: list[str] = []
    for part in parts:
        match = DEPARTMENT_PART_RE.match(part)
        if match and department is None and len(parts) > 1:
            department = (match["a"] or match["b"]).strip()
            continue
        kept.append(part)
    while len(kept) > 1 and looks_like_location(", ".join(kept[-2:])):
        kept = kept[:-2]  # "Gainesville, FL"
    while len(kept) > 1 and is_place(kept[-1]):
        kept = kept[:-1]
    return (", ".join(kept) or affiliation), department


def _short(text: str) -> str:
    return text if len(text) <= WARNING_VALUE_CHARS else text[: WARNING_VALUE_CHARS - 1] + "…"


def _latest_year(ex: Extraction) -> int:
    years: list[int] = []
    for items in ex.items.values():
        for item in items:
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


def _current_role(
    education: list[Education], experience: list[Experience]
) -> tuple[str | None, str | None, list[str], str | None] | None:
    """(position, affiliation, advisors, department) from an ongoing degree or an open-ended job."""
    for edu in education:
        if (edu.expected or (edu.start and edu.end is None)) and edu.degree_level in STUDENT_POSITIONS:
            return STUDENT_POSITIONS[edu.degree_level], edu.institution, edu.advisors, edu.field
    for job in experience:
        if job.current:
            return job.title, job.organization, job.supervisors, None
    return None


def _complete_with_theses(education: list[Education], publications: list[Publication]) -> list[Education]:
    """A thesis listed as a publication ("PhD Dissertation 2023 | Rice University") completes,
    or adds, the degree it was written for."""
    out = list(education)
    for pub in publications:
        if pub.kind != "thesis":
            continue
        text = " ".join(filter(None, [pub.venue, pub.title]))
        degree = find_degree(text)
        level = degree.level if degree else "doctorate"
        institution = next(
            (
                part.strip(" ,.")
                for part in re.split(r"[|,;]", pub.venue or "")
                if has_word(part, "org_words")
            ),
            None,
        )
        for index, edu in enumerate(out):
            if edu.degree_level == level and (
                institution is None or edu.institution is None or _same_org(edu.institution, institution)
            ):
                out[index] = edu.model_copy(
                    update={
                        "thesis": edu.thesis or pub.title,
                        "institution": edu.institution or institution,
                        "end": edu.end or (str(pub.year) if pub.year else None),
                    }
                )
                break
        else:
            out.append(
                Education(
                    degree=degree.written if degree else None,
                    degree_level=level,  # type: ignore[arg-type]
                    institution=institution,
                    end=str(pub.year) if pub.year else None,
                    thesis=pub.title,
                    evidence=pub.evidence,
                )
            )
    return out


# --- items -----------------------------------------------------------------------------------


@functools.lru_cache(maxsize=NORM_CACHE_SIZE)
def _norm(text: str | None) -> str:
    """Accents, case and punctuation dropped; cached: merging compares every pair of items."""
    text = unicodedata.normalize("NFKD", text or "")
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).casefold()
    return re.sub(r"[^\w]+", " ", text).strip()


def _merge_items(items: list[T], same: Callable[[T, T], bool]) -> list[T]:
    merged: list[T] = []
    for item in items:
        for index, existing in enumerate(merged):
            if same(existing, item):
                merged[index] = _richer(existing, item)  # type: ignore[arg-type]
                break
        else:
            merged.append(item)
    return merged


def _richer(first: Any, second: Any) -> Any:
    """Field by field: keep the first's value unless it is empty and the second's is not.

    The first is the higher-priority source (documents are merged in the order given), except
    that a published record beats an in-submission one: a later document knows the outcome.
    """
    if isinstance(first, Publication) and isinstance(second, Publication):
        first, second = _prefer_published(first, second)
    update: dict[str, Any] = {}
    for field in type(first).model_fields:
        if field in ("evidence", "other_evidence"):
            continue
        mine, theirs = getattr(first, field), getattr(second, field)
        if mine in (None, [], "", False) and theirs not in (None, [], "", False):
            update[field] = theirs
    if isinstance(first, Publication) and isinstance(second, Publication):
        update["authors"] = _richer_authors(first.authors, second.authors)
        update["links"] = _union_by(first.links + second.links, lambda link: link.label)
        update["awards"] = _unique(first.awards + second.awards)
    if "evidence" in type(first).model_fields:
        # the first record's evidence stays primary; every other source's is kept beside it
        seen = {(first.evidence.source, first.evidence.text)}
        others = []
        for ev in [*first.other_evidence, second.evidence, *second.other_evidence]:
            if (ev.source, ev.text) not in seen:
                seen.add((ev.source, ev.text))
                others.append(ev)
        update["other_evidence"] = others
    return first.model_copy(update=update)


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
    return _same_org(a.institution, b.institution) and a.degree_level == b.degree_level and not years_differ


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


def _merge_statements(statements: list[Any]) -> Statement | None:
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


def _links(pairs: list[tuple[str, str]]) -> list[Link]:
    seen: dict[str, Link] = {}
    for kind, url in pairs:
        key = _norm(re.sub(r"^https?://(www\.)?", "", url)).rstrip("/")
        seen.setdefault(key, Link(kind=kind, url=url))  # type: ignore[arg-type]
    return list(seen.values())
