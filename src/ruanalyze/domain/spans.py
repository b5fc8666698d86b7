"""Small helpers over sorted, non-overlapping mention lists."""

from __future__ import annotations

from collections.abc import Iterable

from ..records import Mention, Token


def overlaps(start: int, stop: int, mentions: Iterable[Mention]) -> bool:
    return any(start < mention.stop and mention.start < stop for mention in mentions)


def add_missing(mentions: list[Mention], candidates: Iterable[Mention]) -> list[Mention]:
    """``mentions`` plus each candidate that overlaps none of them, sorted by offset."""
    result = list(mentions)
    for candidate in candidates:
        if not overlaps(candidate.start, candidate.stop, result):
            result.append(candidate)
    return sorted(result, key=lambda mention: (mention.start, mention.stop))


def tokens_within(tokens: list[Token], start: int, stop: int) -> list[Token]:
    return [token for token in tokens if token.start >= start and token.stop <= stop]
