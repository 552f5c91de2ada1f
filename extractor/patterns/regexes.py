"""Regexes for reading, repair, segmentation and field parsing, compiled once and named *_RE.

Topic modules beside this one hold the regexes of one field parser each (``date_regexes``,
``contact_regexes``, ``author_regexes``), so that every regex in the project lives under
``extractor/patterns/``. Each pattern shows an example per branch.
"""

from __future__ import annotations

import re

from extractor.patterns.lazy import lazy_compile


def _data_rows(name: str) -> list[list[str]]:
    """The rows of a data file of this package (tab-separated cells), comments and blanks skipped."""
    from importlib import resources

    text = resources.files("extractor.patterns").joinpath(name).read_text("utf-8")
    return [ln.split("\t") for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]


# between the words of a status phrase: any whitespace or a hyphen ("Under-Review")
STATUS_WORD_GAP = r"[\s-]+"


def _phrase(text: str, gap: str = r"\s+") -> str:
    """A written phrase as a regex: ``gap`` (any whitespace) between words, "&" with or without
    spaces."""
    return re.escape(text.strip()).replace(r"\ ", gap).replace(r"\&", r"\s?&\s?")


def _phrases(entries: list[str], gap: str = r"\s+") -> str:
    """An alternation of phrases, longest first (so "submitted to" wins over "submitted")."""
    return "|".join(_phrase(e, gap) for e in sorted(entries, key=len, reverse=True))


def _statuses(place: str, status: str | None = None, gap: str = STATUS_WORD_GAP) -> str:
    """The statuses.tsv phrases read at ``place`` (of ``status`` when given), as an alternation."""
    rows = _data_rows("statuses.tsv")
    phrases = [row[0] for row in rows if place in row[2].split(",") and status in (None, row[1])]
    return _phrases(phrases, gap)


PREPRINT_SERVERS = _phrases([row[0] for row in _data_rows("preprint_servers.txt")])

# --- reading -------------------------------------------------------------------------------

# Half of a UTF-16 surrogate pair (pdfium counts characters beyond the BMP as two).
SURROGATE_RE = lazy_compile("[\ud800-\udfff]")

# PDF font names that mean bold: "Helvetica-Bold", "ABCDEF+LMRoman10-Bold", "CMBX10", "Arial,Black"
BOLD_FONT_RE = lazy_compile(r"bold|black|heavy|semibold|demi|[-,+]bd\b|cmbx|cmb\d|\bbx\d", re.IGNORECASE)
# ... italic: "Times-Italic", "LMRoman10-Italic", "CMTI10", "Helvetica-Oblique", "CMSL10"
ITALIC_FONT_RE = lazy_compile(r"italic|oblique|cmti|cmsl|-it\b|\bit\d", re.IGNORECASE)
# pdfminer debris for glyphs without a Unicode mapping: "(cid:131)"
CID_RE = lazy_compile(r"\(cid:\d+\)")
# glyphs without Unicode (as the PDF readers mark them in a word, "\x00") between two letters: a lost
# ligature, "E\x00ect" ("Effect" with an unmapped "ff"), which becomes U+FFFD for repair to restore
INNER_LOST_GLYPH_RE = lazy_compile(r"(?<=[^\W\d_])\x00+(?=[^\W\d_])")
# an icon's TeX macro that a PDF's /ActualText puts before the text it decorates (LaTeX's
# fontawesome5): "\faPhone : +1 555", "\faFile *[regular]: Publications"
TEX_ICON_MACRO_RE = lazy_compile(r"^\\[A-Za-z]+\s*\*?(?:\[[^\]]*\])?\s*:?\s*")
# a line that is only a page number: "2", "- 2 -", "Page 2", "Page 2 of 5", "2/5", "2 of 5"
PAGE_NUMBER_RE = lazy_compile(
    r"""[-–—\s]*(?:page\s*)?\d{1,4}(?:\s*(?:/|of)\s*\d{1,4})?[-–—\s]*""",
    re.IGNORECASE | re.VERBOSE,
)
# something that looks like a year or a date span, to tell a date margin from a text column
YEARISH_RE = lazy_compile(r"\b(?:19|20)\d{2}\b|\b(?:present|now|current)\b", re.IGNORECASE)

# HTML: a file that starts like HTML once whitespace, BOM and comments are skipped
HTML_START_RE = lazy_compile(
    r"""
    \s*(?:---[^\S\n]*\r?\n.{0,2000}?\r?\n---[^\S\n]*\r?\n\s*)?    # Jekyll front matter: ---\nlayout: x\n---
    (?:<\?xml[^>]*\?>\s*)?                                  # an XHTML page's <?xml version="1.0"?>
    (?:<!--.*?-->\s*)*                                      # leading comments
    <(?:!doctype\s+html|html|head|body|meta|title)\b        # <!DOCTYPE html> | <html lang="en">
    """,
    re.IGNORECASE | re.DOTALL | re.VERBOSE,
)
# Markdown heading: "## Education" -> level 2, text "Education"
MD_HEADING_RE = lazy_compile(r"^(?P<hashes>#{1,6})\s+(?P<text>.+?)\s*#*\s*$")
# Markdown / text list item: "- item", "* item", "+ item", "• item", "▪ item", "– item", "1. item"
LIST_MARKER_RE = lazy_compile(r"^\s*(?P<marker>[-*+•▪◦●○■□►▶➢✓–—·]|\d{1,3}[.)])\s+")
# a drawn bullet at the start of a PDF line: "• ", "– ", "▪ ", "- ", "◦ " (not "-1.5" or "--"), or Word's
# letter bullet, a lone "o" before a capital or a digit ("o 2019: Lecturer"; a line never starts so)
BULLET_RE = lazy_compile(r"^\s*(?:[•▪◦●○■□►▶➢✓–—·∙\-*](?:\s+|$)|o\s+(?=[A-Z0-9]))")
# Markdown emphasis around a whole run: "**Kestrel University**", "__x__", "*x*", "_x_"
MD_BOLD_RE = lazy_compile(r"\*\*(?P<a>.+?)\*\*|__(?P<b>.+?)__")
MD_ITALIC_RE = lazy_compile(
    r"(?<![*\w])\*(?P<a>[^*\s][^*]*?)\*(?![*\w])|(?<![_\w])_(?P<b>[^_\s][^_]*?)_(?![_\w])"
)
# Markdown link "[text](url)" and image "![alt](src)"
# (the text may hold one level of brackets: "[[pdf]](url)" shows "[pdf]")
MD_LINK_RE = lazy_compile(
    r"(?<!!)\[(?P<text>(?:[^\[\]]|\[[^\]]*\])*)\]\((?P<url>[^)\s]+)(?:\s+\"[^\"]*\")?\)"
)
MD_IMAGE_RE = lazy_compile(r"!\[[^\]]*\]\([^)]*\)")
# Markdown escapes: "\*" -> "*"
MD_ESCAPE_RE = lazy_compile(r"\\([\\`*_{}\[\]()#+\-.!|])")
# the placeholder text.py puts where an escaped character stood: "\x000\x00"
ESCAPE_PLACEHOLDER_RE = lazy_compile(r"\x00(\d+)\x00")

# --- repair --------------------------------------------------------------------------------

# a word with a lost-ligature mark: "e\ufffdciently", "\ufffde", "Microso\ufffd", "trade-o\ufffd"
LOST_LIGATURE_WORD_RE = lazy_compile(r"[A-Za-z]*\ufffd[A-Za-z\ufffd]*")
# a line ending in a hyphenated word fragment: "manag-" (not "--", not "trade-" after a space)
LINE_END_HYPHEN_RE = lazy_compile(r"(?P<head>[A-Za-z]{2,})-$")
# the fragment that continues it at the start of the next line: "ing resources"
LINE_START_WORD_RE = lazy_compile(r"^(?P<tail>[a-z]+)")
# a lowercase-led token made only of letters, candidate for splitting glued words: "Myprimary"
GLUED_WORD_RE = lazy_compile(r"(?<![\w@./:#-])(?P<word>[A-Za-z][a-z]{4,})(?![\w@/:#-]|\.[a-z])")
# two sentences glued at a period by a lost space: "traffic.These frameworks"
GLUED_SENTENCE_RE = lazy_compile(r"(?<![\w@./:])(?P<left>[a-z]{3,})\.(?P<right>[A-Z][a-z]{2,})\b(?![.@/:])")
# capitalized words glued together: "HowDoesCorporateCultureCreateValue"
CAMEL_GLUE_RE = lazy_compile(r"\b(?:[A-Z][a-z]+){3,}\b")
# one capitalized word inside such a run
CAMEL_CHUNK_RE = lazy_compile(r"[A-Z][a-z]+")
# a word in capitals but for its "i" (a small-caps font without a capital I glyph): "SCiENTiST", "BiOLOGY"
SMALL_CAPS_I_RE = lazy_compile(r"\b(?=[A-Zi]*i)(?=(?:[A-Zi]*[A-Z]){3})[A-Zi]{4,}\b")
# a spacing accent between letters, from a LaTeX PDF: "Gr¨unb¨ohler", "E´lodie"
SPACING_ACCENT_RE = lazy_compile(r"(?P<before>[A-Za-z]?)(?P<accent>[´¨ˆ˜¸ˇ˘˚])(?P<after>[A-Za-z])")
# zero-width characters and soft hyphens, removed outright
ZERO_WIDTH_RE = lazy_compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
# private-use glyphs left by icon fonts (FontAwesome, academicons)
PRIVATE_USE_RE = lazy_compile("[\ue000-\uf8ff\U000f0000-\U000ffffd]")
# control characters other than tab and newline
CONTROL_RE = lazy_compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
# runs of horizontal whitespace, including no-break and thin spaces
SPACE_RUN_RE = lazy_compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")

# --- segmentation --------------------------------------------------------------------------

