"""Why an article got its topics: each chosen label with its score and the lemmas behind it."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from ..analyzer import Analyzer
from ..document import Document
from ..io import InputError, read_inputs


@dataclass(frozen=True)
class TopicExplanation:
    doc_id: str
    source: str | None
    chosen: list[tuple[str, float, list[tuple[str, float]]]]
    runners_up: list[tuple[str, float]]

    def format(self) -> str:
        lines = [f"{self.doc_id}" + (f" ({self.source})" if self.source else "")]
        for label, score, terms in self.chosen:
            why = ", ".join(f"{term} {weight:.2f}" for term, weight in terms)
            lines.append(f"  {label:<14} {score:.2f}  {why or '(no known words)'}")
        others = ", ".join(f"{label} {score:.2f}" for label, score in self.runners_up)
        lines.append(f"  next: {others}")
        return "\n".join(lines)


def explain_document(analyzer: Analyzer, doc: Document, top: int = 8) -> TopicExplanation:
    """Topics of ``doc`` (tokens and topics only: no NER), each with its top lemmas."""
    analyzer.prepare(doc)
    analyzer.topics.tag_many([doc])
    reasons = analyzer.explain_topics(doc, top)
    chosen = [(t.label, t.score, reasons[t.label]) for t in doc.topics]
    scores = analyzer.topic_scores(doc)
    taken = {t.label for t in doc.topics}
    others = sorted((item for item in scores.items() if item[0] not in taken), key=lambda x: -x[1])
    return TopicExplanation(doc.id, doc.source, chosen, others[:3])


def explain(
    paths: Iterable[str | Path],
    topic_model: str | Path | None = None,
    text_key: str = "text",
    top: int = 8,
) -> Iterator[TopicExplanation | InputError]:
    """Explanations for every article of the files and folders (as ``annotate`` reads them)."""
    analyzer = Analyzer(topic_model=topic_model)
    for item in read_inputs(paths, text_key):
        yield item if isinstance(item, InputError) else explain_document(analyzer, item, top)
