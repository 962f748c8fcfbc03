"""Arabic text outside the views, laid out for a terminal: help rows and messages on stderr.

The same layout as the answers (``layout.ArabicText``: reshaped, wrapped on the logical text,
each row reordered, right-aligned) and, for messages, the same fence before every row, so both
read right wherever the answers do. Imports nothing of the program's output or help modules:
both call it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from interpol_cli import i18n

if TYPE_CHECKING:
    from interpol_cli.env import Environment


def console(width: int) -> Any:
    """A console that only lays text out: no colour, no markup, no terminal of its own."""
    import io

    from rich.console import Console

    return Console(
        file=io.StringIO(),
        width=width,
        color_system=None,
        force_terminal=False,
        no_color=True,
        highlight=False,
        markup=False,
        emoji=False,
        legacy_windows=False,
        soft_wrap=False,
        _environ={},
    )


def rendered(layout_console: Any, value: str, width: int, *, rtl: bool = True) -> list[str]:
    """The rows of ``value`` laid out ``width`` cells wide and right-aligned, as the answers'
    text is (``ArabicText``); left-to-right runs isolated first in a right-to-left row."""
    from interpol_cli.layout import ArabicText

    shown = ArabicText(i18n.isolate_code(value) if rtl else value, rtl=rtl, justify="right")
    lines = layout_console.render_lines(shown, layout_console.options.update_width(width), pad=True)
    return ["".join(segment.text for segment in line) for line in lines]


def laid_out(text: str, env: Environment, *, columns: int) -> str:
    """An Arabic message for stderr: on a terminal, visual rows behind the answers' fence,
    ``columns`` wide in all; elsewhere, or with no Arabic in it, the logical text. The caller
    has decided that this run's rows are visual (not ``--bidi logical``)."""
    if not env.stderr_isatty or not any("\u0600" <= ch <= "\u06ff" for ch in text):
        return text
    from interpol_cli.layout import FENCE_CELLS, fence_rows

    room = columns - FENCE_CELLS
    layout_console = console(room)
    rows = "\n".join(
        row.rstrip()
        for line in text.split("\n")
        for row in rendered(layout_console, line, room - 1)
    )
    shown = fence_rows(rows + "\n").rstrip("\n")
    if env.vte_needs_explicit(True):  # VTE must not reorder these rows a second time
        from interpol_cli.env import BDSM_EXPLICIT, BDSM_IMPLICIT

        shown = BDSM_EXPLICIT + shown + BDSM_IMPLICIT
    return shown


def for_konsole(text: str) -> str:
    """Logical text for Konsole's own BiDi, line by line (``layout.for_konsole``): help and
    messages where ``Environment.konsole`` holds (the caller has decided that)."""
    if not any("\u0600" <= ch <= "\u06ff" for ch in text):
        return text
    from interpol_cli.layout import for_konsole as adapted

    return "\n".join(adapted(line) for line in text.split("\n"))
