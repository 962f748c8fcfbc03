"""The one escaping of text a user or the file system supplied (an argument, a variable, a
question, a file name, an OS message naming a path), for every output: nothing in it can
restyle, retitle or reorder a terminal, or split a record's line.

It loads nothing of the package (``printable_result`` reads ``model.Text`` when called), so any
module, the errors among them, can use it without an import cycle or start-up cost.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # loaded only by the renderers, which have the results already
    from collections.abc import Iterable, Iterator

    from interpol_cli.results import Record, Result, Value

# C0/C1 controls (ESC among them), DEL, BiDi embeddings/overrides/isolates and marks (ALM
# U+061C too), line/paragraph separators, and lone surrogates (undecodable argv bytes and file
# names arrive as U+DC80–U+DCFF).
_C0 = "\x00-\x1f"
_OTHERS = "\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff"
MAX_ECHO = 80


# Compiled on first need: the two patterns cost over 1 ms at start-up, and nearly every text is
# printable, which ``str.isprintable`` tells without them (every unsafe character is of a
# category it calls unprintable: Cc, Cf, Cs, Zl, Zp).
@cache
def _unsafe() -> re.Pattern[str]:
    return re.compile(f"[{_C0}{_OTHERS}]")


@cache
def _unsafe_in_json() -> re.Pattern[str]:
    # json.dumps already writes C0 controls as \uXXXX (or \n, \t); any left are its newlines.
    return re.compile(f"[{_OTHERS}]")


def _code(match: re.Match[str]) -> str:
    return f"\\u{ord(match.group()):04x}"


def printable(value: str, limit: int | None = MAX_ECHO) -> str:
    """``value`` with every unsafe character shown as ``\\uXXXX``, cut to ``limit`` chars.

    The one escaping of text a user or the file system supplied, whatever the output: a tab or
    a newline becomes ``\\u0009`` / ``\\u000a`` too, so a value stays on its line."""
    safe = value if value.isprintable() else _unsafe().sub(_code, value)
    return safe if limit is None or len(safe) <= limit else safe[: limit - 1] + "…"


def printable_json(dumped: str) -> str:
    """JSON text with the unsafe characters ``json.dumps`` leaves raw written as ``\\uXXXX``:
    the same escapes, still valid JSON, and a reader decodes exactly the original value."""
    if dumped.replace("\n", "").isprintable():
        return dumped
    return _unsafe_in_json().sub(_code, dumped)


def printable_result(result: Result) -> Result:
    """``result`` with every text in it :func:`printable` (no limit), for the terminal and the
    line-based formats. Nearly always there is nothing to escape: one pass says so."""
    from interpol_cli.model import Text
    from interpol_cli.record import replace

    def strings(record: Record) -> Iterator[str]:
        yield record.id
        for value in record.values.values():
            for item in value if isinstance(value, tuple) else (value,):  # lists: each item
                if isinstance(item, Text):
                    yield from (item.ar, item.en)
                elif isinstance(item, str):
                    yield item
        if record.basis is not None:
            yield from (record.basis.ar, record.basis.en)
        yield from (ev.quote for ev in record.evidence)

    def dirty(texts: Iterable[str]) -> bool:
        # isprintable() is False for every unsafe character and 3x faster than the pattern.
        return any(not t.isprintable() and _unsafe().search(t) for t in texts)

    def text(value: Text) -> Text:
        return Text(ar=printable(value.ar, None), en=printable(value.en, None))

    def shown(value: Value) -> Value:
        if isinstance(value, Text):
            return text(value)
        if isinstance(value, str):
            return printable(value, None)
        if isinstance(value, tuple) and value and isinstance(value[0], Text):  # a list of texts
            return tuple(text(v) for v in value if isinstance(v, Text))
        if isinstance(value, tuple) and value and isinstance(value[0], str):  # a list of ids
            return tuple(printable(v, None) for v in value if isinstance(v, str))
        return value

    def escaped(record: Record) -> Record:
        return replace(
            record,
            id=printable(record.id, None),
            values={key: shown(value) for key, value in record.values.items()},
            evidence=tuple(replace(ev, quote=printable(ev.quote, None)) for ev in record.evidence),
            basis=None if record.basis is None else text(record.basis),
        )

    titles = (result.title.ar, result.title.en, result.empty_message.ar, result.empty_message.en)
    if not dirty((*titles, *(s for record in result.records for s in strings(record)))):
        return result
    return replace(
        result,
        title=text(result.title),
        records=tuple(escaped(r) if dirty(strings(r)) else r for r in result.records),
        empty_message=text(result.empty_message),
    )
