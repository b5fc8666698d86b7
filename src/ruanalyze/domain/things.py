"""A thing's own name in quotes is no entity: a craft ("шаттл «Дискавери»", "корабль «Союз»"), a
work ("фильм «Артист»"), an award ("премия «Эмми»").

The news model tags such quoted names as organizations; no corpus we measure marks them as a
person, place or organization (NEREL has separate product, work and award types), nor, but for
factRuEval now and then, a name inside them ("фильм «Один день Ивана Денисовича»").
"""

from __future__ import annotations

import re
from bisect import bisect_left
from operator import attrgetter

from ..document import Document
from ..records import Mention
from .dictionary import dictionary_parses
from .spans import tokens_within
from .vocabulary import Vocabulary

OPENING_QUOTES = '«"„“'
QUOTED = re.compile(r"[«\"„“](?P<name>[^«»\"„“”\n]{1,40})[»\"“”]")
# What may stand between two names of a list: a comma or "и", a remark in brackets.
LIST_GAP = re.compile(r"\s*(?:\([^()\n]{0,60}\)\s*)?(?:,|и|или)\s*")
_start = attrgetter("start")


def drop_thing_names(
    mentions: list[Mention], doc: Document, vocabulary: Vocabulary
) -> list[Mention]:
    """A quoted name right after a noun for a craft, a work or an award ("шаттл «Дискавери»",
    ``thing_words.txt``) is the thing's, and so is the same quoted name elsewhere in the
    document ("после «Дискавери»"); a mention of it, or inside it ("«Спасатели Малибу»"), is
    dropped. A name that cannot be read as a nominative ("судно «Совкомфлота»", "статья
    «Ведомостей»") is the owner's, and stays."""
    if not mentions or not any(quote in doc.text for quote in OPENING_QUOTES):
        return mentions
    names = _thing_names(doc, vocabulary.thing_words)
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


def _thing_names(doc: Document, words: frozenset[str]) -> set[tuple[str, ...]]:
    """The lemmas of every quoted name that follows a thing's noun, directly or in a list
    ("шаттлы «Индевор» (в апреле) и «Атлантис»")."""
    tokens = doc.tokens
    names = set()
    previous_stop = -1  # where the last thing's name ended
    for match in QUOTED.finditer(doc.text):
        index = bisect_left(tokens, match.start(), key=_start)
        after_noun = index > 0 and tokens[index - 1].lemma in words
        listed = previous_stop >= 0 and LIST_GAP.fullmatch(doc.text, previous_stop, match.start())
        if not (after_noun or listed) or not _nominative(match.group("name")):
            continue
        names.add(_lemmas(doc, *match.span("name")))
        previous_stop = match.end()
    return names


def _nominative(name: str) -> bool:
    """The name's first word may be a nominative (or the dictionary does not know it): not the
    owner's genitive ("судно «Совкомфлота»")."""
    parses = dictionary_parses(name.split(maxsplit=1)[0])
    return not parses or any(parse.tag.case == "nomn" for parse in parses)


def _lemmas(doc: Document, start: int, stop: int) -> tuple[str, ...]:
    return tuple(token.lemma for token in tokens_within(doc.tokens, start, stop))