# a rule drawn with characters after a heading: "EDUCATION________", "Awards ------", or dot leaders
# as in a table of contents: "Invited Talks. . . . . ."
HEADING_RULE_TAIL_RE = lazy_compile(r"(?:\s*[_=─━—–\-.·]{3,}|(?:\s*[.·]){3,})\s*$")
# one stray glyph before a heading, left by an icon font: "A Recent Publications", "/ Awards"
STRAY_GLYPH_LEAD_RE = lazy_compile(r"^(?:[A-Za-z]|[^\w\s]{1,2})\s+(?=[A-Z])")
# an entry's own label at the start of a line: "[1] ", "[C6] ", "C6. ", "J2: ", "1. ", "12) "
ENTRY_LABEL_RE = lazy_compile(
    r"""^\s*(?:
        \[(?P<bracketed>[A-Za-z]{0,3}\d{1,4})\]      # [1]  [C6]  [J12]
      | (?P<lettered>[A-Z]{1,2}\d{1,3})[.:)]          # C6.  J2:  WS1)
      | (?P<numbered>\d{1,3})[.)](?!\d)               # 1.   12)
    )\s+""",
    re.VERBOSE,
)
# a line that is only an equal-contribution legend: "(* Equal contribution)", "* = Equal Contribution"
EQUAL_LEGEND_LINE_RE = lazy_compile(
    r"""\(?\s*[*∗†‡#§]\s*(?:=|:|-|denotes|indicates)?\s*
        (?:equal(?:ly)?\s+contribut\w*|co-?first\s+authors?|joint\s+first\s+authors?)\s*\)?\.?""",
    re.IGNORECASE | re.VERBOSE,
)
# a line that continues a citation although the previous line ended a sentence:
# "With A and B.", "In Proceedings of ...", "and C. D.", "pp. 1-9". Its statuses take whitespace
# between their words only: the line structure model's feature, which a hyphen would move
_CONTINUING_STATUSES = _statuses("continues", gap=r"\s+")
CONTINUATION_START_RE = lazy_compile(
    rf"(?:with|joint\s+with|in|and|&|pp?\.|vol\.|proceedings|{_CONTINUING_STATUSES}|doi|https?:)\b",
    re.IGNORECASE,
)
# a heading made of words only: letters, spaces, "&", commas, hyphens, slashes, a final colon
# ("Honors, Grants & Awards:"); not "Diversity Award]" or "Grant 2021-22"
HEADING_WORDS_RE = lazy_compile(r"[^\W\d_][^\W\d_\s&,/’'-]*(?:[\s&,/-]+[^\W\d_][^\W\d_’'-]*)*\s*:?")
# text ending like a sentence: "... in machine learning."
SENTENCE_END_RE = lazy_compile(r"[.!?]\s*$")
# a line opening with an author's name, as citations do: "Doe, J. A.", "Doe J,", "J. Doe", "J.-P. Doe"
AUTHOR_START_RE = lazy_compile(
    r"""^(?:
        [A-Z][\w'’-]+,?\s+(?:[A-Z]\.?\s?-?){1,3}[,.;\s]   # "Doe, J. A.,"  "Doe JA,"
      | (?:[A-Z]\.\s?-?){1,3}\s*[A-Z][\w'’-]+[,\s]      # "J. Doe,"  "J.-P. Doe and"
    )""",
    re.VERBOSE,
)

# --- classification ------------------------------------------------------------------------

# first-person words: "I", "my", "me", "I'm", "I've"
FIRST_PERSON_RE = lazy_compile(r"\b(?:I|I'm|I’m|I've|I’ve|my|My|me)\b")
# a homepage bio: "I'm a 2nd-year Ph.D. student", "I am an assistant professor", "Jane is a ..."
HOMEPAGE_BIO_RE = lazy_compile(
    r"\b(?:I\s*(?:'|’)?\s*m|I\s+am|is)\s+(?:a|an|currently\s+a|currently\s+an)\s+[^\n]{0,60}?"
    r"\b(?:student|candidate|professor|researcher|scientist|postdoc|fellow|lecturer|engineer)\b",
    re.IGNORECASE,
)
# statement titles: "Research Statement", "Statement of Research", "Teaching Philosophy"
RESEARCH_STATEMENT_TITLE_RE = lazy_compile(
    r"\bresearch\s+statement\b|\bstatement\s+of\s+research\b|\bresearch\s+(?:plan|agenda|proposal)\b",
    re.IGNORECASE,
)
TEACHING_STATEMENT_TITLE_RE = lazy_compile(
    r"\bteaching\s+(?:statement|philosophy)\b|\bstatement\s+of\s+teaching\b|\bdiversity\s+statement\b",
    re.IGNORECASE,
)
# words of teaching prose: "students", "course", "classroom", "lecture"
TEACHING_WORD_RE = lazy_compile(
    r"\b(?:students?|course|courses|classroom|lectures?|teaching|learners?|syllabus|mentor(?:ing)?)\b",
    re.IGNORECASE,
)

# --- entries -------------------------------------------------------------------------------

# an image's alt text kept by a text dump: "AWS logo", "Jane's (handsome) headshot", "profile photo"
ALT_TEXT_RE = lazy_compile(
    r"\b(?:logo|headshot|head\s+shot|photo|picture|avatar|portrait|profile\s+pic)\b", re.IGNORECASE
)
# GPA: "GPA: 3.87/4.00", "GPA 3.9 / 4.0", "Cumulative GPA: 3.8", "(GPA: 9.1/10)"
GPA_RE = lazy_compile(
    r"\(?\b(?:cumulative\s+|overall\s+|major\s+)?GPA\b\s*[:=]?\s*"
    r"(?P<gpa>\d{1,2}(?:\.\d{1,3})?(?:\s*/\s*\d{1,3}(?:\.\d{1,3})?)?)\)?",
    re.IGNORECASE,
)
# thesis line: "Thesis: Fast Things", "Dissertation: \"Slow Things\"", "Master's thesis: X"
THESIS_RE = lazy_compile(
    r"^(?:(?:ph\.?d\.?|doctoral|master'?s|bachelor'?s|senior|honou?rs?)\s+)?"
    r"(?:thesis|dissertation)(?:\s+title)?\s*[:–—-]\s*(?P<title>.+)$",
    re.IGNORECASE,
)
# a labelled line describing the entry above it: "Project 2: Ice cores", "Keywords: ice; snow",
# "Tasks: fieldwork", "Responsibilities: ..." (in the corpus such a line never opens an entry)
DESCRIPTION_LABEL_RE = lazy_compile(
    r"^(?:projects?|projet|projekt|proyecto|projeto|progetto|keywords|key\s+words|tasks|"
    r"responsibilities|duties|main\s+tasks|research\s+topic)(?:\s+\d+)?\s*[:：]\s*\S",
    re.IGNORECASE,
)
# a line naming people by role: "Advisor: Prof. X", "Advisors: A, B", "Manager: Dr. Z", "Host: X"
PEOPLE_LINE_RE = lazy_compile(
    r"""^(?P<role>(?:co-?)?advis(?:[oe]rs?|ed)|supervisors?|managers?|mentors?|hosts?|PIs?|
        (?:thesis\s+)?committee|research\s+advis[oe]rs?|faculty\s+advis[oe]rs?|betreuer(?:in)?|directeur)
        \s*[:：]\s*(?P<names>.+?)
        (?:\.\s+(?=[A-Z][\w ]*:)|\.?\s*$)     # "... Wehrmeister. Grade: magna cum laude" ends the names""",
    re.IGNORECASE | re.VERBOSE,
)
# people named inside a line: "Research Intern, mentored by Ana Lind and Bo Reyes",
# "supervised by Prof. X", "advised by Dr. Y", "with Prof. Z", "working with Prof. W"
INLINE_PEOPLE_RE = lazy_compile(
    r"""(?:,\s*|\s+|^)(?:(?:co-?)?advised|supervised|mentored|hosted|managed)\s+by\s+(?P<names>[^.;()]+)
      | (?:,\s*|\s+|^)(?:working\s+)?with\s+(?=Prof|Dr)(?P<names2>[^.;()]+)""",
    re.IGNORECASE | re.VERBOSE,
)
# people in brackets after a name: "Tarrow University (PI: Ana Lind)", "(Advisor: Dr. B. Reyes)"
BRACKETED_PEOPLE_RE = lazy_compile(
    r"\s*\((?:PI|P\.I\.|(?:co-?)?advis[oe]rs?|supervisors?|mentors?|hosts?)\s*:\s*(?P<names>[^()]+)\)",
    re.IGNORECASE,
)
# a bracketed aside naming a person and the person's role, after a project or a lab: "(Dr. A. Lind,
# PI)", "(Ms. Ana Lind, Director)", "(Prof. B. Reyes)": the role words in it are the person's
PERSON_ASIDE_RE = lazy_compile(
    r"\s*\((?:(?:Dr|Prof|Mr|Mrs|Ms|Mx)\.?\s+[^()]*"
    r"|[^()]*,\s*(?:PI|P\.I\.|Co-PI|[Dd]irector|[Ss]upervisor|[Aa]dvis[oe]r|[Mm]entor|[Hh]ost))\)"
)
# a word saying the role is the current one, before the title: "Current Principal Engineer"
CURRENT_LEAD_RE = lazy_compile(r"^(?:current(?:ly)?|present)\s*[:–—-]?\s+(?=[A-Z])", re.IGNORECASE)
# a location at the end of a line after a separator: "Kestrel University, Millbrook, OH"
LOCATION_TAIL_RE = lazy_compile(
    r"(?:,\s*|\s{2,}|\s+[|–—-]\s+|\t|(?<=[a-z]{3})\.\s+)(?P<loc>[A-Z][\w.'’ -]+(?:,\s*[A-Z][\w.'’ -]+){0,2})$"
)
# a sentence stop inside a part of a location: "Postdoc. Millbrook" is a title and a city, "St. Albans" a city
PLACE_PART_STOP_RE = lazy_compile(r"[a-z]{3}\.\s")
# a state or province by its code between a city and its country: "Campinas, SP, Brazil"
STATE_CODE_RE = lazy_compile(r"[A-Z]{2,3}")
# "Title @ Org", "Title at Org": the strong form, which always puts the title first
TITLE_AT_ORG_RE = lazy_compile(r"\s+@\s*|(?<=\w)@(?=[A-Z])|\s+at\s+(?=[A-Z])")  # not "jdoe@univ.edu"
# "Title @ Org", "Title at Org", "Title, Org", "Title - Org" (any dash, the non-breaking "‑" too),
# "Title | Org", and a sentence stop between the two: "Tarrow University. Lecturer in Botany" (not after
# an initial or a short abbreviation: "St. Andrews", "J. Doe")
TITLE_ORG_SEPARATOR_RE = lazy_compile(
    r"(?P<sep>\s+@\s+|\s+at\s+|,\s+|\s+[-‐‑‒–—|]\s+|@|(?<=[a-z)]{3})\.\s+(?=[A-Z]))"
)
# the last and the first word of a text, for joining wrapped lines: "...manag" | "ing ..."
WORD_TAIL_RE = lazy_compile(r"[A-Za-z]+$")
WORD_HEAD_RE = lazy_compile(r"^[a-z]+")
# a word (letters, with inner apostrophes or hyphens)
WORD_RE = lazy_compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
# a stay listed under education ("Visiting: Tarrow University (2026)", "Semester Exchange in Botany, Tarrow
# University", "Austauschsemester an der Tarrow University"): an item of its own, labelled as printed
# (corpus/README.md), never the institution line of the degree it is listed under
VISITING_RE = lazy_compile(
    r"^\s*(?:visiting|exchange|visit|erasmus|(?:semester|summer|term|study|research)\s+(?:exchange|abroad)"
    r"|austauschsemester|auslands(?:semester|studium|aufenthalt))\b",
    re.IGNORECASE,
)
# Where a stay's label ends ("Semester Exchange in Botany, Tarrow University", "Visiting: Tarrow
# University", "Austauschsemester an der Tarrow University"): what follows " in " or " - " is the
# field, what follows the other separators the host.
STAY_LABEL_END_RE = lazy_compile(r"\s+(?P<field>in|-|–)\s+|\s*(?::|,|•|\|)\s*|\s+(?:at|an\s+der|à|en)\s+")
# the second half of a combined degree right after the first: "MPhil/PhD", "MS/PhD", "BS-MS", "B.A. + M.A."
COMBINED_DEGREE_RE = lazy_compile(r"\s*[/+-]\s*(?P<second>[A-Z][A-Za-z.]{1,6})")
# what joins two degrees printed on one line: "B.A. in Botany, B.A. in Geology", "BS Botany; BS Geology",
# "B.S. AND M.S. IN BOTANY", "B.A. & M.A."
DEGREE_PAIR_SEPARATOR_RE = lazy_compile(r"\s*(?:[,;&]|\band\b)\s*", re.IGNORECASE)
# training listed under education that is not a degree: "Real Analysis Summer School", "Bootcamp",
# "Summer Institute in X"
SHORT_PROGRAM_RE = lazy_compile(
    r"\b(?:summer|winter|spring)\s+(?:school|institute)\b|\bworkshop\b|\bboot\s?camp\b|\bshort\s+course\b"
    r"|\b[ée]cole\s+d['’]\s?[ée]t[ée]\b|\bescuela\s+de\s+verano\b",  # "École d'été", "Escuela de Verano"
    re.IGNORECASE,
)
# "(Expected)", "expected", "exp." near a date
EXPECTED_RE = lazy_compile(r"\bexpected\b|\bexp\.\s*(?=\d|[A-Z])|\(anticipated\)", re.IGNORECASE)
# the words between a degree and its field: " in ", " of ", ": ", ", "
# (other languages: "Licenciatura en Matemáticas", "Diplom in Physik", "Laurea in Fisica", "Licence de X")
FIELD_LEAD_RE = lazy_compile(r"^\s*(?:,|:|–|—|-)?\s*(?:(?:in|of|en|em|de|di|in\s+der|im)\s+)?", re.IGNORECASE)
# the parts of what follows a degree: "Botany, Tarrow University", "BOTANY ‑ TARROW UNIVERSITY" (a
# spaced dash; "Aix-Marseille" keeps its hyphen)
DEGREE_TAIL_SEPARATOR_RE = lazy_compile(r",|\s[-‐‑‒–—]\s")
# where a degree's field ends and its minors begin: "Botany, Minor in Geology", "Botany; minors in X & Y"
FIELD_MINOR_RE = lazy_compile(r"\s*[,;]\s*(?:with\s+(?:a\s+)?)?minors?\b.*$", re.IGNORECASE)
# an entry head that ends as a sentence before its description: "Consultant, Law Firm. Analysis of X"
# (initials inside the head are not its end: "Research Assistance for Kay M. Orly. Responsible for ...")
HEAD_SENTENCE_RE = lazy_compile(
    r"^(?P<head>[A-Z](?:[^.]|(?<=\b[A-Z])\.){3,80}?[a-z)])\.\s+(?=[A-Z])(?=(?:\S+\s+){2})"
)
# where an organization's name begins inside a line: "Researcher Department of X", "Fellow University of Y"
ORG_START_RE = lazy_compile(
    r"\b(?:Department|Dept\.|School|Faculty|Institute|Center|Centre|University|College|Laboratory|Division)\b"
)
# a full stop left alone at a piece's end once its date was cut out: "Lecturer, 2019." -> "Lecturer,  ."
DANGLING_STOP_RE = lazy_compile(r"[\s,;|–—-]+\.\s*$")
# a lone lowercase letter closing a piece: an icon font's glyph ("Tarrow University z")
STRAY_LETTER_END_RE = lazy_compile(r"\s+[a-z]$")
# symbols and flags before an entry's text: "🇩🇪Research Intern", "▸ Engineer", "– Analyst"
LEADING_SYMBOLS_RE = lazy_compile(r"^[^\w(\"“'‘]+")

