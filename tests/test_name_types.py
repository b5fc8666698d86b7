"""Names that are no person, place or organization, and names of the wrong type
(``domain/diseases.py``, ``domain/glued_organizations.py``, ``domain/teams.py``, the
extensions of ``domain/things.py``), on sentences
written for the test, through the real models and on hand-made mentions."""

from __future__ import annotations

from ruanalyze.domain.diseases import drop_disease_names
from ruanalyze.domain.general import drop_event_names
from ruanalyze.domain.glued_organizations import split_organization_from_person
from ruanalyze.domain.kazakhstan import known_organizations
from ruanalyze.domain.teams import team_names
from ruanalyze.domain.things import drop_thing_names

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
    # the model alone tags "COVID-19" here as an organization
    doc = nlp("В Милане умер от COVID-19 футболист. После Covid-19 президент вернулся к работе.")
    assert {(m.text, m.type) for m in doc.mentions} == {("Милане", "LOC")}


def test_known_organization_glued_before_a_person_is_split_off(nlp):
    text = (
        "Лидер Аль-Кайды Усамы бин Ладена убит, оператор Аль-Джазиры Сами аль-Хадж освобождён, "
        "Викиновостям ответил Петров, а Аль-Каиды боятся."
    )
    model = [
        _mention(text, "Аль-Кайды Усамы бин Ладена", "PER"),
        _mention(text, "Аль-Джазиры Сами аль-Хадж", "PER"),
        _mention(text, "Викиновостям", "PER"),
        _mention(text, "Петров", "PER"),
        _mention(text, "Аль-Каиды", "ORG"),
    ]
    found = _applied(split_organization_from_person, nlp, text, model)
    assert [(mention.text, mention.type) for mention in found] == [
        ("Аль-Кайды", "ORG"),
        ("Усамы бин Ладена", "PER"),
        ("Аль-Джазиры", "ORG"),
        ("Сами аль-Хадж", "PER"),
        ("Викиновостям", "ORG"),
        ("Петров", "PER"),
        ("Аль-Каиды", "ORG"),
    ]


def test_analyzer_splits_organization_from_its_leader(nlp):
    # the model alone reads the pair as one person
    doc = nlp("Спецназ ликвидировал лидера Аль-Кайды Усаму бин Ладена.")
    assert {(m.text, m.type) for m in doc.mentions} == {
        ("Аль-Кайды", "ORG"),
        ("Усаму бин Ладена", "PER"),
    }


def test_name_after_a_team_noun_is_the_teams_unless_a_persons(nlp):
    text = (
        "Команда Феррари подала протест, болида Вильямс не видно, из команды МакЛарен-Мерседес "
        "ушёл механик; в команде Обамы, в команде Сагиряна и в команде Д.Медведева спорят, "
        "а Феррари молчит."
    )
    model = [
        _mention(text, "Феррари", "PER"),
        _mention(text, "МакЛарен-Мерседес", "PER"),
        _mention(text, "Обамы", "PER"),
        _mention(text, "Сагиряна", "PER"),
        _mention(text, "Д.Медведева", "PER"),
        _mention(text, "Феррари", "PER", occurrence=1),
    ]
    found = _applied(team_names, nlp, text, model)
    assert [(mention.text, mention.type) for mention in found] == [
        ("Феррари", "ORG"),
        ("МакЛарен-Мерседес", "ORG"),
        ("Обамы", "PER"),
        ("Сагиряна", "PER"),
        ("Д.Медведева", "PER"),
        ("Феррари", "PER"),  # no team noun before it: left to the document-level rules
    ]


