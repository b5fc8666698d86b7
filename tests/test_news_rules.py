"""Rules for news in general written from the factRuEval errors (``domain/brackets.py``,
``domain/media.py``, ``domain/things.py``, ``domain/separators.py``), on sentences written for
the test, through the real models and on hand-made mentions."""

from __future__ import annotations

import json

import pytest

from ruanalyze.document import Document
from ruanalyze.domain import DomainLayer, load_vocabulary
from ruanalyze.domain.brackets import (
    add_original_spelling,
    is_original_spelling,
    split_original_spelling,
)
from ruanalyze.domain.media import add_media_names
from ruanalyze.domain.rules import RULES, splitting_original_spellings
from ruanalyze.domain.separators import (
    list_item_types,
    split_at_list_marks,
    split_persons_at_commas,
)
from ruanalyze.domain.things import drop_thing_names
from ruanalyze.records import Mention

from .test_domain_rules import _applied, _mention, expect


@pytest.mark.parametrize(
    ("text", "original"),
    [
        ("Barry Lowenkron", True),
        ("Volkswagen", True),
        ("La Stampa", True),
        ("Sami al-Haj", True),
        ("3Com", True),
        ("WHO", False),  # an abbreviation
        ("FN", False),
        ("USPTO", False),
        ("TJ", False),
        ("ВОЗ", False),  # Cyrillic
        ("Barry Лоуенкрон", False),
    ],
)
def test_original_spelling_is_a_latin_name_not_an_abbreviation(text, original):
    assert is_original_spelling(text) is original


def test_joined_original_spelling_is_split_into_two_mentions(nlp):
    text = (
        "Заявил Барри Лоуенкрон (Barry Lowenkron), а Билл Герстенмайер (Bill Gerstenmaier "
        "промолчал; Всемирной организации здравоохранения (WHO) и Лоуенкрону (Б.Л.) всё равно."
    )
    found = _applied(
        split_original_spelling,
        nlp,
        text,
        [
            _mention(text, "Барри Лоуенкрон (Barry Lowenkron)", "PER"),
            _mention(text, "Билл Герстенмайер (Bill Gerstenmaier", "PER"),  # no ")"
            _mention(text, "Всемирной организации здравоохранения (WHO)", "ORG"),
            _mention(text, "Лоуенкрону (Б.Л.)", "PER"),
        ],
    )
    assert [(m.text, m.type) for m in found] == [
        ("Барри Лоуенкрон", "PER"),
        ("Barry Lowenkron", "PER"),
        ("Билл Герстенмайер", "PER"),
        ("Bill Gerstenmaier", "PER"),
        ("Всемирной организации здравоохранения (WHO)", "ORG"),  # an abbreviation stays
        ("Лоуенкрону (Б.Л.)", "PER"),
    ]
    assert all(text[m.start : m.stop] == m.text for m in found)


def test_splitting_joined_originals_is_opt_in():
    assert split_original_spelling not in RULES
    rules = splitting_original_spellings(RULES)
    assert rules[0] is split_original_spelling and rules[1:] == RULES
    doc = Document("Заявил Барри Лоуенкрон (Barry Lowenkron) в среду.")
    start = doc.text.index("Барри")
    stop = doc.text.index(")") + 1
    doc.mentions = [Mention(start, stop, "PER", doc.text[start:stop])]
    DomainLayer(rules=(split_original_spelling,))(doc)
    assert [m.text for m in doc.mentions] == ["Барри Лоуенкрон", "Barry Lowenkron"]


