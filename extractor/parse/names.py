"""Person names: strip titles, split lists of people, decide whether two spellings are one person.

str -> str | list[str] | bool. Used by the header parser (advisors), author-list parsing and
``assemble.py`` (marking the profile's owner in author lists).

Heuristic: a name is read into given-name parts and a surname key, after folding accents and case
("José Núñez" -> "jose nunez"). "Doe, Jane Q." is inverted at its comma; "Doe JQ" (Vancouver) has
its initials last; otherwise the last word is the surname, with the particles before it
("van der Berg"). Two spellings are one person when their surnames agree and every given part of
the shorter spelling matches one of the longer, in order, where an initial matches any part that
starts with its letter ("J. Doe" ~ "Jane Q. Doe", but "Jane Doe" !~ "John Doe").

Limits: nicknames ("Alex" vs "Alexander") and transliterations ("王小明" vs "Xiaoming Tan") do not
match; a bare surname never matches a full name; two names in swapped order without a comma
("Wei Li" / "Li Wei") are different people on purpose. Deterministic, no fuzzy scores.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources

from extractor.parse.text import fold as fold_text
from extractor.patterns import author_regexes as rx

# how many distinct names to remember parsed; a CV has a few hundred co-authors at most
NAME_CACHE_SIZE = 8192

# Letters that NFKD does not split into base + accent: "Øyvind", "Łukasz", "Đorđe", "Straße".
_FOLD_EXTRA = str.maketrans(
    {
        "ø": "o",
        "Ø": "O",
        "ł": "l",
        "Ł": "L",
        "đ": "d",
        "Đ": "D",
        "ß": "ss",
        "æ": "ae",
        "Æ": "AE",
        "œ": "oe",
        "Œ": "OE",
        "ı": "i",
        "þ": "th",
        "Þ": "Th",
        "ð": "d",
        "Ð": "D",
        # spacing accents PDF text leaves beside a letter: "Br¨uhl"
        "¨": "",
        "´": "",
        "˜": "",
        "ˆ": "",
        "˚": "",
        "¸": "",
    }
)
# name suffixes that are neither given name nor surname: "Jr.", "sr", and roman numerals in capitals
_SUFFIX_WORDS = frozenset({"jr", "sr"})
_SUFFIX_NUMERALS = frozenset({"II", "III", "IV"})


def is_name_suffix(token: str) -> bool:
    """Whether a token is a name suffix: "Jr.", "sr", "III" (not "Ii", a surname)."""
    bare = token.strip(".,")
    return bare.casefold() in _SUFFIX_WORDS or bare in _SUFFIX_NUMERALS


@cache
def _word_list(filename: str) -> frozenset[str]:
    text = resources.files("extractor.patterns").joinpath(filename).read_text(encoding="utf-8")
    return frozenset(
        line.strip() for line in text.splitlines() if line.strip() and not line.lstrip().startswith("#")
    )


def honorifics() -> frozenset[str]:
    """Titles stripped from names (``patterns/honorifics.txt``), casefolded, without dots."""
    return _word_list("honorifics.txt")


def particles() -> frozenset[str]:
    """Surname particles (``patterns/name_particles.txt``), casefolded."""
    return _word_list("name_particles.txt")


@lru_cache(maxsize=NAME_CACHE_SIZE)
def fold(text: str) -> str:
    """Fold accents and case, letters NFKD leaves alone included: "José Núñez" -> "jose nunez",
    "Łukasz" -> "lukasz"."""
    return fold_text(text.translate(_FOLD_EXTRA))


@lru_cache(maxsize=NAME_CACHE_SIZE)
def _is_honorific(token: str) -> bool:
    titles = honorifics()
    key = token.casefold().strip(".,:;")
    if key.replace(".", "") in titles:
        return True
    pieces = [piece for piece in key.split(".") if piece]  # "Prof.Dr." -> prof, dr
    return bool(pieces) and all(piece in titles for piece in pieces)


def _glued_title_rest(token: str) -> str | None:
    """The name glued after a title by a lost space: "Prof.Jane" -> "Jane"."""
    head, dot, rest = token.rpartition(".")
    if dot and rest and head and _is_honorific(head):
        return rest
    return None


def strip_honorifics(name: str) -> str:
    """Remove titles at either end of a name.

    Args:
        name: a name as written, e.g. "Prof. Tarek Menon", "Dr. Jane Q. Doe", "Jane Doe, PhD".

    Returns:
        The name without titles, whitespace collapsed ("Tarek Menon", "Jane Q. Doe", "Jane Doe");
        "" when the text was only a title ("Prof.").
    """
    tokens = name.split()
    while tokens:
        if _is_honorific(tokens[0]):
            tokens.pop(0)
            continue
        rest = _glued_title_rest(tokens[0])
        if rest is None:
            break
        tokens[0] = rest
    while len(tokens) > 1 and _is_honorific(tokens[-1]):  # "Jane Doe, Ph.D."
        tokens.pop()
    return " ".join(tokens).rstrip(",;: ")


def strip_trailing_period(name: str) -> str:
    """Drop a sentence-final period, keeping one that ends an initial or a suffix.

    "Amy Li." -> "Amy Li"; "Doe, J." and "John Roe Jr." are unchanged.
    """
    if not name.endswith("."):
        return name
    last = name[:-1].rsplit(maxsplit=1)[-1] if name[:-1].strip() else ""
    if not last or is_name_suffix(last) or is_initial(last + ".", all_caps=False):
        return name
    return name.rstrip(".").rstrip()


def split_person_list(text: str) -> list[str]:
    """Split a list of people into names without titles.

    Args:
        text: e.g. "Prof. A B, Prof. C D", "A B and C D", "A B & C D", "A B, C D, and E F".

    Returns:
        The names in order, titles and parenthesised notes ("(co-advisor)") removed, a suffix
        ("Jr.") kept with the name before it; [] for an empty text.
    """
    text = rx.PARENTHETICAL_RE.sub(" ", text)
    names: list[str] = []
    for part in rx.PERSON_LIST_SPLIT_RE.split(text):
        name = strip_trailing_period(strip_honorifics(part.strip(" :;\t\n")))
        if not name:
            continue
        if names and is_name_suffix(name):
            names[-1] = f"{names[-1]} {name}"
            continue
        names.append(name)
    return names


# --- reading a name into parts ----------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Reading:
    """One way to read a name: folded given parts (an initial is one letter) and surname keys."""

    given: tuple[str, ...]
    surname: str  # folded, letters only: "vanderberg"
    core: str  # the same without particles: "berg"
    words: str  # the surname in name_key form: "van der berg"


def _letters(text: str) -> str:
    return "".join(ch for ch in fold(text) if ch.isalnum())


@lru_cache(maxsize=NAME_CACHE_SIZE)
def is_initial(token: str, all_caps: bool = False) -> bool:
    """Whether a token is an initial: "J.", "J.-L.", "JQ" (not when the whole name is in capitals)."""
    if not token[:1].isupper() or not rx.INITIAL_TOKEN_RE.match(token):
        return False
    if "." in token:
        return True
    return len(token) == 1 or (token.isupper() and not all_caps)


@lru_cache(maxsize=NAME_CACHE_SIZE)
def is_particle(token: str) -> bool:
    """Whether a token is a surname particle: "van", "De"; never a lone capital ("Y Xu")."""
    return fold(token) in particles() and (len(token) > 1 or token.islower())


def _given_parts(tokens: list[str], all_caps: bool) -> tuple[str, ...]:
    parts: list[str] = []
    for token in tokens:
        for piece in token.split("-"):
            if not piece.strip("."):
                continue
            if "." in piece:  # "J.", "J.Q.", "Ch."
                parts.extend(_letters(bit)[:1] for bit in piece.split(".") if _letters(bit))
            elif is_initial(piece, all_caps) and len(piece) > 1:  # "JQ"
                parts.extend(_letters(ch) for ch in piece if _letters(ch))
            elif _letters(piece):
                parts.append(_letters(piece))
    return tuple(parts)


def _reading(given: list[str], surname: list[str], all_caps: bool) -> _Reading:
    lead = 0
    while lead < len(surname) - 1 and is_particle(surname[lead]):  # "van der Berg" -> "Berg"
        lead += 1
    core = surname[lead:]
    joined = " ".join(surname)
    return _Reading(_given_parts(given, all_caps), _letters(joined), _letters("".join(core)), _key(joined))


@lru_cache(maxsize=NAME_CACHE_SIZE)
def _readings(name: str) -> tuple[_Reading, ...]:
    text = rx.NAME_NOISE_RE.sub(" ", strip_honorifics(name))
    all_caps = text.isupper()
    head, comma, tail = text.partition(",")
    tail_tokens = [token for token in tail.replace(",", " ").split() if not _is_honorific(token)]
    if comma and head.split() and not all(map(is_name_suffix, tail_tokens)):
        given = [t for t in tail_tokens if not is_name_suffix(t)]
        surname = head.split()
        while given and given[-1].islower() and is_particle(given[-1]):  # "Berg, Jan van der"
            surname.insert(0, given.pop())
        return (_reading(given, surname, all_caps),)
    tokens = [t for t in head.split() if t.strip(".-'’")]
    while len(tokens) > 1 and is_name_suffix(tokens[-1]):  # "John Doe Jr."
        tokens.pop()
    if not tokens:
        return ()
    if len(tokens) == 1:
        return (_reading([], tokens, all_caps),)
    start = len(tokens) - 1
    while start > 1 and is_particle(tokens[start - 1]):  # "Jan van der Berg"; not "Di Tan"
        start -= 1
    readings = [_reading(tokens[:start], tokens[start:], all_caps)]
    if len(tokens) >= 3 and start == len(tokens) - 1 and not is_initial(tokens[-2], all_caps):
        readings.append(_reading(tokens[:-2], tokens[-2:], all_caps))  # "Sergio L. Ferra Lobo"
    trailing = 0
    while trailing < len(tokens) - 1 and is_initial(tokens[-1 - trailing], all_caps):
        trailing += 1
    if trailing and not is_initial(tokens[0], all_caps):  # Vancouver "Doe JQ", "Doe J. Q."
        readings.append(_reading(tokens[-trailing:], tokens[:-trailing], all_caps))
    return tuple(readings)


# --- comparing ------------------------------------------------------------------------------


def _part_ok(a: str, b: str) -> bool:
    if len(a) == 1 or len(b) == 1:
        return a[:1] == b[:1]
    return a == b


def _subsequence_ok(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    short, long = (a, b) if len(a) <= len(b) else (b, a)
    j = 0
    for part in short:
        while j < len(long) and not _part_ok(part, long[j]):
            j += 1
        if j == len(long):
            return False
        j += 1
    return True


def _given_ok(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    if not a or not b:
        return not a and not b
    if all(len(p) > 1 for p in a + b) and "".join(a) == "".join(b):  # "Xiao-Ming" ~ "Xiaoming"
        return True
    if _part_ok(a[0], b[0]) and _subsequence_ok(a[1:], b[1:]):
        return True
    # known by the middle name: "D. Alma Voss" ~ "Alma Voss"
    if len(a) > 1 and len(a[0]) == 1 and len(a[1]) > 1 and _given_ok(a[1:], b):
        return True
    return len(b) > 1 and len(b[0]) == 1 and len(b[1]) > 1 and _given_ok(a, b[1:])


def _compatible(x: _Reading, y: _Reading) -> bool:
    if not x.surname or not (x.surname == y.surname or x.core == y.core):
        return False
    return _given_ok(x.given, y.given)


def same_person(candidate: str, owner: str) -> bool:
    """Whether two written names can be the same person.

    Args:
        candidate: a name as written in an author list ("J. Doe", "Doe, J.", "Doe JQ").
        owner: the profile owner's name ("Jane Q. Doe").

    Returns:
        True when some reading of each agrees: same surname (accents and case folded, hyphens and
        spaces ignored) and compatible given names. Symmetric; False when either is empty.
    """
    a, b = _readings(candidate), _readings(owner)
    return any(_compatible(x, y) for x in a for y in b)


def _key(text: str) -> str:
    return " ".join("".join(ch if ch.isalnum() else " " for ch in fold(text)).split())


def name_key(name: str) -> str:
    """A written name folded to the key space of ``name_variants``.

    "Doe, J.-L." -> "doe, j l"; "José Núñez*" -> "jose nunez". The first comma is kept, so an
    inverted full name ("Doe, Jane") never meets a name in swapped order ("Doe Jane").
    """
    text = rx.NAME_NOISE_RE.sub(" ", strip_honorifics(name))
    head, _, tail = text.partition(",")
    head_key, tail_key = _key(head), _key(tail)
    return f"{head_key}, {tail_key}" if head_key and tail_key else head_key or tail_key


def name_variants(name: str) -> set[str]:
    """The folded spellings under which a name may appear in an author list.

    Args:
        name: e.g. "Jane Q. Doe".

    Returns:
        Keys in ``name_key`` form: "jane q doe", "jane doe", "j q doe", "j doe", "jq doe", each
        inverted ("doe, jane q", ..., "doe, jq"), and Vancouver forms with initials only
        ("doe j q", "doe j", "doe jq"); an empty set for an empty name.
        For a written name c, ``name_key(c) in name_variants(owner)`` implies
        ``same_person(c, owner)``: a fast pre-check (same_person accepts more, e.g. "D. Jane Doe").
    """
    readings = _readings(name)
    if not readings:
        return set()
    first = readings[0]
    surname, given = first.words, first.given
    if not given:
        return {surname}
    initials = tuple(part[0] for part in given)
    forms = {" ".join(given), given[0], " ".join(initials), initials[0], "".join(initials)}
    vancouver = {" ".join(initials), initials[0], "".join(initials)}
    return (
        {f"{form} {surname}" for form in forms}
        | {f"{surname}, {form}" for form in forms}
        | {f"{surname} {form}" for form in vancouver}
    )


# A line is letter-spaced ("J A N E  D O E") when it has at least this many pieces, this share of them
# single characters.
LETTER_SPACED_MIN_PIECES = 4
LETTER_SPACED_SHARE = 0.7
# A name's word read out of a letter-spaced line has at least this many letters.
SPACED_WORD_MIN_LETTERS = 2


def unspace_letters(text: str, hints: tuple[str, ...] = ()) -> str | None:
    """A letter-spaced name given back as words, or None when the text is not letter-spaced.

    In mixed case a word starts at each capital after a small letter or a dot ("R o w a n B . T i l l"
    -> "Rowan B. Till"); in capitals the words are found with the ``hints`` (the local parts of the
    document's addresses: "J A N E D O E" with "jdoe" or "doe.jane" -> "JANE DOE"), else None.
    """
    pieces = text.split()
    if len(pieces) < LETTER_SPACED_MIN_PIECES or sum(len(p) == 1 for p in pieces) < LETTER_SPACED_SHARE * len(
        pieces
    ):
        return None
    joined = "".join(pieces)
    if not all(c.isalpha() or c in ".-'’" for c in joined):
        return None
    if not joined.isupper():
        words: list[str] = []
        for index, char in enumerate(joined):
            if index and char.isupper() and (joined[index - 1].islower() or joined[index - 1] == "."):
                words.append(" ")
            words.append(char)
        return "".join(words)
    return _split_by_hints(joined, hints)


def _split_by_hints(joined: str, hints: tuple[str, ...]) -> str | None:
    """ "JANEDOE" -> "JANE DOE" where an address's local part names both words, or is an initial
    and the family name ("jdoe"), or names one of them whole."""
    lower = fold_text(joined)
    local_words = [
        [w for w in _letter_runs(fold_text(h)) if len(w) >= SPACED_WORD_MIN_LETTERS] for h in hints
    ]
    splits = [
        (lower[:i], lower[i:], joined[:i], joined[i:])
        for i in range(SPACED_WORD_MIN_LETTERS, len(joined) - SPACED_WORD_MIN_LETTERS + 1)
    ]
    for test in (_both_named, _initial_and_family, _one_named):
        for left, right, shown_left, shown_right in splits:
            if any(words and test(left, right, words) for words in local_words):
                return f"{shown_left} {shown_right}"
    return None


def _both_named(left: str, right: str, words: list[str]) -> bool:
    return left in words and right in words


def _initial_and_family(left: str, right: str, words: list[str]) -> bool:
    return "".join(words) in (left[0] + right, right + left[0])


def _one_named(left: str, right: str, words: list[str]) -> bool:
    return right in words or left in words


def _letter_runs(text: str) -> list[str]:
    runs: list[str] = []
    current: list[str] = []
    for char in text:
        if char.isalpha():
            current.append(char)
        elif current:
            runs.append("".join(current))
            current = []
    if current:
        runs.append("".join(current))
    return runs


def split_glued_name(token: str) -> str | None:
    """ "JaneDoe" -> "Jane Doe": one word of two capitalized parts (a name the PDF glued); None
    otherwise ("McKenzie" has a part of one letter before its capital)."""
    if not token.isalpha() or not token[:1].isupper():
        return None
    cuts = [i for i in range(1, len(token)) if token[i].isupper() and token[i - 1].islower()]
    if (
        len(cuts) != 1
        or cuts[0] < SPACED_WORD_MIN_LETTERS + 1
        or len(token) - cuts[0] < SPACED_WORD_MIN_LETTERS + 1
    ):
        return None
    return f"{token[: cuts[0]]} {token[cuts[0] :]}"
