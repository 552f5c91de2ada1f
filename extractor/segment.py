"""Find a document's sections, and cut a section into entries (Blocks).

segment_sections(Document) -> [Section]:
  Headings are found by an ordered list of strategies, each a function of (line, context):
  ``vocabulary_heading`` (a short standalone line whose words match the heading vocabulary in
  ``patterns/sections.toml``, whatever its markup), ``structural_heading`` (an HTML/Markdown
  heading level or, in a PDF, a markedly larger font, for headings outside the vocabulary;
  they open an ``other`` section). Markup alone is not trusted: converted CVs mark entry titles
  ("# Kestrel University") with the same '#' as section titles, so a marked line outside the
  vocabulary opens a section only when the document's vocabulary headings use that level
  consistently. A publication sub-heading (Preprints / Conferences / Workshops) inside a
  publications section sets the ``subkind`` of what follows instead of opening a new section.
  Everything before the first heading is the ``header`` section. A heading with nothing under
  it is an empty section. A legend such as "(* Equal contribution)" outside any publications
  section opens one implicitly, and in plain text an implicit section ends at a large break.

split_entries(Section) -> [Block]:
  The entry-start signal is chosen per section from its layout, strongest first (a lone short
  emphasized first line, "Invited", is a label over the list below it, cut by the next cue):
  emphasized lines (headings, bold lines) when the section has them and they recur; numbered labels
  ("[1]", "1.", "C6."); list items at the outermost indentation; a hanging indent (PDF); blank
  lines between groups; a date range at the start of the first line and of others (a date margin);
  and, with none of these, one entry per line. Deeper bullets and indented lines continue the
  current entry. Sub-headings split the section and carry their ``subkind`` into the blocks.
"""

from __future__ import annotations

import itertools
import statistics
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace

from extractor.document import Block, Document, Line, LineLabel, MediaType, Section, SectionKind
from extractor.parse.dates import find_date_range
from extractor.parse.lists import category_runs
from extractor.parse.teaching import group_head
from extractor.patterns import (
    HeadingMatch,
    content_candidates,
    content_cue_kinds,
    find_degree,
    heading_head_kind,
    heading_head_phrase,
    heading_kind,
    words,
)
from extractor.patterns.regexes import (
    AUTHOR_START_RE,
    CONTINUATION_START_RE,
    DESCRIPTION_LABEL_RE,
    ENTRY_LABEL_RE,
    EQUAL_LEGEND_LINE_RE,
    GRANT_AMOUNT_RE,
    GRANT_ROLE_RE,
    HEADING_RULE_TAIL_RE,
    HEADING_WORDS_RE,
    MARGIN_NOTE_START_RE,
    PEOPLE_LINE_RE,
    SENTENCE_END_RE,
    STRAY_GLYPH_LEAD_RE,
    THESIS_RE,
    WORD_RE,
)
from extractor.patterns.structure_regexes import (
    CONTINUED_HEADING_END_RE,
    DATED_END_RE,
    ENTRY_NUMBER_RE,
    HEADING_OPEN_END_RE,
    INITIAL_END_RE,
    OPEN_RANGE_LEAD_RE,
    RANGE_END_LEAD_RE,
    SECTION_NUMBER_RE,
    YEAR_LEAD_RE,
)

# A PDF line this much larger than the body text is a heading even outside the vocabulary.
HEADING_SIZE_RATIO = 1.18
# A hanging indent: entry lines start at least this many points left of the continuation lines,
# all within this many points of one another.
HANGING_INDENT_MIN = 4.0
HANGING_INDENT_TOLERANCE = 1.5
# A hanging indent's indented lines are continuations: at most this share of them are bullets.
HANGING_MAX_BULLET_SHARE = 0.3
# A hanging indent whose outdented lines are at least this share led by a year ("2021 Doe, J. ...") is a
# list grouped by year in the margin: its indented lines open entries too, where a citation starts.
YEAR_MARGIN_MIN_SHARE = 0.6
# An unemphasized publication sub-heading ("Preprints", "Conference Papers") has at most this many words.
SUBHEADING_MAX_WORDS = 3
# An emphasized line outside the vocabulary is a heading by its head noun with at most this
# many words ("Funding Awarded"; "Postdoctoral Fellowship in the Kestrel Ice Group" is an entry).
HEAD_WORD_HEADING_MAX_WORDS = 4
# A qualified heading's head ("Invited keynotes, talks, and workshops" before "on the topic of ice") has
# at most this many words.
QUALIFIED_HEAD_MAX_WORDS = 6
# A lone emphasized label over a group is no entry title when the lines below it make at least
# this many entries by another cue.
LABELLED_LIST_MIN_ENTRIES = 2
# A PDF group of at most this many lines whose first line alone carries a date is one entry.
SHORT_DATED_ENTRY_LINES = 3
# A group of at least this many lines, each ending with a date after at least this many words, is one
# entry per line (fewer lines are as often an entry and its dated detail line).
DATED_LINES_MIN = 3
DATED_LINE_MIN_WORDS = 2
# Publication sub-kinds whose lists are presentations: a "Posters" heading opens talks.
PRESENTED_SUBKINDS = frozenset({"poster"})
# Publication sub-kinds whose heading, outside a publications section, opens an ``other`` section.
UNPUBLISHED_ALONE_SUBKINDS = frozenset({"workshop"})
# Publication sub-kinds whose heading inside a service section names the venues served.
SERVICE_VENUE_SUBKINDS = frozenset({"journal", "conference", "workshop"})
# Words of a courses heading that under Teaching names the courses taught.
COURSE_WORDS = frozenset({"course", "courses"})
# Sections where a line naming a role, set smaller than the section's heading, is an entry's title
# line even where its words or its size would make it a heading ("Teaching Assistant at Kestrel").
ROLE_TITLE_KINDS = frozenset({SectionKind.TEACHING, SectionKind.EXPERIENCE})
# Sections the rules cut even where the model labels lines: the header, and teaching, whose parser
# reads its role and institution lines and its several-dated blocks from the rules' cut (on the
# devset the model's cut lost teaching roles there).
RULE_CUT_KINDS = frozenset({SectionKind.HEADER, SectionKind.TEACHING})
# Sections whose parsers read a line the model calls a sub-heading as the context of the entries
# below it (an employer over its roles, a school over its degrees): there it stays a block of its
# own. Elsewhere it is a sub-heading, in no entry ("Invited" over talks, a page number, a stray mark).
CONTEXT_SUBHEADING_KINDS = frozenset({SectionKind.EXPERIENCE, SectionKind.EDUCATION})
# Sections whose entries are described by bullets under them (a job's duties, a degree's thesis):
# there a bullet the model starts an entry at, indented at least this many points right of the
# entry it follows (a line that is no bullet), continues that entry. Elsewhere bullets under a line
# are often entries under a group label (service roles under a committee, papers under a project).
DESCRIBED_KINDS = frozenset({SectionKind.EXPERIENCE, SectionKind.EDUCATION})
DESCRIPTION_INDENT = 3.0
# Sections whose outermost bullets start entries whatever the model says, where the line above is a
# wrapped line (no bullet, at least WRAP_INDENT_MIN points right of the bullets): corpus CVs, 155 of
# 158 such publication lines start an entry, 139 of 139 in talks, 45 of 47 in awards, and the model
# ran some of them into the entry above.
# Sections whose lines after a line ending with a comma, or led by a lowercase connector, go on
# with the entry above (corpus CV annotations: 637 such lines inside award, grant and talk items, 1
# starting one; 714 connector-led lines inside items of these and service, none starting one).
CONTINUED_KINDS = frozenset({SectionKind.AWARDS, SectionKind.GRANTS, SectionKind.TALKS})
# Sections where a line after a line ending with a date starts an entry, when it starts with a capital
# and the lines up to the model's next start end with a date too ("Fern Prize, 2020" / "Root Medal,
# Tarrow Society, 2019"): corpus CV annotations, 256 award and 51 grant boundaries of that shape, 9
# and 1 items with such a line inside (talks and service: 93% and 93%, left to the model).
DATED_ENTRY_KINDS = frozenset({SectionKind.AWARDS, SectionKind.GRANTS})
CONTINUATION_LEADS = frozenset({"for", "of", "and", "in", "on", "at", "the", "to", "with", "from", "by", "&"})
BULLETED_ENTRY_KINDS = frozenset({SectionKind.PUBLICATIONS, SectionKind.TALKS, SectionKind.AWARDS})
OUTER_BULLET_TOLERANCE = 0.5
WRAP_INDENT_MIN = 3.0
# Sections whose entries are named groups (skills by category): one with no group names is one entry.
GROUPED_KINDS = frozenset({SectionKind.SKILLS})
# A numbered list: at least this many lines numbered in sequence (1, 2, 3 or 12, 11, 10) start its
# entries, and no other line between its first and last number does (its entries' wrapped lines).
NUMBERED_RUN_MIN = 3
# A document with at least this many vocabulary headings shows its heading style: a line outside
# the vocabulary is a heading by its size or capitals only when set in a style two of them share.
STYLE_MIN_HEADINGS = 3
# A heading's second line is set in its size, within this many points.
HEADING_WRAP_SIZE_TOLERANCE = 0.5
# A heading is short: at most this many characters.
MAX_HEADING_CHARS = 80
# A heading's line, with dot leaders or a drawn rule after it, has at most this many characters.
HEADING_LINE_MAX_CHARS = 400
# A section's lines change the kind its heading gave only when at least this many of them show
# the other kind, more of them than show the heading's kind, and at least this share of all its
# lines: two "preprint" notes among a page of project descriptions do not make a publication list.
CONTENT_MIN_LINES = 2
CONTENT_MIN_SHARE = 1 / 6
# Sections whose bold entry titles wrap: a bold line right under a bold line at the same left edge
# (within this many points) that ends no sentence goes on with its title, it starts no entry. (Corpus
# CVs, the rules' cut: 39 of 39 such publication lines are inside an entry; under awards, grants and
# other sections most are entries of their own, one bold line each.)
WRAPPED_TITLE_KINDS = frozenset({SectionKind.PUBLICATIONS})
WRAPPED_TITLE_TOLERANCE = 1.0


