"""Integrity of the word lists and tables in extractor/patterns/, and examples for the lookups built on them.

Every data file opens with a ``#`` comment saying what belongs in it; ``.txt`` entries are casefolded,
stripped and unique; ``.tsv`` keys are unique; ``sections.toml`` and ``degrees.tsv`` use only the allowed
kinds and levels. The example tables below are made up for these tests.
"""

from __future__ import annotations

import tomllib
from importlib import resources

import pytest

from extractor.document import SectionKind
from extractor.patterns import (
    DEGREE_LEVELS,
    HEADING_KINDS,
    PUBLICATION_SUBKINDS,
    DegreeMatch,
    HeadingMatch,
    _normalize_phrase,
    content_candidates,
    content_cue_kinds,
    find_degree,
    find_funding_sources,
    heading_head_kind,
    heading_head_phrase,
    heading_kind,
    table,
    words,
)

PATTERNS = resources.files("extractor.patterns")
DATA_FILES = sorted(
    (entry.name for entry in PATTERNS.iterdir() if entry.name.endswith((".txt", ".tsv", ".toml"))),
)
LIST_FILES = [name for name in DATA_FILES if name.endswith((".txt", ".tsv"))]
TXT_FILES = [name for name in DATA_FILES if name.endswith(".txt")]
TSV_FILES = [name for name in DATA_FILES if name.endswith(".tsv")]


def _lines(name: str) -> list[str]:
    return PATTERNS.joinpath(name).read_text(encoding="utf-8").splitlines()


def _data_lines(name: str) -> list[str]:
    return [line for line in _lines(name) if not line.startswith("#")]


# ---------------------------------------------------------------------------------------------------------
# Data-file integrity


def test_the_expected_data_files_exist() -> None:
    assert {"sections.toml", "degrees.tsv", "funding.tsv"} <= set(DATA_FILES)


@pytest.mark.parametrize("name", DATA_FILES)
def test_file_opens_with_a_comment(name: str) -> None:
    lines = _lines(name)
    assert lines and lines[0].startswith("# ") and len(lines[0]) > 20, "say what belongs in the file and why"


@pytest.mark.parametrize("name", LIST_FILES)
def test_no_blank_rows(name: str) -> None:
    for number, line in enumerate(_lines(name), start=1):
        assert line.strip(), f"{name}:{number} is blank"
        assert line == line.rstrip(), f"{name}:{number} has trailing whitespace"


@pytest.mark.parametrize("name", TXT_FILES)
def test_txt_entries_are_casefolded_stripped_and_unique(name: str) -> None:
    entries = _data_lines(name)
    assert entries, f"{name} has no entries"
    for entry in entries:
        assert entry == entry.strip().casefold(), f"{name}: {entry!r} is not casefolded and stripped"
        assert "\t" not in entry
    assert len(entries) == len(set(entries)), f"{name} repeats an entry"
    assert words(name.removesuffix(".txt")) == frozenset(entries)


@pytest.mark.parametrize("name", TSV_FILES)
def test_tsv_keys_are_unique_and_cells_filled(name: str) -> None:
    rows = table(name.removesuffix(".tsv"))
    assert rows, f"{name} has no rows"
    # venues share an acronym across kinds (IEEE TCC the journal, TCC the conference): key by both
    keys = [(row[0], row[1]) if name == "venues.tsv" else row[0] for row in rows]
    assert all(keys), f"{name} has a row without a key"
    assert len(keys) == len(set(keys)), f"{name} repeats a key"
    assert len(rows) == len(_data_lines(name))


