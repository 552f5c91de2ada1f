"""Patterns of research, teaching and diversity statements: headings, captions, plans, funders.

The statement parser (``extractor/fields/statement*.py``) reads these; nothing here is specific to
one document.
"""

from __future__ import annotations

import re

from extractor.patterns.lazy import lazy_compile

# --- headings -------------------------------------------------------------------------------

# the statement's own title: "Research Statement", "Statement of Teaching Philosophy",
# "Statement on Diversity, Equity, and Inclusion", "RESEARCH STATEMENT: JANE DOE"
STATEMENT_TITLE_RE = lazy_compile(
    r"\b(?:research|teaching|diversity|inclusion|personal|mentoring|service)\b[^.]{0,40}\bstatement\b"
    r"|\bstatement\s+(?:of|on)\b",
    re.IGNORECASE,
)
# a diversity statement's title: "Diversity Statement", "Statement on Diversity, Equity, and Inclusion",
# "DEI Statement", "Commitment to Inclusive Excellence" (classify: such a statement is of kind other)
DIVERSITY_STATEMENT_TITLE_RE = lazy_compile(
    r"\b(?:diversity|inclusion|dei|edi|equity)\s+statement\b"
    r"|\bstatement\s+(?:on|of)\s+(?:(?:my\s+)?(?:contributions?\s+to\s+)?)(?:diversity|equity|inclusion)\b"
    r"|\bdiversity,\s+equity,?\s+(?:and\s+)?inclusion\b|\binclusive\s+excellence\b",
    re.IGNORECASE,
)
# a word, with its inner hyphens and apostrophes: "first-generation", "LGBTQ+", "others’"
WORD_TOKEN_RE = lazy_compile(r"[\w+’'-]+")
# the numbering of a heading or a run-in lead: "1", "2.", "3.1.", "(2)", "iv.", "F2 –", "Aim 1.1:",
# "Project 2:", "Theme 3:", "Thread 1:", "T1:"
HEADING_NUMBER_RE = lazy_compile(
    r"^(?:\(?\d{1,2}(?:\.\d{1,2})*\.?\)?|\(?[ivx]{1,5}[.)]|[A-Z]\d{1,2}\s*[–—-]|\d{1,2}\s*[–—-]"
    r"|(?:aim|project|theme|thread|part|objective|goal|direction|topic|question|area)\s+\d{1,2}(?:\.\d{1,2})?\s*[:.–—-]"
    r"|[A-Z]\d{1,2}:)(?=\s)",
    re.IGNORECASE,
)
# a numbered run-in lead: "3.1. Hermitian flows on surfaces. My first paper ..."
NUMBERED_LEAD_RE = lazy_compile(r"^(?P<lead>\d{1,2}\.\d{1,2}\.?\s+[A-Z][^.!?]{3,120}?)\.\s+(?=[A-Z(\[])")
# figure and table captions, and the numbered statements of mathematics: never headings or themes
CAPTION_RE = lazy_compile(
    r"^(?:fig(?:ure)?|table|tab|algorithm|listing|example|theorem|lemma|problem|conjecture|definition|"
    r"proposition|corollary|remark|claim|equation|eq|box|panel|image|chart|exhibit)\.?\s*\(?[\dA-Z]",
    re.IGNORECASE,
)
# page furniture: "Page 2", "2", "2/5", "- 3 -", "Page 2 of 5"
PAGE_FURNITURE_RE = lazy_compile(
    r"^(?:page\s+)?[-–(]?\s*\d{1,3}\s*(?:(?:/|of)\s*\d{1,3})?\s*[-–)]?$", re.IGNORECASE
)
# contact and date lines of a title block
CONTACT_RE = lazy_compile(
    r"@|https?://|www\.|\.(?:com|edu|org|net|io)\b|\b(?:19|20)\d{2}\s*$|^\+?\d[\d ()-]{6,}"
)
# a reference list's heading: the end of the statement's prose
REFERENCES_HEADING_RE = lazy_compile(
    r"^(?:\d+\.?\s+)?(?:references?|bibliography|works\s+cited|literature\s+cited|cited\s+works|"
    r"selected\s+references|citations|notes|research\s+(?:outcomes|outputs))\s*:?$",
    re.IGNORECASE,
)

# --- future directions ----------------------------------------------------------------------

