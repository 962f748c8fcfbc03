"""Shell completion through the real protocol, against the installed console script.

Typer's scripts call the program back with ``_INTERPOL_CLI_COMPLETE=complete_<shell>`` and the
command line in ``COMP_WORDS``/``COMP_CWORD`` (bash) or ``_TYPER_COMPLETE_ARGS`` (zsh, fish);
these tests make the same calls, and one drives bash itself with the generated script.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers import ROOT, cli_env

SCRIPT = Path(sys.executable).parent / "interpol-cli"


@pytest.fixture(scope="module")
def script() -> Path:
    if not SCRIPT.is_file():
        if os.environ.get("CI"):
            pytest.fail("the interpol-cli console script is not installed (pip install -e .)")
        pytest.skip("the interpol-cli console script is not installed (pip install -e .)")
    return SCRIPT


def complete(
    script: Path, env: dict[str, str], command: list[str] | None = None
) -> subprocess.CompletedProcess[str]:
    """The program (or ``command``) called back as a shell's completion script calls it."""
    return subprocess.run(
        command or [str(script)],
        capture_output=True,
        text=True,
        env=cli_env(env),
        cwd=ROOT,
        timeout=30,
        check=False,
    )


def bash(script: Path, words: list[str], cword: int) -> list[str]:
    proc = complete(
        script,
        {
            "_INTERPOL_CLI_COMPLETE": "complete_bash",
            "COMP_WORDS": " ".join(words),
            "COMP_CWORD": str(cword),
        },
    )
    assert proc.returncode == 0, proc.stderr
    return proc.stdout.split()


def zsh(script: Path, line: str) -> str:
    proc = complete(
        script, {"_INTERPOL_CLI_COMPLETE": "complete_zsh", "_TYPER_COMPLETE_ARGS": line}
    )
    assert proc.returncode == 0, proc.stderr
    return proc.stdout


def fish(script: Path, line: str) -> list[str]:
    proc = complete(
        script,
        {
            "_INTERPOL_CLI_COMPLETE": "complete_fish",
            "_TYPER_COMPLETE_FISH_ACTION": "get-args",
            "_TYPER_COMPLETE_ARGS": line,
        },
    )
    assert proc.returncode == 0, proc.stderr
    return [row.split("\t")[0] for row in proc.stdout.splitlines()]


def test_bash_completes_commands(script: Path) -> None:
    assert bash(script, ["interpol-cli", "wh"], 1) == ["who", "when", "where"]
    assert "summary" in bash(script, ["interpol-cli", ""], 1)


def test_bash_completes_option_values(script: Path) -> None:
    assert bash(script, ["interpol-cli", "who", "--format", "j"], 3) == ["json", "jsonl"]
    assert bash(script, ["interpol-cli", "when", "--lang", ""], 3) == ["ar", "en", "both"]
    assert bash(script, ["interpol-cli", "facts", "--kind", "da"], 3) == ["date"]
    assert "--tree" in bash(script, ["interpol-cli", "who", "--t"], 2)


def test_completion_offers_lower_case_whatever_case_is_typed(script: Path) -> None:
    """Choices are not case-sensitive (``--lang EN`` works); what Tab offers stays lower case."""
    assert bash(script, ["interpol-cli", "who", "--format", "J"], 3) == ["json", "jsonl"]
    assert bash(script, ["interpol-cli", "who", "--lang", "E"], 3) == ["en"]
    assert bash(script, ["interpol-cli", "who", "--bidi", "Vi"], 3) == ["visual"]
    assert bash(script, ["interpol-cli", "facts", "--kind", "DA"], 3) == ["date"]


def test_zsh_completes_commands_and_values(script: Path) -> None:
    out = zsh(script, "interpol-cli wh")
    assert out.startswith("_arguments")
    for name in ("who", "when", "where"):
        assert f'"{name}":' in out
    assert "summary" not in out
    values = zsh(script, "interpol-cli who --format j")
    assert '"json"' in values and '"jsonl"' in values and '"csv"' not in values
    langs = zsh(script, "interpol-cli who --lang ")
    assert all(f'"{code}"' in langs for code in ("ar", "en", "both"))


