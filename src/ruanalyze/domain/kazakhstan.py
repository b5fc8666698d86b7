"""Rules for Kazakhstan and CIS news: its institutions, its cities, its media.

A general news model was trained mostly on Russian federal news; it does not know that "акимат"
is a local government, takes "Кызылорда" or "Семей" for a person and "zakon.kz" for nothing, and
cuts "РК" off the end of a ministry's name. The vocabulary lives in ``ruanalyze.resources``.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import replace
from operator import attrgetter

from ..document import Document
from ..records import Mention
from .consistency import NAME_POS
from .spans import add_missing, phrase_spans, resized, retyped, tokens_within
from .vocabulary import Vocabulary

# A web site's name as news cites it: "zakon.kz", "Tengrinews.kz", "24.kz", "Vlast.kz".
SITE = re.compile(
    r"(?<![\w@/.-])[\w-]+(?:\.[\w-]+)*\.(?:kz|ru|com|net|org|ua|by|uz|kg|info|tv|рф|қаз)"
    r"(?![\w@-]|\.\w|/[^\sА-ЯЁA-Z])",
    re.IGNORECASE,
)
# A dot and a top-level domain: SITE is tried only in texts that hold one (SITE's search tries
# every word start; this one only the dots).
DOMAIN_ENDING = re.compile(r"\.(?:kz|ru|com|net|org|ua|by|uz|kg|info|tv|рф|қаз)", re.IGNORECASE)
STATE_SUFFIX = re.compile(r" (?:РК|Республики Казахстан|ВКО|ЗКО|СКО|ЮКО)\b")
BRACKETED = re.compile(r"^(?P<full>.+?) \((?P<short>[^()]+)$")
QUOTES = frozenset("«\"„“'")


def add_admin_bodies(
    mentions: list[Mention], doc: Document, vocabulary: Vocabulary
) -> list[Mention]:
    """Аким, акимат, маслихат, НПО in any form and case name an organization."""
    spans = list(phrase_spans(doc.tokens, vocabulary.admin_bodies, capitalized=False))
    return retyped(mentions, doc, spans, "ORG", drop_pieces=False)


def add_institutions(
    mentions: list[Mention], doc: Document, vocabulary: Vocabulary
) -> list[Mention]:
    """Мажилис, Сенат, Парламент РК, Общественный совет, Ассамблея народа Казахстана,
    capitalized, name an organization; the model's pieces of such a name ("Ассамблеи народа" +
    "Казахстана") give way to the whole."""
    spans = list(phrase_spans(doc.tokens, vocabulary.institutions, capitalized=True))
    return retyped(mentions, doc, spans, "ORG")


def add_compound_places(
    mentions: list[Mention], doc: Document, vocabulary: Vocabulary
) -> list[Mention]:
    """A country named "X и Y" ("Тринидад и Тобаго", "Боснии и Герцеговине",
    ``compound_places.txt``) is one place, not two."""
    spans = list(phrase_spans(doc.tokens, vocabulary.compound_places, capitalized=True))
    return retyped(mentions, doc, spans, "LOC")


def retype_places(mentions: list[Mention], doc: Document, vocabulary: Vocabulary) -> list[Mention]:
    """A Kazakhstan city taken for a person or an organization ("Кызылорда", "Семей",
    "в Талдыкоргане") is a place; in quotes it may be a club or a company («Астана») and stays."""
    return [
        replace(mention, type="LOC")
        if mention.type != "LOC"
        and mention.text in vocabulary.places
        and not (mention.start and doc.text[mention.start - 1] in QUOTES)
        else mention
        for mention in mentions
    ]


def split_place_from_person(
    mentions: list[Mention], doc: Document, vocabulary: Vocabulary
) -> list[Mention]:
    """A person's name run together with the city before it ("акима Талдыкоргана Ерлан
    Шаймерденов") is the place, then the person."""
    result = []
    for mention in mentions:
        tokens = (
            tokens_within(doc.tokens, mention.start, mention.stop) if mention.type == "PER" else []
        )
        if len(tokens) >= 3 and tokens[0].text in vocabulary.places:
            place, rest = tokens[0], tokens[1:]
            result.append(Mention(place.start, place.stop, "LOC", place.text))
            start = rest[0].start
            result.append(resized(doc, mention, start, mention.stop))
        else:
            result.append(mention)
    return result


