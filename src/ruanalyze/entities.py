"""Grouping the mentions of one document into entities.

Mentions share an entity when their canonical names match: the normal form, with region
abbreviations expanded ("ВКО" and "Восточно-Казахстанская область" are one place), compared
case-insensitively with ё folded. A one-word person mention ("Омар") joins the full name in the
same document that contains that word ("Жаксылык Омар"); when several do, it joins none.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

from .document import Document
from .records import Entity, Mention, NameParts

Key = tuple[str, str]


def fold(text: str) -> str:
    return text.lower().replace("ё", "е")


class EntityGrouper:
    def __init__(
        self,
        alias: Callable[[str], str] = lambda normal: normal,
        names: Callable[[str], NameParts | None] | None = None,
    ) -> None:
        self.alias = alias
        self.names = names

    def __call__(self, doc: Document) -> Document:
        groups: dict[Key, list[Mention]] = {}
        for mention in doc.mentions:
            key = (mention.type, fold(self.alias(mention.normal or mention.text)))
            groups.setdefault(key, []).append(mention)
        for short, full in self._short_person_names(groups).items():
            groups[full].extend(groups.pop(short))
        doc.entities = [
            self._entity(type_, self._canonical(type_, mentions), mentions)
            for (type_, _), mentions in groups.items()
        ]
        return doc

    def _entity(self, type_: str, normal: str, mentions: list[Mention]) -> Entity:
        name = self.names(normal) if self.names and type_ == "PER" else None
        return Entity(type_, normal, tuple(sorted(mentions, key=_offset)), name)

    def _short_person_names(self, groups: dict[Key, list[Mention]]) -> dict[Key, Key]:
        full_names = [key for key in groups if key[0] == "PER" and " " in key[1]]
        joins = {}
        for key in groups:
            type_, name = key
            if type_ != "PER" or " " in name:
                continue
            # "Абдрахманова" alone reads as a man's genitive; as written it may be her surname
            forms = {name} | {fold(mention.text) for mention in groups[key]}
            matches = [full for full in full_names if forms & set(full[1].split())]
            if len(matches) == 1:
                joins[key] = matches[0]
        return joins

    def _canonical(self, type_: str, mentions: list[Mention]) -> str:
        names = [self.alias(mention.normal or mention.text) for mention in mentions]
        if type_ == "PER":
            return max(names, key=lambda name: len(name.split()))
        return Counter(names).most_common(1)[0][0]


def _offset(mention: Mention) -> tuple[int, int]:
    return mention.start, mention.stop
