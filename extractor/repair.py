"""Repair text damage left by extraction, for every input kind: Document -> Document.

Steps, per line unless said otherwise:
1. Unicode: NFC; ligature code points U+FB00-U+FB06 expanded; zero-width characters, soft
   hyphens, control characters and icon-font private-use glyphs removed; odd spaces collapsed;
   small-caps fonts whose "i" comes out lowercase ("SCiENTiST") set back in capitals.
2. Lost ligatures: a word with U+FFFD gets, for each mark, the ligature among fi / fl / ff /
   ffi / ffl / ft / Th / tt that makes the most frequent English word ("e\ufffdciently" ->
   "efficiently", "\ufffde" -> "The", "Microso\ufffd" -> "Microsoft").
3. Line-end hyphenation (across lines): "manag-" + "ing" -> "managing" when the joined word is
   known and at least as frequent as the hyphenated form ("trade-" + "off" stays "trade-off",
   "in-" + "sights" becomes "insights").
4. Glued words in prose (only in PDFs and in texts that show extraction damage): an unknown
   word that splits into two common words is split
   ("Myprimary" -> "My primary"); names, URLs, emails, acronyms and code are left alone
   because only lowercase-led letter runs in sentence-like lines are candidates.

Word knowledge comes from wordfreq's English list (shipped in the package, no download),
looked up lazily: a document that needs no repair never pays for it, and after the first
process a word is read from the user's cache (``patterns/cache.py``) instead of loading the list.
Line numbers are kept: a word moved by hyphen joining goes to the first line.
Repair is idempotent: repairing twice changes nothing.
"""

from __future__ import annotations

import functools
import importlib.util
import itertools
import logging
import math
import re
import unicodedata
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from extractor.document import Document, Line, MediaType
from extractor.patterns import words
from extractor.patterns.cache import build_word_table, cache_path, open_word_table
from extractor.patterns.regexes import (
    CAMEL_CHUNK_RE,
    CAMEL_GLUE_RE,
    CONTROL_RE,
    GLUED_SENTENCE_RE,
    GLUED_WORD_RE,
    LINE_END_HYPHEN_RE,
    LINE_START_WORD_RE,
    LOST_LIGATURE_WORD_RE,
    PRIVATE_USE_RE,
    SMALL_CAPS_I_RE,
    SPACE_RUN_RE,
    SPACING_ACCENT_RE,
    ZERO_WIDTH_RE,
)

logger = logging.getLogger(__name__)

# Ligatures a font may have drawn as one glyph, most frequent first (ties go to the earlier).
LIGATURE_CANDIDATES = ("fi", "ff", "fl", "ffi", "ft", "ffl", "Th", "tt")
# Zipf frequency (log10 per billion words) above which a word counts as known English.
KNOWN_WORD_ZIPF = 2.5
# Each half of a glued word must be at least this common to be split off ("in", "mind").
GLUED_HALF_ZIPF = 3.0
# A glued title splits into capitalized words only when it has at least this many of them.
CAMEL_MIN_CHUNKS = 3
# A one-letter half is allowed only for these words ("a machine").
ONE_LETTER_WORDS = frozenset({"a", "I"})
# A two-letter half must be a very common word ("in", "my", "me"), not a prefix ("co locating").
TWO_LETTER_HALF_ZIPF = 5.5  # "in" 7.3, "my" 6.6, "me" 6.5 pass; "co", "re", "de" (5.2) do not
# A capitalized glued word splits only after a very common sentence opener ("My", "In", "The"):
# other capitalized unknown words are names ("Yinwei", "Karakus").
CAPITALIZED_LEFT_ZIPF = 6.0
CAPITALIZED_RIGHT_ZIPF = 4.0
# This many glued function words in a document show glue damage; only then are two glued content
# words ("generatemassive") split too.
GLUE_EVIDENCE = 3
# Glued-word splitting runs only on lines with at least this many words (prose, not names).
PROSE_MIN_WORDS = 6
LIGATURE_TABLE = {chr(cp): unicodedata.normalize("NFKC", chr(cp)) for cp in range(0xFB00, 0xFB07)}


