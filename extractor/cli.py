"""The `extract` command line. Parses argv, calls the pipeline, writes, maps errors to exit codes.

Exit codes: 0 success; 1 an input could not be read (one line on stderr per input, no
traceback; the profile from the readable inputs is still printed); 2 usage error.

Typer has no default sub-command, so ``main(argv)`` routes: ``extract schema ...``,
``extract evaluate ...`` and ``extract batch ...`` go to their own apps, everything else is
``extract FILE...``. A file literally named ``schema``, ``evaluate`` or ``batch`` is given as
``./schema``.
"""

from __future__ import annotations

import json
import logging
import os
import sys
import tempfile
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from extractor.files import write_atomic
from extractor.options import MAX_PAGES, TIMEOUT_SECONDS, ExtractOptions, Limits, PdfReader

if TYPE_CHECKING:  # the Pydantic contract: loaded once work is sure
    from extractor.document import DocumentKind

SUBCOMMANDS = ("schema", "evaluate", "batch")


class FormatChoice(StrEnum):
    json = "json"
    jsonresume = "jsonresume"
    csl_json = "csl-json"
    bibtex = "bibtex"
    html = "html"


class EngineChoice(StrEnum):
    process = "process"
    dask = "dask"


class ReaderChoice(StrEnum):
    pdfium = "pdfium"
    pdfplumber = "pdfplumber"


READER_HELP = "PDF reader: pdfium (fast, default) or pdfplumber (the reference)."


class KindChoice(StrEnum):
    cv = "cv"
    homepage = "homepage"
    research_statement = "research_statement"
    teaching_statement = "teaching_statement"
    publication_list = "publication_list"
    other = "other"


OTHER_COMMANDS = """Other commands (each has its own --help):

  extract batch INPUT_DIR -o OUT_DIR   a profile per person in a folder

  extract schema [-o PATH]             the profile's JSON Schema

  extract evaluate GOLD_DIR PRED_DIR   score profiles against gold files
"""


def _no_flag_placeholder() -> None:
    """Typer 0.2x shows ``<bool>`` after every flag (``--compact <bool>``), which takes no value: hide it."""
    from typer.core import TyperOption

    original = TyperOption.display_type_rich
    if getattr(original, "_extract_patched", False):
        return

    def display_type_rich(self: TyperOption, ctx: typer.Context) -> str | None:
        if self.is_flag and self.metavar is None:
            return None
        return original(self, ctx)

    display_type_rich._extract_patched = True  # type: ignore[attr-defined]
    TyperOption.display_type_rich = display_type_rich  # type: ignore[method-assign, assignment]


_no_flag_placeholder()

extract_app = typer.Typer(add_completion=False, pretty_exceptions_enable=False)
schema_app = typer.Typer(add_completion=False, pretty_exceptions_enable=False)
evaluate_app = typer.Typer(add_completion=False, pretty_exceptions_enable=False)
batch_app = typer.Typer(add_completion=False, pretty_exceptions_enable=False)


def output_problem(path: Path, directory: bool = False) -> str | None:
    """Why ``path`` cannot be written (checked before any work), or None.

    A file output must not be a directory; a directory output must not be a file; the nearest
    existing parent must be a directory we can create files in (probed with a temporary file,
    because permission bits do not tell the whole story: root, read-only mounts, ACLs).
    """
    try:
        if path.exists():
            if directory and not path.is_dir():
                return "exists and is not a directory"
            if not directory and path.is_dir():
                return "is a directory"
            home = path if directory else path.parent
        else:
            home = path.parent
            while not home.exists() and home != home.parent:
                if home.is_symlink():
                    return f"{home} is a broken symbolic link"
                home = home.parent
            if not home.is_dir():
                return f"{home} is not a directory"
        fd, probe = tempfile.mkstemp(prefix=".extract-probe-", dir=home)
        os.close(fd)
        os.unlink(probe)
    except ValueError:
        return "not a valid path"
    except OSError as e:
        where = f" in {e.filename}" if e.filename and str(e.filename) != str(path) else ""
        return f"cannot write{where} ({e.strerror or type(e).__name__})"
    return None


