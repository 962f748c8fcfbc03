"""Arabic messages on stderr read right where the answers do: behind the same fence, visual.

A refusal, "nothing found" and a usage error are what an Arabic reader meets most often after
an answer; on a terminal they must not come out in logical order (xterm shows that reversed
and unjoined) nor as visual rows without the fence (VTE over SSH or in tmux reverses those a
second time). Into a pipe they stay logical text.
"""

from __future__ import annotations

import pytest

from interpol_cli.layout import FENCE
from tests.bidi_reference import logical_arabic_words, read_back_rtl_rows
from tests.helpers import run_in_process

CASES = {
    "refusal": (["ask", "من هو رئيس الإنتربول؟"], 1),
    "nothing found": (["facts", "--about", "xyzzy"], 1),
    "usage error": (["who", "--format", "yaml"], 2),
}
ARABIC = {"LANG": "ar_MA.UTF-8", "LANGUAGE": "", "LC_ALL": "", "LC_MESSAGES": ""}


@pytest.mark.parametrize("case", CASES)
@pytest.mark.parametrize("columns", [40, 80])
def test_arabic_messages_on_a_terminal_are_fenced_visual_rows(case: str, columns: int) -> None:
    args, code = CASES[case]
    shown = run_in_process(args, ARABIC, tty=True, columns=columns)
    logical = run_in_process(args, ARABIC, tty=False)
    assert shown.returncode == logical.returncode == code
    rows = [r for r in shown.stderr.decode().split("\n") if r.strip()]
    assert rows, "nothing said on stderr"
    for row in rows:
        assert row.startswith(FENCE), f"row not fenced: {row!r}"
        assert len(row) - len(FENCE) <= columns
    # Read back from right to left, the rows hold the logical message's Arabic words, in order.
    said = logical.stderr.decode()
    assert FENCE not in said and not any("\ufb50" <= ch <= "\ufeff" for ch in said)
    assert read_back_rtl_rows([r[len(FENCE) :] for r in rows]) == logical_arabic_words(said)
