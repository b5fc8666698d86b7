"""The domain layer: fixes and extends the model's mentions for Kazakhstan/CIS news."""

from __future__ import annotations

from ..document import Document
from .boilerplate import boilerplate_regions, mask
from .rules import RULES, Rule
from .vocabulary import Vocabulary, load_vocabulary

__all__ = [
    "RULES",
    "DomainLayer",
    "Vocabulary",
    "boilerplate_regions",
    "load_vocabulary",
    "mask",
]


class DomainLayer:
    """Applies the domain rules, in order, to ``doc.mentions``."""

    def __init__(
        self, rules: tuple[Rule, ...] = RULES, vocabulary: Vocabulary | None = None
    ) -> None:
        self.rules = rules
        self.vocabulary = vocabulary or load_vocabulary()

    def __call__(self, doc: Document) -> Document:
        mentions = sorted(doc.mentions, key=lambda mention: (mention.start, mention.stop))
        for rule in self.rules:
            mentions = rule(mentions, doc, self.vocabulary)
        doc.mentions = mentions
        return doc
