"""The document container that the pipeline stages fill in."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .jsonl import document_line
from .records import Entity, Mention, Sentence, Token, Topic, _short


@dataclass(slots=True, repr=False)
class Document:
    """One article: its text, where it came from, and what the analyzer found in it.

    Offsets of every record index ``text``. ``excluded`` holds ``(start, stop)`` regions of page
    boilerplate that the analysis skipped.
    """

    text: str
    id: str = ""
    source: str = ""
    meta: dict[str, Any] = field(default_factory=dict)
    sentences: list[Sentence] = field(default_factory=list)
    tokens: list[Token] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    topics: list[Topic] = field(default_factory=list)
    excluded: list[tuple[int, int]] = field(default_factory=list)

    def as_json(self) -> dict[str, Any]:
        return self.json_fields(tokens=[item.as_json() for item in self.tokens])

    def json_fields(self, tokens: Any) -> dict[str, Any]:
        """``as_json()`` with ``tokens`` in the tokens' place: the line writer (``jsonl``) puts
        their JSON there itself, and takes every other field, and the order, from here."""
        return {
            "id": self.id,
            "source": self.source,
            "meta": self.meta,
            "text": self.text,
            "excluded": [list(region) for region in self.excluded],
            "sentences": [item.as_json() for item in self.sentences],
            "tokens": tokens,
            "mentions": [item.as_json() for item in self.mentions],
            "entities": [item.as_json() for item in self.entities],
            "topics": [item.as_json() for item in self.topics],
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Document:
        return cls(
            text=data["text"],
            id=data.get("id", ""),
            source=data.get("source", ""),
            meta=data.get("meta", {}),
            excluded=[(start, stop) for start, stop in data.get("excluded", [])],
            sentences=[Sentence.from_json(item) for item in data.get("sentences", [])],
            tokens=[Token.from_json(item) for item in data.get("tokens", [])],
            mentions=[Mention.from_json(item) for item in data.get("mentions", [])],
            entities=[Entity.from_json(item) for item in data.get("entities", [])],
            topics=[Topic.from_json(item) for item in data.get("topics", [])],
        )

    def to_jsonl_line(self) -> str:
        """``json.dumps(self.as_json(), ensure_ascii=False)``, written faster (see ``jsonl``)."""
        return document_line(self)

    def __repr__(self) -> str:
        name = f"{self.id!r}, " if self.id else ""
        topics = ", ".join(topic.label for topic in self.topics[:3])
        return (
            f"Document({name}{_short(self.text)!r}, {len(self.tokens)} tokens, "
            f"{len(self.mentions)} mentions, {len(self.entities)} entities, topics=[{topics}])"
        )

    def _repr_html_(self) -> str:
        from .display import render_html

        return render_html(self)
