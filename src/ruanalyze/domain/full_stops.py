"""A sentence's full stop is not part of the name before it.

The model sometimes runs a name that ends a sentence into its full stop ("передает Би-би-си.",
"преподавал в Колумбийском университете."), mostly when the next paragraph opens with an
initial. Every corpus we score ends such a name before the stop. A stop that belongs to the name
stays: an initial ("Иванов И."), a dotted abbreviation ("S.A.", "А.Г.") or a word shortened with
a stop ("Театра им.", "Brothers Co.").
"""

from __future__ import annotations

import re

from ..document import Document
from ..records import Mention
from .spans import resized
from .vocabulary import Vocabulary

# The last word before a final stop: two characters at least, no stop of its own.
LAST_WORD = re.compile(r"(?:^|[\s(«\"“-])(?P<word>[^\s.]{2,})\.$")
# Words shortened with a stop that end names: "им." (имени), "св." (святого), "Co.", "Inc.".
SHORTENED = frozenset(
    {
        "им", "св", "ул", "пр", "пер", "просп", "пл", "обл", "гг", "ст", "корп",
        "inc", "co", "corp", "ltd", "jr", "sr", "bros", "st", "mr", "dr", "no",
    }
)  # fmt: skip


def drop_full_stop(mentions: list[Mention], doc: Document, vocabulary: Vocabulary) -> list[Mention]:
    """A name ending with a full stop that closes the sentence (a space, a line break or the
    end of the text after it) loses the stop, unless the stop belongs to its last word."""
    if not any(mention.text.endswith(".") for mention in mentions):
        return mentions
    return [
        resized(doc, mention, mention.start, mention.stop - 1)
        if _ends_with_sentence_stop(mention, doc)
        else mention
        for mention in mentions
    ]


def _ends_with_sentence_stop(mention: Mention, doc: Document) -> bool:
    if not mention.text.endswith(".") or doc.text[mention.stop : mention.stop + 1].strip():
        return False
    last = LAST_WORD.search(mention.text)
    return last is not None and last.group("word").lower() not in SHORTENED
