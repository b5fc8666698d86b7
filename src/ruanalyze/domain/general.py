"""Rules for Russian news in general (not only Kazakhstan's): names the news model types wrongly
whatever the country.

The model learned its types from one corpus, and carries that corpus's habits: it files the
European Union among places, and takes "Брексит" for a person or an organization.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import replace

from ..document import Document
from ..records import Mention
from .kazakhstan import _phrase_spans, _without_pieces
from .spans import add_missing
from .vocabulary import Vocabulary


def international_bodies(
    mentions: list[Mention], doc: Document, vocabulary: Vocabulary
) -> list[Mention]:
    """A union of states ("Евросоюз", "Европейского союза", "ЕС", ``international_bodies.txt``)
    is an organization, in any case and whatever the model said; its pieces give way to the
    whole name."""
    spans = list(_phrase_spans(doc.tokens, vocabulary.international_bodies, capitalized=True))
    spans += [
        (token.start, token.stop)
        for token in doc.tokens
        if token.text in vocabulary.international_abbreviations
    ]
    spans = [span for span in spans if _acts(doc, span)]
    if not spans:
        return mentions
    wanted = set(spans)
    kept = [
        replace(mention, type="ORG") if (mention.start, mention.stop) in wanted else mention
        for mention in _without_pieces(mentions, spans)
    ]
    exact = {(mention.start, mention.stop) for mention in kept}
    found = [
        Mention(start, stop, "ORG", doc.text[start:stop])
        for start, stop in sorted(wanted)
        if (start, stop) not in exact
    ]
    return add_missing(kept, found)


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
