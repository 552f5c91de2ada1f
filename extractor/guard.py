"""Run one document's extraction in a child process under real limits; report the outcome as data.

Input -> output: ``DocumentGuard.run(path, options, index) -> GuardedResult`` and
``extract_guarded(paths, options, limits) -> ExtractResult`` (the shape of ``pipeline.extract``).

Why a child process (as GROBID and Tika do): a 2.5 KB crafted PDF drove pdfplumber to 2.1 GB, a
decompression bomb inflates to gigabytes, and pypdfium2 aborts the whole process when an
allocation fails. Limits that live inside the process that reads the file cannot stop that. So:

- the worker is a ``multiprocessing`` child started with "forkserver" (POSIX; the server preloads
  the extractor, so a new worker costs a fork, not an import) or "spawn" (elsewhere); never "fork",
  which would copy the parent's threads and leak the pipes of sibling workers;
- the worker caps its own address space (``RLIMIT_AS``, default 2 GiB) and core dumps, and
  ignores Ctrl-C (the parent decides);
- the parent waits on the pipe with the wall-clock limit (default 60 s) and kills the worker past it;
- a ``MemoryError`` is ``too_large``; a worker that dies (SIGABRT from pdfium, SIGSEGV) is
  ``crashed``; the parent reads the pipe's end-of-file and goes on;
- one worker serves many documents (the spaCy model loads once per worker) and is replaced after
  ``Limits.documents_per_worker`` (default 50), after running out of memory, and after a timeout.

Known limits: on platforms without ``resource`` (Windows) or where ``RLIMIT_AS`` is not enforced
(macOS) only the time limit applies. Inside a daemonic process (a default Dask worker) no child
can be started, and documents are read in-process without the guard, with a logged warning.
"""

from __future__ import annotations

import contextlib
import io
import logging
import multiprocessing
import os
import signal
import sys
import threading
import time
import warnings
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from multiprocessing.connection import Connection
from multiprocessing.context import BaseContext
from multiprocessing.process import BaseProcess
from typing import TYPE_CHECKING, Literal

from extractor.errors import InputError
from extractor.options import ExtractOptions, Limits

if TYPE_CHECKING:  # the pipeline is imported on first use: `start_server` runs before it loads
    from extractor.document import Extraction
    from extractor.pipeline import ExtractResult

    Target = Callable[[str, ExtractOptions, int], Extraction]

logger = logging.getLogger(__name__)

Status = Literal["ok", "failed", "timeout", "too_large", "crashed"]

STDIN = "-"
# Modules the forkserver imports once, so that each worker starts warm (about 0.4 s saved per worker).
# The pipeline's stages are listed too (``pipeline.STAGE_MODULES``: the pipeline imports them on first use).
PRELOAD_MODULES = (
    "extractor.guard",
    "extractor.pipeline",
    "extractor.read",
    "extractor.repair",
    "extractor.classify",
    "extractor.learn.structure",
    "extractor.segment",
    "extractor.fields",
    "extractor.read.pdfium",  # pdfplumber: on demand
)
# Seconds a retiring worker gets to exit after being asked, before it is killed.
RETIRE_GRACE = 5.0
# The reason an InputError gives for a file over the size limit (read/__init__.py) starts so.
TOO_LARGE_PREFIXES = ("file too large", "input too large")


@dataclass(frozen=True, slots=True)
class GuardedResult:
    """What happened to one document.

    status: ok (``extraction`` is set), failed (unreadable input or an internal error),
        timeout (killed past the time limit), too_large (over the file size or memory limit),
        crashed (the worker process died: a segfault, or pdfium aborting when memory runs out).
    error: one line saying why, for every status but ok.
    seconds: wall-clock time, as the parent saw it.
    peak_rss: the worker's peak resident memory in bytes so far, when known.
    """

    path: str
    status: Status
    extraction: Extraction | None = None
    error: str | None = None
    seconds: float = 0.0
    peak_rss: int | None = None

    @property
    def ok(self) -> bool:
        return self.status == "ok"


@dataclass(frozen=True, slots=True)
class Submitted:
    """A document handed to the worker whose result is not collected yet."""

    path: str
    started: float  # time.monotonic() when it was submitted


def default_start_method() -> str:
    """forkserver where the platform has it (Linux, macOS), spawn elsewhere."""
    return "forkserver" if "forkserver" in multiprocessing.get_all_start_methods() else "spawn"


def start_server(start_method: str | None = None) -> None:
    """Start the fork server now and return at once: it imports ``PRELOAD_MODULES`` while this
    process goes on importing (the CLI calls it before it loads the pipeline, so a cold
    ``extract cv.pdf`` does the two imports side by side on two cores, not one after the other).
    Nothing happens with the "spawn" method, or when the server already runs."""
    if (start_method or default_start_method()) != "forkserver":
        return
    _context("forkserver")
    from multiprocessing import forkserver

    forkserver.ensure_running()


