"""A name followed by its original spelling in brackets: two mentions of one entity.

News writes a foreign name in Cyrillic and then, in brackets, as it is spelled at home:
"Барри Лоуенкрон (Barry Lowenkron)", "Международная амнистия (Amnesty International)". The
model runs the two together into one span, or tags the Cyrillic name and leaves the Latin one
out; factRuEval, NEREL and BSNLP mark two mentions of the same type, the brackets in neither.

Collection5 marks the joined span as one name (212 times, never as two), and splitting costs
its persons more than two points, below raw Natasha: so ``add_original_spelling`` (a Latin name
the model left out) is a default rule, and ``split_original_spelling`` (a span the model joined)
is opt-in, through ``splitting_original_spellings``.

An abbreviation in brackets ("Всемирной организации здравоохранения (ВОЗ)", "(WHO)") is not an
original spelling and is left to the rules about abbreviations (``kazakhstan.py``,
``dictionary.py``).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ..document import Document
from ..records import Mention
from .spans import add_missing, resized
from .vocabulary import Vocabulary

CYRILLIC = re.compile(r"[А-Яа-яЁё]")
# A Latin name: capitalized words (a digit may open one: "3Com"), with the small words a
# name may hold ("Bank of China", "Sami al-Haj", "Corriere della Sera").
LATIN_NAME = r"[A-Z0-9][\w'’&.\-]*(?:[ \-][\w'’&.\-]+)*"
# A mention that ends with a bracketed Latin name, the closing bracket drawn or not.
JOINED = re.compile(rf"^(?P<name>.*\S) \((?P<original>{LATIN_NAME})\)?$")
# A bracketed Latin name right after a mention, or after the quotes closing it.
FOLLOWING = re.compile(rf"[»\"“”]? \((?P<original>{LATIN_NAME})\)")


def is_original_spelling(text: str) -> bool:
    """A name in Latin script that is not an abbreviation: "Barry Lowenkron", "Volkswagen",
    "La Stampa" are; "WHO", "FN", "USPTO", "TJ" are not (one word in capitals)."""
    if CYRILLIC.search(text) or not any("a" <= char <= "z" for char in text):
        return False
    if " " not in text:
        letters = [char for char in text if char.isalpha()]
        return sum(char.islower() for char in letters) >= 2
    return True


def split_original_spelling(
    mentions: list[Mention], doc: Document, vocabulary: Vocabulary
) -> list[Mention]:
    """ "Барри Лоуенкрон (Barry Lowenkron)" as one mention is two: the Cyrillic name and the
    Latin one, each of the mention's type."""
    if " (" not in doc.text:
        return mentions
    return split_joined(
        mentions,
        doc,
        JOINED,
        lambda name, original: bool(CYRILLIC.search(name)) and is_original_spelling(original),
    )


def add_original_spelling(
    mentions: list[Mention], doc: Document, vocabulary: Vocabulary
) -> list[Mention]:
    """A Latin name in brackets right after a Cyrillic mention, which the model left untagged,
    is that mention's original spelling, of its type: "Джошуа Вольфа (Joshua Wolf)", "газета
    «Ла стампа» (La Stampa)". An event's name is not ("выхода из Евросоюза (Brexit)",
    ``event_names.txt``)."""
    if " (" not in doc.text:
        return mentions
    found = spellings_after(
        mentions,
        doc,
        FOLLOWING,
        lambda mention, original: (
            bool(CYRILLIC.search(mention.text))
            and is_original_spelling(original)
            and not original.lower().startswith(vocabulary.event_names)
        ),
    )
    return add_missing(mentions, found) if found else mentions


def split_joined(
    mentions: list[Mention],
    doc: Document,
    joined: re.Pattern[str],
    accept: Callable[[str, str], bool],
) -> list[Mention]:
    """Each mention that ``joined`` reads as a name and a bracketed spelling (groups "name" and
    "original") that ``accept(name, original)`` approves, as two mentions of its type."""
    result = []
    for mention in mentions:
        parts = joined.match(mention.text) if "(" in mention.text else None
        if parts is None or not accept(parts.group("name"), parts.group("original")):
            result.append(mention)
            continue
        result.append(resized(doc, mention, mention.start, mention.start + parts.end("name")))
        start = mention.start + parts.start("original")
        result.append(resized(doc, mention, start, start + len(parts.group("original"))))
    return result


def spellings_after(
    mentions: list[Mention],
    doc: Document,
    following: re.Pattern[str],
    accept: Callable[[Mention, str], bool],
) -> list[Mention]:
    """The bracketed spellings ``following`` finds right after a mention (group "original")
    that ``accept(mention, original)`` approves, as mentions of the mention's type."""
    found = []
    for mention in mentions:
        parts = following.match(doc.text, mention.stop)
        if parts and accept(mention, parts.group("original")):
            start, stop = parts.span("original")
            found.append(Mention(start, stop, mention.type, doc.text[start:stop]))
    return found
