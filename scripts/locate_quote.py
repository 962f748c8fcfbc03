"""Print the ``Evidence(...)`` line for a quote, to paste into interpol_cli/knowledge.py.

Usage: python scripts/locate_quote.py PARAGRAPH "verbatim quote from that paragraph"
"""

from __future__ import annotations

import sys

from interpol_cli.article import load_article


def locate(paragraph: int, quote: str) -> tuple[int, int]:
    para = load_article().paragraphs[paragraph]
    local = para.text.find(quote)
    if local < 0:
        raise SystemExit(f"not found verbatim in paragraph {paragraph}: {quote!r}")
    return para.start + local, para.start + local + len(quote)


def main() -> None:
    if len(sys.argv) != 3:
        raise SystemExit(__doc__)
    paragraph = int(sys.argv[1])
    start, end = locate(paragraph, sys.argv[2])
    print(f"Evidence({paragraph}, {start}, {end}, {sys.argv[2]!r}),")


if __name__ == "__main__":
    main()
