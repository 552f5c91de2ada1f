"""Publications: each entry -> title, authors, venue, venue_short, year, kind, status, awards,
links, label, abstract.

Entries come from ``split_entries``; a section whose lines carry no layout cue at all (a page
saved as text: title, link row, authors, venue, title, ...) is regrouped by content: a new
entry starts at a title-like line once the current entry has its title and authors or venue.

An entry is read one of two ways:
- line roles (homepage style): a title line, optional link rows ("[code] [slides]"), an author
  line, a venue line, an abstract; chosen when a line after the first is an author list or a
  link row, and the first line is not itself a whole citation;
- a citation paragraph (CV style, wrapped lines joined): a quoted title (IEEE), or sentences
  split at periods that do not end initials or abbreviations, with the author segment found
  by its shape ("Title. Authors. In Venue." / "Authors. 2023. Title. In Venue." / APA
  "Doe, J., & Li, A. (2021). Title. Journal, 12(3)." / Nature "Doe, J. & Li, A. Title. Nature
  595, 583-589 (2021).").
Kind comes from the sub-heading, then the venue table, then keywords; status from status
words ("In submission", "To appear", "arXiv"), else published when a venue or year is given.
The owner is marked in assemble (it needs the profile's name); bold authors are kept as a cue.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from extractor.document import Block, DocumentKind, Line, Section
from extractor.fields.context import Found, ParseContext, evidence_for
from extractor.learn.citation import (
    Labelled,
    Span,
    Token,
    hint_features,
    inside_quotes,
    label_citation,
    model_available,
    tokenize,
)
from extractor.parse.authors import (
    ParsedAuthor,
    equal_contribution_marks,
    is_equal_contribution,
    looks_like_author_list,
    parse_authors,
)
from extractor.parse.dates import find_year
from extractor.parse.names import same_person
from extractor.parse.prose import join_wrapped
from extractor.parse.text import fold
from extractor.parse.venues import lookup_venue
from extractor.patterns import citation_regexes as crx
from extractor.patterns import regexes as rx
from extractor.patterns import structure_regexes as srx
from extractor.profile import PUBLICATION_KINDS, Author, Award, Publication, PublicationLink
from extractor.segment import split_entries, subheading_lines

# A line this long inside an entry is an abstract, not a title or venue.
ABSTRACT_MIN_CHARS = 200
# A PDF line reaching this share of its block's right edge, not ending a sentence, wraps on.
WRAP_EDGE_SHARE = 0.93
WRAP_MIN_CHARS = 60
# A title has at least this many words and letters.
MIN_TITLE_WORDS = 1
MIN_TITLE_LETTERS = 6
# A lone name scores lower than a list; it leads a citation of three or more sentences at this score.
SINGLE_AUTHOR_SCORE = 0.4
# Author-list score above which a line or segment is taken as the authors.
AUTHOR_LINE_SCORE = 0.5
STATUS_ORDER = ("in_submission", "under_review", "accepted", "preprint")
# The fields the learned citation model decides (over the rules' reading) where it labels them; the
# others stay the rules'. Chosen by fold-out cross-validation (benchmarks/crossval.py).
MODEL_FIELDS = frozenset(("title", "authors", "venue", "year"))
# The model decides a field where it is this sure of the field's span (its least token marginal) and,
# for authors and venue, of the spans that bound it; below, the rules' reading stands. Fold-out
# (folds 0,1): bounds checked for every field gave CV publication F1 .585, bounds only for authors
# and venue .625 (rules alone .457).
MODEL_MIN_CONFIDENCE = 0.6
# Documents whose publication lists are the owner's (a statement's references are not).
OWN_LIST_KINDS = frozenset((DocumentKind.CV, DocumentKind.HOMEPAGE, DocumentKind.PUBLICATION_LIST))
# The owner of an unmarked list is the author of at least this share of its entries (and of this many).
FREQUENT_OWNER_SHARE = 0.5
FREQUENT_OWNER_MIN = 3
# A venue the model cuts mid-line off the end of the rules' whole-entry title needs its title this sure.
MODEL_SPLIT_CONFIDENCE = 0.9
# The labels whose per-token marginals the model is asked for: the title's confidence, and whether
# the tokens beside an author list or a venue are surely not part of it (``_bounded``).
MARGINAL_LABELS = ("title", "author", "container", "publisher")
# A venue the rules' author names run into is cut off them when it has at least this many letters
# and digits (a short one may be part of a name).
MIN_CUT_KEY = 5
# Between two author spans, a span this short (a mark, a lone comma) keeps them one author list.
SEPARATOR_MAX_CHARS = 3
# A bold heading over an entry's citation is dropped when the citation repeats it and it holds at
# least this many letters and digits (a short one may be a word of anything) ...
ECHOED_HEADING_MIN_KEY = 12
# ... and spans at most this many lines.
ECHOED_HEADING_MAX_LINES = 3
# A title span the model ends with one of these broke off mid-word ("Feynman-" over "Kac law").
BROKEN_WORD_MARKS = ("-", "‐")
# A line with this many initials that reads as names is a citation's authors, not a title line.
NAMES_LINE_MIN_INITIALS = 2
# A bold run that starts after one of these marks in a regular font starts a field of its own (a
# venue printed in bold: "Title?, **Journal of Widgets**, 12"), which a title does not run into ...
BOLD_BREAK_MARKS = ".,;:?!\"”’'"
# ... when it holds at least this many letters (a bold year or volume is read by other rules).
BOLD_BREAK_MIN_LETTERS = 4


def document_equal_marks(lines: tuple[Line, ...]) -> frozenset[str]:
    """The symbols a document defines as equal contribution, from its legend lines."""
    marks: set[str] = set()
    for line in lines:
        if rx.EQUAL_WORD_RE.search(line.text):
            marks |= equal_contribution_marks(line.text)
    return frozenset(marks)


def parse_publications(section: Section, ctx: ParseContext) -> Found:
    found = Found()
    blocks = split_entries(section)
    lines = [ln for b in blocks for ln in b.lines]
    if (
        len(blocks) >= 3
        and all(len(b.lines) == 1 for b in blocks)
        and not any(ln.list_item or rx.ENTRY_LABEL_RE.match(ln.text) for ln in lines)
    ):
        blocks = _group_by_content(blocks)
    # a block of lines that are each a whole quoted title is that many working papers
    blocks = [
        part
        for block in blocks
        for part in (
            [Block(lines=(ln,), subkind=block.subkind) for ln in block.lines]
            if len(block.lines) > 1 and all(rx.QUOTED_LINE_RE.match(ln.text) for ln in block.lines)
            else [block]
        )
    ]
    blocks = [part for block in blocks for part in _split_run_citations(block)]
    group_year: int | None = None
    heading_years = _subheading_years(section)
    for block in blocks:
        if block.lines and heading_years and heading_years[0][0] < block.lines[0].number:
            while len(heading_years) > 1 and heading_years[1][0] < block.lines[0].number:
                heading_years.pop(0)
            group_year = heading_years.pop(0)[1]  # a year sub-heading above the entry ("2025")
        block, next_year = _pop_group_year(block)
        pub = parse_publication_block(block, ctx) if block.lines else None
        if pub is not None and pub.venue and rx.TALK_VENUE_RE.search(pub.venue) and not pub.venue_short:
            pub = None  # "Annual Meeting of the X Association": a talk given there, not a paper
        if pub is not None and not _plausible_title(pub.title):
            pub = None  # a legend, a status note or a venue's tail that layout cut off as an entry
        if pub is not None:
            if pub.year is None and group_year is not None:
                pub = pub.model_copy(update={"year": group_year})  # under a year heading ("2025")
            found.add("publications", pub)
        group_year = next_year if next_year is not None else group_year
        if pub is None:
            continue
        for award in pub.awards:
            found.add(
                "awards",
                Award(title=award, year=pub.year, organization=pub.venue_short, evidence=pub.evidence),
            )
    found.publications = mark_frequent_owner(found.publications, ctx.owner_name)
    return found


def _author_key(name: str) -> tuple[str, str]:
    """(family name, first initial) of an author as ``parse_authors`` writes them ("given family")."""
    words_in = fold(name).casefold().replace("-", "").split()
    return (words_in[-1].strip(".,*†‡"), words_in[0][:1]) if words_in else ("", "")


def mark_frequent_owner(pubs: list[Publication], owner_name: str | None) -> list[Publication]:
    """The owner of a publication list the document does not name (no header name, or one no author
    matches) and does not mark by name (no bold name): the author in most of the entries, when
    that is at least ``FREQUENT_OWNER_SHARE`` of the entries with named authors (at least
    ``FREQUENT_OWNER_MIN`` of them) and more than anyone else."""
    authored = [p for p in pubs if any(a.name for a in p.authors)]
    if len(authored) < FREQUENT_OWNER_MIN or any(a.is_owner and a.name for p in pubs for a in p.authors):
        return pubs
    if owner_name and any(a.name and same_person(a.name, owner_name) for p in authored for a in p.authors):
        return pubs  # assemble marks the named owner
    counts = Counter(key for p in authored for key in {_author_key(a.name) for a in p.authors if a.name})
    ranked = counts.most_common(2)
    top, n = ranked[0]
    if n < FREQUENT_OWNER_SHARE * len(authored) or (len(ranked) > 1 and ranked[1][1] == n):
        return pubs
    out: list[Publication] = []
    for pub in pubs:
        at = next((i for i, a in enumerate(pub.authors) if a.name and _author_key(a.name) == top), None)
        if at is not None and not any(a.is_owner for a in pub.authors):  # not beside an empty owner slot
            authors = list(pub.authors)
            authors[at] = authors[at].model_copy(update={"is_owner": True})
            pub = pub.model_copy(update={"authors": authors})
        out.append(pub)
    return out


def _plausible_title(title: str) -> bool:
    """A title has some words, and is not a note: "(Revise and Resubmit)", "*undergraduate mentee
    †contributed equally", "Letters, 3, 12-19, 2020", "The"."""
    words_in = rx.WORD_RE.findall(title)
    if len(words_in) < MIN_TITLE_WORDS or sum(len(w) for w in words_in) < MIN_TITLE_LETTERS:
        return False
    return not (rx.NOTE_TITLE_RE.match(title) or rx.EQUAL_WORD_RE.search(title))


