"""The terminal renderer: tables, the summary, the timeline, the tree and the article.

Every piece of text goes through ``layout.ArabicText``, which wraps, reshapes and reorders it
itself, so rich only places finished rows. Arabic views read right to left: their first column
is on the right; English views read left to right; ``both`` puts English on the left and Arabic
on the right.
"""

from __future__ import annotations

import io
from collections.abc import Iterable, Sequence
from typing import Literal

from rich import box
from rich.cells import cell_len
from rich.console import Console, ConsoleOptions, Group, RenderableType, RenderResult
from rich.measure import Measurement
from rich.padding import Padding
from rich.segment import Segment
from rich.table import Table

from interpol_cli.env import LangChoice
from interpol_cli.layout import (
    FENCE_CELLS,
    MARKED_CELLS,
    MARKED_MODES,
    ArabicText,
    Mode,
    fence_rows,
)
from interpol_cli.model import Evidence, Lang, Status, Text
from interpol_cli.render import langs, paragraph_list, shown_value, spans
from interpol_cli.results import Field, Kind, Record, Result, Span, Value
from interpol_cli.words import WORDS

NARROW = 60  # below this many columns the timeline puts each date above its event

STYLE_TITLE = "bold"
STYLE_LABEL = "bold"
STYLE_QUOTE = "dim"
STYLE_INFERRED = "magenta"
STYLE_HIGHLIGHT = "bold not dim"  # an underline cuts the dots below ب ي ج


class Shaper:
    """This render's BiDi mode, and the one place that turns a string into a cell drawn in it
    (``text``): every renderable below takes one."""

    __slots__ = ("mode",)

    def __init__(self, visual: bool, marked: bool = False, konsole: bool = False) -> None:
        self.mode: Mode = "visual" if visual else ("logical" if not marked else "marked")
        if self.mode == "marked" and konsole:
            self.mode = "konsole"

    @property
    def marked(self) -> bool:
        """Logical rows a terminal lays out by itself (marked, or adapted for Konsole)."""
        return self.mode in MARKED_MODES

    def text(self, value: str, style: str = "", **kw: object) -> ArabicText:
        return ArabicText(value, style, mode=self.mode, **kw)  # type: ignore[arg-type]


def render_terminal(
    result: Result,
    lang: LangChoice,
    *,
    visual: bool,
    width: int,
    color_system: Literal["standard", "256", "truecolor"] | None,
    marked: bool = False,
    konsole: bool = False,
) -> str:
    """Render ``result`` for a terminal ``width`` columns wide; returns the finished text.

    Visual rows go out behind ``layout.FENCE``, so they show right whether or not the terminal
    reorders by itself.  ``marked`` (logical text for a terminal that lays it out itself):
    right-to-left rows between marks (``layout.MARKED_CELLS``), tables as cards, the timeline
    stacked, the tree's guides inside its rows.  ``konsole`` (with ``marked``): those rows as
    Konsole's own BiDi must be sent them (``layout.for_konsole``), the tree's guides after them."""
    room = max(1, width - FENCE_CELLS) if visual else width
    shaper = Shaper(visual, marked, konsole)
    console = _printed(result, lang, shaper, room, color_system, record=False)
    out = console.file
    assert isinstance(out, io.StringIO)
    return fence_rows(out.getvalue()) if visual else out.getvalue()


def record_terminal(result: Result, lang: LangChoice, *, visual: bool, width: int) -> Console:
    """The same view printed into a recording console, for ``export_svg`` (docs pictures)."""
    return _printed(result, lang, Shaper(visual), width, "truecolor", record=True)


def _printed(
    result: Result,
    lang: LangChoice,
    shaper: Shaper,
    width: int,
    color_system: Literal["standard", "256", "truecolor"] | None,
    *,
    record: bool,
) -> Console:
    console = Console(
        file=io.StringIO(),
        record=record,
        width=width,
        force_terminal=color_system is not None,
        color_system=color_system,
        no_color=color_system is None,
        highlight=False,
        markup=False,
        emoji=False,
        legacy_windows=False,
        soft_wrap=False,
        _environ={},  # the Environment object already decided colour and width
    )
    from interpol_cli.escape import printable_result

    # A file name in an error, say: no escape or BiDi control of its own reaches the screen.
    for renderable in _view(printable_result(result), lang, shaper, width):
        console.print(renderable)
    return console


