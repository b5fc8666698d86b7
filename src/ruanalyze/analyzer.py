"""The analyzer: every stage wired together, for one text or a stream of them."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from functools import cached_property
from itertools import islice
from pathlib import Path
from typing import Any, TypeVar

from .collector import collector_paused
from .document import Document
from .domain import RULES, DomainLayer, boilerplate_regions, mask
from .domain.rules import splitting_original_spellings
from .entities import EntityGrouper
from .lang import tag_language
from .lemmatize import Lemmatizer, MentionNormalizer
from .morph import Morph
from .names import NameSplitter
from .ner import NERTagger
from .segment import Segmenter
from .textclean import cleaned_view

T = TypeVar("T")


class Analyzer:
    """``nlp(text)`` → :class:`Document`; ``nlp.pipe(texts)`` → documents, lazily, in order.

    Creating an analyzer is instant: the NER model, the dictionaries and the topic model load on
    the first document.
    """

    def __init__(
        self,
        topic_model: str | Path | None = None,
        batch_size: int = 32,
        ner_thread: bool = False,
        split_originals: bool = False,
    ) -> None:
        self.batch_size = batch_size
        # NER on a second thread, overlapping lemmas and topics: a few percent faster where a
        # core is idle, for a tenth of a core more. Off by default: an analyzer is one core's
        # work, and more cores are used by more processes (``--workers``, Dask), which scale.
        self.ner_thread = ner_thread
        self.morph = Morph()
        self.segmenter = Segmenter()
        self.ner = NERTagger()
        # "Барри Лоуенкрон (Barry Lowenkron)": one name (Collection5, Natasha) or two (factRuEval,
        # NEREL, BSNLP); see ``domain/brackets.py``.
        self.split_originals = split_originals
        self.domain = DomainLayer(splitting_original_spellings(RULES) if split_originals else RULES)
        self.lemmatizer = Lemmatizer(self.morph)
        self.normalizer = MentionNormalizer(self.morph)
        self.grouper = EntityGrouper(
            alias=self.domain.vocabulary.alias, names=NameSplitter(self.morph)
        )
        from .topics import TopicTagger  # here, not at import: scipy alone takes ~0.3 s to import

        self.topics = TopicTagger(topic_model)

    def __call__(self, text: str | Document) -> Document:
        return next(self.pipe([text], batch_size=1))

    def pipe(
        self, items: Iterable[str | Document], batch_size: int | None = None
    ) -> Iterator[Document]:
        """Analyze texts or documents in batches; memory stays bounded by the batch size."""
        size = batch_size or self.batch_size
        iterator = iter(items)
        position = 0
        while batch := list(islice(iterator, size)):
            docs = [_as_document(item, position + index) for index, item in enumerate(batch)]
            position += len(batch)
            self.process(docs)
            yield from docs

    def process(self, docs: list[Document], topics: bool = True) -> list[Document]:
        """Run every stage over a batch of documents, in place (the topic model only if
        ``topics``: entity evaluation does not need it).

        The stages see the text with scraped-page Unicode cleaned (see ``textclean``); every
        offset is then mapped back onto the original ``doc.text``. The cyclic garbage collector
        is paused meanwhile (see ``collector``)."""
        with collector_paused():
            return self._process(docs, topics)

    def _process(self, docs: list[Document], topics: bool) -> list[Document]:
        views = [cleaned_view(doc) for doc in docs]
        texts = [self.segment(doc) for doc in docs]
        # With ``ner_thread``, the network tags this batch on a second thread (its matrix products
        # release the GIL) while this one lemmatizes it and ranks its topics (neither depends on
        # the mentions).
        self.ner.load()  # here, not on the NER thread: the topic model shares its navec
        executor = self._ner_thread if self.ner_thread else InlineExecutor()
        tagging = executor.submit(self.ner.tag_tokens, texts, [doc.tokens for doc in docs])
        for doc in docs:
            self.lemmatizer(doc)
        if topics:
            self.topics.tag_many(docs)
        found = tagging.result()
        for doc, mentions in zip(docs, found, strict=True):
            doc.mentions = mentions
            self.domain(doc)
            self.normalizer(doc)
            self.grouper(doc)
        for view in views:
            tag_language(view.restore())
        return docs

    def prepare(self, doc: Document) -> str:
        """Boilerplate, sentences, tokens and lemmas; returns the text the model should see
        (boilerplate blanked out, offsets unchanged). All the topic model needs."""
        text = self.segment(doc)
        self.lemmatizer(doc)
        return text

    def segment(self, doc: Document) -> str:
        """Boilerplate, sentences and tokens; returns the text the model should see."""
        doc.excluded = boilerplate_regions(doc.text)
        text = mask(doc.text, doc.excluded) if doc.excluded else doc.text
        self.segmenter(doc, text)
        return text

    @cached_property
    def _ner_thread(self) -> ThreadPoolExecutor:
        return ThreadPoolExecutor(max_workers=1, thread_name_prefix="ruanalyze-ner")

    def topic_scores(self, doc: Document) -> dict[str, float]:
        """Every label's score for an analyzed document, not only the chosen ones."""
        return self.topics.scores([doc])[0]

    def explain_topics(self, doc: Document, top: int = 10) -> dict[str, list[tuple[str, float]]]:
        """For each of ``doc.topics``, the lemmas that raised its score most."""
        return self.topics.explain(doc, top)

    def __repr__(self) -> str:
        return f"Analyzer(topic_model={str(self.topics.path)!r}, batch_size={self.batch_size})"


class InlineExecutor:
    """An executor that runs each call at once, on the calling thread."""

    def submit(self, function: Callable[..., T], *args: Any) -> Future[T]:
        future: Future[T] = Future()
        try:
            future.set_result(function(*args))
        except BaseException as error:
            future.set_exception(error)
        return future


def _as_document(item: str | Document, position: int) -> Document:
    if isinstance(item, Document):
        return item
    if isinstance(item, str):
        return Document(text=item, id=str(position))
    raise TypeError(f"expected a str or a Document, got {type(item).__name__}")


def load(
    topic_model: str | Path | None = None,
    batch_size: int = 32,
    ner_thread: bool = False,
    split_originals: bool = False,
) -> Analyzer:
    """The analyzer with the bundled models (or your own topic model folder).
    ``split_originals=True`` marks a name and its original spelling in brackets as two mentions."""
    return Analyzer(
        topic_model=topic_model,
        batch_size=batch_size,
        ner_thread=ner_thread,
        split_originals=split_originals,
    )
