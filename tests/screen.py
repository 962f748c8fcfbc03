"""Run the real program in a real terminal and read the screen back.

Two terminals: a pty whose bytes feed a ``pyte`` screen (always available), and tmux
(``capture-pane``), a terminal emulator people actually use.  In both, ``COLUMNS`` is unset
so the program has to ask the terminal for its width, as it does for a user.

A screen row is returned as a list of cells; each cell holds its base character followed by
the combining marks the terminal attached to it (a terminal attaches a mark to the cell
before it, so a haraka printed before its letter ends up on the wrong one).
"""

from __future__ import annotations

import fcntl
import os
import select
import signal
import struct
import subprocess
import sys
import termios
import time
import unicodedata
import uuid
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

import pyte

from interpol_cli.layout import FENCE, FENCE_CELLS, unfence
from tests.helpers import ROOT, cli_env, require_tool, run_in_process

Row = list[str]  # one string per cell: base character + attached marks ("" after a wide glyph)


@dataclass(frozen=True)
class ScreenRun:
    """What a program left on a terminal."""

    rows: list[Row]  # every row of the screen, top to bottom
    raw: bytes  # every byte the program wrote to the terminal
    returncode: int
    width: int

    def lines(self) -> list[str]:
        """Rows as strings with trailing blanks removed."""
        return ["".join(row).rstrip() for row in self.rows]

    def used_rows(self) -> list[Row]:
        """Rows up to the last non-blank one."""
        lines = self.lines()
        last = max((i for i, line in enumerate(lines) if line), default=-1)
        return self.rows[: last + 1]


def _set_size(fd: int, width: int, height: int) -> None:
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", height, width, 0, 0))


def spawn_in_pty(
    args: Sequence[str],
    width: int,
    height: int,
    extra_env: Mapping[str, str] | None = None,
    *,
    entry: str | None = None,
) -> tuple[subprocess.Popen[bytes], int]:
    """Start ``python -m interpol_cli ARGS`` (or ``python -c ENTRY ARGS``) with stdin, stdout
    and stderr on a new pty of the given size; returns the process and the pty's master side."""
    env = cli_env({"TERM": "xterm-256color", "LANG": "C.UTF-8", **(extra_env or {})})
    argv = (
        [sys.executable, "-m", "interpol_cli"] if entry is None else [sys.executable, "-c", entry]
    )
    master, slave = os.openpty()
    _set_size(slave, width, height)
    try:
        proc = subprocess.Popen(
            [*argv, *args],
            stdin=slave,
            stdout=slave,
            stderr=slave,
            env=env,
            cwd=ROOT,
            start_new_session=True,  # its own process group: Ctrl-C goes to it alone
        )
    finally:
        os.close(slave)
    return proc, master


def run_on_mock_terminal(
    args: Sequence[str], width: int, height: int = 400, extra_env: Mapping[str, str] | None = None
) -> ScreenRun:
    """The program run in this process on a mock terminal of ``width`` columns (no ``COLUMNS``:
    the width is the terminal's), both streams on it; the bytes fed to a ``pyte`` screen with
    the newline translation a pty does (onlcr). Fast; ``run_in_pty`` is the real thing."""
    done = run_in_process(args, extra_env, tty=True, columns=width)
    raw = done.stdout + done.stderr  # a pty interleaves them; the messages come last
    return _screen_run(raw.replace(b"\n", b"\r\n"), done.returncode, width, height)


_FENCE_CONTROLS = FENCE.lstrip(" ").encode("utf-8")


