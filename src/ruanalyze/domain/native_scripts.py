"""A name followed by its spelling in the script of its own language: "Ма Лин (马凌)", "Дзироэмон
Кимура (木村 次郎右衛門)", "Адаса (הדסה)". Two mentions of one entity, of one type.

The model runs the two together into one span, or leaves the bracketed one out. NEREL marks
them apart, and no corpus we measure joins them: Collection5's one name for "Томас Хаммарберг
(Thomas Hammarberg)" (see ``brackets.py``, which keeps Latin spellings joined by default) has
no case in another script. So in other scripts than Latin and Cyrillic the name and its native
spelling are always two mentions.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..document import Document
from ..records import Mention
from .brackets import spellings_after, split_joined
from .spans import add_missing
from .vocabulary import Vocabulary

# Letters of the scripts news quotes names in, other than Latin and Cyrillic: Greek, Armenian,
# Hebrew, Arabic, Devanagari, Thai, Georgian, Hangul, kana and CJK ideographs.
NATIVE_LETTER = (
    "\u0370-\u03ff\u0530-\u058f\u0590-\u05ff\u0600-\u06ff\u0900-\u097f\u0e00-\u0e7f"
    "\u10a0-\u10ff\u1100-\u11ff\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af"
)
# A bracketed name in such a script (spaces, dots and the CJK punctuation of names inside),
# which a "; " may follow with a remark ("(京丹後市; префектура Киото)").
NATIVE = rf"[{NATIVE_LETTER}][{NATIVE_LETTER} ·・.'\-]*"
JOINED = re.compile(rf"^(?P<name>.*\S) \((?P<original>{NATIVE})\)?$")
FOLLOWING = re.compile(rf"[»\"“”]? \((?P<original>{NATIVE})[);]")
CYRILLIC_OR_LATIN = re.compile(r"[A-Za-zА-Яа-яЁё]")
NATIVE_START = re.compile(f"[{NATIVE_LETTER}]")


def split_native_spelling(
    mentions: list[Mention], doc: Document, vocabulary: Vocabulary
) -> list[Mention]:
    """ "Ма Лин (马凌)" as one mention is two, each of the mention's type; and a native
    spelling in brackets right after a mention, left untagged, is a mention of its type."""
    if not any(
        NATIVE_START.match(doc.text, position + 2) for position in _bracket_openings(doc.text)
    ):
        return mentions
    result = split_joined(
        mentions, doc, JOINED, lambda name, _: bool(CYRILLIC_OR_LATIN.search(name))
    )
    found = spellings_after(
        result, doc, FOLLOWING, lambda mention, _: bool(CYRILLIC_OR_LATIN.search(mention.text))
    )
    return add_missing(result, found) if found else result


def _bracket_openings(text: str) -> Iterator[int]:
    """Where " (" stands in ``text``: the only places a native spelling can open."""
    position = text.find(" (")
    while position != -1:
        yield position
        position = text.find(" (", position + 2)
