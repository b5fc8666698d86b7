"""The domain layer's rules, each on a sentence written for the test, through the real models."""

from __future__ import annotations

import pytest

from ruanalyze import Document
from ruanalyze.domain.boundaries import unbalanced_close
from ruanalyze.domain.dateline import dateline_mentions
from ruanalyze.domain.kazakhstan import SITE
from ruanalyze.domain.vocabulary import load_vocabulary
from ruanalyze.records import Mention

from .conftest import parse_markup


def spans(doc: Document) -> set[tuple[str, str]]:
    return {(m.text, m.type) for m in doc.mentions}


def expect(nlp, markup: str) -> Document:
    """The analyzer finds at least every ``[text](TYPE)`` of ``markup``, spans exact."""
    text, wanted = parse_markup(markup)
    doc = nlp(text)
    found = {(m.start, m.stop, m.type) for m in doc.mentions}
    missing = [(s, t) for a, b, t, s in wanted if (a, b, t) not in found]
    assert not missing, f"missing {missing}; found {doc.mentions}"
    return doc


# --- vocabulary and pure helpers -------------------------------------------------------------


def test_place_forms_and_renamed_cities():
    vocabulary = load_vocabulary()
    assert vocabulary.places["Кызылорде"] == "Кызылорда"
    assert vocabulary.places["Семее"] == "Семей"
    assert vocabulary.alias("Нур-Султан") == "Астана"
    assert vocabulary.alias("Өскемен") == "Усть-Каменогорск"
    assert vocabulary.alias("ВКО") == "Восточно-Казахстанская область"
    assert "семей" not in vocabulary.places  # the common word "семей" (of families) is not a city


def test_unbalanced_close():
    assert unbalanced_close('АО "АрселорМиттал Темиртау') == '"'
    assert unbalanced_close("ТОО «Восток Строй") == "»"
    assert unbalanced_close("Республика Саха (Якутия") == ")"
    assert unbalanced_close('АО "Казахтелеком"') is None


def test_site_pattern():
    assert [m.group() for m in SITE.finditer("сообщает zakon.kz, а Tengrinews.kz/Имя")] == [
        "zakon.kz",
        "Tengrinews.kz",
    ]
    assert not list(SITE.finditer("почта info@gov.kz и https://www.gov.kz/page"))


def test_dateline_mentions():
    found = dateline_mentions(
        "Заголовок\nУСТЬ-КАМЕНОГОРСК, 14 февраля. Текст.\nАСТАНА. КАЗИНФОРМ – Текст"
    )
    assert [(m.text, m.type) for m in found] == [
        ("УСТЬ-КАМЕНОГОРСК", "LOC"),
        ("АСТАНА", "LOC"),
        ("КАЗИНФОРМ", "ORG"),
    ]


# --- Kazakhstan vocabulary -------------------------------------------------------------------


@pytest.mark.parametrize(
    "markup",
    [
        "Заместитель [акима](ORG) района провел прием граждан.",
        "Сессию городского [маслихата](ORG) перенесли.",
        "Проект одобрили в [акимате](ORG), а [акимам](ORG) районов поручили отчитаться.",
        "Представители [НПО](ORG) встретились с депутатами.",
    ],
)
def test_admin_bodies_in_any_form(nlp, markup):
    expect(nlp, markup)


def test_institutions_need_a_capital(nlp):
    doc = expect(
        nlp,
        "Закон одобрили депутаты [Мажилиса](ORG), а заседание "
        "[Общественного совета](ORG) отложили.",
    )
    assert ("ORG", "Общественный совет") in {(m.type, m.normal) for m in doc.mentions}
    assert not any(m.text == "сенат" for m in nlp("Этот сенат ничего не решал.").mentions)


def test_cities_are_places_and_renamed_ones_group(nlp):
    doc = expect(
        nlp,
        "Делегация из [Кызылорды](LOC) прибыла в [Нур-Султан](LOC). В [Астане](LOC) ее встретили, "
        "а затем гости посетили [Семей](LOC) и [Костанай](LOC).",
    )
    capital = [e for e in doc.entities if e.normal == "Астана"]
    assert len(capital) == 1 and capital[0].count == 2


def test_quoted_city_is_left_to_the_model(nlp):
    doc = nlp("Футболисты «Астаны» обыграли соперника.")
    assert ("Астаны", "LOC") not in spans(doc)


def test_region_abbreviation_is_a_place_with_its_full_name(nlp):
    doc = expect(nlp, "В [ВКО](LOC) открыли новую школу.")
    assert any(e.normal == "Восточно-Казахстанская область" for e in doc.entities)


