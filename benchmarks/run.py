"""Throughput, memory and start-up of ruanalyze beside raw Natasha, side by side in one run.

    python benchmarks/run.py --articles 300

Every configuration runs in a fresh subprocess of its own (so peak RSS is that configuration's),
on the same articles of ``../shared/datasets/ner/collection5.jsonl``; models are loaded and warmed
up on one article before the clock starts, except for the start-up measure. Prints a table of
ratios with the absolute numbers and writes it, with the command, to ``benchmarks/README.md``.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import platform
import resource
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from itertools import cycle, islice
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
DEFAULT_DATA = ROOT.parent / "shared" / "datasets" / "ner" / "collection5.jsonl"
WARM_UP = "Аким Восточно-Казахстанской области Даниал Ахметов провёл совещание в Усть-Каменогорске."
MIB = 1024 * 1024


# ---------------------------------------------------------------------------------------------
# measures: each runs in its own process and returns a dict


def peak_rss_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def current_rss_mib() -> float:
    with open("/proc/self/statm") as file:
        return int(file.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / MIB


def load_texts(path: Path, count: int) -> list[str]:
    texts = []
    with open(path, encoding="utf-8") as file:
        for line in file:
            texts.append(json.loads(line)["text"])
            if len(texts) == count:
                break
    return texts


def timed(texts: list[str], run: Callable[[list[str]], Any]) -> dict[str, float]:
    """Wall seconds and rate of one run, with the CPU seconds of this process per article."""
    cpu = _cpu_seconds()
    started = time.perf_counter()
    run(texts)
    seconds = time.perf_counter() - started
    return {
        "articles": len(texts),
        "seconds": seconds,
        "rate": len(texts) / seconds,
        "cpu_per_article": (_cpu_seconds() - cpu) / len(texts),
    }


def _cpu_seconds() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def measure_natasha(texts: list[str], full: bool) -> dict[str, Any]:
    """N1 (full=True): segment, morphology, syntax, NER, span normal forms, token lemmas.
    N2: segment and NER. One article at a time, as Natasha's documentation does it."""
    from natasha import (
        Doc,
        MorphVocab,
        NewsEmbedding,
        NewsMorphTagger,
        NewsNERTagger,
        NewsSyntaxParser,
        Segmenter,
    )

    segmenter, embedding = Segmenter(), NewsEmbedding()
    ner = NewsNERTagger(embedding)
    if full:
        vocab = MorphVocab()
        morph, syntax = NewsMorphTagger(embedding), NewsSyntaxParser(embedding)

    def one(text: str) -> None:
        doc = Doc(text)
        doc.segment(segmenter)
        if full:
            doc.tag_morph(morph)
            doc.parse_syntax(syntax)
        doc.tag_ner(ner)
        if full:
            for span in doc.spans:
                span.normalize(vocab)
            for token in doc.tokens:
                token.lemmatize(vocab)

    one(WARM_UP)
    result = timed(texts, lambda items: [one(text) for text in items])
    return {**result, "peak_rss": peak_rss_mib()}


def _documents(texts: list[str], first: int = 0) -> list[Any]:
    from ruanalyze import Document

    return [Document(text, id=str(first + index)) for index, text in enumerate(texts)]


def measure_ruanalyze(
    texts: list[str], batch_size: int, ner_thread: bool = False
) -> dict[str, Any]:
    """Full analysis into output lines (what ``annotate`` writes), in this process (as
    ``annotate`` runs it by default, or with NER on a second thread)."""
    import ruanalyze
    from ruanalyze.io.parallel import annotate_batch

    nlp = ruanalyze.load(batch_size=batch_size, ner_thread=ner_thread)
    nlp(WARM_UP)

    def annotate(items: list[str]) -> None:
        # as `annotate` does: each batch's documents are made, analyzed, written and let go
        for start in range(0, len(items), batch_size):
            annotate_batch(nlp, _documents(items[start : start + batch_size], start))

    result = timed(texts, annotate)
    return {**result, "peak_rss": peak_rss_mib(), "morph_backend": morph_backend()}


def morph_backend() -> str:
    from pymorphy3 import dawg

    return "C DAWG (pymorphy3[fast])" if dawg.EXTENSION_AVAILABLE else "pure-Python DAWG"