def _subheading_years(section: Section) -> list[tuple[int, int]]:
    """(line number, year) of the year sub-headings the segmenter kept out of the entries."""
    texts = [(ln.number, ln.text.strip()) for ln in subheading_lines(section)]
    return [(n, int(t)) for n, t in texts if t.isdigit() and rx.GROUP_LABEL_RE.fullmatch(t)]


def _pop_group_year(block: Block) -> tuple[Block, int | None]:
    """Year headings in a margin ("Published" / "2025") end up as the last lines of the entry
    before them: take them off, and return the year for the entries that follow."""
    lines = list(block.lines)
    year: int | None = None
    while len(lines) > 1 and rx.GROUP_LABEL_RE.fullmatch(lines[-1].text.strip()):
        text = lines.pop().text.strip()
        if year is None and text.isdigit():
            year = int(text)
    return Block(lines=tuple(lines), subkind=block.subkind), year


# --- line roles ------------------------------------------------------------------------------


def _role(line: Line) -> str:
    if line.role is not None:
        return line.role  # the page's markup names the part (an HTML publication item)
    text = line.text.strip()
    if rx.EQUAL_LEGEND_LINE_RE.fullmatch(text):
        return "legend"
    if rx.LINK_ROW_RE.fullmatch(text):
        return "links"
    if len(text) >= ABSTRACT_MIN_CHARS:
        return "abstract"
    if text.startswith(",") or looks_like_author_list(text) >= AUTHOR_LINE_SCORE:
        return "authors"
    if find_year(text) is not None or lookup_venue(text) is not None or _status(text) is not None:
        return "venue"
    return "title"


def _split_run_citations(block: Block) -> list[Block]:
    """A block of citations run together (a list printed with no space or indent between its
    entries), cut where a line starts the next one: a line led by an inverted first author ("Doe,
    J., ...", "Doe JQ, ...") under a line that ends a citation (a sentence's or a bracket's end, not
    an initial: "..., A. E." goes on "Roe. 2020."), or a line led by a whole authors-and-year
    lead ("Doe JQ, Roe A (2022) Title") under a line that does not break a list ("Doe JQ, Roe A,"
    or "..., Van Roe J." goes on "Li B (2022) Title"). Only where the block's own
    first line starts a citation so: in a title-first entry, an authors line under the title starts
    nothing."""
    lines = block.lines
    if len(lines) < 2 or not _starts_citation(_entry_text(lines[0])):
        return [block]
    starts = [0] + [
        i
        for i in range(1, len(lines))
        if _starts_citation(text := lines[i].text.strip())
        and (
            _ends_citation(lines[i - 1].text)
            or (
                _authors_year_lead(text)
                and not _mid_list(lines[i - 1].text)
                and not _initial_end(lines[i - 1].text)
            )
        )
    ]
    if len(starts) == 1:
        return [block]
    bounds = zip(starts, [*starts[1:], len(lines)], strict=True)
    return [Block(lines=lines[a:b], subkind=block.subkind) for a, b in bounds]


def _entry_text(line: Line) -> str:
    """A line's text without the entry's label or date margin ("[3]", "2019")."""
    text = _strip_label(line.text, _Parts())
    margin = rx.MARGIN_YEAR_RE.match(text)
    return text[margin.end() :] if margin else text


def _starts_citation(text: str) -> bool:
    return crx.INVERTED_AUTHOR_START_RE.match(text) is not None


def _ends_citation(text: str) -> bool:
    """A line ends a citation: a sentence or a bracket ends it ("... 12(3), 1-9.", "(open
    access)"), not an initial (an author list wrapped mid-list)."""
    text = text.rstrip()
    return text.endswith((".", ")", "]")) and not _initial_end(text)


def _mid_list(text: str) -> bool:
    """A line broken inside a list of names: "Doe JQ, Roe A," / "Doe, J. and" / "Doe-" (a name)."""
    return text.rstrip().endswith((",", ";", "&", " and", "-"))


def _names_line(text: str) -> bool:
    """A line of authors' names with initials ("Doe, J. Q., A. Roe, B. Li, C. D."): the first line of a
    citation, not a title line over an authors line."""
    initials = sum(1 for word in text.split() if crx.INITIAL_RE.match(word.strip(",;")))
    return initials >= NAMES_LINE_MIN_INITIALS and looks_like_author_list(text) >= AUTHOR_LINE_SCORE


def _initial_end(text: str) -> bool:
    """A line ending with an initial ("..., Van Norman J."): a list of names goes on below."""
    return srx.INITIAL_END_RE.search(text.rstrip()) is not None


def _authors_year_lead(text: str) -> bool:
    """The line opens with a whole authors-and-year lead: "Doe JQ, Roe A (2022) Title"."""
    dated = crx.AUTHORS_YEAR_RE.match(text)
    return dated is not None and looks_like_author_list(dated["authors"]) >= AUTHOR_LINE_SCORE


def _group_by_content(blocks: list[Block]) -> list[Block]:
    groups: list[list[Line]] = []
    roles: list[set[str]] = []
    for block in blocks:
        line = block.lines[0]
        role = _role(line)
        if role == "legend":
            continue
        if role == "title" and (not groups or ("title" in roles[-1] and roles[-1] & {"authors", "venue"})):
            groups.append([line])
            roles.append({role})
            continue
        if not groups:
            groups.append([])
            roles.append(set())
        groups[-1].append(line)
        roles[-1].add(role)
    return [Block(lines=tuple(g), subkind=blocks[0].subkind) for g in groups if g]


# --- one entry -------------------------------------------------------------------------------