def test_sections_toml_uses_section_kinds_and_unique_aliases() -> None:
    data = tomllib.loads(PATTERNS.joinpath("sections.toml").read_text(encoding="utf-8"))
    tables = {"kinds", "publication_subkinds", "qualifiers", "head_words", "weak_head_words"}
    assert set(data) == tables | {"content_decided", "content_words"}
    assert set(data["head_words"]) | set(data["weak_head_words"]) <= HEADING_KINDS
    assert set(data["content_words"]) <= HEADING_KINDS
    for heading, kinds in data["content_decided"].items():
        assert set(kinds) <= HEADING_KINDS, heading
        assert heading_kind(heading) is not None, f"{heading!r}: the vocabulary's kind comes first"
    assert set(data["kinds"]) == HEADING_KINDS
    assert {kind.value for kind in SectionKind} >= HEADING_KINDS
    assert set(data["publication_subkinds"]) == PUBLICATION_SUBKINDS
    groups = (data["kinds"], data["publication_subkinds"])
    aliases = [alias for group in groups for names in group.values() for alias in names]
    assert len(aliases) == len(set(aliases)), "an alias is listed twice"
    for alias in aliases + data["qualifiers"]["leading"] + data["qualifiers"]["connectors"]:
        assert alias == _normalize_phrase(alias), f"{alias!r} is not written normalized"


def test_every_section_alias_finds_its_own_kind() -> None:
    data = tomllib.loads(PATTERNS.joinpath("sections.toml").read_text(encoding="utf-8"))
    for kind, names in data["kinds"].items():
        for alias in names:
            assert heading_kind(alias.title()) == HeadingMatch(kind, None), alias
    for subkind, names in data["publication_subkinds"].items():
        for alias in names:
            assert heading_kind(alias.upper()) == HeadingMatch("publications", subkind), alias


def test_degrees_tsv_levels_and_options() -> None:
    for row in table("degrees"):
        assert 2 <= len(row) <= 3, row
        assert row[1] in DEGREE_LEVELS, row
        for option in row[2].split() if len(row) == 3 else []:
            key, _, value = option.partition("=")
            assert key in {"case", "unless_next", "unless_prev"} and value, row
        match = find_degree(f"{row[0]} in Studies")
        assert match is not None and match.written == row[0] and match.level == row[1], row


def test_funding_tsv_variants_are_unique() -> None:
    seen: list[str] = []
    for row in table("funding"):
        assert 1 <= len(row) <= 2, row
        variants = [row[0], *(row[1].split("|") if len(row) == 2 else [])]
        assert all(v and v == v.strip() for v in variants), row
        seen.extend(v.casefold() if " " in v else v for v in variants)
        assert find_funding_sources(f"Funded by {row[0]} grant 123.") == [row[0]], row
    assert len(seen) == len(set(seen)), "a name belongs to two rows"


# ---------------------------------------------------------------------------------------------------------
# heading_kind

