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
from typing import Annotated

import typer

from extractor.document import DocumentKind
from extractor.options import MAX_PAGES, TIMEOUT_SECONDS, ExtractOptions, Limits, PdfReader

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


extract_app = typer.Typer(add_completion=False, pretty_exceptions_enable=False)
schema_app = typer.Typer(add_completion=False, pretty_exceptions_enable=False)
evaluate_app = typer.Typer(add_completion=False, pretty_exceptions_enable=False)
batch_app = typer.Typer(add_completion=False, pretty_exceptions_enable=False)


def write_atomic(path: Path, text: str) -> None:
    """Write to a temporary file beside ``path``, then rename: a reader never sees half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)  # mkstemp makes 0600; the result gets the usual file mode
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _emit(text: str, output: Path | None) -> None:
    if output is None:
        sys.stdout.write(text)
        sys.stdout.flush()
    else:
        write_atomic(output, text)


@extract_app.command()
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
    if verbose:
        logging.basicConfig(level=logging.INFO, format="%(name)s: %(message)s", stream=sys.stderr)
    options = ExtractOptions(
        kind=DocumentKind(kind.value) if kind else None,
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
        if output_format is FormatChoice.json:
            data = result.profile.model_dump(mode="json")
            separators = {"separators": (",", ":")} if compact else {"indent": 2}
            text = json.dumps(data, ensure_ascii=False, **separators) + "\n"  # type: ignore[arg-type]
        else:
            from extractor.export import render

            text = render(result.profile, output_format.value)
            text = text if text.endswith("\n") or not text else text + "\n"
        _emit(text, output)
    if result.errors:
        raise typer.Exit(1)


@schema_app.command()
def schema_command(
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Write the schema here.")] = None,
) -> None:
    """Print the JSON Schema of the profile contract.

    Example:
        extract schema -o schemas/profile.schema.json
    """
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
) -> None:
    """Extract one profile per person for a whole folder of packets, resumably and in parallel.

    Writes <person>.json, summary.csv (every input file accounted for), errors.jsonl, and with
    --jsonl people.jsonl. A rerun skips people whose inputs and output are unchanged.

    Example:
        extract batch packets/ -o profiles/ --workers 4 --format html
    """
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
        )
    except ExtractorError as e:
        typer.echo(f"extract batch: {e}", err=True)
        raise typer.Exit(1) from None
    if report.files.get("failed"):
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
