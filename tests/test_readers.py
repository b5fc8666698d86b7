"""Every input format and encoding, and every kind of bad file: read, or one precise error."""

from __future__ import annotations

import gzip
import json
import os
from pathlib import Path

import pytest

from ruanalyze.document import Document
from ruanalyze.io import InputError, read_inputs
from ruanalyze.io import readers as readers_module
from ruanalyze.io.formats import MAX_ARTICLE_BYTES

ARTICLE = (
    "Аким Восточно-Казахстанской области открыл новую школу в Усть-Каменогорске. "
    "Строительство велось два года, сообщает пресс-служба акимата.\n"
)


def read(*paths: Path, **options) -> list[Document | InputError]:
    return list(read_inputs(paths, **options))


def only_doc(items: list[Document | InputError]) -> Document:
    assert len(items) == 1 and isinstance(items[0], Document), items
    return items[0]


def only_error(items: list[Document | InputError]) -> InputError:
    assert len(items) == 1 and isinstance(items[0], InputError), items
    return items[0]


# --- formats -------------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["a.txt", "a.md", "a.TXT"])
def test_text_files(tmp_path: Path, name: str) -> None:
    (tmp_path / name).write_text(ARTICLE, encoding="utf-8")
    doc = only_doc(read(tmp_path / name))
    assert doc.text == ARTICLE
    assert doc.id == "a"
    assert doc.meta["encoding"] == "utf-8"


PAGE = """<!DOCTYPE html><html lang="ru"><head><meta charset="{charset}">
<title>Открыли школу | Новости</title></head><body>
<nav><a href="/">Главная</a> <a href="/p">Политика</a> <a href="/e">Экономика</a></nav>
<div class="cookie">Мы используем cookie. <button>Принять</button></div>
<article><h1>В Усть-Каменогорске открыли школу</h1>
<p>В Усть-Каменогорске аким области Ермек Кошербаев открыл новую школу на 900 мест.
Строительство велось два года за счёт республиканского бюджета.</p>
<p>Школа оснащена кабинетами робототехники и химии, сообщает пресс-служба акимата.</p></article>
<div class="share">Поделиться: <a>Facebook</a> <a>ВКонтакте</a> <a>Telegram</a></div>
<section id="comments" class="comments"><h3>Комментарии</h3>
<div class="comment"><p>Гость: Молодцы, давно пора открыть такую школу у нас!</p></div></section>
<footer>© 2024 Новости. Все права защищены.</footer></body></html>"""


@pytest.mark.parametrize(("suffix", "charset"), [(".html", "utf-8"), (".htm", "windows-1251")])
def test_html_page_gives_title_and_body_only(tmp_path: Path, suffix: str, charset: str) -> None:
    path = tmp_path / f"page{suffix}"
    path.write_bytes(PAGE.format(charset=charset).encode(charset))
    doc = only_doc(read(path))
    assert doc.text.startswith("В Усть-Каменогорске открыли школу\n")
    assert "Ермек Кошербаев открыл новую школу" in doc.text
    assert "робототехники" in doc.text
    for junk in ("Главная", "Поделиться", "Telegram", "Молодцы", "cookie", "Все права"):
        assert junk not in doc.text
    assert doc.meta["title"] == "В Усть-Каменогорске открыли школу"
    assert doc.meta["encoding"] == ("utf-8" if charset == "utf-8" else "cp1251")


def test_html_without_an_article_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "empty.html"
    path.write_text(
        "<html><body><nav><a href='/'>Главная</a> | <a href='/p'>Политика</a></nav>"
        "<div>Главная | Политика | Экономика</div><footer>© 2024</footer></body></html>"
    )
    assert "no article text" in only_error(read(path)).reason


def test_jsonl_records_keep_ids_and_meta(tmp_path: Path) -> None:
    path = tmp_path / "news.jsonl"
    lines = [{"id": 7, "body": ARTICLE, "rubric": "Общество"}, {"body": ARTICLE}]
    path.write_text("".join(json.dumps(item, ensure_ascii=False) + "\n" for item in lines))
    first, second = read(path, text_key="body")
    assert (first.id, first.meta["rubric"], first.meta["line"]) == ("7", "Общество", 1)
    assert second.id == "news:2"


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("t.csv", 'id,title,text\n1,Заголовок,"{a}"\n2,"С ""кавычками"", и запятой","{a}"\n'),
        ("t.csv", "id;title;text\n1;Заголовок;{a}\n2;Второй;{a}\n"),  # Excel, Russian locale
        ("t.tsv", "id\ttitle\ttext\n1\tЗаголовок\t{a}\n2\tВторой\t{a}\n"),
    ],
)
def test_tables_with_a_text_column(tmp_path: Path, name: str, content: str) -> None:
    path = tmp_path / name
    path.write_text(content.format(a=ARTICLE.strip()), encoding="utf-8")
    first, second = read(path)
    assert first.text == second.text == ARTICLE.strip()
    assert (first.id, first.meta["title"], first.meta["line"]) == ("1", "Заголовок", 2)
    assert second.meta["line"] == 3


