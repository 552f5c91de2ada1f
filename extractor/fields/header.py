"""The person: name, native name, position, affiliation, department, advisors, contact, summary.

Each fact is a list of candidates with their origin; assemble picks among them (and among
documents). Strategies, in order:
- name: [page title, top-of-document line, NER PERSON on a short header line]; never image
  alt text ("Jane's headshot"), a section heading, or a line with an organization or job word;
- position / affiliation / department / advisors: [a bio sentence ("I'm a 2nd-year CS Ph.D.
  student at X University, advised by Prof. Y"), a tagline ("CS Ph.D. student @ X")]; the
  current entry of the experience or education section is the fallback, applied in assemble;
- emails, phones, links: from every section but publications and references (a referee's
  address is not the owner's);
- summary: the about section's first paragraph, else the header's bio paragraph;
- research interests from "I am broadly interested in A, B, and C" and "My primary research
  interests are in the fields of A, B, and C"; degrees stated in prose ("I got my B.S. in CS
  from X") become education entries.
"""

from __future__ import annotations

import dataclasses
import re
import statistics
from collections.abc import Iterator
from urllib.parse import urlsplit

from extractor.document import Candidate, Document, Line, MediaType, Section, SectionKind
from extractor.fields.context import Found, ParseContext, evidence_for
from extractor.fields.context import is_page as read_as_page
from extractor.fields.current import capitals_to_title, offer_open_entries
from extractor.parse import bio
from extractor.parse.contact import (
    classify_link,
    find_emails,
    find_links,
    find_owner_emails,
    find_phones,
    is_credit_link,
    is_safe_url,
    mailto_emails,
    normalize_link,
    profile_link,
)
from extractor.parse.entries import has_word
from extractor.parse.lists import interest_phrases
from extractor.parse.names import (
    split_glued_name,
    split_person_list,
    strip_honorifics,
    unspace_letters,
)
from extractor.parse.places import is_place, split_affiliation
from extractor.parse.prose import Paragraph, paragraphs
from extractor.parse.text import fold
from extractor.patterns import find_degree, heading_kind, table, words
from extractor.patterns import regexes as rx
from extractor.patterns.contact_regexes import OTHER_CONTACT_LINE_RE
from extractor.patterns.name_regexes import NAME_DATE_TAIL_RE
from extractor.profile import Education, Experience, LinkKind
from extractor.repair import zipf

# Sections whose addresses, phones and links are not the owner's.
NOT_OWNER_SECTIONS = frozenset({SectionKind.PUBLICATIONS, SectionKind.REFERENCES, SectionKind.TALKS})
# Sections whose prose is not the owner's bio (a news item "I was a visiting student at X").
BIO_SKIP_SECTIONS = frozenset(
    {SectionKind.PUBLICATIONS, SectionKind.REFERENCES, SectionKind.TALKS, SectionKind.EXPERIENCE}
    | {SectionKind.EDUCATION, SectionKind.AWARDS, SectionKind.SERVICE, SectionKind.GRANTS}
)
# A line longer than this (characters) is not cut into pieces that may be the name.
NAME_LINE_MAX_CHARS = 200
# A name broken over two lines has at most this many words on each.
NAME_BROKEN_MAX_WORDS = 3
# A name's second line ("Jane Maria" / "Roe Quintal", one size, set large) sits at most this many
# of its font sizes below the first, and holds no English word commoner than this (Zipf scale:
# "Data Science" or "Lead Researcher" under a name is a tagline, a rare family name goes on).
NAME_CONTINUATION_GAP_EM = 1.8
NAME_CONTINUATION_MAX_ZIPF = 4.5
# ... and its first line is set at least this much larger than the smallest line around it.
NAME_CONTINUATION_MIN_EMPHASIS = 1.1
# Where the top holds no name, a first-page line set at least this much larger than the page's
# body text (median line size) may be the name.
DISPLAY_NAME_MIN_EMPHASIS = 1.3
# ... and at least this many points larger than the line of the name the header gave, if any.
DISPLAY_NAME_MIN_GAIN_PT = 1.0
# The name is looked for in this many lines at the top of the document.
NAME_SEARCH_LINES = 8
# The addresses that help read a letter-spaced name are looked for in this many lines at the top.
NAME_HINT_LINES = 40
# "advised by" counts for the current position only this close after it (characters):
# "... student at X, advised by Prof. Y" but not "... I got my B.A. ..., advised by Prof. Z".
ADVISOR_MAX_DISTANCE = 40
# A header line naming the owner's title alone ("Quantitative Ecologist") is looked for in this many
# lines, and has at most this many words.
TITLE_LINE_SEARCH_LINES = 8
TITLE_LINE_MAX_WORDS = 8
# ... on a line of at most this many words (its organization included).
TITLE_LINE_MAX_LINE_WORDS = 16
# The owner's department is looked for in this many header lines, on a line (or cell) of at most
# this many words before the contact beside it ("Department of Botany  jd@x.edu").
HEADER_DEPARTMENT_LINES = 8
HEADER_DEPARTMENT_MAX_WORDS = 9
# A line naming only an institution has at most this many words.
ORG_LINE_MAX_WORDS = 8
# A header title line is at most this long (characters).
ORG_LINE_MAX_CHARS = 80
# A word of the owner's name found in an address's local part is at least this long.
MIN_NAME_PART_CHARS = 3
# A title set in spaced capitals has at least this many letters.
MIN_SPACED_TITLE_LETTERS = 4
# A name of one word (confirmed by an address) has at least this many letters.
MIN_SINGLE_NAME_CHARS = 4
# A bio paragraph is at least this long (characters).
BIO_MIN_CHARS = 120


