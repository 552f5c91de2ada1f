"""The five seed documents from our users (read from ../shared/seeds, never copied here).

Each yields a schema-valid profile, and the facts the issues name come out right. Skipped when
../shared/seeds is absent, so a fresh clone without it still passes.
"""

from __future__ import annotations

import functools
import json

import jsonschema
import pytest

from extractor import extract_profile
from extractor.profile import Profile
from extractor.schema import build_profile_schema
from tests.conftest import SEEDS

pytestmark = pytest.mark.skipif(not SEEDS.is_dir(), reason="../shared/seeds is absent")

SEED_FILES = [
    "cv.txt",
    "homepage-2023.txt",
    "homepage-2024.txt",
    "publications-page.txt",
    "research-statement.txt",
]


@functools.cache
def seed(name: str) -> Profile:
    return extract_profile([str(SEEDS / name)])


def pubs_by_title(profile: Profile) -> dict[str, object]:
    return {p.title: p for p in profile.publications}


def owner_index(pub: object) -> list[int]:
    return [i for i, a in enumerate(pub.authors) if a.is_owner]  # type: ignore[attr-defined]


@pytest.mark.parametrize("name", SEED_FILES)
def test_seed_gives_valid_profile(name: str) -> None:
    data = seed(name).model_dump(mode="json")
    jsonschema.Draft202012Validator(build_profile_schema()).validate(data)
    assert "\ufffd" not in json.dumps(data, ensure_ascii=False)


# --- the person (sections and the person issue) ------------------------------------------------

PERSON = {
    "cv.txt": (
        "Rui Pan",
        None,
        "Ph.D. student",
        "Princeton University",
        ["Ravi Netravali"],
        ["ruipan@cs.princeton.edu"],
    ),
    "homepage-2023.txt": (
        "Rui Pan",
        "潘瑞",
        "Ph.D. student",
        "Princeton University",
        ["Ravi Netravali"],
        ["ruipan@cs.princeton.edu"],
    ),
    "homepage-2024.txt": (
        "Rui Pan",
        "潘瑞",
        "Ph.D. student",
        "Princeton University",
        ["Ravi Netravali"],
        ["ruipan@cs.princeton.edu"],
    ),
    "publications-page.txt": (None, None, "Applied Scientist", "Amazon Web Services AI", [], []),
}


@pytest.mark.parametrize("name", list(PERSON))
def test_person_facts(name: str) -> None:
    p = seed(name)
    assert (p.name, p.native_name, p.position, p.affiliation, p.advisors, p.emails) == PERSON[name]


def test_cv_contact_and_department() -> None:
    p = seed("cv.txt")
    assert p.phones == ["+16089600303"]
    assert [(link.kind, link.url) for link in p.links] == [
        ("homepage", "https://ruipan.xyz"),
        ("github", "https://github.com/ruipeterpan"),
    ]
    assert p.department == "Computer Science"


@pytest.mark.parametrize("name", ["homepage-2023.txt", "homepage-2024.txt"])
def test_homepage_prose_gives_department_and_degree(name: str) -> None:
    p = seed(name)
    assert p.department == "Computer Science"
    # the degree under way ("a 2nd-year CS Ph.D. student at ...") comes first, expected (issue 20);
    # the 2024 page's empty "Education" heading lists no degree, so the prose one is still told
    assert [(e.degree, e.degree_level, e.institution, e.expected) for e in p.education] == [
        ("Ph.D.", "doctorate", "Princeton University", True),
        ("B.S.", "bachelor", "University of Wisconsin-Madison", False),
    ]


# --- entries (entries issue) ------------------------------------------------------------------


