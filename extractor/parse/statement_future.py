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

# A heading of a future part ("5 Future Research Directions") has at most this many words; a longer
# one names a direction itself ("Proposed project 1: Faster simulations of X").
PART_HEADING_MAX_WORDS = 5
# A heading this much larger than a future part's heading is of a higher level (points).
LEVEL_POINTS = 0.3
# An enumeration of directions has at least this many items.
ENUMERATION_MIN_ITEMS = 2
# Letters make at least this share of a direction's visible characters (not a formula).
MIN_LETTER_SHARE = 0.6
# A direction sentence has at least this many words.
MIN_SENTENCE_WORDS = 5


def future_directions(headings: Sequence[Heading], spans: Sequence[str], intro: str) -> list[str]:
    """``spans[i]`` is the text under ``headings[i]`` (up to the next heading), its paragraphs
    separated by blank lines; ``intro`` the text before the first heading."""
    out = _plan_sentences(intro)
    opener: Heading | None = None  # the heading of the future part we are in
    for index, heading in enumerate(headings):
        if opener is not None and _closes(heading, opener):
            opener = None
        if srx.FUTURE_SECTION_RE.search(heading.title):
            if len(srx.HEADING_NUMBER_RE.sub("", heading.title).split()) > PART_HEADING_MAX_WORDS:
                out.append(heading.title)  # "Proposed project 2: Faster X": a direction of its own
                continue
            opener = heading
            following = headings[index + 1] if index + 1 < len(headings) else None
            if following is None or _closes(following, heading):
                out.extend(_section_items(spans[index]))
            continue
        if opener is not None:
            out.append(heading.title)
            continue
        out.extend(_plan_sentences(spans[index]))
    return list(dict.fromkeys(out))


def _closes(heading: Heading, opener: Heading) -> bool:
    """A heading that ends the plans: "Conclusion", "Teaching", a new top-level numbered part, a
    heading in a larger font than the future part's."""
    if opener.run_in and not srx.HEADING_NUMBER_RE.match(heading.title):
        return True  # "Future directions. ..." is a paragraph: the next lead is its sibling, not an item
    if heading.run_in:
        return bool(srx.CLOSING_HEADING_RE.search(heading.title))
    larger = (
        heading.size is not None and opener.size is not None and heading.size > opener.size + LEVEL_POINTS
    )
    return bool(
        larger
        or srx.CLOSING_HEADING_RE.search(heading.title)
        or srx.TOP_LEVEL_NUMBER_RE.match(heading.title)
        or srx.FUTURE_SECTION_RE.search(heading.title)
    )


def _paragraphs(text: str) -> list[list[str]]:
    """The candidate sentences of each paragraph: long enough, words (not a formula), not an
    announcement of what follows."""
    return [
        [
            s.strip()
            for s in srx.STATEMENT_SENTENCE_SPLIT_RE.split(p)
            if len(s.split()) >= MIN_SENTENCE_WORDS
            and not s.strip()[:1].islower()  # a fragment of a sentence broken by a page or a figure
            and _letter_share(s) >= MIN_LETTER_SHARE
            and not srx.ANNOUNCEMENT_RE.search(s)
        ]
        for p in text.split("\n\n")
    ]


def _letter_share(text: str) -> float:
    visible = [c for c in text if not c.isspace()]
    return sum(c.isalpha() for c in visible) / len(visible) if visible else 0.0


def _plan_sentences(text: str) -> list[str]:
    """The first plan sentence of each paragraph (a paragraph follows one direction), and the plan
    sentences after it that open another one ("Another topic ...", "More broadly, I ...")."""
    out = []
    for sentences in _paragraphs(text):
        first = True
        for sentence in sentences:
            if srx.PLAN_SENTENCE_RE.search(sentence) and (first or srx.NEXT_DIRECTION_RE.match(sentence)):
                out.extend(_enumerated(sentence))
                first = False
    return out


def _section_items(text: str) -> list[str]:
    """In a future part without sub-headings: its numbered problems or questions ("Problem 3. Is
    ...?"), else the sentences that name a direction, enumerations split ("(i) ..., (ii) ...")."""
    numbered = [m.group(0).strip() for m in srx.NUMBERED_PROBLEM_RE.finditer(text)]
    if numbered:
        return numbered
    return [
        item
        for sentences in _paragraphs(text)
        for s in sentences
        if srx.PLAN_SENTENCE_RE.search(s) or srx.FUTURE_SECTION_SENTENCE_RE.search(s)
        for item in _enumerated(s)
    ]


def _enumerated(sentence: str) -> list[str]:
    """ "I plan to (i) build X, (ii) test Y, and (iii) ship Z." -> the three items."""
    parts = srx.ENUMERATION_RE.split(sentence)
    if len(parts) < ENUMERATION_MIN_ITEMS * 2 + 1:
        return [sentence]
    items = [f"{mark} {text.strip()}" for mark, text in zip(parts[1::2], parts[2::2], strict=True)]
    return [srx.ENUMERATION_TAIL_RE.sub("", item).strip() for item in items]