def test_untagged_original_spelling_after_a_mention_takes_its_type(nlp):
    text = (
        "Блогера Джошуа Вольфа (Joshua Wolf) осудили, а Лондон (UK) и выход из "
        "Евросоюза (Brexit) обсуждали в газете «Ла стампа» (La Stampa)."
    )
    found = _applied(
        add_original_spelling,
        nlp,
        text,
        [
            _mention(text, "Джошуа Вольфа", "PER"),
            _mention(text, "Лондон", "LOC"),
            _mention(text, "Евросоюза", "ORG"),
            _mention(text, "Ла стампа", "ORG"),
        ],
    )
    assert [(m.text, m.type) for m in found] == [
        ("Джошуа Вольфа", "PER"),
        ("Joshua Wolf", "PER"),
        ("Лондон", "LOC"),  # "UK" is an abbreviation
        ("Евросоюза", "ORG"),  # "Brexit" is an event (event_names.txt)
        ("Ла стампа", "ORG"),
        ("La Stampa", "ORG"),  # after the closing quote
    ]


@pytest.mark.parametrize(
    "markup",
    [
        # sentences the model alone gets wrong (nothing tagged)
        "Корреспондент [Голоса Америки](ORG) спросил министра.",
        "Как пишет [Немецкая волна](ORG), переговоры сорваны.",
        "Читайте в статье [Частного корреспондента](ORG) о жаре.",
    ],
)
def test_well_known_media_names_are_organizations(nlp, markup):
    expect(nlp, markup)


def test_media_name_pieces_give_way_and_lower_case_words_are_not_a_name(nlp):
    text = "Голос Америки сообщил, что голос Америки на переговорах решающий."
    found = _applied(add_media_names, nlp, text, [_mention(text, "Америки", "LOC")])
    assert [(m.text, m.type) for m in found] == [
        ("Голос Америки", "ORG"),
    ]


def test_craft_names_in_quotes_are_no_entity(nlp):
    text = (
        "Шаттл «Дискавери» вернулся на Землю. После «Дискавери» полетит «Атлантис». "
        "Самолёт «Аэрофлота» приземлился, а компания «Атлантис» закрылась."
    )
    model = [
        _mention(text, "Дискавери", "ORG"),
        _mention(text, "Дискавери", "ORG", 1),
        _mention(text, "Атлантис", "ORG"),
        _mention(text, "Аэрофлота", "ORG"),
        _mention(text, "Атлантис", "ORG", 1),
    ]
    found = _applied(drop_thing_names, nlp, text, model)
    assert [(m.text, m.start) for m in found] == [
        ("Атлантис", model[2].start),  # no craft's noun before it
        ("Аэрофлота", model[3].start),  # a genitive: the airline, not the aircraft's name
        ("Атлантис", model[4].start),
    ]


def test_a_name_never_holds_a_list_mark(nlp):
    text = "Поддержали: • Палестина • Парагвай • Объединённые Арабские Эмираты • США"
    found = _applied(
        split_at_list_marks,
        nlp,
        text,
        [
            _mention(text, "Палестина • Парагвай", "LOC"),
            _mention(text, "Объединённые Арабские Эмираты • США", "LOC"),
        ],
    )
    assert [(m.text, m.type) for m in found] == [
        ("Палестина", "LOC"),
        ("Парагвай", "LOC"),
        ("Объединённые Арабские Эмираты", "LOC"),
        ("США", "LOC"),
    ]
    assert all(text[m.start : m.stop] == m.text for m in found)


def test_rules_leave_text_without_their_pattern_alone(nlp):
    text = "Министр Иван Петров встретился в Москве с делегацией Газпрома."
    doc = nlp(text)
    for rule in (
        split_original_spelling,
        add_original_spelling,
        add_media_names,
        drop_thing_names,
        split_at_list_marks,
        split_persons_at_commas,
        list_item_types,
    ):
        assert rule(list(doc.mentions), doc, load_vocabulary()) == doc.mentions


def test_craft_names_listed_after_the_noun_are_no_entity(nlp):
    text = "Полетят шаттлы «Индевор» (в апреле) и «Атлантис», а затем «Прогресс» ушёл в отставку."
    model = [
        _mention(text, "Индевор", "ORG"),
        _mention(text, "Атлантис", "ORG"),
        _mention(text, "Прогресс", "ORG"),
    ]
    found = _applied(drop_thing_names, nlp, text, model)
    assert [m.text for m in found] == ["Прогресс"]  # not in the list: ", а затем"


