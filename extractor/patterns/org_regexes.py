"""Regexes about organizations' names as lines print them: a campus named by its city (the city-tail
cut, ``extractor.parse.cities``), an address or a degree where an affiliation was looked for
(``extractor.assemble``)."""

from __future__ import annotations

import re

from extractor.patterns.lazy import lazy_compile

# A university system whose campuses are named by their city, the city then being part of the name
# ("University of Calverton, Millbrook" is not one of them; "University of California, <campus>" is):
# the US state systems whose campuses are separate universities, "UC <campus>", and the institutes of
# technology of India, named by city the same way. The text before a lone city tail ends with one.
CAMPUS_SYSTEM_END_RE = lazy_compile(
    r"(?:^|\s)(?:University\s+of\s+(?:Alabama|Arkansas|California|Colorado|Hawai.?i|Illinois|Maryland|"
    r"Massachusetts|Michigan|Minnesota|Missouri|Nebraska|Nevada|North\s+Carolina|Tennessee|Texas|"
    r"Washington|Wisconsin)|UC|Indian\s+Institutes?\s+of\s+Technology|IITs?)\s*$"
)
# The punctuation that ends a line after its city ("Lecturer, Example University, Millbrook.")
CITY_TAIL_STRIP = " .;"
# A full stop that ends a sentence before a place, the place's first word capitalised: "Tarrow A&M.
# Springfield, Texas" (``parse/cities.py`` checks that the rest is a place).
STOP_BEFORE_PLACE_RE = lazy_compile(r"\.\s+(?=[^\W\d_])")
# A stop after an abbreviation or an initial ends no sentence: "St. Louis", "Mt. Tarrow", "J. Doe".
ABBREVIATION_BEFORE_STOP_RE = lazy_compile(r"(?:^|[\s.(])(?:[A-Za-z]|St|Ste|Sta|Sto|Mt|Ft|Pt|Dr|Prof)$")
# A postal address's building or room closing a header line ("Kestrel University Plant Sciences
# Building", "Tarrow Hall 214", "Room 3.12"): an address, not the affiliation. Only at the end, since a
# name may hold the word ("Seton Hall University"); not "Office", which ends agencies' names.
BUILDING_END_RE = lazy_compile(
    r"\b(?:Building|Bldg\.?|Hall|Room|Rm\.|Suite|Floor)(?:\s+[\w.-]*\d[\w.-]*)?\s*$"
)
# A degree named in a line taken for an affiliation: in brackets ("DATA SCIENCE (PHD)") or a doctorate's
# abbreviation anywhere ("Ph.D. Program"); a tagline or a programme, not the employer. Not the words
# alone ("Master Card", "BA Systems"), which name companies, nor two capitals in brackets ("(MS)", a state).
DEGREE_NOTE_RE = lazy_compile(
    r"\(\s*(?:Ph\.?\s?D|D\.?\s?Phil|M\.?\s?Sc|B\.?\s?Sc)\.?\s*\)|\bPh\.?\s?D\b", re.IGNORECASE
)
