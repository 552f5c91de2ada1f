"""``extractor.classify.guess_kind`` on small made-up documents of each kind.

Each row is a document shape seen in practice; the text is written for these tests.
"""

from __future__ import annotations

import dataclasses

import pytest

from extractor.classify import guess_kind
from extractor.document import Document, DocumentKind, Line, MediaType, SourceInfo
from extractor.read.html import read_html
from extractor.read.text import read_text


def make_doc(text: str, media: MediaType) -> Document:
    if media is MediaType.HTML:
        lines, title = read_html(text)
    else:
        lines, title = read_text(text, markdown=media is MediaType.MARKDOWN), None
    return Document(source=SourceInfo(0, "in", media, "0" * 64), lines=lines, title=title)


CV_MARKDOWN = """# Odile Brannock
odile@brannock.example.org

## Education
Ph.D. in Physics, Fenwick University, 2018

## Experience
Postdoctoral Researcher, Lab of Things, 2018 – 2021

## Publications
[1] O. Brannock. Spin waves in thin films. Physical Letters, 2020.

## Skills
Python, Fortran
"""

CV_PLAIN = """ODILE BRANNOCK
Curriculum Vitae

EDUCATION
Ph.D. in Physics, Fenwick University, 2018

AWARDS
Young Physicist Prize, 2019

SERVICE
Referee for Physical Letters
"""

HOMEPAGE_BIO = """Teodor Mavrakis

I'm a third-year Ph.D. student in Computer Science at Quarry Hill University, advised by Prof. Lena Ostrander.
My research focuses on program synthesis and verified compilers.

News
- 2024: a paper accepted somewhere nice
- 2023: started an internship
"""

HOMEPAGE_THIRD_PERSON = """Teodor Mavrakis
Teodor Mavrakis is an assistant professor of computer science at Quarry Hill University.
He works on program synthesis.
Publications
Contact
"""

HOMEPAGE_HTML = """<html><head><title>Teodor Mavrakis</title></head><body>
<h1>Teodor Mavrakis</h1><p>Compilers, proofs and programs.</p>
<h2>Education</h2><p>Ph.D., Quarry Hill University</p>
<h2>Publications</h2><ul><li>A paper</li></ul></body></html>"""

RESEARCH_BODY = (
    "My research asks how coastal wetlands store carbon and how sea-level rise changes that.\n"
    "In my doctoral work I built sensors across twelve marsh sites and showed what controls burial.\n"
    "Going forward, I plan to extend these measurements to mangroves and couple them with models.\n"
    "I also want to build open datasets that other groups can use to test their own carbon models.\n"
)

TEACHING_BODY = (
    "I see teaching as helping students practice the habits of a field scientist in every course.\n"
    "As a teaching assistant for an ecology course of 200 students, I led weekly lab sections.\n"
    "I mentor undergraduate students, and I want my classroom to be a place where students belong.\n"
    "In the future I would like to teach courses in biogeochemistry and data analysis for learners.\n"
)

DIVERSITY_BODY = (
    "I was the first in my family to attend college, and I know how much belonging matters.\n"
    "I mentor students from underrepresented and first-generation backgrounds in my lab.\n"
    "I want my department to be inclusive, and I work for equity in how we admit and support students.\n"
    "I have organized reading groups on bias in hiring and on the identity of minority scholars.\n"
)

PUBLICATION_LIST = """## Publications
[1] A. Rivera, B. Osei. Spin waves in thin films. Physical Letters, 2020.
[2] A. Rivera. Magnons at room temperature. Journal of Magnets, 2019.

### Preprints
[3] A. Rivera, C. Lund. Heat and spin. arXiv, 2024.
"""


