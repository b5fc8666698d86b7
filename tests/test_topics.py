"""The topic model: format, decision rule, calibration, explanations, label files, evaluation."""

from __future__ import annotations

import csv
import json

import numpy as np
import pytest

from ruanalyze.cli import main
from ruanalyze.evaluate.topics import evaluate_topics, load_mapping
from ruanalyze.topics import DecisionRule, ModelFormatError, TopicModel, default_model_path
from ruanalyze.topics.corpus import CorpusError, read_labelled
from ruanalyze.topics.features import Terms
from ruanalyze.topics.train import train_topics

from .conftest import ROOT

SPORT = [
    "Сборная выиграла матч чемпионата по футболу",
    "Хоккеисты проиграли в овертайме финала турнира",
    "Теннисистка вышла в полуфинал турнира",
    "Боксер защитил чемпионский пояс в двенадцатираундовом бою",
    "Футбольный клуб подписал контракт с новым тренером",
    "Борец завоевал золото чемпионата Азии",
]
ECONOMY = [
    "Нацбанк повысил базовую ставку из-за инфляции",
    "Цены на бензин выросли на заправках",
    "Курс тенге укрепился на бирже",
    "Экспорт пшеницы вырос на треть",
    "Банки снизили ставки по депозитам",
    "Инвесторы вложат миллиард долларов в новый завод",
]


def small_corpus(tmp_path, suffix=".jsonl"):
    path = tmp_path / f"labelled{suffix}"
    items = [(text, "sport") for text in SPORT] + [(text, "economy") for text in ECONOMY]
    if suffix == ".csv":
        with path.open("w", encoding="utf-8", newline="") as file:
            writer = csv.writer(file)
            writer.writerow(["text", "label"])
            writer.writerows(items)
    else:
        lines = [
            json.dumps({"text": t, "labels": [label]}, ensure_ascii=False) for t, label in items
        ]
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_decision_rule_takes_the_best_then_likely_ones():
    rule = DecisionRule(threshold=0.5, max_labels=3)
    assert rule.choose(np.array([0.1, 0.3, 0.2])) == [1]
    assert rule.choose(np.array([0.6, 0.9, 0.55, 0.7])) == [1, 3, 0]


def test_decision_rule_takes_the_main_topic_from_the_primary_probabilities():
    rule = DecisionRule(threshold=0.5, max_labels=3)
    scores, primary = np.array([0.9, 0.6, 0.3, 0.55]), np.array([0.1, 0.2, 0.6, 0.1])
    assert rule.choose(scores, primary) == [2, 0, 1]  # main topic, then the likeliest others
    assert rule.choose(np.array([0.9, 0.6]), np.array([0.3, 0.7])) == [1, 0]


def test_multi_label_model_picks_the_main_topic_from_first_labels(tmp_path):
    """A label that is only ever a second label can be added, but is never the main topic."""
    texts = SPORT + ECONOMY
    labels = [["sport"] for _ in SPORT] + [["economy", "governance"] for _ in ECONOMY]
    terms = [text.lower().split() for text in texts]
    model = TopicModel(embedding_weight=0, calibration_folds=0).fit(terms, labels)
    assert model.primary_coef_.shape == (3, len(model.vocabulary_))
    main = model.primary(terms)
    assert np.allclose(main.sum(axis=1), 1.0)
    assert main[:, model.labels_.index("governance")].max() < 1e-6
    chosen = model.choose([["инфляции", "ставку", "банки"]])[0]
    assert model.labels_[chosen[0]] == "economy"
    model.save(tmp_path / "m")
    loaded = TopicModel.load(tmp_path / "m")
    assert np.allclose(loaded.primary(terms), main)


def test_label_key_accepts_a_string_a_list_and_a_fallback(tmp_path):
    path = tmp_path / "mixed.jsonl"
    path.write_text(
        '{"text": "а", "label": "Спорт"}\n'
        '{"text": "б", "labels": ["economy", "politics"]}\n'
        '{"text": "в", "labels": "culture; society"}\n',
        encoding="utf-8",
    )
    assert [item.labels for item in read_labelled(path)] == [
        ("Спорт",),
        ("economy", "politics"),
        ("culture", "society"),
    ]
    assert next(item.labels for item in read_labelled(path, label_key="label")) == ("Спорт",)


def test_a_file_without_labels_is_named_in_the_error(tmp_path):
    path = tmp_path / "bad.jsonl"
    path.write_text('{"text": "текст без меток"}\n', encoding="utf-8")
    with pytest.raises(CorpusError, match=r"bad\.jsonl:1: no labels"):
        list(read_labelled(path))


def test_csv_training_with_cross_validation(tmp_path, capsys):
    corpus = small_corpus(tmp_path, ".csv")
    code = main(["train-topics", str(corpus), "-o", str(tmp_path / "m"), "--cv", "3"])
    assert code == 0
    report = capsys.readouterr().out
    assert "economy" in report and "sport" in report and "3-fold" in report
    model = TopicModel.load(tmp_path / "m")
    assert model.labels_ == ["economy", "sport"]
    scores = model.scores([["матч", "чемпионат", "футбол"], ["ставка", "инфляция", "банк"]])
    assert scores[0].argmax() == 1 and scores[1].argmax() == 0