HEADINGS = [
    ("plain", "Education", "education", None),
    ("caps", "RESEARCH EXPERIENCE", "experience", None),
    ("numbered", "4. Employment", "experience", None),
    ("roman", "III. ACADEMIC APPOINTMENTS", "experience", None),
    ("colon", "Skills:", "skills", None),
    ("ampersand", "Honours & Awards", "awards", None),
    ("markdown", "## Invited Talks", "talks", None),
    ("bold", "**Teaching and Mentoring**", "teaching", None),
    ("emoji-tail", "Conference Papers🎉📄", "publications", "conference"),
    ("emoji-lead", "📚 Journal Articles", "publications", "journal"),
    ("paren-tail", "Selected Publications (†: equal contribution)", "publications", None),
    ("paren-years", "Talks (2019–2023)", "talks", None),
    # training attended outside a degree is other, coursework in a degree courses (corpus/README.md)
    ("workshops-and-courses", "WORKSHOPS AND COURSES", "other", None),  # not a workshop-paper sub-heading
    ("courses-and-workshops", "Courses and Workshops", "other", None),
    ("summer-schools", "Workshops & Summer Schools", "other", None),
    ("graduate-courses", "Graduate Courses Taken", "courses", None),
    ("qualifier-subkind", "Publications in International Journals", "publications", "journal"),
    ("qualifier-and", "Awards and Recognitions", "awards", None),
    ("and-keeps-whole-list", "Publications and Patents", "publications", None),
    ("leading-modifier", "Recent Preprints", "publications", "preprint"),
    ("hyphen", "Peer-Reviewed Conference Proceedings", "publications", "conference"),
    ("slash", "Honors/Awards", "awards", None),
    ("spaced", "S K I L L S", "skills", None),
    ("hobbies", "Outside of Research", "interests", None),
    ("interests", "Research Interests", "research_interests", None),
    ("contact", "Get in Touch", "contact", None),
    ("refs", "Referees", "references", None),
    ("news", "Recent News", "other", None),
    ("courses", "Relevant Coursework", "courses", None),
    ("thesis", "Dissertation", "publications", "thesis"),
    ("patents", "PATENTS", "publications", "patent"),
    ("under-review", "Papers Under Review", "publications", "preprint"),
    ("posters", "Posters", "publications", "poster"),
    ("chapters", "Book Chapters", "publications", "chapter"),
    ("colon-lead", "A few more informal write-ups are listed below:", "publications", "report"),
    ("paren-colon", "Workshop Papers (non-archival):", "publications", "workshop"),
    ("spaced-words", "H O N O R S & A W A R D S", "awards", None),
    ("spaced-run", "O T H E R A C T I V I T I E S", "service", None),
    ("spaced-phrase", "I N V I T E D T A L K S", "talks", None),
    ("loose-acute", "E\u00b4DUCATION", "education", None),
    ("loose-circumflex", "CENTRES D\u2019INTE\u0301RE\u02c6T", "interests", None),
    ("combining-accent", "EXPE\u0301RIENCE PROFESSIONNELLE", "experience", None),
    ("elision", "Expériences d\u2019Enseignement", "teaching", None),
    ("accent-keeps-exact-first", "Conférences", "talks", None),
    ("german", "Arbeitserfahrung", "experience", None),
    ("italian", "Esperienza lavorativa", "experience", None),
    ("foreign-qualifier", "Autres Expériences Professionnelles", "experience", None),
    ("personal-details", "Personal Details", "contact", None),
    ("memberships", "Professional Memberships", "other", None),
    ("outreach", "Outreach", "service", None),
    ("public-engagement", "Public Engagement", "service", None),
    ("science-communication", "Scientific Communication", "service", None),
    ("public-outreach", "Public Outreach", "service", None),
    ("field-experience", "Field Experience", "other", None),
    ("talks-not-proceedings", "Conferences and Presentations", "talks", None),
    ("misspelt-word", "SELECTED PUBCLICATIONS", "publications", None),
    ("misspelt-head", "Organising Commitees", "service", None),
    ("status-tail", "Funding Awarded", "grants", None),
    ("portuguese-about", "Apresentação", "about", None),
    ("latex-dotless-i", "Art\u00b4\u0131culos Enviados", "publications", "preprint"),  # LaTeX's \'{\i}
    ("talks-given-at", "Invited Presentations given at Meetings", "talks", None),
    ("talks-presented", "Talks Presented", "talks", None),
    ("students-directed", "PhD Students Directed", "other", None),
    ("students-supervised", "Students Supervised", "other", None),
]


@pytest.mark.parametrize(("text", "kind", "subkind"), [h[1:] for h in HEADINGS], ids=[h[0] for h in HEADINGS])
def test_heading_kind_finds_headings(text: str, kind: str, subkind: str | None) -> None:
    assert heading_kind(text) == HeadingMatch(kind, subkind)


NOT_HEADINGS = [
    ("role-with-colon", "Teaching Assistant: CS 101 Spring'22"),
    ("job-title", "Research Intern"),
    ("sentence", "Education is important to me"),
    ("sentence-period", "Research. That is what I do"),
    ("long-line", "Publications and talks from my time at the institute on many topics"),
    ("long-colon", "These are the many things that I have done over the past several years:"),
    ("colon-without-subkind", "Here is what I did last summer:"),
    ("entry", "Ph.D. in Physics, Example University"),
    ("unknown", "Favorite Recipes"),
    ("empty", ""),
    ("only-emoji", "🎉🎉"),
    ("name", "Jordan Q. Example"),
    ("alias-then-word", "Experience Design Lab"),
]


