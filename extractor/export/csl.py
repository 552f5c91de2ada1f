"""CSL-JSON export: one CSL item per publication, for reference managers and citeproc.

Profile -> list[dict] (``csl_items``) or str (``render_csl``). Used by
``extractor.export.render(profile, "csl-json")``.

Mapping from our publication:
- ``id``: the BibTeX citation key (``bibtex.py``), so both exports cite the same keys.
- ``type`` from ``kind``: conference -> paper-conference, journal -> article-journal, workshop ->
  paper-conference, preprint -> article with ``genre: "preprint"``, thesis -> thesis, report -> report,
  book -> book, chapter -> chapter, patent -> patent, poster -> paper-conference with ``genre: "poster"``,
  other -> document (a CSL 1.0.2 type).
- ``author``: ``[{given, family}]`` split by ``_common.split_name``; lowercase particles go to
  ``non-dropping-particle`` ("van der"), "Jr." to ``suffix``; a one-word name is ``family`` only; a null
  owner slot takes the profile's name, and an author with no name at all is left out.
- ``issued``: ``{"date-parts": [[year]]}``; ``container-title`` / ``container-title-short``: venue and
  venue_short (``publisher`` instead for thesis, report and book: the awarding or issuing body).
- ``status``: "accepted", "in submission", "under review" or "preprint" (omitted when published).
- ``note``: awards and equal contribution (the schema is closed, so they cannot be keys of their own);
  ``URL``: the first web link; ``abstract``.

Schema: ``schemas/csl-data.json`` is the CSL project's ``csl-data.json`` (the draft-03 edition) as
shipped in the PyPI package ``citepy`` 0.5.0 under the MIT licence (``schemas/LICENSE-csl-data``); no
npm or PyPI package ships the 1.0.2 edition. That edition predates the ``document`` type, which
CSL 1.0.2 added; :func:`csl_schema` returns the schema with the 1.0.2 types we emit added to its enum.
"""

from __future__ import annotations

import copy
import json
import re
from functools import cache
from importlib import resources
from typing import Any

from extractor.export._common import author_names, citation_keys, first_url, split_name
from extractor.profile import Profile, Publication

CSL_TYPES = {
    "conference": "paper-conference",
    "journal": "article-journal",
    "workshop": "paper-conference",
    "preprint": "article",
    "thesis": "thesis",
    "report": "report",
    "book": "book",
    "chapter": "chapter",
    "patent": "patent",
    "poster": "paper-conference",
    "other": "document",
}
GENRES = {"preprint": "preprint", "poster": "poster"}
STATUSES = {
    "accepted": "accepted",
    "in_submission": "in submission",
    "under_review": "under review",
    "preprint": "preprint",
}
# kinds whose venue is the body that issued the work rather than a container
PUBLISHER_KINDS = frozenset({"thesis", "report", "book"})
# item types of CSL 1.0.2 that the vendored (older) schema lacks and we emit
CSL_102_TYPES = ("document",)
_AND_RE = re.compile(r"\sand\s", re.IGNORECASE)


def csl_name(name: str) -> dict[str, str]:
    """One CSL name object: ``{"given": "Jan", "non-dropping-particle": "van der", "family": "Berg"}``."""
    parts = split_name(name)
    if not parts.family or _AND_RE.search(name):  # not one person's name: keep it whole
        return {"literal": name}
    out = {"family": parts.family}
    if parts.given:
        out["given"] = parts.given
    if parts.particle:
        out["non-dropping-particle"] = parts.particle
    if parts.suffix:
        out["suffix"] = parts.suffix
    return out


def csl_item(profile: Profile, publication: Publication, key: str) -> dict[str, Any]:
    """The CSL-JSON item of one publication."""
    item: dict[str, Any] = {"id": key, "type": CSL_TYPES.get(publication.kind, "document")}
    if publication.kind in GENRES:
        item["genre"] = GENRES[publication.kind]
    item["title"] = publication.title
    authors = [csl_name(name) for name, _, _ in author_names(profile, publication) if name]
    if authors:
        item["author"] = authors
    if publication.year:
        item["issued"] = {"date-parts": [[publication.year]]}
    if publication.venue:
        item["publisher" if publication.kind in PUBLISHER_KINDS else "container-title"] = publication.venue
    if publication.venue_short and publication.kind not in PUBLISHER_KINDS:
        item["container-title-short"] = publication.venue_short
    if publication.status in STATUSES:
        item["status"] = STATUSES[publication.status]
    url = first_url(publication)
    if url:
        item["URL"] = url
    if publication.abstract:
        item["abstract"] = publication.abstract
    notes = list(publication.awards)
    equal = [name for name, _, eq in author_names(profile, publication) if eq and name]
    if equal:
        notes.append("Equal contribution: " + ", ".join(equal))
    if notes:
        item["note"] = "; ".join(notes)
    return item


def csl_items(profile: Profile) -> list[dict[str, Any]]:
    """One CSL item per publication, in the profile's order."""
    keys = citation_keys(profile)
    return [csl_item(profile, pub, key) for pub, key in zip(profile.publications, keys, strict=True)]


def render_csl(profile: Profile) -> str:
    """The CSL-JSON array, indented, non-ASCII kept."""
    return json.dumps(csl_items(profile), indent=2, ensure_ascii=False) + "\n"


@cache
def _vendored_schema() -> dict[str, Any]:
    text = resources.files("extractor.export").joinpath("schemas", "csl-data.json").read_text("utf-8")
    schema: dict[str, Any] = json.loads(text)
    return schema


def csl_schema() -> dict[str, Any]:
    """The vendored CSL-JSON schema (draft-03) with the CSL 1.0.2 item types we emit added."""
    schema = copy.deepcopy(_vendored_schema())
    enum = schema["items"]["properties"]["type"]["enum"]
    enum.extend(t for t in CSL_102_TYPES if t not in enum)
    return schema
