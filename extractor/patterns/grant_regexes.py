"""Regexes for grant entries' shapes, compiled once and named *_RE.

Used by ``extractor/parse/grants.py`` (the rules' reader of one grant entry, whose fields the learned
grant model also reads as features); the amount, role and duration patterns stay in ``regexes``,
where the other lists' features read them too.
"""

from __future__ import annotations

import re

from extractor.patterns.lazy import lazy_compile

# An entry printed as a citation: its people (family name, initials), then its facts in brackets,
# then "Title. Funder.":
#   "Doe, J., Roe, A. & Poe, B. (August 2023, £512.50). Sand in motion. Hill Research Fund."
#   "Doe, J. (2021, $5,000). ..."                  one person
#   "Doe, J. A., & Roe, A. (October, 2019, £4600)." spaced initials, "&" before the last one
GRANT_AUTHOR_LEAD_RE = lazy_compile(
    r"""^\s*
    (?P<people>
      (?:(?:&|and)\s+)?
      [A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?\.?,\s(?:[A-Z]\.[\s-]?){1,3}   # "Doe, J." / "van Doe, J. A."
      (?:,?\s*(?:(?:&|and)\s+)?[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?\.?,\s(?:[A-Z]\.[\s-]?){1,3})*
    )
    ,?\s*\((?P<facts>[^()]*\d{4}[^()]*)\)\.?\s*   # "(August 2023, £512.50)."
    (?P<rest>\S.*)$""",
    re.VERBOSE | re.DOTALL,
)
# A field's label printed before its value in a grant entry: "Grant: Dune Fund", "Amount: $800",
# "Role: co-PI", "Funder: Dune Trust". Only at the start of a part (after a separator or the entry's
# start), so a title with a colon inside ("Sand: a survey") keeps it.
GRANT_FIELD_LABEL_RE = lazy_compile(
    r"(?:^|(?<=[,;|(]\s)|(?<=[,;|(]))\s*"
    r"(?:grant|fellowship|funding|award|amount|funder|funding\s+agency|agency|sponsor|role|title|project)"
    r"\s*:\s*",
    re.IGNORECASE,
)
# The separators between a grant entry's printed runs, for finding the run a funder was read in:
# commas and semicolons ("Sand in motion, Dune Grid Institute / ALADDIN, 2010").
ENTRY_RUN_RE = lazy_compile(r"\s*[,;]\s+")
# A run's name joined to the one before it by a slash or a spaced dash: "Dune Grid Institute /
# ALADDIN", "Sand Research Programme - KESTREL" (the head ends with the join).
FUNDER_JOIN_TAIL_RE = lazy_compile(r"(?<=\S)\s+[/–—-]\s*$")
# A bracketed note read before a funder: "(SP), Dune Agency", "(Co-PI) Dune Agency".
FUNDER_NOTE_LEAD_RE = lazy_compile(r"^\s*\([^()]*\)\s*,?\s*")
# A grant entry's sentence that is only the role held in it: "Responsible researcher", "Co-Primary
# Investigator", "Co-PI" (a role printed as a sentence of its own, beside the title and the funder).
GRANT_ROLE_SENTENCE_RE = lazy_compile(
    r"(?:(?:lead|institutional|site)\s+)?(?:co[-‐‑]?\s?)?"
    r"(?:PI|I|(?:principal|primary)\s+investigator|investigator|(?:responsible\s+)?researcher|senior\s+personnel)"
    r"|(?:co[-‐‑]?\s?)?responsible\s+researcher",
    re.IGNORECASE,
)
# A role printed at the end of a grant's title sentence: "Sand in motion Co-Primary Investigator".
GRANT_ROLE_TAIL_RE = lazy_compile(
    r"\s+(?P<role>(?:co[-‐‑]?\s?)?(?:principal|primary)\s+investigator|(?:co[-‐‑]?\s?)?responsible\s+researcher)$",
    re.IGNORECASE,
)
# A note in brackets inside a grant's sentence that is neither its title nor its funder: the people
# on it ("(Co-PIs: Jane Doe, John Roe)", "(PI: Jane Doe)") or a number ("(1712423)", "(HD 51432-11)").
GRANT_SENTENCE_NOTE_RE = lazy_compile(
    r"\s*\((?:[^()]*\b(?:co[-‐‑]?)?(?:PIs?|Is?|investigators?)\s*:[^()]*|[A-Z]{0,4}\s?[\d/-]{4,}[^()]*)\)",
    re.IGNORECASE,
)
# The period after an abbreviation or an initial, not a sentence's end: "U.S. Department", "Ph.D.
# Fellowship", "Dr. Jane Doe", "(No. 1234)", "Aug. 2021" (the run before the period).
ABBREVIATION_END_RE = lazy_compile(
    r"(?:\b(?:[A-Za-z]\.)+[A-Za-z]|\b[A-Z]|\b(?:Dr|Prof|Mr|Ms|Mrs|St|Inc|Co|No|Nos|Vol|"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec))$"
)
# A numbered list's lead before an entry: "1. ", "10) ".
LIST_NUMBER_LEAD_RE = lazy_compile(r"^\s*\d{1,3}[.)]\s+(?=\S)")
# The verbs (and a role) that open a grant stated as a sentence: "Awarded the Dune Fellowship",
# "Offered a Dune grant", "Recipient of the Dune Fund", "Co-I of the Dune grant" (its role cut first,
# which leaves "of the Dune grant").
GRANT_SENTENCE_LEAD_RE = lazy_compile(
    r"^(?:(?:recipient|winner)\s+of|awarded|received|obtained|offered|granted|of)\s+(?:the\s+|an?\s+)?(?=\S)",
    re.IGNORECASE,
)
# A grant stated as a sentence naming who gave it: the grant's name (with a grant, fund, fellowship or
# scholarship word), maybe what it was for, then "from" or "by" and the giver: "Dune Fellowship for
# Master studies by Tarrow University", "Mobility grant from the Hill programme for Dune studies",
# "Funding from the Dune Council (DC) for a project on sand".
GRANT_GIVER_RE = lazy_compile(
    r"""^(?P<name>.*?\b(?i:grants?|fund|funds|funding|fellowships?|scholarships?|studentships?|stipends?|bursary)\b[^,;]*?)
    (?:\s+for\s+(?P<purpose>[^,;]+?))?
    \s+(?i:(?:funded|awarded|granted|given)\s+)?(?:from|by)\s+(?:the\s+)?
    (?P<funder>[A-Z].*)$""",
    re.VERBOSE,
)
# A grant stated as a sentence with no giver, opened by its verb: "Awarded Dune Fellowship for two
# years of research at Hill Institute" (the name ends before "for").
GRANT_PURPOSE_TAIL_RE = lazy_compile(
    r"\b(?P<word>(?:grant|fund|fellowship|scholarship|studentship|stipend)s?)\s+for\s+.*$", re.IGNORECASE
)
# A funder's short names in brackets after its name: "(NAWA)", "(ASNUM, CNRS-INSU)".
FUNDER_ACRONYMS_RE = lazy_compile(r"\(\s*[A-Z][A-Z0-9&-]{1,11}(?:\s*[,/]\s*[A-Z][A-Z0-9&-]{1,11})*\s*\)")
# A sentence opening with a field's label, in any language: "Identifier: 12", "Project title: Sand".
LABEL_LEAD_RE = lazy_compile(r"^[A-Z][\w’'-]*(?:\s[\w’'-]+){0,2}\s?:\s")
# A run in quotes, as a grant's title often is: "“Sand in motion.” $30,000", "‘Sand in motion’".
QUOTED_RUN_RE = lazy_compile(r"[“\"‘][^“”\"‘’]{8,}[”\"’]")

# An elected fellow of a body, an honour rather than a fellowship held: "Fellow of the Dune Society",
# "Elected Fellow of Example Academy". A fellowship ("Dune Fellowship, Example Institute") is not one.
HONORARY_FELLOW_RE = lazy_compile(r"\bfellows?\s+of\b", re.IGNORECASE)
# Where the run a funder's name is printed in ends: a comma, a semicolon, a bracket or a sentence's
# end ("UC Lake City. $2,500." ends after "City").
NAME_RUN_END_RE = lazy_compile(r"[,;()\[\]]|\.(?:\s|$)")
# A unit of a funding body printed as the comma part after its name: "Dune Agency, Office of Sand
# Research", "Example Foundation, Division for Lakes" (the funder is the body with its unit).
FUNDER_UNIT_PART_RE = lazy_compile(
    r"(?:offices?|divisions?|directorates?|bureaus?|departments?)\s+(?:of|for)\s+(?=[A-Z])", re.IGNORECASE
)