@dataclass(slots=True)
class _Parts:
    title: str | None = None
    authors_text: str | None = None
    venue_text: str | None = None
    abstract: str | None = None
    label: str | None = None
    links: list[PublicationLink] = field(default_factory=list)
    awards: list[str] = field(default_factory=list)
    year: int | None = None
    bold: tuple[str, ...] = ()
    owner_first: bool = False  # "With A and B": the owner, not printed, leads the author list
    status_text: str | None = None  # the model's status span ("under review", "R&R at")
    doi: str | None = None
    volume: str | None = None
    issue: str | None = None
    pages: str | None = None
    publisher: str | None = None
    confidence: float | None = None
    rules_venue_text: str | None = None  # the rules' venue when the model chose another
    quoted: bool = False  # the rules' title is the entry's quoted part


def parse_publication_block(block: Block, ctx: ParseContext) -> Publication | None:
    read = _read_rules(block)
    if read is None:
        return None
    parts, lines, roles, multi = read
    if ctx.use_models and model_available(ctx.model_dir):
        entry = "\n".join(ln.text.strip() for ln in lines)
        bold = _bold_runs(lines)
        hints = hint_features(tokenize(entry, bold), _reading(parts), ctx.owner_name)
        labelled = label_citation(
            entry,
            bold=bold,
            model_dir=ctx.model_dir,
            hints=hints,
            marginal_labels=MARGINAL_LABELS,
        )
        _apply_model(labelled, parts, multi or _title_is_first_line(lines, parts.title))
        _end_title_at_bold_lead(lines, parts)  # nor does the model's title run past the bold
        _end_title_at_bold_break(lines, parts)  # nor into a bold venue
    if not parts.title:
        return None
    full_text = " ".join(ln.text for ln in lines)
    readings = (
        _status(parts.status_text or ""),
        _status(" ".join(filter(None, [parts.venue_text, parts.title if not multi else None]))),
        _status(
            full_text
            if not multi
            else " ".join(ln.text for ln, r in zip(lines, roles, strict=True) if r == "venue")
        ),
    )
    # the first status read, but a review status over "preprint" ("arXiv preprint, 2024. Under review.")
    status = next((s for s in readings if s and s != "preprint"), None) or next(filter(None, readings), None)
    venue = _clean_venue(_after_title(parts.venue_text, parts.title), parts)
    if venue is None and parts.rules_venue_text:
        venue = _clean_venue(parts.rules_venue_text, parts)  # the model's span named no venue
    year = (
        parts.year
        or (find_year(venue) if venue else None)
        or (find_year(parts.venue_text) if parts.venue_text else None)
        or _year_outside_title(full_text, parts.title)
    )
    match = lookup_venue(venue) if venue else None
    # kind words may stand beside the venue's name the model kept ("PhD thesis, A University")
    kind_text = " ".join(filter(None, [venue, parts.rules_venue_text]))
    kind = _kind(block.subkind, match.kind if match else None, kind_text, parts.title, status)
    if status is None and (venue or year) and kind != "preprint":
        status = "published"
    if status is None and kind == "preprint" and venue and rx.PREPRINT_SERVER_RE.search(venue):
        status = "preprint"
    parsed = parse_authors(parts.authors_text, parts.bold) if parts.authors_text else []
    if parts.owner_first:
        parsed = [ParsedAuthor(name=None, marks=""), *parsed]
    authors = [
        Author(
            name=a.name,
            is_owner=a.bold or a.name is None,
            equal_contribution=is_equal_contribution(a, ctx.equal_marks),
        )
        for a in parsed
    ]
    if len(parsed) >= 2 and parsed[0].name is None and not parsed[0].marks and authors[1].equal_contribution:
        # ", Zed Xu*, Amy Li*": the owner's name went missing with its mark; the owner leads the
        # equal first authors the document's legend defines
        authors[0] = authors[0].model_copy(update={"equal_contribution": True})
    if not authors and (kind == "thesis" or ctx.kind in OWN_LIST_KINDS):
        # a dissertation, or an entry of the person's own list, that prints no author: the owner's
        authors = [Author(name=None, is_owner=True)]
    return Publication(
        title=parts.title,
        authors=authors,
        venue=venue,
        venue_short=match.short if match else None,
        year=year,
        kind=kind,  # type: ignore[arg-type]
        status=status,  # type: ignore[arg-type]
        awards=parts.awards,
        links=_unique_links(parts.links),
        label=parts.label,
        abstract=parts.abstract,
        doi=parts.doi,
        volume=parts.volume,
        issue=parts.issue,
        pages=parts.pages,
        publisher=parts.publisher,
        confidence=parts.confidence,
        evidence=evidence_for(block, ctx),
    )


def _bold_runs(lines: Sequence[Line]) -> tuple[str, ...]:
    """The bold runs of an entry's lines as the citation model reads them: a line printed all in
    bold is a run of its own (a bold title line), besides the runs inside lines (an owner's name).
    Italics are not passed: CVs set titles and venues in italics alike, and read as the venue's
    font they cost fold-out titles (an italic title taken for the venue)."""
    return tuple(r for ln in lines for r in ((ln.text.strip(),) if _all_bold(ln) else _bold_spans(ln)))


def _all_bold(line: Line) -> bool:
    """The line is printed in bold throughout (a mostly bold line with a regular word in it keeps
    its bold runs apart)."""
    return line.bold and not line.mostly_bold_spans


def _bold_spans(line: Line) -> tuple[str, ...]:
    """The bold runs of a line not all in bold: inside a regular line, or before a regular tail."""
    return line.mostly_bold_spans or line.bold_spans


def _read_rules(block: Block) -> tuple[_Parts, list[Line], list[str], bool] | None:
    """The rules' reading of one entry: its parts, its lines (legends dropped) with their roles, and
    whether it was read by line roles (homepage style) rather than as a citation paragraph."""
    roled = [(ln, role) for ln in block.lines if (role := _role(ln)) != "legend"]
    if not roled:
        return None
    skip, heading_year = _echoed_heading([ln for ln, _ in roled])
    lines = [ln for ln, _ in roled[skip:]]
    roles = [role for _, role in roled[skip:]]
    parts = _Parts(bold=tuple(s for ln in lines for s in ln.bold_spans), year=heading_year)
    for ln in lines:
        for span in ln.links:
            parts.links.append(PublicationLink(label=_link_label(span.text), url=span.url))
    first = _strip_label(lines[0].text, parts)
    margin = rx.MARGIN_YEAR_RE.match(first)  # "2019 Title ..." or "2017 (2.6) Title ...": a date margin
    if margin:
        parts.year = int(margin["year"])
        first = first[margin.end() :]
        if parts.label is None:
            first = _strip_label(first, parts)  # "2025 [28] Doe JQ, ...": the margin, then the label
    multi = (
        len(lines) > 1
        and margin is None  # a date margin goes with citation paragraphs
        and any(r in ("authors", "links") for r in roles[1:4])
        and not _is_citation(first)
        and not _names_line(first)  # an author list wrapped onto lines is no title line
        and not _wrapped(lines)
        and not rx.WITH_COAUTHORS_RE.search(_join(lines, first))
    )
    if multi:
        _read_by_roles(lines, roles, parts, first)
    else:
        _read_citation(_join(lines, first), parts)
    _end_title_at_bold_lead(lines, parts)
    _end_title_at_bold_break(lines, parts)
    return parts, lines, roles, multi


