"""A mention that is only a number: "«5 мыслей об индустрии»" → ORG "5", "службу спасения 911",
"стана «250»". No news corpus we score marks a bare number as a person, place or organization
(a channel or a mill called by a number is a product or a thing there, if anything)."""

from __future__ import annotations

import re

from ..document import Document
from ..records import Mention
from .vocabulary import Vocabulary

# Digits, maybe grouped by spaces, dots or commas ("1 000", "3.5").
NUMBER = re.compile(r"\d+(?:[ .,]\d+)*")


def drop_numbers(mentions: list[Mention], doc: Document, vocabulary: Vocabulary) -> list[Mention]:
    """A mention written only in digits is no entity."""
    return [
        mention
        for mention in mentions
        if not (mention.text[:1].isdigit() and NUMBER.fullmatch(mention.text))
    ]