def _view(result: Result, lang: LangChoice, shaper: Shaper, width: int) -> Iterable[RenderableType]:
    if result.view == "article":
        yield from _article(result, lang, shaper, width)
        return
    yield _title(result.title, lang, shaper)
    if not result.records:
        return
    if result.view == "summary":
        yield from _summary(result, lang, shaper, width)
    elif result.view == "timeline":
        if width < NARROW or shaper.marked:
            yield from _timeline_stacked(result, lang, shaper)
        else:
            yield _timeline(result, lang, shaper)
    elif result.view == "tree":
        yield from _tree(result, lang, shaper)
    elif result.view in ("answers", "hits"):
        yield from (_answers if result.view == "answers" else _hits)(result, lang, shaper)
    else:
        yield from _records(result, lang, shaper, width)


def _records(
    result: Result, lang: LangChoice, shaper: Shaper, width: int
) -> Iterable[RenderableType]:
    """A table when every column fits its widest word, else stacked cards."""
    # A terminal that reorders each whole line would put an Arabic table's columns in its
    # own order: cards, one paragraph a line, read right there.
    widths = None if shaper.marked else _column_widths(result, lang, width)
    if widths is None:
        yield from _cards(result, lang, shaper)
    else:
        yield _table(result, lang, shaper, widths)


def _column_widths(result: Result, lang: LangChoice, width: int) -> list[int] | None:
    """Each table column's width, or None when the table cannot fit: every column gets at
    least its widest word (rich would otherwise split words across rows), and the space left
    is shared out shortest text first, so short columns are whole and long ones share."""
    columns = _columns(result, lang)
    least: list[int] = []
    most: list[int] = []
    for field, code in columns:
        if field is None:
            texts = [WORDS["evidence"].get(code)]
            for record in result.records:
                texts += [_quote_label(ev, code) for ev in record.evidence]
                basis = _basis_label(record, code)
                texts += [basis] if basis else []
        else:
            texts = [field.label.get(code)]
            texts += [_cell_text(result, r, field, code) for r in result.records]
        least.append(max((cell_len(word) for text in texts for word in text.split()), default=1))
        most.append(max((cell_len(text) for text in texts), default=1))
    room = width - (3 * len(columns) - 1)  # padding and rules of this box style
    if sum(least) > room:
        return None
    # Max-min fair shares, shortest text first: names and posts get their whole width, long
    # quotes share what is left; no column ever below its widest word.
    widths = list(least)
    left = room
    order = sorted(range(len(columns)), key=lambda i: most[i])
    for k, i in enumerate(order):
        later_least = sum(least[j] for j in order[k + 1 :])
        share = left // (len(order) - k)
        widths[i] = max(least[i], min(most[i], share, left - later_least))
        left -= widths[i]
    return widths


# --- building blocks -------------------------------------------------------------------------


def _title(title: Text, lang: LangChoice, shaper: Shaper) -> RenderableType:
    return Group(*(shaper.text(title.get(c), STYLE_TITLE) for c in langs(lang)))


def _value_text(value: Value, code: Lang, kind: Kind = "text") -> str:
    return shown_value(value, kind, code)


def _cell_text(result: Result, record: Record, field: Field, code: Lang) -> str:
    """A shown column's value as its column's kind says it is read (a choice as a word)."""
    return _value_text(record.values[field.key], code, result.columns.kind(field.key))


def _reference(paragraph: int, code: Lang) -> str:
    # A no-break space keeps "(para. 10)" on one row; a word, not "¶", keeps it left to right
    # inside an English view's right-to-left quote.
    return f"({WORDS['paragraph'].get(code)}\u00a0{paragraph})"


def _quote_label(ev: Evidence, code: Lang) -> str:
    return f"«{ev.quote}» {_reference(ev.paragraph, code)}"


def _basis_label(record: Record, code: Lang) -> str | None:
    """For an inferred record: "inferred: <from what>"."""
    if record.status is not Status.INFERRED or record.basis is None:
        return None
    return f"{WORDS['inferred'].get(code)}: {record.basis.get(code)}"


