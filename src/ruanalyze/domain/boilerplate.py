"""Page boilerplate in plain-text dumps of news pages ("Поделиться", "Сообщите об ошибке", ...)."""

from __future__ import annotations

import re
from collections.abc import Iterable

from .vocabulary import load_vocabulary

LINE = re.compile(r"[^\n]*")
# Notices are short; a longer line that starts like one holds the article too.
MAX_LINE = 400


def boilerplate_regions(
    text: str, patterns: Iterable[re.Pattern[str]] | None = None
) -> list[tuple[int, int]]:
    """``(start, stop)`` of every line that is page boilerplate."""
    patterns = tuple(patterns if patterns is not None else load_vocabulary().boilerplate)
    regions = []
    for match in LINE.finditer(text):
        line = match.group().strip()
        if line and len(line) <= MAX_LINE and any(pattern.search(line) for pattern in patterns):
            regions.append((match.start(), match.end()))
    return regions


def mask(text: str, regions: Iterable[tuple[int, int]]) -> str:
    """``text`` with the regions blanked out by spaces, so every offset stays valid."""
    chars = list(text)
    for start, stop in regions:
        chars[start:stop] = " " * (stop - start)
    return "".join(chars)
