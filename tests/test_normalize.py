import pytest
from razdel import tokenize

from ruanalyze.morph import Morph
from ruanalyze.normalize import Normalizer, restore_case


@pytest.fixture(scope="module")
def normalize():
    normalizer = Normalizer(Morph())
    return lambda text, type_: " ".join(normalizer([t.text for t in tokenize(text)], type_))


@pytest.mark.parametrize(
    ("mention", "type_", "normal"),
    [
        ("Жаксылыка Омара", "PER", "Жаксылык Омар"),
        ("Марии Захаровой", "PER", "Мария Захарова"),
        ("Сергею Собянину", "PER", "Сергей Собянин"),
        ("Ангелой Меркель", "PER", "Ангела Меркель"),
        ("Усть-Каменогорске", "LOC", "Усть-Каменогорск"),
        ("Восточно-Казахстанской области", "LOC", "Восточно-Казахстанская область"),
        ("Соединенных Штатах", "LOC", "Соединенные Штаты"),
        ("Ростова-на-Дону", "LOC", "Ростов-на-Дону"),
        ("Кызылорде", "LOC", "Кызылорда"),
        ("Общественного совета", "ORG", "Общественный совет"),
        ("Министерства иностранных дел", "ORG", "Министерство иностранных дел"),
        ("маслихата", "ORG", "маслихат"),
        ("акима", "ORG", "аким"),
        ("МВД РК", "ORG", "МВД РК"),
    ],
)
def test_mentions_go_to_the_nominative(normalize, mention, type_, normal):
    assert normalize(mention, type_) == normal


def test_restore_case_follows_the_original():
    assert restore_case("Усть-Каменогорске", "усть-каменогорск") == "Усть-Каменогорск"
    assert restore_case("ВКО", "вко") == "ВКО"
    assert restore_case("Соединенных", "соединённые") == "Соединенные"
    assert restore_case("Объёме", "объём") == "Объём"


@pytest.mark.parametrize(
    ("mention", "normal"),
    [
        ("Ерлан Сапаров", "Ерлан Сапаров"),
        ("Аян Сейтов", "Аян Сейтов"),
        ("Абдикаримов", "Абдикаримов"),
        ("Мухтаров", "Мухтаров"),
        ("Ерлана Сапарова", "Ерлан Сапаров"),
        ("Айгуль Сапаровой", "Айгуль Сапарова"),
    ],
)
def test_a_person_is_never_put_in_the_plural(normalize, mention, normal):
    # "Сапаров" also parses as the genitive plural of "Сапар": a person mention is one person
    assert normalize(mention, "PER") == normal


@pytest.mark.parametrize("form", ["Семей", "Семее", "Семея", "Семеем", "Семею", "СЕМЕЙ"])
def test_the_city_semey_keeps_its_name_in_every_form(normalize, form):
    expected = "СЕМЕЙ" if form.isupper() else "Семей"
    assert normalize(form, "LOC") == expected


def test_the_common_word_semey_is_still_a_form_of_family():
    morph = Morph()
    assert morph.analyze("семей") == ("семья", "NOUN")
