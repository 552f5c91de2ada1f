"""The labelled corpus: annotation files, the documents they describe, and their validation.

One JSON file per document, ``corpus/<cv|homepage|statement>/<name>.json`` (``corpus/README.md``
is the reference for the format). An annotation is anchored to text, never to line numbers:
every item's ``evidence.text`` is the item as the document prints it, and every field value it
prints is found inside that evidence. Matching uses ``match_key`` (NFKC, case-folded, letters and
digits only), so a change of reader (line breaks, spacing, reading order inside a line) does not
invalidate an annotation; what a reader splits differently is reported by ``validate``.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from extractor.document import Document, MediaType
from extractor.options import ExtractOptions, PdfReader
from extractor.parse.text import fold
from extractor.profile import Profile

FORMAT = "extractor-corpus/1"
REPO_ROOT = Path(__file__).resolve().parents[2]
CORPUS_DIR = Path(os.environ.get("EXTRACTOR_CORPUS", REPO_ROOT / "corpus"))
DOCUMENT_TYPES = ("cv", "homepage", "statement")
# statement files are "<id>-research", "<id>-teaching", "<id>-diversity"
STATEMENT_FILES = {
    "research": "research-statement.pdf",
    "teaching": "teaching-statement.pdf",
    "diversity": "diversity-statement.pdf",
}
# Section kinds an annotation may use: the segmenter's kinds plus what the contract lists but the
# segmenter does not name yet (grants).
SECTION_KINDS = frozenset(
    {
        "header",
        "about",
        "research_interests",
        "education",
        "experience",
        "publications",
        "teaching",
        "service",
        "awards",
        "skills",
        "courses",
        "talks",
        "grants",
        "interests",
        "contact",
        "references",
        "statement",
        "other",
    }
)
# Profile lists whose items carry evidence, and the string fields of each that the document prints.
PRINTED_FIELDS: dict[str, tuple[str, ...]] = {
    "education": ("degree", "field", "institution", "location", "gpa", "thesis"),
    "experience": ("title", "organization", "location"),
    "publications": ("title", "venue", "doi", "volume", "issue", "pages", "publisher", "label"),
    "teaching": ("role", "course", "term", "institution"),
    "service": ("role", "venue"),
    "awards": ("title", "organization"),
    "talks": ("title", "event", "location"),
    "grants": ("title", "funder", "amount", "role"),
}
EVIDENCED_LISTS = (*PRINTED_FIELDS, "skills")
# Years outside this range are typos in an annotation, not facts.
MIN_YEAR, MAX_YEAR = 1940, 2035


def shared_dir() -> Path:
    """``../shared`` beside the repository, or ``$EXTRACTOR_SHARED``."""
    return Path(os.environ.get("EXTRACTOR_SHARED", REPO_ROOT.parent / "shared"))


def match_key(text: str) -> str:
    """Text reduced to what survives any reader: compatibility-decomposed (ligatures split), accents
    and spacing accents dropped (a PDF may print "fu¨r" for "für"), case-folded letters and digits.

    >>> match_key("Deep  Learn-\\ning, 2nd ed.")
    'deeplearning2nded'
    """
    return "".join(ch for ch in fold(text) if ch.isalnum())


@dataclass(frozen=True, slots=True)
class SourceRef:
    collection: str  # "pool" or "devset"
    id: str  # the person's folder
    file: str  # "cv.pdf", "homepage.html", "research-statement.pdf", ...
    sha256: str

    @property
    def path(self) -> Path:
        return shared_dir() / self.collection / self.id / self.file

    @property
    def relative(self) -> str:
        return f"{self.collection}/{self.id}/{self.file}"


@dataclass(frozen=True, slots=True)
class Annotation:
    """One annotated document."""

    file: Path  # the annotation file
    doc_type: str  # cv | homepage | statement
    name: str  # the file stem: "<id>" or "<id>-research"
    source: SourceRef
    profile: Profile
    sections: tuple[dict[str, Any], ...]
    checked: dict[str, Any] | None
    raw: dict[str, Any] = field(repr=False)

    @property
    def person(self) -> str:
        return self.source.id


def doc_type_of(source_file: str) -> str:
    if source_file == "cv.pdf":
        return "cv"
    if source_file.startswith("homepage"):
        return "homepage"
    return "statement"


def annotation_name(person: str, source_file: str) -> str:
    for short, name in STATEMENT_FILES.items():
        if source_file == name:
            return f"{person}-{short}"
    return person


def load_annotation(path: Path) -> Annotation:
    """Parse one annotation file (raises ValueError with the reason when it is malformed)."""
    raw = json.loads(path.read_text(encoding="utf-8"))
    if raw.get("format") != FORMAT:
        raise ValueError(f"format is {raw.get('format')!r}, expected {FORMAT!r}")
    src = raw.get("source") or {}
    try:
        source = SourceRef(src["collection"], src["id"], src["file"], src["sha256"])
    except KeyError as e:
        raise ValueError(f"source lacks {e.args[0]!r}") from e
    try:
        profile = Profile.model_validate(raw.get("profile"))
    except ValidationError as e:
        first = e.errors()[0]
        where = ".".join(str(p) for p in first["loc"])
        raise ValueError(f"profile does not validate: {where}: {first['msg']}") from e
    return Annotation(
        file=path,
        doc_type=path.parent.name,
        name=path.stem,
        source=source,
        profile=profile,
        sections=tuple(raw.get("sections") or ()),
        checked=raw.get("checked"),
        raw=raw,
    )


def annotation_files(root: Path = CORPUS_DIR, doc_types: Iterable[str] = DOCUMENT_TYPES) -> list[Path]:
    return sorted(p for t in doc_types for p in (root / t).glob("*.json"))


def load_corpus(root: Path = CORPUS_DIR, doc_types: Iterable[str] = DOCUMENT_TYPES) -> list[Annotation]:
    return [load_annotation(p) for p in annotation_files(root, doc_types)]


@cache
def manifest() -> dict[str, dict[str, Any]]:
    """The pool's manifest by person id (empty when ../shared/pool is absent)."""
    path = shared_dir() / "pool" / "manifest.jsonl"
    if not path.exists():
        return {}
    rows = (json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip())
    return {row["id"]: row for row in rows}