# --- publications --------------------------------------------------------------------------

# a legend or mark explanation mentions equal contribution: "(*Equal contributions)"
EQUAL_WORD_RE = lazy_compile(r"equal(?:ly)?\s+contribut|co-?first\s+author|joint\s+first", re.IGNORECASE)
# one link label: "[code]", "[slides]", "(pdf)", "[PDF]"
LINK_LABEL_RE = lazy_compile(
    r"[\[(]\s*(pdf|code|slides?|video|talk|poster|paper|arxiv|website|project(?:\s+page)?|bib(?:tex)?|"
    r"doi|html|demo|data(?:set)?|blog|github|artifact|preprint|abstract|link|supplement(?:ary)?)\s*[\])]",
    re.IGNORECASE,
)
# a line that is only link labels: "[code] [slides]", "(pdf)"
# (written so that no two repetitions can share the same spaces: no catastrophic backtracking)
LINK_ROW_RE = lazy_compile(rf"\s*(?:{LINK_LABEL_RE.pattern}(?:\s*[|,·])?\s*)+", re.IGNORECASE)
# link labels at the end of an entry or title: "... Efficiency (pdf)", "... 2023. [pdf] [code]"
TRAILING_LINK_LABEL_RE = lazy_compile(rf"(?:\s*{LINK_LABEL_RE.pattern}(?:\s*[|,·])?)+\s*$", re.IGNORECASE)
# an IEEE-style quoted title: 'J. Doe, "Fast Things," in Proc. X' (straight or curly quotes)
# or in single curly quotes, whose closing mark is not an apostrophe: "‘Earth’s climate’."
# A double-quoted title may quote something itself ('“Health, or “Just Understood”: X.”'): its
# closing mark is the first one followed by the venue (a capital) or the end.
QUOTED_TITLE_RE = lazy_compile(
    r"[\"“](?P<title>.{8,}?)[,.]?[\"”](?=[.,]?\s+(?:[A-Z0-9(\[“\"]|[a-z]+[A-Z]|in\s)|[.,]?\s*$)"
    r"|‘(?P<single>[^‘]{8,}?)[,.]?’(?![A-Za-z])"
)
# a line that is only a quoted title: "“Do Invented Markets Clear Faster at Night?”"
QUOTED_LINE_RE = lazy_compile(r"^\s*[\"“][^\"“”]{8,}[\"”]\s*[.,]?\s*$")
# a mark before a citation flagging a supervised student's paper: "(*) Morris, M. J., ...", "(†) ..."
LEADING_MARK_RE = lazy_compile(r"^\s*\((?:[*∗†‡#§]|\d)\)\s*")
# APA / Nature author prefix of inverted names with initials, with an optional "(2021)." year:
# "Doe, J., Li, A. B., & Chen, B. (2021). ", "Doe, J., Li, A. & Chen, B. "
INVERTED_AUTHORS_PREFIX_RE = lazy_compile(
    rf"""^(?P<authors>
        (?:[\w'’-]+(?:\s[\w'’-]+){{0,2}},\s(?:[A-Z]\.\s?-?){{1,3}}    # Doe, J.  |  Alves Costa Neto, R.
           (?:\s?[*∗†‡#]+\.?)?                                       # Doe, J. *.  (a contribution mark)
           (?:,\s|\s)(?:(?:\.\s?){{3}}\s*|…\s*)?(?:&\s|and\s)?)+  # separators, "...", '&' before the last
        (?:et\s+al\.\s*)?)
      (?:\((?P<year>(?:19|20)\d{{2}}|(?i:{_statuses("apa_year")})|n\.\s?d\.)[a-z]?\)[.,]?\s*)?
      # (2021).  (in press).  (In preparation).
    """,
    re.VERBOSE,
)
# a year in a date margin before a citation, with an impact-factor note: "2019 Title", "2017 (2.6) Title",
# "2019 (IF: 2.14) Title", "2025 [28] Doe JQ, ..."
MARGIN_YEAR_RE = lazy_compile(
    r"^(?P<year>(?:19|20)\d{2})\s+(?:\((?:IF:?\s*)?\d+(?:\.\d+)?\)\s+)?(?=[A-Z\"“]|\[[A-Z]{0,3}\d{1,4}\]\s)"
)
# an impact-factor note from a date margin, inside a wrapped citation: "social (2.3) network study"
IMPACT_NOTE_RE = lazy_compile(r"\s\((?:IF:?\s*)?\d{1,2}\.\d{1,2}\)(?=\s)")
# an impact-factor note from the margin at the start of a wrapped line: "(2.6) and Child Health"
MARGIN_NOTE_START_RE = lazy_compile(r"^\((?:IF:?\s*)?\d{1,2}\.\d{1,2}\)\s+")
# co-authors of an owner who is not printed: ". With A, B, and C." or " (with A and B)"
# or ", joint with A. B and C. D, preprint" / ", avec A.B. Doe." (ending at a lowercase note)
# or after a quoted title: "“Title,” with A and B. Journal" / "“Title”, with A, Journal, 2020"
WITH_COAUTHORS_RE = lazy_compile(
    r"(?:\.\s+|\s*\(\s*)(?:with|joint\s+with|authored\s+with|w/)\s+(?P<authors>[A-Z][^()]*?)"
    r"(?:\)|(?<![\s.][A-Z])(?<!&)\.(?=\s+[A-Z]|\s*$)|$)"  # not the period of an initial ("K.") or of "&."
    r"|(?:,\s+(?:joint(?:ly)?\s+with|in\s+collaboration\s+with|avec)|(?<=[”\"’'])\s*,?\s*with)"
    r"\s+(?P<listed>(?-i:[A-Z])[^()]*?)"
    # ends at a sentence's period or at a lowercase note (not at ", and")
    r"(?:(?<![\s.][A-Z])(?<!&)\.(?=\s+[A-Z]|\s*$)|,(?=\s+(?-i:[a-z]))(?!\s+and\b)|$)",
    re.IGNORECASE,
)
# a group heading in a publication list's margin: a bare year or a status label ("2025", "Published")
GROUP_LABEL_RE = lazy_compile(rf"(?:19|20)\d{{2}}|{_statuses('group')}", re.IGNORECASE)
# a segment that is only a year: "2023", "(2021)"
BARE_YEAR_RE = lazy_compile(r"(?:19|20)\d{2}")
# where a citation may end a sentence: ". " or "? " or "! " before a capital, digit, quote or bracket
# ("arXiv", "bioRxiv", "eLife" start a venue in lowercase)
SENTENCE_BREAK_RE = lazy_compile(r"[.?!]\s+(?=[A-Z0-9\"“(\[]|[a-z]+[A-Z])")
# ... and in a publication, before a preprint server written in lowercase ("Title. arxiv 2509.12173")
CITATION_BREAK_RE = lazy_compile(rf"[.?!]\s+(?=[A-Z0-9\"“(\[]|[a-z]+[A-Z]|(?i:{PREPRINT_SERVERS})\b)")
# the last token before a period: "J" in "Doe, J", "Proc" in "In Proc"
LAST_TOKEN_RE = lazy_compile(r"[\w.'’-]+$")
# paper awards: "(Outstanding Paper Honorable Mention)", "[Best Paper Award]", "Best Student Paper"
PAPER_AWARD_RE = lazy_compile(
    r"""[(\[]?\s*(?P<award>(?:(?:ACM|IEEE|USENIX)\s+)?(?:best|outstanding|distinguished|spotlight|oral)\b
        [^()\[\].;]{0,60}?(?:award|mention|paper|prize|presentation|artifact|runner[- ]up|finalist)
        (?:\s+(?:honorable\s+mention|award|runner[- ]up|finalist))?)\s*[)\]]?""",
    re.IGNORECASE | re.VERBOSE,
)
# a run of anything but letters, digits and "_", for comparison keys: "Dept. of CS" -> "Dept of CS"
NON_WORD_RUN_RE = lazy_compile(r"[^\w]+")
# trailing punctuation of a title: "Title." -> "Title"
TRAILING_PUNCT_RE = lazy_compile(r"[\s.,;:]+$")
# the "In " / "In: " / "Proceedings of the" lead of a venue is kept; only "In " is dropped
VENUE_LEAD_RE = lazy_compile(r"^\s*in:?\s+(?=\S)", re.IGNORECASE)
# statuses, each named by the contract's value
STATUS_RES = {
    status: lazy_compile(rf"\b(?:{phrases})\b", re.IGNORECASE)
    for status, phrases in (
        ("in_submission", _statuses("names", "in_submission")),
        ("under_review", _statuses("names", "under_review")),
        ("accepted", _statuses("names", "accepted")),
        ("preprint", f"{_statuses('names', 'preprint')}|{PREPRINT_SERVERS}"),
    )
}
# a venue that is only a status: "In submission.", "Under review", "Submitted to X" keeps "X", and so
# do "R&R at X", "Revise and resubmit, X" (the preposition after the status goes with it)
STATUS_ONLY_RE = lazy_compile(
    rf"^\s*(?:{_statuses('only')})\b(?:\s+(?:at|to|in|for|with)\b)?[.:,]?\s*", re.IGNORECASE
)
# what follows a venue's name: a DOI or URL, a bracketed note, a volume(issue): pages citation
VENUE_DOI_TAIL_RE = lazy_compile(r"\s*[.,]?\s*(?:DOI|doi)?\s*:?\s*(?:https?\s*:\s*//|10\.\d{4,}/).*$")
VENUE_NOTE_RE = lazy_compile(r"\s*[-–]?\s*\[[^\]]*\]")
# ", vol. 7, no. 4, 2022", ", pp. 1-9", ". Vol. 12": the citation details after a venue's name
VENUE_DETAILS_RE = lazy_compile(
    r"\s*[,.]\s*(?:vol\.?|volume|no\.|issue|pp\.?|pages?|art\.)\s*\d.*$", re.IGNORECASE
)
# a year closing a venue after a comma: "arXiv preprint, 2021", "ACM HotCarbon Workshop, 2023"
# a status closing a venue: "arXiv preprint, 2024. Under review", "Journal X (in press)"
VENUE_STATUS_END_RE = lazy_compile(rf"[.,;]?\s*\(?(?:{_statuses('venue_end')})\)?\.?\s*$", re.IGNORECASE)
VENUE_YEAR_END_RE = lazy_compile(
    r"\s*,\s*(?:19|20)\d{2}[a-z]?\s*\.?\s*$|\s*\((?:19|20)\d{2}[a-z]?\)\s*\.?\s*$"
)
VENUE_VOLUME_TAIL_RE = lazy_compile(
    r"""[,\s]+(?!(?:19|20)\d{2}\b(?!\s*[:(]))\d{1,4}(?:\.\d{1,3})?(?:[–-]\d{1,6})?   # 37 | 5.1 | 583–589
        (?:\s*\(\d{1,4}\))?                                            # (7)
        (?:\s*[:,]\s*[\w.–-]+)?                                         # , 2110–2123 | : e8450
        \s*\.?\s*$""",
    re.VERBOSE,
)
# a meeting where talks are given, not a place of publication: "Annual Meeting of the Northern
# Invented Studies Association"
TALK_VENUE_RE = lazy_compile(
    r"\bannual\s+(?:meeting|conference)\s+of\s+the\s+[\w\s,&-]*\bassociation\b", re.IGNORECASE
)
# a "title" that is a note or a venue's tail: "(Revise and Resubmit)", "*undergraduate mentee",
# "Letters, 4, 12-19, 2020"
NOTE_TITLE_RE = lazy_compile(r"^\s*(?:[(*†‡]|[A-Z][a-z]+,\s*\d)")
# preprint servers in a venue: "arXiv 2024", "bioRxiv"
PREPRINT_SERVER_RE = lazy_compile(rf"\b(?:{PREPRINT_SERVERS})\b", re.IGNORECASE)
# kind keywords in a venue (or, for thesis/report/patent, a title), tried in this order
KIND_KEYWORD_RES = (
    ("thesis", lazy_compile(r"\b(?:dissertation|thesis)\b", re.IGNORECASE)),
    ("patent", lazy_compile(r"\bpatent\b", re.IGNORECASE)),
    ("report", lazy_compile(r"\b(?:technical|tech\.?|project)\s+report\b|\bwhite\s*paper\b", re.IGNORECASE)),
    ("preprint", PREPRINT_SERVER_RE),
    ("workshop", lazy_compile(r"\bworkshop\b", re.IGNORECASE)),
    ("chapter", lazy_compile(r"\bchapter\b|\(eds?\.\)", re.IGNORECASE)),
    (
        "journal",
        # (a volume:page or volume(issue) citation, "161:105640", "30(2)", is a journal's too)
        lazy_compile(
            r"\bjournal\b|\btransactions\b|\btrans\.|\bletters\b|\bj\.\s|\breview\b|\b\d{1,4}\s*(?::\s*\d{2,}|\(\d{1,3}\))",
            re.IGNORECASE,
        ),
    ),
    (
        "conference",
        lazy_compile(r"\bproceedings\b|\bconference\b|\bsymposium\b|\bproc\.|\bconf\.", re.IGNORECASE),
    ),
)


