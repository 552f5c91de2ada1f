"""``write_atomic``: the whole text or the old file, the usual file mode, no temporary left."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from extractor.files import write_atomic


def test_writes_text_and_makes_folders(tmp_path: Path) -> None:
    target = tmp_path / "out" / "deeper" / "profile.json"
    write_atomic(target, '{"name": "Ada Example"}\n')
    assert target.read_text(encoding="utf-8") == '{"name": "Ada Example"}\n'
    assert [p.name for p in target.parent.iterdir()] == ["profile.json"]


def test_file_mode_follows_umask(tmp_path: Path) -> None:
    old = os.umask(0o027)
    try:
        write_atomic(tmp_path / "a.json", "{}")
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "a.json").stat().st_mode) == 0o640


def test_failed_write_keeps_old_file_and_leaves_no_temporary(tmp_path: Path) -> None:
    target = tmp_path / "a.json"
    target.write_text("old", encoding="utf-8")

    with pytest.raises(TypeError):
        write_atomic(target, b"not text")  # type: ignore[arg-type]
    assert target.read_text(encoding="utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["a.json"]