def _context(start_method: str | None) -> BaseContext:
    method = start_method or default_start_method()
    if method == "fork":
        raise ValueError("the 'fork' start method is not safe here; use 'forkserver' or 'spawn'")
    ctx = multiprocessing.get_context(method)
    if method == "forkserver":
        ctx.set_forkserver_preload(list(PRELOAD_MODULES))
    return ctx


class DocumentGuard:
    """One worker process, reused for many documents, replaced when it dies, hangs or has served enough.

    Not thread-safe: give each thread its own guard (``run_batch`` keeps a pool of them).

    Example:
        with DocumentGuard(Limits(timeout=30)) as guard:
            result = guard.run("cv.pdf", ExtractOptions())
    """

    def __init__(self, limits: Limits | None = None, start_method: str | None = None) -> None:
        self.limits = limits or Limits()
        self._ctx = _context(start_method)
        self._process: BaseProcess | None = None
        self._conn: Connection | None = None
        self._served = 0
        self.workers_started = 0

    def __enter__(self) -> DocumentGuard:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def run(
        self, path: str, options: ExtractOptions, index: int = 0, target: Target | None = None
    ) -> GuardedResult:
        """Extract one document in the worker; never raises for anything the document does.

        ``target`` (default ``pipeline.extract_document``) must be importable by name (a module-level
        function): it is sent to the worker.
        """
        return self.collect(self.submit(path, options, index, target))

    def submit(
        self, path: str, options: ExtractOptions, index: int = 0, target: Target | None = None
    ) -> GuardedResult | Submitted:
        """Hand one document to the worker and return at once; ``collect`` waits for its result.
        A document refused before any worker reads it (over the size limit) is its result already.
        One document at a time: collect it before submitting the next."""
        started = time.monotonic()
        too_large = _file_too_large(path, options)
        if too_large:
            return GuardedResult(path, "too_large", error=too_large)
        target = target or _extract_document
        stdin = None
        if path == STDIN:  # the worker has no stdin of ours: hand it the bytes
            stdin = sys.stdin.buffer.read(options.max_file_bytes + 1)
        if multiprocessing.current_process().daemon:
            return _run_unguarded(path, options, index, target, stdin, started)
        conn = self._ensure_worker()
        try:
            conn.send((target, path, options, index, stdin))
        except (BrokenPipeError, EOFError, OSError):  # the worker died between documents: start anew
            self._stop(kill=True)
            conn = self._ensure_worker()
            conn.send((target, path, options, index, stdin))
        self._served += 1
        return Submitted(path, started)

    def collect(self, submitted: GuardedResult | Submitted) -> GuardedResult:
        """The result of a submitted document (waiting for the worker, within the time limit)."""
        if isinstance(submitted, GuardedResult):
            return submitted
        result = self._wait(submitted.path, submitted.started)
        if result.status != "ok" and result.status != "failed":
            self._stop(kill=True)  # after a timeout, a crash or running out of memory: a fresh worker
        elif self._served >= self.limits.documents_per_worker:
            self._stop(kill=False)
        return result

    def close(self) -> None:
        """Stop the worker (asked first, killed if it does not go)."""
        self._stop(kill=False)

    def _ensure_worker(self) -> Connection:
        if self._process is not None and self._process.is_alive() and self._conn is not None:
            return self._conn
        self._stop(kill=True)
        parent_conn, child_conn = self._ctx.Pipe(duplex=True)
        process = self._ctx.Process(  # type: ignore[attr-defined]
            target=_worker_main,
            args=(child_conn, self.limits.memory_bytes, _log_level()),
            name="extractor-guard",
            daemon=True,  # the parent's exit takes its workers along
        )
        process.start()
        child_conn.close()  # else the parent holds the child's end open and never sees its death
        self._process, self._conn, self._served = process, parent_conn, 0
        self.workers_started += 1
        return parent_conn

    def _wait(self, path: str, started: float) -> GuardedResult:
        conn, process = self._conn, self._process  # kept: kill() may clear them from another thread
        assert conn is not None and process is not None  # set by _ensure_worker
        timeout = self.limits.timeout
        try:
            ready = conn.poll(timeout)
        except (EOFError, OSError):
            ready = True
        if not ready:
            self._stop(kill=True)
            return GuardedResult(
                path, "timeout", error=f"timed out after {timeout:g} s (time limit)", seconds=timeout
            )
        try:
            status, extraction, error, _, peak = conn.recv()
        except (EOFError, OSError):
            error = self._death(process)
            return GuardedResult(path, "crashed", error=error, seconds=time.monotonic() - started)
        except Exception as e:  # a reply that cannot be unpickled: the worker's fault, not ours
            error = f"internal error ({type(e).__name__})"
            return GuardedResult(path, "failed", error=error, seconds=time.monotonic() - started)
        return GuardedResult(path, status, extraction, error, time.monotonic() - started, peak)

    def _death(self, process: BaseProcess) -> str:
        """A one-line cause of the worker's death, from its exit code."""
        with contextlib.suppress(ValueError):  # closed by kill() meanwhile
            process.join(RETIRE_GRACE)
        try:
            code = process.exitcode
        except ValueError:
            code = None
        self._stop(kill=True)
        if code is None or code >= 0:
            return (
                f"the reader process died (exit code {code})"
                if code is not None
                else "the reader was stopped"
            )
        try:
            name = signal.Signals(-code).name
        except ValueError:
            name = f"signal {-code}"
        limit = self.limits.memory_bytes
        # pdfium aborts (SIGABRT) when an allocation fails under the cap; the OOM killer sends SIGKILL
        hint = f"; it may have run out of memory (limit {_size(limit)})" if limit else ""
        return f"the reader process died (killed by {name}){hint}"

    def kill(self) -> None:
        """Kill the worker now (Ctrl-C in a batch); a document in progress ends as crashed."""
        self._stop(kill=True)

    def _stop(self, kill: bool) -> None:
        process, conn = self._process, self._conn
        self._process = self._conn = None
        if process is None:
            return
        if not kill and conn is not None and process.is_alive():
            with contextlib.suppress(OSError, ValueError):
                conn.send(None)
            process.join(RETIRE_GRACE)
        if process.is_alive():
            process.kill()
            process.join(RETIRE_GRACE)
        if conn is not None:
            conn.close()
        with contextlib.suppress(ValueError):
            process.close()


