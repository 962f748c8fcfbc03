"""The queries behind each command. They return ``Result`` objects and print nothing."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from interpol_cli.knowledge import ENTITIES, FACTS, MAIN_EVENT, entity
from interpol_cli.model import (
    DateValue,
    Entity,
    EntityKind,
    Evidence,
    Fact,
    FactKind,
    Status,
    Text,
)
from interpol_cli.results import Column, Columns, Record, Result, Span, Value

if TYPE_CHECKING:  # only article and verify read the text: the rest skip hashlib and pathlib
    from pathlib import Path

    from interpol_cli.article import Article

PRECISIONS = ("day", "month", "year")


def _date_columns(nullable: bool, label: Text | None) -> tuple[Column, ...]:
    return (
        Column("date", "date", nullable=nullable, doc="ISO 8601: a year, a month or a day"),
        Column("date_end", "date", nullable=True, doc="the last day of a range, else null"),
        Column("precision", "choice", nullable=nullable, choices=PRECISIONS),
        Column("date_label", "text", label, nullable=nullable),
    )


def _name(entity_id: str | None) -> Text | None:
    return None if entity_id is None else entity(entity_id).name


def _date_values(date: DateValue | None) -> dict[str, Value]:
    if date is None:
        return {"date": None, "date_end": None, "precision": None, "date_label": None}
    return {
        "date": date.start,
        "date_end": date.end,
        "precision": date.precision,
        "date_label": Text(ar=date.label("ar"), en=date.label("en")),
    }


def _record(fact: Fact, values: dict[str, Value], group: str | None = None) -> Record:
    return Record(fact.id, values, fact.evidence, fact.status, fact.basis, group)


def _ordered(facts: Iterable[Fact]) -> list[Fact]:
    """In the order the article tells them (first evidence offset)."""
    return sorted(facts, key=lambda f: min(e.start for e in f.evidence))


# --- who -------------------------------------------------------------------------------------

WHO = Columns(
    "who",
    "One record per post the article gives a person.",
    Column("person", "text", Text(ar="الشخص", en="Person")),
    Column("person_id", "id"),
    Column("post", "text", Text(ar="المنصب", en="Post")),
    Column("organisation", "text", Text(ar="الجهة", en="Organisation"), nullable=True),
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
    return Result("who", Text(ar="من هم", en="Who"), WHO, tuple(records), view="people")


WHO_TREE = Columns(
    "who-tree",
    "Organisations, what each belongs to (parent_id is the id of another record or null) and "
    "the posts held in each.",
    Column("name", "text", Text(ar="الاسم", en="Name")),
    Column("kind", "choice", Text(ar="النوع", en="Kind"), choices=("organisation",)),
    Column("parent", "text", Text(ar="ينتمي إلى", en="Part of"), nullable=True),
    Column("parent_id", "id", nullable=True),
    Column(
        "members", "texts", Text(ar="المناصب", en="Posts held"), doc="person: post, one a post held"
    ),
)


def organisations() -> Result:
    """Organisations and where they belong, with the people holding posts in each (the tree)."""
    records: list[Record] = []
    for org in (e for e in ENTITIES if e.kind is EntityKind.ORGANISATION):
        holders = _ordered(f for f in FACTS if f.object == org.id and f.post is not None)
        members = tuple(
            Text(
                ar=f"{entity(f.subject).name.ar}: {f.post.ar}",
                en=f"{entity(f.subject).name.en}: {f.post.en}",
            )
            for f in holders
            if f.post is not None
        )
        evidence = org.evidence + tuple(e for f in holders for e in f.evidence)
        values: dict[str, Value] = {
            "name": org.name,
            "kind": org.kind.value,
            "parent": _name(org.part_of),
            "parent_id": org.part_of,
            "members": members,
        }
        records.append(Record(org.id, values, _dedupe(evidence)))
    return Result(
        "who",
        Text(ar="من ينتمي إلى ماذا", en="Who belongs to what"),
        WHO_TREE,
        tuple(records),
        view="tree",
    )


def _dedupe(evidence: Iterable[Evidence]) -> tuple[Evidence, ...]:
    return tuple(dict.fromkeys(evidence))


# --- when ------------------------------------------------------------------------------------

WHEN = Columns(
    "when",
    "Every dated fact, oldest first.",
    *_date_columns(False, Text(ar="التاريخ", en="Date")),
    Column("text", "text", Text(ar="ماذا", en="What")),
    Column("subject", "id"),
)


def when() -> Result:
    """Every dated fact, oldest first; inferred dates say so and from what."""
    dated = sorted((f for f in FACTS if f.date is not None), key=_date_key)
    records = [
        _record(f, {**_date_values(f.date), "text": f.text, "subject": f.subject}) for f in dated
    ]
    return Result("when", Text(ar="متى", en="When"), WHEN, tuple(records), view="timeline")


def _date_key(fact: Fact) -> tuple[str, str, int]:
    assert fact.date is not None
    return (fact.date.start, fact.date.end or fact.date.start, min(e.start for e in fact.evidence))


# --- where -----------------------------------------------------------------------------------

WHERE = Columns(
    "where",
    "Every fact that happens somewhere, with the place and what it lies in.",
    Column("place", "text", Text(ar="المكان", en="Place")),
    Column("place_id", "id"),
    Column("located_in", "text", Text(ar="في", en="In"), nullable=True),
    Column("text", "text", Text(ar="ماذا جرى هناك", en="What happened there")),
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
    return Result("where", Text(ar="أين", en="Where"), WHERE, tuple(records))


# --- numbers ---------------------------------------------------------------------------------

NUMBERS = Columns(
    "numbers",
    "Every number the article gives, in the order it gives them.",
    Column("number", "int", Text(ar="العدد", en="Number")),
    Column("value", "text", Text(ar="القيمة", en="Value"), nullable=True),
    Column("text", "text", Text(ar="المعنى", en="Meaning")),
)


def numbers() -> Result:
    """Every number the article gives (counts, ordinals, years), in the order it gives them."""
    records = [
        _record(f, {"number": f.number, "value": f.value, "text": f.text})
        for f in _ordered(f for f in FACTS if f.number is not None)
    ]
    return Result("numbers", Text(ar="كم", en="How many"), NUMBERS, tuple(records))


# --- facts -----------------------------------------------------------------------------------

FACTS_OUT = Columns(
    "facts",
    "Every fact the article states or implies.",
    Column("kind", "choice", Text(ar="النوع", en="Kind"), choices=tuple(k.value for k in FactKind)),
    Column("subject", "text", Text(ar="عن", en="About")),
    Column("subject_id", "id"),
    Column("text", "text", Text(ar="الخبر", en="Fact")),
    Column("about", "ids", doc="the ids of every entity the fact is about"),
    Column("value", "text", nullable=True, doc="the short answer the fact gives"),
    Column("post", "text", nullable=True, doc="the post held or won"),
    Column("number", "int", nullable=True),
    *_date_columns(True, None),
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
    return Result("facts", Text(ar="كل ما في الخبر", en="Facts"), FACTS_OUT, tuple(records))


def _fact_record(f: Fact) -> Record:
    values: dict[str, Value] = {
        "kind": f.kind.value,
        "subject": entity(f.subject).name,
        "subject_id": f.subject,
        "text": f.text,
        "about": f.about,
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
    from interpol_cli.user_input import checked_input

    return resolve(checked_input(name, "name", "interpol-cli facts --about Hammouchi"))


# --- summary ---------------------------------------------------------------------------------

SUMMARY = Columns(
    "summary",
    "The headline, the main event (inferred, combined from several facts) and the key facts.",
    Column("topic", "text", Text(ar="البند", en="Topic")),
    Column("text", "text", Text(ar="الخلاصة", en="Summary")),
)


def fact(fact_id: str) -> Fact:
    return _FACTS_BY_ID[fact_id]


_FACTS_BY_ID = {f.id: f for f in FACTS}


def summary() -> Result:
    """The headline, the main event in two sentences, and the key facts."""
    title = fact("headline")
    sources = [fact(i) for i in MAIN_EVENT.sources]
    main = Record(
        "main_event",
        {"topic": Text(ar="الحدث", en="Main event"), "text": MAIN_EVENT.text},
        _dedupe(sorted((e for f in sources for e in f.evidence), key=lambda e: e.start)),
        Status.INFERRED,
        MAIN_EVENT.basis,
    )
    records = [
        _record(title, {"topic": Text(ar="العنوان", en="Headline"), "text": title.text}),
        main,
        *(
            _record(f, {"topic": f.summary_topic, "text": f.text})
            for f in FACTS
            if f.summary_topic is not None
        ),
    ]
    return Result("summary", title.text, SUMMARY, tuple(records), view="summary")


# --- article ---------------------------------------------------------------------------------

ARTICLE = Columns(
    "article",
    "The article paragraph by paragraph (0 is the title); the evidence is the paragraph itself, "
    "with its code-point offsets; text.ar is the article's own text, text.en a translation.",
    Column(
        "number", "int", Text(ar="الفقرة", en="¶"), doc="the paragraph's number; 0 is the title"
    ),
    Column("text", "text", Text(ar="النص", en="Text")),
    Column(
        "quoted",
        "spans",
        doc="the stretches of text.ar that some fact or entity quotes, offsets inside text.ar",
    ),
)


def article() -> Result:
    """The article, paragraph by paragraph (0 is the title), with the English translation."""
    from interpol_cli.article import load_article
    from interpol_cli.translation import PARAGRAPHS_EN, TITLE_EN

    art = load_article()
    english = (TITLE_EN, *PARAGRAPHS_EN)
    quoted: dict[int, set[Span]] = {}
    for evidence in (*(f.evidence for f in FACTS), *(e.evidence for e in ENTITIES)):
        for ev in evidence:
            quoted.setdefault(ev.paragraph, set()).add((ev.start, ev.end))
    records = tuple(
        Record(
            f"p{p.number}",
            {
                "number": p.number,
                "text": Text(ar=p.text, en=english[p.number]),
                "quoted": tuple(
                    (s - p.start, e - p.start) for s, e in sorted(quoted.get(p.number, ()))
                ),
            },
            (Evidence(paragraph=p.number, start=p.start, end=p.end, quote=p.text),),
        )
        for p in art.paragraphs
    )
    return Result("article", Text(ar=art.title, en=TITLE_EN), ARTICLE, records, view="article")


# --- verify ----------------------------------------------------------------------------------

VERIFY = Columns(
    "verify",
    "The checks run on the article and the knowledge; any ok=false means exit code 3. "
    "A failed evidence check carries the quote that failed.",
    Column("check", "text", Text(ar="الفحص", en="Check")),
    Column("ok", "bool", Text(ar="سليم", en="OK")),
    Column("detail", "text", Text(ar="التفاصيل", en="Detail")),
    evidence_min=0,
)


def verify(source: Article | None = None) -> Result:
    """Check the seed's checksum and that every piece of evidence is verbatim in the article."""
    from interpol_cli.article import SEED_SHA256, load_article
    from interpol_cli.errors import DataProblem

    try:
        art = source or load_article()
    except DataProblem as exc:
        return verify_failure(Text(ar=exc.arabic or str(exc), en=str(exc)))
    digest = art.sha256
    same = digest == SEED_SHA256
    checks = [
        _check(
            "seed_checksum",
            Text(ar="بصمة المقال", en="seed_checksum"),
            same,
            Text(
                ar=f"بصمة sha256 هي {digest}" + ("" if same else f"، والمتوقع {SEED_SHA256}"),
                en=f"sha256 {digest}" + ("" if same else f", expected {SEED_SHA256}"),
            ),
        )
    ]
    # English names a check by its id, as ever; Arabic says what was checked.
    owners: list[tuple[str, str, tuple[Evidence, ...]]] = [
        (f"fact:{f.id}", f"اقتباس الخبر: {f.text.ar}", f.evidence) for f in FACTS
    ]
    owners += [(f"entity:{e.id}", f"اقتباس {e.name.ar}", e.evidence) for e in ENTITIES]
    bad = 0
    for owner, label, evidence in owners:
        for n, ev in enumerate(evidence, 1):
            problem = _evidence_problem(art, ev)
            if problem is not None:
                bad += 1
                # Numbered: one owner may have several quotes that fail, each its own record.
                check_id = f"evidence:{owner}:{n}"
                checks.append(_check(check_id, Text(ar=label, en=check_id), False, problem, (ev,)))
    total = sum(len(ev) for _, _, ev in owners)
    checks.append(
        _check(
            "evidence",
            Text(ar="الاقتباسات", en="evidence"),
            bad == 0,
            Text(
                ar=f"{total - bad} من {total} اقتباسا مطابقة حرفيا في مواضعها",
                en=f"{total - bad} of {total} quotes verbatim at their offsets",
            ),
        )
    )
    ok = all(r.values["ok"] for r in checks)
    return Result("verify", Text(ar="التحقق", en="Verify"), VERIFY, tuple(checks), "checks", ok)