def _evidence_block(
    record: Record, code: Lang, shaper: Shaper, spans: Sequence[Span] = ()
) -> RenderableType:
    """The quotes that prove a record (always Arabic, the article's words), with paragraphs;
    ``spans`` (article offsets) are highlighted where a quote holds them."""
    parts: list[RenderableType] = []
    for ev in record.evidence:
        # +1: the quote is shown after an opening «.
        marks = [
            (s - ev.start + 1, e - ev.start + 1, STYLE_HIGHLIGHT)
            for s, e in spans
            if ev.start <= s and e <= ev.end
        ]
        parts.append(shaper.text(_quote_label(ev, code), STYLE_QUOTE, rtl=True, highlights=marks))
    basis = _basis_label(record, code)
    if basis:
        parts.append(shaper.text(basis, STYLE_INFERRED, rtl=code == "ar"))
    return Group(*parts)


def _cell(
    result: Result, record: Record, field: Field, code: Lang, shaper: Shaper
) -> RenderableType:
    return shaper.text(_cell_text(result, record, field, code), rtl=code == "ar")


def _columns(result: Result, lang: LangChoice) -> list[tuple[Field | None, Lang]]:
    """Columns in screen order, left to right; ``None`` is the evidence column."""
    if lang == "en":
        return [*((f, "en") for f in result.fields), (None, "en")]
    arabic: list[tuple[Field | None, Lang]] = [
        (None, "ar"),
        *((f, "ar") for f in reversed(result.fields)),
    ]
    if lang == "ar":
        return arabic
    return [*((f, "en") for f in result.fields), *arabic]


def _table(result: Result, lang: LangChoice, shaper: Shaper, widths: Sequence[int]) -> Table:
    columns = _columns(result, lang)
    table = Table(box=box.SIMPLE_HEAVY, show_lines=True, pad_edge=False, expand=False)
    for (field, code), column_width in zip(columns, widths, strict=True):
        label = WORDS["evidence"] if field is None else field.label
        justify: Literal["left", "right"] = "right" if code == "ar" else "left"
        table.add_column(
            shaper.text(label.get(code), STYLE_LABEL, rtl=code == "ar"),
            justify=justify,
            width=column_width,
        )
    previous_group: str | None = None
    for record in result.records:
        same = record.group is not None and record.group == previous_group
        row: list[RenderableType] = []
        for field, code in columns:
            if field is None:
                row.append(_evidence_block(record, code, shaper))
            elif same and _is_group_column(result, field):
                row.append("")  # the person or place is shown once for its group
            else:
                row.append(_cell(result, record, field, code, shaper))
        table.add_row(*row)
        previous_group = record.group
    return table


# The columns that say what a group is: shown on its first row only. The place and what it lies
# in go together (a blank place beside a repeated "In" read as a different place).
_GROUP_KEYS = frozenset({"person", "place", "located_in"})


def _is_group_column(result: Result, field: Field) -> bool:
    return field.key in _GROUP_KEYS and result.view in ("people", "table")


def _cards(result: Result, lang: LangChoice, shaper: Shaper) -> Iterable[RenderableType]:
    """Narrow terminals: each record a block of label/value lines, then its evidence."""
    for record in result.records:
        for code in langs(lang):
            rtl = code == "ar"
            for field in result.fields:
                value = _cell_text(result, record, field, code)
                if value:
                    label = f"{field.label.get(code)}:"
                    yield shaper.text(
                        f"{label} {value}", rtl=rtl, highlights=[(0, len(label), STYLE_LABEL)]
                    )
        yield _evidence_block(record, langs(lang)[0], shaper)
        yield _Rule()


class _Rule:
    """A light separator as wide as the space given."""

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        yield Segment("─" * options.max_width, console.get_style("dim"))
        yield Segment.line()

    def __rich_measure__(self, console: Console, options: ConsoleOptions) -> Measurement:
        return Measurement(1, options.max_width)


# --- views -----------------------------------------------------------------------------------


def _summary(
    result: Result, lang: LangChoice, shaper: Shaper, width: int
) -> Iterable[RenderableType]:
    _headline, main, *key = result.records
    for code in langs(lang):
        yield Padding(
            shaper.text(_value_text(main.values["text"], code), rtl=code == "ar"), (1, 0, 0, 0)
        )
    # The key facts below quote the sentences; here the paragraphs are enough.
    code = langs(lang)[0]
    paragraphs = f"({WORDS['paragraph'].get(code)} {paragraph_list(main.evidence, code)})"
    yield shaper.text(
        f"{paragraphs} {_basis_label(main, code) or ''}".rstrip(), STYLE_INFERRED, rtl=code == "ar"
    )
    rest = Result(result.command, result.title, result.columns, tuple(key), "table")
    yield _Rule()
    yield from _records(rest, lang, shaper, width)


