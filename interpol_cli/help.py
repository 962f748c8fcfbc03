"""Help pages: one page built from the Click command, printed for a pipe or for a terminal.

A page is built from the same command Click parses with (usage, the docstring's paragraphs and
example blocks, arguments, options, subcommands) plus the exit codes and variables every
command's help lists, each piece through the catalogue (``i18n``). English, and Arabic into a
pipe or for a terminal that does BiDi itself, are written by Click's own formatter at the
terminal's width (up to ``MAX_WIDTH``); Arabic for a terminal that does not goes through the
answers' layout (``layout.ArabicText``): right-aligned, wrapped on the logical text, each row
reordered, option names and commands kept as left-to-right runs.
"""

from __future__ import annotations

import inspect
from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, NamedTuple

from interpol_cli import exits, i18n
from interpol_cli.i18n import gettext as _

if TYPE_CHECKING:
    from typer._click.core import Context

    from interpol_cli.env import BidiMode, Environment

MAX_WIDTH = 100  # wider help is harder to read; Click's own limit is 80
MIN_WIDTH = 20
MAX_SCREEN = 400  # as the answers: a right-aligned page on a wider terminal is mostly padding

EXIT_CODES: tuple[tuple[int, str], ...] = (
    (exits.OK, "results printed"),
    (exits.NOTHING_FOUND, "ran fine, nothing matched"),
    (exits.USAGE, "usage error (bad option, value or variable)"),
    (
        exits.DATA,
        "the article or the knowledge failed verification, or the output stream cannot hold "
        "the text",
    ),
    (exits.INTERNAL, "internal error: a bug in interpol-cli (please report it)"),
    (exits.INTERRUPTED, "interrupted (Ctrl-C)"),
    (exits.BROKEN_PIPE, "the reader of the output went away (broken pipe, e.g. | head)"),
)

VARIABLES: tuple[tuple[str, str], ...] = (
    (
        "INTERPOL_CLI_LANG",
        "default for --lang (ar, en, both); ar or en also sets the language of help and messages",
    ),
    ("INTERPOL_CLI_BIDI", "default for --bidi (auto, visual, logical)"),
    ("NO_COLOR", "no colour, whatever else is set"),
    ("FORCE_COLOR", "colour even when stdout is not a terminal"),
    ("COLUMNS", "the width to lay the terminal view and this help out for"),
    (
        "LANGUAGE, LC_ALL, LC_MESSAGES, LANG",
        "the language of help and messages, as gettext reads them",
    ),
)

# Words Click writes around the help texts; each is a msgid of the catalogue.
USAGE = "Usage: "
OPTIONS_PIECE = "[OPTIONS]"
COMMAND_PIECE = "COMMAND [ARGS]..."
HEADINGS = ("Arguments", "Options", "Commands", "Exit codes", "Environment variables")
REQUIRED = "[required]"
DEFAULT = "[default: {default}]"


class Block(NamedTuple):
    """One part of a page: a paragraph, verbatim lines under a heading, or a definition list."""

    heading: str = ""
    text: str = ""
    lines: tuple[str, ...] = ()
    rows: tuple[tuple[str, str], ...] = ()


class Page(NamedTuple):
    prefix: str
    prog: str
    args: str
    blocks: tuple[Block, ...]


def page(ctx: Context) -> Page:
    """The help of ``ctx.command``, every piece in this run's language."""
    command = ctx.command
    pieces = [_(OPTIONS_PIECE)]
    arguments: list[tuple[str, str]] = []
    options: list[tuple[str, str]] = []
    for param in command.get_params(ctx):
        if getattr(param, "hidden", False):
            continue
        help_text = _(_clean(getattr(param, "help", None) or ""))
        if param.param_type_name == "argument":
            name = _(param.metavar or (param.name or "").upper())
            pieces.append(name if param.required else f"[{name}]")
            arguments.append((name, _join(help_text, _(REQUIRED) if param.required else "")))
            continue
        from typer._click.formatting import join_options

        term = join_options(param.opts)[0]
        if not getattr(param, "is_flag", False):
            term += " " + _(param.metavar or "VALUE")
        default = param.default
        extra = ""
        flag = getattr(param, "is_flag", False)
        if getattr(param, "show_default", None) is not False and default is not None and not flag:
            extra = _(DEFAULT).format(default=default)
        options.append((term, _join(help_text, extra)))
    subcommands = getattr(command, "commands", None)
    if subcommands is not None:
        pieces.append(_(COMMAND_PIECE))
    blocks = list(_description(command.help or ""))
    if arguments:
        blocks.append(Block(heading=_("Arguments"), rows=tuple(arguments)))
    if options:
        blocks.append(Block(heading=_("Options"), rows=tuple(options)))
    if subcommands:
        rows = [
            (name, _first_paragraph(_description(sub.help or "")))
            for name, sub in subcommands.items()
            if not sub.hidden
        ]
        blocks.append(Block(heading=_("Commands"), rows=tuple(rows)))
    blocks.append(Block(heading=_("Exit codes"), rows=tuple((str(c), _(t)) for c, t in EXIT_CODES)))
    blocks.append(
        Block(heading=_("Environment variables"), rows=tuple((n, _(t)) for n, t in VARIABLES))
    )
    return Page(_(USAGE), ctx.command_path, " ".join(pieces), tuple(blocks))