def _check_output(path: Path | None, directory: bool = False) -> None:
    """Exit 2 with one line when ``path`` cannot be written: before any work, not after it."""
    if path is None:
        return
    problem = output_problem(path, directory)
    if problem:
        typer.echo(f"extract: {path}: {problem}", err=True)
        raise typer.Exit(2)


def _configure_logging(verbose: bool) -> None:
    """-v: the stages' INFO lines on stderr (only the CLI configures handlers); else warnings only."""
    if not verbose:
        return
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("extract: %(message)s"))
    handler.set_name("extract-cli")
    package = logging.getLogger("extractor")
    for old in [h for h in package.handlers if h.get_name() == "extract-cli"]:
        package.removeHandler(old)  # main() called again in one process (tests): one handler, not two
    package.addHandler(handler)
    package.setLevel(logging.INFO)
    package.propagate = False  # pdfminer's and spaCy's own chatter stays off


def _print_warnings(profile: object, files: list[str], errors: tuple[object, ...]) -> None:
    """Each warning as ``extract: warning: PATH: ...`` (not those already printed as errors)."""
    failed = {str(getattr(e, "path", "")) for e in errors}
    for text in getattr(profile, "warnings", []):
        path = next((f for f in files if text.startswith(f"{f}: ")), None)
        if path is not None and path in failed:
            continue  # "x.pdf: could not be read (...)": already the error line
        if path is None:
            mentioned = [f for f in files if f in text]
            path = mentioned[0] if mentioned else (files[0] if files else "-")
            text = f"{path}: {text}"
        typer.echo(f"extract: warning: {text}", err=True)


def _emit(text: str, output: Path | None) -> None:
    if output is None:
        sys.stdout.write(text)
        sys.stdout.flush()
    else:
        write_atomic(output, text)


@extract_app.command(epilog=OTHER_COMMANDS)
def extract_command(
    files: Annotated[
        list[str],
        typer.Argument(
            help="One person's documents (PDF, HTML, text, Markdown); - for stdin.", show_default=False
        ),
    ],
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write the JSON here (atomically).")
    ] = None,
    compact: Annotated[bool, typer.Option("--compact", help="One-line JSON instead of indented.")] = False,
    output_format: Annotated[
        FormatChoice,
        typer.Option("--format", "-f", help="json (the contract), jsonresume, csl-json, bibtex or html."),
    ] = FormatChoice.json,
    kind: Annotated[
        KindChoice | None, typer.Option("--kind", help="Override the guessed document kind.")
    ] = None,
    no_nlp: Annotated[
        bool, typer.Option("--no-nlp", help="Rules only: do not load the spaCy model.")
    ] = False,
    max_pages: Annotated[int, typer.Option("--max-pages", min=1, help="Pages read per PDF.")] = MAX_PAGES,
    reader: Annotated[ReaderChoice, typer.Option("--reader", help=READER_HELP)] = ReaderChoice.pdfium,
    timeout: Annotated[
        float, typer.Option("--timeout", min=1.0, help="Seconds one document may take (guarded runs).")
    ] = TIMEOUT_SECONDS,
    no_guard: Annotated[
        bool,
        typer.Option("--no-guard", help="Read in this process: faster start, but no memory or time limit."),
    ] = False,
    redact: Annotated[
        bool,
        typer.Option(
            "--redact", help="Blind review: remove the candidate's identity (name, contact, links)."
        ),
    ] = False,
    verbose: Annotated[
        bool, typer.Option("--verbose", "-v", help="Log what each stage does on stderr.")
    ] = False,
) -> None:
    """Extract one profile from one person's documents and print it as JSON.

    Example:
        extract cv.pdf > profile.json
        extract cv.pdf homepage.html statement.pdf -o profile.json
        extract cv.pdf --format bibtex > publications.bib
    """
    _check_output(output)
    if not no_guard:
        from extractor.guard import start_server

        start_server()  # the worker's imports run beside this process's own (a cold start in half)
    _configure_logging(verbose)
    options = ExtractOptions(
        kind=_document_kind(kind.value) if kind else None,
        use_nlp=not no_nlp,
        max_pages=max_pages,
        reader=PdfReader(reader.value),
    )
    if no_guard:
        from extractor.pipeline import extract  # imported here so that `extract --help` starts fast

        result = extract(files, options)
    else:
        # each document in a worker process under a memory cap and a time limit: a hostile file
        # (a decompression bomb, a pathological page) ends as one error line, not a dead shell
        from extractor.guard import extract_guarded

        result = extract_guarded(files, options, Limits(timeout=timeout))
    for error in result.errors:
        typer.echo(f"extract: {error}", err=True)
    if result.profile is not None:
        _print_warnings(result.profile, files, result.errors)
        profile = result.profile
        if redact:
            from extractor.redact import redact_profile

            profile = redact_profile(profile)
        if output_format is FormatChoice.json:
            from extractor.profile import profile_json

            text = profile_json(profile, compact=compact)
        else:
            from extractor.export import render

            text = render(profile, output_format.value)
            text = text if text.endswith("\n") or not text else text + "\n"
        _emit(text, output)
    if result.errors:
        raise typer.Exit(1)


