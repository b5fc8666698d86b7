"""Document-level rules: a name the model found once is the same name wherever it recurs.

The model decides each occurrence from its sentence alone and misses some, most often a
headline's first word ("Обама назначил ...") that the body names in full. These rules use what the
rest of the document says.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import replace

from ..document import Document
from ..records import Mention, Token
from .dictionary import person_reading
from .spans import add_missing, tokens_within
from .vocabulary import Vocabulary

PLACE_PREPOSITIONS = frozenset({"в", "во", "на", "из", "под", "около", "возле", "близ"})

# Parts of speech of a word that may stand for a person on its own: a proper noun, or a word the
# dictionary does not know. "Адвокат", "Муж", "Папа" (common nouns) may not.
NAME_POS = frozenset({"PROPN", "X"})


def _is_name_word(text: str) -> bool:
    return len(text) > 1 and text[:1].isupper() and any(char.isalpha() for char in text)


def known_names(mentions: list[Mention], doc: Document) -> dict[tuple[str, ...], str]:
    """Token sequences the model tagged in this document, with their one type.

    A person's name counts whole and word by word ("Барак Обама" → "Обама"), each word only if
    it can name a person alone (not "Адвокат"); a place or organization counts as a whole name of
    two or more words ("Большой театр"), or as one word the model tagged twice or more with that
    type: a single word tagged once ("Brexit", "Цирк") is too often the model's slip to repeat.
    A sequence tagged with two types is left out.
    """
    types: dict[tuple[str, ...], set[str]] = defaultdict(set)
    single: Counter[tuple[str, str]] = Counter()
    for mention in mentions:
        tokens = tokens_within(doc.tokens, mention.start, mention.stop)
        words = tuple(token.text for token in tokens)
        if len(words) > 1 and _is_name_word(words[0]):
            types[words].add(mention.type)
        elif len(words) == 1 and mention.type != "PER" and _is_name_word(words[0]):
            single[(words[0], mention.type)] += 1
        if mention.type == "PER":
            for token in tokens:
                if (
                    _is_name_word(token.text)
                    and token.text.isalpha()
                    and not token.text.isupper()  # "Андрис Америкс (ЧСР)": the party is no name
                    and token.pos in NAME_POS
                ):
                    types[(token.text,)].add("PER")
    for (word, type_), count in single.items():
        if count >= 2:
            types[(word,)].add(type_)
    return {words: next(iter(found)) for words, found in types.items() if len(found) == 1}


def recover_repeats(
    mentions: list[Mention], doc: Document, vocabulary: Vocabulary
) -> list[Mention]:
    """An untagged occurrence of a name tagged elsewhere in the document is that name."""
    names = known_names(mentions, doc)
    if not names:
        return mentions
    by_first: dict[str, list[tuple[str, ...]]] = defaultdict(list)
    for words in names:
        by_first[words[0]].append(words)
    for candidates in by_first.values():
        candidates.sort(key=len, reverse=True)  # the longest name first
    tokens = doc.tokens
    tagged = {(mention.start, mention.stop) for mention in mentions}
    found = []
    for index in [index for index, token in enumerate(tokens) if token.text in by_first]:
        token = tokens[index]
        for words in by_first[token.text]:
            if _matches(tokens, index, words):
                stop = tokens[index + len(words) - 1].stop
                if (token.start, stop) in tagged:
                    break  # already a mention: add_missing would pass it over anyway
                if not _inside_word(doc.text, token.start, stop) and not (
                    len(words) == 1
                    and names[words] != "PER"
                    and _runs_on(doc.text, tokens, index + 1, stop)
                ):
                    text = doc.text[token.start : stop]
                    found.append(Mention(token.start, stop, names[words], text))
                break
    return add_missing(mentions, found)


def _runs_on(text: str, tokens: list[Token], following: int, stop: int) -> bool:
    """A capitalized word follows ``stop`` after one space: the name there is a longer one
    ("Техрик-э-Лабайак Пакистан"), not the one-word name tagged elsewhere."""
    return (
        following < len(tokens)
        and tokens[following].text[:1].isupper()
        and text[stop : tokens[following].start] == " "
    )


def _matches(tokens: list[Token], index: int, words: tuple[str, ...]) -> bool:
    window = tokens[index : index + len(words)]
    return len(window) == len(words) and all(
        token.text == word for token, word in zip(window, words, strict=True)
    )


def _inside_word(text: str, start: int, stop: int) -> bool:
    """``text[start:stop]`` is glued to a neighbouring word or hyphen ("Обама-младший")."""
    before = text[start - 1] if start else " "
    after = text[stop] if stop < len(text) else " "
    return before.isalnum() or before == "-" or after.isalnum() or after == "-"


# What joins the members of an enumeration: "Хоргос, Бахты и Майкапчагай".
LIST_JOINT = re.compile(r"(?:,| и| или|, а также) ")


def coordinated_types(
    mentions: list[Mention], doc: Document, vocabulary: Vocabulary
) -> list[Mention]:
    """A one-word person enumerated with places ("через пункты Хоргос, Бахты и Майкапчагай"),
    is a place: the members of an enumeration are things of one kind. Only where the members
    before it are all places or all organizations (two at least), and the word is neither a name
    the dictionary knows ("Юрий" after "России и Португалии,") nor part of a person the document
    names in full."""
    result = list(mentions)
    named: set[str] | None = None
    for index, mention in enumerate(mentions):
        if mention.type != "PER" or " " in mention.text or index < 2:
            continue
        first, second = mentions[index - 2], mentions[index - 1]
        if not (
            first.type == second.type != "PER"
            and LIST_JOINT.fullmatch(doc.text[first.stop : second.start])
            and LIST_JOINT.fullmatch(doc.text[second.stop : mention.start])
        ):
            continue
        if named is None:  # the surnames and other later words of the document's persons
            named = {m.text.split()[-1] for m in mentions if m.type == "PER" and " " in m.text}
        if mention.text not in named and not person_reading(mention.text):
            result[index] = replace(mention, type=second.type)
    return result


def consistent_types(
    mentions: list[Mention], doc: Document, vocabulary: Vocabulary
) -> list[Mention]:
    """The same surface string gets the type most of its mentions in the document have; a tie
    leaves every mention as the model tagged it, and so does context: a place after a locative
    preposition ("в Сколково", "из Астаны") stays a place."""
    votes: dict[str, Counter[str]] = defaultdict(Counter)
    for mention in mentions:
        votes[mention.text][mention.type] += 1
    previous = {token.stop: token for token in doc.tokens}
    result = []
    for mention in mentions:
        ranked = votes[mention.text].most_common(2)
        if len(ranked) == 2 and ranked[0][1] > ranked[1][1]:
            before = previous.get(mention.start - 1)
            located = before is not None and before.text.lower() in PLACE_PREPOSITIONS
            if not (mention.type == "LOC" and located):
                mention = replace(mention, type=ranked[0][0])
        result.append(mention)
    return result


def surnames_of_named_persons(
    mentions: list[Mention], doc: Document, vocabulary: Vocabulary
) -> list[Mention]:
    """A one-word place or organization that is the surname of a person the document names in
    full ("Сергей Собянин" ... "Собянин" tagged as a place) is that person, unless a locative
    preposition says place ("в Вашингтоне")."""
    surnames: set[str] = set()
    for mention in mentions:
        if mention.type == "PER":
            tokens = tokens_within(doc.tokens, mention.start, mention.stop)
            if len(tokens) > 1 and _is_name_word(tokens[-1].text) and tokens[-1].text.isalpha():
                surnames.add(tokens[-1].text)
    if not surnames:
        return mentions
    previous = {token.stop: token for token in doc.tokens}
    result = []
    for mention in mentions:
        if mention.type != "PER" and mention.text in surnames:
            before = previous.get(mention.start - 1)
            if before is None or before.text.lower() not in PLACE_PREPOSITIONS:
                mention = replace(mention, type="PER")
        result.append(mention)
    return result
