"""The Typer app: parses arguments and delegates. No logic lives here.

Each command computes a result with ``interpol_cli.queries`` (or ``ask``) and hands it to
``output.emit`` with the shared output options.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Literal, NoReturn

import typer

from interpol_cli import __version__

if TYPE_CHECKING:  # results loads the knowledge base: --help and completion don't need it
    from interpol_cli.results import Result


class FormatChoice(StrEnum):
    table = "table"
    plain = "plain"
    json = "json"
    jsonl = "jsonl"
    csv = "csv"
    tsv = "tsv"


class LangOption(StrEnum):
    ar = "ar"
    en = "en"
    both = "both"


class BidiOption(StrEnum):
    auto = "auto"
    visual = "visual"
    logical = "logical"


class KindOption(StrEnum):
    election = "election"
    nomination = "nomination"
    role = "role"
    date = "date"
    place = "place"
    number = "number"
    participation = "participation"
    topic = "topic"
    aim = "aim"
    assessment = "assessment"
    organisation = "organisation"
    source = "source"


FormatOpt = Annotated[
    FormatChoice | None,
    typer.Option(
        "--format",
        "-f",
        metavar="FORMAT",
        help="table, plain, json, jsonl, csv or tsv. Default: table on a terminal, plain "
        "when piped.",
        show_default=False,
        case_sensitive=False,  # -f JSON, --lang EN: a choice is a word, not its case
    ),
]
LangOpt = Annotated[
    LangOption | None,
    typer.Option(
        "--lang",
        "-l",
        metavar="LANG",
        help="ar, en or both. Default: $INTERPOL_CLI_LANG, else ar.",
        show_default=False,
        case_sensitive=False,  # -f JSON, --lang EN: a choice is a word, not its case
    ),
]
BidiOpt = Annotated[
    BidiOption | None,
    typer.Option(
        "--bidi",
        metavar="MODE",
        help="How Arabic is laid out on a terminal: auto, visual (this tool reorders) or logical "
        "(the terminal reorders). Default: $INTERPOL_CLI_BIDI, else auto.",
        show_default=False,
        case_sensitive=False,  # -f JSON, --lang EN: a choice is a word, not its case
    ),
]
NoColorOpt = Annotated[bool, typer.Option("--no-color", help="No colour or styles.")]


app = typer.Typer(
    name="interpol-cli",
    help="Ask one Arabic news report what it says — Morocco's Mohammed Dkhissi elected Interpol "
    "Vice-President for Africa (Glasgow, 7 November 2024) — and get the answer with the "
    "sentence that proves it.\n\n"
    "\b\nExamples:\n"
    "  interpol-cli summary\n"
    "  interpol-cli who --lang en\n"
    "  interpol-cli when --format json | jq '.[].date'\n"
    "  interpol-cli ask 'Who is the new Secretary General?'\n"
    "  interpol-cli search انتربول\n",
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
    no_args_is_help=True,
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _version(ctx: typer.Context, value: bool) -> None:
    # Not while Tab completes a line that holds --version: the version would be a candidate
    # (and zsh evaluates what completion prints).
    if value and not ctx.resilient_parsing:
        typer.echo(f"interpol-cli {__version__}")
        raise typer.Exit(0)


@app.callback()
def main_callback(
    version: Annotated[
        bool,
        typer.Option(
            "--version", callback=_version, is_eager=True, help="Print the version and exit."
        ),
    ] = False,
) -> None:
    """Ask one Arabic news report what it says."""


def _print_result(
    ctx: typer.Context,
    compute: Callable[[], Result],
    fmt: FormatOpt,
    lang: LangOpt,
    bidi: BidiOpt,
    no_color: bool,
    default_lang: Literal["ar", "en"] = "ar",
) -> NoReturn:
    """Check the output options, compute the result, print it and exit with its code."""
    from interpol_cli.env import Environment
    from interpol_cli.output import Options, emit

    # The run's one environment (``__main__.run`` passes it as the context object); the
    # process's own when the app is called some other way (a Click test runner).
    env = ctx.obj if isinstance(ctx.obj, Environment) else Environment.from_process()
    options = Options(
        fmt.value if fmt else None,
        lang.value if lang else None,
        bidi.value if bidi else None,
        no_color,
        default_lang,
    )
    # A bad INTERPOL_CLI_LANG / INTERPOL_CLI_BIDI is exit 2 before any work is done.
    env.lang(options.lang)
    env.bidi(options.bidi)
    raise typer.Exit(int(emit(compute(), options, env)))


def _query_command(query: str, doc: str) -> Callable[..., None]:
    """A command that takes only the shared output options and prints one query's result."""

    def command(
        ctx: typer.Context,
        fmt: FormatOpt = None,
        lang: LangOpt = None,
        bidi: BidiOpt = None,
        no_color: NoColorOpt = False,
    ) -> None:
        from interpol_cli import queries

        _print_result(ctx, getattr(queries, query), fmt, lang, bidi, no_color)

    command.__doc__ = doc
    return command


