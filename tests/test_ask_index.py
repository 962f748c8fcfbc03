"""The precomputed index (interpol_cli/ask_index.py, names_index.py) is what
scripts/make_ask_index.py writes from the vocabulary and the knowledge today: a stale index would
answer from words or facts that are no longer there."""

from __future__ import annotations

from tests.helpers import ROOT, load_script


def test_index_modules_are_what_the_script_writes() -> None:
    script = load_script("make_ask_index")
    for name, text in script.sources().items():
        committed = (ROOT / "interpol_cli" / name).read_text(encoding="utf-8")
        assert committed == text, (
            f"interpol_cli/{name} is stale: run python scripts/make_ask_index.py"
        )
