"""Well-known media named by common words or a place ("Голос Америки", "Эхо Москвы").

The news model reads such a name word by word: "Америки" becomes a place, "Новой газеты" nothing.
Every corpus we measure marks the whole name as an organization.
"""

from __future__ import annotations

from ..document import Document
from ..records import Mention
from .spans import phrase_spans, retyped
from .vocabulary import Vocabulary


def add_media_names(
    mentions: list[Mention], doc: Document, vocabulary: Vocabulary
) -> list[Mention]:
    """A well-known media name (``media_names.txt``), capitalized, is one organization; the
    model's pieces of it ("Америки" as a place) give way to it."""
    spans = list(phrase_spans(doc.tokens, vocabulary.media_names, capitalized=True))
    return retyped(mentions, doc, spans, "ORG") if spans else mentions
