"""Typed errors. Only ``InputError`` is raised on purpose; everything softer is a profile warning."""

from __future__ import annotations


class ExtractorError(Exception):
    """Base class for errors this package raises on purpose."""


class InputError(ExtractorError):
    """An input could not be read: missing, empty, not what it claims to be, encrypted, broken.

    Carries its data (``path``, ``reason``); ``str(e)`` is the one line the CLI prints.
    ``internal`` is True when the input was skipped because of a bug in this package (an
    exception the pipeline did not expect), not because of the input: reported the same way,
    but tests can tell the two apart.
    """

    def __init__(self, path: str, reason: str, *, internal: bool = False) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason
        self.internal = internal