def file_sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


# --- document text ----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class DocumentText:
    """The reader's lines of a source document, and their match keys for anchoring.

    ``other_readings`` hold the same document as the other PDF readers give it: a text is in the
    document when any reader prints it, so a change of reader does not invalidate an annotation
    (the readers differ on a few percent of lines: icon glyphs, superscripts, glued words).
    """

    lines: tuple[str, ...]
    pages: tuple[int | None, ...]
    link_urls: tuple[str, ...]
    other_readings: tuple[tuple[str, ...], ...] = ()
    # what a page prints outside its body: the HTML <title> and meta values ("og:title", "author"),
    # where a homepage may be the only place its owner's name is printed
    metadata: tuple[str, ...] = ()

    @property
    def key(self) -> str:
        readings = (self.lines, *self.other_readings)
        # "|" is never in a match key, so no match runs from one reading into the next
        return "|".join("".join(match_key(line) for line in reading) for reading in readings)


def read_repaired(path: Path | str, options: ExtractOptions) -> Document:
    """A document read and repaired as the pipeline's first two stages do (no field parsing)."""
    from extractor.read import read_document
    from extractor.repair import repair_document

    return repair_document(read_document(str(path), options))


def read_document_text(path: Path) -> DocumentText:
    """Read and repair a document as the pipeline does (no field parsing), with every PDF reader."""
    options = ExtractOptions(use_nlp=False)
    document = read_repaired(path, options)
    others: list[tuple[str, ...]] = []
    if document.source.media_type is MediaType.PDF:
        for reader in PdfReader:
            if reader is not options.reader:
                other = read_repaired(path, ExtractOptions(use_nlp=False, reader=reader))
                others.append(tuple(line.text for line in other.lines))
    return DocumentText(
        lines=tuple(line.text for line in document.lines),
        pages=tuple(line.page for line in document.lines),
        link_urls=tuple(link.url for line in document.lines for link in line.links),
        other_readings=tuple(others),
        metadata=tuple(text for text in (document.title, *(value for _, value in document.meta)) if text),
    )


# --- validation -------------------------------------------------------------------------------


def _evidenced_items(profile: Profile) -> Iterator[tuple[str, int, Any]]:
    for list_name in EVIDENCED_LISTS:
        for i, item in enumerate(getattr(profile, list_name)):
            yield list_name, i, item


def found_in(text: str, doc: DocumentText, doc_key: str) -> bool:
    """Whether printed ``text`` is in the document: whole, or line by line (columns interleave)."""
    key = match_key(text)
    if not key or key in doc_key:
        return True
    parts = [match_key(part) for part in text.splitlines()]
    return all(part in doc_key for part in parts if part)


def _year_printed(date: str | int | None, evidence_key: str) -> bool:
    if date is None:
        return True
    year = str(date)[:4]
    return year in evidence_key or year[2:] in evidence_key