def measure_workers(texts: list[str], batch_size: int, workers: int) -> dict[str, Any]:
    """The same work through ``annotate``'s process pool, timed once the workers are up."""
    from ruanalyze.io.parallel import AnalyzerSettings, ordered_results, process_pool
    from ruanalyze.io.writers import batches

    settings = AnalyzerSettings(batch_size=batch_size)
    started = time.perf_counter()
    submit, close = process_pool(workers, settings)
    warm = [submit(_documents([WARM_UP])) for _ in range(workers)]
    for future in warm:
        future.result()
    start_up = time.perf_counter() - started
    docs = _documents(texts)
    pool = [process.pid for process in multiprocessing.active_children()]
    cpu = _process_cpu_seconds([os.getpid(), *pool])
    try:
        result = timed(
            texts, lambda _: list(ordered_results(submit, batches(docs, batch_size), 2 * workers))
        )
        # The CPU of all the processes while they ran the batches, start-up left out.
        spent = _process_cpu_seconds([os.getpid(), *pool]) - cpu
        result["cpu_per_article"] = spent / len(texts)
    finally:
        close()
    return {**result, "start_up": start_up, "processes": len(pool)}


def _process_cpu_seconds(pids: list[int]) -> float:
    """User + system CPU seconds of running processes, from /proc."""
    total = 0
    for pid in pids:
        with open(f"/proc/{pid}/stat") as file:
            fields = file.read().rsplit(")", 1)[1].split()
        total += int(fields[11]) + int(fields[12])  # utime, stime (fields 14 and 15)
    return total / os.sysconf("SC_CLK_TCK")


def measure_start(batch_size: int) -> dict[str, Any]:
    """Seconds from ``import ruanalyze`` and from ``ruanalyze.load()`` to the first document."""
    started = time.perf_counter()
    import ruanalyze

    imported = time.perf_counter()
    nlp = ruanalyze.load(batch_size=batch_size)
    doc = nlp(WARM_UP)
    done = time.perf_counter()
    assert doc.mentions, "the warm-up article should have mentions"
    return {"import": imported - started, "load_to_first": done - imported}


def stream_articles(path: Path) -> Iterator[str]:
    """Every article of the file, over and over (the cycled set stands in for a big corpus)."""
    return cycle(load_texts(path, 10**9))


def measure_stream(path: Path, checkpoints: list[int], batch_size: int) -> dict[str, Any]:
    """Current and peak RSS after each checkpoint of a long stream through ``nlp.pipe``."""
    import ruanalyze

    nlp = ruanalyze.load(batch_size=batch_size)
    nlp(WARM_UP)
    marks = {}
    total = max(checkpoints)
    started = time.perf_counter()
    articles = (ruanalyze.Document(text, id=str(i)) for i, text in enumerate(stream_articles(path)))
    for count, doc in enumerate(nlp.pipe(islice(articles, total)), 1):
        doc.to_jsonl_line()
        if count in checkpoints:
            marks[count] = {"rss": current_rss_mib(), "peak_rss": peak_rss_mib()}
    seconds = time.perf_counter() - started
    return {"marks": marks, "rate": total / seconds}


class StageClock:
    """Wraps a stage callable and adds its time to a named total."""

    def __init__(self, totals: dict[str, float], name: str, stage: Callable[..., Any]) -> None:
        self.totals, self.name, self.stage = totals, name, stage

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        started = time.perf_counter()
        try:
            return self.stage(*args, **kwargs)
        finally:
            self.totals[self.name] = self.totals.get(self.name, 0.0) + time.perf_counter() - started