# --- the person ----------------------------------------------------------------------------


def _alternation(*names: str) -> str:
    """A regex alternation of data lists' entries, longest first, dots and spaces made loose."""
    from importlib import resources

    texts = [resources.files("extractor.patterns").joinpath(name).read_text("utf-8") for name in names]
    entries = sorted(
        {ln.strip() for text in texts for ln in text.splitlines() if ln.strip() and not ln.startswith("#")},
        key=len,
        reverse=True,
    )
    loose = [
        re.escape(e).replace(r"\.", r"\.?").replace(r"\ ", r"\s+").replace("'", "['’]?") for e in entries
    ]
    return "|".join(loose)


POSITION_ALTERNATION = _alternation("positions.txt")
# ... and the role words of job titles ("instructor", "fellow", "engineer"), for roles a bio states
ROLE_ALTERNATION = _alternation("positions.txt", "job_titles.txt")
# separators inside a page title: "Jane Doe | Home", "Home - Jane Doe", "Jane Doe · Homepage"
TITLE_SEPARATOR_RE = lazy_compile(r"\s+[|–—·•:-]\s+|\s*\|\s*")
# the words of a name, split at spaces, hyphens and dots: "Jane Q. Doe-Roe" -> jane, q, doe, roe
NAME_WORD_SPLIT_RE = lazy_compile(r"[\s.\-‐]+")
# a page introducing its owner: "I'm Jane Q. Doe, Assistant Professor of ..." / "I am Jane Doe."
SELF_INTRO_RE = lazy_compile(
    r"""
    ^(?:Hi[!,.]?\s+|Hello[!,.]?\s+)?I(?:['’]m|\s+am)\s+                  # I'm | I am | Hi! I'm
    (?P<name>[A-Z][\w'’.-]+(?:\s+(?:[A-Z][\w'’.-]+|de|del|da|van|von|la|le)){1,4})   # Jane Q. Doe
    (?=\s*[,.!(;]|\s+and\b|\s*$)                                        # , Assistant ... | . | end
    """,
    re.VERBOSE,
)
# credentials after a name: "Jane Doe, Ph.D.", "Jane Doe PhD", "Jane Doe, MD"
NAME_SUFFIX_RE = lazy_compile(
    r"(?:(?:,?\s+|(?<=[a-z]))(?:Ph\.?\s?D\.?|D\.?Phil\.?|M\.?D\.?|M\.?Sc\.?|MBA|MPH|MRes|MPhil|M\.A\.|M\.S\.|Jr\.?|Sr\.?"
    r"|III|II)|\s*\((?:he|she|they)/\w+\)|\s+(?i:(?:he|she|they)/(?:him|his|her|hers|they|them)(?:/\w+)?))+\s*$"
)  # ", M.D., Ph.D.", " MRes PhD", "LeiPh.D." (a lost space), " (she/her)", " He/They"
# the document's title after the name on its line: "Jane Doe, PhD  Curriculum Vitae", "Jane Doe – CV"
DOCUMENT_TITLE_TAIL_RE = lazy_compile(
    r"\s+(?:[|–—:-]\s*)?(?:curriculum\s+vit(?:ae|æ)|r[ée]sum[ée]|cv|c\.v\.|lebenslauf)\s*$", re.IGNORECASE
)
# a nickname in a name: "Toby (Tai-Lin) Morrow", "Jo “Jojo” Penn"
NAME_NICKNAME_RE = lazy_compile(r"\s*(?:\([A-Z][\w‘’'-]*\)|[“\"‘][A-Z][\w-]*[”\"’])")
# where the second line of a name broken over two ends: "Doe, née Roe", "Doe – Curriculum Vitae"
NAME_BREAK_END_RE = lazy_compile(r",|\s+[–—|-]\s+|\s{2,}")
# a name in Han characters alone: "林梅"
HAN_NAME_RE = lazy_compile(r"[\u4e00-\u9fff]{2,4}")
# a name in another script: CJK, Hangul, kana, Cyrillic, Greek, Arabic, Hebrew, Devanagari, Thai
NATIVE_SCRIPT_RE = lazy_compile(
    r"[(（]?\s*[\u0370-\u03ff\u0400-\u04ff\u0590-\u05ff\u0600-\u06ff\u0900-\u097f\u0e00-\u0e7f"
    r"\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]"
    r"[\u0370-\u03ff\u0400-\u04ff\u0590-\u05ff\u0600-\u06ff\u0900-\u097f\u0e00-\u0e7f"
    r"\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff\s·・]*\s*[)）]?"
)
# words that never appear in a person's name line
NOT_A_NAME_RE = lazy_compile(
    r"\b(?:curriculum|vitae|resume|résumé|cv|homepage|home\s+page|welcome|personal|website|contact|"
    r"publications?|research|statement|teaching|about|news|blog|page|profile|department|student|"
    r"powered|copyright|menu|updated)\b",
    re.IGNORECASE,
)
# a bio sentence: "I'm a 3rd-year EE Ph.D. student at Kestrel University, advised by Prof. X",
# "I am an Assistant Professor in the Department of Biology at X University", "Jane is a postdoc at X"
# A capitalized word even under IGNORECASE (a field or an institution's word): "Economics", "St."
_CAP_WORD = r"(?-i:[A-Z])[\w&'’.-]*"
# an affiliation that names the department first: "Department of Romance Studies in Boston University"
DEPT_THEN_ORG_RE = lazy_compile(
    r"^(?:the\s+)?(?P<dept>(?:Department|Dept\.?|Faculty)\s+of\s+[^,]+?)\s+(?:at|in|of)\s+(?:the\s+)?(?P<org>[A-Z].+)$"
)
# A word of a field, any case, but not the "at" that starts the institution: "computer", "Science"
_FIELD_WORD = r"(?!at\b|and\b|with\b|under\b|working\b)[^\W\d][\w&'’-]*"
BIO_POSITION_RE = lazy_compile(
    rf"""(?:\bI\s*['’]?\s*m|\bI\s+am|\bI\s+am\s+currently|\bcurrently|\bis
          |\bI\s*['’]\s*m\s+{_CAP_WORD}(?:\s+{_CAP_WORD}){{0,3}},)   # I'm Jane Doe, Professor
        \s+(?:currently\s+|now\s+)?(?:(?:a|an|the)\s+)?
        (?:(?:new|newly\s+appointed|incoming)\s+)?                       # a new Assistant Professor
        (?:(?P<year>(?:first|second|third|fourth|fifth|sixth|final|\d+(?:st|nd|rd|th))[- ]year)\s+)?
        (?:(?P<dept>[A-Z]{{2,5}})\s+)?
        (?P<position>(?:tenure[- ]track\s+)?(?:{POSITION_ALTERNATION})\b   # tenure track assistant professor
            (?:\s+of\s+(?P<field>{_CAP_WORD}(?:\s+(?:and\s+|&\s+)?{_CAP_WORD}){{0,3}}))?)  # ... of Economics
        (?:\s+in\s+(?:the\s+)?(?P<dept2>(?:Department|School|Division)\s+of\s+{_CAP_WORD}(?:\s+(?:and\s+|&\s+)?{_CAP_WORD})*
            |{_FIELD_WORD}(?:\s+(?:and\s+|&\s+)?{_FIELD_WORD}){{0,4}}))?    # in Economics | in the Dept. of X
        (?:(?:\s*,)?(?:\s*@|\s+at)\s+(?:the\s+)?
            (?P<aff>(?-i:[A-Z])[^,.;()]*?(?:\s+\((?-i:[A-Z][A-Za-z]{{1,9}})\))?))?   # at X University (XU)
        (?=\s*[,.;()]|\s+(?:advised|working|where|under|supervised|and|in\s+the|since|from|hosted|with)\b|\s*$)""",
    re.VERBOSE | re.IGNORECASE,
)
# "advised by Prof. X and Prof. Y", "co-advised by X", "working with Prof. Z", "supervised by Dr. W"
_NAME_TOKEN = r"(?:[A-Z]\.|[A-Z][\w'’-]+)"  # "Ravi", "Y.", "O'Neil" (a sentence's period is not part of it)
ADVISED_BY_RE = lazy_compile(
    rf"\b(?:(?:co-?)?advised|supervised|mentored)\s+by\s+(?P<names>(?:(?:Prof\.?|Professor|Dr\.?)\s+)?"
    rf"{_NAME_TOKEN}(?:\s+{_NAME_TOKEN}){{0,3}}(?:\s*(?:,|and|&)\s*(?:(?:Prof\.?|Professor|Dr\.?)\s+)?"
    rf"{_NAME_TOKEN}(?:\s+{_NAME_TOKEN}){{0,3}})*)"
)
# a degree told in prose: "I got my B.A. in Physics and Music from Tarrow University"
_PROSE_DEGREE_BODY = r"""
        (?P<degree>(?:[A-Z][\w.]*\.?\s?){1,4}?|(?:Bachelor|Master|Doctor)(?:'s|’s)?(?:\s+of\s+\w+)?)
        (?:\s+degrees?)?(?:\s+in\s+(?P<field>[^,.;]+?))?\s+(?:from|at)\s+(?:the\s+)?
        (?P<inst>[A-Z][\w.&'’-]*(?:\s+(?:of\s+|for\s+|the\s+|at\s+|-\s*)?[A-Z][\w.&'’-]*)*)
        (?:,?\s+in\s+(?P<year>(?:19|20)\d\d)\b)?                            # ... in 2019"""