def _check(
    check_id: str, label: Text, ok: bool, detail: Text, evidence: tuple[Evidence, ...] = ()
) -> Record:
    return Record(check_id, {"check": label, "ok": ok, "detail": detail}, evidence)


def verify_file(path: Path | None) -> Result:
    """``verify`` of the installed article, or of the copy at ``path``."""
    if path is None:
        return verify()
    from interpol_cli.article import read_article
    from interpol_cli.errors import DataProblem

    try:
        return verify(read_article(path))
    except DataProblem as exc:
        return verify_failure(Text(ar=exc.arabic or str(exc), en=str(exc)))


def verify_failure(detail: Text) -> Result:
    """The result of a verification that could not even read the article."""
    record = _check(
        "article_readable", Text(ar="قراءة المقال", en="article_readable"), False, detail
    )
    return Result("verify", Text(ar="التحقق", en="Verify"), VERIFY, (record,), "checks", False)


def _evidence_problem(art: Article, ev: Evidence) -> Text | None:
    """What is wrong with one piece of evidence in ``art``, in both languages; None if nothing."""
    where = f"{ev.start}-{ev.end}"
    if art.text[ev.start : ev.end] != ev.quote:
        return Text(
            ar=f"النص في {where} ليس الاقتباس «{ev.quote}»",
            en=f"text at {where} is not the quote {ev.quote!r}",
        )
    if not 0 <= ev.paragraph < len(art.paragraphs):
        return Text(ar=f"لا فقرة رقمها {ev.paragraph}", en=f"no paragraph {ev.paragraph}")
    para = art.paragraphs[ev.paragraph]
    if not para.start <= ev.start <= ev.end <= para.end:
        return Text(
            ar=f"الموضع {where} خارج الفقرة {ev.paragraph}",
            en=f"offsets {where} are outside paragraph {ev.paragraph}",
        )
    return None
