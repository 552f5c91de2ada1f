"""Regexes for contact details (emails, phones, links), compiled once and named *_RE.

Used only by ``extractor/parse/contact.py``. Each pattern is ``re.VERBOSE`` with an example per
branch; ``EXAMPLES`` keeps one string each pattern must find and one it must not, so a test can
check them all. Horizontal whitespace is written ``[^\\S\\n]``: a contact detail never spans lines.
"""

from __future__ import annotations

import re

from extractor.patterns.lazy import lazy_compile

# --- shared fragments (plain strings, spliced into the patterns below) ----------------------

# one DNS label: "cs", "uni-trier", "janedoe"
_LABEL = r"[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"

# Top-level domains we believe without a scheme or an "@": generic ones, then country codes.
# Country codes that are also common file extensions are left out on purpose, so "main.py",
# "README.md", "run.sh", "lib.rs", "x.pl", "fig.ps", "model.ml", "a.cc", "k.cu", "top.sv",
# "x.so", "Makefile.am", "x.mk", "x.mm", "x.pm", "x.tf" never become links.
_TLD = r"""
    (?:com|org|net|edu|gov|mil|int|info|biz|name|pro|io|ai|me|dev|app|xyz|site|page|blog|tech
      |online|science|academy|website|space|cloud|codes|works|studio|design|live|link|one|world
      |network|systems|email|art|ink|wiki|today|rocks|ninja|land|social|club|fyi|lol|guru|phd|school
      |university|institute|research|ltd|inc|global|digital|solutions
      |ad|ae|af|ag|al|ao|aq|ar|as|at|au|aw|ax|az|ba|bb|bd|be|bf|bg|bh|bi|bj|bm|bn|bo|br|bs|bt
      |bw|by|bz|ca|cd|cf|cg|ch|ci|ck|cl|cm|cn|co|cr|cv|cw|cx|cy|cz|de|dj|dk|dm|do|dz|ec|ee|eg
      |er|es|et|eu|fi|fj|fk|fm|fo|fr|ga|gd|ge|gf|gg|gh|gi|gl|gm|gn|gp|gq|gr|gs|gt|gu|gw|gy|hk
      |hm|hn|hr|ht|hu|id|ie|il|im|in|iq|ir|is|it|je|jm|jo|jp|ke|kg|kh|ki|km|kn|kp|kr|kw|ky|kz
      |la|lb|lc|li|lk|lr|ls|lt|lu|lv|ly|ma|mc|mg|mh|mn|mo|mp|mq|mr|ms|mt|mu|mv|mw|mx|my|mz
      |na|nc|ne|nf|ng|ni|nl|no|np|nr|nu|nz|om|pa|pe|pf|pg|ph|pk|pn|pr|pt|pw|qa|re|ro|ru|rw|sa
      |sb|sc|sd|se|sg|si|sk|sl|sm|sn|sr|st|sx|sy|sz|tc|td|tg|th|tj|tk|tl|tm|tn|to|tr|tt|tv|tw
      |tz|ua|ug|uk|us|uy|uz|va|vc|ve|vg|vi|vn|vu|wf|ws|ye|yt|za|zm|zw)
"""

# the word "at" between a local part and a domain, in its disguises
_AT = r"""
    (?P<at>
        # jdoe[at]x | jdoe (at) x | jdoe {at} x | jdoe<at>x | jdoe [@] x
        [^\S\n]*[\[({<][^\S\n]*(?:at|AT|At|@)[^\S\n]*[\])}>][^\S\n]*
      | [^\S\n]+(?:at|AT)[^\S\n]+        # jdoe at x | jdoe AT x
      | _(?:at|AT)_                      # jdoe_at_x.edu ("please change _at_ into @")
      | [^\S\n]+[@＠][^\S\n]+            # jdoe @ x
      | [@＠]                            # jdoe@x dot edu | jdoe＠x.edu
    )
"""

# the word "dot" between labels, in its disguises
_DOT = r"""
    (?:
        # x[dot]edu | x (dot) edu | x {dot} edu | x<dot>edu | x [.] edu
        [^\S\n]*[\[({<][^\S\n]*(?:dot|DOT|Dot|\.)[^\S\n]*[\])}>][^\S\n]*
      | [^\S\n]+(?:dot|DOT)[^\S\n]+      # x dot edu | x DOT edu
      | [^\S\n]+\.[^\S\n]+               # x . edu (spaced on both sides, so never "MIT. In")
      | \.                               # x.edu
    )
"""

