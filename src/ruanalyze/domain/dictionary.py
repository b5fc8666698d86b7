"""Rules that check the model's one-word mentions against the dictionary (pymorphy3).

The news model decides from the context around a capitalized word, and sometimes takes a place
for a person ("прибыл к Воронежу"), a sentence's first word for a name ("Сегодня", "Отметим") or an
abbreviation for a person ("ЧСР"). A word the dictionary knows only as a place, or only as
something no name can be, settles it, unless the document names a person with that word.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache
from typing import Any

from ..document import Document
from ..morph import Morph, _guessed
from ..records import Mention
from .spans import add_missing, resized, tokens_within
from .vocabulary import Vocabulary

PERSON_GRAMMEMES = frozenset({"Name", "Surn", "Patr"})
# Parts of speech a name never is: verbs, participles, adverbs, conjunctions, particles, ...
NOT_A_NAME = frozenset(
    {
        "VERB",
        "INFN",
        "PRTF",
        "PRTS",
        "ADJF",
        "ADJS",
        "COMP",
        "ADVB",
        "CONJ",
        "PRCL",
        "PREP",
        "NPRO",
        "PRED",
        "INTJ",
        "GRND",
        "NUMR",
    }
)
ABBREVIATION = re.compile(r"[А-ЯЁA-Z]{2,5}")
WORD = re.compile(r"[А-ЯЁ][а-яё]+(?:-[А-ЯЁа-яё]+)*")
# Russian surnames in any case: the dictionary often reads them as possessive adjectives or
# places ("Ратманского", "Квачкова"), so their dictionary readings settle nothing.
SURNAME_SHAPE = re.compile(
    r"(?:ов|ев|ёв|ин|ын|ск|цк)(?:а|у|ым|ом|е|ой|ого|ому|им|ий|ая|ую|их|ыми|ых)?$"
)


@cache
def _morph() -> Morph:
    return Morph()


def dictionary_parses(word: str) -> list[Any]:
    """The dictionary's own parses of ``word`` (pymorphy3's guesses left out)."""
    return [parse for parse in _morph().parse(word) if not _guessed(parse)]


def only_a_place(word: str) -> bool:
    """Every dictionary reading of ``word`` is a place name that declines ("Воронежу",
    "Алабаму"). An indeclinable one ("Стефани", "Сочи") may as well be a foreign first name."""
    parses = dictionary_parses(word)
    return bool(parses) and all(
        "Geox" in parse.tag.grammemes and "Fixd" not in parse.tag.grammemes for parse in parses
    )


def never_a_name(word: str) -> bool:
    """The dictionary knows ``word`` only as a verb, adverb, adjective, conjunction ... and never
    as a first name or surname ("Сегодня", "Отметим", "Смещенный"; not "Толстой")."""
    parses = dictionary_parses(word)
    return bool(parses) and all(
        parse.tag.POS in NOT_A_NAME and not PERSON_GRAMMEMES & parse.tag.grammemes
        for parse in parses
    )


def person_words(mentions: list[Mention], doc: Document) -> set[str]:
    """Every word of the document's persons named with two words or more ("Леонид Рошаль")."""
    words: set[str] = set()
    for mention in mentions:
        if mention.type == "PER":
            tokens = tokens_within(doc.tokens, mention.start, mention.stop)
            if len(tokens) > 1:
                words.update(token.text for token in tokens)
    return words


# "Д.Медведев", "С. Магнитскому", "В.В.Путин": initials glued to a capitalized word.
INITIALED_NAME = re.compile(
    r"(?<![\w.-])(?:[А-ЯЁ]\.\s?){1,2}(?P<surname>[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?)(?![\w-])"
)
# "институт имени А. С. Пушкина": the name is part of the institution's name.
NAMED_AFTER = re.compile(r"\b(?:имени|им\.)\s*$")
AFFILIATION = re.compile(r"^(?P<name>.+?) \((?P<short>[А-ЯЁ]{2,6})\)$")


def split_affiliation(
    mentions: list[Mention], doc: Document, vocabulary: Vocabulary
) -> list[Mention]:
    """A person the model ran into the abbreviation in brackets after the name ("Андрис Америкс
    (ЧСР)": a party, a company, a country) is the person, then that organization or place. (A
    name in its original spelling, "Томас Хаммарберг (Thomas Hammarberg)", "ТиДжей (TJ)", is
    not an affiliation and stays.)"""
    result = []
    for mention in mentions:
        parts = AFFILIATION.match(mention.text) if mention.type == "PER" else None
        if parts is None:
            result.append(mention)
            continue
        name_stop = mention.start + parts.end("name")
        short_start, short_stop = (
            mention.start + parts.start("short"),
            mention.start + parts.end("short"),
        )
        short = parts.group("short")
        region = vocabulary.regions.get(short)
        result.append(resized(doc, mention, mention.start, name_stop))
        result.append(Mention(short_start, short_stop, region.type if region else "ORG", short))
    return result


def check_one_word_mentions(
    mentions: list[Mention], doc: Document, vocabulary: Vocabulary
) -> list[Mention]:
    """A one-word person that the dictionary knows only as a place is a place ("Воронежу"); one it
    knows only as a word no name can be is nothing ("Сегодня"); a person written as a capital
    abbreviation ("ЧСР") is an organization (no news corpus writes a person so). Surname-shaped
    words, and words the document uses in a person's full name, are left alone."""
    named = person_words(mentions, doc)
    result = []
    for mention in mentions:
        word = mention.text
        if mention.type == "PER" and ABBREVIATION.fullmatch(word):
            mention = replace(mention, type="ORG")
        elif (
            mention.type == "PER"
            and WORD.fullmatch(word)
            and word not in named
            and not SURNAME_SHAPE.search(word)
        ):
            if only_a_place(word):
                mention = replace(mention, type="LOC")
            elif never_a_name(word):
                continue
        result.append(mention)
    return result


def add_initialed_names(
    mentions: list[Mention], doc: Document, vocabulary: Vocabulary
) -> list[Mention]:
    """A surname with initials before it ("Д.Медведев", "М.Драги") is a person, wherever the
    model missed it (it often does when the initial is glued on, most of all in headlines); not a
    place abbreviated so ("Н.Новгород"), nor a name after "имени" (part of an institution's
    name: "институт имени А. С. Пушкина")."""
    found = [
        Mention(match.start(), match.end(), "PER", match.group())
        for match in INITIALED_NAME.finditer(doc.text)
        if not only_a_place(match.group("surname"))
        and not never_a_name(match.group("surname"))
        and not NAMED_AFTER.search(doc.text, max(match.start() - 7, 0), match.start())
    ]
    return add_missing(mentions, found) if found else mentions
