"""A messy folder through ``ruanalyze annotate``: good articles annotated, bad ones reported."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from ruanalyze.cli import EXIT_INPUT_ERRORS, EXIT_OK, EXIT_USAGE, main

ARTICLE = "Аким Восточно-Казахстанской области Даниал Ахметов открыл школу в Усть-Каменогорске.\n"


@pytest.fixture
def messy(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text(ARTICLE)
    (folder / "cp1251.txt").write_bytes(ARTICLE.encode("cp1251"))
    (folder / "empty.txt").write_bytes(b"")
    (folder / "photo.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    (folder / "news.jsonl").write_text(
        json.dumps({"text": ARTICLE}, ensure_ascii=False) + "\n{broken\n", encoding="utf-8"
    )
    (folder / "more.txt.gz").write_bytes(gzip.compress(ARTICLE.encode())[:-10])
    (folder / "notes.docx").write_bytes(b"PK\x03\x04")
    return folder


def test_messy_folder(messy: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out.jsonl"
    assert main(["annotate", str(messy), "-o", str(out)]) == EXIT_INPUT_ERRORS
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    docs = [record for record in records if "text" in record]
    errors = {(Path(r["source"]).name, r["line"]): r["error"] for r in records if "error" in r}
    assert sorted(doc["id"] for doc in docs) == ["cp1251", "good", "news:1"]
    for doc in docs:
        assert ("LOC", "Усть-Каменогорск") in {(m["type"], m["normal"]) for m in doc["mentions"]}
        assert doc["meta"]["lang"] == "ru"
    assert {doc["id"]: doc["meta"]["encoding"] for doc in docs}["cp1251"] == "cp1251"
    assert set(errors) == {
        ("empty.txt", None),
        ("photo.txt", None),
        ("news.jsonl", 2),
        ("more.txt.gz", None),
        ("notes.docx", None),
    }
    stderr = capsys.readouterr().err.splitlines()
    for (name, line), reason in errors.items():
        where = f"{messy / name}:{line}" if line else str(messy / name)
        assert f"ruanalyze: {where}: {reason}" in stderr


def test_all_good_inputs_exit_zero(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE)
    out = tmp_path / "out.jsonl"
    assert main(["annotate", str(tmp_path / "a.txt"), "-o", str(out), "-q"]) == EXIT_OK


def test_unknown_type_read_with_force_text(tmp_path: Path) -> None:
    (tmp_path / "a.news").write_text(ARTICLE)
    out = tmp_path / "out.jsonl"
    assert main(["annotate", str(tmp_path / "a.news"), "-o", str(out), "-q"]) == 1
    out.unlink()
    assert main(["annotate", str(tmp_path / "a.news"), "-o", str(out), "--force-text"]) == 0
    assert json.loads(out.read_text())["id"] == "a"


def test_outputs_are_never_overwritten_without_force(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE)
    out = tmp_path / "out.jsonl"
    out.write_text("keep me\n")
    assert main(["annotate", str(tmp_path / "a.txt"), "-o", str(out), "-q"]) == EXIT_USAGE
    assert out.read_text() == "keep me\n"
    csv_out = tmp_path / "entities.csv"
    csv_out.write_text("keep me too\n")
    assert main(["export", str(out), "--entities", "-o", str(csv_out)]) == EXIT_USAGE
    assert csv_out.read_text() == "keep me too\n"
    assert main(["annotate", str(tmp_path / "a.txt"), "-o", str(out), "-q", "--force"]) == 0
    assert json.loads(out.read_text())["id"] == "a"
    assert main(["export", str(out), "--entities", "-o", str(csv_out), "--force"]) == EXIT_OK
    assert "Усть-Каменогорск" in csv_out.read_text(encoding="utf-8-sig")
