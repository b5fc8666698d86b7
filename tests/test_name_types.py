"""Names that are no person, place or organization, and names of the wrong type
(``domain/diseases.py``, ``domain/glued_organizations.py``, ``domain/teams.py``), on sentences
written for the test, through the real models and on hand-made mentions."""

from __future__ import annotations

from ruanalyze.domain.diseases import drop_disease_names

from .test_domain_rules import _applied, _mention


def test_disease_and_virus_names_are_dropped(nlp):
    text = "Премьер заболел COVID-19, а ВИЧ и вирус SARS-CoV-2 изучают в Институте Пастера."
    model = [
        _mention(text, "COVID-19", "ORG"),
        _mention(text, "ВИЧ", "ORG"),
        _mention(text, "SARS-CoV-2", "ORG"),
        _mention(text, "Институте Пастера", "ORG"),
    ]
    found = _applied(drop_disease_names, nlp, text, model)
    assert [mention.text for mention in found] == ["Институте Пастера"]


def test_disease_names_are_dropped_by_the_analyzer(nlp):
    # the model alone tags both "COVID-19" and "Covid-19" here as organizations
    doc = nlp("В Милане умер от COVID-19 футболист. После Covid-19 президент вернулся к работе.")
    assert {(m.text, m.type) for m in doc.mentions} == {("Милане", "LOC")}