# a local-part word (the pieces between dots): "jdoe", "jane_doe", "j-doe", "jdoe+cv"
_LOCAL_WORD = r"[A-Za-z0-9_%+-]+"

# --- emails --------------------------------------------------------------------------------

# A plain address as found in running text.
EMAIL_RE = lazy_compile(
    r"""
    (?<![A-Za-z0-9._%+'-])                                  # not the tail of a longer token
    (?P<local>[A-Za-z0-9_%+-]+(?:\.[A-Za-z0-9_%+-]+)*)      # jdoe | firstname.lastname | j.doe+cv
    @
    (?P<domain>(?:"""
    + _LABEL
    + r"""\.)+[A-Za-z]{2,24})                                # cs.example.edu | EXAMPLE.AC.UK
    (?![A-Za-z0-9_-])                                       # the TLD ends: "jdoe@x.edu." stops before the dot
    """,
    re.VERBOSE,
)

# The strict form every returned address must have (local part as written, domain lowercased).
EMAIL_STRICT_RE = lazy_compile(
    r"""
    (?=[^@]{1,64}@)                                         # local part at most 64 characters
    [A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*   # jdoe | jane.doe | j+cv
    @
    (?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,24}  # cs.example.edu
    """,
    re.VERBOSE,
)

# An address with "at"/"dot" spelled out or bracketed. The TLD must be a known one, so prose
# such as "look at this dot product" never matches ("product" is no TLD).
OBFUSCATED_EMAIL_RE = lazy_compile(
    r"""
    (?<![A-Za-z0-9._%+-])
    (?P<local>"""
    + _LOCAL_WORD
    + r"(?:"
    + _DOT
    + _LOCAL_WORD
    + r"""){0,4})                            # jdoe | john dot doe | john.doe (bounded: no quadratic rescans)
    """
    + _AT
    + r"""
    (?P<domain>"""
    + _LABEL
    + r"(?:"
    + _DOT
    + _LABEL
    + r"){0,6}"
    + _DOT
    + r"(?i:"
    + _TLD
    + r""")) # univ dot edu | cs.example.edu | univ [dot] edu
    (?![A-Za-z0-9_-]|\.[A-Za-z0-9])                         # the chain ends here
    """,
    re.VERBOSE,
)

# A brace list sharing one domain: "{alice,bob}@x.edu", "{alice, bob} at x dot edu", "{a|b}@x.edu"
BRACE_EMAIL_RE = lazy_compile(
    r"""
    \{[^\S\n]*(?P<locals>"""
    + _LOCAL_WORD
    + r"(?:\."
    + _LOCAL_WORD
    + r")*(?:[^\S\n]*[,;|][^\S\n]*"
    + _LOCAL_WORD
    + r"(?:\."
    + _LOCAL_WORD
    + r""")*)*)[^\S\n]*\}                    # {alice,bob} | {alice, bob} | {a.b|c.d}
    """
    + _AT
    + r"""
    (?P<domain>"""
    + _LABEL
    + r"(?:"
    + _DOT
    + _LABEL
    + r"""){1,7})                            # x.edu | x dot edu
    (?![A-Za-z0-9_-]|\.[A-Za-z0-9])
    """,
    re.VERBOSE,
)

# the separators inside a brace list: "alice, bob" | "alice;bob" | "alice|bob"
BRACE_SEPARATOR_RE = lazy_compile(r"[^\S\n]*[,;|][^\S\n]*", re.VERBOSE)

# one "dot" token of an obfuscated address, to split it into labels: "univ [dot] edu" -> univ, edu
DOT_SEPARATOR_RE = lazy_compile(_DOT, re.VERBOSE)

# "mailto:" links, possibly percent-encoded: "mailto:jdoe@x.edu?subject=Hi", "mailto:jdoe%40x.edu"
MAILTO_RE = lazy_compile(
    r"""
    (?i:mailto):                                            # mailto: | MAILTO:
    (?P<address>[^\s"'<>?#,;]+)                             # jdoe@x.edu | jdoe%40x.edu
    """,
    re.VERBOSE,
)

