"""Exports (issue 11): every fixture and the CV seed, exported to each format, is valid for that format.

JSON Resume against the official ``resume-schema`` 1.0.1 schema, CSL-JSON against the CSL project's
``csl-data.json`` (both shipped in ``extractor/export/schemas``), BibTeX by parsing it back with
bibtexparser v2 and comparing titles, authors and years, HTML by parsing it and checking the name,
escaping, and that it fetches nothing.
"""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from pathlib import Path

import bibtexparser
import jsonschema
import pytest
from bibtexparser import middlewares

from extractor import extract_profile
from extractor.export import EXTENSIONS, FORMATS, index_row, render, render_index
from extractor.export._common import citation_keys, split_name
from extractor.export.bibtex import bibtex_name, escape, unescape
from extractor.export.csl import csl_items, csl_schema
from extractor.export.jsonresume import jsonresume_document, jsonresume_schema
from extractor.profile import Author, Evidence, Link, Profile, Publication, PublicationLink, Source
from tests.conftest import FIXTURES, SEEDS

CV_SEED = SEEDS / "cv.txt"
EVIDENCE = Evidence(source=0, page=None, text="line")


def _fixture_profile(case: Path) -> Profile:
    data = json.loads((case / "expected.json").read_text("utf-8"))
    for i, source in enumerate(data["sources"]):  # expected.json leaves out the volatile keys
        source.setdefault("path", f"{case.name}/input-{i}")
        source.setdefault("sha256", "0" * 64)
    return Profile.model_validate(data)


FIXTURE_CASES = sorted(p for p in FIXTURES.iterdir() if (p / "expected.json").is_file())
FIXTURE_PROFILES = {case.name: _fixture_profile(case) for case in FIXTURE_CASES}


@pytest.fixture(scope="module")
def seed_profile() -> Profile:
    if not CV_SEED.is_file():
        pytest.skip(f"seed {CV_SEED} absent (../shared/seeds is not checked out)")
    return extract_profile([str(CV_SEED)])


def _tricky_profile() -> Profile:
    """A profile built to break exporters: markup, LaTeX specials, particles, duplicates, a null owner."""
    pubs = [
        Publication(
            title="<script>alert(1)</script> & 50% of {braces} $x_y^2$ ~ back\\slash #1",
            authors=[
                Author(name="Jan van der Berg"),
                Author(name=None, is_owner=True, equal_contribution=True),
                Author(name="Doe, Jane Q.", equal_contribution=True),
                Author(name="José Núñez Jr."),
            ],
            venue="Proc. <b>VLDB</b> 2021",
            venue_short="VLDB",
            year=2021,
            kind="conference",
            status="published",
            awards=["Best Paper"],
            links=[
                PublicationLink(label="pdf", url="javascript:alert(2)"),
                PublicationLink(label="code", url="https://example.org/a_b%20c?x=1&y={2}"),
            ],
            evidence=Evidence(source=0, page=3, text='"><img src=x onerror=alert(3)>'),
        ),
        Publication(
            title="On Things",
            authors=[Author(name="Ada Lovelace", is_owner=True)],
            year=2020,
            kind="journal",
            venue="J. Things",
            evidence=EVIDENCE,
        ),
        Publication(
            title="On Things, Again",
            authors=[Author(name="Ada Lovelace", is_owner=True)],
            year=2020,
            kind="preprint",
            status="preprint",
            venue="arXiv",
            evidence=EVIDENCE,
        ),
        Publication(title="The", authors=[], kind="other", evidence=EVIDENCE),
        Publication(
            title="A Thesis",
            authors=[Author(name="Ada Lovelace", is_owner=True)],
            kind="thesis",
            venue="Eastmoor University",
            year=2019,
            status="accepted",
            evidence=EVIDENCE,
        ),
        Publication(title="Poster time", kind="poster", status="under_review", evidence=EVIDENCE),
    ]
    return Profile(
        name="Ada <Lovelace>",
        position="Ph.D. student",
        affiliation="Eastmoor University",
        location="Princeton, NJ",
        emails=["ada@example.edu"],
        phones=["+15555550100"],
        links=[
            Link(kind="homepage", url="https://ada.example.edu/"),
            Link(kind="github", url="https://github.com/ada"),
            Link(kind="other", url="javascript:alert(4)"),
        ],
        publications=pubs,
        sources=[
            Source(path="/tmp/cv.pdf", kind="cv", media_type="application/pdf", sha256="0" * 64, pages=3)
        ],
        warnings=["<b>not bold</b> warning"],
    )


