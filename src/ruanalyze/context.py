"""Lemmas chosen from the neighbouring words, for the forms a dictionary alone gets wrong.

pymorphy3's first parse is right for most words. It is wrong where one form belongs to several
lemmas and the frequent one does not fit the sentence: "из стали" (сталь, not стать), "мама мыла"
(мыть, not мыло), "в нем" (он, not немой), "его дом" (possessive его, not он), "этого решения"
(этот, not это). A few cheap rules look at the word before and after:

* after a preposition only the cases it governs are possible (and no verb or adverb);
* after a nominative personal pronoun a finite verb agreeing in number is likely;
* after an adjective a noun agreeing in case is likely;
* possessives, demonstratives and "все" depend on whether a noun phrase follows.

Only words whose parses have more than one lemma reach these rules (``Morph.ambiguous``), so the
cost stays a small fraction of the dictionary lookups.
"""

from __future__ import annotations

from collections.abc import Sequence

from .morph import Morph, Reading

ANY_CASE = frozenset({"nomn", "gent", "datv", "accs", "ablt", "loct", "gen2", "acc2", "loc2"})
_ACC = {"accs", "acc2"}
_GEN = {"gent", "gen2"}
_LOC = {"loct", "loc2"}
PREPOSITION_CASES: dict[str, frozenset[str]] = {
    word: frozenset(cases)
    for words, cases in [
        ("в во на", _LOC | _ACC),
        ("о об обо", _LOC | _ACC),
        ("при", _LOC),
        ("с со", _GEN | {"ablt"} | _ACC),
        ("к ко", {"datv"}),
        ("по", {"datv"} | _LOC | _ACC),
        (
            "из изо от ото до у для без из-за из-под около после против среди вокруг кроме возле "
            "мимо вместо вдоль внутри позади помимо",
            _GEN,
        ),
        ("над надо под подо за перед передо", {"ablt"} | _ACC),
        ("между", {"ablt"} | _GEN),
        ("через про сквозь", _ACC),
        ("благодаря согласно вопреки навстречу", {"datv"}),
    ]
    for word in words.split()
}
PRONOUN_NUMBER = {"я": "sing", "ты": "sing", "он": "sing", "она": "sing", "оно": "sing"}
PRONOUN_NUMBER |= {"мы": "plur", "вы": "plur", "они": "plur"}
NOMINAL = frozenset({"NOUN", "ADJF", "PRTF", "NPRO", "NUMR"})
NOT_AFTER_PREPOSITION = frozenset({"VERB", "INFN", "ADJS", "PRTS", "GRND", "ADVB", "PRED", "CONJ"})
NOUN_PHRASE_START = frozenset({"NOUN", "ADJF", "PRTF"})
POSSESSIVES = {"его": "он", "ее": "она", "её": "она", "их": "они"}
# Forms of этот / тот that are also the pronoun это / то ("после этого", "тем не менее").
DEMONSTRATIVES = {
    "это": ("этот", "это"), "этого": ("этот", "это"), "этому": ("этот", "это"),
    "этим": ("этот", "это"), "этом": ("этот", "это"),
    "то": ("тот", "то"), "того": ("тот", "то"), "тому": ("тот", "то"),
    "тем": ("тот", "то"), "том": ("тот", "то"),
}  # fmt: skip
# Forms of весь that are also the pronoun все ("все пришли", "всех нас").
ALL_FORMS = frozenset({"все", "всё", "всего", "всех", "всем", "всеми"})
# Verbs after which "есть" means to eat, not "быть".
EAT_CONTEXT = frozenset({"хотеть", "мочь", "начать", "перестать", "любить", "нечего", "нельзя"})
EAT_CONTEXT |= {"можно", "надо", "нужно", "хотеться", "дать", "давать", "пора", "что"}


# Words before a predicative short adjective: "было известно", "мне трудно", "это важно".
PREDICATE_BEFORE = frozenset(
    [
        "было",
        "будет",
        "стало",
        "станет",
        "это",
        "мне",
        "тебе",
        "ему",
        "ей",
        "нам",
        "вам",
        "им",
        "всем",
    ]
)
NAME_GRAMMEMES = frozenset({"Name", "Surn", "Patr"})
ONLY_AFTER = frozenset({"лишь", "навсего", "же"})
COMPARATIVES = frozenset({"прежде", "скорее", "больше", "меньше", "лучше", "чаще", "сильнее"})
SPECIAL_FORMS = frozenset({*POSSESSIVES, *DEMONSTRATIVES, *ALL_FORMS, "есть"})
CASE_BASE = {"gen2": "gent", "acc2": "accs", "loc2": "loct"}
PARTICLES = frozenset({"же", "ли", "бы", "ж", "самый", "самое", "самого", "самом", "самым"})
CLAUSE_BREAKS = frozenset({",", "—", "–", "-", "--", ":"})