def _bold_lead(lines: Sequence[Line]) -> str | None:
    """The bold text an entry starts with when the rest of its first lines is regular: its lines
    all in bold, then the one bold run that starts the next, mostly bold line ("**A Study of
    Widgets** Manuscript in preparation"); None when the entry starts regular (a bold name inside a
    regular line leads nothing), is bold throughout, or mixes fonts inside the bold."""
    texts: list[str] = []
    for ln in lines:
        if _all_bold(ln):
            if texts and _name_like(ln.text):
                return " ".join(texts)  # a bold authors line under a bold title line
            texts.append(ln.text.strip())
            continue
        if not ln.bold:
            # a regular line: its bold runs are names, mostly; but one that starts it carries on a
            # bold title wrapped from the line before ("**... with nonnegative**" / "**Ricci
            # curvature**, joint with A. Roe")
            head = ln.bold_spans[0] if texts and ln.bold_spans else ""
            if head and ln.text.lstrip().startswith(head) and not _name_like(head):
                texts.append(head)  # not an owner's bold name leading the authors line
            return " ".join(texts) or None
        if len(ln.mostly_bold_spans) > 1:
            return None  # regular words inside the bold (a formula's font): no lead to trust
        lead = ln.mostly_bold_spans[0]
        at = ln.text.find(lead)
        if at < 0 or any(ch.isalpha() for ch in ln.text[:at]):
            return None  # the bold run starts inside the line
        texts.append(lead)  # after a label or a year in a regular font ("2019"), maybe
        if fold_key(ln.text[at + len(lead) :]):
            return " ".join(texts)  # the line goes on in a regular font
    return None  # every line bold: the font tells no part from another


def _name_like(text: str) -> bool:
    """A bold run that reads as a name or a list of names ("Jane Doe", "Doe, J.")."""
    return looks_like_author_list(text) >= SINGLE_AUTHOR_SCORE


def _end_title_at_bold_lead(lines: Sequence[Line], parts: _Parts) -> None:
    """A title the rules or the model ran past the bold text the entry starts with ("**Title**
    Manuscript in preparation", "**Title**" over "Journal of X" read as one sentence) ends where the
    bold does, and one that is the bold's tail (its head cut off) is the whole bold: the font
    sets the title apart; what followed it goes to the venue's text. Not when the bold text reads as
    names (an owner's name in bold leading the authors)."""
    lead = _bold_lead(lines)
    if not lead or not parts.title:
        return
    lead = _strip_label(lead, _Parts())
    margin = rx.MARGIN_YEAR_RE.match(lead)
    lead = _clean_title(lead[margin.end() :] if margin else lead, _Parts())
    lead_key, title_key = fold_key(lead), fold_key(parts.title)
    if not _plausible_title(lead) or looks_like_author_list(lead) >= AUTHOR_LINE_SCORE:
        return
    if len(title_key) < len(lead_key) and lead_key.endswith(title_key):
        parts.title = lead  # a title whose head was cut off the bold ("ALIFE 2025 | Preface"): the whole bold
        return
    if len(title_key) <= len(lead_key) or not title_key.startswith(lead_key):
        return
    tail = _after_title(parts.title, lead)
    parts.title = lead
    if tail and fold_key(tail) not in fold_key(parts.venue_text or ""):
        parts.venue_text = ". ".join(filter(None, [tail, parts.venue_text]))


def _bold_breaks(lines: Sequence[Line]) -> list[str]:
    """The bold runs that start inside an entry after regular text ending a clause ("Doe, J. (2023),
    Title?, **Journal of Widgets**, 12"): a venue printed in bold, say, where the font starts a new
    field. Not a run that carries on bold text before it (a bold title wrapped onto a regular line:
    "**Widgets and**" / "**Gears**, Journal of X"), nor one that reads as names (an owner's bold
    name in the authors), nor one of few letters (a year, a volume)."""
    runs: list[str] = []
    before_ends_bold, before_text = False, ""
    for ln in lines:
        text = ln.text.strip()
        if _all_bold(ln):
            before_ends_bold, before_text = True, text
            continue
        at_end: int | None = None  # where the line's last bold run so far ends
        for span in _bold_spans(ln):
            at = text.find(span, at_end or 0)
            if at < 0:
                continue
            gap = text[at_end or 0 : at]
            after_bold = not fold_key(gap) and (at_end is not None or (not gap.strip() and before_ends_bold))
            mark = (text[:at].rstrip() or before_text.rstrip())[-1:]
            letters = sum(ch.isalpha() for ch in span)
            if (
                mark
                and mark in BOLD_BREAK_MARKS
                and not after_bold
                and letters >= BOLD_BREAK_MIN_LETTERS
                and not _name_like(span)
            ):
                runs.append(span.strip())
            at_end = at + len(span)
        before_ends_bold = at_end is not None and not fold_key(text[at_end:])
        before_text = text
    return runs


def _end_title_at_bold_break(lines: Sequence[Line], parts: _Parts) -> None:
    """A title the rules or the model ran into a bold run that starts a field of its own
    (``_bold_breaks``: "Title?, **Journal of Widgets**") ends before it; the rest goes to the venue's
    text. Not when what is left before the run reads as printed names (the rules' title began in the
    authors and the bold run is the title itself: "Doe, J., **A Study of Widgets**")."""
    if not parts.title:
        return
    for run in _bold_breaks(lines):
        title_key, run_key = fold_key(parts.title), fold_key(run)
        at = title_key.find(run_key[: len(title_key)])
        if at <= 0 or len(run_key) < MIN_CUT_KEY:
            continue
        head, tail = _split_at_key(parts.title, at)
        head = _clean_title(head, _Parts())
        if not _plausible_title(head) or _printed_names(head):
            continue
        parts.title = head
        if tail and fold_key(tail) not in fold_key(parts.venue_text or ""):
            parts.venue_text = ". ".join(filter(None, [tail, parts.venue_text]))
        return


def _printed_names(text: str) -> bool:
    """The text reads as names as an authors list prints them: with an initial ("J. Doe") or a comma
    between them ("Doe, Jane"). A title in Title Case reads as names too, but has neither, mostly
    ("Why Widgets Turn")."""
    text = text.strip(" ,;.")
    if looks_like_author_list(text) < AUTHOR_LINE_SCORE:
        return False
    return "," in text or any(crx.INITIAL_RE.match(word.strip(",;")) for word in text.split())


def _split_at_key(text: str, at: int) -> tuple[str, str]:
    """``text`` cut where its ``at``-th letter or digit (``fold_key`` counted) starts."""
    seen = 0
    for i, ch in enumerate(text):
        if seen >= at and fold_key(ch):
            return text[:i].rstrip(" .,;:‘’'\"“”"), text[i:].strip(" .,;")
        seen += len(fold_key(ch))
    return text, ""


def _echoed_heading(lines: Sequence[Line]) -> tuple[int, int | None]:
    """How many lines at the top of an entry are a bold heading that the citation under it repeats
    ("A Study of Widgets" in bold over "Doe, J. (2020). A Study of Widgets: Gears and Levers.
    Journal 3, 1-9."), and the year of a bold year line under it ("2020", a date margin): the heading
    is a shortened copy of the title, and the citation is read without it ((0, None): no such
    heading). The heading is set apart by its font: its lines are bold, the citation's are not."""
    n = 0
    while n < len(lines) and lines[n].bold and not crx.YEAR_RE.match(lines[n].text.strip()):
        n += 1
    year = None
    if n < len(lines) and lines[n].bold and crx.YEAR_RE.match(lines[n].text.strip()):
        year = int(lines[n].text.strip()[:4])
    skip = n + (year is not None)
    if n == 0 or n > ECHOED_HEADING_MAX_LINES or skip == len(lines):
        return 0, None
    head = fold_key(" ".join(ln.text for ln in lines[:n]))
    rest = fold_key(" ".join(ln.text for ln in lines[skip:]))
    return (skip, year) if len(head) >= ECHOED_HEADING_MIN_KEY and head in rest else (0, None)


def _reading(parts: _Parts) -> dict[str, str]:
    """The rules' reading as the model's labels: title, author, container."""
    pairs = (("title", parts.title), ("author", parts.authors_text), ("container", parts.venue_text))
    return {label: value for label, value in pairs if value}


def rule_hints(tokens: Sequence[Token], owner: str | None = None) -> list[tuple[str, ...]]:
    """The rules' reading of an entry given as tokens (a line break where a token starts a line), as
    features of its tokens: what the citation model learns and labels with (training and inference
    read an entry the same way)."""
    text = ""
    for i, t in enumerate(tokens):
        if i and t.start > tokens[i - 1].end:
            text += "\n" if t.line_start else " "
        text += t.text
    block = Block(lines=tuple(Line(text=line, number=i) for i, line in enumerate(text.split("\n"))))
    read = _read_rules(block)
    return hint_features(tokens, _reading(read[0]) if read else {}, owner)