# "I received my PhD in X from Y in 2019" ("recieved": a common slip)
PROSE_DEGREE_RE = lazy_compile(
    r"""\b(?:got|received|recieved|earned|obtained|completed|hold|have|did)\s+(?:my|a|an|the|both\s+my)\s+"""
    + _PROSE_DEGREE_BODY,
    re.VERBOSE,
)
# ... and the next degree of the same sentence, after a short clause at most: ", and a B.S. in Z from W
# in 2015", " at the X Lab under Jane Roe, an MD from V"
PROSE_NEXT_DEGREE_RE = lazy_compile(
    r"""(?:[^.;]{0,80}?,)?\s+(?:and\s+)?(?:a|an|my)\s+""" + _PROSE_DEGREE_BODY, re.VERBOSE
)
# the authors a jekyll-scholar "and 3 more authors" toggle shows once clicked, read from its onclick
# data (never run): "... == '3 more authors' ? 'Ann Lee, Bo Chen, Cy Park' : '3 more authors' ..."
MORE_AUTHORS_RE = lazy_compile(r"more\s+authors['\"]\s*\?\s*['\"](?P<names>[^'\"]+)['\"]\s*:", re.IGNORECASE)
# a page footer that only credits the site's making: "Powered by Jekyll", "© 2025 Jane Doe. Hosted by ..."
PAGE_CREDIT_RE = lazy_compile(
    r"\b(?:powered\s+by|hosted\s+(?:by|on)|built\s+(?:with|using)|made\s+with|theme\s+by|template\s+by"
    r"|designed\s+by|last\s+updated|copyright)\b|©",
    re.IGNORECASE,
)
# a header tagline: "EE Ph.D. student @ Kestrel", "Assistant Professor, Dept. of X, Y University"
TAGLINE_RE = lazy_compile(
    rf"""(?:(?P<dept>[A-Z]{{2,5}})\s+)?(?P<position>{POSITION_ALTERNATION})
        (?:\s+(?:in|of)\s+(?P<field>[A-Z][^@,|•]*?))?
        (?:(?:\s*[@,·|•–—]\s*|\s+at\s+)(?P<aff>[A-Z][^|•·]*?))?""",
    re.VERBOSE | re.IGNORECASE,
)
# between the events of an untitled talk entry that lists several: "Lake Symposium, Kestrel Workshop"
EVENT_LIST_SEPARATOR_RE = lazy_compile(r"\s*[,;]\s+")
# the pieces of a header line that states a title and where it is held: "Research Officer at the
# Kestrel Agency", "PhD Candidate · Vision Lab · Wrenfield University", "Lecturer | Tarrow College"
HEADER_TITLE_SPLIT_RE = lazy_compile(r"\s+(?:at|@)\s+|\s*[·•|@]\s*|,\s+|\s+[–—-]\s+", re.IGNORECASE)
# the " of " between a tagline's title and its field ("Professor of Geophysics"), not " in "
OF_FIELD_RE = lazy_compile(r"^\s+of\s+$", re.IGNORECASE)
# a department named in an affiliation: "Department of Earth Sciences", "Botany Department", "Dept. of X"
DEPARTMENT_PART_RE = lazy_compile(
    r"^(?:(?:the\s+)?(?:(?:department|dept\.?)\s+of|dept\.)\s+(?P<a>.+)|(?P<b>.+?)\s+department)$",
    re.IGNORECASE,
)
# a university and its department printed without a comma between them: "Kestrel University Physics
# Department", "Kestrel University Dept. of Botany" (the university word last in the organization)
UNIVERSITY_THEN_DEPARTMENT_RE = lazy_compile(
    r"^(?P<org>.*\b(?:universit\w*|college)\b(?:\s+of(?:\s+(?!dep(?:artmen)?t\b)(?-i:[A-Z])[\w'’.-]*)+)?)\s+"
    r"(?P<unit>(?:(?:department|dept\.?)\s+of|dept\.)\s+[^\W\d_].*|(?:[^\W\d_][\w&'’.-]*\s+){1,4}department)$",
    re.IGNORECASE,
)
# where a header line's contact starts after a unit's name: an address, a phone, a web address, a
# separator or a wide gap ("Department of Botany  jd@x.edu", "School of Roots | +1 555 0100")
CONTACT_TAIL_RE = lazy_compile(
    r"\s+(?=\S*@)|\s+(?=(?:https?://|www\.))|\s+(?=\+?\(?\d)|\s*[|•·]\s*|\s{2,}"
)
# a contact label starting the rest of a header line: "... University  Office: Hall 231", "... Email: x"
CONTACT_LABEL_TAIL_RE = lazy_compile(
    r"\s+(?:office|e-?mail|phone|tel|fax|web(?:site)?|mobile|cell|address)\s*:", re.IGNORECASE
)
# a contact block's label before what it gives: "Address: ", "Office: ", "Mailing address: "
CONTACT_LABEL_RE = lazy_compile(
    r"^(?:(?:mailing|postal|work|office)\s+)?(?:address|office)\s*:\s*", re.IGNORECASE
)
# a degree's field that may stand for the student's department: at most six words of letters
# ("Computer Science", "Ecology & Evolution"), none a role, an advisor or a status word
FIELD_AS_DEPARTMENT_RE = lazy_compile(
    r"(?!.*\b(?:advis[eo]r|candidate|student|progress|track|concentration|thesis|supervis\w*)\b)"
    r"[^\W\d_][^\W\d_&'’-]*(?:(?:\s+|\s*[&,]\s*|-)[^\W\d_][^\W\d_'’-]*){0,5}"
    r"(?:\s*\([^\W\d_][^\W\d_\s&'’-]*(?:\s+[^\W\d_][^\W\d_'’-]*){0,3}\))?",  # "Psychology (Cognition)"
    re.IGNORECASE,
)
# A header in Chinese ("博士后，某某大学统计系"): its pieces, split at commas, bars and semicolons
HAN_PIECE_SPLIT_RE = lazy_compile(r"\s*[，,|｜;；、]\s*")
# ... a piece that starts with a Han character
HAN_TEXT_RE = lazy_compile(r"[\u4e00-\u9fff]")
# ... an academic title: "副教授", "博士后", "高级研究员（永久职位）", "博士研究生"
HAN_TITLE_RE = lazy_compile(
    r"(?:副|助理|高级|特聘|长聘|首席|客座)?(?:教授|研究员|讲师|博士后|工程师|副研究员|博士研究生|博士生|"
    r"硕士研究生|硕士生|助理研究员)(?:\s*[（(][^）)]{1,12}[）)])?"
)
# ... the institution a piece starts with, up to its word, with a bracketed acronym: "某某大学",
# "日本理化学研究所（RIKEN）", "中国科学院"
HAN_INSTITUTION_RE = lazy_compile(
    r"[\u4e00-\u9fff]{1,20}?(?:大学|研究所|研究院|科学院)(?:\s*[（(][A-Za-z\s.&-]{2,20}[）)])?"
)
# ... the units after it, each ending in a unit word: "数学学院 计算科学系", "少体系统物理实验室"
HAN_UNITS_RE = lazy_compile(
    r"(?:\s*[\u4e00-\u9fff]{1,20}?(?:学院|系|实验室|研究中心|中心|研究所|研究室|学部)(?:\s*[（(][^）)]{1,20}[）)])?)+"
)
# a department by name, not a school or division: "Department of X", "Dept. of X"
DEPARTMENT_WORD_RE = lazy_compile(r"^(?:the\s+)?(?:department|dept\.?)\b", re.IGNORECASE)
# "Department of Computer Science" -> "Computer Science"
DEPARTMENT_LEAD_RE = lazy_compile(
    r"^(?:the\s+)?(?:department|dept\.?|school|division)\s+of\s+", re.IGNORECASE
)
# "Our group works mainly in the areas of A, B, and C", "I am broadly interested in A"
INTEREST_SENTENCE_RE = lazy_compile(
    r"""(?:\binterests?\s+(?:are|is|lie|lies)\s+(?:broadly\s+|primarily\s+|mainly\s+)?(?:in|on|at)\s+
        |\b(?:I\s+am|I['’]m)\s+(?:broadly\s+|generally\s+|primarily\s+|mainly\s+|particularly\s+)?
           interested\s+in\s+
        |\bmy\s+research\s+(?:is|lies)\s+(?:broadly\s+|primarily\s+|mainly\s+)?in\s+  # My research is in A
        |\bmy\s+research\s+(?:focuses|centers|centres)\s+on\s+                  # My research focuses on A
        |,\s+working\s+on\s+                                                      # ..., working on A, B
        |\bresearch\s+topics\s+in\s+[\w\s]+?,\s+such\s+as\s+)                  # topics in X, such as A
        (?P<list>[^.;]+)""",
    re.VERBOSE | re.IGNORECASE,
)
# the lead of an interest list: "the fields of", "the intersection between", "the areas of"
INTEREST_LEAD_RE = lazy_compile(
    r"^(?:the\s+)?(?:(?:broad\s+)?(?:fields?|areas?|domains?|topics?)\s+of|intersection\s+(?:of|between))\s+",
    re.IGNORECASE,
)
# a joint inside an interest list that leads on to more topics: "A, with a focus on B, C"
INTEREST_JOINT_RE = lazy_compile(
    r",\s+(?:with\s+a\s+(?:particular\s+|special\s+)?focus\s+on|especially|particularly|including"
    r"|such\s+as)\s+",
    re.IGNORECASE,
)
# a leading article on one interest: "the economics of education" -> "economics of education"
LEADING_THE_RE = lazy_compile(r"^the\s+", re.IGNORECASE)
# list separators: ", ", "; ", ", and " ("A, B, and C"); a bare " and " stays inside its phrase
# ("tools and methods for marine ecology" is one interest)
LIST_SPLIT_RE = lazy_compile(r"\s*[;,]\s*(?:and\s+|or\s+)?")
# a position that is a degree under way: "PhD student", "Ph.D. candidate", "Master's student"
# a student's title as an entry prints it: "Ph.D. Candidate", "PhD student", "MSc Student"
STUDENT_TITLE_RE = lazy_compile(
    r"\b(?:ph\.?\s?d\.?|doctoral|m\.?\s?sc\.?|m\.?\s?s\.|master(?:['’]s)?|mphil|undergraduate|graduate)"
    r"\s+(?:student|candidate)\b",
    re.IGNORECASE,
)
STUDENT_POSITION_RE = lazy_compile(r"\b(?:student|candidate)\b", re.IGNORECASE)
# a student title of a doctorate ("PhD Candidate", "Doktorand", "doctoral student"): a header's
# student title and an ongoing degree's are one role when both are, or both are not, doctoral
DOCTORAL_TITLE_RE = lazy_compile(
    r"\b(?:ph\.?\s?d|d\.?\s?phil|doctoral|doktorand\w*|doctorant\w*)\b", re.IGNORECASE
)