def _all_profiles() -> list[tuple[str, Profile]]:
    return [*FIXTURE_PROFILES.items(), ("tricky", _tricky_profile())]


PROFILE_PARAMS = [pytest.param(p, id=name) for name, p in _all_profiles()]


# --- schemas ------------------------------------------------------------------------------------


def _validator(schema: dict) -> jsonschema.protocols.Validator:
    cls = jsonschema.validators.validator_for(schema)
    cls.check_schema(schema)
    return cls(schema, format_checker=cls.FORMAT_CHECKER)


def _assert_valid(schema: dict, instance: object) -> None:
    errors = sorted(_validator(schema).iter_errors(instance), key=lambda e: list(e.absolute_path))
    assert not errors, "\n".join(f"{list(e.absolute_path)}: {e.message}" for e in errors[:10])


def _assert_jsonresume(profile: Profile) -> None:
    document = json.loads(render(profile, "jsonresume"))
    _assert_valid(jsonresume_schema(), document)
    assert document["basics"].get("name") == profile.name or profile.name is None
    assert len(document["publications"]) == len(profile.publications)
    for exported, pub in zip(document["publications"], profile.publications, strict=True):
        ext = exported["x-extractor"]
        assert exported["name"] == pub.title
        assert ext["kind"] == pub.kind and ext["status"] == pub.status
        assert [a["is_owner"] for a in ext["authors"]] == [a.is_owner for a in pub.authors]
        assert [a["equal_contribution"] for a in ext["authors"]] == [
            a.equal_contribution for a in pub.authors
        ]


def _assert_csl(profile: Profile) -> None:
    items = json.loads(render(profile, "csl-json"))
    _assert_valid(csl_schema(), items)
    assert len(items) == len(profile.publications)
    assert len({item["id"] for item in items}) == len(items)
    for item, pub in zip(items, profile.publications, strict=True):
        assert item["title"] == pub.title
        if pub.year:
            assert item["issued"] == {"date-parts": [[pub.year]]}


@pytest.mark.parametrize("profile", PROFILE_PARAMS)
def test_jsonresume_valid(profile: Profile) -> None:
    _assert_jsonresume(profile)


@pytest.mark.parametrize("profile", PROFILE_PARAMS)
def test_csl_valid(profile: Profile) -> None:
    _assert_csl(profile)


def test_seed_jsonresume_and_csl_valid(seed_profile: Profile) -> None:
    assert seed_profile.publications, "the CV seed should have publications"
    _assert_jsonresume(seed_profile)
    _assert_csl(seed_profile)


def test_schemas_ship_with_licences() -> None:
    folder = Path(__file__).resolve().parents[1] / "extractor" / "export" / "schemas"
    for name in ("resume-schema-1.0.1.json", "LICENSE-resume-schema", "csl-data.json", "LICENSE-csl-data"):
        assert (folder / name).is_file(), name
    assert "MIT" in (folder / "LICENSE-resume-schema").read_text("utf-8")
    assert "MIT" in (folder / "LICENSE-csl-data").read_text("utf-8")


def test_schema_rejects_a_broken_document() -> None:
    """The validation is not vacuous: wrong types and unknown top-level keys fail."""
    document = jsonresume_document(_tricky_profile())
    document["bogus"] = 1
    assert list(_validator(jsonresume_schema()).iter_errors(document))
    items = csl_items(_tricky_profile())
    items[0]["type"] = "conference"
    items[1]["issued"] = {"date-parts": "2020"}
    assert len(list(_validator(csl_schema()).iter_errors(items))) >= 2


