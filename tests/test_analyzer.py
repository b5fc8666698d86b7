"""The analyzer end to end, on the real models."""

from __future__ import annotations

from collections import Counter

import pytest

import ruanalyze
from ruanalyze import Document

from .conftest import ROOT, shared_path

EXAMPLES = ROOT / "data" / "examples"


def entities_by_type(doc: Document) -> dict[str, dict[str, int]]:
    found: dict[str, dict[str, int]] = {}
    for entity in doc.entities:
        found.setdefault(entity.type, {})[entity.normal] = entity.count
    return found


@pytest.fixture(scope="module")
def seed(nlp) -> Document:
    path = shared_path("seed/zakon_2016-11-07.txt")
    return nlp(path.read_text(encoding="utf-8"))


def test_seed_person_is_one_entity_with_both_mentions(seed):
    people = entities_by_type(seed)["PER"]
    assert people == {"Жаксылык Омар": 2}, (
        "only the deputy akim is a person; nothing from the footer"
    )


def test_seed_places(seed):
    places = entities_by_type(seed)["LOC"]
    region = places["Восточно-Казахстанская область"]
    texts = {
        m.text
        for e in seed.entities
        if e.normal == "Восточно-Казахстанская область"
        for m in e.mentions
    }
    assert {"ВКО", "Восточно-Казахстанской области"} <= texts
    assert region >= 4
    assert {"Усть-Каменогорск", "Казахстан"} <= set(places)


def test_seed_organizations(seed):
    organizations = entities_by_type(seed)["ORG"]
    assert {"НПО", "маслихат", "аким", "Общественный совет"} <= set(organizations)
    akim = [m for m in seed.mentions if m.normal == "аким"]
    assert seed.text[akim[0].start : akim[0].stop + 4] == "акима ВКО"


def test_seed_boilerplate_is_excluded(seed):
    footer = seed.text.index("Следите за новостями")
    assert all(mention.start < footer for mention in seed.mentions)
    assert any(start <= footer < stop for start, stop in seed.excluded)
    assert "Ошибка" not in {mention.text for mention in seed.mentions}


def test_seed_topics(nlp, seed):
    # A deputy akim at an NGO forum: civil society and governance, the two best of all labels.
    assert {topic.label for topic in seed.topics[:2]} == {"governance", "civil_society"}
    ranked = sorted(nlp.topic_scores(seed).items(), key=lambda item: -item[1])
    assert {label for label, _ in ranked[:2]} == {"governance", "civil_society"}
    assert all(0.0 <= topic.score <= 1.0 for topic in seed.topics)


def test_offsets_index_the_text(seed):
    for record in [*seed.tokens, *seed.sentences, *seed.mentions]:
        assert seed.text[record.start : record.stop] == record.text
    starts = [(m.start, m.stop) for m in seed.mentions]
    assert starts == sorted(starts)


def test_every_token_has_a_lemma_and_pos(seed):
    assert all(token.lemma and token.pos for token in seed.tokens)
    lemmas = {token.text: token.lemma for token in seed.tokens}
    assert lemmas["маслихата"] == "маслихат"
    assert lemmas["организаций"] == "организация"


def test_examples_show_the_domain_cases(nlp):
    docs = list(
        nlp.pipe(path.read_text(encoding="utf-8") for path in sorted(EXAMPLES.glob("*.txt")))
    )
    normals = Counter((e.type, e.normal) for doc in docs for e in doc.entities)
    assert ("LOC", "Восточно-Казахстанская область") in normals
    assert ("ORG", "акимат") in normals and ("ORG", "маслихат") in normals
    assert ("ORG", "НПО") in normals
    first = docs[0]
    forum = {
        m.text
        for e in first.entities
        if e.normal == "Восточно-Казахстанская область"
        for m in e.mentions
    }
    assert {"ВКО", "Восточно-Казахстанской области"} <= forum
    assert {t.label for t in first.topics[:2]} == {"governance", "civil_society"}


def test_pipe_keeps_order_and_ids(nlp):
    texts = ["Аким Шымкента открыл школу.", "", "Футболисты «Кайрата» выиграли у «Астаны»."]
    docs = list(nlp.pipe(texts, batch_size=2))
    assert [doc.text for doc in docs] == texts
    assert [doc.id for doc in docs] == ["0", "1", "2"]
    assert docs[1].mentions == [] and docs[1].topics == [] and docs[1].tokens == []
    assert docs[2].topics[0].label == "sport"


def test_call_accepts_a_document_and_keeps_its_metadata(nlp):
    doc = nlp(Document("Министр здравоохранения РК посетил Павлодар.", id="x", meta={"k": 1}))
    assert doc.id == "x" and doc.meta == {"k": 1, "lang": "ru"}  # lang: detected, added
    assert ("LOC", "Павлодар") in {(m.type, m.normal) for m in doc.mentions}


def test_pipe_rejects_what_is_not_text(nlp):
    with pytest.raises(TypeError, match="expected a str or a Document"):
        list(nlp.pipe([42]))


def test_load_is_lazy():
    analyzer = ruanalyze.load()
    assert "model" not in vars(analyzer.ner) and "model" not in vars(analyzer.topics)


def test_html_rendering_highlights_mentions(seed):
    html = seed._repr_html_()
    assert html.count("<mark") == len(seed.mentions)
    assert "Жаксылык Омар" in html and "civil_society" in html


def test_to_frame_tables(seed):
    entities = ruanalyze.to_frame([seed], "entities")
    assert list(entities.columns)[:4] == ["doc_id", "source", "type", "normal"]
    assert entities["count"].sum() == len(seed.mentions)
    mentions = ruanalyze.to_frame([seed], "mentions")
    assert len(mentions) == len(seed.mentions)
    tokens = ruanalyze.to_frame([seed], "tokens")
    assert len(tokens) == len(seed.tokens) and tokens["sentence"].is_monotonic_increasing
    topics = ruanalyze.to_frame([seed], "topics")
    assert list(topics["rank"]) == list(range(1, len(seed.topics) + 1))
    with pytest.raises(ValueError, match="unknown table"):
        ruanalyze.to_frame([seed], "people")


def test_explain_topics_names_the_lemmas(nlp, seed):
    explanation = nlp.explain_topics(seed, top=5)
    assert set(explanation) == {topic.label for topic in seed.topics}
    assert "нпо" in {term for term, _ in explanation["civil_society"]}
    assert "аким" in {term for term, _ in explanation["governance"]}
    assert all(weight > 0 for terms in explanation.values() for _, weight in terms)


def test_ner_thread_changes_nothing_but_timing(nlp):
    texts = [path.read_text(encoding="utf-8") for path in sorted(EXAMPLES.glob("*.txt"))]
    default = nlp.ner_thread
    try:
        nlp.ner_thread = True
        threaded = [doc.to_jsonl_line() for doc in nlp.pipe(texts)]
        nlp.ner_thread = False
        inline = [doc.to_jsonl_line() for doc in nlp.pipe(texts)]
    finally:
        nlp.ner_thread = default
    assert inline == threaded
    assert default is False  # one analyzer, one core: see Analyzer.__init__


def test_an_ner_failure_reaches_the_caller(nlp, monkeypatch):
    def broken(*args):
        raise RuntimeError("model failure")

    monkeypatch.setattr(nlp.ner, "tag_tokens", broken)
    for thread in (True, False):
        monkeypatch.setattr(nlp, "ner_thread", thread)
        with pytest.raises(RuntimeError, match="model failure"):
            nlp("Аким провёл совещание.")