@pytest.mark.parametrize(
    "text, media, kind",
    [
        # CVs
        pytest.param(CV_MARKDOWN, MediaType.MARKDOWN, DocumentKind.CV, id="cv-markdown"),
        pytest.param(CV_PLAIN, MediaType.TEXT, DocumentKind.CV, id="cv-plain-caps-headings"),
        pytest.param(
            "Odile Brannock\nSome line\nAnother line", MediaType.PDF, DocumentKind.CV, id="pdf-defaults-to-cv"
        ),
        # homepages
        pytest.param(HOMEPAGE_BIO, MediaType.TEXT, DocumentKind.HOMEPAGE, id="homepage-first-person-bio"),
        pytest.param(
            HOMEPAGE_THIRD_PERSON, MediaType.TEXT, DocumentKind.HOMEPAGE, id="homepage-third-person-bio"
        ),
        pytest.param(HOMEPAGE_HTML, MediaType.HTML, DocumentKind.HOMEPAGE, id="html-with-cv-headings"),
        pytest.param(
            "<h1>Hello!</h1><p>I'm Odile Brannock</p><p>Physicist at heart.</p>"
            "<h2>Publications</h2><p>O. Brannock. Spin waves. Physical Letters, 2020.</p>"
            "<h2>Talks</h2><p>Spin waves, Fenwick Colloquium, 2021</p>",
            MediaType.HTML,
            DocumentKind.HOMEPAGE,
            id="html-greeting-then-publications",
        ),
        pytest.param(
            "<h1>Odile Brannock</h1><p>Assistant Professor of Physics, Fenwick University.</p>"
            "<p>Here are my CV and my research statement as of May 2025.</p>"
            "<h2>Publications</h2><p>O. Brannock. Spin waves. Physical Letters, 2020.</p>",
            MediaType.HTML,
            DocumentKind.HOMEPAGE,
            id="html-linking-its-research-statement",
        ),
        # statements
        pytest.param(
            "Research Statement\nHana Leverett\n\n" + RESEARCH_BODY,
            MediaType.TEXT,
            DocumentKind.RESEARCH_STATEMENT,
            id="research-statement-titled",
        ),
        pytest.param(
            "# Statement of Research\n\n" + RESEARCH_BODY,
            MediaType.MARKDOWN,
            DocumentKind.RESEARCH_STATEMENT,
            id="statement-of-research-markdown",
        ),
        pytest.param(
            RESEARCH_BODY, MediaType.TEXT, DocumentKind.RESEARCH_STATEMENT, id="research-prose-untitled"
        ),
        pytest.param(
            "Teaching Statement\nHana Leverett\n\n" + TEACHING_BODY,
            MediaType.TEXT,
            DocumentKind.TEACHING_STATEMENT,
            id="teaching-statement-titled",
        ),
        pytest.param(
            "# Teaching Philosophy\n\n" + TEACHING_BODY,
            MediaType.MARKDOWN,
            DocumentKind.TEACHING_STATEMENT,
            id="teaching-philosophy-markdown",
        ),
        pytest.param(
            TEACHING_BODY, MediaType.TEXT, DocumentKind.TEACHING_STATEMENT, id="teaching-prose-untitled"
        ),
        # a diversity statement is of kind other (the contract has no diversity kind)
        pytest.param(
            "Diversity Statement\n\n" + RESEARCH_BODY,
            MediaType.TEXT,
            DocumentKind.OTHER,
            id="diversity-statement-titled",
        ),
        pytest.param(
            "Statement on Diversity, Equity, and Inclusion\nHana Leverett\n\n" + TEACHING_BODY,
            MediaType.TEXT,
            DocumentKind.OTHER,
            id="statement-on-diversity-titled",
        ),
        pytest.param(DIVERSITY_BODY, MediaType.TEXT, DocumentKind.OTHER, id="diversity-prose-untitled"),
        pytest.param(
            "Teaching Statement\n\n" + DIVERSITY_BODY,
            MediaType.TEXT,
            DocumentKind.TEACHING_STATEMENT,
            id="teaching-title-wins-over-diversity-words",
        ),
        # publication lists
        pytest.param(
            PUBLICATION_LIST, MediaType.MARKDOWN, DocumentKind.PUBLICATION_LIST, id="publication-list"
        ),
        # nothing recognisable
        pytest.param("shopping list\neggs\nmilk", MediaType.TEXT, DocumentKind.OTHER, id="other-text"),
    ],
)
def test_guess_kind(text: str, media: MediaType, kind: DocumentKind) -> None:
    assert guess_kind(make_doc(text, media)) is kind


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Diversity Statement\n\n" + DIVERSITY_BODY, True),
        (DIVERSITY_BODY, True),
        ("Research Statement\n\n" + RESEARCH_BODY, True),
        ("shopping list\neggs\nmilk", False),
        (CV_PLAIN, False),
    ],
)
def test_reads_as_statement(text: str, expected: bool) -> None:
    assert classify.reads_as_statement(make_doc(text, MediaType.TEXT)) is expected


def test_empty_document_is_other() -> None:
    doc = Document(source=SourceInfo(0, "in", MediaType.TEXT, "0" * 64), lines=())
    assert guess_kind(doc) is DocumentKind.OTHER


def test_cv_with_bio_sentence_is_still_a_cv_when_it_has_many_cv_sections() -> None:
    text = (
        "Odile Brannock\nI am a postdoctoral researcher in physics.\n"
        "Education\nPh.D., 2018\nExperience\nPostdoc\nPublications\n[1] Paper\n"
        "Skills\nPython\nAwards\nPrize\n"
    )
    assert guess_kind(make_doc(text, MediaType.PDF)) is DocumentKind.CV