def _screen_run(raw: bytes, returncode: int, width: int, height: int) -> ScreenRun:
    """What a terminal of this size shows after receiving ``raw``.

    Visual rows come behind ``layout.FENCE`` (a space, LRM, LRO) and are laid out
    ``FENCE_CELLS`` narrower: pyte stops drawing a row at a zero-width control, so the controls
    are taken out before it reads the bytes, and the rows returned are the laid-out part alone
    (the fence's space and the cells it leaves free at the right are checked blank)."""
    fenced = _FENCE_CONTROLS in raw
    screen = pyte.Screen(width, height)
    shown = raw.replace(_FENCE_CONTROLS, b"")
    # --bidi logical rows on a terminal come between LRM/RLM marks (layout.MARKED_CELLS).
    for mark in ("\u200e", "\u200f"):
        shown = shown.replace(mark.encode(), b"")
    pyte.ByteStream(screen).feed(shown)
    rows = [[screen.buffer[y][x].data for x in range(width)] for y in range(height)]
    if fenced:
        room = width - FENCE_CELLS
        kept = []
        for y, row in enumerate(rows):
            # A message on stderr (logical text, no fence) shares the screen: it starts at 0.
            start = 1 if row[0] == " " else 0
            spare = row[start + room :]
            assert all(c == " " for c in spare), f"row {y} writes outside its fence: {row}"
            kept.append(row[start : start + room])
        rows = kept
        width = room
    return ScreenRun(rows, raw, returncode, width)


def run_in_pty(
    args: Sequence[str],
    width: int,
    height: int = 400,
    extra_env: Mapping[str, str] | None = None,
    *,
    timeout: float = 30,
    on_output: Callable[[subprocess.Popen[bytes], bytes], None] | None = None,
    prelude: str | None = None,
) -> ScreenRun:
    """Run ``python -m interpol_cli ARGS`` with stdin/stdout/stderr on a pty of the given size.

    ``on_output`` is called with the process and the bytes seen so far each time more arrive
    (a test can send a signal once output has started).  ``prelude`` is Python run before the
    entry point: a test uses it to run a deliberately broken build."""
    entry = (
        None if prelude is None else f"{prelude}\nfrom interpol_cli.__main__ import main\nmain()"
    )
    proc, master = spawn_in_pty(args, width, height, extra_env, entry=entry)
    chunks: list[bytes] = []
    deadline = time.monotonic() + timeout
    try:
        while True:
            left = deadline - time.monotonic()
            if left <= 0:
                proc.kill()
                raise AssertionError(f"{args} did not finish within {timeout} s")
            ready, _, _ = select.select([master], [], [], min(left, 0.5))
            if not ready:
                if proc.poll() is not None and not _pending(master):
                    break
                continue
            try:
                data = os.read(master, 65536)
            except OSError:  # EIO: the slave side is closed, everything is read
                break
            if not data:
                break
            chunks.append(data)
            if on_output is not None:
                on_output(proc, b"".join(chunks))
        returncode = proc.wait(timeout=max(1.0, deadline - time.monotonic()))
    finally:
        os.close(master)
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    return _screen_run(b"".join(chunks), returncode, width, height)


def _pending(fd: int) -> bool:
    ready, _, _ = select.select([fd], [], [], 0)
    return bool(ready)


def interrupt(proc: subprocess.Popen[bytes]) -> None:
    """Ctrl-C as a terminal sends it: SIGINT to the process group."""
    os.killpg(proc.pid, signal.SIGINT)


# --------------------------------------------------------------------------------------------
# tmux


def require_tmux() -> str:
    return require_tool("tmux")


def run_in_tmux(
    args: Sequence[str],
    width: int,
    height: int = 400,
    extra_env: Mapping[str, str] | None = None,
    *,
    timeout: float = 30,
) -> list[str]:
    """Run the program in a detached tmux pane of the given size; the pane's rows as text.

    A private server (``-L``) with no configuration file, killed afterwards.  tmux keeps a
    combining mark in the cell of the character before it, like any terminal."""
    tmux = require_tmux()
    sock = f"interpol-test-{uuid.uuid4().hex[:12]}"
    env = cli_env({"LANG": "C.UTF-8", "LC_ALL": "C.UTF-8", **(extra_env or {})})
    env.pop("TMUX", None)
    base = [tmux, "-L", sock, "-f", "/dev/null", "-u"]
    command = " ".join(_quote(a) for a in [sys.executable, "-m", "interpol_cli", *args])
    # Signal the test when the program is done, then keep the pane alive to be captured.
    script = f"cd {_quote(str(ROOT))}; {command}; {tmux} -L {sock} wait-for -S done; sleep 60"
    try:
        subprocess.run(
            [*base, "new-session", "-d", "-x", str(width), "-y", str(height), script],
            env=env,
            check=True,
            timeout=timeout,
        )
        subprocess.run([*base, "wait-for", "done"], env=env, check=True, timeout=timeout)
        captured = subprocess.run(
            [*base, "capture-pane", "-p", "-S", "0", "-E", str(height - 1)],
            env=env,
            check=True,
            capture_output=True,
            timeout=timeout,
        )
    finally:
        subprocess.run([*base, "kill-server"], env=env, capture_output=True, check=False)
    # The fence's space and controls, as tmux keeps them in the row's first cell.
    return [unfence(line) for line in captured.stdout.decode("utf-8").split("\n")[:height]]


