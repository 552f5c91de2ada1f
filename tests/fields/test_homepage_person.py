"""The person read from a homepage as site generators build it: name from heading and metadata,
addresses however hidden, profile links from icons. Every page here is invented."""

from __future__ import annotations

from pathlib import Path

import pytest

from extractor.options import ExtractOptions
from extractor.pipeline import extract


def _profile(tmp_path: Path, body: str, head: str = "") -> dict[str, object]:
    page = tmp_path / "index.html"
    page.write_text(f"<!doctype html><html><head>{head}</head><body>{body}</body></html>", "utf-8")
    result = extract([str(page)], ExtractOptions(use_nlp=False))
    assert result.profile is not None
    return result.profile.model_dump(mode="json")


@pytest.mark.parametrize(
    "head, body, expected",
    [
        # the heading gives the whole name the <title> shortens
        (
            "<title>Jane Quill | Home</title>",
            "<h1>Jane M. Quill-Ortega</h1><p>Ecologist.</p>",
            "Jane M. Quill-Ortega",
        ),
        # the <title> is the site's ("Name, Tagline"): the name part only
        ("<title>Jane Quill | Ecology and Evolution</title>", "<p>Welcome.</p>", "Jane Quill"),
        # no usable title: the author meta
        (
            '<title>Quill Lab | Soil Ecology</title><meta name="author" content="Jane Quill">',
            "<p>Hi.</p>",
            "Jane Quill",
        ),
        # a single name, confirmed by the author meta
        ('<meta name="author" content="Amaru">', "<h1>Amaru*</h1><p>Postdoctoral researcher</p>", "Amaru"),
        # a heading that introduces the owner
        ("", "<h1>Hi, I'm Jane Quill</h1><p>I study soils.</p>", "Jane Quill"),
        # no heading: the first sentence introduces the owner
        (
            "",
            "<p>I’m Jane Horacio Quill, Assistant Professor of Botany at Example University.</p>",
            "Jane Horacio Quill",
        ),
        # a site's name is not a person's
        ("<title>The Quillinator</title>", "<p>Stuff.</p>", None),
    ],
)
def test_name(tmp_path: Path, head: str, body: str, expected: str | None) -> None:
    assert _profile(tmp_path, body, head)["name"] == expected


def test_hidden_addresses_and_icon_links(tmp_path: Path) -> None:
    body = """<h1>Jane Quill</h1><p>Ecologist at Example University.</p>
    <div class="social">
      <a href="mailto:%6A%71%75%69%6C%6C@%65%78%61%6D%70%6C%65.%65%64%75"><i class="fas fa-envelope"></i></a>
      <a href="https://github.com/jquill"><i class="fab fa-github"></i></a>
      <a href="https://scholar.google.com/citations?user=AbCdEf" title="Google Scholar">
        <i class="ai ai-google-scholar"></i></a>
      <a href="javascript:alert(1)"><i class="fab fa-twitter"></i></a>
    </div>
    <p>Write to jq2 [at] lab [dot] example [dot] org.</p>
    <footer>Powered by <a href="https://jekyllrb.com">Jekyll</a></footer>"""
    profile = _profile(tmp_path, body, "<title>Jane Quill</title>")
    assert profile["emails"] == ["jq2@lab.example.org", "jquill@example.edu"]
    assert profile["links"] == [
        {"kind": "github", "url": "https://github.com/jquill"},
        {"kind": "scholar", "url": "https://scholar.google.com/citations?user=AbCdEf"},
    ]


@pytest.mark.parametrize(
    "bio, position, affiliation",
    [
        (
            "I am an Assistant Professor of Botany at Example University. I study ferns.",
            "Assistant Professor of Botany",
            "Example University",
        ),
        (
            "I am a tenure track assistant professor at Example College. Before that I was elsewhere.",
            "tenure track assistant professor",
            "Example College",
        ),
        (
            "I am currently a PhD candidate in soil science at the University of Example. I work on roots.",
            "PhD candidate",
            "University of Example",
        ),
        (
            "Hi, I’m Jane, a PhD candidate in Ecology at Example University College (EUC). I do moss.",
            "PhD candidate",
            "Example University College (EUC)",
        ),
        (
            "I’m Jane Quill, Assistant Professor of Botany at the Department of Plant Studies in Example"
            " University, and a herbarium member.",
            "Assistant Professor of Botany",
            "Example University",
        ),
        (
            "I am a new Assistant Professor of Botany at Example University. I am recruiting students.",
            "Assistant Professor of Botany",
            "Example University",
        ),
    ],
)
def test_bio_position_and_affiliation(tmp_path: Path, bio: str, position: str, affiliation: str) -> None:
    profile = _profile(tmp_path, f"<h1>Jane Quill</h1><p>{bio}</p>", "<title>Jane Quill</title>")
    assert (profile["position"], profile["affiliation"]) == (position, affiliation)


def test_only_safe_links_reach_the_profile() -> None:
    from extractor.assemble import _links, _with_safe_links
    from extractor.profile import Evidence, Publication, PublicationLink

    links = _links(
        [
            ("github", "https://github.com/jquill"),
            ("other", "javascript:alert(1)"),
            ("other", "data:text/html,x"),
            ("other", "file:///etc/passwd"),
        ]
    )
    assert [link.url for link in links] == ["https://github.com/jquill"]
    pub = Publication(
        title="A paper",
        evidence=Evidence(source=0, page=None, text="A paper"),
        links=[
            PublicationLink(label="pdf", url="https://example.org/a.pdf"),
            PublicationLink(label="code", url="javascript:void(0)"),
        ],
    )
    assert [link.label for link in _with_safe_links(pub).links] == ["pdf"]


def test_a_bio_gives_the_roles_and_degrees_it_states(tmp_path: Path) -> None:
    body = """<h1>Jane Quill</h1>
    <p>I am a Lecturer in Botany at Wrenfield University. Previously, I was a PhD student at Brill
    College and a Fern Fellow at Tarrow
    Institute mentored by John Roe. I recieved a Ph.D. in Ecology from Kestrel University in 2019 and
    a B.S. in Biology from Brill College in 2013.</p>"""
    profile = _profile(tmp_path, body, "<title>Jane Quill</title>")
    experience = profile["experience"]
    assert isinstance(experience, list)
    assert [(e["title"], e["organization"], e["current"], e["start"]) for e in experience] == [
        ("Lecturer", "Wrenfield University", True, None),
        ("Fern Fellow", "Tarrow Institute", False, None),
    ]
    education = profile["education"]
    assert isinstance(education, list)
    assert [(e["degree"], e["field"], e["institution"], e["end"]) for e in education] == [
        ("Ph.D.", "Ecology", "Kestrel University", "2019"),
        ("B.S.", "Biology", "Brill College", "2013"),
    ]
