"""Each command declares its columns once; every format follows the declaration.

Records carry exactly the declared keys, each value of its declared kind; the CSV/TSV header
comes from the declaration, so it is the same when nothing matches; no column name repeats or
collides with the evidence columns; spans and lists stay structured into JSON; a value is said
with one word in every view.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Callable
from pathlib import Path

import pytest

from interpol_cli import ask, queries, search
from interpol_cli.__main__ import run
from interpol_cli.model import Text
from interpol_cli.record import replace
from interpol_cli.render import header
from interpol_cli.render_tty import render_terminal
from interpol_cli.results import RESERVED, Column, Columns, Result, Value
from tests.helpers import QUERY_COMMANDS, SEED, run_cli

ISO = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")

RESULTS: dict[str, Callable[[], Result]] = {
    **QUERY_COMMANDS,
    "facts --about xyzzy": lambda: queries.facts("xyzzy"),
    "facts --kind date": lambda: queries.facts(None, "date"),
    "ask": lambda: ask.answer("Who is the new Secretary General?"),
    "ask (not answered)": lambda: ask.answer("What colour is the sky?"),
    "search": lambda: search.search_result("انتربول"),
    "search (nothing)": lambda: search.search_result("xyzzy"),
}
DECLARATIONS = sorted(
    {id(r.columns): r.columns for r in (make() for make in RESULTS.values())}.values(),
    key=lambda c: c.name,
)


def _fits(column: Column, value: Value) -> bool:
    if value is None:
        return column.nullable
    if column.kind == "text":
        return isinstance(value, Text)
    if column.kind in ("texts", "ids", "spans"):
        if not isinstance(value, tuple):
            return False
        item = {"texts": Text, "ids": str, "spans": tuple}[column.kind]
        return all(isinstance(v, item) for v in value)
    if column.kind == "choice":
        return value in column.choices
    if column.kind == "date":
        return isinstance(value, str) and bool(ISO.match(value))
    if column.kind == "id":
        return isinstance(value, str) and bool(value)
    kinds: dict[str, type | tuple[type, ...]] = {"int": int, "float": (int, float), "bool": bool}
    if column.kind == "int" and isinstance(value, bool):
        return False
    return isinstance(value, kinds[column.kind])


@pytest.mark.parametrize("name", RESULTS)
def test_records_carry_exactly_their_declared_columns(name: str) -> None:
    result = RESULTS[name]()
    for record in result.records:
        assert tuple(record.values) == result.columns.keys, (name, record.id)
        for column in result.columns.columns:
            value = record.values[column.key]
            assert _fits(column, value), (name, record.id, column.key, value)


def test_a_record_that_strays_from_its_declaration_fails_the_check() -> None:
    who = queries.who()
    extra = replace(who.records[0], values={**who.records[0].values, "surprise": 1})
    assert tuple(extra.values) != who.columns.keys
    column = who.columns.columns[0]
    assert not _fits(column, "a plain string where a bilingual text belongs")


@pytest.mark.parametrize("columns", DECLARATIONS, ids=lambda c: c.name)
@pytest.mark.parametrize("lang", ["ar", "en", "both"])
def test_no_column_name_repeats_or_is_an_evidence_column(columns: Columns, lang: str) -> None:
    names = header(columns, lang)  # type: ignore[arg-type]
    assert len(names) == len(set(names)), names
    assert not RESERVED.intersection(columns.keys)


def test_a_declaration_cannot_take_a_reserved_or_repeated_name() -> None:
    with pytest.raises(ValueError, match="paragraph"):
        Columns("x", "", Column("paragraph", "int"))
    with pytest.raises(ValueError, match="a_ar"):
        Columns("x", "", Column("a", "text"), Column("a_ar", "id"))


def _out(args: list[str], capfd: pytest.CaptureFixture[bytes]) -> tuple[int, str]:
    code = run(args)
    return code, capfd.readouterr().out.decode()


@pytest.mark.parametrize(
    ("found", "nothing"),
    [
        (["facts"], ["facts", "--about", "xyzzy"]),
        (["search", "انتربول"], ["search", "xyzzy"]),
        (["ask", "Who is the new Secretary General?"], ["ask", "What colour is the sky?"]),
    ],
    ids=lambda a: a[0],
)
@pytest.mark.parametrize("fmt", ["csv", "tsv"])
@pytest.mark.parametrize("lang", ["ar", "both"])
def test_the_header_is_the_same_when_nothing_matches(
    found: list[str],
    nothing: list[str],
    fmt: str,
    lang: str,
    capfdbinary: pytest.CaptureFixture[bytes],
) -> None:
    code, full = _out([*found, "-f", fmt, "-l", lang], capfdbinary)
    assert code == 0
    code, empty = _out([*nothing, "-f", fmt, "-l", lang], capfdbinary)
    assert code == 1
    assert empty.splitlines() == [full.splitlines()[0]]


@pytest.mark.parametrize("args", [["article"], ["search", "انتربول"], ["who", "--tree"]])
def test_csv_readers_keep_every_column(
    args: list[str], capfdbinary: pytest.CaptureFixture[bytes]
) -> None:
    _, out = _out([*args, "-f", "csv", "-l", "both"], capfdbinary)
    rows = list(csv.reader(io.StringIO(out)))
    first = next(csv.DictReader(io.StringIO(out)))
    assert len(first) == len(rows[0]) == len(rows[1])  # DictReader dropped nothing
    assert first["paragraph"] and first["quote"]  # the evidence columns are the evidence


def test_spans_and_lists_are_structured_json(capfdbinary: pytest.CaptureFixture[bytes]) -> None:
    text = SEED.read_text(encoding="utf-8")
    _, out = _out(["ask", "When was Interpol founded?", "-f", "json"], capfdbinary)
    best = json.loads(out)[0]
    assert [text[s["start"] : s["end"]] for s in best["spans"]] == ["تأسس"]
    _, out = _out(["search", "Glasgow", "-f", "json", "-l", "en"], capfdbinary)
    hit = json.loads(out)[0]
    assert {hit["text"]["en"][s["start"] : s["end"]] for s in hit["spans_en"]} == {"Glasgow"}
    assert isinstance(hit["score"], float)
    _, out = _out(["who", "--tree", "-f", "json", "-l", "both"], capfdbinary)
    committee = next(r for r in json.loads(out) if r["id"] == "interpol_executive_committee")
    assert committee["members"] and all(set(m) == {"ar", "en"} for m in committee["members"])
    assert not any("؛" in m["ar"] for m in committee["members"])
    _, out = _out(["facts", "--kind", "date", "-f", "json"], capfdbinary)
    assert all(isinstance(r["about"], list) and r["about"] for r in json.loads(out))


def test_csv_still_flattens_spans_and_lists(capfdbinary: pytest.CaptureFixture[bytes]) -> None:
    _, out = _out(["search", "Glasgow", "-f", "csv", "-l", "en"], capfdbinary)
    first = next(csv.DictReader(io.StringIO(out)))
    assert re.fullmatch(r"\d+-\d+(,\d+-\d+)*", first["spans_en"]), first["spans_en"]
    _, out = _out(["facts", "--kind", "date", "-f", "csv"], capfdbinary)
    cells = [r["about"] for r in csv.DictReader(io.StringIO(out))]
    _, out = _out(["facts", "--kind", "date", "-f", "json"], capfdbinary)
    assert cells == [",".join(r["about"]) for r in json.loads(out)]


def test_the_article_view_highlights_what_its_result_says() -> None:
    """The terminal article view reads its highlights from the result, not the knowledge."""
    article = queries.article()
    bare = replace(
        article,
        records=tuple(replace(r, values={**r.values, "quoted": ()}) for r in article.records),
    )
    lit = render_terminal(article, "ar", visual=False, width=100, color_system="standard")
    dark = render_terminal(bare, "ar", visual=False, width=100, color_system="standard")
    # Highlights are bold (render_tty.STYLE_HIGHLIGHT); the title is bold in both.
    assert lit.count("\x1b[1m") > dark.count("\x1b[1m")


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_verify_says_one_word_for_one_outcome(
    lang: str, capfdbinary: pytest.CaptureFixture[bytes]
) -> None:
    _, plain = _out(["verify", "-f", "plain", "-l", lang], capfdbinary)
    _, table = _out(["verify", "-f", "table", "-l", lang, "--bidi", "logical"], capfdbinary)
    word = {"ar": "سليم", "en": "ok"}[lang]
    assert plain.count(f" {word} ") == 2 and word in table
    assert "نعم" not in plain


def _tampered(tmp_path: Path) -> Path:
    copy = tmp_path / "copy.txt"
    copy.write_bytes(SEED.read_bytes().replace("غلاسكو".encode(), "لندن".encode()))
    return copy


def test_a_tampered_copy_gets_one_record_per_failed_quote(tmp_path: Path) -> None:
    proc = run_cli(["verify", "--article", str(_tampered(tmp_path)), "-f", "json", "-l", "both"])
    assert proc.returncode == 3
    records = json.loads(proc.stdout)
    ids = [r["id"] for r in records]
    assert len(ids) == len(set(ids)), sorted(i for i in ids if ids.count(i) > 1)
    assert sum(1 for i in ids if i.startswith("evidence:entity:glasgow:")) > 1
    english = re.compile(r"\b(text|at|is|not|the|quote|of|quotes|expected|outside)\b")
    for record in records:
        ar = record["detail"]["ar"]
        assert re.search("[\u0600-\u06ff]", ar) and not english.search(ar), ar
        assert re.search("[\u0600-\u06ff]", record["check"]["ar"]), record["check"]