def test_noun_type_region_includes_the_word_oblast(nlp):
    expect(nlp, "Паводок затронул села в [области Абай](LOC).")


def test_office_then_place(nlp):
    expect(nlp, "[Аким](ORG) [ВКО](LOC) провел совещание.")


def test_media_sites_cited_as_source(nlp):
    expect(nlp, "Об этом сообщает [zakon.kz](ORG).")
    expect(nlp, "Как пишет [Tengrinews.kz](ORG), проверка завершена.")
    doc = nlp("Документ опубликован на странице gov.kz в разделе новостей.")
    assert not any(m.text == "gov.kz" for m in doc.mentions)


def test_state_abbreviation_belongs_to_the_organization(nlp):
    expect(nlp, "Проверку провело [Министерство здравоохранения РК](ORG).")
    expect(nlp, "Как сообщил [Комитет по чрезвычайным ситуациям МВД РК](ORG), пожар потушен.")


# --- boundaries ------------------------------------------------------------------------------


def test_legal_form_keeps_its_closing_quote(nlp):
    expect(nlp, 'Штраф наложен на [АО "АрселорМиттал Темиртау"](ORG) за выбросы.')


def test_names_do_not_cross_line_breaks(nlp):
    doc = nlp("Встреча с Мухаммедом Алиевым\nСвергнутый режим ушел в прошлое.")
    assert all("\n" not in m.text for m in doc.mentions)


def test_initials_belong_to_the_surname(nlp):
    expect(nlp, "Указ подписал [Д.Медведев](PER), сообщили в Кремле.")


def test_model_broken_abbreviation_in_brackets(nlp):
    doc = Document("Эксперты Фонда спасения Арала (МФСА) приехали.")
    text = doc.text
    start, stop = text.index("Фонда"), text.index(")")
    from ruanalyze.domain.kazakhstan import split_bracketed_abbreviation
    from ruanalyze.records import Mention

    mention = Mention(start, stop, "ORG", text[start:stop])  # the model's span, no ")"
    result = split_bracketed_abbreviation([mention], doc, load_vocabulary())
    assert [(m.text, m.type) for m in result] == [("Фонда спасения Арала", "ORG"), ("МФСА", "ORG")]


# --- interface words and document level ------------------------------------------------------


def test_interface_words_never_entities_but_networks_in_text_are(nlp):
    doc = nlp("Поделиться\nTelegram WhatsApp Facebook\nКомпания Facebook оштрафована в Европе.")
    assert ("Facebook", "ORG") in spans(doc)
    first_line_end = doc.text.index("Компания")
    assert not any(m.start < first_line_end for m in doc.mentions)


def test_untagged_repeat_of_a_name_is_recovered(nlp):
    doc = nlp(
        "Обама назначил нового посла\n\n"
        "Президент США Барак Обама назначил нового посла в Казахстане, сообщили в Белом доме."
    )
    assert doc.text.startswith("Обама")
    assert any(m.start == 0 and m.type == "PER" for m in doc.mentions)
    person = [e for e in doc.entities if e.type == "PER"]
    assert len(person) == 1 and person[0].count == 2


def test_surname_alone_joins_the_full_name(nlp):
    doc = nlp("Аким района Ерлан Сапаров открыл школу. Сапаров пообещал построить еще две.")
    people = [e for e in doc.entities if e.type == "PER"]
    assert len(people) == 1 and set(people[0].texts) == {"Ерлан Сапаров", "Сапаров"}


def test_common_noun_is_not_recovered_as_a_person():
    from ruanalyze.domain.consistency import known_names
    from ruanalyze.records import Mention, Token

    text = "Адвокат заявил"
    doc = Document(text, tokens=[Token(0, 7, "Адвокат", "адвокат", "NOUN")])
    assert known_names([Mention(0, 7, "PER", "Адвокат")], doc) == {}


def test_one_type_per_surface_string_unless_a_preposition_says_place():
    from ruanalyze.domain.consistency import consistent_types
    from ruanalyze.records import Mention, Token

    text = "Сколково объявил. Сколково решил. Открытие в Сколково."
    tokens = [Token(m, m + len(w), w, w.lower(), "X") for m, w in _words(text)]
    doc = Document(text, tokens=tokens)
    first, second, third = (i for i, w in _words(text) if w == "Сколково")

    def mention(start: int, type_: str) -> Mention:
        return Mention(start, start + 8, type_, "Сколково")

    vocabulary = load_vocabulary()
    tie = consistent_types([mention(first, "ORG"), mention(second, "LOC")], doc, vocabulary)
    assert [m.type for m in tie] == ["ORG", "LOC"]
    majority = [mention(first, "ORG"), mention(second, "ORG"), mention(third, "LOC")]
    assert [m.type for m in consistent_types(majority, doc, vocabulary)] == ["ORG", "ORG", "LOC"]
    majority[2] = mention(second, "LOC")  # the same string, no preposition before it
    assert [m.type for m in consistent_types(majority, doc, vocabulary)] == ["ORG", "ORG", "ORG"]


