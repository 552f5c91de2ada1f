"""Regexes of the learned citation parser (``extractor/learn/citation.py``): how an entry is cut into
tokens, and the shape cues its features test. A cue is a feature the model weighs, never a rule."""

from __future__ import annotations

import re

# A token that is a URL, DOI or e-mail stays whole: "https://x.org/a(1)", "10.1234/ab.5", "doi:10.1/x"
WHOLE_TOKEN_RE = re.compile(r"^[(\[<]?(?:https?://|www\.|doi:|10\.\d{4,}/|arxiv:|\S+@\S+\.\w)", re.IGNORECASE)
# Inside a whitespace token, cut: before a bracket that follows a letter or digit ("12(3)" -> "12", "(3)"),
# after ":" ",", ";" followed by a letter or digit ("(3):45" -> "(3):", "45"; "Doe,J." -> "Doe,", "J."),
# after a letter's period followed by a digit ("pp.45" -> "pp.", "45").
INNER_CUT_RE = re.compile(r"(?<=[^\W_])(?=[(\[])|(?<=[:,;])(?=[^\W_])|(?<=[^\W\d_]\.)(?=\d)")

# Shape cues, tested on the token with its edge punctuation removed (``core``) or as written (``raw``).
YEAR_RE = re.compile(r"^(?:1[5-9]|20)\d\d[a-z]?$")
YEAR_RANGE_RE = re.compile(r"^(?:1[5-9]|20)\d\d[-–/](?:\d\d){1,2}$")
PAGE_RANGE_RE = re.compile(r"^[A-Za-z]?\d+[-–—]+[A-Za-z]?\d+$")
NUMBER_RE = re.compile(r"^\d+$")
ROMAN_RE = re.compile(r"^[ivxlcdm]+$|^[IVXLCDM]+$")
ORDINAL_RE = re.compile(r"^\d+(?:st|nd|rd|th)$", re.IGNORECASE)
INITIAL_RE = re.compile(r"^[A-Z][a-z]?\.(?:-?[A-Z][a-z]?\.)*$")  # "J.", "A.-C.", "J.Q.", "Th."
BARE_INITIALS_RE = re.compile(r"^[A-Z]{1,3}$")  # "AB" of "Surname AB"
URL_RE = re.compile(r"^(?:https?://|www\.)", re.IGNORECASE)
DOI_RE = re.compile(r"(?:^doi:?|^10\.\d{4,}/|doi\.org/)", re.IGNORECASE)
# an entry's label in its first token: "1.", "[12]", "(3)", "C4.", "J12:", a bullet
ENTRY_NUMBER_RE = re.compile(r"^(?:\[\w{1,5}\]|\(\d{1,3}\)|[A-Z]?\d{1,3}[.):]|[•·▪◦‣\-–—*])$")
MARK_RE = re.compile(r"[*†‡§¶#]")

