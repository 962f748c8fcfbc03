"""Real terminal emulators under Xvfb: run the program in one, take a screenshot, read it.

The screenshots are judged without trusting the program: Tesseract's Arabic OCR reads a row
back to logical text, to compare with the article, and a terminal's own BiDi can be switched
off (VTE ``CSI 8 l``, ``mlterm --ctl=false``) to show independently built rows, for a pixel
comparison.  One Xvfb serves the whole session; every terminal gets a script that runs the
command, then touches a "done" file: the test waits for that file, never for a fixed time.

Debian packages: xvfb xterm xfce4-terminal mlterm konsole tmux imagemagick xdotool dbus-x11
tesseract-ocr tesseract-ocr-ara fonts-dejavu-core (``.ci/run`` installs them).
"""

from __future__ import annotations

import contextlib
import difflib
import os
import shlex
import signal
import subprocess
import sys
import tempfile
import time
import unicodedata
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from tests.helpers import ROOT, require_tool

Terminal = Literal["xterm", "vte", "mlterm", "konsole"]
TOOLS: tuple[str, ...] = ("Xvfb", "xterm", "xfce4-terminal", "mlterm", "tmux", "screen")
TOOLS += ("import", "convert", "identify", "xdotool", "tesseract")
FONT = "DejaVu Sans Mono"
FONT_PX = 16  # mlterm's size is in pixels; xterm's and VTE's in points (12 pt = 16 px at 96 dpi)
COLUMNS = 80
ROWS = 110
_ENV_DROP = ("COLUMNS", "LINES", "TMUX", "TMUX_PANE", "VTE_VERSION", "MLTERM", "KONSOLE_VERSION")


def require_terminals() -> None:
    for tool in TOOLS:
        require_tool(tool)


@dataclass(frozen=True)
class Shot:
    """A window's screenshot as a grey image: ``pixels[y][x]`` 0-255."""

    path: Path
    width: int
    height: int
    pixels: list[bytes]
    dark: bool  # light text on a dark background
    rows: int
    columns: int
    # Where OCR cuts grey to black: Konsole's lighter anti-aliasing fuses letters at 75%.
    threshold: int = 75

    @property
    def cell(self) -> tuple[int, int, int, int]:
        """(left, top, width, height) of the cell grid: the windows have an even border."""
        w, h = self.width // self.columns, self.height // self.rows
        return (self.width - w * self.columns) // 2, (self.height - h * self.rows) // 2, w, h

    def row_box(self, row: int) -> tuple[int, int]:
        """Top and bottom pixel of a screen row."""
        _, top, _, h = self.cell
        return top + row * h, top + (row + 1) * h

    def ink(self, y: int) -> int:
        """How many pixels of row y differ clearly from the background."""
        row = self.pixels[y]
        if self.dark:
            return sum(1 for v in row if v > 110)
        return sum(1 for v in row if v < 145)

    def bands(self, min_gap: int = 2) -> list[tuple[int, int]]:
        """Runs of pixel rows holding ink: one per line of text (top, bottom exclusive)."""
        out: list[tuple[int, int]] = []
        start: int | None = None
        blank = 0
        for y in range(self.height):
            if self.ink(y) > 0:
                if start is None:
                    start = y
                blank = 0
            elif start is not None:
                blank += 1
                if blank >= min_gap:
                    out.append((start, y - blank + 1))
                    start, blank = None, 0
        if start is not None:
            out.append((start, self.height))
        return out


