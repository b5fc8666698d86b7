"""Language tag and warning for articles that are not Russian."""

from __future__ import annotations

import logging

import pytest

from ruanalyze.lang import detect_language

KAZAKH = "Қазақстан Республикасының Президенті бүгін Астанада үкімет отырысын өткізді."
UKRAINIAN = "Президент України зустрівся з делегацією у Києві і обговорив питання співпраці."
ENGLISH = "The president met the delegation in Astana on Monday and said that talks were useful."
RUSSIAN = "Президент Казахстана Касым-Жомарт Токаев провёл заседание правительства в Астане."


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (RUSSIAN, "ru"),
        (KAZAKH, "kk"),
        (UKRAINIAN, "uk"),
        (ENGLISH, "en"),
        ("Прэзідэнт Беларусі правёў нараду ў Мінску з кіраўнікамі абласцей.", "be"),
        ("12345 — !!!", "und"),
        ("", "und"),
        ("北京是中华人民共和国的首都", "und"),
        # a Kazakh name in a Russian article stays Russian
        ("Глава государства Қасым-Жомарт Тоқаев провёл заседание правительства в Астане.", "ru"),
    ],
)
def test_detect_language(text: str, lang: str) -> None:
    assert detect_language(text) == lang


@pytest.mark.parametrize(("text", "lang"), [(KAZAKH, "kk"), (UKRAINIAN, "uk"), (ENGLISH, "en")])
def test_non_russian_is_analyzed_tagged_and_warned(nlp, caplog, text: str, lang: str) -> None:
    with caplog.at_level(logging.WARNING, logger="ruanalyze"):
        doc = nlp(text)
    assert doc.meta["lang"] == lang
    assert doc.tokens and doc.sentences
    for mention in doc.mentions:
        assert doc.text[mention.start : mention.stop] == mention.text
    assert any(f"lang={lang}" in record.getMessage() for record in caplog.records)


def test_russian_gets_no_warning_and_lang_survives_json(nlp, caplog) -> None:
    from ruanalyze import Document

    with caplog.at_level(logging.WARNING, logger="ruanalyze"):
        doc = nlp(RUSSIAN)
    assert doc.meta["lang"] == "ru"
    assert not [record for record in caplog.records if "lang=" in record.getMessage()]
    assert Document.from_json(doc.as_json()).meta["lang"] == "ru"