def test_multiline_csv_cell_and_cp1251_csv(tmp_path: Path) -> None:
    path = tmp_path / "excel.csv"
    text = "Первый абзац о школе.\nВторой абзац: аким открыл школу."
    path.write_bytes(f'text;id\n"{text}";a\n"{text}";b\n'.encode("cp1251"))
    first, second = read(path)
    assert first.text == text and first.meta["encoding"] == "cp1251"
    assert (second.id, second.meta["line"]) == ("b", 4)


def test_table_without_the_text_column(tmp_path: Path) -> None:
    path = tmp_path / "t.csv"
    path.write_text("id,body\n1,текст\n")
    error = only_error(read(path))
    assert error.line == 1 and "no column 'text'" in error.reason and "body" in error.reason


@pytest.mark.parametrize("name", ["a.txt.gz", "a.md.gz", "news.jsonl.gz", "t.csv.gz", "p.html.gz"])
def test_gzip_of_every_format(tmp_path: Path, name: str) -> None:
    content = {
        ".txt": ARTICLE,
        ".md": ARTICLE,
        ".jsonl": json.dumps({"text": ARTICLE}, ensure_ascii=False) + "\n",
        ".csv": f'text\n"{ARTICLE.strip()}"\n',
        ".html": PAGE.format(charset="utf-8"),
    }[Path(name[:-3]).suffix]
    (tmp_path / name).write_bytes(gzip.compress(content.encode("utf-8")))
    doc = only_doc(read(tmp_path / name))
    assert "школу" in doc.text
    assert doc.id in ("a", "p", "news:1", "t:2")


def test_unknown_extension_is_reported_or_read_with_force_text(tmp_path: Path) -> None:
    path = tmp_path / "article.news"
    path.write_text(ARTICLE)
    error = only_error(read(path))
    assert "unsupported file type '.news'" in error.reason and "--force-text" in error.reason
    assert only_doc(read(path, force_text=True)).text == ARTICLE


def test_folders_are_read_recursively_in_order(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "2.txt").write_text(ARTICLE)
    (tmp_path / "1.txt").write_text(ARTICLE)
    (tmp_path / ".hidden.txt").write_text(ARTICLE)
    (tmp_path / "image.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    items = read(tmp_path)
    assert [item.source for item in items] == [
        str(tmp_path / "1.txt"),
        str(tmp_path / "b" / "2.txt"),
        str(tmp_path / "image.png"),
    ]
    assert isinstance(items[2], InputError) and "'.png'" in items[2].reason


# --- encodings -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("codec", "prefix", "detected"),
    [
        ("utf-8", b"", "utf-8"),
        ("utf-8", b"\xef\xbb\xbf", "utf-8-sig"),
        ("utf-16", b"", "utf-16"),  # Python's utf-16 writes a BOM
        ("utf-16-le", b"", "utf-16-le"),  # no BOM
        ("cp1251", b"", "cp1251"),
        ("koi8-r", b"", "koi8-r"),
        ("mac-cyrillic", b"", "mac-cyrillic"),
    ],
)
def test_encodings_are_detected(tmp_path: Path, codec: str, prefix: bytes, detected: str) -> None:
    text = ARTICLE * 3 + "Ёлки, подъём цен и съезд ЮНЕСКО в Щучинске: объявление.\n"
    path = tmp_path / "a.txt"
    path.write_bytes(prefix + text.encode(codec))
    doc = only_doc(read(path))
    assert doc.text == text
    assert doc.meta["encoding"] == detected


def test_cp1251_jsonl_is_streamed_with_its_encoding(tmp_path: Path) -> None:
    path = tmp_path / "old.jsonl"
    line = json.dumps({"text": ARTICLE}, ensure_ascii=False) + "\n"
    path.write_bytes((line * 3).encode("cp1251"))
    docs = read(path)
    assert [doc.text for doc in docs] == [ARTICLE] * 3
    assert docs[0].meta["encoding"] == "cp1251"


# --- bad files -----------------------------------------------------------------------------