def _word(text: str) -> str:
    return text.lower()


def _is_initial(words: Sequence[str]) -> bool:
    """Whether the words end with an initial: "Ю." as one token or as "Ю" and "."."""
    text = "".join(words[-2:]) if words[-1:] == ["."] else words[-1] if words else ""
    return len(text) == 2 and text[0].isupper() and text[1] == "."


def _next_word(words: Sequence[str], index: int) -> str:
    """The word after ``words[index]``, looking past particles ("в том же году")."""
    for word in words[index + 1 : index + 3]:
        if _word(word) not in PARTICLES:
            return _word(word)
    return ""


class ContextRules:
    """Lemma of ``words[index]`` chosen with its neighbours; ``None`` keeps the dictionary's."""

    def __init__(self, morph: Morph) -> None:
        self.morph = morph

    def needs_context(self, word: str) -> bool:
        """Whether any rule can change the lemma of ``word`` (lower case); cached per form."""
        return word in SPECIAL_FORMS or self.morph.ambiguous(word)

    def __call__(self, words: Sequence[str], index: int) -> tuple[str, str] | None:
        word = _word(words[index])
        before = _word(words[index - 1]) if index > 0 else ""
        after = _next_word(words, index)
        if word in POSSESSIVES:
            return self._possessive(word, before, after)
        if word in DEMONSTRATIVES:
            if before in CLAUSE_BREAKS:  # "если …, то …", "… — это …"
                return DEMONSTRATIVES[word][1], "PRON"
            return self._demonstrative(word, after)
        if word in ALL_FORMS:
            return self._all(word, before, after)
        if word == "есть":
            return self._to_be(before)
        if word.endswith("о") and self.morph.ambiguous(word):
            predicative = self._predicative(word, before, after)
            if predicative is not None:
                return predicative
        if index > 0 and words[index][:1].isupper() and self.morph.ambiguous(word):
            named = self._name_in_run(words, index)
            if named is not None:
                return named
        return self._agreeing(word, before) or self._adjective_before_noun(word, after)

    def _name_in_run(self, words: Sequence[str], index: int) -> tuple[str, str] | None:
        """A name agrees in case and gender with the capitalized word beside it ("Карла Маркса")."""
        if _is_initial(words[max(index - 2, 0) : index]):  # "Ю. Казаков"
            surnames = [p for p in self.morph.readings(words[index]) if "Surn" in p.grammemes]
            if surnames:
                return _best(surnames)
        neighbours = [
            words[other]
            for other in (index - 1, index + 1)
            if 0 < other < len(words) and words[other][:1].isupper()
        ]
        if not neighbours:
            return None
        agreeing = set()
        for neighbour in neighbours:
            agreeing |= {
                (CASE_BASE.get(p.case, p.case), p.gender)
                for p in self.morph.readings(neighbour)
                if NAME_GRAMMEMES & p.grammemes and p.score >= 0.05
            }
        names = [
            p
            for p in self.morph.readings(words[index])
            if NAME_GRAMMEMES & p.grammemes
            and (CASE_BASE.get(p.case, p.case), p.gender) in agreeing
        ]
        return _best(names)

    def _number(self, word: str) -> bool:
        return word[:1].isdigit() or any(
            p.pos == "NUMR" and p.score >= 0.5 for p in self.morph.readings(word or "-")
        )

    def _noun_phrase_follows(self, after: str, cases: frozenset[str] = ANY_CASE) -> bool:
        if self._number(after):  # "в том же 2007 году", "всех четверых"
            return True
        if not after or not after[0].isalpha():
            return False
        parses = self.morph.readings(after)
        return any(
            p.pos in NOUN_PHRASE_START
            and CASE_BASE.get(p.case, p.case) in cases
            and p.score >= 0.05
            for p in parses
        )

    def _possessive(self, word: str, before: str, after: str) -> tuple[str, str]:
        # After a preposition the personal pronoun is "него", "нее", "них": "его" is possessive.
        if before in PREPOSITION_CASES or self._noun_phrase_follows(after):
            return word.replace("ё", "е"), "DET"
        return POSSESSIVES[word], "PRON"

    def _cases(self, word: str, lemma: str) -> frozenset[str]:
        return frozenset(
            p.case for p in self.morph.readings(word) if p.normal_form == lemma and p.case
        )

    def _demonstrative(self, word: str, after: str) -> tuple[str, str]:
        determiner, pronoun = DEMONSTRATIVES[word]
        if self._noun_phrase_follows(after, self._cases(word, determiner)):
            return determiner, "DET"
        return pronoun, "PRON"

    def _all(self, word: str, before: str, after: str) -> tuple[str, str]:
        if word == "всего" and (after in ONLY_AFTER or self._number(after)):
            return "всего", "ADV"  # "всего три дня", "всего лишь"
        if before in COMPARATIVES:  # "прежде всего", "больше всего"
            return "все", "PRON"
        if self._noun_phrase_follows(after, self._cases(word, "весь")) or _word(after) in (
            "эти", "этих", "этим", "этими", "те", "тех", "теми", "наши", "наших", "свои", "своих",
        ):  # fmt: skip
            return "весь", "DET"
        return "все", "PRON"

    def _to_be(self, before: str) -> tuple[str, str] | None:
        if before and self.morph.analyze(before)[0] in EAT_CONTEXT:
            return None
        return "быть", "VERB"

    def _predicative(self, word: str, before: str, after: str) -> tuple[str, str] | None:
        """A short adjective, not the adverb, after a predicate word ("было известно")."""
        parses = self.morph.readings(word)
        short = [p for p in parses if p.pos == "ADJS" and p.gender == "neut"]
        if not short or not any(p.pos == "PRED" for p in parses):
            return None
        if (
            before in PREDICATE_BEFORE
            or not after[:1].isalpha()
            or after == "что"
            or any(p.pos == "INFN" and p.score >= 0.5 for p in self.morph.readings(after))
        ):
            return short[0].normal_form, "ADJ"
        return None

    def _agreeing(self, word: str, before: str) -> tuple[str, str] | None:
        if not before or not self.morph.ambiguous(word):
            return None
        parses = self.morph.readings(word)
        governed = PREPOSITION_CASES.get(before)
        if governed is not None:
            fitting = [p for p in parses if p.case in governed and p.pos in NOMINAL]
            fitting = fitting or [p for p in parses if p.pos not in NOT_AFTER_PREPOSITION]
            # "в нем", "с ним": the pronoun forms made for prepositions win
            after_preposition = [p for p in fitting if "Af-p" in p.grammemes]
            return _best(after_preposition or fitting)
        number = PRONOUN_NUMBER.get(before)
        if number is not None:
            verbs = [p for p in parses if p.pos == "VERB" and p.number in (number, None)]
            return _best(verbs)
        subject = self._subject(before)
        if subject:
            verbs = [p for p in parses if p.pos == "VERB" and _agreement(p)[1:] in subject]
            if verbs:
                return _best(verbs)
        adjective = self._only_adjective(before)
        if adjective:
            nouns = [p for p in parses if p.pos == "NOUN" and _agreement(p) in adjective]
            return _best(nouns)
        return None

    def _adjective_before_noun(self, word: str, after: str) -> tuple[str, str] | None:
        """An adjective agreeing with the noun after it ("главного героя"), not the noun
        "главное" that pymorphy3 ranks first."""
        if not after[:1].isalpha() or not self.morph.ambiguous(word):
            return None
        parses = self.morph.readings(word)
        if parses[0].pos != "NOUN":
            return None
        nouns = {_agreement(p) for p in self.morph.readings(after) if p.pos == "NOUN"}
        adjectives = [p for p in parses if p.pos == "ADJF" and _agreement(p) in nouns]
        return _best(adjectives)

    def _subject(self, word: str) -> frozenset[tuple[str, str | None]]:
        """Number and gender of ``word`` if it is most likely a nominative noun ("мама мыла")."""
        if not word[:1].isalpha():
            return frozenset()
        best = self.morph.readings(word)[0]
        if best.pos != "NOUN" or best.case != "nomn" or best.score < 0.5:
            return frozenset()
        return frozenset({_agreement(best)[1:]})

    def _only_adjective(self, word: str) -> frozenset[tuple[str, str, str | None]]:
        """Case, number and gender of ``word`` if every likely parse of it is a full adjective."""
        if not word[:1].isalpha():
            return frozenset()
        parses = [p for p in self.morph.readings(word) if p.score >= 0.05]
        if not parses or any(p.pos not in ("ADJF", "PRTF") for p in parses):
            return frozenset()
        return frozenset(_agreement(p) for p in parses)


def _agreement(reading: Reading) -> tuple[str | None, str | None, str | None]:
    """Case, number and (in the singular) gender: what an adjective and its noun share."""
    gender = reading.gender if reading.number == "sing" else None
    return CASE_BASE.get(reading.case, reading.case), reading.number, gender  # type: ignore[arg-type]


def _best(readings: list[Reading]) -> tuple[str, str] | None:
    if not readings:
        return None
    best = max(readings, key=lambda p: p.score)
    return best.normal_form, best.upos
