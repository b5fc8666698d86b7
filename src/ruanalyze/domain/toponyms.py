"""Place names built the Romance way, with hyphens: "Понте-Сан-Пьетро", "Сан-Ладзаро-ди-Савена",
"Лос-Анджелеса", "Сент-Луиса". The news model knows the famous ones and leaves the rest untagged;
their shape alone says they are places.
"""

from __future__ import annotations

import re

from ..document import Document
from ..records import Mention
from .spans import add_missing
from .vocabulary import Vocabulary

# A compound opened by a saint's, bridge's, port's ... element ("Сан-", "Санта-", "Понте-",
# "Пуэрто-", "Лос-"), or with a lower-case particle between capitalized parts ("-ди-", "-де-",
# "-ан-": "Сан-Ладзаро-ди-Савена", "Даммартен-ан-Гоэль"). Not "Эль-": Arabic surnames start so.
ROMANCE_PLACE = re.compile(
    r"(?:"
    r"(?:Сан|Санта|Санто|Сен|Сент|Сьюдад|Пуэрто|Порту|Порто|Понте|Вилла|Вилья|Кастель|Монте"
    r"|Ла|Лас|Лос)-[А-ЯЁ][а-яё]+(?:-[А-ЯЁа-яё][а-яё]*)*"
    r"|[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)*"
    r"-(?:ди|де|да|дель|делла|ла|ле|лас|лос|сюр|ам|ан|на)-[А-ЯЁ][а-яё]+(?:-[А-ЯЁа-яё][а-яё]*)*"
    r")"
)


def add_romance_places(
    mentions: list[Mention], doc: Document, vocabulary: Vocabulary
) -> list[Mention]:
    """A hyphenated word of the Romance place-name shape that the model left untagged is a place
    (one the model tagged, as a club "Сент-Луис Блюз" or a person "Эль-Барадеи", stays)."""
    found = [
        Mention(token.start, token.stop, "LOC", token.text)
        for token in doc.tokens
        if "-" in token.text and ROMANCE_PLACE.fullmatch(token.text)
    ]
    return add_missing(mentions, found) if found else mentions
