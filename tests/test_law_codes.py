"""Law codes are not organizations (``domain/law_codes.py``), on hand-made mentions over
sentences written for the test."""

from __future__ import annotations

from ruanalyze.domain.law_codes import drop_law_codes

from .test_domain_rules import _applied, _mention


def test_law_codes_are_no_organizations(nlp):
    text = "Поправки в ГК одобрены, а по статье 105 УК РФ возбуждено дело; штраф по КоАП."
    model = [
        _mention(text, "ГК", "ORG"),
        _mention(text, "УК", "ORG"),
        _mention(text, "РФ", "LOC"),
        _mention(text, "КоАП", "ORG"),
    ]
    result = _applied(drop_law_codes, nlp, text, model)
    assert [(mention.text, mention.type) for mention in result] == [("РФ", "LOC")]


def test_a_group_of_companies_before_its_quoted_name_stays(nlp):
    text = 'Застройщик ГК «ПИК» сдал дом, а ГК "Автодор" построила дорогу.'
    model = [_mention(text, "ГК", "ORG"), _mention(text, "ГК", "ORG", occurrence=1)]
    assert _applied(drop_law_codes, nlp, text, model) == model


def test_other_abbreviations_stay(nlp):
    text = "УКВ-радио и УКМ сообщили, что ЖК сдан."
    model = [_mention(text, "УКМ", "ORG"), _mention(text, "ЖК", "ORG")]
    assert _applied(drop_law_codes, nlp, text, model) == model