def test_cv_education() -> None:
    rows = [
        (
            e.degree,
            e.degree_level,
            e.field,
            e.institution,
            e.location,
            e.start,
            e.end,
            e.expected,
            e.gpa,
            e.advisors,
        )
        for e in seed("cv.txt").education
    ]
    assert rows == [
        (
            "Ph.D.",
            "doctorate",
            "Computer Science",
            "Princeton University",
            "Princeton, NJ, USA",
            "2022-09",
            "2027-05",
            True,
            None,
            ["Ravi Netravali"],
        ),
        (
            "B.S.",
            "bachelor",
            "Computer Science and Mathematics",
            "University of Wisconsin-Madison",
            "Madison, WI, USA",
            "2018-09",
            "2021-12",
            False,
            "3.96/4.00",
            ["Shivaram Venkataraman"],
        ),
    ]


def test_cv_experience() -> None:
    rows = [
        (e.title, e.organization, e.location, e.start, e.end, e.current, e.supervisors)
        for e in seed("cv.txt").experience
    ]
    assert rows == [
        (
            "Graduate Research Assistant",
            "Princeton University",
            "Princeton, NJ, USA",
            "2022-09",
            None,
            True,
            ["Ravi Netravali"],
        ),
        (
            "Research Intern",
            "Max Planck Institute for Informatics",
            "Saarbrücken, Germany",
            "2022-02",
            "2022-08",
            False,
            ["Yiting Xia"],
        ),
        (
            "Undergraduate Research Assistant",
            "UW-Madison",
            "Madison, WI, USA",
            "2020-06",
            "2021-12",
            False,
            ["Shivaram Venkataraman", "Aditya Akella"],
        ),
        (
            "Undergraduate Research Assistant",
            "Wisconsin Institute for Discovery",
            "Madison, WI, USA",
            "2020-01",
            "2021-03",
            False,
            ["Steven Wangen", "Michael Ferris"],
        ),
    ]
    projects = seed("cv.txt").experience[2].highlights
    assert projects[0].startswith("Project 1: Fair and Efficient Resource Allocation")
    assert projects[1].startswith("Project 2: How Structured Backpropagation Pruning")


def test_cv_teaching_service_skills() -> None:
    p = seed("cv.txt")
    assert [(t.role, t.course, t.term) for t in p.teaching] == [("Teaching Assistant", "COS 316", "Fa'23")]
    assert [(s.role, s.venue, s.year) for s in p.service] == [
        ("Student Volunteer", "CMMRS", 2022),
        ("Student Volunteer", "N2Women@SIGCOMM", 2022),
        ("Artifact Evaluation Committee", "MLSys", 2023),
        ("Artifact Evaluation Committee", "OSDI", 2023),
        ("Artifact Evaluation Committee", "ATC", 2023),
    ]
    assert [(s.category, len(s.items)) for s in p.skills] == [("Languages", 7), ("Frameworks and Tools", 8)]


def test_homepage_2024_experience() -> None:
    rows = [
        (e.title, e.organization, e.location, e.start, e.end, e.supervisors)
        for e in seed("homepage-2024.txt").experience
    ]
    assert rows == [
        (
            "Applied Scientist Intern",
            "Amazon, AWS AI Team",
            "Santa Clara, CA",
            "2024-05",
            "2024-08",
            ["Zhen Jia"],
        ),
        (
            "Research Intern",
            "Max Planck Institute for Informatics (MPI-INF)",
            "Saarbrücken, Germany",
            "2022-02",
            "2022-08",
            ["Yiting Xia"],
        ),
    ]


def test_publications_page_positions_and_phd() -> None:
    p = seed("publications-page.txt")
    assert [(e.title, e.organization, e.start, e.end, e.current, e.supervisors) for e in p.experience] == [
        ("Applied Scientist", "Amazon Web Services AI", "2023-10", None, True, []),
        (
            "Applied Scientist Intern",
            "Amazon Web Services",
            "2022-09",
            "2023-06",
            False,
            ["Yida Wang", "Zhen Jia"],
        ),
        ("Research Intern", "ByteDance", "2021-02", "2022-08", False, ["Yibo Zhu", "Haibin Lin"]),
    ]
    assert [(e.degree_level, e.institution, e.end, e.thesis) for e in p.education] == [
        (
            "doctorate",
            "Rice University",
            "2023",
            "Scaling Deep Learning through Optimizing Data- and Management-Plane Communications",
        )
    ]
    # the role lines head the venue lines below them, and each year line closes its venues
    assert [(s.role, s.venue, s.year) for s in p.service] == [
        ("PC member", "USENIX ATC", 2025),
        ("PC member", "MLSys", 2025),
        ("PC member", "ICDCS", 2024),
        ("PC member", "NeurIPS", 2024),
        ("PC member", "ICDM", 2024),
        ("PC member", "Bench", 2024),
        ("PC member", "AISTATS", 2024),
        ("PC member", "ICLR", 2024),
        ("Reviewer", "Transactions on Networking", 2024),
        ("Reviewer", "BenchCouncil", 2024),
    ]