def test_saved_model_is_checked_on_load(tmp_path):
    model, _ = train_topics([small_corpus(tmp_path)], tmp_path / "m")
    loaded = TopicModel.load(tmp_path / "m")
    terms = [["футбол", "матч"], ["биржа", "курс"]]
    assert np.allclose(loaded.scores(terms), model.scores(terms))
    meta = json.loads((tmp_path / "m" / "model.json").read_text("utf-8"))
    (tmp_path / "m" / "model.json").write_text(json.dumps({**meta, "version": 1}), "utf-8")
    with pytest.raises(ModelFormatError, match="format version 1"):
        TopicModel.load(tmp_path / "m")
    # an older model's weights lack arrays of this version: the version is what gets reported
    (tmp_path / "m" / "model.json").write_text(json.dumps({**meta, "version": 3}), "utf-8")
    np.savez(tmp_path / "m" / "weights.npz", coef=np.zeros(2))
    with pytest.raises(ModelFormatError, match=r"format version 3.*retrain"):
        TopicModel.load(tmp_path / "m")
    (tmp_path / "m" / "model.json").write_text(json.dumps(meta), "utf-8")
    with pytest.raises(ModelFormatError, match="not a readable topic model"):
        TopicModel.load(tmp_path / "m")
    with pytest.raises(ModelFormatError, match="not a readable topic model"):
        TopicModel.load(tmp_path / "nowhere")


def test_bundled_model_scores_are_calibrated_probabilities():
    model = TopicModel.load(default_model_path())
    assert len(model.labels_) == 12 and model.calibration_.shape == (12, 2)
    assert (model.calibration_[:, 0] > 0).all()  # calibration keeps the order of each label
    scores = model.scores([["матч", "чемпионат", "сборная", "футбол"]])[0]
    assert model.labels_[int(scores.argmax())] == "sport" and 0.5 < scores.max() <= 1.0


