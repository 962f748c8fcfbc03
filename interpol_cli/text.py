"""Text a user typed: made safe to echo back (no escapes, no BiDi overrides, no runaway
length), checked before it is searched, and its language guessed."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:  # loaded only by the renderers, which have the results already
    from collections.abc import Iterable, Iterator

    from interpol_cli.results import Record, Result, Value

from interpol_cli.errors import UsageProblem

# C0/C1 controls (ESC among them), DEL, BiDi embeddings/overrides/isolates and marks (ALM
# U+061C too), line/paragraph separators, and lone surrogates (undecodable argv bytes and file
# names arrive as U+DC80–U+DCFF).
_C0 = "\x00-\x1f"
_OTHERS = "\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff"
_UNSAFE = re.compile(f"[{_C0}{_OTHERS}]")
# json.dumps already writes C0 controls as \uXXXX (or \n, \t); any left are its own newlines.
_UNSAFE_IN_JSON = re.compile(f"[{_OTHERS}]")
MAX_ECHO = 80


def _code(match: re.Match[str]) -> str:
    return f"\\u{ord(match.group()):04x}"


def printable(value: str, limit: int | None = MAX_ECHO) -> str:
    """``value`` with every unsafe character shown as ``\\uXXXX``, cut to ``limit`` chars.

    The one escaping of text a user or the file system supplied, whatever the output: a tab or
    a newline becomes ``\\u0009`` / ``\\u000a`` too, so a value stays on its line."""
    safe = _UNSAFE.sub(_code, value)
    return safe if limit is None or len(safe) <= limit else safe[: limit - 1] + "…"


def printable_json(dumped: str) -> str:
    """JSON text with the unsafe characters ``json.dumps`` leaves raw written as ``\\uXXXX``:
    the same escapes, still valid JSON, and a reader decodes exactly the original value."""
    return _UNSAFE_IN_JSON.sub(_code, dumped)


def printable_result(result: Result) -> Result:
    """``result`` with every text in it :func:`printable` (no limit), for the terminal and the
    line-based formats. Nearly always there is nothing to escape: one pass says so."""
    from interpol_cli.knowledge import Evidence, Text

    def strings(record: Record) -> Iterator[str]:
        yield record.id
        for value in record.values.values():
            if isinstance(value, Text):
                yield from (value.ar, value.en)
            elif isinstance(value, str):
                yield value
        if record.basis is not None:
            yield from (record.basis.ar, record.basis.en)
        yield from (ev.quote for ev in record.evidence)

    def dirty(texts: Iterable[str]) -> bool:
        # isprintable() is False for every unsafe character and 3x faster than the pattern.
        return any(not t.isprintable() and _UNSAFE.search(t) for t in texts)

    def text(value: Text) -> Text:
        return Text(printable(value.ar, None), printable(value.en, None))

    def shown(value: Value) -> Value:
        if isinstance(value, Text):
            return text(value)
        return printable(value, None) if isinstance(value, str) else value

    def escaped(record: Record) -> Record:
        return record._replace(
            id=printable(record.id, None),
            values={key: shown(value) for key, value in record.values.items()},
            evidence=tuple(
                Evidence(ev.paragraph, ev.start, ev.end, printable(ev.quote, None))
                for ev in record.evidence
            ),
            basis=None if record.basis is None else text(record.basis),
        )

    titles = (result.title.ar, result.title.en, result.empty_message.ar, result.empty_message.en)
    if not dirty((*titles, *(s for record in result.records for s in strings(record)))):
        return result
    return result._replace(
        title=text(result.title),
        records=tuple(escaped(r) if dirty(strings(r)) else r for r in result.records),
        empty_message=text(result.empty_message),
    )


# Longer input is refused (exit 2) instead of searched: the cost grows with words x vocabulary.
MAX_CHARS = 500
# Terminal escape sequences and control characters pasted into a question are not words.
_ESCAPES = re.compile(r"\x1b\[[0-9;?]*[ -/]*[@-~]|\x1b.|[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def checked_input(text: str, what: str, example: str) -> str:
    """``text`` without pasted escapes; a usage error (exit 2) when empty or too long."""
    stripped = _ESCAPES.sub(" ", text).strip()
    if not stripped:
        raise UsageProblem(f"the {what} is empty; give some words, e.g. {example}.")
    if len(stripped) > MAX_CHARS:
        raise UsageProblem(
            f"the {what} is {len(stripped)} characters long; the limit is {MAX_CHARS}."
        )
    return stripped


def input_lang(text: str) -> Literal["ar", "en"]:
    """Arabic when the text has at least as many Arabic letters as Latin ones."""
    arabic = sum(1 for ch in text if "\u0600" <= ch <= "\u06ff")
    latin = sum(1 for ch in text if ch.isascii() and ch.isalpha())
    return "ar" if arabic and arabic >= latin else "en"
