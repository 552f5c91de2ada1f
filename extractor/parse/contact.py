"""Contact details: emails (de-obfuscated), phones (E.164), links (kind by host).

Input is any text (a header line, a contact block, a whole page); output is plain strings the
header parser puts into ``emails``, ``phones`` and ``links``. Pure functions, no NLP.

Heuristics:
- Emails: plain addresses, ``mailto:`` targets, brace lists (``{alice,bob}@x.edu``) and the usual
  disguises of "@" and "." (``[at]``, ``(at)``, ``{at}``, ``<at>``, `` at ``, `` AT ``, `` @ ``;
  ``[dot]``, `` dot ``, `` . ``). A bare " at " is believed only when the domain ends in a known
  TLD and the word before it is not prose ("worked at google dot com" is not an address).
  Every result passes ``EMAIL_STRICT_RE``; the domain is lowercased, the local part kept.
- Phones: ``phonenumbers.PhoneNumberMatcher`` (leniency VALID) proposes numbers; one is kept only
  when it is labelled ("Phone:", "Tel.", "Mobile", "☎"), carries its country code ("+44 ..."),
  or is a grouped North American number ("(608) 555-0199"). Dates, year spans and numbers right
  after "doi", "ISBN", "Grant", "pp." are dropped, and so are fax numbers. A labelled number that
  does not parse is returned as written.
- Links: full URLs, "www." addresses and bare domains with a known lowercase TLD (all lowercase
  unless a path follows, so "Engineer at Booking.com" gives no link); emails are masked first.
  ``classify_link`` looks the host up in ``patterns/link_hosts.tsv``.

Known limits: a bare " at " after a word not in ``PROSE_LOCAL_RE`` can still read as an address;
national phone formats outside North America need a label or ``default_region``; a lowercase tech
name with a real TLD ("socket.io") reads as a link.
"""

from __future__ import annotations

import functools
import html
import logging
from collections.abc import Callable, Iterable, Iterator
from importlib import resources
from typing import cast, get_args
from urllib.parse import SplitResult, parse_qs, unquote, urlsplit, urlunsplit

import phonenumbers

from extractor.parse.text import fold, url_key
from extractor.patterns import contact_regexes as rx
from extractor.profile import LinkKind

logger = logging.getLogger(__name__)

# A phone label counts for a number only on the same line and at most this many characters
# before it; further back, "Phone" belongs to something else.
PHONE_CONTEXT_CHARS = 30
# Fewest digits a labelled but unparseable number needs to be returned as written ("555-0199").
MIN_PHONE_DIGITS = 7
# Most digits of any phone number (E.164 allows 15; extensions are not counted here).
MAX_PHONE_DIGITS = 15
# Longest email address (RFC 5321 path limit minus the angle brackets).
MAX_EMAIL_CHARS = 254
# A two-label bare domain with a country-code TLD needs a first label at least this long, or a path,
# so glued prose such as "et al.in" is no link ("t.co/x" still is).
MIN_BARE_CC_LABEL = 3

_Span = tuple[int, int]
_EmailHit = tuple[int, int, list[str]]


# --- emails --------------------------------------------------------------------------------


def find_emails(text: str) -> list[str]:
    """Find email addresses, including obfuscated ones, in order of appearance.

    Args:
        text: any text; HTML entities such as ``&#64;`` are decoded here too.

    Returns:
        Unique addresses, local part as written, domain lowercased; a brace list
        ``{alice,bob}@x.edu`` gives both (see ``choose_owner_emails``).
    """
    if not text:
        return []
    if "&" in text:
        text = html.unescape(text)
    return _unique(email for _, _, emails in _email_hits(text) for email in emails)


def find_owner_emails(text: str, name: str | None) -> list[str]:
    """As ``find_emails``, but a brace list gives only the owner's address.

    In ``{alice, bob}@lab.example.edu`` (or ``{alice, bob} at lab dot example dot edu``) one
    address is the owner's and the others are co-authors': of each brace list only the addresses
    ``choose_owner_emails`` keeps are taken. Addresses outside brace lists come first, as found.

    Args:
        text: any text; HTML entities are decoded as in ``find_emails``.
        name: the owner's name, or None when unknown.

    Returns:
        Unique addresses.
    """
    if not text:
        return []
    if "&" in text:
        text = html.unescape(text)
    hits = _email_hits(text)
    single = [email for _, _, emails in hits if len(emails) == 1 for email in emails]
    groups = [
        email for _, _, emails in hits if len(emails) > 1 for email in choose_owner_emails(emails, name)
    ]
    return _unique([*single, *groups])