def _words(text: str) -> list[tuple[int, str]]:
    import re

    return [(m.start(), m.group()) for m in re.finditer(r"\w+|[^\w\s]", text)]


def test_dateline_through_the_analyzer(nlp):
    expect(nlp, "Новости региона\n[ПАВЛОДАР](LOC), 3 марта. В городе открыли мост.")


def test_title_run_into_a_person_leaves_the_person(nlp):
    doc = nlp("Аким Ерлан Сапаров приехал в Семей.")
    assert ("Ерлан Сапаров", "PER") in spans(doc)
    assert tuple(m.normal for m in doc.mentions if m.type in ("PER", "LOC")) == (
        "Ерлан Сапаров",
        "Семей",
    )


@pytest.mark.parametrize(
    "markup",
    [
        "Задержание провели сотрудники [Департамента полиции Актюбинской области](ORG).",
        "Как сообщили в [ДП Алматы](ORG), водитель задержан.",
        "Проверку начал [Департамент государственных доходов по ВКО](ORG).",
        "Об этом рассказали в [Департаменте полиции города Алматы](ORG).",
    ],
)
def test_kazakhstan_region_completes_a_regional_body(nlp, markup):
    expect(nlp, markup)


def test_region_after_a_local_body_stays_a_place(nlp):
    expect(nlp, "Заседание [Общественного совета](ORG) [ВКО](LOC) прошло в пятницу.")
    expect(nlp, "Решение принял [акимат](ORG) [Актюбинской области](LOC).")


def test_a_place_outside_kazakhstan_is_not_joined(nlp):
    doc = nlp("Об этом сообщили в ГУВД Москвы.")
    assert ("Москвы", "LOC") in spans(doc)


# --- one-word mentions checked against the dictionary ----------------------------------------


def test_dictionary_readings_of_one_word_mentions():
    from ruanalyze.domain.dictionary import never_a_name, only_a_place

    assert only_a_place("Воронежу") and not only_a_place("Путин")
    assert never_a_name("Сегодня") and never_a_name("Отметим")
    assert not never_a_name("Толстой") and not never_a_name("Путин")


def test_dictionary_readings_leave_out_guesses():
    from ruanalyze.domain.dictionary import dictionary_parses, only_a_common_noun

    assert only_a_common_noun("Невеста") and only_a_common_noun("Адвокат")
    assert not only_a_common_noun("Путин") and not only_a_common_noun("Роза")
    assert not only_a_common_noun("Воронеж") and not only_a_common_noun("Сегодня")
    # "Эштон" is unknown: pymorphy3 guesses it as "эш" + the noun "тон"; no dictionary reading
    assert dictionary_parses("Эштон") == [] and not only_a_common_noun("Эштон")


def _with(nlp, text: str, model: list[Mention]) -> Document:
    """The domain layer run over ``model`` as if the news model had tagged it."""
    doc = nlp(text)
    doc.mentions = sorted(model, key=lambda m: (m.start, m.stop))
    return nlp.domain(doc)


def _applied(rule, nlp, text: str, mentions: list[Mention]) -> list[Mention]:
    """``rule`` alone, run over ``text`` as the analyzer reads it, with ``mentions`` in place of
    what the model found."""
    doc = nlp(text)
    doc.mentions = mentions
    return rule(doc.mentions, doc, load_vocabulary())


def _mention(text: str, part: str, type_: str, occurrence: int = 0) -> Mention:
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(part, start + 1)
    return Mention(start, start + len(part), type_, part)


def test_model_slips_on_one_word_persons(nlp):
    text = "Сегодня делегация прибыла к Воронежу. Депутат от ЧСР выступил."
    model = [
        _mention(text, "Сегодня", "PER"),
        _mention(text, "Воронежу", "PER"),
        _mention(text, "ЧСР", "PER"),
    ]
    assert spans(_with(nlp, text, model)) == {("Воронежу", "LOC"), ("ЧСР", "ORG")}


