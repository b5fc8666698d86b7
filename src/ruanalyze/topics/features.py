"""The words a topic model sees: lemmas, with numbers, function words, stop words and datelines
left out.

Numbers and function words say nothing of the subject, and neither does a dateline («МОСКВА, 19
окт – РИА Новости.»): the city an agency files from is in every story it files, whatever the
subject, and a model trained on a few thousand items learns it as a topic word (measured: the
«москва» of RIA datelines pushed economy stories to politics).

Names (PROPN) are kept: measured on real news, leaving them out lowered macro F1 on the Lenta
headlines (0.69 → 0.66) and did not change RIA accuracy, because a name's word vector places it
among its kind (a singer among singers, a club among clubs) even when the corpus never mentions
that name. A person's name, though, counts only through that vector, not as a TF-IDF term
(``Term.vector_only``): who speaks is not what the story is about, and the weight a corpus of a
few thousand items gives one name is an accident of which stories it happened to contain (a head
of state seen only in politics items filed every economy statement of his as politics).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from functools import cache, lru_cache

from ..records import Token
from ..resources import data_lines

SKIPPED_POS = frozenset({"PUNCT", "NUM", "PRON", "ADP", "CCONJ", "PART", "INTJ", "X"})
PERSON_GRAMMEMES = frozenset({"Name", "Surn", "Patr"})
DASHES = frozenset({"-", "–", "—"})
SENTENCE_ENDS = frozenset({".", "!", "?", "…"})
# «Стало известно», «известно, что», «стала известна дата»: the short forms of «известный» report
# news, whatever its subject (one headline in 27 on Lenta has them); the full adjective, «известный
# актёр», says something and stays. Lemmatized, both are «известный», which a corpus that used
# the word only of celebrities learned as culture («Стала известна зарплата футболистов» → culture).
REPORTING_FORMS = frozenset({"известно", "известна", "известны", "известен"})


@cache
def stopwords() -> frozenset[str]:
    return frozenset(data_lines("stopwords.txt"))


def is_topic_word(token: Token) -> bool:
    """A content word: not a number, function word, stop word, reporting form or one-letter
    token."""
    return (
        token.pos not in SKIPPED_POS
        and token.text.lower() not in REPORTING_FORMS
        and len(token.lemma) > 1
        and token.lemma.replace("-", "").isalpha()
        and token.lemma not in stopwords()
    )


@lru_cache(maxsize=20_000)
def is_person_name(form: str) -> bool:
    """A first name, surname or patronymic by pymorphy3's best parse of the form."""
    from ..morph import shared_pymorphy

    parses = shared_pymorphy().parse(form)
    return bool(parses) and bool(PERSON_GRAMMEMES & parses[0].tag.grammemes)


class Term(str):
    """A lemma that remembers the word form it came from (``form``, lower case), and whether
    it counts only through its word vector (``vector_only``: a person's name).

    TF-IDF counts lemmas, so that the six cases of a noun pool their evidence; the word vectors
    are looked up by form, because navec was trained on forms: measured on the Lenta headlines,
    form vectors beat lemma vectors (macro F1 0.699 vs 0.688), partly because an out-of-context
    lemma can be wrong («стали» → «стать» where the text meant «сталь»).
    """

    __slots__ = ("form", "vector_only")

    def __new__(cls, lemma: str, form: str, vector_only: bool = False) -> Term:
        term = super().__new__(cls, lemma)
        term.form = form
        term.vector_only = vector_only
        return term


def _term(token: Token, lemma: str) -> Term:
    form = token.text.lower()
    return Term(lemma, form, token.pos == "PROPN" and is_person_name(form))


def _is_capital_word(text: str) -> bool:
    letters = text.replace("-", "").replace(".", "")
    return len(letters) > 1 and letters.isalpha() and text.isupper()


