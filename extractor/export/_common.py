"""Helpers shared by the exporters: author names split into parts, citation keys, safe URLs.

Profile -> plain values; no I/O. Used by ``csl.py``, ``bibtex.py``, ``jsonresume.py`` and ``html.py``.

Name splitting is a heuristic for names as CVs write them:
- "Doe, Jane Q." is inverted at its comma (``"Berg, Jan van der"`` keeps the particles with the family);
- "Doe JQ" / "Doe J. Q." (Vancouver, initials last) puts the initials in ``given``;
- "Wei LI" / "LI Wei" (family name in capitals beside a mixed-case given name) takes the capitals as
  the family name;
- otherwise the last word is the family name, with lowercase-able particles before it kept apart
  (``"Jan van der Berg"`` -> given "Jan", particle "van der", family "Berg"), and "Jr."/"III" as suffix;
- a name with a single word is a family name only.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from urllib.parse import urlsplit

from extractor.parse.names import fold, is_name_suffix, is_particle, strip_honorifics
from extractor.profile import Profile, Publication

# Words a citation key skips when it takes the first significant word of a title.
TITLE_STOPWORDS = frozenset(
    [
        "a",
        "an",
        "the",
        "on",
        "of",
        "in",
        "for",
        "to",
        "and",
        "or",
        "with",
        "without",
        "towards",
        "toward",
        "via",
        "at",
        "by",
        "from",
        "into",
        "over",
        "under",
        "is",
        "are",
        "be",
        "can",
        "do",
        "does",
        "how",
        "what",
        "when",
        "where",
        "why",
        "which",
        "who",
        "we",
        "our",
        "your",
        "its",
        "it",
        "this",
        "that",
        "these",
        "those",
        "not",
        "no",
        "using",
        "use",
    ]
)
_VANCOUVER_INITIALS_RE = re.compile(r"^(?:[A-Z]\.?){1,3}$")
_SCHEMES_OK = frozenset({"http", "https", "mailto", "tel"})


@dataclass(frozen=True)
class NameParts:
    """A personal name split for citation formats; empty strings for missing parts."""

    given: str
    family: str
    particle: str = ""
    suffix: str = ""

    @property
    def full_family(self) -> str:
        """The family name with its particle: "van der Berg"."""
        return f"{self.particle} {self.family}".strip()


def _has_vowel(token: str) -> bool:
    return any(ch in "AEIOUY" for ch in token.upper())


def split_name(name: str) -> NameParts:
    """Split a person's name into given / particle / family / suffix (see the module docstring).

    >>> split_name("Jan van der Berg")
    NameParts(given='Jan', family='Berg', particle='van der', suffix='')
    >>> split_name("Doe, Jane Q.")
    NameParts(given='Jane Q.', family='Doe', particle='', suffix='')
    """
    text = " ".join(strip_honorifics(name).replace("*", " ").replace("†", " ").split()) or name.strip()
    head, comma, tail = text.partition(",")
    if comma:
        tail_tokens = tail.replace(",", " ").split()
        suffixes = [t for t in tail_tokens if is_name_suffix(t)]
        given_tokens = [t for t in tail_tokens if not is_name_suffix(t)]
        if head.split() and given_tokens:  # "Doe, Jane Q." / "Berg, Jan van der" / "Doe, Jr., John"
            particle: list[str] = []
            while given_tokens and given_tokens[-1].islower() and is_particle(given_tokens[-1]):
                particle.insert(0, given_tokens.pop())
            family_tokens = head.split()
            while len(family_tokens) > 1 and is_particle(family_tokens[0]) and family_tokens[0].islower():
                particle.append(family_tokens.pop(0))
            return NameParts(
                " ".join(given_tokens), " ".join(family_tokens), " ".join(particle), " ".join(suffixes)
            )
        text = head if head.split() else tail
        if suffixes and head.split():  # "John Doe, Jr."
            parts = _split_plain(head.split())
            return NameParts(parts.given, parts.family, parts.particle, " ".join(suffixes))
    return _split_plain(text.split())


def _split_plain(tokens: list[str]) -> NameParts:
    suffix: list[str] = []
    while len(tokens) > 1 and is_name_suffix(tokens[-1]):
        suffix.insert(0, tokens.pop())
    if not tokens:
        return NameParts("", "")
    if len(tokens) == 1:
        return NameParts("", tokens[0], "", " ".join(suffix))
    # Vancouver: "Doe JQ", "Doe J. Q." (initials last, the first word a real name)
    trailing = 0
    while (
        trailing < len(tokens) - 1
        and _VANCOUVER_INITIALS_RE.match(tokens[-1 - trailing])
        and (
            "." in tokens[-1 - trailing]
            or not _has_vowel(tokens[-1 - trailing])
            or len(tokens[-1 - trailing]) == 1
        )
    ):
        trailing += 1
    if trailing and not _VANCOUVER_INITIALS_RE.match(tokens[0]) and len(tokens[0]) > 2:
        return NameParts(" ".join(tokens[-trailing:]), " ".join(tokens[:-trailing]), "", " ".join(suffix))
    # "Wei LI" / "LI Wei": the one all-capitals word among mixed-case words is the family name
    caps = [i for i, t in enumerate(tokens) if len(t) > 1 and t.isupper() and t.isalpha()]
    if len(caps) == 1 and len(tokens) == 2 and not all(t.isupper() for t in tokens):
        family = tokens[caps[0]]
        given = tokens[1 - caps[0]]
        return NameParts(given, family, "", " ".join(suffix))
    start = len(tokens) - 1
    while start > 1 and is_particle(tokens[start - 1]) and tokens[start - 1][:1].islower():
        start -= 1
    return NameParts(" ".join(tokens[:start]), tokens[-1], " ".join(tokens[start:-1]), " ".join(suffix))


def author_names(profile: Profile, publication: Publication) -> list[tuple[str | None, bool, bool]]:
    """(name, is_owner, equal_contribution) per author; a null owner slot takes the profile's name."""
    out: list[tuple[str | None, bool, bool]] = []
    for author in publication.authors:
        name = author.name
        if not name and author.is_owner:
            name = profile.name
        out.append((name.strip() if name else None, author.is_owner, author.equal_contribution))
    return out


