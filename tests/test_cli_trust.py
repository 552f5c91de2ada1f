"""Issue 22: a tool people trust at the terminal and in a batch.

CLI subprocess tests on invented files the tests write themselves: output paths checked before
any work, -v stage logs, help, warnings on stderr, Word files (made here with python-docx), old
office formats refused by name, text named .pdf, scanned PDFs, blind review (--redact).
"""

from __future__ import annotations

import json
import subprocess
import sys
import zipfile
from pathlib import Path

import docx
import pytest
from docx.opc.constants import RELATIONSHIP_TYPE
from docx.oxml.shared import OxmlElement, qn

from extractor.document import MediaType
from extractor.read.docx import read_docx
from tests.conftest import ROOT

# An invented person; every string here is identity that --redact must remove.
NAME = "Quillon Marwick-Tessaly"
EMAIL = "qmarwick@upland-tech.edu"
PHONE_AS_WRITTEN = "+1 (608) 555-0142"
HOMEPAGE = "https://www.qmarwick.net"
GITHUB_HANDLE = "qmtess"
IDENTITY = [
    NAME,
    "Quillon",
    "Marwick",
    "Tessaly",
    EMAIL,
    "qmarwick",
    "555-0142",
    "qmarwick.net",
    GITHUB_HANDLE,
]
CV_TEXT = f"""{NAME}
Assistant Professor, Upland Institute of Technology
{EMAIL} | {PHONE_AS_WRITTEN} | {HOMEPAGE} | github.com/{GITHUB_HANDLE}

Education
Ph.D. in Tidal Studies, Lowmarsh University, 2015 - 2020

Publications
Q. Marwick-Tessaly, Ada Fenwright. Measuring the slow tide. Journal of Coastal Things, 2021.
Ada Fenwright, Quillon Marwick-Tessaly. Tides at dusk. Proceedings of the Shore Conference, 2022.
"""


def run(args: list[str], cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "extractor", *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        timeout=180,
        check=False,
    )


@pytest.fixture
def cv(tmp_path: Path) -> Path:
    path = tmp_path / "Quillon_Marwick_CV.txt"
    path.write_text(CV_TEXT, "utf-8")
    return path


def _hyperlink(paragraph: docx.text.paragraph.Paragraph, url: str, text: str) -> None:
    r_id = paragraph.part.relate_to(url, RELATIONSHIP_TYPE.HYPERLINK, is_external=True)
    link = OxmlElement("w:hyperlink")
    link.set(qn("r:id"), r_id)
    run, label = OxmlElement("w:r"), OxmlElement("w:t")
    label.text = text
    run.append(label)
    link.append(run)
    paragraph._p.append(link)


def make_docx(path: Path) -> Path:
    """A real Word CV, written with python-docx: a title, headings, a table, runs, lists, a link."""
    document = docx.Document()
    document.add_heading("Ilse Varrow", level=0)
    document.add_paragraph("Postdoctoral Fellow, Brackwater University")
    contact = document.add_paragraph("ivarrow@brackwater.edu ")
    _hyperlink(contact, "https://ilsevarrow.net/", "Homepage")
    document.add_heading("Education", level=1)
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "Ph.D. in Glacial Acoustics, Norfell University"
    table.cell(0, 1).text = "2016 - 2021"
    table.cell(1, 0).text = "B.S. in Physics, Tarn College"
    table.cell(1, 1).text = "2012 - 2016"
    document.add_heading("Publications", level=1)
    item = document.add_paragraph(style="List Number")
    item.add_run("Ilse Varrow").bold = True
    item.add_run(", Tomas Erlend. Listening to moving ice. ")
    item.add_run("Journal of Cold Sounds").italic = True
    item.add_run(", 2022.")
    document.add_paragraph("Reviewer for the Journal of Cold Sounds", style="List Bullet")
    document.save(str(path))
    return path


# --- output paths are checked before any work -----------------------------------------------------


def _bad_outputs(tmp_path: Path) -> dict[str, Path]:
    a_file = tmp_path / "a-file"
    a_file.write_text("x")
    return {
        "a directory": tmp_path,
        "parent is a file": a_file / "out.json",
        "unwritable place": Path("/proc/extract-test/out.json"),
    }