# --- publications (publications issue) ---------------------------------------------------------


def test_cv_publications() -> None:
    pubs = seed("cv.txt").publications
    assert [(p.label, p.venue_short, p.year, p.kind, p.status) for p in pubs] == [
        ("[1]", None, None, "preprint", "in_submission"),
        ("[2]", None, None, "preprint", "in_submission"),
        ("[3]", "NSDI", 2023, "conference", "published"),
        ("[4]", "HotNets", 2022, "workshop", "published"),
    ]
    apparate = pubs[0]
    assert (
        apparate.title == "Apparate: Rethinking Early Exits to Tame Latency-Throughput Tensions in ML Serving"
    )
    assert [(a.name, a.equal_contribution) for a in apparate.authors] == [
        ("Yinwei Dai", True),
        ("Rui Pan", True),
        ("Anand Iyer", False),
        ("Kai Li", False),
        ("Ravi Netravali", False),
    ]
    assert [owner_index(p) for p in pubs] == [[1], [4], [1], [0]]
    assert pubs[2].venue == "20th USENIX Symposium on Networked Systems Design and Implementation (NSDI '23)"


def test_homepage_2023_publications() -> None:
    pubs = seed("homepage-2023.txt").publications
    assert [(p.kind, p.venue_short, p.year) for p in pubs] == [
        ("conference", "NSDI", 2023),
        ("workshop", "HotNets", 2022),
        ("report", None, None),
        ("report", None, None),
        ("report", None, None),
    ]
    assert pubs[0].abstract and pubs[0].abstract.startswith("Dynamic adaptation has become")
    assert [a.equal_contribution for a in pubs[1].authors] == [True, True, False, False, False, False]


def test_homepage_2024_publications() -> None:
    pubs = seed("homepage-2024.txt").publications
    assert [(p.kind, p.status, p.venue_short, p.year) for p in pubs] == [
        ("preprint", "in_submission", None, None),
        ("preprint", "preprint", "arXiv", 2024),
        ("preprint", "preprint", "arXiv", 2024),
        ("conference", "published", "SOSP", 2024),
        ("conference", "published", "SOSP", 2024),
        ("conference", "published", "NSDI", 2023),
        ("workshop", "published", "HotNets", 2022),
        ("report", None, None, None),
        ("report", None, None, None),
        ("report", None, None, None),
    ]
    assert pubs[0].title == "Marconi: Prefix Caching for the Era of Hybrid LLMs"
    assert all(owner_index(p) for p in pubs[:7])


def test_publications_page_owner_slots() -> None:
    pubs = seed("publications-page.txt").publications
    assert len(pubs) == 14  # 13 papers and the dissertation: every entry the page lists
    assert [owner_index(p) for p in pubs] == [
        [0],
        [1],
        [0],  # the dissertation: its only author is the owner
        [0],
        [1],
        [0],
        [0],
        [0],
        [3],
        [3],
        [2],
        [0],
        [0],
        [1],
    ]
    assert all(p.authors[i].name is None for p in pubs for i in owner_index(p))
    marconi = pubs[1]
    assert marconi.authors[0].name == "Rui Pan" and not marconi.authors[0].is_owner
    assert (marconi.venue, marconi.venue_short, marconi.year, marconi.awards) == (
        "MLSys '25",
        "MLSys",
        2025,
        ["Outstanding Paper Honorable Mention"],
    )
    assert [(a.name, a.equal_contribution) for a in pubs[0].authors[:3]] == [
        (None, True),  # the owner, printed as an empty slot before starred names, shares first authorship
        ("Zhaozhuo Xu", True),
        ("Jingyi Xi", True),
    ]
    assert (pubs[2].kind, pubs[2].year, [link.label for link in pubs[2].links]) == (
        "thesis",
        2023,
        ["slides"],
    )
    assert [p.venue_short for p in pubs[3:]] == [
        "SOSP",
        "SIGCOMM",
        "MLSys",
        "EuroSys",
        "ICML",
        "ToN",
        "HotNets",
        "ECML-PKDD",
        "CLUSTER",
        "CF",
        "IWQoS",
    ]
    assert [p.kind for p in pubs[8:10]] == ["journal", "workshop"]


