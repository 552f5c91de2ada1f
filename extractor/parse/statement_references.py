"""The label a statement cites an unlabelled reference-list entry by: its author-year form.

"Doe, Jane and Richard Roe. 2020. ..." is cited "(Doe and Roe, 2020)"; three or more authors
"(Doe et al., 2019)"; an undated entry by its authors alone.
"""

from __future__ import annotations

import re

from extractor.parse.names import is_initial, is_name_suffix
from extractor.patterns import statement_regexes as srx
from extractor.patterns import words
from extractor.profile import Publication

# the year an entry prints, with its letter: "2019a", "2022(b)"
YEAR_RE = re.compile(r"\b(?P<year>(?:19|20)\d{2})\(?(?P<letter>[a-h])?\)?(?![\d])")
# A range of citations spans at most this many labels ("[3–5]"; not "[1990-2020]").
MAX_RANGE = 30
# "Doe, Jane, et al. 2021.": the entry itself abbreviates its authors
ET_AL_RE = re.compile(r"\bet\s+al\b")
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


def printed_label(pub: Publication) -> str | None:
    """The label an entry prints before itself: "[Doe2020a] J. Doe. ..." -> Doe2020a."""
    match = srx.PRINTED_LABEL_RE.match(pub.evidence.text)
    return match["label"] if match else None


def author_year_label(pub: Publication, written_out: bool = False) -> str | None:
    """ "Doe and Roe, 2020", "Doe et al., 2019", "Doe, 2021"; None without authors. ``written_out``:
    three authors are named ("Doe, Roe, and Poe, 2018"), as a list no citation abbreviates is read."""
    families = [f for a in pub.authors if a.name and (f := family_name(a.name))]
    if not families:
        return None
    abbreviated = bool(ET_AL_RE.search(pub.evidence.text))
    if written_out and len(families) == ET_AL_AUTHORS and not abbreviated:
        who = f"{families[0]}, {families[1]}, and {families[2]}"
    elif len(families) >= ET_AL_AUTHORS or (len(families) == 1 and abbreviated):
        who = f"{families[0]} et al."
    elif len(families) == 2:
        who = f"{families[0]} and {families[1]}"
    else:
        who = families[0]
    printed = YEAR_RE.search(pub.evidence.text) if pub.evidence is not None else None
    year = f"{printed['year']}{printed['letter'] or ''}" if printed else pub.year
    return f"{who}, {year}" if year else who


def quoted_titles(text: str) -> list[str]:
    """The titles of the entries of a reference list that open with their title in quotes ("“Tidal
    Gauges at Scale,” with J. Doe, ..."), as printed (a wrapped title joined); ``text`` holds the list's
    lines, one a line."""
    return [" ".join(m["title"].split()) for m in srx.QUOTED_TITLE_ENTRY_RE.finditer(text)]


def cited_in_text(text: str) -> list[str]:
    """The author-year citations of a statement's prose, as labels: "(Doe et al., 2019; Roe 2020)"
    and "Doe and Roe (2018)" -> "Doe et al., 2019", "Roe, 2020", "Doe and Roe, 2018"."""
    found: list[tuple[int, int, str]] = []  # (where, order inside a bracket, label)
    for group in srx.CITATION_GROUP_RE.finditer(text):
        for order, part in enumerate(group["body"].split(";")):
            one = srx.AUTHOR_YEAR_RE.match(part.strip())
            if one:
                found.append((group.start(), order, f"{_who(one['who'])}, {one['year']}"))
    for narrative in srx.NARRATIVE_CITATION_RE.finditer(text):
        who = narrative["who"]
        if not _opens_citation(text, narrative.start(), who):
            continue
        found.append((narrative.start(), 0, f"{_who(who)}, {narrative['year']}"))
    for textbook in srx.TEXTBOOK_CITATION_RE.finditer(text):
        found.append((textbook.start("who"), 0, f"{_who(textbook['who'])}, {textbook['year']}"))
    return list(dict.fromkeys(label for _, _, label in sorted(found)))


def _opens_citation(text: str, at: int, who: str) -> bool:
    """Whether the capitalized words before a bracketed year are authors ("Spruit (1997)", "In Doe and
    Roe (2019)"), not a function word ("In (2019)", "Since (2020)") nor the end of a title ("Modern
    Economic Growth (2009)", "Monetary Theory and Policy (2017)": the word before is capitalized too)."""
    lone = " " not in who
    if lone and who.casefold() in words("function_words") | words("citation_non_authors"):
        return False
    before = text[:at].split()
    previous = before[-1] if before else ""
    return not (previous[:1].isupper() and previous.casefold() not in words("function_words"))


def _who(text: str) -> str:
    return re.sub(r"\s+et\s+al\.?$", " et al.", " ".join(text.split()))


def labels_in_text(text: str) -> list[str]:
    """The labels the prose cites, ranges expanded: "[3–5, 8]" -> 3, 4, 5, 8; "[AB17; C2]" -> AB17, C2."""
    out: list[str] = []
    for group in srx.LABEL_GROUP_RE.finditer(text):
        for part in re.split(r"\s*[,;]\s*", group["body"]):
            span = srx.LABEL_RANGE_RE.match(part)
            if span and int(span["first"]) < int(span["last"]) <= int(span["first"]) + MAX_RANGE:
                out.extend(str(n) for n in range(int(span["first"]), int(span["last"]) + 1))
            elif part and part != "0":
                out.append(part)
    return list(dict.fromkeys(out))