def test_explain_cli_names_the_lemmas(tmp_path, capsys):
    article = tmp_path / "match.txt"
    article.write_text(
        "Сборная Казахстана по футболу выиграла матч отбора чемпионата мира.", "utf-8"
    )
    assert main(["explain", str(article), "--top", "3"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("match") and out[1].split()[0] == "sport"
    assert "матч" in out[1] or "футбол" in out[1] or "сборная" in out[1]
    assert out[2].startswith("  next: ")


def test_bundled_model_is_reproduced_from_the_corpus(tmp_path):
    """Same data, same model: retraining on data/topics gives the shipped model."""
    train_topics([ROOT / "data" / "topics"], tmp_path / "m")
    shipped, retrained = default_model_path(), tmp_path / "m"
    assert (retrained / "model.json").read_bytes() == (shipped / "model.json").read_bytes()
    a, b = TopicModel.load(shipped), TopicModel.load(retrained)
    assert np.allclose(a.coef_, b.coef_, atol=1e-5)
    assert np.allclose(a.calibration_, b.calibration_, atol=1e-4)


def test_mapping_errors_name_the_file(tmp_path):
    path = tmp_path / "map.json"
    path.write_text('["economy"]', encoding="utf-8")
    with pytest.raises(ValueError, match=r"map\.json: expected a JSON object"):
        load_mapping(path)
    assert load_mapping(ROOT / "data" / "mappings" / "lenta.json")["Спорт"] == "sport"
    with pytest.raises(ValueError, match="does not have: econ"):
        evaluate_topics(path, {"Экономика": "econ"})
    with pytest.raises(FileNotFoundError, match=r"nowhere\.jsonl: no such file"):
        evaluate_topics(tmp_path / "nowhere.jsonl", {"Спорт": "sport"})


def test_evaluate_leaves_unmapped_items_out_and_counts_them(tmp_path, nlp):
    gold = tmp_path / "gold.jsonl"
    rows = [("Футболисты выиграли кубок страны", "Спорт"), ("Курс доллара вырос", "Финансы")]
    rows += [("Президент встретился с послом", "Мир")]
    gold.write_text(
        "".join(json.dumps({"text": t, "label": g}, ensure_ascii=False) + "\n" for t, g in rows),
        encoding="utf-8",
    )
    mapping = {"Спорт": "sport", "Финансы": "economy"}
    result = evaluate_topics(gold, mapping, train=small_corpus(tmp_path), analyzer=nlp)
    assert result.items == 3 and result.scored == 2 and result.left_out == {"Мир": 1}
    names = [system.name for system in result.systems]
    assert names[0].startswith("majority label") and names[-1] == "ruanalyze (lemmas)"
    assert result.system("ruanalyze (lemmas)").accuracy == 1.0
    assert {score.label for score in result.systems[-1].labels} == {"economy", "sport"}
    assert "1 left out (unmapped labels: Мир 1)" in result.format()


def test_explanation_shares_add_up_to_the_decision_value():
    """TF-IDF terms and the idf-weighted word vector's per-word shares sum to the decision value
    less the intercept, for every label."""
    model = TopicModel.load(default_model_path())
    terms = ["правительство", "утвердить", "бюджет", "налог", "матч", "неизвестнословие"]
    decision = model.decision([terms])[0]
    for j, label in enumerate(model.labels_):
        shares = model.contributions(terms, label)
        assert sum(shares.values()) + model.intercept_[j] == pytest.approx(decision[j], abs=1e-4)
    assert "бюджет" in dict(model.explain(terms, "economy"))


def test_single_label_model_reads_character_ngrams_of_the_words(tmp_path):
    """A model fitted on one label per item adds character n-grams of the text's words: a form
    it never saw as a term («футболисты») still counts through its stem, the n-grams are saved
    and give the same scores after loading, and explanations still add up."""
    docs = [Terms(["футбол", "матч"], ["футбол", "и", "матч"])] * 3 + [
        Terms(["биржа", "курс"], ["биржа", "и", "курс"])
    ] * 3
    model = TopicModel().fit(docs, [["sport"]] * 3 + [["economy"]] * 3)
    assert model.exclusive_ and "футб" in model.char_vocabulary_
    unseen = [Terms(["футболист"], ["футболисты"])]
    with_chars = model.scores(unseen)[0]
    without = TopicModel(char_weight=0).fit(docs, [["sport"]] * 3 + [["economy"]] * 3)
    assert not without.char_vocabulary_
    assert with_chars[model.labels_.index("sport")] > without.scores(unseen)[0][1] > 0.4
    model.save(tmp_path / "m")
    loaded = TopicModel.load(tmp_path / "m")
    assert np.array_equal(loaded.scores(docs + unseen), model.scores(docs + unseen))
    decision = model.decision(unseen)[0]
    for j, label in enumerate(model.labels_):
        shares = model.contributions(unseen[0], label)
        assert sum(shares.values()) + model.intercept_[j] == pytest.approx(decision[j], abs=1e-4)
    assert "футболисты" in dict(model.explain(unseen[0], "sport"))


def test_multi_label_model_has_no_character_ngrams():
    assert TopicModel.load(default_model_path()).char_vocabulary_ == {}


def _topic_terms(nlp, text: str) -> Terms:
    """The topic terms of ``text``, tokenized and lemmatized by the analyzer."""
    from ruanalyze.document import Document
    from ruanalyze.topics.features import topic_terms

    doc = Document(text=text)
    nlp.prepare(doc)
    return topic_terms(doc.tokens)


def _lemmas(nlp, text: str) -> list[str]:
    return [str(term) for term in _topic_terms(nlp, text)]


def test_datelines_are_left_out_of_topic_terms(nlp):
    def terms(text: str) -> list[str]:
        return _lemmas(nlp, text)

    assert terms("С.-ПЕТЕРБУРГ, 17 ноя - РИА Новости. Цены на бензин выросли.") == [
        "цена",
        "бензин",
        "вырасти",
    ]
    assert "москва" not in terms("Заголовок о ценах\n\nМОСКВА, 19 окт – РИА Новости. Цены выросли.")
    assert terms("АСТАНА, 9 ноября. Нацбанк снизил ставку.")[0] == "нацбанк"
    # Not a dateline: a place written normally, or capitals without a date.
    assert "москва" in terms("Москва, 5 мая — цены выросли.")
    assert "сша" in terms("США, Китай и Россия договорились о торговле.")


def test_terms_carry_the_words_as_written_without_the_dateline(nlp):
    terms = _topic_terms(nlp, "АСТАНА, 9 ноября. В 2024 году против «Кайрата» — 3 иска.")
    assert terms.words == ["в", "2024", "году", "против", "кайрата", "3", "иска"]
    assert "против" not in [str(term) for term in terms]  # a function word: no topic term


def test_person_names_count_only_through_the_word_vector(nlp):
    terms = _topic_terms(nlp, "Владимир Путин обсудил с премьером цены на нефть.")
    flags = {str(term): term.vector_only for term in terms}
    assert flags["путин"] and flags["владимир"]
    assert not flags["нефть"] and not flags["цена"]
    grams = TopicModel()._ngrams(terms)
    assert "путин" not in grams and "владимир путин" not in grams and "цена нефть" in grams


def test_stalo_izvestno_reports_while_a_famous_actor_stays(nlp):
    def terms(text: str) -> list[str]:
        return _lemmas(nlp, text)

    assert terms("Стала известна зарплата футболистов сборной") == [
        "зарплата",
        "футболист",
        "сборная",
    ]
    assert "известный" not in terms("Известно, что цены на хлеб выросли")
    assert "известный" in terms("Известный актёр сыграл в новом фильме")