@dataclass(frozen=True, slots=True)
class _Context:
    media: MediaType
    body_size: float | None
    structural_levels: frozenset[int]  # heading levels that vocabulary headings use consistently
    heading_styles: frozenset[tuple[bool, bool, float | None]]  # (bold, caps, size) of PDF headings
    numbered_headings: bool = False  # the vocabulary headings carry section numbers ("1. Education")
    # (bold, caps, size) styles at least two vocabulary headings share, when the document has enough
    # of them to show its heading style; None when it has too few
    shared_styles: frozenset[tuple[bool, bool, float | None]] | None = None


HeadingStrategy = Callable[[Line, _Context], HeadingMatch | None]


def _heading_text(line: Line) -> str:
    """The line without a drawn rule or dot leaders after it ("EDUCATION_______"). A line longer than
    ``HEADING_LINE_MAX_CHARS`` is kept whole: no heading is that long, even with its leaders."""
    if len(line.text) > HEADING_LINE_MAX_CHARS:
        return line.text
    return HEADING_RULE_TAIL_RE.sub("", line.text)


def vocabulary_heading(line: Line, ctx: _Context) -> HeadingMatch | None:
    """A short standalone line matching the heading vocabulary ("RESEARCH EXPERIENCE")."""
    text = _heading_text(line)
    numbered = line.list_item and text[:1].isdigit()  # "3. Education" in plain text
    if (line.list_item and not numbered) or len(text) > MAX_HEADING_CHARS:
        return None
    if (
        line.heading_level is None
        and SENTENCE_END_RE.search(text)
        and not CONTINUED_HEADING_END_RE.search(text)
    ):
        return None  # "Journal of Ice, 2022.": a sentence, not a heading ("Service ctd." is one)
    match = heading_kind(text)
    if match is None and (stray := STRAY_GLYPH_LEAD_RE.match(text)):
        match = heading_kind(text[stray.end() :])  # "A Recent Publications": an icon font's letter first
    if match is None:
        return None
    if ctx.media is MediaType.PDF and not _looks_emphasized(line, ctx):
        return None  # a PDF heading stands out: bold, caps, larger or set apart
    return match


def head_word_heading(line: Line, ctx: _Context) -> HeadingMatch | None:
    """A PDF line outside the vocabulary whose head noun names a kind ("Editorial Activities"), set
    like the document's known headings, or a short emphasized line (bold, capitals, larger or set
    apart: a lower-level heading, "Funding Awarded" under "Research")."""
    text = _heading_text(line)
    if ctx.numbered_headings and (number := SECTION_NUMBER_RE.match(text)):
        text = text[number.end() :]  # "3. Antecedentes Académicos", numbered as the known headings are
    if (
        ctx.media is not MediaType.PDF
        or line.list_item
        or len(text) > MAX_HEADING_CHARS
        or SENTENCE_END_RE.search(text)
        or HEADING_WORDS_RE.fullmatch(text.strip()) is None  # "Diversity Award]": the tail of an entry
        or _continues_text(text)
    ):
        return None
    styled = _style(line) in ctx.heading_styles
    short_emphasis = _looks_emphasized(line, ctx) and len(text.split()) <= HEAD_WORD_HEADING_MAX_WORDS
    if not (styled or short_emphasis):
        return None
    kind = heading_head_kind(text, edges_only=True)
    return HeadingMatch(kind=kind, subkind=None) if kind is not None else None


