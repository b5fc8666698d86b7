"""Property-based: whatever Unicode comes in, nlp() keeps its invariants."""

from __future__ import annotations

from itertools import pairwise

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from ruanalyze.textclean import clean

# Text that looks like scraped Russian news: Cyrillic and Latin letters, digits, punctuation,
# the invisible and look-alike characters of scraped pages, line breaks; and any code point.
PIECES = st.one_of(
    st.sampled_from(
        [
            *"АВКМНОРСТаеорсхуёйЁЙ -–—.,:;!?«»„“”\"'()\n\r\t0123456789aeopcxyAEKMHOPCTX",
            *("\u00a0", "\u2009", "\u202f", "\u00ad", "\u2011", "\u200b", "\u200d", "\ufeff"),
            *("\u0301", "\u0308", "\u0306", "ә", "қ", "і", "ї"),
            *("Усть-Каменогорск", "Жаксылык Омар", " аким ", "ВКО", " Астана", "ТОО «Самрук»"),
            *("Поделиться\n", "\nФото: zakon.kz\n", " в ", " и ", ". "),
        ]
    ),
    st.characters(),
)
NEWSY = st.lists(PIECES, max_size=60).map("".join)
SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(NEWSY)
def test_clean_maps_inside_the_original(text: str) -> None:
    cleaned = clean(text)
    assert len(cleaned.starts) == len(cleaned.text)
    previous = 0
    for start, stop in zip(cleaned.starts, cleaned.stops, strict=True):
        assert previous <= start < stop <= len(text)
        previous = stop


@SETTINGS
@given(text=NEWSY)
@example(text="А\ud800")  # a lone surrogate: pymorphy3 could not encode it
@example(text="𗀀 Аким")  # a letter without a Unicode name: pymorphy3 raised ValueError
@example(text="Усть\u2011Каме\u00adногорск „Казинформ“ Кaзахстан за\u0301мок\r\n")
def test_nlp_invariants(nlp, text: str) -> None:
    doc = nlp(text)
    assert doc.text == text
    size = len(text)
    for record in [*doc.sentences, *doc.tokens, *doc.mentions]:
        assert 0 <= record.start <= record.stop <= size
        assert text[record.start : record.stop] == record.text
    for start, stop in doc.excluded:
        assert 0 <= start <= stop <= size
    spans = [(mention.start, mention.stop) for mention in doc.mentions]
    assert spans == sorted(spans)
    for (_, stop), (start, _) in pairwise(spans):
        assert stop <= start, "mentions overlap"
    for entity in doc.entities:
        for mention in entity.mentions:
            assert text[mention.start : mention.stop] == mention.text
    assert doc.meta["lang"] in {"ru", "kk", "uk", "be", "en", "und"}
