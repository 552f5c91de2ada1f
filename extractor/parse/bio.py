"""The bio of a homepage (or any page whose top is prose): position, affiliation and research
interests from its sentences, its top lines and its topic lists. Shared by the person handler
(``fields/header.py``) and the page wiring (``fields/__init__.py``); field handlers never import
each other, so the readers live here, beside the other ``extractor.parse`` readers.

Strategies, each a fallback the header's own readers outrank (a lower ``rank`` wins in assemble):
- ``tagline_start``: a top line opening with a position ("Professor and Program Director, ..., X
  University", "Ph.D. Student in Physics · University of Y") (rank 3);
- ``position_sentence``: "I am an Economics Ph.D. Candidate at Kestrel University", "She is a
  Professor of Data Science/Statistics at X": a copula, a position word close after it, the field
  after "of", the institution after "at" (rank 3);
- ``role_sentences``: every role a bio states with its institution, current ("I am a Lecturer
  at X") or past ("Previously, I was a Visiting Fellow at Y and a Z at W"): the page's experience;
- ``institution_line``: a short line at the top of a page that names an institution ("Wrenfield
  University", "Department of Botany, Tarrow University, Tarrow": the university's part) (rank 4);
  ``is_unit`` / ``institution_in`` / ``university_in`` / ``is_field`` turn a unit ("College of X"),
  a unit-then-institution ("Institute of X at Y University") or a tagline's field ("· Chemistry")
  into the institution the profile names;
- ``interest_sentence``: "I study A", "My research is focused on A and B", "my research interests
  intersect A, B, and C", "The focus of my thesis is A", "where I work on A and B applied to C",
  "my work revolves around A, with a specific focus on B". ``split_pairs``: "A and B" of two words
  or more before "and" is two interests ("Public Finance and Optimal Taxation"); "tools and methods
  for X" stays one;
- topic lists: a theme's "Interests" block of short topics (``research_topics``, ``topic_lines``),
  sub-headings under a research heading (``subtopic_headings``), a keyword line at the top of the
  page (``keyword_line``).
"""

from __future__ import annotations

import dataclasses
import re

from extractor.document import Candidate, Line, Section, SectionKind
from extractor.parse.entries import has_word
from extractor.parse.names import strip_honorifics
from extractor.parse.text import fold
from extractor.patterns import regexes as rx
from extractor.patterns import words

# The position word must start this close after the copula (characters): "I am an Economics Ph.D.
# Candidate" but not "I am happy to announce that our paper with a postdoc ...".
POSITION_MAX_OFFSET = 40
# An institution line has at most this many words, and an interest at most this many.
ORG_LINE_MAX_WORDS = 8
INTEREST_MAX_WORDS = 14
# A list of topics followed by prose in one "Interests" section has at least this many list items.
MIN_LISTED_TOPICS = 2
# A keyword line at the top of a page lists at least this many topics, each of at most this many words.
MIN_KEYWORDS = 3
KEYWORD_MAX_WORDS = 5
# A top line opening with a position has at most this many words ("Professor and Program Director,
# Department of X, Y University").
TAGLINE_MAX_WORDS = 16
# A line of an "Interests" list with more words than this is a hobby told in a sentence.
TOPIC_MAX_WORDS = 12
# The institution line is looked for in this many lines at the top of the page.
ORG_LINE_SEARCH_LINES = 12
# No role title holds a function word before its role word (a clause does: "happy to say our paper
# with a"), but for these, of names like "Roots and Shoots Fellow", "Head of X Lab".
FUNCTION_WORDS_IN_TITLES = frozenset({"and", "of"})
# Ranks of the candidates found here: below the bio regex and the tagline (0-2), which they back up.
POSITION_SENTENCE_RANK = 3
INSTITUTION_LINE_RANK = 4
# What an institution line's part is stripped of: separators, bullets, a terminal prompt's ">".
PART_STRIP = " ,.;:>•·|-–—*"


