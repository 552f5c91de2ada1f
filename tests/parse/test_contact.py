"""Tests for extractor/parse/contact.py: emails, phones, links. All examples are fictional."""

from __future__ import annotations

import re
from importlib import resources
from typing import get_args

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extractor.parse.contact import (
    choose_owner_emails,
    classify_link,
    find_emails,
    find_links,
    find_owner_emails,
    find_phones,
    normalize_link,
)
from extractor.patterns import contact_regexes
from extractor.profile import LinkKind

# A strict address: the shape every returned email must have (independent of the module's own regex).
STRICT_EMAIL = re.compile(r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]+@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}")
E164 = re.compile(r"\+[1-9]\d{6,14}")


# --- the regexes' own examples -------------------------------------------------------------


@pytest.mark.parametrize("name", sorted(contact_regexes.EXAMPLES))
def test_regex_examples(name: str) -> None:
    regex = getattr(contact_regexes, name)
    positive, negative = contact_regexes.EXAMPLES[name]
    assert regex.search(positive), f"{name} should find {positive!r}"
    assert not regex.search(negative), f"{name} should not find {negative!r}"


def test_every_regex_has_examples() -> None:
    names = {name for name in dir(contact_regexes) if name.endswith("_RE")}
    assert names == set(contact_regexes.EXAMPLES)


# --- emails --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        # plain and mailto
        ("Email: jdoe@cs.example.edu", ["jdoe@cs.example.edu"]),
        ("firstname.lastname@univ.example.edu", ["firstname.lastname@univ.example.edu"]),
        ("JDoe@CS.Example.EDU.", ["JDoe@cs.example.edu"]),
        ('<a href="mailto:jdoe@example.edu">mail</a>', ["jdoe@example.edu"]),
        ("mailto:jdoe%40example.edu?subject=Hello", ["jdoe@example.edu"]),
        ("(jdoe@example.edu);", ["jdoe@example.edu"]),
        ("邮箱jdoe@example.edu.cn", ["jdoe@example.edu.cn"]),
        # HTML entities
        ("jdoe&#64;example.edu", ["jdoe@example.edu"]),
        ("jdoe&#x40;example.edu", ["jdoe@example.edu"]),
        ("jdoe&lt;at&gt;example&lt;dot&gt;edu", ["jdoe@example.edu"]),
        # spelled-out "at" / "dot"
        ("jdoe at cs dot example dot edu", ["jdoe@cs.example.edu"]),
        ("jdoe AT example DOT edu", ["jdoe@example.edu"]),
        ("jdoe at example.edu", ["jdoe@example.edu"]),
        ("Reach me at john dot doe at example dot edu.", ["john.doe@example.edu"]),
        # bracketed "at" / "dot"
        ("jdoe [at] example [dot] edu", ["jdoe@example.edu"]),
        ("jdoe(at)example.edu", ["jdoe@example.edu"]),
        ("jdoe (AT) example (DOT) edu", ["jdoe@example.edu"]),
        ("jdoe {at} example {dot} edu", ["jdoe@example.edu"]),
        ("jdoe<at>example.edu", ["jdoe@example.edu"]),
        ("jdoe [@] example [.] edu", ["jdoe@example.edu"]),
        ("jane.doe (at) cs (dot) example (dot) ac (dot) uk", ["jane.doe@cs.example.ac.uk"]),
        # spaced or full-width "@"
        ("jdoe @ example . edu", ["jdoe@example.edu"]),
        ("jdoe@example dot edu", ["jdoe@example.edu"]),
        ("jdoe＠example.edu", ["jdoe@example.edu"]),
        # brace lists expand to every address
        ("{alice,bob}@example.edu", ["alice@example.edu", "bob@example.edu"]),
        ("{alice, bob.smith}@cs.example.edu", ["alice@cs.example.edu", "bob.smith@cs.example.edu"]),
        ("{alice|bob} at example dot edu", ["alice@example.edu", "bob@example.edu"]),
        # order kept, duplicates dropped
        ("b@example.org, a@example.org, b@example.org", ["b@example.org", "a@example.org"]),
        ("jdoe@example.edu / jdoe [at] example [dot] edu", ["jdoe@example.edu"]),
    ],
    ids=lambda value: value if isinstance(value, str) else None,
)
def test_find_emails(text: str, expected: list[str]) -> None:
    assert find_emails(text) == expected, text


