"""The HTML exports in a real browser: Debian's headless chromium renders, screenshots and dumps them.

Skipped, with the reason, when ``/usr/bin/chromium`` is absent (``apt-get install -y chromium``).
"""

from __future__ import annotations

import json
import re
import struct
import subprocess
from pathlib import Path

import pytest

from extractor.export import index_row, render, render_index
from extractor.profile import Author, Evidence, Profile, Publication, Source
from tests.conftest import FIXTURES

CHROMIUM = Path("/usr/bin/chromium")
TIMEOUT = 120  # seconds for one chromium run
WINDOW = (1200, 1600)

pytestmark = pytest.mark.skipif(
    not CHROMIUM.is_file(),
    reason="headless browser check needs Debian's chromium at /usr/bin/chromium (apt-get install chromium)",
)


def _chromium(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    command = [
        str(CHROMIUM),
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--no-first-run",
        "--disable-sync",
        f"--user-data-dir={tmp_path / 'chromium-profile'}",
        *args,
    ]
    return subprocess.run(command, capture_output=True, text=True, timeout=TIMEOUT, check=False)


def _screenshot(tmp_path: Path, page: Path) -> Path:
    shot = tmp_path / "shot.png"
    result = _chromium(
        tmp_path, f"--screenshot={shot}", f"--window-size={WINDOW[0]},{WINDOW[1]}", page.as_uri()
    )
    assert shot.is_file(), f"chromium wrote no screenshot (exit {result.returncode}): {result.stderr[-2000:]}"
    return shot


def _dump_dom(tmp_path: Path, page: Path) -> str:
    result = _chromium(tmp_path, "--dump-dom", page.as_uri())
    assert result.returncode == 0, result.stderr[-2000:]
    return result.stdout


def _png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def _profile() -> Profile:
    case = FIXTURES / "homepage-html" / "expected.json"
    data = json.loads(case.read_text("utf-8"))
    for i, source in enumerate(data["sources"]):
        source.setdefault("path", f"homepage-html/input-{i}")
        source.setdefault("sha256", "0" * 64)
    profile = Profile.model_validate(data)
    evil = Publication(
        title="<script>document.title='pwned'</script>Evil title",
        authors=[Author(name=profile.name, is_owner=True)],
        year=2024,
        kind="workshop",
        evidence=Evidence(source=0, text="<img src=x onerror=alert(1)>"),
    )
    return profile.model_copy(
        update={"publications": [*profile.publications, evil], "warnings": ["a warning shown first"]}
    )


def test_review_page_renders(tmp_path: Path) -> None:
    profile = _profile()
    assert profile.name
    page = tmp_path / "review.html"
    page.write_text(render(profile, "html"), "utf-8")

    shot = _screenshot(tmp_path, page)
    assert _png_size(shot) == WINDOW
    assert shot.stat().st_size > 20_000, "the screenshot looks blank"

    dom = _dump_dom(tmp_path, page)
    assert profile.name in dom
    assert "<title>" in dom and "pwned" not in dom.split("</title>")[0]  # the injected script never ran
    assert "&lt;script&gt;document.title" in dom  # it is shown as text
    assert "<img" not in dom
    assert dom.count("<details") >= len(profile.publications)
    assert dom.index("a warning shown first") < dom.index(profile.name + "<")


def test_index_page_renders_and_sorts(tmp_path: Path) -> None:
    people = [
        Profile(
            name="Alice Zed",
            position="Ph.D. student",
            publications=[],
            sources=[Source(path="a.pdf", kind="cv", media_type="application/pdf", sha256="0" * 64)],
        ),
        _profile(),
    ]
    rows = [index_row(p, f"people/{i}.html") for i, p in enumerate(people)]
    html = render_index(rows, title="Batch")
    page = tmp_path / "index.html"
    page.write_text(html, "utf-8")
    shot = _screenshot(tmp_path, page)
    assert shot.stat().st_size > 5_000

    dom = _dump_dom(tmp_path, page)
    for person in people:
        assert person.name and person.name in dom

    # sort by publications, descending (two clicks), through the page's own script
    clicks = (
        "<script>var th=document.querySelector('th[data-col=publications]');th.click();th.click();</script>"
    )
    sorted_page = tmp_path / "sorted.html"
    sorted_page.write_text(html.replace("</body>", clicks + "</body>"), "utf-8")
    dom = _dump_dom(tmp_path, sorted_page)
    names = re.findall(r'<td data-sort="([^"]*)"><a href', dom)
    assert names == [people[1].name, "Alice Zed"], names
    assert 'aria-sort="descending"' in dom
