"""A plain-text file of 50 invented references under a "Publications" heading gives 50 entries with
their fields: numbered, bulleted and one-per-paragraph lists, in three citation styles."""

from __future__ import annotations

from pathlib import Path

import pytest

from extractor import extract_profile
from extractor.options import ExtractOptions

# fmt: off
GIVEN = ["Amara", "Bexley", "Corin", "Dalia", "Evander", "Fiora", "Galen", "Hesper", "Idris", "Juno"]
SURNAME = ["Quillfeather", "Marrowby", "Tessaly", "Brindlecombe", "Oakenshaw", "Farrowdale", "Ashgrove",
           "Kellerman", "Duskwood", "Hollin", "Merriweather", "Talbrook", "Zhevanko"]
WORDS = (
    "Sparse", "Robust", "Adaptive", "Causal", "Federated", "Stochastic", "Latent", "Coastal",
    "Widget", "Routing", "Gadget", "Scheduling", "Lattice", "Inference", "Quorum", "Estimation",
    "Ripple", "Control", "Harbor", "Allocation", "Meadow", "Forecasting", "Orchard", "Pricing",
    "Glacier", "Memory", "Lantern", "Voting", "Tide", "Compilers", "Heron", "Markets", "Pollen",
    "Sampling", "Cobalt", "Proofs", "Ferry", "Auctions", "Moss", "Kernels", "Falcon", "Wages",
    "Basalt", "Queues", "Thistle", "Sensors", "Amber", "Copper", "Dunes", "Rivets", "Lichen",
    "Swarms", "Quartz",
)
VENUE = ["Journal of Widget Systems", "Transactions on Gadget Learning", "Annals of Applied Sprocketry",
         "Quarterly Journal of Harbor Economics", "Review of Lattice Computing"]
# fmt: on
OWNER = ("Marin", "Velloway")


def references() -> list[dict[str, object]]:
    out = []
    for n in range(50):
        k = 1 + n % 4
        authors = [(GIVEN[(n + i) % len(GIVEN)], SURNAME[(n * 3 + i) % len(SURNAME)]) for i in range(k)]
        authors.insert(n % k, OWNER)
        picked = [
            WORDS[(n * step + shift) % len(WORDS)] for step, shift in ((1, 0), (7, 3), (11, 5), (13, 9))
        ]
        title = f"{picked[0]} {picked[1]} of {picked[2]} under {picked[3]}"
        out.append(
            {
                "authors": authors,
                "title": title,
                "venue": VENUE[n % len(VENUE)],
                "year": 1995 + n % 30,
                "volume": str(3 + n % 40),
                "pages": f"{10 + n}–{25 + n}",
            }
        )
    return out


def render(ref: dict[str, object], style: int) -> str:
    authors = ref["authors"]
    title, venue, year, volume, pages = ref["title"], ref["venue"], ref["year"], ref["volume"], ref["pages"]
    if style == 0:  # "A. B. Surname, C. Surname and E. Surname. Title. Venue, 12:10–25, 2001."
        names = [f"{g} {s}" for g, s in authors]  # type: ignore[attr-defined]
        joined = ", ".join(names[:-1]) + " and " + names[-1] if len(names) > 1 else names[0]
        return f"{joined}. {title}. {venue}, {volume}:{pages}, {year}."
    if style == 1:  # APA: "Surname, A., & Surname, B. (2001). Title. Venue, 12, 10–25."
        names = [f"{s}, {g[0]}." for g, s in authors]  # type: ignore[attr-defined]
        joined = ", ".join(names[:-1]) + ", & " + names[-1] if len(names) > 1 else names[0]
        return f"{joined} ({year}). {title}. {venue}, {volume}, {pages}."
    # Chicago-like: 'A. Surname and B. Surname. "Title." Venue 12 (2001): 10–25.'
    names = [f"{g[0]}. {s}" for g, s in authors]  # type: ignore[attr-defined]
    joined = ", ".join(names[:-1]) + " and " + names[-1] if len(names) > 1 else names[0]
    return f"{joined}. “{title}.” {venue} {volume} ({year}): {pages}."


def document() -> str:
    lines = [f"{OWNER[0]} {OWNER[1]}", "", "Publications", "", "Journal Articles", ""]
    for n, ref in enumerate(references()):
        text = render(ref, n % 3)
        if n < 20:
            lines.append(f"{n + 1}. {text}")
        elif n < 35:
            if n == 20:
                lines += ["", "Conference Papers", ""]
            lines.append(f"• {text}")
        else:
            if n == 35:
                lines += ["", "Book Chapters", ""]
            lines += [text, ""]
    return "\n".join(lines) + "\n"


@pytest.fixture(scope="module")
def pubs(tmp_path_factory: pytest.TempPathFactory) -> list:
    path = Path(tmp_path_factory.mktemp("refs")) / "publications.txt"
    path.write_text(document(), encoding="utf-8")
    return extract_profile([str(path)], ExtractOptions(use_nlp=False)).publications


def test_fifty_entries(pubs: list) -> None:
    assert len(pubs) == 50


@pytest.mark.parametrize("n", range(50))
def test_fields(pubs: list, n: int) -> None:
    ref = references()[n]
    pub = pubs[n]
    assert pub.title == ref["title"]
    assert pub.year == ref["year"]
    assert pub.venue == ref["venue"]
    assert pub.volume == ref["volume"]
    assert pub.pages == ref["pages"]
    assert len(pub.authors) == len(ref["authors"])  # type: ignore[arg-type]
    surnames = [s for _, s in ref["authors"]]  # type: ignore[attr-defined]
    assert [a.name.split()[-1] if a.name else None for a in pub.authors] == surnames