@pytest.mark.parametrize("text", [h[1] for h in NOT_HEADINGS], ids=[h[0] for h in NOT_HEADINGS])
def test_heading_kind_rejects_non_headings(text: str) -> None:
    assert heading_kind(text) is None


# (id, heading, kind anywhere, kind from the head noun only)
HEAD_WORD_HEADINGS = [
    ("last-word", "Editorial Activities", "service", "service"),
    ("strong-before-weak", "Grant Writing Experience", "grants", "grants"),
    ("weak-alone", "Clinical Experience", "experience", "experience"),
    ("combined-first-wins", "Prizes, Honors and Funding", "awards", "awards"),
    ("head-noun-last", "Prizes Funding", "awards", "grants"),
    ("romance-head-first", "Fondos para Proyectos de Investigación", "grants", "grants"),
    ("accent-folded", "Séjours de recherche", "experience", "experience"),
    ("loose-accent", "Educacio\u0301n", "education", "education"),
    ("cjk-inside", "荣誉与奖励", "awards", "awards"),
    ("job-title", "Teaching Assistant", "teaching", None),
    ("institution", "School of Education", "education", None),
    ("award-entry", "Certificate in Teaching", "teaching", None),
    ("misspelt", "College Comittees", "service", "service"),
    ("singular-is-not-a-misspelling", "Certificate", None, None),
    ("mentoring-is-other", "Student Advising", "other", "other"),
    # training attended and memberships are other; outreach and volunteering service
    ("training-is-other", "Technical Training", "other", "other"),
    ("certificates-are-other", "Licenses and Certifications", "other", "other"),
    ("schools-are-other", "Methods Schools", "other", "other"),
    ("german-courses-are-other", "Kurse und Seminare", "other", "other"),
    ("german-memberships-are-other", "Mitgliedschaften", "other", "other"),
    ("coursework-stays-courses", "Doctoral Courses", "courses", "courses"),
    ("outreach-is-service", "Community Outreach", "service", "service"),
    # lists of the people advised are other, unless a strong word names the list
    ("students-are-other", "Graduate Students", "other", "other"),
    ("mentees-are-other", "Current Students and Mentees", "other", "other"),
    ("strong-word-over-students", "Students' Talks and Posters", "talks", "talks"),
    ("teaching-students-is-teaching", "Teaching High School Students", "teaching", "teaching"),
    ("volunteering-is-service", "Regular Volunteering", "service", "service"),
    ("no-kind-word", "Kestrel Harbour Lab", None, None),
    ("inner-period", "Ph.D. papers, Kestrel Univ. Press", None, None),
]


@pytest.mark.parametrize(
    ("text", "anywhere", "head"), [h[1:] for h in HEAD_WORD_HEADINGS], ids=[h[0] for h in HEAD_WORD_HEADINGS]
)
def test_heading_head_kind(text: str, anywhere: str | None, head: str | None) -> None:
    assert heading_head_kind(text) == anywhere
    assert heading_head_kind(text, edges_only=True) == head


@pytest.mark.parametrize(
    ("text", "head"),
    [
        ("Invited talks, and workshops on the topic of ice", "Invited talks, and workshops"),
        ("Invited keynotes, talks, and workshops – other", "Invited keynotes, talks, and workshops"),
        ("Students' Talks and Posters (students underlined)", "Students' Talks and Posters"),
        ("Selected Publications [* student author]", "Selected Publications"),
        ("Seminars given at Example University", "Seminars"),
        ("Teaching and Mentoring", None),  # no qualifier: the heading is its own head
        ("Editorial Activities", None),
        ("(Future) Lectures", None),  # a qualifier first: no head before it
        ("Teaching experience: Courses", None),  # a colon is a run-in label's, not a qualifier
    ],
)
def test_heading_head_phrase(text: str, head: str | None) -> None:
    assert heading_head_phrase(text) == head


# ---------------------------------------------------------------------------------------------------------
# find_degree