def _read_by_roles(lines: list[Line], roles: list[str], parts: _Parts, first: str) -> None:
    title_lines = [first]
    venue_lines: list[str] = []
    abstract: list[str] = []
    seen_authors = False
    for ln, role in zip(lines[1:], roles[1:], strict=True):
        text = ln.text.strip()
        if role == "links":
            parts.links.extend(
                PublicationLink(label=_link_label(lab), url=None)
                for lab in rx.LINK_LABEL_RE.findall(text)
                if not any(link.label == _link_label(lab) for link in parts.links)
            )
        elif role == "authors" and not seen_authors:
            parts.authors_text = text
            seen_authors = True
        elif role == "abstract" or (venue_lines and role == "title" and len(text) > 80):
            abstract.append(text)
        elif role in ("venue", "authors") or (seen_authors and not venue_lines):
            venue_lines.append(text)
        elif not seen_authors and not venue_lines:
            title_lines.append(text)
        else:
            abstract.append(text)
    parts.title = _clean_title(" ".join(title_lines), parts)
    if venue_lines:
        parts.venue_text = venue_lines[0]
        for extra in venue_lines[1:]:
            _take_awards(extra, parts)
    parts.abstract = " ".join(abstract) or None


def _wrapped(lines: list[Line]) -> bool:
    """Lines of one wrapped paragraph (a PDF citation), not a title line, an authors line, ...:
    the first breaks mid-word or mid-sentence and the next goes on in lowercase."""
    first, second = lines[0].text.rstrip(), lines[1].text.lstrip()
    if (
        first.endswith(("-", ",", "&", " and"))
        or second[:1].islower()
        or rx.MARGIN_NOTE_START_RE.match(second)
    ):
        return True  # broken mid-word, mid-list ("Ode, Mira, Lin Wei,") or mid-sentence
    # in a PDF, a line that runs to the block's right edge without ending a sentence wraps
    edges = [ln.x1 for ln in lines if ln.x1 is not None]
    return (
        lines[0].page is not None
        and len(edges) == len(lines)
        and lines[0].x1 is not None
        and lines[0].x1 >= WRAP_EDGE_SHARE * max(edges)
        and not rx.SENTENCE_END_RE.search(first)
        and len(first) >= WRAP_MIN_CHARS
    )


def _is_citation(text: str) -> bool:
    """A whole citation on one line: it holds an author segment beside other sentences."""
    segments = split_sentences(text)
    return len(segments) >= 2 and any(looks_like_author_list(s) >= AUTHOR_LINE_SCORE for s in segments[:3])


def _apply_model(full: Labelled, parts: _Parts, by_lines: bool = False) -> None:
    """What the learned citation model decides, over what the rules read: each field of
    ``MODEL_FIELDS`` whose span the model labels with confidence, its bounds included (the span and
    the spans on either side reach ``MODEL_MIN_CONFIDENCE``), and volume, issue, pages, publisher
    and DOI. Spans from a second title on belong to another entry run into this one. Where the
    rules read the entry by its lines (``by_lines``: a title line, an authors line, ...), the model
    may reshape their title, not move it elsewhere. A venue inside the title kept is no venue. The
    publication's confidence is the least probability the model gives any token of the title of
    being title (its marginal), so a title the model would have cut elsewhere scores low."""
    labelled = _first_entry(full)
    fields = read_labels(labelled)
    # an author run sure only by its bounds does not cut short the list the rules read
    model_authors, rules_authors = fold_key(fields.get("author", "")), fold_key(parts.authors_text or "")
    cut_short = bool(model_authors) and model_authors in rules_authors and rules_authors != model_authors
    sure = _sure_fields(labelled, bounded=not cut_short)
    if by_lines and fields.get("title") and not _overlaps(fields["title"], parts.title or ""):
        sure.discard("title")
    # the year the rules read (from a margin, an APA bracket or the venue's text) stands when the
    # model's date span holds none ("(HotNets '22)": the year is in the venue's acronym)
    rules_year = parts.year or (find_year(parts.venue_text) if parts.venue_text else None)
    title_span, venue_span = labelled.first("title"), labelled.first("container")
    if (
        not parts.venue_text
        and title_span is not None
        and venue_span is not None
        and title_span.confidence < MODEL_SPLIT_CONFIDENCE
        and fold_key(parts.title or "").startswith(fold_key(title_span.text) + fold_key(venue_span.text))
        and not any(t.line_start for t in labelled.tokens if t.start == venue_span.start)
        and not _ends_clause(title_span.text)
    ):
        # the rules read the whole entry as its title and the model, unsure of its title, cuts a
        # venue off its end mid-line between two words ("... Methods for Online | DBMS Tuning"): the
        # rules' title stands. A cut where the print ends a sentence or clause ("Title. Journal",
        # "Title, J. Phys. Chem., 16") is the model's to make
        sure -= {"title", "container"}
    model_title, rules_title = fold_key(fields.get("title", "")), fold_key(parts.title or "")
    if parts.quoted and rules_title in model_title and rules_title != model_title:
        sure.discard("title")  # a quoted title is the quotes' text: the model may not run past them
    if fields.get("title", "").rstrip().endswith(BROKEN_WORD_MARKS):
        sure.discard("title")  # a title cut where a hyphen breaks a word over lines ("Feynman-" / "Kac")
    if "title" in MODEL_FIELDS and "title" in sure and fields.get("title"):
        title = _clean_title(_unwrap(fields["title"]), parts)
        if _plausible_title(title):
            parts.title = title
    if (
        by_lines
        and parts.authors_text
        and fold_key(fields.get("author", "")) not in fold_key(parts.authors_text)
    ):
        sure.discard("author")  # an entry read by its lines keeps its authors line: the model trims it only
    if "authors" in MODEL_FIELDS and "author" in sure and fields.get("author"):
        authors = _unwrap(fields["author"])
        lead = crx.COAUTHOR_LEAD_RE.match(authors)
        if lead:  # "with A and B" on the line under the title: the owner, not printed, leads
            parts.owner_first = True
            authors = authors[lead.end() :]
            if "(" in lead.group() and ")" in authors:
                authors = authors[: authors.index(")")]  # "(with A and B) Journal": the names end there
            authors = authors.strip(" .,;)")
            parts.authors_text = authors  # the model's names end where the venue begins
        elif not parts.owner_first:
            parts.authors_text = authors
    if parts.authors_text and "container" in sure and fields.get("container"):
        # the rules' names run into the venue the model is sure of ("with A. Doe Journal of X"): cut
        parts.authors_text = _before(parts.authors_text, fields["container"])
    if "venue" in MODEL_FIELDS:
        label = "container" if fields.get("container") else "publisher"
        venue = fields.get("container")
        if venue is None and (
            not parts.venue_text or _THESIS_RE.search(" ".join(t.text for t in labelled.tokens))
        ):
            # a publisher stands for the venue where the rules read none, or for a thesis's school
            # ("PhD thesis, A University"); a book chapter's publisher is not its book's title
            venue = fields.get("publisher_venue")
        if venue and label in sure and fold_key(venue) not in fold_key(parts.title or ""):
            if parts.venue_text:
                _take_awards(parts.venue_text, parts)  # "Venue '25 (Best Paper Award)": the award stays
            parts.rules_venue_text = parts.venue_text
            parts.venue_text = _close_brackets(_unwrap(_with_short_year(labelled, venue)))
    model_year = find_year(fields["date"]) if "year" in MODEL_FIELDS and "date" in sure else None
    parts.year = model_year or rules_year
    extra = {
        label: _unwrap(fields[label])
        for label in ("status", "doi", "volume", "issue", "pages", "publisher")
        if label in fields
    }
    parts.status_text = extra.get("status")
    parts.doi = extra.get("doi")
    parts.volume = extra.get("volume")
    parts.issue = extra.get("issue")
    parts.pages = extra.get("pages")
    parts.publisher = extra.get("publisher")
    parts.confidence = _title_confidence(full, parts.title)


