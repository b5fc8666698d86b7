"""Page boilerplate in plain-text dumps is left out, offsets still index the original text."""

from __future__ import annotations

import pytest

from ruanalyze.domain import boilerplate_regions

from .conftest import shared_path

BOILERPLATE = [
    "Читайте также:",
    "Поделиться",
    "ВКонтакте Facebook Telegram WhatsApp",
    "Подписывайтесь на наш Telegram-канал",
    "Мы используем файлы cookie, чтобы сайт работал лучше",
    "Принять все",
    "При использовании материалов гиперссылка на сайт обязательна",
    "Нашли ошибку? Выделите её и нажмите Ctrl+Enter",
    "Теги: аким, школа",
    "Бөлісу",
    "Сондай-ақ оқыңыз:",
    "Барлық құқықтар қорғалған",
]
# Lines that name people, places or organizations are content: gold NER sets annotate photo
# credits, source credits and related headlines, so they are analyzed.
ARTICLE_LINES = [
    "Читайте также: В Алматы открыли новый парк",
    "Фото: пресс-служба акимата ВКО",
    "zakon.kz, фото - Новости Zakon.kz от 07.11.2016 15:09 Фото: zakon.kz",
    "© РИА Новости. Илья Питалев",
    "© 2024 Zakon.kz. Все права защищены.",
    "Аким области заявил, что сайт акимата переходит на новые файлы cookie-политики.",
    "Фотограф Иван Петров получил премию за серию снимков Усть-Каменогорска.",
    "Подписание меморандума состоялось в Астане.",
    "Telegram-канал министерства сообщил о новых правилах.",
    "Читатели газеты выбрали лучший проект года.",
]


@pytest.mark.parametrize("line", BOILERPLATE)
def test_boilerplate_line(line: str) -> None:
    text = f"Аким открыл школу.\n  {line}  \nСтроительство шло год."
    regions = boilerplate_regions(text)
    assert len(regions) == 1
    start, stop = regions[0]
    assert text[start:stop].strip() == line


def test_a_long_line_is_never_boilerplate() -> None:
    """A page dump may hold the whole article on the line a notice starts."""
    line = "Если вы заметили ошибку, выделите ее. " + "Аким Павлодара открыл новую школу. " * 20
    assert boilerplate_regions(line) == []


@pytest.mark.parametrize("line", ARTICLE_LINES)
def test_article_line_is_kept(line: str) -> None:
    assert boilerplate_regions(line) == []


def test_seed_page_dump(nlp) -> None:
    text = shared_path("seed/zakon_2016-11-07.txt").read_text(encoding="utf-8")
    doc = nlp(text)
    excluded = [text[start:stop] for start, stop in doc.excluded]
    assert "Поделиться" in excluded and "zkadm" in excluded
    assert not any(line.startswith("zakon.kz, фото") for line in excluded)
    assert not any("Жаксылык Омар" in line for line in excluded)
    for mention in doc.mentions:
        assert text[mention.start : mention.stop] == mention.text
        assert not any(
            start < mention.stop and mention.start < stop for start, stop in doc.excluded
        )
    assert ("ORG", "Zakon.kz") in {(mention.type, mention.text) for mention in doc.mentions}