def _clean(text: str) -> str:
    return " ".join(text.split())


def _join(text: str, extra: str) -> str:
    return f"{text}  {extra}" if text and extra else text or extra


def _description(help_text: str) -> Iterable[Block]:
    """The docstring's paragraphs (rewrapped) and ``\\b`` blocks (kept line by line)."""
    text = inspect.cleandoc(help_text).partition("\f")[0]
    for chunk in text.split("\n\n"):
        lines = chunk.strip("\n").split("\n")
        if not chunk.strip():
            continue
        if lines[0].strip() == "\b":
            body = [line.strip() for line in lines[1:] if line.strip()]
            heading = ""
            if body and body[0].endswith(":"):
                heading, body = _(body[0][:-1]), body[1:]
            yield Block(heading=heading, lines=tuple(i18n.example(line) for line in body))
        else:
            yield Block(text=_(_clean(chunk)))


def _first_paragraph(blocks: Iterable[Block]) -> str:
    return next((b.text for b in blocks if b.text), "")


def width(env: Environment, *, stderr: bool = False, cap: int = MAX_WIDTH) -> int:
    """The columns help is laid out for: the terminal's (``COLUMNS`` wins), at most ``cap``."""
    raw = env.environ.get("COLUMNS", "")
    cols = int(raw) if raw.strip().isdigit() else 0
    tty = env.stderr_isatty if stderr else env.stdout_isatty
    if cols <= 0:
        cols = env.terminal_columns if tty else 80  # measured once, when the run began
    return max(MIN_WIDTH, min(cap, cols))


def plain(pg: Page, columns: int) -> str:
    """The page as Click lays help out, left to right, every row at most ``columns - 1``."""
    from typer._click.formatting import HelpFormatter

    formatter = HelpFormatter(width=max(MIN_WIDTH, columns - 2))
    formatter.write_usage(pg.prog, pg.args, pg.prefix)
    col_max = _col_max(formatter.width)
    for block in pg.blocks:
        if block.rows:
            with formatter.section(block.heading):
                formatter.write_dl(block.rows, col_max=col_max)
        elif block.lines:
            formatter.write_paragraph()
            with formatter.indentation():
                if block.heading:
                    formatter.write_heading(block.heading)
                with formatter.indentation():
                    for line in block.lines:
                        formatter.write(_hanging(line, formatter.width, formatter.current_indent))
        else:
            formatter.write_paragraph()
            with formatter.indentation():
                formatter.write_text(block.text)
    return formatter.getvalue()


