import razdel
from hypothesis import example, given, settings
from hypothesis import strategies as st

from ruanalyze.document import Document
from ruanalyze.segment import Segmenter, sentences, tokens


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


# Every kind of razdel atom and every character its rules read: dashes, "_", "." and ",", "/" and
# "\", sentence endings, smiles, quotes and brackets, "yahoo!", digits, Cyrillic, Latin, others.
TOKEN_PIECES = st.sampled_from(
    [
        *"аЯёzQ09٣.,-‑–—−_/\\!?…:;=()[]{}«»“”\"'*#%@©§™ \n\t\u00a0",
        *("yahoo", "Yahoo!", ":-)", ";((", "--", "**", "3,5", "1/2", "т.е.", "Усть-Каменогорск"),
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(TOKEN_PIECES, max_size=30).map("".join))
@example("5, 6 а, 6 5 -6 а -б x - 2008. В сайт .com a/ 5 5 /5")
def test_tokens_are_razdels_tokens(text: str) -> None:
    """The chunk-by-chunk tokenizer with its cache splits exactly as razdel does."""
    expected = [(item.start + 7, item.stop + 7, item.text) for item in razdel.tokenize(text)]
    assert [(token.start, token.stop, token.text) for token in tokens(text, 7)] == expected