@pytest.mark.parametrize("case", ["a directory", "parent is a file", "unwritable place"])
def test_extract_output_is_checked_before_any_work(case: str, tmp_path: Path) -> None:
    target = _bad_outputs(tmp_path)[case]
    missing = tmp_path / "missing.txt"  # were the input read first, this would exit 1
    result = run([str(missing), "-o", str(target)])
    assert result.returncode == 2, result.stderr
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"extract: {target}: "), lines
    assert result.stdout == "" and "Traceback" not in result.stderr


@pytest.mark.parametrize("case", ["parent is a file", "unwritable place"])
def test_schema_and_evaluate_outputs_are_checked(case: str, tmp_path: Path) -> None:
    target = _bad_outputs(tmp_path)[case]
    for args in (
        ["schema", "-o", str(target)],
        ["evaluate", str(tmp_path), str(tmp_path), "-o", str(target)],
    ):
        result = run(args)
        assert result.returncode == 2, (args, result.stderr)
        assert result.stderr.splitlines() == [result.stderr.strip()] and result.stderr.startswith(
            f"extract: {target}: "
        )
    directory = run(["schema", "-o", str(tmp_path)])
    assert directory.returncode == 2 and "is a directory" in directory.stderr


def test_batch_output_is_checked_before_any_work(tmp_path: Path, cv: Path) -> None:
    source = tmp_path / "in"
    source.mkdir()
    (source / "person.txt").write_text(CV_TEXT, "utf-8")
    a_file = tmp_path / "a-file"
    a_file.write_text("x")
    for target, reason in ((a_file, "exists and is not a directory"), (a_file / "sub", "not a directory")):
        result = run(["batch", str(source), "-o", str(target), "--no-nlp"])
        assert result.returncode == 2 and result.stderr.startswith(f"extract: {target}: "), result.stderr
        assert reason in result.stderr and len(result.stderr.splitlines()) == 1
    same = run(["batch", str(source), "-o", str(source), "--no-nlp"])
    assert (
        same.returncode == 2
        and same.stderr.strip() == f"extract: {source}: is the input folder; write the outputs elsewhere"
    )


# --- -v, --help, warnings -------------------------------------------------------------------------


def test_verbose_logs_each_stage_of_each_document(tmp_path: Path, cv: Path) -> None:
    second = make_docx(tmp_path / "other.docx")
    result = run(["-v", "--no-nlp", str(cv), str(second)])
    assert result.returncode == 0, result.stderr
    for path in (cv, second):
        for stage in ("read ", "repaired, ", "kind ", " sections: ", "parsed "):
            assert any(
                ln.startswith(f"extract: {path}: ") and stage in ln for ln in result.stderr.splitlines()
            ), (
                path,
                stage,
                result.stderr,
            )
    assert "education 1, publications 2" in result.stderr  # counts per list
    assert "extract: assembled 2 of 2 documents" in result.stderr
    assert " s)" in result.stderr  # each stage says how long it took
    quiet = run(["--no-nlp", str(cv)])
    assert quiet.stderr == ""


def test_help_lists_the_other_commands_and_no_bool_placeholder() -> None:
    result = run(["--help"])
    assert result.returncode == 0
    for command in ("extract batch", "extract schema", "extract evaluate"):
        assert command in result.stdout
    for args in (["--help"], ["batch", "--help"], ["schema", "--help"], ["evaluate", "--help"]):
        assert "<bool>" not in run(args).stdout, args


def test_text_named_pdf_is_read_as_text_with_a_warning(tmp_path: Path) -> None:
    path = tmp_path / "cv.pdf"
    path.write_text(CV_TEXT, "utf-8")
    result = run(["--no-nlp", str(path)])
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["name"] == NAME and data["sources"][0]["media_type"] == "text/plain"
    assert any("the name says PDF" in w for w in data["warnings"])
    assert f"extract: warning: {path}: the name says PDF" in result.stderr


def test_scanned_pdf_warns_and_exits_0_with_the_empty_profile(tmp_path: Path) -> None:
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        import make_hostile_corpus
    finally:
        sys.path.pop(0)
    path = tmp_path / "scan.pdf"
    make_hostile_corpus.image_only_pdf(path)
    result = run(["--no-nlp", str(path)])
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["name"] is None and data["publications"] == [] and data["education"] == []
    assert result.stderr.splitlines() == [f"extract: warning: {path}: no text layer; OCR is not built in"]


