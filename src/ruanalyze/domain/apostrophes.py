"""Apostrophes at a name's edges. Wiki-style texts set names in italics with doubled apostrophes
(''The Washington Post'', ''Samsung Electronics''), and the news model runs a name into them;
some writers quote names with single ones ('Group DF'). An apostrophe at either end of a name is
never part of it: inside a name it is (O'Neil, Кот-д'Ивуар), and stays.
"""

from __future__ import annotations

from ..document import Document
from ..records import Mention
from .spans import resized
from .vocabulary import Vocabulary

APOSTROPHES = "'’"


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