def _timeline(result: Result, lang: LangChoice, shaper: Shaper) -> Table:
    """Dates down one side, a line of dots, what happened on the other (mirrored for Arabic)."""
    codes = langs(lang)
    first = codes[0]
    rtl = first == "ar"
    grid = Table.grid(padding=(0, 1))
    date_col = {"justify": "left" if not rtl else "right", "no_wrap": False}
    if rtl:
        grid.add_column(ratio=1)
        grid.add_column(**date_col)  # type: ignore[arg-type]
    else:
        grid.add_column(**date_col)  # type: ignore[arg-type]
        grid.add_column(ratio=1)
    for index, record in enumerate(result.records):
        date = shaper.text(_value_text(record.values["date_label"], first), STYLE_LABEL, rtl=rtl)
        body_parts: list[RenderableType] = [
            shaper.text(_value_text(record.values["text"], code), rtl=code == "ar")
            for code in codes
        ]
        body_parts.append(_evidence_block(record, first, shaper))
        # The dot and the line travel with the body: a table cell is never told its row's
        # height, so a separate marker column could only ever draw the dot.
        body = _Guided(
            Group(*body_parts), last=index == len(result.records) - 1, rtl=rtl, shaper=shaper
        )
        grid.add_row(*((body, date) if rtl else (date, body)))
    return grid


def _timeline_stacked(result: Result, lang: LangChoice, shaper: Shaper) -> Iterable[RenderableType]:
    """Narrow terminals: each date above its event, so no column is squeezed until words
    break in the middle; a dot and a line down the side, as in the wide timeline."""
    codes = langs(lang)
    first = codes[0]
    rtl = first == "ar"
    for index, record in enumerate(result.records):
        parts: list[RenderableType] = [
            shaper.text(_value_text(record.values["date_label"], first), STYLE_LABEL, rtl=rtl),
            *(
                shaper.text(_value_text(record.values["text"], code), rtl=code == "ar")
                for code in codes
            ),
            _evidence_block(record, first, shaper),
        ]
        yield _Guided(Group(*parts), last=index == len(result.records) - 1, rtl=rtl, shaper=shaper)


class _Guided:
    """A block with the timeline's dot on its first row and a line beside the rest."""

    def __init__(self, body: RenderableType, last: bool, rtl: bool, shaper: Shaper) -> None:
        self.body = body
        self.last = last
        # As in the tree: the guide stands on the right only when we shaper Arabic out ourselves.
        self.right = rtl and shaper.mode == "visual"
        # A terminal that reorders gets the rows alone: a guide beside them would be moved.
        self.bare = rtl and shaper.marked

    def __rich_measure__(self, console: Console, options: ConsoleOptions) -> Measurement:
        return Measurement(options.max_width, options.max_width)

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        if self.bare:
            yield from console.render(self.body, options)
            return
        room = max(1, options.max_width - 2)
        rows = console.render_lines(self.body, options.update_width(room), pad=True)
        for n, row in enumerate(rows):
            guide = "●" if n == 0 else (" " if self.last else "│")
            style = console.get_style(STYLE_LABEL if n == 0 else "dim")
            if self.right:
                yield from row
                yield Segment(" ")
                yield Segment(guide, style)
            else:
                yield Segment(guide, style)
                yield Segment(" ")
                yield from row
            yield Segment.line()


def _tree(result: Result, lang: LangChoice, shaper: Shaper) -> Iterable[RenderableType]:
    """Organisations under what they belong to; each with the people and posts it holds."""
    by_id = {r.id: r for r in result.records}
    children: dict[str | None, list[Record]] = {}
    for record in result.records:
        parent = record.values["parent_id"]
        key = parent if isinstance(parent, str) and parent in by_id else None
        children.setdefault(key, []).append(record)
    roots: dict[str, list[Record]] = {}
    for record in children.get(None, []):
        parent_name = record.values["parent"]
        label = _value_text(parent_name, "en") if parent_name else ""
        roots.setdefault(label, []).append(record)
    for code in langs(lang):
        lines: list[tuple[str, str, str]] = []  # (guides, label, style)
        for root_label, records in roots.items():
            if not root_label:
                # Belongs to nothing in the report (Interpol): a heading of its own.
                for record in records:
                    lines.append(("", _value_text(record.values["name"], code), STYLE_TITLE))
                    _contents(record, "", code, children, lines)
                continue
            lines.append(("", _value_text(records[0].values["parent"], code), STYLE_TITLE))
            for i, record in enumerate(records):
                _walk(record, "", i == len(records) - 1, code, children, lines)
        yield _TreeLines(lines, code == "ar", shaper)