def _quote(arg: str) -> str:
    return "'" + arg.replace("'", "'\\''") + "'"


def cells_of(line: str) -> Row:
    """Split text into terminal cells: each combining mark joins the cell before it."""
    cells: Row = []
    for ch in line:
        if unicodedata.combining(ch) and cells:
            cells[-1] += ch
        else:
            cells.append(ch)
    return cells


# --------------------------------------------------------------------------------------------
# reading a right-to-left row back to logical order

# Pairs a terminal shows mirrored at right-to-left levels (UAX #9 rule L4).
_MIRROR = str.maketrans("()[]{}<>«»", ")(][}{><»«")


def _is_digit(cell: str) -> bool:
    return cell[:1].isascii() and cell[:1].isdigit()


def read_rtl_row(row: Row) -> str:
    """A visual right-to-left row read back in logical order.

    Read the cells from right to left (each cell keeps its marks after its base letter);
    numbers are the one thing a right-to-left row shows left to right, so digit runs are
    read as they stand; mirrored brackets are turned back; presentation forms are folded
    to base letters (NFKC, so ﻻ reads لا).  Enough for this article, which holds no Latin
    letters and no decimal numbers: an independent reading, not a BiDi implementation."""
    cells = [c for c in row if c != ""]
    out: list[str] = []
    i = len(cells) - 1
    while i >= 0:
        if _is_digit(cells[i]):
            j = i
            while j > 0 and _is_digit(cells[j - 1]):
                j -= 1
            out.extend(cells[j : i + 1])
            i = j - 1
        else:
            out.append(cells[i].translate(_MIRROR))
            i -= 1
    return unicodedata.normalize("NFKC", "".join(out)).strip()


def logical(text: str) -> str:
    """What a read-back row is compared with: NFKC, runs of blanks collapsed."""
    return " ".join(unicodedata.normalize("NFKC", text).split())


def run_interrupted_while_printing(
    args: Sequence[str],
    width: int,
    height: int = 400,
    extra_env: Mapping[str, str] | None = None,
    *,
    timeout: float = 30,
) -> ScreenRun | None:
    """Ctrl-C while the program is stuck writing to a terminal that does not keep up.

    Nothing is read from the pty until output has started and the program is still alive a
    second later: with more output than the pty buffer holds it is then blocked in write()
    (it renders everything before writing a byte).  Returns None when it finished instead."""
    proc, master = spawn_in_pty(args, width, height, extra_env)
    chunks: list[bytes] = []
    try:
        ready, _, _ = select.select([master], [], [], timeout)
        assert ready, f"{args} printed nothing within {timeout} s"
        time.sleep(1.0)
        blocked = proc.poll() is None
        if blocked:
            interrupt(proc)
        while True:
            ready, _, _ = select.select([master], [], [], 2.0)
            if not ready:
                break
            try:
                data = os.read(master, 65536)
            except OSError:
                break
            if not data:
                break
            chunks.append(data)
        returncode = proc.wait(timeout=timeout)
    finally:
        os.close(master)
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    if not blocked:
        return None
    return _screen_run(b"".join(chunks), returncode, width, height)