def measure_profile(texts: list[str], batch_size: int) -> dict[str, Any]:
    """Seconds per stage of the full analysis (each stage object timed where the analyzer
    calls it), the floor (slovnet NER alone, batched), and the rest."""
    import ruanalyze
    import ruanalyze.analyzer as analyzer_module
    import ruanalyze.io.parallel as parallel_module
    from ruanalyze.io.writers import batches

    nlp = ruanalyze.load(batch_size=batch_size)
    nlp(WARM_UP)
    nlp.ner.model.map([WARM_UP])
    nlp.ner_thread = False  # NER in turn with the other stages (the default), so the times add up
    totals: dict[str, float] = {}
    functions = (
        ("boilerplate_regions", "boilerplate"),
        ("mask", "boilerplate"),
        ("cleaned_view", "text cleaning"),
    )
    for function, name in functions:
        clock = StageClock(totals, name, getattr(analyzer_module, function))
        setattr(analyzer_module, function, clock)
    nlp.segmenter = StageClock(totals, "segmentation", nlp.segmenter)
    nlp.lemmatizer = StageClock(totals, "lemmas", nlp.lemmatizer)
    nlp.ner.tag_tokens = StageClock(totals, "NER", nlp.ner.tag_tokens)
    nlp.domain = StageClock(totals, "domain layer", nlp.domain)
    nlp.normalizer = StageClock(totals, "normal forms", nlp.normalizer)
    nlp.grouper = StageClock(totals, "entities", nlp.grouper)
    nlp.topics.tag_many = StageClock(totals, "topics", nlp.topics.tag_many)
    parallel_module.output_line = StageClock(totals, "JSON output", parallel_module.output_line)
    docs = _documents(texts)
    started = time.perf_counter()
    for batch in batches(docs, batch_size):
        parallel_module.annotate_batch(nlp, batch)
    total = time.perf_counter() - started
    floor = timed(texts, lambda items: list(nlp.ner.model.map(items)))
    return {"total": total, "stages": totals, "floor": floor}


RATE_MEASURES = ("one", "workers", "n2", "n1", "one_thread")
MEASURES: dict[str, Callable[[argparse.Namespace], dict[str, Any]]] = {
    "n1": lambda a: measure_natasha(load_texts(a.data, a.articles), full=True),
    "n2": lambda a: measure_natasha(load_texts(a.data, a.articles), full=False),
    "one": lambda a: measure_ruanalyze(load_texts(a.data, a.articles), a.batch_size),
    "one_thread": lambda a: measure_ruanalyze(
        load_texts(a.data, a.articles), a.batch_size, ner_thread=True
    ),
    "workers": lambda a: measure_workers(load_texts(a.data, a.articles), a.batch_size, a.workers),
    "start": lambda a: measure_start(a.batch_size),
    "stream": lambda a: measure_stream(a.data, a.stream, a.batch_size),
    "profile": lambda a: measure_profile(load_texts(a.data, a.articles), a.batch_size),
}


# ---------------------------------------------------------------------------------------------
# the run: one subprocess per measure, then the table


def run_measure(name: str, args: argparse.Namespace) -> dict[str, Any]:
    command = [
        sys.executable,
        str(Path(__file__).resolve()),
        "--measure",
        name,
        "--articles",
        str(args.articles),
        "--data",
        str(args.data),
        "--batch-size",
        str(args.batch_size),
        "--workers",
        str(args.workers),
        "--stream",
        ",".join(map(str, args.stream)),
    ]
    print(f"benchmark: {name} ...", file=sys.stderr, flush=True)
    started = time.perf_counter()
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        sys.stderr.write(result.stderr)
        raise SystemExit(f"benchmark: measure {name!r} failed")
    measured = json.loads(result.stdout.strip().splitlines()[-1])
    rate = f", {measured['rate']:.1f} articles/s" if "rate" in measured else ""
    print(f"benchmark: {name} done in {time.perf_counter() - started:.0f} s{rate}", file=sys.stderr)
    return measured


def verdict(ok: bool) -> str:
    return "yes" if ok else "**no**"


