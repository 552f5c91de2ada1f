"""The profile contract (schema_version "1.0") as Pydantic models.

These models are the source of truth in code for ``../shared/profile-contract.md``;
``schemas/profile.schema.json`` is generated from them (``extract schema``) and a test
keeps the committed file in sync.

Conventions enforced here:
- every key is always present: scalars default to ``None``, lists to ``[]``;
- closed vocabularies are ``Literal`` aliases spelled exactly as the contract;
- dates are ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` strings (``PartialDate``);
- ``extra="forbid"`` so a typo in an expected file or a consumer's fixture fails loudly.

Additions, allowed by the contract ("adding optional fields is fine"): ``skills`` items carry
``evidence`` like every other list item, because the contract's convention asks for evidence
on every list item; and every item with evidence has ``other_evidence``, the evidence of the
same item in the person's other documents, so a merged profile keeps where everything came from.
Planned additions from the contract's optional list: publications' ``doi``, ``volume``, ``issue``,
``pages``, ``publisher``; ``confidence`` on items a model produced; ``talks``, ``grants`` and
``facts_evidence``.
"""

from __future__ import annotations

import json
from typing import Annotated, Final, Literal, get_args

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

SCHEMA_VERSION: Final = "1.0"

PartialDate = Annotated[str, StringConstraints(pattern=r"^\d{4}(-\d{2}(-\d{2})?)?$")]
DegreeLevel = Literal["bachelor", "master", "doctorate", "other"]
# The first nine are the contract's; the rest are optional additions (schema_version stays "1.0").
LinkKind = Literal[
    "homepage",
    "github",
    "scholar",
    "orcid",
    "linkedin",
    "twitter",
    "dblp",
    "blog",
    "other",
    "bluesky",
    "mastodon",
    "researchgate",
    "semantic_scholar",
    "osf",
]
PublicationKind = Literal[
    "conference",
    "journal",
    "workshop",
    "preprint",
    "thesis",
    "report",
    "book",
    "chapter",
    "patent",
    "poster",
    "other",
]
PUBLICATION_KINDS: frozenset[str] = frozenset(get_args(PublicationKind))
PublicationStatus = Literal["published", "accepted", "in_submission", "under_review", "preprint"]
DocumentKindName = Literal[
    "cv", "homepage", "research_statement", "teaching_statement", "publication_list", "other"
]
MediaTypeName = Literal[
    "application/pdf",
    "text/html",
    "text/plain",
    "text/markdown",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
]


class Contract(BaseModel):
    """Base for every contract model: closed (no unknown keys), defaults always serialized."""

    # Each model's validator is built when first used, not at import: a worker that reads documents
    # never validates a whole Profile (its parent assembles it), and a cold start saves the build.
    model_config = ConfigDict(
        extra="forbid", json_schema_serialization_defaults_required=True, defer_build=True
    )


class Evidence(Contract):
    source: int = Field(description="index into `sources`")
    page: int | None = Field(default=None, description="1-based page, null for HTML and text")
    text: str = Field(description="the line(s) the item was parsed from")


class Link(Contract):
    kind: LinkKind
    url: str


class Education(Contract):
    degree: str | None = None
    degree_level: DegreeLevel | None = None
    field: str | None = None
    institution: str | None = None
    location: str | None = None
    start: PartialDate | None = None
    end: PartialDate | None = None
    expected: bool = False
    advisors: list[str] = Field(default_factory=list)
    gpa: str | None = None
    thesis: str | None = None
    confidence: float | None = Field(
        default=None, ge=0, le=1, description="the model's probability that the item is right"
    )
    evidence: Evidence
    other_evidence: list[Evidence] = Field(
        default_factory=list, description="the same item as other documents give it (merged packets)"
    )


class Experience(Contract):
    title: str | None = None
    organization: str | None = None
    location: str | None = None
    start: PartialDate | None = None
    end: PartialDate | None = None
    current: bool = False
    supervisors: list[str] = Field(default_factory=list)
    highlights: list[str] = Field(default_factory=list)
    confidence: float | None = Field(
        default=None, ge=0, le=1, description="the model's probability that the item is right"
    )
    evidence: Evidence
    other_evidence: list[Evidence] = Field(
        default_factory=list, description="the same item as other documents give it (merged packets)"
    )


class Author(Contract):
    name: str | None = None
    is_owner: bool = False
    equal_contribution: bool = False


class PublicationLink(Contract):
    label: str
    url: str | None = None


class Publication(Contract):
    title: str
    authors: list[Author] = Field(default_factory=list)
    venue: str | None = None
    venue_short: str | None = None
    year: int | None = None
    kind: PublicationKind = "other"
    status: PublicationStatus | None = None
    awards: list[str] = Field(default_factory=list)
    links: list[PublicationLink] = Field(default_factory=list)
    label: str | None = None
    abstract: str | None = None
    doi: str | None = Field(default=None, description="as printed, without the resolver prefix")
    volume: str | None = None
    issue: str | None = None
    pages: str | None = None
    publisher: str | None = None
    confidence: float | None = Field(
        default=None, ge=0, le=1, description="the model's probability that the item is right"
    )
    evidence: Evidence
    other_evidence: list[Evidence] = Field(
        default_factory=list, description="the same item as other documents give it (merged packets)"
    )


