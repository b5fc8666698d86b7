"""Scoring ruanalyze against gold files, with baselines printed beside it.

Each evaluator is a module of this package with ``configure(parser)`` (its command-line
arguments) and ``run(args) -> int``; ``EVALUATORS`` lists them for ``ruanalyze evaluate``.
"""

from __future__ import annotations

from pathlib import Path

EVALUATORS: tuple[str, ...] = ("ner", "lemmas", "normal_forms", "topics")


def existing_file(path: str | Path) -> Path:
    """``path`` as a Path, or a one-line error naming it when there is no such file."""
    path = Path(path)
    if not path.is_file():
        raise FileNotFoundError(f"{path}: no such file")
    return path
