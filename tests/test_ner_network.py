"""The packed NER network gives exactly slovnet's own tags, whatever the batch holds."""

from __future__ import annotations

import json
from itertools import islice

import numpy as np

from ruanalyze.ner_network import shifted_sum, viterbi
from ruanalyze.segment import tokens

from .conftest import DATASETS

OWN_TEXTS = [
    "Аким Восточно-Казахстанской области Даниал Ахметов провёл совещание в Усть-Каменогорске.",
    "Министр иностранных дел России Сергей Лавров встретился в Женеве с госсекретарём США.",
    "«Газпром» и ПАО «Сбербанк» подписали соглашение.",
    "Да.",
    "В Алматы прошёл форум НПО. Его открыл Ержан Бекетов, председатель общественного совета.",
    "Президент Франции Эммануэль Макрон прибыл в Берлин, где его встретил канцлер Германии.",
]


def slovnet_tags(ner, words: list[list[str]]) -> list[list[str]]:
    """Tags from slovnet's own inference, one document at a time (padding-free)."""
    infer = ner.model.infer
    tags = []
    for item in words:
        encoded = infer.encoder.input([infer.encoder.item(item)])
        tags.extend(infer.decoder(infer.process([encoded])))
    return tags


def network_tags(ner, words: list[list[str]]) -> list[list[str]]:
    encoded = [ner.model.infer.encoder.item(item) for item in words]
    ids = ner.network([np.array(w) for w, _ in encoded], [np.array(s) for _, s in encoded])
    vocab = ner.model.infer.decoder.tags_vocab
    return [[vocab.decode(tag) for tag in row] for row in ids]


def real_texts(count: int) -> list[str]:
    path = DATASETS / "ner" / "collection5.jsonl"
    if not path.exists():
        return []
    with open(path, encoding="utf-8") as file:
        return [json.loads(line)["text"] for line in islice(file, count)]


def test_same_tags_as_slovnet(nlp):
    texts = OWN_TEXTS + real_texts(40)
    words = [[token.text for token in tokens(text)] for text in texts]
    expected = slovnet_tags(nlp.ner, words)
    assert any(tag != "O" for row in expected for tag in row)
    assert network_tags(nlp.ner, words) == expected
    # each document alone, and in reverse order: packing must not leak across documents
    assert [network_tags(nlp.ner, [item])[0] for item in words[:6]] == expected[:6]
    assert network_tags(nlp.ner, words[::-1]) == expected[::-1]


def test_mentions_through_the_tagger(nlp):
    mentions = nlp.ner.tag_texts([OWN_TEXTS[1], "", OWN_TEXTS[0]])
    assert ("Сергей Лавров", "PER") in {(m.text, m.type) for m in mentions[0]}
    assert mentions[1] == []
    assert ("Даниал Ахметов", "PER") in {(m.text, m.type) for m in mentions[2]}


def test_shifted_sum_is_a_kernel_three_convolution():
    rows = np.arange(12, dtype=np.float32).reshape(4, 3)  # 4 positions, 3 = kernel x 1 filter
    output = shifted_sum(rows, 1)[:, 0]
    # position t: left slice of t-1, middle of t, right of t+1, zeros beyond the ends
    assert output.tolist() == [1 + 5, 0 + 4 + 8, 3 + 7 + 11, 6 + 10]


def test_viterbi_matches_slovnets_crf_on_random_scores():
    from slovnet.exec.model import CRF, Weight

    generator = np.random.default_rng(7)
    transitions = generator.normal(size=(8, 8)).astype(np.float32)
    lengths = np.array([1, 9, 4, 17, 2, 9, 17])  # two documents may end at one position
    emissions = generator.normal(size=(len(lengths), 17, 8)).astype(np.float32)
    mask = np.arange(17) < lengths[:, None]
    crf = CRF(Weight((8, 8), "float32", transitions))
    expected = [path.tolist() for path in crf.decode(emissions, mask)]
    paths = viterbi(emissions, lengths, transitions)
    assert [path[:size].tolist() for path, size in zip(paths, lengths, strict=True)] == expected
