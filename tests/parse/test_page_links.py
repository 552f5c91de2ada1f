"""Links and addresses of an HTML page: encoded mailto:, icon labels, profile links, safe schemes.

Every example is invented.
"""

from __future__ import annotations

import pytest

from extractor.parse.contact import (
    decode_href,
    find_emails,
    is_credit_link,
    is_safe_url,
    label_kind,
    mailto_emails,
    profile_link,
)

OWNER = "Jane Quill"


@pytest.mark.parametrize(
    "href, expected",
    [
        ("mailto:jquill@example.edu", ["jquill@example.edu"]),
        # percent-encoded characters (al-folio encodes the whole address)
        ("mailto:%6A%71%75%69%6C%6C@%65%78%61%6D%70%6C%65.%65%64%75", ["jquill@example.edu"]),
        # entity-encoded characters, as the markup carries them
        ("mailto:&#106;quill&#64;example&#46;edu", ["jquill@example.edu"]),
        ("MAILTO:jquill@example.edu?subject=Hello", ["jquill@example.edu"]),
        ("https://example.edu/contact", []),
        ("mailto:", []),
    ],
)
def test_mailto_emails(href: str, expected: list[str]) -> None:
    assert mailto_emails(href) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("jquill_at_example.edu", ["jquill@example.edu"]),
        ("jane.quill_at_mail.example.org", ["jane.quill@mail.example.org"]),
        ("jquill [at] cs [dot] example [dot] edu", ["jquill@cs.example.edu"]),
        ("jquill (at) example.edu", ["jquill@example.edu"]),
    ],
)
def test_spelled_out_at_variants(text: str, expected: list[str]) -> None:
    assert find_emails(text) == expected


@pytest.mark.parametrize(
    "label, expected",
    [
        ("fab fa-github", "github"),
        ("ai ai-google-scholar ai-2x", "scholar"),
        ("Google Scholar", "scholar"),
        ("fas fa-envelope", "email"),
        ("fa-brands fa-x-twitter", "twitter"),
        ("bi bi-mastodon", "mastodon"),
        ("ai ai-orcid", "orcid"),
        ("fab fa-linkedin-in", "linkedin"),
        ("Semantic Scholar", "semantic_scholar"),
        ("fab fa-researchgate", "researchgate"),
        ("fas fa-file-pdf", None),
        ("my favourite recipes", None),
    ],
)
def test_label_kind(label: str, expected: str | None) -> None:
    assert label_kind(label) == expected


@pytest.mark.parametrize(
    "url, expected",
    [
        ("https://example.edu", True),
        ("mailto:jquill@example.edu", True),
        ("doi:10.1000/xyz", True),
        ("www.example.edu", True),
        ("javascript:alert(1)", False),
        (" JavaScript:alert(1)", False),
        ("data:text/html;base64,AAAA", False),
        ("file:///etc/passwd", False),
        ("vbscript:msgbox", False),
        ("http://jane.doe@example.edu", False),  # an e-mail address linked as a web page
        ("https://example.org@evil.example", False),  # a host behind another
        ("https://example.edu/@jdoe", True),  # an @ in the path is no user part
    ],
)
def test_is_safe_url(url: str, expected: bool) -> None:
    assert is_safe_url(url) is expected


def test_decode_href_decodes_entities_and_mailto_escapes() -> None:
    assert decode_href("mailto:j%71uill&#64;example.edu") == "mailto:jquill@example.edu"
    assert decode_href("https://example.edu/a%20b") == "https://example.edu/a%20b"


@pytest.mark.parametrize(
    "url, expected",
    [
        ("https://jekyllrb.com", True),
        ("https://github.com/alshedivat/al-folio", True),
        ("https://gohugo.io/", True),
        ("https://github.com/jquill", False),
        ("https://example.edu", False),
    ],
)
def test_is_credit_link(url: str, expected: bool) -> None:
    assert is_credit_link(url) is expected


@pytest.mark.parametrize(
    "url, text, label, zone, expected",
    [
        # icon links: no text, the kind from the host or the icon
        ("https://github.com/jquill", "", "fab fa-github", "page", ("github", "https://github.com/jquill")),
        ("https://fosstodon.example/@jquill", "", "fab fa-mastodon", "page",
         ("mastodon", "https://fosstodon.example/@jquill")),
        ("https://bsky.app/profile/jquill.example", "", "", "page",
         ("bluesky", "https://bsky.app/profile/jquill.example")),
        ("https://video.example/@jquill", "", "fab fa-youtube", "page", ("other", "https://video.example/@jquill")),
        # a label or a handle as text
        ("https://scholar.google.com/citations?user=AbC", "Google Scholar", "", "page",
         ("scholar", "https://scholar.google.com/citations?user=AbC")),
        ("https://twitter.com/jquill", "@jquill", "", "page", ("twitter", "https://twitter.com/jquill")),
        # service icons in the navigation bar are the owner's; other navigation is not
        ("https://github.com/jquill", "", "fab fa-github", "nav", ("github", "https://github.com/jquill")),
        ("https://example.edu/teaching", "Teaching", "", "nav", None),
        # the owner's page in an institution's directory
        ("https://lab.example.edu/people/jane-quill", "Lab page", "", "page",
         ("other", "https://lab.example.edu/people/jane-quill")),
        # not the owner's: a co-author named in prose, a repository, credits, entries, placeholders
        ("https://github.com/rhoward", "Rosa Howard", "", "page", None),
        ("https://github.com/jquill/sim-tool", "code", "", "page", None),
        ("https://example.edu/~rhoward", "Prof. Rosa Howard", "", "page", None),
        ("https://jekyllrb.com", "Jekyll", "", "footer", None),
        ("https://github.com/alshedivat/al-folio", "", "fab fa-github", "page", None),
        ("https://github.com/rhoward", "", "fab fa-github", "entry", None),
        ("https://scholar.google.com/citations?user=YOUR_SCHOLAR_ID", "", "ai-google-scholar", "page", None),
        ("https://example.edu/events/jane-quill-talk", "a talk", "", "page", None),
        ("https://jquill.example.io/cv.pdf", "", "fas fa-file-pdf", "page", None),
        # unsafe or relative targets never become links
        ("javascript:alert(1)", "", "fab fa-github", "page", None),
        ("/publications/", "", "fab fa-github", "page", None),
        # the page's own site is navigation
        ("https://jquill.example.io/blog", "", "fa fa-rss", "page", None),
    ],
)
def test_profile_link(url: str, text: str, label: str, zone: str, expected: tuple[str, str] | None) -> None:
    assert profile_link(url, text, label, zone, OWNER, frozenset({"jquill.example.io"})) == expected
