"""A thing's own name in quotes is no entity: a craft ("шаттл «Дискавери»", "корабль «Союз»"), a
work ("фильм «Артист»"), an award ("премия «Эмми»").

The news model tags such quoted names as organizations; no corpus we measure marks them as a
person, place or organization (NEREL has separate product, work and award types), nor, but for
factRuEval now and then, a name inside them ("фильм «Один день Ивана Денисовича»"). So are
such names without quotes where nothing else can be meant: a Cyrillic name in apposition
("телескопа Хаббл") and titles listed with their years after a noun for works ("альбомы:
Music For The Jilted Generation (1994), The Fat Of The Land (1997)").
"""

from __future__ import annotations

import re
from functools import cache

from ..document import Document
from ..records import Mention
from .dictionary import dictionary_parses, never_genitive
from .spans import token_index, tokens_within
from .vocabulary import Vocabulary

OPENING_QUOTES = '«"„“'
QUOTED = re.compile(r"[«\"„“](?P<name>[^«»\"„“”\n]{1,40})[»\"“”]")
# What may stand between two names of a list: a comma or "и", a remark in brackets.
LIST_GAP = re.compile(r"\s*(?:\([^()\n]{0,60}\)\s*)?(?:,|и|или)\s*")
# What may stand between the noun and the first name of a list it opens: "синглами, среди
# которых «Today»", "альбомы, в том числе «Kid A»", "фильмы: «Левиафан»".
LIST_OPENING = re.compile(
    r"(?:,\s*(?:среди (?:которых|них)|в том числе|включая|например)|\s*[:—–])\s*$"
)
# A year in brackets closing an item of a list, and what follows it up to the next item.
DATED_ITEM_BEFORE = re.compile(r"\((?:1[89]|20)\d\d\)\s*(?:,|и)\s*$")
DATED_ITEM_AFTER = re.compile(r"\s*\((?:1[89]|20)\d\d\)\s*(?:,|и)\s")
DATED = re.compile(r"\((?:1[89]|20)\d\d\)")
SENTENCE_END = frozenset(".!?")
CYRILLIC_WORD = re.compile(r"[А-ЯЁ][а-яё]+(?:\s|$)")


def drop_thing_names(
    mentions: list[Mention], doc: Document, vocabulary: Vocabulary
) -> list[Mention]:
    """A quoted name right after a noun for a craft, a work or an award ("шаттл «Дискавери»",
    ``thing_words.txt``) is the thing's, and so is the same quoted name elsewhere in the
    document ("после «Дискавери»"); a mention of it, or inside it ("«Спасатели Малибу»"), is
    dropped. A name that cannot be read as a nominative ("судно «Совкомфлота»", "статья
    «Ведомостей»") is the owner's, and stays."""
    mentions = _without_unquoted_thing_names(mentions, doc, vocabulary.thing_words)
    if DATED.search(doc.text):  # a year in brackets: rare, and the search is cheap
        mentions = _without_dated_titles(mentions, doc, vocabulary.thing_words)
    if not mentions or not any(quote in doc.text for quote in OPENING_QUOTES):
        return mentions
    names = _thing_names(doc, vocabulary.thing_words, mentions)
    if not names:
        return mentions
    spans = [
        match.span()
        for match in QUOTED.finditer(doc.text)
        if _lemmas(doc, *match.span("name")) in names
    ]
    return [
        mention
        for mention in mentions
        if not any(start <= mention.start and mention.stop <= stop for start, stop in spans)
    ]


def _thing_names(
    doc: Document, words: frozenset[str], mentions: list[Mention]
) -> set[tuple[str, ...]]:
    """The lemmas of every quoted name that follows a thing's noun, directly, after its author
    ("фильм Никиты Михалкова «Сибирский цирюльник»") or in a list ("шаттлы «Индевор» (в
    апреле) и «Атлантис»")."""
    tokens = doc.tokens
    authors = {mention.stop: mention.start for mention in mentions if mention.type == "PER"}
    names = set()
    previous_stop = -1  # where the last thing's name ended
    for match in QUOTED.finditer(doc.text):
        opening = LIST_OPENING.search(doc.text, max(0, match.start() - 30), match.start())
        index = token_index(tokens, opening.start() if opening else match.start())
        author = authors.get(tokens[index - 1].stop) if index > 0 else None
        if author is not None:  # "сериал Дэвида Линча «Твин Пикс»": the noun before the author
            index = token_index(tokens, author)
        after_noun = index > 0 and _thing_word(
            tokens[index - 1].text, tokens[index - 1].lemma, words
        )
        listed = previous_stop >= 0 and LIST_GAP.fullmatch(doc.text, previous_stop, match.start())
        if not (after_noun or listed) or not _nominative(match.group("name")):
            continue
        names.add(_lemmas(doc, *match.span("name")))
        previous_stop = match.end()
    return names