def _walk(
    record: Record,
    prefix: str,
    last: bool,
    code: Lang,
    children: dict[str | None, list[Record]],
    lines: list[tuple[str, str, str]],
) -> None:
    branch = "└── " if last else "├── "
    lines.append((prefix + branch, _value_text(record.values["name"], code), STYLE_LABEL))
    _contents(record, prefix + ("    " if last else "│   "), code, children, lines)


def _contents(
    record: Record,
    inner: str,
    code: Lang,
    children: dict[str | None, list[Record]],
    lines: list[tuple[str, str, str]],
) -> None:
    """The posts held in ``record``, then the organisations under it."""
    members = record.values["members"]
    kids = children.get(record.id, [])
    people = (
        [m.get(code) for m in members if isinstance(m, Text)] if isinstance(members, tuple) else []
    )
    for i, person in enumerate(people):
        end = i == len(people) - 1 and not kids
        lines.append((inner + ("└── " if end else "├── "), person, ""))
    for i, kid in enumerate(kids):
        _walk(kid, inner, i == len(kids) - 1, code, children, lines)


_MIRROR = str.maketrans({"├": "┤", "└": "┘", "─": "─", "│": "│"})


class _TreeLines:
    """Tree rows; in Arabic the guides stand on the right and point left."""

    def __init__(self, lines: list[tuple[str, str, str]], rtl: bool, shaper: Shaper) -> None:
        self.lines = lines
        self.rtl = rtl
        self.shaper = shaper

    def __rich_measure__(self, console: Console, options: ConsoleOptions) -> Measurement:
        widest = max((cell_len(g) + cell_len(label) for g, label, _ in self.lines), default=1)
        return Measurement(min(widest, options.max_width), options.max_width)

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        width = options.max_width
        for guides, label, style in self.lines:
            if self.rtl and self.shaper.mode == "marked":
                # The terminal reverses the whole row: the guides, mirrored, in reading order.
                text = self.shaper.text(guides.translate(_MIRROR) + label, style, rtl=True)
                yield from console.render(text, options)
                continue
            if self.rtl and self.shaper.mode == "konsole":
                yield from self._konsole_row(console, options, guides, label, style)
                continue
            mirrored = self.rtl and self.shaper.mode == "visual"
            guide_text = guides[::-1].translate(_MIRROR) if mirrored else guides
            room = max(1, width - len(guide_text))
            text = self.shaper.text(label, style, rtl=self.rtl)
            rows = console.render_lines(text, options.update_width(room), pad=True)
            for n, row in enumerate(rows):
                pad_guides = guide_text if n == 0 else _continuation(guide_text)
                if mirrored:
                    yield from row
                    yield Segment(pad_guides, console.get_style("dim"))
                else:
                    yield Segment(pad_guides, console.get_style("dim"))
                    yield from row
                yield Segment.line()

    def _konsole_row(
        self, console: Console, options: ConsoleOptions, guides: str, label: str, style: str
    ) -> RenderResult:
        """Konsole takes box drawing as left to right (its profile's default "Table characters
        BiDi mode override"): the guides go after each row as they are to be shown, and Konsole
        leaves them there, ending where the other rows end."""
        guide_text = guides[::-1].translate(_MIRROR)
        room = max(MARKED_CELLS, options.max_width - len(guide_text))
        text = self.shaper.text(label, style, rtl=True)
        rows = console.render_lines(text, options.update_width(room), pad=False)
        dim = console.get_style("dim")
        for n, row in enumerate(rows):
            yield from row
            yield Segment(guide_text if n == 0 else _continuation(guide_text), dim)
            yield Segment.line()


def _continuation(guides: str) -> str:
    return (
        guides.replace("├", "│")
        .replace("┤", "│")
        .replace("└", " ")
        .replace("┘", " ")
        .replace("─", " ")
    )