def test_empty_file(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    assert only_error(read(tmp_path / "empty.txt")).reason == "empty file: no text to analyze"


def test_whitespace_only_file(tmp_path: Path) -> None:
    (tmp_path / "blank.txt").write_text(" \n\t\u00a0\n")
    assert "only whitespace" in only_error(read(tmp_path / "blank.txt")).reason


def test_image_renamed_txt(tmp_path: Path) -> None:
    path = tmp_path / "photo.txt"
    path.write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(range(256)) * 8)
    assert only_error(read(path)).reason == "binary file (a JPEG image), not text"


def test_random_bytes_renamed_txt(tmp_path: Path) -> None:
    path = tmp_path / "noise.txt"
    path.write_bytes(bytes(range(256)) * 16)
    assert "binary" in only_error(read(path)).reason


def test_truncated_gzip_keeps_the_complete_records(tmp_path: Path) -> None:
    records = [json.dumps({"text": f"{index} {os.urandom(30).hex()}"}) for index in range(3000)]
    data = gzip.compress(("\n".join(records) + "\n").encode())
    path = tmp_path / "cut.jsonl.gz"
    path.write_bytes(data[: len(data) // 2])
    items = read(path)
    docs = [item for item in items if isinstance(item, Document)]
    errors = [item for item in items if isinstance(item, InputError)]
    assert 100 < len(docs) < 3000
    assert [doc.text for doc in docs] == [json.loads(r)["text"] for r in records[: len(docs)]]
    assert len(errors) == 1 and items[-1] is errors[0]
    assert errors[0].reason.startswith("truncated gzip file")
    assert errors[0].line == len(docs) + 1


def test_truncated_gzip_article_and_not_gzip(tmp_path: Path) -> None:
    data = gzip.compress(ARTICLE.encode() * 50)
    (tmp_path / "cut.txt.gz").write_bytes(data[:-12])
    assert "truncated gzip" in only_error(read(tmp_path / "cut.txt.gz")).reason
    (tmp_path / "fake.txt.gz").write_text(ARTICLE)
    assert "not a gzip file" in only_error(read(tmp_path / "fake.txt.gz")).reason


def test_bad_jsonl_lines_are_errors_and_the_rest_is_read(tmp_path: Path) -> None:
    path = tmp_path / "mixed.jsonl"
    good = json.dumps({"text": ARTICLE}, ensure_ascii=False)
    path.write_bytes(
        "\n".join(
            [
                good,
                "{not json",
                json.dumps({"body": ARTICLE}, ensure_ascii=False),
                json.dumps({"text": 42}),
                json.dumps({"text": "  "}),
                "[1, 2]",
                good,
            ]
        ).encode()
        + b"\n\xff\xfe broken bytes\n"
        + good.encode()
        + b"\n"
    )
    items = read(path)
    summary = [
        (item.line, item.reason.split(" (")[0]) if isinstance(item, InputError) else "doc"
        for item in items
    ]
    assert summary == [
        "doc",
        (2, "not JSON"),
        (3, "no text under 'text'"),
        (4, "the 'text' field is not a string"),
        (5, "empty text under 'text'"),
        (6, "not a JSON object"),
        "doc",
        (8, "not valid utf-8 text"),
        "doc",
    ]


def test_fifty_megabyte_article_is_refused_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as file:
        file.truncate(50 * 2**20)  # sparse: 50 MB on paper, nothing read
    error = only_error(read(path))
    assert "too large for one article" in error.reason and "50.0 MB" in error.reason


def test_fifty_megabyte_jsonl_is_streamed(tmp_path: Path) -> None:
    path = tmp_path / "big.jsonl"
    line = (json.dumps({"text": ARTICLE * 20}, ensure_ascii=False) + "\n").encode()
    count = 50 * 2**20 // len(line) + 1
    with path.open("wb") as file:
        for _ in range(count):
            file.write(line)
    assert path.stat().st_size > 50 * 2**20
    seen = 0
    for item in read_inputs([path]):
        assert isinstance(item, Document)
        seen += 1
    assert seen == count


def test_gzip_bomb_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "bomb.txt.gz"
    path.write_bytes(gzip.compress(b"a" * (MAX_ARTICLE_BYTES + 10)))
    assert "decompresses to more than" in only_error(read(path)).reason


def test_file_that_disappears_mid_run(tmp_path: Path) -> None:
    for name in ("1.txt", "2.txt", "3.txt"):
        (tmp_path / name).write_text(ARTICLE)
    items = read_inputs([tmp_path])
    first = next(items)
    (tmp_path / "2.txt").unlink()
    rest = list(items)
    assert isinstance(first, Document)
    assert isinstance(rest[0], InputError) and rest[0].source == str(tmp_path / "2.txt")
    assert rest[0].reason.startswith("cannot read: no such file")
    assert isinstance(rest[1], Document) and rest[1].id == "3"


def test_unreadable_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # chmod 000 does not stop root, so the permission error is injected at open().
    (tmp_path / "locked.txt").write_text(ARTICLE)
    (tmp_path / "open.txt").write_text(ARTICLE)
    real_open = open

    def guarded_open(path, *args, **kwargs):
        if str(path).endswith("locked.txt"):
            raise PermissionError(13, "Permission denied", str(path))
        return real_open(path, *args, **kwargs)

    monkeypatch.setattr("ruanalyze.io.streams.open", guarded_open, raising=False)
    locked, opened = read(tmp_path)
    assert isinstance(locked, InputError) and locked.reason == "cannot read: permission denied"
    assert isinstance(opened, Document)


def test_read_error_mid_file_keeps_earlier_records(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "news.jsonl"
    path.write_text(json.dumps({"text": ARTICLE}, ensure_ascii=False) + "\n")

    def failing_chunks(path, compressed):
        yield (json.dumps({"text": ARTICLE}, ensure_ascii=False) + "\n").encode() * 2
        raise OSError(5, "Input/output error")

    monkeypatch.setattr("ruanalyze.io.formats.chunks", failing_chunks)
    *docs, error = read(path)
    assert len(docs) == 2 and all(isinstance(doc, Document) for doc in docs)
    assert error.line == 3 and error.reason == "cannot read: Input/output error"


def test_symlink_loops(tmp_path: Path) -> None:
    (tmp_path / "a.txt").symlink_to(tmp_path / "b.txt")
    (tmp_path / "b.txt").symlink_to(tmp_path / "a.txt")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "up").symlink_to(tmp_path)
    (tmp_path / "sub" / "ok.txt").write_text(ARTICLE)
    items = read(tmp_path)
    errors = [item for item in items if isinstance(item, InputError)]
    reasons = {Path(error.source).name: error.reason for error in errors}
    assert reasons == {
        "a.txt": "cannot read: symbolic link loop (too many levels of symbolic links)",
        "b.txt": "cannot read: symbolic link loop (too many levels of symbolic links)",
        "up": "symbolic link loop: it leads back to a folder above it",
    }
    assert [item.id for item in items if isinstance(item, Document)] == ["ok"]
    # named directly, a looping link says so too (not "no such file")
    assert "symbolic link loop" in only_error(read(tmp_path / "a.txt")).reason


def test_missing_path_and_fifo(tmp_path: Path) -> None:
    assert only_error(read(tmp_path / "nothere.txt")).reason == "no such file or folder"
    os.mkfifo(tmp_path / "pipe.txt")
    assert "not a regular file" in only_error(read(tmp_path / "pipe.txt")).reason


def test_error_records_are_one_line(tmp_path: Path) -> None:
    error = InputError(str(tmp_path / "x.jsonl"), "not JSON (Expecting value)", 3)
    assert str(error) == f"{tmp_path / 'x.jsonl'}:3: not JSON (Expecting value)"
    assert error.as_json() == {
        "source": str(tmp_path / "x.jsonl"),
        "line": 3,
        "error": "not JSON (Expecting value)",
    }
    assert readers_module.InputError is InputError


def test_stray_byte_in_utf8_article_is_replaced_and_counted(tmp_path: Path) -> None:
    path = tmp_path / "stray.txt"
    path.write_bytes(ARTICLE.encode() + b"\xff" + ARTICLE.encode())
    doc = only_doc(read(path))
    assert doc.text == ARTICLE + "\ufffd" + ARTICLE
    assert doc.meta["encoding"] == "utf-8" and doc.meta["invalid_bytes"] == 1


def test_jsonl_lone_surrogate_becomes_replacement_character(tmp_path: Path) -> None:
    path = tmp_path / "s.jsonl"
    path.write_text('{"text": "Аким \\ud800 Астаны \\ud83d\\ude00", "tag": "\\udfff"}\n')
    doc = only_doc(read(path))
    assert doc.text == "Аким \ufffd Астаны \U0001f600"
    assert doc.meta["tag"] == "\ufffd"
    doc.to_jsonl_line().encode("utf-8")  # writable


def test_error_reason_is_always_one_line() -> None:
    assert (
        InputError("x.txt", "cannot read:\n  something\r\nodd").reason
        == "cannot read: something odd"
    )
