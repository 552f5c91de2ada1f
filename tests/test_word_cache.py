"""The user cache of word tables (``patterns/cache.py``): the same values as the data it is built
from, whether the cache is there, missing, switched off or damaged."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

import extractor.parse.places as places
import extractor.repair as repair
from extractor.patterns.cache import CACHE_ENV, WordTable, build_word_table, open_word_table

# Invented words that are in no word list, and common ones that are.
ABSENT = ("qzxwvvtrel", "blorfingtonish", "")
PRESENT = ("the", "research", "university", "trade", "off", "insights")


@pytest.fixture
def fresh_caches(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[Path]:
    """An empty cache folder; the in-process tables forgotten before and after."""
    monkeypatch.setenv(CACHE_ENV, str(tmp_path))
    _forget()
    yield tmp_path
    _forget()


def _forget() -> None:
    repair._centibels.cache_clear()
    repair.zipf.cache_clear()
    places._place_names.cache_clear()


def test_word_table_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "table.sqlite"
    build_word_table(path, {"alpha": 3, "beta": 0, "gamma": 799})
    table = open_word_table(path)
    assert isinstance(table, WordTable)
    assert [table.get(w) for w in ("alpha", "beta", "gamma", "delta")] == [3, 0, 799, None]


def test_a_missing_or_damaged_table_is_not_opened(tmp_path: Path) -> None:
    assert open_word_table(tmp_path / "none.sqlite") is None
    damaged = tmp_path / "damaged.sqlite"
    damaged.write_bytes(b"not a database at all" * 100)
    assert open_word_table(damaged) is None


def test_the_cached_word_list_gives_the_list_values(fresh_caches: Path) -> None:
    listed = repair._read_centibels(repair._wordlist_path())
    first = repair._centibels()  # builds the cache, answers from the list it read
    assert list(fresh_caches.glob("wordfreq-*.sqlite"))
    repair._centibels.cache_clear()
    cached = repair._centibels()  # the next process: the SQLite table
    assert isinstance(getattr(cached, "__self__", None), WordTable)
    sample = [*PRESENT, *ABSENT, *list(listed)[::5000]]
    assert [cached(w) for w in sample] == [first(w) for w in sample] == [listed.get(w) for w in sample]


def test_zipf_is_the_same_with_and_without_the_cache(
    fresh_caches: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    words = ["the", "insights", "trade-off", "efficiently", "qzxwvvtrel", "in-sights"]
    repair._centibels()  # writes the cache
    _forget()
    cached = [repair.zipf(w) for w in words]
    monkeypatch.setenv(CACHE_ENV, "")  # cache off: the list itself
    _forget()
    assert [repair.zipf(w) for w in words] == cached
    assert cached[0] > 7 and cached[4] == 0.0 and cached[1] > cached[5]


def test_a_damaged_cache_file_is_replaced(fresh_caches: Path) -> None:
    repair._centibels()
    (path,) = fresh_caches.glob("wordfreq-*.sqlite")
    path.write_bytes(b"\x00" * 64)
    repair._centibels.cache_clear()
    assert repair._centibels()("the") == repair._read_centibels(repair._wordlist_path())["the"]
    assert open_word_table(path) is not None  # written again


def test_the_cache_off_writes_nothing(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv(CACHE_ENV, "")
    _forget()
    try:
        assert repair._centibels()("the") is not None
        assert places.is_place("Canada")
    finally:
        _forget()
    assert not list(tmp_path.iterdir())


def test_cached_place_names_are_pycountry_names(fresh_caches: Path) -> None:
    built = places._place_names()
    assert list(fresh_caches.glob("pycountry-places-*.txt"))
    places._place_names.cache_clear()
    assert places._place_names() == built
    assert {places.fold(name) for name in places._read_pycountry_names()} <= built  # accent-folded
    assert {"canada", "ohio", "oh", "ontario", "bayern"} <= built
