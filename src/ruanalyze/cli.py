"""The ``ruanalyze`` command: thin wrappers over the Python API of the same names."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from . import __version__

EXIT_OK, EXIT_INPUT_ERRORS, EXIT_USAGE = 0, 1, 2
SPLIT_ORIGINALS_HELP = (
    "mark a name and its original spelling in brackets as two mentions ('Барри Лоуенкрон', "
    "'Barry Lowenkron'), as factRuEval and NEREL do; default: one, as Collection5 does"
)


def _annotate(args: argparse.Namespace) -> int:
    from .analyzer import Analyzer
    from .io import annotate
    from .io.progress import Progress

    def warn(error: object) -> None:
        if progress.enabled:
            print(file=sys.stderr)  # below the progress line, not over it
        print(f"ruanalyze: {error}", file=sys.stderr)

    _log_to_stderr()
    progress = Progress(enabled=False if args.quiet or args.output == "-" else None)
    try:
        report = annotate(
            args.paths,
            args.output,
            analyzer=Analyzer(
                topic_model=args.topic_model,
                batch_size=args.batch_size,
                split_originals=args.split_originals,
            ),
            text_key=args.text_key,
            batch_size=args.batch_size,
            force=args.force,
            on_error=warn,
            resume=args.resume,
            workers=args.workers,
            scheduler=args.scheduler,
            progress=progress,
            force_text=args.force_text,
        )
    except KeyboardInterrupt:
        progress.close()
        if args.output != "-":
            print(
                f"ruanalyze: interrupted; run again with --resume to continue {args.output}",
                file=sys.stderr,
            )
        raise
    progress.close()
    if not args.quiet:
        resumed = f" ({report.resumed} records were there already)" if report.resumed else ""
        print(
            f"ruanalyze: {report.documents} documents annotated, {len(report.errors)} inputs failed"
            f"{resumed} → {args.output}",
            file=sys.stderr,
        )
    return EXIT_INPUT_ERRORS if report.errors else EXIT_OK


def _log_to_stderr() -> None:
    """Warnings of the library (a text that is not Russian, ...) as ``ruanalyze: ...`` lines."""
    import logging

    logger = logging.getLogger("ruanalyze")
    if not logger.handlers:
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(logging.Formatter("ruanalyze: warning: %(message)s"))
        logger.addHandler(handler)
        logger.propagate = False


def _export(args: argparse.Namespace) -> int:
    from .export import export_csv, write_csv
    from .io import read_annotations

    docs = read_annotations(args.annotations)
    if args.output == "-":
        write_csv(docs, args.table, sys.stdout)
        return EXIT_OK
    output = Path(args.output)
    if output.exists() and not args.force:
        raise FileExistsError(f"{output}: already exists (use --force to overwrite)")
    count = export_csv(docs, args.table, output)
    print(f"ruanalyze: {count} {args.table} rows → {output}", file=sys.stderr)
    return EXIT_OK


def _train_topics(args: argparse.Namespace) -> int:
    from .topics.train import train_topics

    model, report = train_topics(
        args.inputs, args.output, cv=args.cv, text_key=args.text_key, label_key=args.label_key
    )
    if report is not None:
        print(report.format())
    if args.output:
        print(
            f"ruanalyze: model with {len(model.labels_)} labels and {len(model.vocabulary_)} terms"
            f" → {args.output}",
            file=sys.stderr,
        )
    return EXIT_OK


def _explain(args: argparse.Namespace) -> int:
    from .io import InputError
    from .topics.explain import explain

    failed = 0
    for item in explain(args.paths, args.topic_model, args.text_key, args.top):
        if isinstance(item, InputError):
            failed += 1
            print(f"ruanalyze: {item}", file=sys.stderr)
        else:
            print(item.format())
    return EXIT_INPUT_ERRORS if failed else EXIT_OK


def _add_input_arguments(parser: argparse.ArgumentParser) -> None:
    """What every command that reads articles takes: the inputs, their text field, a model."""
    parser.add_argument("paths", nargs="+", help="files or folders")
    parser.add_argument(
        "--text-key", default="text", help="text field of .jsonl records, column of .csv/.tsv"
    )
    parser.add_argument("--topic-model", help="topic model folder (default: the bundled one)")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="ruanalyze",
        description="People, places, organizations and topics in Russian-language news.",
    )
    parser.add_argument("--version", action="version", version=f"ruanalyze {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    annotate = commands.add_parser(
        "annotate",
        help="analyze article files and folders into a JSONL file",
        description="Analyze .txt/.md/.html files (one article each) and .jsonl/.csv/.tsv files "
        "(one article a line or row), gzipped or not, folders recursively. One JSON object per "
        "article out; a bad input becomes an error record and the exit code is 1.",
    )
    _add_input_arguments(annotate)
    annotate.add_argument("-o", "--output", required=True, help="JSONL file to write, - for stdout")
    annotate.add_argument("--batch-size", type=int, default=32, help="articles per batch")
    annotate.add_argument(
        "--workers", type=int, default=1, help="worker processes (models load once in each)"
    )
    annotate.add_argument(
        "--scheduler", metavar="ADDRESS", help="Dask scheduler to run on, e.g. tcp://HOST:8786"
    )
    overwrite = annotate.add_mutually_exclusive_group()
    overwrite.add_argument(
        "--force", action="store_true", help="overwrite an existing output, start over"
    )
    overwrite.add_argument(
        "--resume",
        action="store_true",
        help="keep what an earlier run on the same inputs wrote (OUT, .OUT.partial), add the rest",
    )
    annotate.add_argument(
        "--force-text", action="store_true", help="read files of unknown type as plain text"
    )
    annotate.add_argument("--split-originals", action="store_true", help=SPLIT_ORIGINALS_HELP)
    annotate.add_argument(
        "-q", "--quiet", action="store_true", help="no progress line and no summary on stderr"
    )
    annotate.set_defaults(handler=_annotate)

    export = commands.add_parser(
        "export",
        help="turn annotations into a CSV table",
        description="Write one table of an annotations file as UTF-8 CSV (with BOM, for Excel).",
    )
    export.add_argument("annotations", help="JSONL written by 'ruanalyze annotate'")
    tables = export.add_mutually_exclusive_group(required=True)
    for table in ("entities", "mentions", "topics", "tokens"):
        tables.add_argument(
            f"--{table}", dest="table", action="store_const", const=table, help=f"the {table} table"
        )
    export.add_argument("-o", "--output", required=True, help="CSV file to write, - for stdout")
    export.add_argument("--force", action="store_true", help="overwrite an existing output")
    export.set_defaults(handler=_export)

    train = commands.add_parser(
        "train-topics",
        help="train a topic model on labelled texts",
        description="Train TF-IDF + logistic regression on .jsonl/.csv/.tsv files or folders of "
        "them, each item with a text and its labels (any label set). Deterministic.",
    )
    train.add_argument("inputs", nargs="+", help="labelled files or folders")
    train.add_argument("-o", "--output", help="model folder to write")
    train.add_argument("--cv", type=int, help="print K-fold cross-validation scores first")
    train.add_argument("--text-key", default="text", help="text field (default: text)")
    train.add_argument("--label-key", default="labels", help="labels field (default: labels)")
    train.set_defaults(handler=_train_topics)

    explain = commands.add_parser(
        "explain",
        help="show each article's topics and the lemmas that drove them",
        description="For each article (.txt/.md files, .jsonl lines, folders): the labels the "
        "decision rule chose, their calibrated scores, the lemmas that raised each score most, "
        "and the next best labels.",
    )
    _add_input_arguments(explain)
    explain.add_argument("--top", type=int, default=8, help="lemmas per label (default: 8)")
    explain.set_defaults(handler=_explain)

    _add_evaluators(commands)
    return parser


def _add_evaluators(commands: argparse._SubParsersAction) -> None:
    from importlib import import_module

    from .evaluate import EVALUATORS

    if not EVALUATORS:
        return
    evaluate = commands.add_parser(
        "evaluate",
        help="score ruanalyze against a gold file, baselines beside it",
        description="Score ruanalyze against gold data; baselines are run in the same process.",
    )
    kinds = evaluate.add_subparsers(dest="kind", required=True, metavar="KIND")
    for name in EVALUATORS:
        module = import_module(f".evaluate.{name}", __package__)
        parser = kinds.add_parser(name, help=module.__doc__.strip().splitlines()[0])
        module.configure(parser)
        parser.set_defaults(handler=module.run)


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return args.handler(args)
    except (FileExistsError, FileNotFoundError, ValueError) as error:
        print(f"ruanalyze: {error}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        return 130
