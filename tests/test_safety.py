"""CSV formula injection, CSV quoting, and topic model files that must not load."""

from __future__ import annotations

import csv
import io
import json
import pickle
import shutil
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from ruanalyze import Document, Entity, Mention
from ruanalyze.export import COLUMNS, export_csv, neutralize, unneutralize, write_csv
from ruanalyze.topics import ModelFormatError, TopicModel, default_model_path

NASTY = [
    '=HYPERLINK("http://evil","click")',
    "+7 (727) 123-45-67",
    "-2+3",
    "@SUM(A1:A2)",
    "\t=1",
    "\r=1",
    "\uff1d1+1",
    "'=already quoted",
    "''=twice",
    "'plain quote",
    'кавычки " и, запятая',
    "две\nстроки",
    "обычный текст",
    "",
]


@pytest.mark.parametrize("value", NASTY)
def test_neutralize_round_trip(value: str) -> None:
    safe = neutralize(value)
    assert not safe.startswith(("=", "+", "-", "@", "\t", "\r", "\uff1d"))
    assert unneutralize(safe) == value


def test_non_strings_pass_through() -> None:
    assert neutralize(-5) == -5 and neutralize(None) is None


def _doc_with_names(names: list[str]) -> Document:
    text = " ".join(names)
    mentions, position = [], 0
    for name in names:
        mentions.append(Mention(position, position + len(name), "ORG", name, normal=name))
        position += len(name) + 1
    entities = [Entity("ORG", m.normal, (m,)) for m in mentions]
    return Document(
        text=text, id="=cmd|' /C calc'!A0", source="x.txt", mentions=mentions, entities=entities
    )


def test_csv_file_reads_back_in_pandas_and_csv(tmp_path: Path) -> None:
    names = [name for name in NASTY if name]
    doc = _doc_with_names(names)
    path = tmp_path / "mentions.csv"
    assert export_csv([doc], "mentions", path) == len(names)
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and b"\r\n" in raw
    with path.open(encoding="utf-8-sig", newline="") as file:
        rows = list(csv.DictReader(file))
    frame = pd.read_csv(path, encoding="utf-8-sig", dtype=str, keep_default_na=False)
    for table in (rows, frame.to_dict("records")):
        assert [unneutralize(row["text"]) for row in table] == names
        assert [unneutralize(row["normal"]) for row in table] == names
        assert {row["doc_id"] for row in table} == {"'=cmd|' /C calc'!A0"}
        for row in table:
            for cell in row.values():
                assert not str(cell).startswith(("=", "+", "-", "@", "\t", "\r"))


def test_csv_stream_quotes_like_excel() -> None:
    out = io.StringIO()
    write_csv([_doc_with_names(['кавычки " и, запятая', "две\nстроки"])], "entities", out)
    lines = out.getvalue().split("\r\n")
    assert lines[0] == ",".join(COLUMNS["entities"])
    assert '"кавычки "" и, запятая"' in lines[1]
    assert '"две\nстроки"' in out.getvalue()


# --- topic model files -----------------------------------------------------------------------


@pytest.fixture
def model_copy(tmp_path: Path) -> Path:
    folder = tmp_path / "model"
    shutil.copytree(default_model_path(), folder)
    return folder


def _edit_meta(folder: Path, **changes) -> None:
    meta = json.loads((folder / "model.json").read_text(encoding="utf-8"))
    for key, value in changes.items():
        if value is None:
            meta.pop(key)
        else:
            meta[key] = value
    (folder / "model.json").write_text(json.dumps(meta), encoding="utf-8")


def test_bundled_model_loads(model_copy: Path) -> None:
    assert TopicModel.load(model_copy).labels_


TAMPERINGS = {
    "missing weights": lambda f: (f / "weights.npz").unlink(),
    "missing model.json": lambda f: (f / "model.json").unlink(),
    "truncated weights": lambda f: (f / "weights.npz").write_bytes(
        (f / "weights.npz").read_bytes()[:500]
    ),
    "weights replaced by a pickle": lambda f: (f / "weights.npz").write_bytes(
        pickle.dumps({"idf": [1.0]})
    ),
    "object arrays (pickle inside npz)": lambda f: np.savez(
        f / "weights.npz",
        idf=np.array([object()], dtype=object),
        coef=np.zeros(1),
        intercept=np.zeros(1),
    ),
    "wrong version": lambda f: _edit_meta(f, version=99),
    "another format": lambda f: _edit_meta(f, format="sklearn-pickle"),
    "no vocabulary": lambda f: _edit_meta(f, terms=None),
    "vocabulary of another size": lambda f: _edit_meta(f, terms=["один", "два"]),
    "not JSON": lambda f: (f / "model.json").write_text("{garbage"),
    "wrong intercept": lambda f: np.savez(
        f / "weights.npz",
        **{**dict(np.load(f / "weights.npz")), "intercept": np.zeros(1, np.float32)},
    ),
}


@pytest.mark.parametrize("tampering", TAMPERINGS)
def test_tampered_model_fails_clearly(model_copy: Path, tampering: str) -> None:
    TAMPERINGS[tampering](model_copy)
    with pytest.raises(ModelFormatError) as caught:
        TopicModel.load(model_copy)
    message = str(caught.value)
    assert message.startswith(str(model_copy)) and "\n" not in message


def test_cli_reports_a_tampered_model(model_copy: Path, tmp_path: Path, capsys) -> None:
    from ruanalyze.cli import EXIT_USAGE, main

    _edit_meta(model_copy, version=99)
    (tmp_path / "a.txt").write_text("Аким открыл школу в Астане.")
    out = tmp_path / "out.jsonl"
    code = main(
        [
            "annotate",
            str(tmp_path / "a.txt"),
            "-o",
            str(out),
            "--topic-model",
            str(model_copy),
            "-q",
        ]
    )
    assert code == EXIT_USAGE
    assert "format version 99" in capsys.readouterr().err
    assert not out.exists()
