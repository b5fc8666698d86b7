"""Frozen records produced by the analyzer.

Field names follow razdel, slovnet and ipymarkup (``start``, ``stop``, ``type``, ``text``), so a
mention can be handed to those libraries as is. Every record round-trips through JSON with
``as_json`` / ``from_json``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Self


def _short(text: str, limit: int = 40) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


class Record:
    """JSON round-trip shared by every record."""

    def as_json(self) -> dict[str, Any]:
        # Not dataclasses.asdict, which deep-copies every value: the fields of these records are
        # immutable scalars, and a document has a record per token.
        return {name: getattr(self, name) for name in self.__match_args__}  # type: ignore[attr-defined]

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Self:
        return cls(**data)


@dataclass(frozen=True, slots=True)
class Token(Record):
    start: int
    stop: int
    text: str
    lemma: str = ""
    pos: str = ""

    def as_json(self) -> dict[str, Any]:
        # Spelled out: one per word of every document, twice as fast as the generic one.
        return {
            "start": self.start,
            "stop": self.stop,
            "text": self.text,
            "lemma": self.lemma,
            "pos": self.pos,
        }

    def __repr__(self) -> str:
        return f"Token({self.start}:{self.stop} {self.text!r} lemma={self.lemma!r} {self.pos})"


@dataclass(frozen=True, slots=True)
class Sentence(Record):
    start: int
    stop: int
    text: str

    def __repr__(self) -> str:
        return f"Sentence({self.start}:{self.stop} {_short(self.text)!r})"


@dataclass(frozen=True, slots=True)
class Mention(Record):
    start: int
    stop: int
    type: str
    text: str
    normal: str = ""
    sentence: int = 0

    def __repr__(self) -> str:
        normal = f" → {self.normal!r}" if self.normal and self.normal != self.text else ""
        return f"Mention({self.type} {self.start}:{self.stop} {self.text!r}{normal})"


@dataclass(frozen=True, slots=True)
class NameParts(Record):
    """A person's name split into parts ("" where a part is absent)."""

    first: str = ""
    middle: str = ""
    last: str = ""

    def __repr__(self) -> str:
        parts = (f"{key}={value!r}" for key, value in self.as_json().items() if value)
        return f"NameParts({', '.join(parts)})"


@dataclass(frozen=True, slots=True)
class Entity(Record):
    type: str
    normal: str
    mentions: tuple[Mention, ...]
    name: NameParts | None = None  # persons only: first / middle / last name

    @property
    def count(self) -> int:
        return len(self.mentions)

    @property
    def texts(self) -> list[str]:
        """Distinct surface forms in order of first appearance."""
        return list(dict.fromkeys(mention.text for mention in self.mentions))

    def as_json(self) -> dict[str, Any]:
        return {
            "type": self.type,
            "normal": self.normal,
            "count": self.count,
            "name": self.name.as_json() if self.name else None,
            "mentions": [mention.as_json() for mention in self.mentions],
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Entity:
        mentions = tuple(Mention.from_json(item) for item in data["mentions"])
        name = NameParts.from_json(data["name"]) if data.get("name") else None
        return cls(type=data["type"], normal=data["normal"], mentions=mentions, name=name)

    def __repr__(self) -> str:
        return f"Entity({self.type} {self.normal!r} ×{self.count})"


@dataclass(frozen=True, slots=True)
class Topic(Record):
    label: str
    score: float

    def __repr__(self) -> str:
        return f"Topic({self.label} {self.score:.2f})"