def parse_person(section: Section, ctx: ParseContext) -> Found:
    """The person handler: ``section`` spans the document; its sections come from ``ctx``."""
    found = Found()
    src = ctx.source_index
    sections = list(ctx.sections)
    for name, native, origin in _name_candidates(section, sections, ctx):
        found.fact("name", Candidate(value=name, source=src, origin=origin))
        if native:
            found.fact("native_name", Candidate(value=native, source=src, origin=origin))
    is_page = ctx.document is not None and ctx.document.source.media_type is MediaType.HTML
    bio_paragraphs = _prose_paragraphs(sections)
    for paragraph in bio_paragraphs:
        _read_bio(paragraph, ctx, found)
    if is_page:  # unnamed sections: the position and degrees only (their lists are hobbies as often)
        for paragraph in _other_first_person_paragraphs(sections):
            _read_bio(paragraph, ctx, found, interests=False)
    header = _header_lines(sections)
    titled = False
    for index, line in enumerate(header):
        read = _read_tagline(line.text, ctx, found)
        if not read and not titled and index < TITLE_LINE_SEARCH_LINES:
            owner = [c.value for c in found.name]
            cells = line.cells or (line.text,)
            spaced = spaced_title(line.text)  # "R E S E A R C H E R"
            cells = (spaced,) if spaced is not None else cells
            read = titled = any(_read_title_line(cell, ctx, found, owner) for cell in cells)
        if read and index + 1 < len(header):
            # "Anton Institute for Roots" over "Wrenfield University": the university, not its unit
            texts = [ln.cells[0] if ln.cells else ln.text for ln in header[index + 1 : index + 3]]
            org_lines = [t for t in texts if _is_org_line(t)]
            org_lines = org_lines if texts and _is_org_line(texts[0]) else []
            university = [t for t in org_lines if has_word(t, "university_words")]
            if org_lines:
                _read_org_line((university or org_lines)[0], ctx, found)
            if university and university[0] != org_lines[0]:  # the institute is the department
                found.fact("department", Candidate(_clean_org(org_lines[0]), ctx.source_index, "tagline", 2))
    _read_department_line(header[:HEADER_DEPARTMENT_LINES], ctx, found)
    _read_han_header(header[:HEADER_DEPARTMENT_LINES], ctx, found)
    names = [c.value for c in found.name]
    if read_as_page(ctx.document, ctx):
        # the bio's paragraphs, and on a page those of unnamed sections written in the first person
        prose = [*bio_paragraphs, *_other_first_person_paragraphs(sections)]
        _read_bio_fallbacks(section, sections, prose, ctx, found, names[0] if names else None)
        _read_prose_roles(prose, ctx, found)
    elif not found.affiliation:
        # a CV's header line naming an institution ("Wrenfield University, Division of Roots")
        found_line = bio.institution_line(header, names[0] if names else None, src)
        if found_line is not None:
            institution, line_text = found_line
            found.fact("affiliation", institution)
            unit = split_affiliation(line_text)[1]  # "Kestrel University, Department of Roots"
            if unit and found.affiliation[-1].department is None:
                found.affiliation[-1] = dataclasses.replace(found.affiliation[-1], department=unit)
            _institutions_for_units(found, institution, line_text)
    doc = ctx.document
    if doc is not None and doc.source.media_type is MediaType.HTML and doc.anchors:
        _read_page_contact(sections, doc, found, names[0] if names else None)
    else:
        _read_contact(sections, found, names[0] if names else None)
    offer_open_entries(sections, src, found)
    summary = _summary(sections)
    if summary:
        found.fact("summary", Candidate(value=summary, source=src, origin="about"))
    return found


# --- name ------------------------------------------------------------------------------------


def _name_candidates(
    whole: Section, sections: list[Section], ctx: ParseContext
) -> list[tuple[str, str | None, str]]:
    out: list[tuple[str, str | None, str]] = []
    doc = ctx.document
    if doc is not None and doc.title and doc.source.media_type is MediaType.HTML:
        # a PDF's metadata title is whatever the editor put there ("Microsoft Word - CV.docx")
        for piece in rx.TITLE_SEPARATOR_RE.split(doc.title):
            split = split_native_name(piece.strip())
            if split and looks_like_name(split[0]):
                out.append((split[0], split[1], "title"))
                break
    meta_names = _meta_names(doc)
    if meta_names and not (out and any(fold(m) in fold(out[0][0]) for m in meta_names)):
        out.insert(0, (meta_names[0], None, "meta"))  # the author meta says whose page it is
    header = [ln for ln in _header_lines(sections)][:NAME_SEARCH_LINES]
    top_h1 = [ln for ln in whole.lines[:NAME_SEARCH_LINES] if ln.heading_level == 1]
    # the local parts of the top's addresses read a name set in spaced capitals ("J A N E D O E")
    top = whole.lines[:NAME_HINT_LINES]
    hints = tuple(e.split("@")[0] for ln in top for e in find_emails(ln.text))
    for text in _name_texts([*top_h1, *header], hints):
        intro = rx.SELF_INTRO_RE.search(text)
        if intro:  # a heading "Hi, I'm Jane Doe"
            text = intro["name"]
        # a PDF header row is also read cell by cell ("R. T. Vance" | "Tarrow"); "Dr." is not the name's
        split = split_native_name(strip_honorifics(text))
        if split and looks_like_name(split[0]):
            out.append((split[0], split[1], "header"))
            break
        if split and split[0].rstrip("*").strip() in meta_names:
            out.append((split[0].rstrip("*").strip(), split[1], "header"))  # a single name, as the meta says
            break
    if not out and header and rx.HAN_NAME_RE.fullmatch(header[0].text.strip()):
        out.append((header[0].text.strip(), None, "header"))  # "林梅" alone at the top
    if not out and header and _single_name(header[0].text, hints):
        out.append((header[0].text.strip(), None, "header"))  # "JANARDAN" over "jan​ardan@lab.org"
    if not out and (doc is None or doc.source.media_type is not MediaType.HTML):
        # no header section ("CURRICULUM VITAE" taken for a heading over the name): the top lines
        for text in _name_texts(list(whole.lines[:NAME_SEARCH_LINES]), hints):
            split = split_native_name(strip_honorifics(text))
            if split and looks_like_name(split[0]):
                out.append((split[0], split[1], "top"))
                break
    if out and out[-1][2] in ("header", "top") and doc is not None and doc.source.media_type is MediaType.PDF:
        # a sidebar column prints the name lower down, set larger than the line the name found at
        # the top comes from (a first column of entries: "Example Modelling." is no name)
        found_size = _size_of_line_with([*header, *whole.lines[:NAME_SEARCH_LINES]], out[-1][0])
        # (a name read over two lines or letter by letter is on no one line: it stands)
        display = _display_name(whole.lines, found_size) if found_size else None
        if display is not None and fold(out[-1][0]) != fold(display[0]):
            out = [o for o in out if o[2] not in ("header", "top")]
            out.insert(0, display)
    if len(out) >= 2 and out[-1][2] == "header" and _extends(out[-1][0], out[0][0]):
        # the heading gives the whole name the site title shortens ("Jane Q. Doe-Roe" vs "Jane Doe")
        out.insert(0, out.pop())
    if not out and doc is not None and doc.source.media_type is MediaType.HTML:
        for line in whole.lines[:NAME_SEARCH_LINES]:
            intro = rx.SELF_INTRO_RE.search(line.text)
            if intro and looks_like_name(intro["name"]):
                out.append((intro["name"], None, "prose"))
                break
    if not out and ctx.use_nlp and header:
        from extractor.nlp import find_entities

        for line in header[:4]:
            if len(line.text.split()) > 6 or rx.ALT_TEXT_RE.search(line.text):
                continue
            for entity in find_entities(line.text, frozenset({"PERSON"})):
                if looks_like_name(entity.text):
                    out.append((entity.text, None, "ner"))
                    break
            if out:
                break
    # a name written in capitals is given in title case ("JANE DOE" -> "Jane Doe"), without titles
    return [(_title_case(strip_honorifics(n)), native, origin) for n, native, origin in out]


