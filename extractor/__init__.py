"""extractor: read the documents academics write about themselves into one JSON profile.

>>> from extractor import extract_profile
>>> profile = extract_profile(["cv.pdf", "homepage.html"])
>>> profile.model_dump(mode="json")
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from extractor.errors import ExtractorError, InputError
from extractor.options import ExtractOptions

if TYPE_CHECKING:
    from extractor.pipeline import extract, extract_profile
    from extractor.profile import Profile

__version__ = "0.1.0"
__all__ = [
    "ExtractOptions",
    "ExtractorError",
    "InputError",
    "Profile",
    "__version__",
    "extract",
    "extract_profile",
]

logging.getLogger(__name__).addHandler(logging.NullHandler())

_LAZY = {
    "extract": "extractor.pipeline",
    "extract_profile": "extractor.pipeline",
    "Profile": "extractor.profile",
}


def __getattr__(name: str) -> Any:
    """The pipeline and the contract load on first use: `extract --help` need not import them."""
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'extractor' has no attribute {name!r}")
