"""The project's own vocabulary: words pymorphy3 does not know, with their paradigms.

``resources/lexicon.tsv`` lists Kazakhstan/CIS administrative terms, places and frequent Kazakh
and foreign names that pymorphy3 misses or guesses badly ("маслихата" → "маслихата", "Токаева" →
"токай"). Each row names a declension pattern (``PARADIGMS``); the forms it generates are
:class:`LexiconParse` objects that look like pymorphy3 parses (``tag.POS``, ``tag.case``,
``tag.gender``, ``score``, ``inflect``), so the normalizer can make them agree with the other words
of a name: "областного маслихата" → "областной маслихат", "Дариги Назарбаевой" → "Дарига
Назарбаева".

The same patterns also guess the forms of a person's name that no dictionary has
(:func:`guess_name_parses`): "Шольца" may be the genitive of "Шольц", "Сагимбаевой" the genitive
of "Сагимбаева".
"""

from __future__ import annotations

import csv
from dataclasses import dataclass, field
from importlib import resources
from typing import Any

# (ending, case, number, gender) rows; gender None means "the entry's own gender".
Row = tuple[str, str, str, str | None]
_HARD_PLURAL: list[Row] = [
    ("ы", "nomn", "plur", None),
    ("ов", "gent", "plur", None),
    ("ам", "datv", "plur", None),
    ("ами", "ablt", "plur", None),
    ("ах", "loct", "plur", None),
]
PARADIGMS: dict[str, list[Row]] = {
    # hard-stem masculine noun: маслихат, акимат, Жаксылык, Шольц ("Шольцем")
    "m": [
        ("", "nomn", "sing", None),
        ("а", "gent", "sing", None),
        ("у", "datv", "sing", None),
        ("", "accs", "sing", None),
        ("а", "accs", "sing", None),
        ("ом", "ablt", "sing", None),
        ("ем", "ablt", "sing", None),
        ("е", "loct", "sing", None),
        *_HARD_PLURAL,
    ],
    # noun in -а (feminine, or a man's name or surname: Дерипаска): Кызылорда, Дарига
    "f_a": [
        ("а", "nomn", "sing", None),
        ("ы", "gent", "sing", None),
        ("и", "gent", "sing", None),
        ("е", "datv", "sing", None),
        ("у", "accs", "sing", None),
        ("ой", "ablt", "sing", None),
        ("ей", "ablt", "sing", None),
        ("е", "loct", "sing", None),
    ],
    # soft-stem masculine noun: Боррель
    "m_soft": [
        ("ь", "nomn", "sing", None),
        ("я", "gent", "sing", None),
        ("ю", "datv", "sing", None),
        ("я", "accs", "sing", None),
        ("ем", "ablt", "sing", None),
        ("е", "loct", "sing", None),
    ],
    # masculine noun in -й: Семей, Костанай
    "m_j": [
        ("й", "nomn", "sing", None),
        ("я", "gent", "sing", None),
        ("ю", "datv", "sing", None),
        ("й", "accs", "sing", None),
        ("ем", "ablt", "sing", None),
        ("е", "loct", "sing", None),
    ],
    # Russian-pattern surname in -ов/-ев/-ин: Токаев, Токаева (both genders)
    "surname": [
        ("", "nomn", "sing", "masc"),
        ("а", "gent", "sing", "masc"),
        ("у", "datv", "sing", "masc"),
        ("а", "accs", "sing", "masc"),
        ("ым", "ablt", "sing", "masc"),
        ("е", "loct", "sing", "masc"),
        ("а", "nomn", "sing", "femn"),
        ("ой", "gent", "sing", "femn"),
        ("ой", "datv", "sing", "femn"),
        ("у", "accs", "sing", "femn"),
        ("ой", "ablt", "sing", "femn"),
        ("ой", "loct", "sing", "femn"),
        ("ы", "nomn", "plur", None),
        ("ых", "gent", "plur", None),
        ("ым", "datv", "plur", None),
        ("ыми", "ablt", "plur", None),
        ("ых", "loct", "plur", None),
    ],
}
CASES = ("nomn", "gent", "datv", "accs", "ablt", "loct")
# never declined: Алматы, Актобе, Момышулы, Жанар
PARADIGMS["indecl"] = [("", case, "sing", None) for case in CASES]
GENDERS = {"m": "masc", "f": "femn", "n": "neut", "c": "ms-f"}
NAME_KINDS = {"name": "Name", "surname": "Surn", "patronymic": "Patr", "place": "Geox"}


@dataclass(frozen=True, slots=True)
class LexiconTag:
    """The part of a pymorphy3 tag that the normalizer reads."""

    POS: str
    case: str
    number: str
    gender: str | None
    grammemes: frozenset[str]


@dataclass(frozen=True, slots=True)
class LexiconParse:
    """One form of a lexicon word, shaped like a pymorphy3 parse."""

    word: str
    normal_form: str
    tag: LexiconTag
    score: float = 1.0
    nominative: str = field(default="", compare=False)
    upos: str = "NOUN"

    def inflect(self, grammemes: set[str]) -> LexiconParse | None:
        """Only the nominative is ever asked for: the nominative of the same gender and number."""
        if not grammemes <= {"nomn", "sing", "plur"}:
            return None
        tag = LexiconTag(self.tag.POS, "nomn", self.tag.number, self.tag.gender, self.tag.grammemes)
        return LexiconParse(
            self.nominative, self.normal_form, tag, self.score, self.nominative, self.upos
        )