def _name_texts(lines: list[Line], hints: tuple[str, ...] = ()) -> Iterator[str]:
    """What may be the name, line by line: the line, its cells, its pieces around a separator
    ("Jane Doe | Curriculum Vitae", "Lebenslauf – Jane Doe"), and a name broken over two lines
    ("Jane" / "Doe, née Roe": the first line's words, then the next line's first part), also in a
    row's first cells ("Jane" | "+1 555 0100" over "Doe" | "jdoe@x.org"); a letter-spaced line
    ("L u c y D o e") and a glued one ("LucyDoe") given back as words."""
    for index, line in enumerate(lines):
        if len(line.text) > NAME_LINE_MAX_CHARS:
            # a paragraph (or a whole file on one line) is no name; a wide row's short cells may be
            yield from (cell for cell in line.cells if len(cell) <= NAME_LINE_MAX_CHARS)
            continue
        unspaced = unspace_letters(line.text, hints)
        if unspaced is not None:
            yield unspaced
        if line.cells and index + 1 < len(lines):
            yield from _broken_over_cells(line, lines[index + 1])
        if len(line.cells) >= 2 and _is_acronym_cell(line.cells[-1]):
            # "Jane Doe" | "KIRL-LSE": the name without the acronym of its lab beside it
            yield " ".join(line.cells[:-1])
        if index + 1 < len(lines):
            yield from _broken_before_particle(line, lines[index + 1])
            yield from _continued_on_next_line(line, lines[index + 1], lines)
        yield line.text
        titled = rx.DOCUMENT_TITLE_TAIL_RE.sub("", line.text)
        if titled != line.text:
            yield titled  # "Jane Doe, PhD   Curriculum Vitae": the name before the document's title
        yield from line.cells
        dated = NAME_DATE_TAIL_RE.sub("", line.text)
        if dated != line.text:
            yield dated  # "Jane Doe, 2/14/2026": the name before the version's date
        for cell in line.cells or (line.text,):
            glued = split_glued_name(cell.split()[0]) if len(cell.split()) == 1 else None
            if glued is not None:
                yield glued
        pieces = [p.strip() for p in rx.TITLE_SEPARATOR_RE.split(line.text) if p and p.strip()]
        if len(pieces) > 1:
            yield from (p for p in pieces if "," not in p)  # "City, Region – 12345": an address
        words = line.text.split()
        # one word, or words ending with a particle ("Tomas Aurelio de"), and no punctuation
        broken = len(words) == 1 or (
            1 < len(words) <= NAME_BROKEN_MAX_WORDS and words[-1].casefold() in _particles()
        )
        heading = heading_kind(line.text) is not None or rx.NOT_A_NAME_RE.search(line.text) is not None
        if broken and not heading and not any(c in ",;:|@" for c in line.text) and index + 1 < len(lines):
            following = lines[index + 1]
            if len(words) == 1:  # "Biography" / "Jane Doe": the next line alone first
                if index + 2 < len(lines):
                    yield from _continued_on_next_line(following, lines[index + 2], lines)
                yield following.text
                yield from following.cells
            head = rx.NAME_BREAK_END_RE.split(following.cells[0] if following.cells else following.text)[0]
            if 1 <= len(head.split()) <= NAME_BROKEN_MAX_WORDS:
                yield f"{line.text.strip()} {head.strip()}"


def _size_of_line_with(lines: list[Line], text: str) -> float:
    """The font size of the first line that holds ``text`` (0 when none does, or sizes are unknown)."""
    key = fold(text)
    return next((ln.size or 0.0 for ln in lines if key in fold(ln.text)), 0.0)


def _display_name(lines: tuple[Line, ...], found_size: float) -> tuple[str, str | None, str] | None:
    """The largest line of the first page that reads as a name, when it is set larger than the
    page's body text and than the line the name found so far comes from: a CV whose first lines
    are a column of headings and entries ("Experience", "Example Role 2021-2023") prints its
    owner's name large in the other column, lower down."""
    sized = [(at, ln, ln.size) for at, ln in enumerate(lines) if ln.page == 1 and ln.size and not ln.cells]
    if not sized:
        return None
    body = statistics.median_high(size for _, _, size in sized)
    floor = max(DISPLAY_NAME_MIN_EMPHASIS * body, found_size + DISPLAY_NAME_MIN_GAIN_PT)
    display = [(at, ln, size) for at, ln, size in sized if size >= floor]
    all_lines = list(lines)
    for at, line, _ in sorted(display, key=lambda row: -row[2]):  # stable: the first of a size first
        # a name broken over two lines ("Jane Maria" / "Roe Quintal") first, then the line alone
        texts = list(_continued_on_next_line(line, lines[at + 1], all_lines)) if at + 1 < len(lines) else []
        for text in [*texts, line.text]:
            split = split_native_name(strip_honorifics(text))
            if split and "," not in split[0] and looks_like_name(split[0]):
                return split[0], split[1], "display"
    return None


def _is_acronym_cell(cell: str) -> bool:
    """ "KIRL-LSE", "CNRS": one word of capitals (a hyphen allowed), not a name's part."""
    word = cell.strip()
    letters = word.replace("-", "")
    return len(word.split()) == 1 and len(letters) >= 2 and letters.isalpha() and letters.isupper()


def _broken_before_particle(line: Line, following: Line) -> Iterator[str]:
    """ "JANE MARIA" over "DA S. ROE | Millbrook": a name in capitals of at most three words whose
    next line (or its first cell) starts with a particle of a family name goes on there."""
    words = line.text.split()
    if not 1 < len(words) <= NAME_BROKEN_MAX_WORDS or not line.text.isupper():
        return
    head = (following.cells[0] if following.cells else following.text).strip()
    head = rx.NAME_BREAK_END_RE.split(head)[0].strip()
    head_words = head.split()
    if not 1 < len(head_words) <= NAME_BROKEN_MAX_WORDS or head_words[0].casefold() not in _particles():
        return
    yield f"{line.text.strip()} {head}"