def build_report(results: dict[str, Any], args: argparse.Namespace) -> tuple[str, str]:
    n1, n2, one = results["n1"], results["n2"], results["one"]
    workers, start, stream, profile = (
        results["workers"],
        results["start"],
        results["stream"],
        results["profile"],
    )
    first, last = min(args.stream), max(args.stream)
    rss_first = stream["marks"][str(first)]["rss"]
    rss_last = stream["marks"][str(last)]["rss"]
    growth = rss_last - rss_first
    rate = "{:.1f} articles/s"
    rows = [
        (
            "full analysis, one process ÷ N1",
            f"{one['rate'] / n1['rate']:.2f}",
            "≥ 3.0",
            verdict(one["rate"] / n1["rate"] >= 3.0),
            f"{rate.format(one['rate'])} vs N1 {rate.format(n1['rate'])}",
        ),
        (
            "full analysis ÷ N2",
            f"{one['rate'] / n2['rate']:.2f}",
            "≥ 1.0",
            verdict(one["rate"] / n2["rate"] >= 1.0),
            f"{rate.format(one['rate'])} vs N2 {rate.format(n2['rate'])}",
        ),
        (
            f"`--workers {args.workers}` ÷ one process",
            f"{workers['rate'] / one['rate']:.2f}",
            "≥ 1.7",
            verdict(workers["rate"] / one["rate"] >= 1.7),
            f"{rate.format(workers['rate'])} (workers up in {workers['start_up']:.1f} s, "
            f"not counted); CPU per article {1000 * workers['cpu_per_article']:.0f} ms "
            f"in all processes vs {1000 * one['cpu_per_article']:.0f} ms in one",
        ),
        (
            "peak RSS of one process",
            f"{one['peak_rss']:.0f} MiB",
            "≤ 300 MiB",
            verdict(one["peak_rss"] <= 300),
            f"N1 {n1['peak_rss']:.0f} MiB, N2 {n2['peak_rss']:.0f} MiB",
        ),
        (
            "`ruanalyze.load()` → first analyzed document",
            f"{start['load_to_first']:.2f} s",
            "≤ 2.5 s",
            verdict(start["load_to_first"] <= 2.5),
            f"`import ruanalyze` {start['import']:.2f} s before that",
        ),
        (
            f"memory after {first:,} vs {last:,} articles streamed",
            f"{rss_first:.0f} → {rss_last:.0f} MiB ({growth:+.0f})",
            "flat",
            verdict(growth <= 0.05 * rss_first),
            f"peak {stream['marks'][str(last)]['peak_rss']:.0f} MiB; "
            f"{rate.format(stream['rate'])} over the stream",
        ),
    ]
    one_cores = one["rate"] * one["cpu_per_article"]
    workers_cores = workers["rate"] * workers["cpu_per_article"]
    threaded = results.get("one_thread")
    lines = [
        "| what | measured | target | met | absolute |",
        "|---|---|---|---|---|",
        *(f"| {' | '.join(row)} |" for row in rows),
        "",
        f"CPU per article: full analysis {1000 * one['cpu_per_article']:.1f} ms, N1 "
        f"{1000 * n1['cpu_per_article']:.0f} ms, N2 {1000 * n2['cpu_per_article']:.0f} ms. "
        f"One process keeps {one_cores:.2f} cores busy; the "
        f"{args.workers} workers, {1000 * workers['cpu_per_article']:.1f} ms per article in all "
        f"their processes, keep {workers_cores:.2f} busy. So {args.workers} workers on "
        f"{args.workers} idle cores could run at most "
        f"{args.workers * one['cpu_per_article'] / workers['cpu_per_article'] / one_cores:.2f}x "
        "one process: each fills its caches from its own share of the articles (load average "
        f"{results['load_average']:.1f} when this run started).",
    ]
    if threaded:
        lines += [
            "",
            f"With NER on a second thread (`ruanalyze.load(ner_thread=True)`), one process runs "
            f"{rate.format(threaded['rate'])} ({threaded['rate'] / one['rate']:.2f}× the "
            f"default; ÷ N2 {threaded['rate'] / n2['rate']:.2f}) and keeps "
            f"{threaded['rate'] * threaded['cpu_per_article']:.2f} cores busy; "
            f"`--workers {args.workers}` would be {workers['rate'] / threaded['rate']:.2f}× "
            "that.",
        ]
    total = profile["total"]
    stages = profile["stages"]
    lines += [
        "",
        f"Profile of the full analysis by stage ({args.articles} articles, one process, "
        f"{total:.2f} s in all):",
        "",
        "| stage | seconds | share |",
        "|---|---|---|",
    ]
    for name, seconds in sorted(stages.items(), key=lambda item: -item[1]):
        lines.append(f"| {name} | {seconds:.2f} | {seconds / total:.0%} |")
    other = total - sum(stages.values())
    lines.append(f"| other (batching, records) | {other:.2f} | {other / total:.0%} |")
    floor = profile["floor"]
    lines += [
        "",
        f"Floor: slovnet NER alone, batched (`NER.map`, its own razdel tokenization, 8 articles a "
        f"batch) takes {floor['seconds']:.2f} s for the same articles, {floor['rate']:.1f} "
        f"articles/s; the full analysis takes {total / floor['seconds']:.2f}× that. Our NER stage "
        f"(the same network packed, the first convolution per distinct word, the segmenter's "
        f"tokens, one BLAS thread) takes {stages.get('NER', 0):.2f} s, "
        f"{floor['seconds'] / max(stages.get('NER', 0), 1e-9):.1f}× less than that floor; the "
        "rest is the pure-Python stages above.",
    ]
    machine = (
        f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, "
        f"pymorphy3 backend: {one['morph_backend']}, load average at start "
        f"{results['load_average']:.1f}"
    )
    return "\n".join(lines), machine


