"""Quality floors of the topic models on real news nobody here wrote (``../shared``).

Measured with the full figures in the README (Accuracy: topics); the floors sit a little below
them. Featurization of each set is done once per session. The user-trained Lenta check runs on
every fourth headline (6,172) with 3 folds to stay fast; the README gives the full 5-fold figure.
"""

from __future__ import annotations

import pytest

from ruanalyze.evaluate.topics import evaluate_topics, load_mapping, map_gold, score_model
from ruanalyze.topics import TopicModel, default_model_path
from ruanalyze.topics.corpus import read_labelled
from ruanalyze.topics.features import topic_terms
from ruanalyze.topics.train import cross_validate, tokenize

from .conftest import ROOT, shared_path

RIA = "datasets/topics/ria_partial.jsonl"
LENTA = "datasets/topics/lenta_headlines_2024.jsonl"


@pytest.fixture(scope="session")
def ria_items():
    return list(read_labelled(shared_path(RIA), label_key="label"))


@pytest.fixture(scope="session")
def ria_terms(ria_items, nlp):
    return [topic_terms(tokens) for tokens in tokenize([i.text for i in ria_items], nlp)]


@pytest.fixture(scope="session")
def lenta_items():
    return list(read_labelled(shared_path(LENTA), label_key="label"))


@pytest.fixture(scope="session")
def lenta_terms(lenta_items, nlp):
    return [topic_terms(tokens) for tokens in tokenize([i.text for i in lenta_items], nlp)]


def test_default_model_on_ria_beats_both_baselines(nlp):
    mapping = load_mapping(ROOT / "data" / "mappings" / "ria.json")
    result = evaluate_topics(
        shared_path(RIA), mapping, label_key="label", train=ROOT / "data" / "topics", analyzer=nlp
    )
    model = result.system("ruanalyze (lemmas)")
    majority, raw = result.systems[0], result.system("raw tokens (same model)")
    assert result.scored == 1445
    assert model.accuracy >= 0.66  # measured 0.668; the target is 0.85 (not reached)
    assert model.accuracy > majority.accuracy and model.macro_f1 > majority.macro_f1
    assert model.macro_f1 > raw.macro_f1  # measured 0.681 vs 0.670
    # Accuracy is close to a tie (README, "Lemmas win, by a hair": 0.668 vs 0.665 in the corpus
    # round); more than two articles behind would be a real loss.
    assert model.accuracy >= raw.accuracy - 2 / result.scored
    # Choosing among RIA's three rubrics only, the model separates them well (measured 0.889):
    # most misses above are articles it files under politics or governance, labels RIA lacks.
    assert result.closed.accuracy >= 0.88


def test_default_model_on_lenta_mapped_rubrics(lenta_items, lenta_terms):
    mapping = load_mapping(ROOT / "data" / "mappings" / "lenta.json")
    index = {id(item): n for n, item in enumerate(lenta_items)}
    kept, truth, left_out = map_gold(lenta_items, mapping)
    assert len(kept) == 8157 and sum(left_out.values()) == 16529
    terms = [lenta_terms[index[id(item)]] for item in kept]
    score = score_model("model", TopicModel.load(default_model_path()), terms, truth)
    assert score.macro_f1 >= 0.75  # measured 0.754; the target is 0.75
    assert {s.label for s in score.labels} == {
        "economy",
        "sport",
        "science_tech",
        "culture",
        "security",
    }


def test_user_trained_on_ria_rubrics(ria_items, ria_terms):
    result = cross_validate(ria_terms, [list(i.labels) for i in ria_items], folds=5)
    assert result.macro_f1 >= 0.94  # measured 0.946 (0.943 before character n-grams)


def test_user_trained_on_lenta_rubrics_subset(lenta_items, lenta_terms):
    every_fourth = range(0, len(lenta_items), 4)
    result = cross_validate(
        [lenta_terms[i] for i in every_fourth],
        [list(lenta_items[i].labels) for i in every_fourth],
        folds=3,
    )
    print(result.format())
    # subset, measured 0.658 (0.639 before place groups, 0.626 before character n-grams); the
    # full 5-fold run: README
    assert result.macro_f1_without_rare >= 0.65
