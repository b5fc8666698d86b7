"""Rules that fix where a mention starts and stops.

The news model draws most boundaries right but has systematic slips: a name run across a line
break ("Обама\\n\\nОбама" as one person), a quoted or bracketed name cut before its closing mark
(АО "АрселорМиттал Темиртау), an initial left outside the surname (Д.Медведев).
"""

from __future__ import annotations

import re

from ..document import Document
from ..records import Mention
from .spans import resized
from .vocabulary import Vocabulary

PAIRS = {"«": "»", "(": ")", "„": "“", "<": ">"}
LINE_BREAK = re.compile(r"\s*\n\s*")
# One or two initials right before a surname: "Д.", "Д. ", "Д.А.", "Д. А. ".
INITIALS = re.compile(r"(?:\b[А-ЯЁA-Z]\.\s?){1,2}$")
# A quoted name right after a legal form: ' "Газпром"', ' «Восток Строй»', ' <Система>'.
QUOTED_NAME = re.compile(r' (?:"[^"\n]{1,60}"|«[^«»\n]{1,60}»|<[^<>\n]{1,60}>)')
# What a name never ends with: an opening bracket or quote, a dash, a comma, a space ("Руби (",
# "СИЗО «", "Мишель —").
LOOSE_END = re.compile(r"[\s(«„,;:—–-]+$")
# An age before a name: "56-летний", "34-летняя", "пятидесятилетнего".
AGE = re.compile(r"^(?:\d+-|[а-яё]*)летн(?:ий|яя|его|ей|ему|им|юю|ем)\s+", re.IGNORECASE)


def split_at_line_breaks(
    mentions: list[Mention], doc: Document, vocabulary: Vocabulary
) -> list[Mention]:
    """A name never runs across a line break: only the part before the first break is kept
    ("Кронпринц Нарухито\nВерхняя" → "Кронпринц Нарухито"). What follows begins a new line (a
    headline, a paragraph); if it is a name found elsewhere, ``recover_repeats`` restores it."""
    result = []
    for mention in mentions:
        if "\n" in mention.text:
            stop = mention.start + LINE_BREAK.search(mention.text).start()
            if stop <= mention.start:
                continue
            mention = resized(doc, mention, mention.start, stop)
        result.append(mention)
    return result


# A quoted name's closing mark inside a mention that began right after the opening one, and what
# the mention runs on into: 'Зелёный союз» (ЗС)'.
QUOTE_PAIRS = {"«": "»", '"': '"', "„": "“"}
BRACKETED_ABBREVIATION = re.compile(r"^\s*\((?P<short>[A-ZА-ЯЁ][\w-]{1,9})\)$")


def cut_at_closing_quote(
    mentions: list[Mention], doc: Document, vocabulary: Vocabulary
) -> list[Mention]:
    """A name that opens inside quotes ends at the closing quote: a mention that starts right
    after «, " or „ and runs past the matching closing mark ('Зелёный союз» (ЗС)') is cut
    there. What it ran on into, if it is one short word in brackets, is a mention of its own
    (the name's abbreviation, or its original spelling in one word)."""
    result = []
    for mention in mentions:
        opening = doc.text[mention.start - 1] if mention.start else ""
        closing = QUOTE_PAIRS.get(opening)
        cut = mention.text.find(closing) if closing else -1
        # a straight quote may also open a quoted name inside the name ('Народный "Голос'): it
        # closes the name only before a bracketed addition
        ambiguous = opening == closing and not mention.text.startswith(" (", cut + 1)
        if cut <= 0 or ambiguous:
            result.append(mention)
            continue
        stop = mention.start + cut
        result.append(resized(doc, mention, mention.start, stop))
        rest = BRACKETED_ABBREVIATION.match(mention.text[cut + 1 :])
        if rest:
            start = stop + 1 + rest.start("short")
            result.append(resized(doc, mention, start, start + len(rest.group("short"))))
    return result


def trim_loose_ends(
    mentions: list[Mention], doc: Document, vocabulary: Vocabulary
) -> list[Mention]:
    """A name does not end with an opening bracket or quote, a dash or a comma ("Руби (" →
    "Руби"), nor with a closing bracket it never opened ("Тим Томас)" → "Тим Томас"); the
    model sometimes runs a name into the punctuation after it."""
    result = []
    for mention in mentions:
        text = LOOSE_END.sub("", mention.text)
        while text.endswith(")") and text.count(")") > text.count("("):
            text = LOOSE_END.sub("", text[:-1])
        if not text:
            continue
        if len(text) != len(mention.text):
            mention = resized(doc, mention, mention.start, mention.start + len(text))
        result.append(mention)
    return result


def unbalanced_close(text: str) -> str | None:
    """The closing mark ``text`` still owes, if any: `"`, `»`, `)`, `“` or `>`."""
    if text.count('"') % 2:
        return '"'
    for opening, closing in PAIRS.items():
        if text.count(opening) > text.count(closing):
            return closing
    return None


def close_quotes(mentions: list[Mention], doc: Document, vocabulary: Vocabulary) -> list[Mention]:
    """A name with an opening quote or bracket takes its closing one when it comes right after
    (АО "АрселорМиттал Темиртау" and Республика Саха (Якутия), not without the last mark)."""
    result = []
    for index, mention in enumerate(mentions):
        closing = unbalanced_close(mention.text)
        following = mentions[index + 1].start if index + 1 < len(mentions) else len(doc.text)
        if closing and doc.text.startswith(closing, mention.stop) and mention.stop < following:
            mention = resized(doc, mention, mention.start, mention.stop + len(closing))
        result.append(mention)
    return result


def attach_initials(
    mentions: list[Mention], doc: Document, vocabulary: Vocabulary
) -> list[Mention]:
    """Initials belong to the surname they precede: "Д.Медведев", "С. Собянин"."""
    result = []
    previous_stop = 0
    for mention in mentions:
        if mention.type == "PER":
            window = doc.text[max(previous_stop, mention.start - 8) : mention.start]
            found = INITIALS.search(window)
            if found and "\n" not in found.group():
                mention = resized(doc, mention, mention.start - len(found.group()), mention.stop)
        result.append(mention)
        previous_stop = mention.stop
    return result


def strip_age(mentions: list[Mention], doc: Document, vocabulary: Vocabulary) -> list[Mention]:
    """An age is not part of a name: "56-летний С.Джобс" → "С.Джобс"."""
    result = []
    for mention in mentions:
        found = AGE.match(mention.text)
        if found and found.end() < len(mention.text):
            mention = resized(doc, mention, mention.start + found.end(), mention.stop)
        result.append(mention)
    return result


def join_legal_form(
    mentions: list[Mention], doc: Document, vocabulary: Vocabulary
) -> list[Mention]:
    """A legal form the model tagged without the quoted name after it is one organization with
    it: 'АФК <Система>', 'ОАО "Газпром"' (most news corpora mark the whole; the model sometimes
    stops at the form)."""
    result: list[Mention] = []
    skip_until = -1
    for index, mention in enumerate(mentions):
        if mention.start < skip_until:
            continue
        last_word = mention.text.rsplit(" ", 1)[-1]
        found = QUOTED_NAME.match(doc.text, mention.stop)
        if (
            mention.type == "ORG"
            and last_word in vocabulary.legal_forms
            and found
            and not any(other.start < found.end() for other in mentions[index + 1 : index + 2])
        ):
            mention = resized(doc, mention, mention.start, found.end())
            skip_until = found.end()
        result.append(mention)
    return result