@functools.cache
def zipf(word: str) -> float:
    """English word frequency on the Zipf scale (0 for unknown words), as wordfreq's
    ``zipf_frequency(word, "en")`` gives it.

    A word of letters, or of letters joined by hyphens, is looked up in wordfreq's English list
    directly (``_centibels``); anything else goes through wordfreq itself, whose import compiles a
    large tokenizer regex (about 0.1 s, more than the lookup table costs to load).
    """
    folded = unicodedata.normalize("NFC", word.casefold())
    parts = folded.split("-")
    if all(part.isalpha() for part in parts):
        centibels = _centibels()
        one_over = 0.0
        for part in parts:  # wordfreq combines the tokens of "trade-off": 1/f = 1/f1 + 1/f2
            value = centibels(part)
            if value is None:
                return 0.0
            one_over += 10 ** (value / 100)
        frequency = 1.0 / one_over
        frequency = round(frequency, math.floor(-math.log10(frequency)) + 3)  # wordfreq's 3 digits
        return round(math.log10(frequency) + 9, 2)
    from wordfreq import zipf_frequency  # heavy import: only for words with digits or punctuation

    return float(zipf_frequency(folded, "en"))


@functools.cache
def _centibels() -> Callable[[str], int | None]:
    """wordfreq's English list ("large_en"): word -> minus its frequency in centibels (None: absent).

    Looked up in the user's cache (``patterns/cache.py``: an SQLite table, no load at all) when it
    is there; else read from the data file wordfreq ships, into a dict, and the cache written
    for the next process.
    """
    data = _wordlist_path()
    stat = data.stat()
    path = cache_path(f"wordfreq-{data.name.split('.')[0]}-{stat.st_size}-{stat.st_mtime_ns}.sqlite")
    cached = open_word_table(path) if path is not None else None
    if cached is not None:
        return cached.get
    table = _read_centibels(data)
    if path is not None:
        build_word_table(path, table)
    return table.get


def _wordlist_path() -> Path:
    spec = importlib.util.find_spec("wordfreq")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("wordfreq is not installed")
    return Path(spec.submodule_search_locations[0]) / "data" / "large_en.msgpack.gz"


def _read_centibels(path: Path) -> dict[str, int]:
    """The list as a dict, read from wordfreq's data file (a gzipped msgpack list of frequency
    buckets, the "cBpack" format) without importing wordfreq."""
    import gzip

    import msgpack

    with gzip.open(path, "rb") as handle:
        pack = msgpack.load(handle, raw=False, strict_map_key=False)
    if not isinstance(pack[0], dict) or pack[0].get("format") != "cB":
        raise RuntimeError(f"{path}: not a cBpack word list")
    return {w: index for index, bucket in enumerate(pack[1:]) for w in bucket}


def is_known_word(word: str) -> bool:
    return zipf(word) >= KNOWN_WORD_ZIPF


def repair_document(doc: Document) -> Document:
    """Return the document with every line's text repaired; lines keep their numbers."""
    lines = [_repair_characters(line) for line in doc.lines]
    lines = _join_hyphenated(lines)
    if doc.source.media_type is MediaType.PDF or any("\ufffd" in line.text for line in doc.lines):
        # glued words are damage from PDF extraction; in a clean text "makespan" is a word
        lines = _split_glued_lines(lines)
        lines = [_split_camel_glue(line) for line in lines]
    kept = tuple(line for line in lines if line.text)
    lost = sum(line.text.count("\ufffd") for line in kept)
    warnings = doc.warnings
    message = f"{doc.source.path}: {lost} damaged characters could not be repaired"
    if lost and message not in warnings:
        warnings = (*warnings, message)
    return replace(doc, lines=kept, warnings=warnings)


def _repair_characters(line: Line) -> Line:
    """Steps 1-2 on the line's text and on its parts (cells, styled runs), which later stages read."""

    def fix(text: str) -> str:
        text = clean_text(text)
        return restore_ligatures(text) if "\ufffd" in text else text

    return replace(
        line,
        text=fix(line.text),
        cells=tuple(fix(c) for c in line.cells),
        bold_spans=tuple(fix(b) for b in line.bold_spans),
        mostly_bold_spans=tuple(fix(b) for b in line.mostly_bold_spans),
        italic_spans=tuple(fix(i) for i in line.italic_spans),
    )


