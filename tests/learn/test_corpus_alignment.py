"""Corpus publications become token labels: each printed field is found in the evidence text."""

from __future__ import annotations

import pytest

from extractor.learn.data import align_publication


def _spans(evidence: str, pub: dict[str, object]) -> list[tuple[str, str]]:
    entry = align_publication(evidence, pub)
    assert entry is not None
    out: list[tuple[str, str]] = []
    for token, label in zip(entry.tokens, entry.labels, strict=True):
        if out and out[-1][0] == label:
            out[-1] = (label, f"{out[-1][1]} {token.text}")
        else:
            out.append((label, token.text))
    return out


def _pub(**fields: object) -> dict[str, object]:
    base: dict[str, object] = {"title": None, "authors": [], "venue": None, "year": None}
    return {**base, **fields}


CASES = [
    (
        "[3] Doe, J., Roe, A. and Poe, B. (2021). A Study of Widgets. Journal of Gadgets, 12(3), pp. 45-67.",
        _pub(
            title="A Study of Widgets",
            authors=[{"name": "Doe, J."}, {"name": "Roe, A."}, {"name": "Poe, B."}],
            venue="Journal of Gadgets",
            year=2021,
            volume="12",
            issue="3",
            pages="45-67",
        ),
        [
            ("citation-number", "[3]"),
            ("author", "Doe, J., Roe, A. and Poe, B."),
            ("date", "(2021)."),
            ("title", "A Study of Widgets."),
            ("container", "Journal of Gadgets,"),
            ("volume", "12"),
            ("issue", "(3),"),
            ("pages", "pp. 45-67."),
        ],
    ),
    (
        'Ann Quill and Bo Tarrow, "Sprocket Routing Revisited,"\n'
        "in Proc. of the Widget Conference, 2019. [pdf]",
        _pub(
            title="Sprocket Routing Revisited",
            authors=[{"name": "Ann Quill", "is_owner": True}, {"name": "Bo Tarrow"}],
            venue="Proc. of the Widget Conference",
            year=2019,
        ),
        [
            ("author", "Ann Quill and Bo Tarrow,"),
            ("title", '"Sprocket Routing Revisited,"'),
            ("container", "in Proc. of the Widget Conference,"),
            ("date", "2019."),
            ("link-label", "[pdf]"),
        ],
    ),
    (
        # "(with A and B)": the owner, printed nowhere, is skipped; a status is labelled as such
        "Lattice Harvests (with Corin Ashgrove). Under review.",
        _pub(
            title="Lattice Harvests",
            authors=[{"name": "Mira Vell", "is_owner": True}, {"name": "Corin Ashgrove"}],
        ),
        [
            ("title", "Lattice Harvests"),
            ("note", "(with"),
            ("author", "Corin Ashgrove)."),
            ("status", "Under review."),
        ],
    ),
]


@pytest.mark.parametrize(("evidence", "pub", "expected"), CASES)
def test_align_publication(evidence: str, pub: dict[str, object], expected: list[tuple[str, str]]) -> None:
    assert _spans(evidence, pub) == expected


def test_line_break_kept() -> None:
    entry = align_publication(
        'Ann Quill and Bo Tarrow, "Sprocket Routing Revisited,"\nin Proc. of the Widget Conference, 2019.',
        _pub(
            title="Sprocket Routing Revisited",
            authors=[{"name": "Ann Quill"}, {"name": "Bo Tarrow"}],
            venue="Proc. of the Widget Conference",
        ),
    )
    assert entry is not None
    assert [t.text for t in entry.tokens if t.line_start] == ["in"]


@pytest.mark.parametrize(
    ("evidence", "pub"),
    [
        # an author the evidence does not print (and not the owner): the annotation does not line up
        ("Doe, J. A Study of Widgets. Gadgets.", _pub(title="A Study of Widgets", authors=[{"name": "Xu"}])),
        # the title is not in the evidence
        ("Doe, J. A Study of Widgets. Gadgets.", _pub(title="Widgets Anew", authors=[{"name": "Doe, J."}])),
        # most of the entry belongs to no field
        (
            "Doe, J. Widgets. see also the long discussion of many further points in the appendix here",
            _pub(title="Widgets", authors=[{"name": "Doe, J."}]),
        ),
    ],
)
def test_entries_that_do_not_align_are_skipped(evidence: str, pub: dict[str, object]) -> None:
    assert align_publication(evidence, pub) is None
