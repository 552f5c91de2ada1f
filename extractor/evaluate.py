"""Accuracy evaluation: compare predicted profiles against hand-made gold ("Measuring ourselves").

Gold files follow the development-set format (``GOLD_DIR/<id>/gold.json`` or ``GOLD_DIR/<id>.json``:
``name, emails, links{kind: value}, position, affiliation, education[], experience[],
publications[], notes, gold_complete``); predictions are our profile JSON (``PRED_DIR/<id>.json``).

Scores are counts (true positives, false positives, false negatives) summed over documents
(micro-average), plus rates (correct / total) for attributes of matched items. Matching rules:

* **text normalisation**: NFKD accent fold, casefold, punctuation -> space, whitespace collapsed.
* **similarity** ``max(ratio, token_sort_ratio)`` of normalised strings; when the shorter string has
  at least two words, is contained word-for-word in the longer one and is at least 40% of its
  length (``"Tarrow University"`` in ``"Tarrow University, Department of Botany"``) it counts 90.
* **publications**: one-to-one, greedy best-first on title ``ratio >= 90``. Among matched pairs:
  - *authors exact*: same sequence of author keys (family name + first initial, so
    ``"A. Quill" == "Amaya Quill"``; ``"Family, Given"`` and Vancouver ``"Quill AB"`` are
    un-inverted, markers like ``*``/``†`` and a leading ``and`` dropped). Where gold says the owner
    was prepended to a ``(with X and Y)`` list (item flag ``author_order_unknown`` or gold ``notes``
    saying so) author order is unknown: compare as multisets.
    Items whose gold authors are null/empty are not scored.
  - *owner position*: index of our ``is_owner`` author == index of the gold author matching gold
    ``name`` (order-unknown items: correct when we mark an owner among the authors).
  - *equal contribution*: only where gold carries flags (author dicts with ``equal_contribution`` or an
    item-level ``equal_contribution`` list of names): same set of flagged author keys.
  - *year*: equal (null == null counts as correct); *venue*: normalised similarity >= 85, or our
    ``venue_short`` equal to the gold venue (or gold ``venue_short``); null == null is correct.
* **education**: one-to-one greedy on institution similarity >= 85 (both null also passes) with
  compatible degree levels (equal, or either unknown; gold degree text is mapped to a level with a
  small table). Years: gold ``start_year``/``end_year`` vs the first four characters of our
  ``start``/``end``.
* **experience**: one-to-one greedy; every non-null gold field among title / organisation must reach
  similarity >= 85 against ours (gold ``title: null`` leaves the title unconstrained). Years as above.
* **name**: exact after normalisation; **position / affiliation**: exact after normalisation, and a
  separate ``*_fuzzy`` variant at similarity >= 85. A scalar counts TP when both sides are set and
  equal, FP when ours is set and wrong, FN when gold is set and ours is not equal.
* **emails**: casefolded sets. **links**: one-to-one; ours matches a gold value when its normalised URL
  (no scheme, no ``www.``, no trailing ``/``) equals or contains the normalised gold value
  (same-kind pairs are preferred).
* ``gold_complete: {section: false}`` (or ``false`` for everything): our unmatched items of that
  section are not counted as false positives.
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rapidfuzz import fuzz

from extractor.learn.corpus import match_key
from extractor.parse.text import fold, url_key

TITLE_THRESHOLD = 90.0
VENUE_THRESHOLD = 85.0
ENTITY_THRESHOLD = 85.0
SCALAR_FUZZY_THRESHOLD = 85.0
# A future direction is a sentence: wording around the same plan differs more than a title's.
STATEMENT_SENTENCE_THRESHOLD = 70.0

#: count fields in table order
COUNT_FIELDS = (
    "name",
    "emails",
    "links",
    "position",
    "position_fuzzy",
    "affiliation",
    "affiliation_fuzzy",
    "education",
    "experience",
    "publications",
)
#: lists scored only when the gold is a contract profile (a corpus annotation): the devset's gold
#: format has none of them
CORPUS_COUNT_FIELDS = (
    "research_interests",
    "teaching",
    "service",
    "awards",
    "talks",
    "grants",
    "statement_themes",
    "statement_funders",
    "statement_future",
    "statement_references",
)
#: the field of an item that identifies it, per corpus list (one-to-one on similarity >= 85)
_ITEM_KEYS: dict[str, tuple[str, ...]] = {
    "teaching": ("course", "role"),
    "service": ("role", "venue"),
    "awards": ("title",),
    "talks": ("title", "event"),
    "grants": ("title", "funder"),
}
#: rate names in table order, with the label printed by ``format_table``
RATE_LABELS = {
    "name_accuracy": "name accuracy (docs)",
    "pub_authors_exact": "pubs: authors exact",
    "pub_owner_position": "pubs: owner position",
    "pub_equal_contribution": "pubs: equal-contribution",
    "pub_year": "pubs: year",
    "pub_venue": "pubs: venue",
    "edu_start_year": "education: start year",
    "edu_end_year": "education: end year",
    "exp_start_year": "experience: start year",
    "exp_end_year": "experience: end year",
}
#: headline figures guarded by ``benchmarks/floors.json``
HEADLINE_FIGURES = (
    "publications_f1",
    "authors_exact_rate",
    "year_rate",
    "education_f1",
    "experience_f1",
    "name_accuracy",
    "emails_f1",
)

_ORDER_UNKNOWN_NOTE = re.compile(
    r"order (?:is )?unknown|\(with\b|gold (?:lists|adds|prepends|puts) (?:the )?owner|owner (?:is )?never",
    re.IGNORECASE,
)


# --------------------------------------------------------------------------- score containers


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, other: Counts) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    @property
    def support(self) -> int:
        return self.tp + self.fn

    @property
    def precision(self) -> float:
        if self.tp + self.fp:
            return self.tp / (self.tp + self.fp)
        return 1.0 if self.fn == 0 else 0.0

    @property
    def recall(self) -> float:
        if self.tp + self.fn:
            return self.tp / (self.tp + self.fn)
        return 1.0 if self.fp == 0 else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_json(self) -> dict[str, Any]:
        return {
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "support": self.support,
            "precision": _round(self.precision),
            "recall": _round(self.recall),
            "f1": _round(self.f1),
        }


@dataclass
class Rate:
    correct: int = 0
    total: int = 0

    def add(self, other: Rate) -> None:
        self.correct += other.correct
        self.total += other.total

    def record(self, ok: bool) -> None:
        self.total += 1
        self.correct += int(ok)

    @property
    def rate(self) -> float | None:
        return self.correct / self.total if self.total else None

    def to_json(self) -> dict[str, Any]:
        rate = self.rate
        return {"correct": self.correct, "total": self.total, "rate": None if rate is None else _round(rate)}


@dataclass
class PairScores:
    """Scores of one predicted profile against its gold."""

    counts: dict[str, Counts] = field(default_factory=lambda: {k: Counts() for k in COUNT_FIELDS})
    rates: dict[str, Rate] = field(default_factory=lambda: {k: Rate() for k in RATE_LABELS})

    def add(self, other: PairScores) -> None:
        for key, value in other.counts.items():
            self.counts.setdefault(key, Counts()).add(value)
        for key, rate in other.rates.items():
            self.rates.setdefault(key, Rate()).add(rate)


@dataclass
class Report:
    documents: dict[str, PairScores] = field(default_factory=dict)
    missing_predictions: list[str] = field(default_factory=list)
    unmatched_predictions: list[str] = field(default_factory=list)

    @property
    def total(self) -> PairScores:
        total = PairScores()
        for scores in self.documents.values():
            total.add(scores)
        return total


# --------------------------------------------------------------------------- normalisation


def _round(x: float) -> float:
    return round(x, 4)


def normalize_text(text: str | None) -> str:
    """Fold, turn punctuation into spaces, collapse whitespace."""
    if not text:
        return ""
    folded = fold(text)
    cleaned = "".join(c if c.isalnum() or c.isspace() else " " for c in folded)
    return " ".join(cleaned.split())


def similarity(a: str | None, b: str | None) -> float:
    """0-100 similarity of two normalised strings (see module docstring for the containment rule)."""
    na, nb = normalize_text(a), normalize_text(b)
    if not na or not nb:
        return 0.0
    if na == nb:
        return 100.0
    score = max(fuzz.ratio(na, nb), fuzz.token_sort_ratio(na, nb))
    short, long_ = (na, nb) if len(na) <= len(nb) else (nb, na)
    if len(short.split()) >= 2 and f" {short} " in f" {long_} " and len(short) >= 0.4 * len(long_):
        score = max(score, 90.0)
    return float(score)


_NAME_MARKERS = re.compile(r"[*†‡§¶#✝⁎∗+\d]|\((?:[*†‡§¶#]+)\)")
_NAME_SUFFIXES = {"jr", "sr", "ii", "iii", "iv", "phd", "md", "dr", "prof"}
_NAME_JOINERS = re.compile(r"['’ʼ`\-‐‑‒–]")
# "Doe JQ" (Vancouver): a family name of at most three words, then one to three capital initials,
# maybe dotted and spaced ("Doe J.", "Doe J.Q.", "Doe J.-Q.", "Doe J. Q."); no family word is an initial
_VANCOUVER_NAME = re.compile(
    r"^(?P<family>\S+(?: (?![A-Z](?:[.\s]|$))\S+){0,2}) (?P<initials>[A-Z](?:\.? ?-?[A-Z]){0,2})\.?$"
)
# a list's joining word left on a name ("and R. Doe")
_NAME_LEAD = re.compile(r"^(?:and|&)\s+", re.IGNORECASE)


# "JR"/"SR" in capitals after a family name not in capitals: Vancouver initials, not a suffix
_VANCOUVER_INITIALS_AS_SUFFIX = re.compile(r"^\s*[JS]R\.?\s*$")


def author_key(name: str | None) -> tuple[str, str] | None:
    """(family name, first initial) of a printed author name; None when there is no name."""
    if not name:
        return None
    text = _NAME_LEAD.sub("", _NAME_MARKERS.sub(" ", name).strip())
    vancouver = _VANCOUVER_NAME.match(text) if "," not in text else None
    if vancouver and not vancouver["family"].isupper():
        text = f"{vancouver['initials'][0]} {vancouver['family']}"  # "Doe JQ" is J. Doe
    if "," in text:
        family, _, given = text.partition(",")
        if _VANCOUVER_INITIALS_AS_SUFFIX.match(given) and not family.isupper():
            given = given.strip()[0]  # "Curtis, JR": the initials J. R., as "Curtis JR" reads
        given_tokens = [t for t in normalize_text(given).split() if t not in _NAME_SUFFIXES]
        text = f"{given} {family}" if given_tokens else family
    joined = _NAME_JOINERS.sub("", fold(text))
    tokens = [t for t in normalize_text(joined).split() if t not in _NAME_SUFFIXES]
    if not tokens:
        return None
    if len(tokens) == 1:
        return (tokens[0], "")
    return (tokens[-1], tokens[0][0])


def _norm_url(value: str | None) -> str:
    return url_key(value or "")


_DOCTORATE = {
    "phd",
    "dphil",
    "doctorate",
    "doctor",
    "doctoral",
    "edd",
    "dsc",
    "scd",
    "md",
    "jd",
    "dr",
    "drphil",
    "dba",
    "thd",
    "dma",
    "pharmd",
    "psyd",
    "dnp",
    "engd",
    "habilitation",
    "doutorado",
    "dottorato",
    "doktorat",
    "hdr",
}
_MASTER = {
    "ma",
    "ms",
    "msc",
    "mphil",
    "mres",
    "meng",
    "mba",
    "mpa",
    "mpp",
    "mfa",
    "msci",
    "mst",
    "llm",
    "master",
    "masters",
    "magister",
    "mtech",
    "mcs",
    "maitrise",
    "mas",
    "mph",
    "mse",
    "med",
    "mag",
    "mmath",
    "mstat",
    "mestre",
    "mestrado",
    "maestria",
    "dea",
    "mcomm",
    "mdes",
    "march",
    "mlitt",
}
_BACHELOR = {
    "ba",
    "bs",
    "bsc",
    "beng",
    "bba",
    "btech",
    "bfa",
    "ab",
    "sb",
    "bachelor",
    "bachelors",
    "baccalaureate",
    "llb",
    "bcom",
    "bphil",
    "bse",
    "bas",
    "bmath",
    "barch",
    "licence",
    "licenciatura",
    "laurea",
    "bacharelado",
    "bed",
}


def degree_level(degree: str | None) -> str | None:
    """Map printed degree text to bachelor / master / doctorate / other (None when there is no text)."""
    if not degree:
        return None
    folded = fold(degree).replace(".", "")
    tokens = set(re.split(r"[^a-z0-9]+", folded)) - {""}
    if tokens & _DOCTORATE or "doctor" in folded:
        return "doctorate"
    if tokens & _MASTER or "master" in folded:
        return "master"
    if tokens & _BACHELOR or "bachelor" in folded:
        return "bachelor"
    return "other"


def _year_of(value: Any) -> int | None:
    if value is None:
        return None
    if isinstance(value, int):
        return value
    match = re.match(r"\s*(\d{4})", str(value))
    return int(match.group(1)) if match else None


# --------------------------------------------------------------------------- matching


def greedy_match(
    golds: Sequence[Any], preds: Sequence[Any], score: Callable[[Any, Any], float | None]
) -> list[tuple[int, int]]:
    """One-to-one matching, best-scoring pairs first; ``score`` returns None for impossible pairs."""
    candidates: list[tuple[float, int, int]] = []
    for gi, g in enumerate(golds):
        for pi, p in enumerate(preds):
            s = score(g, p)
            if s is not None:
                candidates.append((s, gi, pi))
    candidates.sort(key=lambda c: (-c[0], c[1], c[2]))
    used_g: set[int] = set()
    used_p: set[int] = set()
    pairs: list[tuple[int, int]] = []
    for _, gi, pi in candidates:
        if gi in used_g or pi in used_p:
            continue
        used_g.add(gi)
        used_p.add(pi)
        pairs.append((gi, pi))
    return sorted(pairs)


def _section_complete(gold: dict[str, Any], section: str) -> bool:
    flag = gold.get("gold_complete", True)
    if isinstance(flag, dict):
        return bool(flag.get(section, True))
    return flag is not False


def _list_counts(n_gold: int, n_pred: int, n_matched: int, complete: bool) -> Counts:
    return Counts(tp=n_matched, fp=(n_pred - n_matched) if complete else 0, fn=n_gold - n_matched)


def _scalar_counts(gold_value: Any, pred_value: Any, equal: bool) -> Counts:
    counts = Counts()
    if gold_value and pred_value and equal:
        counts.tp = 1
        return counts
    if pred_value:
        counts.fp = 1
    if gold_value:
        counts.fn = 1
    return counts


def _title_score(g: dict[str, Any], p: dict[str, Any]) -> float | None:
    a, b = normalize_text(g.get("title")), normalize_text(p.get("title"))
    if not a or not b:
        return None
    s = fuzz.ratio(a, b)
    return s if s >= TITLE_THRESHOLD else None


def _gold_author_names(pub: dict[str, Any]) -> list[str | None] | None:
    authors = pub.get("authors")
    if not authors:
        return None
    names: list[str | None] = []
    for a in authors:
        names.append(a.get("name") if isinstance(a, dict) else a)
    return names


def _gold_equal_contribution(pub: dict[str, Any]) -> set[tuple[str, str]] | None:
    """Flagged author keys when gold carries equal-contribution information, else None."""
    authors = pub.get("authors") or []
    flagged: set[tuple[str, str]] = set()
    has_flags = False
    for a in authors:
        if isinstance(a, dict) and "equal_contribution" in a:
            has_flags = True
            key = author_key(a.get("name"))
            if a.get("equal_contribution") and key:
                flagged.add(key)
    item_level = pub.get("equal_contribution")
    if isinstance(item_level, list):
        has_flags = True
        flagged |= {k for k in (author_key(n) for n in item_level) if k}
    return flagged if has_flags else None


def _pred_author_keys(
    pub: dict[str, Any], owner_name: str | None
) -> tuple[list[tuple[str, str] | None], int | None]:
    keys: list[tuple[str, str] | None] = []
    owner_index = None
    for i, a in enumerate(pub.get("authors") or []):
        if isinstance(a, str):
            a = {"name": a}
        name = a.get("name")
        if a.get("is_owner"):
            if owner_index is None:
                owner_index = i
            if not name:
                name = owner_name
        keys.append(author_key(name))
    return keys, owner_index


def _venue_ok(g: dict[str, Any], p: dict[str, Any]) -> bool:
    gold_venue = g.get("venue")
    pred_venue, pred_short = p.get("venue"), p.get("venue_short")
    if not gold_venue:
        return not pred_venue
    if pred_venue and similarity(gold_venue, pred_venue) >= VENUE_THRESHOLD:
        return True
    if pred_short:
        short = normalize_text(pred_short)
        if short in {normalize_text(gold_venue), normalize_text(g.get("venue_short"))}:
            return True
    return False


def _score_publications(gold: dict[str, Any], pred: dict[str, Any], scores: PairScores) -> None:
    golds = [g for g in gold.get("publications") or [] if isinstance(g, dict)]
    preds = [p for p in pred.get("publications") or [] if isinstance(p, dict)]
    pairs = greedy_match(golds, preds, _title_score)
    scores.counts["publications"] = _list_counts(
        len(golds), len(preds), len(pairs), _section_complete(gold, "publications")
    )
    owner_key = author_key(gold.get("name"))
    doc_order_unknown = bool(_ORDER_UNKNOWN_NOTE.search(gold.get("notes") or ""))
    rates = scores.rates
    for gi, pi in pairs:
        g, p = golds[gi], preds[pi]
        rates["pub_year"].record(_year_of(g.get("year")) == _year_of(p.get("year")))
        rates["pub_venue"].record(_venue_ok(g, p))
        gold_names = _gold_author_names(g)
        if gold_names is None:
            continue
        gold_keys = [author_key(n) for n in gold_names]
        pred_keys, pred_owner = _pred_author_keys(p, pred.get("name") or gold.get("name"))
        gold_owner = next((i for i, k in enumerate(gold_keys) if k and k == owner_key), None)
        order_unknown = bool(g.get("author_order_unknown")) or (
            doc_order_unknown and gold_owner == 0 and len(gold_keys) > 1
        )
        if order_unknown:
            rates["pub_authors_exact"].record(Counter(gold_keys) == Counter(pred_keys))
        else:
            rates["pub_authors_exact"].record(gold_keys == pred_keys)
        if gold_owner is not None:
            if order_unknown:
                rates["pub_owner_position"].record(pred_owner is not None)
            else:
                rates["pub_owner_position"].record(pred_owner == gold_owner)
        gold_equal = _gold_equal_contribution(g)
        if gold_equal is not None:
            pred_equal = set()
            for a, key in zip(p.get("authors") or [], pred_keys, strict=False):
                if isinstance(a, dict) and a.get("equal_contribution") and key:
                    pred_equal.add(key)
            rates["pub_equal_contribution"].record(pred_equal == gold_equal)


def _years_bonus(g: dict[str, Any], p: dict[str, Any]) -> float:
    bonus = 0.0
    if g.get("start_year") is not None and _year_of(g.get("start_year")) == _year_of(p.get("start")):
        bonus += 5
    if _year_of(g.get("end_year")) == _year_of(p.get("end")):
        bonus += 5
    return bonus


def _record_years(g: dict[str, Any], p: dict[str, Any], scores: PairScores, prefix: str) -> None:
    scores.rates[f"{prefix}_start_year"].record(_year_of(g.get("start_year")) == _year_of(p.get("start")))
    scores.rates[f"{prefix}_end_year"].record(_year_of(g.get("end_year")) == _year_of(p.get("end")))


def _education_score(g: dict[str, Any], p: dict[str, Any]) -> float | None:
    gold_inst, pred_inst = g.get("institution"), p.get("institution")
    inst = 100.0 if not gold_inst and not pred_inst else similarity(gold_inst, pred_inst)
    if inst < ENTITY_THRESHOLD:
        return None
    gold_level = degree_level(g.get("degree"))
    pred_level = p.get("degree_level") or degree_level(p.get("degree"))
    if gold_level and pred_level and gold_level != pred_level:
        return None
    level_bonus = 20.0 if gold_level and gold_level == pred_level else 0.0
    field_bonus = similarity(g.get("field"), p.get("field")) / 20 if g.get("field") else 0.0
    degree_bonus = 5.0 if normalize_text(g.get("degree")) == normalize_text(p.get("degree")) else 0.0
    return inst + level_bonus + field_bonus + degree_bonus + _years_bonus(g, p)


def _experience_score(g: dict[str, Any], p: dict[str, Any]) -> float | None:
    total = 0.0
    constrained = 0
    for key in ("title", "organization"):
        if g.get(key):
            s = similarity(g.get(key), p.get(key))
            if s < ENTITY_THRESHOLD:
                return None
            total += s
            constrained += 1
    if not constrained:
        return None
    return total / constrained + _years_bonus(g, p)


def _score_entries(
    gold: dict[str, Any],
    pred: dict[str, Any],
    scores: PairScores,
    section: str,
    prefix: str,
    score: Callable[[dict[str, Any], dict[str, Any]], float | None],
) -> None:
    golds = [g for g in gold.get(section) or [] if isinstance(g, dict)]
    preds = [p for p in pred.get(section) or [] if isinstance(p, dict)]
    pairs = greedy_match(golds, preds, score)
    complete = _section_complete(gold, section)
    scores.counts[section] = _list_counts(len(golds), len(preds), len(pairs), complete)
    for gi, pi in pairs:
        _record_years(golds[gi], preds[pi], scores, prefix)


def _score_links(gold: dict[str, Any], pred: dict[str, Any]) -> Counts:
    raw = gold.get("links") or {}
    if isinstance(raw, dict):
        gold_links = [(str(k), str(v)) for k, v in raw.items() if v]
    else:
        gold_links = [(str(x.get("kind")), str(x.get("url"))) for x in raw if isinstance(x, dict)]
    pred_links = [
        (str(x.get("kind")), str(x.get("url"))) for x in pred.get("links") or [] if isinstance(x, dict)
    ]
    gold_links = [link for link in gold_links if _norm_url(link[1]) not in ("", "none")]
    pred_links = [link for link in pred_links if _norm_url(link[1]) not in ("", "none")]

    def score(g: tuple[str, str], p: tuple[str, str]) -> float | None:
        gv, pv = _norm_url(g[1]), _norm_url(p[1])
        if not gv or not pv or gv not in pv:
            return None
        return (2.0 if gv == pv else 1.0) + (1.0 if g[0] == p[0] else 0.0)

    pairs = greedy_match(gold_links, pred_links, score)
    return _list_counts(len(gold_links), len(pred_links), len(pairs), True)


def _as_set(values: Iterable[Any] | None) -> set[str]:
    return {fold(str(v)).strip() for v in values or [] if v}


def is_contract_profile(gold: dict[str, Any]) -> bool:
    return "schema_version" in gold


def contract_as_gold(profile: dict[str, Any], notes: str = "") -> dict[str, Any]:
    """A contract profile (a corpus annotation's) in the gold format the scorers read.

    Dates become ``start_year``/``end_year``; the owner's author slot gets the profile's name when it
    prints none; where the owner's name is printed nowhere in the entry ("(with A and B)" styles) the
    author order is unknown, as the devset's convention says.
    """
    gold = dict(profile)
    gold["notes"] = notes
    for section in ("education", "experience"):
        gold[section] = [
            {**item, "start_year": _year_of(item.get("start")), "end_year": _year_of(item.get("end"))}
            for item in profile.get(section) or []
        ]
    publications = []
    for pub in profile.get("publications") or []:
        evidence = match_key((pub.get("evidence") or {}).get("text", ""))
        authors = []
        order_unknown = False
        for author in pub.get("authors") or []:
            name = author.get("name")
            if author.get("is_owner"):
                name = name or profile.get("name")
                family = (author_key(name) or ("", ""))[0]
                order_unknown = order_unknown or (bool(family) and family not in evidence)
            authors.append({"name": name, "equal_contribution": bool(author.get("equal_contribution"))})
        publications.append({**pub, "authors": authors, "author_order_unknown": order_unknown})
    gold["publications"] = publications
    return gold


def _item_score(keys: tuple[str, ...]) -> Callable[[dict[str, Any], dict[str, Any]], float | None]:
    def score(g: dict[str, Any], p: dict[str, Any]) -> float | None:
        total, constrained = 0.0, 0
        for key in keys:
            if g.get(key):
                s = similarity(str(g.get(key)), str(p.get(key) or ""))
                if s < ENTITY_THRESHOLD:
                    return None
                total += s
                constrained += 1
        return total / constrained if constrained else None

    return score


def _score_corpus_lists(gold: dict[str, Any], pred: dict[str, Any], scores: PairScores) -> None:
    for section, keys in _ITEM_KEYS.items():
        golds = [g for g in gold.get(section) or [] if isinstance(g, dict)]
        preds = [p for p in pred.get(section) or [] if isinstance(p, dict)]
        pairs = greedy_match(golds, preds, _item_score(keys))
        scores.counts[section] = _list_counts(len(golds), len(preds), len(pairs), True)
    gold_interests, pred_interests = (
        _as_set(gold.get("research_interests")),
        _as_set(pred.get("research_interests")),
    )
    scores.counts["research_interests"] = _list_counts(
        len(gold_interests), len(pred_interests), len(gold_interests & pred_interests), True
    )
    gold_statement = gold.get("statement") or {}
    pred_statement = pred.get("statement") or {}

    def fuzzy_list(golds: list[str], preds: list[str], threshold: float) -> Counts:
        def score(g: str, p: str) -> float | None:
            s = similarity(g, p)
            return s if s >= threshold else None

        pairs = greedy_match(golds, preds, score)
        return _list_counts(len(golds), len(preds), len(pairs), True)

    scores.counts["statement_themes"] = fuzzy_list(
        [t.get("title", "") for t in gold_statement.get("themes") or []],
        [t.get("title", "") for t in pred_statement.get("themes") or []],
        ENTITY_THRESHOLD,
    )
    scores.counts["statement_funders"] = fuzzy_list(
        list(gold_statement.get("funding_sources") or []),
        list(pred_statement.get("funding_sources") or []),
        ENTITY_THRESHOLD,
    )
    scores.counts["statement_future"] = fuzzy_list(
        list(gold_statement.get("future_directions") or []),
        list(pred_statement.get("future_directions") or []),
        STATEMENT_SENTENCE_THRESHOLD,
    )
    # cited works resolved: the statement's cited works by label ("[C6]" = "C6", "Doe et al., 2019")
    scores.counts["statement_references"] = fuzzy_list(
        [str(r.get("label") or "") for r in gold_statement.get("references") or []],
        [str(r.get("label") or "") for r in pred_statement.get("references") or []],
        ENTITY_THRESHOLD,
    )


def evaluate_pair(gold: dict[str, Any], pred: dict[str, Any]) -> PairScores:
    """Score one predicted profile (our JSON) against one gold record (devset gold or a contract
    profile, as corpus annotations hold)."""
    scores = PairScores()
    if is_contract_profile(gold):
        _score_corpus_lists(gold, pred, scores)
        gold = contract_as_gold(gold, gold.get("notes") or "")
    gold_name, pred_name = gold.get("name"), pred.get("name")
    name_ok = normalize_text(gold_name) == normalize_text(pred_name)
    scores.counts["name"] = _scalar_counts(gold_name, pred_name, name_ok)
    scores.rates["name_accuracy"].record(name_ok)

    gold_emails, pred_emails = _as_set(gold.get("emails")), _as_set(pred.get("emails"))
    matched = len(gold_emails & pred_emails)
    scores.counts["emails"] = _list_counts(len(gold_emails), len(pred_emails), matched, True)
    scores.counts["links"] = _score_links(gold, pred)

    for key in ("position", "affiliation"):
        g, p = gold.get(key), pred.get(key)
        scores.counts[key] = _scalar_counts(g, p, normalize_text(g) == normalize_text(p))
        scores.counts[f"{key}_fuzzy"] = _scalar_counts(
            g, p, bool(g and p) and similarity(g, p) >= SCALAR_FUZZY_THRESHOLD
        )

    _score_entries(gold, pred, scores, "education", "edu", _education_score)
    # teaching roles that state a role and an institution are in our experience, as in the gold
    # (``fields/teaching.roles_held``): scored as they are, nothing added here
    _score_entries(gold, pred, scores, "experience", "exp", _experience_score)
    _score_publications(gold, pred, scores)
    return scores


# --------------------------------------------------------------------------- directories


def load_gold_dir(gold_dir: Path) -> dict[str, dict[str, Any]]:
    """``{id: gold}`` from ``<id>/gold.json`` folders and ``<id>.json`` files."""
    gold_dir = Path(gold_dir)
    golds: dict[str, dict[str, Any]] = {}
    for path in sorted(gold_dir.glob("*/gold.json")):
        golds[path.parent.name] = json.loads(path.read_text(encoding="utf-8"))
    for path in sorted(gold_dir.glob("*.json")):
        golds.setdefault(path.stem, json.loads(path.read_text(encoding="utf-8")))
    return golds


def evaluate_dirs(gold_dir: Path, pred_dir: Path) -> Report:
    """Evaluate every gold document; a missing prediction is scored as an empty profile."""
    report = Report()
    pred_dir = Path(pred_dir)
    golds = load_gold_dir(Path(gold_dir))
    for doc_id, gold in golds.items():
        pred_path = pred_dir / f"{doc_id}.json"
        if pred_path.is_file():
            pred = json.loads(pred_path.read_text(encoding="utf-8"))
        else:
            report.missing_predictions.append(doc_id)
            pred = {}
        report.documents[doc_id] = evaluate_pair(gold, pred)
    report.unmatched_predictions = sorted(p.stem for p in pred_dir.glob("*.json") if p.stem not in golds)
    return report


# --------------------------------------------------------------------------- output


def headline_figures(report: Report | PairScores) -> dict[str, float]:
    """The figures guarded by floors (a rate with no support counts 0.0)."""
    total = report.total if isinstance(report, Report) else report

    def rate(name: str) -> float:
        value = total.rates[name].rate
        return _round(value) if value is not None else 0.0

    return {
        "publications_f1": _round(total.counts["publications"].f1),
        "authors_exact_rate": rate("pub_authors_exact"),
        "year_rate": rate("pub_year"),
        "education_f1": _round(total.counts["education"].f1),
        "experience_f1": _round(total.counts["experience"].f1),
        "name_accuracy": rate("name_accuracy"),
        "emails_f1": _round(total.counts["emails"].f1),
    }


def _scores_to_json(scores: PairScores) -> dict[str, Any]:
    return {
        "fields": {k: v.to_json() for k, v in scores.counts.items()},
        "rates": {k: v.to_json() for k, v in scores.rates.items()},
    }


def report_to_json(report: Report) -> dict[str, Any]:
    """Numbers only (no document text): totals, headline figures and per-document scores."""
    return {
        "documents": len(report.documents),
        "headline": headline_figures(report),
        "total": _scores_to_json(report.total),
        "per_document": {doc_id: _scores_to_json(s) for doc_id, s in report.documents.items()},
        "missing_predictions": list(report.missing_predictions),
        "unmatched_predictions": list(report.unmatched_predictions),
    }


def format_table(report: Report, per_document: bool = False) -> str:
    """Plain aligned text: P / R / F1 / support per field, then attribute rates of matched items."""
    total = report.total
    width = max(len(k) for k in (*COUNT_FIELDS, *RATE_LABELS.values()))
    lines = [f"{'field':<{width}}  {'P':>6}  {'R':>6}  {'F1':>6}  {'support':>7}"]
    lines.append("-" * len(lines[0]))
    for key in (*COUNT_FIELDS, *(k for k in CORPUS_COUNT_FIELDS if k in total.counts)):
        c = total.counts[key]
        lines.append(f"{key:<{width}}  {c.precision:6.3f}  {c.recall:6.3f}  {c.f1:6.3f}  {c.support:7d}")
    lines.append("")
    lines.append(f"{'rate':<{width}}  {'value':>6}  {'n':>15}")
    lines.append("-" * len(lines[0]))
    for key, label in RATE_LABELS.items():
        r = total.rates[key]
        value = "     -" if r.rate is None else f"{r.rate:6.3f}"
        lines.append(f"{label:<{width}}  {value}  {f'{r.correct}/{r.total}':>15}")
    lines.append("")
    lines.append(f"documents: {len(report.documents)}")
    if report.missing_predictions:
        lines.append(f"missing predictions: {', '.join(report.missing_predictions)}")
    if per_document:
        lines.append("")
        short = ("name", "emails", "education", "experience", "publications")
        lines.append(f"{'document':<24}" + "".join(f"  {k[:8]:>8}" for k in short) + "  (F1)")
        for doc_id, s in report.documents.items():
            lines.append(f"{doc_id[:24]:<24}" + "".join(f"  {s.counts[k].f1:8.3f}" for k in short))
    return "\n".join(lines)


# --------------------------------------------------------------------------- floors


class FloorRegressionError(ValueError):
    """Raised when re-pinning floors would lower one without permission."""


def check_floors(figures: dict[str, float], floors: dict[str, float]) -> list[str]:
    """Messages for every figure below its floor (a figure missing from ``figures`` counts 0)."""
    failures = []
    for key, floor in sorted(floors.items()):
        value = figures.get(key)
        value = 0.0 if value is None else float(value)
        if value + 1e-9 < float(floor):
            failures.append(f"{key}: {value:.4f} < floor {float(floor):.4f}")
    return failures


def raise_floors(
    figures: dict[str, float], floors: dict[str, float], allow_regression: bool = False
) -> dict[str, float]:
    """Floors re-pinned to the current figures (rounded down to 3 decimals).

    Refuses (``FloorRegressionError``) to lower any floor unless ``allow_regression``.
    """
    failures = check_floors(figures, floors)
    if failures and not allow_regression:
        raise FloorRegressionError("; ".join(failures))
    new: dict[str, float] = {}
    for key in sorted(set(floors) | set(figures)):
        if key not in figures:
            new[key] = float(floors[key])
            continue
        pinned = math.floor(float(figures[key]) * 1000 + 1e-6) / 1000
        if not allow_regression and key in floors:
            pinned = max(pinned, float(floors[key]))
        new[key] = pinned
    return new