# --- statements (statements issue) -------------------------------------------------------------


def test_research_statement() -> None:
    p = seed("research-statement.txt")
    assert p.research_interests == [
        "large-scale data analytics",
        "distributed computing systems",
        "machine learning",
    ]
    statement = p.statement
    assert statement is not None
    assert [t.references for t in statement.themes] == [["C6"], ["C4", "J2"], ["C3", "J1"], ["C2"], ["C1"]]
    assert statement.themes[0].title == "Predicting network traffic for distributed computing systems"
    assert [(r.label, r.venue, r.year) for r in statement.references] == [
        ("C6", "IEEE ICDCS", 2015),
        ("C4", "USENIX HotCloud", 2017),
        ("J2", "IEEE TNSE", 2018),
        ("C3", "ACM SoCC", 2018),
        ("J1", "IEEE TPDS", None),
        ("C2", "IEEE INFOCOM", 2019),
        ("C1", "IEEE INFOCOM", 2020),
    ]
    assert statement.references[4].status == "submitted"
    assert statement.future_directions == [
        "distributed machine learning",
        "serverless computing",
        "federated computation",
    ]
    assert statement.funding_sources == ["NSF", "DoD", "DARPA", "Microsoft Research", "Google"]


def test_research_statement_text_is_repaired() -> None:
    text = json.dumps(seed("research-statement.txt").model_dump(mode="json"), ensure_ascii=False)
    for phrase in [
        "My primary research interests are in the fields of",
        "network traffic",
        "The prosperity",
        "efficiently",
        "Therefore",
        "fluctuating",
        "Microsoft Research",
        "trade-off",
    ]:
        assert phrase in text, phrase


# --- one person's packet (packets issue) ------------------------------------------------------


def test_merging_one_persons_documents() -> None:
    merged = extract_profile([str(SEEDS / n) for n in ("homepage-2023.txt", "cv.txt", "homepage-2024.txt")])
    titles = [p.title for p in merged.publications]
    assert len(titles) == len(set(titles)) == 11  # 8 papers and 3 reports, each once
    assert sum(p.kind == "report" for p in merged.publications) == 3
    apparate = next(p for p in merged.publications if p.title.startswith("Apparate"))
    assert (apparate.venue_short, apparate.year, apparate.status, apparate.kind) == (
        "SOSP",
        2024,
        "published",
        "conference",
    )
    assert (merged.name, merged.position, merged.affiliation) == (
        "Rui Pan",
        "Ph.D. student",
        "Princeton University",
    )
    assert any("3rd-year" in w and "2nd-year" in w and "kept the newer" in w for w in merged.warnings)
    assert merged.summary is not None and merged.summary.startswith("I'm a 3rd-year")
    assert [s.path.rsplit("/", 1)[-1] for s in merged.sources] == [
        "homepage-2023.txt",
        "cv.txt",
        "homepage-2024.txt",
    ]
    assert all(a.name == "Rui Pan" for p in merged.publications for a in p.authors if a.is_owner)
    # evidence from every source is kept: Shockwave is in all three documents
    shockwave = next(p for p in merged.publications if p.title.startswith("Shockwave"))
    assert [shockwave.evidence.source] + [e.source for e in shockwave.other_evidence] == [0, 1, 2]
