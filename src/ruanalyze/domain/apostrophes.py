"""Apostrophes at a name's edges. Wiki-style texts set names in italics with doubled apostrophes
(''The Washington Post'', ''Samsung Electronics''), and the news model runs a name into them;
some writers quote names with single ones ('Group DF'). An apostrophe at either end of a name is
never part of it: inside a name it is (O'Neil, Кот-д'Ивуар), and stays.
"""

from __future__ import annotations

import re

from ..document import Document
from ..records import Mention
from .spans import resized, retyped
from .vocabulary import Vocabulary

APOSTROPHES = "'’"
# A name set in doubled or single apostrophes right after a word: " ''Yukon Sun''", " 'Group DF'".
APOSTROPHE_QUOTED = re.compile(r" (?P<mark>''?)(?P<name>[A-ZА-ЯЁ0-9][^'\n]{0,60}?)(?P=mark)(?!\w)")


def strip_edge_apostrophes(
    mentions: list[Mention], doc: Document, vocabulary: Vocabulary
) -> list[Mention]:
    """A mention starting or ending with apostrophes loses them, and a closing quote it never
    opened right before them (the mention goes if nothing is left)."""
    result = []
    for mention in mentions:
        text = mention.text
        if text[:1] in APOSTROPHES or text[-1:] in APOSTROPHES:
            stripped = text.lstrip(APOSTROPHES)
            start = mention.start + len(text) - len(stripped)
            stripped = stripped.rstrip(APOSTROPHES)
            if stripped.endswith("»") and stripped.count("»") > stripped.count("«"):
                stripped = stripped[:-1]  # the quote closed before the apostrophes: "Якунина»''"
            if not stripped.strip():
                continue
            mention = resized(doc, mention, start, start + len(stripped))
        result.append(mention)
    return result


def apostrophe_quoted_organizations(
    mentions: list[Mention], doc: Document, vocabulary: Vocabulary
) -> list[Mention]:
    """A name in apostrophes after a noun that says it names an organization ("газеты ''Yukon
    Sun''", "холдинг ''Ostchem''", ``organization_kinds.txt``) is an organization, as it is
    in «» or in quotes (``general.quoted_organizations``)."""
    found_names = list(APOSTROPHE_QUOTED.finditer(doc.text)) if "'" in doc.text else []
    if not found_names:
        return mentions
    ending_at = {token.stop: token for token in doc.tokens}
    spans = []
    for found in found_names:
        before = ending_at.get(found.start())
        if before is not None and before.lemma in vocabulary.organization_kinds:
            spans.append(found.span("name"))
    return retyped(mentions, doc, spans, "ORG") if spans else mentions
