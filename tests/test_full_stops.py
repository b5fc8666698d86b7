"""A sentence's full stop is not part of the name before it (``ruanalyze.domain.full_stops``),
on sentences written for the test, with hand-made mentions in place of the model's."""

from __future__ import annotations

import pytest

from ruanalyze.domain.full_stops import drop_full_stop

from .test_domain_rules import _applied, _mention


@pytest.mark.parametrize(
    ("text", "drawn", "name"),
    [
        (
            "Об отставке сообщила Би-би-си.\n\nП.Иванов это подтвердил.",
            "Би-би-си.",
            "Би-би-си",
        ),
        (
            "Он преподавал в Колумбийском университете.\n\nБ.Обама его хвалил.",
            "Колумбийском университете.",
            "Колумбийском университете",
        ),
        ("Акции продала компания Yahoo!. Торги закрылись.", "Yahoo!.", "Yahoo!"),
        ("Он вернулся в ООН.", "ООН.", "ООН"),
    ],
)
def test_a_sentence_stop_leaves_the_name(nlp, text, drawn, name):
    found = _applied(drop_full_stop, nlp, text, [_mention(text, drawn, "ORG")])
    assert [(m.text, m.type) for m in found] == [(name, "ORG")]
    assert text[found[0].start : found[0].stop] == name


@pytest.mark.parametrize(
    ("text", "name", "type_"),
    [
        ("Приказ подписал Иванов И.\n\nДалее выступил Петров.", "Иванов И.", "PER"),
        ("Документ подписал Арсланов А.Г. в понедельник.", "Арсланов А.Г.", "PER"),
        ("Сделку купила Skype Technologies S.A. вчера.", "Skype Technologies S.A.", "ORG"),
        ("Спектакль идёт на сцене Театра им. Пушкина.", "Театра им.", "ORG"),
        ("Контракт заключила Warner Brothers Co. в мае.", "Warner Brothers Co.", "ORG"),
    ],
)
def test_a_stop_that_belongs_to_the_name_stays(nlp, text, name, type_):
    mentions = [_mention(text, name, type_)]
    assert _applied(drop_full_stop, nlp, text, mentions) == mentions


def test_a_stop_inside_a_word_is_no_sentence_end(nlp):
    """Only a stop with a space, a line break or the end of the text after it closes a
    sentence ("Lenta.ru" drawn short as "Lenta." stays as drawn)."""
    text = "Об этом пишет Lenta.ru сегодня."
    mentions = [_mention(text, "Lenta.", "ORG")]
    assert _applied(drop_full_stop, nlp, text, mentions) == mentions
