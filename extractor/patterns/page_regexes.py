"""Regexes of the homepage publication reader (``extractor/fields/markup.py``): what a page's entry
lines say beyond the citation (a paper's link beside its title, an entry number in a badge, a poster
or talk line) and the page headings whose items are not papers."""

from __future__ import annotations

import re

# the text of a link closing a publication's title line on a page: an identifier or a button's word
# ("Title arXiv:2406.01234", "Title | pdf", "Title doi:10.1000/xyz1", "Title [code]")
TITLE_LINK_TEXT_RE = re.compile(
    r"""\[?\(?\s*(?:
        arxiv\s*:?\s*\d{4}[.:]\d{4,5}(?:v\d+)?       # arXiv:2406.01234, arXiv 2302:01234v2
      | doi\s*:\s*\S+                              # doi:10.1000/xyz1
      | pdf|code|slides?|video|paper|arxiv|preprint|website|project(?:\s+page)?|bib(?:tex)?|html|link
    )\s*\)?\]?""",
    re.IGNORECASE | re.VERBOSE,
)
# what separates such a link from the title before it: "Title | pdf", "Title - [code]"
TITLE_LINK_SEPARATOR = " |·•-–—,;:"
# a line that is only an entry's number, which a card shows in a badge beside the citation: "7", "[7]"
BARE_ENTRY_NUMBER_RE = re.compile(r"\s*[\[(]?\d{1,3}[\])]?[.:]?\s*")
# a line of a page's entry that says the entry is a talk or a poster, not a paper: "Poster · Annual
# Meeting of X, 2025", "Invited talk: Y Seminar", "Oral presentation | Z Conference"
PRESENTED_ITEM_LINE_RE = re.compile(
    r"^\s*(?:poster|(?:invited\s+|contributed\s+)?talk|(?:oral\s+|poster\s+)?presentation|seminar|keynote)"
    r"\s*[·:|,–—-]",
    re.IGNORECASE,
)
# page headings, besides ``regexes.NOT_PUBLICATION_HEADING_RE``'s, whose marked items are not the
# owner's papers: "Mentoring" (a mentee's paper), "Outreach"
NOT_PAPER_PAGE_HEADING_RE = re.compile(r"\b(?:mentor(?:ing|ship)?|outreach)\b", re.IGNORECASE)