def _document_kind(value: str) -> DocumentKind:
    """The contract's kind (the Pydantic contract is loaded only when a kind is given: without one,
    a guarded run hands the document to its worker before this process loads the contract)."""
    from extractor.document import DocumentKind

    return DocumentKind(value)


@schema_app.command()
def schema_command(
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Write the schema here.")] = None,
) -> None:
    """Print the JSON Schema of the profile contract.

    Example:
        extract schema -o schemas/profile.schema.json
    """
    _check_output(output)
    from extractor.schema import dump_profile_schema

    _emit(dump_profile_schema(), output)


@evaluate_app.command()
def evaluate_command(
    gold_dir: Annotated[
        Path, typer.Argument(help="Gold files: GOLD_DIR/<id>/gold.json or GOLD_DIR/<id>.json.")
    ],
    pred_dir: Annotated[Path, typer.Argument(help="Predicted profiles: PRED_DIR/<id>.json.")],
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write the scores as JSON here.")
    ] = None,
    per_document: Annotated[
        bool, typer.Option("--per-document", help="Also print a row per document.")
    ] = False,
) -> None:
    """Score predicted profiles against gold: field-level precision, recall and F1.

    Example:
        extract evaluate ../shared/devset predictions/ -o scores.json
    """
    _check_output(output)
    from extractor.evaluate import evaluate_dirs, format_table, report_to_json

    if not gold_dir.is_dir() or not pred_dir.is_dir():
        missing = gold_dir if not gold_dir.is_dir() else pred_dir
        typer.echo(f"extract: {missing}: not a directory", err=True)
        raise typer.Exit(1)
    report = evaluate_dirs(gold_dir, pred_dir)
    typer.echo(format_table(report, per_document=per_document))
    if output is not None:
        write_atomic(output, json.dumps(report_to_json(report), indent=2) + "\n")


