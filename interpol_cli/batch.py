"""``ask -``: one question a line from stdin, each answered in the one process.

Every non-blank line is a question. Output: ``--format jsonl`` one JSON object per question
(``question``, ``answered``, ``answers``: the records ``ask --format json`` gives, and ``error``
for a line that is no question, e.g. too long); ``json`` the list of those objects; ``plain`` one
line per answer, the question first and a tab; ``csv``/``tsv`` the answers' rows with a
``question`` column first; ``table`` each question's answers as ``ask`` shows them. A question the
article does not answer says so (on stderr in the line formats, ``answered: false`` in JSON).
Exit 0 when every question was answered, 1 when any was not.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, BinaryIO, NamedTuple

from interpol_cli import exits
from interpol_cli.errors import UsageProblem
from interpol_cli.record import replace

if TYPE_CHECKING:
    from interpol_cli.env import Environment
    from interpol_cli.output import Options
    from interpol_cli.results import Result

MAX_BYTES = 1024 * 1024  # a megabyte of questions is thousands of them; more is no batch


class Answered(NamedTuple):
    """One line of the batch: the question, its result, or why it is no question."""

    question: str
    result: Result | None
    error: str | None = None


def read_questions(stream: BinaryIO | None = None) -> list[str]:
    """The non-blank lines of stdin (UTF-8; undecodable bytes become U+FFFD)."""
    source = stream if stream is not None else sys.stdin.buffer
    raw = source.read(MAX_BYTES + 1)
    if len(raw) > MAX_BYTES:
        raise UsageProblem("stdin holds more than 1 MiB of questions; split it into batches.")
    text = raw.decode("utf-8", errors="replace")
    questions = [line.strip() for line in text.splitlines() if line.strip()]
    if not questions:
        raise UsageProblem("stdin holds no question; give one question a line.")
    return questions


def answer_all(questions: list[str]) -> list[Answered]:
    from interpol_cli import ask

    out = []
    for question in questions:
        try:
            out.append(Answered(question, ask.answer(question)))
        except UsageProblem as exc:  # too long: this line is no question, the rest still are
            out.append(Answered(question, None, str(exc)))
    return out


def emit_batch(items: list[Answered], options: Options, env: Environment) -> int:
    """Write every answer as ``options`` ask; exit 0 when all were answered, else 1."""
    from interpol_cli import ask
    from interpol_cli.output import emit, message

    fmt = env.output_format(options.format)
    if fmt in ("json", "jsonl"):
        data = _json(items, options, env, fmt == "jsonl")
        env.stdout.write(data.encode("utf-8"))
        env.stdout.flush()
    elif fmt in ("plain", "csv", "tsv"):
        env.stdout.write(_lines(items, options, env, fmt).encode("utf-8"))
        env.stdout.flush()
    else:
        for item in items:
            if item.result is not None:
                lang = ask.question_lang(item.question)
                emit(item.result, replace(options, default_lang=lang), env)
    for n, item in enumerate(items, 1):
        if item.error is not None:
            message(env, f"interpol-cli: line {n}: {item.error}")
        elif item.result is not None and not item.result.records and fmt != "table":
            message(env, _refusal(item, options, env))
    answered = all(item.result is not None and item.result.records for item in items)
    return exits.OK if answered and items else exits.NOTHING_FOUND


def _lang(item: Answered, options: Options, env: Environment) -> str:
    from interpol_cli import ask

    return env.lang(options.lang, ask.question_lang(item.question))


def _refusal(item: Answered, options: Options, env: Environment) -> str:
    from interpol_cli.escape import printable

    assert item.result is not None
    said = item.result.empty_message
    text = said.en if _lang(item, options, env) == "en" else said.ar
    return f"{printable(item.question)}: {text}"


def _json(items: list[Answered], options: Options, env: Environment, lines: bool) -> str:
    import json

    from interpol_cli import ask
    from interpol_cli.escape import printable_json, printable_result
    from interpol_cli.render import record_json

    objects = []
    for item in items:
        lang = _lang(item, options, env)
        records = printable_result(item.result).records if item.result is not None else ()
        obj: dict[str, object] = {
            "question": item.question,
            "answered": bool(records),
            "answers": [record_json(r, ask.ANSWERS, lang) for r in records],  # type: ignore[arg-type]
        }
        if item.error is not None:
            obj["error"] = item.error
        objects.append(obj)
    if lines:
        return "".join(printable_json(json.dumps(o, ensure_ascii=False)) + "\n" for o in objects)
    return printable_json(json.dumps(objects, ensure_ascii=False, indent=2)) + "\n"


def _lines(items: list[Answered], options: Options, env: Environment, fmt: str) -> str:
    import csv
    import io

    from interpol_cli.escape import printable, printable_result
    from interpol_cli.render import table_rows, to_plain

    out = io.StringIO()
    writer = csv.writer(out, delimiter="," if fmt == "csv" else "\t", lineterminator="\n")
    header_done = False
    for item in items:
        if item.result is None or not item.result.records:
            continue
        # One set of columns for every row: both languages unless --lang says which.
        lang = _lang(item, options, env) if fmt == "plain" else env.lang(options.lang, "both")
        result = printable_result(item.result)
        question = printable(item.question, None)
        if fmt == "plain":
            for line in to_plain(result, lang).splitlines():  # type: ignore[arg-type]
                out.write(f"{question}\t{line}\n")
            continue
        rows = list(table_rows(result, lang))  # type: ignore[arg-type]
        if not header_done:
            writer.writerow(["question", *rows[0]])
            header_done = True
        for row in rows[1:]:
            cells = [question, *row]
            if fmt == "tsv":  # TSV has no quoting: tabs and newlines inside become spaces
                cells = [" ".join(c.split()) for c in cells]
                out.write("\t".join(cells) + "\n")
            else:
                writer.writerow(cells)
    return out.getvalue()
