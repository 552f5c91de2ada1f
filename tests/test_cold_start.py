"""What a cold `extract` loads before it knows there is work, and the early fork server."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

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


def test_the_pipeline_loads_its_stages_when_a_document_is_read() -> None:
    # the parent of guarded workers assembles, it reads nothing: it needs the recipe, not the stages
    stages = ("extractor.fields", "extractor.segment", "extractor.learn.structure", "extractor.read")
    probe = f"import sys, extractor.pipeline; print(','.join(m for m in {stages!r} if m in sys.modules))"
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == ""


def test_the_fork_server_preloads_every_stage() -> None:
    from extractor.guard import PRELOAD_MODULES
    from extractor.pipeline import STAGE_MODULES

    assert set(STAGE_MODULES) <= set(PRELOAD_MODULES)


# Records which modules the parent holds when it hands the first document to its worker.
_SUBMIT_PROBE = """
import sys
import extractor.guard as guard

loaded = []
submit = guard.DocumentGuard.submit


def recording_submit(self, *args, **kwargs):
    loaded.append([m for m in {modules!r} if m in sys.modules])
    return submit(self, *args, **kwargs)


if __name__ == "__main__":
    guard.DocumentGuard.submit = recording_submit
    result = guard.extract_guarded([{cv!r}], guard.ExtractOptions(use_nlp=False))
    print(loaded, result.profile is not None and bool(result.profile.name))
"""


def test_the_first_document_goes_to_the_worker_before_the_parent_loads_the_pipeline(tmp_path: Path) -> None:
    # a cold start reads the document in the worker while the parent imports what it assembles with
    modules = ("extractor.pipeline", "extractor.assemble", "extractor.document", "extractor.profile")
    script = tmp_path / "probe.py"
    script.write_text(_SUBMIT_PROBE.format(modules=modules, cv=str(FIXTURES / "cv-plain-pdf" / "cv.pdf")))
    done = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[[]] True"


# What the worker's fork server imports must not load the word lists nor compile the lazy regexes:
# those costs come with the first document that needs them.
_PRELOAD_PROBE = """
import importlib, sys
from extractor.guard import PRELOAD_MODULES
for name in PRELOAD_MODULES:
    importlib.import_module(name)
from extractor.patterns.lazy import LazyPattern
compiled = [
    key
    for module in ("regexes", "contact_regexes", "statement_regexes", "author_regexes")
    for key, value in vars(sys.modules["extractor.patterns." + module]).items()
    if isinstance(value, LazyPattern) and "search" in vars(value)
]
loaded = [m for m in ("pycountry", "wordfreq", "msgpack", "pdfplumber", "spacy", "docx") if m in sys.modules]
print(compiled, loaded)
"""


def test_the_preload_loads_no_word_list_and_compiles_no_lazy_regex() -> None:
    done = subprocess.run([sys.executable, "-c", _PRELOAD_PROBE], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[] []"


def test_a_document_handed_over_early_is_not_answered_for_the_next(monkeypatch: pytest.MonkeyPatch) -> None:
    # if the parent fails before it collects the first document, that reply must not be read as the
    # answer for the next document the same guard runs
    import extractor.pipeline as pipeline
    from extractor.guard import DocumentGuard, extract_guarded

    def broken(*args: object, **kwargs: object) -> object:
        raise RuntimeError("a bug before the first document is collected")

    pdf, markdown = FIXTURES / "cv-plain-pdf" / "cv.pdf", next((FIXTURES / "cv-markdown").glob("*.md"))
    with DocumentGuard() as guard:
        with monkeypatch.context() as patched:
            patched.setattr(pipeline, "extract", broken)
            with pytest.raises(RuntimeError):
                extract_guarded([str(pdf)], ExtractOptions(use_nlp=False), guard=guard)
        result = guard.run(str(markdown), ExtractOptions(use_nlp=False))
    assert result.extraction is not None and result.extraction.source.path == str(markdown)