@batch_app.command()
def batch_command(
    input_dir: Annotated[
        Path, typer.Argument(help="A folder per person (or files, each a person).", show_default=False)
    ],
    output_dir: Annotated[Path, typer.Option("--output", "-o", help="Where <person>.json, summary.csv go.")],
    workers: Annotated[
        int | None, typer.Option("--workers", "-w", min=1, help="Parallel workers (default: CPUs).")
    ] = None,
    force: Annotated[bool, typer.Option("--force", help="Redo everyone, even unchanged people.")] = False,
    jsonl: Annotated[
        bool, typer.Option("--jsonl", help="Also write people.jsonl, one line per person.")
    ] = False,
    engine: Annotated[
        EngineChoice, typer.Option("--engine", help="process (default) or dask.")
    ] = EngineChoice.process,
    scheduler: Annotated[
        str | None, typer.Option("--scheduler", help="Dask scheduler, tcp://host:8786.")
    ] = None,
    output_format: Annotated[
        list[FormatChoice] | None, typer.Option("--format", "-f", help="Also write these formats per person.")
    ] = None,
    no_nlp: Annotated[
        bool, typer.Option("--no-nlp", help="Rules only: do not load the spaCy model.")
    ] = False,
    max_pages: Annotated[int, typer.Option("--max-pages", min=1, help="Pages read per PDF.")] = MAX_PAGES,
    reader: Annotated[ReaderChoice, typer.Option("--reader", help=READER_HELP)] = ReaderChoice.pdfium,
    timeout: Annotated[float, typer.Option("--timeout", min=1.0, help="Seconds one document may take.")] = (
        TIMEOUT_SECONDS
    ),
    prune: Annotated[
        bool, typer.Option("--prune", help="Remove the outputs of people whose folder is gone.")
    ] = False,
    redact: Annotated[
        bool,
        typer.Option("--redact", help="Blind review: no identity in any output, files named candidate-*."),
    ] = False,
) -> None:
    """Extract one profile per person for a whole folder of packets, resumably and in parallel.

    Writes <person>.json, summary.csv (every person and input file accounted for, failed people
    with their reason), errors.jsonl, and with --jsonl people.jsonl. A rerun skips people whose
    inputs and output are unchanged.

    Example:
        extract batch packets/ -o profiles/ --workers 4 --format html
    """
    _check_output(output_dir, directory=True)
    if output_dir.resolve() == input_dir.resolve():  # its outputs would be read as people next time
        typer.echo(f"extract: {output_dir}: is the input folder; write the outputs elsewhere", err=True)
        raise typer.Exit(2)
    from extractor.batch import run_batch
    from extractor.errors import ExtractorError

    options = ExtractOptions(use_nlp=not no_nlp, max_pages=max_pages, reader=PdfReader(reader.value))
    formats = [f.value for f in output_format or [] if f is not FormatChoice.json]
    try:
        report = run_batch(
            input_dir,
            output_dir,
            workers,
            force,
            jsonl,
            engine.value,
            scheduler,
            formats,
            progress=True,
            options=options,
            limits=Limits(timeout=timeout),
            prune=prune,
            redact=redact,
        )
    except ExtractorError as e:
        typer.echo(f"extract batch: {e}", err=True)
        raise typer.Exit(1) from None
    people_failed = report.people - report.statuses.get("ok", 0)
    failed = report.files.get("failed", 0) + people_failed
    if report.gone:
        gone = f"{len(report.gone)} gone since the last run: {', '.join(report.gone)}"
        if report.pruned:
            typer.echo(f"extract batch: removed the outputs of the {gone}", err=True)
        else:
            typer.echo(f"extract batch: {gone} (--prune removes their outputs)", err=True)
    if report.unchanged:
        typer.echo(
            f"extract batch: nothing changed since the last run ({report.people} people, "
            f"{people_failed} failed, {report.files.get('failed', 0)} files failed); "
            f"exit status {1 if failed else 0} as then",
            err=True,
        )
    if failed:
        raise typer.Exit(1)


def main(argv: list[str] | None = None) -> int:
    """Console entry point; returns the exit code (also when Typer raises SystemExit)."""
    args = list(sys.argv[1:] if argv is None else argv)
    if args and args[0] in SUBCOMMANDS:
        apps = {"schema": schema_app, "evaluate": evaluate_app, "batch": batch_app}
        app, args, name = apps[args[0]], args[1:], f"extract {args[0]}"
    else:
        app, name = extract_app, "extract"
    try:
        app(args=args, prog_name=name)
    except SystemExit as e:
        return e.code if isinstance(e.code, int) else (0 if e.code is None else 1)
    return 0
