"""Word lists and tables kept as package data, with cached loaders and the lookups built on them.

``words("org_words")`` reads ``org_words.txt`` (one casefolded entry per line); ``table("departments")``
reads ``departments.tsv`` (tab-separated rows). Lines starting with ``#`` and blank lines are skipped.
The lookups below turn ``sections.toml``, ``degrees.tsv`` and ``funding.tsv`` into matchers:
``heading_kind`` (which section a heading opens), ``find_degree`` (the first degree named in a line) and
``find_funding_sources`` (agencies and companies named in a line).
"""

from __future__ import annotations

import re
import tomllib
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from typing import Any, Literal

from rapidfuzz import fuzz
from rapidfuzz import process as rf_process

__all__ = [
    "DegreeMatch",
    "HeadingMatch",
    "content_candidates",
    "content_cue_kinds",
    "find_degree",
    "find_funding_sources",
    "heading_kind",
    "table",
    "words",
]

_PACKAGE = "extractor.patterns"
HEADING_KINDS = frozenset(
    {
        "about", "research_interests", "education", "experience", "publications", "teaching", "service",
        "awards", "skills", "courses", "talks", "grants", "interests", "contact", "references", "other",
    }
)  # fmt: skip
PUBLICATION_SUBKINDS = frozenset(
    {"conference", "journal", "workshop", "preprint", "thesis", "patent", "book", "chapter", "report"}
    | {"poster"}
)
DegreeLevel = Literal["bachelor", "master", "doctorate", "other"]
DEGREE_LEVELS: frozenset[DegreeLevel] = frozenset({"bachelor", "master", "doctorate", "other"})

# A heading is short: more words than this and the line is prose or an entry, not a heading.
MAX_HEADING_WORDS = 8
# A line ending in ":" may be a longer lead-in ("A few further informal reports are listed here:").
MAX_COLON_HEADING_WORDS = 10
# Words an alias may be followed by and still name the section ("Publications in Refereed Journals").
MAX_QUALIFIER_WORDS = 5


def _data_text(filename: str) -> str:
    return resources.files(_PACKAGE).joinpath(filename).read_text(encoding="utf-8")


def _data_lines(filename: str) -> list[str]:
    lines = []
    for raw in _data_text(filename).splitlines():
        if not raw.strip() or raw.lstrip().startswith("#"):
            continue
        lines.append(raw)
    return lines


@cache
def words(name: str) -> frozenset[str]:
    """Entries of ``<name>.txt``, casefolded and stripped."""
    return frozenset(line.strip().casefold() for line in _data_lines(f"{name}.txt"))


@cache
def table(name: str) -> tuple[tuple[str, ...], ...]:
    """Rows of ``<name>.tsv``, each a tuple of its stripped tab-separated cells."""
    rows = _data_lines(f"{name}.tsv")
    return tuple(tuple(cell.strip() for cell in line.rstrip("\r\n").split("\t")) for line in rows)


@cache
def _toml(name: str) -> dict[str, Any]:
    return tomllib.loads(_data_text(f"{name}.toml"))


# ---------------------------------------------------------------------------------------------------------
# Section headings


@dataclass(frozen=True, slots=True)
class HeadingMatch:
    kind: str  # a SectionKind value
    subkind: str | None  # for publications: conference, journal, preprint, ...


