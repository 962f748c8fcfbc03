"""The process environment a run works in: both streams, their isatty flags and encodings,
the variables, the terminal's width.

``__main__.run`` builds one per run (``Environment.from_process()``) and hands it down: the CLI
reaches it through Click's context object, the output and every message through it; nothing
else reads ``sys.stdout``/``sys.stderr`` or ``os.environ`` to decide how to write. Everything
that depends on where output goes is decided here, once, so tests build an ``Environment`` by
hand (``tests/helpers.py``: ``run_in_process``) and drive the terminal and the pipe paths in
the test's own process, as httpie's tests do with its ``MockEnvironment``.
"""

from __future__ import annotations

import os
import shutil
import sys
from collections.abc import Mapping
from typing import BinaryIO, Literal, TypeVar

from interpol_cli.errors import UsageProblem
from interpol_cli.record import record

Format = Literal["table", "plain", "json", "jsonl", "csv", "tsv"]
LangChoice = Literal["ar", "en", "both"]
BidiMode = Literal["auto", "visual", "logical"]

FORMATS: tuple[Format, ...] = ("table", "plain", "json", "jsonl", "csv", "tsv")
LANGS: tuple[LangChoice, ...] = ("ar", "en", "both")
BIDI_MODES: tuple[BidiMode, ...] = ("auto", "visual", "logical")

MIN_WIDTH = 20  # narrower terminals get 20-column rows and let the terminal wrap
MAX_WIDTH = 400  # beyond this, right-aligned rows would be mostly padding

# Konsole sets this in its sessions (and tmux inherits it; it does not cross SSH).  Its default
# profile shapes and reorders every row with its own BiDi, which nothing sent can switch off.
KONSOLE_VARIABLE = "KONSOLE_VERSION"
# VTE reorders by itself unless told not to; 0.57.3 (5703) is where BiDi support landed.
VTE_BIDI_VERSION = 5703
BDSM_EXPLICIT = "\x1b[8l"  # the application does BiDi
BDSM_IMPLICIT = "\x1b[8h"  # the terminal does BiDi again


C = TypeVar("C", bound=str)


@record(kw_only=False)
class Environment:
    stdout: BinaryIO
    stderr: BinaryIO
    stdout_isatty: bool
    stderr_isatty: bool
    stdout_encoding: str
    environ: Mapping[str, str]
    stderr_encoding: str = "utf-8"
    terminal_columns: int = 80  # what the terminal on stdout says its width is

    @classmethod
    def from_process(cls) -> Environment:
        tty = _isatty(sys.stdout)
        return cls(
            stdout=_binary(sys.stdout),
            stderr=_binary(sys.stderr),
            stdout_isatty=tty,
            stderr_isatty=_isatty(sys.stderr),
            stdout_encoding=_encoding(sys.stdout),
            environ=os.environ,
            stderr_encoding=_encoding(sys.stderr),
            terminal_columns=shutil.get_terminal_size((80, 24)).columns if tty else 80,
        )

    def width(self) -> int:
        """Terminal columns (``COLUMNS`` wins), clamped to what stays readable."""
        raw = self.environ.get("COLUMNS", "")
        cols = int(raw) if raw.strip().isdigit() else 0
        if cols <= 0:
            cols = self.terminal_columns if self.stdout_isatty else 80
        return max(MIN_WIDTH, min(MAX_WIDTH, cols))

    def lang(self, given: str | None, default: LangChoice = "ar") -> LangChoice:
        """``--lang``, else ``INTERPOL_CLI_LANG``, else ``default`` (a question's own language)."""
        return _choice(given, self.environ, "INTERPOL_CLI_LANG", "--lang", LANGS, default)

    def bidi(self, given: str | None) -> BidiMode:
        return _choice(given, self.environ, "INTERPOL_CLI_BIDI", "--bidi", BIDI_MODES, "auto")

    def output_format(self, given: str | None) -> Format:
        if given is None:
            return "table" if self.stdout_isatty else "plain"
        return _choice(given, {}, "", "--format", FORMATS, "table")

    def visual(self, mode: BidiMode) -> bool:
        """Whether this program reorders Arabic itself (visual) or prints logical order."""
        if mode != "auto":
            return mode == "visual"
        # Fenced visual rows (layout.FENCE) show right whether or not a terminal reorders by
        # itself, so nothing is detected but Konsole, which re-shapes them (see konsole()).
        return self.stdout_isatty and not self.konsole(mode)

    def konsole(self, mode: BidiMode, *, stderr: bool = False) -> bool:
        """Whether this stream's terminal rows are logical ones laid out for Konsole's own BiDi
        (layout mode "konsole"): ``auto`` on a terminal that says it is Konsole.  Konsole's
        default profile re-shapes visual rows (whole words right 0-67 %) and draws the adapted
        logical ones right; with its BiDi switched off, ``--bidi visual`` is right instead."""
        tty = self.stderr_isatty if stderr else self.stdout_isatty
        return mode == "auto" and tty and bool(self.environ.get(KONSOLE_VARIABLE))

    def vte_needs_explicit(self, visual: bool) -> bool:
        raw = self.environ.get("VTE_VERSION", "")
        return visual and self.stdout_isatty and raw.isdigit() and int(raw) >= VTE_BIDI_VERSION

    def color(self, no_color_flag: bool) -> bool:
        if no_color_flag or self.environ.get("NO_COLOR"):  # no-color.org: set and not empty
            return False
        if self.environ.get("TERM") == "dumb":  # cannot show escapes, forced or not (as Rich)
            return False
        if self.environ.get("FORCE_COLOR"):
            return True
        return self.stdout_isatty

    def color_system(self) -> Literal["standard", "256", "truecolor"]:
        if self.environ.get("COLORTERM", "").lower() in ("truecolor", "24bit"):
            return "truecolor"
        return "256" if "256" in self.environ.get("TERM", "") else "standard"


def _binary(stream: object) -> BinaryIO:
    """The bytes under a text stream; a stream closed by the shell (``>&-``: Python sets it to
    None) becomes one whose writes fail with EBADF, as writing to that descriptor would."""
    buffer = getattr(stream, "buffer", None)
    return buffer if buffer is not None else _Closed()  # type: ignore[return-value]


class _Closed:
    def write(self, data: bytes) -> int:
        import errno

        raise OSError(errno.EBADF, "the stream is closed")

    def flush(self) -> None:
        pass

    def fileno(self) -> int:
        raise OSError("the stream is closed")


def _encoding(stream: object) -> str:
    return getattr(stream, "encoding", None) or "utf-8"


def _isatty(stream: object) -> bool:
    try:
        return bool(stream.isatty())  # type: ignore[attr-defined]
    except (AttributeError, ValueError, OSError):
        return False


def _choice(
    given: str | None,
    environ: Mapping[str, str],
    variable: str,
    option: str,
    accepted: tuple[C, ...],
    default: C,
) -> C:
    if given is not None:
        source, value = option, given
    elif variable and environ.get(variable):  # empty counts as unset (VAR= cmd unsets it)
        source, value = variable, environ[variable]
    else:
        return default
    for choice in accepted:
        if value.casefold() == choice:  # INTERPOL_CLI_LANG=EN as --lang EN
            return choice
    from interpol_cli.escape import printable  # only for the error: its patterns cost start-up

    raise UsageProblem(
        # printable() already escaped what matters; !r would double every backslash.
        f"{source} '{printable(value)}' is not accepted; use one of: {', '.join(accepted)}."
    )