def test_a_word_of_a_named_person_is_left_alone(nlp):
    text = "Врач Леонид Рошаль приехал в больницу. Рошаль осмотрел детей."
    model = [_mention(text, "Леонид Рошаль", "PER"), _mention(text, "Рошаль", "PER", 1)]
    assert ("Рошаль", "PER") in spans(_with(nlp, text, model))


def test_person_then_party_abbreviation_in_brackets(nlp):
    text = "Комитет возглавил Андрис Америкс (ЧСР), а его заместителем стала Айна Крукле (ЧСР)."
    model = [
        _mention(text, "Андрис Америкс (ЧСР)", "PER"),
        _mention(text, "Айна Крукле", "PER"),
    ]
    found = spans(_with(nlp, text, model))
    assert {("Андрис Америкс", "PER"), ("ЧСР", "ORG"), ("Айна Крукле", "PER")} <= found
    assert ("ЧСР", "PER") not in found


def test_age_is_not_part_of_a_name(nlp):
    text = "Компанию возглавил 56-летний С.Джобс."
    model = [_mention(text, "56-летний С.Джобс", "PER")]
    assert spans(_with(nlp, text, model)) == {("С.Джобс", "PER")}


def test_legal_form_takes_the_quoted_name_after_it(nlp):
    text = "Акции АФК <Система> выросли, сообщило ОАО АФК."
    model = [_mention(text, "АФК", "ORG"), _mention(text, "ОАО АФК", "ORG")]
    found = spans(_with(nlp, text, model))
    assert ("АФК <Система>", "ORG") in found and ("ОАО АФК", "ORG") in found


def test_initials_glued_to_a_surname_make_a_person(nlp):
    text = (
        "Д.Медведев встретился с М.Драги. Гости из Н.Новгорода приехали в институт "
        "имени А.С.Пушкина."
    )
    found = spans(_with(nlp, text, []))
    assert {("Д.Медведев", "PER"), ("М.Драги", "PER")} <= found
    assert not any(t.startswith(("Н.", "А.")) for t, _ in found)


def test_surname_of_a_person_named_in_full_is_that_person(nlp):
    text = "Мэр Сергей Собянин открыл парк. Собянин отметил, что работы завершены."
    model = [_mention(text, "Сергей Собянин", "PER"), _mention(text, "Собянин", "LOC", 1)]
    assert ("Собянин", "PER") in spans(_with(nlp, text, model))


def test_photo_agency_is_an_organization(nlp):
    text = "Выборы в Румынии\nФото: Reuters Фото: AFP\nФото: GLOBAL LOOK press"
    found = spans(_with(nlp, text, []))
    assert {("Reuters", "ORG"), ("AFP", "ORG")} <= found
    assert ("GLOBAL", "ORG") not in found


def test_known_national_companies_are_organizations(nlp):
    text = "Прогноз дали синоптики Казгидромета, а связь восстановил Казахтелеком."
    model = [_mention(text, "Казгидромета", "PER")]
    found = spans(_with(nlp, text, model))
    assert {("Казгидромета", "ORG"), ("Казахтелеком", "ORG")} <= found


def test_assembly_of_the_people_of_kazakhstan_is_one_name(nlp):
    text = "Сессия Ассамблеи народа Казахстана прошла в Астане."
    model = [_mention(text, "Ассамблеи народа", "ORG"), _mention(text, "Казахстана", "LOC")]
    found = spans(_with(nlp, text, model))
    assert ("Ассамблеи народа Казахстана", "ORG") in found
    assert ("Казахстана", "LOC") not in found


def test_more_kazakhstan_towns_are_places(nlp):
    expect(nlp, "Паводок затронул [Жетысай](LOC) и [Аксу](LOC).")


def test_compound_country_name_is_one_place(nlp):
    text = "Сборная Тринидада и Тобаго сыграет в Боснии и Герцеговине."
    model = [
        _mention(text, "Тринидада", "LOC"),
        _mention(text, "Тобаго", "LOC"),
        _mention(text, "Боснии", "LOC"),
    ]
    found = spans(_with(nlp, text, model))
    assert {("Тринидада и Тобаго", "LOC"), ("Боснии и Герцеговине", "LOC")} <= found
    assert ("Тобаго", "LOC") not in found


def test_chamber_of_parliament_is_one_name(nlp):
    expect(nlp, "Закон принят депутатами [Мажилиса Парламента РК](ORG) в первом чтении.")


def test_common_noun_opening_a_sentence_is_no_person(nlp):
    text = "Невеста\nСвадьбу сыграли в мае. Адвокат заявил, что обжалует решение."
    model = [_mention(text, "Невеста", "PER"), _mention(text, "Адвокат", "PER")]
    assert spans(_with(nlp, text, model)) == set()


