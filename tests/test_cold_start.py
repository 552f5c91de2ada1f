"""What a cold `extract` loads before it knows there is work, and the early fork server."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from extractor.guard import extract_guarded, start_server
from extractor.options import ExtractOptions, Limits

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
# Modules the command line must not import before it parses its arguments (`extract --help` and a
# usage error stay fast; a guarded run starts the fork server before it loads them).
HEAVY = ("pydantic", "extractor.profile", "extractor.pipeline", "pdfplumber", "pypdfium2", "spacy")


def test_importing_the_command_line_loads_no_contract_or_pipeline() -> None:
    probe = f"import sys, extractor.cli; print(','.join(m for m in {HEAVY!r} if m in sys.modules))"
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == ""


def test_guard_module_loads_no_pipeline() -> None:
    probe = "import sys, extractor.guard; print('extractor.pipeline' in sys.modules)"
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False"


def test_a_server_started_early_serves_the_guarded_run() -> None:
    start_server()
    start_server()  # already running: nothing happens
    cv = str(FIXTURES / "cv-plain-pdf" / "cv.pdf")
    result = extract_guarded([cv], ExtractOptions(use_nlp=False), Limits())
    assert result.errors == ()
    assert result.profile is not None and result.profile.name


def test_the_entry_point_knows_the_subcommands() -> None:
    import extractor.__main__ as entry
    import extractor.cli as cli

    assert entry.SUBCOMMANDS == cli.SUBCOMMANDS
