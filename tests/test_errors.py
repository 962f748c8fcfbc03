"""One error hierarchy: every problem says one sentence and exits with its own code, whichever
module raised it, and no module needs another's to raise (no import cycles)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from interpol_cli import exits, queries
from interpol_cli.__main__ import run
from interpol_cli.errors import DataProblem, OutputProblem, Problem, UsageProblem
from interpol_cli.results import Result
from tests.helpers import ROOT


@pytest.mark.parametrize(
    ("problem", "code"),
    [
        (UsageProblem("the thing is wrong."), exits.USAGE),
        (DataProblem("the article is gone."), exits.DATA),
        (OutputProblem("the output is full."), exits.DATA),
        (Problem("odd, with its own code.", exit_code=5), 5),
    ],
    ids=lambda p: type(p).__name__ if isinstance(p, Problem) else str(p),
)
def test_a_problem_is_one_sentence_and_its_code(
    problem: Problem,
    code: int,
    monkeypatch: pytest.MonkeyPatch,
    capfdbinary: pytest.CaptureFixture[bytes],
) -> None:
    def failing() -> Result:
        raise problem

    monkeypatch.setattr(queries, "who", failing)
    assert run(["who", "-f", "json"]) == code
    captured = capfdbinary.readouterr()
    assert captured.err.decode() == f"interpol-cli: {problem}\n"
    assert captured.out == b""


def _imports(path: Path) -> set[str]:
    """Every ``interpol_cli`` module ``path`` imports, at the top or inside a function."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module:
            if node.module == "interpol_cli":
                found |= {f"interpol_cli.{alias.name}" for alias in node.names}
            elif node.module.startswith("interpol_cli."):
                found.add(node.module)
        elif isinstance(node, ast.Import):
            found |= {a.name for a in node.names if a.name.startswith("interpol_cli.")}
    return found


def test_no_module_of_the_package_imports_itself_back() -> None:
    graph = {f"interpol_cli.{p.stem}": _imports(p) for p in (ROOT / "interpol_cli").glob("*.py")}

    def reaches(start: str, goal: str, seen: set[str]) -> bool:
        for dep in graph.get(start, set()) - seen:
            if dep == goal or reaches(dep, goal, seen | {dep}):
                return True
        return False

    cycles = sorted(m for m in graph if reaches(m, m, set()))
    assert not cycles, f"import cycles through {cycles}"
