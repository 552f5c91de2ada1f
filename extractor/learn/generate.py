"""Generated CV-shaped citation entries for training: the shapes CVs and homepages use and reference
lists do not (numbered and bulleted lists, the owner in bold, equal-contribution marks, "(with A and
B)", "2025:" year prefixes, trailing statuses, "et al." and "...", "n.d." and "(in prep)", hyphenated
initials, "Surname AB", particles, "Surname, I.; Surname, I.", title-first entries on several lines,
line wraps). Every name, title and venue is invented from the word lists below.

``generate(n, seed)`` is deterministic: the same n and seed give the same entries.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import replace
from functools import cache
from typing import TypeVar

from extractor.learn.data import LabelledEntry, Part, build_entry

T = TypeVar("T")

# fmt: off
GIVEN = (
    "Amara", "Bexley", "Corin", "Dalia", "Evander", "Fiora", "Galen", "Hesper", "Idris", "Juno", "Kestrel",
    "Liora", "Maren", "Nico", "Orla", "Perrin", "Quilla", "Rowan", "Sable", "Tamsin", "Ulric", "Vesna",
    "Wren", "Xanthe", "Yorick", "Zelie", "Anh", "Bao", "Chen", "Daku", "Emeka", "Farid", "Goro", "Hana",
    "Ilse", "Jiro", "Kavi", "Lumi", "Mirza", "Nalu", "Oskar", "Priya", "Rafe", "Saoirse", "Teo", "Uma",
    "Marie-Claire", "Jean-Luc", "Ann-Kathrin",
)
SURNAME = (
    "Quillfeather", "Marrowby", "Tessaly", "Brindlecombe", "Oakenshaw", "Farrowdale", "Pennywhistle",
    "Ashgrove", "Vantoria", "Kellerman", "Duskwood", "Hollin", "Merriweather", "Strand", "Talbrook",
    "Zhevanko", "Okonkwe", "Nakashiro", "Fenwright", "Larkspur", "Crowther", "Ibarrola", "Moravec",
    "Sundqvist", "Haldane", "Corvino", "Abernethy", "Ravensworth", "Liang", "Xu", "Ng", "Osei", "Petrakis",
    "Valdés", "Sørby", "Nguyen-Tran", "Kowalczyk", "Thornbury", "Wexley", "Yarrow", "Ellery", "Gaskin",
    "Pemberton-Hale", "Ruiz", "Dunmore", "Okafor", "Brightwater", "Castellan", "Mbeki", "Fairclough",
)
PARTICLE = ("van der", "van", "de", "da", "von", "de la", "dos", "di", "van den", "le", "bin")
TOPIC = (
    "Widget", "Gadget", "Sprocket", "Lattice", "Quorum", "Ripple", "Spindle", "Cascade", "Beacon",
    "Harbor", "Meadow", "Tundra", "Prism", "Vortex", "Filament", "Mosaic", "Orchard", "Canopy", "Ledger",
    "Bramble", "Kernel", "Token", "Graph", "Signal", "Sensor", "Protein", "Market", "Labor", "Voter",
    "Household", "Climate", "Soil", "Neural", "Sparse", "Robust", "Causal", "Federated", "Adaptive",
    "Stochastic", "Quantum", "Coastal", "Urban", "Rural", "Monetary", "Fiscal", "Dynamic", "Latent",
)
HEAD = (
    "Learning", "Routing", "Inference", "Models", "Networks", "Estimation", "Dynamics", "Allocation",
    "Design", "Evidence", "Effects", "Systems", "Scheduling", "Forecasting", "Representations",
    "Mechanisms", "Policies", "Structure", "Transport", "Compression", "Search", "Control",
)
LINKING = ("for", "of", "in", "with", "under", "via", "and", "from", "on", "without", "across")
VENUE_FIELD = (
    "Widget Systems", "Gadget Learning", "Applied Sprocketry", "Lattice Computing", "Quorum Theory",
    "Harbor Economics", "Meadow Ecology", "Signal Processing Arts", "Computational Orchards",
    "Canopy Science", "Ledger Security", "Data Bramble", "Urban Dynamics", "Labor Studies",
    "Political Mosaics", "Neural Filaments", "Causal Ripples", "Spindle Robotics",
)
VENUE_FORM = (
    "Proceedings of the {ord} Conference on {f}", "Proceedings of the {ord} Symposium on {f}",
    "Journal of {f}", "Transactions on {f}", "{f} Review", "Annals of {f}", "Workshop on {f}",
    "International Conference on {f}", "{f} Letters", "Quarterly Journal of {f}",
    "ACM Symposium on {f}", "IEEE Transactions on {f}", "Advances in {f}", "{f} Quarterly",
)
ORDINAL = ("", "", "12th", "3rd", "21st", "Annual", "40th", "2nd", "Thirty-Seventh")
PUBLISHER = ("Widget Press", "Harbor University Press", "Orchard Books", "Lattice Verlag", "Quill & Sons")
LOCATION = ("Northbridge, UK", "Port Ellis", "Cambridge, MA", "Lake Varrow, CA", "Eastholm", "New Tarrow")
STATUS_TAIL = (
    "under review", "Under review", "in submission", "In submission", "submitted", "Submitted",
    "forthcoming", "Forthcoming", "to appear", "To appear", "in press", "In press",
    "revise and resubmit", "Revise & Resubmit", "working paper", "Working paper", "in preparation",
    "(in prep)", "accepted", "Accepted", "conditionally accepted", "(under review)", "[under review]",
)
STATUS_AT = ("R&R at", "Revise and resubmit at", "Reject and resubmit at", "Under review at",
             "Forthcoming in", "Forthcoming at", "Accepted at", "To appear in", "Submitted to")
AWARD = ("(Best Paper Award)", "Best Paper Award", "Oral presentation", "(Spotlight)", "Best Student Paper",
         "(Oral)", "Honorable Mention", "Outstanding Paper Award", "[Best Paper Nominee]")
LINKS = ("[pdf]", "[code]", "[slides]", "[video]", "[arXiv]", "[bib]", "[poster]", "[project page]",
         "(pdf)", "PDF", "Code", "Slides", "[data]", "[blog]")
MARKS = ("*", "†", "‡", "*", "*")
NUMBER = ("{n}.", "[{n}]", "({n})", "{n})", "C{n}.", "J{n}.", "[C{n}]", "•", "–", "-", "▪", "P{n}.")
MONTH = ("Jan.", "Feb.", "March", "Apr.", "May", "June", "Jul.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.")
# fmt: on


# Invented names are also built from these syllables, so the model learns the shape of a name,
# not a list of names.
SYLLABLE = (
    "ka",
    "ren",
    "dow",
    "mi",
    "lo",
    "tan",
    "vek",
    "sha",
    "ri",
    "bel",
    "zo",
    "nor",
    "quin",
    "al",
    "ta",
    "mar",
    "ish",
    "ven",
    "do",
    "ru",
    "fel",
    "gar",
    "hu",
    "jin",
    "ko",
    "le",
    "mo",
    "na",
    "pe",
    "sor",
    "tre",
    "ul",
    "wa",
    "ye",
    "zen",
    "bra",
    "cor",
    "dan",
    "el",
    "fro",
    "gu",
    "hal",
    "ib",
    "jo",
    "kel",
)
# The share of generated lists whose owner the parser knows (the document's header name).
OWNER_KNOWN_SHARE = 0.75
# Of title-first entries on lines, the share printed as a citation index exports them (year closing
# the author line).
SCHOLAR_EXPORT_SHARE = 0.35
# The title in bold, as CVs and homepages print it (the reader gives bold lines and runs), mostly
# where it leads the entry or has its own line. Drawn from a stream of its own, so the entries' text
# does not change. (Italic venues and titles were tried: CVs set both in italics, and the model
# learnt italics as the venue's font from them, at the cost of italic titles fold-out.)
BOLD_TITLE_SHARE = {"title_first": 0.3, "title_lines": 0.4, "econ": 0.25}
BOLD_TITLE_OTHER_SHARE = 0.08
FONT_SEED_OFFSET = 1
# Title and venue words: common English words (wordfreq's list, a dependency), so the model learns
# what a title looks like rather than a few words.
TITLE_WORD_COUNT = 12000


@cache
def _english_words() -> tuple[str, ...]:
    from wordfreq import top_n_list

    stop = set(LINKING) | {"the", "a", "an", "to", "is", "it", "that", "this", "be", "are", "was"}
    return tuple(
        w
        for w in top_n_list("en", TITLE_WORD_COUNT)
        if w.isalpha() and w.isascii() and len(w) > 2 and w not in stop
    )


class _Gen:
    def __init__(self, rng: random.Random) -> None:
        self.r = rng
        self.plain = ""  # the last name made, as "given surname"
        self.owner: str | None = None  # the owner of the last author list made (printed or not)
        self.shape = ""  # the shape of the last entry made ("title_first", "apa", ...)

    def invented(self, syllables: tuple[int, ...] = (2, 2, 3)) -> str:
        return "".join(self.pick(SYLLABLE) for _ in range(self.pick(syllables))).capitalize()

    def given(self) -> str:
        return self.pick(GIVEN) if self.chance(0.5) else self.invented((2, 2, 3))

    def word(self) -> str:
        return self.pick(_english_words())

    def pick(self, seq: Sequence[T]) -> T:
        return self.r.choice(seq)

    def chance(self, p: float) -> bool:
        return self.r.random() < p

    # --- names ---
    def surname(self) -> str:
        name = self.pick(SURNAME) if self.chance(0.4) else self.invented((2, 3, 3, 4))
        if self.chance(0.1):
            name = f"{self.pick(PARTICLE)} {name}"
        return name

    def initials(self, given: str, dotted: bool = True, hyphen: bool = True) -> str:
        parts = given.split("-")
        if self.chance(0.25):
            parts.append(self.pick(GIVEN))
        if not dotted:
            return "".join(p[0] for p in parts)
        if len(given.split("-")) > 1 and hyphen:
            return "-".join(f"{p[0]}." for p in given.split("-"))
        sep = "" if self.chance(0.3) else " "
        return sep.join(f"{p[0]}." for p in parts)

    def name(self, style: str) -> str:
        given, surname = self.given(), self.surname()
        self.plain = f"{given} {surname}"
        if style == "full":
            return f"{given} {surname}"
        if style == "initial":
            return f"{self.initials(given)} {surname}"
        if style == "inverted":
            return f"{surname}, {self.initials(given)}"
        if style == "inverted_full":
            return f"{surname}, {given}"
        if style == "vancouver":
            return f"{surname} {self.initials(given, dotted=False)}"
        return f"{given} {surname}"

    def authors(self) -> tuple[list[Part], bool]:
        """Author parts (the owner in bold sometimes) and whether a truncation ends them."""
        style = self.pick(("full", "full", "initial", "initial", "inverted", "inverted_full", "vancouver"))
        n = self.pick((1, 2, 2, 3, 3, 4, 5, 6))
        names, plains = [], []
        for _ in range(n):
            names.append(self.name(style))
            plains.append(self.plain)
        owner = self.r.randrange(n)
        # the list's owner, known to the parser as the document's name most of the time
        self.owner = plains[owner] if self.chance(OWNER_KNOWN_SHARE) else None
        if self.chance(0.35):
            for i in range(n):
                if (i <= 1 and self.chance(0.5)) or (i == owner and self.chance(0.3)):
                    names[i] += self.pick(MARKS)
        sep = {"inverted": self.pick((", ", "; ", ", ")), "vancouver": ", "}.get(style, ", ")
        if style == "inverted" and sep == ", " and self.chance(0.3):
            sep = "; "
        last_join = self.pick((" and ", ", and ", " & ", ", & ", sep)) if n > 1 else ""
        truncated = False
        if n >= 3 and self.chance(0.12):
            names = names[: self.pick((1, 2, 3))]
            tail = self.pick(("et al.", "et al", "...", "…", ", et al."))
            truncated = True
        parts: list[Part] = []
        bold_owner = self.chance(0.4)
        for i, name in enumerate(names):
            if i == 0:
                lead = ""
            elif i == len(names) - 1 and not truncated:
                lead = last_join
            else:
                lead = sep
            text = (lead.strip() + " " if lead.strip() else "") + name
            if lead.startswith(","):
                # the comma goes with the previous name, as printed
                if parts:
                    parts[-1] = Part(parts[-1].text + ",", "author", parts[-1].newline_before, parts[-1].bold)
                text = (lead.strip(", ") + " " if lead.strip(", ") else "") + name
            elif lead.startswith(";") and parts:
                parts[-1] = Part(parts[-1].text + ";", "author", parts[-1].newline_before, parts[-1].bold)
                text = name
            parts.append(Part(text, "author", self.chance(0.05), bold_owner and i == owner))
        if truncated:
            parts.append(Part(tail.lstrip(", ") if not tail.startswith(",") else tail[2:], "author"))
        return parts, truncated

    # --- other fields ---
    def title(self) -> str:
        if self.chance(0.75):
            return self.english_title()
        words = [self.pick(TOPIC), self.pick(HEAD)]
        if self.chance(0.7):
            words += [self.pick(LINKING), self.pick(TOPIC), self.pick(HEAD)]
        if self.chance(0.3):
            words += [self.pick(LINKING), self.pick(TOPIC).lower(), self.pick(HEAD).lower()]
        if self.chance(0.25):
            sub = " ".join([self.pick(TOPIC), self.pick(LINKING), self.pick(HEAD)])
            words = [*words[:-1], words[-1] + self.pick((":", "?", ":")), sub]
        if self.chance(0.3):
            words = [words[0], *(w.lower() if w not in ("A",) else w for w in words[1:])]
        return " ".join(words)

    def english_title(self) -> str:
        """A title of common words: Title Case or sentence case, maybe "System: ..." or a subtitle."""
        n = self.pick((2, 3, 4, 5, 6, 7, 8, 10, 12))
        words = []
        for i in range(n):
            if 0 < i < n - 1 and self.chance(0.25):
                words.append(self.pick((*LINKING, "the", "a", "to")))
            else:
                words.append(self.word())
        title_case = self.chance(0.55)
        words = [
            w.capitalize() if (title_case and w not in LINKING) or i == 0 else w for i, w in enumerate(words)
        ]
        if self.chance(0.2):
            words.insert(0, self.invented((2, 3)) + ":")  # a system's name: "Marlow: Fast ..."
        if self.chance(0.15):
            k = self.r.randrange(1, len(words))
            if not words[k - 1].endswith(":"):
                words[k - 1] += self.pick((":", "?", ":", " -", ","))
                words[k] = words[k].capitalize()
        if self.chance(0.08):
            words.insert(self.r.randrange(len(words)), self.invented((1, 2)).upper())  # an acronym
        return " ".join(words)

    def venue(self) -> str:
        form = self.pick(VENUE_FORM)
        ordinal = self.pick(ORDINAL)
        field = (
            self.pick(VENUE_FIELD)
            if self.chance(0.4)
            else " ".join(self.word().capitalize() for _ in range(self.pick((1, 2, 2, 3))))
        )
        text = form.format(ord=ordinal, f=field).replace("the  ", "the ").replace("  ", " ")
        if "{ord}" in form and not ordinal:
            text = text.replace("the Conference", "the Conference")
        if self.chance(0.3):
            acronym = "".join(w[0] for w in text.split() if w[0].isupper())[-4:]
            suffix = self.pick(("", " '23", " 2024", "-22"))
            text += f" ({acronym}{suffix})"
        if self.chance(0.15):
            text = self.pick(("Proc. ", "Proc. of ")) + text.split(" ", 2)[-1]
        return text

    def year(self) -> str:
        return str(self.r.randrange(1998, 2027))


def _end(text: str, rng: random.Random, ends: str = ".,") -> str:
    return text + rng.choice(ends) if text[-1:] not in ".?!" else text


def entry(g: _Gen, number: int) -> list[Part]:
    """One generated entry as labelled parts."""
    r = g.r
    shape = g.pick(
        (
            "title_first",
            "title_lines",
            "authors_first",
            "authors_first",
            "authors_first",
            "apa",
            "title_first",
            "econ",
            "year_prefix",
            "ieee",
            "nature",
            "title_lines",
            "commas",
        )
    )
    g.shape = shape
    parts: list[Part] = []
    if g.chance(0.45):
        parts.append(Part(g.pick(NUMBER).format(n=number), "citation-number"))
    year = g.year()
    date_text = g.pick((year, year, f"{g.pick(MONTH)} {year}", "n.d.", f"{year}a"))
    if shape == "year_prefix":
        parts.append(Part(f"{year}{g.pick((':', '.', ' –', ''))}", "date"))
    authors, _ = g.authors()
    title = g.title()
    venue = g.venue()
    status_parts: list[Part] = []
    if g.chance(0.25):
        if g.chance(0.5):
            status_parts = [Part(g.pick(STATUS_AT), "status"), Part(_end(g.venue(), r), "container")]
            venue = ""
        else:
            status_parts = [Part(_end(g.pick(STATUS_TAIL), r, ".,"), "status")]
    vol = []
    if g.chance(0.45):
        v, i, p1 = r.randrange(1, 80), r.randrange(1, 12), r.randrange(1, 900)
        p = f"{p1}–{p1 + r.randrange(3, 40)}" if g.chance(0.7) else f"{p1}-{p1 + r.randrange(3, 40)}"
        form = g.pick(("colon", "vol", "comma", "short"))
        if form == "colon":
            vol = [Part(str(v), "volume"), Part(f"({i}):", "issue"), Part(p + ",", "pages")]
        elif form == "vol":
            vol = [Part(f"vol. {v},", "volume"), Part(f"no. {i},", "issue"), Part(f"pp. {p},", "pages")]
        elif form == "comma":
            vol = [Part(f"{v},", "volume"), Part(p + ",", "pages")]
        else:
            vol = [Part(f"pp. {p}.", "pages")]
    tail: list[Part] = []
    if g.chance(0.12):
        tail.append(Part(g.pick(AWARD), "award"))
    if g.chance(0.08):
        doi = f"10.{r.randrange(1000, 9999)}/{g.pick(TOPIC).lower()}.{r.randrange(10, 999)}"
        tail.append(Part(g.pick((f"doi:{doi}", f"https://doi.org/{doi}", f"DOI: {doi}")), "doi"))
    if g.chance(0.06):
        tail.append(Part(f"https://example.org/{g.pick(TOPIC).lower()}.pdf", "url"))
    if g.chance(0.2):
        n = g.pick((1, 2, 3))
        sep = g.pick((" ", " | ", " "))
        labels = sep.join(dict.fromkeys(g.pick(LINKS) for _ in range(n)))
        tail.append(Part(labels, "link-label", g.chance(0.3)))
    if g.chance(0.05):
        tail.append(Part(g.pick(("(*equal contribution)", "Invited paper.", "(extended abstract)")), "note"))
    quoted = shape == "ieee"
    title_text = f"“{title},”" if quoted else _end(title, r, ".")
    venue_parts = (
        [Part(("In " if g.chance(0.4) and shape != "nature" else "") + venue, "container")] if venue else []
    )
    if venue_parts:
        venue_parts[0] = Part(venue_parts[0].text + g.pick((",", ".", "")), "container")
    if g.chance(0.06) and venue:
        venue_parts += [Part(g.pick(PUBLISHER) + ",", "publisher"), Part(g.pick(LOCATION) + ",", "location")]
    date_part = Part(_end(date_text, r), "date")
    wrap = g.chance(0.15)

    def nl() -> bool:
        return wrap and g.chance(0.3)

    if shape == "authors_first" or shape == "year_prefix":
        authors[-1] = Part(
            _end(authors[-1].text, r, "."), "author", authors[-1].newline_before, authors[-1].bold
        )
        parts += [*authors, Part(title_text, "title", nl()), *venue_parts, *vol]
        if shape != "year_prefix" and g.chance(0.85):
            parts.append(date_part)
    elif shape == "apa":
        parts += [
            *authors,
            Part(f"({date_text}).", "date"),
            Part(title_text, "title", nl()),
            *venue_parts,
            *vol,
        ]
    elif shape == "ieee":
        authors[-1] = Part(authors[-1].text + ",", "author", authors[-1].newline_before, authors[-1].bold)
        parts += [*authors, Part(title_text, "title"), *venue_parts, *vol, date_part]
    elif shape == "nature":
        authors[-1] = Part(
            _end(authors[-1].text, r, "."), "author", authors[-1].newline_before, authors[-1].bold
        )
        parts += [*authors, Part(title_text, "title"), *venue_parts, *vol, Part(f"({year}).", "date")]
    elif shape == "econ":
        coauthors = [g.name("full") for _ in range(g.pick((1, 2, 3)))]
        g.owner = g.name("full") if g.owner else None  # the owner is not printed
        with_text = " and ".join(
            [", ".join(coauthors[:-1]), coauthors[-1]] if len(coauthors) > 1 else coauthors
        )
        style = g.pick(("bracket", "bracket", "sentence", "quoted", "line"))
        if style == "bracket":
            parts += [
                Part(f"“{title}”" if g.chance(0.3) else title, "title"),
                Part(f"(with {with_text})", "author"),
            ]
        elif style == "quoted":  # "“Title,” with A and B. Venue" / "“Title”, with A, Venue, 2020"
            comma_inside = g.chance(0.5)
            parts += [
                Part(f"“{title},”" if comma_inside else f"“{title}”,", "title"),
                Part(f"with {with_text}{g.pick(('.', ','))}", "author"),
            ]
        elif style == "line":  # the title's line, then "with A and B. Venue" on the next
            parts += [Part(title, "title"), Part(f"with {with_text}.", "author", True)]
        else:
            parts += [Part(_end(title, r, "."), "title"), Part(f"With {with_text}.", "author")]
        parts += venue_parts + vol + ([date_part] if g.chance(0.5) else [])
    elif shape == "commas":  # "A. Doe, B. Roe, Title words, Venue Name, 12, 2020" (commas only)
        authors[-1] = Part(authors[-1].text + ",", "author", authors[-1].newline_before, authors[-1].bold)
        parts += [*authors, Part(title + ",", "title", nl())]
        if venue:
            parts.append(Part(venue + ",", "container", nl()))
        parts += [*vol, Part(date_text, "date")]
    else:  # title first: "Title. Authors. Venue, year." or on lines
        on_lines = shape == "title_lines"
        # a citation-index export: "Title / A. B. DOE, C. ROE 2024 / Venue 37 (1), 2" on three lines,
        # the year closing the author line, the names often in capitals
        export = on_lines and g.chance(SCHOLAR_EXPORT_SHARE)
        capitals = export and g.chance(0.5)
        parts.append(Part(_end(title, r, ".") if not on_lines else title, "title"))
        for k, a in enumerate(authors):
            text = a.text.upper().replace(" AND ", " and ") if capitals else a.text
            parts.append(Part(text, "author", on_lines and k == 0, a.bold))
        if export:
            parts.append(Part(year, "date"))
        if venue_parts:
            venue_parts[0] = Part(venue_parts[0].text, "container", on_lines)
        parts += [*venue_parts, *vol, *([date_part] if g.chance(0.8) and not export else [])]
    parts += status_parts + tail
    return [Part(p.text, p.label, p.newline_before or (wrap and g.chance(0.08)), p.bold) for p in parts]


def with_fonts(parts: list[Part], shape: str, fonts: random.Random) -> list[Part]:
    """The entry's parts in the fonts a CV might print them in: the title in bold, some of the time."""
    if fonts.random() >= BOLD_TITLE_SHARE.get(shape, BOLD_TITLE_OTHER_SHARE):
        return parts
    return [replace(p, bold=True) if p.label == "title" else p for p in parts]


def generate(n: int, seed: int = 16) -> list[LabelledEntry]:
    rng = random.Random(seed)
    fonts = random.Random(seed + FONT_SEED_OFFSET)
    g = _Gen(rng)
    out = []
    for i in range(n):
        parts = entry(g, i % 60 + 1)
        out.append(replace(build_entry(with_fonts(parts, g.shape, fonts)), owner=g.owner))
    return out
