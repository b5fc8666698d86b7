"""A hyphenated common noun opening a sentence before a name: "Экс-советник Трампа", "Пресс-агент
Гибсона", "Поп-звезда Мадонна". The model draws it into the person; the dictionary-based rule
(``strip_common_noun_before_name``) does not know such compounds, as pymorphy3 has no entry for
most of them.
"""

from __future__ import annotations

import re

from ..document import Document
from ..records import Mention
from .dictionary import only_a_common_noun, strip_opening_common_noun
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
    return strip_opening_common_noun(
        mentions,
        doc,
        "PER",
        COMMON_COMPOUND,
        common_noun=_ends_in_a_common_noun,
        written_lower=False,
    )


def _ends_in_a_common_noun(compound: str) -> bool:
    return only_a_common_noun(compound.rsplit("-", 1)[1])
