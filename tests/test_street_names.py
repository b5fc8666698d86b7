"""Streets named after people (``domain/street_names.py``), on sentences written for the test,
through the real models, with hand-made mentions in place of the model's."""

from __future__ import annotations

import pytest

from ruanalyze.domain.street_names import persons_streets_are_named_after

from .test_domain_rules import _applied, _mention


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Авария произошла на пересечении улицы Лобачевского и шоссе.", "Лобачевского"),
        ("Трое вышли на набережную канала Грибоедова утром.", "Грибоедова"),
        ("Пробка образовалась возле бульвара Тараса Шевченко вечером.", "Тараса Шевченко"),
        ("Он жил на улице Аккуратова много лет.", "Аккуратова"),
    ],
)
def test_the_person_a_street_is_named_after_is_a_person(nlp, text, name):
    result = _applied(persons_streets_are_named_after, nlp, text, [_mention(text, name, "LOC")])
    assert [(mention.text, mention.type) for mention in result] == [(name, "PER")]


def test_a_name_the_model_missed_is_added(nlp):
    text = "Машина вылетела на тротуар проспекта Вернадского ночью."
    result = _applied(persons_streets_are_named_after, nlp, text, [])
    assert [(mention.text, mention.type) for mention in result] == [("Вернадского", "PER")]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Митинг прошел на площади Победы в центре.", "Победы"),
        ("Колонна прошла по улице Крещатик до площади.", "Крещатик"),
        ("Он живет на улице Советской давно.", "Советской"),
        ("Пробка на улицах Киева растет.", "Киева"),
        ("Дом стоит на Тверской улице у сквера.", "Тверской"),
    ],
)
def test_other_street_names_stay_places(nlp, text, name):
    model = [_mention(text, name, "LOC")]
    assert _applied(persons_streets_are_named_after, nlp, text, model) == model