def extract_guarded(
    paths: Sequence[str],
    options: ExtractOptions | None = None,
    limits: Limits | None = None,
    guard: DocumentGuard | None = None,
) -> ExtractResult:
    """``pipeline.extract`` with every document read in a guarded worker process.

    A document that fails, times out, runs out of memory or crashes its worker becomes an
    ``InputError`` in ``errors`` (and a line in the profile's ``warnings``), like any unreadable input.
    """
    return extract_guarded_detailed(paths, options, limits, guard)[0]


def extract_guarded_detailed(
    paths: Sequence[str],
    options: ExtractOptions | None = None,
    limits: Limits | None = None,
    guard: DocumentGuard | None = None,
) -> tuple[ExtractResult, list[GuardedResult]]:
    """``extract_guarded`` plus the per-document outcomes (status, seconds, memory), in input order.

    The first document goes to the worker before this process imports the pipeline (which it needs
    to assemble the profile): on a cold start the two run side by side.
    """
    options = options or ExtractOptions()
    outcomes: list[GuardedResult] = []
    owned = guard is None
    active = guard if guard is not None else DocumentGuard(limits)
    first: GuardedResult | Submitted | Exception | None = None
    if paths:
        try:
            first = active.submit(paths[0], options, 0)
        except Exception as e:  # raised again where extract() reports it, as for any document
            first = e

    def extract_one(path: str, opts: ExtractOptions, index: int) -> Extraction:
        nonlocal first
        early, first = first, None
        if isinstance(early, Exception):
            raise early
        outcome = active.collect(early) if early is not None else active.run(path, opts, index)
        outcomes.append(outcome)
        if outcome.extraction is not None:
            return outcome.extraction
        raise InputError(path, outcome.error or outcome.status)

    try:
        from extractor.pipeline import extract

        result = extract(paths, options, extract_one)
    finally:
        if isinstance(first, Submitted):  # never collected (an error before the first document): its
            active.kill()  # reply must not be taken for the next document's
        if owned:
            active.close()
    return result, outcomes


def _extract_document(path: str, options: ExtractOptions, index: int) -> Extraction:
    """The worker's task by default: ``pipeline.extract_document``. Named here, so that sending it to
    the worker does not import the pipeline into this process."""
    from extractor.pipeline import extract_document

    return extract_document(path, options, index)


def _file_too_large(path: str, options: ExtractOptions) -> str | None:
    """The reason a file is over the size limit, checked in the parent (no worker needed)."""
    if path == STDIN:
        return None
    try:
        info = os.stat(path)
    except OSError:
        return None  # missing or unreadable: the worker says so in the usual words
    if os.path.isfile(path) and info.st_size > options.max_file_bytes:
        return f"file too large ({info.st_size} bytes; limit {options.max_file_bytes})"
    return None


def _run_unguarded(
    path: str, options: ExtractOptions, index: int, target: Target, stdin: bytes | None, started: float
) -> GuardedResult:
    logger.warning("no worker process can be started from a daemonic process; %s is read unguarded", path)
    with _stdin_from(stdin):
        status, extraction, error = _run_task(target, path, options, index, None)
    return GuardedResult(path, status, extraction, error, time.monotonic() - started, _peak_rss())