def clean_text(text: str) -> str:
    """Unicode clean-up of one line (step 1)."""
    text = unicodedata.normalize("NFC", text)
    if any(ch in LIGATURE_TABLE for ch in text):
        text = "".join(LIGATURE_TABLE.get(ch, ch) for ch in text)
    text = ZERO_WIDTH_RE.sub("", text)
    text = CONTROL_RE.sub(" ", text)
    text = PRIVATE_USE_RE.sub("", text)
    text = SMALL_CAPS_I_RE.sub(lambda m: m.group(0).upper(), text)
    text = attach_spacing_accents(text)
    return SPACE_RUN_RE.sub(" ", text).strip()


def attach_spacing_accents(text: str) -> str:
    """Spacing accents LaTeX PDFs emit as separate glyphs put back on their letters: "Gr¨unb¨ohler"
    -> "Grünböhler", "E´lodie" -> "Élodie"; an accent with no such letter ("don´t") stays."""
    if any(ch in SPACING_ACCENTS for ch in text):
        text = unicodedata.normalize("NFC", SPACING_ACCENT_RE.sub(_attach_accent, text))
    return text


# Spacing accents that LaTeX PDFs emit as separate glyphs ("Gr¨unb¨ohler", "E´lodie"), with the
# combining mark each stands for.
SPACING_ACCENTS = {
    "´": "\u0301",
    "`": "\u0300",
    "¨": "\u0308",
    "ˆ": "\u0302",
    "˜": "\u0303",
    "¸": "\u0327",
    "ˇ": "\u030c",
    "˘": "\u0306",
    "˚": "\u030a",
}


# Vowels, for where a spacing accent between a capital and a lowercase letter belongs.
VOWELS = frozenset("AEIOUYaeiouy")


def _attach_accent(match: re.Match[str]) -> str:
    """The accent goes on the letter after it ("¨o" -> "ö"), or on a capital before it when a
    lowercase letter follows ("E´l" -> "Él": a capital's accent is drawn after it) unless the
    capital is a consonant and a vowel follows ("P´erez" -> "Pérez"); only where the accented
    letter exists."""
    before, accent, after = match["before"], match["accent"], match["after"]
    mark = SPACING_ACCENTS[accent]
    on_capital = bool(before) and before.isupper() and after.islower()
    if on_capital and before not in VOWELS and after in VOWELS:
        on_capital = False  # "P´erez": an accented capital consonant (Ṕ) is rarer than é
    target, on_before = (before, True) if on_capital else (after, False)
    if len(unicodedata.normalize("NFC", target + mark)) != 1:
        return match.group(0)  # no such letter ("don´t"): an apostrophe, not an accent
    return before + mark + after if on_before else before + after + mark


def restore_ligatures(text: str) -> str:
    """Replace each U+FFFD inside a word with the ligature that makes the likeliest word."""
    return LOST_LIGATURE_WORD_RE.sub(lambda m: _best_ligature_word(m.group(0)), text)


def _best_ligature_word(word: str) -> str:
    marks = word.count("\ufffd")
    if marks > 3 or len(word) == marks:
        return word  # nothing to go on: leave it, the warning counts it
    parts = word.split("\ufffd")
    best, best_score = word, -1.0
    for choice in itertools.product(LIGATURE_CANDIDATES, repeat=marks):
        candidate = parts[0] + "".join(lig + part for lig, part in zip(choice, parts[1:], strict=True))
        if "Th" in choice and not candidate.startswith("Th"):
            continue  # the capital Th ligature only starts a word ("The", "Therefore")
        score = zipf(candidate)
        if score > best_score:
            best, best_score = candidate, score
    return best if best_score > 0 else word