def test_surname_that_is_also_a_common_noun_stays_when_the_text_capitalizes_it_inside(nlp):
    """ "Хантсмен" is in the dictionary as a common noun, but the text writes "Хантсмена"
    with a capital inside a sentence: a surname."""
    text = "Хантсмен покинул пост. Решение Хантсмена удивило многих."
    model = [_mention(text, "Хантсмен", "PER"), _mention(text, "Хантсмена", "PER")]
    assert ("Хантсмен", "PER") in spans(_with(nlp, text, model))


def test_common_noun_before_a_name_at_a_sentence_start_is_cut_off(nlp):
    text = "Христианка Асия Биби покинула страну. Суд оправдал христианку."
    model = [_mention(text, "Христианка Асия Биби", "PER")]
    assert spans(_with(nlp, text, model)) == {("Асия Биби", "PER")}


def test_first_name_that_is_also_a_common_noun_stays_part_of_the_name(nlp):
    """ "Карел" is a common noun too (a Karelian), but the text never uses it as one."""
    text = "Карел Шварценберг выступил в парламенте."
    model = [_mention(text, "Карел Шварценберг", "PER")]
    assert spans(_with(nlp, text, model)) == {("Карел Шварценберг", "PER")}


def test_a_name_does_not_end_with_loose_punctuation(nlp):
    from ruanalyze.domain.boundaries import trim_loose_ends

    text = "Певица Руби (настоящее имя скрыто) и (вратарь Тим Томас) пришли, а также СИЗО «."
    found = _applied(
        trim_loose_ends,
        nlp,
        text,
        [
            _mention(text, "Руби (", "PER"),
            _mention(text, "Тим Томас)", "PER"),
            _mention(text, "СИЗО «", "ORG"),
        ],
    )
    assert [(m.text, m.type) for m in found] == [
        ("Руби", "PER"),
        ("Тим Томас", "PER"),
        ("СИЗО", "ORG"),
    ]
    assert all(text[m.start : m.stop] == m.text for m in found)


def test_a_person_enumerated_with_places_is_a_place(nlp):
    text = "Грузы идут через Хоргос, Бахты и Майкапчагай. Сборные России и Италии, Юрий, играли."
    model = [
        _mention(text, "Хоргос", "LOC"),
        _mention(text, "Бахты", "LOC"),
        _mention(text, "Майкапчагай", "PER"),
        _mention(text, "России", "LOC"),
        _mention(text, "Италии", "LOC"),
        _mention(text, "Юрий", "PER"),
    ]
    found = spans(_with(nlp, text, model))
    assert ("Майкапчагай", "LOC") in found
    assert ("Юрий", "PER") in found  # a first name the dictionary knows: an address, not a place


def test_a_first_name_before_a_surname_belongs_to_it(nlp):
    from ruanalyze.domain.dictionary import attach_first_names

    text = "Памятник Тарасу Шевченко открыли. Вчера Геннадий Фисун, как и Ивану, ответил Фисуну."
    found = _applied(
        attach_first_names,
        nlp,
        text,
        [
            _mention(text, "Шевченко", "PER"),
            _mention(text, "Фисун", "PER"),
            _mention(text, "Фисуну", "PER"),
        ],
    )
    assert [m.text for m in found] == ["Тарасу Шевченко", "Геннадий Фисун", "Фисуну"]


def test_a_one_word_organization_tagged_twice_is_recovered_where_the_model_missed_it(nlp):
    from ruanalyze.domain.consistency import recover_repeats

    text = (
        "Мечел выпустил облигации. Мечел рад. Аналитики хвалят Мечел. "
        "Холдинг Мечел Майнинг молчит. Цирк приехал, а Цирк уехал."
    )
    found = _applied(
        recover_repeats,
        nlp,
        text,
        [
            _mention(text, "Мечел", "ORG", 0),
            _mention(text, "Мечел", "ORG", 1),
            _mention(text, "Цирк", "ORG", 0),
        ],
    )
    assert [(m.start, m.type) for m in found if m.text == "Мечел"] == [
        (text.index("Мечел выпустил"), "ORG"),
        (text.index("Мечел рад"), "ORG"),
        (text.index("Мечел. Холдинг"), "ORG"),  # recovered
    ]  # not "Мечел Майнинг": a capitalized word after it runs the name on
    assert [m.text for m in found].count("Цирк") == 1  # tagged once: not repeated