def choose_owner_emails(emails: list[str], name: str | None) -> list[str]:
    """Keep the addresses whose local part fits the owner's name.

    Meant for the expansion of a brace list (``{alice,bob}@x.edu``), where one address is the
    owner's and the others are co-authors'.

    Args:
        emails: candidate addresses.
        name: the owner's name ("Jane Q. Doe"), or None when unknown.

    Returns:
        The addresses matching a first or last name, or initials plus a name ("jdoe", "janed",
        "jqd"); when none match, the list itself if it holds exactly one address, else [].
    """
    emails = _unique(emails)
    tokens = _name_tokens(name or "")
    if tokens:
        matching = [email for email in emails if _local_part_fits(email.rpartition("@")[0], tokens)]
        if matching:
            return matching
    return emails if len(emails) == 1 else []


def _email_hits(text: str) -> list[_EmailHit]:
    """All addresses with their spans, first strategy wins where spans overlap."""
    hits: list[_EmailHit] = []
    for strategy in _EMAIL_STRATEGIES:
        for start, end, raw in strategy(text):
            if _overlaps((start, end), [(s, e) for s, e, _ in hits]):
                continue
            emails = [email for email in map(_valid_email, raw) if email]
            if emails:
                hits.append((start, end, emails))
    return sorted(hits, key=lambda hit: hit[0])


def _mailto_emails(text: str) -> Iterator[_EmailHit]:
    for m in rx.MAILTO_RE.finditer(text):
        address = unquote(m.group("address"))
        if rx.EMAIL_RE.fullmatch(address):
            yield m.start("address"), m.end("address"), [address]


def _brace_emails(text: str) -> Iterator[_EmailHit]:
    for m in rx.BRACE_EMAIL_RE.finditer(text):
        domain = _join_labels(m.group("domain"))
        locals_ = rx.BRACE_SEPARATOR_RE.split(m.group("locals").strip())
        yield m.start(), m.end(), [f"{local}@{domain}" for local in locals_ if local]


def _plain_emails(text: str) -> Iterator[_EmailHit]:
    for m in rx.EMAIL_RE.finditer(text):
        yield m.start(), m.end(), [f"{m.group('local')}@{m.group('domain')}"]


def _obfuscated_emails(text: str) -> Iterator[_EmailHit]:
    pos = 0
    while (m := rx.OBFUSCATED_EMAIL_RE.search(text, pos)) is not None:
        email = _deobfuscate(m.group("local"), m.group("at"), m.group("domain"))
        if email is None:
            pos = m.start() + 1  # a rejected "worked at x.com" may hide "jdoe at x dot edu" further on
            continue
        yield m.start(), m.end(), [email]
        pos = m.end()


# Ordered: a mailto target is the most explicit, a brace list must win over its tail, and a
# plain address must win over the looser obfuscated pattern that also matches it.
_EMAIL_STRATEGIES: list[Callable[[str], Iterator[_EmailHit]]] = [
    _mailto_emails,
    _brace_emails,
    _plain_emails,
    _obfuscated_emails,
]


def _deobfuscate(local: str, at: str, domain: str) -> str | None:
    at_word = at.strip()
    if at_word in ("at", "AT"):  # a bare word: the one form that also occurs in prose
        first_label = rx.DOT_SEPARATOR_RE.split(domain)[0]
        if (
            rx.PROSE_LOCAL_RE.fullmatch(local)
            or (at_word == "at" and rx.TITLE_WORD_RE.fullmatch(local))
            or rx.PROSE_LABEL_RE.fullmatch(first_label)
        ):
            return None
    return f"{_join_labels(local, lower=False)}@{_join_labels(domain)}"


def _join_labels(chain: str, *, lower: bool = True) -> str:
    joined = ".".join(part for part in rx.DOT_SEPARATOR_RE.split(chain) if part)
    return joined.lower() if lower else joined