def ascii_word(text: str) -> str:
    """Lowercase ASCII letters and digits only: "Núñez" -> "nunez", "O'Brien" -> "obrien"."""
    folded = unicodedata.normalize("NFKD", fold(text))
    return "".join(ch for ch in folded if ch.isascii() and ch.isalnum())


def _first_significant_word(title: str) -> str:
    words = [ascii_word(w) for w in re.findall(r"[\w'’]+", title)]
    words = [w for w in words if w]
    for word in words:
        if word not in TITLE_STOPWORDS:
            return word
    return words[0] if words else ""


def _suffix(index: int) -> str:
    """0 -> "a", 25 -> "z", 26 -> "aa"."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(ord("a") + rest) + letters
    return letters


def base_key(profile: Profile, publication: Publication) -> str:
    """First author's family name + year + first significant title word, lowercased ASCII."""
    names = [name for name, _, _ in author_names(profile, publication) if name]
    family = ascii_word(split_name(names[0]).family) if names else ""
    if not family and not names and profile.name:  # no author list: the owner's own entry
        family = ascii_word(split_name(profile.name).family)
    year = str(publication.year) if publication.year else "nd"
    return f"{family or 'anon'}{year}{_first_significant_word(publication.title)}"


def citation_keys(profile: Profile) -> list[str]:
    """One stable key per publication, in order; a key shared by several gets a, b, c... suffixes."""
    bases = [base_key(profile, pub) for pub in profile.publications]
    counts: dict[str, int] = {}
    for key in bases:
        counts[key] = counts.get(key, 0) + 1
    seen: dict[str, int] = {}
    keys: list[str] = []
    for key in bases:
        if counts[key] == 1:
            keys.append(key)
            continue
        index = seen.get(key, 0)
        seen[key] = index + 1
        keys.append(key + _suffix(index))
    return keys


def safe_url(url: str | None, schemes: frozenset[str] = _SCHEMES_OK) -> str | None:
    """The URL when it is absolute with an allowed scheme and no spaces, else None.

    Untrusted input: ``javascript:`` and the like never reach an ``href``.
    """
    if not url:
        return None
    url = url.strip()
    if any(ch.isspace() for ch in url) or any(ord(ch) < 32 for ch in url):
        return None
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in schemes:
        return None
    if parts.scheme.lower() in {"http", "https"} and not parts.netloc:
        return None
    return url


def first_url(publication: Publication) -> str | None:
    """The publication's first web link (http/https), preferring a "pdf" or "paper" link."""
    urls = [(link.label, safe_url(link.url, frozenset({"http", "https"}))) for link in publication.links]
    urls = [(label, url) for label, url in urls if url]
    for label, url in urls:
        if label.lower() in {"pdf", "paper"}:
            return url
    return urls[0][1] if urls else None


def top_venues(profile: Profile, count: int = 3) -> list[str]:
    """The ``count`` venues (normalized acronyms) the person published at most often, most first.

    One definition for the review pages' index and the batch's summary.csv, so they never disagree.
    """
    from collections import Counter

    venues = Counter(p.venue_short for p in profile.publications if p.venue_short)
    return [v for v, _ in venues.most_common(count)]
