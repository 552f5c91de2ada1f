"""Research, teaching and diversity statements: themes, cited works, future directions, funders.

A laid-out statement (a PDF: its lines carry fonts) is read by its layout
(``parse/statement_headings``): its themes are its headings, numbered aims and bold or numbered run-in
leads, each titled as printed, summarized by its first sentence, with the labels its text cites;
its future directions are the headings of its "Future ..." part and its plan sentences
(``parse/statement_future``); its funders those named in sentences about funding
(``parse/statement_funding``).

A plain-text statement (no fonts) is read by its wording:

- themes: paragraphs that open with a run-in lead (a short sentence-case sentence with no verb
  of its own and no first person: "Forecasting river flow for small farming
  regions.") or, when a statement has no run-in leads, its sub-headings; a theme runs until
  the next lead or heading, and its references are the labels it cites first ("[C6]", "[J2]",
  "(Smith et al., 2020)"); a label cited earlier belongs to the earlier theme;
- future directions: the object of plan sentences ("I will continue my study on X", "Another
  promising topic is X", "I am also interested in X"), after a "Future" heading when there is one.

Both: cited works are the sentences that say where a labelled work went ("This work [C6] was
accepted by IEEE INFOCOM 2019") and the labelled entries of the statement's reference list; the
reference list is the statement's, not the person's publications. Teaching statements: courses
taught become teaching entries, courses the person would like to teach go to ``courses``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from extractor.document import Candidate, DocumentKind, Line, Section, SectionKind
from extractor.fields.context import Found, ParseContext, evidence_for
from extractor.learn.statements import theme_lines
from extractor.parse.lists import interest_phrases, split_items
from extractor.parse.prose import Paragraph, join_lines, paragraphs
from extractor.parse.statement_funding import find_funders
from extractor.parse.statement_future import future_directions
from extractor.parse.statement_headings import (
    Heading,
    body_lines,
    find_headings,
    has_layout,
    heading_at,
    without_line_numbers,
)
from extractor.parse.statement_references import (
    author_year_label,
    cited_in_text,
    labels_in_text,
    printed_label,
    quoted_titles,
)
from extractor.parse.statement_teaching import course_row, taught_courses
from extractor.parse.text import fold
from extractor.patterns import regexes as rx
from extractor.patterns import statement_regexes as srx
from extractor.profile import CitedWork, Publication, Statement, Teaching, Theme

# In a statement only these sections hold lists; the others are prose for the statement parser (a
# statement's "Research Interests" is a part of its prose, not a list of topics).
STATEMENT_SECTION_KINDS = frozenset({SectionKind.COURSES, SectionKind.PUBLICATIONS, SectionKind.REFERENCES})
# A reference list is cited by its quoted titles when it has at least this many (and they are at least
# half of its entries as the list parser split them).
TITLE_LIST_MIN_ENTRIES = 3
# The summary is the introduction: at most this many opening paragraphs.
INTRO_MAX_PARAGRAPHS = 3
# A table row has at least this many cells.
TABLE_MIN_CELLS = 2
# A run-in lead has at most this many words.
LEAD_MAX_WORDS = 14


def parse_statement(section: Section, ctx: ParseContext) -> Found:
    """The statement handler: ``section`` holds the statement's prose lines; ``ctx.cited`` the
    publications of its reference list."""
    found = Found()
    lines = _prose_lines(without_line_numbers(section.lines))
    paras = [p for p in paragraphs(lines) if p.text]
    body = [p for p in paras if not _is_title(p)]
    if body:
        found.fact("summary", _candidate(_introduction(paras), ctx))
        found.fact("research_interests", *interest_phrases(body[0].text))
    full_text = " ".join(p.text for p in body)
    if has_layout(lines):
        # the whole document up to its reference list: the segmenter may have taken a heading of the
        # prose ("Job Market Paper", "Reference solutions") for a list section
        document_lines = ctx.document.lines if ctx.document is not None else lines
        model_dir = ctx.model_dir if ctx.use_models else None
        themes, future = _laid_out(body_lines(document_lines), ctx.use_models, model_dir)
    else:
        themes = _themes(body)
        future = _future_directions(_future_part(paras) or full_text)
    found.statement = Statement(
        themes=themes,
        future_directions=future,
        funding_sources=find_funders(full_text),
        references=_references(full_text, ctx),
    )
    if ctx.kind is DocumentKind.TEACHING_STATEMENT:
        _teaching(body, ctx, found)
    return found


def _references(text: str, ctx: ParseContext) -> list[CitedWork]:
    """The statement's cited works: what its prose says of labelled works, its reference list's entries
    (by their quoted titles when the list is cited by them), the prose's author-year citations."""
    titles = _quoted_title_labels(ctx)
    works = [*_cited_works(text), *(CitedWork(label=title) for title in titles)]
    cited = () if titles else ctx.cited
    return _with_reference_list(works, cited, cited_in_text(text), labels_in_text(text))