def position_sentence(text: str, source: int) -> tuple[Candidate | None, Candidate | None]:
    """The position and the institution a sentence like "I am a Ph.D. student at X" gives."""
    sentence = text  # not split at periods: "Ph.D. Candidate" holds one
    if sentence:
        for copula in rx.BIO_COPULA_RE.finditer(sentence):
            word = _word_after(sentence, copula.end(), rx.BIO_POSITION_WORD_RE)
            if word is None:
                continue
            position = word.group(0)
            end = word.end()
            field = rx.BIO_OF_FIELD_RE.match(sentence[end:])
            if field:
                position = f"{position} of {field['field']}"
                end += field.end()
            org = rx.BIO_AT_ORG_RE.match(sentence[end:]) or rx.BIO_AT_ORG_RE.search(sentence[end:])
            affiliation = None
            if org and not has_word(org["org"], "job_titles"):
                value = _org_run(org["org"])
                split = rx.DEPT_THEN_ORG_RE.match(value)
                value = split["org"] if split else value
                affiliation = _prose(value, source)
            return _prose(" ".join(position.split()), source), affiliation
    return None, None


def _word_after(text: str, start: int, word_re: re.Pattern[str]) -> re.Match[str] | None:
    """The position or role word close after ``start`` (a copula's end), with no clause break between
    ("I am an Economics Ph.D. Candidate"; not "I am happy to say that ... a postdoc")."""
    word = word_re.search(text, start)
    if word is None or word.start() - start > POSITION_MAX_OFFSET:
        return None
    between = text[start : word.start()]
    if any(ch in between for ch in ",;:()") or rx.SENTENCE_END_IN_RE.search(between):
        return None
    return word


def _org_run(org: str) -> str:
    """An institution as a bio prints it after "at": spaces collapsed, no honorific, no end marks."""
    return strip_honorifics(" ".join(org.split())).strip(" ,.;")


@dataclasses.dataclass(frozen=True, slots=True)
class ProseRole:
    """A role a bio sentence states: "I am a Lecturer at X" (current), "Previously, I was a Visiting
    Fellow at Y" (past). ``title`` is the position as written after the article, its "of" field too."""

    title: str
    organization: str
    current: bool


def role_sentences(text: str) -> list[ProseRole]:
    """The roles a bio paragraph states with an institution: after "I am (currently) a", "She is
    the" (current) or "I was a", "he worked as", "I served as" (past), a position word close after
    it, then "at" the institution; "... at X and a Y at Z" gives a second role of the same tense."""
    roles: list[ProseRole] = []
    leads = [(m.end(), True) for m in rx.BIO_COPULA_RE.finditer(text)]
    leads += [(m.end(), False) for m in rx.BIO_PAST_COPULA_RE.finditer(text)]
    for start, current in sorted(leads):
        while start >= 0:
            role, start = _role_at(text, start, current)
            if role is not None and role not in roles:
                roles.append(role)
    return roles


def _role_at(text: str, start: int, current: bool) -> tuple[ProseRole | None, int]:
    """The role whose title starts at ``start``, and where a next role of the sentence starts (-1)."""
    word = _word_after(text, start, rx.BIO_ROLE_WORD_RE)
    if word is None:
        return None, -1
    between = text[start : word.start()]
    if any(w in words("function_words") and w not in FUNCTION_WORDS_IN_TITLES for w in fold(between).split()):
        return None, -1  # "I am happy to say our paper with a postdoc at X": a clause, not a title
    end = word.end()
    while text[end : end + 1] == " " and (more := rx.BIO_ROLE_WORD_RE.match(text, end + 1)):
        end = more.end()  # "postdoc" "research fellow": one title
    field = rx.BIO_OF_FIELD_RE.match(text[end:])
    if field:
        end += field.end()
    unit = rx.BIO_IN_FIELD_RE.match(text, end)  # "a Lecturer in Botany at X": the title stays "Lecturer"
    org_start = unit.end() if unit else end
    org = rx.BIO_AT_ORG_RE.match(text[org_start:])
    if org is None or has_word(org["org"], "job_titles"):
        return None, -1
    # the whole run as printed ("Department of X at Y University"), as an experience's organization is
    value = _org_run(org["org"])
    title = " ".join(text[start:end].split())
    following = rx.BIO_NEXT_ROLE_RE.match(text, org_start + org.end())
    role = ProseRole(title=title, organization=value, current=current) if value else None
    return role, following.end() if following else -1