def test_jsonresume_mapping() -> None:
    document = jsonresume_document(_tricky_profile())
    basics = document["basics"]
    assert basics["label"] == "Ph.D. student"
    assert basics["email"] == "ada@example.edu" and basics["url"] == "https://ada.example.edu/"
    assert basics["location"] == {"city": "Princeton", "region": "NJ"}
    assert basics["profiles"] == [{"network": "GitHub", "username": "ada", "url": "https://github.com/ada"}]
    first = document["publications"][0]
    assert first["publisher"] == "Proc. <b>VLDB</b> 2021" and first["releaseDate"] == "2021"
    assert first["url"] == "https://example.org/a_b%20c?x=1&y={2}"  # javascript: dropped
    authors = first["x-extractor"]["authors"]
    assert authors[1] == {"name": "Ada <Lovelace>", "is_owner": True, "equal_contribution": True}
    assert first["x-extractor"]["owner_position"] == 2


def test_csl_mapping() -> None:
    items = csl_items(_tricky_profile())
    first = items[0]
    assert first["type"] == "paper-conference"
    assert first["author"][0] == {"family": "Berg", "given": "Jan", "non-dropping-particle": "van der"}
    assert first["author"][2] == {"family": "Doe", "given": "Jane Q."}
    assert first["author"][3] == {"family": "Núñez", "given": "José", "suffix": "Jr."}
    assert first["container-title"] == "Proc. <b>VLDB</b> 2021" and first["container-title-short"] == "VLDB"
    assert items[1]["type"] == "article-journal"
    assert items[2]["type"] == "article" and items[2]["genre"] == "preprint"
    assert items[3]["type"] == "document" and "author" not in items[3]
    assert items[4]["type"] == "thesis" and items[4]["publisher"] == "Eastmoor University"
    assert items[4]["status"] == "accepted"


@pytest.mark.parametrize(
    ("name", "given", "family", "particle"),
    [
        ("Jan van der Berg", "Jan", "Berg", "van der"),
        ("Doe, Jane Q.", "Jane Q.", "Doe", ""),
        ("Berg, Jan van der", "Jan", "Berg", "van der"),
        ("Doe J. Q.", "J. Q.", "Doe", ""),
        ("Y. Xu", "Y.", "Xu", ""),
        ("Di Tan", "Di", "Tan", ""),
        ("Wei LI", "Wei", "LI", ""),
        ("Plato", "", "Plato", ""),
        ("Prof. Tarek Menon", "Tarek", "Menon", ""),
    ],
)
def test_split_name(name: str, given: str, family: str, particle: str) -> None:
    parts = split_name(name)
    assert (parts.given, parts.family, parts.particle) == (given, family, particle)


# --- BibTeX -----------------------------------------------------------------------------------


def _parse_bibtex(text: str) -> bibtexparser.Library:
    library = bibtexparser.parse_string(text)
    assert not library.failed_blocks, [b.error for b in library.failed_blocks]
    return library


def _assert_bibtex_round_trip(profile: Profile) -> None:
    text = render(profile, "bibtex")
    library = _parse_bibtex(text)
    assert len(library.entries) == len(profile.publications)
    assert [e.key for e in library.entries] == citation_keys(profile)
    assert len({e.key for e in library.entries}) == len(library.entries)
    for entry, pub in zip(library.entries, profile.publications, strict=True):
        assert re.fullmatch(r"[a-z0-9]+", entry.key), entry.key
        assert unescape(entry["title"]) == " ".join(pub.title.split())
        names = [a.name or (profile.name if a.is_owner else None) for a in pub.authors]
        expected_authors = [bibtex_name(n) for n in names if n]
        if expected_authors:
            assert entry["author"] == " and ".join(expected_authors)
        else:
            assert "author" not in entry.fields_dict
        if pub.year:
            assert entry["year"] == str(pub.year)
        else:
            assert "year" not in entry.fields_dict
    # the standard name middlewares read the same people back
    parsed = bibtexparser.parse_string(
        text, append_middleware=[middlewares.SeparateCoAuthors(), middlewares.SplitNameParts()]
    )
    for entry, pub in zip(parsed.entries, profile.publications, strict=True):
        names = [a.name or (profile.name if a.is_owner else None) for a in pub.authors]
        names = [n for n in names if n]
        if names:
            lasts = [" ".join(p.von + p.last) for p in entry["author"]]
            assert lasts == [escape(split_name(n).full_family) for n in names]


