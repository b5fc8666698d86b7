"""Named entity recognition with Natasha's slovnet news model, batched across documents."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import AbstractContextManager, nullcontext
from functools import cache, cached_property

from .document import Document
from .records import Mention, Token

ENTITY_TYPES = ("PER", "LOC", "ORG")


class NERTagger:
    """slovnet NER (the model shipped inside the ``natasha`` package).

    The model loads on first use. ``tag_many`` hands a whole batch of documents to slovnet, which
    pads them into one tensor per chunk of ``token_budget`` tokens. Two things make it cheaper than
    slovnet's own ``map``: the documents are sorted by length first, so each tensor is padded to a
    similar length rather than to the longest article of the batch; and the model is fed the
    tokens the segmenter already made, instead of tokenizing every text a second time with razdel.
    """

    def __init__(self, token_budget: int = 8192, blas_threads: int | None = 1) -> None:
        self.token_budget = token_budget
        # numpy's BLAS threads during the model's matrix products (None: leave numpy's setting).
        # The products are small: on the shared 2-core test machine one thread ran 1.5x faster
        # than two, and it leaves the other core to a second worker.
        self.blas_threads = blas_threads

    @cached_property
    def _blas(self):
        if self.blas_threads is None:
            return None
        try:
            from threadpoolctl import ThreadpoolController
        except ImportError:  # pragma: no cover - comes with scikit-learn
            return None
        return ThreadpoolController()

    def _blas_limit(self) -> AbstractContextManager[object]:
        if self._blas is None:
            return nullcontext()
        return self._blas.limit(limits=self.blas_threads, user_api="blas")

    @cached_property
    def model(self):
        return load_news_ner()

    def tag_tokens(
        self, texts: Sequence[str], tokens: Sequence[Sequence[Token]]
    ) -> list[list[Mention]]:
        """Mentions of each text, given its tokens (offsets into that text)."""
        from slovnet.bio import bio_spans

        results: list[list[Mention]] = [[] for _ in texts]
        order = sorted(
            (index for index, words in enumerate(tokens) if words), key=lambda i: len(tokens[i])
        )
        infer = self.model.infer
        for chunk in self._chunks(order, [len(words) for words in tokens]):
            encoded = [infer.encoder.item([token.text for token in tokens[i]]) for i in chunk]
            with self._blas_limit():
                predictions = list(infer.decoder(infer.process([infer.encoder.input(encoded)])))
            for index, tags in zip(chunk, predictions, strict=True):
                text = texts[index]
                results[index] = [
                    Mention(span.start, span.stop, span.type, text[span.start : span.stop])
                    for span in bio_spans(tokens[index], tags)
                ]
        return results

    def _chunks(self, order: list[int], lengths: list[int]) -> Iterator[list[int]]:
        """Consecutive runs of ``order`` (shortest first) whose padded size, documents x longest
        document, stays within the token budget: it bounds the model's working memory (its
        convolution copies every window of the padded batch) whatever the article lengths."""
        chunk: list[int] = []
        for index in order:
            if chunk and (len(chunk) + 1) * lengths[index] > self.token_budget:
                yield chunk
                chunk = []
            chunk.append(index)
        if chunk:
            yield chunk

    def tag_texts(self, texts: Sequence[str]) -> list[list[Mention]]:
        """Mentions of each text, tokenized by slovnet itself (razdel over the whole text)."""
        from .segment import tokens

        return self.tag_tokens(texts, [tokens(text) for text in texts])

    def tag_many(self, docs: Sequence[Document]) -> None:
        mentions = self.tag_tokens([doc.text for doc in docs], [doc.tokens for doc in docs])
        for doc, found in zip(docs, mentions, strict=True):
            doc.mentions = found

    def __call__(self, doc: Document) -> Document:
        self.tag_many([doc])
        return doc


@cache
def news_navec():  # navec has no type hints
    """Natasha's navec news embedding, one copy per process: the NER model and the topic
    model's word vectors share it (each copy costs over 100 MiB)."""
    from natasha import NewsEmbedding

    navec = NewsEmbedding()
    navec.vocab.counts = None  # word frequencies: used by neither
    return navec


def load_news_ner():
    """Natasha's news NER model, sharing its word vocabulary with the navec embedding.

    ``slovnet.NER.load`` reads the model pack's own copy of the 250k-word vocabulary, the same
    words in the same order as navec's (navec checks its id against the model's); keeping one
    copy instead of two saves about 50 MiB per process, for every worker.
    """
    from natasha.ner import NEWS_NER
    from slovnet import NER
    from slovnet.const import SHAPE, TAG
    from slovnet.exec.encoders import TagEncoder
    from slovnet.exec.infer import NERInfer, TagDecoder
    from slovnet.exec.model import NER as NERModel
    from slovnet.exec.pack import Pack
    from slovnet.vocab import Vocab

    navec = news_navec()
    with Pack(NEWS_NER) as pack:
        pack.load_meta().check_protocol()
        model = pack.load_model(NERModel)
        arrays = dict(pack.load_arrays(model.weights))
        shapes = pack.load_vocab(SHAPE)
        tags = pack.load_vocab(TAG)
    model = model.inject_arrays(arrays).inject_navec(navec)
    words = Vocab.__new__(Vocab)
    words.items, words.item_ids = navec.vocab.words, navec.vocab.word_ids
    words.unk_id, words.pad_id = navec.vocab.unk_id, navec.vocab.pad_id
    return NER(NERInfer(model, TagEncoder(words, shapes), TagDecoder(tags)), batch_size=8)
