"""Where a story is: the gazetteer of places and the place-group features of single-label
models."""

from __future__ import annotations

import json

import numpy as np
import pytest

from ruanalyze.document import Document
from ruanalyze.topics import ModelFormatError, TopicModel, default_model_path
from ruanalyze.topics.features import Terms, topic_terms
from ruanalyze.topics.geography import GROUPS, PlaceFinder, gazetteer


def _terms(nlp, text: str) -> Terms:
    doc = Document(text=text)
    nlp.prepare(doc)
    return topic_terms(doc.tokens)


def _groups(nlp, text: str) -> list[str]:
    return [GROUPS[g] for g in PlaceFinder(gazetteer()).groups(_terms(nlp, text).places)]


def test_every_gazetteer_entry_is_found_as_the_lemmatizer_reads_it(nlp):
    """Each entry, written as it stands, is looked up through the analyzer's own tokens and
    lemmas and lands in its group (a misspelt or mis-lemmatized entry would never match)."""
    entries = gazetteer()
    assert len(entries) > 800 and set(entries.values()) == set(GROUPS)
    lost = {
        entry: found
        for entry, group in entries.items()
        if (found := _groups(nlp, entry)) != [group]
    }
    assert lost == {}


def test_declined_places_and_adjectives_are_grouped_in_text_order(nlp):
    assert _groups(nlp, "В Сызрани и Белгородской области сообщили о взрывах в Харькове") == [
        "russia",
        "russia",
        "ex_ussr",
    ]
    assert _groups(nlp, "Британские военные прибыли в Румынию") == ["world", "world"]
    assert _groups(nlp, "Украинские беженцы из Киева") == ["ex_ussr", "ex_ussr"]


def test_a_name_matches_only_when_capitalized(nlp):
    assert _groups(nlp, "Археологи раскопали древний курган") == []
    assert _groups(nlp, "В Кургане открыли каток") == ["russia"]


def test_place_rows_mark_the_groups_named_and_the_first():
    finder = PlaceFinder({"Москва": "russia", "Киев": "ex_ussr", "американский": "world"})
    rows = finder.rows(
        [
            [("киев", "Киеве", True), ("москва", "Москва", True)],
            [("американский", "Американские", True)],
            [("москва", "москва", False)],  # a name written in lower case is no place
        ]
    )
    assert rows.tolist() == [
        [1, 1, 0, 0, 1, 0],
        [0, 0, 1, 0, 0, 1],
        [0, 0, 0, 0, 0, 0],
    ]


def _place_corpus(nlp) -> tuple[list[Terms], list[list[str]]]:
    russia = ["Мэр Твери открыл новый парк", "В Омске открыли новый парк", "Пенза открыла парк"]
    abroad = ["Мэр Парижа открыл новый парк", "В Мадриде открыли новый парк", "Рим открыл парк"]
    docs = [_terms(nlp, text) for text in russia + abroad]
    return docs, [["Россия"]] * 3 + [["Мир"]] * 3


def test_single_label_model_learns_where_from_places_it_never_saw(nlp, tmp_path):
    """Trained on parks opened in three Russian and three foreign cities, the model files a
    park in a city it never saw by the city's group; the gazetteer travels with the saved
    model, and explanations still add up."""
    docs, labels = _place_corpus(nlp)
    model = TopicModel().fit(docs, labels)
    assert model.places_ == gazetteer()
    unseen = [_terms(nlp, "В Сызрани открыли парк"), _terms(nlp, "В Лиссабоне открыли парк")]
    without = TopicModel(geo_weight=0).fit(docs, labels)
    assert without.places_ == {}
    russia = model.labels_.index("Россия")
    scores = model.scores(unseen)
    assert scores[0, russia] > 0.5 > scores[1, russia]
    assert scores[0, russia] - scores[1, russia] > (
        without.scores(unseen)[0, russia] - without.scores(unseen)[1, russia]
    )
    model.save(tmp_path / "m")
    loaded = TopicModel.load(tmp_path / "m")
    assert loaded.places_ == model.places_
    assert np.array_equal(loaded.scores(docs + unseen), model.scores(docs + unseen))
    decision = model.decision(unseen)[0]
    for j, label in enumerate(model.labels_):
        shares = model.contributions(unseen[0], label)
        assert sum(shares.values()) + model.intercept_[j] == pytest.approx(decision[j], abs=1e-4)
    assert "[place: russia]" in dict(model.explain(unseen[0], "Россия"))


def test_a_garbled_gazetteer_in_a_saved_model_is_refused(nlp, tmp_path):
    docs, labels = _place_corpus(nlp)
    TopicModel().fit(docs, labels).save(tmp_path / "m")
    meta = json.loads((tmp_path / "m" / "model.json").read_text("utf-8"))
    garbled = {**meta, "places": {"Москва": "antarctica"}}
    (tmp_path / "m" / "model.json").write_text(json.dumps(garbled), "utf-8")
    with pytest.raises(ModelFormatError, match="place group"):
        TopicModel.load(tmp_path / "m")
    (tmp_path / "m" / "model.json").write_text(json.dumps({**meta, "version": 4}), "utf-8")
    with pytest.raises(ModelFormatError, match="format version 4"):
        TopicModel.load(tmp_path / "m")


def test_multi_label_models_have_no_place_features():
    assert TopicModel.load(default_model_path()).places_ == {}