_THESIS_RE = dict(rx.KIND_KEYWORD_RES)["thesis"]
# What a title span ends with where the print ends its sentence or clause (quotes and brackets aside).
CLAUSE_END_MARKS = ".,"


def _ends_clause(span: str) -> bool:
    """A span ends at a printed sentence or clause end ("Title.", "Title.”", "Title,"), not between
    two words. A question mark is not one: it may end a title's first part ("Why Widgets? A Study
    of Gears")."""
    return span.rstrip().rstrip("\"”’'»)]")[-1:] in tuple(CLAUSE_END_MARKS)


def _with_short_year(labelled: Labelled, venue: str) -> str:
    """The model's venue with the short year printed right after it ("MLSys" + "'25"), which the
    model may label apart (as a volume or a date)."""
    spans = labelled.spans
    at = next((i for i, s in enumerate(spans) if s.label == "container" and s.text == venue), None)
    if at is None or at + 1 >= len(spans):
        return venue
    after = spans[at + 1]
    if after.label != "container" and crx.VENUE_SHORT_YEAR_RE.match(after.text.strip()):
        return f"{venue} {after.text.strip().rstrip(',.;')}"
    return venue


def _title_is_first_line(lines: Sequence[Line], title: str | None) -> bool:
    """The rules took the whole first line of a several-line entry as its title ("[link]"s aside),
    and it does not read as names: the layout's title line."""
    if len(lines) < 2 or not title or looks_like_author_list(title) >= AUTHOR_LINE_SCORE:
        return False
    first = rx.VENUE_NOTE_RE.sub("", _strip_label(lines[0].text, _Parts()))
    return fold_key(first) == fold_key(title)


def _first_entry(labelled: Labelled) -> Labelled:
    """The spans before a second title: two entries the layout ran together are read as the first. A
    second title the model is unsure of (below ``MODEL_MIN_CONFIDENCE``: a co-author's name it half
    reads as a title) starts no entry."""
    titles = [i for i, span in enumerate(labelled.spans) if span.label == "title"]
    titles = titles[:1] + [i for i in titles[1:] if labelled.spans[i].confidence >= MODEL_MIN_CONFIDENCE]
    if len(titles) < 2:
        return labelled
    return Labelled(
        labelled.tokens,
        labelled.labels,
        labelled.spans[: titles[1]],
        labelled.probability,
        labelled.marginals,
    )


def _overlaps(a: str, b: str) -> bool:
    """Two titles share text: one holds the other (letters and digits compared), or half the words of
    the shorter."""
    ka, kb = fold_key(a), fold_key(b)
    if ka and kb and (ka in kb or kb in ka):
        return True
    wa, wb = set(rx.WORD_RE.findall(a.casefold())), set(rx.WORD_RE.findall(b.casefold()))
    return bool(wa and wb) and len(wa & wb) * 2 >= min(len(wa), len(wb))


def _sure_fields(labelled: Labelled, bounded: bool = True) -> set[str]:
    """The labels whose first run (for authors: the author run ``read_labels`` reads) the model is
    sure of: a title or date span reaches ``MODEL_MIN_CONFIDENCE``; an author run or a venue span,
    and the span on either side of it, do; with ``bounded``, an author run whose neighbours are
    surely no author (``_bounded``) also counts."""
    spans = labelled.spans
    sure: set[str] = set()
    for label in ("title", "author", "container", "publisher", "date"):
        at = next((i for i, sp in enumerate(spans) if sp.label == label), None)
        if at is None:
            continue
        end = at + len(_author_run(spans, at)) - 1 if label == "author" else at
        # a title or date span on its own; an author list's and a venue's bounds too
        first = at - 1 if label in ("author", "container", "publisher") else at
        last = end + 1 if label in ("author", "container", "publisher") else end
        around = spans[max(first, 0) : last + 1]
        sure_around = min(sp.confidence for sp in around) >= MODEL_MIN_CONFIDENCE
        may_bound = label in ("container", "publisher") or (bounded and label == "author" and first != at)
        if sure_around or (may_bound and _bounded(labelled, label, spans, at, end)):
            sure.add(label)
    return sure


def _bounded(labelled: Labelled, label: str, spans: Sequence[Span], at: int, end: int) -> bool:
    """The run ``spans[at..end]`` is sure and its neighbours, however unsure their own label, are
    surely not ``label``: no token of the span each side of the run has more than
    ``1 - MODEL_MIN_CONFIDENCE`` of being ``label`` ("[22]" read as a number or a link label, either
    way not an author; not ", C. Poe" read as a note but maybe an author)."""
    if not labelled.marginals or label not in labelled.marginals[0]:
        return False
    if min(sp.confidence for sp in spans[at : end + 1]) < MODEL_MIN_CONFIDENCE:
        return False
    starts = [t.start for t in labelled.tokens]
    for side in (at - 1, end + 1):
        if not 0 <= side < len(spans):
            continue  # the run starts or ends the entry
        inside = [i for i, start in enumerate(starts) if spans[side].start <= start < spans[side].end]
        if not inside or max(labelled.marginals[i][label] for i in inside) > 1 - MODEL_MIN_CONFIDENCE:
            return False
    return True


def _author_run(spans: Sequence[Span], at: int) -> list[Span]:
    """The author span at ``at`` and the author spans after it that only a mark or a short note
    separates ("A. Doe*, B. Roe" labelled author, note, author stays one list)."""
    run = [spans[at]]
    pending: list[Span] = []
    for span in spans[at + 1 :]:
        if span.label == "author":
            run += [*pending, span]
            pending = []
        elif len(span.text.strip()) <= SEPARATOR_MAX_CHARS and span.label not in ("title", "date"):
            pending.append(span)
        else:
            break
    return run


def _unwrap(text: str) -> str:
    """A span's lines joined as wrapped lines are ("Compu-" + "tational" -> "Computational")."""
    out = ""
    for piece in text.split("\n"):
        out = join_wrapped(out, piece.strip()) if out else piece.strip()
    return out


def _close_brackets(text: str) -> str:
    """A venue span that stops inside its bracket ("Symposium (NSDI 2023" before a date label's
    "2023)") gets its closing bracket back."""
    opened = text.count("(") - text.count(")")
    return text.rstrip(" ,.;:") + ")" * opened if opened > 0 else text


def _title_confidence(labelled: Labelled, title: str | None) -> float | None:
    """The least title marginal of the tokens of ``title`` (found by its letters and digits)."""
    if not title:
        return None
    want = fold_key(title)
    keys = [fold_key(t.text) for t in labelled.tokens]
    for i in range(len(keys)):
        got = ""
        for j in range(i, len(keys)):
            got += keys[j]
            if not want.startswith(got):
                break
            if got == want:
                return round(min(labelled.marginals[k]["title"] for k in range(i, j + 1)), 3)
    return None


def read_labels(labelled: Labelled) -> dict[str, str]:
    """The fields of a labelled entry, each cleaned of its printed decoration: the first title,
    container, date; every author span of the first author run; volume "vol. 12," -> "12"."""
    out: dict[str, str] = {}
    spans = labelled.spans
    for label in ("title", "container", "date", "status", "citation-number", "publisher"):
        first = labelled.first(label)
        if first is not None:
            out[label] = first.text
    # a date with title on both sides is the title's ("..., July 1995–December 2004,"), not the year;
    # so is one inside the quotes of a quoted title ("“A Case Study of Widgets, 2015,” Journal")
    quoted = inside_quotes(labelled.tokens)
    quoted_at = {t.start for t, inside in zip(labelled.tokens, quoted, strict=True) if inside}
    dates = [
        span
        for i, span in enumerate(spans)
        if span.label == "date"
        and not (0 < i < len(spans) - 1 and spans[i - 1].label == spans[i + 1].label == "title")
        and not (i > 0 and spans[i - 1].label == "title" and span.start in quoted_at)
    ]
    if dates:
        out["date"] = dates[0].text
    author_at = next((i for i, s in enumerate(spans) if s.label == "author"), None)
    if author_at is not None:
        out["author"] = " ".join(span.text for span in _author_run(spans, author_at))
    for label in ("volume", "issue", "pages", "doi"):
        first = labelled.first(label)
        if first is not None:
            value = rx.FIELD_LEAD_RES[label].sub("", first.text).strip(" .,;:()[]")
            if value:
                out[label] = value
    if "publisher" in out:
        out["publisher"] = out["publisher"].strip(" .,;:")
    if "container" not in out and "publisher" in out and labelled.first("title") is not None:
        out["publisher_venue"] = out["publisher"]  # "PhD thesis, A University": the venue is the school
    return out


