"""Rules that check the model's one-word mentions against the dictionary (pymorphy3).

The news model decides from the context around a capitalized word, and sometimes takes a place
for a person ("прибыл к Воронежу"), a sentence's first word for a name ("Сегодня", "Отметим") or an
abbreviation for a person ("ЧСР"). A word the dictionary knows only as a place, or only as
something no name can be, settles it, unless the document names a person with that word.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from dataclasses import replace
from functools import cache, lru_cache
from operator import attrgetter
from typing import Any

from ..document import Document
from ..morph import Morph
from ..records import Mention, Token
from .spans import add_missing, resized, tokens_within
from .vocabulary import Vocabulary

PERSON_GRAMMEMES = frozenset({"Name", "Surn", "Patr"})
# A noun that names someone or something: a person, a place, an organization, a trademark.
NAMED_GRAMMEMES = PERSON_GRAMMEMES | {"Geox", "Orgn", "Trad"}
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
    """The dictionary's own parses of ``word``: pymorphy3's guesses are left out, those from the
    word's ending and those that read an unknown word as a prefix plus a known one ("Эштон" as
    "эш" + "тон", a noun)."""
    return [parse for parse in _morph().parse(word) if parse.is_known]


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
    return only_read_as(word, NOT_A_NAME, PERSON_GRAMMEMES)


def only_read_as(word: str, parts_of_speech: frozenset[str], never: frozenset[str]) -> bool:
    """The dictionary knows ``word``, and every reading of it is one of ``parts_of_speech``
    without any of the grammemes ``never``."""
    parses = dictionary_parses(word)
    return bool(parses) and all(
        parse.tag.POS in parts_of_speech and not never & parse.tag.grammemes for parse in parses
    )


@lru_cache(maxsize=20_000)
def place_reading(word: str) -> bool:
    """The dictionary knows ``word`` as a place name ("Европы", "России")."""
    return any("Geox" in parse.tag.grammemes for parse in dictionary_parses(word))


@lru_cache(maxsize=20_000)
def first_name_reading(word: str) -> bool:
    """The dictionary knows ``word`` as a first name ("Лонгин", "Ивана")."""
    return any("Name" in parse.tag.grammemes for parse in dictionary_parses(word))


@lru_cache(maxsize=20_000)
def person_reading(word: str) -> bool:
    """The dictionary knows ``word`` as a first name, surname or patronymic ("Юрий")."""
    return any(PERSON_GRAMMEMES & parse.tag.grammemes for parse in dictionary_parses(word))


@lru_cache(maxsize=20_000)
def likeliest_a_person(word: str) -> bool:
    """pymorphy3's likeliest reading of ``word``, a guess for an unknown word, is a first name,
    surname or patronymic ("Обамы", "Сагиряна"; not "Феррари", "МакЛарен-Мерседес")."""
    parses = _morph().parse(word)
    return bool(parses) and bool(PERSON_GRAMMEMES & parses[0].tag.grammemes)


@lru_cache(maxsize=20_000)
def never_genitive(word: str) -> bool:
    """No reading of ``word``, pymorphy3's guesses for an unknown word included, is a genitive:
    not an owner's name ("Хаббл", "Союз"; not "Хаббла", "Ведомостей")."""
    parses = _morph().parse(word)
    return bool(parses) and not any(parse.tag.case == "gent" for parse in parses)


@lru_cache(maxsize=20_000)
def only_a_common_noun(word: str) -> bool:
    """Every dictionary reading of ``word`` is a common noun: no name, surname, place or
    organization ("Невеста", "Теннисистку", "Скриншот"; not "Роза", "Лев", "Мороз")."""
    parses = dictionary_parses(word)
    return bool(parses) and all(
        parse.tag.POS == "NOUN" and not NAMED_GRAMMEMES & parse.tag.grammemes for parse in parses
    )


