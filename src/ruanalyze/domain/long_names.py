"""Well-known bodies with long official names (``resources/long_organization_names.txt``): the
news model cuts them at the "по ..." phrase ("Европейского суда" for "Европейского суда по правам
человека") that is part of the name. Most "по ..." phrases after an organization are not ("комитет
Госдумы по обороне": corpora end the name before them), so only listed names are completed.
"""

from __future__ import annotations

import re
from functools import cache

from ..document import Document
from ..records import Mention
from .spans import phrase_spans, retyped
from .vocabulary import Vocabulary


@cache
def _first_word_hint(long_names: frozenset[tuple[str, ...]]) -> re.Pattern[str]:
    """The capitalized first letters of every listed name's first word ("Европ", "Междун"): a
    text without any of them names none, and is passed over without a look at its tokens. The
    first five letters of a lemma stay in its every form for these words."""
    stems = sorted({name[0][:5].capitalize() for name in long_names})
    return re.compile("|".join(map(re.escape, stems)))


def complete_long_names(
    mentions: list[Mention], doc: Document, vocabulary: Vocabulary
) -> list[Mention]:
    """A listed name is one organization, whole, wherever it is written (first word capitalized);
    the model's pieces of it give way."""
    if not _first_word_hint(vocabulary.long_names).search(doc.text):
        return mentions
    spans = list(phrase_spans(doc.tokens, vocabulary.long_names, capitalized=True))
    return retyped(mentions, doc, spans, "ORG") if spans else mentions