# --- lists, skills, service, teaching -----------------------------------------------------

# a category label before a list: "Languages: Python, C", "Frameworks and Tools: PyTorch"
CATEGORY_PREFIX_RE = lazy_compile(r"^\s*(?P<category>[A-Z][\w&/+ .'’-]{1,40}?)\s*:\s+")
# the colon that ends a category label inside a line: "Undergraduate CS: ..."
CATEGORY_COLON_RE = lazy_compile(r"(?<=[\w)])\s*:\s+")
# "and " / "or " leading the last list item
AND_LEAD_RE = lazy_compile(r"^\s*(?:and|or|&)\s+", re.IGNORECASE)
# a parenthetical note: "(all semesters)", "(audited)"
PARENTHETICAL_NOTE_RE = lazy_compile(r"\s*\([^()]*\)?\s*$|\s*\([^()]*\)")
# more terms after the first: ", Spring 2020", " and Fall 2021", "; Winter 2022"
MORE_TERMS_RE = lazy_compile(r"^\s*(?:,|;|and|&)\s*")
# a sentence boundary inside a line: "Sports. I play soccer"
SENTENCE_SPLIT_RE = lazy_compile(r"(?<=[.!?])\s+(?=[A-Z])")
# a role before its list: "Artifact Evaluation Committee: EuroSys '22", "Reviewer - NeurIPS"
ROLE_PREFIX_RE = lazy_compile(
    r"(?<![\w@'’])(?P<role>(?:[A-Z][a-z]+|[A-Z]{2,})(?:[\s-]+(?:[A-Z][a-z]+|[A-Z]{2,}|of|and|&|for|in|on)){0,6})"
    r"\s*:\s+"
)
# a line that is only a role label: "Instructor:", "Teaching Assistant:"
# how many terms a course was taught, in brackets after it: "(2 semesters)", "(1 term)", "(3 times)"
TERM_COUNT_RE = lazy_compile(
    r"\s*\(\s*\d+\s+(?:semesters?|terms?|quarters?|times|years?|sections?)\s*\)", re.IGNORECASE
)
ROLE_ONLY_RE = lazy_compile(r"(?P<role>[A-Z][\w /&-]{1,50}?)\s*:\s*")
# a role line ending with where it is served: "PC member in Conferences", "Reviewer in Transactions"
ROLE_SCOPE_RE = lazy_compile(
    r"\s+(?:in|for)\s+(?:conferences?|journals?|transactions|workshops?)$", re.IGNORECASE
)
# a role that names its venue: "Reviewer for Party Studies", "Chair of the Dune Workshop", "Judge at X"
ROLE_VENUE_PREPOSITION_RE = lazy_compile(r"\s(?:for|of|at|to|with)\s+(?:the\s+)?(?-i:[A-Z])", re.IGNORECASE)
# a line that is a year or a span of years alone: "2024", "2021-2023", "2022 – present"
YEAR_LINE_RE = lazy_compile(r"(?:19|20)\d{2}(?:\s*[–—-]\s*(?:(?:19|20)\d{2}|present|now))?", re.IGNORECASE)
# a course code: "CS 240", "CS 101", "6.824", "EECS 498-007"
COURSE_CODE_RE = lazy_compile(r"\b(?:[A-Z]{2,5}\s?-?\d{2,4}[A-Z]?(?:-\d{3})?|\d{1,2}\.\d{2,4}[A-Z]?)\b")
# a school named in brackets after a course: "Financial Accounting (Columbia)", "(Chicago Booth)";
# not a level or a note: "(Final Year)", "(Master)", "(audited)"
COURSE_SCHOOL_RE = lazy_compile(
    r"\s*\((?P<school>(?!(?:final|first|second|third|fourth|master|masters|undergraduate|graduate|level|"
    r"audited|hons|honours|online|remote|intro|advanced)\b)[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3})\)\s*$",
    re.IGNORECASE,
)
# teaching roles: "Teaching Assistant", "TA", "Instructor", "Lecturer", "Grader", "Tutor", "Recitation
# Leader"; in Spanish "Ayudante", "Docente"; in French "Enseignante vacataire", "Chargée de TD",
# "Chargé de mission d'enseignement", "Attaché temporaire d'enseignement et de recherche", "ATER"
TEACHING_ROLE_RE = lazy_compile(
    r"\b(?:(?:head|lead|senior|graduate|undergraduate|student|peer)\s+)?(?:teaching\s+(?:assistant|fellow|associate)|TA|"
    r"instructor|lecturer|grader|tutor|co-?instructor|guest\s+lecturer|course\s+assistant|lab(?:oratory)?\s+"
    r"(?:assistant|instructor|demonstrator)|demonstrator|recitation\s+(?:leader|instructor)|ayudante|docente|"
    r"enseignante?(?:\s+vacataire)?|charg[ée]e?\s+de\s+(?:TD|cours|mission\s+d['’]enseignement)|"
    r"attach[ée]e?\s+temporaire\s+d['’]enseignement\s+et\s+de\s+recherche|ATER)\b",
    re.IGNORECASE,
)
# a sentence stop between the parts of a teaching entry: "Ayudante. Kestrel University", "”Botany 101”. Dept"
TEACHING_PART_STOP_RE = lazy_compile(r"(?:(?<=[a-z]{3})|(?<=[”\"»)]))\.\s+(?=[A-Z])")
# a role before a comma, at most four words: "Organizer, Systems Reading Group", "Session Chair, X"
ROLE_COMMA_RE = lazy_compile(r"^(?P<role>(?:[A-Z][\w-]*)(?:\s+[A-Za-z][\w-]*){0,3}),\s+")
# service roles: "PC member", "Program Committee", "Reviewer", "Session Chair", "Student Volunteer"
SERVICE_ROLE_RE = lazy_compile(
    r"\b(?:PC|TPC|program\s+committee|committee|reviewer|referee|chair|co-?chair|organizer|organiser|"
    r"volunteer|editor|board|judge|member|panelist|representative|mentor|coordinator)s?\b",
    re.IGNORECASE,
)
# a year at the end of a venue: "MLSys '23", "NeurIPS 2023", "OSDI'23"
VENUE_YEAR_TAIL_RE = lazy_compile(r"\s*(?:['’]\d{2}|(?:19|20)\d{2})\s*$")

# --- statements ----------------------------------------------------------------------------