@lru_cache(maxsize=20_000)
def only_a_noun_for_people(word: str) -> bool:
    """Every dictionary reading of ``word`` is an animate common noun: a noun for people
    ("Демонстранты", "Исследователи", "Руководитель"), not a name and not a thing
    ("Министерство")."""
    return only_a_common_noun(word) and all(
        "anim" in parse.tag.grammemes for parse in dictionary_parses(word)
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
        result.append(resized(doc, mention, mention.start, name_stop))
        result.append(affiliation(short_start, short_stop, parts.group("short"), vocabulary))
    return result


def affiliation(start: int, stop: int, abbreviation: str, vocabulary: Vocabulary) -> Mention:
    """The abbreviation in brackets after a person's name: a place the vocabulary knows ("РК"),
    else an organization ("ЧСР", "РПЦ")."""
    region = vocabulary.regions.get(abbreviation)
    return Mention(start, stop, region.type if region else "ORG", abbreviation)


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


def drop_common_nouns_opening_a_sentence(
    mentions: list[Mention], doc: Document, vocabulary: Vocabulary
) -> list[Mention]:
    """A capitalized common noun opening a sentence or a line, taken for a person alone
    ("Невеста", "Гроб с телом ...", "Адвокат христианки ..."), is no name: the dictionary knows
    it only as a common noun, and the document never writes it with a capital inside a sentence,
    as it would a surname ("в 2011 году Хантсмен покинул пост")."""
    candidates = [
        mention
        for mention in mentions
        if mention.type == "PER"
        and WORD.fullmatch(mention.text)
        and only_a_common_noun(mention.text)
    ]
    if not candidates:
        return mentions
    opening = opening_tokens(doc)
    vouched = capitalized_inside_sentences(doc, opening)
    dropped = set()
    for mention in candidates:
        if mention.start in opening and not vouched_by(mention.text, vouched):
            dropped.add((mention.start, mention.stop))
    return [mention for mention in mentions if (mention.start, mention.stop) not in dropped]


def strip_common_noun_before_name(
    mentions: list[Mention], doc: Document, vocabulary: Vocabulary
) -> list[Mention]:
    """A capitalized common noun opening a sentence is not part of the name after it:
    "Христианка Асия Биби", "Адвокат Саиф Мулук", "Теннисистка Серена Уильямс" → the name. The
    dictionary knows the word only as a common noun; a capitalized word follows it."""
    return strip_opening_common_noun(mentions, doc, "PER", WORD)


def strip_person_noun_before_person(
    mentions: list[Mention], doc: Document, vocabulary: Vocabulary
) -> list[Mention]:
    """A noun for people opening a sentence, which the dictionary knows only as an animate
    common noun, is not part of the person after it ("Предшественник Кравцова", "Востоковед
    Елена Супонина"), whether or not the text writes it in lower case, when the next word is one
    the dictionary knows as a first name, surname or patronymic: "Карел Шварценберг" (карел, a
    Karelian) and "Шейх Музафар Шукор" stay whole."""
    return strip_opening_common_noun(
        mentions,
        doc,
        "PER",
        WORD,
        common_noun=only_a_noun_for_people,
        written_lower=False,
        rest_holds=lambda rest: person_reading(rest[0].text),
    )


def strip_opening_common_noun(
    mentions: list[Mention],
    doc: Document,
    type_: str,
    first_word: re.Pattern[str],
    kept: frozenset[str] = frozenset(),
    common_noun: Callable[[str], bool] | None = None,
    written_lower: bool = True,
    rest_holds: Callable[[list[Token]], bool] | None = None,
) -> list[Mention]:
    """Mentions of ``type_`` without a first word (matching ``first_word``) that opens a
    sentence or line, that the dictionary knows only as a common noun (or ``common_noun``
    says is one), that the text also writes in lower case (if ``written_lower``), and whose
    lemma is not in ``kept``; a capitalized word follows it, and ``rest_holds`` (if given)
    approves the tokens left."""
    common_noun = common_noun or only_a_common_noun
    opening: set[int] | None = None
    common: set[str] | None = None
    result = []
    for mention in mentions:
        first, _, rest = mention.text.partition(" ")
        if (
            mention.type == type_
            and rest[:1].isupper()
            and first_word.fullmatch(first)
            and common_noun(first)
        ):
            tokens = tokens_within(doc.tokens, mention.start, mention.stop)
            if len(tokens) >= 2 and tokens[0].text == first and tokens[1].text[:1].isupper():
                if opening is None:
                    opening = opening_tokens(doc)
                if written_lower and common is None:
                    common = {token.lemma for token in doc.tokens if token.text[:1].islower()}
                if (
                    mention.start in opening
                    and (common is None or tokens[0].lemma in common)
                    and tokens[0].lemma not in kept
                    and (rest_holds is None or rest_holds(tokens[1:]))
                ):
                    mention = resized(doc, mention, tokens[1].start, mention.stop)
        result.append(mention)
    return result


def attach_first_names(
    mentions: list[Mention], doc: Document, vocabulary: Vocabulary
) -> list[Mention]:
    """A first name right before a person's surname belongs to it ("Ратко Младич" where the
    model took "Младич" alone): a capitalized word the dictionary knows as a first name, in the
    same case as the name after it, with one space between them."""
    result: list[Mention] = []
    for mention in mentions:
        if mention.type == "PER":
            index = bisect_left(doc.tokens, mention.start, key=attrgetter("start"))
            before = doc.tokens[index - 1] if index else None
            if (
                before is not None
                and doc.text[before.stop : mention.start] == " "
                and WORD.fullmatch(before.text)
                and not (result and result[-1].stop > before.start)
                and _first_name_agreeing(before.text, mention.text.split()[0])
            ):
                mention = resized(doc, mention, before.start, mention.stop)
        result.append(mention)
    return result


def _first_name_agreeing(first: str, name: str) -> bool:
    """``first`` is a first name in the dictionary, in a case ``name`` may also be in."""
    firsts = [parse for parse in dictionary_parses(first) if "Name" in parse.tag.grammemes]
    if not firsts:
        return False
    cases = {parse.tag.case for parse in _morph().parse(name)}
    return any(parse.tag.case in cases for parse in firsts)


def capitalized_inside_sentences(doc: Document, opening: set[int]) -> set[str]:
    """Words of three letters or more written with a capital inside a sentence (not at
    ``opening`` tokens): the names the text vouches for, in any form."""
    return {
        token.text
        for token in doc.tokens
        if len(token.text) > 2 and token.text[:1].isupper() and token.start not in opening
    }


def vouched_by(word: str, vouched: set[str]) -> bool:
    """``word`` or another form of it ("Шор", "Шора"; "Рокер", "Рокера") is among ``vouched``:
    one is the other with an ending added."""
    stem = word[:-1] if len(word) > 4 else word
    return any(other.startswith(stem) or word.startswith(other) for other in vouched)


# What may stand right before a sentence's first word: its end, a colon, a quote, a dash.
OPENERS = frozenset('.!?…:;«"„—–-')


def opening_tokens(doc: Document) -> set[int]:
    """Starts of the tokens that open a sentence or a line (or follow a colon, a quote, a dash)."""
    starts = {sentence.start for sentence in doc.sentences}
    opening = set()
    previous = None
    for token in doc.tokens:
        if (
            previous is None
            or token.start in starts
            or previous.text in OPENERS
            or "\n" in doc.text[previous.stop : token.start]
        ):
            opening.add(token.start)
        previous = token
    return opening


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