def _col_max(text_width: int) -> int:
    # Click keeps terms up to 30 columns beside their text; a narrow terminal needs room for
    # the text (a longer term gets a row of its own).
    return max(6, min(30, (text_width - 4) * 2 // 5))


def _hanging(line: str, text_width: int, indent: int) -> str:
    """A verbatim line (an example) wrapped at spaces, continued 4 columns further in."""
    import textwrap

    rows = textwrap.wrap(
        line,
        max(10, text_width - indent),
        subsequent_indent="    ",
        break_long_words=False,
        break_on_hyphens=False,
    )
    pad = " " * indent
    return "".join(f"{pad}{row}\n" for row in rows or [""])


def terminal(pg: Page, columns: int, screen: int | None = None) -> str:
    """The page for a terminal without BiDi: right to left, ``columns`` wide, flush with the
    right edge of a ``screen`` that may be wider, 2 columns spare on the left (Click leaves them
    on the right); every piece of text laid out by the answers' layout (``ArabicText``)."""
    screen = max(columns, screen or columns)
    from interpol_cli.terminal_text import console as _console
    from interpol_cli.terminal_text import rendered as _rendered

    console = _console(screen)
    lead = " " * (screen - columns + 2)
    rows: list[str] = []

    def text(value: str, right: int, *, rtl: bool = True) -> None:
        for line in _rendered(console, value, columns - 2 - right, rtl=rtl):
            rows.append(lead + line)

    text(pg.prefix + pg.prog + " " + pg.args, 0)
    for block in pg.blocks:
        rows.append("")
        if block.rows:
            text(block.heading + ":", 0)
            inner = columns - 2 - 2  # the left spare and the indent on the right
            term_width = min(_col_max(inner), max(len(term) for term, _ in block.rows))
            desc_width = inner - term_width - 2
            for term, desc in block.rows:
                if len(term) > term_width or desc_width < 12:
                    # Too wide for its column, or a narrow screen: the text under its term.
                    text(term, 2)
                    if desc:
                        text(desc, 6)
                    continue
                terms = _rendered(console, term, term_width)
                descs = _rendered(console, desc, desc_width)
                for i in range(max(len(terms), len(descs))):
                    d = descs[i] if i < len(descs) else " " * desc_width
                    t = terms[i] if i < len(terms) else " " * term_width
                    rows.append(f"{lead}{d}  {t}")
        elif block.lines:
            if block.heading:
                text(block.heading + ":", 2)
            for line in block.lines:
                text(line, 4, rtl=False)  # a command line reads left to right
        else:
            text(block.text, 2)
    return "".join(row.rstrip() + "\n" for row in rows)


class Settings(NamedTuple):
    """What the help option needs before Click has parsed ``--bidi`` (help is eager)."""

    bidi: str | None = None


_settings = Settings()


def configure(args: Sequence[str], environ: Mapping[str, str]) -> None:
    """Choose this run's language of help and messages and remember ``--bidi``."""
    global _settings
    i18n.use(i18n.choose(args, environ))
    _settings = Settings(bidi=i18n._option_value(args, ("--bidi",)))


def show(ctx: Context, env: Environment) -> None:
    """Print the help of ``ctx.command`` to stdout, laid out for where it goes."""
    from interpol_cli.output import write_view

    text, visual = _laid_out(ctx, env, stderr=False)
    try:
        data = text.encode(env.stdout_encoding, errors="replace")  # cp1252: "?" for Arabic
    except LookupError:
        data = text.encode("utf-8")
    write_view(env, data, visual=visual)


def for_stderr(ctx: Context, env: Environment) -> str:
    """The help of ``ctx.command`` as one message for stderr (no arguments: exit 2)."""
    text, visual = _laid_out(ctx, env, stderr=True)
    if visual and env.vte_needs_explicit(True):  # VTE must not reorder these rows again
        from interpol_cli.env import BDSM_EXPLICIT, BDSM_IMPLICIT

        text = BDSM_EXPLICIT + text + BDSM_IMPLICIT
    return text.rstrip("\n")


def _laid_out(ctx: Context, env: Environment, *, stderr: bool) -> tuple[str, bool]:
    """The help text for stdout or stderr, and whether its rows are visual (reordered here)."""
    from interpol_cli.output import encodable

    columns = width(env, stderr=stderr)
    tty = env.stderr_isatty if stderr else env.stdout_isatty
    encoding = env.stderr_encoding if stderr else env.stdout_encoding
    visual = konsole = False
    if i18n.language() == "ar":
        if not encodable("الإنتربول", encoding):
            i18n.use("en")  # a code page without Arabic (cp1252): English help, not "?"
        elif tty:
            visual = _visual(env)
            konsole = _konsole(env, stderr=stderr)
    pg = page(ctx)
    if visual:
        # Behind the answers' fence, FENCE_CELLS narrower: right where the answers are right
        # (VTE over SSH or under tmux, mlterm), not reversed a second time.
        from interpol_cli.layout import FENCE_CELLS, fence_rows

        screen = width(env, stderr=stderr, cap=MAX_SCREEN) - FENCE_CELLS
        return fence_rows(terminal(pg, columns - FENCE_CELLS, screen)), True
    if konsole:  # Konsole lays the logical page out itself, as it is sent the answers
        return _for_konsole(pg, columns), False
    return plain(pg, columns), False


def _for_konsole(pg: Page, columns: int) -> str:
    """The plain page with its Arabic lines adapted to Konsole (``terminal_text.for_konsole``),
    laid out narrower until no line, with the cell Konsole gives each ZWJ, is wider."""
    from interpol_cli.layout import konsole_cells
    from interpol_cli.terminal_text import for_konsole

    narrower = 0
    while True:
        text = for_konsole(plain(pg, columns - narrower))
        over = max(konsole_cells(line) for line in text.split("\n")) - columns
        if over <= 0 or columns - narrower <= MIN_WIDTH:
            return text
        narrower += over


def _mode(env: Environment) -> BidiMode:
    try:
        return env.bidi(_settings.bidi)
    except Exception:  # a bad --bidi or INTERPOL_CLI_BIDI: the command refuses it, not help
        return "auto"


def _visual(env: Environment) -> bool:
    return env.visual(_mode(env))


def _konsole(env: Environment, *, stderr: bool) -> bool:
    return env.konsole(_mode(env), stderr=stderr)


def message_text(text: str, env: Environment) -> str:
    """A message for stderr in this run's language; laid out when Arabic meets a terminal."""
    from interpol_cli.output import encodable

    if not text.startswith("interpol-cli: "):  # the help itself (no arguments): as it is
        return text
    translated = i18n.translate(text)
    if not encodable(translated, env.stderr_encoding):  # a cp1252 stderr: English, readable
        return text
    if i18n.language() != "ar" or translated == text:
        return translated
    if not _visual(env):
        if _konsole(env, stderr=True):
            from interpol_cli.terminal_text import for_konsole

            return for_konsole(translated)
        return translated
    from interpol_cli.terminal_text import laid_out

    return laid_out(translated, env, columns=width(env, stderr=True))