# a paragraph's run-in lead: "Forecasting river flow for small farming regions. Rivers ..."
RUN_IN_LEAD_RE = lazy_compile(r"^(?P<lead>[A-Z][^.!?:;,]{6,140}?)[.:]\s+(?=[A-Z\[(])")
# words that make a first sentence prose, not a lead: first person, finite verbs, discourse openers
LEAD_DISQUALIFIER_RE = lazy_compile(
    r"\b(?:I|my|me|we|our|us|is|are|was|were|has|have|had|will|would|can|could|should|may|might|must|do|does|"
    r"did|this|these|that|those|there|it|its)\b",
    re.IGNORECASE,
)
# a citation label: "[C6]", "[J1, C2]", "[1]", "[3-5]"; or an author-year citation "(Smith et al., 2020)"
CITATION_LABEL_RE = lazy_compile(
    r"\[(?P<labels>[A-Z]{0,3}\d{1,3}(?:\s*[,–-]\s*[A-Z]{0,3}\d{1,3})*)\]"
    r"|\((?P<author_year>[A-Z][\w'’-]+(?:\s+(?:et\s+al\.|and|&)\s*[A-Z]?[\w'’-]*)?,?\s+(?:19|20)\d{2}[a-z]?)\)"
)
# where a labelled work went: "This work [C3] was accepted by IEEE INFOCOM 2019",
# "The extended work [J1] was published in IEEE TMC 2020", "submitted the extended version [J3] to IEEE TON"
CITED_WORK_RES = (
    lazy_compile(
        r"\[(?P<label>[A-Z]{1,3}\d{1,3})\][^.\[]*?\b(?P<verb>accepted|published|presented|appeared|submitted)\b"
        r"\s+(?:by|in|on|at|to)\s+(?:the\s+)?(?P<venue>(?:[A-Z][\w&/-]*\s?){1,6}?)"
        r"\s*(?P<year>(?:19|20)\d{2})?(?=[\s.,;)]|$)"
    ),
    lazy_compile(
        r"\b(?P<verb>submitted|published|presented)\b[^.\[]*?\[(?P<label>[A-Z]{1,3}\d{1,3})\]\s+"
        r"(?:to|in|at)\s+(?:the\s+)?(?P<venue>(?:[A-Z][\w&/-]*\s?){1,6}?)\s*(?P<year>(?:19|20)\d{2})?(?=[\s.,;)]|$)"
    ),
)
# a statement's own parts, not research themes: "Future directions.", "Funding and collaboration."
STATEMENT_PART_RE = lazy_compile(
    r"(?:future|funding|collaborat|references|bibliography|acknowledg|summary|conclusion|outlook|broader\s+impact|"
    r"teaching|mentoring|diversity|service|research\s+(?:plan|agenda|vision)|overview|introduction)",
    re.IGNORECASE,
)
# the heading that opens the plans: "Future Research Plans", "Future Directions", "Research Agenda"
FUTURE_HEADING_RE = lazy_compile(r"\bfuture\b|\bagenda\b|\bplans?\b|\bnext\s+steps\b", re.IGNORECASE)
# plan sentences and their object: "I will continue my study on X", "Another promising topic is X",
# "I am also interested in X", "I plan to explore X"
FUTURE_DIRECTION_RE = lazy_compile(
    r"""(?:\bI\s+will\s+(?:continue\s+(?:my\s+|to\s+)?(?:study|work|research|studying|working)?\s*(?:on|in)
        |(?:study|explore|investigate|pursue|work\s+on|extend|develop|build|design))
      |\bI\s+(?:want|hope|aim|intend)\s+to\s+(?:build|develop|study|explore|investigate|create|design)
      |\b(?:another\s+|a\s+|one\s+)?promising\s+(?:topic|direction|area|avenue|line\s+of\s+research)\s+is
      |\bI\s+am\s+also\s+(?:interested|excited)\s+(?:in|about)
      |\bI\s+plan\s+to\s+(?:study|explore|investigate|work\s+on|pursue)
      |\bmy\s+(?:future|next)\s+(?:research|work)\s+will\s+(?:focus|center)\s+on)
      \s+(?P<phrase>[^,.;:]+)""",
    re.IGNORECASE | re.VERBOSE,
)
# where a phrase's object ends: " which ...", " that ...", " known as ...", " to ..."
PHRASE_TAIL_RE = lazy_compile(
    r"\s+(?:which|that|where|known\s+as|such\s+as|in\s+order|to\s+(?!the\b))\b", re.IGNORECASE
)
# a sentence about funding: "I intend to request support from NSF", "apply for grants from"
FUNDING_CUE_RE = lazy_compile(
    r"\bfund(?:ing|ed|s)?\b|\bgrants?\b|\bsponsor|\bsupport(?:s|ed)?\s+(?:from|by)\b", re.IGNORECASE
)
# teaching done: "I was the teaching assistant for CS 101 Introduction to Programming in Fall 2022"
TAUGHT_COURSE_RE = lazy_compile(
    r"\bI\s+(?:was|served\s+as|worked\s+as|have\s+been)\s+(?:the\s+|a\s+|an\s+)?"
    r"(?P<role>(?:head\s+|lead\s+|graduate\s+)?teaching\s+(?:assistant|fellow)|TA|instructor\s+of\s+record|"
    r"(?:co-?)?instructor|lecturer|grader)\s+(?:for|of|in)\s+"
    r"(?P<course>[^.;,]+?)(?=\s+in\s+(?:Fall|Spring|Summer|Winter|Autumn)\b|\s*[,;.]|\s+where\b|\s+at\s|$)",
    re.IGNORECASE,
)
# teaching wished for: "I would be excited to teach A, B, and C", "I am eager to teach X"
WANT_TO_TEACH_RE = lazy_compile(
    r"\b(?:would\s+(?:be\s+\w+\s+to|like\s+to|love\s+to|enjoy)|am\s+(?:eager|excited|keen|prepared|ready|"
    r"qualified|happy)\s+to|could|can)\s+teach\s+(?:courses\s+(?:such\s+as|like|on|in)\s+)?(?P<courses>[^.;:]+)",
    re.IGNORECASE,
)

# --- talks and grants ---------------------------------------------------------------------------

# A talk marked as invited, in the entry or its section's heading: "(invited)", "Invited talk",
# "Keynote", "Plenary".
INVITED_RE = lazy_compile(r"\binvited\b|\bkeynote\b|\bplenary\b", re.IGNORECASE)
# What an award entry says before the award's name: "Recipient of the", "Awarded the", "Winner of".
AWARD_LEAD_RE = lazy_compile(
    r"^(?:recipient\s+of|awarded|received|winner\s+of|won)\s+(?:the\s+|an?\s+)?(?=[A-Z0-9])", re.IGNORECASE
)
# The words a grant's title read out of a sentence may start with: "Recipient of the Dune Fund",
# "Awarded the Lake Fellowship", or their tail when the verb was cut ("of the Dune Fund").
GRANT_TITLE_LEAD_RE = lazy_compile(
    r"^(?i:(?:recipient|winner)\s+of|awarded|received|obtained|of)\s+(?i:the\s+|an?\s+)?(?=[A-Z0-9])"
)
# An award's name and what follows it: why it was given ("for the best ...", "granted to ..."), or
# who gave it ("at the Lake Symposium", "from the Dune Society", "by the Hill Academy").
AWARD_TAIL_RE = lazy_compile(
    r"\b(?:award|prize|fellowship|scholarship|medal|grant|honou?r|distinction)s?\s+"
    r"(?:(?P<why>for\s+the|granted\s+to|given\s+to|awarded\s+to)|(?P<by>at\s+the|at|from\s+the|from|by\s+the))"
    r"\s+(?P<rest>\S.*)$",
    re.IGNORECASE | re.DOTALL,
)
# Between a service role and what it served: "Organizer of the Lake Seminar", "Editor at Dune Letters".
ROLE_VENUE_JOIN_RE = lazy_compile(
    r"\s+(?:of\s+the|of|for\s+the|for|at\s+the|at|in\s+the)\s+(?=\S)", re.IGNORECASE
)
# A joining word a service role was cut after: "Member of the", "Editor at".
ROLE_TRAILING_JOIN_RE = lazy_compile(r"\s+(?:of|for|at|in)(?:\s+the)?\s*$", re.IGNORECASE)
# A talk's event followed by who hosted it: "Lake Lecture Series, hosted by the Dune Society".
HOSTED_BY_RE = lazy_compile(r",?\s+(?:hosted|organi[sz]ed|sponsored)\s+by\b.*$", re.IGNORECASE | re.DOTALL)
# A talk listed as a reference is: its authors and bracketed year before the title ("Doe JQ (2023)
# Rivers of sand").
CITED_TALK_LEAD_RE = lazy_compile(r"^[^()]{2,80}?\((?:19|20)\d\d[a-z]?\)[.:]?\s+")
# A grant's amount as printed: "$450,000", "USD 1.2M", "€ 20k", "£12,500", "CHF 300'000", "¥2M",
# "2.5 million EUR", "48,000€".
GRANT_AMOUNT_RE = lazy_compile(
    r"""(?:
        (?:US)?[$€£¥]\s?\d[\d,.'\s]*(?:\s?(?:[kKmM]|million|thousand)\b)?   # "$450,000", "€ 20k"
      | \b(?:USD|EUR|GBP|CHF|CAD|AUD|JPY|CNY|RMB)\s?\d[\d,.']*(?:\s?(?:[kKmM]|million)\b)?  # "USD 1.2M"
      | \b\d[\d,.']*\s?(?:[kKmM]\s?|(?:million|MILLION)\s)?  # "20,000 EUR", "2 MILLION GBP"
        (?:USD|EUR|GBP|CHF|CAD|AUD|euros?|dollars)\b
      | \b\d[\d,.']*(?:\s\d{3})*\s?(?:[kKmM]\s?)?[€£](?!\w)  # "48,000€", "4 000 €", "20k£"
    )""",
    re.VERBOSE,
)
# A grant's duration printed after its amount: "$20,000 / 3 years", "€5,000 over 18 months".
GRANT_DURATION_RE = lazy_compile(r"(?:/|\bover|\bfor)\s*\d{1,2}\s*(?:years?|months?|yrs?)\b", re.IGNORECASE)
# The person's role on a grant: "PI", "Co-PI", "Co-I", "Principal Investigator", "Co-Investigator",
# "lead PI", "Institutional PI".
GRANT_ROLE_RE = lazy_compile(
    r"\b(?:(?:lead|institutional|site)\s+)?"
    r"(?:co[-‐‑]?\s?PI|PI|co[-‐‑]?\s?I|(?:co[-‐‑]?)?principal\s+investigator|co[-‐‑]?investigator|senior\s+personnel)\b",
    re.IGNORECASE,
)
# Separators between the parts of a talk or grant line: commas, semicolons, spaced dashes, bars.
ENTRY_PART_SEPARATOR_RE = lazy_compile(r"\s*[,;|]\s+|\s+[-–—]\s+")

