"""Text keys shared by every stage that compares strings: folded text and URL keys.

``fold`` is the one accent folding (names add the letters NFKD leaves alone, in ``names.py``);
``url_key`` is the one URL normalization for comparing addresses (``normalize_link`` in
``contact.py`` cleans an address for output; this only says when two are the same page).
"""

from __future__ import annotations

from extractor.patterns import strip_accents
from extractor.patterns.contact_regexes import URL_KEY_PREFIX_RE


def fold(text: str) -> str:
    """Accents and case folded: NFKD, combining marks dropped, casefolded ("José Núñez" ->
    "jose nunez"; the ligature "ﬁ" -> "fi")."""
    return strip_accents(text).casefold()


def url_key(url: str) -> str:
    """What two addresses of one page share: folded, scheme and "www." dropped, no trailing slash
    ("https://www.Example.org/jane/" and "example.org/jane" -> "example.org/jane")."""
    return URL_KEY_PREFIX_RE.sub("", fold(url).strip()).rstrip("/").strip()
