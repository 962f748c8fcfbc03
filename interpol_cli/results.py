"""What a query returns: a result object that every renderer (table, plain, JSON, CSV…) reads,
and the declaration of the columns its records carry.

Each command declares its columns once, next to its query (``queries.WHO``, ``ask.ANSWERS``…):
key, kind, whether the table shows it (a column with a label is shown). Every record carries
exactly the declared keys; JSON, JSON lines, CSV, TSV and plain iterate the declaration, so their
shape does not depend on the records (the CSV header is the same when nothing matches), and
``scripts/make_schemas.py`` writes the JSON Schemas from it.

Results hold both languages; the language is chosen only when rendering, so the Python API is
useful on its own and every output format says the same thing.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Literal

from interpol_cli import exits
from interpol_cli.model import Evidence, Status, Text
from interpol_cli.record import record

Span = tuple[int, int]  # start, end: code-point offsets, end excluded
Value = (
    str | int | float | bool | Text | tuple[str, ...] | tuple[Text, ...] | tuple[Span, ...] | None
)
View = Literal[
    "table", "summary", "timeline", "tree", "article", "checks", "answers", "hits", "people"
]
# What a column holds, and so how each format writes it:
#   text    bilingual Text: JSON {"ar", "en"} (the languages asked for), CSV key_ar / key_en
#   texts   a tuple of Text: JSON a list of those objects, CSV joined with "؛ " / "; "
#   id      an identifier string;  ids  a tuple of them: JSON a list, CSV joined with ","
#   choice  one of the column's ``choices`` (a kind, a precision…): shown as a word, never a code
#   int, float, bool  as they are;  date  ISO 8601 (2024, 2024-11, 2024-11-07)
#   spans   a tuple of (start, end): JSON [{"start", "end"}], CSV "3-7,12-15"
Kind = Literal["text", "texts", "id", "ids", "choice", "int", "float", "bool", "date", "spans"]

# Every record has these besides its columns; CSV and TSV spell the evidence out in the last four.
LANGS = ("ar", "en")
RESERVED = frozenset({"id", "status", "basis", "evidence", "paragraph", "start", "end", "quote"})


# Records (interpol_cli.record): defined on every run, where a frozen dataclass or a NamedTuple
# costs more to define than the whole query takes.
@record(kw_only=False)
class Field:
    """A column the table (and plain output) shows, under this label."""

    key: str
    label: Text


@record(kw_only=False)
class Column:
    key: str
    kind: Kind
    label: Text | None = None  # shown in the table and plain output under this label
    nullable: bool = False
    choices: tuple[str, ...] = ()  # for kind "choice"
    doc: str = ""  # what it means, for the JSON Schema


class Columns:
    """One command's output declaration: its columns, in order, and what the records are."""

    __slots__ = ("_kinds", "columns", "description", "evidence_min", "fields", "keys", "name")

    def __init__(
        self, name: str, description: str, *columns: Column, evidence_min: int = 1
    ) -> None:
        keys = tuple(c.key for c in columns)
        # The names CSV and TSV use: a text column is key_ar and key_en there.
        flat = [f"{c.key}_{code}" for c in columns if c.kind in ("text", "texts") for code in LANGS]
        flat += [c.key for c in columns if c.kind not in ("text", "texts")]
        flat += [*RESERVED, *(f"basis_{code}" for code in LANGS)]
        clash = RESERVED.intersection(keys) | {k for k in flat if flat.count(k) > 1}
        if clash:  # a programming error, caught at import by any test
            raise ValueError(f"{name}: column names {sorted(clash)} are reserved or repeated")
        self.name = name  # the schema's file name: interpol_cli/schemas/<name>.json
        self.description = description
        self.columns = columns
        self.keys = keys
        self.fields = tuple(Field(c.key, c.label) for c in columns if c.label is not None)
        self.evidence_min = evidence_min
        self._kinds = {c.key: c.kind for c in columns}

    def kind(self, key: str) -> Kind:
        return self._kinds[key]


@record(kw_only=False)
class Record:
    id: str
    values: Mapping[str, Value]
    evidence: tuple[Evidence, ...] = ()
    status: Status = Status.STATED
    basis: Text | None = None
    group: str | None = None  # records that belong together in a human view (a person, a date)


@record(kw_only=False)
class Result:
    command: str
    title: Text
    columns: Columns
    records: tuple[Record, ...]
    view: View = "table"
    ok: bool = True  # False: the query ran but failed a check (verify): exit 3
    empty_message: Text = Text(
        ar="لا شيء في الخبر يطابق ذلك.", en="Nothing in the article matches."
    )

    @property
    def fields(self) -> tuple[Field, ...]:
        """The columns a table shows, in order."""
        return self.columns.fields

    @property
    def exit_code(self) -> int:
        if not self.ok:
            return exits.DATA
        return exits.OK if self.records else exits.NOTHING_FOUND
