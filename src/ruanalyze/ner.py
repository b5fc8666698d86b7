"""Named entity recognition with Natasha's slovnet news model, batched across documents."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from contextlib import AbstractContextManager, nullcontext
from functools import cache, cached_property, lru_cache
from threading import Lock

import numpy as np

from .ner_network import NewsNERNetwork
from .records import Mention, Token


class NERTagger:
    """slovnet NER (the model shipped inside the ``natasha`` package).

    The model loads on first use. ``tag_tokens`` runs the network over a whole batch of texts,
    packed end to end in chunks of ``token_budget`` tokens (see ``ner_network``: same tags as
    slovnet, about a third of its work), and feeds it the tokens the segmenter already made instead
    of tokenizing every text a second time with razdel.
    """

    def __init__(self, token_budget: int = 4096, blas_threads: int | None = 1) -> None:
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
        network, tag_names = self.network, self.model.infer.decoder.tags_vocab.items
        for chunk in self._chunks(order, [len(words) for words in tokens]):
            word_ids, shape_ids = zip(*(self._encode(tokens[i]) for i in chunk), strict=True)
            with self._blas_limit():
                predictions = network(word_ids, shape_ids)
            for index, ids in zip(chunk, predictions, strict=True):
                text = texts[index]
                results[index] = [
                    Mention(span.start, span.stop, span.type, text[span.start : span.stop])
                    for span in bio_spans(tokens[index], [tag_names[tag] for tag in ids.tolist()])
                ]
        return results

    @cached_property
    def network(self) -> NewsNERNetwork:
        return NewsNERNetwork(self.model.infer.model)

    def load(self) -> None:
        """Load the model now (it otherwise loads on the first batch)."""
        self.network  # noqa: B018 - the cached property loads it

    @cached_property
    def _encode_word(self) -> Callable[[str], tuple[int, int]]:
        """(word id, shape id) of a token text, cached: news repeats its words."""
        encoder = self.model.infer.encoder

        @lru_cache(maxsize=65536)
        def encode(text: str) -> tuple[int, int]:
            word_ids, shape_ids = encoder.item([text])
            return word_ids[0], shape_ids[0]

        return encode

    def _encode(self, words: Sequence[Token]) -> tuple[np.ndarray, np.ndarray]:
        encode = self._encode_word
        pairs = np.array([encode(token.text) for token in words], dtype=np.int64)
        return pairs[:, 0], pairs[:, 1]

    def _chunks(self, order: list[int], lengths: list[int]) -> Iterator[list[int]]:
        """Consecutive runs of ``order`` (shortest first, so the CRF's padding stays small) of at
        most ``token_budget`` tokens in all: it bounds the network's working memory (about 3 KiB
        per token) whatever the article lengths."""
        chunk: list[int] = []
        size = 0
        for index in order:
            if chunk and size + lengths[index] > self.token_budget:
                yield chunk
                chunk, size = [], 0
            chunk.append(index)
            size += lengths[index]
        if chunk:
            yield chunk

    def tag_texts(self, texts: Sequence[str]) -> list[list[Mention]]:
        """Mentions of each text, tokenized by slovnet itself (razdel over the whole text)."""
        from .segment import tokens

        return self.tag_tokens(texts, [tokens(text) for text in texts])


_NAVEC_LOCK = Lock()


def news_navec():  # navec has no type hints
    """Natasha's navec news embedding, one copy per process: the NER model and the topic
    model's word vectors share it (each copy costs over 100 MiB). Locked: the NER thread and
    the topic model may ask for it at the same moment."""
    with _NAVEC_LOCK:
        return _load_news_navec()


@cache
def _load_news_navec():
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