def _valid_email(candidate: str) -> str | None:
    local, _, domain = candidate.rpartition("@")
    domain = domain.lower().rstrip(".")
    email = f"{local}@{domain}"
    tld = domain.rpartition(".")[2]
    if len(email) > MAX_EMAIL_CHARS or rx.FILE_TLD_RE.fullmatch(tld):
        return None
    return email if rx.EMAIL_STRICT_RE.fullmatch(email) else None


def _name_tokens(name: str) -> list[str]:
    return [token for token in rx.NAME_TOKEN_RE.findall(fold(name)) if token]


def _local_part_fits(local: str, tokens: list[str]) -> bool:
    pieces = [piece for piece in rx.LOCAL_PART_SEPARATOR_RE.split(fold(local)) if piece]
    flat = "".join(pieces)
    if not flat:
        return False
    if any(piece == token for piece in pieces for token in tokens if len(token) >= 2):
        return True  # jane.doe, doe, jane_smith
    if any(len(token) >= 4 and token in flat for token in tokens):
        return True  # janedoe, doejane
    first, last = tokens[0], tokens[-1]
    initials = "".join(token[0] for token in tokens)
    combos = {first[0] + last, first + last[0], last + first[0], initials, initials[:-1] + last}
    return flat in combos or any(len(c) >= 4 and flat.startswith(c) for c in combos)


def find_phones(text: str, default_region: str | None = None) -> list[str]:
    """Find phone numbers and return them in E.164 form.

    Args:
        text: any text.
        default_region: ISO region for numbers written without a country code ("DE", "GB");
            when None, the region of the first "+CC" number in the text, else "US".

    Returns:
        Unique numbers in order of appearance: "+16085550199"; a labelled number that
        phonenumbers cannot validate is returned as written ("555-0199").
    """
    if not text:
        return []
    region = _phone_region(default_region) or _region_from_country_code(text) or "US"
    labelled, fax = _labelled_phone_spans(text)
    labelled_spans = [span for span, _ in labelled]
    found: list[tuple[int, str]] = []
    taken: list[_Span] = []
    for match in phonenumbers.PhoneNumberMatcher(text, region, leniency=phonenumbers.Leniency.VALID):
        span = (match.start, match.end)
        raw = match.raw_string
        if _overlaps(span, fax) or rx.DATE_LIKE_RE.fullmatch(raw.strip()):
            continue
        if _overlaps(span, labelled_spans) or _looks_like_phone(text, match.start, raw, match.number):
            found.append((match.start, _e164(match.number)))
            taken.append(span)
    for span, raw in labelled:
        if not _overlaps(span, taken) and (value := _labelled_number(raw, region)):
            found.append((span[0], value))
    return _unique(value for _, value in sorted(found, key=lambda item: item[0]))


def _phone_region(region: str | None) -> str | None:
    if not region:
        return None
    code = region.strip().upper()
    code = "GB" if code == "UK" else code
    if code in phonenumbers.SUPPORTED_REGIONS:
        return code
    logger.debug("unknown phone region %r; guessing from the text", region)
    return None


def _region_from_country_code(text: str) -> str | None:
    for m in rx.INTERNATIONAL_PHONE_RE.finditer(text):
        try:
            number = phonenumbers.parse(m.group().replace("(+", "+", 1), None)
        except phonenumbers.NumberParseException:
            continue
        if number.country_code is None:
            continue
        region = phonenumbers.region_code_for_country_code(number.country_code)
        if region in phonenumbers.SUPPORTED_REGIONS:
            return region
    return None


def _labelled_phone_spans(text: str) -> tuple[list[tuple[_Span, str]], list[_Span]]:
    """(span, raw) of each number after a phone label, and the spans of fax numbers."""
    labelled: list[tuple[_Span, str]] = []
    fax: list[_Span] = []
    for m in rx.LABELLED_PHONE_RE.finditer(text):
        span = m.span("number")
        if m.group("fax"):
            fax.append(span)
        else:
            labelled.append((span, m.group("number")))
    return labelled, fax