def tagline_start(text: str, source: int) -> tuple[Candidate | None, Candidate | None]:
    """A short top line that opens with a position: "Professor and Program Director, Department of
    X, Y University", "Ph.D. Student in Physics · Y University", "Associate Dean of Teaching":
    the position (with its "of" field) and the university or institution the line names."""
    text = text.strip()
    if len(text.split()) > TAGLINE_MAX_WORDS or any(ch.isdigit() for ch in text):
        return None, None
    word = rx.BIO_POSITION_WORD_RE.match(text)
    if word is None:
        return None, None
    position, end = word.group(0), word.end()
    field = rx.BIO_OF_FIELD_RE.match(text[end:])
    if field:
        position = f"{position} of {field['field']}"
        end += field.end()
    rest = text[end:]
    parts = [
        p.strip(" ,.;")
        for piece in rx.ORG_LINE_PART_SPLIT_RE.split(rest)
        for p in rx.UNIT_ORG_SPLIT_RE.split(piece)
    ]
    orgs = [p for p in parts if p[:1].isupper() and not is_unit(p) and _has_head(p)]
    affiliation = next((p for p in orgs if _is_university(p)), orgs[0] if orgs else None)
    return (
        Candidate(
            value=" ".join(position.split()), source=source, origin="tagline", rank=POSITION_SENTENCE_RANK
        ),
        Candidate(value=affiliation, source=source, origin="tagline", rank=POSITION_SENTENCE_RANK)
        if affiliation
        else None,
    )


def _prose(value: str, source: int) -> Candidate:
    return Candidate(value=value, source=source, origin="prose", rank=POSITION_SENTENCE_RANK)


def institution_line(lines: list[Line], owner: str | None, source: int) -> tuple[Candidate, str] | None:
    """The first short line at the top of a page that names an institution: the institution's part
    as a candidate, and the whole line (a college named beside its university is that university's)."""
    for line in lines[:ORG_LINE_SEARCH_LINES]:
        # "Department of X, Y University   Office: Hall 231": the contact after its label is not read
        text = rx.CONTACT_LABEL_TAIL_RE.split(line.text, maxsplit=1)[0].strip()
        if (
            len(text.split()) > ORG_LINE_MAX_WORDS * 2
            or any(ch.isdigit() for ch in text)
            or "@" in text
            or (owner and fold(owner) in fold(text))
            or rx.FIRST_PERSON_RE.search(text)
        ):
            continue
        parts = [
            part
            for piece in rx.ORG_LINE_PART_SPLIT_RE.split(text)
            if (part := piece.strip(PART_STRIP))[:1].isupper()
            and len(part.split()) <= ORG_LINE_MAX_WORDS
            and _has_head(part)
            and not is_unit(part)
            and _is_name_like(part)
            and not rx.BIO_POSITION_WORD_RE.search(part)  # "Professor of X at Y University": a tagline
        ]
        if parts:  # "Qiuzhen College, Tsinghua University": the university is the institution
            best = next((p for p in parts if _is_university(p)), parts[0])
            return Candidate(value=best, source=source, origin="header", rank=INSTITUTION_LINE_RANK), text
    return None


def _is_name_like(part: str) -> bool:
    """An institution's name: every word capitalized but its connectors ("University of X at Y")."""
    return all(w[:1].isupper() or not w[:1].isalpha() or w in words("name_connectors") for w in part.split())


