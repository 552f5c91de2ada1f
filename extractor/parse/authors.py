"""Author lists: one string of authors -> a list of ``ParsedAuthor`` (name, marks, bold), in order.

Used by ``fields/publications.py``; ``assemble.py`` later marks the owner and fills empty slots.

Heuristic, in order:
1. Clean: fold mark look-alikes ("∗" -> "*"), drop affiliation keys ("Doe¹,²", "Doe1"), turn
   "(equal contribution)" into the mark "=", drop other notes in parentheses ("(...)" is a
   truncation, like "..."), drop a lead-in ("With ...", "Authors: ...").
2. Split at commas, semicolons, "and" and "&"; "et al." and "..." / "…" are dropped and never leave
   a slot. Commas with nothing between them are significant: ", Zed Xu" and "Amy Li, , Zed Xu"
   hold an empty slot (the owner, rendered apart), and so does a list ending in "and". A trailing
   comma alone is nothing.
3. Rejoin inverted names across a single comma: "Doe, J." / "Doe, Jane Q." / "Bánki, Ildikó"
   (a one-word surname followed by a one-word given name) become "J. Doe", "Jane Q. Doe",
   "Ildikó Bánki".
4. Vancouver names ("Doe JQ") are reordered when most multi-word names in the list have that shape.

Representation: names keep their spelling and order as written ("F.M. Last" stays), except that
reordered names (inverted and Vancouver) are written "given surname" with dotted, spaced initials:
"Quill, A.G." -> "A. G. Quill", "Doe JQ" -> "J. Q. Doe". Marks are the symbols attached to the name,
each once, in order ("†*"); "=" means an "(equal contribution)" note. Superscript digits and
letters are affiliations, not marks.

Limits: a mononym list ("Plato, Aristotle") reads as one inverted name; a capitalised short
surname list ("Amy LI, Bo XU") reads as Vancouver; glued text ("QuillandA.Reyes") is left to
the repair stage.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources

from extractor.parse.names import (
    is_initial,
    is_name_suffix,
    is_particle,
    strip_honorifics,
    strip_trailing_period,
)
from extractor.patterns import author_regexes as rx
from extractor.repair import attach_spacing_accents

# A line scoring at least this is an author list (a lone name scores below it: too ambiguous
# out of context; a caller that knows the line sits between a title and a venue may accept less).
AUTHOR_LIST_THRESHOLD = 0.5
# score multiplier per segment that cannot be a name ("We thank Jane Doe, ...": prose)
NON_NAME_SEGMENT_FACTOR = 0.6
# score multiplier by the number of author slots: a lone name could be any capitalised line
SLOT_COUNT_FACTOR = {0: 0.0, 1: 0.45, 2: 0.85}
# parsed author lists remembered (publication lists repeat across a CV and a homepage)
PARSE_CACHE_SIZE = 4096

# the mark written for "(equal contribution)" after a name
EXPLICIT_EQUAL = "="

# look-alikes of the marks, and spaces PDF extraction leaves: "∗" (U+2217) is LaTeX's \ast
_MARK_FOLD = str.maketrans(
    {
        "∗": "*",
        "⁎": "*",
        "＊": "*",
        "✱": "*",
        "✻": "*",
        "⋆": "*",
        "‐": "-",  # U+2010 and U+2011 (non-breaking): hyphens in names ("Suárez‑Martins, A.‑M.")
        "‑": "-",
        "✝": "†",
        "ǂ": "‡",
        "＃": "#",
        "\u00a0": " ",
        "\u2009": " ",
        "\u202f": " ",
    }
)
# A Vancouver name's initials are at most this many capitals ("Doe JQA").
MAX_VANCOUVER_INITIALS = 3
# capitals after a family name that are a generation, not initials ("Roe III")
_GENERATION_SUFFIXES = frozenset(("II", "III", "IV", "VI"))
# a hyphen a line wrap left a space after, inside a name: "Melo- Gonzalez"
_WRAPPED_HYPHEN_RE = re.compile(r"(?<=[^\W\d_])- (?=[A-Z][a-z])")
# suffixes that, in capitals after a family name, are two initials
_INITIAL_SUFFIXES = frozenset(("jr", "sr"))
# characters removed from a name once its marks are read: the marks, LaTeX debris ("$^*$") and
# digits (affiliation keys set apart by a space, "Amy Li 1"; a name never holds a digit)
_DROP_FROM_NAME = str.maketrans(dict.fromkeys(rx.MARK_CHARS + "^${}0123456789", ""))
# inside a name word: hyphens, apostrophes, and spacing accents PDF text leaves ("Br¨uhl")
_NAME_PUNCTUATION = str.maketrans(dict.fromkeys("-'’¨´`˜ˆ", ""))
_LEFT_JUNK = " \t-–—•·▪◦‣,.;:'\"“”‘’`[]{}<>|/\\"
_RIGHT_JUNK = ' \t-–—•·▪◦‣,;:"“”‘’`[]{}<>|/\\'


@cache
def _not_name_words() -> frozenset[str]:
    """``patterns/not_name_words.txt``: "University", "Learning", ... never a person's name."""
    text = resources.files("extractor.patterns").joinpath("not_name_words.txt").read_text(encoding="utf-8")
    return frozenset(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#"))


def _has_non_name_word(tokens: list[str], all_caps: bool) -> bool:
    """A listed word ("University") or an acronym ("USENIX", "NeurIPS"): not part of a name."""
    words = _not_name_words()
    for token in tokens:
        if token.strip(".,'’-").casefold() in words:
            return True
        # three capitals make an acronym; names have at most two ("McDonald", "LeCun", "JQ")
        if not all_caps and sum(ch.isupper() for ch in token) >= 3 and not is_initial(token, all_caps):
            return True
    return False


@dataclass(frozen=True, slots=True)
class ParsedAuthor:
    """One author slot: ``name`` is None for an empty slot (the owner, rendered apart)."""

    name: str | None
    marks: str
    bold: bool = False


@dataclass(frozen=True, slots=True)
class _Segment:
    text: str  # cleaned name; "" for a slot holding only marks
    marks: str
    raw: str  # as written, for matching bold spans


@dataclass(frozen=True, slots=True)
class _Slot:
    name: str | None
    marks: str
    raw: str
    quality: float  # how much this looks like a person's name, 0..1


@dataclass(frozen=True, slots=True)
class _Split:
    items: tuple[_Segment | None, ...]  # None: an empty slot
    comma_before: tuple[bool, ...]  # item i follows item i-1 across exactly one plain comma
    junk: int  # chunks that were no name at all ("2", "—")
    truncated: bool  # "et al." or "..." seen
    prepared: str  # the text after cleaning (step 1)


# --- 1. cleaning ------------------------------------------------------------------------------


def _parenthetical(match: re.Match[str]) -> str:
    inner = match.group("inner")
    if inner.strip() and not inner.strip(" .…"):
        return " ... "  # "(...)": names left out, a truncation like "...", never an empty slot
    if rx.EQUAL_NOTE_RE.search(inner):
        return EXPLICIT_EQUAL
    if inner.strip() and not inner.strip(rx.MARK_CHARS + " ,"):  # "(*)"
        return inner.replace(" ", "").replace(",", "")
    return " "


def _prepare(text: str) -> str:
    text = text.translate(_MARK_FOLD)
    text = attach_spacing_accents(text)
    text = rx.SUPERSCRIPT_AFFILIATION_RE.sub("", text)
    text = rx.PARENTHETICAL_RE.sub(_parenthetical, text)
    text = rx.AFFILIATION_DIGITS_RE.sub("", text)
    text = rx.LEAD_IN_RE.sub("", text, count=1)
    text = _WRAPPED_HYPHEN_RE.sub("-", text)  # "Melo- Gonzalez": a name's hyphen at a line's end
    return rx.GLUED_INITIAL_RE.sub(r"\g<initial> ", text)


def _segment(chunk: str) -> _Segment | None:
    """A name chunk cleaned; None when it holds no name and no mark (junk)."""
    marks = "".join(dict.fromkeys(ch for ch in chunk if ch in rx.MARK_CHARS))
    text = rx.DOT_RUN_RE.sub(".", chunk.translate(_DROP_FROM_NAME))
    text = " ".join(text.split()).lstrip(_LEFT_JUNK).rstrip(_RIGHT_JUNK)
    if not any(ch.isalpha() for ch in text):
        return _Segment("", marks, chunk) if marks else None
    text = _initials_period(strip_trailing_period(_strip_titles(text)))
    if not any(ch.isalpha() for ch in text):
        return None
    return _Segment(text, marks, chunk)


def _initials_period(text: str) -> str:
    """ "Quill JR." (or "Quill, JR.") ending a list not set in capitals: "JR" are initials (as
    ``_suffix`` reads them) and the period ends the sentence, so it goes ("Quill JR")."""
    head, _, last = text.rpartition(" ")
    core = last[:-1]
    if (
        len(head.split()) <= 1
        and last.endswith(".")
        and core.isupper()
        and core.casefold() in _INITIAL_SUFFIXES
        and not head.isupper()
    ):
        return text[:-1]
    return text


def _strip_titles(text: str) -> str:
    """The name without titles; capitals after a mixed-case family name are a Vancouver name's
    initials, not a title ("Doe DR", "Roe MS" are D. R. Doe and M. S. Roe)."""
    words_in = text.split()
    last = words_in[-1] if words_in else ""
    if (
        len(words_in) == 2  # "Doe DR"; "Jane Doe PHD" is a name and a degree
        and last.isalpha()
        and last.isupper()
        and len(last) <= MAX_VANCOUVER_INITIALS
        and last not in _GENERATION_SUFFIXES
        and not words_in[-2].isupper()
    ):
        return f"{strip_honorifics(' '.join(words_in[:-1]))} {last}"
    return strip_honorifics(text)


# --- 2. splitting -----------------------------------------------------------------------------


def _empty_slots(run: list[str], where: str) -> int:
    """Empty slots a run of separators holds, ``where`` is "lead", "mid" or "tail".

    ", , and" between names is one empty slot; ", and" / "and," are one separator; a soft
    separator ("et al.", "...") in the run means no slot at all.
    """
    if not run or "soft" in run:
        return 0
    merged: list[str] = []
    for kind in run:
        key = "j" if kind == "conj" else "c"
        if merged and ((key == "j" and merged[-1] == "c") or (key == "c" and merged[-1].endswith("j"))):
            merged[-1] += key
        else:
            merged.append(key)
    if where == "lead":
        return len(merged)
    if where == "mid":
        return len(merged) - 1
    return len(merged) - 1 + ("j" in merged[-1])


@lru_cache(maxsize=PARSE_CACHE_SIZE)
def _split(text: str) -> _Split:
    prepared = _prepare(text)
    items: list[_Segment | None] = []
    comma_before: list[bool] = []
    junk = 0
    truncated = False
    run: list[str] = []
    run_text: list[str] = []

    def add_name(chunk: str) -> None:
        nonlocal junk
        segment = _segment(chunk)
        if segment is None:
            junk += 1
            run.append("soft")
            run_text.append("")
            return
        empties = _empty_slots(run, "mid" if items else "lead")
        items.extend([None] * empties)
        comma_before.extend([False] * empties)
        comma_before.append(bool(items) and not empties and run_text == [","])
        items.append(segment)
        run.clear()
        run_text.clear()

    position = 0
    for match in rx.AUTHOR_SEPARATOR_RE.finditer(prepared):
        chunk = prepared[position : match.start()]
        if chunk.strip():
            add_name(chunk)
        kind = match.lastgroup or "soft"
        truncated = truncated or kind == "soft"
        run.append(kind)
        run_text.append(match.group().strip())
        position = match.end()
    if prepared[position:].strip():
        add_name(prepared[position:])
    if items:
        empties = _empty_slots(run, "tail")
        items.extend([None] * empties)
        comma_before.extend([False] * empties)
    return _Split(tuple(items), tuple(comma_before), junk, truncated, prepared)


# --- 3. and 4. reading names ------------------------------------------------------------------


def _initials_only(tokens: list[str], all_caps: bool) -> bool:
    return 0 < len(tokens) <= 4 and all(is_initial(t, all_caps) for t in tokens)


@lru_cache(maxsize=PARSE_CACHE_SIZE)
def _word(token: str) -> bool:
    """A capitalised word or a particle: "Doe", "Pike-Ormond", "O’Dowd", "van"."""
    letters = token.translate(_NAME_PUNCTUATION)
    return letters.isalpha() and (token[0].isupper() or is_particle(token))


def _surname_like(tokens: list[str], all_caps: bool) -> bool:
    return (
        0 < len(tokens) <= 4
        and all(_word(t) and not is_initial(t, all_caps) for t in tokens)
        and any(t[0].isupper() for t in tokens)
    )


def _given_like(tokens: list[str], all_caps: bool) -> bool:
    """A given name, maybe with middle initials: "Jane", "Jane Q.", "Ildikó"."""
    first = tokens[0] if tokens else ""
    return (
        0 < len(tokens) <= 3
        and _word(first)
        and first[0].isupper()
        and not is_initial(first, all_caps)
        and all(is_initial(t, all_caps) for t in tokens[1:])
    )


def _vancouver_split(tokens: list[str], all_caps: bool) -> int:
    """How many trailing initials a "Doe JQ" / "van der Berg J. Q." name has; 0 if not that shape."""
    trailing = 0
    while trailing < len(tokens) - 1 and is_initial(tokens[-1 - trailing], all_caps):
        trailing += 1
    if trailing and not _suffix(tokens[-1], all_caps) and _surname_like(tokens[:-trailing], all_caps):
        return trailing
    return 0


def _suffix(token: str, all_caps: bool) -> bool:
    """A name suffix ("Jr.", "III") after a family name; in a list not set in capitals, "JR" and "SR"
    in capitals are initials ("Doe JR" is J. R. Doe)."""
    if token.isupper() and not all_caps and token.rstrip(".").casefold() in _INITIAL_SUFFIXES:
        return False
    return is_name_suffix(token)


def normalize_initials(text: str) -> str:
    """Dotted, spaced initials: "J.Q." -> "J. Q.", "JQ" -> "J. Q.", "J.-L." -> "J.-L.", "A. G" -> "A. G."."""
    tokens: list[str] = []
    for token in text.split():
        groups: list[str] = []
        for piece in token.split("-"):
            parts: list[str] = []
            for bit in piece.split("."):
                if len(bit) > 1 and bit.isupper():
                    parts.extend(f"{ch}." for ch in bit)
                elif bit:
                    parts.append(f"{bit}.")
            if parts:
                groups.append(" ".join(parts))
        if groups:
            tokens.append("-".join(groups))
    return " ".join(tokens)


def _merge_marks(*marks: str) -> str:
    return "".join(dict.fromkeys("".join(marks)))


def _direct_quality(tokens: list[str], all_caps: bool) -> float:
    """How much a name as written looks like a person's name."""
    if _has_non_name_word(tokens, all_caps):
        return 0.0
    if len(tokens) == 1:
        token = tokens[0]
        if token.isalpha() and not any(ch.isupper() or ch.islower() for ch in token):
            return 1.0 if 2 <= len(token) <= 4 else 0.4  # uncased script: "王小明"
        if is_initial(token, all_caps):
            return 0.3
        return 0.3 if _word(token) else 0.0  # "Zed": a mononym, or a heading word ("SIGCOMM")
    if len(tokens) > 5 or not all(_word(t) or is_initial(t, all_caps) for t in tokens):
        return 0.0
    return 1.0 if len(tokens) <= 4 else 0.6


def _read(split: _Split, all_caps: bool) -> tuple[_Slot, ...]:
    items, comma_before = split.items, split.comma_before
    multi = [s.text.split() for s in items if s is not None and len(s.text.split()) > 1]
    vancouver_shaped = sum(1 for tokens in multi if _vancouver_split(tokens, all_caps))
    vancouver = vancouver_shaped > 0 and 2 * vancouver_shaped >= len(multi)
    slots: list[_Slot] = []
    i = 0
    while i < len(items):
        item = items[i]
        if item is None or not item.text:
            slots.append(_Slot(None, item.marks if item else "", item.raw if item else "", 0.0))
            i += 1
            continue
        if slots and slots[-1].name and is_name_suffix(item.text):
            last = slots[-1]  # "Jane Doe, Jr., and Amy Li"
            slots[-1] = _Slot(f"{last.name} {item.text}", _merge_marks(last.marks, item.marks), last.raw, 1.0)
            i += 1
            continue
        tokens = item.text.split()
        after = items[i + 1] if i + 1 < len(items) else None
        if after is not None and after.text and comma_before[i + 1] and _surname_like(tokens, all_caps):
            given = after.text.split()
            one_word = len([t for t in tokens if not is_particle(t)]) == 1
            if _initials_only(given, all_caps) or (one_word and _given_like(given, all_caps)):
                initials = _initials_only(given, all_caps)
                name = f"{normalize_initials(after.text) if initials else after.text} {item.text}"
                quality = 1.0 if initials or len(given) > 1 else 0.6
                if _has_non_name_word(tokens + given, all_caps):
                    quality = 0.0
                raw = f"{item.raw},{after.raw}"
                slots.append(_Slot(name, _merge_marks(item.marks, after.marks), raw, quality))
                i += 2
                continue
        trailing = _vancouver_split(tokens, all_caps) if vancouver else 0
        if trailing:
            name = f"{normalize_initials(' '.join(tokens[-trailing:]))} {' '.join(tokens[:-trailing])}"
            quality = 0.0 if _has_non_name_word(tokens, all_caps) else 1.0
            slots.append(_Slot(name, item.marks, item.raw, quality))
        else:
            slots.append(_Slot(item.text, item.marks, item.raw, _direct_quality(tokens, all_caps)))
        i += 1
    return tuple(slots)


# --- public API -------------------------------------------------------------------------------


def _bold_key(text: str) -> str:
    return " ".join(text.translate(_MARK_FOLD).translate(_DROP_FROM_NAME).split()).strip(" ,.;:").casefold()


def _is_bold(slot: _Slot, spans: frozenset[str]) -> bool:
    if not spans or slot.name is None:
        return False
    name, raw = _bold_key(slot.name), _bold_key(slot.raw)
    if name in spans or raw in spans:
        return True
    for span in spans:
        if span and f" {span} " in f" {raw} " and 2 * len(span) >= len(raw):  # bold surname of "Doe, J."
            return True
        if raw and f" {raw} " in f" {span} " and not any(sep in span for sep in (",", ";", "&", " and ")):
            return True  # a bold span wider than the name: "Jane Doe*"
    return False


@lru_cache(maxsize=PARSE_CACHE_SIZE)
def _parse(text: str, bold_spans: tuple[str, ...]) -> tuple[ParsedAuthor, ...]:
    split = _split(text)
    spans = frozenset(key for key in map(_bold_key, bold_spans) if key)
    all_caps = text.isupper()
    return tuple(
        ParsedAuthor(slot.name, slot.marks, _is_bold(slot, spans)) for slot in _read(split, all_caps)
    )


def parse_authors(text: str, bold_spans: tuple[str, ...] = ()) -> list[ParsedAuthor]:
    """Read one author list.

    Args:
        text: the authors of one publication, e.g. "Amy Li*, Zed Xu*, and Bo Wu",
            "Doe, J., & Smith, A. B.", ", Zed Xu*, Amy Li" (the owner's slot first).
        bold_spans: texts the document set in bold (the owner, usually); an author whose name as
            written or as output equals one of them gets ``bold=True``.

    Returns:
        The authors in order; an empty slot is ``ParsedAuthor(None, "")`` (or with the marks left
        there). "et al." and truncation are dropped. Never an empty-string name; [] for no names.
    """
    return list(_parse(text, tuple(bold_spans)))


def looks_like_author_list(text: str) -> float:
    """Score how much a line looks like an author list, 0..1 (``AUTHOR_LIST_THRESHOLD`` decides).

    Args:
        text: one line or one block of text.

    Returns:
        The mean name-likeness of its comma/"and" segments (capitalised 2-4 word names, initials,
        inverted "Doe, J.", names in uncased scripts), scaled down for a lone name, for each segment
        that cannot be a name (lowercase words: titles, venues, prose), and for digits, colons and
        quotes. Empty slots and "et al." count as slots.
    """
    if not text.strip():
        return 0.0
    split = _split(text)
    slots = _read(split, text.isupper())
    named = [slot for slot in slots if slot.name is not None]
    if not named:
        return 0.0
    bad = split.junk + sum(1 for slot in named if slot.quality == 0.0)
    mean = sum(slot.quality for slot in named) / (len(named) + split.junk)
    count = len(slots) + split.truncated
    score = mean * SLOT_COUNT_FACTOR.get(count, 1.0) * NON_NAME_SEGMENT_FACTOR**bad
    cleaned = split.prepared
    if any(digit in cleaned for digit in "0123456789"):
        score *= 0.5  # a year or a page range: a citation or a venue line
    if ":" in cleaned:
        score *= 0.6  # "Title: Subtitle", "Authors:" was removed already
    if any(ch in cleaned for ch in '"“”«»?!'):
        score *= 0.5  # a quoted title or a sentence
    if text.isupper():
        score *= 0.8  # in capitals, acronyms ("USENIX ATC") look like names
    return round(min(1.0, max(0.0, score)), 3)


def equal_contribution_marks(text: str) -> frozenset[str]:
    """The marks a legend defines as equal contribution.

    Args:
        text: a legend or a whole section, e.g. "(*Equal contributions)", "* = Equal Contribution",
            "† equal contribution", "# indicates equal contribution", "*co-first authors".

    Returns:
        The symbols, e.g. frozenset({"*"}); "*undergraduate mentee †contributed equally" gives
        {"†"}. Empty when no legend is found (callers decide whether "*" still means it).
    """
    found: set[str] = set()
    for match in rx.EQUAL_CONTRIBUTION_RE.finditer(text.translate(_MARK_FOLD)):
        marks = match.group("before") or match.group("after") or ""
        found.update(ch for ch in marks if ch in rx.MARK_CHARS)
    return frozenset(found)


def is_equal_contribution(author: ParsedAuthor, legend_marks: frozenset[str]) -> bool:
    """Whether an author is marked as an equal contributor: a legend mark or an explicit note."""
    return EXPLICIT_EQUAL in author.marks or any(mark in legend_marks for mark in author.marks)
