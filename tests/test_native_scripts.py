"""A name followed by its spelling in its own script is two mentions (``native_scripts.py``)."""

from __future__ import annotations

from ruanalyze.domain.native_scripts import split_native_spelling
from ruanalyze.records import Mention

from .test_domain_rules import _applied, _mention


def _spans(mentions: list[Mention]) -> list[tuple[str, str]]:
    return [(mention.text, mention.type) for mention in mentions]


def test_a_joined_native_spelling_is_split_into_two_mentions_of_one_type(nlp):
    text = "Об этом написала выпускница Ма Лин (马凌) в своём блоге."
    mentions = [_mention(text, "Ма Лин (马凌)", "PER")]
    assert _spans(_applied(split_native_spelling, nlp, text, mentions)) == [
        ("Ма Лин", "PER"),
        ("马凌", "PER"),
    ]


def test_an_untagged_native_spelling_after_a_mention_becomes_one(nlp):
    text = "Старейшим жителем был Дзироэмон Кимура (木村 次郎右衛門), который жил в Киото."
    mentions = [_mention(text, "Дзироэмон Кимура", "PER"), _mention(text, "Киото", "LOC")]
    assert _spans(_applied(split_native_spelling, nlp, text, mentions)) == [
        ("Дзироэмон Кимура", "PER"),
        ("木村 次郎右衛門", "PER"),
        ("Киото", "LOC"),
    ]


def test_latin_spellings_and_remarks_in_brackets_are_left_alone(nlp):
    text = "Сказал Томас Хаммарберг (Thomas Hammarberg) и директор центра (Москва)."
    mentions = [_mention(text, "Томас Хаммарберг (Thomas Hammarberg)", "PER")]
    assert _applied(split_native_spelling, nlp, text, mentions) == mentions


def test_the_analyzer_splits_a_native_spelling(nlp):
    doc = nlp("Премьер-министр Японии Синдзо Абэ (安倍晋三) прибыл в Москву.")
    texts = [mention.text for mention in doc.mentions if mention.type == "PER"]
    assert "安倍晋三" in texts
    assert all("(" not in text for text in texts)