@pytest.mark.parametrize("profile", PROFILE_PARAMS)
def test_bibtex_round_trips(profile: Profile) -> None:
    _assert_bibtex_round_trip(profile)


def test_seed_bibtex_round_trips(seed_profile: Profile) -> None:
    _assert_bibtex_round_trip(seed_profile)


def test_bibtex_keys_and_types() -> None:
    profile = _tricky_profile()
    library = _parse_bibtex(render(profile, "bibtex"))
    keys = [e.key for e in library.entries]
    assert keys[0] == "berg2021script"
    assert keys[1:3] == ["lovelace2020thingsa", "lovelace2020thingsb"]  # same base key: a, b
    assert keys[3] == "lovelacendthe"  # no authors: the owner's family name; only stopwords: first word
    assert [e.entry_type for e in library.entries] == [
        "inproceedings",
        "article",
        "misc",
        "misc",
        "phdthesis",
        "misc",
    ]
    first = library.entries[0]
    assert first["booktitle"] == "Proc. <b>VLDB</b> 2021"
    assert first["url"] == "https://example.org/a_b%20c?x=1&y=%7B2%7D"
    assert "Best Paper" in first["note"] and "Equal contribution" in first["note"]
    assert library.entries[4]["school"] == "Eastmoor University"
    assert render(profile, "bibtex") == render(profile, "bibtex")  # deterministic


def test_bibtex_of_no_publications_is_empty() -> None:
    assert render(Profile(name="Nobody"), "bibtex") == ""


# --- HTML -------------------------------------------------------------------------------------