def _looks_like_phone(text: str, start: int, raw: str, number: phonenumbers.PhoneNumber) -> bool:
    line_start = text.rfind("\n", 0, start) + 1
    before = text[max(line_start, start - PHONE_CONTEXT_CHARS) : start]
    if rx.NOT_PHONE_CONTEXT_RE.search(before):
        return False
    if raw.startswith(("+", "(+")):
        return True
    return number.country_code == 1 and rx.NANP_GROUPED_RE.match(raw) is not None


def _labelled_number(raw: str, region: str) -> str | None:
    """A labelled number phonenumbers' matcher skipped: E.164 if it parses, else as written."""
    written = " ".join(raw.split()).strip(" -–/.")
    digits = sum(ch.isdigit() for ch in written)
    if not MIN_PHONE_DIGITS <= digits <= MAX_PHONE_DIGITS or rx.DATE_LIKE_RE.fullmatch(written):
        return None
    try:
        number = phonenumbers.parse(rx.IDD_PREFIX_RE.sub("+", written), region)
    except phonenumbers.NumberParseException:
        return written
    return _e164(number) if phonenumbers.is_valid_number(number) else written


def _e164(number: phonenumbers.PhoneNumber) -> str:
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


# --- links ---------------------------------------------------------------------------------

_CLOSERS = {")": "(", "]": "[", "}": "{", ">": "<"}
_TRAILING_PUNCTUATION = ".,;:!?'\"*"


def find_links(text: str) -> list[str]:
    """Find web addresses: full URLs, "www." addresses and bare domains with a known TLD.

    Args:
        text: any text.

    Returns:
        Unique normalized URLs (see ``normalize_link``) in order of appearance; never an email
        address, a file name ("report.pdf"), an abbreviation ("e.g.", "Ph.D.") or "Node.js".
    """
    if not text:
        return []
    found: list[tuple[int, str]] = []
    claimed: list[_Span] = []
    for m in rx.URL_RE.finditer(text):
        _claim_link(m.span("url"), m.group("url"), found, claimed)
    masked = _mask(text, claimed + [(start, end) for start, end, _ in _email_hits(text)])
    for m in rx.WWW_URL_RE.finditer(masked):
        _claim_link(m.span("url"), m.group("url"), found, claimed)
    for m in rx.BARE_URL_RE.finditer(masked):
        if _plausible_bare_domain(m.group("host"), m.group("tld"), m.group("path")):
            _claim_link(m.span("url"), m.group("url"), found, claimed)
    seen: set[str] = set()
    links: list[str] = []
    for _, url in sorted(found, key=lambda item: item[0]):
        key = url_key(url)
        if key not in seen:
            seen.add(key)
            links.append(url)
    return links


def normalize_link(url: str) -> str:
    """Clean one URL as found in text.

    Args:
        url: "janedoe.xyz/", "<https://GitHub.com/jdoe>.", "www.example.edu/~jdoe,".

    Returns:
        The URL without surrounding brackets or trailing punctuation, with "https://" added when
        it has no scheme, scheme and host lowercased, a bare "/" path dropped, path and query kept:
        "https://janedoe.xyz", "https://github.com/jdoe". "mailto:" and "tel:" URIs only lose
        their trailing punctuation. Returns "" for an empty input.
    """
    link = _strip_trailing_punctuation(url.strip().lstrip("<").strip())
    if not link or rx.NON_WEB_SCHEME_RE.match(link):
        return link
    if link.startswith("//"):
        link = "https:" + link
    elif not rx.URL_SCHEME_RE.match(link):
        link = "https://" + link
    try:
        parts = urlsplit(link)
    except ValueError:  # "http://[::1" and other malformed hosts: keep what was written
        return link
    wrapped = _redirect_target(parts)
    if wrapped is not None:
        return normalize_link(wrapped)
    path = "" if parts.path == "/" and not parts.query and not parts.fragment else parts.path
    # a PDF sets "~user" with a spacing tilde (U+02DC, LaTeX's \~{}) that no web address holds;
    # and a template's math angle brackets around an identifier ("orcid.org/⟨0000-0002-...⟩") are
    # no part of it (no address holds them either)
    path = path.replace("\u02dc", "~").replace("\u27e8", "").replace("\u27e9", "")
    return urlunsplit((parts.scheme.lower(), parts.netloc.lower(), path, parts.query, parts.fragment))


