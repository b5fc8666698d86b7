"""Scraped-news Unicode made plain for the models, with a map back to the original offsets.

Pages carry characters that break tokens and names without being visible: no-break and thin
spaces, soft hyphens (``Усть\\u00adКаменогорск``), non-breaking hyphens
(``Усть\\u2011Каменогорск``), zero-width characters, stress accents (``за\\u0301мок``),
decomposed ``ё``/``й``, „лапки“ and Latin look-alike letters inside Cyrillic
words (``Кaзахстан`` with a Latin ``a``); and lone surrogates, which JSON can carry but nothing
can encode, become U+FFFD.

:func:`clean` returns a :class:`CleanText`: the cleaned text, and for every cleaned character
the ``(start, stop)`` of the original characters it came from, so any span found in the cleaned
text maps back to the original with :meth:`CleanText.span`. :func:`cleaned_view` runs the
analyzer on the cleaned text and then puts every offset back on the original.
"""

from __future__ import annotations

import re
import unicodedata
from array import array
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from .document import Document
from .records import Entity

# Characters dropped: soft hyphen, zero-width space/joiners, word joiner, BOM, bidi marks.
DROPPED = frozenset("\u00ad\u200b\u200c\u200d\u2060\ufeff\u200e\u200f\u180e")
# Characters replaced one for one.
REPLACED = {
    **dict.fromkeys("\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008", " "),
    **dict.fromkeys("\u2009\u200a\u202f\u205f\u3000\t\v\f", " "),
    **dict.fromkeys("\u2010\u2011\u2012", "-"),
    **dict.fromkeys("\u2028\u2029\x85", "\n"),
    "„": "«",
    "‟": "«",
    "”": "»",
}
# Latin letters that look like Cyrillic ones, replaced inside words that are otherwise Cyrillic.
LOOKALIKES = dict(zip("aABcCeEHiIKMoOpPTxXyY", "аАВсСеЕНіІКМоОрРТхХуУ", strict=True))
# Anything that may need cleaning; text without it is returned as it is, at no cost.
SUSPECT = re.compile(
    "[\u00ad\u200b-\u200f\u2060\ufeff\u180e\u00a0\u2000-\u200a\u202f\u205f\u3000\t\v\f"
    "\u2010-\u2012\u2028\u2029\x85„‟“”\r\u0300-\u036f\ud800-\udfff]"
    "|[a-zA-Z][а-яёА-ЯЁ]|[а-яёА-ЯЁ][a-zA-Z]"
)
WORD = re.compile(r"[^\W\d_]+")
CYRILLIC = re.compile("[а-яёА-ЯЁ]")


@dataclass(frozen=True, slots=True)
class CleanText:
    """``text`` cleaned from ``original``; ``starts[i]:stops[i]`` is where ``text[i]`` came from."""

    original: str
    text: str
    starts: Sequence[int]
    stops: Sequence[int]

    @property
    def changed(self) -> bool:
        return self.text != self.original or len(self.starts) != len(self.original)

    def span(self, start: int, stop: int) -> tuple[int, int]:
        """The original ``(start, stop)`` of the cleaned span ``text[start:stop]``."""
        if stop <= start:
            position = self.starts[start] if start < len(self.starts) else len(self.original)
            return position, position
        return self.starts[start], self.stops[stop - 1]


def clean(text: str) -> CleanText:
    """The cleaned text and its offset map (see the module docstring for what changes)."""
    if not SUSPECT.search(text):
        return CleanText(text, text, range(len(text)), range(1, len(text) + 1))
    chars: list[str] = []
    starts = array("q")
    stops = array("q")
    quote_open = False
    for index, char in enumerate(text):
        if char in DROPPED:
            continue
        if char == "\r":
            if text[index + 1 : index + 2] == "\n":
                continue
            char = "\n"
        elif unicodedata.combining(char):
            if chars and _absorb(chars, stops, char, index):
                continue
        elif "\ud800" <= char <= "\udfff":
            char = "\ufffd"  # a lone surrogate (from a broken JSON escape) cannot be encoded
        elif char == "„":
            quote_open = True
        elif char == "“":
            # A closing quote after „, else an opening one (English style “...”).
            char = "»" if quote_open else "«"
            quote_open = False
        elif char == "”":
            quote_open = False
        chars.append(REPLACED.get(char, char))
        starts.append(index)
        stops.append(index + 1)
    cleaned = _replace_lookalikes("".join(chars))
    return CleanText(text, cleaned, starts, stops)


def _absorb(chars: list[str], stops: array, mark: str, index: int) -> bool:
    """Compose a combining mark with the character before it (е + ◌̈ → ё), or drop a stress
    accent over a Cyrillic letter. True when the mark is consumed."""
    composed = unicodedata.normalize("NFC", chars[-1] + mark)
    if len(composed) == 1:
        chars[-1] = composed
        stops[-1] = index + 1
        return True
    if CYRILLIC.match(chars[-1]) or chars[-1] in "іІ":
        stops[-1] = index + 1
        return True
    return False


def _replace_lookalikes(text: str) -> str:
    if not any(char in LOOKALIKES for char in text):
        return text

    def fix(match: re.Match[str]) -> str:
        word = match.group()
        latin = [char for char in word if "a" <= char.lower() <= "z"]
        if not latin or not CYRILLIC.search(word) or not all(c in LOOKALIKES for c in latin):
            return word
        return "".join(LOOKALIKES.get(char, char) for char in word)

    return WORD.sub(fix, text)


@dataclass
class CleanedView:
    """A document whose ``text`` is temporarily the cleaned text; :meth:`restore` puts the
    original back and maps every record's offsets onto it."""

    doc: Document
    cleaned: CleanText

    def restore(self) -> Document:
        doc, cleaned = self.doc, self.cleaned
        doc.text = original = cleaned.original
        if not cleaned.changed:
            return doc

        def moved(record):  # a Token, Sentence or Mention
            start, stop = cleaned.span(record.start, record.stop)
            return replace(record, start=start, stop=stop, text=original[start:stop])

        doc.tokens = [moved(token) for token in doc.tokens]
        doc.sentences = [moved(sentence) for sentence in doc.sentences]
        old_mentions = doc.mentions  # kept alive: the keys below are their ids
        mentions = {id(mention): moved(mention) for mention in old_mentions}
        doc.mentions = [mentions[id(mention)] for mention in old_mentions]
        doc.entities = [_moved_entity(entity, mentions, moved) for entity in doc.entities]
        doc.excluded = [cleaned.span(start, stop) for start, stop in doc.excluded]
        return doc


def _moved_entity(entity: Entity, mentions: dict[int, object], moved: Callable) -> Entity:
    return replace(
        entity,
        mentions=tuple(mentions.get(id(mention)) or moved(mention) for mention in entity.mentions),
    )


def cleaned_view(doc: Document) -> CleanedView:
    """Swap ``doc.text`` for its cleaned form until ``restore()`` is called."""
    cleaned = clean(doc.text)
    doc.text = cleaned.text
    return CleanedView(doc, cleaned)