def _without_unquoted_thing_names(
    mentions: list[Mention], doc: Document, words: frozenset[str]
) -> list[Mention]:
    """An organization named without quotes right after a thing's noun is the thing's name when
    it is in Cyrillic and cannot be read as the owner's genitive ("телескопа Хаббл", "корабль
    Союз"; not "судно Совкомфлота"). A Latin name ("альбом U2") may be the owner's: it stays."""
    tokens = doc.tokens
    kept = []
    for mention in mentions:
        if (
            mention.type == "ORG"
            and doc.text[mention.start - 1 : mention.start] == " "
            and CYRILLIC_WORD.match(mention.text)
            and _previous_word(doc.text, mention.start)[:4].lower() in _openings(words)
        ):
            index = token_index(tokens, mention.start)
            noun = tokens[index - 1] if index > 0 else None
            if (
                noun is not None
                and doc.text[noun.stop : mention.start] == " "
                and _thing_word(noun.text, noun.lemma, words)
                and never_genitive(mention.text.split(maxsplit=1)[0])
            ):
                continue
        kept.append(mention)
    return kept


def _previous_word(text: str, position: int) -> str:
    """The word before ``position``, the last part of a compound ("синглами")."""
    words = text[max(0, position - 30) : position].split()
    return words[-1].rsplit("-", 1)[-1] if words else ""


@cache
def _openings(words: frozenset[str]) -> frozenset[str]:
    """The first four letters of every noun: forms keep them ("телескопа"), and a look-up
    passes over nearly every other word before the tokens are searched."""
    return frozenset(word[:4] for word in words)


def _without_dated_titles(
    mentions: list[Mention], doc: Document, words: frozenset[str]
) -> list[Mention]:
    """An organization that is an item of a list of dated titles ("..., The Fat Of The Land
    (1997), ...") opened by a colon after a noun for works in the same sentence ("альбомы
    группы: ...") is a work's title. A club's or a country's list ("клубы: «Спартак» (2005),
    ...") opens after no such noun."""
    tokens = doc.tokens
    kept = []
    for mention in mentions:
        if (
            mention.type == "ORG"
            and "(" in doc.text[max(0, mention.start - 12) : mention.stop + 3]
            and (
                DATED_ITEM_BEFORE.search(doc.text, max(0, mention.start - 12), mention.start)
                or DATED_ITEM_AFTER.match(doc.text, mention.stop)
            )
            and _opened_by_thing_noun(tokens, token_index(tokens, mention.start), words)
        ):
            continue
        kept.append(mention)
    return kept


def _opened_by_thing_noun(tokens: list, index: int, words: frozenset[str]) -> bool:
    """Before ``tokens[index]`` in its sentence stands a colon with a thing's noun before it."""
    colon = False
    for token in reversed(tokens[:index]):
        if token.text in SENTENCE_END:
            return False
        if token.text == ":":
            colon = True
        elif colon and _thing_word(token.text, token.lemma, words):
            return True
    return False


def _thing_word(text: str, lemma: str, words: frozenset[str]) -> bool:
    """``lemma`` is a thing's noun, or ``text`` is a compound ending in one
    ("синти-поп-синглами")."""
    if lemma in words:
        return True
    if "-" not in text:
        return False
    parses = dictionary_parses(text.rsplit("-", 1)[1])
    return any(parse.normal_form in words for parse in parses)


def _nominative(name: str) -> bool:
    """The name's first word may be a nominative (or the dictionary does not know it): not the
    owner's genitive ("судно «Совкомфлота»")."""
    parses = dictionary_parses(name.split(maxsplit=1)[0])
    return not parses or any(parse.tag.case == "nomn" for parse in parses)


def _lemmas(doc: Document, start: int, stop: int) -> tuple[str, ...]:
    return tuple(token.lemma for token in tokens_within(doc.tokens, start, stop))