def test_guess_kind_reads_only_lines() -> None:
    """The kind depends on the lines, not on the document's title or path."""
    lines = (Line(text="shopping list", number=0), Line(text="eggs", number=1))
    doc = Document(
        source=SourceInfo(0, "research-statement.txt", MediaType.TEXT, "0"),
        lines=lines,
        title="Research Statement",
    )
    assert guess_kind(doc) is DocumentKind.OTHER


# --- the strategies, each alone, on invented cues ---------------------------------------------------

from extractor import classify  # noqa: E402
from extractor.classify import Cues  # noqa: E402

FOUR_CV_HEADINGS = ("education", "skills", "awards", "service")


def cues(**changes: object) -> Cues:
    """Cues of a plain text document with no cue for any kind, changed as given."""
    base = Cues(
        media_type=MediaType.TEXT, lines=40, headings=(), first_person=0.0, prose_share=0.0,
        heading_rate=0.0, list_share=0.0, teaching_title=False, research_title=False,
        bio_opening=False, bio_anywhere=False, teaching_words=0,
    )  # fmt: skip
    return dataclasses.replace(base, **changes)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "strategy, given, expected",
    [
        (classify.statement, cues(research_title=True), DocumentKind.RESEARCH_STATEMENT),
        (classify.statement, cues(teaching_title=True), DocumentKind.TEACHING_STATEMENT),
        (classify.statement, cues(first_person=0.5, prose_share=0.8), DocumentKind.RESEARCH_STATEMENT),
        (
            classify.statement,
            cues(first_person=0.5, prose_share=0.8, teaching_words=12),
            DocumentKind.TEACHING_STATEMENT,
        ),
        (classify.statement, cues(first_person=0.5, prose_share=0.8, headings=("education",)), None),
        (classify.statement, cues(first_person=0.5, prose_share=0.8, bio_opening=True), None),
        (classify.statement, cues(first_person=0.5, prose_share=0.8, list_share=0.5), None),
        (classify.statement, cues(), None),
        (classify.statement, cues(diversity_title=True), DocumentKind.OTHER),
        (
            classify.statement,
            cues(first_person=0.5, prose_share=0.8, diversity_words=12, diversity_rate=2.0),
            DocumentKind.OTHER,
        ),
        (  # a few inclusive words in a teaching statement: still teaching
            classify.statement,
            cues(first_person=0.5, prose_share=0.8, teaching_words=12, diversity_words=4, diversity_rate=0.5),
            DocumentKind.TEACHING_STATEMENT,
        ),
        (  # a high rate of too few words (a short text): not enough
            classify.statement,
            cues(first_person=0.5, prose_share=0.8, diversity_words=3, diversity_rate=3.0),
            DocumentKind.RESEARCH_STATEMENT,
        ),
        (classify.statement, cues(first_person=0.5, prose_share=0.8, media_type=MediaType.HTML), None),
        (
            classify.statement,
            cues(research_title=True, media_type=MediaType.HTML),
            DocumentKind.RESEARCH_STATEMENT,
        ),
        (classify.statement, cues(teaching_title=True, bio_opening=True, media_type=MediaType.HTML), None),
        (classify.homepage_by_bio_opening, cues(bio_opening=True), DocumentKind.HOMEPAGE),
        (classify.homepage_by_bio_opening, cues(bio_opening=True, media_type=MediaType.PDF), None),
        (classify.publication_list, cues(headings=("publications", "awards")), DocumentKind.PUBLICATION_LIST),
        (classify.publication_list, cues(headings=("publications", "education")), None),
        (classify.publication_list, cues(headings=("education", "publications")), None),
        (classify.publication_list, cues(headings=("publications",), media_type=MediaType.HTML), None),
        (
            classify.publication_list,
            cues(headings=("publications",), media_type=MediaType.HTML, opens_with_publications=True),
            DocumentKind.PUBLICATION_LIST,
        ),
        (classify.homepage, cues(media_type=MediaType.HTML), DocumentKind.HOMEPAGE),
        (classify.homepage, cues(bio_anywhere=True, headings=("education", "skills")), DocumentKind.HOMEPAGE),
        (classify.homepage, cues(bio_anywhere=True, headings=FOUR_CV_HEADINGS), None),
        (classify.homepage, cues(bio_anywhere=True, media_type=MediaType.PDF), None),
        (classify.cv, cues(headings=("education", "experience")), DocumentKind.CV),
        (classify.cv, cues(media_type=MediaType.PDF), DocumentKind.CV),
        (classify.cv, cues(headings=("education",)), None),
    ],
)
def test_strategy_alone(strategy: object, given: Cues, expected: DocumentKind | None) -> None:
    assert callable(strategy)
    assert strategy(given) is expected, given


def test_strategies_in_order() -> None:
    assert [s.__name__ for s in classify.STRATEGIES] == [
        "statement", "homepage_by_bio_opening", "publication_list", "homepage", "cv",
    ]  # fmt: skip