# --- Word and the formats we do not read ---------------------------------------------------------


def test_docx_reader_keeps_headings_runs_lists_tables_and_links(tmp_path: Path) -> None:
    path = make_docx(tmp_path / "cv.docx")
    lines, _ = read_docx(path.read_bytes(), str(path))
    by_text = {ln.text: ln for ln in lines}
    assert by_text["Ilse Varrow"].heading_level is None and by_text["Ilse Varrow"].bold  # the title style
    assert by_text["Education"].heading_level == 1 and by_text["Publications"].heading_level == 1
    row = by_text["Ph.D. in Glacial Acoustics, Norfell University 2016 - 2021"]
    assert row.cells == ("Ph.D. in Glacial Acoustics, Norfell University", "2016 - 2021")
    entry = next(ln for ln in lines if ln.text.startswith("Ilse Varrow, Tomas"))
    assert entry.list_item and entry.bold_spans == ("Ilse Varrow",)
    assert entry.italic_spans == ("Journal of Cold Sounds",) and not entry.bold
    assert by_text["Reviewer for the Journal of Cold Sounds"].list_item
    contact = next(ln for ln in lines if ln.text.startswith("ivarrow@"))
    assert [(s.text, s.url) for s in contact.links] == [("Homepage", "https://ilsevarrow.net/")]
    assert [ln.number for ln in lines] == list(range(len(lines)))


def test_docx_cv_through_the_cli(tmp_path: Path) -> None:
    path = make_docx(tmp_path / "cv.docx")
    result = run(["--no-nlp", str(path)])
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["sources"][0]["media_type"] == MediaType.DOCX.value
    assert data["sources"][0]["kind"] == "cv" and data["name"] == "Ilse Varrow"
    assert data["position"] == "Postdoctoral Fellow" and data["affiliation"] == "Brackwater University"
    assert data["emails"] == ["ivarrow@brackwater.edu"]
    assert [link["url"] for link in data["links"]] == ["https://ilsevarrow.net"]
    assert [(e["degree_level"], e["institution"], e["end"]) for e in data["education"]] == [
        ("doctorate", "Norfell University", "2021"),
        ("bachelor", "Tarn College", "2016"),
    ]
    assert data["publications"][0]["authors"][0]["is_owner"]


def test_docx_cv_publication_title(tmp_path: Path) -> None:
    path = make_docx(tmp_path / "cv.docx")
    data = json.loads(run(["--no-nlp", str(path)]).stdout)
    assert data["publications"][0]["title"] == "Listening to moving ice"


def _zip(path: Path, members: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return path


@pytest.mark.parametrize(
    ("name", "make", "format_name"),
    [
        ("cv.doc", lambda p: p.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600)), ".doc"),
        (
            "cv.odt",
            lambda p: _zip(
                p, {"mimetype": b"application/vnd.oasis.opendocument.text", "content.xml": b"<x/>"}
            ),
            ".odt",
        ),
        ("cv.rtf", lambda p: p.write_bytes(b"{\\rtf1\\ansi Jane Doe\\par}"), ".rtf"),
        ("cv.pages", lambda p: _zip(p, {"Index/Document.iwa": b"\0" * 40}), ".pages"),
    ],
)
def test_old_formats_get_one_line_naming_the_format(
    name: str, make: object, format_name: str, tmp_path: Path
) -> None:
    path = tmp_path / name
    make(path)  # type: ignore[operator]
    result = run(["--no-nlp", str(path)])
    assert result.returncode == 1 and result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"extract: {path}: "), lines
    assert format_name in lines[0] and "export it as PDF or DOCX" in lines[0]


# --- blind review ----------------------------------------------------------------------------------


def _leaks(text: str) -> list[str]:
    folded = text.casefold()
    return [s for s in IDENTITY if s.casefold() in folded]


