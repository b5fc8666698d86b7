"""A hyphenated common noun opening a sentence before a name: "Экс-советник Трампа", "Пресс-агент
Гибсона", "Поп-звезда Мадонна". The model draws it into the person; the dictionary-based rule
(``strip_common_noun_before_name``) does not know such compounds, as pymorphy3 has no entry for
most of them.
"""

from __future__ import annotations

import re

from ..document import Document
from ..records import Mention
from .dictionary import _opening_tokens, only_a_common_noun
from .spans import resized, tokens_within
from .vocabulary import Vocabulary

# A capitalized first part and lower-case later ones: "Экс-советник", "Экс-вице-мэр". A name
# capitalizes every part ("Кара-Мурза", "Жан-Пьер").
COMMON_COMPOUND = re.compile(r"[А-ЯЁ][а-яё]*(?:-[а-яё]+)+")


def strip_compound_noun_before_name(
    mentions: list[Mention], doc: Document, vocabulary: Vocabulary
) -> list[Mention]:
    """A person whose first word opens a sentence or line and is a hyphenated compound ending in
    a word the dictionary knows only as a common noun ("-советник", "-агент", "-звезда") starts
    at the next word, when that is capitalized."""
    opening: set[int] | None = None
    result = []
    for mention in mentions:
        first, _, rest = mention.text.partition(" ")
        if (
            mention.type == "PER"
            and rest[:1].isupper()
            and COMMON_COMPOUND.fullmatch(first)
            and only_a_common_noun(first.rsplit("-", 1)[1])
        ):
            tokens = tokens_within(doc.tokens, mention.start, mention.stop)
            if opening is None:
                opening = _opening_tokens(doc)
            if (
                len(tokens) >= 2
                and tokens[0].text == first
                and tokens[1].text[:1].isupper()
                and mention.start in opening
            ):
                mention = resized(doc, mention, tokens[1].start, mention.stop)
        result.append(mention)
    return result
