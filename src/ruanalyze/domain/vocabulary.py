"""The domain layer's vocabulary, read from the data files in ``ruanalyze.resources``."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ..lexicon import PARADIGMS
from ..resources import data_lines


def _rows(name: str) -> list[list[str]]:
    return [line.split("\t") for line in data_lines(name)]


def _phrases(name: str) -> frozenset[tuple[str, ...]]:
    """Lemma sequences, one a line."""
    return frozenset(tuple(line.lower().split()) for line in data_lines(name))


def _names(name: str) -> tuple[frozenset[tuple[str, ...]], frozenset[str]]:
    """Full names as lemma sequences, and abbreviations (lines in capitals) as written."""
    lines = data_lines(name)
    return (
        frozenset(tuple(line.lower().split()) for line in lines if not line.isupper()),
        frozenset(line for line in lines if line.isupper()),
    )


def _place_forms(rows: list[list[str]]) -> dict[str, str]:
    """Every form of every place (capitalized, as written in text) → its canonical name."""
    forms: dict[str, str] = {}
    for name, paradigm, canonical in rows:
        endings = list(dict.fromkeys(row[0] for row in PARADIGMS[paradigm]))
        stem = name[: len(name) - len(endings[0])] if endings[0] else name
        for ending in endings:
            forms.setdefault(stem + ending, canonical)
    return forms


def _place_names(rows: list[list[str]]) -> dict[str, str]:
    """Every form of every place, lower-cased → the place's own name in the nominative ("семее" →
    "Семей", "нур-султана" → "Нур-Султан"): a place mention's normal form."""
    return {
        form.lower(): name for form, name in _place_forms([[n, p, n] for n, p, _ in rows]).items()
    }


def _noun_regions(names: list[str]) -> re.Pattern[str]:
    """ "область Абай" in any case of "область"."""
    alternatives = "|".join(re.escape(name) for name in names)
    return re.compile(rf"\b[Оо]бласт(?:ь|и|ью|ей|ям|ях|ями)\s+(?:{alternatives})\b")


def _home_region(
    places: dict[str, str], regions: list[list[str]], adjectives: list[str], nouns: list[str]
) -> re.Pattern[str]:
    """What follows an organization's name when the name says which Kazakhstan region or city it
    serves: " Актюбинской области", " по ВКО", " города Алматы", " Шымкента", " области Абай"."""
    abbreviations = [row[0] for row in regions if row[2].endswith("область")]
    stems = [adjective[:-2] for adjective in adjectives]  # "Актюбинская" → "Актюбинск"
    alternatives = [
        *(rf"(?:{'|'.join(map(re.escape, stems))})(?:ой|ая|ую|ою)\s+област(?:ь|и|ью)",),
        rf"област(?:ь|и|ью)\s+(?:{'|'.join(map(re.escape, nouns))})",
        *map(re.escape, sorted(abbreviations + list(places), key=len, reverse=True)),
    ]
    return re.compile(
        rf" (?:по )?(?:(?:города|городу|г\.) ?)?(?:{'|'.join(alternatives)})(?![\w-])"
    )


@dataclass(frozen=True)
class Region:
    abbreviation: str
    type: str
    full_name: str


@dataclass(frozen=True)
class Vocabulary:
    regions: dict[str, Region]
    admin_bodies: frozenset[tuple[str, ...]]
    institutions: frozenset[tuple[str, ...]]
    places: dict[str, str]
    place_names: dict[str, str]
    noun_regions: re.Pattern[str]
    home_region: re.Pattern[str]
    local_bodies: frozenset[tuple[str, ...]]
    legal_forms: frozenset[str]
    organizations: dict[str, str]
    compound_places: frozenset[tuple[str, ...]]
    reporting_words: frozenset[str]
    interface_words: frozenset[str]
    platforms: frozenset[str]
    title_words: frozenset[str]
    generic_words: frozenset[str]
    boilerplate: tuple[re.Pattern[str], ...]
    international_bodies: tuple[frozenset[tuple[str, ...]], frozenset[str]]
    facilities: tuple[frozenset[tuple[str, ...]], frozenset[str]]
    event_names: tuple[str, ...]
    person_titles: frozenset[str]
    organization_kinds: frozenset[str]
    championship_words: frozenset[str]
    organization_names: tuple[frozenset[tuple[str, ...]], frozenset[str]]
    media_names: frozenset[tuple[str, ...]]
    long_names: frozenset[tuple[str, ...]]
    thing_words: frozenset[str]
    disease_names: frozenset[tuple[str, ...]]
    remit_heads: frozenset[str]
    remit_stop_words: frozenset[str]
    law_codes: frozenset[str]
    street_words: frozenset[str]
    team_words: frozenset[str]
    organization_heads: frozenset[str]

    def alias(self, normal: str) -> str:
        """The canonical name for an abbreviation ("ВКО" → "Восточно-Казахстанская область") or a
        renamed city ("Нур-Султан" → "Астана")."""
        region = self.regions.get(normal)
        return region.full_name if region else self.places.get(normal, normal)


@cache
def load_vocabulary() -> Vocabulary:
    places = _place_forms(_rows("places.tsv"))
    return Vocabulary(
        regions={row[0]: Region(*row) for row in _rows("regions.tsv")},
        admin_bodies=_phrases("admin_bodies.txt"),
        institutions=_phrases("institutions.txt"),
        places=places,
        place_names=_place_names(_rows("places.tsv")),
        noun_regions=_noun_regions(data_lines("noun_regions.txt")),
        home_region=_home_region(
            places,
            _rows("regions.tsv"),
            data_lines("region_adjectives.txt"),
            data_lines("noun_regions.txt"),
        ),
        local_bodies=_phrases("admin_bodies.txt") | _phrases("local_bodies.txt"),
        legal_forms=frozenset(data_lines("legal_forms.txt")),
        compound_places=_phrases("compound_places.txt"),
        organizations=_place_forms([[n, p, n] for n, p in _rows("organizations.tsv")]),
        reporting_words=frozenset(data_lines("reporting_words.txt")),
        interface_words=frozenset(data_lines("interface_words.txt")),
        platforms=frozenset(data_lines("platforms.txt")),
        title_words=frozenset(data_lines("title_words.txt")),
        generic_words=frozenset(data_lines("generic_words.txt")),
        boilerplate=tuple(
            re.compile(line, re.IGNORECASE) for line in data_lines("boilerplate.txt")
        ),
        international_bodies=_names("international_bodies.txt"),
        facilities=_names("facilities.txt"),
        event_names=tuple(data_lines("event_names.txt")),
        person_titles=frozenset(data_lines("person_titles.txt")),
        organization_kinds=frozenset(data_lines("organization_kinds.txt")),
        championship_words=frozenset(data_lines("championship_words.txt")),
        organization_names=_names("organization_names.txt"),
        media_names=_phrases("media_names.txt"),
        long_names=_phrases("long_organization_names.txt"),
        thing_words=frozenset(data_lines("thing_words.txt")),
        disease_names=_phrases("disease_names.txt"),
        remit_heads=frozenset(data_lines("remit_heads.txt")),
        remit_stop_words=frozenset(data_lines("remit_stop_words.txt")),
        law_codes=frozenset(data_lines("law_codes.txt")),
        street_words=frozenset(data_lines("street_words.txt")),
        team_words=frozenset(data_lines("team_words.txt")),
        organization_heads=frozenset(data_lines("organization_heads.txt")),
    )