def test_redacted_json_and_review_page_keep_no_identity(cv: Path) -> None:
    plain = json.loads(run(["--no-nlp", str(cv)]).stdout)
    assert plain["name"] == NAME and plain["emails"] == [EMAIL] and plain["phones"] and plain["links"]
    assert _leaks(json.dumps(plain))  # the unredacted profile has them: the check below means something
    result = run(["--no-nlp", "--redact", str(cv)])
    assert result.returncode == 0, result.stderr
    assert _leaks(result.stdout) == []
    data = json.loads(result.stdout)
    assert data["name"] is None and data["emails"] == data["phones"] == data["links"] == []
    assert data["sources"][0]["path"] == "document-1.txt"
    owners = [a for p in data["publications"] for a in p["authors"] if a["is_owner"]]
    assert len(owners) == 2 and {a["name"] for a in owners} == {"[candidate]"}
    assert any(a["name"] == "Ada Fenwright" for p in data["publications"] for a in p["authors"])
    page = run(["--no-nlp", "--redact", "--format", "html", str(cv)])
    assert page.returncode == 0 and "[candidate]" in page.stdout
    assert _leaks(page.stdout) == []


# --- batch ------------------------------------------------------------------------------------------

STUDENT_CV = """Tamsin Orrery
Ph.D. candidate, Kelpwood University

Education
Ph.D. in Marine Robotics, Kelpwood University, 2021 - 2026 (expected)

Publications
Tamsin Orrery, Bo Lind. Swimming robots. In ICRA, 2024.
Tamsin Orrery. Floating robots. In ICRA, 2025.
Bo Lind, Tamsin Orrery. Diving robots. In IROS, 2023.
"""


def make_packets(root: Path) -> Path:
    """Three people: one with a CV, one whose only file is broken, one a lone file."""
    (root / "tamsin").mkdir(parents=True)
    (root / "tamsin" / "cv.txt").write_text(STUDENT_CV, "utf-8")
    (root / "broken person").mkdir()
    (root / "broken person" / "cv.pdf").write_bytes(b"%PDF-1.7\n1 0 obj << /Type /Catalog >>")
    (root / "quillon.txt").write_text(CV_TEXT, "utf-8")
    return root


def summary_rows(out: Path) -> dict[str, dict[str, str]]:
    import csv

    with (out / "summary.csv").open(newline="", encoding="utf-8") as handle:
        return {row["person"]: row for row in csv.DictReader(handle)}


def test_batch_failed_people_are_rows_and_index_entries_never_empty_files(tmp_path: Path) -> None:
    source, out = make_packets(tmp_path / "in"), tmp_path / "out"
    result = run(["batch", str(source), "-o", str(out), "--no-nlp", "-f", "html", "-f", "bibtex"])
    assert result.returncode == 1 and "Traceback" not in result.stderr
    rows = summary_rows(out)
    assert rows["broken_person"]["status"] == "failed"
    assert rows["broken_person"]["reason"] == "no document could be read"
    assert "not a readable PDF" in rows["broken_person"]["files"]
    assert rows["tamsin"]["status"] == "ok" and rows["tamsin"]["reason"] == ""
    assert not list(out.glob("broken_person.*"))  # no empty .json, .html or .bib
    assert all(p.stat().st_size > 0 for p in out.iterdir() if p.is_file())
    index = (out / "index.html").read_text("utf-8")
    assert "broken person" in index and "failed: no document could be read" in index
    assert 'href="tamsin.html"' in index


def test_batch_summary_columns_are_typed(tmp_path: Path) -> None:
    from extractor.export import index_row
    from extractor.profile import Profile

    source, out = make_packets(tmp_path / "in"), tmp_path / "out"
    run(["batch", str(source), "-o", str(out), "--no-nlp"])
    row = summary_rows(out)["tamsin"]
    profile = Profile.model_validate_json((out / "tamsin.json").read_text("utf-8"))
    assert row["phd_year"] == "2026" and int(row["phd_year"]) == 2026
    assert row["phd_expected"] == "true" and summary_rows(out)["quillon"]["phd_expected"] == "false"
    assert row["position"] == profile.position == "Ph.D. candidate"  # as printed
    venues = index_row(profile, "x.html")["top_venues"]  # what the review pages' index shows
    assert row["top_venues"].split("; ") == venues and venues[0] == "ICRA"
    assert int(row["publications"]) == len(profile.publications) and int(row["documents_read"]) == 1


