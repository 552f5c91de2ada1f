"""Exports: the profile in the formats other tools speak.

Profile -> str. Used by the CLI's ``--format``:

- ``json``: the contract JSON itself, indented, as ``extract`` prints it;
- ``jsonresume``: a JSON Resume 1.0 document (``jsonresume.py``; extension keys documented there);
- ``csl-json``: one CSL-JSON item per publication (``csl.py``);
- ``bibtex``: one BibTeX entry per publication, stable citation keys (``bibtex.py``);
- ``html``: a self-contained review page (``html.py``).

``render_index(rows)`` gives the batch index page, ``index_row(profile, link)`` one of its rows.
The schemas the exports are tested against ship in ``schemas/`` with their licences.
"""

from __future__ import annotations

from typing import Any

from extractor.export.bibtex import render_bibtex
from extractor.export.csl import render_csl
from extractor.export.html import index_row, render_html
from extractor.export.html import render_index as _render_index
from extractor.export.jsonresume import render_jsonresume
from extractor.profile import Profile, profile_json

FORMATS = ("json", "jsonresume", "csl-json", "bibtex", "html")
# the file extension each format is usually saved with
EXTENSIONS = {
    "json": ".json",
    "jsonresume": ".resume.json",
    "csl-json": ".csl.json",
    "bibtex": ".bib",
    "html": ".html",
}

__all__ = ["EXTENSIONS", "FORMATS", "index_row", "render", "render_index"]


def render(profile: Profile, fmt: str) -> str:
    """The profile in one of ``FORMATS``, as text ending in a newline (BibTeX of no publications: "").

    Raises:
        ValueError: ``fmt`` is not one of ``FORMATS``.
    """
    if fmt == "json":
        return profile_json(profile)
    if fmt == "jsonresume":
        return render_jsonresume(profile)
    if fmt == "csl-json":
        return render_csl(profile)
    if fmt == "bibtex":
        return render_bibtex(profile)
    if fmt == "html":
        return render_html(profile)
    raise ValueError(f"unknown format {fmt!r}; expected one of {', '.join(FORMATS)}")


def render_index(rows: list[dict[str, Any]], title: str = "Profiles") -> str:
    """The batch index page: a sortable table of ``rows`` (see ``html.render_index``)."""
    return _render_index(rows, title)
