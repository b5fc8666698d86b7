"""Sentence and token segmentation with razdel."""

from __future__ import annotations

import re
from functools import lru_cache

from razdel import sentenize, tokenize
from razdel.segmenters.punct import DASHES
from razdel.segmenters.tokenize import ATOM

from .document import Document
from .records import Sentence, Token

LINE = re.compile(r"[^\n]+")
CHUNK = re.compile(r"\S+")
# razdel's rules look past the atom beside a split only when that atom is one of these (a dash,
# "_", "." or ",", "/" or "\"), and then only at the type of the next atom: "5, 6" is "5," + "6",
# "а, 6" is "а" + "," + "6".
REACHING = frozenset(DASHES + "_.,/\\")
# One character of each of razdel's atom types, standing in for an atom of that type.
STAND_IN = {"RU": "ж", "LAT": "z", "INT": "0", "PUNCT": "!", "OTHER": "©"}
# Atom types whose text no rule of razdel reads (only their type): their stand-in gives the same
# splits, so "Астане," and "городе," share one cached shape, "ж,".
TYPE_ONLY = frozenset({"RU", "INT"})


def sentences(text: str) -> list[Sentence]:
    """Sentences of ``text``, never across a line break: news pages put headlines, credits and
    paragraphs on lines of their own, often without a final stop. Blank lines give none (razdel
    alone returns one empty sentence for an empty string)."""
    found = []
    for line in LINE.finditer(text):
        offset = line.start()
        for item in sentenize(line.group()):
            if item.text.strip():
                found.append(Sentence(offset + item.start, offset + item.stop, item.text))
    return found


def tokens(text: str, offset: int = 0) -> list[Token]:
    """razdel's tokens of ``text``, found chunk by chunk (a chunk is a run of non-space).

    razdel splits at every space, and decides each split inside a chunk from the chunk's atoms
    and the types of the atoms beside it; so a one-atom chunk ("слово", "2008", "—") is one
    token, and the others are split as razdel splits their shape (see ``TYPE_ONLY``) in their
    context (see ``REACHING``), cached.
    """
    chunks = [(match.start(), match.group()) for match in CHUNK.finditer(text)]
    found = []
    for index, (start, chunk) in enumerate(chunks):
        at = offset + start
        if ATOM.match(chunk).end() == len(chunk):  # type: ignore[union-attr]
            found.append(Token(at, at + len(chunk), chunk))
            continue
        before = after = None
        if index > 0 and chunk[0] in REACHING:
            before = _last_atom_type(chunks[index - 1][1])
        if index + 1 < len(chunks) and chunk[-1] in REACHING:
            after = _first_atom_type(chunks[index + 1][1])
        atoms = list(ATOM.finditer(chunk))
        shape = "".join(_shape(atom) for atom in atoms)
        first = 0
        for last in _token_ends(shape, before, after):
            begin, end = atoms[first].start(), atoms[last - 1].end()
            found.append(Token(at + begin, at + end, chunk[begin:end]))
            first = last
    return found


def _shape(atom: re.Match[str]) -> str:
    kind = atom.lastgroup
    return STAND_IN[kind] if kind in TYPE_ONLY else atom.group()  # type: ignore[index]


def _first_atom_type(chunk: str) -> str:
    return ATOM.match(chunk).lastgroup  # type: ignore[union-attr,return-value]


def _last_atom_type(chunk: str) -> str:
    *_, last = ATOM.finditer(chunk)
    return last.lastgroup  # type: ignore[return-value]


@lru_cache(maxsize=10_000)
def _token_ends(shape: str, before: str | None, after: str | None) -> tuple[int, ...]:
    """razdel's tokens of a chunk whose atoms are those of ``shape``, after an atom of type
    ``before`` and before one of type ``after`` (``None``: whatever, or nothing): for each token,
    the number of atoms up to its end."""
    lead = STAND_IN[before] + " " if before else ""
    trail = " " + STAND_IN[after] if after else ""
    atoms_to = {atom.end(): count for count, atom in enumerate(ATOM.finditer(shape), 1)}
    shift, stop = len(lead), len(lead) + len(shape)
    return tuple(
        atoms_to[item.stop - shift]
        for item in tokenize(lead + shape + trail)
        if shift <= item.start and item.stop <= stop
    )


class Segmenter:
    """Fills ``doc.sentences`` and ``doc.tokens``.

    ``text`` may be the document's text with boilerplate blanked out (same length, same offsets).
    """

    def __call__(self, doc: Document, text: str | None = None) -> Document:
        doc.sentences = sentences(doc.text if text is None else text)
        doc.tokens = [
            token for sentence in doc.sentences for token in tokens(sentence.text, sentence.start)
        ]
        return doc
