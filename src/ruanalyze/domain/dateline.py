"""News datelines: "УСТЬ-КАМЕНОГОРСК, 14 февраля." and "АСТАНА. КАЗИНФОРМ – ...".

The place in capitals that opens a news item is a place, and the agency in capitals after it is an
organization; the model, seeing capitals, often calls the place an organization.
"""

from __future__ import annotations

import re

from ..document import Document
from ..records import Mention
from .spans import add_missing
from .vocabulary import Vocabulary

CAPS = r"[А-ЯЁA-Z][А-ЯЁA-Z-]+(?:[ -][А-ЯЁA-Z][А-ЯЁA-Z-]+)*"
DATELINE = re.compile(
    rf"^[ \t]*(?P<place>{CAPS})(?:,[ \t]*\d|\.[ \t]+(?P<agency>{CAPS})[ \t]*[–—-])", re.MULTILINE
)


def dateline_mentions(text: str) -> list[Mention]:
    found = []
    for match in DATELINE.finditer(text):
        found.append(Mention(match.start("place"), match.end("place"), "LOC", match["place"]))
        if match["agency"]:
            found.append(
                Mention(match.start("agency"), match.end("agency"), "ORG", match["agency"])
            )
    return found


def datelines(mentions: list[Mention], doc: Document, vocabulary: Vocabulary) -> list[Mention]:
    """The capitalized place of a dateline is LOC, the agency after it ORG, whatever the model
    said about those words."""
    found = dateline_mentions(doc.text)
    if not found:
        return mentions
    kept = [
        mention
        for mention in mentions
        if not any(item.start < mention.stop and mention.start < item.stop for item in found)
    ]
    return add_missing(kept, found)