DEGREES = [
    ("phd-dots", "Ph.D. in Computer Science, Example University", "Ph.D.", "doctorate"),
    ("phd-plain", "PhD, Statistics", "PhD", "doctorate"),
    ("phd-spaced", "Ph. D. candidate", "Ph. D.", "doctorate"),
    ("phd-student", "Ph.D. student at Somewhere Tech", "Ph.D.", "doctorate"),
    ("long-name", "Doctor of Philosophy in Linguistics", "Doctor of Philosophy", "doctorate"),
    ("dphil", "DPhil in Zoology, Oxbridge", "DPhil", "doctorate"),
    ("german", "Dr. rer. nat. (Physik), Beispiel-Universität", "Dr. rer. nat.", "doctorate"),
    ("dr-ing", "Dr.-Ing. Maschinenbau", "Dr.-Ing.", "doctorate"),
    ("italian", "Dottorato di ricerca in Informatica", "Dottorato di ricerca", "doctorate"),
    ("bs", "B.S. in Physics and Mathematics", "B.S.", "bachelor"),
    ("bsc-no-in", "BSc Computer Science", "BSc", "bachelor"),
    ("ab", "A.B. in History, Example College", "A.B.", "bachelor"),
    ("btech", "B.Tech in Electrical Engineering", "B.Tech", "bachelor"),
    ("licenciatura", "Licenciatura en Matemáticas", "Licenciatura", "bachelor"),
    ("bachelors", "Bachelor's degree in Economics", "Bachelor's", "bachelor"),
    ("msc", "MSc Data Science, 2020", "MSc", "master"),
    ("ms-comma", "Example State University, MS in Robotics", "MS", "master"),
    ("master-of-science", "Master of Science in Chemistry", "Master of Science", "master"),
    ("laurea-magistrale", "Laurea Magistrale in Fisica", "Laurea Magistrale", "master"),
    ("mphil", "MPhil in Economics", "MPhil", "master"),
    ("mid-line", "2016–2018: M.Eng. in Civil Engineering", "M.Eng.", "master"),
    ("diplome", "Diplôme d'ingénieur, École Exemple", "Diplôme d'ingénieur", "master"),
    ("highschool", "High School Diploma, Example Academy", "High School Diploma", "other"),
    ("habilitation", "Habilitation in Mathematics", "Habilitation", "doctorate"),
]


@pytest.mark.parametrize(("text", "written", "level"), [d[1:] for d in DEGREES], ids=[d[0] for d in DEGREES])
def test_find_degree_finds_degrees(text: str, written: str, level: str) -> None:
    match = find_degree(text)
    assert match is not None
    assert (match.written, match.level) == (written, level)
    assert text[match.start : match.end] == written


def test_find_degree_reports_the_first_mention() -> None:
    assert find_degree("M.S. 2019, then Ph.D. 2023") == DegreeMatch("M.S.", "master", 0, 4)


NOT_DEGREES = [
    ("math", "MAth tutoring club"),
    ("bsd", "Kernel hacking on BSD systems"),
    ("ms-word", "Proficient in MS Word and LaTeX"),
    ("microsoft", "Microsoft Corporation"),
    ("postdoc", "Postdoc, Example Institute"),
    ("postdoctoral", "Postdoctoral Researcher"),
    ("state", "Cambridge, MA"),
    ("surname", "Meng Example and Ma Example"),
    ("mastering", "Mastering distributed systems"),
    ("plain", "Assistant Professor of Biology"),
]


@pytest.mark.parametrize("text", [d[1] for d in NOT_DEGREES], ids=[d[0] for d in NOT_DEGREES])
def test_find_degree_rejects_non_degrees(text: str) -> None:
    assert find_degree(text) is None


# ---------------------------------------------------------------------------------------------------------
# find_funding_sources

