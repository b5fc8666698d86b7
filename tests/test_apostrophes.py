"""Apostrophes at a name's edges (``domain/apostrophes.py``), on hand-made mentions over
sentences written for the test."""

from __future__ import annotations

import pytest

from ruanalyze.domain.apostrophes import apostrophe_quoted_organizations, strip_edge_apostrophes

from .test_domain_rules import _applied, _mention


@pytest.mark.parametrize(
    ("text", "drawn", "name"),
    [
        (
            "Как сообщает ''Wall Street Journal'', сделка сорвалась.",
            "''Wall Street Journal''",
            "Wall Street Journal",
        ),
        (
            "Он возглавил ''Samsung Electronics'' в 2014 году.",
            "''Samsung Electronics",
            "Samsung Electronics",
        ),
        ("Основатель 'Group DF' дал интервью.", "Group DF'", "Group DF"),
        ("Сообщение об отставке главы РЖД «Якунина»'' разослали утром.", "Якунина»''", "Якунина"),
    ],
)
def test_edge_apostrophes_are_cut_off(nlp, text, drawn, name):
    result = _applied(strip_edge_apostrophes, nlp, text, [_mention(text, drawn, "ORG")])
    assert [(mention.text, mention.type) for mention in result] == [(name, "ORG")]
    assert text[result[0].start : result[0].stop] == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Актер О'Нил приехал в Москву.", "О'Нил"),
        ("Посол Кот-д'Ивуара выступил.", "Кот-д'Ивуара"),
        ("Газета «Коммерсантъ» сообщила.", "«Коммерсантъ»"),
    ],
)
def test_apostrophes_inside_names_stay(nlp, text, name):
    result = _applied(strip_edge_apostrophes, nlp, text, [_mention(text, name, "ORG")])
    assert [mention.text for mention in result] == [name]


def test_nothing_but_apostrophes_is_no_mention(nlp):
    text = "Он сказал '' и ушел."
    assert _applied(strip_edge_apostrophes, nlp, text, [_mention(text, "''", "ORG")]) == []


def test_names_in_apostrophes_after_an_organization_noun_are_organizations(nlp):
    text = "Об этом пишет журналист газеты ''Yukon Sun'', а холдинг 'Ostchem' молчит."
    result = _applied(apostrophe_quoted_organizations, nlp, text, [])
    assert [(mention.text, mention.type) for mention in result] == [
        ("Yukon Sun", "ORG"),
        ("Ostchem", "ORG"),
    ]


def test_names_in_apostrophes_after_other_words_are_left_to_the_model(nlp):
    text = "Он спел песню ''Yesterday'' на бис, а фильм ''Brazil'' вышел позже."
    assert _applied(apostrophe_quoted_organizations, nlp, text, []) == []


def test_a_person_drawn_in_apostrophes_after_an_organization_noun_is_retyped(nlp):
    text = "По данным газеты ''Washington Post'', сделка сорвалась."
    model = [_mention(text, "Washington Post", "PER")]
    result = _applied(apostrophe_quoted_organizations, nlp, text, model)
    assert [(mention.text, mention.type) for mention in result] == [("Washington Post", "ORG")]
