import json

from ruanalyze import Document, Entity, Mention, Token, Topic


def test_records_round_trip_through_json():
    mention = Mention(0, 13, "PER", "Жаксылыка Омара", "Жаксылык Омар", 2)
    entity = Entity("PER", "Жаксылык Омар", (mention,))
    doc = Document(
        text="Жаксылыка Омара",
        id="a1",
        source="x.txt",
        meta={"date": "2016-11-07"},
        tokens=[Token(0, 9, "Жаксылыка", "жаксылык", "PROPN")],
        mentions=[mention],
        entities=[entity],
        topics=[Topic("governance", 0.91)],
        excluded=[(20, 30)],
    )
    data = json.loads(json.dumps(doc.as_json(), ensure_ascii=False))
    again = Document.from_json(data)
    assert again.as_json() == doc.as_json()
    assert again.entities[0].count == 1
    assert again.entities[0].mentions[0] == mention


def test_reprs_are_compact():
    doc = Document(text="Очень длинный текст статьи. " * 200, id="long")
    assert len(repr(doc)) < 200
    assert repr(Mention(3, 8, "ORG", "акима", "аким")) == "Mention(ORG 3:8 'акима' → 'аким')"
    assert repr(Topic("sport", 0.5)) == "Topic(sport 0.50)"


def test_entity_texts_are_distinct_in_order():
    mentions = (
        Mention(0, 3, "LOC", "ВКО", "ВКО"),
        Mention(10, 40, "LOC", "Восточно-Казахстанской области", "Восточно-Казахстанская область"),
        Mention(50, 53, "LOC", "ВКО", "ВКО"),
    )
    entity = Entity("LOC", "Восточно-Казахстанская область", mentions)
    assert entity.texts == ["ВКО", "Восточно-Казахстанской области"]
    assert entity.count == 3


def test_the_jsonl_line_is_json_dumps_of_the_record_byte_for_byte(nlp):
    # The line is written field by field with the tokens' text, lemma and POS encoded once per
    # word; it must still be exactly what json.dumps makes of as_json.
    tricky = 'Он сказал: "нет" \\ путь\tC:\\x, «ёлка» 😀 \u2028 и снова "нет".'
    hand_made = Document(
        text=tricky,
        id='id "1"',
        meta={"tags": ["a", 1, None, 2.5], "вложено": {"k": "\x00"}},
        tokens=[Token(0, 2, "Он", "он", "PRON"), Token(11, 16, '"нет"', '"нет"', "X")] * 2,
        excluded=[(1, 2)],
    )
    analyzed = nlp(Document(tricky + "\nАким ВКО Даниал Ахметов посетил Семей.", id="2"))
    for doc in (hand_made, analyzed, Document(text="")):
        line = doc.to_jsonl_line()
        assert line == json.dumps(doc.as_json(), ensure_ascii=False)
        assert "\n" not in line