class _Collector(HTMLParser):
    """Tags, attributes and text of a page, to check what it would fetch and what it shows."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []
        self.script_bodies: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        self._in_script = tag == "script"

    def handle_endtag(self, tag: str) -> None:
        if tag == "script":
            self._in_script = False

    def handle_data(self, data: str) -> None:
        (self.script_bodies if self._in_script else self.text).append(data)


def _collect(page: str) -> _Collector:
    collector = _Collector()
    collector.feed(page)
    collector.close()
    return collector


def _assert_self_contained(page: str) -> None:
    collector = _collect(page)
    for tag, attrs in collector.tags:
        assert tag not in {"img", "link", "iframe", "object", "embed", "video", "audio", "source"}, tag
        if tag == "script":
            assert "src" not in attrs
        for name, value in attrs.items():
            assert not name.startswith("on"), f"event handler {name} on <{tag}>"
            if name in {"src", "srcset", "poster", "data"}:
                pytest.fail(f"<{tag} {name}={value!r}> loads an asset")
            if name == "href" and value:
                assert not value.lower().startswith(("javascript:", "data:", "vbscript:")), value
    for style in re.findall(r"<style>(.*?)</style>", page, re.S):
        assert "@import" not in style and "url(" not in style


@pytest.mark.parametrize("profile", PROFILE_PARAMS)
def test_html_self_contained(profile: Profile) -> None:
    page = render(profile, "html")
    assert page.startswith("<!DOCTYPE html>")
    _assert_self_contained(page)
    text = " ".join(_collect(page).text)
    if profile.name:
        assert profile.name in text
    for pub in profile.publications:
        assert " ".join(pub.title.split()) in text


def test_html_escapes_untrusted_text() -> None:
    profile = _tricky_profile()
    page = render(profile, "html")
    assert "<script>alert(1)</script>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "<b>" not in page and "<img" not in page and 'href="javascript' not in page
    assert "Ada &lt;Lovelace&gt;" in page
    collector = _collect(page)
    assert not collector.script_bodies  # the profile page needs no script at all
    text = " ".join(collector.text)
    assert "<script>alert(1)</script>" in text  # shown as text
    assert '"><img src=x onerror=alert(3)>' in text  # evidence shown as text, in <details>
    assert page.index('class="warnings"') < page.index('class="person"')  # warnings first
    assert '<strong class="owner">Ada &lt;Lovelace&gt;</strong><sup class="eq"' in page
    assert '<span class="badge venue">VLDB</span>' in page
    assert page.count("<details") >= len(profile.publications)


def test_html_seed(seed_profile: Profile) -> None:
    page = render(seed_profile, "html")
    _assert_self_contained(page)
    assert seed_profile.name and seed_profile.name in page
    assert 'class="owner"' in page


def test_index_page() -> None:
    profiles = [_tricky_profile(), *FIXTURE_PROFILES.values()]
    rows = [index_row(p, f"people/{i}-page.html") for i, p in enumerate(profiles)]
    rows.append(
        {
            "name": "<i>Eve</i>",
            "link": "javascript:alert(5)",
            "warnings": ["a", "b"],
            "documents": ["cv.pdf"],
            "top_venues": "NSDI, <SOSP>",
        }
    )
    page = render_index(rows)
    _assert_self_contained(page)
    assert "<i>Eve</i>" not in page and "&lt;i&gt;Eve&lt;/i&gt;" in page and "&lt;SOSP&gt;" in page
    collector = _collect(page)
    hrefs = [attrs.get("href") for tag, attrs in collector.tags if tag == "a"]
    assert "people/0-page.html" in hrefs and len(hrefs) == len(profiles)
    assert collector.tags.count(("table", {"class": "sortable"})) == 1
    assert sum(1 for tag, _ in collector.tags if tag == "tr") == len(rows) + 1
    assert rows[0]["publications"] == 6 and rows[0]["first_author_publications"] == 3
    assert rows[0]["top_venues"] == ["VLDB"]
    text = " ".join(collector.text)
    for p in profiles:
        assert (p.name or "(name not found)") in text


# --- the registry ---------------------------------------------------------------------------


def test_render_every_format() -> None:
    profile = _tricky_profile()
    assert set(EXTENSIONS) == set(FORMATS)
    for fmt in FORMATS:
        assert render(profile, fmt).endswith("\n")
    assert json.loads(render(profile, "json")) == profile.model_dump(mode="json")
    with pytest.raises(ValueError, match="unknown format"):
        render(profile, "yaml")


def _cited_profile(confidence: float | None = None) -> Profile:
    pub = Publication(
        title="Tiny widgets at scale",
        authors=[Author(name="Amy Quill")],
        venue="Journal of Widget Systems",
        year=2021,
        kind="journal",
        doi="10.1234/jws.2021.5",
        volume="12",
        issue="3",
        pages="45–67",
        publisher="Widget Press",
        confidence=confidence,
        evidence=EVIDENCE,
    )
    return Profile(name="Amy Quill", publications=[pub])


def test_exports_carry_citation_details() -> None:
    profile = _cited_profile()
    item = csl_items(profile)[0]
    assert (item["volume"], item["issue"], item["page"], item["DOI"], item["publisher"]) == (
        "12",
        "3",
        "45–67",
        "10.1234/jws.2021.5",
        "Widget Press",
    )
    _assert_valid(csl_schema(), [item])
    entry = _parse_bibtex(render(profile, "bibtex")).entries[0]
    assert (entry["volume"], entry["number"], entry["pages"], entry["doi"], entry["publisher"]) == (
        "12",
        "3",
        "45--67",
        "10.1234/jws.2021.5",
        "Widget Press",
    )


@pytest.mark.parametrize(("confidence", "marked"), [(None, False), (0.99, False), (0.5, True)])
def test_html_marks_low_confidence_publications(confidence: float | None, marked: bool) -> None:
    page = render(_cited_profile(confidence), "html")
    assert ('class="item pub check"' in page) is marked
    assert ('class="badge check"' in page) is marked