def write_readme(table: str, machine: str, args: argparse.Namespace, when: str) -> None:
    command = f"python benchmarks/run.py --articles {args.articles}"
    if args.stream != [1000, 20000]:
        command += f" --stream {','.join(map(str, args.stream))}"
    text = f"""# Benchmarks

One command measures everything below, side by side in one run, each configuration in a
subprocess of its own:

```bash
{command}
```

Baselines, on the same first {args.articles} articles of
`../shared/datasets/ner/collection5.jsonl` (Russian news, ~1,700 characters each):

- **N1**: raw Natasha full pipeline, one article at a time: `segment`, `tag_morph`,
  `parse_syntax`, `tag_ner`, `span.normalize(MorphVocab)`, `token.lemmatize(MorphVocab)`.
- **N2**: raw Natasha NER only, one article at a time: `segment`, `tag_ner`.

"Full analysis" is everything `ruanalyze annotate` does per article: boilerplate, sentences,
tokens, NER, domain layer, lemmas and POS of every token, normal forms, entities, topics, and the
JSON output line. Rates exclude model loading (measured on its own in the start-up row); the
workers row is timed once the workers have loaded their models. The memory row streams the whole
file's articles over and over (cycled) through `nlp.pipe`.

Run of {when} UTC on {machine}. The machine was shared with other
jobs, so absolute rates move from run to run by 20% or more; the ratios are of measures taken in
the same run. The rate measures ran in {args.rounds} interleaved rounds, each configuration in
a fresh process, and the best run of each is kept; every run is in `benchmarks/results.json`.

{table}
"""
    (HERE / "README.md").write_text(text, encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=300, help="articles for the rates")
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="JSONL with a text field")
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument(
        "--stream",
        type=lambda value: [int(part) for part in value.split(",")],
        default=[1000, 20000],
        help="checkpoints of the memory stream (default 1000,20000)",
    )
    parser.add_argument(
        "--rounds", type=int, default=3, help="rounds of the rate measures, best run kept"
    )
    parser.add_argument("--no-readme", action="store_true", help="print only")
    parser.add_argument(
        "--report-only", action="store_true", help="rewrite README.md from results.json"
    )
    parser.add_argument("--measure", choices=sorted(MEASURES), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if not args.data.exists():
        raise SystemExit(f"benchmark: {args.data}: no such file (give --data)")
    if args.measure:
        print(json.dumps(MEASURES[args.measure](args)))
        return 0
    if args.report_only:
        results = json.loads((HERE / "results.json").read_text(encoding="utf-8"))
        table, machine = build_report(results, args)
        print(table)
        write_readme(table, machine, args, results["date"])
        return 0
    results: dict[str, Any] = {
        "date": f"{datetime.now(UTC):%Y-%m-%d %H:%M}",
        "load_average": os.getloadavg()[0],
        "runs": {},
    }
    results["start"] = run_measure("start", args)
    # Rounds of the rate measures, interleaved: the machine may be shared, and each
    # configuration gets its chance at a quiet moment; the best run of each is kept.
    for _ in range(args.rounds):
        for name in RATE_MEASURES:
            results["runs"].setdefault(name, []).append(run_measure(name, args))
    for name in RATE_MEASURES:
        results[name] = max(results["runs"][name], key=lambda run: run["rate"])
    results["profile"] = run_measure("profile", args)
    results["stream"] = run_measure("stream", args)
    (HERE / "results.json").write_text(json.dumps(results, indent=1) + "\n", encoding="utf-8")
    table, machine = build_report(results, args)
    print(table)
    print(f"\n{machine}")
    if not args.no_readme:
        write_readme(table, machine, args, results["date"])
        print(f"\nbenchmark: written to {HERE / 'README.md'}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
