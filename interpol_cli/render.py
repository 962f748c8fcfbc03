"""Machine renderers: JSON, JSON lines, CSV, TSV and plain text.

All of them write logical-order Unicode: no reshaping, no reordering, no ANSI codes, no hard
wrapping. They import nothing heavy, so a scripted query costs what Typer costs.
"""

from __future__ import annotations

import io
from collections.abc import Iterator, Sequence
from typing import Any

from interpol_cli.env import Format, LangChoice
from interpol_cli.model import Evidence, Lang, Status, Text
from interpol_cli.results import Column, Columns, Kind, Record, Result, Span, Value
from interpol_cli.words import choice_word, word, yes_no


def langs(lang: LangChoice) -> tuple[Lang, ...]:
    return ("ar", "en") if lang == "both" else (lang,)


def evidence_json(ev: Evidence) -> dict[str, Any]:
    return {"paragraph": ev.paragraph, "start": ev.start, "end": ev.end, "quote": ev.quote}


def _text_json(text: Text, lang: LangChoice) -> dict[str, str]:
    return {code: text.get(code) for code in langs(lang)}


def _value_json(column: Column, value: Value, lang: LangChoice) -> Any:
    if value is None:
        return None
    if isinstance(value, Text):
        return _text_json(value, lang)
    if isinstance(value, tuple):
        if column.kind == "spans":
            return [{"start": s, "end": e} for s, e in spans(value)]
        return [_text_json(v, lang) if isinstance(v, Text) else v for v in value]
    return value


def spans(value: Value) -> list[Span]:
    """The (start, end) pairs of a spans value."""
    if not isinstance(value, tuple):
        return []
    return [(v[0], v[1]) for v in value if isinstance(v, tuple)]


def record_json(record: Record, columns: Columns, lang: LangChoice) -> dict[str, Any]:
    out: dict[str, Any] = {"id": record.id}
    for column in columns.columns:
        out[column.key] = _value_json(column, record.values[column.key], lang)
    out["status"] = record.status.value
    out["basis"] = None if record.basis is None else _text_json(record.basis, lang)
    out["evidence"] = [evidence_json(ev) for ev in record.evidence]
    return out


def to_json(result: Result, lang: LangChoice) -> str:
    import json  # here, not at the top: the terminal and CSV paths never need it

    records = [record_json(r, result.columns, lang) for r in result.records]
    return json.dumps(records, ensure_ascii=False, indent=2) + "\n"


def to_jsonl(result: Result, lang: LangChoice) -> str:
    import json

    return "".join(
        json.dumps(record_json(r, result.columns, lang), ensure_ascii=False) + "\n"
        for r in result.records
    )


def _bilingual(column: Column) -> bool:
    return column.kind in ("text", "texts")


def header(columns: Columns, lang: LangChoice) -> list[str]:
    """The CSV/TSV header: from the declaration alone, so it is the same with no records."""
    codes = langs(lang)
    names = ["id"]
    for column in columns.columns:
        names += [f"{column.key}_{c}" for c in codes] if _bilingual(column) else [column.key]
    return [*names, "status", *(f"basis_{c}" for c in codes), "paragraph", "start", "end", "quote"]


