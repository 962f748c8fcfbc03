"""The precomputed index (interpol_cli/ask_index.py, names_index.py) is what
scripts/make_ask_index.py writes from the vocabulary and the knowledge today: a stale index would
answer from words or facts that are no longer there."""

from __future__ import annotations

import importlib.util

from tests.helpers import ROOT


def test_index_modules_are_what_the_script_writes() -> None:
    spec = importlib.util.spec_from_file_location(
        "make_ask_index", ROOT / "scripts" / "make_ask_index.py"
    )
    assert spec is not None and spec.loader is not None
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    for name, text in script.sources().items():
        committed = (ROOT / "interpol_cli" / name).read_text(encoding="utf-8")
        assert committed == text, (
            f"interpol_cli/{name} is stale: run python scripts/make_ask_index.py"
        )