_PAREN_TAIL_RE = re.compile(r"\s*[(\[{][^()\[\]{}]*[)\]}]?\s*$")  # "Publications (*Equal contribution)"
_NUMBERING_RE = re.compile(
    r"""^\s*(?:
        \d{1,2}(?:\.\d{1,2})*\.?        # "3. Education", "2.1 Journals", "1 Education"
      | [ivxlcIVXLC]{1,5}[.)]           # "II. EXPERIENCE", "iv) Talks"
      | [A-Za-z][.)]                    # "A. Education", "b) Preprints"
      | \(\s*(?:\d{1,2}|[ivxIVX]{1,4}|[A-Za-z])\s*\)  # "(a) Journals"
    )\s+""",
    re.VERBOSE,
)
_EDGE_PUNCT_RE = re.compile(r"^[\W_]+|[\W_]+$")  # "## Education", "— Talks —", "**Awards**"
# A letter-spaced heading: at least this many one-letter words in a run ("E D U C A T I O N").
SPACED_LETTERS_MIN_RUN = 4
# Spacing accents a PDF sets as characters of their own beside the letter ("E\u00b4DUCATION",
# "INTE\u0301RE\u02c6T"): dropped before lookup, as combining accents are. LaTeX's accented i is set
# as an accent over a dotless i ("Art\u00b4\u0131culos"): read as a plain i.
_LOOSE_ACCENT_TABLE = str.maketrans(
    {
        **dict.fromkeys("\u00b4\u00a8\u02c6\u02dc\u02c7\u02d8\u02d9\u02da\u02db\u02dd\u00b8\u02ca\u02cb"),
        "\u0131": "i",
    }
)
# No heading, letter-spaced or with a parenthesized tail, is longer than this (characters).
MAX_HEADING_TEXT_CHARS = 160


def _ascii_dropped_table() -> dict[int, str]:
    return {code: " " for code in range(128) if _is_dropped_char(chr(code))}


def _is_dropped_char(ch: str) -> bool:
    """Emoji, pictographs, symbols and format characters that decorate headings ("Preprints🀄️🤞")."""
    category = unicodedata.category(ch)
    return category in {"So", "Sk", "Sm", "Sc", "Cf", "Co", "Cs"} or 0xFE00 <= ord(ch) <= 0xFE0F


_ASCII_DROPPED_TABLE = _ascii_dropped_table()


# A French or Italian elided article or preposition before an apostrophe: a word of its own.
_ELISION_RE = re.compile(r"\b([dlnmsj]|qu|dell|all|dall|nell|sull)['’`](?=\w)")


def _normalize_phrase(text: str) -> str:
    """Casefolded words for lookup: "&" and "/" read as "and", hyphens and dashes as spaces."""
    text = text.casefold().replace("&", " and ").replace("/", " and ").replace("+", " and ")
    text = re.sub(r"[-‐‑‒–—_]", " ", text)
    text = _ELISION_RE.sub(r"\1 ", text)  # "d’enseignement" -> "d enseignement"
    text = re.sub(r"['’`]", "", text)
    text = re.sub(r"[^\w\s]", " ", text)
    return " ".join(text.split())


def _fold_phrase(text: str) -> str:
    """``_normalize_phrase`` with accents dropped: the vocabulary's lookup key ("Expérience" and a
    PDF's "EXPE\u0301RIENCE" alike)."""
    return _normalize_phrase(strip_accents(text))


@dataclass(frozen=True, slots=True)
class _Vocabulary:
    aliases: dict[str, HeadingMatch]
    subkind_aliases: tuple[tuple[str, str], ...]  # (alias, subkind), longest alias first
    leading: tuple[str, ...]
    connectors: frozenset[str]


@cache
def _vocabulary() -> _Vocabulary:
    data = _toml("sections")
    aliases: dict[str, HeadingMatch] = {}
    for kind, names in data["kinds"].items():
        for alias in names:
            aliases[_normalize_phrase(alias)] = HeadingMatch(kind, None)
    subkinds: list[tuple[str, str]] = []
    for subkind, names in data["publication_subkinds"].items():
        for alias in names:
            aliases[_normalize_phrase(alias)] = HeadingMatch("publications", subkind)
            subkinds.append((_fold_phrase(alias), subkind))
    for alias, match in list(aliases.items()):  # a PDF's loose accents: "EXPE\u0301RIENCE" finds "expérience"
        aliases.setdefault(_fold_phrase(alias), match)
    subkinds.sort(key=lambda pair: -len(pair[0]))
    leading_words = (_fold_phrase(w) for w in data["qualifiers"]["leading"])
    leading = tuple(sorted(leading_words, key=len, reverse=True))
    connectors = frozenset(_fold_phrase(w) for w in data["qualifiers"]["connectors"])
    return _Vocabulary(aliases, tuple(subkinds), leading, connectors)