# a heading that opens the plans: "Future Directions", "Research Agenda", "Next Steps", "Outlook"
FUTURE_SECTION_RE = lazy_compile(
    r"\bfuture\b|\bagenda\b|\bplans?\b|\bplanned\b|\bnext\s+steps\b|\boutlook\b|\bproposed\b|\bupcoming\b"
    r"|\bopen\s+(?:questions|problems)\b|\blooking\s+ahead\b",
    re.IGNORECASE,
)
# a sentence that states a plan, anywhere in a statement: "I plan to", "In future work", "In the next
# five years", "I am currently working on", "New work is in progress", "Another possible direction"
PLAN_SENTENCE_RE = lazy_compile(
    r"""\b(?:I|we)\s+(?:also\s+|further\s+|then\s+|next\s+)?(?:plan|intend|hope|aspire|expect)\s+(?:to\b|that\b)
    |\b(?:I|we)\s+(?:also\s+)?(?:will\s+(?:also\s+)?(?:be\s+\w+ing|continue)|would\s+(?:like|love|be\s+(?:thrilled|excited|eager|keen|happy)))\b
    |\b(?:I|we)\s+(?:also\s+)?(?:look|am\s+looking)\s+forward\b
    |\b(?:I|we)\s+(?:have|has)\s+(?:also\s+)?(?:begun|started)\b
    |\bI\s+have\s+a\s+plan\b
    |\b(?:I\s+am|we\s+are)\s+(?:also\s+)?(?:currently\s+|now\s+)?(?:beginning|exploring|conducting|working\s+on\s+(?:a|several|new))\b
    |\b(?:I\s+am|we\s+are)\s+(?:also\s+|especially\s+|particularly\s+)?(?:interested\s+in\s+(?:continuing|exploring|extending|pursuing)|committed\s+to)\b
    |\bin\s+(?:my\s+)?future\s+(?:work|research)\b|\bfuture\s+research\s+plan\b
    |\bin\s+the\s+(?:next|coming)\s+(?:few\s+|two\s+|three\s+|five\s+)?(?:years?|decade)\b|\bin\s+the\s+coming\s+years\b
    |\b(?:is|are)\s+(?:now\s+)?in\s+progress\b|\bin\s+progress\s+is\b|\ban\s+ongoing\s+(?:set|project)\b
    |\bnew\s+(?:work|direction|project)\b
    |\b(?:another|a\s+(?:key|further))\s+(?:possible\s+|promising\s+|important\s+)?(?:direction|topic|priority|avenue)\b
    |\b(?:in|over)\s+the\s+(?:near|long|longer)\s+term\b
    |\bopen\s+directions?\b|\bmoving\s+forward\b|\blooking\s+ahead\b|\bpotential\s+extensions?\b
    |\bresearch\s+agenda\s+(?:also\s+)?includes?\b|\bis\s+worth\s+(?:investigating|exploring|pursuing)\b
    |\b(?:is|are)\s+(?:a|another)\s+(?:topic|point)\s+of\s+interest\b""",
    re.IGNORECASE | re.VERBOSE,
)
# a sentence that announces directions rather than naming one: "I plan to extend this in several ways."
ANNOUNCEMENT_RE = lazy_compile(
    r"\bin\s+(?:several|a\s+few|two|three|four|many|various)\s+(?:ways|areas|directions)\b"
    r"|\bas\s+(?:detailed|described|outlined)\s+below\b",
    re.IGNORECASE,
)
# inside a future section, a sentence that names a direction: a question, "might", "could", "extend"
FUTURE_SECTION_SENTENCE_RE = lazy_compile(
    r"\?\s*$|\b(?:might|could|would|whether|extend|extension|explore|investigate|direction|interest|"
    r"question|problem|propose|develop)\b",
    re.IGNORECASE,
)

# --- funding ------------------------------------------------------------------------------

