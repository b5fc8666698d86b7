"""Small helpers over sorted, non-overlapping mention lists."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable, Iterator
from dataclasses import replace
from functools import lru_cache
from operator import attrgetter
from typing import TYPE_CHECKING

from ..records import Mention, Token

if TYPE_CHECKING:
    from ..document import Document

_start = attrgetter("start")


def overlaps(start: int, stop: int, mentions: Iterable[Mention]) -> bool:
    return any(start < mention.stop and mention.start < stop for mention in mentions)


def add_missing(mentions: list[Mention], candidates: Iterable[Mention]) -> list[Mention]:
    """``mentions`` plus each candidate that overlaps none of them, sorted by offset."""
    result = list(mentions)
    for candidate in candidates:
        if not overlaps(candidate.start, candidate.stop, result):
            result.append(candidate)
    return sorted(result, key=lambda mention: (mention.start, mention.stop))


def token_index(tokens: list[Token], position: int) -> int:
    """The index of the first of ``tokens`` (in text order) that starts at or after
    ``position``: ``len(tokens)`` when none does."""
    return bisect_left(tokens, position, key=_start)


def tokens_within(tokens: list[Token], start: int, stop: int) -> list[Token]:
    """The tokens lying wholly inside ``start:stop``. ``tokens`` are in text order and do not
    overlap (as the segmenter makes them), so a binary search finds the first: called once per
    mention by several stages, a scan of every token would make a document quadratic."""
    found = []
    for index in range(bisect_left(tokens, start, key=_start), len(tokens)):
        token = tokens[index]
        if token.start >= stop:
            break
        if token.stop <= stop:
            found.append(token)
    return found


def without_pieces(mentions: list[Mention], spans: list[tuple[int, int]]) -> list[Mention]:
    """``mentions`` less those that lie inside one of ``spans`` without being all of it."""
    return [
        mention
        for mention in mentions
        if not any(
            start <= mention.start
            and mention.stop <= stop
            and (mention.start, mention.stop) != (start, stop)
            for start, stop in spans
        )
    ]


def resized(doc: Document, mention: Mention, start: int, stop: int) -> Mention:
    """``mention`` moved to ``start:stop`` of the document, its text with it."""
    return replace(mention, start=start, stop=stop, text=doc.text[start:stop])


def retyped(
    mentions: list[Mention],
    doc: Document,
    spans: list[tuple[int, int]],
    type_: str,
    drop_pieces: bool = True,
) -> list[Mention]:
    """``spans`` become mentions of ``type_``: a mention with exactly that span is retyped, the
    model's pieces of one give way to the whole (unless not ``drop_pieces``), and a span the
    model missed is added."""
    if not spans:
        return mentions
    wanted = set(spans)
    kept = [
        replace(mention, type=type_) if (mention.start, mention.stop) in wanted else mention
        for mention in (without_pieces(mentions, spans) if drop_pieces else mentions)
    ]
    exact = {(mention.start, mention.stop) for mention in kept}
    found = [
        Mention(start, stop, type_, doc.text[start:stop])
        for start, stop in spans
        if (start, stop) not in exact
    ]
    return add_missing(kept, found)


def phrase_spans(
    tokens: list[Token],
    phrases: frozenset[tuple[str, ...]],
    capitalized: bool,
    exact: frozenset[str] = frozenset(),
) -> Iterator[tuple[int, int]]:
    """``(start, stop)`` of every token run whose lemmas form one of ``phrases`` (the longest
    first where several start at one token), and of every token written as one of ``exact``."""
    sizes_by_first = _phrase_index(phrases)
    free = 0  # the first token not inside a phrase found already
    # most tokens start no phrase and are no exact word: one pass picks the others out
    starts = [
        index
        for index, token in enumerate(tokens)
        if token.lemma in sizes_by_first or token.text in exact
    ]
    for index in starts:
        first = tokens[index]
        if index < free:
            continue
        if first.text in exact:
            yield first.start, first.stop
            continue
        sizes = sizes_by_first.get(first.lemma)
        if not sizes or (capitalized and not first.text[:1].isupper()):
            continue
        for size in sizes:
            window = tokens[index : index + size]
            if len(window) == size and tuple(token.lemma for token in window) in phrases:
                yield first.start, window[-1].stop
                free = index + size
                break


@lru_cache(maxsize=32)
def _phrase_index(phrases: frozenset[tuple[str, ...]]) -> dict[str, tuple[int, ...]]:
    """First lemma of a phrase → the lengths of the phrases that start with it, longest first:
    most tokens start none, and are passed over with one lookup."""
    sizes: dict[str, set[int]] = {}
    for phrase in phrases:
        sizes.setdefault(phrase[0], set()).add(len(phrase))
    return {first: tuple(sorted(found, reverse=True)) for first, found in sizes.items()}
