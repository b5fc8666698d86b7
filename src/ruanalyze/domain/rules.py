"""Rules that correct and extend the model's mentions in Kazakhstan/CIS news.

Each rule is a small function ``rule(mentions, doc, vocabulary) -> mentions``; ``RULES`` is their
order. A rule that adds a mention never lets it overlap one already there.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from ..document import Document
from ..records import Mention
from .apostrophes import apostrophe_quoted_organizations, strip_edge_apostrophes
from .boundaries import (
    attach_initials,
    close_quotes,
    cut_at_closing_quote,
    join_legal_form,
    split_at_line_breaks,
    strip_age,
    trim_loose_ends,
)
from .brackets import add_original_spelling, split_original_spelling
from .compound_nouns import strip_compound_noun_before_name
from .consistency import (
    consistent_types,
    coordinated_types,
    recover_repeats,
    surnames_of_named_persons,
)
from .dateline import datelines
from .dictionary import (
    add_initialed_names,
    attach_first_names,
    check_one_word_mentions,
    drop_common_nouns_opening_a_sentence,
    split_affiliation,
    strip_common_noun_before_name,
    strip_person_noun_before_person,
)
from .diseases import drop_disease_names
from .full_stops import drop_full_stop
from .general import (
    championship_places,
    drop_event_names,
    facilities,
    international_bodies,
    organization_names,
    quoted_organizations,
    strip_person_titles,
)
from .glued_organizations import split_organization_from_person
from .kazakhstan import (
    add_admin_bodies,
    add_compound_places,
    add_institutions,
    add_media_sites,
    add_noun_regions,
    add_places,
    attach_home_region,
    attach_state_suffix,
    known_organizations,
    retype_places,
    split_admin_titles,
    split_bracketed_abbreviation,
    split_place_from_person,
)
from .law_codes import drop_law_codes
from .long_names import complete_long_names
from .media import add_media_names
from .native_scripts import split_native_spelling
from .non_places import drop_non_places
from .numbers import drop_numbers
from .organization_boundaries import (
    extend_over_named_after,
    split_person_from_affiliations,
    strip_person_noun_before_organization,
)
from .persons import attach_digraph_initials, join_split_names
from .religious_figures import add_religious_figures
from .remit_names import complete_remit_names
from .separators import list_item_types, split_at_list_marks, split_persons_at_commas
from .spans import add_missing, resized, tokens_within
from .street_names import persons_streets_are_named_after
from .teams import team_names
from .term_abbreviations import drop_term_abbreviations
from .things import drop_thing_names
from .toponyms import (
    add_romance_places,
    split_place_from_abbreviation,
    strip_common_noun_before_place,
)
from .vocabulary import Vocabulary

WORD = re.compile(r"\w+")

Rule = Callable[[list[Mention], Document, Vocabulary], list[Mention]]


def drop_excluded(mentions: list[Mention], doc: Document, vocabulary: Vocabulary) -> list[Mention]:
    """Nothing inside page boilerplate is an entity."""
    return [
        mention
        for mention in mentions
        if not any(start < mention.stop and mention.start < stop for start, stop in doc.excluded)
    ]


def drop_interface_words(
    mentions: list[Mention], doc: Document, vocabulary: Vocabulary
) -> list[Mention]:
    """Page interface words ("Ошибка", "Поделиться") are never entities; network names
    ("Telegram", "Facebook") are not when they stand on an interface line (a row of share
    buttons), though in running text the company or service is an organization."""
    return [
        mention
        for mention in mentions
        if mention.text.lower() not in vocabulary.interface_words
        and not (
            mention.text.lower() in vocabulary.platforms
            and is_interface_line(line_of(doc.text, mention.start), vocabulary)
        )
    ]


def line_of(text: str, position: int) -> str:
    start = text.rfind("\n", 0, position) + 1
    stop = text.find("\n", position)
    return text[start : stop if stop >= 0 else len(text)]


def is_interface_line(line: str, vocabulary: Vocabulary) -> bool:
    """Only interface words and network names, with punctuation between them."""
    words = WORD.findall(line.lower())
    known = vocabulary.interface_words | vocabulary.platforms
    return bool(words) and all(word in known for word in words)


def strip_title_words(
    mentions: list[Mention], doc: Document, vocabulary: Vocabulary
) -> list[Mention]:
    """A title swallowed into a name ("Замакима области" as a place) is dropped, and then the
    mention too if nothing named is left."""
    result = []
    for mention in mentions:
        tokens = tokens_within(doc.tokens, mention.start, mention.stop)
        while tokens and tokens[0].text.lower() in vocabulary.title_words:
            tokens = tokens[1:]
        if not tokens or all(token.text.lower() in vocabulary.generic_words for token in tokens):
            continue
        if tokens[0].start != mention.start:
            start = tokens[0].start
            mention = resized(doc, mention, start, mention.stop)
        result.append(mention)
    return result


def retype_regions(mentions: list[Mention], doc: Document, vocabulary: Vocabulary) -> list[Mention]:
    """ "ВКО", "РК" are places (the model often calls them organizations)."""
    return [
        replace(mention, type=vocabulary.regions[mention.text].type)
        if mention.text in vocabulary.regions
        else mention
        for mention in mentions
    ]


def add_regions(mentions: list[Mention], doc: Document, vocabulary: Vocabulary) -> list[Mention]:
    """Region abbreviations the model missed."""
    found = (
        Mention(token.start, token.stop, vocabulary.regions[token.text].type, token.text)
        for token in doc.tokens
        if token.text in vocabulary.regions
    )
    return add_missing(mentions, found)


# "Фото: Reuters", "Фото: AFP": a news agency credited for a photo in one Latin word (not the
# first word of "GLOBAL LOOK press").
PHOTO_CREDIT = re.compile(
    r"\b(?:Фото|Фотография|Photo)\s*:\s*(?P<agency>[A-Z][A-Za-z]+)(?![\w.-]|\s+[A-Za-z/])"
)


def add_photo_agencies(
    mentions: list[Mention], doc: Document, vocabulary: Vocabulary
) -> list[Mention]:
    """The agency a photo is credited to ("Фото: Reuters") is an organization; the model finds
    some credits and misses the rest."""
    found = [
        Mention(match.start("agency"), match.end("agency"), "ORG", match.group("agency"))
        for match in PHOTO_CREDIT.finditer(doc.text)
        if match.group("agency").lower() not in vocabulary.platforms
    ]
    return add_missing(mentions, found) if found else mentions


RULES: tuple[Rule, ...] = (
    drop_excluded,
    split_at_line_breaks,
    split_at_list_marks,
    split_persons_at_commas,
    drop_interface_words,
    strip_title_words,
    strip_person_titles,
    strip_common_noun_before_name,
    strip_compound_noun_before_name,
    strip_common_noun_before_place,
    strip_person_noun_before_organization,
    strip_person_noun_before_person,
    strip_age,
    cut_at_closing_quote,
    split_person_from_affiliations,
    split_bracketed_abbreviation,
    split_place_from_abbreviation,
    split_affiliation,
    extend_over_named_after,
    strip_edge_apostrophes,
    trim_loose_ends,
    drop_full_stop,
    close_quotes,
    join_legal_form,
    datelines,
    split_admin_titles,
    retype_regions,
    check_one_word_mentions,
    drop_common_nouns_opening_a_sentence,
    drop_non_places,
    retype_places,
    split_place_from_person,
    add_noun_regions,
    add_media_sites,
    add_photo_agencies,
    split_organization_from_person,
    team_names,
    known_organizations,
    quoted_organizations,
    apostrophe_quoted_organizations,
    organization_names,
    add_media_names,
    complete_long_names,
    complete_remit_names,
    international_bodies,
    facilities,
    championship_places,
    drop_event_names,
    add_compound_places,
    add_institutions,
    add_admin_bodies,
    add_regions,
    add_places,
    add_romance_places,
    add_religious_figures,
    persons_streets_are_named_after,
    attach_state_suffix,
    attach_home_region,
    add_original_spelling,
    split_native_spelling,
    recover_repeats,
    attach_initials,
    attach_first_names,
    join_split_names,
    attach_digraph_initials,
    add_initialed_names,
    surnames_of_named_persons,
    coordinated_types,
    list_item_types,
    consistent_types,
    drop_thing_names,
    drop_disease_names,
    drop_term_abbreviations,
    drop_numbers,
    drop_law_codes,
)


def splitting_original_spellings(rules: tuple[Rule, ...]) -> tuple[Rule, ...]:
    """``rules`` that also split a joined original spelling: ``DomainLayer(rules=
    splitting_original_spellings(RULES))``. Not the default: Collection5 marks "Томас
    Хаммарберг (Thomas Hammarberg)" as one name (212 times in 1,000 documents, never as two), and
    splitting costs its persons more than two points, below raw Natasha; factRuEval, NEREL and BSNLP
    mark two names."""
    return (split_original_spelling, *rules)