class XSession:
    """One Xvfb for the test session, and the terminals started on it."""

    def __init__(self) -> None:
        require_terminals()
        self.tmp = Path(tempfile.mkdtemp(prefix="interpol-x-"))
        read, write = os.pipe()
        self.xvfb = subprocess.Popen(
            ["Xvfb", "-displayfd", str(write), "-screen", "0", "1700x3000x24", "-nolisten", "tcp"],
            pass_fds=(write,),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
        os.close(write)
        with os.fdopen(read) as pipe:
            number = pipe.readline().strip()
        if not number:
            raise RuntimeError("Xvfb did not start")
        self.display = f":{number}"
        self.home = self.tmp / "home"
        self._configure(self.home)

    def close(self) -> None:
        _end(self.xvfb)

    def _configure(self, home: Path) -> None:
        """Fast, deterministic terminals: one font and size, no scrollbar, menubar or toolbar."""
        xfce = home / ".config" / "xfce4" / "terminal"
        xfce.mkdir(parents=True)
        (xfce / "terminalrc").write_text(
            "[Configuration]\n"
            f"FontName={FONT} 12\n"
            "MiscMenubarDefault=FALSE\n"
            "MiscToolbarDefault=FALSE\n"
            "MiscBordersDefault=FALSE\n"
            "ScrollingBar=TERMINAL_SCROLLBAR_NONE\n"
            "MiscCursorBlinks=FALSE\n"
            "MiscConfirmClose=FALSE\n"
            "MiscShowUnsafePasteDialog=FALSE\n"
            "TitleMode=TERMINAL_TITLE_HIDE\n"
            "ColorForeground=#000000\n"
            "ColorBackground=#ffffff\n"
            "ColorCursor=#ffffff\n"
            "ColorCursorUseDefault=FALSE\n"
        )
        mlterm = home / ".mlterm"
        mlterm.mkdir()
        (mlterm / "main").write_text(
            f"fontsize={FONT_PX}\nuse_scrollbar=false\nfg_color=black\nbg_color=white\n"
            "type=xft\nuse_anti_alias=true\nblink_cursor=false\n"
        )
        for name in ("aafont", "font"):
            (mlterm / name).write_text(f"DEFAULT={FONT}\nISO10646_UCS4_1={FONT}\n")
        (home / ".Xresources").write_text("")
        _configure_konsole(home)

    def shoot(
        self,
        terminal: Terminal,
        command: Sequence[str],
        *,
        tmux: bool = False,
        screen: bool = False,
        keep_vte_version: bool = True,
        terminal_bidi: bool = True,
        prelude: str = "",
        rows: int = ROWS,
        columns: int = COLUMNS,
        reverse: bool = False,
        timeout: float = 60,
    ) -> Shot:
        """Run ``command`` in a fresh window of ``terminal`` and return its screenshot.

        ``tmux``/``screen``: inside a tmux (status line off) or GNU screen session started in
        that window.
        ``keep_vte_version=False``: the command runs without ``VTE_VERSION`` (as over SSH).
        ``terminal_bidi=False``: the terminal's own BiDi off (VTE ``CSI 8 l``; mlterm
        ``--ctl=false``; Konsole: a profile with ``BidiRenderingEnabled=false``).
        ``prelude``: shell run before the command (``printf`` of rows).
        ``reverse``: white on black, for a dark-background screenshot."""
        tag = uuid.uuid4().hex[:10]
        title = f"interpol-shot-{tag}"
        done = self.tmp / f"{tag}.done"
        inner = self.tmp / f"{tag}.sh"
        environ = "" if keep_vte_version else "unset VTE_VERSION; "
        bdsm = "printf '\\033[8l'; " if (terminal == "vte" and not terminal_bidi) else ""
        line = " ".join(shlex.quote(a) for a in command)
        inner.write_text(
            f"cd {shlex.quote(str(ROOT))}\n{environ}printf '\\033[H\\033[2J'\n{bdsm}{prelude}\n"
            f"{line}\nprintf '\\033[?25l'\ntouch {shlex.quote(str(done))}\nexec sleep 600\n"
        )
        script = inner
        sock = f"interpol-x-{tag}"
        if tmux:
            conf = self.tmp / f"{tag}.tmux.conf"
            conf.write_text("set -g status off\nset -g escape-time 0\n")
            script = self.tmp / f"{tag}.outer.sh"
            script.write_text(
                f"exec tmux -L {sock} -f {shlex.quote(str(conf))} -u new-session "
                f"{shlex.quote('sh ' + str(inner))}\n"
            )
        elif screen:
            conf = self.tmp / f"{tag}.screenrc"
            conf.write_text("startup_message off\nvbell off\ndefutf8 on\n")
            script = self.tmp / f"{tag}.outer.sh"
            script.write_text(
                f"exec screen -U -c {shlex.quote(str(conf))} -S {sock} "
                f"sh {shlex.quote(str(inner))}\n"
            )
        env = {k: v for k, v in os.environ.items() if k not in _ENV_DROP}
        env.pop("TERM", None)
        env.update(
            DISPLAY=self.display,
            HOME=str(self.home),
            XDG_CONFIG_HOME=str(self.home / ".config"),
            LANG="C.UTF-8",
            LC_ALL="C.UTF-8",
            PYTHONPATH=str(ROOT),
            NO_AT_BRIDGE="1",
            PATH=os.path.dirname(sys.executable) + os.pathsep + env.get("PATH", ""),
        )
        for name in list(env):
            if name.startswith("INTERPOL_CLI_"):
                del env[name]
        geometry = f"{columns}x{rows}+0+0"
        fg, bg = ("white", "black") if reverse else ("black", "white")
        if terminal == "xterm":
            argv = ["xterm", "-fa", FONT, "-fs", "12", "-geometry", geometry, "-b", "4"]
            argv += ["-fg", fg, "-bg", bg, "-T", title, "-n", title, "+sb", "-e", "sh", str(script)]
        elif terminal == "vte":
            argv = ["xfce4-terminal", "--disable-server", f"--geometry={geometry}"]
            argv += ["--hide-menubar", "--hide-toolbar", "--hide-scrollbar", f"--title={title}"]
            argv += [f"--color-text={fg}", f"--color-bg={bg}"] if reverse else []
            argv += ["-x", "sh", str(script)]
        elif terminal == "konsole":
            require_tool("konsole")
            env.update(
                XDG_DATA_HOME=str(self.home / ".local" / "share"),
                XDG_RUNTIME_DIR=str(self.home / "run"),
                QT_QPA_PLATFORM="xcb",
                # No session bus: nothing reaches, or is reached from, another session.
                DBUS_SESSION_BUS_ADDRESS=f"unix:path={self.tmp / 'no-bus'}",
            )
            profile = "Bidi" if terminal_bidi else "NoBidi"
            argv = ["konsole", "--separate", "--hide-menubar", "--hide-tabbar"]
            argv += ["--profile", profile, "-p", f"LocalTabTitleFormat={title}"]
            argv += ["-p", f"TerminalColumns={columns}", "-p", f"TerminalRows={rows}"]
            argv += ["-p", f"ColorScheme={'WhiteOnBlack' if reverse else 'BlackOnWhite'}"]
            argv += ["-e", "sh", str(script)]
        else:
            argv = ["mlterm", f"--geometry={geometry}", f"--title={title}", "--sb=false"]
            argv += [f"--fg={fg}", f"--bg={bg}", f"--ctl={'true' if terminal_bidi else 'false'}"]
            argv += ["-e", "sh", str(script)]
        proc = subprocess.Popen(
            argv,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
        try:
            deadline = time.monotonic() + timeout
            while not done.exists():
                if proc.poll() is not None:
                    raise AssertionError(f"{terminal} exited with status {proc.returncode}")
                if time.monotonic() > deadline:
                    raise AssertionError(f"{command} did not finish in {terminal}")
                time.sleep(0.05)
            # Konsole's window title is "<tab title> — Konsole"; xdotool matches nothing past
            # the title (the name it reads is not UTF-8), and the title is unique anyway.
            name = f"^{title}" if terminal == "konsole" else f"^{title}$"
            window = self._window(name, env, deadline)
            png = self.tmp / f"{tag}.png"
            _repaint_settled(window, env, png, deadline)
            if terminal != "konsole":
                return _read(png, dark=reverse, rows=rows, columns=columns)
            _keep_bottom_rows(png, rows)
            return _read(png, dark=reverse, rows=rows, columns=columns, threshold=60)
        finally:
            if tmux:
                subprocess.run(["tmux", "-L", sock, "kill-server"], env=env, capture_output=True)
            if screen:
                subprocess.run(["screen", "-S", sock, "-X", "quit"], env=env, capture_output=True)
            _end(proc)

    def _window(self, name: str, env: Mapping[str, str], deadline: float) -> str:
        while True:
            found = subprocess.run(
                ["xdotool", "search", "--name", name],
                env=env,
                capture_output=True,
                text=True,
            )
            ids = found.stdout.split()
            if ids:
                return ids[-1]
            if time.monotonic() > deadline:
                raise AssertionError(f"no window named {name}")
            time.sleep(0.05)


def _configure_konsole(home: Path) -> None:
    """Konsole's settings in the throwaway home: two profiles that differ only in the switch
    the README names (*Appearance → Complex Text Layout → Bi-Directional text rendering*, the
    key ``BidiRenderingEnabled`` under ``[Terminal Features]``), no bars, no scrollbar."""
    profiles = home / ".local" / "share" / "konsole"
    profiles.mkdir(parents=True)
    for name, bidi in (("Bidi", ""), ("NoBidi", "BidiRenderingEnabled=false\n")):
        (profiles / f"{name}.profile").write_text(
            f"[Appearance]\nFont={FONT},12,-1,5,50,0,0,0,0,0\n"
            f"[General]\nName={name}\nParent=FALLBACK/\nTerminalMargin=0\n"
            "ShowTerminalSizeHint=false\n"
            "[Scrolling]\nScrollBarPosition=2\nHighlightScrolledLines=false\n"  # no scrollbar
            f"[Terminal Features]\nBlinkingCursorEnabled=false\n{bidi}"
        )
    (home / ".config" / "konsolerc").write_text(
        "[KonsoleWindow]\nRememberWindowSize=false\n[TabBar]\nTabBarVisibility=AlwaysHideTabBar\n"
        "[MainWindow]\nMenuBar=Disabled\nStatusBar=Disabled\n"
    )
    # The toolbars are hidden only by the window's XML GUI description, not by a setting: a
    # local one of a higher version than Konsole's own replaces it.
    gui = home / ".local" / "share" / "kxmlgui5" / "konsole"
    gui.mkdir(parents=True)
    for file, client, bar in (("konsoleui.rc", "konsole", "mainToolBar"),
                              ("sessionui.rc", "session", "sessionToolbar")):  # fmt: skip
        (gui / file).write_text(
            f'<!DOCTYPE gui SYSTEM "kpartgui.dtd">\n<gui name="{client}" version="999">'
            f'<ToolBar name="{bar}" hidden="true"><text>{bar}</text></ToolBar></gui>\n'
        )
    run = home / "run"
    run.mkdir(mode=0o700)


def _keep_bottom_rows(png: Path, rows: int) -> None:
    """Konsole leaves a strip above its cell grid (where its toolbars were): keep the grid,
    which ends at the window's bottom edge, so the shot has the even border Shot expects."""
    size = subprocess.run(
        ["identify", "-format", "%w %h", str(png)], capture_output=True, text=True, check=True
    ).stdout.split()
    width, height = int(size[0]), int(size[1])
    grid = height // rows * rows
    crop = f"{width}x{grid}+0+{height - grid}"
    subprocess.run(["convert", str(png), "-crop", crop, "+repage", str(png)], check=True)


def _repaint_settled(window: str, env: Mapping[str, str], png: Path, deadline: float) -> None:
    """Capture until two captures in a row are identical: the terminal has drawn everything
    it was sent (the done file only says the program has finished writing)."""
    previous = b""
    while True:
        subprocess.run(["import", "-window", window, str(png)], env=env, check=True)
        data = subprocess.run(
            ["convert", str(png), "-colorspace", "gray", "-depth", "8", "gray:-"],
            capture_output=True,
            check=True,
        ).stdout
        if data == previous or time.monotonic() > deadline:
            return
        previous = data
        time.sleep(0.1)


def _read(png: Path, *, dark: bool, rows: int, columns: int, threshold: int = 75) -> Shot:
    size = subprocess.run(
        ["identify", "-format", "%w %h", str(png)], capture_output=True, text=True, check=True
    ).stdout.split()
    width, height = int(size[0]), int(size[1])
    data = subprocess.run(
        ["convert", str(png), "-colorspace", "gray", "-depth", "8", "gray:-"],
        capture_output=True,
        check=True,
    ).stdout
    pixels = [data[y * width : (y + 1) * width] for y in range(height)]
    return Shot(png, width, height, pixels, dark, rows, columns, threshold)


def _end(proc: subprocess.Popen[bytes]) -> None:
    """End a process we started, and its process group, by id."""
    if proc.poll() is None:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()


# --- reading a screenshot --------------------------------------------------------------------


def ocr(shot: Shot, top: int, bottom: int, *, left: int = 0, right: int | None = None) -> str:
    """Tesseract's Arabic reading of one line of a screenshot (logical order)."""
    right = shot.width if right is None else right
    crop = f"{right - left}x{bottom - top}+{left}+{top}"
    convert = ["convert", str(shot.path), "-crop", crop, "+repage", "-colorspace", "gray"]
    convert += ["-negate"] if shot.dark else []
    convert += ["-resize", "300%", "-threshold", f"{shot.threshold}%"]
    convert += ["-bordercolor", "white", "-border", "20", "png:-"]
    image = subprocess.run(convert, capture_output=True, check=True).stdout
    text = subprocess.run(
        ["tesseract", "-", "-", "-l", "ara", "--psm", "7"],
        input=image,
        capture_output=True,
        check=True,
    ).stdout.decode("utf-8")
    return " ".join(text.split())


def similarity(seen: str, expected: str) -> float:
    """How alike an OCR reading and the expected text are, letters only (0..1)."""
    return difflib.SequenceMatcher(None, _letters(seen), _letters(expected)).ratio()


def _letters(text: str) -> str:
    kept = []
    for ch in unicodedata.normalize("NFKC", text):
        if unicodedata.category(ch).startswith("L"):
            kept.append(ch)
    return "".join(kept).replace("ى", "ي").replace("ة", "ه").replace("أ", "ا").replace("إ", "ا")


def read_row(shot: Shot, row: int) -> str:
    """Tesseract's reading of one screen row."""
    top, bottom = shot.row_box(row)
    return ocr(shot, top, bottom)


def words_read(seen: str, expected: str) -> float:
    """The share of the expected words that an OCR reading holds exactly (letters only, each
    word counted once): what shows a re-shaped row, which letters-only similarity forgives up
    to 0.94."""
    pool = [_letters(word) for word in seen.split()]
    wanted = [w for w in (_letters(word) for word in expected.split()) if w]
    hits = 0
    for word in wanted:
        if word in pool:
            pool.remove(word)
            hits += 1
    return hits / len(wanted) if wanted else 1.0


def locate(
    args: Sequence[str],
    phrases: Sequence[str],
    rows: int = ROWS,
    *,
    logical: bool = False,
    environ: Mapping[str, str] | None = None,
) -> list[int]:
    """The screen row where each phrase shows, found by running the program on a pyte screen
    of the same size: only *where* a row is comes from the program; what the real terminal
    draws there is judged by OCR.  ``logical``: the rows hold logical order; ``environ``: what
    the terminal sets (``KONSOLE_VERSION``)."""
    from tests.screen import run_in_pty

    run = run_in_pty(list(args), COLUMNS, rows, environ)
    texts = ["".join(r) for r in run.rows]
    readings = [_letters(t if logical else t[::-1]) for t in texts]
    found = []
    for phrase in phrases:
        want = _letters(phrase)
        scores = [difflib.SequenceMatcher(None, r, want).ratio() for r in readings]
        found.append(max(range(len(scores)), key=scores.__getitem__))
    return found


def pixel_difference(a: Shot, b: Shot) -> int:
    """Pixels that differ (by more than a little anti-aliasing noise) between two shots."""
    assert (a.width, a.height) == (b.width, b.height), "the windows differ in size"
    return sum(
        1
        for ra, rb in zip(a.pixels, b.pixels, strict=True)
        for va, vb in zip(ra, rb, strict=True)
        if abs(va - vb) > 40
    )
