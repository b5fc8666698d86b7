"""Person names split into first / middle / last, on the entity and in the exports."""

import io
import json

import pytest

from ruanalyze import Document, Entity, Mention, NameParts
from ruanalyze.entities import EntityGrouper
from ruanalyze.export import COLUMNS, write_csv
from ruanalyze.morph import Morph
from ruanalyze.names import NameSplitter


@pytest.fixture(scope="module")
def split():
    return NameSplitter(Morph())


@pytest.mark.parametrize(
    ("normal", "first", "middle", "last"),
    [
        ("Касым-Жомарт Токаев", "Касым-Жомарт", "", "Токаев"),
        ("Жаксылык Омар", "Жаксылык", "", "Омар"),
        ("Даниал Кенжетаевич Ахметов", "Даниал", "Кенжетаевич", "Ахметов"),
        ("Иванов Иван Иванович", "Иван", "Иванович", "Иванов"),
        ("Путин Владимир", "Владимир", "", "Путин"),
        ("Дарига Назарбаева", "Дарига", "", "Назарбаева"),
        ("Бауыржан Момышулы", "Бауыржан", "", "Момышулы"),
        ("Урсула фон дер Ляйен", "Урсула", "", "фон дер Ляйен"),
        ("Токаев", "", "", "Токаев"),
        ("Владимир", "Владимир", "", ""),
    ],
)
def test_names_split_into_parts(split, normal, first, middle, last):
    assert split(normal) == NameParts(first, middle, last)


def test_only_persons_get_name_parts(split):
    doc = Document(text="Токаев в Астане")
    doc.mentions = [
        Mention(0, 6, "PER", "Токаев", "Токаев"),
        Mention(9, 15, "LOC", "Астане", "Астана"),
    ]
    EntityGrouper(names=split)(doc)
    person, place = doc.entities
    assert person.name == NameParts(last="Токаев")
    assert place.name is None


def test_name_parts_round_trip_and_export():
    mention = Mention(0, 15, "PER", "Жаксылыка Омара", "Жаксылык Омар")
    entity = Entity("PER", "Жаксылык Омар", (mention,), NameParts("Жаксылык", "", "Омар"))
    data = json.loads(json.dumps(entity.as_json(), ensure_ascii=False))
    assert data["name"] == {"first": "Жаксылык", "middle": "", "last": "Омар"}
    assert Entity.from_json(data) == entity
    assert repr(entity.name) == "NameParts(first='Жаксылык', last='Омар')"
    doc = Document(text="Жаксылыка Омара", id="a", mentions=[mention], entities=[entity])
    out = io.StringIO()
    write_csv([doc], "entities", out)
    header, row = out.getvalue().splitlines()
    assert header.split(",") == list(COLUMNS["entities"])
    assert row.endswith("Жаксылык,,Омар")


def test_a_lone_surname_joins_the_full_name_it_is_written_as(split):
    text = "Гульнара Абдрахманова выступила. Абдрахманова добавила."
    doc = Document(text=text)
    doc.mentions = [
        Mention(0, 21, "PER", "Гульнара Абдрахманова", "Гульнара Абдрахманова"),
        # alone, "Абдрахманова" normalizes to the man's "Абдрахманов"
        Mention(33, 45, "PER", "Абдрахманова", "Абдрахманов"),
    ]
    EntityGrouper(names=split)(doc)
    (entity,) = doc.entities
    assert entity.count == 2
    assert entity.name == NameParts("Гульнара", "", "Абдрахманова")