def test_quoted_names_listed_after_a_connector_or_a_compound_noun_are_no_entity(nlp):
    text = (
        "Группа прославилась синти-поп-синглами, среди которых «Today» и «Talk Talk». "
        "Пролетели истребители «Хоукер Харрикейн» и «Спитфайр», а затем «Прогресс» и "
        "журнал «Огонёк»; компания «Сокол», например «Вектор»."
    )
    model = [
        _mention(text, "Today", "ORG"),
        _mention(text, "Talk Talk", "ORG"),
        _mention(text, "Спитфайр", "ORG"),
        _mention(text, "Прогресс", "ORG"),  # not in the list: ", а затем"
        _mention(text, "Огонёк", "ORG"),  # a magazine is a medium, no thing
        _mention(text, "Вектор", "ORG"),  # the list opens after an organization's noun
    ]
    found = _applied(drop_thing_names, nlp, text, model)
    assert [m.text for m in found] == ["Прогресс", "Огонёк", "Вектор"]


def test_unquoted_cyrillic_name_in_apposition_to_a_thing_noun_is_no_entity(nlp):
    text = (
        "Полёт к телескопу Хаббл отложен. Судно Совкомфлота ушло, альбом U2 вышел, "
        "а телескопа\nХаббл не видно."
    )
    model = [
        _mention(text, "Хаббл", "ORG"),
        _mention(text, "Совкомфлота", "ORG"),  # the owner's genitive
        _mention(text, "U2", "ORG"),  # Latin: may be the owner's
        _mention(text, "Хаббл", "ORG", occurrence=1),  # another line
    ]
    found = _applied(drop_thing_names, nlp, text, model)
    assert [m.text for m in found] == ["Совкомфлота", "U2", "Хаббл"]


def test_the_racing_championship_is_no_entity(nlp):
    text = "Пилот Формулы-1 Алонсо выступал в Формуле-1 за команду Рено."
    model = [
        _mention(text, "Формулы-1", "PER"),
        _mention(text, "Алонсо", "PER"),
        _mention(text, "Формуле-1", "LOC"),
        _mention(text, "Рено", "ORG"),
    ]
    found = _applied(drop_event_names, nlp, text, model)
    assert [m.text for m in found] == ["Алонсо", "Рено"]


def test_titles_listed_with_their_years_after_a_works_noun_are_no_entity(nlp):
    text = (
        "Лучшие альбомы группы Blur: Modern Life Is Rubbish (1993), Parklife (1994) и "
        "The Great Escape (1995). Он играл за клубы: Arsenal (2001), Chelsea (2004)."
    )
    model = [
        _mention(text, "Blur", "ORG"),  # before the colon: the band
        _mention(text, "Modern Life Is Rubbish", "ORG"),
        _mention(text, "Parklife", "ORG"),
        _mention(text, "The Great Escape", "ORG"),
        _mention(text, "Arsenal", "ORG"),  # clubs: no noun for works opens the list
        _mention(text, "Chelsea", "ORG"),
    ]
    found = _applied(drop_thing_names, nlp, text, model)
    assert [m.text for m in found] == ["Blur", "Arsenal", "Chelsea"]


def test_syndicates_and_services_known_by_one_word_are_organizations(nlp):
    text = "Боссы Ндрангеты и Каморры сбежали, сотрудники Рыбохраны их не видели."
    model = [_mention(text, "Ндрангеты", "PER"), _mention(text, "Рыбохраны", "PER")]
    found = _applied(known_organizations, nlp, text, model)
    assert [(m.text, m.type) for m in found] == [
        ("Ндрангеты", "ORG"),
        ("Каморры", "ORG"),
        ("Рыбохраны", "ORG"),
    ]


def test_quoted_name_after_a_work_noun_and_its_author_is_no_entity(nlp):
    text = "Сериал Дэвида Линча «Твин Пикс» вернётся, а компания Ивана Петрова «Вектор» закрылась."
    model = [
        _mention(text, "Дэвида Линча", "PER"),
        _mention(text, "Твин Пикс", "ORG"),
        _mention(text, "Ивана Петрова", "PER"),
        _mention(text, "Вектор", "ORG"),  # a company is no thing
    ]
    found = _applied(drop_thing_names, nlp, text, model)
    assert [m.text for m in found] == ["Дэвида Линча", "Ивана Петрова", "Вектор"]