app.command("summary")(
    _query_command(
        "summary",
        """The headline, the main event in two sentences, and the key facts.

    \b
    Examples:
      interpol-cli summary
      interpol-cli summary --lang en
      interpol-cli summary --format json | jq -r '.[1].text.ar'
    """,
    )
)


@app.command()
def who(
    ctx: typer.Context,
    tree: Annotated[
        bool, typer.Option("--tree", help="Show who belongs to what, as a tree of organisations.")
    ] = False,
    fmt: FormatOpt = None,
    lang: LangOpt = None,
    bidi: BidiOpt = None,
    no_color: NoColorOpt = False,
) -> None:
    """The people in the report and the posts it gives them.

    \b
    Examples:
      interpol-cli who
      interpol-cli who --lang en --format csv
      interpol-cli who --tree
    """
    from interpol_cli import queries

    _print_result(ctx, queries.organisations if tree else queries.who, fmt, lang, bidi, no_color)


app.command("when")(
    _query_command(
        "when",
        """Every date in the report, oldest first, as a timeline; inferred dates say from what.

    \b
    Examples:
      interpol-cli when
      interpol-cli when --format json | jq -r '.[] | [.date, .status] | @tsv'
    """,
    )
)

app.command("where")(
    _query_command(
        "where",
        """Every place where something in the report happens.

    \b
    Examples:
      interpol-cli where
      interpol-cli where --lang both --format tsv
    """,
    )
)

app.command("numbers")(
    _query_command(
        "numbers",
        """Every number in the report (how many, which session, which year) and what it counts.

    \b
    Examples:
      interpol-cli numbers
      interpol-cli numbers --format json | jq '.[] | {number, id}'
    """,
    )
)


@app.command()
def facts(
    ctx: typer.Context,
    about: Annotated[
        str | None,
        typer.Option(
            "--about",
            "-a",
            metavar="NAME",
            help="Only facts about this person, organisation, place or event "
            "(a name in Arabic or English, any spelling).",
        ),
    ] = None,
    kind: Annotated[
        KindOption | None,
        typer.Option(
            "--kind",
            "-k",
            metavar="KIND",
            help="Only facts of this kind: election, nomination, role, date, place, number, "
            "participation, topic, aim, assessment, organisation or source.",
            case_sensitive=False,
        ),
    ] = None,
    fmt: FormatOpt = None,
    lang: LangOpt = None,
    bidi: BidiOpt = None,
    no_color: NoColorOpt = False,
) -> None:
    """Every fact the report states or implies, each with its proof.

    \b
    Examples:
      interpol-cli facts
      interpol-cli facts --about Hammouchi
      interpol-cli facts --about الأنتربول --kind date
    """
    from interpol_cli import queries

    _print_result(
        ctx, lambda: queries.facts(about, kind.value if kind else None), fmt, lang, bidi, no_color
    )


app.command("article")(
    _query_command(
        "article",
        """The report itself: numbered paragraphs, the sentences behind facts highlighted.

    \b
    Examples:
      interpol-cli article
      interpol-cli article --lang both
      interpol-cli article --format plain | sha256sum
    """,
    )
)


@app.command()
def verify(
    ctx: typer.Context,
    source: Annotated[
        Path | None,
        typer.Option(
            "--article",
            metavar="FILE",
            help="Check this copy of the article instead of the installed one.",
            exists=True,  # a path that is not there is a usage error (2), like a folder
            dir_okay=False,
        ),
    ] = None,
    fmt: FormatOpt = None,
    lang: LangOpt = None,
    bidi: BidiOpt = None,
    no_color: NoColorOpt = False,
) -> None:
    """Check the article's checksum and that every quote is verbatim at its offsets (exit 3 if not).

    \b
    Examples:
      interpol-cli verify
      interpol-cli verify --article ./copy-of-the-report.txt
    """
    from interpol_cli import queries

    _print_result(ctx, lambda: queries.verify_file(source), fmt, lang, bidi, no_color)


