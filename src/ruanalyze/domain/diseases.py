"""A disease or a virus ("COVID-19", "SARS-CoV-2", "ВИЧ") is no person, place or organization.

The news model tags "COVID-19" as an organization; NEREL gives diseases a type of their own and
no corpus we measure marks one as PER, LOC or ORG.
"""

from __future__ import annotations

from functools import cache

from ..document import Document
from ..records import Mention
from .spans import tokens_within
from .vocabulary import Vocabulary


def drop_disease_names(
    mentions: list[Mention], doc: Document, vocabulary: Vocabulary
) -> list[Mention]:
    """A mention that is just a disease's or a virus's name (``disease_names.txt``) is dropped."""
    names = vocabulary.disease_names
    openings = _openings(names)
    return [
        mention
        for mention in mentions
        # the opening letters pass over nearly every mention without reading its lemmas
        if mention.text[:2].lower() not in openings
        or tuple(token.lemma for token in tokens_within(doc.tokens, mention.start, mention.stop))
        not in names
    ]


@cache
def _openings(names: frozenset[tuple[str, ...]]) -> frozenset[str]:
    """The first two letters of every name; a lemma keeps those of its forms ("эболой")."""
    return frozenset(name[0][:2] for name in names)
