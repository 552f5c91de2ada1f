"""A per-user cache of word tables derived from installed data packages, so that a fresh process does
not rebuild them (a cold ``extract`` pays each rebuild again: wordfreq's English list took 90 ms to
load into a dict, pycountry's places 30 ms).

- ``WordTable``: word -> int in an SQLite file, looked up one word at a time (about 5 us a word;
  nothing is loaded up front), built once from a mapping with ``build_word_table``.
- ``read_lines`` / ``write_lines``: a small list of strings as a text file.

Where: ``$EXTRACTOR_CACHE_DIR``, else ``$XDG_CACHE_HOME/extractor``, else ``~/.cache/extractor``; an
empty ``EXTRACTOR_CACHE_DIR`` turns the cache off. A caller names each file after a key of its
source (the package's version, its data file's size and time), so an upgrade gets a new file. Files
are written under a temporary name and renamed into place: processes building one at the same time
all succeed and one file wins. Where the folder cannot be written or a file cannot be read, the
caller builds its table in memory as before: the cache only saves time, it never changes a value.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
import tempfile
import threading
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path

logger = logging.getLogger(__name__)

CACHE_ENV = "EXTRACTOR_CACHE_DIR"
# Rows inserted per statement batch while a table is built.
BUILD_BATCH = 50_000


def cache_path(name: str) -> Path | None:
    """Where the cache file ``name`` lives (its folder created), or None when the cache is off or
    its folder cannot be made."""
    configured = os.environ.get(CACHE_ENV)
    if configured is not None:
        if not configured.strip():
            return None
        folder = Path(configured)
    else:
        base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
        folder = Path(base) / "extractor"
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        logger.debug("no cache folder at %s: %s", folder, e)
        return None
    return folder / name


class WordTable:
    """A read-only word -> int table in an SQLite file; ``get`` gives None for an absent word.

    Safe to share between threads (one connection behind a lock) and across ``fork`` (a child
    process opens its own connection on its first lookup).
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock = threading.Lock()
        self._pid = -1
        self._connection: sqlite3.Connection | None = None
        self._connect()  # raises sqlite3.Error for a missing or damaged file: the caller falls back

    def _connect(self) -> sqlite3.Connection:
        connection = sqlite3.connect(f"{self.path.as_uri()}?mode=ro", uri=True, check_same_thread=False)
        connection.execute("SELECT value FROM words WHERE word = ''").fetchone()  # the table is there
        self._connection, self._pid = connection, os.getpid()
        return connection

    def get(self, word: str) -> int | None:
        with self._lock:
            connection = self._connection
            if connection is None or self._pid != os.getpid():
                connection = self._connect()
            row = connection.execute("SELECT value FROM words WHERE word = ?", (word,)).fetchone()
        return None if row is None else int(row[0])


def open_word_table(path: Path) -> WordTable | None:
    """The table at ``path``, or None when there is none (or it cannot be read)."""
    if not path.is_file():
        return None
    try:
        return WordTable(path)
    except sqlite3.Error as e:
        logger.debug("cache %s unreadable: %s", path, e)
        return None


def build_word_table(path: Path, table: Mapping[str, int]) -> None:
    """Write ``table`` to ``path`` (atomically); failures are logged, never raised."""
    _write_atomically(path, lambda tmp: _fill(tmp, table))


def read_lines(path: Path) -> list[str] | None:
    """The lines of a cached list, or None when it is not there."""
    try:
        return path.read_text("utf-8").splitlines()
    except (OSError, UnicodeDecodeError):
        return None


def write_lines(path: Path, lines: Iterable[str]) -> None:
    """Write a list of strings, one a line (atomically); failures are logged, never raised."""
    text = "".join(f"{line}\n" for line in lines)
    _write_atomically(path, lambda tmp: tmp.write_text(text, "utf-8"))


def _fill(path: Path, table: Mapping[str, int]) -> None:
    connection = sqlite3.connect(path)
    try:
        connection.execute("CREATE TABLE words (word TEXT PRIMARY KEY, value INTEGER NOT NULL) WITHOUT ROWID")
        items = list(table.items())
        for start in range(0, len(items), BUILD_BATCH):
            connection.executemany("INSERT INTO words VALUES (?, ?)", items[start : start + BUILD_BATCH])
        connection.commit()
    finally:
        connection.close()


def _write_atomically(path: Path, write: Callable[[Path], object]) -> None:
    try:
        handle, name = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
        os.close(handle)
    except OSError as e:
        logger.debug("cache %s not written: %s", path, e)
        return
    tmp = Path(name)
    try:
        write(tmp)  # an empty file is an empty SQLite database
        os.replace(tmp, path)
    except (OSError, sqlite3.Error) as e:
        logger.debug("cache %s not written: %s", path, e)
    finally:
        with contextlib.suppress(OSError):
            tmp.unlink()
