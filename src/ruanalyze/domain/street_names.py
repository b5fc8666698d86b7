"""Streets named after people: "улицы Лобачевского", "канала Грибоедова", "бульвара Тараса
Шевченко". The name after a lower-case street noun is in the genitive, and the news model takes
it for the place; it names the person, and corpora mark a person ("проспект Гамидова"). Street
names that are not a person's ("улице Советской", "площади Победы", "улицы Киева") are left to
the model.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..document import Document
from ..records import Mention, Token
from .dictionary import likeliest_a_person, person_reading
from .spans import add_missing, token_index
from .vocabulary import Vocabulary

# The opening letters of every street noun in any form, in lower case: only the tokens that
# start with one are looked at (found with str.find, several times faster than a regex here).
STREET_STEMS = (
    "улиц",
    "проспект",
    "переул",
    "площад",
    "набережн",
    "канал",
    "бульвар",
    "шоссе",
    "алле",
    "сквер",
    "ул.",
    "пр-т",
    "пл.",
)
# The words of a name after the street noun: "Святого Петра", "Тараса Шевченко".
MOST_WORDS = 3
# A Russian surname in the genitive the dictionary may not know ("Аккуратова", "Раевского").
GENITIVE_SURNAME = re.compile(r"(?:[оеё]в|[иы]н)а$|[сц]кого$")


def persons_streets_are_named_after(
    mentions: list[Mention], doc: Document, vocabulary: Vocabulary
) -> list[Mention]:
    """The capitalized words after a lower-case street noun are a person when the last of them
    is likeliest a first name or surname: the model's place there becomes a person, and a name
    it missed is added."""
    hints = word_starts(doc.text, STREET_STEMS)
    if not hints:
        return mentions
    tokens = doc.tokens
    found = []
    for start in hints:
        index = token_index(tokens, start)
        if index + 1 >= len(tokens) or tokens[index].start != start:
            continue
        token = tokens[index]
        if token.lemma not in vocabulary.street_words and token.text not in vocabulary.street_words:
            continue
        name = capitalized_run(tokens, index + 1)
        if name and is_a_persons_name(name[-1].text):
            found.append((name[0].start, name[-1].stop))
    if not found:
        return mentions
    spans = set(found)
    retyped = [
        replace(mention, type="PER")
        if (mention.start, mention.stop) in spans and mention.type == "LOC"
        else mention
        for mention in mentions
    ]
    added = [Mention(start, stop, "PER", doc.text[start:stop]) for start, stop in found]
    return add_missing(retyped, added)


def word_starts(text: str, stems: tuple[str, ...]) -> list[int]:
    """Where a word of ``text`` starts with one of ``stems``."""
    found = []
    for stem in stems:
        position = text.find(stem)
        while position != -1:
            if position == 0 or not (text[position - 1].isalnum() or text[position - 1] in "-_"):
                found.append(position)
            position = text.find(stem, position + 1)
    return found


def is_a_persons_name(word: str) -> bool:
    """pymorphy3's likeliest reading of ``word`` is a first name or surname, and the dictionary
    knows it as one or it has a surname's genitive ending: a guess alone is not enough
    ("Крещатик", "Монсиньи")."""
    return likeliest_a_person(word) and (
        person_reading(word) or GENITIVE_SURNAME.search(word) is not None
    )


def capitalized_run(tokens: list[Token], first: int) -> list[Token]:
    """The capitalized words from ``tokens[first]`` on (at most ``MOST_WORDS``)."""
    run = []
    for token in tokens[first : first + MOST_WORDS]:
        if not (token.text[:1].isupper() and token.text.replace("-", "").isalpha()):
            break
        run.append(token)
    return run
