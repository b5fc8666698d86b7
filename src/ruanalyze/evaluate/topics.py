"""Topic accuracy on a gold file whose labels map to ours, baselines beside it.

Scored: the top label of each item whose gold label maps to one of ours (``--map``); items whose
labels do not map are left out of the score and counted. Reported: top-label accuracy, per-label
precision/recall/F1 of the top label and their macro average over the mapped labels, for

- the model (lemmas, the bundled one unless ``--model``);
- a majority-label baseline: every item gets the most frequent mapped gold label;
- a raw-token baseline: the same model settings trained on the same corpus (``--train``), on the
  same words lower-cased as written instead of lemmatized.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from . import existing_file

if TYPE_CHECKING:  # the topics package imports scipy: not when the CLI only builds its parser
    from ..topics import TopicModel
    from ..topics.corpus import LabelledText
    from ..topics.train import LabelScore

CLOSED = "ruanalyze, mapped labels only"


def default_corpus_path() -> Path:
    """``data/topics`` of a source checkout: the corpus the bundled model is trained on."""
    path = Path(__file__).resolve().parents[3] / "data" / "topics"
    if not path.is_dir():
        raise ValueError(
            "the raw-token baseline is trained on the bundled model's corpus, which only a source "
            "checkout has: give it with --train data/topics"
        )
    return path


def load_mapping(path: str | Path) -> dict[str, str]:
    """A JSON object ``{"gold label": "our label", ...}``."""
    try:
        mapping = json.loads(Path(path).read_text(encoding="utf-8"))
    except OSError as error:
        raise FileNotFoundError(
            f"{path}: cannot read the label mapping ({error.strerror})"
        ) from error
    except json.JSONDecodeError as error:
        raise ValueError(f"{path}: the label mapping is not JSON ({error.msg})") from error
    if not isinstance(mapping, dict) or not all(
        isinstance(key, str) and isinstance(value, str) for key, value in mapping.items()
    ):
        raise ValueError(f'{path}: expected a JSON object {{"gold label": "our label"}}')
    return mapping


@dataclass(frozen=True)
class SystemScore:
    name: str
    accuracy: float
    labels: list[LabelScore]

    @property
    def macro_f1(self) -> float:
        return sum(score.f1 for score in self.labels) / len(self.labels) if self.labels else 0.0


@dataclass(frozen=True)
class TopicEvaluation:
    gold: str
    items: int
    left_out: Counter
    systems: list[SystemScore]
    closed: SystemScore | None = None

    @property
    def scored(self) -> int:
        return self.items - sum(self.left_out.values())

    def system(self, name: str) -> SystemScore:
        return next(system for system in self.systems if system.name == name)

    def format(self) -> str:
        left = ", ".join(f"{label} {count}" for label, count in self.left_out.most_common())
        lines = [
            f"{self.gold}: {self.items} items, {self.scored} scored, "
            f"{sum(self.left_out.values())} left out (unmapped labels: {left or 'none'})",
            "",
            f"{'system':<28} {'top-label acc':>13} {'macro F1':>9}",
        ]
        lines += [f"{s.name:<28} {s.accuracy:>13.3f} {s.macro_f1:>9.3f}" for s in self.systems]
        if self.closed is not None:
            s = self.closed
            lines += [
                "",
                "diagnostic, not a score: the same model choosing only among the mapped labels",
                "(how much of the loss is articles given a label the gold set does not have)",
                f"{s.name:<28} {s.accuracy:>13.3f} {s.macro_f1:>9.3f}",
            ]
        model = self.systems[-1]
        lines += ["", f"{model.name}, per label (top label):"]
        lines.append(f"{'label':<16} {'precision':>9} {'recall':>7} {'f1':>6} {'support':>8}")
        lines += [
            f"{s.label:<16} {s.precision:>9.3f} {s.recall:>7.3f} {s.f1:>6.3f} {s.support:>8}"
            for s in model.labels
        ]
        return "\n".join(lines)


def evaluate_topics(
    gold: str | Path,
    mapping: dict[str, str] | None = None,
    model: str | Path | None = None,
    train: str | Path | None = None,
    text_key: str = "text",
    label_key: str = "labels",
    analyzer=None,
) -> TopicEvaluation:
    """Score the model and both baselines on ``gold`` (see the module docstring)."""
    from ..topics import TopicModel, default_model_path
    from ..topics.corpus import read_labelled
    from ..topics.features import raw_terms, topic_terms
    from ..topics.train import tokenize

    fitted = TopicModel.load(model or default_model_path())
    mapping = mapping if mapping is not None else {label: label for label in fitted.labels_}
    unknown = sorted(set(mapping.values()) - set(fitted.labels_))
    if unknown:
        raise ValueError(f"the mapping names labels the model does not have: {', '.join(unknown)}")
    existing_file(gold)
    items = list(read_labelled(gold, text_key, label_key))
    if not items:
        raise ValueError(f"{gold}: no labelled items")
    kept, truth, left_out = map_gold(items, mapping)
    if not kept:
        raise ValueError(f"{gold}: no item has a label in the mapping")
    tokens = tokenize([item.text for item in kept], analyzer)
    majority = Counter(labels[0] for labels in truth).most_common(1)[0][0]
    lemmas = [topic_terms(t) for t in tokens]

    corpus = list(read_labelled(train or default_corpus_path()))
    corpus_tokens = tokenize([item.text for item in corpus], analyzer)
    raw_model = fitted.unfitted().fit(
        [raw_terms(t) for t in corpus_tokens], [list(item.labels) for item in corpus]
    )
    systems = [
        score_top_label(f"majority label ({majority})", [majority] * len(kept), truth),
        score_model("raw tokens (same model)", raw_model, [raw_terms(t) for t in tokens], truth),
        score_model("ruanalyze (lemmas)", fitted, lemmas, truth),
    ]
    closed = score_model(CLOSED, fitted, lemmas, truth, only=sorted(set(mapping.values())))
    return TopicEvaluation(str(gold), len(items), left_out, systems, closed)


def map_gold(
    items: Sequence[LabelledText], mapping: dict[str, str]
) -> tuple[list[LabelledText], list[list[str]], Counter]:
    """The items with a mapped label, their mapped labels, and a count of the others by label."""
    kept, truth, left_out = [], [], Counter()
    for item in items:
        mapped = [mapping[label] for label in item.labels if label in mapping]
        if mapped:
            kept.append(item)
            truth.append(mapped)
        else:
            left_out.update([item.labels[0]])
    return kept, truth, left_out


def score_model(
    name: str,
    model: TopicModel,
    documents: Sequence[Sequence[str]],
    truth: list[list[str]],
    only: Sequence[str] | None = None,
) -> SystemScore:
    """Accuracy and per-label scores of the model's top label (the decision rule's main topic)
    on term lists; with ``only``, the most probable main topic among those labels."""
    if only is None:
        top = [model.labels_[choice[0]] for choice in model.choose(documents)]
    else:
        columns = [model.labels_.index(label) for label in only]
        top = [only[int(row.argmax())] for row in model.primary(documents)[:, columns]]
    return score_top_label(name, top, truth)


def score_top_label(name: str, top: list[str], truth: list[list[str]]) -> SystemScore:
    """A top label is right when it is one of the item's (mapped) gold labels."""
    from ..topics.train import label_scores

    accuracy = sum(label in gold for label, gold in zip(top, truth, strict=True)) / len(truth)
    return SystemScore(name, accuracy, label_scores(truth, [{label} for label in top]))


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("gold", help="labelled .jsonl/.csv file (text and label(s) per item)")
    parser.add_argument("--map", help='JSON {"gold label": "our label"}; default: identity')
    parser.add_argument("--model", help="topic model folder (default: the bundled one)")
    parser.add_argument(
        "--train", help="corpus for the raw-token baseline (default: data/topics of the checkout)"
    )
    parser.add_argument("--text-key", default="text", help="text field (default: text)")
    parser.add_argument(
        "--label-key", default="labels", help="label field (default: labels, then label)"
    )


def run(args: argparse.Namespace) -> int:
    mapping = load_mapping(args.map) if args.map else None
    evaluation = evaluate_topics(
        args.gold, mapping, args.model, args.train, args.text_key, args.label_key
    )
    print(evaluation.format())
    return 0
