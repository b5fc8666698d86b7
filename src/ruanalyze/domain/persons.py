"""Person names the model cuts in two: a first name and a patronymic ("Ивана" + "Денисовича"),
a surname and the first name and patronymic after it ("Катырин" + "Сергей Николаевич"), a first
name and a surname ("Радия" + "Хабирова"), or a two-letter initial ("Дж." + "Коми").

Two persons written side by side are common in news ("адвокат Гаева Александр Аснис", "сын
Баффета Говард"), so pieces are joined only when together they make one Russian-style name:
at most three words, in one case and number, and either a first name with its patronymic or a
lone first name with a lone word that is no first name after it.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..document import Document
from ..records import Mention
from .dictionary import _morph, dictionary_parses, first_name_reading
from .spans import resized
from .vocabulary import Vocabulary

NAME_WORD = re.compile(r"[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?")
# Patronymics pymorphy3 does not know ("Наилевич", "Камиловна"), in any case.
PATRONYMIC_SHAPE = re.compile(
    r"[а-яё](?:ович|евич|ич)(?:а|у|ем|е)?$|[а-яё](?:овн|евн|ичн)(?:а|ы|е|у|ой)$"
)
# A two-letter initial: "Дж." stands for Джон, Джордж, Джеймс ... ("Дж.Коми", "Дж. Керри").
DIGRAPH_INITIAL = re.compile(r"\bДж\.\s?$")
MAX_WORDS = 3
# What may stand right before an entry in the registry order "Катырин Сергей Николаевич".
ENTRY_OPENERS = frozenset('\n.!?:;—–-"«(')


@lru_cache(maxsize=20_000)
def _patronymic(word: str) -> bool:
    return any("Patr" in parse.tag.grammemes for parse in dictionary_parses(word)) or bool(
        PATRONYMIC_SHAPE.search(word)
    )


@lru_cache(maxsize=20_000)
def _forms(word: str) -> frozenset[tuple[str, str]] | None:
    """``(case, number)`` pairs ``word`` may be in; None for a word that does not decline."""
    forms = set()
    for parse in _morph().parse(word):
        if "Fixd" in parse.tag.grammemes:
            return None
        if parse.tag.case:
            forms.add((parse.tag.case, parse.tag.number or "sing"))
    return frozenset(forms) or None


def _agree(words: list[str]) -> bool:
    """The words share a case and number (a word that does not decline agrees with any)."""
    common: set[tuple[str, str]] | None = None
    for word in words:
        forms = _forms(word)
        if forms is None:
            continue
        common = set(forms) if common is None else common & forms
        if not common:
            return False
    return True


def _one_name(left: list[str], right: list[str], opens_entry: bool) -> bool:
    """``left`` and ``right`` (the words of two adjacent person mentions) are one name.

    The registry order, a surname before the first name and patronymic ("Катырин Сергей
    Николаевич"), only where an entry starts (``opens_entry``: a line, a sentence, after a dash
    or colon): in running text a surname there is mostly another person's, in the genitive
    ("вдова Ельцина Наина Иосифовна")."""
    words = left + right
    if len(left) == 1 and not first_name_reading(left[0]) and not opens_entry:
        return False
    if len(words) > MAX_WORDS or not all(NAME_WORD.fullmatch(word) for word in words):
        return False
    lone_first_name = (
        len(left) == 1
        and len(right) == 1
        and first_name_reading(left[0])
        and not first_name_reading(right[0])
    )
    joint = len(left)  # index of the first word of ``right``
    # a first name and its patronymic, the pair at or across the joint
    name_and_patronymic = any(
        first_name_reading(words[index - 1]) and _patronymic(words[index])
        for index in range(max(1, joint - 1), min(len(words), joint + 2))
    )
    return (lone_first_name or name_and_patronymic) and _agree(words)


def join_split_names(
    mentions: list[Mention], doc: Document, vocabulary: Vocabulary
) -> list[Mention]:
    """Two persons one space apart that together make one name are one person."""
    result: list[Mention] = []
    for mention in mentions:
        previous = result[-1] if result else None
        if (
            previous is not None
            and previous.type == mention.type == "PER"
            and doc.text[previous.stop : mention.start] == " "
            and _one_name(
                previous.text.split(), mention.text.split(), _opens_entry(doc.text, previous.start)
            )
        ):
            result[-1] = resized(doc, previous, previous.start, mention.stop)
            continue
        result.append(mention)
    return result


def _opens_entry(text: str, start: int) -> bool:
    before = text[:start].rstrip(" \t\xa0")
    return not before or before[-1] in ENTRY_OPENERS


def attach_digraph_initials(
    mentions: list[Mention], doc: Document, vocabulary: Vocabulary
) -> list[Mention]:
    """The initial "Дж." belongs to the surname after it ("Дж.Коми"); the model takes the surname
    alone, or the initial's letters for a person of their own."""
    if "Дж." not in doc.text:
        return mentions
    result: list[Mention] = []
    for mention in mentions:
        if mention.type == "PER":
            window = doc.text[max(0, mention.start - 4) : mention.start]
            found = DIGRAPH_INITIAL.search(window)
            if found:
                start = mention.start - len(window) + found.start()
                if result and result[-1].stop > start:
                    if not (result[-1].type == "PER" and result[-1].text == "Дж"):
                        result.append(mention)
                        continue
                    result.pop()
                mention = resized(doc, mention, start, mention.stop)
        result.append(mention)
    return result
