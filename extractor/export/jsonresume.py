"""JSON Resume export: the profile as a JSON Resume (schema 1.0.x) document.

Profile -> dict (``jsonresume_document``) or str (``render_jsonresume``). Used by
``extractor.export.render(profile, "jsonresume")``. Valid against ``schemas/resume-schema-1.0.1.json``
(``schema.json`` of the npm package ``resume-schema`` 1.0.1, MIT, ``schemas/LICENSE-resume-schema``).

Standard keys:
- ``basics``: name, label (position), email (the first), phone (the first), url (the homepage link),
  summary, location (``city``/``region`` from "City, Region[, Country]", else ``address``), profiles
  (every other link: network, username where the URL shows one, url);
- ``work`` from experience (name = organization, position = title, location, startDate, endDate,
  highlights; no endDate while current); ``volunteer`` from service (organization = venue,
  position = role, startDate = year);
- ``education``: institution, area (field), studyType (degree), startDate, endDate, score (GPA);
- ``publications``: name (title), publisher (venue), releaseDate (year), url (first web link),
  summary (abstract);
- ``awards`` (title, date = year, awarder = organization); ``skills`` (name = category,
  keywords = items); ``interests`` (name); ``meta.version``.

Dates are our ``YYYY``/``YYYY-MM``/``YYYY-MM-DD`` strings, which JSON Resume's iso8601 pattern accepts.
URLs that are not absolute http(s) links are left out (the schema wants URIs).

Extension keys (JSON Resume lacks these fields). JSON Resume closes its top level but leaves its
objects open, so every extension is an ``"x-extractor"`` object inside a standard object:
- ``basics["x-extractor"]``: ``native_name``, ``affiliation``, ``department``, ``emails`` and
  ``phones`` (all of them), ``advisors``, ``research_interests``, ``location`` (as written);
- ``work[i]["x-extractor"]``: ``supervisors``, ``current``;
- ``education[i]["x-extractor"]``: ``degree_level``, ``expected``, ``advisors``, ``thesis``,
  ``location``;
- ``publications[i]["x-extractor"]``: ``authors`` (``[{name, is_owner, equal_contribution}]``, a null
  owner slot filled with the profile's name), ``owner_position`` (1-based, null when the owner is not
  in the list), ``kind``, ``status``, ``venue_short``, ``year``, ``awards``, ``links``, ``label``;
- ``meta["x-extractor"]``: ``schema_version`` (of our contract), ``teaching``, ``courses``,
  ``statement``, ``sources``, ``warnings``.
Evidence is not exported here; the contract JSON and the HTML page carry it.
"""

from __future__ import annotations

import json
import re
from functools import cache
from importlib import resources
from typing import Any
from urllib.parse import urlsplit

from extractor.export._common import first_url, safe_url
from extractor.profile import Profile, Publication

EXTENSION_KEY = "x-extractor"
JSON_RESUME_VERSION = "v1.0.0"
NETWORKS = {
    "github": "GitHub",
    "scholar": "Google Scholar",
    "orcid": "ORCID",
    "linkedin": "LinkedIn",
    "twitter": "Twitter",
    "dblp": "DBLP",
    "blog": "Blog",
    "homepage": "Homepage",
    "other": "Website",
}
_WEB = frozenset({"http", "https"})
_ISO_DATE_RE = re.compile(r"^[1-2]\d{3}(-[0-1]\d(-[0-3]\d)?)?$")


def _date(value: str | None) -> str | None:
    return value if value and _ISO_DATE_RE.match(value) else None


def _web(url: str | None) -> str | None:
    return safe_url(url, _WEB)


def _drop_empty(obj: dict[str, Any]) -> dict[str, Any]:
    """Without None values and empty strings (JSON Resume's strings may not be null)."""
    return {k: v for k, v in obj.items() if v is not None and v != ""}


def _username(kind: str, url: str) -> str | None:
    """The handle in a GitHub / Twitter / LinkedIn profile URL: "github.com/jdoe" -> "jdoe"."""
    if kind not in {"github", "twitter", "linkedin"}:
        return None
    segments = [s for s in urlsplit(url).path.split("/") if s]
    if kind == "linkedin" and len(segments) >= 2 and segments[0] == "in":
        return segments[1]
    if kind in {"github", "twitter"} and len(segments) == 1:
        return segments[0]
    return None


def _location(text: str | None) -> dict[str, str] | None:
    if not text:
        return None
    parts = [p.strip() for p in text.split(",") if p.strip()]
    if len(parts) == 2:
        return {"city": parts[0], "region": parts[1]}
    if len(parts) == 3 and len(parts[2]) == 2 and parts[2].isupper():
        return {"city": parts[0], "region": parts[1], "countryCode": parts[2]}
    return {"address": text}


