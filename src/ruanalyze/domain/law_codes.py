"""Law codes are not organizations: "УК", "ГК", "КоАП" ("статья 205 УК РФ", "поправки к ГК").
The news model takes these capital-letter abbreviations for organizations, like most others.
"""

from __future__ import annotations

from ..document import Document
from ..records import Mention
from .things import OPENING_QUOTES
from .vocabulary import Vocabulary


def drop_law_codes(mentions: list[Mention], doc: Document, vocabulary: Vocabulary) -> list[Mention]:
    """A mention that is a law code's abbreviation alone (``law_codes.txt``) goes, unless a
    quoted name follows it: a group of companies' "ГК" ("ГК «ПИК»")."""
    return [
        mention
        for mention in mentions
        if mention.text not in vocabulary.law_codes
        or doc.text[mention.stop : mention.stop + 2].lstrip()[:1] in OPENING_QUOTES
    ]
