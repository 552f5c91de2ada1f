"""Options that travel through the pipeline as one frozen object."""

from __future__ import annotations

from dataclasses import dataclass

from extractor.document import DocumentKind

# Limits for one document. A file over MAX_FILE_BYTES or a text over MAX_CHARS is refused or cut
# with a warning; they keep a stranger's file from taking the machine (see the robustness issue).
MAX_FILE_BYTES = 50 * 1024 * 1024
MAX_PAGES = 100
MAX_CHARS = 2_000_000


@dataclass(frozen=True, slots=True)
class ExtractOptions:
    """How to extract.

    kind: overrides the guessed document kind for every input.
    use_nlp: use the spaCy model where rules run out (person names, organizations).
    max_pages: pages read per PDF; the rest are skipped with a warning.
    """

    kind: DocumentKind | None = None
    use_nlp: bool = True
    max_pages: int = MAX_PAGES
    max_chars: int = MAX_CHARS
    max_file_bytes: int = MAX_FILE_BYTES