def _read_citation(text: str, parts: _Parts) -> None:
    text = _take_awards(text, parts)
    text = _take_link_labels(text, parts)
    margin = rx.MARGIN_YEAR_RE.match(text)  # "2019 Title ..." or "2017 (2.6) Title ...": a date margin
    if margin:
        parts.year = int(margin["year"])
        text = text[margin.end() :]
    text = rx.IMPACT_NOTE_RE.sub("", text)
    coauthors = rx.WITH_COAUTHORS_RE.search(text)
    if coauthors:
        # econ/polisci style: "Title. With A and B. Venue." or "Title (with A and B)": the owner is not
        # printed; an empty first slot stands for them (assemble fills in the name)
        parts.owner_first = True
        names = coauthors["authors"] or _listed_names(coauthors["listed"])
        parts.authors_text = names.strip(" .,")
        # everything before "With" is the title ("Are Sheriffs Tougher? Evidence from X"), after the
        # names the venue (a listed run may hold it: "with A. Doe, Journal of X, 2020")
        parts.title = _clean_title(text[: coauthors.start()], parts)
        after = coauthors["listed"][len(names) :] if coauthors["listed"] else ""
        venue = " ".join(f"{after} {text[coauthors.end() :]}".split())
        parts.venue_text = venue.lstrip(" ,.;").strip(" .") or None
        return
    text = rx.LEADING_MARK_RE.sub("", text)
    quoted = rx.QUOTED_TITLE_RE.search(text)
    if quoted and not _quoted_inside_sentence(text[: quoted.start()]):
        parts.quoted = True
        parts.title = _clean_title(quoted["title"] or quoted["single"], parts)
        parts.authors_text = text[: quoted.start()].strip(" ,.") or None
        parts.venue_text = text[quoted.end() :].strip(" ,.") or None
        return
    inverted = rx.INVERTED_AUTHORS_PREFIX_RE.match(text)
    # one inverted author with an APA year counts too: "Doe, J. (2020)."
    threshold = SINGLE_AUTHOR_SCORE if inverted and inverted["year"] else AUTHOR_LINE_SCORE
    if inverted and looks_like_author_list(inverted["authors"]) >= threshold:
        parts.authors_text = inverted["authors"].strip(" ,")
        if inverted["year"] and inverted["year"][:1].isdigit():
            parts.year = int(inverted["year"])
        elif inverted["year"]:
            parts.venue_text = inverted["year"]  # "(in press)": the status, read with the venue
        rest = split_sentences(text[inverted.end() :])
        if rest:
            parts.title = _clean_title(rest[0], parts)
            parts.venue_text = _venue_text(rest[1:])
        return
    dated = crx.AUTHORS_YEAR_RE.match(text)
    if dated and looks_like_author_list(dated["authors"]) >= AUTHOR_LINE_SCORE:
        # "Doe JQ, Roe A (2024) Title. Venue": the bracketed year ends the author list
        parts.authors_text = dated["authors"].strip(" ,")
        parts.year = int(dated["year"])
        rest = split_sentences(text[dated.end() :])
        if rest:
            parts.title = _clean_title(rest[0], parts)
            parts.venue_text = _venue_text(rest[1:])
        return
    segments = split_sentences(text)
    if not segments:
        return
    scores = [looks_like_author_list(s) for s in segments]
    author_at = next((i for i in range(len(segments) - 1) if scores[i] >= AUTHOR_LINE_SCORE), None)
    if author_at is None and len(segments) >= 3 and scores[0] >= SINGLE_AUTHOR_SCORE:
        author_at = 0  # "T. Nakagawa-Reid. Title. In Venue, 2023.": one author leads
    if author_at is None and len(segments) >= 3 and crx.INVERTED_FULL_NAME_RE.match(segments[0]):
        author_at = 0  # "Doe, Jane. Title. Place: Publisher, 2023.": one inverted author leads

    if author_at is None:
        parts.title = _clean_title(segments[0], parts)
        parts.venue_text = _venue_text(segments[1:])
        return
    parts.authors_text = segments[author_at]
    if author_at == 0:
        rest = segments[1:]
        while rest and (rx.BARE_YEAR_RE.fullmatch(rest[0].strip("() ")) or _bracketed_status(rest[0])):
            year = rx.BARE_YEAR_RE.fullmatch(rest.pop(0).strip("() "))
            if year:
                parts.year = int(year[0])
        if rest:
            parts.title = _clean_title(rest[0], parts)
            parts.venue_text = _venue_text(rest[1:])
        return
    # the title came first, maybe in several sentences ("Warm Starts Considered Harmful? Revisiting X")
    parts.title = _clean_title(" ".join(segments[:author_at]), parts)
    parts.venue_text = _venue_text(segments[author_at + 1 :])


def _quoted_inside_sentence(before: str) -> bool:
    """A quote that follows a lowercase word is cited inside the title's sentence ("Comment on
    ‘Widget Routing’ by J. Doe", "a corpus of “everyday” widgets") or names the book a chapter is in
    ("Title, in “A Book”"): the quotes do not bound the title. A status before them is no such word
    ("Doe, J. forthcoming ‘Title’")."""
    words = before.split()
    return bool(words) and words[-1].isalpha() and words[-1].islower() and _status(words[-1]) is None


def _bracketed_status(segment: str) -> bool:
    """A sentence that is only a status in brackets ("(forthcoming)", "(accepted)"), where an APA
    citation prints its year: no title."""
    inner = segment.strip()
    return inner.startswith("(") and inner.endswith(")") and _status(inner) is not None


def _listed_names(text: str) -> str:
    """The names of ", joint with A. Doe and B. Roe, Journal of X": up to the comma after the name
    that follows the last "and" (or, with no "and", up to the first comma)."""
    head, joiner, tail = text.rpartition(" and ")
    return head + joiner + tail.split(",", 1)[0]


def split_sentences(text: str) -> list[str]:
    """Split a citation at sentence periods, not after initials ("J. Doe") or abbreviations, and
    before a link ("Title. https://doi.org/10.1/x": a link is a sentence of its own)."""
    return [s for piece in crx.LINK_BREAK_RE.split(text) for s in _split_at_periods(piece)]


def _venue_text(segments: Sequence[str]) -> str | None:
    """The venue's sentences of a citation: those after its title, but a link alone ("Title.
    doi.org/10.1/x. Journal"), which names no venue."""
    return ". ".join(s for s in segments if not crx.LINK_ONLY_RE.fullmatch(s)) or None


def _split_at_periods(text: str) -> list[str]:
    out: list[str] = []
    start = 0
    for match in rx.CITATION_BREAK_RE.finditer(text):
        before = text[start : match.start() + 1]
        token = rx.LAST_TOKEN_RE.search(before[:-1])
        word = token[0] if token else ""
        if match[0].startswith(".") and (
            (len(word.rstrip(".")) == 1 and word[:1].isupper()) or word.casefold().rstrip(".") in _abbrevs()
        ):
            continue
        out.append(text[start : match.start() + (0 if match[0].startswith(".") else 1)].strip())
        start = match.end()
    out.append(text[start:].strip())
    return [s.strip(" .") for s in out if s.strip(" .")]


def _abbrevs() -> frozenset[str]:
    from extractor.patterns import words

    return words("citation_abbreviations")


def _join(lines: list[Line], first: str) -> str:
    text = first
    for ln in lines[1:]:
        piece = rx.MARGIN_NOTE_START_RE.sub("", ln.text.strip())
        text = join_wrapped(text, piece)
    return text