def add_places(mentions: list[Mention], doc: Document, vocabulary: Vocabulary) -> list[Mention]:
    """Kazakhstan cities the model missed. Not inside quotes («Астана» is also a football club),
    and not first in a sentence when the word is also a common word ("Семей" = of families)."""
    sentence_starts = {sentence.start for sentence in doc.sentences}
    found = []
    for token in doc.tokens:
        if token.text not in vocabulary.places:
            continue
        if token.start and doc.text[token.start - 1] in QUOTES:
            continue
        if token.start in sentence_starts and token.pos not in NAME_POS:
            continue
        found.append(Mention(token.start, token.stop, "LOC", token.text))
    return add_missing(mentions, found)


def add_media_sites(
    mentions: list[Mention], doc: Document, vocabulary: Vocabulary
) -> list[Mention]:
    """A web site cited as a source is a media organization: "сообщает zakon.kz",
    "Tengrinews.kz пишет", "Фото: vlast.kz". A site named as an address ("на сайте gov.kz") is not.
    Model mentions inside the site's name ("Zakon") give way to the whole name."""
    if not DOMAIN_ENDING.search(doc.text):
        return mentions
    found = []
    for match in SITE.finditer(doc.text):
        if _cites_source(doc, match.start(), match.end(), vocabulary):
            found.append(Mention(match.start(), match.end(), "ORG", match.group()))
    if not found:
        return mentions
    kept = [mention for mention in mentions if not any(_covers(site, mention) for site in found)]
    return add_missing(kept, found)


def _covers(site: Mention, mention: Mention) -> bool:
    """``mention`` lies within the site's name, up to punctuation ("Zakon", "Tengrinews.kz/")."""
    if not (mention.start < site.stop and site.start < mention.stop):
        return False
    outside = (
        mention.text[: max(site.start - mention.start, 0)]
        + mention.text[max(site.stop - mention.start, 0) :]
    )
    return not any(char.isalnum() for char in outside)


def _cites_source(doc: Document, start: int, stop: int, vocabulary: Vocabulary) -> bool:
    """One of the three words before the site, or the word after it, introduces a source, with
    no line break between them."""
    first_after = bisect_left(doc.tokens, stop, key=attrgetter("start"))
    last_before = bisect_right(doc.tokens, start, key=attrgetter("stop"))
    nearby = (*doc.tokens[max(last_before - 3, 0) : last_before], *doc.tokens[first_after:][:1])
    return any(
        token.text[:1].isalnum()
        and token.lemma in vocabulary.reporting_words
        and "\n" not in doc.text[min(token.stop, start) : max(token.start, stop)]
        for token in nearby
    )


def attach_state_suffix(
    mentions: list[Mention], doc: Document, vocabulary: Vocabulary
) -> list[Mention]:
    """ "РК", "Республики Казахстан" or a region abbreviation ("ВКО") right after an
    organization's name is part of it, and so is the parent body it completes:
    "Комитет по чрезвычайным ситуациям МВД РК", "ДЧС ВКО" are one organization each, not ORG + ORG +
    LOC. Not after аким, акимат, маслихат: those are offices, and the place after them says where
    ("аким ВКО", like "губернатор области")."""
    result: list[Mention] = []
    skip_until = -1
    for mention in mentions:
        if mention.start < skip_until:
            continue
        suffix = STATE_SUFFIX.match(doc.text, mention.stop) if mention.type == "ORG" else None
        if suffix and not _is_admin_body(mention, doc, vocabulary):
            stop = suffix.end()
            start = mention.start
            previous = result[-1] if result else None
            if (
                previous is not None
                and previous.type == "ORG"
                and doc.text[previous.stop : mention.start] == " "
                and not _is_admin_body(previous, doc, vocabulary)
            ):
                start = result.pop().start
            mention = resized(doc, mention, start, stop)
            skip_until = stop
        result.append(mention)
    return result


def _is_admin_body(mention: Mention, doc: Document, vocabulary: Vocabulary) -> bool:
    """аким, акимат, маслихат, НПО, общественный совет: bodies every place has, named by what
    they are, so the place after them stays a place."""
    lemmas = tuple(token.lemma for token in tokens_within(doc.tokens, mention.start, mention.stop))
    return lemmas in vocabulary.local_bodies


def attach_home_region(
    mentions: list[Mention], doc: Document, vocabulary: Vocabulary
) -> list[Mention]:
    """A Kazakhstan region or city right after an organization's name, which says whose body it
    is, belongs to the name: "Департамент полиции Актюбинской области", "ДП Алматы",
    "Департамент государственных доходов по ВКО", "Департамента полиции города Алматы" are one
    organization each (a territorial body's official name includes its region). Not after аким,
    акимат, маслихат or общественный совет (see ``attach_state_suffix``), and only Kazakhstan's
    regions and cities: news corpora disagree on "ГУВД Москвы"."""
    result: list[Mention] = []
    skip_until = -1
    for index, mention in enumerate(mentions):
        if mention.start < skip_until:
            continue
        found = (
            vocabulary.home_region.match(doc.text, mention.stop) if mention.type == "ORG" else None
        )
        if (
            found
            and not _is_admin_body(mention, doc, vocabulary)
            and not any(
                other.start < found.end() < other.stop for other in mentions[index + 1 : index + 4]
            )
        ):
            stop = found.end()
            mention = resized(doc, mention, mention.start, stop)
            skip_until = stop
        result.append(mention)
    return result


