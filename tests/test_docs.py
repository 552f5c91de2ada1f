"""The README documents every option of ``extract`` and ``extract batch`` (sqlite-utils' test_docs)."""

from __future__ import annotations

import pytest
import typer

from extractor.cli import batch_app, extract_app
from tests.conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")


def options(app: typer.Typer) -> list[str]:
    command = typer.main.get_command(app)
    return sorted(
        name
        for param in command.params
        for name in param.opts
        if name.startswith("--") and name != "--help"
    )


@pytest.mark.parametrize("option", options(extract_app) + options(batch_app))
def test_readme_mentions_option(option: str) -> None:
    # the whole option, not a longer one it begins ("--format" is not "--formats")
    ends = [README[i + len(option) : i + len(option) + 1] for i in _occurrences(option)]
    assert any(not (end.isalnum() or end == "-") for end in ends), option


def _occurrences(text: str) -> list[int]:
    found, start = [], README.find(text)
    while start != -1:
        found.append(start)
        start = README.find(text, start + 1)
    return found


def test_readme_names_both_pdf_readers() -> None:
    assert "--reader pdfium|pdfplumber" in README
