"""How much scraped-page Unicode changes what the analyzer finds, with and without textclean.

Each article of a NER set is dirtied the way scraped pages are (NBSP and thin spaces, soft
hyphens inside long words, non-breaking hyphens, zero-width spaces, stress accents, „лапки“,
Latin look-alike letters), then analyzed; its mentions (type, normal form) are compared with
those of the clean article. "agreement" is the F1 between the two mention lists; "offsets ok"
checks ``doc.text[m.start:m.stop] == m.text`` on the dirty original.

    python benchmarks/dirty_unicode.py ../shared/datasets/ner/factru_dev.jsonl --limit 60
"""

from __future__ import annotations

import argparse
import json
import random
import re
from collections import Counter
from contextlib import contextmanager
from unittest import mock

import ruanalyze
from ruanalyze import analyzer as analyzer_module
from ruanalyze.textclean import CleanedView, CleanText

LOOKALIKE = dict(zip("аеорсхАЕКМНОРСТХ", "aeopcxAEKMHOPCTX", strict=True))


def dirty(text: str, rng: random.Random) -> str:
    def word(match: re.Match[str]) -> str:
        w = match.group()
        if len(w) > 8 and rng.random() < 0.3:
            cut = rng.randrange(3, len(w) - 3)
            w = w[:cut] + "\u00ad" + w[cut:]
        if rng.random() < 0.05:
            w = "".join(LOOKALIKE.get(c, c) if rng.random() < 0.3 else c for c in w)
        if rng.random() < 0.03:
            w = w[:1] + "\u200b" + w[1:]
        if rng.random() < 0.03 and re.search("[аеиоуыэюя]", w):
            index = re.search("[аеиоуыэюя]", w).end()
            w = w[:index] + "\u0301" + w[index:]
        return w

    text = re.sub(r"\w+", word, text)
    text = re.sub(r"(?<=\w)-(?=\w)", lambda m: "\u2011" if rng.random() < 0.5 else "-", text)
    text = re.sub(" ", lambda m: rng.choice([" ", " ", " ", "\u00a0", "\u2009"]), text)
    return text.replace("«", "„").replace("»", "“")


@contextmanager
def cleaning(enabled: bool):
    if enabled:
        yield
        return

    def identity(doc):
        text = doc.text
        return CleanedView(doc, CleanText(text, text, range(len(text)), range(1, len(text) + 1)))

    with mock.patch.object(analyzer_module, "cleaned_view", identity):
        yield


def f1(expected: Counter, found: Counter) -> float:
    matched = sum((expected & found).values())
    total = sum(expected.values()) + sum(found.values())
    return 2 * matched / total if total else 1.0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path")
    parser.add_argument("--limit", type=int, default=60)
    args = parser.parse_args()
    rng = random.Random(7)
    with open(args.path, encoding="utf-8") as file:
        texts = [json.loads(line)["text"] for line in file][: args.limit]
    dirty_texts = [dirty(text, rng) for text in texts]
    nlp = ruanalyze.load()
    reference = [Counter((m.type, m.normal) for m in doc.mentions) for doc in nlp.pipe(texts)]
    print(f"{len(texts)} articles, {sum(sum(c.values()) for c in reference)} clean mentions")
    print(f"{'':<22}{'agreement F1':>14}{'identical docs':>16}{'offsets ok':>12}")
    for enabled in (False, True):
        with cleaning(enabled):
            docs = list(nlp.pipe(dirty_texts))
        found = [Counter((m.type, m.normal) for m in doc.mentions) for doc in docs]
        scores = [f1(e, f) for e, f in zip(reference, found, strict=True)]
        identical = sum(e == f for e, f in zip(reference, found, strict=True))
        offsets = all(d.text[m.start : m.stop] == m.text for d in docs for m in d.mentions)
        name = "with textclean" if enabled else "without (baseline)"
        print(
            f"{name:<22}{sum(scores) / len(scores):>14.3f}{identical:>11}/{len(docs):<4}"
            f"{offsets!s:>12}"
        )


if __name__ == "__main__":
    main()
