"""The article in a saved news page: title and body, without menus, share buttons or comments.

Extraction is trafilatura's (maintained, and made for exactly this); the document's text is the
title, a blank line, then the body paragraphs one a line, and offsets index that text.
"""

from __future__ import annotations

import logging
from typing import Any

MIN_WORDS = 5


class NoArticle(ValueError):
    """A page in which no article text was found."""


def extract_article(html: str) -> tuple[str, dict[str, Any]]:
    """``(text, meta)``: the article text and what the page says about it (title, date, author,
    url, site name; only those found)."""
    import trafilatura

    # trafilatura logs every page it cannot parse; the caller reports that as one error line.
    logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
    result = trafilatura.bare_extraction(
        html,
        include_comments=False,
        include_tables=True,
        include_images=False,
        include_links=False,
        with_metadata=True,
    )
    body = (getattr(result, "text", None) or "").strip() if result is not None else ""
    # With no article, trafilatura falls back to whatever text the page has (a menu, a footer):
    # a page with no line of at least MIN_WORDS words has no article.
    if not any(_words(line) >= MIN_WORDS for line in body.splitlines()):
        raise NoArticle("no article text found in the HTML page")
    meta = {
        key: value
        for key in ("title", "date", "author", "url", "sitename")
        if isinstance(value := getattr(result, key, None), str) and value
    }
    title = meta.get("title", "").strip()
    text = body if not title or body.startswith(title) else f"{title}\n\n{body}"
    return text, meta


def _words(line: str) -> int:
    return sum(any(char.isalpha() for char in word) for word in line.split())
