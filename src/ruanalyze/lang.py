"""Which language an article is in, from its script and its letters (no model, no dependency).

The analyzer's models are Russian; this only has to tell Russian from what else turns up in
Kazakhstan/CIS news feeds, and it does so by letters that Russian does not have:

- Cyrillic with Kazakh letters (ә ғ қ ң ө ұ ү һ) → ``kk``;
- Cyrillic with Ukrainian letters (і ї є ґ), no Kazakh ones → ``uk``; with ў → ``be``;
- other Cyrillic → ``ru``;
- Latin with common English function words → ``en``; other Latin → ``und``;
- no letters, or mostly another script → ``und``.

A few Kazakh names in a Russian article ("Қасым-Жомарт") stay below the threshold: the letters
must be at least ``SHARE`` of the Cyrillic letters.
"""

from __future__ import annotations

import logging
import re

from .document import Document

KAZAKH = frozenset("әғқңөұүһӘҒҚҢӨҰҮҺ")
UKRAINIAN = frozenset("іїєґІЇЄҐ")
BELARUSIAN = frozenset("ўЎ")
ENGLISH_WORDS = frozenset(
    {"the", "and", "of", "to", "in", "is", "was", "for", "that", "with", "on", "as", "by"}
    | {"are", "from", "at", "be", "this", "have", "has", "said"}
)
SHARE = 0.015
# Fewer letters than this say too little to warn about.
MIN_LETTERS = 20
LATIN_WORD = re.compile(r"[A-Za-z]+")


def _is_cyrillic(char: str) -> bool:
    return "\u0400" <= char <= "\u04ff"


def detect_language(text: str) -> str:
    """An ISO 639-1 code (``ru``, ``kk``, ``uk``, ``be``, ``en``) or ``und``."""
    cyrillic = latin = other = 0
    kazakh = ukrainian = belarusian = 0
    for char in text:
        if not char.isalpha():
            continue
        if _is_cyrillic(char):
            cyrillic += 1
            kazakh += char in KAZAKH
            ukrainian += char in UKRAINIAN
            belarusian += char in BELARUSIAN
        elif char.isascii():
            latin += 1
        else:
            other += 1
    if cyrillic and cyrillic >= latin and cyrillic >= other:
        if kazakh >= SHARE * cyrillic:
            return "kk"
        if belarusian and belarusian + ukrainian >= SHARE * cyrillic:
            return "be"
        if ukrainian >= SHARE * cyrillic:
            return "uk"
        return "ru"
    if latin and latin >= other:
        words = LATIN_WORD.findall(text.lower())
        english = sum(word in ENGLISH_WORDS for word in words)
        return "en" if words and english >= 0.05 * len(words) else "und"
    return "und"


def letter_count(text: str) -> int:
    return sum(char.isalpha() for char in text)


def not_russian_warning(text: str, lang: str) -> bool:
    """Whether a text in ``lang`` deserves a warning: it is long enough to say, and not Russian."""
    return lang != "ru" and letter_count(text) >= MIN_LETTERS


NAMES = {
    "kk": "Kazakh",
    "uk": "Ukrainian",
    "be": "Belarusian",
    "en": "English",
    "und": "not Russian",
}
log = logging.getLogger("ruanalyze")


def tag_language(doc: Document) -> Document:
    """Put the detected language in ``doc.meta["lang"]``; log a warning when it is not Russian."""
    lang = detect_language(doc.text)
    doc.meta["lang"] = lang
    if not_russian_warning(doc.text, lang):
        where = doc.source or f"document {doc.id or ''}".strip()
        if doc.source and doc.meta.get("line") is not None:
            where = f"{doc.source}:{doc.meta['line']}"
        log.warning(
            "%s: the text looks %s (lang=%s): the models are Russian, entities may be poor",
            where,
            NAMES.get(lang, lang),
            lang,
        )
    return doc
