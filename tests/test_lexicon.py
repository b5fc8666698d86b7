"""Every entry of the project's lexicon, through its real generated forms."""

import pytest

from ruanalyze.lexicon import PARADIGMS, guess_name_parses, load_lexicon
from ruanalyze.morph import Morph
from ruanalyze.normalize import Normalizer

ENTRIES = load_lexicon()


@pytest.fixture(scope="module")
def morph():
    return Morph()


@pytest.fixture(scope="module")
def normalizer(morph):
    return Normalizer(morph)


def _capitalized(entry, text: str) -> str:
    if entry.pos != "PROPN":
        return text
    return "-".join(part[:1].upper() + part[1:] for part in text.split("-"))


@pytest.mark.parametrize("entry", ENTRIES, ids=[entry.lemma for entry in ENTRIES])
def test_every_form_of_an_entry_has_its_lemma_and_goes_back_to_the_nominative(
    entry, morph, normalizer
):
    forms = [form for form in entry.forms() if form.tag.number == "sing"]
    assert {form.tag.case for form in forms} >= {"nomn", "gent", "datv", "accs", "ablt", "loct"}
    type_ = "PER" if entry.kind in ("name", "surname") else "LOC" if entry.kind else "ORG"
    for form in forms:
        assert morph.analyze(form.word)[0] == entry.lemma
        (normal,) = normalizer([_capitalized(entry, form.word)], type_)
        # the nominative of the same gender: Назарбаевой → Назарбаева; a form of two genders
        # alone ("Токаева": his genitive or her nominative) may go back to either
        same_surface = {parse.nominative for parse in entry.forms() if parse.word == form.word}
        assert form.nominative in same_surface
        assert normal in {_capitalized(entry, nominative) for nominative in same_surface}, form


def test_a_surname_takes_the_gender_of_the_first_name(normalizer):
    assert normalizer(["Дариги", "Назарбаевой"], "PER") == ["Дарига", "Назарбаева"]
    assert normalizer(["Касым-Жомарта", "Токаева"], "PER") == ["Касым-Жомарт", "Токаев"]
    assert normalizer(["Токаева"], "PER") == ["Токаев"]


def test_lexicon_words_agree_with_their_adjectives(normalizer):
    assert normalizer(["областного", "маслихата"], "ORG") == ["областной", "маслихат"]
    assert normalizer(["городскому", "акимату"], "ORG") == ["городской", "акимат"]


def test_unknown_lexicon_paradigm_is_reported(tmp_path):
    path = tmp_path / "lexicon.tsv"
    path.write_text("lemma\tpos\tparadigm\tgender\tkind\nабай\tPROPN\tzz\tm\tname\n", "utf-8")
    with pytest.raises(ValueError, match="unknown paradigm or gender"):
        load_lexicon(path)


def test_paradigm_tables_start_with_the_nominative():
    assert all(rows[0][1] == "nomn" for rows in PARADIGMS.values())


@pytest.mark.parametrize(
    ("word", "lemma", "case", "gender"),
    [
        ("Сагимбаевой", "сагимбаева", "gent", "femn"),
        ("Ашимбаеву", "ашимбаев", "datv", "masc"),
        ("Шольца", "шольц", "gent", "masc"),
        ("Борреля", "боррель", "gent", "masc"),
        ("Дерипаски", "дерипаска", "gent", "ms-f"),
        ("Момышулы", "момышулы", "gent", "ms-f"),
        ("Моди", "моди", "gent", "ms-f"),
    ],
)
def test_name_guesses_by_ending(word, lemma, case, gender):
    guesses = guess_name_parses(word)
    assert any(
        parse.inflect({"nomn"}).word == lemma
        and parse.tag.case == case
        and str(parse.tag.gender) == gender
        for parse in guesses
    ), guesses
