"""Found: what a handler hands on; an affiliation is split into organization and department once, where
it is read, so assemble only chooses."""

from __future__ import annotations

import pytest

from extractor.document import Candidate
from extractor.fields.context import Found


@pytest.mark.parametrize(
    ("printed", "organization", "department"),
    [
        ("Soil Science Department, Kestrel University", "Kestrel University", "Soil Science"),
        ("Department of Tide Studies, Harbourview Institute", "Harbourview Institute", "Tide Studies"),
        ("Kestrel University, Millbrook, OH", "Kestrel University", None),
        ("Harbourview Institute", "Harbourview Institute", None),
        # a university and its department with no comma between them
        ("Kestrel University Soil Science Department", "Kestrel University", "Soil Science"),
        ("Kestrel University Dept. Root Biology", "Kestrel University", "Root Biology"),
        ("University of Tarrow Department of Roots, Millbrook, OH", "University of Tarrow", "Roots"),
        ("Dept. Roots, Kestrel University", "Kestrel University", "Roots"),
        ("Kestrel University Department Store", "Kestrel University Department Store", None),  # no unit
        ("Kestrel University Medical Center", "Kestrel University Medical Center", None),
    ],
)
def test_affiliation_candidates_are_split_where_read(
    printed: str, organization: str, department: str | None
) -> None:
    found = Found()
    found.fact("affiliation", Candidate(value=printed, source=0, origin="header", rank=2))
    (candidate,) = found.affiliation
    assert (candidate.value, candidate.department) == (organization, department)
    assert (candidate.origin, candidate.rank) == ("header", 2)


def test_other_candidates_are_kept_as_read() -> None:
    found = Found()
    found.fact("position", Candidate(value="Lecturer, Department of Tide Studies", source=0, origin="header"))
    assert [c.value for c in found.position] == ["Lecturer, Department of Tide Studies"]