def _redirect_target(parts: SplitResult) -> str | None:
    """The address a site builder's redirect wrapper points to ("https://www.google.com/url?q=
    https%3A%2F%2Fgithub.com%2Fjdoe&sa=D" -> "https://github.com/jdoe"), or None for a plain link."""
    host = parts.netloc.lower().removeprefix("www.")
    keys = rx.LINK_REDIRECTS.get((host, parts.path or "/"))
    if keys is None:
        return None
    query = parse_qs(parts.query)
    for key in keys:
        for value in query.get(key, []):
            if rx.URL_SCHEME_RE.match(value) and value.lower().startswith(("http://", "https://")):
                return value
    return None


def classify_link(url: str) -> LinkKind:
    """Say what kind of profile link a URL is.

    Args:
        url: a URL, with or without scheme.

    Returns:
        The kind from ``patterns/link_hosts.tsv`` (longest matching pattern); else "homepage"
        for a site root or a "/~user" page; a link to a document (".pdf", ".pptx") is "other";
        anything else is "other".
    """
    parts = _split(url)
    if parts is None:
        return "other"
    host, path = parts
    for strategy in _LINK_KIND_STRATEGIES:
        kind = strategy(host, path)
        if kind is not None:
            return kind
    return "other"


def _kind_of_document(host: str, path: str) -> LinkKind | None:
    return "other" if rx.DOCUMENT_PATH_RE.search(path) else None


def _kind_from_hosts_table(host: str, path: str) -> LinkKind | None:
    lowered = path.lower().strip("/")
    for host_pattern, path_pattern, kind in _link_hosts():
        if host_pattern.endswith(".*"):
            host_ok = host.startswith(host_pattern[:-1])
        else:
            host_ok = host == host_pattern or host.endswith("." + host_pattern)
        path_ok = not path_pattern or lowered == path_pattern or lowered.startswith(path_pattern + "/")
        if host_ok and path_ok:
            return kind
    return None


def _kind_of_tilde_page(host: str, path: str) -> LinkKind | None:
    return "homepage" if rx.TILDE_PATH_RE.search(path) else None


def _kind_of_site_root(host: str, path: str) -> LinkKind | None:
    return "homepage" if path.strip("/") == "" else None


# Ordered: a PDF is a document wherever it lives; the table knows the big hosts; then the
# shapes of personal pages. The first kind found wins.
_LINK_KIND_STRATEGIES: list[Callable[[str, str], LinkKind | None]] = [
    _kind_of_document,
    _kind_from_hosts_table,
    _kind_of_tilde_page,
    _kind_of_site_root,
]


@functools.cache
def _link_hosts() -> tuple[tuple[str, str, LinkKind], ...]:
    """Rows of link_hosts.tsv as (host pattern, path prefix, kind), longest pattern first."""
    kinds = set(get_args(LinkKind))
    text = resources.files("extractor.patterns").joinpath("link_hosts.tsv").read_text(encoding="utf-8")
    rows: list[tuple[str, str, LinkKind]] = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        pattern, _, kind = line.partition("\t")
        kind = kind.strip()
        if kind not in kinds:
            raise ValueError(f"link_hosts.tsv line {number}: kind {kind!r} is not one of {sorted(kinds)}")
        host_pattern, _, path_pattern = pattern.strip().casefold().partition("/")
        rows.append((host_pattern, path_pattern.strip("/"), cast(LinkKind, kind)))
    rows.sort(key=lambda row: len(row[0]) + len(row[1]), reverse=True)
    return tuple(rows)


def _split(url: str) -> tuple[str, str] | None:
    """(host without "www.", path) of a URL, or None when it has no plausible host."""
    try:
        parts: SplitResult = urlsplit(normalize_link(url))
        host = (parts.hostname or "").rstrip(".")
    except ValueError:
        return None
    if not rx.HOST_RE.fullmatch(host):
        return None
    return host.removeprefix("www."), parts.path


def _claim_link(span: _Span, raw: str, found: list[tuple[int, str]], claimed: list[_Span]) -> None:
    if _overlaps(span, claimed):
        return
    url = normalize_link(raw)
    if _split(url) is None:
        return
    found.append((span[0], url))
    claimed.append(span)