def _quoted_title_labels(ctx: ParseContext) -> list[str]:
    """For a reference list whose entries open with their titles in quotes and print no label ("“Tidal
    Gauges,” with J. Doe, ..."), its titles: such a list is cited by them, and the authors it prints are
    the co-authors, not how the prose cites a work. Empty for any other list."""
    if any(pub.label for pub in ctx.cited):
        return []
    titles = [
        title
        for section in ctx.sections
        if is_reference_list(section)
        for title in quoted_titles("\n".join(line.text for line in section.lines))
    ]
    if len(titles) < TITLE_LIST_MIN_ENTRIES or 2 * len(titles) < len(ctx.cited):
        return []
    return list(dict.fromkeys(titles))


def is_reference_list(section: Section) -> bool:
    """Whether a section of a statement is its reference list (the works it cites), not a list of
    the person's own publications ("Job Market Paper", "Selected Publications")."""
    heading = section.heading.text.strip() if section.heading is not None else ""
    return section.kind is SectionKind.REFERENCES or bool(srx.REFERENCES_HEADING_RE.match(heading))


def section_kind(section: Section) -> SectionKind | None:
    """The kind a statement's section is parsed as: its reference list (whatever the segmenter called
    it: "Research Outcomes" is no CV heading) as publications, its lists of courses and publications
    as such; None for its prose, which the statement parser reads."""
    if is_reference_list(section):
        return SectionKind.PUBLICATIONS
    if section.kind in STATEMENT_SECTION_KINDS:
        return section.kind
    return None


def _prose_lines(lines: Sequence[Line]) -> tuple[Line, ...]:
    """The lines before the reference list."""
    for index, line in enumerate(lines):
        if index > 0 and srx.REFERENCES_HEADING_RE.match(line.text.strip()):
            return tuple(lines[:index])
    return tuple(lines)


def _laid_out(
    lines: Sequence[Line], use_models: bool = False, model_dir: str | None = None
) -> tuple[list[Theme], list[str]]:
    """Themes and future directions of a statement read by its headings: the lines the learned model
    (``learn/statements.py``) says open a theme, when it is on and trained, else the rules' headings;
    the future directions from the rules' headings (a "Future ..." heading and its sub-headings)."""
    rule_headings = find_headings(lines)
    chosen = theme_lines(lines, model_dir) if use_models else None
    headings = rule_headings if chosen is None else [heading_at(lines, i, rule_headings) for i in chosen]
    spans, intro = _spans(lines, headings)
    themes = [
        Theme(title=h.title, summary=_first_sentence(text), references=list(dict.fromkeys(_labels(text))))
        for h, text in zip(headings, spans, strict=True)
    ]
    if headings is not rule_headings:
        spans, intro = _spans(lines, rule_headings)
    return themes, future_directions(rule_headings, spans, intro)


def _spans(lines: Sequence[Line], headings: Sequence[Heading]) -> tuple[list[str], str]:
    """The text under each heading, and the introduction before the first."""
    spans = [
        _span_text(lines, h, headings[i + 1] if i + 1 < len(headings) else None)
        for i, h in enumerate(headings)
    ]
    intro = (
        join_lines([ln.text for ln in lines[: headings[0].index]])
        if headings
        else join_lines([ln.text for ln in lines])
    )
    return spans, intro


def _span_text(lines: Sequence[Line], heading: Heading, after: Heading | None) -> str:
    """The text under a heading, up to the next one: its paragraphs separated by blank lines."""
    stop = after.index if after is not None else len(lines)
    paras = [p.text for p in paragraphs(lines[heading.index : stop]) if p.text]
    title = _key(heading.title)
    while paras and title and _key(paras[0]).startswith(title):
        # the heading's own line(s), or a run-in lead: cut the title off its paragraph
        rest = paras[0]
        for word in heading.title.split():
            rest = rest[rest.find(word) + len(word) :] if word in rest else rest
        paras[0] = rest.lstrip(" .:–—-")
        if paras[0]:
            break
        paras.pop(0)
    return "\n\n".join(paras)


def _key(text: str) -> str:
    return "".join(ch for ch in fold(text) if ch.isalnum())


def _first_sentence(text: str) -> str | None:
    sentence = rx.SENTENCE_SPLIT_RE.split(text, maxsplit=1)[0].strip() if text else ""
    return sentence or None


def _candidate(text: str, ctx: ParseContext) -> Candidate:
    # rank -1: in a statement the introduction is the summary, ahead of the person parser's bio
    return Candidate(value=text, source=ctx.source_index, origin="statement", rank=-1)