def _article(
    result: Result, lang: LangChoice, shaper: Shaper, width: int
) -> Iterable[RenderableType]:
    """The title, then numbered paragraphs; the stretches facts quote are highlighted."""
    codes = langs(lang)
    side_by_side = lang == "both" and width >= 100
    grid = Table.grid(padding=(0, 1), expand=True)
    grid.add_column(ratio=1)
    grid.add_column(ratio=1)
    parts: list[RenderableType] = []
    for record in result.records:
        number = record.values["number"]
        assert isinstance(number, int)
        text = record.values["text"]
        assert isinstance(text, Text)
        highlights = [(s, e, STYLE_HIGHLIGHT) for s, e in _span_values(record, "quoted")]
        style = STYLE_TITLE if number == 0 else ""
        if shaper.marked:
            # The number column would be moved by the terminal: the number starts the text.
            head = f"{number} " if number else ""
            marked = [(a + len(head), b + len(head), name) for a, b, name in highlights]
            arabic: RenderableType = shaper.text(head + text.ar, style, rtl=True, highlights=marked)
        else:
            arabic = _numbered(
                shaper.text(text.ar, style, rtl=True, highlights=highlights), number, True
            )
        cells: dict[Lang, RenderableType] = {
            "ar": arabic,
            "en": _numbered(shaper.text(text.en, style, rtl=False), number, False),
        }
        if side_by_side:
            grid.add_row(cells["en"], cells["ar"])
            grid.add_row("", "")
        else:
            parts.extend(cells[code] for code in codes)
            parts.append("")
    # One paragraph under the other needs no grid: each places its own rows.
    yield grid if side_by_side else Group(*parts)


def _numbered(body: ArabicText, number: int, rtl: bool) -> _Numbered:
    return _Numbered(body, "" if number == 0 else str(number), rtl)


class _Numbered:
    """A paragraph with its number in a 3-cell column beside it (on the right in Arabic).

    Rows are placed directly: a rich grid per paragraph measured every paragraph twice and
    cost the article view a third of its rendering time."""

    __slots__ = ("body", "label", "rtl")

    def __init__(self, body: ArabicText, label: str, rtl: bool) -> None:
        self.body = body
        self.label = label
        self.rtl = rtl

    def __rich_measure__(self, console: Console, options: ConsoleOptions) -> Measurement:
        return Measurement(options.max_width, options.max_width)

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        room = max(1, options.max_width - 4)
        dim = console.get_style("dim")
        blank = " " * 3
        rows = console.render_lines(self.body, options.update_width(room), pad=True)
        for n, row in enumerate(rows):
            label = self.label if n == 0 else ""
            if self.rtl:
                yield from row
                yield Segment(" ")
                yield Segment(label.ljust(3), dim) if label else Segment(blank)
            else:
                yield Segment(label.rjust(3), dim) if label else Segment(blank)
                yield Segment(" ")
                yield from row
            yield Segment.line()


# --- ask and search --------------------------------------------------------------------------


def _span_values(record: Record, key: str) -> list[Span]:
    """A spans column's (start, end) pairs."""
    return spans(record.values[key])


def _answers(result: Result, lang: LangChoice, shaper: Shaper) -> Iterable[RenderableType]:
    """Each answer first, in bold; then the fact; then the quotes, the asked-about words
    highlighted where the article says them."""
    first = langs(lang)[0]
    for record in result.records:
        for code in langs(lang):
            rtl = code == "ar"
            answer = _value_text(record.values["answer"], code)
            text = _value_text(record.values["text"], code)
            yield shaper.text(answer, STYLE_TITLE, rtl=rtl)
            if text != answer:  # a fact with no short answer is its own answer
                yield shaper.text(text, rtl=rtl)
        yield _evidence_block(record, first, shaper, _span_values(record, "spans"))
        yield _Rule()


def _hits(result: Result, lang: LangChoice, shaper: Shaper) -> Iterable[RenderableType]:
    """Each hit: where it is, then its text in the ORIGINAL spelling, the matches highlighted."""
    first = langs(lang)[0]
    for record in result.records:
        where = _value_text(record.values["where"], first)
        yield shaper.text(where, STYLE_LABEL, rtl=first == "ar")
        text = record.values["text"]
        for code in langs(lang):
            marks = [(s, e, STYLE_HIGHLIGHT) for s, e in _span_values(record, f"spans_{code}")]
            body = text.get(code) if isinstance(text, Text) else _value_text(text, code)
            yield shaper.text(body, rtl=code == "ar", highlights=marks)
        yield _Rule()
