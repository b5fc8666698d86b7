"""Boundary and abbreviation rules written from factRuEval's organization errors
(``domain/numbers.py``, ``domain/term_abbreviations.py``, ``domain/organization_boundaries.py``),
on sentences written for the test and hand-made mentions in place of the model's."""

from __future__ import annotations

import pytest

from ruanalyze.domain.dictionary import only_a_noun_for_people, strip_person_noun_before_person
from ruanalyze.domain.numbers import drop_numbers
from ruanalyze.domain.organization_boundaries import (
    ends_before_a_name,
    extend_over_named_after,
    split_person_from_affiliations,
    strip_person_noun_before_organization,
)
from ruanalyze.domain.term_abbreviations import drop_term_abbreviations

from .test_domain_rules import _applied, _mention


def _found(mentions):
    return [(mention.text, mention.type) for mention in mentions]


def test_a_bare_number_is_no_entity(nlp):
    text = "Позвоните в службу 112 или прочтите статью «7 советов» в журнале «Огонёк»."
    model = [
        _mention(text, "112", "ORG"),
        _mention(text, "7", "ORG"),
        _mention(text, "Огонёк", "ORG"),
    ]
    assert _found(_applied(drop_numbers, nlp, text, model)) == [("Огонёк", "ORG")]


def test_an_abbreviation_defined_as_a_term_is_dropped_everywhere(nlp):
    text = (
        "Инженеры проверили систему аварийного спасения (САС) корабля. "
        "Позже САС заменили, сообщило Роскосмос."
    )
    model = [
        _mention(text, "САС", "ORG"),
        _mention(text, "САС", "ORG", 1),
        _mention(text, "Роскосмос", "ORG"),
    ]
    assert _found(_applied(drop_term_abbreviations, nlp, text, model)) == [("Роскосмос", "ORG")]


def test_an_abbreviation_defined_as_a_post_is_dropped(nlp):
    text = "Новым Главным санитарным врачом (ГСВ) стал Иванов. ГСВ выступил вчера."
    model = [_mention(text, "ГСВ", "ORG"), _mention(text, "ГСВ", "ORG", 1)]
    assert _applied(drop_term_abbreviations, nlp, text, model) == []


@pytest.mark.parametrize(
    "text",
    [
        # an organization's head noun in the definition: "служба", "общество"
        "Сотрудники федеральной службы безопасности (ФСБ) задержали его. ФСБ не ответила.",
        "Акции продаёт публичное акционерное общество (ПАО), сказал он. ПАО молчит.",
        # a capitalized definition may be a name
        "Лидер Лиги избирателей (ЛИ) выступил. ЛИ требует перемен.",
        "Работы на Хмельницкой атомной электростанции (ХАЭС) завершены. ХАЭС работает.",
        # a plural first noun: a class of bodies, which corpora mark as organizations
        "Взносы для индивидуальных предпринимателей (ИП) выросли. ИП недовольны.",
        # the initials do not spell it
        "Он говорил о мерах поддержки (ЕАЭС) вчера. ЕАЭС промолчал.",
    ],
)
def test_an_abbreviation_that_names_an_organization_stays(nlp, text):
    abbreviation = text.split("(")[1].split(")")[0]
    model = [
        _mention(text, abbreviation, "ORG"),
        _mention(text, abbreviation, "ORG", 1),
    ]
    assert _applied(drop_term_abbreviations, nlp, text, model) == model


def test_a_person_with_bracketed_affiliations_is_split(nlp):
    text = "На встрече был епископ Иоанн Смирнов (РПЦ МП) и партия «Союз» (ПС)."
    model = [
        _mention(text, "Иоанн Смирнов (РПЦ МП)", "ORG"),
        _mention(text, "Союз", "ORG"),
    ]
    assert _found(_applied(split_person_from_affiliations, nlp, text, model)) == [
        ("Иоанн Смирнов", "PER"),
        ("РПЦ", "ORG"),
        ("МП", "ORG"),
        ("Союз", "ORG"),
    ]