# a sentence about funding: "funded by", "with support from", "a grant from", "fellowship", "award"
FUNDING_SENTENCE_RE = lazy_compile(
    r"\bfund(?:ing|ed|s|er|ers)?\b|\bgrants?\b|\bsponsor(?:ed\s+by|ship)\b|\bsupport(?:s|ed|ing)?\s+(?:from|by)\b"
    r"|\bsupported\b|\bfellowships?\b|\bawards?\b|\bregrant",
    re.IGNORECASE,
)
# a funder's programme written after it: "NSF CAREER", "NSF Graduate Research Fellowship",
# "NIH R01", "ERC Starting Grant", "NSF EarthCube program"
FUNDER_PROGRAMME_RE = lazy_compile(
    r"\s*(?:CAREER|R0\d|R21|R03|K99|F3\d|(?:[A-Z][a-z]+\s+){0,4}(?:Fellowship|Grant|Award|[Pp]rogram(?:me)?))\b"
)
# a funder named by its kind of body: "the Inter-American Development Bank", "the Example Foundation",
# "National Science Centre in Poland", "Innovations for Poverty Action"
FUNDER_NAME_RE = lazy_compile(
    r"\b(?:the\s+)?(?P<name>(?:[A-Z][\w.'’-]*\s+|(?:of|for|and|in|on)\s+){0,6}"
    r"(?:Foundation|Fund|Trust|Council|Agency|Bank|Institutes?|Centre|Center|Administration|Endowment|Action|"
    r"Office|Society|Association|Academy|Ministry)(?:\s+(?:of|for|in)\s+(?:the\s+)?(?:[A-Z][\w.'’-]*\s?){1,4})?)"
)
# a heading that ends a future section: "Conclusion", "Concluding Remarks", "Teaching", "Broader Impact"
CLOSING_HEADING_RE = lazy_compile(
    r"\bconclu|\bclosing\b|\bsummary\b|\bteaching\b|\bmentoring\b|\bbroader\s+impact|\bremarks\b|\bgallery\b",
    re.IGNORECASE,
)
# a numbered run-in lead closed by a colon: "iii. Competition in new markets: I apply ..."
NUMBERED_COLON_LEAD_RE = lazy_compile(
    r"^(?P<lead>(?:\(?[ivx]{1,5}[.)]|\(?\d{1,2}[.)])\s+[A-Z][^.!?:]{3,100}?):\s+(?=[A-Z])"
)
# a top-level number opening a heading: "3. Random matrices", "6 Conclusion" (not "5.1 ...")
TOP_LEVEL_NUMBER_RE = lazy_compile(r"^\(?\d{1,2}\.?\)?\s+[A-Z]")
# a citation inside a line makes it prose, not a heading: "In new work, [3] ..."
CITATION_IN_HEADING_RE = lazy_compile(r"\[\d{1,3}(?:[,–-]\s*\d{1,3})*\]|^\([a-z]")
# the usual parts of a statement, which may open it before any prose: "Background", "Overview"
STATEMENT_HEADING_WORD_RE = lazy_compile(
    r"^(?:\d+\.?\s+)?(?:background|overview|introduction|motivation|summary|research\s+(?:vision|overview|"
    r"summary|interests?|contributions?)|teaching\s+(?:philos\w*|experience|interests?)|mentoring)\b",
    re.IGNORECASE,
)
# a sentence boundary that is not an initial ("Alfred P. Sloan") or "et al."
STATEMENT_SENTENCE_SPLIT_RE = lazy_compile(
    r"(?<=[.!?])(?<!\b[A-Z]\.)(?<!\bal\.)(?<!\be\.g\.)(?<!\bi\.e\.)\s+(?=[A-Z“\"(\[])"
)
# a labelled list of funders: "Funding: [Public: NSF, NIH R01] [Industry: Example Corp]"
FUNDING_LABEL_RE = lazy_compile(
    r"\b(?:funding|funded\s+by|sponsors?|support)\s*:\s*(?P<items>[^.]*)", re.IGNORECASE
)
# where a labelled list ends: the next "Label:" ("Collaborators:") after its items
NEXT_LABEL_RE = lazy_compile(r"\s(?:[A-Z][a-z]+\s?){1,2}:")
# an enumeration of funders after a cue: "agencies including the NIH, CPRIT and NSF",
# "programs such as Discovery and Alliance"
FUNDER_LIST_RE = lazy_compile(
    r"(?P<kind>\b(?:programs?|programmes?|grants?|agencies|funders|sponsors)\s+)?"
    r"\b(?:including|such\s+as|from|by|with)\s+(?P<items>(?:the\s+)?[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*)*"
    r"(?:\s*,\s*(?:and\s+)?(?:the\s+)?[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*)*|\s+and\s+(?:the\s+)?[A-Z][\w.&'’-]*"
    r"(?:\s+[A-Z][\w.&'’-]*)*)+)"
)
# a named programme before its kind: "the Preludium grant", "the Example-Training Fellowship" (not
# "the Best Paper award": an award is a prize)
NAMED_PROGRAMME_RE = lazy_compile(
    r"\bthe\s+(?P<name>(?:[A-Z][\w'’-]+\s+){0,4}(?:[A-Z][\w'’-]+(?=\s+grant\b)|"
    r"[A-Z][\w'’-]+\s+Fellowship))"
)
# a numbered problem or question of a future part, with its first sentence: "Problem 3. Is X finite?"
NUMBERED_PROBLEM_RE = lazy_compile(
    r"\b(?:Problem|Question|Direction|Goal|Project|Conjecture)\s+\d{1,2}[.:]\s+[^.?!]*[.?!](?:\s+[A-Z][^.?!]*\?)*"
)
# the marks of an enumeration inside a sentence: "(i)", "(ii)", "(a)", "(1)"
ENUMERATION_RE = lazy_compile(r"\s*(\((?:[ivx]{1,4}|[a-h]|\d)\))\s+")
# what ends an enumerated item: ", and", ";", a final full stop
ENUMERATION_TAIL_RE = lazy_compile(r"(?:,?\s+and|,|;|\.)\s*$")

