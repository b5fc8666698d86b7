"""annotate: output order, workers, resuming after a kill, refusing to overwrite."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from ruanalyze.document import Document
from ruanalyze.io import InputError, annotate
from ruanalyze.io.writers import batches, drop_torn_tail

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "data" / "examples"


@pytest.fixture(scope="module")
def inputs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bundled examples plus a .jsonl with a broken line and an empty text among articles."""
    folder = tmp_path_factory.mktemp("inputs")
    for path in EXAMPLES.iterdir():
        (folder / path.name).write_bytes(path.read_bytes())
    lines = [
        json.dumps({"id": "a", "text": "Аким Павлодарской области встретился с фермерами."}),
        "{broken",
        json.dumps({"id": "b", "text": ""}),
        json.dumps({"id": "c", "text": "В Астане открыли новую школу на 1200 мест."}),
    ]
    (folder / "zz_more.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def reference(inputs: Path, nlp, tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    """Output lines of one uninterrupted single-process run."""
    output = tmp_path_factory.mktemp("reference") / "out.jsonl"
    report = annotate([inputs], output, analyzer=nlp, batch_size=3)
    assert report.documents > 5 and len(report.errors) == 2
    return output.read_text(encoding="utf-8").splitlines()


def test_batches_hold_up_to_size_documents_and_keep_errors_in_place() -> None:
    error = InputError("x.jsonl", "not JSON", 2)
    items = [Document("один"), error, Document("два"), Document("три"), Document("четыре")]
    grouped = list(batches(items, 2))
    assert grouped == [items[:3], items[3:]]


def test_output_keeps_input_order_with_error_records_in_place(reference: list[str]) -> None:
    records = [json.loads(line) for line in reference]
    sources = [Path(record["source"]).name for record in records]
    assert sources == sorted(sources)  # files in sorted order, lines in file order
    errors = [record for record in records if "error" in record]
    assert [(Path(e["source"]).name, e["line"]) for e in errors] == [
        ("zz_more.jsonl", 2),  # not JSON
        ("zz_more.jsonl", 3),  # empty text
    ]
    assert [r["id"] for r in records if r["source"].endswith("zz_more.jsonl") and "id" in r] == [
        "a",
        "c",
    ]


def test_two_workers_write_the_same_output(inputs: Path, nlp, reference, tmp_path: Path) -> None:
    output = tmp_path / "out.jsonl"
    annotate([inputs], output, analyzer=nlp, batch_size=2, workers=2)
    assert output.read_text(encoding="utf-8").splitlines() == reference


def test_resume_after_a_kill_mid_record_completes_the_same_output(
    inputs: Path, nlp, reference: list[str], tmp_path: Path
) -> None:
    output = tmp_path / "out.jsonl"
    partial = tmp_path / ".out.jsonl.partial"
    # What a kill leaves: some whole records, then half of the next one.
    kept = reference[:4]
    partial.write_text("\n".join(kept) + "\n" + reference[4][:100], encoding="utf-8")
    with pytest.raises(FileExistsError, match="--resume"):
        annotate([inputs], output, analyzer=nlp)
    report = annotate([inputs], output, analyzer=nlp, batch_size=3, resume=True)
    assert report.resumed == 4
    assert report.documents == len(reference) - 4 - 2  # less the two error records
    assert len(report.errors) == 2  # the bad lines are still reported
    assert not partial.exists()
    assert output.read_text(encoding="utf-8").splitlines() == reference


def test_resume_on_a_complete_output_adds_nothing(
    inputs: Path, nlp, reference: list[str], tmp_path: Path
) -> None:
    output = tmp_path / "out.jsonl"
    output.write_text("\n".join(reference) + "\n", encoding="utf-8")
    report = annotate([inputs], output, analyzer=nlp, resume=True)
    assert (report.resumed, report.documents) == (len(reference), 0)
    assert output.read_text(encoding="utf-8").splitlines() == reference


def test_resume_refuses_an_output_of_other_inputs(
    inputs: Path, nlp, reference: list[str], tmp_path: Path
) -> None:
    partial = tmp_path / ".out.jsonl.partial"
    record = json.loads(reference[1])
    record["id"] = "something-else"
    partial.write_text(reference[0] + "\n" + json.dumps(record, ensure_ascii=False) + "\n")
    with pytest.raises(ValueError, match=r"\.out\.jsonl\.partial:2: .*not the same inputs"):
        annotate([inputs], tmp_path / "out.jsonl", analyzer=nlp, resume=True)
    # A complete output of other inputs is refused too, and left where it was.
    output = tmp_path / "done.jsonl"
    output.write_bytes(partial.read_bytes())
    with pytest.raises(ValueError, match=r"done\.jsonl:2: .*not the same inputs"):
        annotate([inputs], output, analyzer=nlp, resume=True)
    assert output.exists() and not (tmp_path / ".done.jsonl.partial").exists()


def test_existing_output_is_kept_unless_force(inputs: Path, nlp, tmp_path: Path) -> None:
    output = tmp_path / "out.jsonl"
    output.write_text("keep me\n", encoding="utf-8")
    with pytest.raises(FileExistsError, match="--force"):
        annotate([inputs], output, analyzer=nlp)
    assert output.read_text(encoding="utf-8") == "keep me\n"
    with pytest.raises(ValueError, match="choose one"):
        annotate([inputs], output, analyzer=nlp, force=True, resume=True)
    annotate([inputs], output, analyzer=nlp, force=True)
    assert output.read_text(encoding="utf-8").startswith('{"id": ')


def test_drop_torn_tail_cuts_only_an_unfinished_last_line(tmp_path: Path) -> None:
    path = tmp_path / ".out.jsonl.partial"
    path.write_bytes(b'{"a": 1}\n{"b": 2}\n{"c":')
    assert drop_torn_tail(path) == 5
    assert path.read_bytes() == b'{"a": 1}\n{"b": 2}\n'
    assert drop_torn_tail(path) == 0
    path.write_bytes(b'{"half')
    drop_torn_tail(path)
    assert path.read_bytes() == b""


def test_cli_resume_and_force_exclude_each_other(inputs: Path, tmp_path: Path) -> None:
    command = [sys.executable, "-m", "ruanalyze", "annotate", str(inputs), "-o"]
    result = subprocess.run(
        [*command, str(tmp_path / "o.jsonl"), "--force", "--resume"],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT / "src")},
    )
    assert result.returncode == 2
    assert "not allowed with argument" in result.stderr


def test_stdout_gets_the_same_lines(
    inputs: Path, nlp, reference: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    errors: list[InputError] = []
    report = annotate([inputs], "-", analyzer=nlp, batch_size=3, on_error=errors.append)
    assert capsys.readouterr().out.splitlines() == reference
    assert report.errors == errors and len(errors) == 2
    with pytest.raises(ValueError, match="stdout"):
        annotate([inputs], "-", analyzer=nlp, resume=True)