def _clean_heading(text: str) -> tuple[str, bool] | None:
    """The heading's words, and whether it ended with a colon; None when it reads as a sentence."""
    if len(text) > MAX_HEADING_TEXT_CHARS:
        return None  # prose or an entry: no heading is this long
    text = text.translate(_LOOSE_ACCENT_TABLE)
    text = unicodedata.normalize("NFKC", text)
    if text.isascii():  # most lines: one table lookup per character
        text = text.translate(_ASCII_DROPPED_TABLE)
    else:
        text = "".join(" " if _is_dropped_char(ch) else ch for ch in text)
    text = " ".join(text.split())
    text = re.sub(r"^[#*•·>|\s]+", "", text)  # markdown and bullet leads
    text = re.sub(r"[*_\s]+$", "", text)
    colon = False
    for _ in range(3):  # "Publications (2020-2024):", "Talks: (selected)"
        before = text
        text = text.rstrip(" *_")
        if text.endswith(":"):
            colon = True
            text = text[:-1].rstrip()
        tail = _PAREN_TAIL_RE.search(text)
        if tail is not None and tail.start() > 0:
            text = text[: tail.start()]
        if text == before:
            break
    text = _NUMBERING_RE.sub("", text)
    text = _EDGE_PUNCT_RE.sub("", text)
    if not text or re.search(r"[.:;!?]", text):
        return None  # "Teaching Assistant: CS 240", "Ph.D. in CS", sentences
    return _unspaced(text), colon


def _unspaced(text: str) -> str:
    """A letter-spaced heading's words ("H O N O R S & A W A R D S" -> "HONORS & AWARDS"): each run
    of one-letter words is joined and cut into the vocabulary's words where it can be ("O T H E R A C
    T I V I T I E S" -> "OTHER ACTIVITIES"); other text is kept."""
    tokens = text.split()
    out: list[str] = []
    run: list[str] = []
    for token in [*tokens, ""]:
        if len(token) == 1 and token.isalpha():
            run.append(token)
            continue
        if len(run) >= SPACED_LETTERS_MIN_RUN:
            out.append(_split_known_words("".join(run)))
        else:
            out.extend(run)
        run = []
        if token:
            out.append(token)
    return " ".join(out)


def _split_known_words(joined: str) -> str:
    """``joined`` cut into the fewest vocabulary words ("OTHERACTIVITIES" -> "OTHER ACTIVITIES"), or
    kept whole when no cut into known words exists."""
    lexicon = _lexicon()
    folded = strip_accents(joined).casefold()
    n = len(folded)
    best: list[list[int] | None] = [None] * (n + 1)  # best[i]: cut points of folded[:i]
    best[0] = []
    for end in range(1, n + 1):
        for start in range(max(0, end - MAX_LEXICON_WORD_CHARS), end):
            before = best[start]
            if before is None or folded[start:end] not in lexicon:
                continue
            if best[end] is None or len(before) + 1 < len(best[end] or []):
                best[end] = [*before, end]
    cuts = best[n]
    if not cuts:
        return joined
    starts = [0, *cuts[:-1]]
    return " ".join(joined[a:b] for a, b in zip(starts, cuts, strict=True))


# The longest word the letter-spacing splitter looks up.
MAX_LEXICON_WORD_CHARS = 20


@cache
def _lexicon() -> frozenset[str]:
    """Every word of the heading vocabulary (aliases, qualifiers, head words), folded."""
    data = _toml("sections")
    phrases: list[str] = []
    for table_name in ("kinds", "publication_subkinds", "qualifiers", "head_words", "weak_head_words"):
        for names in data[table_name].values():
            phrases.extend(names)
    words_found = {w for phrase in phrases for w in _normalize_phrase(strip_accents(phrase)).split()}
    return frozenset(w for w in words_found if w.isascii() and len(w) > 1)