# --- teaching -------------------------------------------------------------------------------

_TEACHING_ROLE = (
    r"(?:head\s+|lead\s+|graduate\s+|undergrad(?:uate)?\s+)?teaching\s+(?:assistant|fellow)|TA|"
    r"associate\s+instructor|instructor\s+of\s+record|(?:co-?)?instructor|(?:guest\s+)?lecturer|grader|tutor"
)
# a sentence about courses taught: "I have taught A (EESC 4295) and B", "I served as Associate
# Instructor for A", "As a TA, I led sections of A", "I assisted with graduate A, B and C",
# "Another course I teach is A"
TAUGHT_RE = lazy_compile(
    rf"(?:\bI\s+(?:have\s+|had\s+)?(?:also\s+)?(?:recently\s+)?(?:begun\s+to\s+)?"
    rf"(?:taught|co-taught|teach|TA'?d|assisted\s+(?:with|in)|supported|led\s+(?:discussion\s+)?sections\s+of|"
    rf"(?:was|served\s+as|worked\s+as|have\s+been)\s+(?:a\s+|an\s+|the\s+)?(?P<role>{_TEACHING_ROLE})\s+(?:for|of|in|on))"
    rf"|\b(?:serving|working)?\s*as\s+(?:a\s+|an\s+|the\s+)?(?P<as_role>{_TEACHING_ROLE})\s+(?:for|of|in|on)"
    rf"|\bcourses?\s+I\s+(?:teach|taught)\s+(?:is|are|was|were))\s+(?P<rest>[^.;:]+)",
    re.IGNORECASE,
)
# a teaching role named anywhere in the sentence: "As a TA, I ..."
TEACHING_ROLE_RE = lazy_compile(rf"\b(?:{_TEACHING_ROLE})\b", re.IGNORECASE)
# words after a course name that are not part of it: "Statistics courses", "a math class"
COURSE_TAIL_RE = lazy_compile(r"\s+(?:courses?|classes|class|sections?|labs?)$", re.IGNORECASE)
# a bracket that holds a date, not a course code: "(Spring 2023)", "(2019–2022, 2025)"
DATED_BRACKET_RE = lazy_compile(r"\s*\([^()]*\b(?:19|20)\d{2}\b[^()]*\)")
# where a list of courses ends: " at X", " in Fall 2020", " where", " under", " during", " which"
COURSE_LIST_END_RE = lazy_compile(
    r"\s+(?:at|where|which|under|during|since|while|with\s+(?:Prof|Dr)|for\s+which|in\s+(?:the\s+)?"
    r"(?:Fall|Spring|Summer|Winter|Autumn|\d{4}|my|our|both|each)|(?:jointly|twice|several|three|two)\b)",
    re.IGNORECASE,
)
# words before a course name that are not part of it: "the", "courses such as", "graduate-level"
COURSE_LEAD_RE = lazy_compile(
    r"^(?:(?:an?|the|both|courses?|classes|such\s+as|like|including|in|on|sections?\s+of|"
    r"(?:under)?graduate(?:-level)?|undergrad|introductory|intermediate-level|online)\s+)+",
    re.IGNORECASE,
)
# the institution of a teaching sentence: "at the University of X", "At Example University,"
TEACHING_PLACE_RE = lazy_compile(
    r"\b[Aa]t\s+(?:the\s+)?(?P<org>(?:[A-Z][\w&'’.-]*|of|at)(?:\s+(?:[A-Z][\w&'’.-]*|of|at)){0,6})"
)

# --- cited works ----------------------------------------------------------------------------

