"""An abbreviation the text defines for a term or a post, not an organization: "приборно-
агрегатного отсека (ПАО)", "программного обеспечения (ПО)", "Главный федеральный инспектор
(ГФИ)". The model takes a capital abbreviation for an organization, and repeats the mistake at
every later use in the text.

The definition settles it: the words right before the brackets spell the abbreviation with their
initials (each part of a hyphenated word gives one); none of them is a noun that heads an
organization's name (``organization_heads.txt``: "федеральной службы безопасности (ФСБ)",
"публичное акционерное общество (ПАО)" are organizations); the first noun (the head) may be
singular (see ``singular``); and the words are written in lower case, or the head is a noun for
a person. Any other capitalized definition ("Хмельницкой атомной электростанции (ХАЭС)") is
left alone: it may be a name.
"""

from __future__ import annotations

import re

from ..document import Document
from ..records import Mention, Token
from .dictionary import dictionary_parses, only_a_noun_for_people
from .spans import token_index
from .vocabulary import Vocabulary

BRACKETED_ABBREVIATION = re.compile(r"\(([А-ЯЁ]{2,6})\)")


def drop_term_abbreviations(
    mentions: list[Mention], doc: Document, vocabulary: Vocabulary
) -> list[Mention]:
    """Mentions of an abbreviation the document defines as a lower-case term are dropped, the
    defining one and every other."""
    if " (" not in doc.text or not mentions:
        return mentions
    abbreviations = {mention.text for mention in mentions if mention.text.isupper()}
    terms = {
        match.group(1)
        for match in BRACKETED_ABBREVIATION.finditer(doc.text)
        if match.group(1) in abbreviations
        and defines_term(doc.tokens, match.start(), match.group(1), vocabulary)
    }
    if not terms:
        return mentions
    return [mention for mention in mentions if mention.text not in terms]


def defines_term(
    tokens: list[Token], bracket: int, abbreviation: str, vocabulary: Vocabulary
) -> bool:
    """The words ending right before ``bracket`` spell ``abbreviation`` with their initials, none
    heads an organization's name, the first noun (the head) may be singular, and they are
    written in lower case, or the head is a noun for a person (a post: "Главный федеральный
    инспектор (ГФИ)")."""
    index = token_index(tokens, bracket)
    initials = ""
    words: list[Token] = []
    while index > 0 and len(initials) < len(abbreviation):
        token = tokens[index - 1]
        if not token.text[:1].isalpha():
            return False
        initials = "".join(part[:1] for part in token.text.split("-")).upper() + initials
        words.append(token)
        index -= 1
    if initials != abbreviation or any(
        token.lemma.replace("ё", "е") in vocabulary.organization_heads for token in words
    ):
        return False
    head = next((token.text for token in reversed(words) if is_noun(token.text)), None)
    return (
        head is not None
        and singular(head)
        and (all(token.text[:1].islower() for token in words) or only_a_noun_for_people(head))
    )


def is_noun(word: str) -> bool:
    """The dictionary reads ``word`` as a noun and never as an adjective or participle (a
    capitalized "Главным" opening a post's name is an adjective)."""
    parts = {parse.tag.POS for parse in dictionary_parses(word)}
    return "NOUN" in parts and not parts & {"ADJF", "PRTF"}


def singular(noun: str) -> bool:
    """The noun may be singular ("отсека", "обеспечения"). A plural one names a class of bodies
    or rules as often as a thing ("индивидуальных предпринимателей (ИП)", "международных
    стандартов финансовой отчетности (МСФО)", which Collection5 marks as organizations), and is
    left alone."""
    return any(parse.tag.number == "sing" for parse in dictionary_parses(noun))