@pytest.mark.parametrize(
    "text",
    [
        # prose with "at" and "dot"
        "meet at noon",
        "I worked at Google dot com",
        "startups at the dot com boom",
        "look at this dot product",
        "Engineer at Booking.com",
        "intern at booking.com",
        "I was at MIT. In 2019 I moved.",
        "Follow @jdoe. It is fun",
        "at 5 p.m. at the lab",
        # not addresses
        "logo@2x.png",
        "a@b.c",
        "jdoe@localhost",
        "@jdoe on social media",
        "",
    ],
)
def test_find_emails_negatives(text: str) -> None:
    assert find_emails(text) == [], text


@pytest.mark.parametrize(
    "emails, name, expected",
    [
        (["alice@x.edu", "bob@x.edu"], "Bob Smith", ["bob@x.edu"]),
        (["jdoe@x.edu", "asmith@x.edu"], "Jane Doe", ["jdoe@x.edu"]),  # initial + last name
        (["janed@x.edu", "asmith@x.edu"], "Jane Doe", ["janed@x.edu"]),  # first name + initial
        (["jqd@x.edu", "asmith@x.edu"], "Jane Q. Doe", ["jqd@x.edu"]),  # initials
        (["jose.garcia@x.edu", "li@x.edu"], "José García", ["jose.garcia@x.edu"]),  # accents folded
        (["li.wei@x.edu", "alice@x.edu"], "Wei Li", ["li.wei@x.edu"]),  # short surname as a token
        (["alice@x.edu"], "Jane Doe", ["alice@x.edu"]),  # no match but only one
        (["alice@x.edu", "bob@x.edu"], "Jane Doe", []),  # no match among several
        (["alice@x.edu", "bob@x.edu"], None, []),
        (["alice@x.edu"], None, ["alice@x.edu"]),
        ([], "Jane Doe", []),
    ],
)
def test_choose_owner_emails(emails: list[str], name: str | None, expected: list[str]) -> None:
    assert choose_owner_emails(emails, name) == expected, (emails, name)


@pytest.mark.parametrize(
    "text, name, expected",
    [
        # issue 15: the written-out form gave both addresses, so a co-author's became the owner's
        ("{alice, bob} at lab dot example dot edu", "Alice Smith", ["alice@lab.example.edu"]),
        ("{alice,bob}@lab.example.edu", "Bob Jones", ["bob@lab.example.edu"]),
        ("{alice | bob} [at] lab [dot] example [dot] edu", "Bob Jones", ["bob@lab.example.edu"]),
        # addresses outside the brace list are kept, and come first
        ("{alice,bob}@lab.example.edu; carol@x.org", "Alice Smith", ["carol@x.org", "alice@lab.example.edu"]),
        ("{alice,bob}@lab.example.edu", "Carol White", []),  # no address fits the owner
        ("jdoe at x dot edu", "Jane Doe", ["jdoe@x.edu"]),  # no brace list: as find_emails
        ("", "Jane Doe", []),
    ],
)
def test_find_owner_emails(text: str, name: str, expected: list[str]) -> None:
    assert find_owner_emails(text, name) == expected, (text, name)


