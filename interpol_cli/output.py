"""From a result to bytes on stdout: pick the renderer, encode, write; messages to stderr."""

from __future__ import annotations

from dataclasses import dataclass

from interpol_cli.env import BDSM_EXPLICIT, BDSM_IMPLICIT, Environment
from interpol_cli.results import Exit, Result


class OutputProblem(Exception):
    """The output stream cannot hold the text (exit 3)."""


@dataclass(frozen=True, slots=True)
class Options:
    """The output options every query command shares (raw values; validated by ``env``)."""

    format: str | None = None
    lang: str | None = None
    bidi: str | None = None
    no_color: bool = False


def emit(result: Result, options: Options, env: Environment) -> Exit:
    """Render ``result`` as ``options`` ask and write it; return the exit code."""
    fmt = env.output_format(options.format)
    lang = env.lang(options.lang)
    bidi = env.bidi(options.bidi)
    if fmt == "table":
        from interpol_cli.render_tty import render_terminal

        visual = env.visual(bidi)
        text = render_terminal(
            result,
            lang,
            visual=visual,
            width=env.width(),
            color_system=env.color_system() if env.color(options.no_color) else None,
        )
        data = _encode(text, env.stdout_encoding)
        explicit = env.vte_needs_explicit(visual)
        if explicit:
            # VTE would reorder our visual rows a second time: explicit mode while we print.
            data = BDSM_EXPLICIT.encode() + data + BDSM_IMPLICIT.encode()
    else:
        from interpol_cli.render import render_machine

        explicit = False
        data = render_machine(result, fmt, lang).encode("utf-8")
    try:
        env.stdout.write(data)
        env.stdout.flush()
    except KeyboardInterrupt:
        if explicit:
            _leave_explicit_mode(env)
        raise
    if not result.records:
        message(env, result.empty_message.get("en" if lang == "en" else "ar"))
    return result.exit_code


def _leave_explicit_mode(env: Environment) -> None:
    """Ctrl-C while a slow terminal drains our rows: VTE must not stay in explicit mode.

    ESC ends any half-written escape sequence; the rest of the rows still buffered is dropped
    (stdout goes to /dev/null) so the flush at exit cannot print it after the reset."""
    import os

    try:
        fd = env.stdout.fileno()
        os.write(fd, b"\x1b[0m\n" + BDSM_IMPLICIT.encode())
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, fd)
        os.close(devnull)
    except (OSError, ValueError, AttributeError):
        pass


def _encode(text: str, encoding: str) -> bytes:
    try:
        return text.encode(encoding)
    except UnicodeEncodeError:
        raise OutputProblem(
            f"the output encoding {encoding} cannot hold Arabic text; set PYTHONIOENCODING=utf-8 "
            "(or PYTHONUTF8=1), or use --format json, which is always UTF-8."
        ) from None
    except LookupError:
        return text.encode("utf-8")


def message(env: Environment, text: str) -> None:
    """One line on stderr, in whatever encoding stderr takes, never failing."""
    import sys

    encoding = getattr(sys.stderr, "encoding", None) or "utf-8"
    try:
        data = (text + "\n").encode(encoding, errors="backslashreplace")
    except LookupError:
        data = (text + "\n").encode("utf-8", errors="backslashreplace")
    try:
        env.stderr.write(data)
        env.stderr.flush()
    except (BrokenPipeError, OSError, ValueError):
        pass