# a bracket of author-year citations: "(Doe et al., 2019; Roe 2020a)", "[e.g., Doe and Roe, 2018]"
CITATION_GROUP_RE = lazy_compile(r"[\[(](?P<body>[^\[\]()]{0,300}?\b(?:19|20)\d{2}[a-z]?)[\])]")
# one author-year citation: "Doe et al., 2019", "Doe and Roe 2020a", "Doe & Roe, 2018"
# the authors of a citation: "Doe", "Doe et al.", "Doe and Roe", "Doe & Roe", "Doe, Roe, and Poe"
_FAMILY = r"[A-Z][\w'’-]+"
_WHO = rf"{_FAMILY}(?:\s+et\s+al\.?|(?:,\s+{_FAMILY}){{0,3}},?\s+(?:and|&)\s+{_FAMILY})?"
AUTHOR_YEAR_RE = lazy_compile(
    rf"^(?:(?:e\.g\.|i\.e\.|see|cf\.|also)[,\s]+)*(?P<who>{_WHO}),?\s+(?P<year>(?:19|20)\d{{2}}[a-z]?)$"
)
# a narrative citation: "Doe and Roe (2019)", "Doe et al. (2020a)", "Doe (2016)", "Doe, Roe, and Poe (2018)"
# (a lone capitalized word before a year is a citation only when it is no function word: "In (2019)")
NARRATIVE_CITATION_RE = lazy_compile(rf"\b(?P<who>{_WHO})\s+\((?P<year>(?:19|20)\d{{2}}[a-z]?)\)")
# a textbook cited by its author and title: "Doe, Introduction to Tides (2009)", "Doe & Roe, Waves (2012)"
TEXTBOOK_CITATION_RE = lazy_compile(
    rf"(?:^|[:;]\s*)(?P<who>{_FAMILY}(?:\s+(?:and|&)\s+{_FAMILY})?),\s+[A-Z][^;:()\n]{{3,100}}?"
    rf"\s+\((?P<year>(?:19|20)\d{{2}}[a-z]?)\)",
    re.MULTILINE,
)
# an entry of a reference list that opens with its title in quotes: "“Tidal Gauges at Scale,” with J. Doe,
# Journal of Rivers, 2019." (the title may wrap onto the next line)
QUOTED_TITLE_ENTRY_RE = lazy_compile(r"(?:^|\n)\s*[“\"](?P<title>[^“”\"]{8,300}?)[,.]?[”\"]")
# the words joining the authors of a citation: "Doe and Roe", "Doe & Roe", "Doe et al."
CITATION_CONNECTIVE_RE = lazy_compile(r"\b(?:and|et\s+al)\b\.?|&", re.IGNORECASE)
# the label a reference-list entry prints before itself: "[Doe2020a]", "[AB17]", "[C3]"
PRINTED_LABEL_RE = lazy_compile(r"^\s*\[(?P<label>[A-Za-z][\w+.-]{0,20})\]")
# a bracket of label citations: "[3]", "[3–5, 8]", "[C2, J1]", "[Doe20a; AB17]"
LABEL_GROUP_RE = lazy_compile(
    r"\[(?P<body>[A-Za-z]{0,8}\d{1,3}[a-z]?(?:\s*[,;–-]\s*[A-Za-z]{0,8}\d{1,3}[a-z]?)*)\]"
)
# a range of numbered citations: "3–5"
LABEL_RANGE_RE = lazy_compile(r"^(?P<first>\d{1,3})\s*[–-]\s*(?P<last>\d{1,3})$")
# the term of a course-table row: "2025–26 S2", "2019-2020", "Fall 2021", "Spring 2020"
COURSE_ROW_TERM_RE = lazy_compile(
    r"\b(?:19|20)\d{2}\s*[–-]\s*(?:\d{2}|(?:19|20)\d{2})(?:\s+(?:S|Sem|T|Q)\d)?\b"
    r"|\b(?:Fall|Spring|Summer|Winter|Autumn)\s+(?:19|20)\d{2}\b"
)
# a course's level written before the term in a table row: "UG", "Grad", "Undergraduate"
COURSE_LEVEL_TAIL_RE = lazy_compile(
    r"\s+(?:UG|PG|Grad|Undergrad(?:uate)?|Graduate|Masters?|MSc|BSc|PhD|Doctoral)\s*$", re.IGNORECASE
)
# a sentence that opens another direction in the same paragraph: "Another topic ...", "More broadly, ..."
NEXT_DIRECTION_RE = lazy_compile(
    r"^(?:Another|Other|More\s+(?:broadly|generally)|Second(?:ly)?|Third(?:ly)?|Finally|In\s+addition|Beyond\s+(?:this|that))\b"
)
