"""Shared fixtures. Tests that need the real models share one analyzer per session."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import ruanalyze

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
DATASETS = SHARED / "datasets"


def shared_path(relative: str) -> Path:
    """A file of ``../shared``, or skip the test saying why."""
    path = SHARED / relative
    if not path.exists():
        pytest.skip(f"{path} is absent: real-data checks need the project's shared/ folder")
    return path


@pytest.fixture(scope="session")
def nlp() -> ruanalyze.Analyzer:
    return ruanalyze.load()


MARKUP = re.compile(r"\[([^\]]+)\]\((PER|LOC|ORG)\)")


def parse_markup(markup: str) -> tuple[str, list[tuple[int, int, str, str]]]:
    """``"[Жаксылык Омар](PER) прибыл в [ВКО](LOC)"`` → text and ``(start, stop, type, text)``."""
    text, spans, position = [], [], 0
    for match in MARKUP.finditer(markup):
        text.append(markup[position : match.start()])
        start = sum(map(len, text))
        name, type_ = match.group(1), match.group(2)
        text.append(name)
        spans.append((start, start + len(name), type_, name))
        position = match.end()
    text.append(markup[position:])
    return "".join(text), spans
