"""A name never holds a list mark: "Палестина • Парагвай" is two names.

Lists of countries, teams or people set with bullets ("•", "·") run on one line; the model
sometimes takes two neighbours for one name. No corpus we measure has a name with a list mark.
"""

from __future__ import annotations

import re

from ..document import Document
from ..records import Mention
from .spans import resized
from .vocabulary import Vocabulary

LIST_MARKS = "•·"
PIECE = re.compile(r"[^\s•·][^•·]*[^\s•·]|[^\s•·]")


def split_at_list_marks(
    mentions: list[Mention], doc: Document, vocabulary: Vocabulary
) -> list[Mention]:
    """A mention across a list mark is split at it; each piece that starts with a capital
    letter is a mention of the same type ("Палестина • Парагвай" → "Палестина", "Парагвай")."""
    if not any(mark in doc.text for mark in LIST_MARKS):
        return mentions
    result = []
    for mention in mentions:
        if not any(mark in mention.text for mark in LIST_MARKS):
            result.append(mention)
            continue
        for piece in PIECE.finditer(mention.text):
            if piece.group()[:1].isupper():
                start = mention.start + piece.start()
                result.append(resized(doc, mention, start, mention.start + piece.end()))
    return result