# Words that precede a bare " at " in prose, so "worked at google dot com" or "intern at
# booking.com" are not addresses. Only consulted for the bare-word "at" (never for "[at]" or "@").
PROSE_LOCAL_RE = lazy_compile(
    r"""
    (?i:
        # pronouns: "reach me at ..."
        i|me|we|us|you|he|she|it|they|them|him|her|one|who|which|that|this|there|here
        # verbs, adverbs: "was at mit.edu", "worked at amazon.com"
      | is|am|are|was|were|be|been|being|now|currently|previously|also|and|or|but|not
      | work|works|worked|working|study|studies|studied|studying|live|lives|lived
      | stay|stayed|visit|visited|visiting|located|based|available|arrived|held|hosted
      | presented|present|talk|talks|meet|meeting|look|looking|reach|reached
      | contact|email|e-mail|mail|write|online|lab|team|group|office|home|dot
        # roles: "intern at booking.com"
      | intern|interned|interning|internship|student|students|professor|researcher
      | scientist|engineer|developer|fellow|postdoc|lecturer|visitor|faculty|staff|member|position
      | phd|ms|bs|ba|ma|mba
    )
    """,
    re.VERBOSE,
)

# A title-case word ("Engineer at Booking.com"): not a local part for a bare lowercase " at ".
TITLE_WORD_RE = lazy_compile(r"[A-Z][a-z]+", re.VERBOSE)  # Engineer | Intern

# Words that start a domain only in prose: "startups at the dot com boom", "at my.site"
PROSE_LABEL_RE = lazy_compile(
    r"""
    (?i:the|a|an|this|that|my|our|his|her|their|its|home|work|least|most|first|last|noon|night|once|all)
    """,
    re.VERBOSE,
)

# TLDs that are really file extensions: "logo@2x.png" is an image, not an address
FILE_TLD_RE = lazy_compile(
    r"""
    (?i:png|jpe?g|gif|svg|webp|bmp|ico|tiff?|pdf|css|js|html?|php|json|xml|txt)   # logo@2x.png
    """,
    re.VERBOSE,
)

# --- phones --------------------------------------------------------------------------------

# A label that announces a phone number, optionally qualified, then the number itself:
# "Phone: (608) 555-0199", "Tel. 030 1234567", "Mobile (UK): 07700 900123", "☎ +1 608 555 0199",
# "Office: 608-555-0199", "T: +44 20 7946 0958". A "Fax" label is matched too (group fax) so that
# the caller can drop fax numbers.
LABELLED_PHONE_RE = lazy_compile(
    r"""
    (?:
        # Fax: 608-555-0100
        (?P<fax>(?<![A-Za-z])(?i:fax|telefax|facsimile)(?![A-Za-z]))
        # Phone | Tel. | Mobile | Cell | Tel/Fax
      | (?<![A-Za-z])(?i:tel(?:ephone)?|phone|ph|mobile|mob|mobil|cell(?:ular|phone)?
            |handy|téléphone|tél|telefon|tel[^\S\n]*/[^\S\n]*fax)(?![A-Za-z])\.?
        # Office: | Home phone:  (these words need the colon)
      | (?<![A-Za-z])(?i:office|work|home|direct|main|lab)(?:[^\S\n]+(?i:phone|tel|number))?
            (?=[^\S\n]*(?:\([A-Za-z ]{1,12}\)[^\S\n]*)?:)
      | (?<![A-Za-z])(?-i:[TPM])(?=[^\S\n]*:)     # T: | P: | M:
      | [☎☏📞📱✆]                                 # ☎ +1 608 555 0199
    )
    [^\S\n]*(?:\([A-Za-z ]{1,12}\)[^\S\n]*)?      # optional qualifier: Phone (office)
    [:：\-–—.#]?[^\S\n]*                          # Phone: | Phone - | Ph.
    # +1 (608) 555-0199 | 030/1234567
    (?P<number>(?:\+|\(\+)?[\d(][\d().\-–/ \t\u00a0]{4,40}\d)
    """,
    re.VERBOSE,
)

# A North American grouped number, accepted without a label: "(608) 555-0199", "608-555-0199",
# "608.555.0199", "608 555 0199", "1-608-555-0199"
NANP_GROUPED_RE = lazy_compile(
    r"""
    (?:1[-.\s])?                    # 1-608-555-0199
    (?:\(\d{3}\)[^\S\n]?|\d{3}[-.\s])   # (608) 555-0199 | 608-555-0199
    \d{3}[-.\s]\d{4}                # 555-0199
    """,
    re.VERBOSE,
)