def flat(value: Value, code: Lang) -> str:
    """A value as one CSV/TSV cell: lists joined, spans as "3-7,12-15", booleans as words."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, Text):
        return value.get(code)
    if isinstance(value, tuple):
        if value and isinstance(value[0], tuple):
            return ",".join(f"{s}-{e}" for s, e in spans(value))
        texts = [v.get(code) if isinstance(v, Text) else str(v) for v in value]
        if value and isinstance(value[0], Text):
            return ("؛ " if code == "ar" else "; ").join(texts)
        return ",".join(texts)
    return str(value)


def table_rows(result: Result, lang: LangChoice) -> Iterator[list[str]]:
    """Header, then one row a record; bilingual values become ``key_ar``/``key_en`` columns."""
    codes = langs(lang)
    yield header(result.columns, lang)
    for record in result.records:
        row = [record.id]
        for column in result.columns.columns:
            value = record.values[column.key]
            row += [flat(value, c) for c in codes] if _bilingual(column) else [flat(value, "en")]
        row.append(record.status.value)
        row += [record.basis.get(c) if record.basis else "" for c in codes]
        ev = record.evidence
        row += [
            ";".join(str(e.paragraph) for e in ev),
            ";".join(str(e.start) for e in ev),
            ";".join(str(e.end) for e in ev),
            " | ".join(e.quote for e in ev),
        ]
        yield row


def to_csv(result: Result, lang: LangChoice, delimiter: str = ",") -> str:
    import csv

    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\n")
    for row in table_rows(result, lang):
        writer.writerow(row)
    return buffer.getvalue()


def to_tsv(result: Result, lang: LangChoice) -> str:
    # TSV has no quoting: tabs and newlines inside a value become spaces.
    return "".join(
        "\t".join(" ".join(cell.split()) if cell else "" for cell in row) + "\n"
        for row in table_rows(result, lang)
    )


def shown_value(value: Value, kind: Kind, code: Lang) -> str:
    """A value as a reader meets it (table, cards, plain): choices and outcomes as words."""
    if isinstance(value, bool):
        return yes_no(value, code)
    if kind == "choice" and isinstance(value, str):
        return choice_word(value, code)
    return flat(value, code)


def plain_line(record: Record, result: Result, code: Lang) -> str:
    parts = [
        shown_value(record.values[c.key], c.kind, code)
        for c in result.columns.columns
        if c.label is not None
    ]
    # A field that repeats the one before it (an answer that is the whole fact) is said once.
    shown = [p for i, p in enumerate(parts) if p and (i == 0 or p != parts[i - 1])]
    line = " — ".join(shown)
    if record.status is Status.INFERRED:
        line += f" [{word('inferred', code)}]"
    if record.evidence:
        line += f" ({word('paragraph_short', code)} {paragraph_list(record.evidence, code)})"
    return line


def paragraph_list(evidence: Sequence[Evidence], code: Lang) -> str:
    """The paragraphs some evidence comes from, once each, in the article's order: "1, 2, 10"."""
    comma = "، " if code == "ar" else ", "
    return comma.join(str(number) for number in sorted({e.paragraph for e in evidence}))


def to_plain(result: Result, lang: LangChoice) -> str:
    """One line a record, for grep and awk; ``article`` is the article's own text, exactly."""
    if result.view == "article":
        return _article_plain(result, lang)
    lines = []
    for record in result.records:
        lines.append(" | ".join(plain_line(record, result, code) for code in langs(lang)))
    return "".join(line + "\n" for line in lines)


def _article_plain(result: Result, lang: LangChoice) -> str:
    # The seed's own layout: the title, a blank line, then one paragraph a line, no final newline.
    def text(record: Record, code: Lang) -> str:
        value = record.values["text"]
        assert isinstance(value, Text)
        return value.get(code)

    blocks = ["\n".join(text(r, c) for c in langs(lang)) for r in result.records]
    if not blocks:
        return ""
    return blocks[0] + "\n\n" + "\n".join(blocks[1:])


def render_machine(result: Result, fmt: Format, lang: LangChoice) -> str:
    """``result`` in ``fmt``; text a user or the file system supplied (a file name in an error,
    say) comes out with its control and BiDi characters as ``\\uXXXX``: JSON escapes, which
    decode to the original, or visible text, which keeps one record to a line."""
    from interpol_cli.escape import printable_json, printable_result

    if fmt == "json":
        return printable_json(to_json(result, lang))
    if fmt == "jsonl":
        return printable_json(to_jsonl(result, lang))
    result = printable_result(result)
    if fmt == "csv":
        return to_csv(result, lang)
    if fmt == "tsv":
        return to_tsv(result, lang)
    return to_plain(result, lang)
