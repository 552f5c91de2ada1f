"""Lists written inline: "A, B (x, y), and C", "Languages: A, B Tools: C", interest sentences."""

from __future__ import annotations

from extractor.patterns import regexes as rx

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


def interest_phrases(text: str) -> list[str]:
    """Topics named in an interest sentence ("My primary research interests are in the fields of A,
    B, and C" -> [A, B, C]); [] when the text has none."""
    match = rx.INTEREST_SENTENCE_RE.search(text)
    if not match:
        return []
    body = match["list"]
    body = rx.INTEREST_LEAD_RE.sub("", body).strip(" .")
    body = rx.INTEREST_JOINT_RE.sub(", ", body)
    parts = [rx.LEADING_THE_RE.sub("", p.strip(" .")) for p in rx.LIST_SPLIT_RE.split(body)]
    return [p for p in parts if p and len(p.split()) <= 12]