def split_admin_titles(
    mentions: list[Mention], doc: Document, vocabulary: Vocabulary
) -> list[Mention]:
    """A mention that opens with аким, акимат or маслихат ("Аким области", "Аким ВКО" as one
    place or organization) is the office, then the place it governs: "области" alone names
    nothing and is dropped, "ВКО" stays a place. A person the model ran the title into ("Аким
    Ерлан Сапаров") stays a person."""
    result = []
    for mention in mentions:
        tokens = tokens_within(doc.tokens, mention.start, mention.stop)
        if len(tokens) < 2 or (tokens[0].lemma,) not in vocabulary.admin_bodies:
            result.append(mention)
            continue
        head, rest = tokens[0], tokens[1:]
        result.append(Mention(head.start, head.stop, "ORG", head.text))
        if not all(token.text.lower() in vocabulary.generic_words for token in rest):
            start, stop = rest[0].start, rest[-1].stop
            # "Аким Ерлан Сапаров" tagged as a person: the office, then the person
            type_ = "PER" if mention.type == "PER" else "LOC"
            result.append(Mention(start, stop, type_, doc.text[start:stop]))
    return result


def add_noun_regions(
    mentions: list[Mention], doc: Document, vocabulary: Vocabulary
) -> list[Mention]:
    """Regions named by a noun ("область Абай", "области Жетысу") are one place with the word
    "область", which is part of their official name: "Абай" alone would be the poet."""
    found = [
        Mention(match.start(), match.end(), "LOC", match.group())
        for match in vocabulary.noun_regions.finditer(doc.text)
    ]
    if not found:
        return mentions
    kept = []
    for mention in mentions:
        overlapping = [r for r in found if r.start < mention.stop and mention.start < r.stop]
        if not overlapping:
            kept.append(mention)
        elif mention.stop > overlapping[-1].stop:
            # "области Абай Талгат Ермеков": the name after the region stays
            start = overlapping[-1].stop
            while start < mention.stop and doc.text[start].isspace():
                start += 1
            kept.append(resized(doc, mention, start, mention.stop))
    return add_missing(kept, found)


def split_bracketed_abbreviation(
    mentions: list[Mention], doc: Document, vocabulary: Vocabulary
) -> list[Mention]:
    """A full name with its abbreviation in brackets, which the model ran together without the
    closing bracket, is two mentions: "Всемирной организации здравоохранения (ВОЗ" → the name,
    then "ВОЗ". (A span the model closed itself, "General Motors (GM)", is left whole: news
    corpora disagree on it, and collection5 marks it as one name.)"""
    result = []
    for mention in mentions:
        parts = BRACKETED.match(mention.text)
        if parts and _is_abbreviation(parts.group("short")):
            full_stop = mention.start + parts.end("full")
            short_start = mention.start + parts.start("short")
            short_stop = mention.start + parts.end("short")
            result.append(resized(doc, mention, mention.start, full_stop))
            result.append(resized(doc, mention, short_start, short_stop))
        else:
            result.append(mention)
    return result


def _is_abbreviation(text: str) -> bool:
    """ "ВОЗ", "ТГК-8", "USAID": one word, mostly capitals."""
    letters = [char for char in text if char.isalpha()]
    return (
        " " not in text
        and len(letters) >= 2
        and sum(char.isupper() for char in letters) >= len(letters) - 1
    )


def known_organizations(
    mentions: list[Mention], doc: Document, vocabulary: Vocabulary
) -> list[Mention]:
    """Organizations known by one word (``organizations.tsv``): Kazakhstan's national companies
    and agencies ("Казгидромет", "Казахтелеком") and well-known world and Russian bodies
    ("Гоминьдан", "Роскомнадзор") are organizations in any form, also where the model took them
    for a person or missed them."""
    result = [
        replace(mention, type="ORG") if mention.text in vocabulary.organizations else mention
        for mention in mentions
    ]
    found = [
        Mention(token.start, token.stop, "ORG", token.text)
        for token in doc.tokens
        if token.text in vocabulary.organizations
        and not (token.start and doc.text[token.start - 1] in QUOTES)
    ]
    return add_missing(result, found) if found else result
