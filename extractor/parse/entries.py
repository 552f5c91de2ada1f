"""Shared dissection of a dated entry (a degree, a job): dates, location, people, bullets.

``dissect(block)`` takes the lines of one entry in whatever order the layout gave them (date
first, title first, location on the right) and sorts their content into parts:
- the first date range anywhere in the entry (cut out of its line);
- a location ("Millbrook, OH, USA", "Saarbrücken, Germany", a city alone: "Kestrel Labs, Springfield"),
  on its own line or at a line's end;
- people ("Advisor: Prof. X", "Advisors: A, B", "mentored by X and Y", "Manager: Dr. Z",
  "supervised by X", "with Prof. X"), as bare names;
- GPA and thesis lines;
- highlights: bullet lines after the entry's head, and long prose lines;
- the remaining head lines (title, organization, degree), in order, for the section parser.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from extractor.document import Block, DateRange
from extractor.parse.cities import split_place
from extractor.parse.dates import find_date_range
from extractor.parse.names import split_person_list
from extractor.patterns import words
from extractor.patterns.date_regexes import OPEN_END_ONLY_RE
from extractor.patterns.regexes import (
    ALT_TEXT_RE,
    BRACKETED_PEOPLE_RE,
    DANGLING_STOP_RE,
    GPA_RE,
    HEAD_SENTENCE_RE,
    INLINE_PEOPLE_RE,
    ORG_START_RE,
    PEOPLE_LINE_RE,
    SENTENCE_END_RE,
    STRAY_LETTER_END_RE,
    THESIS_RE,
    TITLE_ORG_SEPARATOR_RE,
    WORD_RE,
)

# A non-bullet line longer than this is a description (highlight), not a title or organization.
HEAD_LINE_MAX_CHARS = 110
# An image's alt text is a short label ("Acme logo", "Jane Doe's headshot"), never a sentence.
ALT_TEXT_MAX_WORDS = 6


@dataclass(slots=True)
class EntryParts:
    dates: DateRange | None = None
    all_dates: list[DateRange] = field(default_factory=list)  # every range in the entry, in order
    location: str | None = None
    people: list[str] = field(default_factory=list)
    people_roles: list[str] = field(default_factory=list)  # "advisor", "manager", ...
    gpa: str | None = None
    thesis: str | None = None
    head: list[str] = field(default_factory=list)  # title / organization / degree lines, in order
    highlights: list[str] = field(default_factory=list)
    open_end: bool = False  # a piece that is only an open end ("Present", "Current") stands apart


def dissect(block: Block) -> EntryParts:
    parts = EntryParts()
    for index, line in enumerate(block.lines):
        is_bullet = line.list_item and index > 0
        # a PDF row split by wide gaps ("Kestrel University" ... "Millbrook, OH") is read cell by cell,
        # and a line of emphasized runs ("**Title**, *Employer*, City") run by run
        spans = () if is_bullet else (*line.bold_spans, *line.italic_spans)
        for cell in _joined_labels(line.cells) or (line.text,):
            for piece in _joined_labels(emphasis_pieces(cell, spans)) or (cell,):
                if parts.thesis and _continues(piece, parts.thesis):
                    parts.thesis = f"{parts.thesis} {piece.strip()}".strip(" \"“”‘’'.")
                    continue
                _take_piece(piece.strip(), is_bullet, parts)
    return parts


def _joined_labels(cells: tuple[str, ...]) -> tuple[str, ...]:
    """A cell that is a label ("Thesis:") belongs with the cell after it."""
    out: list[str] = []
    for cell in cells:
        if out and (out[-1].rstrip().endswith(":") or cell.lstrip().startswith(":")):
            out[-1] = f"{out[-1].rstrip()} {cell.strip()}".replace(" :", ":")
        else:
            out.append(cell)
    return tuple(out)


def _continues(piece: str, previous: str) -> bool:
    """A wrapped line of a thesis title: it starts in lowercase ("destructans, in North America")."""
    text = piece.strip()
    return bool(text) and text[0].islower() and not previous.endswith(".")


def emphasis_pieces(text: str, spans: tuple[str, ...]) -> tuple[str, ...]:
    """Cut a text at its bold and italic runs: "Postdoc, Institut X, Aldersee, Germany" with
    "Postdoc" bold and "Institut X" italic -> ("Postdoc", "Institut X", "Aldersee, Germany")."""
    spans = tuple(s for s in spans if s)
    if not spans:
        return ()
    found: list[tuple[int, int]] = []
    for span in spans:
        at = text.find(span)
        if at >= 0 and not any(a < at + len(span) and at < b for a, b in found):
            found.append((at, at + len(span)))
    if not found:
        return ()
    found.sort()
    pieces: list[str] = []
    cursor = 0
    for start, end in found:
        pieces.append(text[cursor:start])
        pieces.append(text[start:end])
        cursor = end
    pieces.append(text[cursor:])
    # a period the styled run left behind belongs to it: "Ph.D" | "., Univ" -> "Ph.D." | ", Univ"
    for i in range(1, len(pieces)):
        if pieces[i].startswith(".") and pieces[i - 1][-1:].isalpha():
            pieces[i - 1], pieces[i] = pieces[i - 1] + ".", pieces[i][1:]
    cleaned = [p.strip(" ,;|–—-") for p in pieces]  # a leading ":" stays: it joins its label
    return tuple(p for p in cleaned if p) if len([p for p in cleaned if p]) > 1 else ()


def is_alt_text(text: str) -> bool:
    """An image's alt text a text dump kept ("Acme logo", "profile photo"): not an entry's content."""
    return bool(ALT_TEXT_RE.search(text)) and len(text.split()) <= ALT_TEXT_MAX_WORDS


def _take_piece(text: str, is_bullet: bool, parts: EntryParts) -> None:
    if not text or is_alt_text(text):
        return  # "Acme logo": an image's alt text, not content
    if not is_bullet and OPEN_END_ONLY_RE.fullmatch(text.strip(" –—-|")):
        parts.open_end = True  # "Postdoc 2021" ... "Present" in a cell or line of its own
        return
    found = find_date_range(text) if not is_bullet else None
    if found is not None and not found.empty:
        parts.all_dates.append(found)
        parts.dates = joined_dates(parts.all_dates)
        text = _cut(text, found.matched)
        if not text:
            return
    bracketed = BRACKETED_PEOPLE_RE.search(text)
    if bracketed and text[: bracketed.start()].strip():
        # "Research Assistant, Tarrow University (PI: Ana Lind)": the people, then the rest
        names = split_person_list(bracketed["names"])
        parts.people.extend(n for n in names if n not in parts.people)
        text = (text[: bracketed.start()] + text[bracketed.end() :]).strip()
    before_bar, bar, after_bar = text.rpartition(" | ")
    if bar and before_bar.strip() and PEOPLE_LINE_RE.match(after_bar.strip()):
        # "Research Intern | Mentor: A. Doe": the role, and its mentor set apart by a bar
        _take_people(after_bar.strip(), parts)
        text = before_bar.strip()
    if _take_people(text, parts):
        return
    gpa = GPA_RE.search(text)
    if gpa:
        parts.gpa = " ".join(gpa["gpa"].split()).replace(" / ", "/").replace(" ", "")
        text = _cut(text, gpa.group(0))
        if not text:
            return
    thesis = THESIS_RE.match(text)
    if thesis:
        parts.thesis = thesis["title"].strip(" \"“”‘’'.")
        return
    if parts.location is None:
        rest, location = split_place(text)
        if location:
            parts.location = location
            if not rest:
                return
            text = rest
    if not is_bullet and parts.highlights and text[:1].islower():
        parts.highlights[-1] = f"{parts.highlights[-1]} {text}"  # a description wrapped onto this line
        return
    if not is_bullet and not parts.head:
        # "Statistical Consultant, Harlow Legal. Analysis of ...": the head, then a description
        lead = HEAD_SENTENCE_RE.match(text)
        if lead and _role_then_name(lead["head"], text[lead.end() :]):
            parts.head.append(text)  # "Data Developer. Kestrel Geological Survey.": one head line
            return
        if lead and not _org_then_role(lead["head"], text[lead.end() :]):
            parts.head.append(lead["head"])
            parts.highlights.append(text[lead.end() :].strip())
            return
    if is_bullet or len(text) > HEAD_LINE_MAX_CHARS or _is_description(text):
        parts.highlights.append(text)
    else:
        parts.head.append(text)


def _org_then_role(head: str, rest: str) -> bool:
    """ "Tarrow University. Associate Professor of Botany": an employer, then the role held there (a
    short title), not a head and its description."""
    return (
        has_word(head, "org_words")
        and not has_word(head, "job_titles")
        and has_word(rest, "job_titles")
        and len(rest.split()) <= ROLE_AFTER_ORG_MAX_WORDS
    )


# A role after its employer's name and a stop is a title of at most this many words.
ROLE_AFTER_ORG_MAX_WORDS = 8


def _role_then_name(head: str, rest: str) -> bool:
    """ "Senior Data Developer. Kestrel Geological Survey.": a role, then a short name in capitals
    (the employer, whose name need not hold an organization's word), not a head and its description
    ("Research Assistant. Analysis of plant growth." is set in sentence case)."""
    name = rest.strip().removesuffix(".").strip()
    found = WORD_RE.findall(name)
    if not found or len(name.split()) > ROLE_AFTER_ORG_MAX_WORDS or SENTENCE_END_RE.search(name):
        return False
    if not _title_words_only(head) or has_word(name, "job_titles"):
        return False
    if found[0].casefold().endswith(DESCRIPTION_VERB_ENDINGS):
        return False  # "Supervised Ana Lind": a sentence about the work, its verb first
    return all(_in_a_name(w) for w in found)


def _in_a_name(word: str) -> bool:
    """A word an organization's name holds: capitalized, or a short connector ("of", "de", "en")."""
    short = len(word) <= NAME_CONNECTOR_MAX
    return word[:1].isupper() or short or word.casefold() in words("name_connectors")


# A lowercase word this short may join the words of a name ("en", "zur") even when not listed.
NAME_CONNECTOR_MAX = 3


# A description opens with a verb in the past tense or a gerund ("Developed", "Leading").
DESCRIPTION_VERB_ENDINGS = ("ed", "ing")


def _is_description(text: str) -> bool:
    """A sentence describing work ("Designed a general framework for ..."), not a title line that
    happens to end with a period ("Adjunct Professor, University of X, School of Y.")."""
    if not SENTENCE_END_RE.search(text) or len(text.split()) <= 6:
        return False
    lead = ",".join(text.split(",")[:1])
    if has_word(lead, "job_titles") and has_word(text, "org_words"):
        return False
    return not has_word(" ".join(text.split()[:3]), "org_words")  # "University of X, School of Y."


def joined_dates(ranges: list[DateRange]) -> DateRange | None:
    """The entry's date: its first range, unless that range was left open by a dash at a line's
    end and a later date closes it ("Mar 2016 -" ... "Feb 2017" -> 2016-03 to 2017-02)."""
    if not ranges:
        return None
    first = ranges[0]
    if len(ranges) > 1 and dangling(first):
        nxt = ranges[1]
        end = nxt.end or nxt.start
        if end is not None and first.start is not None and first.start[:4] <= end[:4]:
            return DateRange(first.start, end, nxt.current and nxt.end is None, nxt.expected, first.matched)
    return first


def dangling(found: DateRange) -> bool:
    """An open range whose openness is only a trailing dash ("2016 -"), not a word ("present")."""
    return found.current and found.end is None and found.matched.rstrip()[-1:] in DASHES


# Dash characters that can close a range left open.
DASHES = "-‐‑‒–—―−"


def span_of(ranges: list[DateRange], single_is_span: bool = False) -> DateRange | None:
    """One range covering several (a position holding projects with their own dates).

    ``single_is_span``: a lone date is a span of itself (a job's "2019"), so it counts as a start too.
    """
    if not ranges:
        return None
    starts = [s for r in ranges if (s := r.start or (r.end if single_is_span else None))]
    ends = [r.end for r in ranges if r.end]
    current = any(r.current for r in ranges if not (dangling(r) and ends))
    return DateRange(
        start=min(starts) if starts else None,
        end=None if current else (max(ends) if ends else None),
        current=current,
        expected=any(r.expected for r in ranges),
        matched=ranges[0].matched,
    )


def _take_people(text: str, parts: EntryParts) -> bool:
    """Record advisors/supervisors; True when the line was only that."""
    match = PEOPLE_LINE_RE.match(text)
    if match:
        names = split_person_list(match["names"])
        parts.people.extend(n for n in names if n not in parts.people)
        parts.people_roles.append(match["role"].casefold())
        return True
    inline = INLINE_PEOPLE_RE.search(text)
    if inline:
        names = split_person_list(inline["names"] or inline["names2"])
        parts.people.extend(n for n in names if n not in parts.people)
        rest = text[: inline.start()].strip(" ,;")
        if rest:
            parts.head.append(rest) if len(rest) <= HEAD_LINE_MAX_CHARS else parts.highlights.append(rest)
        return True
    return False


# Bracket pairs a date cut out of a line may leave half of.
BRACKET_PAIRS = (("(", ")"), ("[", "]"))


def _cut(text: str, piece: str) -> str:
    if not piece:
        return text
    at = text.find(piece)
    if at < 0:
        return text
    rest = DANGLING_STOP_RE.sub("", text[:at] + " " + text[at + len(piece) :])
    rest = rest.strip().strip(" ,;|–—-").strip()
    for opening, closing in BRACKET_PAIRS:
        if rest.count(opening) != rest.count(closing):
            # a bracket the cut piece opened or closed ("2003 – 2006 ] Data Developer")
            rest = rest.strip(opening + closing).strip()
    return STRAY_LETTER_END_RE.sub("", rest)  # "Tarrow University z" (an icon glyph before the date)


def has_word(text: str, vocabulary: str) -> bool:
    """Whether a word of the named list occurs in the text as a whole word, also as a part of a
    hyphenated word ("Researcher-developer", "Postdoc-Fellow")."""
    wordset = words(vocabulary)
    for w in WORD_RE.findall(text):
        folded = w.casefold()
        if folded in wordset or ("-" in folded and any(p in wordset for p in folded.split("-"))):
            return True
    return False


def _title_words_only(text: str) -> bool:
    tokens = WORD_RE.findall(text)
    titles = words("job_titles")
    return bool(tokens) and any(t.casefold() in titles for t in tokens) and not has_word(text, "org_words")


def split_title_org(text: str) -> tuple[str | None, str | None]:
    """ "Research Intern @ Brindle Labs, Vision Team" -> (title, organization)."""
    joined = ORG_START_RE.search(text)
    lead = text[: joined.start()] if joined else ""
    # the organization's word ends the text ("Data Journalist - Graphics Department"): it names a
    # unit of the role's own words, not the start of an organization's name
    names_more = joined is not None and bool(text[joined.end() :].strip(" ,.;"))
    if joined and joined.start() > 0 and names_more and "," not in lead and _title_words_only(lead):
        # "Researcher Department of Botany, Tarrow University": no separator, but the role's
        # words end where the organization's name begins
        return text[: joined.start()].strip(" ,"), text[joined.start() :].strip(" ,")
    for match in TITLE_ORG_SEPARATOR_RE.finditer(text):
        found = _split_at(text, match)
        if found is not None:
            return found
    return None, None


def _ends_in_role(text: str) -> bool:
    """ "Lab Affiliate", "Lab Manager": an organization's word before the role's own last word
    names where the role sits, and the whole is a role, not an organization."""
    found = WORD_RE.findall(text)
    if not found or len(found) > ROLE_PHRASE_MAX_WORDS or "," in text or has_word(text, "university_words"):
        return False  # "Tarrow University Visiting Fellow": the university, then the role held there
    last = found[-1].casefold()
    return last in words("job_titles") and last not in words("org_words")


# A role whose words hold an organization's word ("Kestrel Lab Research Assistant") is this short.
ROLE_PHRASE_MAX_WORDS = 5


def _split_at(text: str, match: re.Match[str]) -> tuple[str, str] | None:
    """Title and organization on either side of one separator, when the words tell which is which."""
    left, right = text[: match.start()].strip(" ,"), text[match.end() :].strip(" ,")
    if not (left and right):
        return None
    sep = match["sep"].strip()
    left_job, right_job = has_word(left, "job_titles"), has_word(right, "job_titles")
    left_org, right_org = has_word(left, "org_words"), has_word(right, "org_words")
    left_title = left_job and (not left_org or _ends_in_role(left))
    right_title = right_job and (not right_org or _ends_in_role(right))
    if sep == "@" or (sep == "at" and left_title):
        return left, right  # "Intern @ X"; "Fellow at X" but not "University of X at Y"
    if left_title and not right_title:
        return left, right
    if right_title and not left_title:
        return right, left
    if sep == "." and left_org and not left_job and right_job:
        return right, left  # "Tarrow University. Chair, Department of Botany"
    if sep == "." and right_org and not right_job and left_job:
        return left, right
    return None
