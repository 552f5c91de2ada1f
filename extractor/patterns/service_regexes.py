"""Regexes for service lists (a role over a run of venues), compiled once and named *_RE.

Used by ``extractor/fields/service.py``; the roles' words themselves (``SERVICE_ROLE_RE``) stay in
``regexes``, where the learned parts' features read them.
"""

from __future__ import annotations

import re

from extractor.patterns.lazy import lazy_compile

# a role before its run of venues, with a colon: "Manuscript reviewer: Lake Letters, Sand Review"
ROLE_LIST_LEAD_RE = lazy_compile(r"^(?P<role>[A-Z][\w/&'’-]*(?:\s+[\w/&'’()-]+){0,5}?)\s*:\s+(?=\S)")
# a reviewing role before its run of venues, with "for": "Journal Reviewer for Lake Letters; Sand
# Review", "Ad hoc referee for: Dune Notes" (other roles "for" name one thing: "Chair for the X")
REVIEWER_LIST_LEAD_RE = lazy_compile(
    r"^(?P<role>(?:[A-Z][\w/&'’-]*\s+){0,3}(?:reviewer|referee)s?)\s+(?:for|of)(?:\s*:)?\s+(?=\S)",
    re.IGNORECASE,
)
# a line that leaves its run of venues open: it ends at a separator, a joining word or a hyphen
# ("Lake Letters, Journal of" / "Sand Studies")
LIST_CONTINUES_RE = lazy_compile(r"(?:[,;]|\s(?:of|the|and|&|for|in|on|de)|(?<=[a-z])-)\s*$", re.IGNORECASE)
# a word broken at a line's end: "Geo-" / "chemistry"
BROKEN_WORD_RE = lazy_compile(r"(?<=[a-z])-\s*$")
# a word that names a venue, not a city: "Dune Workshop, Norway" is a venue and its country
VENUE_WORD_RE = lazy_compile(
    r"\b(?:workshops?|conferences?|symposi(?:um|a)|journals?|review|letters|meetings?|society|congress|"
    r"seminars?|proceedings|transactions|school|forum|colloqui(?:um|a)|summit)\b",
    re.IGNORECASE,
)
# the years a venue is listed with: "Lake Symposium 2023, 2024", "Dune Days '22, '23"
YEAR_LIST_TAIL_RE = lazy_compile(r"(?:[,\s]+(?:['’]\d{2}|(?:19|20)\d{2}))+\s*$")
# a role, a stop, then where it was served: "Program Committee. Lake Symposium (LS)"
ROLE_STOP_VENUE_RE = lazy_compile(
    r"^(?P<role>[A-Z][\w/&'’-]*(?:\s+[\w/&'’-]+){0,5}?)\.\s+(?P<venue>[A-Z0-9].*)$"
)
# a label before a list that is no service: people supervised, memberships, visits ("Ph.D.
# supervision: A. Doe (2021-24)", "Membership: Dune Society", "Visits: Kestrel (May 2019)")
NOT_SERVICE_LEAD_RE = lazy_compile(
    r"^(?:(?:post-?docs?|ph\.?\s?d\.?|doctoral|master'?s?|msc|undergraduate|graduate)\s+)?"
    r"(?:supervisions?|students?(?:\s+supervised)?|memberships?|visits?|visiting|research\s+visits?)\s*:",
    re.IGNORECASE,
)
# a standing body a person serves on: "Graduate Admissions Committee", "School Council", "Board of
# Directors", "Task Force on X"; served as the venue (corpus README: "Member of the X Committee" is
# the role "Member" at the venue "X Committee")
SERVED_BODY_RE = lazy_compile(r"\b(?:sub-?)?(?:committees?|councils?|board|task\s+force)\b", re.IGNORECASE)
# a role that is the name of a body and nothing after it: "Library Committee", "Student Council"
BODY_NAME_END_RE = lazy_compile(
    r"\b(?:sub-?)?(?:committees?|councils?|board|task\s+force)\s*$", re.IGNORECASE
)
# a committee of an event or a publication that the person reviews or organizes for: it stays the
# role, the event the venue ("Program Committee. Lake Conference", README's role-line example)
EVENT_COMMITTEE_RE = lazy_compile(
    r"\b(?:program(?:me)?|organi[sz]ing|artifact\s+evaluation|scientific|technical|editorial|review(?:ing)?|advisory|"
    r"time\s+allocation|thesis)\s+(?:sub-?)?(?:committees?|board|panel|council)\b|\beditorial\b|\bpanel|\bjury\b|"
    r"\bPC\b",
    re.IGNORECASE,
)
# the role words a person holds on such a body: "Member", "Student Representative", "Co-Chair"
SERVED_ROLE = (
    r"(?:(?:student|faculty|graduate\s+student|postdoc|elected|full|external|(?:sub-?)?committee|board|"
    r"council|ECR|PhD)\s+)*(?:member|chair(?:person)?|co-?chair|vice[\s-]chair|representative|"
    r"treasurer|(?:vice[\s-])?president|secretary|organi[sz]er|convenor|coordinator|delegate)"
    r"(?:\s*\([^()]*\))?"
)
# "Member of the Admissions Committee", "Chair, Library Committee", "Student member on the X Board"
ROLE_OF_BODY_RE = lazy_compile(
    rf"^(?P<role>{SERVED_ROLE})\s*(?:,|–|-|:|\s(?:of|on|for|at|in|to)(?:\s+the)?)\s*(?P<body>.+)$",
    re.IGNORECASE,
)
# what may stand between a body and the organization printed in its run, on one line: "X Committee,
# Department of Y", "X Committee of the Y Society", "Y Society – X Committee" (not a line break: the
# line below is a description or another entry's)
BODY_JOIN = r"[ \t]*[,.:;–-]?[ \t]*(?:(?:of|at|for|in|to)(?:[ \t]+the)?[ \t]+)?"
# the role words alone, anywhere in a role ("Co-founder and board member")
SERVED_ROLE_RE = lazy_compile(rf"\b{SERVED_ROLE}(?!\w)", re.IGNORECASE)
# a body word after "and" (a second role joined to the first: "Co-founder and board member") or before
# a role word ("Board Member, Development"): a role's words, no body's name
ROLE_WITH_BODY_WORD_RE = lazy_compile(
    rf"\b(?:and|&)\s+(?:sub-?)?(?:committee|council|board)\b|\b(?:committee|council|board)\s+{SERVED_ROLE}(?!\w)",
    re.IGNORECASE,
)