def test_items_of_a_bulleted_line_take_the_type_of_the_clear_majority(nlp):
    text = "Поддержали: • Чили • Коста Рика • Эквадор • Египет\n• Иван Петров • Бразилия"
    model = [
        _mention(text, "Чили", "LOC"),
        _mention(text, "Коста Рика", "PER"),
        _mention(text, "Эквадор", "LOC"),
        _mention(text, "Египет", "LOC"),
        _mention(text, "Иван Петров", "PER"),  # another line: two items, no clear majority
        _mention(text, "Бразилия", "LOC"),
    ]
    found = _applied(list_item_types, nlp, text, model)
    assert [m.type for m in found] == ["LOC", "LOC", "LOC", "LOC", "PER", "LOC"]


def test_a_name_inside_a_bulleted_line_is_no_item(nlp):
    text = "• Встреча в Чили • Коста Рика • Эквадор • Египет"
    model = [
        _mention(text, "Чили", "LOC"),  # part of the item "Встреча в Чили": no vote
        _mention(text, "Коста Рика", "PER"),
        _mention(text, "Эквадор", "LOC"),
        _mention(text, "Египет", "LOC"),
    ]
    found = _applied(list_item_types, nlp, text, model)
    assert [m.type for m in found] == ["LOC", "PER", "LOC", "LOC"]  # 2 of 3 items: no change


def test_a_person_never_holds_a_comma_but_an_organization_may(nlp):
    text = (
        "Гол забил Сёмин (Овечкин, Фёдоров), поздравило Министерство экологии, геологии и спорта."
    )
    found = _applied(
        split_persons_at_commas,
        nlp,
        text,
        [
            _mention(text, "Овечкин, Фёдоров", "PER"),
            _mention(text, "Министерство экологии, геологии и спорта", "ORG"),
        ],
    )
    assert [(m.text, m.type) for m in found] == [
        ("Овечкин", "PER"),
        ("Фёдоров", "PER"),
        ("Министерство экологии, геологии и спорта", "ORG"),
    ]


def test_work_and_award_names_and_names_inside_them_are_no_entity(nlp):
    text = (
        "Он снялся в сериале «Спасатели Малибу», а затем в «Спасателях Малибу» снова. "
        "Фильм получил премию «Эмми», а статья «Ведомостей» вышла в пятницу."
    )
    model = [
        _mention(text, "Спасатели Малибу", "ORG"),
        _mention(text, "Малибу", "PER", 1),  # inside the title's second occurrence
        _mention(text, "Эмми", "ORG"),
        _mention(text, "Ведомостей", "ORG"),  # a genitive: the newspaper that wrote it
    ]
    found = _applied(drop_thing_names, nlp, text, model)
    assert [m.text for m in found] == ["Ведомостей"]


def test_split_originals_option_reaches_the_analyzer_and_its_workers(tmp_path):
    from ruanalyze.analyzer import Analyzer
    from ruanalyze.cli import main
    from ruanalyze.io.parallel import AnalyzerSettings

    article = tmp_path / "article.txt"
    article.write_text("Посол США Барри Лоуенкрон (Barry Lowenkron) прибыл в Москву.", "utf-8")
    names = {}
    for option in ([], ["--split-originals"]):
        out = tmp_path / f"out{len(option)}.jsonl"
        assert main(["annotate", str(article), "-o", str(out), "-q", *option]) == 0
        record = json.loads(out.read_text("utf-8"))
        names[bool(option)] = [m["text"] for m in record["mentions"] if m["type"] == "PER"]
    assert names == {
        False: ["Барри Лоуенкрон (Barry Lowenkron)"],
        True: ["Барри Лоуенкрон", "Barry Lowenkron"],
    }
    settings = AnalyzerSettings.of(Analyzer(split_originals=True))
    assert settings.split_originals and settings.for_worker().build().split_originals
    assert settings.build().domain.rules[0] is split_original_spelling
