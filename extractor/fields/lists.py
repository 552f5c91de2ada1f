"""Flat lists: courses, personal interests (hobbies), research interests."""

from __future__ import annotations

from extractor.document import Section
from extractor.fields import Found, ParseContext
from extractor.fields.header import interest_phrases
from extractor.patterns import regexes as rx


def parse_courses(section: Section, ctx: ParseContext) -> Found:
    """ "Graduate CS: Computer Vision, Distributed Systems" -> each course once, prefix dropped."""
    found = Found()
    courses: list[str] = []
    for line in section.lines:
        if line.list_item and line.bold_spans:
            candidates = [line.bold_spans[0]]  # "- **Software Engineering**, built around ..."
        elif len(line.text.split()) > PROSE_MIN_WORDS:
            wish = rx.WANT_TO_TEACH_RE.search(line.text)  # "I am prepared to teach A, B, and C at any level."
            candidates = split_items(rx.PHRASE_TAIL_RE.split(wish["courses"], maxsplit=1)[0]) if wish else []
        else:
            candidates = [item for _category, body in category_runs(line.text) for item in split_items(body)]
        for item in candidates:
            if item and item not in courses:
                courses.append(item)
    found.fact("courses", *courses)
    return found


# A line of more words than this is prose: courses are read from a "teach ..." phrase only.
PROSE_MIN_WORDS = 14


def parse_interests(section: Section, ctx: ParseContext) -> Found:
    """One hobby per line or bullet: its lead sentence ("Sports. I play soccer" -> "Sports")."""
    found = Found()
    for line in section.lines:
        lead = rx.SENTENCE_SPLIT_RE.split(line.text.strip(), maxsplit=1)[0].strip(" .!:;")
        if lead:
            found.fact("interests", lead)
    return found


def parse_research_interests(section: Section, ctx: ParseContext) -> Found:
    """A list of topics, or a sentence that names them ("I am broadly interested in ...")."""
    found = Found()
    for line in section.lines:
        phrases = interest_phrases(line.text)
        if phrases:
            found.fact("research_interests", *phrases)
        elif len(line.text) <= 200:
            found.fact("research_interests", *split_items(rx.CATEGORY_PREFIX_RE.sub("", line.text)))
    return found


# A label of more words than this before a colon holds the previous list's last item too:
# "..., Programming Languages Undergraduate CS: ..." -> item "Programming Languages",
# label "Undergraduate CS".
MAX_LABEL_WORDS = 3
# How many words such an overlong label keeps.
SPLIT_LABEL_WORDS = 2


def category_runs(text: str) -> list[tuple[str | None, str]]:
    """ "Languages: A, B Tools: C" -> [("Languages", "A, B"), ("Tools", "C")]; no label -> (None, text)."""
    runs: list[tuple[str | None, str]] = []
    label: str | None = None
    rest = text
    while True:
        match = rx.CATEGORY_COLON_RE.search(rest)
        if match is None:
            break
        before = rest[: match.start()]
        cut = max(before.rfind(","), before.rfind(";"))
        head, candidate = before[: cut + 1], before[cut + 1 :].split()
        if not candidate or not candidate[0][:1].isupper() or len(candidate) > 6:
            break
        if len(candidate) > MAX_LABEL_WORDS and (cut >= 0 or label is not None):
            head = f"{head} {' '.join(candidate[:-SPLIT_LABEL_WORDS])}"
            candidate = candidate[-SPLIT_LABEL_WORDS:]
        if label is not None or head.strip(" ,;"):
            runs.append((label, head.strip(" ,;")))
        label = " ".join(candidate)
        rest = rest[match.end() :]
    runs.append((label, rest.strip()))
    return [(lab, body) for lab, body in runs if body or lab]


def split_items(text: str) -> list[str]:
    """Split "A, B (x, y), and C" at top-level commas and semicolons; brackets stay whole."""
    items: list[str] = []
    depth = 0
    current: list[str] = []
    for ch in text:
        if ch in "([{":
            depth += 1
        elif ch in ")]}":
            depth = max(0, depth - 1)
        if ch in ",;•|" and depth == 0:
            items.append("".join(current))
            current = []
        else:
            current.append(ch)
    items.append("".join(current))
    out = [rx.AND_LEAD_RE.sub("", i).strip(" .") for i in items]
    return [i for i in out if i]