def _plausible_bare_domain(host: str, tld: str, path: str | None) -> bool:
    """A bare domain without a path must be lowercase ("Amazon.com, Inc." is a company) and not
    a short glued pair ("et al.in")."""
    if path:
        return True
    labels = host.split(".")
    short_cc_pair = len(labels) == 2 and len(tld) == 2 and len(labels[0]) < MIN_BARE_CC_LABEL
    return host == host.lower() and not short_cc_pair


def _strip_trailing_punctuation(link: str) -> str:
    while link:
        last = link[-1]
        if last in _TRAILING_PUNCTUATION or (
            last in _CLOSERS and link.count(last) > link.count(_CLOSERS[last])
        ):
            link = link[:-1]
        else:
            break
    return link


def _mask(text: str, spans: Iterable[_Span]) -> str:
    """Blank out spans (same length), so later patterns cannot match inside them."""
    chars = list(text)
    for start, end in spans:
        chars[start:end] = " " * (end - start)
    return "".join(chars)


# --- shared --------------------------------------------------------------------------------


def _overlaps(span: _Span, others: Iterable[_Span]) -> bool:
    return any(span[0] < end and start < span[1] for start, end in others)


def _unique(values: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(values))


# --- links of an HTML page -------------------------------------------------------------------

# Schemes a reader can safely follow; anything else ("javascript:", "data:", "file:", "vbscript:")
# never reaches the JSON, because other tools render our links.
SAFE_SCHEMES = frozenset({"http", "https", "mailto", "doi", "orcid", "arxiv", "urn", "isbn"})
# Kinds that name a profile on a service (as opposed to a page of the owner's own or a document).
SERVICE_KINDS = frozenset(
    {"github", "scholar", "orcid", "linkedin", "twitter", "dblp", "bluesky", "mastodon"}
    | {"researchgate", "semantic_scholar", "osf"}
)
# A link text this short and without spaces is a handle or a label ("@jdoe", "jdoe", "GitHub").
HANDLE_MAX_CHARS = 40
# A family name shorter than this says too little to tell the owner's page ("Li", "Wu").
MIN_OWNER_TOKEN = 4


def is_safe_url(url: str) -> bool:
    """True for ``http(s)``, ``mailto`` and identifier schemes, or a URL without a scheme that
    :func:`normalize_link` turns into ``https``; False for ``javascript:``, ``data:``, ``file:``,
    and for a web address with a user part ("http://jane.doe@x.edu": an e-mail address linked as
    a web page, or a host disguised behind another, "https://example.org@evil.test")."""
    link = url.strip()
    match = rx.ANY_SCHEME_RE.match(link)
    if match is None:
        return bool(link)
    scheme = match.group("scheme").casefold()
    if scheme in ("http", "https") and "@" in urlsplit(link).netloc:
        return False
    return scheme in SAFE_SCHEMES


def decode_href(href: str) -> str:
    """An href as the browser follows it: entities and, for ``mailto:``, percent escapes decoded
    ("mailto:%6A%64%6F%65@x.edu" -> "mailto:jdoe@x.edu")."""
    text = html.unescape(href).strip()
    if rx.NON_WEB_SCHEME_RE.match(text):
        text = unquote(text)
    return text


def mailto_emails(href: str) -> list[str]:
    """The addresses of a ``mailto:`` href, however encoded; [] for any other link."""
    text = decode_href(href)
    if not text.casefold().startswith("mailto:"):
        return []
    return find_emails(text.split("?", 1)[0][len("mailto:") :])


def label_kind(label: str) -> str | None:
    """The kind an icon's class names, ``aria-label``, ``title`` or a short link text name:
    "fab fa-github" -> "github", "ai ai-google-scholar" -> "scholar", "fas fa-envelope" -> "email"."""
    tokens = " " + " ".join(rx.LABEL_TOKEN_RE.findall(label.casefold().replace("-", " "))) + " "
    for word, kind in _link_labels():
        if f" {word.replace('-', ' ')} " in tokens:
            return kind
    return None


@functools.cache
def _link_labels() -> tuple[tuple[str, str], ...]:
    from extractor.patterns import table

    rows = [(row[0].casefold(), row[1]) for row in table("link_labels")]
    return tuple(sorted(rows, key=lambda row: len(row[0]), reverse=True))


