"""The types the knowledge is written in: texts, evidence, dates, entities and facts.

The data itself is in ``interpol_cli.knowledge``; this module holds no article content, so code
that only handles results (the renderers) need not load it.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Literal

from interpol_cli.record import record

Lang = Literal["ar", "en"]
Precision = Literal["day", "month", "year"]


class Status(StrEnum):
    STATED = "stated"
    INFERRED = "inferred"


class EntityKind(StrEnum):
    PERSON = "person"
    ORGANISATION = "organisation"
    PLACE = "place"
    EVENT = "event"
    SOURCE = "source"  # the report itself


class FactKind(StrEnum):
    ELECTION = "election"
    NOMINATION = "nomination"
    ROLE = "role"
    DATE = "date"
    PLACE = "place"
    NUMBER = "number"
    PARTICIPATION = "participation"
    TOPIC = "topic"
    AIM = "aim"
    ASSESSMENT = "assessment"
    ORGANISATION = "organisation"
    SOURCE = "source"


@record
class Text:
    """One piece of text in both languages: Arabic as in the article, English as known."""

    ar: str
    en: str

    def get(self, lang: Lang) -> str:
        return self.ar if lang == "ar" else self.en


@record
class Evidence:
    """A verbatim quote and where it stands: ``article.text[start:end] == quote``.

    Code-point offsets into the whole article; ``paragraph`` is the paragraph holding them.
    The knowledge writes only paragraph and quote (``knowledge.cite``) and derives the rest.
    """

    paragraph: int
    start: int
    end: int
    quote: str


_MONTHS: dict[Lang, tuple[str, ...]] = {
    # The article's own month names (Maghrebi usage: نوفمبر, سبتمبر).
    "ar": (
        "يناير",
        "فبراير",
        "مارس",
        "أبريل",
        "ماي",
        "يونيو",
        "يوليوز",
        "غشت",
        "سبتمبر",
        "أكتوبر",
        "نوفمبر",
        "دجنبر",
    ),
    "en": (
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ),
}


@record
class DateValue:
    """An ISO 8601 date (``2024``, ``2024-09``, ``2024-11-07``), or a range when ``end`` is set."""

    start: str
    precision: Precision
    end: str | None = None

    @property
    def iso(self) -> str:
        return self.start if self.end is None else f"{self.start}/{self.end}"

    def label(self, lang: Lang) -> str:
        first = _date_parts(self.start)
        if self.end is None:
            return _date_label(first, lang)
        last = _date_parts(self.end)
        if self.precision == "day" and first[:2] == last[:2]:
            # "4–7 November 2024": the article's own way of giving a range.
            return f"{first[2]}–{_date_label(last, lang)}"
        return f"{_date_label(first, lang)}–{_date_label(last, lang)}"


def _date_parts(iso: str) -> tuple[int, ...]:
    return tuple(int(part) for part in iso.split("-"))


def _date_label(parts: tuple[int, ...], lang: Lang) -> str:
    if len(parts) == 1:
        return str(parts[0])
    month = _MONTHS[lang][parts[1] - 1]
    if len(parts) == 2:
        return f"{month} {parts[0]}"
    return f"{parts[2]} {month} {parts[0]}"


@record
class Entity:
    id: str
    kind: EntityKind
    name: Text
    description: Text
    evidence: tuple[Evidence, ...]
    aliases: tuple[str, ...] = ()  # other spellings in either language, for look-ups
    part_of: str | None = None  # the entity this one belongs to or lies in (the tree)


@record
class Fact:
    id: str
    kind: FactKind
    subject: str  # entity id
    text: Text  # the fact, said as one sentence
    evidence: tuple[Evidence, ...]
    status: Status = Status.STATED
    basis: Text | None = None  # for inferred facts: what they are derived from
    object: str | None = None  # entity id: the organisation of a post, the event attended…
    others: tuple[str, ...] = ()  # further entities the fact is about
    value: Text | None = None  # the short answer the fact gives
    post: Text | None = None  # for roles and elections: the post held or won
    date: DateValue | None = None
    number: int | None = None
    place: str | None = None  # entity id
    # The question this fact answers in ``summary``'s list of key facts (None: not listed there).
    summary_topic: Text | None = None

    @property
    def about(self) -> tuple[str, ...]:
        ids = [self.subject]
        if self.object is not None:
            ids.append(self.object)
        if self.place is not None:
            ids.append(self.place)
        ids.extend(self.others)
        return tuple(dict.fromkeys(ids))


@record
class Synthesis:
    """A statement written from several facts (the summary's main event), with its sources."""

    text: Text
    sources: tuple[str, ...]  # fact ids; their evidence is this statement's evidence
    basis: Text  # what among the sources is inferred: a synthesis is never simply stated