def test_an_organization_with_its_abbreviation_is_not_a_person(nlp):
    text = "Заявление сделал Союз независимых журналистов (СНЖ)."
    model = [_mention(text, "Союз независимых журналистов (СНЖ)", "ORG")]
    assert _applied(split_person_from_affiliations, nlp, text, model) == model


def test_an_organization_named_after_someone_runs_over_the_name(nlp):
    text = (
        "Он играл в Театре им. Антона Чехова, учился в училище имени В. М. Шукшина "
        "и в академии имени Адмирала Флота Н. Г. Кузнецова."
    )
    model = [
        _mention(text, "Театре им.", "ORG"),
        _mention(text, "Антона Чехова", "PER"),
        _mention(text, "училище имени", "ORG"),
        _mention(text, "академии имени Адмирала Флота", "ORG"),
        _mention(text, "Н. Г. Кузнецова", "PER"),
    ]
    assert _found(_applied(extend_over_named_after, nlp, text, model)) == [
        ("Театре им. Антона Чехова", "ORG"),
        ("училище имени В. М. Шукшина", "ORG"),
        ("академии имени Адмирала Флота Н. Г. Кузнецова", "ORG"),
    ]


def test_a_person_after_a_complete_named_after_name_stays_apart(nlp):
    text = "Ректор университета имени Губкина Виктор Петров выступил."
    model = [
        _mention(text, "университета имени Губкина", "ORG"),
        _mention(text, "Виктор Петров", "PER"),
    ]
    assert _applied(extend_over_named_after, nlp, text, model) == model


def test_ends_before_a_name():
    assert ends_before_a_name("Театра им.")
    assert ends_before_a_name("академию имени Адмирала Флота Советского Союза")
    assert not ends_before_a_name("университета имени Губкина")
    assert not ends_before_a_name("Театра Наций")


def test_a_noun_for_people_opening_a_sentence_is_not_the_organization(nlp):
    text = (
        "Исследователи Оксфордского университета нашли ген. "
        "Министерство иностранных дел промолчало. Свидетели Иеговы собрались."
    )
    model = [
        _mention(text, "Исследователи Оксфордского университета", "ORG"),
        _mention(text, "Министерство иностранных дел", "ORG"),
        _mention(text, "Свидетели Иеговы", "ORG"),
    ]
    assert _found(_applied(strip_person_noun_before_organization, nlp, text, model)) == [
        ("Оксфордского университета", "ORG"),
        ("Министерство иностранных дел", "ORG"),
        ("Свидетели Иеговы", "ORG"),  # one word would be left: the name itself
    ]


def test_a_person_noun_opening_a_sentence_is_cut_from_the_person_after_it(nlp):
    text = (
        "Предшественник Кравцова ушёл в отставку. Востоковед Елена Супонина так считает. "
        "Карел Шварценберг проиграл выборы."
    )
    model = [
        _mention(text, "Предшественник Кравцова", "PER"),
        _mention(text, "Востоковед Елена Супонина", "PER"),
        _mention(text, "Карел Шварценберг", "PER"),
    ]
    assert _found(_applied(strip_person_noun_before_person, nlp, text, model)) == [
        ("Кравцова", "PER"),
        ("Елена Супонина", "PER"),
        ("Карел Шварценберг", "PER"),  # "Шварценберг" is no name the dictionary knows
    ]


@pytest.mark.parametrize(
    ("word", "person"),
    [
        ("Исследователи", True),
        ("Обозреватель", True),
        ("Министерство", False),
        ("Флаг", False),
        ("Иван", False),
    ],
)
def test_is_person_noun(word, person):
    assert only_a_noun_for_people(word) is person


def test_the_rules_through_the_analyzer(nlp):
    """The model alone tags the second "САС" as an organization and cuts the theatre at
    "им."; the rules fix both."""
    text = (
        "Разработчики проверили систему аварийного спасения (САС) спутника, а затем САС "
        "отправили на завод. В фестивале участвовали актёры Театра им. Вольфганга Борхерта "
        "(Германия)."
    )
    found = _found(nlp(text).mentions)
    assert ("САС", "ORG") not in found
    assert ("Театра им. Вольфганга Борхерта", "ORG") in found
    assert ("Вольфганга Борхерта", "PER") not in found