@dataclass(frozen=True, slots=True)
class LexiconEntry:
    lemma: str
    pos: str
    paradigm: str
    gender: str
    kind: str = ""

    def forms(self, score: float = 1.0, word: str | None = None) -> list[LexiconParse]:
        """Every form of the entry (lower case), tagged; only those spelled ``word`` if given."""
        rows = PARADIGMS[self.paradigm]
        stem = _stem(self.lemma, rows[0][0])
        grammemes = frozenset({NAME_KINDS[self.kind]} if self.kind in NAME_KINDS else ())
        nominatives = {
            (number, gender or self.gender): stem + ending
            for ending, case, number, gender in rows
            if case == "nomn"
        }
        parses = []
        for ending, case, number, gender in rows:
            if word is not None and stem + ending != word:
                continue
            own_gender = gender or self.gender
            tag = LexiconTag(
                "NOUN", case, number, own_gender if number == "sing" else None, grammemes
            )
            nominative = nominatives.get((number, own_gender), nominatives.get((number, None), ""))
            parses.append(
                LexiconParse(stem + ending, self.lemma, tag, score, nominative or stem, self.pos)
            )
        return parses


def _stem(lemma: str, ending: str) -> str:
    return lemma[: len(lemma) - len(ending)] if ending else lemma


def load_lexicon(path: Any = None) -> list[LexiconEntry]:
    """The rows of ``lexicon.tsv`` (lemma, pos, paradigm, gender, kind)."""
    source = path or resources.files("ruanalyze.resources").joinpath("lexicon.tsv")
    entries = []
    with source.open(encoding="utf-8") as file:
        lines = [line for line in file if line.strip() and not line.startswith("#")]
    for number, row in enumerate(csv.DictReader(lines, delimiter="\t"), 2):
        if row.get("paradigm") not in PARADIGMS or row.get("gender") not in GENDERS:
            raise ValueError(f"{source}: row {number}: unknown paradigm or gender in {row}")
        entries.append(
            LexiconEntry(
                row["lemma"].lower(),
                row["pos"],
                row["paradigm"],
                GENDERS[row["gender"]],
                row.get("kind") or "",
            )
        )
    return entries


def index_forms(entries: list[LexiconEntry]) -> dict[str, list[LexiconParse]]:
    """Every lower-cased form of every entry → its parses."""
    forms: dict[str, list[LexiconParse]] = {}
    for entry in entries:
        for parse in entry.forms():
            forms.setdefault(parse.word, []).append(parse)
    return forms


SURNAME_SUFFIXES = ("ов", "ев", "ёв", "ин", "ын")
# Kazakh patronymic surnames ("Момышулы", "Бекжанкызы") are never declined.
INDECLINABLE_SUFFIXES = ("улы", "ұлы", "кызы", "қызы")
CONSONANTS = frozenset("бвгджзклмнпрстфхцчшщ")
VOWELS = frozenset("аеёиоуыэюя")
# Russian spelling: after these letters a genitive -ы is written -и ("Дерипаски").
VELARS_AND_HUSHERS = frozenset("гкхжшщч")


def _possible(stem: str, ending: str) -> bool:
    if len(stem) < 2 or stem[-1] not in CONSONANTS or stem[-1] == "й":
        return False
    if ending == "ы":
        return stem[-1] not in VELARS_AND_HUSHERS
    if ending == "и":
        return stem[-1] in VELARS_AND_HUSHERS
    return True


def guess_name_parses(word: str, known_name: bool = False) -> list[LexiconParse]:
    """Forms a person's name could be, by its ending, with low scores: "сагимбаевой" → the
    feminine surname "сагимбаева"; "шольца" → "шольц"; "моди" → "моди". A woman's surname ending
    in a consonant is not declined ("Любови Соболь"). ``known_name``: a dictionary already knows
    the word as a name, so only that last guess is added."""
    word = word.lower()
    guesses: list[LexiconParse] = []
    if word[-1:] in CONSONANTS or word.endswith("ь"):
        guesses += LexiconEntry(word, "PROPN", "indecl", "femn", "surname").forms(0.1)
    if word.endswith(INDECLINABLE_SUFFIXES):
        return LexiconEntry(word, "PROPN", "indecl", "ms-f", "surname").forms(0.5)
    for ending, _, _, _ in PARADIGMS["surname"]:
        stem = _stem(word, ending)
        if word.endswith(ending) and stem.endswith(SURNAME_SUFFIXES) and len(stem) > 3:
            entry = LexiconEntry(stem, "PROPN", "surname", "masc", "surname")
            guesses += entry.forms(0.4, word)
    if known_name or any(guess.tag.gender == "masc" for guess in guesses):
        return guesses
    if word[-1:] in VOWELS - {"а", "ы"} and not (word.endswith("и") and _possible(word[:-1], "и")):
        guesses += LexiconEntry(word, "PROPN", "indecl", "ms-f", "name").forms(0.15)
    for paradigm, gender, score in (
        ("m", "masc", 0.2),
        ("m_soft", "masc", 0.2),
        ("f_a", "ms-f", 0.1),
    ):
        rows = PARADIGMS[paradigm]
        for ending, _, number, _ in rows:
            stem = _stem(word, ending)
            if number == "sing" and word.endswith(ending) and _possible(stem, ending):
                entry = LexiconEntry(stem + rows[0][0], "PROPN", paradigm, gender, "name")
                guesses += entry.forms(score, word)
    return list(dict.fromkeys(guesses))
