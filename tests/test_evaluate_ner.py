"""The NER scorer and ``ruanalyze evaluate ner``."""

from __future__ import annotations

import json

import pytest

from ruanalyze.cli import main
from ruanalyze.evaluate.ner import FLAT, FULL, evaluate_ner, flat_upper, read_gold
from ruanalyze.evaluate.spans import Counts, score_spans

from .conftest import parse_markup

GOLD = [[(0, 5, "PER", "Омара"), (10, 13, "LOC", "ВКО"), (20, 26, "ORG", "акимат")]]


def test_exact_match_on_start_stop_and_type():
    predicted = [[(0, 5, "PER", "Омара"), (10, 13, "ORG", "ВКО"), (20, 25, "ORG", "акима")]]
    score = score_spans(GOLD, predicted)
    assert score.counts["PER"] == Counts(1, 0, 0)
    assert score.counts["LOC"] == Counts(0, 0, 1)
    assert score.counts["ORG"] == Counts(0, 2, 1)
    assert score.micro == Counts(1, 2, 2)
    assert score.f1() == pytest.approx(1 / 3)
    assert score.f1("PER") == 1.0 and score.f1("LOC") == 0.0


def test_error_lists_count_text_and_type():
    predicted = [[(10, 13, "ORG", "ВКО")], [(10, 13, "ORG", "ВКО")]]
    score = score_spans([GOLD[0], GOLD[0]], predicted)
    assert score.false_positives[("ВКО", "ORG")] == 2
    assert score.misses[("ВКО", "LOC")] == 2 and score.misses[("Омара", "PER")] == 2


def test_other_types_are_not_scored():
    score = score_spans([[(0, 6, "EVT", "Brexit")]], [[(0, 6, "ORG", "Brexit")]])
    assert score.micro == Counts(0, 1, 0)


def test_documents_must_align():
    with pytest.raises(ValueError, match="1 gold documents but 2 predicted"):
        score_spans(GOLD, [[], []])


def test_flat_upper_drops_lower_case_spans():
    spans = [(0, 6, "ORG", "«Кайрат»"), (7, 20, "ORG", "правительство"), (21, 24, "LOC", "США")]
    assert flat_upper(spans) == [spans[0], spans[2]]


def _write(path, docs):
    path.write_text("\n".join(json.dumps(doc, ensure_ascii=False) for doc in docs), "utf-8")
    return path


def _gold_doc(markup: str, **extra) -> dict:
    text, spans = parse_markup(markup)
    return {
        "id": "x",
        "text": text,
        "spans": [{"start": a, "stop": b, "type": t, "text": s, **extra} for a, b, t, s in spans],
    }


def test_read_gold_names_the_bad_line(tmp_path):
    path = tmp_path / "gold.jsonl"
    path.write_text('{"text": "a", "spans": []}\nnot json\n', "utf-8")
    with pytest.raises(ValueError, match=r"gold\.jsonl:2: not a JSON object"):
        read_gold(path)
    path.write_text('{"spans": []}\n', "utf-8")
    with pytest.raises(ValueError, match=r"gold\.jsonl:1: a gold document needs 'text'"):
        read_gold(path)
    with pytest.raises(FileNotFoundError, match=r"missing\.jsonl: no such file"):
        read_gold(tmp_path / "missing.jsonl")


def test_evaluate_ner_with_baseline_and_nested_gold(nlp, tmp_path):
    doc = _gold_doc("[Жаксылык Омар](PER) посетил [акимат](ORG) в [Усть-Каменогорске](LOC).")
    doc["spans"].append({"start": 0, "stop": 8, "type": "PER", "text": "x", "nested": True})
    path = _write(tmp_path / "gold.jsonl", [doc])
    report = evaluate_ner(path, baseline="natasha", analyzer=nlp)
    assert list(report.views) == [FLAT, FULL]
    assert set(report.views[FULL]) == {"ruanalyze", "natasha"}
    # "акимат" is lower case: out of the flat view on both sides
    assert report.views[FLAT]["ruanalyze"].micro == Counts(2, 0, 0)
    assert report.f1("ruanalyze", "ORG", FULL) == 1.0
    assert report.f1("ruanalyze", view=FULL) > report.f1("natasha", view=FULL)
    text = report.format(errors=3)
    assert "natasha: commonest misses" in text and "'акимат'" in text


def test_cli_evaluate_ner(tmp_path, capsys):
    path = _write(tmp_path / "gold.jsonl", [_gold_doc("Депутаты [маслихата](ORG) собрались.")])
    assert main(["evaluate", "ner", str(path), "--limit", "1", "--errors", "2"]) == 0
    out = capsys.readouterr().out
    assert "gold.jsonl: 1 documents" in out and "[full set]" in out
    assert main(["evaluate", "ner", str(tmp_path / "nope.jsonl")]) == 2
    assert "nope.jsonl: no such file" in capsys.readouterr().err
