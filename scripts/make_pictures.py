"""Draw the README's pictures from the tool's own terminal renderer.

    python scripts/make_pictures.py             # rewrite docs/images/*.svg
    python scripts/make_pictures.py --out DIR   # write them somewhere else (the tests compare)

Each picture is exactly what ``interpol-cli COMMAND`` prints on a terminal of WIDTH columns that
does no BiDi itself (visual mode): the rows come from ``render_tty.record_terminal`` and rich
exports them as SVG.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
IMAGES = ROOT / "docs" / "images"


@dataclass(frozen=True)
class Picture:
    name: str  # file name without .svg
    args: tuple[str, ...]  # the command line it shows
    lang: str
    width: int


PICTURES = (
    Picture("summary", ("summary",), "ar", 100),
    Picture("who", ("who",), "ar", 100),
    Picture("when", ("when",), "ar", 90),
    Picture("who-tree", ("who", "--tree", "--lang", "both"), "both", 80),
)


def _template() -> str:
    from rich._export_format import CONSOLE_SVG_FORMAT

    # The rows are already in visual order: a browser must not run BiDi on them again (that
    # would reverse every Arabic run), so each text element is drawn strictly left to right.
    # A pinned unique id keeps the file byte-stable between runs.
    extra = (
        "    .{unique_id}-matrix text {{\n"
        "        unicode-bidi: bidi-override;\n"
        "        direction: ltr;\n"
        "    }}\n\n    {styles}"
    )
    # Leading spaces (tree guides, indents) are kept: librsvg 2.54 otherwise draws the guide at
    # the left edge and the indent after it.
    return (
        CONSOLE_SVG_FORMAT.replace("    {styles}", extra, 1)
        .replace(
            "font-family: Fira Code, monospace;",
            'font-family: Fira Code, "DejaVu Sans Mono", monospace;',
        )
        .replace('<svg class="rich-terminal"', '<svg xml:space="preserve" class="rich-terminal"')
    )


def render(picture: Picture) -> str:
    sys.path.insert(0, str(ROOT))
    from interpol_cli import queries
    from interpol_cli.render_tty import record_terminal

    command = picture.args[0]
    if command == "who" and "--tree" in picture.args:
        result = queries.organisations()
    else:
        result = getattr(queries, command)()
    console = record_terminal(result, picture.lang, visual=True, width=picture.width)  # type: ignore[arg-type]
    return console.export_svg(
        title="interpol-cli " + " ".join(picture.args),
        unique_id=f"interpol-cli-{picture.name}",
        code_format=_template(),
    )


def write_all(folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for picture in PICTURES:
        path = folder / f"{picture.name}.svg"
        path.write_text(render(picture), encoding="utf-8")
        written.append(path)
    return written


def main(argv: list[str]) -> int:
    folder = IMAGES
    if "--out" in argv:
        folder = Path(argv[argv.index("--out") + 1])
    for path in write_all(folder):
        print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