def _find_subkind(phrase: str) -> str | None:
    padded = f" {phrase} "
    for alias, subkind in _vocabulary().subkind_aliases:
        if f" {alias} " in padded:
            return subkind
    return None


def _strip_leading(phrase: str) -> str:
    vocab = _vocabulary()
    changed = True
    while changed:
        changed = False
        for word in vocab.leading:
            if phrase.startswith(word + " "):
                phrase = phrase[len(word) + 1 :]
                changed = True
                break
    return phrase


def _is_qualifier(tail: list[str]) -> bool:
    if not tail or len(tail) > MAX_QUALIFIER_WORDS:
        return False
    if all(re.fullmatch(r"\d{2,4}|present|now|current|today", w) for w in tail):
        return True  # "Publications 2019 2024"
    return tail[0] in _vocabulary().connectors


def _match_phrase(phrase: str) -> HeadingMatch | None:
    vocab = _vocabulary()
    if phrase in vocab.aliases:
        return vocab.aliases[phrase]
    tokens = phrase.split()
    for cut in range(len(tokens) - 1, 0, -1):  # longest alias first
        head = " ".join(tokens[:cut])
        match = vocab.aliases.get(head)
        if match is None or not _is_qualifier(tokens[cut:]):
            continue
        if match.kind == "publications" and match.subkind is None and tokens[cut] != "and":
            subkind = _find_subkind(" ".join(tokens[cut:]))
            if subkind is not None:
                return HeadingMatch("publications", subkind)
        return match
    return None


# A one-word heading this long or longer may be misspelt; it matches an alias at this ratio (0-100).
FUZZY_MIN_CHARS = 7
FUZZY_HEADING_RATIO = 90


def _respelt(phrase: str) -> str:
    """``phrase`` (folded words) with each word of FUZZY_MIN_CHARS or more that the vocabulary does not
    know replaced by the vocabulary word closest to it, if very close ("pubclications" ->
    "publications"); other words are kept."""
    return " ".join(_respelt_word(token) for token in phrase.split())


@lru_cache(maxsize=4096)
def _respelt_word(token: str) -> str:
    if len(token) < FUZZY_MIN_CHARS or not token.isascii() or token in _lexicon():
        return token
    # a misspelling keeps the first letter and about the length: only those words are compared
    by_shape = _lexicon_by_shape()
    candidates = [
        w
        for n in range(len(token) - 2, len(token) + 3)
        for w in by_shape.get((token[0], n), ())
        if w.rstrip("s") != token.rstrip("s")  # "certificate" is not a misspelt "certificates"
    ]
    best = rf_process.extractOne(token, candidates, scorer=fuzz.ratio, score_cutoff=FUZZY_HEADING_RATIO)
    return best[0] if best is not None else token


@cache
def _lexicon_by_shape() -> dict[tuple[str, int], tuple[str, ...]]:
    """The vocabulary's words by (first letter, length)."""
    by_shape: dict[tuple[str, int], list[str]] = {}
    for word in sorted(_lexicon()):
        by_shape.setdefault((word[0], len(word)), []).append(word)
    return {shape: tuple(found) for shape, found in by_shape.items()}


