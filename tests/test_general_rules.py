"""Rules for Russian news in general (``ruanalyze.domain.general`` and the gazetteer of well-known
organizations), on sentences written for the test, through the real models and on hand-made
mentions."""

from __future__ import annotations

import pytest

from ruanalyze.domain.boundaries import cut_at_closing_quote
from ruanalyze.domain.general import (
    championship_places,
    drop_event_names,
    facilities,
    international_bodies,
    organization_names,
    quoted_organizations,
    strip_person_titles,
)
from ruanalyze.domain.vocabulary import load_vocabulary

from .test_domain_rules import _applied, _mention, expect, spans


@pytest.mark.parametrize(
    "markup",
    [
        "[ЕС](ORG) ввёл новые санкции против Ирана.",
        "[Евросоюз](ORG) заявил о поддержке соглашения.",
        "Вчера [Европейский союз](ORG) одобрил бюджет на следующий год.",
    ],
)
def test_union_of_states_acting_is_an_organization(nlp, markup):
    expect(nlp, markup)


def test_union_of_states_as_a_place_is_left_to_the_model(nlp):
    """Where the EU is no actor ("из ЕС приехали", "страны ЕС") the rule says nothing."""
    text = "Туристы из ЕС приехали в страны ЕС."
    found = _applied(
        international_bodies,
        nlp,
        text,
        [_mention(text, "ЕС", "LOC"), _mention(text, "ЕС", "LOC", 1)],
    )
    assert [m.type for m in found] == ["LOC", "LOC"]


def test_acting_union_retypes_the_model_mention_and_its_pieces_give_way(nlp):
    text = "Европейский союз ввёл пошлины."
    found = _applied(international_bodies, nlp, text, [_mention(text, "союз", "LOC")])
    assert [(m.text, m.type) for m in found] == [("Европейский союз", "ORG")]


@pytest.mark.parametrize(
    "markup",
    [
        "Астронавт провёл на [МКС](LOC) полгода.",
        "Корабль пристыковался к [Международной космической станции](LOC) утром.",
    ],
)
def test_space_station_is_a_place(nlp, markup):
    expect(nlp, markup)


def test_facility_retypes_the_model_organization(nlp):
    text = "Экипаж МКС вернулся на Землю."
    found = _applied(facilities, nlp, text, [_mention(text, "МКС", "ORG")])
    assert [(m.text, m.type) for m in found] == [("МКС", "LOC")]


def test_names_files_split_full_names_and_abbreviations():
    phrases, abbreviations = load_vocabulary().international_bodies
    assert ("европейский", "союз") in phrases
    assert "ЕС" in abbreviations
    assert ("ес",) not in phrases  # "ес" in lower case is no name


def test_event_names_are_no_entities(nlp):
    text = "Министр по делам Брексита обсудил Brexit и брекзит, а Бекс Ритов промолчал."
    kept = _applied(
        drop_event_names,
        nlp,
        text,
        [
            _mention(text, "Брексита", "PER"),
            _mention(text, "Brexit", "ORG"),
            _mention(text, "брекзит", "LOC"),
            _mention(text, "Бекс Ритов", "PER"),
        ],
    )
    assert [(m.text, m.type) for m in kept] == [("Бекс Ритов", "PER")]


def test_event_name_through_the_analyzer(nlp):
    doc = nlp("Тереза Мэй назначила нового министра по делам Брексита.")
    assert not [m for m in doc.mentions if "Брексит" in m.text]
    assert ("Тереза Мэй", "PER") in spans(doc)


@pytest.mark.parametrize(
    "markup",
    [
        "Переговоры с [Гоминьданом](ORG) начались в Тайбэе.",
        "Решение приняли в [Роскомнадзоре](ORG).",
        "Агентство [Reuters](ORG) сообщило об этом со ссылкой на источники.",
    ],
)
def test_well_known_organizations(nlp, markup):
    expect(nlp, markup)


def test_well_known_organization_forms():
    organizations = load_vocabulary().organizations
    assert organizations["Гоминьдана"] == "Гоминьдан"
    assert organizations["Хезболлой"] == "Хезболла"
    assert organizations["ЮНЕСКО"] == "ЮНЕСКО"
    assert organizations["REGNUM"] == "REGNUM"
    assert "гоминьдан" not in organizations  # matched as written, capitalized