def test_fish_completes_commands_and_values(script: Path) -> None:
    assert fish(script, "interpol-cli wh") == ["who", "when", "where"]
    assert fish(script, "interpol-cli where --format j") == ["json", "jsonl"]
    assert fish(script, "interpol-cli numbers --lang ") == ["ar", "en", "both"]


def test_completion_in_a_real_bash(script: Path) -> None:
    """Source the script Typer generates and let bash call the program, as a Tab would."""
    bash_exe = shutil.which("bash")
    if bash_exe is None:
        pytest.skip("bash is not installed")
    source = complete(script, {"_INTERPOL_CLI_COMPLETE": "source_bash"})
    assert "complete " in source.stdout and "interpol-cli" in source.stdout
    probe = (
        source.stdout
        + "\nCOMP_WORDS=(interpol-cli who --format j); COMP_CWORD=3"
        + "\n_interpol_cli_completion interpol-cli; printf '%s\\n' \"${COMPREPLY[@]}\""
        + "\nCOMP_WORDS=(interpol-cli wh); COMP_CWORD=1"
        + "\n_interpol_cli_completion interpol-cli; printf '%s\\n' \"${COMPREPLY[@]}\"\n"
    )
    env = cli_env({"PATH": f"{script.parent}{os.pathsep}{os.environ.get('PATH', '')}"})
    proc = subprocess.run(
        [bash_exe, "--norc", "--noprofile", "-c", probe],
        capture_output=True,
        text=True,
        env=env,
        timeout=30,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.split() == ["json", "jsonl", "who", "when", "where"]


@pytest.mark.parametrize("shell", ["bash", "zsh", "fish"])
def test_completion_scripts_exist_for_each_shell(script: Path, shell: str) -> None:
    proc = complete(script, {"_INTERPOL_CLI_COMPLETE": f"source_{shell}"})
    assert proc.returncode == 0
    assert f"complete_{shell}" in proc.stdout


def test_help_offers_completion_install(script: Path) -> None:
    proc = subprocess.run(
        [str(script), "--help"], capture_output=True, text=True, env=cli_env(), timeout=30
    )
    assert "--install-completion" in proc.stdout and "--show-completion" in proc.stdout


def _install_in(home: Path) -> subprocess.CompletedProcess[bytes]:
    """``interpol-cli --install-completion`` from a bash (the shell it detects), ``home`` as
    HOME."""
    bash_exe = shutil.which("bash")
    if bash_exe is None:
        pytest.skip("bash is not installed")
    return subprocess.run(
        # "; exit": bash stays the parent (no exec), as in an interactive shell.
        [
            bash_exe,
            "--norc",
            "--noprofile",
            "-c",
            '"$0" -m interpol_cli --install-completion; exit $?',
            sys.executable,
        ],
        capture_output=True,
        env=cli_env({"HOME": str(home)}),
        cwd=ROOT,
        timeout=60,
        check=False,
    )


def test_install_failures_say_what_failed_and_where(tmp_path: Path) -> None:
    """Each failure said "cannot read <path>", whatever failed (a folder that could not be
    created, a file that could not be written), and a start-up file that is not UTF-8 was an
    internal error. Now: what failed, the path escaped, exit 3."""
    name = "h\x1b[2J\u202e"  # the path is shown escaped
    cases: list[tuple[str, str]] = []
    home = tmp_path / f"{name}1"  # a file where the scripts' folder goes
    home.mkdir()
    (home / ".bash_completions").write_text("")
    cases.append((str(home), f"cannot create the folder {home}/.bash_completions"))
    home = tmp_path / f"{name}2"  # a folder where .bashrc goes
    (home / ".bashrc").mkdir(parents=True)
    cases.append((str(home), f"cannot write {home}/.bashrc"))
    blocker = tmp_path / f"{name}3"  # HOME below a file
    blocker.write_text("")
    cases.append((str(blocker / "home"), f"cannot create the folder {blocker}/home"))
    home = tmp_path / f"{name}4"  # a .bashrc that is not text
    home.mkdir()
    (home / ".bashrc").write_bytes(b"\xff\xfe")
    cases.append((str(home), f"cannot read {home}/.bashrc"))
    for where, said in cases:
        proc = _install_in(Path(where))
        err = proc.stderr.decode()
        assert proc.returncode == 3, (where, proc.returncode, err)
        shown = said.replace("\x1b", "\\u001b").replace("\u202e", "\\u202e")
        assert err.startswith(f"interpol-cli: {shown} ") and err.count("\n") == 1, (shown, err)
        assert "\x1b" not in err and "\u202e" not in err


def test_install_reports_the_path_it_wrote_escaped(tmp_path: Path) -> None:
    home = tmp_path / "h\x1b]0;x\x07\u202e"
    home.mkdir()
    proc = _install_in(home)
    assert proc.returncode == 0, proc.stderr
    out = proc.stdout.decode()
    assert (home / ".bash_completions" / "interpol-cli.sh").is_file()
    assert "\x1b" not in out and "\x07" not in out and "\u202e" not in out
    assert "\\u001b]0;x\\u0007\\u202e/.bash_completions/interpol-cli.sh" in out


FULL_APP = (
    "import typer.main\n"
    "from interpol_cli import typer_internals\n"
    "from interpol_cli.cli import app\n"
    "typer_internals.install_help_option()\n"
    "typer.main.get_command(app).main([], prog_name='interpol-cli')\n"
)

_WORDS = ["", "w", "wh", "who", "s", "a", "x", "-", "--h"]
_CALLS = [
    *(
        {
            "_INTERPOL_CLI_COMPLETE": "complete_bash",
            "COMP_WORDS": f"interpol-cli {w}",
            "COMP_CWORD": "1",
        }
        for w in _WORDS
    ),
    *(
        {"_INTERPOL_CLI_COMPLETE": "complete_zsh", "_TYPER_COMPLETE_ARGS": f"interpol-cli {w}"}
        for w in _WORDS
    ),
    *(
        {
            "_INTERPOL_CLI_COMPLETE": "complete_fish",
            "_TYPER_COMPLETE_FISH_ACTION": "get-args",
            "_TYPER_COMPLETE_ARGS": f"interpol-cli {line}",
        }
        for line in [*_WORDS, "facts --kind ", "who "]
    ),
]


@pytest.mark.parametrize(
    "call",
    _CALLS,
    ids=lambda c: (
        f"{c['_INTERPOL_CLI_COMPLETE']}:{c.get('COMP_WORDS') or c['_TYPER_COMPLETE_ARGS']}"
    ),
)
def test_completing_a_name_offers_what_the_whole_app_offers(
    script: Path, call: dict[str, str]
) -> None:
    """Completing a command's name builds stand-ins that carry only the names and help (the
    parameters are the costly part): what each shell is offered, help texts and their order
    included, is what the app built whole offers."""
    fixed = {**call, "PYTHONHASHSEED": "0"}
    ours = complete(script, fixed)
    whole = complete(script, fixed, [sys.executable, "-c", FULL_APP])
    assert (ours.returncode, ours.stdout, ours.stderr) == (
        whole.returncode,
        whole.stdout,
        whole.stderr,
    )


def test_zsh_is_offered_the_options_in_one_order_whatever_the_hash_seed(script: Path) -> None:
    """Click passes the help option's names through a set: their order followed the hash seed,
    so zsh listed ``-h`` and ``--help`` in a different order from one Tab to the next."""
    seen = {
        complete(
            script,
            {
                "_INTERPOL_CLI_COMPLETE": "complete_zsh",
                "_TYPER_COMPLETE_ARGS": "interpol-cli -",
                "PYTHONHASHSEED": str(seed),
            },
        ).stdout
        for seed in range(8)
    }
    assert len(seen) == 1, seen
    offered = seen.pop()
    assert offered.index('"-h"') < offered.index('"--help"')  # as the help page lists them


def test_fish_and_zsh_get_each_help_on_one_line_without_rich(script: Path) -> None:
    """Typer rendered each option's help through rich, which wrapped it at 80 columns: fish
    took the wrapped-off end ("piped.") for a completion of its own, and zsh showed the help
    broken in two. Each help is now one line, whole, and rich is not loaded for it."""
    line = "interpol-cli who --"
    fish_env = {
        "_INTERPOL_CLI_COMPLETE": "complete_fish",
        "_TYPER_COMPLETE_FISH_ACTION": "get-args",
        "_TYPER_COMPLETE_ARGS": line,
    }
    fish_rows = complete(script, fish_env).stdout.splitlines()
    assert [row.split("\t")[0] for row in fish_rows] == [
        "--tree",
        "--format",
        "--lang",
        "--bidi",
        "--no-color",
        "--help",
    ]
    assert "Default: table on a terminal, plain when piped." in fish_rows[1]
    zsh_env = {"_INTERPOL_CLI_COMPLETE": "complete_zsh", "_TYPER_COMPLETE_ARGS": line}
    zsh_out = complete(script, zsh_env).stdout
    rows = zsh_out.removeprefix("_arguments '*: :((").removesuffix("))'\n").split("\n")
    assert all(row.startswith('"--') and row.endswith('"') for row in rows), rows
    for env in (fish_env, zsh_env):
        loaded = complete(script, env, [sys.executable, "-X", "importtime", str(script)]).stderr
        assert not re.search(r"\|\s+rich(\.|$)", loaded, re.MULTILINE), "rich was imported"
        assert "interpol_cli.typer_internals" in loaded  # the probe sees the imports


def test_an_empty_completion_variable_is_a_normal_run(script: Path) -> None:
    """Click completes only when the variable says ``complete_<shell>``; set but empty, the
    command runs as usual, whatever COMP_WORDS says."""
    proc = complete(
        script,
        {"_INTERPOL_CLI_COMPLETE": "", "COMP_WORDS": "interpol-cli wh", "COMP_CWORD": "1"},
        [str(script), "who", "--format", "csv"],
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.startswith("id,person_ar,")


def test_zsh_reads_its_own_line_even_with_bash_variables_about(script: Path) -> None:
    out = complete(
        script,
        {
            "_INTERPOL_CLI_COMPLETE": "complete_zsh",
            "_TYPER_COMPLETE_ARGS": "interpol-cli who --f",
            "COMP_WORDS": "interpol-cli wh",
            "COMP_CWORD": "1",
        },
    ).stdout
    assert '"--format":' in out


@pytest.mark.parametrize(
    "variables",
    [{"COMP_WORDS": "interpol-cli wh", "COMP_CWORD": "x"}, {"COMP_CWORD": "1"}],
    ids=["COMP_CWORD not a number", "no COMP_WORDS"],
)
def test_bash_completion_without_its_words_is_a_usage_error(
    script: Path, variables: dict[str, str]
) -> None:
    proc = complete(script, {"_INTERPOL_CLI_COMPLETE": "complete_bash", **variables})
    assert (proc.returncode, proc.stdout) == (2, "")
    assert proc.stderr.startswith("interpol-cli: bash completion") and "COMP_CWORD" in proc.stderr
    assert "internal error" not in proc.stderr


def test_the_version_is_no_candidate(script: Path) -> None:
    """Completing after --version printed the version as a candidate, which zsh evaluates."""
    assert bash(script, ["interpol-cli", "--version", "w"], 2) == ["who", "when", "where"]
    zsh_out = zsh(script, "interpol-cli --version ")
    assert "interpol-cli 2" not in zsh_out and zsh_out.startswith("_arguments")
