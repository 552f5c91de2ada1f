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

# A heading of a future part ("5 Future Research Directions") has at most this many words; a longer
# one names a direction itself ("Proposed project 1: Faster simulations of X").
PART_HEADING_MAX_WORDS = 5
# A direction sentence has at least this many words.
MIN_SENTENCE_WORDS = 5


def future_directions(headings: Sequence[Heading], spans: Sequence[str], intro: str) -> list[str]:
    """``spans[i]`` is the text under ``headings[i]`` (up to the next heading), its paragraphs
    separated by blank lines; ``intro`` the text before the first heading."""
    out = _plan_sentences(intro)
    in_future = False
    for index, heading in enumerate(headings):
        if srx.FUTURE_SECTION_RE.search(heading.title) and not heading.run_in:
            if len(srx.HEADING_NUMBER_RE.sub("", heading.title).split()) > PART_HEADING_MAX_WORDS:
                out.append(heading.title)  # "Proposed project 2: Faster X": a direction of its own
                in_future = False
                continue
            in_future = True
            nested = index + 1 < len(headings) and not _closes(headings[index + 1])
            if not nested:
                out.extend(_section_sentences(spans[index]))
            continue
        if in_future and _closes(heading):
            in_future = False
        if in_future:
            out.append(heading.title)
            continue
        out.extend(_plan_sentences(spans[index]))
    return list(dict.fromkeys(out))


def _closes(heading: Heading) -> bool:
    """A heading that ends the plans: "Conclusion", "Teaching", a new top-level numbered part."""
    return bool(srx.CLOSING_HEADING_RE.search(heading.title) or srx.TOP_LEVEL_NUMBER_RE.match(heading.title))


def _paragraphs(text: str) -> list[list[str]]:
    return [
        [s.strip() for s in SENTENCE_SPLIT_RE.split(p) if len(s.split()) >= MIN_SENTENCE_WORDS]
        for p in text.split("\n\n")
    ]


def _plan_sentences(text: str) -> list[str]:
    """The first plan sentence of each paragraph: a paragraph follows one direction."""
    out = []
    for sentences in _paragraphs(text):
        for sentence in sentences:
            if srx.PLAN_SENTENCE_RE.search(sentence):
                out.append(sentence)
                break
    return out


def _section_sentences(text: str) -> list[str]:
    """In a future section without sub-headings, the sentences that name a direction."""
    return [
        s
        for sentences in _paragraphs(text)
        for s in sentences
        if srx.PLAN_SENTENCE_RE.search(s) or srx.FUTURE_SECTION_SENTENCE_RE.search(s)
    ]
