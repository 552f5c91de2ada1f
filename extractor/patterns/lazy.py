"""Regexes compiled on first use: ``lazy_compile(pattern, flags)`` stands for ``re.compile`` in the
pattern modules, whose hundreds of regexes would otherwise all be compiled when the pipeline is
imported (a cold ``extract`` of a CV uses about half of them; a statement's patterns never run on
a CV).

A ``LazyPattern`` keeps its source as ``.pattern`` (so patterns can be built from other patterns
without compiling them) and compiles on the first other attribute asked for; it then keeps the
compiled pattern's methods and attributes as its own, so later calls go straight to them. It is
not a ``re.Pattern``: pass its methods around, not the object to ``re`` functions.
"""

from __future__ import annotations

import re
from typing import Any, cast

# What a compiled pattern offers, copied onto the lazy one when it compiles.
_PATTERN_ATTRIBUTES = (
    "search",
    "match",
    "fullmatch",
    "sub",
    "subn",
    "split",
    "findall",
    "finditer",
    "scanner",
    "flags",
    "groups",
    "groupindex",
)


class LazyPattern:
    """A regex compiled when it is first used (see the module's doc)."""

    def __init__(self, pattern: str, flags: int) -> None:
        self.pattern = pattern
        self._flags = flags

    def __getattr__(self, name: str) -> Any:  # asked only for what the instance does not hold yet
        if name.startswith("__"):
            raise AttributeError(name)
        compiled = re.compile(self.pattern, self._flags)
        for attribute in _PATTERN_ATTRIBUTES:
            setattr(self, attribute, getattr(compiled, attribute))
        return getattr(compiled, name)

    def __repr__(self) -> str:
        return f"lazy_compile({self.pattern!r}, {self._flags!r})"


def lazy_compile(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, done on first use."""
    return cast("re.Pattern[str]", LazyPattern(pattern, flags))