# --- phones --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        # United States / Canada (+1)
        ("Phone: (608) 555-0199", ["+16085550199"]),
        ("(+1) 608-555-0199", ["+16085550199"]),
        ("+1-608-555-0199 ext. 12", ["+16085550199"]),
        ("608.555.0199", ["+16085550199"]),
        ("☎ 608 555 0199", ["+16085550199"]),
        ("Cell: +1 416 555 0199", ["+14165550199"]),
        # United Kingdom (+44)
        ("+44 20 7946 0958", ["+442079460958"]),
        ("Tel: +44 (0)20 7946 0958", ["+442079460958"]),
        # Germany (+49)
        ("+49 30 123456789", ["+4930123456789"]),
        ("Tel.: +49 (0)30 12345678", ["+493012345678"]),
        ("+49 (0) 30 1234 5678", ["+493012345678"]),
        # France (+33)
        ("Téléphone : +33 1 23 45 67 89", ["+33123456789"]),
        # China (+86)
        ("Mobile: +86 138 0013 8000", ["+8613800138000"]),
        ("+86 10 6275 1234", ["+861062751234"]),
        # Japan (+81)
        ("+81 3-1234-5678", ["+81312345678"]),
        ("+81 90-1234-5678", ["+819012345678"]),
        # India (+91)
        ("+91 98765 43210", ["+919876543210"]),
        # Switzerland (+41), also with the "00" prefix
        ("+41 44 668 18 00", ["+41446681800"]),
        ("Mobile: 0041 44 668 18 00", ["+41446681800"]),
        # a "+CC" number sets the region for national ones in the same text
        ("+49 30 1234567 / Tel. 030 7654321", ["+49301234567", "+49307654321"]),
        # fax numbers are left out, "Tel/Fax" is a phone
        ("Tel: +1 608 555 0199, Fax: +1 608 555 0100", ["+16085550199"]),
        ("Tel/Fax: +41 44 668 18 00", ["+41446681800"]),
        # labelled but not valid: returned as written
        ("Tel: 555-0199", ["555-0199"]),
        ("Phone: 030 1234567", ["030 1234567"]),
    ],
    ids=lambda value: value if isinstance(value, str) else None,
)
def test_find_phones(text: str, expected: list[str]) -> None:
    assert find_phones(text) == expected, text


@pytest.mark.parametrize(
    "text, region, expected",
    [
        ("Tel: 020 7946 0958", "GB", ["+442079460958"]),
        ("Tel: 020 7946 0958", "uk", ["+442079460958"]),  # "UK" is read as GB
        ("Tel. 030 1234567", "DE", ["+49301234567"]),
        ("Tél. 01 23 45 67 89", "FR", ["+33123456789"]),
        ("Tel.: 03-1234-5678", "JP", ["+81312345678"]),
        ("Mobile: 098765 43210", "IN", ["+919876543210"]),
        ("Tel: 044 668 18 00", "CH", ["+41446681800"]),
        ("Phone: (608) 555-0199", "not-a-region", ["+16085550199"]),
    ],
    ids=lambda value: value if isinstance(value, str) else None,
)
def test_find_phones_default_region(text: str, region: str, expected: list[str]) -> None:
    assert find_phones(text, default_region=region) == expected, (text, region)


@pytest.mark.parametrize(
    "text",
    [
        # years and date ranges
        "2018-2021",
        "2018 - 2021",
        "Sep 2019-09-01 to 2021-06-30",
        "Phone: 2018-2021",
        "Ph.D. 2016-2021",
        # identifiers and page ranges
        "ISBN 978-3-16-148410-0",
        "doi: 10.1145/3341301.3359630",
        "pp. 1234-1245",
        "Grant No. 608-555-0199",
        "NSF Award CNS-6085550199",
        "arXiv:2101.00001",
        # bare digit runs without a label, country code or grouping
        "6085550199",
        "ID 12345678",
        "",
    ],
)
def test_find_phones_negatives(text: str) -> None:
    assert find_phones(text) == [], text