def qualified_heading(line: Line, ctx: _Context) -> HeadingMatch | None:
    """A PDF line set exactly like the document's known headings whose head, before a qualifier,
    names a kind: "Selected Talks (* student speaker)", "Invited keynotes, talks, and workshops on
    the topic of ice". The head ends with a plural noun, a list's name ("Postdoctoral Fellowship at
    Example University", an entry title set like the headings, is no heading), and is the vocabulary's
    phrase or carries a head word at its edges."""
    if ctx.media is not MediaType.PDF or line.list_item or _continues_text(line.text):
        return None
    styles = ctx.heading_styles if ctx.shared_styles is None else ctx.shared_styles
    text = _heading_text(line)
    style = _style(line)
    if not (style[0] or style[1]) or style not in styles or len(text) > 2 * MAX_HEADING_CHARS:
        return None  # bold or capitals like the headings: a plain line in the body's style is no heading
    if any(char.isdigit() for char in text):
        return None  # "Best Paper Award (Example Society), 2014": an entry with its year
    head = heading_head_phrase(text)
    if (
        head is None
        or len(head.split()) > QUALIFIED_HEAD_MAX_WORDS
        or HEADING_WORDS_RE.fullmatch(head) is None
        or not _plural_noun(head.split()[-1])
    ):
        return None
    if (match := heading_kind(head)) is not None:
        return match
    kind = heading_head_kind(head, edges_only=True)
    return HeadingMatch(kind=kind, subkind=None) if kind is not None else None


def _plural_noun(word: str) -> bool:
    """An English plural ("workshops", "Activities"): a heading names a list, an entry title one thing."""
    folded = word.casefold()
    return folded.endswith("s") and not folded.endswith(("ss", "us", "is"))


def structural_heading(line: Line, ctx: _Context) -> HeadingMatch | None:
    """A marked-up heading outside the vocabulary ("## Projects"), where markup can be trusted; its
    kind is the one its words carry ("Referee Activities": service), else ``other``."""
    text = _heading_text(line)
    if len(text) > MAX_HEADING_CHARS or line.list_item:
        return None
    if not _structural(line, text, ctx):
        return None
    if (match := heading_kind(text)) is not None:
        return match  # the vocabulary's, where it did not stand out by itself ("Service ctd.")
    kind = heading_head_kind(text, edges_only=True) or SectionKind.OTHER.value  # not "Teaching Fellow"
    return HeadingMatch(kind=kind, subkind=None)


def _structural(line: Line, text: str, ctx: _Context) -> bool:
    styles = ctx.heading_styles if ctx.shared_styles is None else ctx.shared_styles
    if styles and _style(line) in styles and _caps(text) and len(text.split()) <= 6:
        return True  # set like the document's known headings ("VOLUNTEER WORK AND ACTIVITIES")
    if line.heading_level is not None and line.heading_level in ctx.structural_levels:
        return True
    if ctx.media is MediaType.PDF and _continues_text(text):
        return False  # "providing full research funding": a wrapped line set large, not a heading
    return bool(
        ctx.media is MediaType.PDF
        and ctx.body_size
        and line.size
        and line.size >= HEADING_SIZE_RATIO * ctx.body_size
        and line.number > 2  # the name at the top is large too; it belongs to the header
        and not SENTENCE_END_RE.search(line.text)
        # where the document's own headings show their style, a larger line is a heading only in
        # that style: bold 11 pt organisation lines over a 9 pt body under 20 pt headings are entries
        and (ctx.shared_styles is None or _style(line) in ctx.shared_styles)
    )


HEADING_STRATEGIES: tuple[HeadingStrategy, ...] = (
    vocabulary_heading,
    head_word_heading,
    qualified_heading,
    structural_heading,
)


def find_heading(line: Line, ctx: _Context) -> HeadingMatch | None:
    for strategy in HEADING_STRATEGIES:
        match = strategy(line, ctx)
        if match is not None:
            if match.subkind in PRESENTED_SUBKINDS:  # posters and abstracts are presented, not published
                return HeadingMatch(kind=SectionKind.TALKS.value, subkind=None)
            return match
    return None


def _continues_text(text: str) -> bool:
    """A line opening in lower case ("in Other Fields", "i=invited)"): the rest of the line above. A
    PDF heading outside the vocabulary never does (web pages set headings in lower case)."""
    first = next((ch for ch in text if ch.isalpha()), "")
    return first.islower()


