"""Corpus tools: draft an annotation, print a document's text, finish (validate) a draft, render.

    python scripts/corpus.py draft pool/abbott_sam/cv.pdf     # -> corpus/drafts/cv/abbott_sam.json
    python scripts/corpus.py text pool/abbott_sam/cv.pdf      # the reader's lines, page by page
    python scripts/corpus.py finish corpus/drafts/cv/abbott_sam.json --by NAME
    python scripts/corpus.py render corpus/cv/abbott_sam.json -o /tmp/abbott_sam.html
    python scripts/corpus.py todo                             # pool documents without an annotation

A draft is what today's pipeline prints, put in the corpus format; it is a starting point to be
corrected by reading the whole document (corpus/README.md). ``finish`` validates the corrected
file, counts what was corrected, added and removed against the pristine draft, and writes it to
``corpus/<type>/``. Drafts live in ``corpus/drafts/`` (not committed).
"""

from __future__ import annotations

import argparse
import datetime as dt
import html
import json
import os
import sys
from pathlib import Path
from typing import Any

from rapidfuzz import fuzz

from extractor.learn import corpus as cp

DRAFTS = cp.CORPUS_DIR / "drafts"
SOURCE_KINDS = {
    "cv.pdf": "cv",
    "homepage.html": "homepage",
    "research-statement.pdf": "research_statement",
    "teaching-statement.pdf": "teaching_statement",
    "diversity-statement.pdf": "other",
}


def _source_of(spec: str) -> cp.SourceRef:
    collection, person, file = spec.strip("/").split("/")[-3:]
    path = cp.shared_dir() / collection / person / file
    if not path.exists():
        sys.exit(f"corpus: {path}: no such file")
    return cp.SourceRef(collection, person, file, cp.file_sha256(path))