def dateline_length(tokens: Sequence[Token], start: int = 0) -> int:
    """How many tokens from ``start`` make a dateline: a place in capitals, a comma, a date with
    a number, a dash or a full stop, and after a dash an agency name up to its full stop
    («С.-ПЕТЕРБУРГ, 17 ноя - РИА Новости.», «АСТАНА, 9 ноября.»); 0 when there is none."""
    i = start
    while (
        i < len(tokens)
        and i - start < 6
        and (_is_capital_word(tokens[i].text) or tokens[i].text in (".", "-"))
    ):
        i += 1
    place = tokens[start:i]
    if not any(_is_capital_word(t.text) for t in place) or i >= len(tokens):
        return 0
    if tokens[i].text != ",":
        return 0
    date_end = next(
        (j for j in range(i + 1, min(i + 6, len(tokens))) if tokens[j].text in DASHES | {"."}),
        None,
    )
    if date_end is None or not any(t.text.isdigit() for t in tokens[i + 1 : date_end]):
        return 0
    end = date_end + 1
    if tokens[date_end].text in DASHES:
        stop = next(
            (j for j in range(end, min(end + 4, len(tokens))) if tokens[j].text == "."), None
        )
        if stop is not None and stop > end and all(t.text[:1].isupper() for t in tokens[end:stop]):
            end = stop + 1
    return end - start


def without_datelines(tokens: Sequence[Token], look: int = 80) -> list[Token]:
    """``tokens`` less the datelines that open the text or a paragraph or sentence near its
    start (a title usually comes first), within the first ``look`` tokens."""
    kept: list[Token] = []
    i = 0
    while i < min(look, len(tokens)):
        opens = (
            i == 0
            or tokens[i - 1].text in SENTENCE_ENDS
            or tokens[i].start - tokens[i - 1].stop > 1
        )
        skip = dateline_length(tokens, i) if opens else 0
        if skip:
            i += skip
            continue
        kept.append(tokens[i])
        i += 1
    kept.extend(tokens[i:])  # past ``look`` no dateline is looked for
    return kept


class Terms(list):
    """The terms of one text (a list of :class:`Term`), and ``words``: every word and number
    of the text as written, lower-cased, datelines left out, function words kept. A model fitted
    on single-label data reads character n-grams of ``words`` (see ``model.TopicModel``): in a
    headline of five content words, the endings, stems and the words the lemma list leaves out
    («в», «против», «2024») still say something. Given tokens instead of words, the words are
    read from them on first use: the bundled (multi-label) model never asks for them.
    ``places``: every word as ``(lemma, form, capitalized)``, for the gazetteer of
    ``geography`` (empty when built from words alone)."""

    __slots__ = ("_places", "_tokens", "_words")

    def __init__(
        self,
        terms: Iterable[str] = (),
        words: Sequence[str] | None = None,
        tokens: Sequence[Token] = (),
    ) -> None:
        super().__init__(terms)
        self._words = None if words is None else list(words)
        self._places: list[tuple[str, str, bool]] | None = None if tokens or words is None else []
        self._tokens = tokens

    @property
    def words(self) -> list[str]:
        if self._words is None:
            self._words = _words(self._tokens)
        return self._words

    @property
    def places(self) -> list[tuple[str, str, bool]]:
        if self._places is None:
            self._places = [
                (token.lemma, token.text, token.text[:1].isupper())
                for token in self._tokens
                if token.text[:1].isalpha()
            ]
        return self._places


def topic_terms(tokens: Iterable[Token]) -> Terms:
    """The lemmas of the content words, in text order (as :class:`Term`), with the text's
    words (``Terms.words``)."""
    kept = without_datelines(list(tokens))
    return Terms(
        (
            term
            for token in kept
            if (term := _topic_term(token.text, token.lemma, token.pos)) is not None
        ),
        tokens=kept,
    )


def _words(tokens: Sequence[Token]) -> list[str]:
    return [token.text.lower() for token in tokens if any(c.isalnum() for c in token.text)]


@lru_cache(maxsize=30_000)
def _topic_term(text: str, lemma: str, pos: str) -> Term | None:
    """The term of a word, or None if it is no topic word: decided once per (form, lemma,
    POS), since news repeats its words (terms are immutable, so they can be shared)."""
    token = Token(0, 0, text, lemma, pos)
    return _term(token, lemma) if is_topic_word(token) else None


def raw_terms(tokens: Iterable[Token]) -> Terms:
    """The same words as ``topic_terms``, as written (lower-cased) instead of lemmatized: the
    baseline that shows what lemmatization buys."""
    kept = without_datelines(list(tokens))
    return Terms(
        (_term(token, token.text.lower()) for token in kept if is_topic_word(token)), tokens=kept
    )