def validate(annotation: Annotation, doc: DocumentText | None) -> list[str]:
    """Every problem of one annotation, one line each (empty when it is valid).

    ``doc`` is the source document's text (None skips the checks against the document).
    """
    problems: list[str] = []
    raw = annotation.raw
    source = annotation.source
    expected_type = doc_type_of(source.file)
    if annotation.doc_type != expected_type:
        problems.append(f"a {source.file} annotation belongs in corpus/{expected_type}/")
    if annotation.name != annotation_name(source.id, source.file):
        problems.append(f"file name should be {annotation_name(source.id, source.file)}.json")
    if source.collection not in ("pool", "devset"):
        problems.append(f"source.collection {source.collection!r} is not pool or devset")
    path = source.path
    if shared_dir().exists():
        if not path.exists():
            problems.append(f"source file {source.relative} does not exist")
        elif file_sha256(path) != source.sha256:
            problems.append(f"sha256 of {source.relative} does not match source.sha256")
        if source.collection == "pool":
            entry = manifest().get(source.id, {}).get("files", {}).get(source.file)
            if entry is None:
                problems.append(f"{source.relative} is not in pool/manifest.jsonl")
            elif entry.get("sha256") != source.sha256:
                problems.append(f"manifest sha256 of {source.relative} differs from source.sha256")
    checked = annotation.checked
    if not checked:
        problems.append("not checked: a draft (see corpus/README.md, 'Checking a draft')")
    else:
        for key in ("by", "date", "method", "draft"):
            if key not in checked:
                problems.append(f"checked lacks {key!r}")
        if checked.get("read_whole_document") is not True:
            problems.append("checked.read_whole_document is not true")
    problems += _validate_sections(annotation)
    problems += _validate_items(annotation, doc)
    if doc is not None and annotation.profile.name:
        doc_key = doc.key + "|" + "|".join(match_key(text) for text in doc.metadata)
        missing = [t for t in annotation.profile.name.split() if match_key(t) and match_key(t) not in doc_key]
        if missing:
            problems.append(f"name part(s) {missing} not in the document")
    if "notes" in raw and not isinstance(raw["notes"], str):
        problems.append("notes must be a string")
    return problems


def _validate_sections(annotation: Annotation) -> list[str]:
    problems: list[str] = []
    section_items: list[str] = []
    for n, section in enumerate(annotation.sections):
        kind = section.get("kind")
        if kind not in SECTION_KINDS:
            problems.append(f"sections[{n}].kind {kind!r} is not one of {sorted(SECTION_KINDS)}")
        items = section.get("items", [])
        if not isinstance(items, list) or not all(isinstance(i, str) for i in items):
            problems.append(f"sections[{n}].items must be a list of strings")
            continue
        section_items.extend(match_key(i) for i in items)
    if annotation.doc_type != "statement":
        for list_name, i, item in _evidenced_items(annotation.profile):
            # an entry may give several items ("Reviewer: A, B" -> two service items): inside one is enough
            key = match_key(item.evidence.text)
            if not any(key in section_item for section_item in section_items):
                problems.append(f"{list_name}[{i}]: its evidence is inside no item of any section")
    return problems


def _validate_items(annotation: Annotation, doc: DocumentText | None) -> list[str]:
    problems: list[str] = []
    doc_key = doc.key if doc is not None else ""
    for list_name, i, item in _evidenced_items(annotation.profile):
        where = f"{list_name}[{i}]"
        evidence = item.evidence.text
        if not evidence.strip():
            problems.append(f"{where}: empty evidence")
            continue
        if item.evidence.source != 0:
            problems.append(f"{where}: evidence.source must be 0 (one document per annotation)")
        if doc is not None and not found_in(evidence, doc, doc_key):
            problems.append(f"{where}: evidence not found in the document: {evidence[:70]!r}")
        evidence_key = match_key(evidence)
        for name in PRINTED_FIELDS.get(list_name, ()):
            value = getattr(item, name)
            if value and match_key(value) not in evidence_key:
                problems.append(f"{where}.{name} is not printed in its evidence: {value[:60]!r}")
        if list_name == "publications":
            for a, author in enumerate(item.authors):
                if author.name is None:
                    continue
                missing = [t for t in author.name.split() if match_key(t) not in evidence_key]
                if missing and not author.is_owner:
                    problems.append(f"{where}.authors[{a}] {author.name!r}: {missing} not in its evidence")
            if item.year is not None and not MIN_YEAR <= item.year <= MAX_YEAR:
                problems.append(f"{where}.year {item.year} is out of range")
            if not _year_printed(item.year, evidence_key):
                problems.append(f"{where}.year {item.year} is not printed in its evidence")
        for name in ("start", "end", "date"):
            value = getattr(item, name, None)
            if value is not None and not _year_printed(value, evidence_key):
                problems.append(f"{where}.{name} {value} is not printed in its evidence")
        if list_name == "skills":
            for value in item.items:
                if match_key(value) not in evidence_key:
                    problems.append(f"{where}: skill {value[:40]!r} is not printed in its evidence")
    statement = annotation.profile.statement
    if statement is not None and doc is not None:
        for t, theme in enumerate(statement.themes):
            if not found_in(theme.title, doc, doc_key):
                problems.append(f"statement.themes[{t}].title not in the document: {theme.title[:60]!r}")
        for f, funder in enumerate(statement.funding_sources):
            if not found_in(funder, doc, doc_key):
                problems.append(f"statement.funding_sources[{f}] not in the document: {funder!r}")
    return problems