class Teaching(Contract):
    role: str | None = None
    course: str | None = None
    term: str | None = None
    institution: str | None = None
    confidence: float | None = Field(
        default=None, ge=0, le=1, description="the model's probability that the item is right"
    )
    evidence: Evidence
    other_evidence: list[Evidence] = Field(
        default_factory=list, description="the same item as other documents give it (merged packets)"
    )


class Service(Contract):
    role: str | None = None
    venue: str | None = None
    year: int | None = None
    confidence: float | None = Field(
        default=None, ge=0, le=1, description="the model's probability that the item is right"
    )
    evidence: Evidence
    other_evidence: list[Evidence] = Field(
        default_factory=list, description="the same item as other documents give it (merged packets)"
    )


class Award(Contract):
    title: str
    year: int | None = None
    organization: str | None = None
    confidence: float | None = Field(
        default=None, ge=0, le=1, description="the model's probability that the item is right"
    )
    evidence: Evidence
    other_evidence: list[Evidence] = Field(
        default_factory=list, description="the same item as other documents give it (merged packets)"
    )


class Talk(Contract):
    title: str | None = None
    event: str | None = None
    location: str | None = None
    date: PartialDate | None = None
    invited: bool = False
    confidence: float | None = Field(
        default=None, ge=0, le=1, description="the model's probability that the item is right"
    )
    evidence: Evidence
    other_evidence: list[Evidence] = Field(
        default_factory=list, description="the same item as other documents give it (merged packets)"
    )


class Grant(Contract):
    title: str | None = None
    funder: str | None = None
    amount: str | None = None
    role: str | None = None
    start: PartialDate | None = None
    end: PartialDate | None = None
    confidence: float | None = Field(
        default=None, ge=0, le=1, description="the model's probability that the item is right"
    )
    evidence: Evidence
    other_evidence: list[Evidence] = Field(
        default_factory=list, description="the same item as other documents give it (merged packets)"
    )


class FactsEvidence(Contract):
    """Where each top-level fact was read."""

    name: Evidence | None = None
    position: Evidence | None = None
    affiliation: Evidence | None = None
    department: Evidence | None = None


class Skill(Contract):
    category: str | None = None
    items: list[str] = Field(default_factory=list)
    evidence: Evidence
    other_evidence: list[Evidence] = Field(
        default_factory=list, description="the same item as other documents give it (merged packets)"
    )


class Theme(Contract):
    title: str
    summary: str | None = None
    references: list[str] = Field(default_factory=list)


class CitedWork(Contract):
    label: str
    venue: str | None = None
    year: int | None = None
    status: str | None = None


class Statement(Contract):
    themes: list[Theme] = Field(default_factory=list)
    future_directions: list[str] = Field(default_factory=list)
    funding_sources: list[str] = Field(default_factory=list)
    references: list[CitedWork] = Field(default_factory=list)


class Source(Contract):
    path: str
    kind: DocumentKindName
    media_type: MediaTypeName
    sha256: str
    pages: int | None = None


class Profile(Contract):
    """One person's profile, assembled from one or more of their documents."""

    schema_version: Literal["1.0"] = SCHEMA_VERSION
    name: str | None = None
    native_name: str | None = None
    position: str | None = None
    affiliation: str | None = None
    department: str | None = None
    location: str | None = None
    emails: list[str] = Field(default_factory=list)
    phones: list[str] = Field(default_factory=list)
    links: list[Link] = Field(default_factory=list)
    summary: str | None = None
    research_interests: list[str] = Field(default_factory=list)
    advisors: list[str] = Field(default_factory=list)
    education: list[Education] = Field(default_factory=list)
    experience: list[Experience] = Field(default_factory=list)
    publications: list[Publication] = Field(default_factory=list)
    teaching: list[Teaching] = Field(default_factory=list)
    service: list[Service] = Field(default_factory=list)
    awards: list[Award] = Field(default_factory=list)
    talks: list[Talk] = Field(default_factory=list)
    grants: list[Grant] = Field(default_factory=list)
    skills: list[Skill] = Field(default_factory=list)
    courses: list[str] = Field(default_factory=list)
    interests: list[str] = Field(default_factory=list)
    statement: Statement | None = None
    facts_evidence: FactsEvidence = Field(default_factory=FactsEvidence)
    sources: list[Source] = Field(default_factory=list)
    warnings: list[str] = Field(default_factory=list)


def profile_json(profile: Profile, *, compact: bool = False) -> str:
    """The profile as printed: JSON text (UTF-8 characters kept, indented by 2 or compact) ending in
    a newline. The one JSON rendering of a profile: the CLI and ``export.render(..., "json")``."""
    data = profile.model_dump(mode="json")
    if compact:
        return json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n"
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
