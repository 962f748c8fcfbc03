"""``search``: the article's paragraphs (Arabic and their English translation) and the facts,
ranked by ``interpol_cli.ranking``, each hit shown in its ORIGINAL spelling with the matched words'
offsets."""

from __future__ import annotations

from dataclasses import dataclass

from interpol_cli.escape import printable
from interpol_cli.knowledge import FACTS
from interpol_cli.model import Evidence, Fact, Lang, Text
from interpol_cli.names import expand_query
from interpol_cli.ranking import Document, search
from interpol_cli.results import Column, Columns, Record, Result, Value
from interpol_cli.user_input import checked_input

HITS = Columns(
    "search",
    "Paragraphs (source article: id p0..p18) and facts (source fact) matching the query, best "
    "first. For a paragraph the evidence is each matched Arabic word, then the whole paragraph.",
    Column("source", "choice", choices=("article", "fact")),
    Column("where", "text", Text(ar="الموضع", en="Where")),
    Column("in_paragraph", "int", nullable=True, doc="an article hit's paragraph; null for a fact"),
    Column("match", "text", Text(ar="المطابق", en="Match")),
    Column("text", "text", Text(ar="النص", en="Text")),
    Column("spans_ar", "spans", doc="the matched words, offsets inside text.ar"),
    Column("spans_en", "spans", doc="the matched words, offsets inside text.en"),
    Column("score", "float", doc="how well it matches: higher is better"),
)


@dataclass
class _Found:
    key: str
    score: float
    order: int
    text: Text
    where: Text
    paragraph: int | None
    evidence: tuple[Evidence, ...]
    fact: Fact | None
    spans: dict[Lang, list[tuple[int, int]]]


def search_result(query: str, limit: int | None = 20) -> Result:
    """Paragraphs (Arabic or their English translation) and facts matching ``query``, best first.

    Each record holds the text, the matched words in the ORIGINAL text (``spans_ar`` /
    ``spans_en``: offsets inside ``text``) and evidence: for a paragraph the matched Arabic words
    (article offsets) and the whole paragraph, for a fact its own evidence.
    """
    from interpol_cli import queries
    from interpol_cli.article import load_article
    from interpol_cli.translation import PARAGRAPHS_EN, TITLE_EN

    typed, query = (
        query.strip(),
        checked_input(query, "search query", "interpol-cli search انتربول"),
    )
    art = load_article()
    english = (TITLE_EN, *PARAGRAPHS_EN)
    docs: list[Document] = []
    for p in art.paragraphs:
        docs.append(Document(f"p{p.number}", "ar", p.text, p.number, 0))
        docs.append(Document(f"p{p.number}", "en", english[p.number], p.number, 0))
    for f in FACTS:
        first = min(e.paragraph for e in f.evidence)
        docs.append(Document(f.id, "fact-ar", f.text.ar, first, 0))
        docs.append(Document(f.id, "fact-en", f.text.en, first, 0))
    found: dict[str, _Found] = {}
    # Names as people type them ("Dakhissi", "عبد اللطيف") are searched as the article and
    # its translation spell them.
    for order, hit in enumerate(search(expand_query(query), docs)):
        doc = hit.doc
        item = found.get(doc.id)
        if item is None:
            if doc.kind in ("ar", "en"):
                para = art.paragraphs[doc.paragraph]
                item = _Found(
                    doc.id,
                    hit.score,
                    order,
                    Text(ar=para.text, en=english[para.number]),
                    Text(ar=f"الفقرة {para.number}", en=f"¶ {para.number}"),
                    para.number,
                    (
                        Evidence(
                            paragraph=para.number, start=para.start, end=para.end, quote=para.text
                        ),
                    ),
                    None,
                    {"ar": [], "en": []},
                )
            else:
                fact = queries.fact(doc.id)
                item = _Found(
                    doc.id,
                    hit.score,
                    order,
                    fact.text,
                    # Arabic names no English id: the fact's paragraph instead.
                    Text(ar=f"خبر من الفقرة {doc.paragraph}", en=f"fact {fact.id}"),
                    None,
                    fact.evidence,
                    fact,
                    {"ar": [], "en": []},
                )
            found[doc.id] = item
        item.score = max(item.score, hit.score)
        # Every document starts at offset 0, so spans are offsets inside the record's text
        # (ties keep the input order, paragraphs before facts).
        code: Lang = "ar" if doc.kind in ("ar", "fact-ar") else "en"
        item.spans[code] += hit.spans
    ranked = sorted(found.values(), key=lambda f: (-f.score, f.order))
    if limit is not None:
        ranked = ranked[:limit]
    records = tuple(_hit_record(item) for item in ranked)
    return Result(
        "search",
        Text(ar=f"بحث: {printable(typed, 200)}", en=f"Search: {printable(typed, 200)}"),
        HITS,
        records,
        view="hits",
    )


def _hit_record(item: _Found) -> Record:
    ar = sorted(set(item.spans["ar"]))
    en = sorted(set(item.spans["en"]))
    match = Text(
        ar=" … ".join(dict.fromkeys(item.text.ar[s:e] for s, e in ar)),
        en=" … ".join(dict.fromkeys(item.text.en[s:e] for s, e in en)),
    )
    evidence = item.evidence
    if item.fact is None and item.paragraph is not None:
        para = evidence[0]
        words = tuple(
            Evidence(
                paragraph=item.paragraph,
                start=para.start + s,
                end=para.start + e,
                quote=item.text.ar[s:e],
            )
            for s, e in ar
        )
        evidence = (*words, para)
    values: dict[str, Value] = {
        "source": "fact" if item.fact is not None else "article",
        "where": item.where,
        "in_paragraph": item.paragraph,
        "match": match,
        "text": item.text,
        "spans_ar": tuple(ar),
        "spans_en": tuple(en),
        "score": round(item.score, 3),
    }
    if item.fact is not None:
        return Record(item.key, values, evidence, item.fact.status, item.fact.basis)
    return Record(item.key, values, evidence)
