"""Regexes compiled on first use (``patterns/lazy.py``) behave as ``re.compile``'s, and every one of
the pattern modules compiles (an error no longer shows at import)."""

from __future__ import annotations

import importlib
import re

import pytest

from extractor.patterns.lazy import LazyPattern, lazy_compile

LAZY_MODULES = (
    "extractor.patterns.regexes",
    "extractor.patterns.contact_regexes",
    "extractor.patterns.statement_regexes",
    "extractor.patterns.author_regexes",
)


def test_lazy_pattern_answers_as_the_compiled_one() -> None:
    source, flags = r"(?P<year>\d{4})\s*[-–]\s*(?P<end>\d{4}|present)", re.IGNORECASE
    lazy, compiled = lazy_compile(source, flags), re.compile(source, flags)
    text = "Lecturer, Brindlemoor College, 2019 – Present; Tutor 2015-2018"
    assert lazy.search(text).group("year", "end") == ("2019", "Present")
    assert [m.span() for m in lazy.finditer(text)] == [m.span() for m in compiled.finditer(text)]
    assert lazy.sub("<span>", text) == compiled.sub("<span>", text)
    assert lazy.findall(text) == compiled.findall(text)
    assert lazy.match(text) is None
    assert (lazy.flags, lazy.groups, dict(lazy.groupindex)) == (compiled.flags, 2, {"year": 1, "end": 2})


def test_nothing_is_compiled_before_first_use() -> None:
    lazy = lazy_compile(r"\bwidget\b")
    assert isinstance(lazy, LazyPattern) and lazy.pattern == r"\bwidget\b"
    assert "search" not in vars(lazy)  # building a pattern from another's source does not compile it
    assert lazy.fullmatch("widget")
    assert "search" in vars(lazy)  # compiled once: later calls go straight to the compiled pattern


def test_a_bad_pattern_fails_on_first_use() -> None:
    lazy = lazy_compile(r"(unclosed")
    with pytest.raises(re.error):
        lazy.search("x")


def _lazy_patterns(value: object) -> list[LazyPattern]:
    if isinstance(value, LazyPattern):
        return [value]
    if isinstance(value, dict):
        return [p for item in value.values() for p in _lazy_patterns(item)]
    if isinstance(value, tuple | list | frozenset | set):
        return [p for item in value for p in _lazy_patterns(item)]
    return []


@pytest.mark.parametrize("module", LAZY_MODULES)
def test_every_pattern_of_the_module_compiles(module: str) -> None:
    found = [p for value in vars(importlib.import_module(module)).values() for p in _lazy_patterns(value)]
    assert len(found) >= 10
    for pattern in found:
        assert isinstance(pattern.flags, int), pattern  # compiles it
