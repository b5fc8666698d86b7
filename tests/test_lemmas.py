"""Lemmas in context, the lemma fixes file, and the lemma evaluator."""

import pytest
from razdel import tokenize

from ruanalyze.evaluate.lemmas import evaluate_lemmas, read_conllu, score
from ruanalyze.lemmatize import lemmatize_words
from ruanalyze.morph import Morph, load_lemma_fixes

from .conftest import shared_path


@pytest.fixture(scope="module")
def morph():
    return Morph()


def lemma_of(morph, sentence: str, word: str) -> str:
    words = [token.text for token in tokenize(sentence)]
    lemmas = [lemma for lemma, _ in lemmatize_words(morph, words)]
    return lemmas[[w.lower() for w in words].index(word)]


@pytest.mark.parametrize(
    ("sentence", "word", "lemma"),
    [
        ("Трубы сделаны из стали.", "стали", "сталь"),
        ("Цены стали выше.", "стали", "стать"),
        ("Они стали лучше учиться.", "стали", "стать"),
        ("Мама мыла раму.", "мыла", "мыть"),
        ("Кусок мыла лежал на полке.", "мыла", "мыло"),
        ("Она мыла посуду.", "мыла", "мыть"),
        ("Люди всего мира.", "мира", "мир"),
        ("Он говорил о мире.", "мире", "мир"),
        ("Они пели от души.", "души", "душа"),
        ("Пришли добрые вести.", "вести", "весть"),
        ("Он не умеет вести машину.", "вести", "вести"),
        ("В нем нет ничего лишнего.", "нем", "он"),
        ("Я приду с ним.", "ним", "он"),
        ("Его дом стоит у реки.", "его", "его"),
        ("Я видел его вчера.", "его", "он"),
        ("Он живет в их доме.", "их", "их"),
        ("После этого решения аким уехал.", "этого", "этот"),
        ("После этого он ушел.", "этого", "это"),
        ("В том же году он уехал.", "том", "тот"),
        ("Все граждане пришли.", "все", "весь"),
        ("Все пришли.", "все", "все"),
        ("В доме есть свет.", "есть", "быть"),
        ("Он хочет есть.", "есть", "есть"),
        ("Мне было известно об этом.", "известно", "известный"),
        ("Они пошли домой.", "пошли", "пойти"),
        ("Об этом сообщил аким.", "об", "об"),
        ("Во вторник прошла сессия маслихата.", "маслихата", "маслихат"),
        ("Студенты должны учиться.", "должны", "должен"),
        ("В интервью Ю. Казаков сказал.", "казаков", "казаков"),
        ("Он сыграл роль главного героя.", "главного", "главный"),
        ("Главное сделано.", "главное", "главное"),
        ("Прошло всего три дня.", "всего", "всего"),
        ("Прежде всего свой вкус.", "всего", "все"),
        ("В том же 2007 году.", "том", "тот"),
        ("Прошло больше года.", "больше", "больше"),
    ],
)
def test_context_decides_the_lemma(morph, sentence, word, lemma):
    assert lemma_of(morph, sentence, word) == lemma


def test_lemma_fixes_are_applied(morph):
    fixes = load_lemma_fixes()
    assert fixes["должна"] == "должен"
    for key, lemma in fixes.items():
        assert morph.analyze(key)[0] == lemma, key
    # lemma rows rewrite pymorphy3's lemma of real inflected forms
    assert morph.analyze("денег")[0] == "деньги"
    assert morph.analyze("родном")[0] == "родной"
    assert morph.analyze("основными")[0] == "основной"


def test_bad_lemma_fixes_file_names_the_line(tmp_path):
    path = tmp_path / "fixes.tsv"
    path.write_text("# comment\nво\tво\nodd line\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"fixes.tsv:3: expected two tab-separated columns"):
        load_lemma_fixes(path)


CONLLU = """# text = Мама мыла раму.
1\tМама\tмама\tNOUN\t_\t_\t2\tnsubj\t_\t_
2\tмыла\tмыть\tVERB\t_\t_\t0\troot\t_\t_
3\tраму\tрама\tNOUN\t_\t_\t2\tobj\t_\tSpaceAfter=No
4\t.\t.\tPUNCT\t_\t_\t2\tpunct\t_\t_

1-2\tИз-за\t_\t_\t_\t_\t_\t_\t_\t_
1\tЁлки\tёлка\tNOUN\t_\t_\t0\troot\t_\t_
"""


def test_read_conllu_skips_ranges_and_keeps_sentences(tmp_path):
    path = tmp_path / "gold.conllu"
    path.write_text(CONLLU, encoding="utf-8")
    sentences = read_conllu(path)
    assert [len(sentence) for sentence in sentences] == [4, 1]
    assert sentences[1][0] == ("Ёлки", "ёлка", "NOUN")


def test_score_folds_case_and_yo_and_leaves_out_punctuation(tmp_path):
    path = tmp_path / "gold.conllu"
    path.write_text(CONLLU, encoding="utf-8")
    sentences = read_conllu(path)
    result = score("fixed", lambda words: [["МАМА", "мыло", "рама", "?"], ["елка"]], sentences)
    assert (result.correct, result.total) == (3, 4)


def test_bad_conllu_line_is_named(tmp_path):
    path = tmp_path / "bad.conllu"
    path.write_text("1\tслово\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"bad.conllu:1: expected 10 tab-separated"):
        read_conllu(path)


NEWS = "datasets/lemma/morphoru2017_lenta_train.conllu"
# Floors a little under the accuracy measured when they were set (see the README table).
FLOORS = {
    "datasets/lemma/grameval_social_dev.conllu": 0.975,
    "datasets/lemma/grameval_syntagrus_dev.conllu": 0.958,
    NEWS: 0.98,
    "datasets/lemma/ud_gsd_dev.conllu": 0.955,
    "datasets/lemma/ud_taiga_dev.conllu": 0.94,
}


@pytest.mark.parametrize("relative", sorted(FLOORS))
def test_lemma_accuracy_floor(relative):
    path = shared_path(relative)
    (ours,) = evaluate_lemmas(path, baselines=())
    assert ours.accuracy >= FLOORS[relative]


def test_news_lemmas_beat_natasha():
    path = shared_path(NEWS)
    ours, natasha = evaluate_lemmas(path, baselines=("natasha",))
    assert ours.accuracy >= 0.97
    assert ours.accuracy >= natasha.accuracy


def test_a_reading_is_its_parse_lemma_and_score_then_its_tag_fields():
    from ruanalyze.morph import Morph, Reading, TagFields, tag_fields

    assert Reading._fields[2:] == TagFields._fields
    morph = Morph()
    parse = morph.parse("акимата")[0]
    reading = Reading.of(parse)
    assert reading[2:] == tag_fields(parse.tag)
    assert (reading.case, reading.upos) == ("gent", "NOUN")
