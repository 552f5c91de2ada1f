"""The command line: exit codes 0/1/2, one stderr line per bad input, -o atomic, stdin, --compact, schema."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from extractor.cli import main
from tests.conftest import FIXTURES, ROOT

TEXT_CASE = FIXTURES / "homepage-text" / "homepage.txt"
PDF_CASE = FIXTURES / "cv-plain-pdf" / "cv.pdf"


def run(args: list[str], stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "extractor", *args],
        input=stdin,
        capture_output=True,
        cwd=ROOT,
        timeout=120,
        check=False,
    )


def test_pdf_profile_on_stdout() -> None:
    result = run([str(PDF_CASE)])
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["schema_version"] == "1.0" and data["sources"][0]["media_type"] == "application/pdf"


BAD_INPUTS = {
    "missing": (None, "no such file"),
    "empty": (b"", "empty file"),
    "random": (bytes(range(256)) * 8, "binary data"),
    "zip_named_pdf": (b"PK\x03\x04" + bytes(200), "binary data"),
    "truncated_pdf": (b"%PDF-1.7\n1 0 obj << /Type /Catalog >>", "not a readable PDF"),
}


@pytest.mark.parametrize("name", list(BAD_INPUTS))
def test_bad_input_is_one_line_and_exit_1(name: str, tmp_path: Path) -> None:
    content, reason = BAD_INPUTS[name]
    path = tmp_path / f"{name}.pdf"
    if content is not None:
        path.write_bytes(content)
    result = run([str(path)])
    assert result.returncode == 1
    assert result.stdout == b""
    lines = result.stderr.decode().strip().splitlines()
    assert len(lines) == 1, lines
    assert lines[0].startswith(f"extract: {path}: ") and reason in lines[0]
    assert "Traceback" not in result.stderr.decode()


def test_directory_is_refused(tmp_path: Path) -> None:
    result = run([str(tmp_path)])
    assert result.returncode == 1 and b"is a directory" in result.stderr


def test_one_bad_file_still_prints_the_others(tmp_path: Path) -> None:
    missing = tmp_path / "missing.pdf"
    result = run([str(TEXT_CASE), str(missing)])
    assert result.returncode == 1
    data = json.loads(result.stdout)
    assert len(data["sources"]) == 1
    assert any("missing.pdf" in w and "could not be read" in w for w in data["warnings"])
    assert result.stderr.decode().count("\n") == 1


def test_usage_errors_exit_2() -> None:
    assert run([]).returncode == 2
    assert run(["--no-such-option", str(TEXT_CASE)]).returncode == 2
    assert run(["--kind", "novel", str(TEXT_CASE)]).returncode == 2


def test_output_file_and_compact(tmp_path: Path) -> None:
    out = tmp_path / "nested" / "profile.json"
    assert main([str(TEXT_CASE), "-o", str(out), "--compact"]) == 0
    text = out.read_text("utf-8")
    assert text.count("\n") == 1 and json.loads(text)["sources"][0]["kind"] == "homepage"
    assert not [p for p in out.parent.iterdir() if p.name != "profile.json"], "temporary file left behind"


def test_stdin_is_read() -> None:
    result = run(["-"], stdin=TEXT_CASE.read_bytes())
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["sources"][0]["path"] == "-"


def test_stdin_pdf_is_sniffed() -> None:
    result = run(["-"], stdin=PDF_CASE.read_bytes())
    assert (
        result.returncode == 0 and json.loads(result.stdout)["sources"][0]["media_type"] == "application/pdf"
    )


def test_pdf_named_txt_is_read_as_pdf(tmp_path: Path) -> None:
    disguised = tmp_path / "cv.txt"
    disguised.write_bytes(PDF_CASE.read_bytes())
    result = run([str(disguised)])
    assert (
        result.returncode == 0 and json.loads(result.stdout)["sources"][0]["media_type"] == "application/pdf"
    )


def test_kind_override() -> None:
    result = run(["--kind", "other", str(TEXT_CASE)])
    assert json.loads(result.stdout)["sources"][0]["kind"] == "other"


def test_schema_command(tmp_path: Path) -> None:
    result = run(["schema"])
    assert result.returncode == 0
    assert json.loads(result.stdout) == json.loads(
        (ROOT / "schemas" / "profile.schema.json").read_text("utf-8")
    )


def test_every_command_has_help() -> None:
    for args in (["--help"], ["schema", "--help"], ["evaluate", "--help"]):
        result = run(args)
        assert result.returncode == 0 and b"Example" in result.stdout


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their permissions")
def test_unreadable_file(tmp_path: Path) -> None:
    path = tmp_path / "secret.txt"
    path.write_text("x")
    path.chmod(0)
    result = run([str(path)])
    assert result.returncode == 1 and b"permission denied" in result.stderr


@pytest.mark.parametrize(
    "fmt, check",
    [
        ("jsonresume", lambda out: json.loads(out)["basics"]["name"]),
        ("csl-json", lambda out: isinstance(json.loads(out), list)),
        ("bibtex", lambda out: "@" in out),
        ("html", lambda out: out.lstrip().lower().startswith("<!doctype html")),
    ],
)
def test_formats(fmt: str, check: object) -> None:
    result = run(["--format", fmt, str(PDF_CASE)])
    assert result.returncode == 0, result.stderr
    assert check(result.stdout.decode())  # type: ignore[operator]


def test_unknown_format_is_a_usage_error() -> None:
    assert run(["--format", "docx", str(TEXT_CASE)]).returncode == 2