def _basics(profile: Profile) -> dict[str, Any]:
    homepage = next(
        (_web(link.url) for link in profile.links if link.kind == "homepage" and _web(link.url)), None
    )
    profiles = []
    for link in profile.links:
        url = _web(link.url)
        if not url or url == homepage:
            continue
        profiles.append(
            _drop_empty(
                {
                    "network": NETWORKS.get(link.kind, "Website"),
                    "username": _username(link.kind, url),
                    "url": url,
                }
            )
        )
    email = next((e for e in profile.emails if "@" in e), None)
    basics = _drop_empty(
        {
            "name": profile.name,
            "label": profile.position,
            "email": email,
            "phone": profile.phones[0] if profile.phones else None,
            "url": homepage,
            "summary": profile.summary,
            "location": _location(profile.location),
        }
    )
    basics["profiles"] = profiles
    basics[EXTENSION_KEY] = {
        "native_name": profile.native_name,
        "affiliation": profile.affiliation,
        "department": profile.department,
        "location": profile.location,
        "emails": list(profile.emails),
        "phones": list(profile.phones),
        "advisors": list(profile.advisors),
        "research_interests": list(profile.research_interests),
    }
    return basics


def _owner_position(publication: Publication) -> int | None:
    return next((i + 1 for i, a in enumerate(publication.authors) if a.is_owner), None)


def _publication(profile: Profile, publication: Publication) -> dict[str, Any]:
    authors = [
        {
            "name": a.name if a.name or not a.is_owner else profile.name,
            "is_owner": a.is_owner,
            "equal_contribution": a.equal_contribution,
        }
        for a in publication.authors
    ]
    out = _drop_empty(
        {
            "name": publication.title,
            "publisher": publication.venue,
            "releaseDate": str(publication.year) if publication.year else None,
            "url": first_url(publication),
            "summary": publication.abstract,
        }
    )
    out[EXTENSION_KEY] = {
        "authors": authors,
        "owner_position": _owner_position(publication),
        "kind": publication.kind,
        "status": publication.status,
        "venue_short": publication.venue_short,
        "year": publication.year,
        "awards": list(publication.awards),
        "links": [link.model_dump(mode="json") for link in publication.links],
        "label": publication.label,
    }
    return out


def jsonresume_document(profile: Profile) -> dict[str, Any]:
    """The JSON Resume document of a profile (a plain dict, ready for ``json.dumps``)."""
    work = []
    for exp in profile.experience:
        item = _drop_empty(
            {
                "name": exp.organization,
                "position": exp.title,
                "location": exp.location,
                "startDate": _date(exp.start),
                "endDate": None if exp.current else _date(exp.end),
            }
        )
        item["highlights"] = list(exp.highlights)
        item[EXTENSION_KEY] = {"supervisors": list(exp.supervisors), "current": exp.current}
        work.append(item)
    education = []
    for edu in profile.education:
        item = _drop_empty(
            {
                "institution": edu.institution,
                "area": edu.field,
                "studyType": edu.degree,
                "startDate": _date(edu.start),
                "endDate": _date(edu.end),
                "score": edu.gpa,
            }
        )
        item[EXTENSION_KEY] = {
            "degree_level": edu.degree_level,
            "expected": edu.expected,
            "advisors": list(edu.advisors),
            "thesis": edu.thesis,
            "location": edu.location,
        }
        education.append(item)
    volunteer = [
        _drop_empty(
            {"organization": s.venue, "position": s.role, "startDate": str(s.year) if s.year else None}
        )
        for s in profile.service
    ]
    awards = [
        _drop_empty({"title": a.title, "date": str(a.year) if a.year else None, "awarder": a.organization})
        for a in profile.awards
    ]
    skills = []
    for skill in profile.skills:
        entry: dict[str, Any] = _drop_empty({"name": skill.category})
        entry["keywords"] = list(skill.items)
        skills.append(entry)
    return {
        "basics": _basics(profile),
        "work": work,
        "volunteer": volunteer,
        "education": education,
        "awards": awards,
        "publications": [_publication(profile, p) for p in profile.publications],
        "skills": skills,
        "interests": [{"name": i} for i in profile.interests],
        "meta": {
            "version": JSON_RESUME_VERSION,
            EXTENSION_KEY: {
                "schema_version": profile.schema_version,
                "teaching": [t.model_dump(mode="json", exclude={"evidence"}) for t in profile.teaching],
                "courses": list(profile.courses),
                "statement": profile.statement.model_dump(mode="json") if profile.statement else None,
                "sources": [s.model_dump(mode="json") for s in profile.sources],
                "warnings": list(profile.warnings),
            },
        },
    }


def render_jsonresume(profile: Profile) -> str:
    """The JSON Resume document, indented, non-ASCII kept."""
    return json.dumps(jsonresume_document(profile), indent=2, ensure_ascii=False) + "\n"


@cache
def _schema_text() -> str:
    schema = resources.files("extractor.export").joinpath("schemas", "resume-schema-1.0.1.json")
    return schema.read_text("utf-8")


def jsonresume_schema() -> dict[str, Any]:
    """The official JSON Resume schema (``resume-schema`` 1.0.1, draft-04), as shipped."""
    schema: dict[str, Any] = json.loads(_schema_text())
    return schema
