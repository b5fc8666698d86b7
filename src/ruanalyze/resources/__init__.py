"""Vocabulary files shipped with the package (read with importlib.resources)."""

from __future__ import annotations

from importlib import resources


def data_lines(name: str) -> list[str]:
    """The lines of resource file ``name`` that hold data: stripped, without blank lines and
    ``#`` comments."""
    text = resources.files(__name__).joinpath(name).read_text(encoding="utf-8")
    return [line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")]
