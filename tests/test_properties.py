"""Properties of the whole pipeline on arbitrary input (Hypothesis).

Whatever text or bytes come in, ``extract`` either returns a profile that validates against the
published JSON Schema, or reports the input in ``result.errors`` as an ``InputError`` that the
input caused (an internal error, a stage raising what it did not mean to, fails); it never raises.
Every education/experience date is ``YYYY[-MM[-DD]]``.
"""

from __future__ import annotations

import re
import tempfile
from pathlib import Path

import jsonschema
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extractor.errors import InputError
from extractor.options import ExtractOptions
from extractor.pipeline import ExtractResult, extract
from extractor.schema import build_profile_schema
from tests.conftest import FIXTURES

PARTIAL_DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
VALIDATOR = jsonschema.Draft202012Validator(build_profile_schema())
OPTIONS = ExtractOptions(use_nlp=False)  # unit tests need no model
SETTINGS = settings(
    max_examples=50,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
# one directory for the whole module: Hypothesis reruns the test body, tmp_path would be shared anyway
WORKDIR = Path(tempfile.mkdtemp(prefix="extractor-properties-"))

# pieces of real CVs, so generated text reaches the section and date parsers, not only the reader
CV_PIECES = [
    "Education",
    "## Experience",
    "EXPERIENCE",
    "Publications",
    "Awards",
    "Teaching",
    "# ",
    "- ",
    "• ",
    "**",
    "[1] ",
    "1. ",
    "\n",
    "\n\n",
    "\n\n\n",
    " ",
    " || ",
    ", ",
    "Ph.D. in Physics",
    "B.Sc.",
    "University of Tarrow",
    "Postdoctoral Fellow",
    "2019 – 2021",
    "Sep 2020 - Present",
    "May 2027 (Expected)",
    "Fall 2021",
    "2020",
    "13/2020",
    "Feb 30 2020",
    "0000",
    "9999-12",
    "summer '19",
    "I am a student",
    "iv@example.edu",
    "\ufffd",
    "e\ufffdciently",
    "manag-",
    "ing",
    "<p>",
    "</p>",
    "<h2>",
    "(*Equal contribution)",
    "Advisor: Prof. X",
]
cv_like_text = st.lists(st.sampled_from(CV_PIECES) | st.text(max_size=6), max_size=40).map("".join)
any_text = st.text(max_size=400) | cv_like_text


def run(data: bytes, suffix: str) -> ExtractResult:
    path = WORKDIR / f"input{suffix}"
    path.write_bytes(data)
    return extract([str(path)], OPTIONS)


def check(result: ExtractResult, shown: object) -> None:
    assert all(isinstance(e, InputError) for e in result.errors), shown
    # a crash inside a stage is reported as an InputError too, but it is a bug, never a pass
    crashes = [e.reason for e in result.errors if e.internal]
    assert not crashes, (shown, crashes)
    if result.profile is None:
        assert len(result.errors) == 1, shown
        assert result.errors[0].reason, shown
        return
    data = result.profile.model_dump(mode="json")
    errors = sorted(VALIDATOR.iter_errors(data), key=lambda e: list(e.path))
    assert not errors, (shown, errors[0].message, list(errors[0].path))
    for key in ("education", "experience"):
        for item in data[key]:
            for field in ("start", "end"):
                value = item[field]
                assert value is None or PARTIAL_DATE_RE.match(value), (shown, key, field, value)


@SETTINGS
@given(text=any_text, suffix=st.sampled_from([".txt", ".md"]))
def test_any_text_gives_a_valid_profile_or_an_input_error(text: str, suffix: str) -> None:
    check(run(text.encode("utf-8", "surrogatepass"), suffix), text)


@SETTINGS
@given(text=any_text)
def test_any_text_as_html_gives_a_valid_profile_or_an_input_error(text: str) -> None:
    check(run(f"<html><body><p>{text}</p></body></html>".encode("utf-8", "surrogatepass"), ".html"), text)


PDF_BYTES = (FIXTURES / "cv-hyperlinks-pdf" / "cv.pdf").read_bytes()
any_bytes = (
    st.binary(max_size=600)
    | st.binary(max_size=300).map(lambda b: b"%PDF-1.4\n" + b)  # a PDF signature over junk
    | st.integers(1, len(PDF_BYTES) - 1).map(lambda n: PDF_BYTES[:n])  # a truncated real PDF
)


@SETTINGS
@given(data=any_bytes, suffix=st.sampled_from([".txt", ".pdf", ""]))
def test_any_bytes_give_a_valid_profile_or_an_input_error(data: bytes, suffix: str) -> None:
    check(run(data, suffix), data[:80])


def test_every_fixture_input_passes_the_same_checks() -> None:
    """The properties' oracle on known-good inputs, so a broken oracle cannot pass silently."""
    inputs = [
        p
        for p in FIXTURES.glob("*/*")
        if p.suffix in {".pdf", ".html", ".txt", ".md"} and not p.name.endswith(".pdf.md")
    ]
    assert inputs
    for path in inputs:
        result = extract([str(path)], OPTIONS)
        assert result.profile is not None and result.errors == (), path
        check(result, path)


def test_an_internal_error_fails_the_check(monkeypatch: pytest.MonkeyPatch) -> None:
    """The oracle itself: a stage that crashes must not pass as an unreadable input."""
    import extractor.segment as segment

    def crash(doc: object) -> object:
        raise ValueError("a bug")

    monkeypatch.setattr(segment, "segment_sections", crash)  # the pipeline imports it when it runs
    path = WORKDIR / "crash.txt"
    path.write_text("Jane Doe\nEducation\nB.Sc., 2020\n", "utf-8")
    result = extract([str(path)], OPTIONS)
    assert result.profile is None and result.errors and result.errors[0].internal
    with pytest.raises(AssertionError):
        check(result, "crash")