def _continued_on_next_line(line: Line, following: Line, lines: list[Line]) -> Iterator[str]:
    """ "Jane Maria" over "Roe Quintal Filho", both set in the name's large size: a name of two or
    three words goes on on the next line when that line is as large, close below, and made of
    capitalized rare words (no heading, place, organization or job words: not a tagline)."""
    words, next_words = line.text.split(), following.text.split()
    if not 1 < len(words) <= NAME_BROKEN_MAX_WORDS or not 1 <= len(next_words) <= NAME_BROKEN_MAX_WORDS:
        return
    size, top = line.size, line.top
    if size is None or following.size is None or abs(following.size - size) > 0.5 or top is None:
        return
    if following.top is None or not 0 < following.top - top <= NAME_CONTINUATION_GAP_EM * size:
        return
    smallest = min((ln.size for ln in lines if ln.size), default=size)
    if size < NAME_CONTINUATION_MIN_EMPHASIS * smallest:
        return
    if not all(_name_part_word(word) for word in next_words) or line.cells or following.cells:
        return
    tail = following.text.strip()
    if heading_kind(tail) is not None or rx.NOT_A_NAME_RE.search(tail) or is_place(tail):
        return
    if any(is_place(word) for word in next_words):
        return  # "Lisbon Portugal": where the person is, not who
    if has_word(tail, "org_words") or has_word(tail, "job_titles"):
        return
    yield f"{line.text.strip()} {tail}"


def _name_part_word(word: str) -> bool:
    """A word that may go on a name: capitalized letters (hyphens and apostrophes allowed) that
    are no common English word, or a particle ("da", "van")."""
    if word.casefold() in _particles():
        return True
    letters = word.replace("-", "").replace("'", "").replace("’", "")
    return letters.isalpha() and word[:1].isupper() and zipf(word) < NAME_CONTINUATION_MAX_ZIPF


def _broken_over_cells(line: Line, following: Line) -> Iterator[str]:
    """ "Jane" | "Contact" over "Doe" | "Last updated 2025": a row's first cell of one word and the
    next row's first cell of one capitalized word (no place, no heading) make the name."""
    first = line.cells[0].strip()
    head = rx.NAME_BREAK_END_RE.split(following.cells[0] if following.cells else following.text)[0].strip()
    if len(first.split()) != 1 or len(head.split()) != 1 or not head[:1].isupper():
        return
    if heading_kind(head) is not None or is_place(head) or not head.replace("-", "").isalpha():
        return
    yield f"{first} {head}"


def _single_name(text: str, hints: tuple[str, ...]) -> bool:
    """A one-word name at the very top that an address's local part spells ("Janardan" and
    "janardan@..."): a person known by one name."""
    word = text.strip()
    if (
        len(word.split()) != 1
        or not word.isalpha()
        or not word[:1].isupper()
        or len(word) < MIN_SINGLE_NAME_CHARS
    ):
        return False
    if heading_kind(word) is not None or rx.NOT_A_NAME_RE.search(word) or has_word(word, "job_titles"):
        return False
    return any(fold(local) == fold(word) for local in hints)


def _meta_names(doc: Document | None) -> list[str]:
    """Names the page's metadata gives: ``author``, then ``og:title`` when it is a name."""
    if doc is None or doc.source.media_type is not MediaType.HTML:
        return []
    out: list[str] = []
    for key in ("author", "citation_author", "og:title"):
        for meta_key, value in doc.meta:
            if meta_key != key:
                continue
            value = value.strip(" ,")
            single = key != "og:title" and len(value.split()) == 1 and value[:1].isupper() and value.isalpha()
            if (looks_like_name(value) or single) and value not in out:
                out.append(value)
    return out


def _extends(longer: str, shorter: str) -> bool:
    """ "Jane Q. Doe-Roe" extends "Jane Doe": every word of the shorter starts a word of the longer."""
    long_words = [w for w in rx.NAME_WORD_SPLIT_RE.split(fold(longer)) if w]
    short_words = [w for w in rx.NAME_WORD_SPLIT_RE.split(fold(shorter)) if w]
    if len(long_words) <= len(short_words) or not short_words:
        return False
    return all(word in long_words for word in short_words)


def split_native_name(text: str) -> tuple[str, str | None] | None:
    """ "Mei Lin 林梅" -> ("Mei Lin", "林梅"); "Jane Doe (杜简)" -> ("Jane Doe", "杜简")."""
    text = rx.NAME_SUFFIX_RE.sub("", text.strip()).strip(" ,")
    match = rx.NATIVE_SCRIPT_RE.search(text)
    if not match:
        return text, None
    latin = (text[: match.start()] + text[match.end() :]).strip(" ()（）,/|-")
    native = match.group(0).strip(" ()（）")
    return latin, native or None


def looks_like_name(text: str) -> bool:
    if len(text) > NAME_LINE_MAX_CHARS:
        return False
    text = rx.NAME_NICKNAME_RE.sub("", text)  # "Toby (Tai-Lin) Morrow": the nickname is not checked
    tokens = text.split()
    particles = sum(1 for t in tokens if t.casefold().rstrip(".") in _particles())
    if tokens and tokens[-1].islower() and tokens[-1] in _particles():
        return False  # "Tomas Aurelio de": the name goes on on the next line
    if not 2 <= len(tokens) <= 5 + min(particles, 1) or len(text) > 60 or tokens[0].casefold() == "the":
        return False  # "The Doe Lab", "The Bermanator": a site's name
    if any(ch.isdigit() or ch in "@/:|•()[]{}" for ch in text) or rx.ALT_TEXT_RE.search(text):
        return False
    if any("," in t.rstrip(",") for t in tokens) or _names_a_link(text):
        return False  # "Doe Millbrook,Ruritania": a place glued on; "Bluesky": a link's label
    if heading_kind(text) is not None or rx.NOT_A_NAME_RE.search(text):
        return False
    if has_word(text, "org_words") or has_word(text, "job_titles"):
        return False
    for token in tokens:
        first = token.lstrip("(\"'")[:1]
        if not (first.isupper() or token.casefold().rstrip(".") in _particles()):
            return False
    return sum(1 for t in tokens if len(t.rstrip(".")) > 1) >= 1


