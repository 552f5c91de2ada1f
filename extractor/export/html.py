"""HTML export: a self-contained review page per profile, and a sortable index page for a batch.

Profile -> str (``render_html``); rows -> str (``render_index``). Used by
``extractor.export.render(profile, "html")`` and ``extractor.export.render_index(rows)``.

The page is one file: inline CSS, no images, fonts, stylesheets or scripts to fetch, and nothing
that needs a script to be read. From top to bottom: the warnings, the person (name, native name,
position, department, affiliation, location, emails, phones, links), summary, research interests and
advisors, positions, education, publications (the owner's name in bold, ``*`` after equal
contributors, badges for venue_short, kind, year, status and awards, and a "check" badge and margin
on publications the citation model read with confidence below ``REVIEW_CONFIDENCE``), awards,
teaching, service, skills, courses, interests, the statement, and the source documents. Every item
with evidence has a ``<details>`` element that expands to the line(s) it was parsed from, with the
source file and page (the same text is the item's ``title``, shown on hover).

The input is untrusted (text read from other people's documents): every text goes through
``html.escape``, and only http(s), mailto and tel URLs become links (``javascript:`` never does).

The index page is a plain ``<table>`` (readable without scripts); a tiny inline script makes the
column headers sort the rows on click, using each cell's ``data-sort`` value when it has one.
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Sequence
from pathlib import PurePath
from typing import Any

from extractor.export._common import author_names, safe_url, top_venues
from extractor.profile import PUBLICATION_KINDS, Evidence, Profile, Publication

STATUS_LABELS = {
    "published": "published",
    "accepted": "accepted",
    "in_submission": "in submission",
    "under_review": "under review",
    "preprint": "preprint",
}
INDEX_COLUMNS = (
    ("name", "Name"),
    ("status", "Status"),  # "ok", or "failed: why" for a person none of whose documents could be read
    ("position", "Position"),
    ("affiliation", "Affiliation"),
    ("phd_institution", "PhD institution"),
    ("phd_year", "PhD year"),
    ("publications", "Publications"),
    ("first_author_publications", "First-author"),
    ("top_venues", "Top venues"),
    ("documents", "Documents"),
    ("warnings", "Warnings"),
)
# Publications the citation model read with a confidence (its least title-token marginal) below this
# are marked "check" on the review page, so a person looks at them first.
REVIEW_CONFIDENCE = 0.8
TOP_VENUES = 3
# warnings longer than this many characters show only their start until expanded
LONG_WARNING = 280
WARNING_PREVIEW = 200

CSS = """
:root { --ink: #1d2330; --muted: #5b6475; --line: #d9dee7; --bg: #ffffff; --soft: #f5f7fa;
  --accent: #1f5fbf; --warn-bg: #fff6db; --warn-line: #e8c65a; }
* { box-sizing: border-box; }
body { margin: 0; background: var(--soft); color: var(--ink);
  font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", sans-serif; }
main { max-width: 60rem; margin: 0 auto; padding: 1.5rem 1.25rem 3rem; background: var(--bg);
  min-height: 100vh; box-shadow: 0 0 0 1px var(--line); }
h1 { font-size: 1.9rem; margin: .2rem 0 .1rem; }
h1 .native { font-weight: 400; color: var(--muted); font-size: 1.3rem; margin-left: .4rem; }
h2 { font-size: 1.15rem; margin: 1.8rem 0 .6rem; padding-bottom: .25rem;
  border-bottom: 2px solid var(--line); }
h2 .count { color: var(--muted); font-weight: 400; font-size: .9rem; }
a { color: var(--accent); text-decoration: none; } a:hover { text-decoration: underline; }
.role { font-size: 1.05rem; margin: .1rem 0; }
.muted, .dates, .src { color: var(--muted); }
.contact { list-style: none; padding: 0; margin: .5rem 0 0; display: flex; flex-wrap: wrap;
  gap: .3rem .9rem; }
.contact li { white-space: nowrap; }
.contact .k { color: var(--muted); font-size: .85rem; margin-right: .25rem; }
.warnings { background: var(--warn-bg); border: 1px solid var(--warn-line); border-radius: 6px;
  padding: .6rem 1rem; margin-bottom: 1rem; }
.warnings h2 { margin: 0 0 .3rem; border: 0; font-size: 1rem; }
.warnings ul { margin: 0; padding-left: 1.2rem; } .warnings li { overflow-wrap: anywhere; }
.warnings summary { cursor: pointer; }
ol.items, ul.items { list-style: none; padding: 0; margin: 0; }
.item { padding: .55rem 0; border-bottom: 1px solid var(--soft); }
.item .head { display: flex; justify-content: space-between; gap: 1rem; align-items: baseline; }
.item .dates { white-space: nowrap; font-variant-numeric: tabular-nums; }
.item ul.sub { margin: .2rem 0 0; padding-left: 1.2rem; }
.pub .label { color: var(--muted); font-variant-numeric: tabular-nums; margin-right: .35rem; }
.pub .title { font-weight: 600; }
.pub .authors { margin: .1rem 0; } .pub .owner { font-weight: 700; }
.pub sup.eq { color: #b03a2e; font-weight: 700; }
.badge { display: inline-block; font-size: .75rem; line-height: 1.3; padding: .05rem .45rem;
  margin: 0 .25rem .1rem 0;
  border-radius: 999px; border: 1px solid var(--line); background: var(--soft); white-space: nowrap; }
.badge.venue { background: #e6effc; border-color: #b9cff3; color: #123f86; font-weight: 600; }
.badge.k-conference, .badge.k-workshop, .badge.k-poster { background: #eaf6ee; border-color: #bfe3ca; }
.badge.k-journal { background: #f3ecfb; border-color: #d8c6f0; }
.badge.k-preprint { background: #fff2e5; border-color: #f2d2ad; }
.badge.status { background: #fff; border-style: dashed; }
.badge.award { background: #fff6db; border-color: var(--warn-line); }
.item.check { border-left: 3px solid var(--warn-line); padding-left: .5rem; }
.badge.check { background: #fdecea; border-color: #f0b8b0; color: #8a1c0f; font-weight: 600; }
details.evidence { margin-top: .15rem; font-size: .85rem; }
details.evidence summary { cursor: pointer; color: var(--muted); width: max-content; }
details.evidence pre { white-space: pre-wrap; overflow-wrap: anywhere; margin: .3rem 0 .2rem;
  padding: .4rem .6rem; background: var(--soft); border-left: 3px solid var(--line);
  font: .82rem/1.45 ui-monospace, "DejaVu Sans Mono", monospace; }
.legend { font-size: .85rem; color: var(--muted); margin: -.3rem 0 .4rem; }
.chips { display: flex; flex-wrap: wrap; gap: .3rem; padding: 0; margin: 0; list-style: none; }
.chips li { background: var(--soft); border: 1px solid var(--line); border-radius: 4px; padding: 0 .45rem; }
table { border-collapse: collapse; width: 100%; font-size: .9rem; }
th, td { text-align: left; padding: .35rem .5rem; border-bottom: 1px solid var(--line); vertical-align: top; }
th { background: var(--soft); position: sticky; top: 0; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
footer { margin-top: 2.5rem; color: var(--muted); font-size: .8rem; }
"""
INDEX_CSS = """
main { max-width: 90rem; }
th[data-col] { cursor: pointer; user-select: none; }
th[aria-sort="ascending"]::after { content: " \\25B2"; font-size: .7em; }
th[aria-sort="descending"]::after { content: " \\25BC"; font-size: .7em; }
"""
SORT_SCRIPT = """
document.querySelectorAll("table.sortable").forEach(function (table) {
  var heads = table.tHead.rows[0].cells;
  Array.prototype.forEach.call(heads, function (th, col) {
    th.addEventListener("click", function () {
      var asc = th.getAttribute("aria-sort") !== "ascending";
      Array.prototype.forEach.call(heads, function (h) { h.removeAttribute("aria-sort"); });
      th.setAttribute("aria-sort", asc ? "ascending" : "descending");
      var body = table.tBodies[0], rows = Array.prototype.slice.call(body.rows);
      var num = th.classList.contains("num");
      function key(row) {
        var cell = row.cells[col], v = cell.getAttribute("data-sort");
        if (v === null) { v = cell.textContent.trim(); }
        return num ? (v === "" ? -Infinity : parseFloat(v)) : v.toLowerCase();
      }
      rows.sort(function (a, b) {
        var x = key(a), y = key(b);
        return (x < y ? -1 : x > y ? 1 : 0) * (asc ? 1 : -1);
      });
      rows.forEach(function (r) { body.appendChild(r); });
    });
  });
});
"""


def esc(value: object) -> str:
    """Escaped text (quotes too, so it is safe in attributes); None -> ""."""
    return "" if value is None else html.escape(str(value), quote=True)


def _link(url: str | None, text: str | None = None) -> str:
    """An ``<a>`` for a safe URL, else the escaped text alone."""
    label = esc(text if text is not None else url)
    target = safe_url(url)
    if not target:
        return label
    return f'<a href="{esc(target)}" rel="noopener noreferrer">{label}</a>'


def _source_name(profile: Profile, evidence: Evidence) -> str:
    if 0 <= evidence.source < len(profile.sources):
        source = profile.sources[evidence.source]
        name = PurePath(source.path).name or source.path
    else:
        name = f"source {evidence.source}"
    return name + (f", p. {evidence.page}" if evidence.page else "")


def _evidence(profile: Profile, evidence: Evidence | None) -> str:
    if evidence is None:
        return ""
    return (
        '<details class="evidence"><summary>evidence</summary>'
        f"<pre>{esc(evidence.text)}</pre>"
        f'<div class="src">{esc(_source_name(profile, evidence))}</div></details>'
    )


def _hover(evidence: Evidence | None) -> str:
    return f' title="{esc(evidence.text)}"' if evidence is not None else ""


def _dates(start: str | None, end: str | None, current: bool = False, expected: bool = False) -> str:
    if not start and not end and not current:
        return ""
    right = "present" if current else (end or "")
    if expected and end:
        right = f"{end} (expected)"
    text = f"{start} – {right}" if start and right else start or right
    return f'<span class="dates">{esc(text)}</span>'


def _section(title: str, body: str, count: int | None = None, anchor: str | None = None) -> str:
    if not body:
        return ""
    number = f' <span class="count">({count})</span>' if count is not None else ""
    ident = f' id="{esc(anchor)}"' if anchor else ""
    return f"<section{ident}><h2>{esc(title)}{number}</h2>{body}</section>"


def _joined(parts: Iterable[str | None], sep: str = ", ") -> str:
    return sep.join(esc(p) for p in parts if p)


def _chips(values: Iterable[str]) -> str:
    items = "".join(f"<li>{esc(v)}</li>" for v in values if v)
    return f'<ul class="chips">{items}</ul>' if items else ""


def _person(profile: Profile) -> str:
    name = esc(profile.name) or '<span class="muted">(name not found)</span>'
    native = f' <span class="native">{esc(profile.native_name)}</span>' if profile.native_name else ""
    role = _joined([profile.position, profile.department, profile.affiliation], " · ")
    contact: list[str] = []
    for email in profile.emails:
        contact.append(f'<li><span class="k">email</span>{_link("mailto:" + email, email)}</li>')
    for phone in profile.phones:
        contact.append(f'<li><span class="k">phone</span>{_link("tel:" + phone, phone)}</li>')
    for link in profile.links:
        contact.append(f'<li><span class="k">{esc(link.kind)}</span>{_link(link.url)}</li>')
    parts = [f'<header class="person"><h1>{name}{native}</h1>']
    if role:
        parts.append(f'<p class="role">{role}</p>')
    if profile.location:
        parts.append(f'<p class="muted">{esc(profile.location)}</p>')
    if contact:
        parts.append(f'<ul class="contact">{"".join(contact)}</ul>')
    parts.append("</header>")
    return "".join(parts)


def _experience(profile: Profile) -> str:
    items = []
    for exp in profile.experience:
        what = _joined([exp.title, exp.organization])
        if exp.title and exp.organization:
            what = f"<strong>{esc(exp.title)}</strong>, {esc(exp.organization)}"
        elif what:
            what = f"<strong>{what}</strong>"
        where = f' <span class="muted">— {esc(exp.location)}</span>' if exp.location else ""
        sub = [f"<li>Supervisor: {_joined(exp.supervisors)}</li>"] if exp.supervisors else []
        sub += [f"<li>{esc(h)}</li>" for h in exp.highlights]
        subs = f'<ul class="sub">{"".join(sub)}</ul>' if sub else ""
        items.append(
            f'<li class="item"{_hover(exp.evidence)}><div class="head"><div>{what}{where}</div>'
            f"{_dates(exp.start, exp.end, exp.current)}</div>{subs}{_evidence(profile, exp.evidence)}</li>"
        )
    return f'<ol class="items">{"".join(items)}</ol>' if items else ""


def _education(profile: Profile) -> str:
    items = []
    for edu in profile.education:
        degree = edu.degree or (edu.degree_level.capitalize() if edu.degree_level else None)
        what = " in ".join(esc(p) for p in (degree, edu.field) if p)
        head = f"<strong>{what}</strong>" if what else ""
        if edu.institution:
            head = f"{head}, {esc(edu.institution)}" if head else f"<strong>{esc(edu.institution)}</strong>"
        if edu.location:
            head += f' <span class="muted">— {esc(edu.location)}</span>'
        sub = []
        if edu.advisors:
            sub.append(f"<li>Advisor: {_joined(edu.advisors)}</li>")
        if edu.thesis:
            sub.append(f"<li>Thesis: <em>{esc(edu.thesis)}</em></li>")
        if edu.gpa:
            sub.append(f"<li>GPA: {esc(edu.gpa)}</li>")
        subs = f'<ul class="sub">{"".join(sub)}</ul>' if sub else ""
        items.append(
            f'<li class="item"{_hover(edu.evidence)}><div class="head"><div>{head}</div>'
            f"{_dates(edu.start, edu.end, expected=edu.expected)}</div>{subs}"
            f"{_evidence(profile, edu.evidence)}</li>"
        )
    return f'<ol class="items">{"".join(items)}</ol>' if items else ""


def _authors(profile: Profile, publication: Publication) -> str:
    rendered = []
    for name, is_owner, equal in author_names(profile, publication):
        text = esc(name) if name else '<span class="muted">(owner)</span>'
        if is_owner:
            text = f'<strong class="owner">{text}</strong>'
        if equal:
            text += '<sup class="eq" title="equal contribution">*</sup>'
        rendered.append(text)
    return ", ".join(rendered)


def _badges(publication: Publication) -> str:
    badges = []
    if publication.venue_short:
        badges.append(f'<span class="badge venue">{esc(publication.venue_short)}</span>')
    badges.append(
        f'<span class="badge k-{esc(publication.kind)}">'
        f"{esc(publication.kind if publication.kind in PUBLICATION_KINDS else 'other')}</span>"
    )
    if publication.year:
        badges.append(f'<span class="badge year">{esc(publication.year)}</span>')
    if publication.status and publication.status != "published":
        badges.append(f'<span class="badge status">{esc(STATUS_LABELS.get(publication.status))}</span>')
    badges.extend(f'<span class="badge award">{esc(award)}</span>' for award in publication.awards)
    if needs_check(publication):
        badges.append(
            f'<span class="badge check" title="the citation model\'s confidence is '
            f'{esc(publication.confidence)}, below {REVIEW_CONFIDENCE}">check</span>'
        )
    return "".join(badges)


def needs_check(publication: Publication) -> bool:
    """A publication the citation model read with low confidence: a person checks it first."""
    return publication.confidence is not None and publication.confidence < REVIEW_CONFIDENCE


def _publications(profile: Profile) -> str:
    items = []
    for pub in profile.publications:
        label = f'<span class="label">{esc(pub.label)}</span>' if pub.label else ""
        authors = _authors(profile, pub)
        authors_html = f'<div class="authors">{authors}</div>' if authors else ""
        venue = f'<div class="venue"><em>{esc(pub.venue)}</em></div>' if pub.venue else ""
        links = [_link(link.url, link.label) for link in pub.links if safe_url(link.url)]
        links_html = f' <span class="muted">[{" · ".join(links)}]</span>' if links else ""
        check = " check" if needs_check(pub) else ""
        items.append(
            f'<li class="item pub{check}"{_hover(pub.evidence)}>{label}'
            f'<span class="title">{esc(pub.title)}</span>'
            f"{links_html}{authors_html}{venue}<div>{_badges(pub)}</div>"
            f"{_evidence(profile, pub.evidence)}</li>"
        )
    if not items:
        return ""
    legend = ""
    if any(a.equal_contribution for p in profile.publications for a in p.authors):
        legend = '<p class="legend"><sup>*</sup> equal contribution; the profile\'s owner in bold.</p>'
    return f'{legend}<ol class="items">{"".join(items)}</ol>'


def _simple_items(profile: Profile, rows: Sequence[tuple[str, str, Evidence | None]]) -> str:
    """Items given as (escaped head html, escaped dates html, evidence)."""
    items = [
        f'<li class="item"{_hover(ev)}><div class="head"><div>{head}</div>{dates}</div>'
        f"{_evidence(profile, ev)}</li>"
        for head, dates, ev in rows
    ]
    return f'<ol class="items">{"".join(items)}</ol>' if items else ""


def _statement(profile: Profile) -> str:
    statement = profile.statement
    if statement is None:
        return ""
    parts = []
    if statement.themes:
        themes = "".join(
            f'<li class="item"><strong>{esc(t.title)}</strong>'
            + (f"<div>{esc(t.summary)}</div>" if t.summary else "")
            + (f'<div class="muted">cites {_joined(t.references)}</div>' if t.references else "")
            + "</li>"
            for t in statement.themes
        )
        parts.append(f'<h3>Themes</h3><ol class="items">{themes}</ol>')
    if statement.future_directions:
        parts.append(
            "<h3>Future directions</h3><ul>"
            + "".join(f"<li>{esc(d)}</li>" for d in statement.future_directions)
            + "</ul>"
        )
    if statement.funding_sources:
        parts.append(f"<h3>Funding sources</h3>{_chips(statement.funding_sources)}")
    if statement.references:
        refs = "".join(
            f"<li>{esc(r.label)}: {_joined([r.venue, str(r.year) if r.year else None, r.status])}</li>"
            for r in statement.references
        )
        parts.append(f"<h3>Cited work</h3><ul>{refs}</ul>")
    return "".join(parts)


def _sources(profile: Profile) -> str:
    if not profile.sources:
        return ""
    rows = "".join(
        f"<tr><td>{i}</td><td>{esc(PurePath(s.path).name or s.path)}</td><td>{esc(s.kind)}</td>"
        f'<td>{esc(s.media_type)}</td><td class="num">{esc(s.pages) if s.pages else ""}</td></tr>'
        for i, s in enumerate(profile.sources)
    )
    return (
        '<table><thead><tr><th>#</th><th>Document</th><th>Kind</th><th>Type</th><th class="num">Pages</th>'
        f"</tr></thead><tbody>{rows}</tbody></table>"
    )


def _page(title: str, body: str, footer: str, extra_css: str = "", script: str = "") -> str:
    script_html = f"<script>{script}</script>" if script else ""
    return (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        '<meta name="generator" content="extractor">\n'
        f"<title>{esc(title)}</title>\n<style>{CSS}{extra_css}</style>\n</head>\n<body>\n<main>\n"
        f"{body}\n<footer>{esc(footer)}</footer>\n</main>\n"
        f"{script_html}</body>\n</html>\n"
    )


def _warning(text: str) -> str:
    """A warning; a long one shows its start and expands to the whole text."""
    if len(text) <= LONG_WARNING:
        return esc(text)
    return f"<details><summary>{esc(text[:WARNING_PREVIEW].rstrip())}…</summary>{esc(text)}</details>"


def render_html(profile: Profile) -> str:
    """The review page of one profile: a complete, self-contained HTML document."""
    parts: list[str] = []
    if profile.warnings:
        warnings = "".join(f"<li>{_warning(w)}</li>" for w in profile.warnings)
        parts.append(
            f'<section class="warnings" id="warnings"><h2>Warnings ({len(profile.warnings)})</h2>'
            f"<ul>{warnings}</ul></section>"
        )
    parts.append(_person(profile))
    if profile.summary:
        parts.append(_section("About", f"<p>{esc(profile.summary)}</p>", anchor="about"))
    parts.append(_section("Research interests", _chips(profile.research_interests), anchor="interests"))
    if profile.advisors:
        parts.append(_section("Advisors", f"<p>{_joined(profile.advisors)}</p>", anchor="advisors"))
    parts.append(_section("Positions", _experience(profile), len(profile.experience), "positions"))
    parts.append(_section("Education", _education(profile), len(profile.education), "education"))
    parts.append(_section("Publications", _publications(profile), len(profile.publications), "publications"))
    awards = [
        (
            f"<strong>{esc(a.title)}</strong>" + (f", {esc(a.organization)}" if a.organization else ""),
            f'<span class="dates">{esc(a.year)}</span>' if a.year else "",
            a.evidence,
        )
        for a in profile.awards
    ]
    parts.append(_section("Awards", _simple_items(profile, awards), len(awards), "awards"))
    teaching = [
        (
            _joined([t.role, t.course, t.institution]),
            f'<span class="dates">{esc(t.term)}</span>' if t.term else "",
            t.evidence,
        )
        for t in profile.teaching
    ]
    parts.append(_section("Teaching", _simple_items(profile, teaching), len(teaching), "teaching"))
    service = [
        (
            _joined([s.role, s.venue]),
            f'<span class="dates">{esc(s.year)}</span>' if s.year else "",
            s.evidence,
        )
        for s in profile.service
    ]
    parts.append(_section("Service", _simple_items(profile, service), len(service), "service"))
    skills = [
        ((f"<strong>{esc(s.category)}</strong>: " if s.category else "") + _joined(s.items), "", s.evidence)
        for s in profile.skills
    ]
    parts.append(_section("Skills", _simple_items(profile, skills), anchor="skills"))
    parts.append(_section("Courses", _chips(profile.courses), anchor="courses"))
    parts.append(_section("Personal interests", _chips(profile.interests), anchor="personal-interests"))
    parts.append(_section("Statement", _statement(profile), anchor="statement"))
    parts.append(_section("Source documents", _sources(profile), len(profile.sources), "sources"))
    title = f"{profile.name or 'Unnamed profile'} — extractor review page"
    footer = "Generated by extractor. Each item's evidence is the text it was read from."
    return _page(title, "\n".join(p for p in parts if p), footer)


# --- the batch index ------------------------------------------------------------------------


def index_row(profile: Profile, link: str) -> dict[str, Any]:
    """The index columns of one profile; ``link`` is the relative path of its page."""
    phd = next((e for e in profile.education if e.degree_level == "doctorate"), None)
    phd_year = int(phd.end[:4]) if phd is not None and phd.end else None
    first_author = sum(1 for p in profile.publications if p.authors and p.authors[0].is_owner)
    return {
        "name": profile.name,
        "status": "ok",
        "position": profile.position,
        "affiliation": profile.affiliation,
        "phd_institution": phd.institution if phd else None,
        "phd_year": phd_year,
        "publications": len(profile.publications),
        "first_author_publications": first_author,
        "top_venues": top_venues(profile, TOP_VENUES),
        "documents": len(profile.sources),
        "warnings": len(profile.warnings),
        "link": link,
    }


def _index_cell(key: str, value: Any) -> str:
    if isinstance(value, bool):
        value = int(value)
    if isinstance(value, int | float):
        return f'<td class="num" data-sort="{esc(value)}">{esc(value)}</td>'
    if isinstance(value, list | tuple):
        if key in {"documents", "warnings"}:  # a list of names or messages: show the count
            detail = "".join(f"<li>{esc(v)}</li>" for v in value)
            inner = f"<details><summary>{len(value)}</summary><ul>{detail}</ul></details>" if value else "0"
            return f'<td class="num" data-sort="{len(value)}">{inner}</td>'
        return f"<td>{_joined(str(v) for v in value)}</td>"
    if value is None or value == "":
        return '<td data-sort="">—</td>' if key not in _NUMERIC else '<td class="num" data-sort="">—</td>'
    return f"<td>{esc(value)}</td>"


_NUMERIC = frozenset({"phd_year", "publications", "first_author_publications", "documents", "warnings"})


def render_index(rows: list[dict[str, Any]], title: str = "Profiles") -> str:
    """A self-contained index page: one table row per person, linking to each person's page.

    Each row has the keys of ``INDEX_COLUMNS`` (missing ones show as "—") and ``link``, the person's
    page relative to the index (``index_row`` builds one from a profile). Lists show comma-separated
    (``top_venues``) or as an expandable count (``documents``, ``warnings`` given as lists).
    """
    num = ' class="num"'
    head = "".join(
        f'<th data-col="{esc(key)}" scope="col"{num if key in _NUMERIC else ""}>{esc(label)}</th>'
        for key, label in INDEX_COLUMNS
    )
    body_rows = []
    for row in rows:
        cells = []
        for key, _ in INDEX_COLUMNS:
            value = row.get(key)
            if key == "name":
                name = value or "(name not found)"
                link = row.get("link") or row.get("href")
                target = _relative_link(link)
                text = f'<a href="{esc(target)}">{esc(name)}</a>' if target else esc(name)
                cells.append(f'<td data-sort="{esc(name)}">{text}</td>')
            else:
                cells.append(_index_cell(key, value))
        body_rows.append(f"<tr>{''.join(cells)}</tr>")
    table = (
        f'<table class="sortable"><thead><tr>{head}</tr></thead><tbody>{"".join(body_rows)}</tbody></table>'
    )
    body = (
        f'<h1>{esc(title)}</h1><p class="muted">{len(rows)} people. Click a column header to sort; '
        "the name opens the person's review page.</p>" + table
    )
    return _page(title, body, "Generated by extractor.", INDEX_CSS, SORT_SCRIPT)


def _relative_link(link: str | None) -> str | None:
    """A relative link as written, or a safe absolute one; ``javascript:`` and the like are dropped."""
    if not link:
        return None
    if ":" in link.split("/", 1)[0]:  # has a scheme
        return safe_url(link)
    return link.strip().replace(" ", "%20")
