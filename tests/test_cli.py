"""The command line as a user runs it: annotate, export, train-topics, help."""

from __future__ import annotations

import csv
import json
import re
import subprocess
import sys
import time

import pandas as pd
import pytest

from ruanalyze.cli import build_parser, main

from .conftest import ROOT

EXAMPLES = ROOT / "data" / "examples"


def run(*args: str, cwd=None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "ruanalyze", *args], capture_output=True, text=True, cwd=cwd
    )


@pytest.fixture(scope="module")
def annotations(tmp_path_factory):
    output = tmp_path_factory.mktemp("cli") / "annotations.jsonl"
    assert main(["annotate", str(EXAMPLES), "-o", str(output), "--quiet"]) == 0
    return output


def test_annotate_writes_one_object_per_article(annotations):
    records = [json.loads(line) for line in annotations.read_text(encoding="utf-8").splitlines()]
    texts = sorted(EXAMPLES.glob("*.txt"))
    jsonl_lines = (EXAMPLES / "news.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(records) == len(texts) + len([line for line in jsonl_lines if line.strip()])
    by_id = {record["id"]: record for record in records}
    assert {path.stem for path in texts} <= set(by_id)
    first = by_id[texts[0].stem]
    assert first["source"].endswith(texts[0].name)
    assert first["mentions"] and first["entities"] and first["topics"]
    from_jsonl = [record for record in records if record["source"].endswith("news.jsonl")]
    assert all(record["id"].startswith("ex-jsonl-") for record in from_jsonl)
    assert all("title" in record["meta"] and "line" in record["meta"] for record in from_jsonl)


def test_jsonl_text_key_and_ids(tmp_path):
    source = tmp_path / "items.jsonl"
    rows = [
        {"body": "Аким Караганды провел прием граждан.", "id": 7},
        {"body": "Маслихат утвердил бюджет."},
    ]
    source.write_text("\n".join(json.dumps(row, ensure_ascii=False) for row in rows), "utf-8")
    output = tmp_path / "out.jsonl"
    assert main(["annotate", str(source), "-o", str(output), "--text-key", "body", "-q"]) == 0
    records = [json.loads(line) for line in output.read_text("utf-8").splitlines()]
    assert [record["id"] for record in records] == ["7", "items:2"]
    assert records[1]["text"] == "Маслихат утвердил бюджет."


def test_bad_inputs_become_error_records_and_exit_1(tmp_path, capsys):
    good = tmp_path / "good.txt"
    good.write_text("Аким ВКО посетил Семей.", "utf-8")
    (tmp_path / "empty.txt").write_text("", "utf-8")
    broken = tmp_path / "broken.jsonl"
    broken.write_text(
        '{"text": "Маслихат Павлодара собрался на сессию."}\nnot json\n{"title": "x"}\n', "utf-8"
    )
    output = tmp_path / "out.jsonl"
    code = main(["annotate", str(tmp_path / "missing.txt"), str(tmp_path), "-o", str(output), "-q"])
    assert code == 1
    records = [json.loads(line) for line in output.read_text("utf-8").splitlines()]
    errors = [record for record in records if "error" in record]
    docs = [record for record in records if "text" in record]
    assert sorted(doc["id"] for doc in docs) == ["broken:1", "good"]
    assert {(e["source"].rsplit("/", 1)[-1], e["line"]) for e in errors} == {
        ("missing.txt", None),
        ("empty.txt", None),
        ("broken.jsonl", 2),
        ("broken.jsonl", 3),
    }
    stderr = capsys.readouterr().err.strip().splitlines()
    assert len(stderr) == 4 and all(line.startswith("ruanalyze: ") for line in stderr)
    assert any("broken.jsonl:2: not JSON" in line for line in stderr)


def test_annotate_refuses_to_overwrite_without_force(tmp_path, capsys):
    output = tmp_path / "out.jsonl"
    output.write_text("keep me", "utf-8")
    assert main(["annotate", str(EXAMPLES / "news.jsonl"), "-o", str(output), "-q"]) == 2
    assert output.read_text("utf-8") == "keep me"
    assert "--force" in capsys.readouterr().err
    assert main(["annotate", str(EXAMPLES / "news.jsonl"), "-o", str(output), "-q", "--force"]) == 0
    assert output.read_text("utf-8").count("\n") == 3


@pytest.mark.parametrize("table", ["entities", "mentions", "topics", "tokens"])
def test_export_tables_read_back_in_pandas_and_csv(annotations, tmp_path, table):
    output = tmp_path / f"{table}.csv"
    assert main(["export", str(annotations), f"--{table}", "-o", str(output)]) == 0
    raw = output.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), "UTF-8 BOM so that Excel shows Cyrillic"
    frame = pd.read_csv(output, dtype=str, keep_default_na=False)
    assert frame.columns[0] == "doc_id" and len(frame) > 0
    with output.open(encoding="utf-8-sig", newline="") as file:
        rows = list(csv.DictReader(file))
    assert len(rows) == len(frame)


def test_export_entities_content(annotations, tmp_path):
    output = tmp_path / "entities.csv"
    main(["export", str(annotations), "--entities", "-o", str(output)])
    frame = pd.read_csv(output)
    region = frame[frame["normal"] == "Восточно-Казахстанская область"]
    assert not region.empty and (region["type"] == "LOC").all()
    assert frame["count"].min() >= 1


def test_python_dash_m_and_console_help():
    result = run("--help")
    assert result.returncode == 0 and "annotate" in result.stdout
    assert run("--version").stdout.startswith("ruanalyze ")


def test_every_command_has_help_and_is_in_the_readme():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    parser = build_parser()
    commands = parser._subparsers._group_actions[0]
    for name, subparser in commands.choices.items():
        assert subparser.description or subparser.format_help()
        assert re.search(rf"ruanalyze {name}\b", readme), f"'ruanalyze {name}' is not in the README"
    helps = {action.dest for action in commands._choices_actions}
    assert helps == set(commands.choices)


def test_train_topics_is_deterministic(tmp_path):
    corpus = tmp_path / "labelled.csv"
    rows = [
        ("Сборная выиграла матч чемпионата по футболу", "sport"),
        ("Хоккеисты проиграли в овертайме финала", "sport"),
        ("Теннисистка вышла в полуфинал турнира", "sport"),
        ("Нацбанк повысил базовую ставку из-за инфляции", "economy"),
        ("Цены на бензин выросли на заправках", "economy"),
        ("Курс тенге укрепился на бирже", "economy"),
    ] * 3
    with corpus.open("w", encoding="utf-8", newline="") as file:
        writer = csv.writer(file)
        writer.writerow(["text", "label"])
        writer.writerows(rows)
    first, second = tmp_path / "a", tmp_path / "b"
    assert main(["train-topics", str(corpus), "-o", str(first), "--label-key", "label"]) == 0
    time.sleep(1.1)  # a zip timestamp would differ now
    assert main(["train-topics", str(corpus), "-o", str(second), "--label-key", "label"]) == 0
    assert (first / "model.json").read_bytes() == (second / "model.json").read_bytes()
    assert (first / "weights.npz").read_bytes() == (second / "weights.npz").read_bytes()
    meta = json.loads((first / "model.json").read_text("utf-8"))
    assert meta["labels"] == ["economy", "sport"]