def _particles() -> frozenset[str]:
    from extractor.parse.names import particles

    return particles()


def _title_case(name: str) -> str:
    if name.isupper() and len(name) > 3:
        return " ".join(t.capitalize() if len(t.rstrip(".")) > 1 else t for t in name.split())
    return name


# --- position, affiliation, advisors ----------------------------------------------------------


def _read_bio(paragraph: Paragraph, ctx: ParseContext, found: Found, interests: bool = True) -> None:
    src = ctx.source_index
    text = paragraph.text
    match = rx.BIO_POSITION_RE.search(text)
    if match:
        position = _clean_position(match["position"])
        detail = (match["year"] or "").strip()  # "2nd-year": shown when documents disagree
        found.fact("position", Candidate(value=position, source=src, origin="prose", detail=detail))
        dept = match["dept"] or match["dept2"] or match["field"]
        if dept:
            found.fact("department", Candidate(value=expand_department(dept), source=src, origin="prose"))
        if match["aff"]:
            aff = _clean_org(match["aff"])
            split = rx.DEPT_THEN_ORG_RE.match(aff)
            if split:  # "Department of X in Y University": the department, then the institution
                aff = split["org"]
                if not dept:
                    value = expand_department(split["dept"])
                    found.fact("department", Candidate(value=value, source=src, origin="prose"))
            found.fact("affiliation", Candidate(value=aff, source=src, origin="prose"))
        advised = rx.ADVISED_BY_RE.search(text, match.end())
        advisors: list[str] = []
        if advised and advised.start() - match.end() <= ADVISOR_MAX_DISTANCE:
            advisors = split_person_list(advised["names"])
            found.fact("advisors", *advisors)
        if match["aff"]:
            _current_degree(position, dept, found.affiliation[-1].value, advisors, paragraph, ctx, found)
    for degree_match in _prose_degrees(text):
        degree = find_degree(degree_match["degree"])
        if degree is None:
            continue
        field = degree_match["field"]
        found.add(
            "education",
            Education(
                degree=degree.written,
                degree_level=degree.level,
                field=_expand_fields(field) if field else None,
                institution=_clean_org(degree_match["inst"]),
                end=degree_match["year"],
                evidence=evidence_for(paragraph.lines, ctx),
            ),
        )
    for interest in interest_phrases(text) if interests else ():
        found.fact("research_interests", interest)


def _read_prose_roles(prose: list[Paragraph], ctx: ParseContext, found: Found) -> None:
    """A page's roles told in its bio ("I am a Lecturer at X. Previously, I was a Fellow at Y"): its
    experience, with the paragraph as evidence; a student's role is the degree's (``_current_degree``).
    A role a listed entry also gives merges with it in assemble (the listed one, with its dates, first)."""
    seen: set[tuple[str, str]] = set()
    for paragraph in prose:
        for role in bio.role_sentences(paragraph.text):
            if rx.STUDENT_POSITION_RE.search(role.title) or rx.DOCTORAL_TITLE_RE.search(role.title):
                continue  # a degree under way ("a PhD candidate at X") is education, not a job
            key = (fold(role.title), fold(role.organization))
            if key in seen:
                continue
            seen.add(key)
            found.add(
                "experience",
                Experience(
                    title=role.title,
                    organization=role.organization,
                    current=role.current,
                    evidence=evidence_for(paragraph.lines, ctx),
                ),
            )


def _prose_degrees(text: str) -> Iterator[re.Match[str]]:
    """The degrees a bio states: "I received my PhD in X from Y" and the ones the sentence goes on to
    list (", and a B.S. in Z from W in 2015")."""
    for match in rx.PROSE_DEGREE_RE.finditer(text):
        yield match
        following = rx.PROSE_NEXT_DEGREE_RE.match(text, match.end())
        while following is not None:
            yield following
            following = rx.PROSE_NEXT_DEGREE_RE.match(text, following.end())


def _current_degree(
    position: str,
    dept: str | None,
    aff: str,
    advisors: list[str],
    paragraph: Paragraph,
    ctx: ParseContext,
    found: Found,
) -> None:
    """ "a 2nd-year PhD student in Linguistics at X" is a degree under way (``expected: true``),
    told only when the page lists no education of its own (an empty heading lists none)."""
    if any(section.kind is SectionKind.EDUCATION and section.lines for section in ctx.sections):
        return  # the page lists its degrees (an empty "Education" heading lists none)
    if not rx.STUDENT_POSITION_RE.search(position):
        return
    degree = find_degree(position)
    if degree is None:
        return
    found.add(
        "education",
        Education(
            degree=degree.written,
            degree_level=degree.level,
            field=expand_department(dept) if dept else None,
            institution=aff,
            expected=True,
            advisors=advisors,
            evidence=evidence_for(paragraph.lines, ctx),
        ),
    )


