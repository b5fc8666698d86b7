"""The name after "команда" or "болид" is a team's ("Команда Феррари", "болида Феррари", "из
команды МакЛарен-Мерседес"): an organization, where the news model, reading a foreign word
alone, tags a person. A person's team ("команда Обамы", "команды Рамзана Кадырова") stays a
person.
"""

from __future__ import annotations

from dataclasses import replace

from ..document import Document
from ..records import Mention
from .dictionary import likeliest_a_person
from .spans import token_index, tokens_within
from .vocabulary import Vocabulary


def team_names(mentions: list[Mention], doc: Document, vocabulary: Vocabulary) -> list[Mention]:
    """A person's mention right after a team noun (``team_words.txt``) becomes an organization
    when none of its words is likeliest a first name, surname or patronymic and none is an
    initial ("команду Д.Медведева")."""
    tokens = doc.tokens
    result = []
    for mention in mentions:
        if mention.type == "PER":
            index = token_index(tokens, mention.start)
            after_team = index > 0 and tokens[index - 1].lemma in vocabulary.team_words
            if after_team and not _a_persons_name(doc, mention):
                mention = replace(mention, type="ORG")
        result.append(mention)
    return result


def _a_persons_name(doc: Document, mention: Mention) -> bool:
    words = [token.text for token in tokens_within(doc.tokens, mention.start, mention.stop)]
    return any(len(word) == 1 or likeliest_a_person(word) for word in words if word.isalpha())
