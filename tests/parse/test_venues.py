"""lookup_venue: venue strings as publication lists write them -> (short, kind), and venues.tsv integrity."""

from __future__ import annotations

from collections import Counter
from importlib import resources

import pytest

from extractor.parse.venues import VENUE_KINDS, VenueMatch, lookup_venue

FOUND = [
    # acronym with publisher, year, apostrophe year, or a note after it
    ("USENIX NSDI 2023", "NSDI", "conference"),
    ("ACM SIGCOMM '23", "SIGCOMM", "conference"),
    ("MLSys '24 (Outstanding Paper Award)", "MLSys", "conference"),
    ("ECML-PKDD '21", "ECML-PKDD", "conference"),
    ("ECML PKDD 2021", "ECML-PKDD", "conference"),
    ("USENIX ATC '22", "ATC", "conference"),
    ("EuroSys 2024", "EuroSys", "conference"),
    ("SOCC '22", "SoCC", "conference"),
    ("IEEE S&P 2023", "S&P", "conference"),
    ("IEEE EuroS&P 2022", "EuroS&P", "conference"),
    ("SC '23", "SC", "conference"),
    ("ACM/IEEE SC23", "SC", "conference"),
    ("NIPS 2016", "NeurIPS", "conference"),
    ("HotNets '22", "HotNets", "workshop"),
    ("IEEE RA-L", "RA-L", "journal"),
    # full names with ordinals, "Proceedings of the", "In"
    (
        "In 20th USENIX Symposium on Networked Systems Design and Implementation (NSDI '23)",
        "NSDI",
        "conference",
    ),
    ("OSDI '25 | USENIX Symposium on Operating Systems Design and Implementation", "OSDI", "conference"),
    ("In Proceedings of the 29th Symposium on Operating Systems Principles (SOSP '23)", "SOSP", "conference"),
    ("Advances in Neural Information Processing Systems 36", "NeurIPS", "conference"),
    ("Proc. VLDB Endow.", "VLDB", "conference"),
    ("Proceedings of the VLDB Endowment 16(4)", "VLDB", "conference"),
    ("Proceedings of the 2023 ACM Conference on Computer and Communications Security", "CCS", "conference"),
    ("ACM Workshop on Hot Topics in Networks", "HotNets", "workshop"),
    ("IEEE International Conference on Cluster Computing", "CLUSTER", "conference"),
    ("ACM International Conference on Computing Frontiers", "CF", "conference"),
    ("USENIX Annual Technical Conference", "ATC", "conference"),
    # the longest spelling wins
    ("Findings of the Association for Computational Linguistics: EMNLP 2023", "Findings", "conference"),
    ("North American Chapter of the Association for Computational Linguistics", "NAACL", "conference"),
    ("European Conference on Computer Vision", "ECCV", "conference"),
    ("SIAM International Conference on Data Mining", "SDM", "conference"),
    ("IEEE Transactions on Network Science and Engineering", "TNSE", "journal"),
    ("The VLDB Journal", "VLDBJ", "journal"),
    # journals, abbreviated
    ("IEEE Trans. Netw. 30(2):1-14, 2022", "ToN", "journal"),
    ("IEEE/ACM Trans. Netw.", "ToN", "journal"),
    ("ToN '22 | IEEE/ACM Transactions on Networking", "ToN", "journal"),
    ("J. Finance 78(1)", "JF", "journal"),
    ("Phys. Rev. Lett. 120, 2018", "PRL", "journal"),
    ("Proc. Natl. Acad. Sci. USA 118", "PNAS", "journal"),
    ("Proceedings of the Royal Society B: Biological Sciences", "Proc. R. Soc. B", "journal"),
    ("Transactions of the Association for Computational Linguistics", "TACL", "journal"),
    # common-word journals at the start of the string
    ("Nature 595, 583–589 (2021)", "Nature", "journal"),
    ("Nature Communications 12, 1–9 (2021)", "Nature Communications", "journal"),
    ("In: Science 372, 2021", "Science", "journal"),
    ("Science Advances 7(3)", "Science Advances", "journal"),
    ("Cell, 2020", "Cell", "journal"),
    ("Ecology", "Ecology", "journal"),
    ("Ecology Letters 24(2)", "Ecology Letters", "journal"),
    ("Geology 49, 2021", "Geology", "journal"),
    ("eLife 10:e12345", "eLife", "journal"),
    # preprints
    ("arXiv 2024", "arXiv", "preprint"),
    ("arXiv preprint arXiv:2401.00001", "arXiv", "preprint"),
    ("CoRR abs/2401.00001", "arXiv", "preprint"),
    ("bioRxiv 2023.01.01", "bioRxiv", "preprint"),
    ("SSRN Working Paper", "SSRN", "preprint"),
]

NOT_FOUND = [
    "PhD Dissertation 2021 | Kestrel University",
    "Best Paper Award",
    "Kestrel University",
    "In submission",
    "the nature of things",
    "a ton of work",
    "the atc thing",
    "Charleston, SC",
    "CC BY 4.0",
    "Nature Reviews Something",
    "Under review",
    "",
    "   ",
]


@pytest.mark.parametrize(("text", "short", "kind"), FOUND, ids=[row[0] for row in FOUND])
def test_lookup_venue_finds(text: str, short: str, kind: str) -> None:
    match = lookup_venue(text)
    assert match is not None
    assert (match.short, match.kind) == (short, kind)
    assert match.matched in text


@pytest.mark.parametrize("text", NOT_FOUND, ids=[repr(text) for text in NOT_FOUND])
def test_lookup_venue_rejects(text: str) -> None:
    assert lookup_venue(text) is None


def test_science_of_computer_programming_is_its_own_journal() -> None:
    assert lookup_venue("Science of Computer Programming 225") == VenueMatch(
        "SCP", "journal", "Science of Computer Programming"
    )


def test_matched_keeps_abbreviation_dot() -> None:
    match = lookup_venue("IEEE Trans. Netw. 30(2)")
    assert match is not None
    assert match.matched == "IEEE Trans. Netw."


def _table_lines() -> list[str]:
    table = resources.files("extractor.patterns").joinpath("venues.tsv")
    return table.read_text(encoding="utf-8").splitlines()


def test_venues_tsv_integrity() -> None:
    lines = _table_lines()
    assert lines[0].startswith("#"), "venues.tsv opens with a comment saying what belongs"
    rows = [line for line in lines if not line.startswith("#")]
    assert all(line.strip() for line in rows), "no blank rows"
    cells = [line.split("\t") for line in rows]
    assert all(len(row) == 3 for row in cells), "three tab-separated columns"
    assert all(row == [cell.strip() for cell in row] and all(row) for row in cells)
    assert {kind for _, kind, _ in cells} <= VENUE_KINDS
    counts = Counter((short, kind) for short, kind, _ in cells)
    assert [key for key, n in counts.items() if n > 1] == []
    for short, _, names in cells:
        spellings = names.split("|")
        assert all(s == s.strip() and s.lstrip("^=") for s in spellings), short
        assert len(spellings) == len(set(spellings)), short
    assert len(cells) >= 250


def test_venues_tsv_sorted_by_short() -> None:
    shorts = [line.split("\t")[0] for line in _table_lines() if not line.startswith("#")]
    assert shorts == sorted(shorts, key=str.casefold)
