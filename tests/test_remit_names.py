"""A body's name cut inside its "по ..." phrase (``domain/remit_names.py``), on sentences written
for the test, through the real models, with hand-made mentions in place of the model's."""

from __future__ import annotations

import pytest

from ruanalyze.domain.remit_names import complete_remit_names

from .test_domain_rules import _applied, _mention


@pytest.mark.parametrize(
    ("text", "cut", "whole"),
    [
        (
            "Он был заместителем председателя Комитета по бюджету и налоговой политике.",
            "Комитета по бюджету",
            "Комитета по бюджету и налоговой политике",
        ),
        (
            "Расследование ведет Бюро по контролю за оборотом алкоголя, табачных изделий и "
            "огнестрельного оружия.",
            "Бюро по контролю за оборотом алкоголя",
            "Бюро по контролю за оборотом алкоголя, табачных изделий и огнестрельного оружия",
        ),
        (
            "В Гааге заседает Международный трибунал по бывшей Югославии и выносит приговоры.",
            "Международный трибунал по бывшей",
            "Международный трибунал по бывшей Югославии",
        ),
    ],
)
def test_cut_names_run_to_the_end_of_the_phrase(nlp, text, cut, whole):
    result = _applied(complete_remit_names, nlp, text, [_mention(text, cut, "ORG")])
    assert [(mention.text, mention.type) for mention in result] == [(whole, "ORG")]


@pytest.mark.parametrize(
    ("text", "part"),
    [
        # the sentence goes on after the name: a comma list without its "и", "в должности ...",
        # the city the body serves, a clause
        (
            "Он возглавлял Комиссию по вопросам безопасности, которая собиралась редко.",
            "Комиссию по вопросам безопасности",
        ),
        (
            "Он работал в Федеральном агентстве по строительству в должности заместителя.",
            "Федеральном агентстве по строительству",
        ),
        (
            "Он был председателем Комитета по архитектуре и градостроительству города Москвы.",
            "Комитета по архитектуре и градостроительству",
        ),
        # a head noun the list leaves out: the model finds whole ministries itself
        ("Он работал в Министерстве по налогам и сборам.", "Министерстве по налогам"),
    ],
)
def test_whole_names_and_other_phrases_stay(nlp, text, part):
    result = _applied(complete_remit_names, nlp, text, [_mention(text, part, "ORG")])
    assert [mention.text for mention in result] == [part]


def test_adverbial_phrase_after_a_body_is_not_its_name(nlp):
    text = "Депутат Городского совета по избирательному округу номер пять выступил."
    part = "Городского совета по избирательному"
    result = _applied(complete_remit_names, nlp, text, [_mention(text, part, "ORG")])
    assert [mention.text for mention in result] == [part]


def test_other_types_are_left_alone(nlp):
    text = "Он был заместителем председателя Комитета по бюджету и налоговой политике."
    part = "Комитета по бюджету"
    result = _applied(complete_remit_names, nlp, text, [_mention(text, part, "LOC")])
    assert [mention.text for mention in result] == [part]


def test_the_models_mentions_inside_the_completed_phrase_give_way(nlp):
    text = "Приговор вынес Международный трибунал по бывшей Югославии в Гааге."
    model = [
        _mention(text, "Международный трибунал по бывшей", "ORG"),
        _mention(text, "Югославии", "LOC"),
        _mention(text, "Гааге", "LOC"),
    ]
    result = _applied(complete_remit_names, nlp, text, model)
    assert [(mention.text, mention.type) for mention in result] == [
        ("Международный трибунал по бывшей Югославии", "ORG"),
        ("Гааге", "LOC"),
    ]