def heading_kind(text: str) -> HeadingMatch | None:
    """The section a heading line opens ("II. RESEARCH EXPERIENCE" -> experience), or None."""
    cleaned = _clean_heading(text)
    if cleaned is None:
        return None
    words_text, colon = cleaned
    phrase = _normalize_phrase(words_text)
    if phrase not in _vocabulary().aliases and not phrase.isascii():
        phrase = _normalize_phrase(strip_accents(phrase))  # "expérience" -> "experience"
    n_words = len(phrase.split())
    if n_words == 0 or n_words > (MAX_COLON_HEADING_WORDS if colon else MAX_HEADING_WORDS):
        return None
    if n_words <= MAX_HEADING_WORDS:
        match = _match_phrase(phrase)
        if match is None:
            trimmed = _strip_leading(phrase)
            match = _match_phrase(trimmed) if trimmed != phrase else None
        if match is None and n_words > 1 and (spelt := _respelt(phrase)) != phrase:
            # a misspelt word in a longer heading ("Selected Pubclications", "Organising Commitees")
            match = _match_phrase(spelt) or _match_phrase(_strip_leading(spelt))
        if match is not None:
            return match
        if n_words == 1 and len(phrase) >= FUZZY_MIN_CHARS:
            # a misspelt one-word heading ("PUBBLICATIONS"): the closest alias, if very close
            best = rf_process.extractOne(
                phrase, list(_vocabulary().aliases), scorer=fuzz.ratio, score_cutoff=FUZZY_HEADING_RATIO
            )
            if best is not None:
                return _vocabulary().aliases[best[0]]
    if colon:
        subkind = _find_subkind(phrase)  # "A few further informal reports are listed here:"
        if subkind is not None:
            return HeadingMatch("publications", subkind)
    return None


# Words after which a heading's first word is its head noun ("Fondos para Proyectos", "Kurse und Seminare").
HEAD_FIRST_CONNECTORS = frozenset(
    {
        "and",
        "of",
        "for",
        "in",
        "para",
        "de",
        "del",
        "en",
        "y",
        "e",
        "et",
        "des",
        "du",
        "und",
        "von",
        "di",
        "da",
        "do",
        "dans",
        "sur",
        "pour",
        "nella",
        "nel",
        "della",
        "im",
        "zur",
        "zum",
        "prior",
    }
)


# Words after which a heading's last word is not its head noun: "School of Education" is an
# institution, "Certificate in Teaching" an award.
HEAD_LAST_BLOCKERS = frozenset({"of", "for", "in", "on", "at", "to"})


