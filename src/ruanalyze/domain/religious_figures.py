"""Religious figures named in news: "пророка Мухаммеда", "апостолов Петра и Павла", "Иисуса
Христа". The news model leaves many of them untagged (it learned persons from politics and
sport); every corpus that marks them marks a person.
"""

from __future__ import annotations

import re

from ..document import Document
from ..records import Mention
from .dictionary import never_a_name
from .spans import add_missing
from .vocabulary import Vocabulary

# A calling that is followed by the bearer's name: "пророк Мухаммед", "пророка Мухаммеда",
# "апостолов Петра и Павла" (each name after the calling, joined by "и").
CALLING = re.compile(r"\b(?:[Пп]ророк|[Аа]постол)(?:а|у|ом|е|и|ов|ам|ами|ах)? ")
NAME = re.compile(r"[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?")
AND_NAME = re.compile(r" и ([А-ЯЁ][а-яё]+)")
# "Иисус Христос" in any case ("Иисуса Христа", "Иисусу Христу").
JESUS_CHRIST = re.compile(r"\bИисус(?:а|у|ом|е)? Христ(?:ос|а|у|ом|е)\b")


def add_religious_figures(
    mentions: list[Mention], doc: Document, vocabulary: Vocabulary
) -> list[Mention]:
    """The capitalized name right after "пророк" or "апостол" (in any form) is a person, and so
    is "Иисус Христос"; a mention the model drew there stays as it is. Not a word the dictionary
    knows only as one no name can be ("пророка Сообща")."""
    text = doc.text
    if "ророк" not in text and "постол" not in text and "Иисус" not in text:
        return mentions
    found = [
        Mention(match.start(), match.end(), "PER", match.group())
        for match in JESUS_CHRIST.finditer(text)
    ]
    for calling in CALLING.finditer(text):
        name = NAME.match(text, calling.end())
        if name is None or never_a_name(name.group()):
            continue
        found.append(Mention(name.start(), name.end(), "PER", name.group()))
        second = AND_NAME.match(text, name.end())
        if second and not never_a_name(second.group(1)):
            found.append(Mention(second.start(1), second.end(1), "PER", second.group(1)))
    return add_missing(mentions, found) if found else mentions