def _has_head(part: str) -> bool:
    """Whether a part names an institution ("university", "institute", ... as a whole word)."""
    return bool(words("institution_heads") & set(part.casefold().split()))


def _is_university(part: str) -> bool:
    return bool(words("university_words") & set(part.casefold().split()))


def university_in(value: str) -> str | None:
    """ "Visual Computing Center, Kestrel University" -> "Kestrel University": of an affiliation in
    parts, the university a later part names; None when no later part is one."""
    parts = [p.strip(" ,.;") for p in rx.UNIT_ORG_SPLIT_RE.split(value)]
    return next((p for p in parts[1:] if p[:1].isupper() and _is_university(p)), None)


def is_unit(value: str) -> bool:
    """ "College of Geophysics", "Institute for Political Science", "Department of X": a unit of an
    institution, not the institution the profile's affiliation names."""
    lowered = value.casefold().removeprefix("the ")
    return lowered.startswith(tuple(words("unit_leads")))


def institution_in(value: str) -> str | None:
    """The institution a longer affiliation names after its unit: "Institute of X at Fudan University",
    "College of Y, Tsinghua University", "Institute of Z (IZ), of the National University of W (NUW)"
    -> the institution; None when no part is one."""
    for part in rx.UNIT_ORG_SPLIT_RE.split(value):
        part = part.strip(" ,.;")
        if part[:1].isupper() and not is_unit(part) and _has_head(part):
            return part
    return None


def is_field(value: str) -> bool:
    """ "Condensed matter theory", "Chemistry": a field a tagline names after its separator, not an
    organization (no organization word, and a lowercase word or a single word)."""
    if has_word(value, "org_words") or _has_head(value):
        return False
    tokens = value.split()
    return len(tokens) == 1 or any(
        w[:1].islower() and w.casefold() not in ("of", "and", "the") for w in tokens
    )


def interest_sentence(text: str) -> list[str]:
    """Topics the interest sentences of a text name, by the main interest leads ("I am interested in
    A") and the further ones ("I study A", "my research focuses on A and B with a focus on C")."""
    out: list[str] = []
    for regex in (rx.INTEREST_SENTENCE_RE, rx.BIO_INTEREST_RE):
        for match in regex.finditer(text):
            body = rx.BIO_INTEREST_LIST_RE.match(text, match.start("list"))
            topics = _topics(body.group(0) if body else match["list"])
            out.extend(t for t in topics if t.casefold() not in {o.casefold() for o in out})
    return out


def _topics(body: str) -> list[str]:
    body = rx.BIO_INTEREST_FOCUS_RE.sub(", ", body)
    stop = rx.BIO_INTEREST_STOP_RE.search(body)
    if stop:
        body = body[: stop.start()]
    body = rx.INTEREST_LEAD_RE.sub("", body).strip(" .")
    body = rx.BIO_INTEREST_LEAD_RE.sub("", body)
    body = rx.INTEREST_JOINT_RE.sub(", ", body)
    parts = [rx.LEADING_THE_RE.sub("", p.strip(" .")) for p in rx.LIST_SPLIT_RE.split(body)]
    parts = [rx.BIO_INTEREST_LEAD_RE.sub("", p) for p in parts]
    return [p for p in split_pairs(parts) if p and len(p.split()) <= INTEREST_MAX_WORDS]


def research_topics(section: Section) -> list[Section]:
    """A homepage's "Interests" list of short topics ("Analysis of Directional Data", "Resampling"),
    the research interests a site theme puts under that heading; prose after the list (a bio the
    segmenter ran on into the section) goes on as a section of its own. A list of hobbies told in
    sentences ("Sports. I play soccer") stays as it is."""
    if section.kind is not SectionKind.INTERESTS or not section.lines:
        return [section]
    count = 0
    for line in section.lines:
        if not _is_topic(line.text):
            break
        count += 1
    rest = section.lines[count:]
    if count == 0 or (
        rest and (count < MIN_LISTED_TOPICS or not all(ln.list_item for ln in section.lines[:count]))
    ):
        return [section]
    topics = dataclasses.replace(section, kind=SectionKind.RESEARCH_INTERESTS, lines=section.lines[:count])
    if not rest:
        return [topics]
    return [
        topics,
        dataclasses.replace(section, kind=SectionKind.OTHER, heading=None, lines=rest, label=None),
    ]