def strip_accents(text: str) -> str:
    """Accents dropped, case kept ("Expérience" -> "Experience"; a PDF's loose "n\u0301" too).
    The one accent stripping: ``parse.text.fold`` adds casefolding to it."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@dataclass(frozen=True, slots=True)
class _HeadWords:
    strong: dict[str, str]  # folded word -> kind
    weak: dict[str, str]
    cjk: tuple[tuple[str, str], ...]  # (word, kind): matched inside the heading


@cache
def _head_words() -> _HeadWords:
    data = _toml("sections")
    strong: dict[str, str] = {}
    weak: dict[str, str] = {}
    cjk: list[tuple[str, str]] = []
    for table_name, target in (("head_words", strong), ("weak_head_words", weak)):
        for kind, names in data[table_name].items():
            for word in names:
                if word.isascii():
                    target[word] = kind
                else:
                    cjk.append((word, kind))
    return _HeadWords(strong, weak, tuple(cjk))


def heading_head_kind(text: str, edges_only: bool = False) -> str | None:
    """The kind a heading's words carry when the heading is not in the vocabulary ("Editorial
    Activities" -> service), from ``[head_words]``: the first word that carries one, a strong word
    before a weak one. ``edges_only``: only the heading's first or last word counts (a line that is a
    heading by its words alone: "Teaching Assistant" is an entry, "Student Advising" a heading)."""
    cleaned = _clean_heading(text)
    if cleaned is None:
        return None
    phrase = _normalize_phrase(cleaned[0])
    if len(phrase.split()) > MAX_HEADING_WORDS:
        return None
    phrase = _respelt(phrase if phrase.isascii() else _normalize_phrase(strip_accents(phrase)))
    tokens = phrase.split()
    if not tokens:
        return None
    vocab = _head_words()
    for word, kind in vocab.cjk:
        if word in phrase:
            return kind
    candidates = tokens
    # the head noun: last in English, first before a connector ("Estancias de ..."); a combined
    # heading ("Fellowships, Awards & Skills") takes the first kind it names
    if edges_only and "and" not in tokens:
        first_heads = len(tokens) == 1 or tokens[1] in HEAD_FIRST_CONNECTORS
        last_heads = len(tokens) == 1 or tokens[-2] not in HEAD_LAST_BLOCKERS  # "School of Education"
        candidates = [tokens[0]] if first_heads else []
        candidates += [tokens[-1]] if last_heads else []
    for token in candidates:
        if token in vocab.strong:
            return vocab.strong[token]
    if any(token in vocab.weak for token in candidates):
        # a weak head takes its kind from a strong word before it ("Mentoring Experience")
        strong = [vocab.strong[token] for token in tokens if token in vocab.strong]
        return strong[0] if strong else next(vocab.weak[t] for t in candidates if t in vocab.weak)
    return None


# Where a heading's qualifier begins: a parenthesis or a spaced dash ("Selected Talks (* student
# speaker)", "Invited Talks – Other"). Not a colon: "Committee: A. Doe (Chair)" is a run-in label.
_QUALIFIER_BREAK_RE = re.compile(r"\s*(?:[(\[]|\s[-–—]\s)")


def heading_head_phrase(text: str) -> str | None:
    """A long or qualified heading's head: its words before the qualifier that follows them, cut at
    a parenthesis, a spaced dash or a connector word of ``[qualifiers]`` other than "and"
    ("Invited keynotes, talks, and workshops on the topic of ice" -> "Invited keynotes, talks, and
    workshops"). None when the heading has no such qualifier after at least one word."""
    text = " ".join(text.split())
    found = _QUALIFIER_BREAK_RE.search(text)
    head = text[: found.start()] if found is not None and found.start() > 0 else text
    connectors = _vocabulary().connectors - {"and"}
    tokens = head.split()
    for i, token in enumerate(tokens[1:], start=1):
        if _fold_phrase(token) in connectors:
            head = " ".join(tokens[:i])
            break
    head = head.rstrip(" ,;")
    return head if head and head != text.rstrip(" :") else None


@dataclass(frozen=True, slots=True)
class _ContentCues:
    decided: dict[str, tuple[str, ...]]  # folded heading -> the kinds its lines decide between
    words: dict[str, str]  # folded word -> kind
    cjk: tuple[tuple[str, str], ...]


@cache
def _content_cues() -> _ContentCues:
    data = _toml("sections")
    decided = {_fold_phrase(h): tuple(kinds) for h, kinds in data["content_decided"].items()}
    words_to_kind: dict[str, str] = {}
    cjk: list[tuple[str, str]] = []
    for kind, names in data["content_words"].items():
        for word in names:
            if word.isascii():
                words_to_kind[word] = kind
            else:
                cjk.append((word, kind))
    return _ContentCues(decided, words_to_kind, tuple(cjk))


def content_candidates(text: str) -> tuple[str, ...]:
    """The kinds a heading under ``[content_decided]`` leaves to its section's lines, the vocabulary's
    first ("Research" -> research_interests, publications, experience); () for any other heading.
    (Combined headings, "Grants and Awards", are not decided by lines: on the corpus, word cues in
    the lines chose between awards and grants worse than the vocabulary.)"""
    cleaned = _clean_heading(text)
    if cleaned is None:
        return ()
    phrase = _strip_leading(_fold_phrase(cleaned[0]))
    return _content_cues().decided.get(phrase, ())


def content_cue_kinds(text: str) -> frozenset[str]:
    """The kinds a line's words are evidence of (``[content_words]``): "Best Paper Award" -> awards."""
    cues = _content_cues()
    tokens = _fold_phrase(text).split()
    found = {cues.words[t] for t in tokens if t in cues.words}
    found.update(kind for word, kind in cues.cjk if word in text)
    return frozenset(found)


# ---------------------------------------------------------------------------------------------------------
# Degrees


@dataclass(frozen=True, slots=True)
class DegreeMatch:
    written: str  # as in the text: "Ph.D.", "Doctor of Philosophy", "MSc"
    level: DegreeLevel
    start: int
    end: int


_PLAIN_WORDS_RE = re.compile(r"[^\W\d_][^\W\d_A-Z]*(?:[ '’][^\W\d_][^\W\d_A-Z]*)*")  # "Master of Science"


def _options(cell: str) -> dict[str, str]:
    return dict(part.split("=", 1) for part in cell.split())


def _degree_pattern(degree: str) -> str:
    parts = []
    for ch in degree:
        if ch == ".":
            parts.append(r"\.\s?")
        elif ch in "'’":
            parts.append("['’]")
        elif ch == " ":
            parts.append(r"\s+")
        else:
            parts.append(re.escape(ch))
    pattern = "".join(parts)
    if pattern.endswith(r"\s?"):
        pattern = pattern[: -len(r"\s?")]
    return pattern


@dataclass(frozen=True, slots=True)
class _DegreeRow:
    degree: str
    level: DegreeLevel
    regex: re.Pattern[str]


def _degree_level(cell: str) -> DegreeLevel:
    if cell not in DEGREE_LEVELS:
        raise ValueError(f"degrees.tsv: level {cell!r} is not one of {sorted(DEGREE_LEVELS)}")
    return cell


@cache
def _degree_rows() -> tuple[_DegreeRow, ...]:
    rows = []
    for row in table("degrees"):
        degree, level = row[0], _degree_level(row[1])
        options = _options(row[2]) if len(row) > 2 else {}
        pattern = _degree_pattern(degree)
        plain = _PLAIN_WORDS_RE.fullmatch(degree) is not None and len(degree) >= 5
        flags = re.IGNORECASE if plain and options.get("case") != "exact" else 0
        if "unless_prev" in options:
            prev = "|".join(re.escape(p) for p in options["unless_prev"].split("|"))
            pattern = rf"(?<!{prev} )(?<!{prev}){pattern}"
        tail = r"(?![^\W_])"
        if "unless_next" in options:
            nxt = "|".join(re.escape(w) for w in options["unless_next"].split("|"))
            tail += rf"(?!\s+(?:{nxt})\b)"
        regex = re.compile(rf"(?<![^\W_])(?<![.\-]){pattern}{tail}", flags)
        rows.append(_DegreeRow(degree, level, regex))
    rows.sort(key=lambda r: -len(r.degree))
    return tuple(rows)


def find_degree(text: str) -> DegreeMatch | None:
    """The first degree named in ``text``, the longest one where several start at the same place."""
    best: DegreeMatch | None = None
    for row in _degree_rows():
        found = row.regex.search(text)
        if found is None:
            continue
        start, end = found.span()
        if best is None or start < best.start or (start == best.start and end > best.end):
            best = DegreeMatch(text[start:end], row.level, start, end)
    return best


# ---------------------------------------------------------------------------------------------------------
# Funding sources


@cache
def _funding_regex() -> tuple[re.Pattern[str], dict[str, str]]:
    names: dict[str, str] = {}  # written form (casefolded when multi-word) -> short name
    alternatives: list[tuple[str, int]] = []
    for row in table("funding"):
        short = row[0]
        variants = [short, *(v.strip() for v in row[1].split("|") if v.strip())] if len(row) > 1 else [short]
        for variant in variants:
            multiword = " " in variant
            key = variant.casefold() if multiword else variant
            names[key] = short
            escaped = r"\s+".join(re.escape(part) for part in variant.split())
            alternatives.append((f"(?i:{escaped})" if multiword else escaped, len(variant)))
    alternatives.sort(key=lambda pair: -pair[1])
    body = "|".join(pattern for pattern, _ in alternatives)
    return re.compile(rf"(?<![\w\-])(?:{body})(?![\w\-])"), names


def find_funding_sources(text: str) -> list[str]:
    """Short names of the agencies and companies named in ``text``, in order of first mention."""
    regex, names = _funding_regex()
    found: list[str] = []
    for match in regex.finditer(text):
        written = " ".join(match.group(0).split())
        short = names.get(written) or names.get(written.casefold())
        if short is not None and short not in found:
            found.append(short)
    return found
