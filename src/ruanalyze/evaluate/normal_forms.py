"""Accuracy of entity normal forms on a mention → normal TSV, with natasha's span.normalize beside.

The gold file has the columns ``mention``, ``type`` (PER/LOC/ORG), ``normal`` and ``note`` (a
category). A normal form is right when it equals the gold one exactly, with ё folded to е.

natasha sees each mention as a sentence of its own, ``Doc(mention + ".")``, segmented,
morph-tagged (and syntax-parsed for ORG, which ``span.normalize`` needs); a span over the mention
gets ``span.normalize(MorphVocab())``. Of the framings tried (the bare mention: 0.745, the mention
and a period: 0.787, "Сообщение: …." 0.738, "Об этом сообщает …." 0.596 on the bundled gold
list) this one is natasha's best. ruanalyze's :class:`~ruanalyze.normalize.Normalizer` gets the
razdel tokens of the mention, as in the analyzer.
"""

from __future__ import annotations

import argparse
import csv
from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from . import existing_file

Normalize = Callable[[str, str], str]
BASELINES = ("natasha",)
TYPES = frozenset({"PER", "LOC", "ORG"})


@dataclass(frozen=True, slots=True)
class Pair:
    mention: str
    type: str
    normal: str
    note: str


def read_pairs(path: str | Path) -> list[Pair]:
    path = existing_file(path)
    with path.open(encoding="utf-8", newline="") as file:
        rows = list(csv.reader(file, delimiter="\t"))
    if not rows or rows[0][:3] != ["mention", "type", "normal"]:
        raise ValueError(f"{path}: expected a header 'mention<TAB>type<TAB>normal[<TAB>note]'")
    pairs = []
    for number, row in enumerate(rows[1:], 2):
        if len(row) < 3 or row[1] not in TYPES:
            raise ValueError(f"{path}:{number}: expected mention, PER/LOC/ORG and a normal form")
        pairs.append(Pair(row[0], row[1], row[2], row[3] if len(row) > 3 else ""))
    return pairs


def ruanalyze_system() -> Normalize:
    from razdel import tokenize

    from ..morph import Morph
    from ..normalize import Normalizer, normal_text

    normalizer = Normalizer(Morph())

    def normalize(text: str, type_: str) -> str:
        tokens = list(tokenize(text))
        return normal_text(text, 0, tokens, normalizer([token.text for token in tokens], type_))

    return normalize


def natasha_system() -> Normalize:
    from natasha import (
        Doc,
        MorphVocab,
        NewsEmbedding,
        NewsMorphTagger,
        NewsSyntaxParser,
        Segmenter,
    )
    from natasha.doc import DocSpan

    embedding = NewsEmbedding()
    segmenter, vocab = Segmenter(), MorphVocab()
    tagger, parser = NewsMorphTagger(embedding), NewsSyntaxParser(embedding)

    def normalize(text: str, type_: str) -> str:
        doc = Doc(text + ".")
        doc.segment(segmenter)
        doc.tag_morph(tagger)
        if type_ == "ORG":
            doc.parse_syntax(parser)
        tokens = [token for token in doc.tokens if token.stop <= len(text)]
        span = DocSpan(0, len(text), type_, text, tokens=tokens)
        span.normalize(vocab)
        return span.normal

    return normalize


SYSTEMS: dict[str, Callable[[], Normalize]] = {
    "ruanalyze": ruanalyze_system,
    "natasha": natasha_system,
}


def fold(text: str) -> str:
    return text.replace("ё", "е").replace("Ё", "Е")


@dataclass(frozen=True, slots=True)
class Result:
    system: str
    pair: Pair
    predicted: str

    @property
    def correct(self) -> bool:
        return fold(self.predicted) == fold(self.pair.normal)


def evaluate_normal_forms(
    path: str | Path, baselines: Sequence[str] = BASELINES
) -> dict[str, list[Result]]:
    """Each system's result for every gold pair."""
    pairs = read_pairs(path)
    results: dict[str, list[Result]] = {}
    for name in ["ruanalyze", *baselines]:
        normalize = SYSTEMS[name]()
        results[name] = [Result(name, pair, normalize(pair.mention, pair.type)) for pair in pairs]
    return results


def accuracy(results: Sequence[Result]) -> float:
    return sum(result.correct for result in results) / len(results) if results else 0.0


def format_results(results: dict[str, list[Result]], errors: bool = False) -> Iterator[str]:
    names = list(results)
    by_note: dict[str, dict[str, list[Result]]] = defaultdict(lambda: defaultdict(list))
    for name, items in results.items():
        for result in items:
            by_note[result.pair.note or "-"][name].append(result)
    count = len(next(iter(results.values())))
    yield f"{'category':<16} {'n':>4}  " + "  ".join(f"{name:>9}" for name in names)
    for note in sorted(by_note):
        cells = "  ".join(f"{accuracy(by_note[note][name]):9.3f}" for name in names)
        yield f"{note:<16} {len(by_note[note][names[0]]):>4}  {cells}"
    cells = "  ".join(f"{accuracy(results[name]):9.3f}" for name in names)
    yield f"{'all':<16} {count:>4}  {cells}"
    if errors:
        for result in results["ruanalyze"]:
            if not result.correct:
                pair = result.pair
                yield f"  ✗ {pair.mention!r} → {result.predicted!r} (gold {pair.normal!r})"


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("gold", help="TSV with columns mention, type, normal, note")
    parser.add_argument("--baseline", default="natasha", help="natasha, or '' for ruanalyze alone")
    parser.add_argument("--errors", action="store_true", help="list ruanalyze's wrong forms")


def run(args: argparse.Namespace) -> int:
    baselines = [name.strip() for name in args.baseline.split(",") if name.strip()]
    unknown = [name for name in baselines if name not in BASELINES]
    if unknown:
        raise ValueError(f"unknown baseline {unknown[0]!r}: choose from {', '.join(BASELINES)}")
    for line in format_results(evaluate_normal_forms(args.gold, baselines), args.errors):
        print(line)
    return 0
