"""Which language an article is in, from its script and its letters (no model, no dependency).

The analyzer's models are Russian; this only has to tell Russian from what else turns up in
Kazakhstan/CIS news feeds, and it does so by letters that Russian does not have:

- Cyrillic with Kazakh letters (ә ғ қ ң ө ұ ү һ) → ``kk``;
- Cyrillic with Ukrainian letters (і ї є ґ), no Kazakh ones → ``uk``; with ў → ``be``;
- other Cyrillic → ``ru`` (Cyrillic: at least a quarter of the letters);
- Latin with common English function words → ``en``; other Latin → ``und``;
- no letters, or mostly another script → ``und``.

The letters are counted in lower-case words only, at least ``SHARE`` of the Cyrillic words, so
Kazakh names in a Russian article ("Қасым-Жомарт Тоқаев") leave it Russian.
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
SHARE = 0.1
# Fewer letters than this say too little to warn about.
MIN_LETTERS = 20
LATIN_WORD = re.compile(r"[A-Za-z]+")
CYRILLIC_WORD = re.compile("[\u0400-\u04ff]+")
LETTER = re.compile(r"[^\W\d_]")
CYRILLIC_LETTER = re.compile("[\u0400-\u0481\u048a-\u04ff]")
LATIN_LETTER = re.compile("[A-Za-z]")
NON_RUSSIAN_LETTER = re.compile("[" + "".join(KAZAKH | UKRAINIAN | BELARUSIAN) + "]")


def detect_language(text: str) -> str:
    """An ISO 639-1 code (``ru``, ``kk``, ``uk``, ``be``, ``en``) or ``und``."""
    letters = len(LETTER.findall(text))
    cyrillic = len(CYRILLIC_LETTER.findall(text))
    latin = len(LATIN_LETTER.findall(text))
    other = letters - cyrillic - latin
    # Brand names in Latin letters do not make a Russian headline foreign: a quarter will do.
    if cyrillic and cyrillic >= 0.25 * (cyrillic + latin + other):
        return _cyrillic_language(text)
    if latin and latin >= other:
        words = LATIN_WORD.findall(text.lower())
        english = sum(word in ENGLISH_WORDS for word in words)
        return "en" if words and english >= 0.05 * len(words) else "und"
    return "und"


def _cyrillic_language(text: str) -> str:
    """Shares of ordinary (lower-case) words spelled with letters Russian lacks; capitalized
    words are left out, so Kazakh or Ukrainian names in a Russian article change nothing."""
    if not NON_RUSSIAN_LETTER.search(text):
        return "ru"
    words = CYRILLIC_WORD.findall(text)
    common = [word for word in words if word[0].islower()]
    if not words:
        return "und"

    def share(letters: frozenset[str]) -> float:
        return sum(any(char in letters for char in word) for word in common) / len(words)

    if share(KAZAKH) >= SHARE:
        return "kk"
    if share(BELARUSIAN) > 0 and share(BELARUSIAN | UKRAINIAN) >= SHARE:
        return "be"
    if share(UKRAINIAN) >= SHARE:
        return "uk"
    return "ru"


def letter_count(text: str) -> int:
    return len(LETTER.findall(text))


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