# --- links ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        # full URLs
        ("see https://janedoe.xyz/.", ["https://janedoe.xyz"]),
        ("HTTPS://GitHub.com/JaneDoe", ["https://github.com/JaneDoe"]),
        ("[site](https://janedoe.xyz/a_(b))", ["https://janedoe.xyz/a_(b)"]),
        ("<http://cs.example.edu/~jdoe/>", ["http://cs.example.edu/~jdoe/"]),
        # www. without scheme
        ("(www.cs.example.edu/~jdoe/)", ["https://www.cs.example.edu/~jdoe/"]),
        ("www.janedoe.xyz,", ["https://www.janedoe.xyz"]),
        # bare domains as CV headers write them
        ("janedoe.xyz/", ["https://janedoe.xyz"]),
        ("github.com/janedoe", ["https://github.com/janedoe"]),
        ("scholar.google.com/citations?user=abc", ["https://scholar.google.com/citations?user=abc"]),
        ("linkedin.com/in/jane-doe", ["https://linkedin.com/in/jane-doe"]),
        ("orcid.org/0000-0002-1825-0097", ["https://orcid.org/0000-0002-1825-0097"]),
        ("x.com/janedoe", ["https://x.com/janedoe"]),
        ("GitHub.com/JaneDoe", ["https://github.com/JaneDoe"]),
        ("t.co/abc", ["https://t.co/abc"]),
        # several in one line, order kept, duplicates dropped
        (
            "janedoe.github.io · twitter.com/janedoe",
            ["https://janedoe.github.io", "https://twitter.com/janedoe"],
        ),
        ("github.com/janedoe | https://github.com/janedoe/", ["https://github.com/janedoe"]),
        # an email next to a link
        ("jdoe@example.edu | janedoe.xyz", ["https://janedoe.xyz"]),
    ],
    ids=lambda value: value if isinstance(value, str) else None,
)
def test_find_links(text: str, expected: list[str]) -> None:
    assert find_links(text) == expected, text


@pytest.mark.parametrize(
    "text",
    [
        # emails, plain and obfuscated
        "jdoe@example.edu",
        "mailto:jdoe@example.edu",
        "jdoe(at)example.edu",
        # file names
        "report.pdf",
        "main.py README.md setup.sh",
        # abbreviations and tech names
        "e.g.",
        "i.e.",
        "Ph.D.",
        "U.S.",
        "M.Sc. and B.Sc.",
        "Node.js",
        "ASP.NET",
        "v1.2.3",
        "Fig. 3",
        "et al.in Proc",
        # company names written as domains
        "Software Engineer at Booking.com",
        "",
    ],
)
def test_find_links_negatives(text: str) -> None:
    assert find_links(text) == [], text


@pytest.mark.parametrize(
    "url, expected",
    [
        ("janedoe.xyz/", "https://janedoe.xyz"),
        ("<https://GitHub.com/JaneDoe>.", "https://github.com/JaneDoe"),
        ("//example.edu/x", "https://example.edu/x"),
        ("http://example.edu/a?b=1#c", "http://example.edu/a?b=1#c"),
        ("https://example.edu/wiki/A_(b))", "https://example.edu/wiki/A_(b)"),
        ("mailto:jdoe@example.edu.", "mailto:jdoe@example.edu"),
        ("", ""),
        ("http://example.edu/\u02dcjdoe/", "http://example.edu/~jdoe/"),  # a PDF's spacing tilde
        # a template's math angle brackets around an identifier
        ("https://orcid.org/\u27e80000-0001-2345-6789\u27e9", "https://orcid.org/0000-0001-2345-6789"),
        # site builders' redirect wrappers give the address they point to (Google Sites wraps all)
        (
            "https://www.google.com/url?q=https%3A%2F%2Fgithub.com%2Fjdoe&sa=D&sntz=1&usg=AOvVaw0",
            "https://github.com/jdoe",
        ),
        ("https://l.facebook.com/l.php?u=https%3A%2F%2Fexample.org%2Flab%2F&h=AT0", "https://example.org/lab/"),
        # not a wrapper, or a wrapper around no web address: kept as written
        ("https://www.google.com/search?q=jane+doe", "https://www.google.com/search?q=jane+doe"),
        ("https://www.google.com/url?q=javascript:alert(1)", "https://www.google.com/url?q=javascript:alert(1)"),
    ],
)
def test_normalize_link(url: str, expected: str) -> None:
    assert normalize_link(url) == expected, url