def test_batch_rerun_gone_people_and_prune(tmp_path: Path) -> None:
    source, out = make_packets(tmp_path / "in"), tmp_path / "out"
    args = ["batch", str(source), "-o", str(out), "--no-nlp", "-f", "html"]
    first = run(args)
    assert first.returncode == 1
    again = run(args)  # nothing changed: the status of the last real run, and it says so
    assert again.returncode == 1
    assert "nothing changed since the last run (3 people, 1 failed" in again.stderr
    assert "exit status 1 as then" in again.stderr
    (source / "quillon.txt").unlink()
    gone = run(args)
    assert "1 gone since the last run: quillon (--prune removes their outputs)" in gone.stderr
    assert (out / "quillon.json").is_file()  # kept until pruned
    pruned = run([*args, "--prune"])
    assert "removed the outputs of the 1 gone since the last run: quillon" in pruned.stderr
    assert not list(out.glob("quillon.*"))
    index = (out / "index.html").read_text("utf-8")  # rebuilt: the gone person is no longer listed
    assert "quillon.html" not in index and "tamsin.html" in index
    shutil_rmtree(source / "broken person")
    fixed = run(args)
    assert fixed.returncode == 0, fixed.stderr
    assert run(args).returncode == 0  # unchanged again, and now clean


def shutil_rmtree(path: Path) -> None:
    import shutil

    shutil.rmtree(path)


def test_batch_empty_input_says_no_documents_found(tmp_path: Path) -> None:
    source = tmp_path / "empty"
    source.mkdir()
    result = run(["batch", str(source), "-o", str(tmp_path / "out")])
    assert result.returncode == 1
    assert result.stderr.strip() == f"extract batch: {source}: no documents found"


def test_batch_redact_keeps_no_identity_in_any_output(tmp_path: Path) -> None:
    source, out = tmp_path / "in", tmp_path / "out"
    (source / "Quillon Marwick-Tessaly").mkdir(parents=True)
    (source / "Quillon Marwick-Tessaly" / "Quillon_Marwick_CV.txt").write_text(CV_TEXT, "utf-8")
    (source / "Quillon Marwick-Tessaly" / "qmarwick-broken.pdf").write_bytes(b"%PDF-1.7\n")
    formats = ["-f", "html", "-f", "bibtex", "-f", "jsonresume", "-f", "csl-json", "--jsonl"]
    result = run(["batch", str(source), "-o", str(out), "--no-nlp", "--redact", *formats])
    assert result.returncode == 1, result.stderr  # the broken file
    outputs = [p for p in out.iterdir() if p.is_file() and not p.name.startswith(".")]
    assert {p.suffix for p in outputs} >= {".json", ".html", ".bib", ".csv", ".jsonl"}
    for path in outputs:
        assert _leaks(path.name) == [], path.name
        assert _leaks(path.read_text("utf-8")) == [], path.name
    profile = json.loads(next(out.glob("candidate-*[0-9a-f].json")).read_text("utf-8"))
    assert any(
        a["name"] == "[candidate]" and a["is_owner"] for p in profile["publications"] for a in p["authors"]
    )


def test_batch_progress_bar_on_a_terminal(tmp_path: Path) -> None:
    import io

    from extractor.batch import run_batch
    from extractor.options import ExtractOptions

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    source = make_packets(tmp_path / "in")
    stream = Terminal()
    run_batch(source, tmp_path / "out", workers=1, options=ExtractOptions(use_nlp=False), stream=stream)
    text = stream.getvalue()
    assert "extract batch" in text and "3/3" in text and "people/s" in text and "ETA" in text
    assert "[1/3]" not in text  # not the plain lines


def test_docx_text_is_cut_at_the_size_limit_with_a_warning(tmp_path: Path) -> None:
    from extractor.options import ExtractOptions
    from extractor.read import read_document

    path = make_docx(tmp_path / "cv.docx")
    document = read_document(str(path), ExtractOptions(max_chars=40))
    assert sum(len(ln.text) for ln in document.lines) <= 40
    assert document.warnings == (f"{path}: text cut to the first 40 characters (size limit)",)