# the lead of a co-author list the owner is not printed in: "(with A and B)", "With A and B.", "joint with"
WITH_LEAD_RE = lazy_compile(r"^\W*(?:with|joint\s+with|w/)\s+", re.IGNORECASE)
# the separators of a run of link labels: "[pdf] [code]", "PDF | Code", "pdf, slides"
LINK_WORD_SPLIT_RE = lazy_compile(r"\s*[|,·]\s*|(?<=[\])])\s*|\s+(?![^\[(]*[\])])")

# What a labelled citation field's span (extractor/learn/citation.py) prints before its value:
# "vol. 12", "no. 3", "pp. 45-67", "doi: 10.1/x"
FIELD_LEAD_RES = {
    "volume": lazy_compile(r"^\W*(?:vol(?:ume)?s?\b\.?|bd\.|band\b)\s*", re.IGNORECASE),
    "issue": lazy_compile(r"^\W*(?:no|nr|num(?:ber)?|issue|iss|heft)\b\.?\s*", re.IGNORECASE),
    "pages": lazy_compile(r"^\W*(?:pages?\b|pp\.?|p\.|p(?=\s)|s\.)\s*", re.IGNORECASE),
    "doi": lazy_compile(r"^\W*(?:doi\s*:?\s*|https?://(?:dx\.)?doi\.org/)", re.IGNORECASE),
}
# a page range's dash, as BibTeX writes it ("45–67" -> "45--67")
PAGE_DASH_RE = lazy_compile(r"\s*[-‐–—]+\s*")

# --- the bio, beyond BIO_POSITION_RE (parse/bio.py) ---------------------------------------------

# the copula that introduces the owner's position: "I am", "I'm currently a", "He is an", "she is the"
BIO_COPULA_RE = lazy_compile(
    r"""\b(?:I\s*['’]?\s*m|I\s+am|(?:he|she|they)\s+(?:is|are)|is)\s+   # I'm | I am | He is | Jane is
        (?:currently\s+|now\s+|presently\s+|also\s+)?(?:(?:a|an|the)\s+)?""",  # currently a
    re.VERBOSE | re.IGNORECASE,
)
# a past role's lead in a bio: "Previously, I was a", "she worked as an", "I served as the"
BIO_PAST_COPULA_RE = lazy_compile(
    r"""\b(?:I|he|she|they)\s+(?:was|were|worked\s+as|served\s+as)\s+
        (?:(?:a|an|the)\s+)?""",
    re.VERBOSE | re.IGNORECASE,
)
# the field or unit a role is in, between the role and "at": "a Lecturer in Botany at", "a Fellow in
# the Department of Roots at"
BIO_IN_FIELD_RE = lazy_compile(
    r"\s+in\s+(?:the\s+)?[\w&’'-]+(?:\s+(?:and\s+|&\s+|of\s+)?[\w&’'-]+){0,5}?(?=\s+at\s)"
)
# a second role of the same sentence after an institution: "... at X and a Visiting Fellow at Y"
BIO_NEXT_ROLE_RE = lazy_compile(r"\s*,?\s+and\s+(?:later\s+|then\s+|also\s+)?(?:a|an|the)\s+", re.IGNORECASE)
# a role word of a past or current role a bio states: "a Visiting Instructor at", "the Climate Fellow at"
BIO_ROLE_WORD_RE = lazy_compile(rf"\b(?:{ROLE_ALTERNATION})\b", re.IGNORECASE)
# a position word near the copula: "an Economics Ph.D. Candidate", "a third-year undergraduate student"
BIO_POSITION_WORD_RE = lazy_compile(rf"\b(?:{POSITION_ALTERNATION})\b", re.IGNORECASE)
# a field named after the position: "Professor of Data Sciences/Statistics" (capitalized words)
BIO_OF_FIELD_RE = lazy_compile(
    r"^\s+of\s+(?P<field>(?-i:[A-Z])[\w/&'’-]*(?:\s+(?:and\s+|&\s+)?(?-i:[A-Z])[\w/&'’-]*){0,4})"
)
# a sentence's end inside a span: "... lab. I am" (a word of two small letters, then a period)
SENTENCE_END_IN_RE = lazy_compile(r"[a-z]{2}[.!?]\s")
# the institution after the position: "... at the University of X (UX)", "... @ Kestrel"
BIO_AT_ORG_RE = lazy_compile(
    r"""(?:\s+at|\s*@)\s+(?:the\s+)?
        (?P<org>(?-i:[A-Z])[^,.;()]*?(?:\s+\((?-i:[A-Z])[A-Za-z]{1,9}\))?)    # Kestrel University (KU)
        (?=\s*[,.;(]|\s+(?:where|and|in|since|from|with|under|advised|working|on|as|to
            |mentored|supervised|hosted|co-advised|led|leading|focusing|studying)\b|\s*$)""",
    re.VERBOSE,
)
# further interest leads: "I study A", "My research predominantly focuses on A", "research interests
# intersect A, B, and C", "interests focus on A", "The focus of my thesis is A", "where I work on A",
# "sits at the intersection of A, B", ", interested in A and B", "I write on A", "a theorist studying
# A", "My research examines A", "working at the frontier of A"
BIO_INTEREST_RE = lazy_compile(
    r"""(?:\bI\s+(?:mainly\s+|mostly\s+|primarily\s+)?study\s+(?:the\s+)?
        |\b(?:research|work)\s+(?:is\s+)?(?:predominantly\s+|primarily\s+|mainly\s+|currently\s+)?
           (?:focused|focuses|focus|centered|centers|concentrates)\s+on\s+
        |\binterests?\s+(?:intersect|include|includes|span|spans|cover|covers|focus\s+on)\s+
        |\bfocus\s+of\s+my\s+(?:research|thesis|work|dissertation)\s+is\s+(?:on\s+)?
        |\bI\s+(?:mainly\s+|mostly\s+)?work\s+on\s+
        |\b(?:sits|lies|is)\s+at\s+the\s+intersection\s+of\s+
        |,\s+interested\s+in\s+
        |\bI\s+write\s+(?:on|about)\s+
        |\b(?-i:[a-z])\w+ist\s+studying\s+                                   # a theorist studying A
        |\bresearch\s+examines\s+
        |\bat\s+the\s+frontier\s+of\s+
        |\bresearch\s+focus\s+(?:is|lies)\s+(?:on|in)\s+                     # My research focus is on A
        |\bwork\s+(?:revolves|centers|centres)\s+around\s+                     # my work revolves around A
        |\bI\s+have\s+(?:also\s+|recently\s+)?worked\s+on\s+                  # I have worked on A
        |\bwork\s+is\s+(?:based|built)\s+on\s+                                # my work is based on A
        |\bresearch\s+(?:interests?|areas?|topics?)\s*:\s*)                    # Research interests: A, B
        (?!(?:how|why|what|whether|when|where|which|who)\b)         # "I study how A and B ..." is a clause
        (?P<list>(?:[^.;]|\.(?=\S)|\.(?=\s+(?-i:[a-z])))+)          # "the U.S. labor market" goes on""",
    re.VERBOSE | re.IGNORECASE,
)
# a focus that goes on the list: "A and B with a current focus on C" -> A, B, C
BIO_INTEREST_FOCUS_RE = lazy_compile(
    r",?\s+with\s+a\s+(?:current\s+|particular\s+|special\s+|strong\s+|specific\s+)?focus\s+on\s+",
    re.IGNORECASE,
)
# where an interest list stops: "A and B applied to ...", "A, working at X", "A to better understand"
BIO_INTEREST_STOP_RE = lazy_compile(
    r"\s+(?:applied\s+to|to\s+better|in\s+order\s+to)\b|,\s+(?:working|where|which)\b",
    re.IGNORECASE,
)
# the lead of a topic inside an interest list: "the interface of A", "the frontier of A"
BIO_INTEREST_LEAD_RE = lazy_compile(
    r"^(?:understanding\s+)?(?:the\s+)?(?:(?:interface|frontier|intersection)\s+(?:of|between)|study\s+of"
    r"|all\s+aspects\s+of|(?:other\s+)?aspects\s+of\s+[\w\s]+?\s+such\s+as)\s+"
    r"|^understanding\s+(?:the\s+)?(?=\w)",
    re.IGNORECASE,
)
# an interest list that goes on past an abbreviation's period ("the U.S. labor market", "e.g., A")
BIO_INTEREST_LIST_RE = lazy_compile(r"(?:[^.;]|\.(?=\S)|\.(?=\s+[a-z]))+")
# a preposition in the first half of "A and B": the "and" joins modifiers ("methods for molecular and
# biological systems"), not two topics
PAIR_PREPOSITION_RE = lazy_compile(r"\b(?:for|of|in|on|with|to|from|between|by)\b", re.IGNORECASE)
# a possessive after "and": "parties and their diversification" is one topic
PAIR_POSSESSIVE_RE = lazy_compile(r"^(?:their|its|his|her|our|my)\b", re.IGNORECASE)
# the parts of an institution line: "Department of Chemistry, Kestrel University, Tarrow",
# "Kestrel Lab - Center for Birds", "Ph.D. Student · Kestrel University"
ORG_LINE_PART_SPLIT_RE = lazy_compile(r"\s*[,|·•–—]\s*|\s+-\s+")
# a lone " and " inside one interest: "Public Finance and Optimal Taxation"
AND_SPLIT_RE = lazy_compile(r"\s+(?:and|&)\s+")
# where a unit ends and its institution begins: "Institute of X at Y University", "College of X,
# Y University", "Institute of X (IX), of the Y University", "Lab in the Y Institute"
# a country's code in brackets after a city: "Tarrow (I)", "Lund (SE)"
PLACE_NOTE_RE = lazy_compile(r"\s*\([A-Z]{1,3}\)")
UNIT_ORG_SPLIT_RE = lazy_compile(r",\s*(?:of\s+the\s+|of\s+)?|\s+(?:at|in|of)\s+the\s+|\s+at\s+")
# a heading whose marked items are not publications even when the segmenter could not name it:
# "Selected Conference Abstracts and Posters", "Invited Presentations", "Recent Posts"
NOT_PUBLICATION_HEADING_RE = lazy_compile(
    r"\b(?:posters?|abstracts|talks?|presentations?|seminars?|posts|blog|news|courses?|teaching|software"
    r"|datasets?|media\s+coverage|in\s+the\s+media)\b",  # not "In Press": papers
    re.IGNORECASE,
)
# the separators of a keyword line: "Remote Sensing – SAR, Time Series; Deep Learning"
KEYWORD_SPLIT_RE = lazy_compile(r"\s*[,;|·•]\s*|\s+[–—-]\s+")

# A token of an education or experience entry (extractor/learn/entries.py): a word with its inner
# dots, apostrophes and hyphens ("Ph.D.", "Post-Doctoral", "O'Neil", "U.S."), or one other mark
# ("," "@" "(" "|").
ENTRY_TOKEN_RE = lazy_compile(
    r"""
      [^\W_]+(?:[.'’&/-][^\W_]+)*\.?     # "Ph.D.", "Post-Doctoral", "Univ.", "2019"
    | [^\w\s]                           # ",", "@", "(", "–"
    """,
    re.VERBOSE,
)
