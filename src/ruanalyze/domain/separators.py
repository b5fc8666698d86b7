"""A name never holds a list mark ("Палестина • Парагвай" is two names), and a person's name
never holds a comma ("Овечкин, Фёдоров" is two persons).

Lists of countries, teams or people set with bullets ("•", "·") run on one line; the model
sometimes takes two neighbours for one name. No corpus we measure has a name with a list mark.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from ..document import Document
from ..records import Mention
from .spans import resized
from .vocabulary import Vocabulary

LIST_MARKS = "•·"
PIECE = re.compile(r"[^\s•·][^•·]*[^\s•·]|[^\s•·]")
COMMA_PIECE = re.compile(r"[^\s,][^,]*[^\s,]|[^\s,]")


def split_at_list_marks(
    mentions: list[Mention], doc: Document, vocabulary: Vocabulary
) -> list[Mention]:
    """A mention across a list mark is split at it; each piece that starts with a capital
    letter is a mention of the same type ("Палестина • Парагвай" → "Палестина", "Парагвай")."""
    if not any(mark in doc.text for mark in LIST_MARKS):
        return mentions
    result = []
    for mention in mentions:
        if any(mark in mention.text for mark in LIST_MARKS):
            result += _capitalized_pieces(mention, doc, PIECE)
        else:
            result.append(mention)
    return result


def split_persons_at_commas(
    mentions: list[Mention], doc: Document, vocabulary: Vocabulary
) -> list[Mention]:
    """A person across a comma is a list of persons ("Сёмин (Овечкин, Фёдоров)"): each piece
    that starts with a capital letter is one. (No corpus we measure has a comma in a person's
    name; organizations have: "Министерство экологии, геологии и природных ресурсов".)"""
    result = []
    for mention in mentions:
        if mention.type == "PER" and ", " in mention.text:
            result += _capitalized_pieces(mention, doc, COMMA_PIECE)
        else:
            result.append(mention)
    return result


def _capitalized_pieces(mention: Mention, doc: Document, piece: re.Pattern[str]) -> list[Mention]:
    """The pieces of ``mention`` between separators that start with a capital letter, each a
    mention of its type."""
    return [
        resized(doc, mention, mention.start + found.start(), mention.start + found.end())
        for found in piece.finditer(mention.text)
        if found.group()[:1].isupper()
    ]


def list_item_types(
    mentions: list[Mention], doc: Document, vocabulary: Vocabulary
) -> list[Mention]:
    """The items of one bulleted line are names of one kind: an item the model typed against
    a clear majority of the others ("• Чили • Коста Рика • Эквадор •" with "Коста Рика" as a
    person) takes their type. Only mentions that are a whole item vote and change."""
    if not any(mark in doc.text for mark in LIST_MARKS):
        return mentions
    items = _whole_items(mentions, doc)
    if not items:
        return mentions
    by_line: dict[int, list[int]] = {}
    for index, line_start in items.items():
        by_line.setdefault(line_start, []).append(index)
    result = list(mentions)
    for indexes in by_line.values():
        votes = Counter(mentions[index].type for index in indexes)
        (top, count), total = votes.most_common(1)[0], len(indexes)
        if count >= 3 and count * 3 >= total * 2:
            for index in indexes:
                if mentions[index].type != top:
                    result[index] = replace(mentions[index], type=top)
    return result


def _whole_items(mentions: list[Mention], doc: Document) -> dict[int, int]:
    """Index of each mention that is a whole item between list marks → where its line starts."""
    text = doc.text
    items = {}
    for index, mention in enumerate(mentions):
        line_start = text.rfind("\n", 0, mention.start) + 1
        line_stop = text.find("\n", mention.stop)
        line_stop = len(text) if line_stop < 0 else line_stop
        before = text[line_start : mention.start].rstrip()
        after = text[mention.stop : line_stop].lstrip()
        bounded_before = not before or before[-1] in LIST_MARKS
        bounded_after = not after or after[0] in LIST_MARKS
        if bounded_before and bounded_after and (before or after):
            items[index] = line_start
    return items