def _read_bio_fallbacks(
    whole: Section,
    sections: list[Section],
    prose: list[Paragraph],
    ctx: ParseContext,
    found: Found,
    owner: str | None,
) -> None:
    """A homepage's bio sentences (``prose``) the bio regex missed, and the institution line at its
    top (``parse/bio.py``): each only where nothing better was found."""
    src = ctx.source_index
    if not found.position:  # a tagline among the top lines (a heading the segmenter took) or the title
        top = [ln.text for ln in whole.lines[: bio.ORG_LINE_SEARCH_LINES]]
        doc = ctx.document
        title = rx.TITLE_SEPARATOR_RE.split(doc.title)[1:] if doc is not None and doc.title else []
        for index, text in enumerate([*top, *title]):
            if len(text.split()) < 2 or any(ch.isdigit() for ch in text):
                continue  # a dated line is a timeline entry, not the current tagline
            if _read_tagline(text, ctx, found):
                if index + 1 < len(top):
                    _read_org_line(top[index + 1], ctx, found)
                break
    if not found.position:
        for line in whole.lines[: bio.ORG_LINE_SEARCH_LINES]:
            position, affiliation = bio.tagline_start(line.text, src)
            if position is not None:
                found.fact("position", position)
                if affiliation is not None and not found.affiliation:
                    found.fact("affiliation", affiliation)
                break
    if not found.position:
        for paragraph in prose:
            position, affiliation = bio.position_sentence(paragraph.text, src)
            if position is not None:
                found.fact("position", position)
                if affiliation is not None and not found.affiliation:
                    found.fact("affiliation", affiliation)
                    advised = rx.ADVISED_BY_RE.search(paragraph.text)
                    advisors = split_person_list(advised["names"]) if advised else []
                    found.fact("advisors", *advisors)
                    _current_degree(position.value, None, affiliation.value, advisors, paragraph, ctx, found)
                break
    if not found.affiliation:  # the position came from elsewhere; a bio sentence may name the place
        for paragraph in prose:
            _, affiliation = bio.position_sentence(paragraph.text, src)
            if affiliation is not None:
                found.fact("affiliation", affiliation)
                break
    found_line = bio.institution_line(list(whole.lines), owner, src)
    institution, line_text = found_line if found_line is not None else (None, "")
    _institutions_for_units(found, institution, line_text)
    if not found.affiliation and institution is not None:
        found.fact("affiliation", institution)
    # "A and B" read by the bio regex is two interests, as the further sentences give them
    prose_topics = [bio.clean_interest(t) for t in bio.split_pairs(found.research_interests)]
    found.research_interests = list(dict.fromkeys(prose_topics))
    found.fact("research_interests", *bio.subtopic_headings(sections))  # as printed: "Ocean and Climate"
    for line in _header_lines(sections)[: bio.ORG_LINE_SEARCH_LINES]:
        found.fact("research_interests", *bio.keyword_line(line.text))
    known = {t.casefold() for t in found.research_interests}
    for paragraph in prose:
        topics = [t for t in bio.interest_sentence(paragraph.text) if t.casefold() not in known]
        found.fact("research_interests", *topics)
        known.update(t.casefold() for t in topics)
    # a topic the bio regex cut at an abbreviation ("... workers in the U") gives way to the whole one
    whole_topics = [t.casefold() for t in found.research_interests]
    found.research_interests = [
        t
        for t in found.research_interests
        if not any(o != t.casefold() and o.startswith(t.casefold() + ".") for o in whole_topics)
    ]


def _institutions_for_units(found: Found, institution: Candidate | None, line_text: str) -> None:
    """An affiliation that names a unit ("College of Geophysics") becomes the institution it belongs
    to (named after it, or the page's institution line); a tagline's field ("· Chemistry") is not an
    affiliation."""
    if institution is not None:  # as every affiliation candidate is: its department part split off
        institution = dataclasses.replace(institution, value=split_affiliation(institution.value)[0] or "")
    kept: list[Candidate] = []
    for candidate in found.affiliation:
        value = bio.university_in(candidate.value) or candidate.value
        if institution is not None and value != institution.value and value in line_text:
            value = institution.value  # a college named on the same line as its university
        if bio.is_unit(value):
            value = bio.institution_in(value) or (institution.value if institution else value)
        elif candidate.origin == "tagline" and bio.is_field(value):
            if institution is None:
                continue
            value = institution.value
        kept.append(dataclasses.replace(candidate, value=value))
    found.affiliation = kept


def _read_tagline(text: str, ctx: ParseContext, found: Found) -> bool:
    """ "EE Ph.D. student @ Kestrel", "Professor of Computer Science": a short header line with
    a position (and an organization or field); True when the line was one."""
    if len(text) > 100:
        return False
    match = rx.TAGLINE_RE.fullmatch(text.strip())
    if not match:
        return False
    src = ctx.source_index
    position = match["position"]
    doc = ctx.document
    on_page = doc is not None and doc.source.media_type is MediaType.HTML
    between = text[match.end("position") : match.start("field")] if match["field"] else ""
    if on_page and rx.OF_FIELD_RE.match(between):
        position = f"{position} of {match['field']}"  # a homepage's "Professor of Geophysics", as printed
    found.fact("position", Candidate(value=_clean_position(position), source=src, origin="tagline", rank=1))
    aff_department = None
    # "RESEARCH SCIENTIST, AI FOR SCIENCE": a field after the title is no affiliation
    if match["aff"] and not bio.is_field(capitals_to_title(_clean_org(match["aff"]))):
        found.fact(
            "affiliation", Candidate(value=_clean_org(match["aff"]), source=src, origin="tagline", rank=1)
        )
        aff_department = found.affiliation[-1].department
    # "Professor of Hydrology, Department of Earth Sciences, X": the department it names, not the field
    dept = match["dept"] or (None if aff_department else match["field"])
    if dept:
        found.fact(
            "department",
            Candidate(value=expand_department(dept), source=src, origin="tagline", rank=1),
        )
    return True


def _read_department_line(lines: list[Line], ctx: ParseContext, found: Found) -> None:
    """The header line (or cell) naming a department ("Department of Botany   jd@x.edu", "School of
    Fern Science"), up to the contact beside it and without the institution after a comma: the
    owner's department, as printed. A department outranks the school above it (the narrower unit)."""
    units: list[tuple[str, Line]] = []
    for line in lines:
        for cell in line.cells or (line.text,):
            unit = _unit_of(rx.CONTACT_TAIL_RE.split(rx.CONTACT_LABEL_RE.sub("", cell), maxsplit=1)[0])
            words = unit.split()
            if not rx.DEPARTMENT_LEAD_RE.match(unit) or not 3 <= len(words) <= HEADER_DEPARTMENT_MAX_WORDS:
                continue
            if any(ch.isdigit() for ch in unit) or has_word(unit, "university_words"):
                continue  # an address ("School of X, 12 Fern Road"), or the institution itself
            units.append((unit, line))
    if not units:
        return
    unit, line = next((u for u in units if rx.DEPARTMENT_WORD_RE.match(u[0])), units[0])
    evidence = evidence_for([line], ctx)
    found.fact("department", Candidate(unit, ctx.source_index, "header", 1, evidence=evidence))


