"""What a query returns: a result object that every renderer (table, plain, JSON, CSV…) reads.

Results hold both languages; the language is chosen only when rendering, so the Python API is
useful on its own and every output format says the same thing.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Literal, NamedTuple

from interpol_cli import exits
from interpol_cli.model import Evidence, Status, Text

Value = str | int | bool | Text | None
View = Literal[
    "table", "summary", "timeline", "tree", "article", "checks", "answers", "hits", "people"
]


# NamedTuples rather than frozen dataclasses: these are defined on every run, where a frozen
# dataclass costs 0.3 ms to define; they are as immutable and as typed.
class Field(NamedTuple):
    key: str
    label: Text


class Record(NamedTuple):
    id: str
    values: Mapping[str, Value]
    evidence: tuple[Evidence, ...] = ()
    status: Status = Status.STATED
    basis: Text | None = None
    group: str | None = None  # records that belong together in a human view (a person, a date)


class Result(NamedTuple):
    command: str
    title: Text
    fields: tuple[Field, ...]
    records: tuple[Record, ...]
    view: View = "table"
    ok: bool = True  # False: the query ran but failed a check (verify): exit 3
    empty_message: Text = Text(
        ar="لا شيء في الخبر يطابق ذلك.", en="Nothing in the article matches."
    )

    @property
    def exit_code(self) -> int:
        if not self.ok:
            return exits.DATA
        return exits.OK if self.records else exits.NOTHING_FOUND
