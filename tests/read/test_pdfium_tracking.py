"""Letter spacing in the pdfium reader: a tracked word stays one word.

A heading set with letter spacing by positioning (a kern after every glyph, not the "Tc" operator,
which pdfium reads) moves each next origin by one amount. pdfium takes every such gap for a word space
and generates a space character; pdfplumber, whose boxes end at the font's /Widths advance, keeps the
word whole when the tracking is narrower than a word gap. ``_fix_doubtful`` recognises the font as
tracked and gives its characters their loose box (the /Widths advance), as pdfplumber has them.
"""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from extractor.read.layout import CharTuple
from extractor.read.pdfium import TRACKED_MIN_CHARS, _fix_doubtful

SIZE = 10.0
TOLERANCE = 0.1 * SIZE  # ADVANCE_LANDING_EM in points
FONT = 7


def _run(
    pitch: float, advance: float, loose: float, count: int, spaced: bool
) -> tuple[set[int], list[float]]:
    """``count`` glyphs ``pitch`` apart whose found advance is ``advance`` and loose box ``loose``."""
    chars: list[CharTuple] = [
        ("x", k * pitch, k * pitch + advance, 0.0, SIZE, SIZE, "Invented-Bold", True) for k in range(count)
    ]
    pairs = [(k, k, (k + 1) * pitch, TOLERANCE, FONT) for k in range(count - 1)]
    rect = SimpleNamespace(right=0.0)

    def loose_box(_page: object, index: int, _ref: object) -> None:
        rect.right = index * pitch + loose

    doubtful, spaced_pairs = ([], pairs) if spaced else (pairs, [])
    tracked = _fix_doubtful(chars, doubtful, spaced_pairs, None, loose_box, None, rect)
    return tracked, [c[2] - c[1] for c in chars]


@pytest.mark.parametrize(
    ("pitch", "advance", "loose", "count", "spaced", "tracked", "width"),
    [
        # 0.13 em of tracking after a 5.6 pt advance that pdfium found 0.2 pt short: tracked, loose box
        (6.9, 5.4, 5.6, 8, True, {FONT}, 5.6),
        # the same with fewer characters than letter spacing is recognised from: left alone
        (6.9, 5.4, 5.6, TRACKED_MIN_CHARS, True, set(), 5.4),
        # word spaces (0.3 em) after every glyph are not tracking: the advance found stands
        (8.6, 5.4, 5.6, 8, True, set(), 5.4),
        # no generated space, the loose box lands on the next origin: it is the glyph's advance
        (5.6, 4.0, 5.6, 3, False, set(), 5.6),
        # no generated space, the loose box misses too (a kern): the advance found stands
        (5.9, 4.0, 5.6, 3, False, set(), 4.0),
    ],
)
def test_tracked_fonts_get_their_loose_advances(
    pitch: float, advance: float, loose: float, count: int, spaced: bool, tracked: set[int], width: float
) -> None:
    found, widths = _run(pitch, advance, loose, count, spaced)
    assert found == tracked
    assert widths[:-1] == pytest.approx([width] * (count - 1))
    assert widths[-1] == pytest.approx(advance)  # the last glyph has no next origin to check against