def _caps(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and sum(c.isupper() for c in letters) >= 0.8 * len(letters)


def _style(line: Line) -> tuple[bool, bool, float | None]:
    return (line.bold, _caps(_heading_text(line)), round(line.size) if line.size else None)


def _looks_emphasized(line: Line, ctx: _Context) -> bool:
    caps = _caps(line.text)
    larger = bool(ctx.body_size and line.size and line.size > ctx.body_size * 1.05)
    return line.bold or caps or larger or line.blank_before or line.heading_level is not None


def _context(doc: Document) -> _Context:
    sizes = Counter[float]()
    for line in doc.lines:
        if line.size:
            sizes[line.size] += len(line.text)
    body = sizes.most_common(1)[0][0] if sizes else None
    levels: Counter[int] = Counter()
    for line in doc.lines:
        match = heading_kind(_heading_text(line)) if line.heading_level is not None else None
        if match is not None and match.subkind is None:  # "### Workshops" is a sub-heading, not a level
            levels[line.heading_level] += 1  # type: ignore[index]
    structural: frozenset[int] = frozenset()
    if levels and doc.source.media_type in (MediaType.HTML, MediaType.DOCX):  # real heading markup
        structural = frozenset(range(min(levels), max(levels) + 1))
    elif len(levels) == 1:
        # Markdown whose sections all use one level: unknown headings at that level are sections
        # too; a "# Name" above them is the title, not a section
        structural = frozenset(levels)
    styles: set[tuple[bool, bool, float | None]] = set()
    numbered = False
    shared: frozenset[tuple[bool, bool, float | None]] | None = None
    if doc.source.media_type is MediaType.PDF:
        partial = _Context(doc.source.media_type, body, structural, frozenset())
        known = [ln for ln in doc.lines if vocabulary_heading(ln, partial) is not None]
        styles = {_style(ln) for ln in known}
        styles = {st for st in styles if st[0] or st[1]}  # only bold or capitalized styles are distinctive
        numbered = any(SECTION_NUMBER_RE.match(_heading_text(ln)) for ln in known)
        if len(known) >= STYLE_MIN_HEADINGS:
            counted = Counter(_style(ln) for ln in known)
            shared = frozenset(st for st, n in counted.items() if n >= 2)
    return _Context(
        media=doc.source.media_type,
        body_size=body,
        structural_levels=structural,
        heading_styles=frozenset(styles),
        numbered_headings=numbered,
        shared_styles=shared,
    )


def segment_sections(doc: Document, labels: Mapping[int, LineLabel] | None = None) -> list[Section]:
    """Cut the document into sections; the first is the header (lines before any heading).

    Sections come from the layout rules below. ``labels`` (line number -> label) come from the
    structure model (``extractor.learn.structure``): inside each section its ``B`` lines start entries
    and its ``SUB``/``HEAD`` lines are sub-headings; without labels the rules cut entries too. (Fold-out,
    the model's own headings were worse than the rules', so it does not open sections.)
    """
    sections = segment_sections_by_rules(doc)
    if labels is not None:
        sections = [_with_entry_labels(section, labels) for section in sections]
    return [part for section in sections for part in split_combined_section(section)]


def split_combined_section(section: Section) -> list[Section]:
    """An awards section whose heading names grants too ("Grants and Awards", "Honors, Awards, and
    Funding") holds both: its entries that show a grant (``_shows_grant``) are grants, the others
    awards. The part with more entries comes first (it
    keeps the heading's place); each part keeps its entries as cut."""
    if (
        section.kind is not SectionKind.AWARDS
        or section.heading is None
        or SectionKind.GRANTS.value not in content_cue_kinds(_heading_text(section.heading))
    ):
        return [section]
    parts: dict[SectionKind, list[Block]] = {SectionKind.AWARDS: [], SectionKind.GRANTS: []}
    for block in split_entries(section):
        parts[SectionKind.GRANTS if _shows_grant(block) else SectionKind.AWARDS].append(block)
    # the larger part first; of equal parts the heading's own kind
    order = sorted(parts, key=lambda kind: (-len(parts[kind]), kind is not section.kind))
    confidence = dict(section.start_confidence)
    out: list[Section] = []
    for kind in order:
        if not parts[kind]:
            continue
        starts = [b.lines[0].number for b in parts[kind]]
        out.append(
            replace(
                section,
                kind=kind,
                lines=tuple(ln for b in parts[kind] for ln in b.lines),
                entry_starts=frozenset(starts),
                subheadings=frozenset(),
                start_confidence=tuple((n, confidence[n]) for n in starts if n in confidence),
            )
        )
    return out or [section]


def _with_entry_labels(section: Section, labels: Mapping[int, LineLabel]) -> Section:
    """A rule section whose entries start where the model's ``B`` labels say."""
    if section.kind in RULE_CUT_KINDS or not section.lines:
        return section
    starts: set[int] = set()
    subheadings: set[int] = set()
    confidence: list[tuple[int, float]] = []
    for line in section.lines:
        tag = labels.get(line.number)
        name = tag.label if tag else "O"
        if name in ("SUB", "HEAD") and section.kind not in CONTEXT_SUBHEADING_KINDS:
            subheadings.add(line.number)
        elif name in ("SUB", "HEAD"):
            # a context line its parser reads (an employer over its roles): a block of its own
            starts.add(line.number)
            confidence.append((line.number, tag.confidence if tag else 0.0))
        elif name == "B":
            starts.add(line.number)
            confidence.append((line.number, tag.confidence if tag else 0.0))
    if section.kind in DESCRIBED_KINDS:
        starts -= _description_bullets(section.lines, starts, labels)
        starts -= _role_lines(section.lines)
    if section.kind in CONTINUED_KINDS:
        continued = _continuation_lines(section.lines) & starts
        starts -= continued
        confidence = [(n, p) for n, p in confidence if n not in continued]
    if section.kind in DATED_ENTRY_KINDS:
        dated = _after_dated_ends(section.lines, starts)
        starts |= dated
        confidence += [(n, 1.0) for n in dated]
    if section.kind in BULLETED_ENTRY_KINDS:
        bullets = _outer_bullets_after_wrap(section) - starts
        starts |= bullets
        confidence += [(n, 1.0) for n in bullets]
    for numbered, span in numbered_runs(section.lines):
        starts = (starts - span) | numbered
        confidence = [(n, p) for n, p in confidence if n not in span] + [(n, 1.0) for n in sorted(numbered)]
    confidence.sort()
    return replace(
        section,
        entry_starts=frozenset(starts),
        subheadings=frozenset(subheadings),
        start_confidence=tuple(confidence),
    )


def _description_bullets(
    lines: Sequence[Line], starts: set[int], labels: Mapping[int, LineLabel]
) -> set[int]:
    """The bullets the model starts entries at that describe the entry above: its first line is no
    bullet, the model starts it as an entry (not a sub-heading), and it sits at least
    ``DESCRIPTION_INDENT`` points left of the bullet."""
    out: set[int] = set()
    head: Line | None = None
    for line in lines:
        if line.number not in starts:
            continue
        tag = labels.get(line.number)
        if (
            line.list_item
            and head is not None
            and head.x0 is not None
            and line.x0 is not None
            and head.x0 <= line.x0 - DESCRIPTION_INDENT
        ):
            out.add(line.number)
            continue
        head = line if not line.list_item and tag is not None and tag.label == "B" else None
    return out


def _outer_bullets_after_wrap(section: Section) -> set[int]:
    """The bullets at a section's outermost bullet position that the rules start entries at, each
    under a wrapped line (no bullet, set right of that position): a bulleted list's next entry."""
    lines = section.lines
    bullets = [line.x0 for line in lines if line.list_item and line.x0 is not None]
    if not bullets:
        return set()
    outer = min(bullets)
    rule_starts = {block.lines[0].number for block in split_entries_by_rules(section)}
    return {
        line.number
        for above, line in itertools.pairwise(lines)
        if line.list_item
        and line.number in rule_starts
        and line.x0 is not None
        and line.x0 <= outer + OUTER_BULLET_TOLERANCE
        and not above.list_item
        and above.x0 is not None
        and above.x0 >= outer + WRAP_INDENT_MIN
    }


def _continuation_lines(lines: Sequence[Line]) -> set[int]:
    """Lines that go on with the entry above whatever the model says: under a line ending with a
    comma ("Graduate Fellowship, Tarrow" / "Foundation for Roots, 2016"), or led by a lowercase
    connector ("Best Paper, Workshop on Roots" / "for Health, 2019"); a bullet starts its own."""
    out: set[int] = set()
    for above, line in itertools.pairwise(lines):
        if line.list_item:
            continue
        first = next(iter(line.text.split(maxsplit=1)), "")
        if above.text.rstrip().endswith(",") or first in CONTINUATION_LEADS:
            out.add(line.number)
    return out


def _after_dated_ends(lines: Sequence[Line], starts: set[int]) -> set[int]:
    """Lines that start an entry after a line ending with a date, where the model ran them into the
    entry above: a capital first, and a date at the end of one of the lines up to the next start."""
    out: set[int] = set()
    for k in range(1, len(lines)):
        line = lines[k]
        if line.number in starts or not line.text[:1].isupper() or not DATED_END_RE.search(lines[k - 1].text):
            continue
        end = next((j for j in range(k + 1, len(lines)) if lines[j].number in starts), len(lines))
        if any(DATED_END_RE.search(ln.text) for ln in lines[k:end]):
            out.add(line.number)
    return out


def _role_lines(lines: Sequence[Line]) -> set[int]:
    """Lines after a section's first that name the entry's people, thesis or project, or label its
    description ("Hosts: A. Doe and B. Roe", "Thesis: Ice", "Project 2: Snow", "Tasks: fieldwork"):
    they describe the entry above, never start one."""
    return {line.number for line in lines[1:] if _describes_entry(line.text.strip())}


def _describes_entry(text: str) -> bool:
    return bool(PEOPLE_LINE_RE.match(text) or THESIS_RE.match(text) or DESCRIPTION_LABEL_RE.match(text))


def numbered_runs(lines: Sequence[Line]) -> list[tuple[frozenset[int], frozenset[int]]]:
    """The numbered lists among ``lines``: for each run of at least ``NUMBERED_RUN_MIN`` lines whose
    numbers go up (or down) by one, the numbers of its numbered lines and of every line from its
    first to its last numbered line. A numbered line out of sequence (a wrapped "2. Quill" inside
    entry 7) is a line of the run, not a number of it."""
    runs: list[list[tuple[int, int]]] = []  # (index in lines, printed number)
    step = 1
    for i, line in enumerate(lines):
        match = ENTRY_NUMBER_RE.match(line.text)
        if match is None:
            continue
        number = int(match["number"])
        run = runs[-1] if runs else []
        if len(run) == 1 and abs(number - run[0][1]) == 1:
            step = number - run[0][1]
            run.append((i, number))
        elif len(run) > 1 and number == run[-1][1] + step:
            run.append((i, number))
        elif len(run) == 1:
            run[0] = (i, number)  # two unrelated numbers: the later one may begin the list
        elif not run or number == 1 or (step < 0 and number > run[-1][1]):
            runs.append([(i, number)])  # the first list, or a list numbered afresh
        # else: a number out of sequence inside the list, a wrapped line of an entry
    out = []
    for run in runs:
        if len(run) < NUMBERED_RUN_MIN:
            continue
        numbered = frozenset(lines[i].number for i, _ in run)
        span = frozenset(line.number for line in lines[run[0][0] : run[-1][0] + 1])
        out.append((numbered, span))
    return out


def segment_sections_by_rules(doc: Document) -> list[Section]:
    """The layout rules' sections (also the structure model's features)."""
    ctx = _context(doc)
    sections: list[Section] = []
    kind, heading, label, subkind, implicit = SectionKind.HEADER, None, None, None, False
    current: list[Line] = []

    def close() -> None:
        if heading is not None or current:
            section = Section(kind=kind, heading=heading, lines=tuple(current), label=label, subkind=subkind)
            sections.append(_kind_by_content(section))

    for line in doc.lines:
        if implicit and line.break_before and ctx.media is not MediaType.HTML:
            close()
            kind, heading, label, subkind, implicit, current = SectionKind.OTHER, None, None, None, False, []
        if heading is not None and not current and _heading_wraps_to(heading, line, ctx):
            heading = replace(heading, text=f"{heading.text} {line.text}")  # its second line
            label = _heading_text(heading)
            continue
        match = find_heading(line, ctx)
        if (
            match is not None
            and match.subkind
            and kind is SectionKind.PUBLICATIONS
            and not _subheading_like(line)
        ):
            match = None  # a venue line ("Workshop on Machine Learning") is not a sub-heading
        if match is not None:
            new_kind = SectionKind(match.kind)
            if new_kind is SectionKind.PUBLICATIONS and kind is SectionKind.PUBLICATIONS and match.subkind:
                # a sub-heading inside publications: keep the section, mark what follows
                current.append(line)
                continue
            if (
                kind is SectionKind.SERVICE
                and match.subkind in SERVICE_VENUE_SUBKINDS
                and heading_head_kind(_heading_text(line)) != SectionKind.PUBLICATIONS.value
            ):
                # "Journals", "Conference organization:" under Service: the venues served, a
                # service sub-section, not a publication list ("Journal Articles" still is one)
                new_kind, match = SectionKind.SERVICE, HeadingMatch(SectionKind.SERVICE.value, None)
            elif kind is SectionKind.TEACHING and new_kind is SectionKind.COURSES and _names_courses(line):
                # "Graduate Courses" under Teaching: the courses taught, not coursework taken
                new_kind, match = SectionKind.TEACHING, HeadingMatch(SectionKind.TEACHING.value, None)
            elif match.subkind in UNPUBLISHED_ALONE_SUBKINDS:
                # "Workshops" heading a section of its own lists workshops attended, led or
                # presented at (its lines may still show talks or papers: [content_decided])
                new_kind, match = SectionKind.OTHER, HeadingMatch(SectionKind.OTHER.value, None)
            if new_kind is kind and current and _run_in_role(line):
                # a run-in role label repeating the section's kind ("Teaching Assistant:" under
                # Teaching); "Guest Lectures:" there opens a sub-section of the same kind
                current.append(line)
                continue
            if new_kind in (kind, SectionKind.OTHER) and _role_title(line, heading, kind):
                # "Instructor at Kestrel University" set larger than the body under Teaching: the
                # role its courses below are taught in, an entry's line, not a section of its own
                current.append(line)
                continue
            close()
            kind, heading, label, subkind, current = new_kind, line, _heading_text(line), match.subkind, []
            implicit = line.text.rstrip().endswith(":") and ctx.media is not MediaType.HTML
            continue
        if kind is not SectionKind.PUBLICATIONS and EQUAL_LEGEND_LINE_RE.fullmatch(line.text):
            close()
            kind, heading, label, subkind, current, implicit = (
                SectionKind.PUBLICATIONS,
                None,
                None,
                None,
                [],
                True,
            )
        current.append(line)
    close()
    sections = _kinds_from_subheadings(sections)
    return _kinds_from_parent(sections) if ctx.media is MediaType.PDF else sections


def _names_courses(line: Line) -> bool:
    """A short heading naming courses ("Undergraduate Courses"), not training or certificates, nor a
    phrase of its own ("Courses I Would Like to Teach": the courses a statement proposes)."""
    found = WORD_RE.findall(_heading_text(line).casefold())
    return len(found) <= SUBHEADING_MAX_WORDS and any(word in COURSE_WORDS for word in found)


def _heading_wraps_to(heading: Line, line: Line, ctx: _Context) -> bool:
    """Whether a PDF line right under a heading is the heading's second line: the heading stops
    mid-phrase (a comma, a connector, an open parenthesis) and the line, set like it, goes on in lower
    case ("Seminars, conferences and posters (o = oral," over "i = invited)")."""
    text = heading.text.rstrip()
    return (
        ctx.media is MediaType.PDF
        and (HEADING_OPEN_END_RE.search(text) is not None or text.count("(") > text.count(")"))
        and line.text.lstrip()[:1].islower()
        and line.bold == heading.bold
        and line.size is not None
        and heading.size is not None
        and abs(line.size - heading.size) <= HEADING_WRAP_SIZE_TOLERANCE
        and len(heading.text) + len(line.text) < 2 * MAX_HEADING_CHARS
    )


def _role_title(line: Line, heading: Line | None, kind: SectionKind) -> bool:
    """A line inside a teaching or experience section that names a role and is set smaller than the
    section's heading: an entry's title line (a sub-level of the document's layout), not a heading."""
    if kind not in ROLE_TITLE_KINDS or heading is None or not heading.size or not line.size:
        return False
    if line.size >= heading.size:
        return False
    return any(word in words("job_titles") for word in WORD_RE.findall(_heading_text(line).casefold()))


def _run_in_role(line: Line) -> bool:
    """A line ending with a colon that names a role ("Teaching Assistant:"): a label its entries'
    parser reads, not a heading, even where its words are the vocabulary's."""
    text = _heading_text(line).rstrip()
    if not text.endswith(":"):
        return False
    return any(word in words("job_titles") for word in WORD_RE.findall(text.casefold()))


def _kinds_from_subheadings(sections: list[Section]) -> list[Section]:
    """A heading that leaves its kind to its lines ("Research") but has (almost) none, followed by a
    section a sub-heading opened ("Journal Articles"), takes that section's kind."""
    out = list(sections)
    for i, (section, after) in enumerate(itertools.pairwise(sections)):
        if section.heading is None or len(section.lines) >= CONTENT_MIN_LINES or after.subkind is None:
            continue
        candidates = content_candidates(_heading_text(section.heading))
        if str(section.kind) in candidates and str(after.kind) in candidates:
            out[i] = replace(section, kind=after.kind)
    return out


def _shows_grant(block: Block) -> bool:
    """An entry of a combined grants and awards section that is a grant: a funder's word, an amount
    or a PI role; one that names an award too ("Young Investigator Award") only with an amount or a
    PI role."""
    kinds = set().union(*(content_line_kinds(ln.text) for ln in block.lines))
    if SectionKind.GRANTS.value not in kinds:
        return False
    text = block.text
    return SectionKind.AWARDS.value not in kinds or bool(
        GRANT_AMOUNT_RE.search(text) or GRANT_ROLE_RE.search(text)
    )


def _kinds_from_parent(sections: list[Section]) -> list[Section]:
    """A heading with no lines of its own ("Funding") followed by headings whose words name
    no kind, opening ``other`` sections ("Current", "Past"): those are its sub-headings, and their
    sections take its kind. (PDF only: a web page's empty heading is often a title over a tagline
    heading, "Selected Talks" over "Upcoming Events".)"""
    out = list(sections)
    parent: SectionKind | None = None
    for i, section in enumerate(sections):
        text = _heading_text(section.heading) if section.heading is not None else ""
        unknown = bool(text) and heading_kind(text) is None and heading_head_kind(text) is None
        if parent is not None and section.kind is SectionKind.OTHER and unknown:
            out[i] = replace(section, kind=parent)
            continue
        parent = None
        if (
            section.heading is not None
            and not section.lines
            and section.kind not in (SectionKind.OTHER, SectionKind.HEADER)
        ):
            parent = section.kind
    return out


def _kind_by_content(section: Section) -> Section:
    """A section whose heading leaves its kind to its lines ("Research", "Grants and Awards") takes
    the kind most of its lines show, when they show one clearly; any other section is kept."""
    if section.heading is None or not section.lines:
        return section
    candidates = content_candidates(_heading_text(section.heading))
    if str(section.kind) not in candidates:
        return section
    counts = Counter[str]()
    for line in section.lines:
        counts.update(content_line_kinds(line.text) & set(candidates))
    best = max(candidates, key=lambda kind: (counts[kind], -candidates.index(kind)))
    if (
        counts[best] < CONTENT_MIN_LINES
        or counts[best] < CONTENT_MIN_SHARE * len(section.lines)
        or counts[best] <= counts[str(section.kind)]
    ):
        return section
    new_kind = SectionKind(best)
    subkind = section.subkind if new_kind is SectionKind.PUBLICATIONS else None
    return replace(section, kind=new_kind, subkind=subkind)


def content_line_kinds(text: str) -> frozenset[str]:
    """The kinds a section line is evidence of: its words (``[content_words]`` in sections.toml), an
    author list first (publications), an amount or a PI role (grants)."""
    kinds = set(content_cue_kinds(text))
    if AUTHOR_START_RE.match(text):
        kinds.add(SectionKind.PUBLICATIONS.value)
    if not kinds and (GRANT_AMOUNT_RE.search(text) or GRANT_ROLE_RE.search(text)):
        kinds.add(SectionKind.GRANTS.value)  # an amount alone: prizes carry amounts too
    return frozenset(kinds)


def split_entries(section: Section) -> list[Block]:
    """Cut a section into entries: at the model's entry starts when it labelled the section, else by
    the layout rules; publication sub-kinds are carried into the blocks. A skills section none of
    whose lines names a group is one entry (``_one_unlabelled_group``)."""
    blocks = _split_entries(section)
    if section.kind is SectionKind.TEACHING:
        blocks = course_groups(blocks)
    return _one_unlabelled_group(section, blocks)


def course_groups(blocks: list[Block]) -> list[Block]:
    """Teaching: an entry opened by a line that heads a group of courses (``group_head``: a school,
    a role at a school, a role alone) takes the entries below it, up to the next such line, as the
    corpus convention has it: the group as printed is one entry, whatever the number of courses
    ("Kestrel University" over "BOT 101 Botany" / "BOT 210 Ferns"). Head lines printed one under the
    other with no course between them head one group ("Teaching Assistant" / "Kestrel University")."""
    grouped: list[Block] = []
    in_group = False  # whether the entry being filled was opened by a head line
    for block in blocks:
        opens = group_head(block.lines[0].text) is not None
        if opens and not (in_group and _only_heads(grouped[-1])):
            grouped.append(block)
            in_group = True
        elif in_group:
            grouped[-1] = replace(grouped[-1], lines=grouped[-1].lines + block.lines)
        else:
            grouped.append(block)
    return grouped


def _only_heads(block: Block) -> bool:
    return all(group_head(line.text) is not None for line in block.lines)


def _one_unlabelled_group(section: Section, blocks: list[Block]) -> list[Block]:
    """A section whose entries are groups (skills: "Programming: A, B" / "Languages: C") where no line
    names its group, by a label before a colon, a label cell or a bold run, and no bullet starts one,
    is one group: one tool or language a line ("R" / "Python" / "Git"), one entry. (Corpus CVs: 30
    skills lists are annotated as one such entry; the rules and the model cut them a line each.)"""
    if section.kind not in GROUPED_KINDS or len(blocks) < 2:
        return blocks
    lines = [line for block in blocks for line in block.lines]
    if any(_names_a_group(line) for line in lines):
        return blocks
    return [replace(blocks[0], lines=tuple(lines))]


def _names_a_group(line: Line) -> bool:
    """A line that names its group ("Tools: A, B", a label cell, a bold label) or starts one (a bullet)."""
    return bool(
        line.cells
        or line.bold
        or line.bold_spans
        or line.list_item
        or category_runs(line.text)[0][0] is not None
    )


def _split_entries(section: Section) -> list[Block]:
    if section.entry_starts is None:
        return split_entries_by_rules(section)
    confidence = dict(section.start_confidence)
    blocks: list[Block] = []
    subkind = section.subkind
    group: list[Line] = []

    def flush() -> None:
        if group:
            blocks.append(
                Block(lines=tuple(group), subkind=subkind, confidence=confidence.get(group[0].number))
            )

    for line in section.lines:
        if line.number in section.subheadings:
            flush()
            group = []
            match = heading_kind(_heading_text(line))
            if section.kind is SectionKind.PUBLICATIONS and match is not None and match.subkind:
                subkind = match.subkind
            continue
        if line.number in section.entry_starts or not group:
            flush()
            group = [line]
        else:
            group.append(line)
    flush()
    return blocks


def split_entries_by_rules(section: Section) -> list[Block]:
    """Cut a section into entries by layout, carrying publication sub-kinds into the blocks."""
    blocks: list[Block] = []
    for subkind, lines in _subsections(section):
        groups = _split_group(lines)
        if section.kind in WRAPPED_TITLE_KINDS:
            groups = _join_wrapped_titles(groups)
        for group in groups:
            blocks.append(Block(lines=tuple(group), subkind=subkind))
    return blocks


def _join_wrapped_titles(groups: list[list[Line]]) -> list[list[Line]]:
    """A group opened by the second line of a wrapped emphasized title joins the group above."""
    joined: list[list[Line]] = []
    for group in groups:
        if joined and _wraps_title(joined[-1][-1], group[0]):
            joined[-1].extend(group)
        else:
            joined.append(list(group))
    return joined


def _wraps_title(above: Line, line: Line) -> bool:
    """Whether ``line`` is the next line of the emphasized title ``above``: both bold, no bullet, on
    one page at one left edge, and the line above ends no sentence ("A Quiet Theory of" over "Ice
    Shelves"). In a publication list every such bold line opened an entry by emphasis."""
    return (
        above.bold
        and line.bold
        and not above.list_item
        and not line.list_item
        and above.page == line.page
        and above.x0 is not None
        and line.x0 is not None
        and abs(above.x0 - line.x0) <= WRAPPED_TITLE_TOLERANCE
        and not SENTENCE_END_RE.search(above.text)
    )


def subheading_lines(section: Section) -> list[Line]:
    """The lines inside a section that ``split_entries`` takes as sub-headings ("Journal Articles")."""
    if section.entry_starts is not None:
        return [line for line in section.lines if line.number in section.subheadings]
    if section.kind is not SectionKind.PUBLICATIONS:
        return []
    return [line for line in section.lines if _rule_subheading(line) is not None]


def _rule_subheading(line: Line) -> str | None:
    """The publication sub-kind a line inside a publications section opens, or None."""
    if line.list_item or len(line.text) > MAX_HEADING_CHARS:
        return None
    match = heading_kind(line.text)
    return match.subkind if match is not None and match.subkind not in PRESENTED_SUBKINDS else None


def _subsections(section: Section) -> list[tuple[str | None, list[Line]]]:
    """Split at publication sub-headings kept inside the section."""
    parts: list[tuple[str | None, list[Line]]] = [(section.subkind, [])]
    for line in section.lines:
        subkind = _rule_subheading(line) if section.kind is SectionKind.PUBLICATIONS else None
        if subkind is not None:
            parts.append((subkind, []))
            continue
        parts[-1][1].append(line)
    return [(sub, lines) for sub, lines in parts if lines]


StartRule = Callable[[Line, Line | None], bool]


def _split_group(lines: Sequence[Line]) -> list[list[Line]]:
    if not lines:
        return []
    if _lone_label(lines) and len(rest := _split_group(lines[1:])) >= LABELLED_LIST_MIN_ENTRIES:
        return [[lines[0]], *rest]  # "Invited" over a list of talks: a label, then the list's entries
    rule = _choose_start_rule(lines)
    groups: list[list[Line]] = []
    previous: Line | None = None
    for line in lines:
        if not groups or (rule(line, previous) and not ends_open_range(previous, line)):
            groups.append([line])
        else:
            groups[-1].append(line)
        previous = line
    return [entry for group in groups for entry in _dated_lines(group)]


def ends_open_range(above: Line | None, line: Line) -> bool:
    """Whether ``line`` leads with the end of a date range the line above left open: a date margin
    printing "Aug, 1990–" beside an entry's first line and "Present" or "June, 1991" beside its
    second. The end must not come before the start (a list's next entry, "2019 ...", under an
    ongoing "2020– ..." starts one)."""
    if above is None:
        return False
    start = OPEN_RANGE_LEAD_RE.match(above.text)
    end = RANGE_END_LEAD_RE.match(line.text)
    if start is None or end is None:
        return False
    return end.group("open") is not None or _full_year(end.group("year")) >= _full_year(start.group("year"))


def _full_year(text: str) -> int:
    """A margin's year as a number: "1990" -> 1990, "’23" -> 2023."""
    digits = text.lstrip("'’")
    return int(digits) if len(digits) == 4 else 2000 + int(digits)


def _dated_lines(group: list[Line]) -> list[list[Line]]:
    """A group of at least ``DATED_LINES_MIN`` lines that each end with a date after words of their
    own and start with a capital, none a bullet, is one entry per line ("Teaching Assistant,
    Ecology, Tarrow University 2016" over "Teaching Assistant, Botany, Tarrow University 2015"): a
    list of dated one-line entries that no layout cue separates."""
    if len(group) < DATED_LINES_MIN or not all(_dated_line(line) for line in group):
        return [group]
    return [[line] for line in group]


def _dated_line(line: Line) -> bool:
    found = DATED_END_RE.search(line.text)
    return (
        found is not None
        and line.text[:1].isupper()
        and not line.list_item
        and len(WORD_RE.findall(line.text[: found.start()])) >= DATED_LINE_MIN_WORDS
    )


# --- where entries start: named strategies, tried in order; the first that applies wins ---------
# Each looks at a group's lines and returns a start rule when its cue is present, else None.


def by_emphasis(lines: Sequence[Line]) -> StartRule | None:
    """Emphasized entry titles (bold, a heading level) start entries, the first line being one."""
    emphasized = [ln for ln in lines if _is_entry_title(ln)]
    first = lines[0]
    if (
        len(emphasized) == 1
        and _margin_date(first, first)
        and sum(1 for ln in lines if _margin_date(ln, first)) >= 2
    ):
        # one emphasized entry of a date margin's list ("**Spring 2023** ..."): the margin's dates cut
        return lambda line, prev: _margin_date(line, first)
    if len(emphasized) >= 1 and _is_entry_title(lines[0]) and len(emphasized) < len(lines):
        return lambda line, prev: _is_entry_title(line)
    return None


def _margin_date(line: Line, first: Line) -> bool:
    """Whether a line starts with a date in the margin the group's first line starts in (a date
    margin's "Spring 2021 TA for ..."; not a wrapped sentence's "December 2025." indented under it)."""
    found = find_date_range(line.text)
    return (
        found is not None
        and not found.empty
        and bool(found.matched)
        and line.text.lstrip().startswith(found.matched)
        and not line.list_item
        and (line.x0 is None or first.x0 is None or line.x0 <= first.x0 + HANGING_INDENT_MIN)
    )


def by_label(lines: Sequence[Line]) -> StartRule | None:
    """Entry labels ("[3]", "C6.") start entries, the first line carrying one."""
    labeled = [ln for ln in lines if ENTRY_LABEL_RE.match(ln.text)]
    if len(labeled) >= 2 and ENTRY_LABEL_RE.match(lines[0].text):
        return lambda line, prev: bool(ENTRY_LABEL_RE.match(line.text))
    return None


def by_outer_bullet(lines: Sequence[Line]) -> StartRule | None:
    """Outermost list items start entries, when the first line is one (nested bullets stay inside).
    An emphasized line set left of the bullets that is dated or names a role starts an entry whose
    bullets below describe it ("**Teaching Assistant 2018 – present**" over its courses), until a
    line set left of the bullets that is no such title (a label over the next list)."""
    items = [ln for ln in lines if ln.list_item]
    if items:
        outer = min((ln.x0 or 0.0) for ln in items)
        if lines[0].list_item and (lines[0].x0 or 0.0) <= outer:
            titles, described = _titled_bullets(lines, outer)
            return lambda line, prev: (
                (line.list_item and (line.x0 or 0.0) <= outer + 0.5 and line.number not in described)
                or line.number in titles
            )
    return None


def _titled_bullets(lines: Sequence[Line], outer: float) -> tuple[frozenset[int], frozenset[int]]:
    """The emphasized title lines set left of the bullets that are dated or name a role, and the
    bullets under each up to the next line set left of the bullets (the title's entry)."""
    described: set[int] = set()
    titles: set[int] = set()
    under_title = False
    for line in lines:
        outdented = not line.list_item and line.x0 is not None and line.x0 < outer - OUTER_BULLET_TOLERANCE
        if outdented:
            under_title = _is_entry_title(line) and (_has_date(line) or _names_role(_heading_text(line)))
            if under_title:
                titles.add(line.number)
        elif under_title and line.list_item:
            described.add(line.number)
    return frozenset(titles), frozenset(described)


def by_hanging_indent(lines: Sequence[Line]) -> StartRule | None:
    """A hanging indent (PDF): entries start at the commonest outdented position."""
    if not (len(lines) > 1 and all(ln.x0 is not None for ln in lines) and lines[0].page is not None):
        return None
    margin = statistics.median(ln.x0 or 0.0 for ln in lines)
    outdented = [round(ln.x0 or 0.0) for ln in lines if (ln.x0 or 0.0) < margin - HANGING_INDENT_MIN]
    indented = [ln for ln in lines if (ln.x0 or 0.0) >= margin - HANGING_INDENT_MIN]
    bullets = sum(1 for ln in indented if ln.list_item)
    if (
        len(outdented) >= 2
        and (lines[0].x0 or 0.0) < margin - HANGING_INDENT_MIN
        and bullets <= HANGING_MAX_BULLET_SHARE * len(indented)  # continuations, not bullet lists
    ):
        # the commonest outdented position is where entries start; stray margin notes ("(2.6)")
        # elsewhere in the margin do not start entries
        anchor = Counter(outdented).most_common(1)[0][0]
        year_margin = _year_margin(lines, anchor)
        return lambda line, prev: (
            (
                abs((line.x0 or 0.0) - anchor) <= HANGING_INDENT_TOLERANCE
                and not MARGIN_NOTE_START_RE.match(line.text)  # "(39.2) domised ...": a note, then text
            )
            or (year_margin and _next_citation(line, prev))
        )
    return None


def _year_margin(lines: Sequence[Line], anchor: float) -> bool:
    """Whether a hanging indent's outdented lines are led by years ("2021 Doe, J. ..."): a list
    grouped by year in the margin, whose year line opens only the year's first entry."""
    outdented = [ln for ln in lines if abs((ln.x0 or 0.0) - anchor) <= HANGING_INDENT_TOLERANCE]
    led = sum(1 for ln in outdented if YEAR_LEAD_RE.match(ln.text))
    return led >= YEAR_MARGIN_MIN_SHARE * len(outdented)


def _next_citation(line: Line, prev: Line | None) -> bool:
    """A citation's first line after one that ends a citation: the line above ends a sentence, not
    with an initial (an author list wrapped mid-name), and the line opens with an author ("Doe, J. A.,")."""
    return (
        prev is not None
        and bool(SENTENCE_END_RE.search(prev.text))
        and INITIAL_END_RE.search(prev.text) is None
        and AUTHOR_START_RE.match(line.text) is not None
    )


def by_gap(lines: Sequence[Line]) -> StartRule | None:
    """A visual gap starts an entry, when some lines have one and others do not."""
    if any(ln.blank_before for ln in lines[1:]) and not all(ln.blank_before for ln in lines[1:]):
        return lambda line, prev: line.blank_before
    return None


def by_date(lines: Sequence[Line]) -> StartRule | None:
    """A date in the margin starts each entry, the first line having one (a short group whose first
    line alone is dated is one entry)."""
    dated = [ln for ln in lines if _has_date(ln)]
    one_short_entry = (  # a PDF's "2008-2010 Org" / "Title"
        len(dated) == 1 and len(lines) <= SHORT_DATED_ENTRY_LINES and lines[0].page is not None
    )
    if (len(dated) >= 2 or one_short_entry) and _has_date(lines[0]):
        return lambda line, prev: _has_date(line)
    return None


def by_sentence_end(lines: Sequence[Line]) -> StartRule | None:
    """Wrapped paragraphs with no other cue (a PDF list of citations): an entry ends with its
    sentence, and the next starts with a capital that does not continue it ("With X", "In Proc.")."""
    if lines[0].page is not None and sum(1 for ln in lines if SENTENCE_END_RE.search(ln.text)) >= 2:
        return lambda line, prev: (
            prev is None
            or (
                bool(SENTENCE_END_RE.search(prev.text))
                and line.text[:1].isupper()
                and not CONTINUATION_START_RE.match(line.text)
            )
        )
    return None


START_RULE_STRATEGIES: tuple[Callable[[Sequence[Line]], StartRule | None], ...] = (
    by_emphasis,
    by_label,
    by_outer_bullet,
    by_hanging_indent,
    by_gap,
    by_date,
    by_sentence_end,
)


def _lone_label(lines: Sequence[Line]) -> bool:
    """A group whose first line alone is emphasized, and short and without digits ("Invited",
    "Selected Talks"): a label over a list, not the title of one entry."""
    first = lines[0]
    text = _heading_text(first)
    return (
        len(lines) > 2
        and _is_entry_title(first)
        and not any(_is_entry_title(line) for line in lines[1:])
        and len(text.split()) <= SUBHEADING_MAX_WORDS
        and not any(char.isdigit() for char in text)
        and ":" not in text.rstrip().rstrip(":")  # "Nationality: Utopian": a field, not a label
        and not _names_role(text)  # "Research Assistant": a role over its duties
    )


def _names_role(text: str) -> bool:
    """Whether a line names a role or a degree ("Teaching Assistant", "Ph.D. Graduate")."""
    found = WORD_RE.findall(text.casefold())
    return any(word in words("job_titles") for word in found) or find_degree(text) is not None


def _every_line(line: Line, prev: Line | None) -> bool:
    return True


def _choose_start_rule(lines: Sequence[Line]) -> StartRule:
    """The first strategy's rule; with no cue at all, every line is an entry."""
    for strategy in START_RULE_STRATEGIES:
        rule = strategy(lines)
        if rule is not None:
            return rule
    return _every_line


def _subheading_like(line: Line) -> bool:
    """A publication sub-heading stands out (heading level, bold, capitals), is very short, or
    ends with a colon; a venue line inside an entry does none of these."""
    text = _heading_text(line).strip()
    if line.list_item or len(text) > MAX_HEADING_CHARS or SENTENCE_END_RE.search(text):
        return False
    short = len(text.split()) <= SUBHEADING_MAX_WORDS
    return line.heading_level is not None or line.bold or _caps(text) or short or text.endswith(":")


def _has_date(line: Line) -> bool:
    found = find_date_range(line.text)
    return found is not None and not found.empty and not line.list_item


def _is_entry_title(line: Line) -> bool:
    return (line.heading_level is not None or line.bold) and not line.list_item