def _read_han_header(lines: list[Line], ctx: ParseContext, found: Found) -> None:
    """A header in Chinese: "博士后，某某大学统计系" gives the position (a known title), the
    institution (up to its 大学 / 研究所 / 研究院 word, with a bracketed acronym) and the department
    (the units after it, or a unit alone on the next line); "某某研究所（ABC）某实验室高级研究员"
    too. Pieces are split at full-width and ASCII commas and bars, up to the contact beside them."""
    src = ctx.source_index
    institution_seen = False
    for line in lines:
        if not rx.HAN_TEXT_RE.search(line.text):
            continue  # most headers: nothing to read here, no evidence to build
        evidence = evidence_for([line], ctx)
        for cell in line.cells or (line.text,):
            text = rx.CONTACT_TAIL_RE.split(cell, maxsplit=1)[0] if "@" in cell or "http" in cell else cell
            for piece in (p.strip() for p in rx.HAN_PIECE_SPLIT_RE.split(text) if p.strip()):
                if not rx.HAN_TEXT_RE.match(piece):
                    continue
                if rx.HAN_TITLE_RE.fullmatch(piece):
                    found.fact("position", Candidate(piece, src, "title-line", 1, evidence=evidence))
                    continue
                institution = rx.HAN_INSTITUTION_RE.match(piece)
                rest = (piece[institution.end() :] if institution else piece).strip()
                if institution:
                    name = institution.group(0)
                    found.fact("affiliation", Candidate(name, src, "header", 1, evidence=evidence))
                    institution_seen = True
                elif not institution_seen:
                    continue  # a unit is the department only under its institution
                units = rx.HAN_UNITS_RE.match(rest)
                if units and units.group(0).strip():
                    unit = " ".join(units.group(0).split())
                    found.fact("department", Candidate(unit, src, "header", 0, evidence=evidence))
                    rest = rest[units.end() :].strip()
                if rest and rx.HAN_TITLE_RE.fullmatch(rest):
                    found.fact("position", Candidate(rest, src, "title-line", 1, evidence=evidence))


def _unit_of(text: str) -> str:
    """ "Department of Botany, KU" -> "Department of Botany": a comma's tail that is an acronym, an
    institution or a place is not the unit's ("Department of Ecology, Evolution and Behavior" is)."""
    head, _, tail = text.strip(" ,;|").rpartition(",")
    tail = tail.strip()
    if head and tail:
        first = tail.split()[0]
        if (len(first) >= 2 and first.isupper()) or has_word(tail, "university_words") or is_place(tail):
            return _unit_of(head)
    return text.strip(" ,;|")


def _read_title_line(text: str, ctx: ParseContext, found: Found, owner: list[str]) -> bool:
    """A header line that is the owner's title, with no title the tagline pattern knows: a role
    word ("Quantitative Ecologist", "DEPUTY DIRECTOR & SENIOR RESEARCH SCIENTIST", "Research Officer
    at the Kestrel Agency", "Pesquisador"), no organization word, no digits, no address; the
    pieces after it ("at X", "· X", ", X") give the affiliation when one names an organization."""
    if len(text.split()) > TITLE_LINE_MAX_LINE_WORDS or rx.FIRST_PERSON_RE.search(text):
        return False  # a bio sentence ("I am an Ecology Ph.D. Candidate at X") is read as prose
    pieces = [p.strip() for p in rx.HEADER_TITLE_SPLIT_RE.split(text.strip()) if p and p.strip()]
    if not pieces:
        return False
    title = pieces[0].strip(" ,.;:")
    if not is_title_phrase(title) or any(_shares_family_name(title, name) for name in owner):
        return False  # "Professor Jane Doe": the name line with its title
    src = ctx.source_index
    found.fact("position", Candidate(value=capitals_to_title(title), source=src, origin="title-line", rank=1))
    places = [p for p in pieces[1:] if has_word(p, "org_words") and not any(c.isdigit() for c in p)]
    # "· Vision Lab · Wrenfield University": the university, not its lab
    place = next((p for p in places if has_word(p, "university_words")), places[0] if places else None)
    if place is not None:
        found.fact("affiliation", Candidate(value=_clean_org(place), source=src, origin="title-line", rank=1))
    return True


def spaced_title(text: str) -> str | None:
    """A one-word title set in spaced capitals ("R E S E A R C H E R" -> "Researcher"), else None."""
    pieces = text.split()
    joined = "".join(pieces)
    if len(pieces) < MIN_SPACED_TITLE_LETTERS or any(len(p) > 1 for p in pieces) or not joined.isalpha():
        return None
    return joined.capitalize() if joined.casefold() in words("job_titles") else None


def is_title_phrase(text: str) -> bool:
    """A short phrase with a role word and nothing else a header line holds (a name, an address,
    an organization, a heading, contact details)."""
    words = text.split()
    if not 1 <= len(words) <= TITLE_LINE_MAX_WORDS or len(text) > ORG_LINE_MAX_CHARS:
        return False
    if any(c.isdigit() or c in "@/:" for c in text) or heading_kind(text) is not None:
        return False
    if not has_word(text, "job_titles") or has_word(text, "org_words") or _names_a_link(text):
        return False
    return words[0][:1].isupper()


def _shares_family_name(text: str, name: str) -> bool:
    family = fold(name.split()[-1]) if name.split() else ""
    return bool(family) and family in {fold(w) for w in rx.WORD_RE.findall(text)}


def _names_a_link(text: str) -> bool:
    """ "Website Google Scholar": the labels of profile links (``link_labels.tsv``), not a title."""
    padded = f" {' '.join(rx.WORD_RE.findall(text.casefold()))} "
    return any(f" {row[0].casefold()} " in padded for row in table("link_labels"))


def _is_org_line(text: str) -> bool:
    """A short line naming only an institution ("Wrenfield University")."""
    text = text.strip()
    return (
        has_word(text, "org_words")
        and len(text.split()) <= ORG_LINE_MAX_WORDS
        and not any(c.isdigit() for c in text)
    )


def _read_org_line(text: str, ctx: ParseContext, found: Found) -> None:
    """The line under a tagline that names only an institution ("Wrenfield University")."""
    text = text.strip()
    if _is_org_line(text):
        found.fact(
            "affiliation",
            Candidate(value=_clean_org(text), source=ctx.source_index, origin="tagline", rank=2),
        )


def _clean_position(text: str) -> str:
    return capitals_to_title(" ".join(text.split()).strip(" ,."))


def _clean_org(text: str) -> str:
    return strip_honorifics(" ".join(text.split())).strip(" ,.;")


def expand_department(text: str) -> str:
    """ "CS" -> "Computer Science" (departments.tsv); a written-out name is kept."""
    text = " ".join(text.split()).strip(" ,.")
    text = rx.DEPARTMENT_LEAD_RE.sub("", text)
    for abbrev, name in table("departments"):
        if text.casefold() == abbrev and text.isupper():
            return name
    return text


def _expand_fields(text: str) -> str:
    """ "CS and Math" stays as written: only a bare department code is expanded."""
    return " ".join(text.split()).strip(" ,.")


# --- contact ---------------------------------------------------------------------------------


