"""Scraped-page Unicode: cleaned for the models, offsets still on the original text."""

from __future__ import annotations

import pytest

from ruanalyze.textclean import clean

CASES = [
    ("Усть\u2011Каменогорск", "Усть-Каменогорск"),  # non-breaking hyphen
    ("Усть-Каме\u00adногорск", "Усть-Каменогорск"),  # soft hyphen
    ("в\u00a0Астане и\u2009в\u202fАлматы", "в Астане и в Алматы"),  # NBSP, thin spaces
    ("Токае\u200bв", "Токаев"),  # zero-width space
    ("за\u0301мок", "замок"),  # stress accent
    ("е\u0308лка и\u0306", "ёлка й"),  # decomposed ё, й
    ("„Казинформ“", "«Казинформ»"),  # лапки
    ("“Самрук-Казына”", "«Самрук-Казына»"),
    ("Кaзaхстан и AО «Сaмрук»", "Казахстан и АО «Самрук»"),  # Latin look-alikes
    ("АО «КEGOC»", "АО «КEGOC»"),  # G has no Cyrillic twin: a Latin name, left alone
    ("строка\r\nвторая\rтретья", "строка\nвторая\nтретья"),
]


@pytest.mark.parametrize(("original", "expected"), CASES)
def test_clean_text_and_offsets_back(original: str, expected: str) -> None:
    cleaned = clean(original)
    assert cleaned.text == expected
    assert len(cleaned.starts) == len(cleaned.stops) == len(cleaned.text)
    # every cleaned character comes from a non-empty, increasing range of the original
    previous = 0
    for start, stop in zip(cleaned.starts, cleaned.stops, strict=True):
        assert previous <= start < stop <= len(original)
        previous = stop
    assert cleaned.span(0, len(cleaned.text)) == (
        cleaned.starts[0],
        cleaned.stops[-1],
    )


def test_latin_words_and_plain_text_are_left_alone() -> None:
    text = "Компания Apple и KEGOC, iPhone 15; ООО «Рога и копыта»."
    cleaned = clean(text)
    assert cleaned.text == text
    assert not cleaned.changed
    assert cleaned.span(9, 14) == (9, 14)


def test_span_maps_a_word_over_removed_characters() -> None:
    original = "в Усть-Каме\u00adногорске"
    cleaned = clean(original)
    start = cleaned.text.index("Усть")
    stop = len(cleaned.text)
    assert original[slice(*cleaned.span(start, stop))] == "Усть-Каме\u00adногорске"
    assert cleaned.span(start, start) == (2, 2)


def test_entities_in_dirty_text_match_the_clean_text(nlp) -> None:
    clean_text = (
        "На форуме в Усть-Каменогорске заместитель акима Восточно-Казахстанской области "
        "Жаксылык Омар выступил перед НПО. Об этом сообщает «Казинформ»."
    )
    dirty = (
        "На\u00a0форуме в Усть\u2011Каме\u00adногорске заместитель акима Вос\u200bточно-"
        "Казахстанской области Жаксы\u0301лык\u2009Омар выступил перед НПО. Об этом сообщает "
        "„Казинформ“."
    )
    expected = [(m.type, m.normal) for m in nlp(clean_text).mentions]
    doc = nlp(dirty)
    assert doc.text == dirty
    assert [(m.type, m.normal) for m in doc.mentions] == expected
    assert ("LOC", "Усть-Каменогорск") in expected
    for record in [*doc.mentions, *doc.tokens, *doc.sentences]:
        assert doc.text[record.start : record.stop] == record.text
    for entity in doc.entities:
        for mention in entity.mentions:
            assert doc.text[mention.start : mention.stop] == mention.text


def test_latin_lookalike_name_is_found(nlp) -> None:
    doc = nlp("Президент Кaзахстана Касым-Жомарт Тoкаев прибыл в Aстану.")
    plain = nlp("Президент Казахстана Касым-Жомарт Токаев прибыл в Астану.")
    assert [(m.start, m.stop, m.type, m.normal) for m in doc.mentions] == [
        (m.start, m.stop, m.type, m.normal) for m in plain.mentions
    ]
    assert {("LOC", "Казахстан"), ("LOC", "Астана")} <= {(m.type, m.normal) for m in doc.mentions}
    person = next(m for m in doc.mentions if m.type == "PER")
    assert person.text == "Касым-Жомарт Тoкаев"  # the surface as written, Latin "o" and all