# A number written with its country code: "+44 20 7946 0958", "(+1) 608-555-0199", "+49(0)30 1234"
INTERNATIONAL_PHONE_RE = lazy_compile(
    r"""
    (?:\+|\(\+)\d[\d().\-–/ \t\u00a0]{5,40}\d     # +44 20 7946 0958 | (+1) 608-555-0199
    """,
    re.VERBOSE,
)

# "00" used as the international prefix: "0041 44 668 18 00" -> "+41 44 668 18 00"
IDD_PREFIX_RE = lazy_compile(
    r"""
    ^00(?=[1-9])                   # 0041 44 668 18 00
    """,
    re.VERBOSE,
)

# Digit runs that are dates or year spans, never phones: "2018-2021", "2018 - 21", "2019-09-01",
# "01.09.2019", "2019/09/01"
DATE_LIKE_RE = lazy_compile(
    r"""
    # 2018-2021 | 2018 - 21 | 2019-09-01 | 2019/09/01
    (?:19|20)\d{2}[^\S\n]*[-–—/.][^\S\n]*(?:(?:19|20)?\d{2})(?:[^\S\n]*[-–—/.][^\S\n]*\d{1,2})?
    | \d{1,2}[./-]\d{1,2}[./-](?:19|20)\d{2}      # 01.09.2019
    """,
    re.VERBOSE,
)

# What may stand right before a number that is not a phone: "doi:", "ISBN", "Grant No.", "pp."
NOT_PHONE_CONTEXT_RE = lazy_compile(
    r"""
    (?i:doi|isbn|issn|arxiv|grant|award|contract|no|nos|number|pp|pages?|vol|volume|issue|id
        |patent|serial|project)   # Grant No. 1234567 | pp. 123-456 | ISBN 978-...
    [^\S\n]*[.:#]?[^\S\n]*[A-Za-z-]{0,6}[^\S\n]*$   # "Grant CNS-" | "doi: "
    """,
    re.VERBOSE,
)

# --- links ---------------------------------------------------------------------------------

# characters a URL path may hold in running text (no spaces, quotes, brackets of markup, bullets)
_PATH = r"""[^\s<>"'`|\\^{}·•▪◦]"""

# A full URL: "https://janedoe.xyz/", "http://cs.example.edu/~jdoe", "HTTPS://GitHub.com/x"
URL_RE = lazy_compile(
    r"""
    (?<![A-Za-z0-9])
    (?P<url>(?i:https?)://"""
    + _PATH
    + r"""+)                         # https://github.com/janedoe
    """,
    re.VERBOSE,
)

# A "www." address without a scheme: "www.janedoe.com", "www.cs.example.edu/~jdoe/"
WWW_URL_RE = lazy_compile(
    r"""
    (?<![A-Za-z0-9@./:_%+;&\#-])
    (?P<url>(?i:www)\.(?:"""
    + _LABEL
    + r"""\.)+[A-Za-z]{2,24}
        (?![A-Za-z0-9_-])
        (?:[/?\#]"""
    + _PATH
    + r"""*)?)                       # www.janedoe.com | www.example.edu/~jdoe/
    """,
    re.VERBOSE,
)

# A bare domain, optionally with a path, as CV headers write them: "janedoe.xyz/",
# "github.com/janedoe", "scholar.google.com/citations?user=abc", "orcid.org/0000-0002-1825-0097".
# The TLD must be a known one written in lowercase, so "Node.js", "ASP.NET", "report.pdf",
# "e.g.", "Ph.D.", "U.S.", "v1.2.3" and "Fig. 3" never match.
BARE_URL_RE = lazy_compile(
    r"""
    (?<![A-Za-z0-9@./:_%+;&\#-])
    (?P<url>
        (?P<host>(?:"""
    + _LABEL
    + r"""\.)+(?P<tld>"""
    + _TLD
    + r"""))                         # janedoe.xyz | scholar.google.com
        (?![A-Za-z0-9_-]|\.[A-Za-z0-9])
        (?P<path>[/?\#]"""
    + _PATH
    + r"""*)?                        # /citations?user=abc
    )
    """,
    re.VERBOSE,
)

# A URL that already has a scheme: "https://x", "HTTP://x", "ftp://x"
URL_SCHEME_RE = lazy_compile(r"^[A-Za-z][A-Za-z0-9+.-]*://", re.VERBOSE)  # https://

