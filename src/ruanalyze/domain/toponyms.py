"""Place names built the Romance way, with hyphens: "Понте-Сан-Пьетро", "Сан-Ладзаро-ди-Савена",
"Лос-Анджелеса", "Сент-Луиса". The news model knows the famous ones and leaves the rest untagged;
their shape alone says they are places.
"""

from __future__ import annotations

import re

from ..document import Document
from ..records import Mention
from .dictionary import strip_opening_common_noun
from .spans import add_missing
from .vocabulary import Vocabulary

CAPITALIZED_WORD = re.compile(r"[А-ЯЁ][а-яё]+")
# Words for a form of state that begin official names: "Республика Беларусь", "Королевство
# Эсватини" are whole names, wherever they stand.
STATE_FORMS = frozenset(
    {"республика", "королевство", "княжество", "федерация", "эмират", "султанат", "содружество"}
)
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


# A one-word place and an abbreviation in brackets drawn as one place: "РФ (ФТС РФ)", "США
# (USADA)", the tail of "Федеральной таможенной службы РФ (ФТС РФ)" whose name the model missed.
PLACE_AND_ABBREVIATION = re.compile(
    r"(?P<place>[А-ЯЁA-Z][\w-]*) \((?P<abbreviation>[А-ЯЁA-Z][А-ЯЁA-Z&-]+(?: [А-ЯЁA-Z]{2,})?)\)"
)


def split_place_from_abbreviation(
    mentions: list[Mention], doc: Document, vocabulary: Vocabulary
) -> list[Mention]:
    """A one-word place the model ran into a bracketed abbreviation is two mentions: the place,
    and an organization the abbreviation names (that of the body the place ends: "Конституционный
    суд Молдавии (КС)"). Not where the abbreviation is the place's own, which starts with the
    same letter ("Евросоюза (ЕС)", "России (РФ)")."""
    result = []
    for mention in mentions:
        found = (
            mention.type == "LOC"
            and mention.text.endswith(")")
            and PLACE_AND_ABBREVIATION.fullmatch(mention.text)
        )
        if found and found.group("abbreviation")[0] != found.group("place")[0]:
            place_stop = mention.start + found.end("place")
            start, stop = (
                mention.start + found.start("abbreviation"),
                mention.start + found.end("abbreviation"),
            )
            result.append(Mention(mention.start, place_stop, "LOC", found.group("place")))
            result.append(Mention(start, stop, "ORG", found.group("abbreviation")))
            continue
        result.append(mention)
    return result


def strip_common_noun_before_place(
    mentions: list[Mention], doc: Document, vocabulary: Vocabulary
) -> list[Mention]:
    """A capitalized common noun opening a sentence or a line is not part of the place after it
    ("Город Павия", "Район Стретем", "Панорама Даммартен-ан-Гоэль" → the place), when the text
    also writes that noun in lower case: the capital is the sentence's, not the name's. The
    dictionary knows the word only as a common noun, and it is no form of state ("Республика
    Беларусь"); a capitalized word follows it."""
    return strip_opening_common_noun(mentions, doc, "LOC", CAPITALIZED_WORD, STATE_FORMS)
