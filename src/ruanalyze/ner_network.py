"""slovnet's news NER network, evaluated with fewer operations: same weights, same tags.

The network is word and shape embeddings → three convolutions (kernel 3, ReLU, batch norm) →
a linear layer → a CRF. slovnet runs it on documents padded to the longest of each batch. Two
facts let us do the same arithmetic with about half the work:

* Packing instead of padding. The padding embeddings are zero and slovnet zeroes padded positions
  after every layer, so a document sees zeros beyond its ends whatever else is in the batch. Laying
  the documents end to end with one zero row between them (enough for a kernel of 3) gives each
  the same zeros, and no position is computed for padding.
* The first convolution factored through the vocabulary. It is linear in its input, the
  concatenation of a word vector and a shape vector, so its three kernel slices are applied once
  per distinct word of the batch (and once per shape, at load) instead of once per token; a token
  then costs three table rows added together. Two thirds of the network's multiplications are in
  that layer, and news repeats its words.

The results differ from slovnet's only by the order of floating-point additions; the tag
sequences are checked against slovnet's own in the tests.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

KERNEL = 3


@dataclass(frozen=True)
class BatchNorm:
    """The inference form of batch norm: ``x * scale + shift``."""

    scale: np.ndarray
    shift: np.ndarray

    @classmethod
    def of(cls, norm) -> BatchNorm:  # a slovnet BatchNorm1d
        scale = norm.weight.array / norm.std.array
        return cls(scale, norm.bias.array - norm.mean.array * scale)

    def __call__(self, values: np.ndarray) -> np.ndarray:
        values *= self.scale
        values += self.shift
        return values


@dataclass(frozen=True)
class PackedConvolution:
    """A kernel-3 convolution over documents packed end to end, rows = positions.

    ``weight`` is (channels in, 3 x channels out): the products with the three kernel slices are
    computed in one matrix product, then shifted by one row either way and summed.
    """

    weight: np.ndarray
    bias: np.ndarray
    norm: BatchNorm

    @classmethod
    def of(cls, layer) -> PackedConvolution:  # a slovnet CNNEncoderLayer
        kernel = layer.conv.weight.array  # filters x in x kernel
        weight = np.ascontiguousarray(kernel.transpose(1, 2, 0).reshape(kernel.shape[1], -1))
        return cls(weight, layer.conv.bias.array, BatchNorm.of(layer.norm))

    def __call__(self, rows: np.ndarray, gaps: np.ndarray) -> np.ndarray:
        return finish(shifted_sum(rows @ self.weight, len(self.bias)), self.bias, self.norm, gaps)


def shifted_sum(products: np.ndarray, filters: int) -> np.ndarray:
    """Output row t = slice 0 of row t-1 + slice 1 of row t + slice 2 of row t+1."""
    output = products[:, filters : 2 * filters].copy()
    output[1:] += products[:-1, :filters]
    output[:-1] += products[1:, 2 * filters :]
    return output


def finish(values: np.ndarray, bias: np.ndarray, norm: BatchNorm, gaps: np.ndarray) -> np.ndarray:
    values += bias
    np.maximum(values, 0, out=values)
    values = norm(values)
    values[gaps] = 0
    return values


class NewsNERNetwork:
    """Tags documents given as arrays of word ids and shape ids, from a loaded slovnet NER model."""

    def __init__(self, model) -> None:  # slovnet.exec.model.NER with its arrays and navec injected
        word = model.emb.word
        self.word_indexes = word.indexes.array  # vocabulary x sub-vectors, product-quantized navec
        self.word_codes = word.codes.array  # sub-vectors x centroids x sub-vector size
        self.sub_vectors = np.arange(self.word_codes.shape[0])
        word_dim = word.dim
        first, *rest = model.encoder.layers
        kernel = first.conv.weight.array  # filters x (word + shape) x kernel
        by_input = kernel.transpose(1, 2, 0).reshape(kernel.shape[1], -1)  # in x (kernel x filters)
        self.first_word = np.ascontiguousarray(by_input[:word_dim])
        self.first_shape = model.emb.shape.weight.array @ by_input[word_dim:]  # shapes x (k x f)
        self.first_bias = first.conv.bias.array
        self.first_norm = BatchNorm.of(first.norm)
        self.layers = [PackedConvolution.of(layer) for layer in rest]
        self.proj_weight = model.head.proj.weight.array
        self.proj_bias = model.head.proj.bias.array
        self.transitions = model.head.crf.transitions.array

    def __call__(
        self, word_ids: Sequence[np.ndarray], shape_ids: Sequence[np.ndarray]
    ) -> list[np.ndarray]:
        """Tag ids of each document (one array per document, none empty)."""
        lengths = np.array([len(ids) for ids in word_ids])
        starts = np.concatenate(([1], np.cumsum(lengths[:-1] + 1) + 1))
        size = int(lengths.sum() + len(lengths) + 1)
        gaps = np.ones(size, dtype=bool)
        positions = _positions(starts, lengths)
        gaps[positions] = False
        words = np.concatenate(word_ids)
        shapes = np.concatenate(shape_ids)

        rows = self._first_layer(words, shapes, positions, size, gaps)
        for layer in self.layers:
            rows = layer(rows, gaps)
        emissions = rows[positions] @ self.proj_weight + self.proj_bias
        return self._decode(emissions, lengths)

    def _first_layer(
        self,
        words: np.ndarray,
        shapes: np.ndarray,
        positions: np.ndarray,
        size: int,
        gaps: np.ndarray,
    ) -> np.ndarray:
        # The products of a token depend on its word and shape only: they are worked out once per
        # distinct (word, shape) pair, and each packed row then gathers its pair's row (the gaps
        # gather an extra row of zeros), one pass over the layer's widest array.
        shape_count = len(self.first_shape)
        distinct, inverse = np.unique(words * shape_count + shapes, return_inverse=True)
        distinct_words, distinct_shapes = np.divmod(distinct, shape_count)
        vectors = self.word_codes[self.sub_vectors, self.word_indexes[distinct_words]]
        by_pair = np.empty((len(distinct) + 1, self.first_word.shape[1]), dtype=vectors.dtype)
        np.matmul(vectors.reshape(len(distinct), -1), self.first_word, out=by_pair[:-1])
        by_pair[:-1] += self.first_shape[distinct_shapes]
        by_pair[-1] = 0
        rows = np.full(size, len(distinct))
        rows[positions] = inverse
        filters = len(self.first_bias)
        return finish(shifted_sum(by_pair[rows], filters), self.first_bias, self.first_norm, gaps)

    def _decode(self, emissions: np.ndarray, lengths: np.ndarray) -> list[np.ndarray]:
        """CRF best paths of the documents, padded to the longest, all at once."""
        longest = int(lengths.max())
        mask = np.arange(longest) < lengths[:, None]
        padded = np.zeros((len(lengths), longest, emissions.shape[1]), dtype=emissions.dtype)
        padded[mask] = emissions
        paths = viterbi(padded, lengths, self.transitions)
        return [path[:length] for path, length in zip(paths, lengths, strict=True)]


def viterbi(emissions: np.ndarray, lengths: np.ndarray, transitions: np.ndarray) -> np.ndarray:
    """Best tag path of each sequence (documents x positions), as slovnet's CRF decodes it
    (the same additions in the same order), all documents at once. A document's best final
    score is read at its last position; past it, its scores run on over the padding unused, which
    costs less than masking them at every step."""
    count, longest, _ = emissions.shape
    ending = {int(end): np.flatnonzero(lengths - 1 == end) for end in np.unique(lengths - 1)}
    tags = transitions.shape[0]
    dtype = np.result_type(emissions, transitions)
    score = emissions[:, 0].astype(dtype)
    final = np.empty_like(score)
    candidates = np.empty((count, tags, tags), dtype=dtype)
    history = np.zeros((longest, count, tags), dtype=np.intp)
    for position in range(longest):
        if position:
            np.add(score[:, :, None], transitions, out=candidates)
            candidates += emissions[:, position, None, :]
            candidates.argmax(1, out=history[position])
            candidates.max(1, out=score)
        done = ending.get(position)
        if done is not None:
            final[done] = score[done]
    rows = np.arange(count)
    last = final.argmax(1)
    paths = np.empty((count, longest), dtype=np.intp)
    current = last.copy()
    for position in range(longest - 1, -1, -1):
        if position < longest - 1:
            current = history[position + 1][rows, current]
        done = ending.get(position)
        if done is not None:
            current[done] = last[done]
        paths[:, position] = current
    return paths


def _positions(starts: np.ndarray, lengths: np.ndarray) -> np.ndarray:
    """Row of every token: document d's tokens sit at starts[d] .. starts[d] + lengths[d] - 1."""
    offsets = np.arange(int(lengths.sum())) - np.repeat(np.cumsum(lengths) - lengths, lengths)
    return np.repeat(starts, lengths) + offsets
