"""The table of the commonest news forms: it must say what the lemmatizer says."""

import pytest

from ruanalyze.common_forms import (
    NO_COMMON_FORMS,
    SIZE,
    commonest_news_forms,
    load_common_forms,
    table_rows,
)
from ruanalyze.morph import Morph


@pytest.fixture(scope="module")
def fresh_morph():
    """A lemmatizer that works every answer out (no table)."""
    return Morph(use_common_forms=False)


def test_the_table_is_what_the_lemmatizer_says_now(fresh_morph):
    # Fails after a change to the lexicon, the lemma fixes or the parse choice until the table
    # is rebuilt: `python -m ruanalyze.common_forms`.
    table = load_common_forms()
    forms = sorted(table.analyses)
    expected = table_rows(fresh_morph, forms)
    stale = [
        row
        for form, row in zip(forms, expected, strict=True)
        if row != f"{form}\t{table.analyses[form][0]}\t{table.analyses[form][1]}\t"
        f"{int(form in table.ambiguous)}\n"
    ]
    assert len(table.analyses) == SIZE
    assert stale == [], f"{len(stale)} rows out of date, e.g. {stale[:3]}"


def test_the_table_holds_the_commonest_forms():
    table = load_common_forms()
    commonest = commonest_news_forms(200)
    assert {"в", "и", "россии", "года", "заявил", "президент"} <= set(commonest)
    assert set(commonest) <= set(table.analyses)
    assert table.analyses["заявил"] == ("заявить", "VERB")
    assert "стали" in table.ambiguous  # сталь or стать: the context rules decide


def test_a_morph_with_the_table_answers_as_one_without(fresh_morph):
    text = "Президент заявил , что стали выше цены на 5 % в Астане и акимата ВКО Qwerty"
    words = text.split(" ")
    with_table = Morph()
    assert [with_table.analyze(word) for word in words] == [
        fresh_morph.analyze(word) for word in words
    ]
    assert [with_table.ambiguous(word) for word in words] == [
        fresh_morph.ambiguous(word) for word in words
    ]
    assert Morph(use_common_forms=False).common is NO_COMMON_FORMS


def test_a_damaged_table_is_refused_naming_the_line(tmp_path):
    path = tmp_path / "forms.tsv"
    path.write_text("# header\nгода\tгод\tNOUN\t0\nстали\tсталь\tNOUN\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"forms.tsv:3: expected form, lemma, upos and 0 or 1"):
        load_common_forms(path)
