"""Funders a statement names as sources or targets of its funding, spelled as printed.

A funder is named in a sentence about funding ("supported by", "a grant from", "fellowship"): a body
of the known-funder table (``patterns/funding.tsv``: agencies, foundations, companies), with the
programme printed after it ("NSF CAREER", "NSF Graduate Research Fellowship"), or a body named
right after a funding phrase ("with funding from the Example Foundation").
"""

from __future__ import annotations

import re
from functools import cache

from extractor.patterns import statement_regexes as srx
from extractor.patterns import table

# "with funding from X", "funded by X", "support from X", "a grant from X"
_AFTER_CUE_RE = re.compile(
    r"\b(?:funding|support|grants?|fellowships?|funded|supported|sponsored|awards?|awarded)\s+(?:from|by)\s+"
    r"(?:the\s+|an?\s+)?(?P<name>[A-Z][\w.'’&-]*(?:\s+(?:(?:of|for|and|in|on|the)\s+)?[A-Z][\w.'’&-]*){0,7})"
)
_TRAILING_WORDS = re.compile(r"(?:\s+(?:and|of|for|in|on|the))+$")
# an item of a list of funders has at most this many words
_LIST_ITEM_MAX_WORDS = 5
# a name this long or shorter is an acronym, matched as printed (case-sensitive)
_ACRONYM_CHARS = 6


@cache
def _known_funders() -> re.Pattern[str]:
    variants: list[str] = []
    for row in table("funding"):
        variants.append(row[0])
        if len(row) > 1:
            variants.extend(v.strip() for v in row[1].split("|") if v.strip())
    variants.sort(key=len, reverse=True)
    parts = []
    for variant in variants:
        escaped = r"\s+".join(re.escape(part) for part in variant.split())
        parts.append(f"(?i:{escaped})" if " " in variant else escaped)
    # "NSF-funded" names NSF; "NSF-Example" does not
    return re.compile(rf"(?<![\w\-])(?:{'|'.join(parts)})(?![\w]|-(?!funded|supported|sponsored))")


def find_funders(text: str) -> list[str]:
    """The funders named in sentences about funding, as printed, in order of first mention."""
    found: dict[str, str] = {}
    for sentence in srx.STATEMENT_SENTENCE_SPLIT_RE.split(text):
        if not srx.FUNDING_SENTENCE_RE.search(sentence):
            continue
        spans: list[tuple[int, int]] = []
        for match in _known_funders().finditer(sentence):
            end = match.end()
            programme = srx.FUNDER_PROGRAMME_RE.match(sentence, end)
            if programme:
                end = programme.end()
            if spans and not sentence[spans[-1][1] : match.start()].strip():
                # "USDA National Institute of Food and Agriculture": one funder printed as two names
                spans[-1] = (spans[-1][0], end)
            else:
                spans.append((match.start(), end))
        for start, end in spans:
            _add(found, sentence[start:end])
        for name in _labelled(sentence) + _listed(sentence):
            _add(found, name)
        for match in _AFTER_CUE_RE.finditer(sentence):
            start = match.start("name")
            if any(a <= start < b for a, b in spans):
                continue
            name = _TRAILING_WORDS.sub("", match["name"]).strip(" .,")
            if len(name.split()) >= 2 or (name.isupper() and len(name) <= _ACRONYM_CHARS):
                _add(found, name)
        for match in srx.NAMED_PROGRAMME_RE.finditer(sentence):
            if not any(a <= match.start("name") < b for a, b in spans):
                _add(found, match["name"])
    return list(found.values())


def _labelled(sentence: str) -> list[str]:
    """ "Funding: [Public: NSF, NIH R01] [Industry: Example Corp] Collaborators: ..." -> the funders."""
    match = srx.FUNDING_LABEL_RE.search(sentence)
    if not match:
        return []
    items = srx.NEXT_LABEL_RE.split(match["items"], maxsplit=1)[0]
    items = re.sub(r"\b[A-Z][a-z]+\s*:", ",", items)  # "Public:", "Industry:": kinds, not funders
    out = []
    for item in re.split(r"[,;\[\]]|\band\b", items):
        item = item.strip(" .()")
        if item and item[:1].isupper() and len(item.split()) <= _LIST_ITEM_MAX_WORDS:
            out.append(item)
    return out


def _listed(sentence: str) -> list[str]:
    """An enumeration after a cue, where one of its items is a known funder or an acronym:
    "agencies including the NIH, CPRIT, and NSF" -> NIH, CPRIT, NSF."""
    out = []
    for match in srx.FUNDER_LIST_RE.finditer(sentence):
        items = [
            re.sub(r"^(?:and\s+)?(?:the\s+)?", "", item.strip())
            for item in re.split(r",|\band\b", match["items"])
        ]
        items = [i for i in items if i and len(i.split()) <= _LIST_ITEM_MAX_WORDS]
        known = any(
            _known_funders().fullmatch(i) or (i.isupper() and len(i) <= _ACRONYM_CHARS) for i in items
        )
        if known or match["kind"]:  # "programs such as Discovery and Alliance"
            out.extend(items)
    return out


def _add(found: dict[str, str], name: str) -> None:
    name = " ".join(name.split()).rstrip(".,;:")
    found.setdefault(name.casefold(), name)
