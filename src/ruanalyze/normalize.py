"""Normal (nominative) forms of mentions: "Жаксылыка Омара" → "Жаксылык Омар".

The words of a name are inflected together: the analysis chosen for each word must agree in case
(and, for adjectives, in gender and number) with the others, which resolves most of the ambiguity a
single word has ("Жаксылыка" alone could be a feminine nominative). For places and organizations
the head noun and the adjectives before it are put in the nominative; whatever follows the head
("Министерство иностранных дел", "компания «Газпром»") stays as written.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import lru_cache
from operator import attrgetter
from typing import Any, NamedTuple

from .lexicon import guess_name_parses
from .morph import Morph, _guessed, tag_fields

CASES = ("nomn", "gent", "datv", "accs", "ablt", "loct", "voct", "gen2", "acc2", "loc2")
NAME_GRAMMEMES = frozenset({"Name", "Surn", "Patr"})
ADJECTIVES = frozenset({"ADJF", "PRTF"})
# Words that end the inflected part of an organization or place name.
OPEN_QUOTES = frozenset("«\"„“'(")


def restore_case(original: str, inflected: str) -> str:
    """Give ``inflected`` the capitalization pattern of ``original``."""
    if original.isupper() and len(original) > 1:
        return inflected.upper()
    if "ё" not in original.lower():
        inflected = inflected.replace("ё", "е")
    original_parts = original.split("-")
    inflected_parts = inflected.split("-")
    if len(original_parts) != len(inflected_parts):
        return inflected[:1].upper() + inflected[1:] if original[:1].isupper() else inflected
    return "-".join(
        part[:1].upper() + part[1:] if source[:1].isupper() else part
        for source, part in zip(original_parts, inflected_parts, strict=True)
    )


def _is_word(text: str) -> bool:
    return any(char.isalpha() for char in text)


def _is_fixed(text: str) -> bool:
    """Abbreviations, Latin names and words with digits are never inflected."""
    letters = [char for char in text if char.isalpha()]
    return (
        (len(letters) > 1 and text.isupper())
        or any("a" <= char.lower() <= "z" for char in letters)
        or any(char.isdigit() for char in text)
    )


class Normalizer:
    """``places``: the lower-cased forms of known places → their names ("семее" → "Семей"); by
    default the domain vocabulary's (``resources/places.tsv``). A place mention that is one of
    them gets that name: the dictionary would read "Семее" as a form of "семья"."""

    def __init__(
        self, morph: Morph, places: Mapping[str, str] | None = None, cache_size: int = 2_000
    ) -> None:
        self.morph = morph
        if places is None:
            from .domain.vocabulary import load_vocabulary

            places = load_vocabulary().place_names
        self.places = places
        # A word recurs in many mentions ("Путин", "Владимир Путин", "Путина"); its candidates
        # depend on the word and the type only.
        self._readings = lru_cache(maxsize=cache_size)(self._candidate_readings)
        # and a parse recurs too ("России" in "МИД России", "Банк России"); inflecting one walks
        # its whole paradigm
        self._nominative = lru_cache(maxsize=2 * cache_size)(_nominative)

    def __call__(self, words: Sequence[str], type_: str) -> list[str]:
        """Nominative forms of the ``words`` of one mention (punctuation passes through)."""
        if type_ == "LOC" and len(words) == 1 and words[0][:1].isupper():
            place = self.places.get(words[0].lower())
            if place is not None:
                return [restore_case(words[0], place)]
        if type_ == "PER":
            # "Урсулы фон дер Ляйен": only the capitalized parts of a name are declined
            inflectable = [
                index
                for index, word in enumerate(words)
                if self._inflectable(word) and word[:1].isupper()
            ]
        else:
            inflectable = self._head_phrase(words)
        result = list(words)
        for index, form in self._inflect(words, inflectable, type_).items():
            result[index] = restore_case(words[index], form)
        return result

    def _inflectable(self, word: str) -> bool:
        return _is_word(word) and not _is_fixed(word)

    def _head_phrase(self, words: Sequence[str]) -> list[int]:
        """Indexes of the adjectives before the head noun, and of the head itself."""
        phrase: list[int] = []
        for index, word in enumerate(words):
            if word in OPEN_QUOTES or not self._inflectable(word):
                break
            phrase.append(index)
            if not self._is_adjective(word):
                break
        return phrase

    def _is_adjective(self, word: str) -> bool:
        if word.lower() in self.morph.lexicon:
            return False
        parses = self.morph.parse(word)
        adjective = sum(p.score for p in parses if p.tag.POS in ADJECTIVES)
        return adjective > 0.5

    def _inflect(self, words: Sequence[str], indexes: list[int], type_: str) -> dict[int, str]:
        if not indexes:
            return {}
        options = {index: self._readings(words[index], type_) for index in indexes}
        if type_ != "PER":
            head = options[indexes[-1]]
            nouns = tuple(reading for reading in head if reading.pos == "NOUN")
            options[indexes[-1]] = nouns or head
        best = self._best_agreement(options)
        forms: dict[int, str] = {}
        for index, parse in best.items():
            forms[index] = self._nominative(parse)
        return forms

    def _candidate_readings(self, word: str, type_: str) -> tuple[_Reading, ...]:
        return tuple(_Reading.of(parse, type_) for parse in self._candidates(word, type_))

    def _candidates(self, word: str, type_: str) -> list[Any]:
        """Parses of ``word`` that a name can be made of: the lexicon's if it has the word, else
        pymorphy3's nouns and adjectives (plus, in a person's name, guesses by the ending); in a
        person's name, singular ones only."""
        known = self.morph.lexicon.get(word.lower())
        if known is not None:
            parses = list(known)
        else:
            parses = [p for p in self.morph.parse(word) if p.tag.POS in ("NOUN", *ADJECTIVES)]
            if type_ == "PER" and word[:1].isupper():
                known_name = any(
                    NAME_GRAMMEMES & p.tag.grammemes and not _guessed(p) for p in parses
                )
                parses += guess_name_parses(word, known_name)
        if type_ == "PER":
            # a person mention names one person: "Сапаров" is never the plural of "Сапар"
            parses = [p for p in parses if p.tag.number != "plur"]
        return parses

    def _best_agreement(self, readings: dict[int, tuple[_Reading, ...]]) -> dict[int, Any]:
        """Pick one parse per word so that all agree in case (and number), maximizing score."""
        best_choice: dict[int, Any] = {}
        best_score = float("-inf")
        # In first-seen order (pymorphy3's order, most probable first), not a set: ties must be
        # broken the same way in every process, whatever the hash seed.
        keys = dict.fromkeys(
            (reading.case, reading.number, reading.gender)
            for candidates in readings.values()
            for reading in candidates
        )
        for case, number, gender in keys:
            choice: dict[int, Any] = {}
            score = 0.0
            for index, candidates in readings.items():
                matching = [
                    reading
                    for reading in candidates
                    if reading.case == case
                    and _fits(reading.number, number)
                    and (reading.any_gender or _fits(reading.gender, gender))
                ]
                if not matching:
                    score -= 1.0
                    continue
                reading = max(matching, key=_by_weight)
                choice[index] = reading.parse
                score += reading.weight
            if score > best_score:
                best_choice, best_score = choice, score
        return best_choice


