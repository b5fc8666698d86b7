from ruanalyze.document import Document
from ruanalyze.segment import Segmenter, sentences


def test_empty_and_blank_text_have_no_sentences():
    assert sentences("") == []
    assert sentences(" \n\n ") == []


def test_sentences_never_cross_line_breaks():
    text = "Заголовок без точки\nПервое. Второе предложение.\n\nТретье"
    found = [(s.text, text[s.start : s.stop]) for s in sentences(text)]
    assert [a for a, _ in found] == [
        "Заголовок без точки",
        "Первое.",
        "Второе предложение.",
        "Третье",
    ]
    assert all(a == b for a, b in found)


def test_token_offsets_index_the_text():
    text = "В Усть-Каменогорске прошёл форум НПО.\nАким выступил."
    doc = Segmenter()(Document(text))
    assert [t.text for t in doc.tokens][:3] == ["В", "Усть-Каменогорске", "прошёл"]
    assert all(text[t.start : t.stop] == t.text for t in doc.tokens)
