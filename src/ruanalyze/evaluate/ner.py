"""Score entity mentions against a gold NER file (exact span match), raw Natasha beside it.

Gold format: one JSON document a line, ``{"id", "text", "spans": [{"start", "stop", "type",
"text", ...}]}``. Only PER, LOC and ORG are scored; a span is correct when start, stop and type all
match. When the gold marks nested spans (``"nested": true``, as NEREL does), two views are
reported: the flat, upper-case subset (nested gold spans dropped, and gold and predicted spans
whose text starts with a lower-case letter dropped on both sides, since Natasha-style models tag
names, not "правительство" or "американских") and the full set.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..document import Document
from . import existing_file
from .spans import TYPES, Score, Span, score_spans

FLAT = "flat, upper-case spans"
FULL = "full set"
SYSTEM = "ruanalyze"
BASELINES = ("natasha",)


@dataclass(frozen=True, slots=True)
class GoldSpan:
    start: int
    stop: int
    type: str
    text: str
    nested: bool = False

    @property
    def span(self) -> Span:
        return (self.start, self.stop, self.type, self.text)


@dataclass(frozen=True, slots=True)
class GoldDocument:
    id: str
    text: str
    spans: tuple[GoldSpan, ...]

    @property
    def has_nesting(self) -> bool:
        return any(span.nested for span in self.spans)


@dataclass(frozen=True, slots=True)
class NerReport:
    """Scores of each system (``"ruanalyze"``, ``"natasha"``) in each view of one gold file."""

    path: str
    documents: int
    views: dict[str, dict[str, Score]]

    def f1(self, system: str = SYSTEM, type_: str | None = None, view: str | None = None) -> float:
        return self.views[view or next(iter(self.views))][system].f1(type_)

    def format(self, errors: int = 0) -> str:
        lines = [f"{self.path}: {self.documents} documents"]
        for view, scores in self.views.items():
            lines += ["", f"[{view}]", *_table(scores)]
            if errors:
                for system, score in scores.items():
                    lines += _error_lists(system, score, errors)
        return "\n".join(lines)


def read_gold(path: str | Path, limit: int | None = None) -> list[GoldDocument]:
    """Gold documents of a JSONL file; a malformed line raises ``ValueError`` naming it."""
    path = existing_file(path)
    documents = []
    with path.open(encoding="utf-8") as file:
        for number, line in enumerate(file, 1):
            if limit is not None and len(documents) >= limit:
                break
            if line.strip():
                documents.append(_gold_document(line, f"{path}:{number}"))
    return documents


def _gold_document(line: str, where: str) -> GoldDocument:
    try:
        data = json.loads(line)
        text = data["text"]
        spans = tuple(
            GoldSpan(
                int(item["start"]),
                int(item["stop"]),
                str(item["type"]),
                text[item["start"] : item["stop"]],
                bool(item.get("nested", False)),
            )
            for item in data["spans"]
        )
    except json.JSONDecodeError as error:
        raise ValueError(f"{where}: not a JSON object ({error.msg})") from None
    except (KeyError, TypeError) as error:
        raise ValueError(f"{where}: a gold document needs 'text' and 'spans' ({error})") from None
    if not isinstance(text, str):
        raise ValueError(f"{where}: 'text' is not a string")
    return GoldDocument(str(data.get("id", where)), text, spans)


def starts_lower(text: str) -> bool:
    return text[:1].islower()


def flat_upper(spans: Sequence[Span]) -> list[Span]:
    """Spans whose text does not start with a lower-case letter."""
    return [span for span in spans if not starts_lower(span[3])]


def ruanalyze_spans(
    texts: Sequence[str], analyzer: Any = None, batch_size: int = 32
) -> list[list[Span]]:
    """Mentions found by ruanalyze, as spans (the topic model is not run)."""
    from ..analyzer import Analyzer

    nlp = analyzer or Analyzer()
    result: list[list[Span]] = []
    for start in range(0, len(texts), batch_size):
        docs = [Document(text=text) for text in texts[start : start + batch_size]]
        nlp.process(docs, topics=False)
        result += [[(m.start, m.stop, m.type, m.text) for m in doc.mentions] for doc in docs]
    return result


def natasha_spans(texts: Sequence[str], batch_size: int = 8) -> list[list[Span]]:
    """Raw Natasha: ``NewsNERTagger`` spans as they come (what ``Doc.tag_ner`` gives after
    ``Doc.segment``; segmentation does not change NER spans), batched."""
    from natasha import NewsEmbedding, NewsNERTagger

    tagger = NewsNERTagger(NewsEmbedding())
    tagger.batch_size = batch_size
    indexes = [index for index, text in enumerate(texts) if text.strip()]
    result: list[list[Span]] = [[] for _ in texts]
    for index, markup in zip(indexes, tagger.map([texts[i] for i in indexes]), strict=True):
        text = texts[index]
        result[index] = [(s.start, s.stop, s.type, text[s.start : s.stop]) for s in markup.spans]
    return result


SYSTEMS: dict[str, Callable[[Sequence[str]], list[list[Span]]]] = {
    SYSTEM: ruanalyze_spans,
    "natasha": natasha_spans,
}


def evaluate_ner(
    path: str | Path,
    baseline: str | None = None,
    limit: int | None = None,
    analyzer: Any = None,
) -> NerReport:
    """Score ruanalyze (and a baseline, if named) on a gold file; see the module docstring."""
    gold = read_gold(path, limit)
    texts = [document.text for document in gold]
    predictions = {SYSTEM: ruanalyze_spans(texts, analyzer)}
    if baseline is not None:
        if baseline not in BASELINES:
            raise ValueError(f"unknown baseline {baseline!r} (choose from {', '.join(BASELINES)})")
        predictions[baseline] = SYSTEMS[baseline](texts)
    gold_all = [[span.span for span in document.spans] for document in gold]
    views: dict[str, dict[str, Score]] = {}
    if any(document.has_nesting for document in gold):
        gold_flat = [
            flat_upper([span.span for span in document.spans if not span.nested])
            for document in gold
        ]
        views[FLAT] = {
            name: score_spans(gold_flat, [flat_upper(spans) for spans in predicted])
            for name, predicted in predictions.items()
        }
    views[FULL] = {
        name: score_spans(gold_all, predicted) for name, predicted in predictions.items()
    }
    return NerReport(str(path), len(gold), views)


def _table(scores: dict[str, Score]) -> list[str]:
    systems = list(scores)
    header = "type  " + "".join(f"{name:>27}" for name in systems)
    sub = "      " + "".join(f"{'P':>9}{'R':>9}{'F1':>9}" for _ in systems)
    rows = [header, sub]
    for type_ in (*TYPES, None):
        cells = ""
        for name in systems:
            counts = scores[name].micro if type_ is None else scores[name].counts[type_]
            cells += f"{counts.precision:9.3f}{counts.recall:9.3f}{counts.f1:9.3f}"
        rows.append(f"{type_ or 'all':<6}{cells}")
    gold = scores[systems[0]].micro
    rows.append(f"gold spans: {gold.true_positives + gold.false_negatives}")
    return rows


def _error_lists(system: str, score: Score, top: int) -> list[str]:
    lines = []
    for title, counter in (("false positives", score.false_positives), ("misses", score.misses)):
        lines.append(f"{system}: commonest {title}")
        lines += [f"  {count:5d}  {type_}  {text!r}" for (text, type_), count in _top(counter, top)]
    return lines


def _top(counter: Any, top: int) -> Iterator[tuple[tuple[str, str], int]]:
    return iter(sorted(counter.items(), key=lambda item: (-item[1], item[0]))[:top])


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("gold", help="gold JSONL: one {'text', 'spans'} document a line")
    parser.add_argument(
        "--baseline", choices=BASELINES, help="also score this system, in the same run"
    )
    parser.add_argument(
        "--errors", type=int, default=0, metavar="N", help="list N commonest errors"
    )
    parser.add_argument("--limit", type=int, metavar="N", help="score only the first N documents")
    parser.add_argument(
        "--split-originals",
        action="store_true",
        help="score ruanalyze as 'annotate --split-originals' marks names (two mentions for "
        "'Барри Лоуенкрон (Barry Lowenkron)')",
    )


def run(args: argparse.Namespace) -> int:
    from ..analyzer import Analyzer

    analyzer = Analyzer(split_originals=args.split_originals)
    report = evaluate_ner(args.gold, baseline=args.baseline, limit=args.limit, analyzer=analyzer)
    print(report.format(errors=args.errors))
    return 0
