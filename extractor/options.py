"""Options that travel through the pipeline as one frozen object."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # document.py imports the Pydantic contract: `extract --help` need not load it
    from extractor.document import DocumentKind

# Limits for one document. A file over MAX_FILE_BYTES or a text over MAX_CHARS is refused or cut
# with a warning; they keep a stranger's file from taking the machine (see the robustness issue).
MAX_FILE_BYTES = 50 * 1024 * 1024
MAX_PAGES = 100
MAX_CHARS = 2_000_000
# Limits for the child process that reads one document (extractor/guard.py). A crafted 2.5 KB
# PDF drove pdfplumber to 2.1 GB, so memory is capped for real (RLIMIT_AS), and the parent kills
# a child that runs past the wall-clock limit.
TIMEOUT_SECONDS = 60.0
MEMORY_BYTES = 2 * 1024**3
DOCUMENTS_PER_WORKER = 50  # a worker process is replaced after this many documents


class PdfReader(StrEnum):
    """Which library reads a PDF's characters (the geometry after that is shared)."""

    PDFIUM = "pdfium"  # pypdfium2's text page: about ten times faster
    PDFPLUMBER = "pdfplumber"  # pdfminer via pdfplumber: the reference, and the fallback


@dataclass(frozen=True, slots=True)
class ExtractOptions:
    """How to extract.

    kind: overrides the guessed document kind for every input.
    use_nlp: use the spaCy model where rules run out (person names, organizations).
    max_pages: pages read per PDF; the rest are skipped with a warning.
    use_models: use the learned models (False: the rules alone, as benchmarks compare).
    model_dir: read the learned models from this folder instead of the package's (cross-validation
        trains one set per fold).
    reader: the PDF reader; pdfplumber also reads what pdfium cannot open.
    """

    kind: DocumentKind | None = None
    use_nlp: bool = True
    max_pages: int = MAX_PAGES
    max_chars: int = MAX_CHARS
    max_file_bytes: int = MAX_FILE_BYTES
    use_models: bool = True
    model_dir: str | None = None
    reader: PdfReader = PdfReader.PDFIUM

    def __post_init__(self) -> None:
        # the reader is compared by identity downstream: "pdfplumber" given as a plain string
        # (a script, a benchmark's --reader) must select pdfplumber, not fall through to it silently
        object.__setattr__(self, "reader", PdfReader(self.reader))


@dataclass(frozen=True, slots=True)
class Limits:
    """How far one document may push its worker process (see extractor/guard.py).

    timeout: wall-clock seconds per document; the parent kills the worker past it.
    memory_bytes: address-space cap of the worker (RLIMIT_AS); None for no cap.
    documents_per_worker: a worker is replaced after this many documents (leaks, fragmentation).
    """

    timeout: float = TIMEOUT_SECONDS
    memory_bytes: int | None = MEMORY_BYTES
    documents_per_worker: int = DOCUMENTS_PER_WORKER
