"""From a result to bytes on stdout: pick the renderer, encode, write; messages to stderr."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, BinaryIO

from interpol_cli.env import BDSM_EXPLICIT, BDSM_IMPLICIT, Environment, LangChoice
from interpol_cli.errors import OutputProblem
from interpol_cli.record import record

if TYPE_CHECKING:  # results pulls in the knowledge base; message() must not wait for it
    from interpol_cli.results import Result


_TRAILING_PADDING = re.compile(r" +((?:\x1b\[[0-9;]*m)*)$", re.MULTILINE)


@record(kw_only=False)
class Options:
    """The output options every query command shares (raw values; validated by ``env``)."""

    format: str | None = None
    lang: str | None = None
    bidi: str | None = None
    no_color: bool = False
    default_lang: LangChoice = "ar"  # used when neither --lang nor INTERPOL_CLI_LANG is given


def emit(result: Result, options: Options, env: Environment) -> int:
    """Render ``result`` as ``options`` ask and write it; return the exit code."""
    fmt = env.output_format(options.format)
    lang = env.lang(options.lang, options.default_lang)
    bidi = env.bidi(options.bidi)
    if fmt == "table":
        from interpol_cli.render_tty import render_terminal

        visual = env.visual(bidi)
        # Logical text for a terminal that lays it out: marked rows (never into a pipe), as
        # Konsole must be sent them when it is Konsole and nothing was chosen.
        marked = not visual and env.stdout_isatty
        text = render_terminal(
            result,
            lang,
            visual=visual,
            width=env.width(),
            color_system=env.color_system() if env.color(options.no_color) else None,
            marked=marked,
            konsole=env.konsole(bidi),
        )
        if not env.stdout_isatty or marked:
            # Into a file or a pipe the padding that aligns rows on a screen is only noise; after
            # a marked row it would push the line past the edge where each mark takes a cell.
            text = _TRAILING_PADDING.sub(r"\1", text)
        data = _encode(text, env.stdout_encoding)
        write_view(env, data, visual=visual)
    else:
        from interpol_cli.render import render_machine

        data = render_machine(result, fmt, lang).encode("utf-8")
        write_view(env, data, visual=False, view=False)
    if not result.records:
        # A stderr that cannot hold Arabic (cp1252) gets the English sentence, not \u escapes.
        arabic = lang != "en" and encodable(result.empty_message.ar, env.stderr_encoding)
        said = result.empty_message
        if lang == "both" and arabic:  # both languages, joined as plain output joins them
            sentence = f"{said.ar} | {said.en}"
        else:
            sentence = said.get("ar" if arabic else "en")
        if arabic and env.visual(bidi):  # on a terminal, laid out as the answers are
            from interpol_cli.terminal_text import laid_out

            sentence = laid_out(sentence, env, columns=env.width())
        elif arabic and env.konsole(bidi, stderr=True):
            from interpol_cli.terminal_text import for_konsole

            sentence = for_konsole(sentence)
        message(env, sentence)
    return result.exit_code


def write_view(
    env: Environment, data: bytes, *, visual: bool, view: bool = True, stderr: bool = False
) -> None:
    """Write finished output: a terminal ``view`` whose rows this program reordered (``visual``)
    is wrapped in VTE's explicit BiDi mode; Ctrl-C while writing leaves the terminal clean."""
    stream = env.stderr if stderr else env.stdout
    tty = env.stderr_isatty if stderr else env.stdout_isatty
    explicit = tty and env.vte_needs_explicit(visual)
    if explicit:
        # VTE would reorder our visual rows a second time: explicit mode while we print.
        data = BDSM_EXPLICIT.encode() + data + BDSM_IMPLICIT.encode()
    try:
        write_all(stream, data)
        stream.flush()
    except KeyboardInterrupt:
        # Cut mid-row, a colour may still be on: a terminal view is always closed off.
        if explicit or (view and tty):
            _leave_explicit_mode(env, bdsm=explicit)
        raise


def write_all(stream: BinaryIO, data: bytes) -> None:
    """Write every byte of ``data``, or raise (EPIPE: ``BrokenPipeError``).

    A write can come back short: a reader that leaves while a write larger than the pipe
    buffer is blocked gets a partial count (and a SIGPIPE Python ignores), not an error. Only
    the next write says EPIPE, so one ``write`` call alone ended a cut-off output with exit 0."""
    view = memoryview(data)
    while view:
        view = view[stream.write(view) :]


def _leave_explicit_mode(env: Environment, bdsm: bool = True) -> None:
    """Ctrl-C while a slow terminal drains our rows: VTE must not stay in explicit mode.

    ESC ends any half-written escape sequence; the rest of the rows still buffered is dropped
    (stdout goes to /dev/null) so the flush at exit cannot print it after the reset."""
    import os

    try:
        fd = env.stdout.fileno()
        os.write(fd, b"\x1b[0m\n" + (BDSM_IMPLICIT.encode() if bdsm else b""))
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, fd)
        os.close(devnull)
    except (OSError, ValueError, AttributeError):
        pass


def _encode(text: str, encoding: str) -> bytes:
    try:
        return text.encode(encoding)
    except UnicodeEncodeError:
        pass
    except LookupError:
        return text.encode("utf-8")
    try:  # perhaps only the table rules are missing (--lang en on cp1252): draw them in ASCII
        return _ascii_rules(text).encode(encoding)
    except UnicodeEncodeError:
        raise OutputProblem(encoding_advice(encoding)) from None


def encoding_advice(encoding: str) -> str:
    """The one sentence for a stdout that cannot hold what a view shows (exit 3)."""
    return (
        f"the output encoding {encoding} cannot hold this text (Arabic, or the letter shapes "
        "drawn for a terminal); set PYTHONIOENCODING=utf-8 (or PYTHONUTF8=1), or use "
        "--format plain or json, which are always UTF-8."
    )


def _ascii_rules(text: str) -> str:
    """Box-drawing lines and bullets as ASCII, for code pages (cp1252) that lack them."""
    import unicodedata

    def plain(ch: str) -> str:
        if not "\u2500" <= ch <= "\u25ff":
            return ch
        name = unicodedata.name(ch, "")
        if "HORIZONTAL" in name and "VERTICAL" not in name:
            return "-"
        if "VERTICAL" in name and "HORIZONTAL" not in name:
            return "|"
        return "*" if "CIRCLE" in name or "SQUARE" in name else "+"

    return "".join(plain(ch) for ch in text)


def encodable(text: str, encoding: str) -> bool:
    try:
        text.encode(encoding)
    except (UnicodeEncodeError, LookupError):
        return False
    return True


def message(env: Environment, text: str) -> None:
    """One line on stderr, in whatever encoding stderr takes, never failing."""
    encoding = env.stderr_encoding
    try:
        data = (text + "\n").encode(encoding, errors="backslashreplace")
    except LookupError:
        data = (text + "\n").encode("utf-8", errors="backslashreplace")
    try:
        write_all(env.stderr, data)
        env.stderr.flush()
    except (BrokenPipeError, OSError, ValueError):
        pass