FUNDING = [
    ("acronyms", "Supported by NSF CAREER award 1234 and DARPA.", ["NSF", "DARPA"]),
    ("long-name", "funded by the National Institutes of Health (R01-XYZ)", ["NIH"]),
    ("dedup", "NSF grant A and National Science Foundation grant B", ["NSF"]),
    ("order", "Gifts: Google, Amazon and the Sloan Foundation.", ["Google", "Amazon", "Sloan Foundation"]),
    ("longest-wins", "Microsoft Research PhD Fellowship", ["Microsoft Research"]),
    ("swiss", "Swiss National Science Foundation project 42", ["SNSF"]),
    ("lower-long-name", "a department of energy early career award", ["DOE"]),
    ("europe", "ERC Starting Grant and DFG funding", ["ERC", "DFG"]),
    ("companies", "Gifts: NVIDIA, Intel, IBM, Cisco, VMware.", ["NVIDIA", "Intel", "IBM", "Cisco", "VMware"]),
    ("meta-facebook", "Facebook Fellowship (now Meta)", ["Facebook", "Meta"]),
]


@pytest.mark.parametrize(("text", "expected"), [f[1:] for f in FUNDING], ids=[f[0] for f in FUNDING])
def test_find_funding_sources_finds_sources(text: str, expected: list[str]) -> None:
    assert find_funding_sources(text) == expected


NOT_FUNDING = [
    ("lowercase-acronym", "the nsf and nih are mentioned in lower case"),
    ("inside-word", "Appleton Googleplex Intelligence NSFW"),
    ("hyphenated", "Meta-learning for apple detection"),
    ("plain", "Supported by a private donor"),
]


@pytest.mark.parametrize("text", [f[1] for f in NOT_FUNDING], ids=[f[0] for f in NOT_FUNDING])
def test_find_funding_sources_ignores_lookalikes(text: str) -> None:
    assert find_funding_sources(text) == []


# --- statuses and preprint servers: data the status regexes are built from ------------------------

STATUS_PLACES = {"names", "only", "venue_end", "group", "apa_year", "continues"}


def test_statuses_table_rows() -> None:
    from typing import get_args

    from extractor.patterns.regexes import _data_rows
    from extractor.profile import PublicationStatus

    statuses = set(get_args(PublicationStatus))
    for phrase, status, places in _data_rows("statuses.tsv"):
        assert phrase.strip() == phrase and phrase, phrase
        assert set(places.split(",")) <= STATUS_PLACES, (phrase, places)
        assert status in statuses or status == "other", (phrase, status)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Under review at Journal of Invented Results", "under_review"),
        ("Invented Letters (in press)", "accepted"),
        ("Submitted to the Invented Conference", "under_review"),  # corpus/README: submitted is under review
        ("In submission.", "in_submission"),
        ("R & R at Invented Review", "under_review"),
        ("Under-Review (copy available on request)", "under_review"),
        ("Invented Letters, in revisions", "under_review"),
        ("Major revisions, Invented Review", "under_review"),
        ("Reject and resubmit at Invented Review", "under_review"),
        ("Resubmitted, Invented Review", "under_review"),
        ("Manuscript in preparation", "in_submission"),
        ("Doe, J., & Roe, A. (in prep.). Widget sorting.", "in_submission"),
        ("Work in progress", "in_submission"),
        ("arXiv preprint arXiv:2401.00001", "preprint"),
        ("PsyArXiv, 2023", "preprint"),  # every server of preprint_servers.txt, not only arXiv's family
        ("OSF Preprints", "preprint"),
        ("Invented Journal 12(3), 2021", None),
    ],
)
def test_status_res_built_from_the_data(text: str, expected: str | None) -> None:
    from extractor.patterns.regexes import STATUS_RES

    named = [status for status, regex in STATUS_RES.items() if regex.search(text)]
    assert (named[0] if named else None) == expected, (text, named)