def topic_lines(section: Section) -> list[str]:
    """A theme's topic list, one topic a line, as printed: "Computing with Python, C++, and CUDA"
    is one topic (its commas are the topic's own)."""
    return [t for ln in section.lines if (t := ln.text.strip(" .;"))]


def _is_topic(text: str) -> bool:
    text = text.strip()
    return not (
        len(text.split()) > TOPIC_MAX_WORDS
        or rx.FIRST_PERSON_RE.search(text)
        or rx.SENTENCE_SPLIT_RE.search(text)
        or text.endswith(("!", "?"))
    )


def keyword_line(text: str) -> list[str]:
    """A line of the page's top that lists topics: "Big Data, Machine Learning, Edge AI", "Remote
    Sensing – SAR, Time Series, Deep Learning": three topics or more, two of several words, all
    capitalized, no organization, no sentence; [] for anything else ("Cambridge, MA, USA")."""
    text = text.strip().rstrip(".")
    if (
        any(ch.isdigit() or ch in "@:/" for ch in text)
        or rx.FIRST_PERSON_RE.search(text)
        or rx.SENTENCE_SPLIT_RE.search(text)
    ):
        return []
    items = [i.strip() for i in rx.KEYWORD_SPLIT_RE.split(text) if i.strip()]
    if any(is_unit(i) or _has_head(i) for i in items):
        return []  # an institution's address
    if len(items) < MIN_KEYWORDS or sum(1 for i in items if len(i.split()) >= 2) < 2:
        return []
    if any(len(i.split()) > KEYWORD_MAX_WORDS or not i[:1].isupper() for i in items):
        return []
    return items


def subtopic_headings(sections: list[Section]) -> list[str]:
    """The sub-headings under a research heading, each a topic with its paragraph ("Research" (h2),
    then "Ocean Mixing" (h4), "Eddy Dynamics" (h4)): the page's research interests. They run until a
    heading of the research heading's level or higher, or a section the segmenter named."""
    topics: list[str] = []
    level: int | None = None
    for section in sections:
        heading = section.heading
        if section.kind is SectionKind.RESEARCH_INTERESTS and heading is not None:
            level = heading.heading_level
            continue
        if level is None or heading is None or heading.heading_level is None:
            level = None
            continue
        if section.kind is not SectionKind.OTHER or heading.heading_level <= level:
            level = None
            continue
        text = heading.text.strip()
        if len(text.split()) <= TOPIC_MAX_WORDS and not any(ch.isdigit() for ch in text):
            topics.append(text)
    return topics


def clean_interest(text: str) -> str:
    """ "the interface of algebraic geometry" -> "algebraic geometry"; "understanding the design of X"
    -> "design of X"."""
    return rx.BIO_INTEREST_LEAD_RE.sub("", text).strip() or text


def split_pairs(interests: list[str]) -> list[str]:
    """ "Public Finance and Optimal Taxation", "number theory and combinatorics" -> two interests: a lone
    " and " after two words or more; "tools and methods for X" (one word before "and") and "methods
    for molecular and biological systems" (a preposition before it) stay whole."""
    out: list[str] = []
    for interest in interests:
        pieces = rx.AND_SPLIT_RE.split(interest)
        if (
            len(pieces) == 2
            and len(pieces[0].split()) >= 2
            and not rx.PAIR_PREPOSITION_RE.search(pieces[0])
            and not rx.PAIR_POSSESSIVE_RE.match(pieces[1])
        ):
            out.extend(rx.LEADING_THE_RE.sub("", p.strip()) for p in pieces)
        else:
            out.append(interest)
    return out