def _join_hyphenated(lines: list[Line]) -> list[Line]:
    out = list(lines)
    for i in range(len(out) - 1):
        line, following = out[i], out[i + 1]
        head_match = LINE_END_HYPHEN_RE.search(line.text)
        if not head_match or following.heading_level is not None or following.list_item:
            continue
        tail_match = LINE_START_WORD_RE.match(following.text)
        if not tail_match:
            continue
        head, tail = head_match["head"], tail_match["tail"]
        joined = head + tail
        if not drops_hyphen(head, tail):
            continue  # "trade-" + "off": the compound is the commoner form, keep the hyphen
        rest = following.text[tail_match.end() :]
        # the punctuation that closed the word travels with it ("manag-" + "ing," -> "managing,")
        trailing = len(rest) - len(rest.lstrip(".,;:!?)\"'”’"))
        out[i] = replace(line, text=line.text[: head_match.start("head")] + joined + rest[:trailing])
        out[i + 1] = replace(following, text=rest[trailing:].strip())
    return out


def drops_hyphen(head: str, tail: str) -> bool:
    """Whether "head-" at a line end and "tail" on the next are one word broken by hyphenation
    ("manag-" + "ing") rather than a hyphenated compound ("trade-" + "off")."""
    joined = head + tail
    return is_known_word(joined) and zipf(joined) >= zipf(f"{head}-{tail}")


def _split_glued_lines(lines: list[Line]) -> list[Line]:
    """Split glued words. A split next to a function word ("inmind", "Myprimary") is safe on its
    own; a split of two content words ("generatemassive") only in a document that shows glue
    damage through at least GLUE_EVIDENCE function-word splits, so "makespan" survives elsewhere."""
    function_splits = sum(
        1
        for line in lines
        if _is_prose(line)
        for m in GLUED_WORD_RE.finditer(line.text)
        if _split_word(m.group("word"), function_only=True) != m.group("word")
    )
    content_ok = function_splits >= GLUE_EVIDENCE
    return [_split_glued(line, content_ok) for line in lines]


def _is_prose(line: Line) -> bool:
    return len(line.text.split()) >= PROSE_MIN_WORDS and "@" not in line.text


def _split_glued(line: Line, content_ok: bool) -> Line:
    text = line.text
    if not _is_prose(line):
        return line
    new = GLUED_WORD_RE.sub(lambda m: _split_word(m.group("word"), function_only=not content_ok), text)
    new = GLUED_SENTENCE_RE.sub(_split_sentence, new)
    return line if new == text else replace(line, text=new)


def _split_camel_glue(line: Line) -> Line:
    """ "HowDoesCorporateCultureCreateValue?" (a PDF title set without spaces) -> "How Does ...":
    three or more capitalized chunks, every one a known word; "DeepMind" and "McMaster" stay."""
    new = CAMEL_GLUE_RE.sub(_split_camel, line.text)
    return line if new == line.text else replace(line, text=new)


def _split_camel(match: re.Match[str]) -> str:
    chunks = CAMEL_CHUNK_RE.findall(match.group(0))
    if len(chunks) >= CAMEL_MIN_CHUNKS and all(is_known_word(c) for c in chunks):
        return " ".join(chunks)
    return match.group(0)


def _split_sentence(match: re.Match[str]) -> str:
    """ "traffic.These" -> "traffic. These" when both are words (never "Node.Js", "example.Com")."""
    left, right = match["left"], match["right"]
    if is_known_word(left) and is_known_word(right) and zipf(f"{left}.{right}") == 0:
        return f"{left}. {right}"
    return match.group(0)


def _split_word(word: str, function_only: bool = False) -> str:
    if zipf(word) > 0:
        return word
    capitalized = word[0].isupper()
    best, best_score = word, 0.0
    for cut in range(1, len(word)):
        left, right = word[:cut], word[cut:]
        if len(left) == 1 and left not in ONE_LETTER_WORDS:
            continue
        if len(right) == 1:
            continue
        if function_only and not ({left.casefold(), right.casefold()} & words("function_words")):
            continue
        score = min(zipf(left), zipf(right))
        if capitalized and (zipf(left) < CAPITALIZED_LEFT_ZIPF or zipf(right) < CAPITALIZED_RIGHT_ZIPF):
            continue  # "Yinwei", "Insuk" are names, not "Yin wei", "In suk"; "Myprimary" is "My primary"
        short = left if len(left) <= len(right) else right
        if len(short) == 2 and zipf(short) < TWO_LETTER_HALF_ZIPF:
            continue
        if score >= GLUED_HALF_ZIPF and score > best_score:
            best, best_score = f"{left} {right}", score
    return best
