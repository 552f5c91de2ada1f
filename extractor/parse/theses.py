"""A thesis listed among publications, read as the degree it was written for.

"Ph.D. Dissertation, Kestrel University, 2021" -> a doctorate at Kestrel University ending in 2021,
with the title as its thesis. The degree is the one the venue or title names (a doctorate when none
is named); the institution is the venue's first part that reads as an organization.
"""

from __future__ import annotations

import re

from extractor.parse.entries import has_word
from extractor.patterns import find_degree
from extractor.profile import Education, Publication


def thesis_degree(pub: Publication) -> Education:
    """The degree a thesis publication was written for, with the thesis's evidence."""
    text = " ".join(filter(None, [pub.venue, pub.title]))
    degree = find_degree(text)
    institution = next(
        (part.strip(" ,.") for part in re.split(r"[|,;]", pub.venue or "") if has_word(part, "org_words")),
        None,
    )
    return Education(
        degree=degree.written if degree else None,
        degree_level=degree.level if degree else "doctorate",
        institution=institution,
        end=str(pub.year) if pub.year else None,
        thesis=pub.title,
        evidence=pub.evidence,
    )