@pytest.mark.parametrize(
    "regex_name, text, cut",
    [
        ("STATUS_ONLY_RE", "Submitted to Invented Conference", "Invented Conference"),
        ("STATUS_ONLY_RE", "To appear in Invented Letters", "Invented Letters"),
        ("STATUS_ONLY_RE", "Under internal review.", ""),
        ("VENUE_STATUS_END_RE", "Invented Letters (in press)", "Invented Letters"),
        ("VENUE_STATUS_END_RE", "Invented Preprint, 2024. Under review", "Invented Preprint, 2024"),
        ("STATUS_ONLY_RE", "R&R at Invented Review", "Invented Review"),
        ("STATUS_ONLY_RE", "Revise and resubmit, Invented Review", "Invented Review"),
        ("STATUS_ONLY_RE", "Under-Review.", ""),
        ("STATUS_ONLY_RE", "In revision at Invented Letters", "Invented Letters"),
        ("STATUS_ONLY_RE", "In preparation for Invented Letters", "Invented Letters"),
        ("STATUS_ONLY_RE", "Manuscript in preparation", ""),
        ("STATUS_ONLY_RE", "Invented Review, R&R", "Invented Review, R&R"),  # only at the start
        ("VENUE_STATUS_END_RE", "Invented Letters, in revision.", "Invented Letters"),
        ("VENUE_STATUS_END_RE", "Invented Letters (Manuscript in preparation)", "Invented Letters"),
    ],
)
def test_status_cutting_regexes(regex_name: str, text: str, cut: str) -> None:
    from extractor.patterns import regexes

    assert getattr(regexes, regex_name).sub("", text).strip() == cut, text


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("Doe, J., & Roe, A. (2021). Widget sorting.", "2021"),
        ("Doe, J., & Roe, A. (2021), Widget sorting.", "2021"),  # a comma after the year
        ("Doe, J., & Roe, A. (in press). Widget sorting.", "in press"),
        ("Doe, J., & Roe, A. (in prep.). Widget sorting.", "in prep."),
        ("Doe, J., et al. (in prep). Widget sorting.", "in prep"),
        ("Doe, J., & Roe, A. (In preparation). Widget sorting.", "In preparation"),
    ],
)
def test_a_status_in_an_apa_citations_year(text: str, year: str) -> None:
    from extractor.patterns.regexes import INVERTED_AUTHORS_PREFIX_RE

    match = INVERTED_AUTHORS_PREFIX_RE.match(text)
    assert match is not None and match["year"] == year
    assert text[match.end() :] == "Widget sorting."


@pytest.mark.parametrize(
    ("text", "candidates"),
    [
        ("RESEARCH", ("research_interests", "publications", "experience")),
        ("Selected Research", ("research_interests", "publications", "experience")),
        ("Conferences:", ("publications", "talks")),
        ("Research Interests", ()),
        ("Grants and Awards", ()),
        ("Kestrel University, 2019", ()),
    ],
)
def test_content_candidates(text: str, candidates: tuple[str, ...]) -> None:
    assert content_candidates(text) == candidates


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("Best Poster Award, Kestrel Ice Meeting", {"awards", "talks"}),
        ("Journal of Firn Studies, vol. 3, pp. 1-9", {"publications"}),
        ("Postdoctoral researcher, Kestrel University", {"experience"}),
        ("Kestrel University, 2019", set()),
    ],
)
def test_content_cue_kinds(text: str, kinds: set[str]) -> None:
    assert content_cue_kinds(text) == kinds


@pytest.mark.parametrize(
    ("text", "rest"),
    [
        ("• Lecturer, Kestrel University", "Lecturer, Kestrel University"),
        ("– Reviewer for Fern Letters", "Reviewer for Fern Letters"),
        # Word's letter bullet: a lone "o" before a capital or a digit
        ("o 2019: Lecturer at Kestrel University", "2019: Lecturer at Kestrel University"),
        ("o Fellowship, Kestrel Academy (July 2016)", "Fellowship, Kestrel Academy (July 2016)"),
        # not a bullet: a word, a lowercase continuation, a number
        ("on the ecology of ferns", None),
        ("o the ferns of the north", None),
        ("-1.5 degrees", None),
    ],
)
def test_bullet_re(text: str, rest: str | None) -> None:
    from extractor.patterns.regexes import BULLET_RE

    found = BULLET_RE.match(text)
    assert (text[found.end() :] if found else None) == rest