class _Reading(NamedTuple):
    """What agreement looks at in one parse, read once and as plain strings: a pymorphy3 tag
    computes each attribute on every access (a str subclass whose ``==`` is Python code), and the
    agreement search compares every parse once per candidate case."""

    parse: Any
    pos: str | None
    case: str | None
    number: str | None
    gender: str | None
    any_gender: bool  # agrees with any gender: plural, or common gender ("ms-f": Меркель)
    weight: float

    @classmethod
    def of(cls, parse: Any, type_: str) -> _Reading:
        pos, case, number, gender, grammemes, _ = tag_fields(parse.tag)
        any_gender = number == "plur" or "ms-f" in grammemes or gender == "ms-f"
        return cls(parse, pos, case, number, gender, any_gender, _weight(parse, type_))


_by_weight = attrgetter("weight")


def _fits(value: str | None, wanted: str | None) -> bool:
    return value == wanted or value is None or wanted is None


def _weight(parse: Any, type_: str) -> float:
    weight = parse.score
    grammemes = parse.tag.grammemes
    if type_ == "PER" and hasattr(parse, "methods_stack") and _guessed(parse):
        weight /= 2  # pymorphy3's guess at an unknown name ("Шольцем" → "шолец") is weak
    if type_ == "PER" and NAME_GRAMMEMES & grammemes:
        weight += 0.5
    if type_ == "PER" and str(parse.tag.gender) == "masc":
        weight += 0.05  # "Мамину": Мамин and Мамина fit; news name men more often
    if type_ == "LOC" and "Geox" in grammemes:
        weight += 0.5
    if type_ != "PER" and "anim" in grammemes and parse.tag.POS == "NOUN":
        weight -= 0.2
    return weight


def _nominative(parse: Any) -> str:
    if parse.tag.case == "nomn" and parse.tag.POS == "NOUN":
        return parse.word
    wanted = {"nomn"}
    if parse.tag.number == "plur" and "Pltm" not in parse.tag.grammemes:
        wanted.add("plur")
    inflected = parse.inflect(wanted)
    if inflected is None:
        inflected = parse.inflect({"nomn"})
    return inflected.word if inflected is not None else parse.normal_form


def normal_text(mention_text: str, offset: int, tokens: Sequence[Any], forms: Sequence[str]) -> str:
    """Rebuild the mention with each token replaced by its form, keeping what lies between."""
    parts: list[str] = []
    position = 0
    for token, form in zip(tokens, forms, strict=True):
        parts.append(mention_text[position : token.start - offset])
        parts.append(form)
        position = token.stop - offset
    parts.append(mention_text[position:])
    return "".join(parts)