@app.command()
def ask(
    ctx: typer.Context,
    question: Annotated[
        str | None,
        typer.Argument(
            metavar="QUESTION",
            help="A question about the report, in Arabic or English; - (or none, with a pipe "
            "on stdin) reads one question a line from stdin.",
            show_default=False,
        ),
    ] = None,
    fmt: FormatOpt = None,
    lang: LangOpt = None,
    bidi: BidiOpt = None,
    no_color: NoColorOpt = False,
) -> None:
    """Answer a question from the report's facts: the answer first, then its proof.

    \b
    Examples:
      interpol-cli ask 'Who is the new Secretary General?'
      interpol-cli ask 'متى تأسس الإنتربول؟'
      interpol-cli ask 'How many member countries does Interpol have?' --format json
      interpol-cli ask - --format jsonl < questions.txt

    Answers in the question's language unless --lang or INTERPOL_CLI_LANG say otherwise.
    When nothing in the report answers, it says "not in the article" and exits 1: it never
    guesses. With - it answers every line of stdin in one process (jsonl: one line per
    question, the question in it) and exits 0 only when every question was answered.
    """
    import sys

    from interpol_cli import ask as asking

    if question is None or question == "-":
        from interpol_cli.batch import read_questions
        from interpol_cli.errors import UsageProblem

        if question is None and sys.stdin.isatty():
            _missing_question()
        try:
            questions = read_questions()
        except UsageProblem:
            if question is None:  # nothing piped in either: the question is what is missing
                _missing_question()
            raise
        _run_batch(questions, fmt, lang, bidi, no_color)
    language = asking.question_lang(question)
    _print_result(ctx, lambda: asking.answer(question), fmt, lang, bidi, no_color, language)


def _missing_question() -> NoReturn:
    """The usage error Click gives for a missing argument (and translated like it)."""
    from typer._click import exceptions, globals  # typer vendors click (see typer_internals)

    ctx = globals.get_current_context()
    param = next(p for p in ctx.command.params if p.name == "question")
    raise exceptions.MissingParameter(ctx=ctx, param=param)


def _run_batch(
    questions: list[str], fmt: FormatOpt, lang: LangOpt, bidi: BidiOpt, no_color: bool
) -> NoReturn:
    """``ask -``: every line of stdin answered in this one process."""
    from interpol_cli.batch import answer_all, emit_batch
    from interpol_cli.env import Environment
    from interpol_cli.output import Options

    env = Environment.from_process()
    options = Options(
        fmt.value if fmt else None,
        lang.value if lang else None,
        bidi.value if bidi else None,
        no_color,
    )
    env.lang(options.lang)
    env.bidi(options.bidi)
    raise typer.Exit(emit_batch(answer_all(questions), options, env))


@app.command()
def search(
    ctx: typer.Context,
    query: Annotated[
        str,
        typer.Argument(
            metavar="WORDS", help="Words to find, Arabic or English (any spelling of Interpol)."
        ),
    ],
    limit: Annotated[
        int,
        typer.Option("--limit", "-n", min=1, metavar="N", help="Show at most this many hits."),
    ] = 20,
    fmt: FormatOpt = None,
    lang: LangOpt = None,
    bidi: BidiOpt = None,
    no_color: NoColorOpt = False,
) -> None:
    """Find words in the report's paragraphs (Arabic or English) and facts, best match first.

    \b
    Examples:
      interpol-cli search الانتربول
      interpol-cli search 'Secretary General' --lang en
      interpol-cli search غلاسكو --format json | jq '.[0].evidence'

    Hamza, alef maqsura, taa marbuta, diacritics and tatweel are ignored, as are case and
    accents; one typo is forgiven in words of four letters or more. Shown in the query's
    language unless --lang or INTERPOL_CLI_LANG say otherwise. Exit 1 when nothing matches.
    """
    from interpol_cli.search import search_result
    from interpol_cli.user_input import input_lang

    language = input_lang(query)  # hits are shown in the query's language
    _print_result(ctx, lambda: search_result(query, limit), fmt, lang, bidi, no_color, language)
