"""Blind review: a profile with the candidate's identity removed, the same shape as any other.

Profile -> Profile (``redact_profile``). Removed: name and native name (the facts' evidence too),
e-mails, phones, links, location (the address), and the source documents' file names (a CV is
often saved as "Jane_Doe_CV.pdf"; they become "document-1.pdf", ...). In author lists the owner's
name becomes "[candidate]" and ``is_owner`` stays, so first-authorship still shows. The contract has
no photo field and the readers keep no images, so no photo can travel.

Then every remaining string (evidence, titles, summary, warnings, ...) is scrubbed of what was
removed as it was written in the documents: the full name and each of its parts, the e-mail
addresses and their local parts, the URLs with and without scheme and "www." and the handles in
their paths, phone numbers whatever their separators (digits compared with the profile's
phones), the location, the file names. Over-redaction is the safe side: a co-author who shares
the candidate's family name loses it too.

Known limits: identity the profile never found cannot be removed (a name the reader missed, a
nickname, a street address outside the header); the institution and advisors stay, as
committees need them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import PurePath
from typing import Any
from urllib.parse import parse_qsl, urlsplit

from extractor.parse.names import is_particle
from extractor.patterns.redact_regexes import (
    NAME_CONFLICT_RE,
    NAME_PIECE_SPLIT_RE,
    PHONE_RUN_RE,
    URL_LEAD_RE,
    identity_re,
)
from extractor.profile import Profile

CANDIDATE = "[candidate]"
REDACTED = "[redacted]"
# The shortest name part, handle or local part scrubbed on its own: "Li" is a name, "J" is not.
MIN_PART_CHARS = 2
MIN_HANDLE_CHARS = 3
# The fewest digits a run must share with a phone to be that phone ("555-0142" of "+16085550142").
MIN_PHONE_DIGITS = 7
# Keys whose values are vocabulary or digests, never text from a document.
UNTOUCHED_KEYS = frozenset({"schema_version", "kind", "media_type", "sha256", "degree_level", "status"})
# Path segments and query keys of profile URLs that are not the person's handle.
GENERIC_URL_PARTS = frozenset(
    {"citations", "user", "hl", "en", "in", "pid", "pers", "hd", "profile", "people", "home", "index",
     "html", "htm", "php", "www", "about", "cv", "pub", "pubs", "research", "view", "author"}
)  # fmt: skip


def redact_profile(profile: Profile, paths: Sequence[str] | None = None) -> Profile:
    """The profile without the candidate's identity (see the module docstring).

    Args:
        paths: all the person's input files, in order, when some are not among ``sources`` (a
            file that could not be read is still named in ``warnings``); they are numbered
            ``document-1...`` in this order. By default the sources' order.
    """
    data = profile.model_dump(mode="json")
    names = [n for n in (profile.name, profile.native_name) if n]
    warnings = []
    for warning in profile.warnings:  # another document's spelling of the name is identity too
        conflict = NAME_CONFLICT_RE.match(warning)
        if conflict:
            names += [conflict["kept"], conflict["other"]]
            warning = f"{conflict['field']}: the documents give different names; {conflict['why']}"
        warnings.append(warning)
    terms = _identity_terms(profile) + [PurePath(p).name for p in paths or ()]
    data.update(name=None, native_name=None, emails=[], phones=[], links=[], location=None, warnings=warnings)
    if isinstance(data.get("facts_evidence"), dict):
        data["facts_evidence"]["name"] = None
    order = list(paths) if paths is not None else []
    order += [s.path for s in profile.sources if s.path not in order]
    renames = {path: f"document-{i + 1}{PurePath(path).suffix.casefold()}" for i, path in enumerate(order)}
    for source in data.get("sources", []):
        source["path"] = renames[source["path"]]
    for publication in data.get("publications", []):
        for author in publication.get("authors", []):
            if author.get("is_owner"):
                author["name"] = CANDIDATE
    name_re = identity_re(_name_terms(names))
    other_re = identity_re(terms)
    phones = ["".join(ch for ch in p if ch.isdigit()) for p in profile.phones]
    scrubbed = _scrub(data, renames, name_re, other_re, phones)
    return Profile.model_validate(scrubbed)


def _name_terms(names: list[str]) -> list[str]:
    terms: list[str] = []
    for name in names:
        terms.append(name)
        for part in NAME_PIECE_SPLIT_RE.split(name):
            part = part.strip(".'’")
            if len(part) >= MIN_PART_CHARS and not is_particle(part):
                terms.append(part)
    return terms


def _identity_terms(profile: Profile) -> list[str]:
    """What else identifies the candidate, as the documents may have written it."""
    terms: list[str] = []
    for email in profile.emails:
        terms.append(email)
        local = email.split("@", 1)[0]
        if len(local) >= MIN_HANDLE_CHARS:
            terms.append(local)
    for link in profile.links:
        url = link.url.strip()
        bare = URL_LEAD_RE.sub("", url)
        terms += [url, url.rstrip("/"), bare, bare.rstrip("/")]
        parts = urlsplit(url if "//" in url else f"//{url}")
        host = (parts.hostname or "").removeprefix("www.")
        pieces = [p for p in parts.path.split("/") if p]
        pieces += [v for _, v in parse_qsl(parts.query)]
        for piece in pieces:
            piece = piece.lstrip("~@")
            if len(piece) >= MIN_HANDLE_CHARS and piece.casefold() not in GENERIC_URL_PARTS:
                terms.append(piece)
        if link.kind in ("homepage", "blog") and host:
            terms.append(host)  # "janedoe.net" is the person's own page
    if profile.location and len(profile.location) >= MIN_HANDLE_CHARS:
        terms.append(profile.location)
    for source in profile.sources:
        terms.append(PurePath(source.path).name)
    return terms


def _scrub(
    value: Any,
    renames: dict[str, str],
    name_re: re.Pattern[str] | None,
    other_re: re.Pattern[str] | None,
    phones: list[str],
    key: str | None = None,
) -> Any:
    if isinstance(value, dict):
        return {k: _scrub(v, renames, name_re, other_re, phones, k) for k, v in value.items()}
    if isinstance(value, list):
        return [_scrub(v, renames, name_re, other_re, phones, key) for v in value]
    if not isinstance(value, str) or key in UNTOUCHED_KEYS or value in (CANDIDATE, *renames.values()):
        return value
    text = value
    for old, new in sorted(renames.items(), key=lambda kv: -len(kv[0])):
        text = text.replace(old, new)
    if other_re is not None:
        text = other_re.sub(REDACTED, text)
    if name_re is not None:
        text = name_re.sub(CANDIDATE, text)
    if phones:
        text = PHONE_RUN_RE.sub(lambda m: _phone_or_keep(m.group(0), phones), text)
    return text


def _phone_or_keep(run: str, phones: list[str]) -> str:
    digits = "".join(ch for ch in run if ch.isdigit())
    if len(digits) >= MIN_PHONE_DIGITS and any(digits in p or p.endswith(digits[-10:]) for p in phones):
        return REDACTED
    return run