# A host name worth calling a web site: "janedoe.xyz", "cs.example.edu", "192.0.2.7" (not "not a url")
HOST_RE = lazy_compile(
    r"""
    (?:"""
    + _LABEL
    + r"""\.)+[a-z]{2,24}                     # cs.example.edu
    | \d{1,3}(?:\.\d{1,3}){3}               # 192.0.2.7
    """,
    re.VERBOSE,
)

# A URI that is not a web address and is left as it is: "mailto:jdoe@x.edu", "tel:+16085550199"
# Redirect wrappers site builders put around outside links (Google Sites: every external link is
# "https://www.google.com/url?q=<the link>&sa=D..."): host (without "www.") and path -> the query
# parameters that hold the real address, tried in order.
LINK_REDIRECTS: dict[tuple[str, str], tuple[str, ...]] = {
    ("google.com", "/url"): ("q", "url"),
    ("l.facebook.com", "/l.php"): ("u",),
    ("lm.facebook.com", "/l.php"): ("u",),
    ("l.instagram.com", "/"): ("u",),
    ("out.reddit.com", "/"): ("url",),
}
NON_WEB_SCHEME_RE = lazy_compile(r"^(?i:mailto|tel|sms|callto):", re.VERBOSE)  # mailto:

# Any URI scheme at the start of a link: "https:", "javascript:", "data:" (not "www.x.edu")
ANY_SCHEME_RE = lazy_compile(r"^[^\S\n]*(?P<scheme>[A-Za-z][A-Za-z0-9+.-]*):", re.VERBOSE)  # javascript:

# A Mastodon account on any server: "/@jdoe" ("https://fosstodon.org/@jdoe")
MASTODON_PATH_RE = lazy_compile(r"^/@[A-Za-z0-9_]+/?$", re.VERBOSE)  # /@jdoe

# A theme's placeholder left in a link: "citations?user=YOUR_SCHOLAR_ID", "github.com/username"
PLACEHOLDER_URL_RE = lazy_compile(
    r"""
    (?i:your[_-]?(?:scholar|id|user|name|handle|profile|account))   # user=your_scholar_id
    | /(?i:username|yourname|your-?handle)/?$                     # github.com/username
    """,
    re.VERBOSE,
)

# Class names of an icon font ("fab fa-youtube", "ai ai-zotero", "bi bi-mastodon", "icon-twitter"),
# which tell an icon link from a logo image link
ICON_CLASS_RE = lazy_compile(
    r"""
    (?<![A-Za-z0-9-])(?:fa[bsrl]?|fa-[a-z0-9-]+|ai|ai-[a-z0-9-]+|bi|bi-[a-z0-9-]+       # fa fa-github
      |icon|icons?-[a-z0-9-]+|iconify|material-icons|academicons|fontawesome)(?![A-Za-z0-9-])   # icon-x
    """,
    re.VERBOSE,
)

# A directory of people on an institution's site: "/people/jane-doe", "/faculty/jdoe.html"
PROFILE_PATH_RE = lazy_compile(
    r"""
    /(?i:people|person|persons|faculty|staff|team|members?|profiles?|directory|researchers?
      |students?|author|authors|user|users|en/persons)/                # /people/jane-doe
    """,
    re.VERBOSE,
)

# The words of an icon's class names or label: "fab fa-github" -> fab, fa, github
LABEL_TOKEN_RE = lazy_compile(r"[a-z0-9]+", re.VERBOSE)  # fa github

# A path to a document rather than a page: "/cv.pdf", "/slides.pptx", "/paper.ps.gz"
DOCUMENT_PATH_RE = lazy_compile(
    r"""
    \.(?i:pdf|docx?|pptx?|key|xlsx?|zip|tar|gz|tgz|bz2|ps|bib|txt|png|jpe?g|gif|svg|mp4|mov)$   # /cv.pdf
    """,
    re.VERBOSE,
)

# A personal page on a shared host: "/~jdoe", "/%7Ejdoe", "/people/~jdoe/"
TILDE_PATH_RE = lazy_compile(r"(?:^|/)(?:~|%7[Ee])[A-Za-z0-9]", re.VERBOSE)  # /~jdoe

# what two addresses of one page may differ by at their start: a scheme, "www."
URL_KEY_PREFIX_RE = lazy_compile(
    r"""^(?:[a-z][a-z0-9+.\-]*://(?:www\.)?   # https:// | https://www.
        | www\.                               # www.
    )""",
    re.VERBOSE,
)

# --- owner names and local parts ----------------------------------------------------------

