#!/usr/bin/env python3
"""Write ``interpol_cli/seed_text.py``, the copy of the article the evidence offsets come from.

Run it only if the article itself changes (never for a new fact)::

    .venv/bin/python scripts/make_seed_text.py           # rewrite the module
    .venv/bin/python scripts/make_seed_text.py --check   # exit 1 if it is stale
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from interpol_cli.article import SEED_SHA256, load_article  # noqa: E402

TARGET = ROOT / "interpol_cli" / "seed_text.py"

HEADER = '''\
"""The article as released, and its paragraphs, from which the knowledge derives its offsets.

Generated from the seed by ``scripts/make_seed_text.py`` (do not edit); ``tests/test_knowledge.py``
checks it against the seed. A copy in code rather than a read of the installed file: start-up opens
no file, and ``verify`` checks the installed article against offsets that did not come from it.
"""

'''


def render() -> str:
    art = load_article()
    if art.sha256 != SEED_SHA256 or '"""' in art.text or "\\" in art.text:
        sys.exit("make_seed_text: the seed is not the released article, or not quotable as is")
    # A triple-quoted string holds the text verbatim (no backslash, no triple quote in it); the
    # backslash after the opening quotes keeps the first line's newline out of it.
    spans = "".join(f"    ({p.start}, {p.end}),\n" for p in art.paragraphs)
    return (
        f'{HEADER}SHA256 = "{art.sha256}"\n\n'
        f'TEXT = """\\\n{art.text}"""\n\n'
        "# Where each paragraph is in TEXT (0 is the title): what article.split_paragraphs finds.\n"
        f"PARAGRAPHS: tuple[tuple[int, int], ...] = (\n{spans})\n"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="exit 1 if the module is stale")
    args = parser.parse_args()
    text = render()
    if args.check:
        if not TARGET.is_file() or TARGET.read_text(encoding="utf-8") != text:
            sys.exit(f"{TARGET.relative_to(ROOT)} is stale: run scripts/{Path(__file__).name}")
        return
    TARGET.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