@pytest.mark.parametrize(
    "url, kind",
    [
        # known hosts
        ("https://github.com/janedoe", "github"),
        ("https://gist.github.com/janedoe", "github"),
        ("https://gitlab.com/janedoe", "other"),
        ("https://scholar.google.com/citations?user=abc", "scholar"),
        ("https://scholar.google.co.uk/citations?user=abc", "scholar"),
        ("https://orcid.org/0000-0002-1825-0097", "orcid"),
        ("https://www.linkedin.com/in/jane-doe", "linkedin"),
        ("https://twitter.com/janedoe", "twitter"),
        ("https://x.com/janedoe", "twitter"),
        ("https://dblp.org/pid/00/0000", "dblp"),
        ("https://dblp.uni-trier.de/pers/d/Doe:Jane", "dblp"),
        ("https://medium.com/@janedoe", "blog"),
        ("https://janedoe.substack.com", "blog"),
        ("https://janedoe.wordpress.com", "blog"),
        ("https://janedoe.blogspot.com", "blog"),
        ("https://www.researchgate.net/profile/Jane-Doe", "researchgate"),
        ("https://www.semanticscholar.org/author/123", "semantic_scholar"),
        # share buttons are not the owner's account (path prefix in the table)
        ("https://twitter.com/intent/tweet?text=hi", "other"),
        ("https://www.linkedin.com/shareArticle?mini=true", "other"),
        # personal sites
        ("https://janedoe.github.io", "homepage"),
        ("janedoe.github.io/blog", "homepage"),
        ("https://janedoe.xyz", "homepage"),
        ("https://cs.example.edu/~jdoe/", "homepage"),
        ("https://people.example.edu/jdoe", "homepage"),
        # everything else
        ("https://janedoe.xyz/cv.pdf", "other"),
        ("https://janedoe.github.io/slides.pptx", "other"),
        ("https://cs.example.edu/news/2024", "other"),
        ("not a url", "other"),
        ("", "other"),
        ("http://[::1", "other"),
    ],
    ids=lambda value: value if isinstance(value, str) else None,
)
def test_classify_link(url: str, kind: str) -> None:
    assert classify_link(url) == kind, url


def test_link_hosts_table_is_clean() -> None:
    text = resources.files("extractor.patterns").joinpath("link_hosts.tsv").read_text(encoding="utf-8")
    lines = text.splitlines()
    assert lines[0].startswith("#"), "link_hosts.tsv must open with a comment saying what belongs in it"
    rows = [line for line in lines if line and not line.startswith("#")]
    assert all(line.strip() for line in lines), "no blank lines"
    patterns = [row.split("\t")[0] for row in rows]
    assert all(row.count("\t") == 1 for row in rows), "pattern<TAB>kind"
    assert {row.split("\t")[1] for row in rows} <= set(get_args(LinkKind))
    assert patterns == sorted(patterns), "sorted"
    assert len(patterns) == len(set(patterns)), "unique"
    assert all(p == p.casefold() and not p.endswith(".") for p in patterns), "normalized"


# --- properties ----------------------------------------------------------------------------

# text built from the pieces contact details are made of, so the regexes' branches are reached
CONTACTISH = st.lists(
    st.sampled_from([*"abcdejkxyz019+-.@()[]{}<>/: ,;|#&~\n", " at ", " dot ", "com", "edu", "www.", "://"]),
    max_size=40,
).map("".join)


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.text(), CONTACTISH))
def test_nothing_raises_and_emails_are_strict(text: str) -> None:
    for email in find_emails(text):
        assert STRICT_EMAIL.fullmatch(email), (text, email)
    for phone in find_phones(text):
        assert phone.strip() == phone and phone, (text, phone)
    for url in find_links(text):
        assert url.startswith(("http://", "https://")), (text, url)
        assert classify_link(url) in get_args(LinkKind)
    assert classify_link(text) in get_args(LinkKind)
    normalize_link(text)
    choose_owner_emails(find_emails(text), text)


@settings(max_examples=100, deadline=None)
@given(st.text())
def test_phones_are_e164_unless_labelled(text: str) -> None:
    for phone in find_phones(text):
        assert E164.fullmatch(phone) or phone in text, (text, phone)
