"""Future directions of a laid-out statement: one item per direction, as printed.

- the headings under a "Future ..." / "Research Agenda" / "Next Steps" heading (its sub-headings
  and run-in leads), or, when it has none, its sentences that name a direction;
- anywhere else, the sentences that state a plan ("I plan to", "In future work", "New work is in
  progress", "In the next five years").
"""

from __future__ import annotations

from collections.abc import Sequence

from extractor.parse.statement_headings import Heading
from extractor.patterns import statement_regexes as srx
from extractor.patterns.regexes import SENTENCE_SPLIT_RE

# A direction sentence has at least this many words.
MIN_SENTENCE_WORDS = 5


def future_directions(headings: Sequence[Heading], spans: Sequence[str], intro: str) -> list[str]:
    """``spans[i]`` is the text under ``headings[i]`` (up to the next heading); ``intro`` the text
    before the first heading."""
    out: list[str] = []
    in_future = False
    for index, heading in enumerate(headings):
        opens = bool(srx.FUTURE_SECTION_RE.search(heading.title)) and not srx.HEADING_NUMBER_RE.match(
            heading.title
        )
        if opens and not heading.run_in:
            in_future = True
            out.extend(_sentences(spans[index], section=True))
            continue
        if in_future and _closes(heading):
            in_future = False
        if in_future:
            out.append(heading.title)
            continue
        out.extend(_sentences(spans[index], section=False))
    out[:0] = _sentences(intro, section=False)
    return list(dict.fromkeys(out))


def _closes(heading: Heading) -> bool:
    """A heading that ends the plans: "Conclusion", "Teaching", a new top-level part."""
    return bool(srx.CLOSING_HEADING_RE.search(heading.title))


def _sentences(text: str, section: bool) -> list[str]:
    out = []
    for sentence in SENTENCE_SPLIT_RE.split(text):
        sentence = sentence.strip()
        if len(sentence.split()) < MIN_SENTENCE_WORDS:
            continue
        if srx.PLAN_SENTENCE_RE.search(sentence) or (
            section and srx.FUTURE_SECTION_SENTENCE_RE.search(sentence)
        ):
            out.append(sentence)
    return out
