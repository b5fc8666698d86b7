"""One-word "places" that cannot be places: a sentence's first word the model took for a place
("Сегодня", "Вслед", "Также"), or a capitalized noun for people opening a sentence
("Демонстранты", "Жители", "Полпред"). A place is no adverb or conjunction, and no living
being; the dictionary (pymorphy3) settles both.
"""

from __future__ import annotations

from functools import lru_cache

from ..document import Document
from ..records import Mention
from .dictionary import (
    NAMED_GRAMMEMES,
    WORD,
    capitalized_inside_sentences,
    only_a_noun_for_people,
    only_read_as,
    opening_tokens,
    vouched_by,
)
from .vocabulary import Vocabulary

# Parts of speech no place name is. Not adjectives and participles: corpora disagree on
# "Российские" opening a sentence (NEREL marks a place, others nothing).
FUNCTION_WORDS = frozenset(
    {"ADVB", "CONJ", "PRCL", "PREP", "NPRO", "PRED", "INTJ", "COMP", "NUMR", "GRND", "VERB", "INFN"}
)


@lru_cache(maxsize=20_000)
def only_a_function_word(word: str) -> bool:
    """Every dictionary reading of ``word`` is an adverb, conjunction, pronoun, verb ... and none
    a name ("Сегодня", "Также", "Во-первых"; not "После", which may be a noun's form)."""
    return only_read_as(word, FUNCTION_WORDS, NAMED_GRAMMEMES)


def drop_non_places(
    mentions: list[Mention], doc: Document, vocabulary: Vocabulary
) -> list[Mention]:
    """A one-word place the dictionary knows only as a function word is nothing; one it knows
    only as a noun for people is nothing when it opens a sentence and the document never
    writes it with a capital inside one (as it would a name: "жители Сокола")."""
    candidates = [
        mention for mention in mentions if mention.type == "LOC" and WORD.fullmatch(mention.text)
    ]
    if not candidates:
        return mentions
    dropped = {
        (mention.start, mention.stop)
        for mention in candidates
        if only_a_function_word(mention.text)
    }
    people = [
        mention
        for mention in candidates
        if (mention.start, mention.stop) not in dropped and only_a_noun_for_people(mention.text)
    ]
    if people:
        opening = opening_tokens(doc)
        vouched = capitalized_inside_sentences(doc, opening)
        dropped |= {
            (mention.start, mention.stop)
            for mention in people
            if mention.start in opening and not vouched_by(mention.text, vouched)
        }
    if not dropped:
        return mentions
    return [mention for mention in mentions if (mention.start, mention.stop) not in dropped]
