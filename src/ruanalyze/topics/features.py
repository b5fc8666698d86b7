"""The words a topic model sees: lemmas, with names, numbers and function words left out.

Persons and places (PROPN) are left out on purpose: the model should learn what an article is
about, not who or where it happened to mention, so a new name or town changes nothing.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache
from importlib import resources

from ..records import Token

SKIPPED_POS = frozenset({"PUNCT", "NUM", "PROPN", "PRON", "ADP", "CCONJ", "PART", "INTJ", "X"})


@cache
def stopwords() -> frozenset[str]:
    text = resources.files("ruanalyze.resources").joinpath("stopwords.txt").read_text("utf-8")
    return frozenset(
        line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")
    )


def topic_terms(tokens: Iterable[Token]) -> list[str]:
    skip = stopwords()
    return [
        token.lemma
        for token in tokens
        if token.pos not in SKIPPED_POS
        and len(token.lemma) > 1
        and token.lemma.replace("-", "").isalpha()
        and token.lemma not in skip
    ]
