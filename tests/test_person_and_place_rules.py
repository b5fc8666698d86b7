"""Rules for persons and places found on NEREL-train and BSNLP errors: religious figures the model
leaves untagged, one-word "places" that cannot be places, and hyphenated common nouns drawn into
a name."""

from __future__ import annotations

from ruanalyze.domain.compound_nouns import strip_compound_noun_before_name
from ruanalyze.domain.general import championship_places
from ruanalyze.domain.non_places import drop_non_places
from ruanalyze.domain.religious_figures import add_religious_figures
from ruanalyze.records import Mention

from .test_domain_rules import _applied, _mention


def _spans(mentions: list[Mention]) -> list[tuple[str, str]]:
    return [(mention.text, mention.type) for mention in mentions]


def test_the_name_after_a_calling_is_a_person(nlp):
    text = "Её обвинили в оскорблении пророка Мухаммеда. Храм апостолов Петра и Павла открыт."
    assert _spans(_applied(add_religious_figures, nlp, text, [])) == [
        ("Мухаммеда", "PER"),
        ("Петра", "PER"),
        ("Павла", "PER"),
    ]


def test_jesus_christ_is_one_person(nlp):
    text = "Она ответила: «Я верю в Иисуса Христа»."
    assert _spans(_applied(add_religious_figures, nlp, text, [])) == [("Иисуса Христа", "PER")]


def test_a_calling_before_a_word_no_name_can_be_adds_nothing(nlp):
    text = "Слова пророка Сообща никто не понял. Пророк говорил долго."
    assert _applied(add_religious_figures, nlp, text, []) == []


def test_a_mention_the_model_drew_stays(nlp):
    text = "Это пророк Мухаммед ибн Абдуллах."
    model = [_mention(text, "Мухаммед ибн Абдуллах", "PER")]
    assert _applied(add_religious_figures, nlp, text, model) == model


def test_function_words_are_no_places(nlp):
    text = "Сегодня в Москве прошёл митинг. Также пришли жители Твери."
    model = [
        _mention(text, "Сегодня", "LOC"),
        _mention(text, "Москве", "LOC"),
        _mention(text, "Также", "LOC"),
        _mention(text, "Твери", "LOC"),
    ]
    assert _spans(_applied(drop_non_places, nlp, text, model)) == [
        ("Москве", "LOC"),
        ("Твери", "LOC"),
    ]


def test_people_opening_a_sentence_are_no_place(nlp):
    text = "Демонстранты вышли к зданию мэрии Киева."
    model = [_mention(text, "Демонстранты", "LOC"), _mention(text, "Киева", "LOC")]
    assert _spans(_applied(drop_non_places, nlp, text, model)) == [("Киева", "LOC")]


def test_a_word_written_with_a_capital_inside_a_sentence_stays_a_place(nlp):
    text = "Строитель ждёт гостей. Жители посёлка Строитель довольны."
    model = [_mention(text, "Строитель", "LOC"), _mention(text, "Строитель", "LOC", 1)]
    assert _applied(drop_non_places, nlp, text, model) == model


def test_a_hyphenated_common_noun_opening_a_sentence_leaves_the_name(nlp):
    text = "Поп-звезда Мадонна сообщила о концерте. Экс-советник Трампа дал показания."
    model = [
        _mention(text, "Поп-звезда Мадонна", "PER"),
        _mention(text, "Экс-советник Трампа", "PER"),
    ]
    assert _spans(_applied(strip_compound_noun_before_name, nlp, text, model)) == [
        ("Мадонна", "PER"),
        ("Трампа", "PER"),
    ]


def test_a_compound_name_stays_whole(nlp):
    text = "Кара-Мурза Владимир выступил. Вчера поп-звезда Мадонна выступила."
    model = [_mention(text, "Кара-Мурза Владимир", "PER"), _mention(text, "Мадонна", "PER")]
    assert _applied(strip_compound_noun_before_name, nlp, text, model) == model


def test_the_place_of_a_cup_or_a_beauty_title_is_a_place(nlp):
    text = "Ювентус выиграл Кубок Италии. Титул «Мисс Америка» получила она."
    assert _spans(_applied(championship_places, nlp, text, [])) == [
        ("Италии", "LOC"),
        ("Америка", "LOC"),
    ]


def test_a_cup_named_after_a_person_has_no_place(nlp):
    text = "Финал Кубка Гагарина прошёл в Казани."
    assert _applied(championship_places, nlp, text, []) == []
