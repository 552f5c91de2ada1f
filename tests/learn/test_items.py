"""The learned entry-field models (extractor.learn.items): alignment of annotated items onto their
evidence, the features, span cleaning, and a train -> label round trip on invented talks."""

from __future__ import annotations

from pathlib import Path

import pytest

from extractor.learn.citation import tokenize
from extractor.learn.corpus import Annotation, SourceRef
from extractor.learn.items import (
    ITEM_LISTS,
    OUTSIDE,
    align_item,
    clean_span,
    item_features,
    label_item,
    train,
)
from extractor.profile import Evidence, Profile, Service, Talk

TALKS = ITEM_LISTS["talks"]


@pytest.mark.parametrize(
    ("raw", "value"),
    [
        ("“Tidal Maps,”", "Tidal Maps"),
        ("Meeting of Sand Scholars (MSS).", "Meeting of Sand Scholars (MSS)"),
        ("(Harbour Symposium)", "Harbour Symposium"),
        (" Oslo,\n Norway. ", "Oslo, Norway"),
        ("(a) and (b)", "(a) and (b)"),
        ("Lake Days (", "Lake Days"),
    ],
)
def test_clean_span(raw: str, value: str) -> None:
    assert clean_span(raw) == value


def test_align_item_labels_each_field_where_it_is_printed() -> None:
    text = "Rivers of sand. Harbour Symposium, Oslo, Norway, May 2024."
    item = {"title": "Rivers of sand", "event": "Harbour Symposium", "location": "Oslo, Norway"}
    labels = align_item(TALKS, text, item)
    words = [t.text for t in tokenize(text)]
    assert list(zip(words, labels or [], strict=True)) == [
        ("Rivers", "title"),
        ("of", "title"),
        ("sand.", "title"),
        ("Harbour", "event"),
        ("Symposium,", "event"),
        ("Oslo,", "location"),
        ("Norway,", "location"),
        ("May", "date"),
        ("2024.", "date"),
    ]


def test_align_item_takes_the_longer_field_first() -> None:
    # "Oslo" is in the event's name too: the event takes its run before the location looks
    text = "Oslo Sand Days, Oslo"
    labels = align_item(TALKS, text, {"event": "Oslo Sand Days", "location": "Oslo"})
    assert labels == ["event", "event", "event", "location"]


def test_align_item_drops_an_item_whose_field_is_not_printed() -> None:
    assert align_item(TALKS, "Rivers of sand. Harbour Symposium", {"title": "Lakes of glass"}) is None
    assert align_item(TALKS, "Rivers of sand", {}) is None


def test_features_mark_the_date_and_the_parts() -> None:
    text = "Rivers of sand, Harbour Symposium, Oslo, Norway, 2024"
    tokens = tokenize(text)
    features = item_features(TALKS, text, tokens)
    assert "indate" in features[-1] and "indate" not in features[0]
    symposium = [t.text for t in tokens].index("Symposium,")
    assert "part:event" in features[symposium] and "part:event" not in features[0]
    assert "part:place2" in features[symposium + 1]  # "Oslo," with the next part reads as a place
    assert "part:place" in features[symposium + 2]  # "Norway," alone is a place
    assert "part:place2" not in features[0]
    assert "part=0" in features[0] and "partstart" in features[0]
    # the rules read "Rivers of sand" as the title and "Harbour Symposium" as the event
    assert "rule=title" in features[0] and "rule=event" in features[symposium]


def _annotation(name: str, talks: list[Talk], service: list[Service] | None = None) -> Annotation:
    return Annotation(
        file=Path(f"corpus/cv/{name}.json"),
        doc_type="cv",
        name=name,
        source=SourceRef("pool", name, "cv.pdf", "0" * 64),
        profile=Profile(talks=talks, service=service or []),
        sections=(),
        checked={"by": "test"},
        raw={},
    )


INVENTED_TALKS = [
    ("Rivers of sand", "Harbour Symposium", "Oslo, Norway"),
    ("Lakes of glass", "Winter Meeting of Sand Scholars", "Lyon, France"),
    ("Dunes in motion", "Desert Workshop", "Tucson, AZ"),
    ("Wind over water", "Coastal Seminar", "Bergen, Norway"),
    ("Grains and tides", "Annual Conference on Sediments", "Porto, Portugal"),
    ("Ripples at dawn", "Lake Colloquium", "Madison, WI"),
]


def test_train_then_label_round_trip(tmp_path: Path) -> None:
    annotations = []
    for n, (title, event, place) in enumerate(INVENTED_TALKS * 3):
        text = f"{title}. {event}, {place}, {2010 + n}."
        talk = Talk(title=title, event=event, location=place, evidence=Evidence(text=text, source=0))
        annotations.append(_annotation(f"person_{n}", [talk]))
    train(TALKS, annotations, tmp_path)
    entry = "Sand and stone. Spring Workshop, Lima, Peru, 2021."
    fields = label_item("talks", entry, model_dir=str(tmp_path))
    assert fields is not None
    assert fields.values == {"title": "Sand and stone", "event": "Spring Workshop", "location": "Lima, Peru"}
    assert 0.5 < fields.probability <= 1.0


def test_no_model_no_fields(tmp_path: Path) -> None:
    assert label_item("talks", "Sand and stone. Spring Workshop", model_dir=str(tmp_path)) is None


def test_training_refuses_no_data(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="nothing to train on"):
        train(TALKS, [], tmp_path)


def test_outside_label_is_not_a_field() -> None:
    assert all(OUTSIDE not in item_list.fields for item_list in ITEM_LISTS.values())


SERVICE = ITEM_LISTS["service"]


def test_align_items_sharing_one_entry_marks_each_venue_start() -> None:
    text = "Reviewer: Journal of Sand, Lake Letters"
    items = [{"role": "Reviewer", "venue": "Journal of Sand"}, {"role": "Reviewer", "venue": "Lake Letters"}]
    assert align_item(SERVICE, text, items) == ["role", "venue+", "venue", "venue", "venue+", "venue"]


INVENTED_SERVICE = [
    ("Reviewer", ["Journal of Sand", "Lake Letters"]),
    ("Program Committee", ["Harbour Symposium", "Dune Days"]),
    ("Editor", ["Tidal Review"]),
    ("Reviewer", ["Glass Quarterly", "Ripple Notes", "Sediment Studies"]),
    ("Organizer", ["Winter School on Ripples"]),
]


def test_service_round_trip_reads_every_venue_with_its_role(tmp_path: Path) -> None:
    annotations = []
    for n, (role, venues) in enumerate(INVENTED_SERVICE * 4):
        text = f"{role}: {', '.join(venues)}"
        evidence = Evidence(text=text, source=0)
        items = [Service(role=role, venue=v, evidence=evidence) for v in venues]
        annotations.append(_annotation(f"person_{n}", [], service=items))
    train(SERVICE, annotations, tmp_path)
    fields = label_item("service", "Reviewer: Journal of Glass, Harbour Letters", model_dir=str(tmp_path))
    assert fields is not None
    assert fields.runs == (("role", "Reviewer"), ("venue", "Journal of Glass"), ("venue", "Harbour Letters"))
