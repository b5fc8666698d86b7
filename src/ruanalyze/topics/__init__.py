"""Topic classification: features, model, training corpus and the pipeline stage."""

from __future__ import annotations

from functools import cached_property
from pathlib import Path

from ..document import Document
from ..records import Topic
from .features import topic_terms
from .model import DecisionRule, ModelFormatError, TopicModel

__all__ = [
    "DecisionRule",
    "ModelFormatError",
    "TopicModel",
    "TopicTagger",
    "default_model_path",
    "topic_terms",
]


def default_model_path() -> Path:
    """The model inside the installed package, or ``models/topics`` of a source checkout."""
    packaged = Path(__file__).resolve().parent.parent / "models" / "topics"
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parents[3] / "models" / "topics"


class TopicTagger:
    """Fills ``doc.topics`` with the labels the model's decision rule chooses, best first."""

    def __init__(self, path: str | Path | None = None) -> None:
        self.path = Path(path) if path else default_model_path()

    @cached_property
    def model(self) -> TopicModel:
        return TopicModel.load(self.path)

    def scores(self, docs: list[Document]) -> list[dict[str, float]]:
        """Every label's score for each document."""
        if not docs:
            return []
        labels = self.model.labels_
        scores = self.model.scores([topic_terms(doc.tokens) for doc in docs])
        return [dict(zip(labels, map(float, row), strict=True)) for row in scores]

    def tag_many(self, docs: list[Document]) -> None:
        if not docs:
            return
        scores, primary = self.model.both([topic_terms(doc.tokens) for doc in docs])
        for doc, row, main in zip(docs, scores, primary, strict=True):
            chosen = self.model.rule.choose(row, main) if doc.tokens else []
            doc.topics = [Topic(self.model.labels_[i], round(float(row[i]), 4)) for i in chosen]

    def __call__(self, doc: Document) -> Document:
        self.tag_many([doc])
        return doc

    def explain(self, doc: Document, top: int = 10) -> dict[str, list[tuple[str, float]]]:
        terms = topic_terms(doc.tokens)
        return {topic.label: self.model.explain(terms, topic.label, top) for topic in doc.topics}