def _read_contact(sections: list[Section], found: Found, owner: str | None) -> None:
    emails: list[str] = []
    contact_emails: set[str] = set()  # of them, those in the header, contact or about sections
    link_emails: list[str] = []  # from mailto: targets; used only when no address is visible
    phones: list[str] = []
    links: list[tuple[LinkKind, str]] = []
    for section in sections:
        if section.kind in NOT_OWNER_SECTIONS:
            continue
        contact_like = section.kind in (SectionKind.HEADER, SectionKind.CONTACT, SectionKind.ABOUT)
        for line in section.lines:
            if contact_like and _gives_someone_elses_contact(line.text, owner):
                continue
            # "{ann, bob}@lab.edu", "{ann, bob} at lab dot edu": of a brace list, the owner's address
            for email in find_owner_emails(line.text, owner):
                if email not in emails:
                    emails.append(email)
                if contact_like:
                    contact_emails.add(email)
            for span in line.links:
                url = span.url.strip()
                if url.casefold().startswith("mailto:"):
                    link_emails.extend(e for e in find_emails(url) if e not in link_emails)
                elif contact_like and url.startswith(("http://", "https://", "www.")):
                    _add_link(links, url)
            if contact_like:
                for phone in find_phones(line.text):
                    if phone not in phones:
                        phones.append(phone)
                if len(line.text) < 200:
                    for url in find_links(line.text):
                        _add_link(links, url)
    if contact_emails:
        # addresses beyond the header and contact sections are a referee's or a co-author's
        # (a reference list the segmenter did not name) unless they bear the owner's name
        emails = [e for e in emails if e in contact_emails or _bears_name(e, owner)]
    # a mailto: target may be a stale or placeholder address ("x@x.com"); the visible one wins
    found.fact("emails", *(emails or link_emails))
    found.fact("phones", *phones)
    found.fact("links", *links)


def _gives_someone_elses_contact(text: str, owner: str | None) -> bool:
    """A line under a role label ("Placement Director: Ana Lind ana@x.edu 555-0100") gives another
    person's contact, unless its address bears the owner's name."""
    if not OTHER_CONTACT_LINE_RE.match(text):
        return False
    return not any(_bears_name(email, owner) for email in find_emails(text))


def _bears_name(email: str, owner: str | None) -> bool:
    """Whether an address's local part holds a word of the owner's name ("jdoe", "jane.doe")."""
    if not owner:
        return False
    local = fold(email.split("@")[0])
    return any(
        len(w) >= MIN_NAME_PART_CHARS and w in local for w in (fold(p) for p in rx.WORD_RE.findall(owner))
    )


def _read_page_contact(sections: list[Section], doc: Document, found: Found, owner: str | None) -> None:
    """An HTML page: addresses however hidden (visible text, mailto: links however encoded, data
    attributes), profile links from icons and labels, never navigation, credits or co-authors."""
    emails: list[str] = []
    phones: list[str] = []
    links: list[tuple[LinkKind, str]] = []
    for section in sections:
        if section.kind in NOT_OWNER_SECTIONS:
            continue
        contact_like = section.kind in (SectionKind.HEADER, SectionKind.CONTACT, SectionKind.ABOUT)
        for line in section.lines:
            emails.extend(e for e in find_owner_emails(line.text, owner) if e not in emails)
            if contact_like:
                phones.extend(p for p in find_phones(line.text) if p not in phones)
                if len(line.text) < 200:
                    # a printed address ("github.com/jdoe") counts as a handle would
                    for url in find_links(line.text):
                        chosen = profile_link(url, url, "", "page", owner, _own_hosts(doc))
                        if chosen is not None and chosen[0] != "homepage" and not is_credit_link(url):
                            _add_link(links, url)
    for anchor in doc.anchors:
        if anchor.heading and looks_like_name(anchor.heading) and not _same_person(anchor.heading, owner):
            continue  # a team member's or co-author's card
        if anchor.zone != "entry":
            emails.extend(e for e in mailto_emails(anchor.url) if e not in emails)
        chosen = profile_link(anchor.url, anchor.text, anchor.label, anchor.zone, owner, _own_hosts(doc))
        if chosen is not None and not any(existing == chosen[1] for _, existing in links):
            links.append(chosen)
    emails.extend(e for e in doc.hidden_emails if e not in emails and find_emails(e) == [e])
    found.fact("emails", *emails)
    found.fact("phones", *phones)
    found.fact("links", *links)


def _same_person(name: str, owner: str | None) -> bool:
    if not owner:
        return True  # without the owner's name a card cannot be told apart
    family = owner.split()[-1].casefold()
    return family in name.casefold()


def _own_hosts(doc: Document) -> frozenset[str]:
    hosts = set()
    for key, value in doc.meta:
        if key in ("og:url", "canonical"):
            host = urlsplit(value).hostname or ""
            if host:
                hosts.add(host.removeprefix("www."))
    return frozenset(hosts)


def _add_link(links: list[tuple[LinkKind, str]], url: str) -> None:
    url = normalize_link(url)
    if not url or not is_safe_url(url) or any(existing == url for _, existing in links):
        return
    links.append((classify_link(url), url))


# --- summary and prose -----------------------------------------------------------------------


def _header_lines(sections: list[Section]) -> list[Line]:
    return [ln for s in sections if s.kind is SectionKind.HEADER for ln in s.lines]


BIO_KINDS = (SectionKind.HEADER, SectionKind.ABOUT, SectionKind.RESEARCH_INTERESTS)


def _prose_paragraphs(sections: list[Section]) -> list[Paragraph]:
    """Paragraphs that may hold a bio sentence: header, about and research-interest sections."""
    return [p for s in sections if s.kind in BIO_KINDS for p in paragraphs(s.lines) if len(p.text) >= 40]


def _other_first_person_paragraphs(sections: list[Section]) -> list[Paragraph]:
    """On a homepage, first-person paragraphs of sections the segmenter could not name (a bio
    under "Welcome" or under no heading at all)."""
    return [
        p
        for s in sections
        if s.kind not in BIO_KINDS and s.kind not in BIO_SKIP_SECTIONS
        for p in paragraphs(s.lines)
        if len(p.text) >= 40 and rx.FIRST_PERSON_RE.search(p.text)
    ]


def _summary(sections: list[Section]) -> str | None:
    for section in sections:
        if section.kind is SectionKind.ABOUT:
            for paragraph in paragraphs(section.lines):
                if len(paragraph.text) >= 40:
                    return paragraph.text
    for section in sections:
        if section.kind is SectionKind.HEADER:
            for paragraph in paragraphs(section.lines):
                if len(paragraph.text) >= BIO_MIN_CHARS and rx.FIRST_PERSON_RE.search(paragraph.text):
                    return paragraph.text
            break
    return None
