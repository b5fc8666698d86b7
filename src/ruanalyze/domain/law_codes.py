"""Law codes are not organizations: "УК", "ГК", "КоАП" ("статья 205 УК РФ", "поправки к ГК").
The news model takes these capital-letter abbreviations for organizations, like most others.
"""

from __future__ import annotations

from ..document import Document
from ..records import Mention
from .vocabulary import Vocabulary

# What follows a group of companies' "ГК" and not a code: its quoted name ("ГК «ПИК»").
QUOTES = '«"„“'


def drop_law_codes(mentions: list[Mention], doc: Document, vocabulary: Vocabulary) -> list[Mention]:
    """A mention that is a law code's abbreviation alone (``law_codes.txt``) goes, unless a
    quoted name follows it."""
    return [
        mention
        for mention in mentions
        if mention.text not in vocabulary.law_codes
        or doc.text[mention.stop : mention.stop + 2].lstrip()[:1] in QUOTES
    ]
