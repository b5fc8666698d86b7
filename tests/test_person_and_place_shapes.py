"""Names the model cuts in two (``ruanalyze.domain.persons``), Romance hyphenated place names
(``ruanalyze.domain.toponyms``) and well-known bodies with long names
(``ruanalyze.domain.long_names``), on sentences written for the test with hand-made model
mentions, so each rule is checked alone."""

from __future__ import annotations

import pytest

from ruanalyze.domain.long_names import complete_long_names
from ruanalyze.domain.persons import attach_digraph_initials, join_split_names
from ruanalyze.domain.toponyms import (
    add_romance_places,
    split_place_from_abbreviation,
    strip_common_noun_before_place,
)

from .test_domain_rules import _applied, _mention


def _pieces(text: str, *parts: str) -> list:
    return [_mention(text, part, "PER") for part in parts]


@pytest.mark.parametrize(
    ("text", "parts", "whole"),
    [
        (
            "Вышел фильм «Один день Ивана Денисовича» по рассказу.",
            ("Ивана", "Денисовича"),
            "Ивана Денисовича",
        ),
        (
            "Умерла Марина Филипповна Ходорковская, сообщили родные.",
            ("Марина Филипповна", "Ходорковская"),
            "Марина Филипповна Ходорковская",
        ),
        (
            "В суде выступил Айдар Наилевич Губайдулин.",
            ("Айдар", "Наилевич Губайдулин"),
            "Айдар Наилевич Губайдулин",
        ),
        (
            "Катырин Сергей Николаевич работает в палате с 1991 года.",
            ("Катырин", "Сергей Николаевич"),
            "Катырин Сергей Николаевич",
        ),
        ("После ухода Радия Хабирова работа встала.", ("Радия", "Хабирова"), "Радия Хабирова"),
    ],
)
def test_pieces_of_one_name_are_joined(nlp, text, parts, whole):
    found = _applied(join_split_names, nlp, text, _pieces(text, *parts))
    assert [(m.text, m.type) for m in found] == [(whole, "PER")]


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        # two persons: a lawyer's client, then the lawyer
        ("Адвокат Гаева Александр Аснис сообщил журналистам.", ("Гаева", "Александр Аснис")),
        # a surname in the genitive, then the widow's name: registry order only at an entry
        ("На похоронах была вдова Ельцина Наина Иосифовна.", ("Ельцина", "Наина Иосифовна")),
        # two first names in different cases
        ("С Арчилом Оксана познакомилась в Тбилиси.", ("Арчилом", "Оксана")),
        # a surname, then a son's first name
        ("Наследником станет сын Баффета Говард.", ("Баффета", "Говард")),
        # a comma between them
        ("Пришли Иван, Петров и другие.", ("Иван", "Петров")),
    ],
)
def test_two_persons_side_by_side_stay_apart(nlp, text, parts):
    found = _applied(join_split_names, nlp, text, _pieces(text, *parts))
    assert [m.text for m in found] == list(parts)


def test_digraph_initial_joins_the_surname(nlp):
    text = "Президент охарактеризовал Дж.Коми как профессионала. Дж. Керри промолчал."
    model = [
        _mention(text, "Дж", "PER"),
        _mention(text, "Коми", "PER"),
        _mention(text, "Керри", "PER"),
    ]
    found = _applied(attach_digraph_initials, nlp, text, model)
    assert [m.text for m in found] == ["Дж.Коми", "Дж. Керри"]


def test_initial_of_another_kind_is_left_alone(nlp):
    text = "Об этом сообщил Коми."
    model = [_mention(text, "Коми", "PER")]
    assert _applied(attach_digraph_initials, nlp, text, model) == model


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Он умер в поликлинике Понте-Сан-Пьетро в марте.", "Понте-Сан-Пьетро"),
        ("Мастерская находится в городке Сан-Ладзаро-ди-Савена.", "Сан-Ладзаро-ди-Савена"),
        ("Главная газета Сент-Луиса вышла с портретом.", "Сент-Луиса"),
    ],
)
def test_romance_hyphenated_name_is_a_place(nlp, text, place):
    found = _applied(add_romance_places, nlp, text, [])
    assert [(m.text, m.type) for m in found] == [(place, "LOC")]


def test_romance_shaped_name_the_model_tagged_stays(nlp):
    text = "Он выступал за «Сент-Луис Блюз» и встречался с Эль-Барадеи."
    model = [_mention(text, "Сент-Луис Блюз", "ORG"), _mention(text, "Эль-Барадеи", "PER")]
    assert _applied(add_romance_places, nlp, text, model) == model


def test_text_without_hyphenated_names_is_unchanged(nlp):
    text = "Мэр Москвы посетил Санкт Петербург и Кострому."
    model = [_mention(text, "Москвы", "LOC")]
    assert _applied(add_romance_places, nlp, text, model) == model


@pytest.mark.parametrize(
    ("text", "cut", "whole"),
    [
        (
            "Судья Европейского суда по правам человека высказался.",
            "Европейского суда",
            "Европейского суда по правам человека",
        ),
        (
            "Международный трибунал по бывшей Югославии вынес приговор.",
            "Международный трибунал",
            "Международный трибунал по бывшей Югославии",
        ),
    ],
)
def test_listed_long_name_is_completed(nlp, text, cut, whole):
    found = _applied(complete_long_names, nlp, text, [_mention(text, cut, "ORG")])
    assert [(m.text, m.type) for m in found] == [(whole, "ORG")]


def test_other_po_phrase_after_an_organization_is_not_taken(nlp):
    text = "Комитет Госдумы по обороне одобрил поправки."
    model = [_mention(text, "Комитет Госдумы", "ORG")]
    assert _applied(complete_long_names, nlp, text, model) == model


def test_place_run_into_an_abbreviation_is_split(nlp):
    text = "Решение принял Конституционный суд Молдавии (КС) в среду."
    found = _applied(
        split_place_from_abbreviation, nlp, text, [_mention(text, "Молдавии (КС)", "LOC")]
    )
    assert [(m.text, m.type) for m in found] == [("Молдавии", "LOC"), ("КС", "ORG")]


def test_place_with_its_own_abbreviation_stays_whole(nlp):
    text = "Лидеры стран Евросоюза (ЕС) встретились в Брюсселе."
    model = [_mention(text, "Евросоюза (ЕС)", "LOC")]
    assert _applied(split_place_from_abbreviation, nlp, text, model) == model


def test_common_noun_opening_a_line_is_not_part_of_the_place(nlp):
    text = (
        "Солдата приговорили к тюрьме.\n"
        "Город Павия, в тюрьме которого он сидит, стоит у реки.\nЭтот город древний."
    )
    found = _applied(
        strip_common_noun_before_place, nlp, text, [_mention(text, "Город Павия", "LOC")]
    )
    assert [(m.text, m.type) for m in found] == [("Павия", "LOC")]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # a form of state begins the official name
        (
            "Новости дня.\nРеспублика Беларусь выплатила долг, сообщила республика.",
            "Республика Беларусь",
        ),
        # not written in lower case elsewhere: the capital may be the name's
        ("Новости дня.\nГород Павия стоит у реки.", "Город Павия"),
    ],
)
def test_place_names_that_keep_their_first_noun(nlp, text, place):
    model = [_mention(text, place, "LOC")]
    assert _applied(strip_common_noun_before_place, nlp, text, model) == model