def _dump(data: dict[str, Any], path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


def draft(spec: str) -> Path:
    from extractor.document import DocumentKind
    from extractor.options import ExtractOptions
    from extractor.pipeline import extract
    from extractor.segment import segment_sections, split_entries

    source = _source_of(spec)
    kind = DocumentKind(SOURCE_KINDS[source.file])
    options = ExtractOptions(kind=kind)
    result = extract([str(source.path)], options)
    if result.profile is None:
        sys.exit(f"corpus: {source.relative}: {result.errors[0].reason}")
    profile = json.loads(result.profile.model_dump_json())
    profile["sources"][0]["path"] = source.relative
    profile["warnings"] = []
    document = cp.read_repaired(source.path, options)
    sections = []
    for section in segment_sections(document):
        items = [block.text for block in split_entries(section)]
        sections.append(
            {
                "heading": section.heading.text if section.heading else None,
                "kind": str(section.kind),
                "items": items,
            }
        )
    data = {
        "format": cp.FORMAT,
        "source": {
            "collection": source.collection,
            "id": source.id,
            "file": source.file,
            "sha256": source.sha256,
        },
        "profile": profile,
        "sections": sections,
        "notes": "",
        "checked": None,
    }
    name = cp.annotation_name(source.id, source.file)
    doc_type = cp.doc_type_of(source.file)
    out = DRAFTS / doc_type / f"{name}.json"
    _dump(data, out)
    _dump(data, DRAFTS / doc_type / "pristine" / f"{name}.json")
    return out


def text(spec: str) -> None:
    source = _source_of(spec)
    doc = cp.read_document_text(source.path)
    page = object()
    for line, line_page in zip(doc.lines, doc.pages, strict=True):
        if line_page != page:
            print(f"=== page {line_page} ===")
            page = line_page
        print(line)
    if doc.link_urls:
        print("=== link annotations ===")
        print("\n".join(dict.fromkeys(doc.link_urls)))


def _item_key(list_name: str, item: dict[str, Any]) -> str:
    if list_name == "publications":
        return item.get("title") or ""
    return (item.get("evidence") or {}).get("text", "")


def _draft_changes(draft_data: dict[str, Any], final: dict[str, Any]) -> dict[str, int]:
    """Items of the pristine draft corrected, added and removed in the final annotation."""
    counts = {"items": 0, "corrected": 0, "added": 0, "removed": 0, "scalars_corrected": 0}
    before, after = draft_data["profile"], final["profile"]
    for list_name in cp.EVIDENCED_LISTS:
        old = list(before.get(list_name) or [])
        new = list(after.get(list_name) or [])
        counts["items"] += len(new)
        unmatched = list(range(len(old)))
        for item in new:
            key = _item_key(list_name, item)
            best, score = None, 0.0
            for j in unmatched:
                s = fuzz.ratio(key, _item_key(list_name, old[j]))
                if s > score:
                    best, score = j, s
            if best is None or score < 80:
                counts["added"] += 1
                continue
            unmatched.remove(best)
            strip = ("evidence", "other_evidence")
            if {k: v for k, v in item.items() if k not in strip} != {
                k: v for k, v in old[best].items() if k not in strip
            }:
                counts["corrected"] += 1
        counts["removed"] += len(unmatched)
    for key in (
        "name",
        "native_name",
        "position",
        "affiliation",
        "department",
        "location",
        "emails",
        "phones",
        "links",
        "research_interests",
        "advisors",
        "statement",
    ):
        if before.get(key) != after.get(key):
            counts["scalars_corrected"] += 1
    return counts


def finish(path: Path, by: str, method: str) -> int:
    data = json.loads(path.read_text(encoding="utf-8"))
    pristine = path.parent / "pristine" / path.name
    if not pristine.exists():
        sys.exit(f"corpus: {pristine}: the pristine draft is missing (run draft first)")
    draft_data = json.loads(pristine.read_text(encoding="utf-8"))
    data["checked"] = {
        "by": by,
        "date": dt.date.today().isoformat(),
        "method": method,
        "read_whole_document": True,
        "draft": _draft_changes(draft_data, data),
    }
    doc_type = cp.doc_type_of(data["source"]["file"])
    out = cp.CORPUS_DIR / doc_type / path.name
    tmp = out.with_suffix(".tmp")
    _dump(data, tmp)
    try:
        annotation = cp.load_annotation(tmp)
        annotation = cp.Annotation(
            **{
                **{f: getattr(annotation, f) for f in annotation.__dataclass_fields__},
                "file": out,
                "doc_type": doc_type,
                "name": out.stem,
            }
        )
        problems = cp.validate(annotation, cp.read_document_text(annotation.source.path))
    except ValueError as e:
        problems = [str(e)]
    if problems:
        tmp.unlink()
        print(f"{path}: {len(problems)} problem(s); nothing written")
        for p in problems:
            print(f"  {p}")
        return 1
    tmp.replace(out)
    print(f"{out}: valid; draft changes {data['checked']['draft']}")
    return 0


def render(path: Path, out: Path) -> None:
    annotation = cp.load_annotation(path)
    doc = cp.read_document_text(annotation.source.path)
    doc_key = doc.key
    rows = []
    for section in annotation.sections:
        rows.append(
            f"<h3>{html.escape(str(section.get('heading')))} <small>({section.get('kind')})</small></h3>"
        )
        for item in section.get("items", []):
            ok = cp.found_in(item, doc, doc_key)
            style = "" if ok else " style='background:#fdd'"
            rows.append(f"<pre{style}>{html.escape(item)}</pre>")
    profile = annotation.profile.model_dump_json(indent=1, exclude_defaults=True)
    page = f"""<!doctype html><meta charset=utf-8><title>{html.escape(annotation.name)}</title>
<style>body{{display:flex;gap:1em;font:12px monospace}} div{{flex:1;overflow:auto;height:95vh}}
pre{{white-space:pre-wrap;border-bottom:1px solid #ccc;margin:2px}}</style>
<div><h2>document</h2><pre>{html.escape(chr(10).join(doc.lines))}</pre></div>
<div><h2>sections</h2>{"".join(rows)}</div>
<div><h2>profile</h2><pre>{html.escape(profile)}</pre></div>"""
    out.write_text(page, encoding="utf-8")
    print(out)


def todo() -> None:
    done = {p.stem for p in cp.annotation_files()}
    for person, row in sorted(cp.manifest().items()):
        for file in row["files"]:
            name = cp.annotation_name(person, file)
            if name not in done:
                print(f"pool/{person}/{file}")


# A re-anchored evidence spans at most this many more reader lines than the old one.
REANCHOR_EXTRA_LINES = 2
# A printed field's key at least this long places a re-anchored evidence window.
REANCHOR_MIN_KEY = 4


def reanchor(paths: list[Path], write: bool) -> int:
    """Evidence a reader change no longer finds is re-anchored to the reader's lines: the window of
    consecutive lines that holds every printed field of the item and shares most words with the old
    evidence. Prints each change (and each item it cannot place) for review; writes with --write."""
    unplaced = 0
    for path in paths:
        annotation = cp.load_annotation(path)
        doc = cp.read_document_text(annotation.source.path)
        doc_key = doc.key
        data = json.loads(path.read_text(encoding="utf-8"))
        changed = 0
        for list_name, i, item in cp._evidenced_items(annotation.profile):
            old = item.evidence.text
            if cp.found_in(old, doc, doc_key):
                continue
            record = data["profile"][list_name][i]
            names = list(cp.PRINTED_FIELDS.get(list_name, ()))
            for name in names:
                value = record.get(name)
                if isinstance(value, str) and value and cp.match_key(value) not in doc_key:
                    # printed only where the reader no longer reads (a hidden BibTeX box): not printed
                    print(f"{path.name} {list_name}[{i}]: {name} {value[:50]!r} no longer printed: dropped")
                    record[name] = None
            fields = [record.get(n) for n in names] if list_name != "skills" else list(item.items)
            keys = [cp.match_key(v) for v in fields if isinstance(v, str) and v]
            # short values ("1", "13") are in any page: they follow the window, they do not place it
            new = _best_window(doc.lines, old, [k for k in keys if len(k) >= REANCHOR_MIN_KEY])
            if new is None:
                unplaced += 1
                print(f"{path.name} {list_name}[{i}]: cannot place {old[:70]!r}")
                continue
            for name in names:
                value = record.get(name)
                if isinstance(value, str) and value and cp.match_key(value) not in cp.match_key(new):
                    print(f"{path.name} {list_name}[{i}]: {name} {value[:50]!r} not by the entry: dropped")
                    record[name] = None
            print(f"{path.name} {list_name}[{i}]:\n  old {old!r}\n  new {new!r}")
            record["evidence"]["text"] = new
            # the section entry printed as the old evidence is printed as the new one
            for section in data.get("sections", []):
                items = section.get("items", [])
                for k, entry in enumerate(items):
                    if cp.match_key(entry) == cp.match_key(old):
                        items[k] = new
            changed += 1
        # a section entry the reader no longer prints as it was (a grid read in another order)
        for section in data.get("sections", []):
            items = section.get("items", [])
            for k, entry in enumerate(items):
                if cp.found_in(entry, doc, doc_key):
                    continue
                window = _best_window(doc.lines, entry, [])
                if window is None:
                    unplaced += 1
                    print(f"{path.name} section {section.get('heading')!r}: cannot place {entry[:70]!r}")
                    continue
                print(f"{path.name} section {section.get('heading')!r}:\n  old {entry!r}\n  new {window!r}")
                items[k] = window
                changed += 1
        if write and changed:
            _dump(data, path)
    return 1 if unplaced else 0


def _best_window(lines: tuple[str, ...], old: str, required: list[str]) -> str | None:
    old_words = {cp.match_key(w) for w in old.split()} - {""}
    longest = len(old.splitlines()) + REANCHOR_EXTRA_LINES
    best: tuple[float, str] | None = None
    for start in range(len(lines)):
        for end in range(start + 1, min(len(lines), start + longest) + 1):
            window = "\n".join(lines[start:end])
            key = cp.match_key(window)
            if not all(r in key for r in required):
                continue
            words = {cp.match_key(w) for w in window.split()} - {""}
            score = len(words & old_words) - 0.5 * len(words - old_words)
            if best is None or score > best[0]:
                best = (score, window)
    return best[1] if best else None


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("draft").add_argument("source", nargs="+", help="COLLECTION/ID/FILE under ../shared")
    sub.add_parser("text").add_argument("source")
    p = sub.add_parser("finish")
    p.add_argument("draft", type=Path)
    p.add_argument("--by", required=True)
    p.add_argument(
        "--method",
        default="read against the whole document text (scripts/corpus.py text); "
        "every draft item corrected, missing items added",
    )
    p = sub.add_parser("render")
    p.add_argument("annotation", type=Path)
    p.add_argument("-o", "--output", type=Path, required=True)
    sub.add_parser("todo")
    p = sub.add_parser("reanchor", help="re-anchor evidence a reader change no longer finds")
    p.add_argument("annotation", type=Path, nargs="+")
    p.add_argument("--write", action="store_true")
    args = parser.parse_args()
    if args.command == "draft":
        for spec in args.source:
            print(draft(spec))
    elif args.command == "text":
        text(args.source)
    elif args.command == "finish":
        return finish(args.draft, args.by, args.method)
    elif args.command == "reanchor":
        return reanchor(args.annotation, args.write)
    elif args.command == "render":
        render(args.annotation, args.output)
    else:
        todo()
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except BrokenPipeError:
        # the reader of our output went away (`corpus.py text X | head`): not an error of ours; point
        # stdout at devnull so the interpreter's final flush does not raise again (Python docs, SIGPIPE)
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        sys.exit(0)
