"""The label a statement cites an unlabelled reference-list entry by: its author-year form.

"Doe, Jane and Richard Roe. 2020. ..." is cited "(Doe and Roe, 2020)"; three or more authors
"(Doe et al., 2019)"; an undated entry by its authors alone.
"""

from __future__ import annotations

import re

from extractor.parse.names import is_initial, is_name_suffix
from extractor.profile import Publication

# the year an entry prints, with its letter: "2019a", "2022(b)"
YEAR_RE = re.compile(r"\b(?P<year>(?:19|20)\d{2})\(?(?P<letter>[a-h])?\)?(?![\d])")
# With this many authors or more a citation names the first "et al.".
ET_AL_AUTHORS = 3


def family_name(name: str) -> str | None:
    """ "Doe, Jane" -> Doe; "Jane Q. Doe" -> Doe; "J. Doe Jr." -> Doe."""
    head, comma, _ = name.partition(",")
    if comma and head.strip():
        return head.strip()
    tokens = [t for t in name.split() if not is_name_suffix(t)]
    while len(tokens) > 1 and is_initial(tokens[-1]):
        tokens.pop()  # "Doe J." (Vancouver style)
    return tokens[-1].strip(".") if tokens else None


def author_year_label(pub: Publication) -> str | None:
    """ "Doe and Roe, 2020", "Doe et al., 2019", "Doe, 2021"; None without authors."""
    families = [f for a in pub.authors if a.name and (f := family_name(a.name))]
    if not families:
        return None
    if len(families) >= ET_AL_AUTHORS:
        who = f"{families[0]} et al."
    elif len(families) == 2:
        who = f"{families[0]} and {families[1]}"
    else:
        who = families[0]
    printed = YEAR_RE.search(pub.evidence.text) if pub.evidence is not None else None
    year = f"{printed['year']}{printed['letter'] or ''}" if printed else pub.year
    return f"{who}, {year}" if year else who