def is_credit_link(url: str) -> bool:
    """A theme, generator or hosting credit ("https://jekyllrb.com", a theme's repository)."""
    parts = _split(url)
    if parts is None:
        return False
    host, path = parts
    lowered = path.casefold().strip("/")
    for pattern in _credit_links():
        host_pattern, _, path_pattern = pattern.partition("/")
        if (host == host_pattern or host.endswith("." + host_pattern)) and (
            not path_pattern or lowered == path_pattern or lowered.startswith(path_pattern + "/")
        ):
            return True
    return False


@functools.cache
def _credit_links() -> tuple[str, ...]:
    from extractor.patterns import words

    return tuple(sorted(words("credit_links")))


def profile_link(
    url: str, text: str, label: str, zone: str, owner: str | None, own_hosts: frozenset[str] = frozenset()
) -> tuple[LinkKind, str] | None:
    """Decide whether one link of a page is one of the owner's profiles, and of which kind.

    Args:
        url: the href as written.
        text: the link's visible text ("" for an icon).
        label: its aria-label, title and icon class names.
        zone: "nav", "footer", "entry" or "page" (see ``extractor.document.Anchor``).
        owner: the owner's name, when known.
        own_hosts: the page's own host(s) (from og:url / canonical), whose pages are navigation.

    Returns:
        (kind, normalized URL) for a profile on a service shown as an icon, a label or a handle
        ("GitHub", "@jdoe"), for an icon naming a profile, or for a page whose address carries the
        owner's family name; None for navigation, credits, co-authors' pages, relative links and
        unsafe schemes.
    """
    href = decode_href(url)
    if not rx.URL_SCHEME_RE.match(href) or not is_safe_url(href):
        return None
    link = normalize_link(href)
    parts = _split(link)
    if parts is None or is_credit_link(link):
        return None
    host, path = parts
    if host in own_hosts or host == "localhost":
        return None
    host_kind = classify_link(link)
    short = len(text) <= HANDLE_MAX_CHARS
    named = (label_kind(label) or label_kind(text)) if short else label_kind(label)
    if host_kind in ("other", "homepage") and rx.MASTODON_PATH_RE.match(path) and named in (None, "mastodon"):
        host_kind = "mastodon"  # "/@user" on a server the table does not know
    icon_like = not text or (short and (" " not in text.strip() or named is not None))
    kind: LinkKind = host_kind
    if host_kind in ("other", "homepage") and named in get_args(LinkKind):
        kind = cast(LinkKind, named)
    service = host_kind in SERVICE_KINDS
    if zone == "entry" or rx.PLACEHOLDER_URL_RE.search(link):
        return None
    if zone == "nav":
        return (kind, link) if service and icon_like else None
    if zone == "footer":
        return (kind, link) if icon_like and (service or named is not None) else None
    if service and (icon_like or _mentions_owner(text, owner)):
        if host_kind == "github" and path.strip("/").count("/") >= 1 and text:
            return None  # a repository ("code"), not the account
        return kind, link
    if named == "cv":
        return None  # the CV is a document of the site, not a profile (the corpus lists none)
    document = rx.DOCUMENT_PATH_RE.search(path) is not None
    if named is not None and named != "email" and icon_like and not document:
        return kind, link
    if not text and not document and rx.ICON_CLASS_RE.search(label):
        return kind, link  # an icon alone, to another site: the owner's account there
    if owner and _owner_in_address(host, path, owner) and not document:
        return kind, link
    return None


def _mentions_owner(text: str, owner: str | None) -> bool:
    tokens = [t for t in _name_tokens(owner or "") if len(t) >= MIN_OWNER_TOKEN]
    folded = fold(text)
    return bool(tokens) and any(t in folded for t in tokens)


def _owner_in_address(host: str, path: str, owner: str) -> bool:
    """ "/people/jane-doe", "/~jdoe" is not enough: the family name must be in the path."""
    tokens = _name_tokens(owner)
    if len(tokens) < 2 or len(tokens[-1]) < MIN_OWNER_TOKEN:
        return False
    first, last = tokens[0][:3], tokens[-1]
    if last in fold(host) and first in fold(host):
        return True  # janedoe.net
    return last in fold(path) and first in fold(path) and rx.PROFILE_PATH_RE.search(path) is not None
