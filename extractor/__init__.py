"""extractor: read the documents academics write about themselves into one JSON profile.

>>> from extractor import extract_profile
>>> profile = extract_profile(["cv.pdf", "homepage.html"])
>>> profile.model_dump(mode="json")
"""

from __future__ import annotations

import logging

from extractor.errors import ExtractorError, InputError
from extractor.options import ExtractOptions
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
