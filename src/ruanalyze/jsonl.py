"""A document's JSONL line, written field by field.

The line is what ``json.dumps(doc.as_json(), ensure_ascii=False)`` gives, byte for byte, but the
tokens (most of the line: every word of the text with its lemma and POS) are not turned into a
dict each and encoded one by one: the part of a token's object after its offsets depends on its
text, lemma and POS only, and news repeats its words, so that part is encoded once per distinct
word and cached.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .document import Document
    from .records import Token

_encode = json.JSONEncoder(ensure_ascii=False).encode


def document_line(doc: Document) -> str:
    """The JSONL line of ``doc``: its fields as ``Document.json_fields`` gives them, in order,
    with ``json.dumps``'s separators."""
    fields = doc.json_fields(tokens=None)
    return (
        "{"
        + ", ".join(
            f"{_encode(key)}: {tokens_array(doc.tokens) if key == 'tokens' else _encode(value)}"
            for key, value in fields.items()
        )
        + "}"
    )


def tokens_array(tokens: Sequence[Token]) -> str:
    """The JSON array of ``tokens`` (each as ``Token.as_json``)."""
    return (
        "["
        + ", ".join(
            [
                f'{{"start": {token.start}, "stop": {token.stop}, '
                + _token_rest(token.text, token.lemma, token.pos)
                for token in tokens
            ]
        )
        + "]"
    )


@lru_cache(maxsize=20_000)
def _token_rest(text: str, lemma: str, pos: str) -> str:
    return f'"text": {_encode(text)}, "lemma": {_encode(lemma)}, "pos": {_encode(pos)}}}'