# what splits an email's local part into name pieces: "jane.doe" | "j_doe" | "jdoe2" | "jane-doe+cv"
LOCAL_PART_SEPARATOR_RE = lazy_compile(r"[._+\-\d]+", re.VERBOSE)  # jane.doe -> jane, doe

# the letter runs of a person's name: "Jane Q. Doe-Smith" -> Jane, Q, Doe, Smith
NAME_TOKEN_RE = lazy_compile(r"[^\W\d_]+", re.VERBOSE)  # Jane | Q | Doe

# a header line giving someone else's contact, as job-market CVs do under the name: "Placement
# Director: Ana Lind ana@x.edu", "Graduate Administrator: ..."; its addresses and phones are theirs
OTHER_CONTACT_LINE_RE = lazy_compile(
    r"""^\W*(?:[A-Za-z][\w.'&-]*\s+){0,3}
        (?:director|administrator|coordinator|assistant|secretary|officer|manager|advis[oe]r|
           supervisor|chair|referee|reference|contact)s?\s*:""",
    re.IGNORECASE | re.VERBOSE,
)

# --- examples: one string each pattern must find, one it must not --------------------------

EXAMPLES: dict[str, tuple[str, str]] = {
    "EMAIL_RE": ("Email: jdoe@cs.example.edu.", "jdoe at cs dot example dot edu"),
    "OTHER_CONTACT_LINE_RE": ("Placement Director: Ana Lind ana@x.edu", "Email: jdoe@x.edu"),
    "URL_KEY_PREFIX_RE": ("https://www.example.org", "example.org"),
    "EMAIL_STRICT_RE": ("jane.doe@cs.example.edu", "jane doe@example"),
    "OBFUSCATED_EMAIL_RE": ("jdoe [at] example [dot] edu", "meet at noon"),
    "BRACE_EMAIL_RE": ("{alice,bob}@example.edu", "{alice,bob} and others"),
    "BRACE_SEPARATOR_RE": ("alice, bob", "alice bob"),
    "DOT_SEPARATOR_RE": ("example [dot] edu", "example_edu"),
    "MAILTO_RE": ('href="mailto:jdoe@example.edu"', "jdoe@example.edu"),
    "PROSE_LOCAL_RE": ("worked", "xq"),
    "TITLE_WORD_RE": ("Engineer", "jdoe"),
    "PROSE_LABEL_RE": ("the", "xq"),
    "FILE_TLD_RE": ("png", "edu"),
    "LABELLED_PHONE_RE": ("Phone: (608) 555-0199", "Phoned in 2019"),
    "NANP_GROUPED_RE": ("(608) 555-0199", "2018-2021"),
    "INTERNATIONAL_PHONE_RE": ("+44 20 7946 0958", "44 20"),
    "IDD_PREFIX_RE": ("0041 44 668 18 00", "041 44 668 18 00"),
    "DATE_LIKE_RE": ("2018-2021", "608 555"),
    "NOT_PHONE_CONTEXT_RE": ("Grant No. ", "Phone: "),
    "URL_RE": ("see https://janedoe.xyz/", "janedoe.xyz"),
    "WWW_URL_RE": ("www.janedoe.xyz", "wwwjanedoe"),
    "BARE_URL_RE": ("github.com/janedoe", "Node.js and ASP.NET"),
    "URL_SCHEME_RE": ("https://janedoe.xyz", "janedoe.xyz"),
    "HOST_RE": ("cs.example.edu", "localhost"),
    "NON_WEB_SCHEME_RE": ("mailto:jdoe@example.edu", "https://example.edu"),
    "ANY_SCHEME_RE": ("javascript:alert(1)", "www.example.edu"),
    "MASTODON_PATH_RE": ("/@jdoe", "/jdoe"),
    "LABEL_TOKEN_RE": ("fa-github", "--"),
    "PROFILE_PATH_RE": ("/people/jane-doe", "/events/jane-doe-talk"),
    "ICON_CLASS_RE": ("fab fa-youtube", "logo"),
    "PLACEHOLDER_URL_RE": ("citations?user=YOUR_SCHOLAR_ID", "citations?user=AbCdEf"),
    "LOCAL_PART_SEPARATOR_RE": ("jane.doe", "janedoe"),
    "NAME_TOKEN_RE": ("Jane Doe", "42 - 7"),
    "DOCUMENT_PATH_RE": ("/files/cv.pdf", "/files/cv"),
    "TILDE_PATH_RE": ("/~jdoe/", "/jdoe/"),
}