def _introduction(paras: list[Paragraph]) -> str:
    """The opening paragraphs, up to the first sub-heading or themed paragraph."""
    intro: list[str] = []
    for paragraph in paras:
        if _is_title(paragraph):
            if intro:
                break
            continue  # the statement's own title
        if intro and run_in_lead(paragraph.text, paragraph.lines[0].bold_spans):
            break
        intro.append(paragraph.text)
        if len(intro) == INTRO_MAX_PARAGRAPHS:
            break
    return "\n\n".join(intro)


def _is_title(p: Paragraph) -> bool:
    return len(p.lines) == 1 and len(p.text.split()) <= 8 and not rx.SENTENCE_END_RE.search(p.text)


def run_in_lead(text: str, bold_spans: tuple[str, ...] = ()) -> str | None:
    """The run-in lead of a paragraph, if it opens with one: a bold opening run ("**Intermittent
    learning: Learning that survives power failures.**"), else a short verbless first sentence."""
    if bold_spans and text.startswith(bold_spans[0]) and len(text) > len(bold_spans[0]) + 20:
        return bold_spans[0].strip(" .:")
    match = rx.RUN_IN_LEAD_RE.match(text)
    if not match:
        return None
    lead = match["lead"].strip()
    if len(lead.split()) > LEAD_MAX_WORDS or rx.LEAD_DISQUALIFIER_RE.search(lead):
        return None
    if len(text) <= len(match.group(0)) + 20:
        return None  # a lead is followed by its paragraph
    return lead


def _themes(body: list[Paragraph]) -> list[Theme]:
    leads = [run_in_lead(p.text, p.lines[0].bold_spans) for p in body]
    use_headings = not any(lead for lead in leads if not rx.STATEMENT_PART_RE.match(lead or ""))
    themes: list[tuple[str, list[str]]] = []
    for paragraph, lead in zip(body, leads, strict=True):
        heading = paragraph.lines[0].heading_level is not None or _is_title(paragraph)
        if lead and rx.STATEMENT_PART_RE.match(lead):
            themes.append(
                ("", [])
            )  # "Future directions.", "Funding.": the statement's own parts close the themes
        elif lead:
            themes.append((lead, [paragraph.text[len(lead) :].lstrip(" .:")]))
        elif heading:
            if use_headings:
                themes.append((paragraph.text.strip(), []))
            else:
                themes.append(("", []))  # a heading closes the theme before it
        elif themes:
            themes[-1][1].append(paragraph.text)
    out: list[Theme] = []
    cited: set[str] = set()
    for title, texts in themes:
        if not title:
            continue
        summary = " ".join(t for t in texts if t) or None
        refs = [r for r in _labels(summary or "") if r not in cited]
        cited.update(_labels(summary or ""))
        out.append(Theme(title=title, summary=summary, references=list(dict.fromkeys(refs))))
    return out


def _labels(text: str) -> list[str]:
    labels: list[str] = []
    for match in rx.CITATION_LABEL_RE.finditer(text):
        if match["labels"]:
            labels.extend(x.strip() for x in match["labels"].split(","))
        elif match["author_year"]:
            labels.append(match["author_year"].strip())
    return labels


def _cited_works(text: str) -> list[CitedWork]:
    works: dict[str, CitedWork] = {}
    for sentence in rx.SENTENCE_SPLIT_RE.split(text):
        for pattern in rx.CITED_WORK_RES:
            match = pattern.search(sentence)
            if not match or match["label"] in works:
                continue
            venue = (match["venue"] or "").strip(" ,.")
            year = int(match["year"]) if match["year"] else None
            works[match["label"]] = CitedWork(
                label=match["label"], venue=venue or None, year=year, status=_status_word(match["verb"])
            )
    return list(works.values())


