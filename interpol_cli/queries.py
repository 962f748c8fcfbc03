"""The queries behind each command. They return ``Result`` objects and print nothing."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from interpol_cli.knowledge import (
    ENTITIES,
    FACTS,
    DateValue,
    Entity,
    EntityKind,
    Evidence,
    Fact,
    Status,
    Text,
    entity,
)
from interpol_cli.results import Field, Record, Result, Value

if TYPE_CHECKING:  # only article and verify read the text: the rest skip hashlib and pathlib
    from pathlib import Path

    from interpol_cli.article import Article

T = Text  # field labels are short bilingual texts


def _name(entity_id: str | None) -> Text | None:
    return None if entity_id is None else entity(entity_id).name


def _date_values(date: DateValue | None) -> dict[str, Value]:
    if date is None:
        return {"date": None, "date_end": None, "precision": None, "date_label": None}
    return {
        "date": date.start,
        "date_end": date.end,
        "precision": date.precision,
        "date_label": T(date.label("ar"), date.label("en")),
    }


def _record(fact: Fact, values: dict[str, Value], group: str | None = None) -> Record:
    return Record(fact.id, values, fact.evidence, fact.status, fact.basis, group)


def _ordered(facts: Iterable[Fact]) -> list[Fact]:
    """In the order the article tells them (first evidence offset)."""
    return sorted(facts, key=lambda f: min(e.start for e in f.evidence))


# --- who -------------------------------------------------------------------------------------

WHO_FIELDS = (
    Field("person", T("الشخص", "Person")),
    Field("post", T("المنصب", "Post")),
    Field("organisation", T("الجهة", "Organisation")),
)


def who() -> Result:
    """Every person in the article and every post the article gives them, one record a post."""
    records: list[Record] = []
    for person in (e for e in ENTITIES if e.kind is EntityKind.PERSON):
        for fact in _ordered(f for f in FACTS if f.subject == person.id and f.post is not None):
            values: dict[str, Value] = {
                "person": person.name,
                "person_id": person.id,
                "post": fact.post,
                "organisation": _name(fact.object),
            }
            records.append(_record(fact, values, group=person.id))
    return Result("who", T("من هم", "Who"), WHO_FIELDS, tuple(records), view="people")


TREE_FIELDS = (
    Field("name", T("الاسم", "Name")),
    Field("kind", T("النوع", "Kind")),
    Field("parent", T("ينتمي إلى", "Part of")),
    Field("members", T("المناصب", "Posts held")),
)


def organisations() -> Result:
    """Organisations and where they belong, with the people holding posts in each (the tree)."""
    records: list[Record] = []
    for org in (e for e in ENTITIES if e.kind is EntityKind.ORGANISATION):
        holders = _ordered(f for f in FACTS if f.object == org.id and f.post is not None)
        members: list[Text] = [
            T(
                f"{entity(f.subject).name.ar}: {f.post.ar}",
                f"{entity(f.subject).name.en}: {f.post.en}",
            )
            for f in holders
            if f.post is not None
        ]
        evidence = org.evidence + tuple(e for f in holders for e in f.evidence)
        values: dict[str, Value] = {
            "name": org.name,
            "kind": org.kind.value,
            "parent": _name(org.part_of),
            "parent_id": org.part_of,
            "members": T("؛ ".join(m.ar for m in members), "; ".join(m.en for m in members)),
        }
        records.append(Record(org.id, values, _dedupe(evidence)))
    return Result(
        "who",
        T("من ينتمي إلى ماذا", "Who belongs to what"),
        TREE_FIELDS,
        tuple(records),
        view="tree",
    )


def _dedupe(evidence: Iterable[Evidence]) -> tuple[Evidence, ...]:
    return tuple(dict.fromkeys(evidence))


# --- when ------------------------------------------------------------------------------------

WHEN_FIELDS = (
    Field("date_label", T("التاريخ", "Date")),
    Field("text", T("ماذا", "What")),
)


def when() -> Result:
    """Every dated fact, oldest first; inferred dates say so and from what."""
    dated = sorted((f for f in FACTS if f.date is not None), key=_date_key)
    records = [
        _record(f, {**_date_values(f.date), "text": f.text, "subject": f.subject}) for f in dated
    ]
    return Result("when", T("متى", "When"), WHEN_FIELDS, tuple(records), view="timeline")


def _date_key(fact: Fact) -> tuple[str, str, int]:
    assert fact.date is not None
    return (fact.date.start, fact.date.end or fact.date.start, min(e.start for e in fact.evidence))


# --- where -----------------------------------------------------------------------------------

WHERE_FIELDS = (
    Field("place", T("المكان", "Place")),
    Field("located_in", T("في", "In")),
    Field("text", T("ماذا جرى هناك", "What happened there")),
)


def where() -> Result:
    """Every fact that happens somewhere, with the place and what it lies in."""
    records = []
    for fact in _ordered(f for f in FACTS if f.place is not None):
        assert fact.place is not None
        place = entity(fact.place)
        values: dict[str, Value] = {
            "place": place.name,
            "place_id": place.id,
            "located_in": _name(place.part_of),
            "text": fact.text,
        }
        records.append(_record(fact, values, group=place.id))
    return Result("where", T("أين", "Where"), WHERE_FIELDS, tuple(records))


# --- numbers ---------------------------------------------------------------------------------

NUMBER_FIELDS = (
    Field("number", T("العدد", "Number")),
    Field("value", T("القيمة", "Value")),
    Field("text", T("المعنى", "Meaning")),
)


def numbers() -> Result:
    """Every number the article gives (counts, ordinals, years), in the order it gives them."""
    records = [
        _record(f, {"number": f.number, "value": f.value, "text": f.text})
        for f in _ordered(f for f in FACTS if f.number is not None)
    ]
    return Result("numbers", T("كم", "How many"), NUMBER_FIELDS, tuple(records))


# --- facts -----------------------------------------------------------------------------------

FACT_FIELDS = (
    Field("kind", T("النوع", "Kind")),
    Field("subject", T("عن", "About")),
    Field("text", T("الخبر", "Fact")),
)


def facts(about: str | None = None, kind: str | None = None) -> Result:
    """Every fact, optionally those about one entity (by name, in either language) or of a kind."""
    selected: Iterable[Fact] = FACTS
    if about is not None:
        ids = {e.id for e in find_entities(about)}
        selected = [f for f in selected if ids.intersection(f.about)]
    if kind is not None:
        selected = [f for f in selected if f.kind.value == kind]
    records = [_fact_record(f) for f in _ordered(selected)]
    return Result("facts", T("كل ما في الخبر", "Facts"), FACT_FIELDS, tuple(records))


def _fact_record(f: Fact) -> Record:
    values: dict[str, Value] = {
        "kind": f.kind.value,
        "subject": _name(f.subject),
        "subject_id": f.subject,
        "text": f.text,
        "about": ",".join(f.about),
        "value": f.value,
        "post": f.post,
        "number": f.number,
        **_date_values(f.date),
    }
    return _record(f, values)


def find_entities(name: str) -> list[Entity]:
    """Entities whose id, name or alias ``name`` spells, in either language and any common
    spelling (see ``interpol_cli.names``); a usage error (exit 2) when it is empty."""
    from interpol_cli.names import find_entities as resolve
    from interpol_cli.text import checked_input

    return resolve(checked_input(name, "name", "interpol-cli facts --about Hammouchi"))


# --- summary ---------------------------------------------------------------------------------

SUMMARY_FIELDS = (
    Field("topic", T("البند", "Topic")),
    Field("text", T("الخلاصة", "Summary")),
)

# The key facts a first-time reader needs, in reading order, with the question each answers.
_KEY_FACTS: tuple[tuple[str, Text], ...] = (
    ("dkhissi_elected_vice_president", T("من فاز", "Who won")),
    ("dgsn_nominated_dkhissi", T("من رشحه", "Nominated by")),
    ("elected_by_96_countries", T("من صوّت", "Who voted")),
    ("wide_margin", T("الفارق", "Margin")),
    ("general_assembly_place", T("أين", "Where")),
    ("general_assembly_dates", T("متى", "When")),
    ("election_day", T("يوم التصويت", "Election day")),
    ("urquiza_elected_secretary_general", T("الأمين العام الجديد", "New Secretary General")),
    ("urquiza_takes_office", T("يتولى مهامه", "Takes office")),
    ("stock_outgoing", T("الأمين العام المنتهية ولايته", "Outgoing Secretary General")),
    ("hammouchi_led_glasgow_delegation", T("الوفد المغربي", "Moroccan delegation")),
    ("mena_meeting_place", T("اجتماع ليون", "Lyon meeting")),
    ("interpol_founded", T("الإنتربول", "Interpol")),
    ("interpol_member_countries", T("الدول الأعضاء", "Member countries")),
)

_MAIN_EVENT = T(
    "انتُخب محمد الدخيسي، مرشح المغرب ومدير الشرطة القضائية، نائبا لرئيس الإنتربول عن أفريقيا "
    "يوم الخميس 7 نوفمبر 2024، بأغلبية مندوبي 96 دولة عضوا، خلال الدورة الثانية والتسعين "
    "للجمعية العامة للإنتربول في غلاسكو. وفي الجلسة نفسها انتُخب البرازيلي فالديسي أوركيزا "
    "أمينا عاما خلفا ليورغن شتوك.",
    "Mohammed Dkhissi, Morocco's candidate and Director of its Judicial Police, was elected "
    "Interpol Vice-President for Africa on Thursday 7 November 2024 by a majority of the delegates "
    "of 96 member countries, at the 92nd Interpol General Assembly in Glasgow. In the same session "
    "Brazil's Valdecy Urquiza was elected Secretary General, succeeding Jürgen Stock.",
)
_MAIN_EVENT_FROM = (
    "dkhissi_elected_vice_president",
    "dkhissi_judicial_police",
    "election_day",
    "elected_by_96_countries",
    "election_at_general_assembly",
    "general_assembly_place",
    "urquiza_elected_secretary_general",
    "urquiza_nationality",
    "stock_outgoing",
)


def fact(fact_id: str) -> Fact:
    return _FACTS_BY_ID[fact_id]


_FACTS_BY_ID = {f.id: f for f in FACTS}


def summary() -> Result:
    """The headline, the main event in two sentences, and the key facts."""
    title = fact("headline")
    sources = [fact(i) for i in _MAIN_EVENT_FROM]
    main = Record(
        "main_event",
        {"topic": T("الحدث", "Main event"), "text": _MAIN_EVENT},
        _dedupe(e for f in sources for e in f.evidence),
        Status.INFERRED,
        T(
            "يجمع الوقائع المفصلة أدناه؛ والمستنتج منها: أن الفائز هو الدخيسي (مرشح المغرب)، "
            "وأن «اليوم الخميس» هو 7 نوفمبر 2024، وجنسية أوركيزا البرازيلية",
            "Combines the key facts below; inferred among them: that the winner is Dkhissi "
            "(Morocco's candidate), that 'today, Thursday' is 7 November 2024, and Urquiza's "
            "Brazilian nationality",
        ),
    )
    records = [
        _record(title, {"topic": T("العنوان", "Headline"), "text": title.text}),
        main,
        *(
            _record(fact(fid), {"topic": topic, "text": fact(fid).text})
            for fid, topic in _KEY_FACTS
        ),
    ]
    return Result("summary", title.text, SUMMARY_FIELDS, tuple(records), view="summary")


# --- article ---------------------------------------------------------------------------------

ARTICLE_FIELDS = (
    Field("paragraph", T("الفقرة", "¶")),
    Field("text", T("النص", "Text")),
)


def article() -> Result:
    """The article, paragraph by paragraph (0 is the title), with the English translation."""
    from interpol_cli.article import load_article
    from interpol_cli.translation import PARAGRAPHS_EN, TITLE_EN

    art = load_article()
    english = (TITLE_EN, *PARAGRAPHS_EN)
    records = tuple(
        Record(
            f"p{p.number}",
            {
                "paragraph": p.number,
                "start": p.start,
                "end": p.end,
                "text": T(p.text, english[p.number]),
            },
            (Evidence(p.number, p.start, p.end, p.text),),
        )
        for p in art.paragraphs
    )
    return Result("article", T(art.title, TITLE_EN), ARTICLE_FIELDS, records, view="article")


# --- verify ----------------------------------------------------------------------------------

CHECK_FIELDS = (
    Field("check", T("الفحص", "Check")),
    Field("ok", T("سليم", "OK")),
    Field("detail", T("التفاصيل", "Detail")),
)


def verify(source: Article | None = None) -> Result:
    """Check the seed's checksum and that every piece of evidence is verbatim in the article."""
    from interpol_cli.article import SEED_SHA256, load_article
    from interpol_cli.errors import DataProblem

    checks: list[Record] = []

    def check(check_id: str, ok: bool, detail: str, evidence: tuple[Evidence, ...] = ()) -> None:
        label = T(check_id, check_id)
        checks.append(
            Record(check_id, {"check": label, "ok": ok, "detail": T(detail, detail)}, evidence)
        )

    try:
        art = source or load_article()
    except DataProblem as exc:
        return verify_failure(str(exc))
    digest = art.sha256
    check(
        "seed_checksum",
        digest == SEED_SHA256,
        f"sha256 {digest}" + ("" if digest == SEED_SHA256 else f", expected {SEED_SHA256}"),
    )
    items: list[tuple[str, tuple[Evidence, ...]]] = [(f"fact:{f.id}", f.evidence) for f in FACTS]
    items += [(f"entity:{e.id}", e.evidence) for e in ENTITIES]
    bad = 0
    for owner, evidence in items:
        for ev in evidence:
            problem = _evidence_problem(art, ev)
            if problem:
                bad += 1
                check(f"evidence:{owner}", False, problem, (ev,))
    total = sum(len(ev) for _, ev in items)
    check("evidence", bad == 0, f"{total - bad} of {total} quotes verbatim at their offsets")
    ok = all(r.values["ok"] for r in checks)
    return Result("verify", T("التحقق", "Verify"), CHECK_FIELDS, tuple(checks), "checks", ok)


def verify_file(path: Path | None) -> Result:
    """``verify`` of the installed article, or of the copy at ``path``."""
    if path is None:
        return verify()
    from interpol_cli.article import read_article
    from interpol_cli.errors import DataProblem

    try:
        return verify(read_article(path))
    except DataProblem as exc:
        return verify_failure(str(exc))


def verify_failure(detail: str) -> Result:
    """The result of a verification that could not even read the article."""
    record = Record(
        "article_readable",
        {
            "check": T("article_readable", "article_readable"),
            "ok": False,
            "detail": T(detail, detail),
        },
    )
    return Result("verify", T("التحقق", "Verify"), CHECK_FIELDS, (record,), "checks", False)


def _evidence_problem(art: Article, ev: Evidence) -> str:
    if art.text[ev.start : ev.end] != ev.quote:
        return f"text at {ev.start}-{ev.end} is not the quote {ev.quote!r}"
    if not 0 <= ev.paragraph < len(art.paragraphs):
        return f"no paragraph {ev.paragraph}"
    para = art.paragraphs[ev.paragraph]
    if not para.start <= ev.start <= ev.end <= para.end:
        return f"offsets {ev.start}-{ev.end} are outside paragraph {ev.paragraph}"
    return ""
