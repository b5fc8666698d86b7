"""Rules for Russian news in general (not only Kazakhstan's): names the news model types wrongly
whatever the country.

The model learned its types from one corpus, and carries that corpus's habits: it files the
European Union among places, takes the space station "МКС" for an organization, and "Брексит" for
a person or an organization.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from itertools import pairwise

from ..document import Document
from ..records import Mention
from .dictionary import person_reading, place_reading
from .spans import add_missing, phrase_spans, resized, retyped, tokens_within
from .vocabulary import Vocabulary

Names = tuple[frozenset[tuple[str, ...]], frozenset[str]]
# A quoted name right after a word: ' «Единая Россия»', ' "Коммерсант"' (no quotes inside it).
QUOTED_NAME = re.compile(r' (?:«(?P<angled>[^«»"\n]{1,60})»|"(?P<straight>[^"«»\n]{1,60})")')


def _name_spans(doc: Document, names: Names) -> list[tuple[int, int]]:
    """Where the document writes one of ``names``: a full name by the lemmas of its words (first
    word capitalized; the longest name wins), an abbreviation exactly as written."""
    phrases, abbreviations = names
    return list(phrase_spans(doc.tokens, phrases, capitalized=True, exact=abbreviations))


def international_bodies(
    mentions: list[Mention], doc: Document, vocabulary: Vocabulary
) -> list[Mention]:
    """A union of states acting ("ЕС ввёл санкции", "Евросоюз заявил", ``international_bodies.txt``)
    is an organization, whatever the model said. Elsewhere ("в ЕС", "страны ЕС") the model's type
    stands: news corpora disagree there (Collection5 calls the EU a place in every context)."""
    spans = [span for span in _name_spans(doc, vocabulary.international_bodies) if _acts(doc, span)]
    return retyped(mentions, doc, spans, "ORG")


def _acts(doc: Document, span: tuple[int, int]) -> bool:
    """The name is the subject of the verb right after it ("ЕС ввёл санкции", "Евросоюз
    заявил"): an actor, not a territory. Not after a preposition ("из ЕС приехали")."""
    tokens = doc.tokens
    after = bisect_left(tokens, span[1], key=lambda token: token.start)
    before = bisect_left(tokens, span[0], key=lambda token: token.start) - 1
    return (
        after < len(tokens)
        and tokens[after].pos == "VERB"
        and not (before >= 0 and tokens[before].pos == "ADP")
    )


def organization_names(
    mentions: list[Mention], doc: Document, vocabulary: Vocabulary
) -> list[Mention]:
    """Well-known organizations named by several words or an abbreviation ("Исламское
    государство", "ИГ", ``organization_names.txt``) are organizations, whole, wherever they are
    written."""
    return retyped(mentions, doc, _name_spans(doc, vocabulary.organization_names), "ORG")


def championship_places(
    mentions: list[Mention], doc: Document, vocabulary: Vocabulary
) -> list[Mention]:
    """The place after "чемпионат", "чемпион", "первенство" (``championship_words.txt``) is a
    place: "чемпионат Европы", "чемпионкой России". The model leaves it untagged inside the
    event's name; every corpus marks it. Only a capitalized word the dictionary knows as a
    place and not as a surname (a cup may be named after a person: "Кубок Гагарина")."""
    found = [
        Mention(after.start, after.stop, "LOC", after.text)
        for token, after in pairwise(doc.tokens)
        if token.lemma in vocabulary.championship_words
        and after.text[:1].isupper()
        and doc.text[token.stop : after.start] == " "
        and place_reading(after.text)
        and not person_reading(after.text)
    ]
    return add_missing(mentions, found) if found else mentions


def facilities(mentions: list[Mention], doc: Document, vocabulary: Vocabulary) -> list[Mention]:
    """A man-made facility named like a body ("МКС", "Международная космическая станция",
    ``facilities.txt``) is a place: "на МКС" is where astronauts are, not who acts."""
    return retyped(mentions, doc, _name_spans(doc, vocabulary.facilities), "LOC")


def drop_event_names(
    mentions: list[Mention], doc: Document, vocabulary: Vocabulary
) -> list[Mention]:
    """An event's name ("Brexit", "по делам Брексита", ``event_names.txt``) is not a person,
    place or organization."""
    return [
        mention
        for mention in mentions
        if " " in mention.text or not mention.text.lower().startswith(vocabulary.event_names)
    ]


def strip_person_titles(
    mentions: list[Mention], doc: Document, vocabulary: Vocabulary
) -> list[Mention]:
    """A title written with a capital before a name is not part of it ("Принц Гарри" →
    "Гарри", "Генерал Иван Петров", ``person_titles.txt``), when a capitalized word
    follows it in the mention. The word's own form counts too: the lemmatizer may read
    "Королева" as the surname Королёв."""
    result = []
    for mention in mentions:
        if mention.type == "PER":
            tokens = tokens_within(doc.tokens, mention.start, mention.stop)
            if (
                len(tokens) >= 2
                and (
                    tokens[0].lemma in vocabulary.person_titles
                    or tokens[0].text.lower() in vocabulary.person_titles
                )
                and tokens[1].text[:1].isupper()
            ):
                start = tokens[1].start
                mention = resized(doc, mention, start, mention.stop)
        result.append(mention)
    return result


def quoted_organizations(
    mentions: list[Mention], doc: Document, vocabulary: Vocabulary
) -> list[Mention]:
    """A quoted name after a noun that says it names an organization ('партия «Яблоко»',
    'газета "Коммерсант"', ``organization_kinds.txt``) is an organization, within the quotes;
    the model misses some, takes others for a person or a place, or splits them. A mention the
    model drew with the quotes stays as it is (corpora disagree on the quotes)."""
    spans = []
    for token in doc.tokens:
        if token.lemma not in vocabulary.organization_kinds:
            continue
        found = QUOTED_NAME.match(doc.text, token.stop)
        if found is None:
            continue
        group = "angled" if found.group("angled") else "straight"
        start, stop = found.span(group)
        if doc.text[start].isupper() or doc.text[start].isdigit():
            spans.append((start, stop))
    if not spans:
        return mentions
    quoted = {(mention.start + 1, mention.stop - 1) for mention in mentions}
    return retyped(mentions, doc, [span for span in spans if span not in quoted], "ORG")