def _with_reference_list(
    works: list[CitedWork],
    cited: Sequence[Publication],
    in_text: Sequence[str] = (),
    cited_labels: Sequence[str] = (),
) -> list[CitedWork]:
    """Cited works the prose names, then the entries of the reference list, each label once: its own
    label ("[C1] ... In ACM SenSys, 2021."), else the author-year form the prose cites it by ("Doe &
    Roe, 2020", "Doe, Roe, and Poe (2018)"), else the one its authors make ("Doe and Roe, 2020", "Doe et
    al., 2019"; three authors written out when the prose cites nothing by author and year); then the
    author-year citations of the prose the list does not hold, and the labels the prose cites that a
    labelled list lost when it was split into entries."""
    out = list(works)
    known = {w.label for w in out}
    keys = set()
    by_first_year: dict[tuple[str, str], list[str]] = {}
    for citation in in_text:
        by_first_year.setdefault(_first_and_year(citation), []).append(citation)
    for pub in cited:
        entry_label = pub.label.strip("[]") if pub.label else printed_label(pub)
        if not entry_label:
            built = author_year_label(pub, written_out=not in_text)
            prose = by_first_year.get(_first_and_year(built or ""), [])
            entry_label = prose[0] if len(prose) == 1 else built
        label = entry_label
        if not label or label in known:
            continue
        known.add(label)
        keys.add(_cite_key(label))
        out.append(
            CitedWork(label=label, venue=pub.venue_short or pub.venue, year=pub.year, status=pub.status)
        )
    for label in in_text:  # author-year citations the list does not hold (or a statement without one)
        if _cite_key(label) not in keys and label not in known:
            keys.add(_cite_key(label))
            year = re.search(r"(?:19|20)\d{2}", label)
            out.append(CitedWork(label=label, year=int(year.group(0)) if year else None))
    if any(pub.label for pub in cited):
        # a labelled list the reader split imperfectly: the labels its prose cites, of the list's shape
        shapes = {_shape(pub.label.strip("[]")) for pub in cited if pub.label}
        for label in cited_labels:
            if label not in known and _shape(label) in shapes:
                known.add(label)
                out.append(CitedWork(label=label))
    return out


def _cite_key(label: str) -> str:
    """An author-year label's letters and digits, its connectives dropped: "Doe & Roe, 2020" and "Doe and
    Roe 2020" are one citation."""
    return _key(srx.CITATION_CONNECTIVE_RE.sub(" ", label))


def _first_and_year(label: str) -> tuple[str, str]:
    """The first author's family name and the year of an author-year label ("Doe, Roe, and Poe, 2018"
    -> ("doe", "2018")); empty parts when it has none."""
    first = re.match(r"[^\W\d_][\w'’-]*", label)
    year = re.search(r"(?:19|20)\d{2}[a-z]?", label)
    return (_key(first.group(0)) if first else "", year.group(0) if year else "")


def _shape(label: str) -> str:
    """ "12" -> "9", "C6" -> "A9", "Doe20a" -> "A9": letters before the digits, the digits (a letter
    after them, "Doe20a" and "Doe20b", is the same shape)."""
    return re.sub(r"(?<=\d)[a-z]$", "", re.sub(r"\d+", "9", re.sub(r"[A-Za-z]+(?=\d)", "A", label)))


def _status_word(verb: str) -> str:
    verb = verb.casefold()
    if verb.startswith("submit"):
        return "submitted"
    if verb.startswith("accept"):
        return "accepted"
    return "published"


def _future_part(paras: list[Paragraph]) -> str | None:
    """The text from the plans on: after a "Future ..." heading, or from a paragraph led by one."""
    for index, paragraph in enumerate(paras):
        lead = run_in_lead(paragraph.text, paragraph.lines[0].bold_spans) or ""
        if _is_title(paragraph) and rx.FUTURE_HEADING_RE.search(paragraph.text):
            rest = paras[index + 1 :]
        elif lead and rx.FUTURE_HEADING_RE.match(lead):
            rest = paras[index:]  # "Future directions. In the near term, I will ...": this paragraph too
        else:
            continue
        return " ".join(p.text for p in rest) or None
    return None


def _future_directions(text: str) -> list[str]:
    out: list[str] = []
    for match in rx.FUTURE_DIRECTION_RE.finditer(text):
        phrase = rx.PHRASE_TAIL_RE.split(match["phrase"], maxsplit=1)[0].strip(" ,.;")
        content = [w for w in phrase.split() if w.casefold() not in ("a", "an", "the")]
        if len(content) < 2 and not (content and content[0][:1].isupper()):
            continue  # "an open" (the phrase went on after a comma): too little to name a direction
        if phrase and len(phrase.split()) <= 8 and phrase not in out:
            out.append(phrase)
    return out


def _teaching(body: list[Paragraph], ctx: ParseContext, found: Found) -> None:
    for paragraph in body:
        for line in paragraph.lines:  # a table of courses taught: one row each
            row = course_row(line.text) if len(line.cells) >= TABLE_MIN_CELLS else None
            if row is not None:
                evidence = evidence_for((line,), ctx)
                found.add("teaching", Teaching(course=row.course, term=row.term, evidence=evidence))
        for sentence in srx.STATEMENT_SENTENCE_SPLIT_RE.split(paragraph.text):
            for taught in taught_courses(sentence):
                found.add(
                    "teaching",
                    Teaching(
                        role=taught.role,
                        course=taught.course,
                        term=taught.term,
                        institution=taught.institution,
                        evidence=evidence_for(paragraph.lines, ctx),
                    ),
                )
            wish = rx.WANT_TO_TEACH_RE.search(sentence)
            if wish:
                found.fact("courses", *split_items(rx.PHRASE_TAIL_RE.split(wish["courses"], maxsplit=1)[0]))
