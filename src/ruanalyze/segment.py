"""Sentence and token segmentation with razdel."""

from __future__ import annotations

import re

from razdel import sentenize, tokenize

from .document import Document
from .records import Sentence, Token

LINE = re.compile(r"[^\n]+")


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
    return [Token(offset + item.start, offset + item.stop, item.text) for item in tokenize(text)]


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
