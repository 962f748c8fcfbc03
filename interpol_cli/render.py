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
from interpol_cli.results import Record, Result, Value

INFERRED_MARK: dict[Lang, str] = {"ar": "مستنتج", "en": "inferred"}


def langs(lang: LangChoice) -> tuple[Lang, ...]:
    return ("ar", "en") if lang == "both" else (lang,)


def evidence_json(ev: Evidence) -> dict[str, Any]:
    return {"paragraph": ev.paragraph, "start": ev.start, "end": ev.end, "quote": ev.quote}


def _text_json(text: Text, lang: LangChoice) -> dict[str, str]:
    return {code: text.get(code) for code in langs(lang)}


def record_json(record: Record, lang: LangChoice) -> dict[str, Any]:
    out: dict[str, Any] = {"id": record.id}
    for key, value in record.values.items():
        out[key] = _text_json(value, lang) if isinstance(value, Text) else value
    out["status"] = record.status.value
    out["basis"] = None if record.basis is None else _text_json(record.basis, lang)
    out["evidence"] = [evidence_json(ev) for ev in record.evidence]
    return out


def to_json(result: Result, lang: LangChoice) -> str:
    import json  # here, not at the top: the terminal and CSV paths never need it

    records = [record_json(r, lang) for r in result.records]
    return json.dumps(records, ensure_ascii=False, indent=2) + "\n"


def to_jsonl(result: Result, lang: LangChoice) -> str:
    import json

    return "".join(
        json.dumps(record_json(r, lang), ensure_ascii=False) + "\n" for r in result.records
    )


def _flat(value: Value) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def table_rows(result: Result, lang: LangChoice) -> Iterator[list[str]]:
    """Header, then one row a record; bilingual values become ``key_ar``/``key_en`` columns."""
    codes = langs(lang)
    keys = list(result.records[0].values) if result.records else [f.key for f in result.fields]
    bilingual = {
        k for k in keys if any(isinstance(r.values.get(k), Text) for r in result.records)
    } or {f.key for f in result.fields if not result.records}
    header = ["id"]
    for key in keys:
        header += [f"{key}_{c}" for c in codes] if key in bilingual else [key]
    header += ["status", *(f"basis_{c}" for c in codes), "paragraph", "start", "end", "quote"]
    yield header
    for record in result.records:
        row = [record.id]
        for key in keys:
            value = record.values.get(key)
            if key in bilingual:
                row += [value.get(c) if isinstance(value, Text) else _flat(value) for c in codes]
            else:
                row.append(_flat(value))
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


def _plain_value(value: Value, code: Lang) -> str:
    if isinstance(value, Text):
        return value.get(code)
    if isinstance(value, bool):
        return ("نعم" if value else "لا") if code == "ar" else ("ok" if value else "FAILED")
    return _flat(value)


def plain_line(record: Record, result: Result, code: Lang) -> str:
    parts = [_plain_value(record.values.get(f.key), code) for f in result.fields]
    # A field that repeats the one before it (an answer that is the whole fact) is said once.
    shown = [p for i, p in enumerate(parts) if p and (i == 0 or p != parts[i - 1])]
    line = " — ".join(shown)
    if record.status is Status.INFERRED:
        line += f" [{INFERRED_MARK[code]}]"
    if record.evidence:
        line += f" ({'الفقرة' if code == 'ar' else '¶'} {paragraph_list(record.evidence, code)})"
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
