"""HTML rendering of a document with its mentions highlighted, for notebooks."""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .document import Document

COLORS = {"PER": "#fde2e2", "LOC": "#dcefff", "ORG": "#e3f6dc"}
BORDERS = {"PER": "#d9534f", "LOC": "#337ab7", "ORG": "#3c9a2e"}


def _mark(text: str, type_: str, normal: str) -> str:
    style = (
        f"background:{COLORS.get(type_, '#eee')};"
        f"border-bottom:2px solid {BORDERS.get(type_, '#999')};"
        "padding:0 2px;border-radius:3px"
    )
    label = f'<sup style="font-size:0.65em;color:{BORDERS.get(type_, "#999")}">{type_}</sup>'
    return f'<mark style="{style}" title="{escape(normal)}">{escape(text)}{label}</mark>'


def render_html(doc: Document) -> str:
    parts: list[str] = []
    position = 0
    for mention in doc.mentions:
        parts.append(escape(doc.text[position : mention.start]))
        parts.append(_mark(doc.text[mention.start : mention.stop], mention.type, mention.normal))
        position = mention.stop
    parts.append(escape(doc.text[position:]))
    topics = ", ".join(f"{topic.label} {topic.score:.2f}" for topic in doc.topics)
    header = f"<div style='color:#666;font-size:0.85em'>topics: {escape(topics) or '—'}</div>"
    body = "".join(parts)
    text = f"<div style='white-space:pre-wrap;line-height:1.6'>{body}</div>"
    return f"<div class='ruanalyze'>{header}{text}</div>"
