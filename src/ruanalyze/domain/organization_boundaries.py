"""Where an organization the model found starts and ends, when it ran into a person.

- "архиепископ Лонгин Клинский (РПЦ МП)" came out as one organization: a person's name and the
  bracketed abbreviations of the bodies the person belongs to are a person, then organizations.
- "Театра им." + "Йозефа Бойса": a name "named after" someone holds that person's name, which the
  model tags apart (or leaves out); the organization runs over it.
- "Исследователи Брукхейвенской национальной лаборатории", "Обозреватель РИА Новости": a noun
  for people opening a sentence is the people who belong to the organization, not its name.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..document import Document
from ..records import Mention
from .dictionary import (
    WORD,
    affiliation,
    first_name_reading,
    only_a_noun_for_people,
    person_reading,
    strip_opening_common_noun,
)
from .spans import resized
from .vocabulary import Vocabulary

# "Лонгин Клинский (РПЦ МП)": two or three capitalized words, then abbreviations in brackets.
PERSON_WITH_AFFILIATIONS = re.compile(
    r"(?P<name>[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?(?: [А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?){1,2})"
    r" \((?P<abbreviations>[А-ЯЁ]{2,6}(?: [А-ЯЁ]{2,6})*)\)"
)
ABBREVIATION = re.compile(r"[А-ЯЁ]{2,6}")
# An organization's name that stops at "named after": "Театра им.", "училище имени", "академию
# имени Адмирала Флота Советского Союза" (a title before the name).
NAMED_AFTER_END = re.compile(r"(?:^|\s)(?:им\.|имени)(?P<title>(?:\s+[А-ЯЁ][а-яё]+)*)$")
# The name after a bare "им." / "имени" the model left untagged: initials and a surname, or one
# or two capitalized words ("М. Тореза", "В. М. Шукшина", "Йозефа Бойса").
NAME_AFTER = re.compile(
    r"\s?(?:[А-ЯЁ]\.\s?){0,2}[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?(?: [А-ЯЁ][а-яё]+)?(?![\w.-])"
)


def split_person_from_affiliations(
    mentions: list[Mention], doc: Document, vocabulary: Vocabulary
) -> list[Mention]:
    """An organization whose text is a person's name and bracketed abbreviations ("Лонгин
    Клинский (РПЦ МП)") is the person, then each abbreviation (an organization, or a place the
    vocabulary knows: "(РК)"). The name must start with a first name the dictionary knows; the
    name of an organization followed by its abbreviation ("Союз координационных советов (СКС)")
    is left as it is."""
    result = []
    for mention in mentions:
        parts = (
            PERSON_WITH_AFFILIATIONS.fullmatch(mention.text)
            if mention.type == "ORG" and mention.text.endswith(")")
            else None
        )
        if parts is None or not first_name_reading(parts.group("name").split()[0]):
            result.append(mention)
            continue
        name_stop = mention.start + parts.end("name")
        result.append(replace(resized(doc, mention, mention.start, name_stop), type="PER"))
        offset = mention.start + parts.start("abbreviations")
        for abbreviation in ABBREVIATION.finditer(parts.group("abbreviations")):
            start, stop = offset + abbreviation.start(), offset + abbreviation.end()
            result.append(affiliation(start, stop, abbreviation.group(), vocabulary))
    return result


def extend_over_named_after(
    mentions: list[Mention], doc: Document, vocabulary: Vocabulary
) -> list[Mention]:
    """An organization that ends in "им." or "имени" runs over the name after it: the person the
    model tagged right after ("Театра им." + "Йозефа Бойса"), or else the initials and surname,
    or capitalized words, there ("им. В. М. Шукшина")."""
    if "им." not in doc.text and "имени" not in doc.text:
        return mentions
    result: list[Mention] = []
    index = 0
    while index < len(mentions):
        mention = mentions[index]
        index += 1
        if mention.type != "ORG" or not ends_before_a_name(mention.text):
            result.append(mention)
            continue
        following = mentions[index] if index < len(mentions) else None
        gap = doc.text[mention.stop : following.start] if following else None
        if following is not None and following.type == "PER" and gap in (" ", "\xa0", ""):
            result.append(resized(doc, mention, mention.start, following.stop))
            index += 1
            continue
        name = NAME_AFTER.match(doc.text, mention.stop)
        if (
            name is not None
            and mention.text.endswith(("им.", "имени"))
            and (following is None or following.start >= name.end())
        ):
            mention = resized(doc, mention, mention.start, name.end())
        result.append(mention)
    return result


def ends_before_a_name(text: str) -> bool:
    """``text`` ends in "им." or "имени", maybe with title words after it that are no name
    ("имени Адмирала Флота Советского Союза"), but not with a name ("имени Губкина")."""
    end = NAMED_AFTER_END.search(text)
    return end is not None and not any(map(person_reading, end.group("title").split()))


def strip_person_noun_before_organization(
    mentions: list[Mention], doc: Document, vocabulary: Vocabulary
) -> list[Mention]:
    """An organization whose first word opens a sentence and is a noun for a person, which the
    dictionary knows only as an animate common noun ("Исследователи", "Обозреватель",
    "Председателем"), starts at the next word, when at least two words of a name are left: "Друзья
    Земли" or "Свидетели Иеговы" are the names themselves."""
    return strip_opening_common_noun(
        mentions,
        doc,
        "ORG",
        WORD,
        common_noun=only_a_noun_for_people,
        written_lower=False,
        rest_holds=lambda rest: len(rest) >= 2,
    )