def _strip_label(text: str, parts: _Parts) -> str:
    match = rx.ENTRY_LABEL_RE.match(text)
    if match:
        if match["bracketed"]:
            parts.label = f"[{match['bracketed']}]"
        else:
            parts.label = match["lettered"] or match["numbered"]
        return text[match.end() :].strip()
    return text.strip()


def _take_awards(text: str, parts: _Parts) -> str:
    for match in rx.PAPER_AWARD_RE.finditer(text):
        award = match["award"].strip(" ()[]")
        if award not in parts.awards:
            parts.awards.append(award)
    return rx.PAPER_AWARD_RE.sub("", text).strip()


def _take_link_labels(text: str, parts: _Parts) -> str:
    for label in rx.TRAILING_LINK_LABEL_RE.findall(text):
        name = _link_label(label)
        if not any(link.label == name for link in parts.links):
            parts.links.append(PublicationLink(label=name, url=None))
    return rx.TRAILING_LINK_LABEL_RE.sub("", text).strip()


def _link_label(text: str) -> str:
    return " ".join(text.strip(" []()").casefold().split()) or "link"


def _clean_title(text: str, parts: _Parts) -> str:
    inner = rx.LINK_LABEL_RE.search(text)
    if inner and inner.start() > 0:
        # "Title [link] Lisa Liu and ...": the title ends at a link label
        parts.links.append(PublicationLink(label=_link_label(inner.group(0)), url=None))
        text = text[: inner.start()]
    text = _take_link_labels(text, parts)
    text = text.strip().strip("\"“”‘’'").strip()
    text = rx.TRAILING_PUNCT_RE.sub("", text)
    return text.strip("\"“”‘’' ")


def _clean_venue(text: str | None, parts: _Parts) -> str | None:
    if not text:
        return None
    text = _take_awards(text, parts)
    text = _take_link_labels(text, parts)
    text = rx.STATUS_ONLY_RE.sub("", text)
    text = rx.VENUE_LEAD_RE.sub("", crx.VENUE_ID_LEAD_RE.sub("", text))
    text = _without_editors(crx.VENUE_YEAR_LEAD_RE.sub("", text))
    # the venue's name, without what a reference manager keeps elsewhere: DOI, URL, notes, volume/pages,
    # "Place: Publisher", a date
    text = rx.VENUE_DETAILS_RE.sub("", rx.VENUE_NOTE_RE.sub("", rx.VENUE_DOI_TAIL_RE.sub("", text)))
    text = crx.VENUE_PLACE_PUBLISHER_RE.sub("", crx.VENUE_BRACKET_DATE_RE.sub("", text))
    text = crx.VENUE_ARXIV_ID_RE.sub("", crx.VENUE_PUBLISHER_TAIL_RE.sub("", text))
    previous = None
    while previous != text:  # "SciPost Physics 10, 087 (2021)" -> "SciPost Physics"
        previous = text
        text = rx.VENUE_STATUS_END_RE.sub("", crx.VENUE_LINK_TAIL_RE.sub("", text))
        text = rx.VENUE_YEAR_END_RE.sub("", crx.VENUE_MONTH_YEAR_END_RE.sub("", text))
        text = rx.VENUE_VOLUME_TAIL_RE.sub("", crx.VENUE_DATE_TAIL_RE.sub("", text))
    text = rx.STATUS_ONLY_RE.sub("", text).strip(" ,;")
    last = text.rsplit(maxsplit=1)[-1].rstrip(".").casefold() if text else ""
    if last not in _abbrevs():
        text = text.rstrip(" .")  # a sentence's period, not an abbreviation's ("IEEE Trans. Netw.")
    if text and find_year(text) is None and lookup_venue(text) is None and _status(text) is not None:
        return None  # "Preprint coming soon :)": a status remark, not a venue
    if crx.VENUE_NO_NAME_RE.match(text) or (text.islower() and lookup_venue(text) is None):
        return None  # "Vol. 12. March 2025", "for publication": no venue's name
    return text or None


def _year_outside_title(text: str, title: str) -> int | None:
    """The year the entry prints outside its title, where no field holds one ("Title. Submitted,
    2025."); None when the title is not found as printed (a year inside it is the title's)."""
    flat = " ".join(text.split())
    if title not in flat:
        return None
    before, _, after = flat.partition(title)
    return find_year(after) or find_year(before)


def _before(text: str, piece: str) -> str:
    """``text`` up to where ``piece`` (letters and digits compared) starts inside it, when it does
    after the first character; else ``text``."""
    key, at = fold_key(piece), -1
    if len(key) >= MIN_CUT_KEY:
        at = fold_key(text).find(key)
    if at <= 0:
        return text
    seen = 0
    for i, ch in enumerate(text):
        if seen >= at:
            return text[:i].rstrip(" .,;:‘’'\"“”") or text
        seen += len(fold_key(ch))
    return text


def _after_title(text: str | None, title: str | None) -> str | None:
    """A venue text that starts with the publication's title (the rules ran the title's sentence into
    the venue's: "Title of the paper. Journal of X") without it: what follows the title's letters;
    None when it is the title alone."""
    if not text or not title:
        return text
    key = fold_key(title)
    if not key or not fold_key(text).startswith(key):
        return text
    if fold_key(text) == key:
        return None  # the title again: no venue
    matched = 0
    for at, ch in enumerate(text):
        if fold_key(ch):
            matched += len(fold_key(ch))
            if matched >= len(key):
                return text[at + 1 :].lstrip(" .,;:") or None
    return text


def _without_editors(text: str) -> str:
    """A book's title without its editors: "A. Doe & B. Roe (Eds.), Title" and "Title, A. Doe and
    B. Roe, Eds., Publisher" / "Title. Ed. by A. Doe" both give "Title"."""
    lead = crx.VENUE_EDITORS_LEAD_RE.match(text)
    if lead and looks_like_author_list(lead["names"]) >= AUTHOR_LINE_SCORE:
        text = text[lead.end() :]
    tail = crx.VENUE_EDITORS_TAIL_RE.search(text)
    if tail is None or tail.start() == 0:
        return text
    head = text[: tail.start()]
    pieces = head.split(",")
    # the names just before a trailing "Eds.": the longest run of comma pieces that reads as names
    named = max(
        (
            k
            for k in range(1, len(pieces))
            if looks_like_author_list(",".join(pieces[-k:])) >= AUTHOR_LINE_SCORE
        ),
        default=0,
    )
    return ",".join(pieces[: len(pieces) - named]) if named else head


def _status(text: str) -> str | None:
    """The first status the text names; "arXiv preprint, 2024. Under review" is under review: a
    preprint server names where the text is, a review status what is happening to it."""
    hits = [(m.start(), name) for name in STATUS_ORDER for m in [rx.STATUS_RES[name].search(text)] if m]
    specific = [hit for hit in hits if hit[1] != "preprint"]
    return min(specific or hits)[1] if hits else None


def _kind(subkind: str | None, venue_kind: str | None, venue: str, title: str, status: str | None) -> str:
    if venue_kind == "preprint":
        return "preprint"  # on arXiv, whatever the heading ("Workshop Papers and Preprints")
    if subkind in PUBLICATION_KINDS:  # sub-headings use the contract's kinds; talks are not publications
        return subkind
    if venue_kind:
        return venue_kind
    for kind, pattern in rx.KIND_KEYWORD_RES:
        if pattern.search(venue) or (kind in ("thesis", "report", "patent") and pattern.search(title)):
            return kind
    if status in ("in_submission", "under_review", "preprint"):
        return "preprint"
    return "other"


def _unique_links(links: list[PublicationLink]) -> list[PublicationLink]:
    seen: dict[str, PublicationLink] = {}
    for link in links:
        key = link.label
        if key not in seen or (seen[key].url is None and link.url):
            seen[key] = link
    return list(seen.values())


def fold_key(text: str) -> str:
    return "".join(ch for ch in fold(text) if ch.isalnum())