# --- the worker side -------------------------------------------------------------------------------


def _worker_main(conn: Connection, memory_bytes: int | None, log_level: int | None) -> None:
    """The worker's loop: receive a task, run it, send (status, extraction, error, seconds, peak_rss)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C reaches the whole group; the parent decides
    _quiet_logging(log_level)
    _apply_limits(memory_bytes)
    while True:
        try:
            task = conn.recv()
        except (EOFError, OSError):
            return  # the parent is gone
        if task is None:
            return
        target, path, options, index, stdin = task
        started = time.monotonic()
        with _stdin_from(stdin):
            status, extraction, error = _run_task(target, path, options, index, memory_bytes)
        reply = (status, extraction, error, time.monotonic() - started, _peak_rss())
        try:
            conn.send(reply)
        except (BrokenPipeError, EOFError, OSError):
            return
        except Exception as e:  # MemoryError while pickling a huge extraction, an unpicklable value
            with contextlib.suppress(Exception):
                failed: Status = "too_large" if isinstance(e, MemoryError) else "failed"
                conn.send((failed, None, f"result could not be returned ({type(e).__name__})", 0.0, None))
            return
        if status == "too_large":
            return  # a heap that hit the cap is not trusted with the next document


def _run_task(
    target: Target, path: str, options: ExtractOptions, index: int, memory_bytes: int | None
) -> tuple[Status, Extraction | None, str | None]:
    try:
        return "ok", target(path, options, index), None
    except InputError as e:
        status: Status = "too_large" if e.reason.startswith(TOO_LARGE_PREFIXES) else "failed"
        return status, None, e.reason
    except MemoryError:
        limit = f" (limit {_size(memory_bytes)})" if memory_bytes else ""
        return "too_large", None, f"ran out of memory{limit}"
    except RecursionError:
        return "failed", None, "nested too deeply to read (recursion limit)"
    except Exception as e:
        logger.debug("internal error on %s", path, exc_info=True)
        message = str(e).splitlines()[0][:200] if str(e) else ""
        return "failed", None, f"internal error while extracting ({type(e).__name__}: {message})"


def _apply_limits(memory_bytes: int | None) -> None:
    try:
        import resource
    except ImportError:  # Windows: only the time limit applies
        return
    with contextlib.suppress(ValueError, OSError):
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))  # a crashing reader leaves no core file
    if memory_bytes:
        _, hard = resource.getrlimit(resource.RLIMIT_AS)
        cap = memory_bytes if hard == resource.RLIM_INFINITY else min(memory_bytes, hard)
        try:
            resource.setrlimit(resource.RLIMIT_AS, (cap, hard))
        except (ValueError, OSError) as e:  # macOS does not enforce RLIMIT_AS
            logger.debug("memory cap not applied: %s", e)


def _quiet_logging(level: int | None) -> None:
    """Log like the parent's CLI: the package's lines at its level to stderr (``-v``), else nothing."""
    logging.getLogger().addHandler(logging.NullHandler())  # no lastResort lines from libraries
    warnings.simplefilter("ignore")
    if level is not None:
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(logging.Formatter("extract: %(message)s"))
        package = logging.getLogger("extractor")
        package.addHandler(handler)
        package.setLevel(level)
        package.propagate = False


def _log_level() -> int | None:
    """The level the parent logs this package at, if it logs it anywhere (``-v``)."""
    package = logging.getLogger("extractor")
    if package.handlers or logging.getLogger().handlers:
        return package.getEffectiveLevel()
    return None


@contextlib.contextmanager
def _stdin_from(data: bytes | None) -> Iterator[None]:
    if data is None:
        yield
        return
    saved = sys.stdin
    sys.stdin = io.TextIOWrapper(io.BytesIO(data))
    try:
        yield
    finally:
        sys.stdin = saved


def _peak_rss() -> int | None:
    try:
        import resource
    except ImportError:
        return None
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak if sys.platform == "darwin" else peak * 1024  # bytes on macOS, KiB on Linux


def _size(n: int | None) -> str:
    if n is None:
        return "none"
    if n >= 1024**3 and n % 1024**3 == 0:
        return f"{n // 1024**3} GiB"
    return f"{n / 1024**2:.0f} MiB"


# one guard per thread, for callers that do not manage their own (Dask worker threads)
_local = threading.local()


def thread_guard(limits: Limits) -> DocumentGuard:
    """This thread's guard, created on first use and kept (its worker stays warm) until the process exits."""
    guard: DocumentGuard | None = getattr(_local, "guard", None)
    if guard is None or guard.limits != limits:
        if guard is not None:
            guard.close()
        guard = DocumentGuard(limits)
        _local.guard = guard
    return guard
