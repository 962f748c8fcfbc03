"""One environment per run, built once and handed down: ``run(argv, env)`` writes only to the
streams of ``env``, in their encodings, and decides terminal or pipe from ``env`` alone."""

from __future__ import annotations

import ast
import json

import pytest

from interpol_cli.__main__ import run
from tests.helpers import ROOT, mock_environment, run_in_process

PRESENTATION_FORMS = "\ufb50-\ufdff\ufe70-\ufefc"


def test_a_run_writes_only_to_the_streams_it_is_given(
    capfdbinary: pytest.CaptureFixture[bytes],
) -> None:
    env, out, err = mock_environment()
    assert run(["facts", "--about", "xyzzy"], env) == 1
    assert run(["who", "-f", "json"], env) == 0
    assert run(["who", "--bidi", "sideways"], env) == 2
    process = capfdbinary.readouterr()
    assert process.out == b"" and process.err == b""  # the process's own streams: untouched
    assert json.loads(out.getvalue())[0]["person"]["ar"] == "محمد الدخيسي"
    said = err.getvalue().decode().splitlines()
    assert said[0] == "لا شيء في الخبر يطابق ذلك." and "'sideways'" in said[1]


def test_the_terminal_decision_is_the_environments() -> None:
    piped = run_in_process(["who"])
    on_a_terminal = run_in_process(["who"], tty=True, columns=100)
    assert "محمد الدخيسي" in piped.stdout.decode() and "\x1b" not in piped.stdout.decode()
    shown = on_a_terminal.stdout.decode()
    assert "\x1b[" in shown and any(0xFB50 <= ord(c) <= 0xFEFC for c in shown)  # shaped, coloured
    assert max(len(line) for line in shown.splitlines()) > 80  # the terminal's width, not 80


def test_each_stream_is_written_in_its_own_encoding() -> None:
    both = run_in_process(["facts", "--about", "xyzzy"], encoding="utf-8", stderr_encoding="cp1252")
    assert both.stderr.decode("cp1252").strip() == "Nothing in the article matches."
    cp = run_in_process(["who", "-f", "table"], tty=True, encoding="cp1252")
    assert cp.returncode == 3 and cp.stdout == b""
    assert "output encoding cp1252" in cp.stderr.decode()


def _reads_process_streams(path: str) -> list[int]:
    tree = ast.parse((ROOT / "interpol_cli" / path).read_text(encoding="utf-8"))
    return [
        node.lineno
        for node in ast.walk(tree)
        if isinstance(node, ast.Attribute)
        and isinstance(node.value, ast.Name)
        and node.value.id == "sys"
        and node.attr in ("stdout", "stderr", "__stdout__", "__stderr__")
    ]


def test_only_the_environment_reads_the_process_streams() -> None:
    """``env.py`` builds the environment; ``__main__`` stands a stream in for a closed stdout.
    Everything else (the stderr encoding included) comes from the environment it is given."""
    readers = {
        p.name: lines
        for p in (ROOT / "interpol_cli").glob("*.py")
        if (lines := _reads_process_streams(p.name)) and p.name not in ("env.py", "__main__.py")
    }
    assert not readers, readers


@pytest.mark.parametrize(
    "args", [["ask", "Who is the president of Interpol?"], ["facts", "--about", "xyzzy"]]
)
def test_with_both_languages_nothing_found_is_said_in_both(args: list[str]) -> None:
    done = run_in_process([*args, "--lang", "both"])
    assert done.returncode == 1
    said = done.stderr.decode().strip()
    assert len(said.splitlines()) == 1
    assert (any("\u0600" <= c <= "\u06ff" for c in said) and "Not" in said) or "Nothing" in said
    english = run_in_process([*args, "--lang", "en"]).stderr.decode().strip()
    arabic = run_in_process([*args, "--lang", "ar"]).stderr.decode().strip()
    assert said == f"{arabic} | {english}"
