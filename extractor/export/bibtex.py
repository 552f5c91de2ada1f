"""BibTeX export: one entry per publication, written with bibtexparser v2.

Profile -> str. Used by ``extractor.export.render(profile, "bibtex")``.

- Citation keys are stable: the first author's family name + year (``nd`` when unknown) + the first
  significant word of the title, lowercased ASCII (``zheng2023shockwave``); keys that collide get
  ``a``, ``b``, ``c``... in document order (``pan2023fooa``, ``pan2023foob``). A publication without
  an author list is keyed by the profile owner's family name; no name at all gives ``anon``.
- Entry types from our ``kind``: conference/workshop -> ``inproceedings`` (``booktitle``), journal ->
  ``article`` (``journal``), chapter -> ``incollection`` (``booktitle``), book -> ``book``
  (``publisher``), thesis -> ``phdthesis`` (``school``), report -> ``techreport`` (``institution``),
  poster -> ``inproceedings`` when it has a venue, and preprint/patent/poster without venue/other ->
  ``misc`` (``howpublished``).
- Authors are written ``{particle Family}, Suffix, Given`` joined by `` and ``; a null owner slot takes
  the profile's name; an author with no name at all is left out; a name with a free-standing "and"
  is written as one braced literal so that BibTeX does not split it.
- ``note`` carries a status other than published ("Under review"), the awards and equal contribution;
  ``url`` the first web link (verbatim, only braces and backslashes percent-encoded); ``abstract``.
- Text stays Unicode; the characters LaTeX treats specially (``\\ { } % & # $ _ ~ ^``) are escaped, so
  any input gives balanced braces. The title is wrapped in an extra pair of braces to keep its case.
  :func:`unescape` inverts the escaping exactly (the tests round-trip through it).
"""

from __future__ import annotations

import re
from typing import Any

from bibtexparser import model
from bibtexparser.entrypoint import write_string
from bibtexparser.library import Library
from bibtexparser.writer import BibtexFormat

from extractor.export._common import author_names, citation_keys, first_url, split_name
from extractor.profile import Profile, Publication

ENTRY_TYPES = {
    "conference": "inproceedings",
    "workshop": "inproceedings",
    "journal": "article",
    "chapter": "incollection",
    "book": "book",
    "thesis": "phdthesis",
    "report": "techreport",
    "poster": "inproceedings",
    "preprint": "misc",
    "patent": "misc",
    "other": "misc",
}
# the field that holds the venue, by entry type
VENUE_FIELDS = {
    "inproceedings": "booktitle",
    "incollection": "booktitle",
    "article": "journal",
    "book": "publisher",
    "phdthesis": "school",
    "techreport": "institution",
    "misc": "howpublished",
}
STATUS_NOTES = {
    "accepted": "To appear",
    "in_submission": "In submission",
    "under_review": "Under review",
    "preprint": "Preprint",
}

_AND_RE = re.compile(r"\sand\s", re.IGNORECASE)
_ESCAPES = {
    "\\": r"\textbackslash{}",
    "~": r"\textasciitilde{}",
    "^": r"\textasciicircum{}",
    **{ch: "\\" + ch for ch in "{}%&#$_"},
}


def escape(text: str) -> str:
    """Escape LaTeX's special characters; the rest of the text stays as written (Unicode)."""
    return "".join(_ESCAPES.get(ch, ch) for ch in " ".join(text.split()))


def unescape(value: str) -> str:
    """Invert :func:`escape` (and drop one pair of protecting braces around the whole value)."""
    if value.startswith("{") and value.endswith("}") and _balanced_inside(value):
        value = value[1:-1]
    out: list[str] = []
    i = 0
    reverse = sorted(((v, k) for k, v in _ESCAPES.items()), key=lambda pair: -len(pair[0]))
    while i < len(value):
        for escaped, char in reverse:
            if value.startswith(escaped, i):
                out.append(char)
                i += len(escaped)
                break
        else:
            out.append(value[i])
            i += 1
    return "".join(out)


def _balanced_inside(value: str) -> bool:
    """Whether the first brace of ``value`` closes at its last character (``{a}{b}`` is not)."""
    depth = 0
    i = 0
    while i < len(value):
        ch = value[i]
        if ch == "\\":
            i += 2
            continue
        if ch == "{":
            depth += 1
        elif ch == "}":
            depth -= 1
            if depth == 0 and i != len(value) - 1:
                return False
        i += 1
    return depth == 0


def url_value(url: str) -> str:
    """A URL as BibTeX's verbatim ``url`` field takes it: as written, braces and backslashes encoded."""
    return url.replace("\\", "%5C").replace("{", "%7B").replace("}", "%7D")


def bibtex_name(name: str) -> str:
    """A name in BibTeX's ``von Last, Jr, First`` form: "van der Berg, Jan"."""
    if _AND_RE.search(name):  # "and" would split it into two people: keep it one braced literal
        return "{" + escape(name) + "}"
    parts = split_name(name)
    family = escape(parts.full_family) or escape(name)
    pieces = [family]
    if parts.suffix:
        pieces.append(escape(parts.suffix))
    if parts.given:
        pieces.append(escape(parts.given))
    elif parts.suffix:
        pieces.append("")
    return ", ".join(pieces)


def _notes(profile: Profile, publication: Publication) -> list[str]:
    notes: list[str] = []
    if publication.status in STATUS_NOTES:
        notes.append(STATUS_NOTES[publication.status])
    notes.extend(publication.awards)
    equal = [name for name, _, eq in author_names(profile, publication) if eq and name]
    if equal:
        notes.append("Equal contribution: " + ", ".join(equal))
    return notes


def entry_for(profile: Profile, publication: Publication, key: str) -> model.Entry:
    """The BibTeX entry of one publication."""
    entry_type = ENTRY_TYPES.get(publication.kind, "misc")
    if publication.kind == "poster" and not publication.venue:
        entry_type = "misc"
    fields = [model.Field("title", "{{" + escape(publication.title) + "}}")]
    names = [name for name, _, _ in author_names(profile, publication) if name]
    if names:
        fields.append(model.Field("author", "{" + " and ".join(bibtex_name(n) for n in names) + "}"))
    if publication.venue:
        fields.append(model.Field(VENUE_FIELDS[entry_type], "{" + escape(publication.venue) + "}"))
    if publication.year:
        fields.append(model.Field("year", "{" + str(publication.year) + "}"))
    url = first_url(publication)
    if url:
        fields.append(model.Field("url", "{" + url_value(url) + "}"))
    notes = _notes(profile, publication)
    if notes:
        fields.append(model.Field("note", "{" + escape("; ".join(notes)) + "}"))
    if publication.abstract:
        fields.append(model.Field("abstract", "{" + escape(publication.abstract) + "}"))
    return model.Entry(entry_type, key, fields)


def render_bibtex(profile: Profile) -> str:
    """The profile's publications as a BibTeX file (empty string when there are none)."""
    library = Library()
    for publication, key in zip(profile.publications, citation_keys(profile), strict=True):
        library.add(entry_for(profile, publication, key))
    if not library.entries:
        return ""
    # the values carry their own braces: no enclosing middleware, fields in our order
    bibtex_format: Any = BibtexFormat()  # type: ignore[no-untyped-call]  # untyped in bibtexparser
    bibtex_format.indent = "  "
    bibtex_format.block_separator = "\n"
    text = write_string(library, unparse_stack=[], bibtex_format=bibtex_format)
    return text.rstrip("\n") + "\n"
