"""Regexes of the city-tail cut (``extractor.parse.cities``)."""

from __future__ import annotations

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
