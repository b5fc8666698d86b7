"""Scoring ruanalyze against gold files, with baselines printed beside it.

Each evaluator is a module of this package with ``configure(parser)`` (its command-line
arguments) and ``run(args) -> int``; ``EVALUATORS`` lists them for ``ruanalyze evaluate``.
"""

EVALUATORS: tuple[str, ...] = ("ner", "lemmas", "normal_forms", "topics")
