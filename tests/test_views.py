"""The terminal views as a reader sees them: tables that never split a word, paragraph
references that stay whole, a tree whose branches hang from their parents, and no padding
when a table goes into a file."""

from __future__ import annotations

import re

import pytest
from rich.cells import cell_len

from interpol_cli import queries
from interpol_cli.render_tty import render_terminal
from interpol_cli.results import Result
from interpol_cli.words import CHOICES
from tests.helpers import run_in_process

BOX = re.compile("[━─│├└┤┘●]")


def _logical(result: Result, lang: str, width: int) -> list[str]:
    text = render_terminal(result, lang, visual=False, width=width, color_system=None)  # type: ignore[arg-type]
    return text.splitlines()


def _source_words(result: Result) -> set[str]:
    """Every word the view may show: values, labels, quotes, references, bases."""
    words: set[str] = set()

    def add(text: str) -> None:
        words.update(text.replace("\u00a0", " ").split())

    for field in result.fields:
        add(f"{field.label.ar} {field.label.en} {field.label.ar}: {field.label.en}:")
    for record in result.records:
        for value in record.values.values():
            add(str(value) if not hasattr(value, "ar") else f"{value.ar} {value.en}")  # type: ignore[union-attr]
        for ev in record.evidence:
            add(f"«{ev.quote}» (الفقرة {ev.paragraph}) (para. {ev.paragraph})")
        if record.basis is not None:
            add(f"مستنتج: {record.basis.ar} inferred: {record.basis.en}")
    add(f"{result.title.ar} {result.title.en} الدليل Evidence")
    add(" ".join(CHOICES.values()))  # kinds are said as words
    return words


@pytest.mark.parametrize("width", [60, 72, 80, 100, 120])
@pytest.mark.parametrize("lang", ["ar", "en", "both"])
@pytest.mark.parametrize("query", ["who", "numbers", "where", "facts"])
def test_table_views_never_split_a_word(query: str, lang: str, width: int) -> None:
    result = getattr(queries, query)()
    known = _source_words(result)
    for line in _logical(result, lang, width):
        assert cell_len(line) <= width
        for word in BOX.sub(" ", line).replace("\u00a0", " ").split():
            assert word in known, f"{word!r} is a piece of a word ({query}, {lang}, {width})"


@pytest.mark.parametrize("width", [20, 30, 40, 60, 80, 120])
@pytest.mark.parametrize("lang", ["ar", "en"])
def test_paragraph_references_stay_whole(lang: str, width: int) -> None:
    sign = "الفقرة" if lang == "ar" else "para."
    result = queries.who()
    whole = 0
    for line in _logical(result, lang, width):
        if f"({sign}" in line:
            assert re.search(rf"\({re.escape(sign)}\u00a0\d+\)", line), line
        whole += len(re.findall(rf"\({re.escape(sign)}\u00a0\d+\)", line))
        assert not re.match(r"^\s*\d+\)", line.strip(" │")), f"a number alone: {line!r}"
    # Every quote shown carries its reference, whole (a view without them would pass above).
    assert whole == sum(len(r.evidence) for r in result.records)


def test_english_quotes_keep_their_reference_left_to_right() -> None:
    out = render_terminal(queries.who(), "en", visual=True, width=80, color_system=None)
    assert "(para.\u00a01)" in out and "(1\u00a0.para)" not in out


def test_the_tree_hangs_each_branch_from_its_parent() -> None:
    lines = [line.rstrip() for line in _logical(queries.organisations(), "en", 100)]
    assert "Interpol" in lines, "Interpol heads its own branch, with no guide before it"
    start = lines.index("Interpol")
    assert lines[start + 1] == "├── Interpol General Assembly"
    assert lines[start + 2] == "├── Interpol Executive Committee"
    assert lines[start + 3] == "│   └── Mohammed Dkhissi: Interpol Vice-President for Africa"
    morocco = lines.index("Morocco")
    assert lines[morocco + 1].startswith("├── General Directorate for National Security")
    assert any(line.startswith("│   ├── Judicial Police") for line in lines[morocco:])
    assert any(
        line.startswith("│   │   └── Mohammed Dkhissi: Director of the Judicial Police")
        for line in lines[morocco:]
    )


def test_arabic_tree_guides_stand_on_the_right() -> None:
    out = render_terminal(queries.organisations(), "ar", visual=True, width=80, color_system=None)
    guided = [line.rstrip() for line in out.splitlines() if "──" in line]
    assert guided and all(line.endswith(("┤", "┘", "│")) for line in guided)


def test_a_table_into_a_file_carries_no_padding() -> None:
    out = run_in_process(["who", "-l", "en", "-f", "table"], {"COLUMNS": "100"}).stdout.decode()
    assert out and not any(line.endswith(" ") for line in out.splitlines())


def test_where_shows_a_repeated_place_and_what_it_lies_in_once() -> None:
    # Rows are separated by blank lines; a row's first line carries its Place and In cells.
    out = run_in_process(["where", "-l", "en", "-f", "table"], {"COLUMNS": "120"}).stdout.decode()
    lines = out.splitlines()
    header = next(line for line in lines if line.lstrip().startswith("Place"))
    place_end, in_start = header.index("In") - 1, header.index("In")
    in_end = header.index("What happened")
    body = lines[lines.index(header) + 2 :]
    firsts = [row for i, row in enumerate(body) if row.strip() and (i == 0 or not body[i - 1])]
    cells = [(row[:place_end].strip(), row[in_start:in_end].strip()) for row in firsts]
    assert len(cells) >= 6 and ("", "") in cells, cells  # repeated places are blanked...
    assert all(bool(place) == bool(inside) for place, inside in cells), cells  # ...with their In