@pytest.mark.parametrize(
    "markup",
    [
        "Принц [Гарри](PER) посетил Лондон.",
        "Вчера Патриарх [Кирилл](PER) провёл службу.",
    ],
)
def test_title_before_a_name_is_not_part_of_it(nlp, markup):
    expect(nlp, markup)


def test_person_titles_in_any_form_only_before_a_capitalized_word(nlp):
    text = "Принцу Гарри, Королева Елизавета, Леди Гага и Король лир."
    found = _applied(
        strip_person_titles,
        nlp,
        text,
        [
            _mention(text, "Принцу Гарри", "PER"),
            _mention(text, "Королева Елизавета", "PER"),
            _mention(text, "Леди Гага", "PER"),
            _mention(text, "Король лир", "PER"),
        ],
    )
    assert [m.text for m in found] == ["Гарри", "Елизавета", "Леди Гага", "Король лир"]


def test_quoted_name_ends_at_its_closing_quote(nlp):
    text = (
        "Партия «Зелёный союз» (ЗС) и движение «Новая волна» (New Wave) выступили вместе, "
        'а фронт "За правду" (ФЗП) и фронт "Народный "Голос" промолчали.'
    )
    found = _applied(
        cut_at_closing_quote,
        nlp,
        text,
        [
            _mention(text, "Зелёный союз» (ЗС)", "ORG"),
            _mention(text, "Новая волна» (New Wave)", "ORG"),
            _mention(text, 'За правду" (ФЗП)', "ORG"),
            _mention(text, 'Народный "Голос', "ORG"),
        ],
    )
    assert [(m.text, m.type) for m in found] == [
        ("Зелёный союз", "ORG"),
        ("ЗС", "ORG"),
        ("Новая волна", "ORG"),  # an original spelling in brackets is not taken up
        ("За правду", "ORG"),
        ("ФЗП", "ORG"),
        ('Народный "Голос', "ORG"),  # a straight quote inside the name opens, not closes
    ]
    assert all(text[m.start : m.stop] == m.text for m in found)


def test_quoted_name_after_an_organization_kind_is_an_organization(nlp):
    text = 'Газета "Коммерсант" и партия «Единая Россия» спорят, а фильм «Левиафан» вышел.'
    found = _applied(
        quoted_organizations,
        nlp,
        text,
        [
            _mention(text, "Коммерсант", "PER"),
            _mention(text, "Единая", "LOC"),
            _mention(text, "Россия", "LOC"),
        ],
    )
    assert [(m.text, m.type) for m in found] == [
        ("Коммерсант", "ORG"),  # retyped
        ("Единая Россия", "ORG"),  # the model's pieces give way to the whole
    ]  # a film is no organization: "Левиафан" is not added


def test_quoted_organization_added_where_the_model_missed_it_but_not_lower_case(nlp):
    text = "Сотрудники компании «Ростелеком» и группы «пятерых» собрались."
    found = _applied(quoted_organizations, nlp, text, [])
    assert [(m.text, m.type) for m in found] == [("Ростелеком", "ORG")]


def test_quoted_organization_drawn_with_its_quotes_is_left_as_it_is(nlp):
    text = "Депутаты от партии «Аманат» проголосовали."
    found = _applied(quoted_organizations, nlp, text, [_mention(text, "«Аманат»", "ORG")])
    assert [m.text for m in found] == ["«Аманат»"]


def test_well_known_organization_named_by_several_words(nlp):
    text = "Ответственность взяло Исламское государство. Боевики ИГ отступили."
    found = _applied(organization_names, nlp, text, [_mention(text, "Исламское", "LOC")])
    assert [(m.text, m.type) for m in found] == [("Исламское государство", "ORG"), ("ИГ", "ORG")]


def test_place_a_title_is_contested_in_is_a_place(nlp):
    text = "Она стала чемпионкой Европы, а чемпионат России и чемпионат Спартакиады прошли."
    found = _applied(championship_places, nlp, text, [])
    assert [(m.text, m.type) for m in found] == [("Европы", "LOC"), ("России", "LOC")]
