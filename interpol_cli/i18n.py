"""The language of help and messages, and the Arabic catalogue they are translated with.

The language is chosen once per run (``choose``): ``--lang`` or ``INTERPOL_CLI_LANG`` when they
say ``ar`` or ``en`` (the reader asked for that language), else the locale's message language as
GNU gettext reads it: ``LC_ALL``, else ``LC_MESSAGES``, else ``LANG``; when that locale is not
``C``/``POSIX``, ``LANGUAGE`` (a priority list such as ``fr:ar:en``) comes first. English is the
source language and needs no catalogue; Arabic reads ``locale/ar/LC_MESSAGES/interpol-cli.mo``
(compiled from the ``.po`` beside it by ``scripts/msgfmt.py``) with the standard ``gettext``.

Click, as vendored by Typer, has no ``gettext`` calls left: its messages are English f-strings.
``translate`` turns such a finished message back into its template (``MESSAGE_TEMPLATES``, each one
a msgid of the catalogue) and formats the Arabic template with the same values.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from gettext import NullTranslations

Language = Literal["ar", "en"]

DOMAIN = "interpol-cli"
LTR_START = "\u2066"  # LEFT-TO-RIGHT ISOLATE: an option name stays one left-to-right run ...
LTR_END = "\u2069"  # ... POP DIRECTIONAL ISOLATE (visual layout only; never printed)

# The finished messages this program and Click print, as templates; each is a msgid of the
# catalogue. A value in braces is whatever was put there (itself translated when it is one of
# these templates).
MESSAGE_TEMPLATES: tuple[str, ...] = (
    "interpol-cli: {message}",
    "internal error ({details}); please report it. Set INTERPOL_CLI_DEBUG=1 to see the details.",
    "argument {position} is not valid UTF-8 text.",
    "cannot read {name}: {reason}.",
    "cannot write the output: {reason}.",
    "{source} '{value}' is not accepted; use one of: {choices}.",
    "the article {name} is not installed next to the package",
    "the article {name} is not valid UTF-8 ({reason})",
    "cannot read the article {name}: {reason}",
    "the name is empty; give some words, e.g. {example}.",
    "the search query is empty; give some words, e.g. {example}.",
    "the question is empty; give some words, e.g. {example}.",
    "the name holds no searchable words, only control characters ('{value}'); give some "
    "words, e.g. {example}.",
    "the search query holds no searchable words, only control characters ('{value}'); give "
    "some words, e.g. {example}.",
    "the question holds no searchable words, only control characters ('{value}'); give some "
    "words, e.g. {example}.",
    "the name is {count} characters long; the limit is {limit}.",
    "the search query is {count} characters long; the limit is {limit}.",
    "the question is {count} characters long; the limit is {limit}.",
    "the output encoding {encoding} cannot hold this text (Arabic, or the letter shapes drawn "
    "for a terminal); set PYTHONIOENCODING=utf-8 (or PYTHONUTF8=1), or use --format plain or "
    "json, which are always UTF-8.",
    "Invalid value for {hint}: {message}",
    "Invalid value: {message}",
    "{value} is not one of {choices}.",
    "{value} is not a valid integer.",
    "{value} is not a valid int range.",
    "{value} is not a valid {type}.",
    "{value} is not in the range {range}.",
    "File {name} does not exist.",
    "File {name} is a directory.",
    "Directory {name} does not exist.",
    "Path {name} does not exist.",
    "File {name} is not readable.",
    "No such option: {name}",
    "{message} (Possible options: {options})",
    "No such command {name}.",
    "No such command {name}. Did you mean {suggestions}?",
    "Missing argument {name}.",
    "Missing option {name}.",
    "Missing parameter: {name}",
    "Missing command.",
    "Option {name} requires an argument.",
    "Option {name} requires {count} arguments.",
    "Option {name} does not take a value.",
    "Got unexpected extra argument ({args})",
    "Got unexpected extra arguments ({args})",
    "Got unexpected extra argument(s) ({args})",
    "Try '{command} --help' for help.",
)

_translations: NullTranslations | None = None
# When a dict, every msgid looked up is added, with whether it needs a translation (the
# catalogue check: scripts/catalogue.py).
seen: dict[str, bool] | None = None
_language: Language = "en"
_patterns: list[tuple[re.Pattern[str], str]] | None = None


def choose(argv: Sequence[str], environ: Mapping[str, str]) -> Language:
    """The language of this run's help and messages (see the module's docstring)."""
    for value in (_option_value(argv, ("--lang", "-l")), environ.get("INTERPOL_CLI_LANG")):
        chosen = (value or "").strip().lower()
        if chosen in ("ar", "en"):
            return chosen  # type: ignore[return-value]
        if chosen:  # "both", or a bad value (refused later, by the command): the locale decides
            break
    return locale_language(environ)


def locale_language(environ: Mapping[str, str]) -> Language:
    """The message language GNU gettext would pick: Arabic when it comes before English."""
    locale = next(
        (environ[name] for name in ("LC_ALL", "LC_MESSAGES", "LANG") if environ.get(name)), "C"
    )
    if locale in ("C", "POSIX"):  # gettext ignores LANGUAGE here: untranslated messages
        return "en"
    for name in [*environ.get("LANGUAGE", "").split(":"), locale]:
        code = _language_code(name)
        if code in ("ar", "en"):
            return code  # type: ignore[return-value]
    return "en"


def _language_code(name: str) -> str:
    # ar_MA.UTF-8@euro -> ar; "C.UTF-8" -> c
    return re.split(r"[_.@-]", name.strip(), maxsplit=1)[0].lower()


def _option_value(argv: Sequence[str], names: tuple[str, ...]) -> str | None:
    """The value given to an option such as ``--lang`` anywhere before ``--`` (the help option is
    eager, so help is printed before Click parses ``--lang``)."""
    found: str | None = None
    args = list(argv)
    for i, arg in enumerate(args):
        if arg == "--":
            break
        for name in names:
            if arg == name and i + 1 < len(args):
                found = args[i + 1]
            elif name.startswith("--") and arg.startswith(name + "="):
                found = arg[len(name) + 1 :]
            elif not name.startswith("--") and arg.startswith(name) and len(arg) > len(name):
                found = arg[len(name) :]
    return found


def use(language: Language) -> None:
    """Make ``language`` the one ``gettext`` answers in, for the rest of the run."""
    global _translations, _language, _patterns
    _language = language
    _patterns = None
    if language == "en":
        _translations = None
        return
    from gettext import translation
    from pathlib import Path

    _translations = translation(
        DOMAIN, Path(__file__).with_name("locale"), languages=[language], fallback=True
    )


def language() -> Language:
    return _language


def gettext(message: str) -> str:
    """``message`` in this run's language (itself when English, or when it has no entry)."""
    if seen is not None:
        seen[message] = True
    if _translations is None:
        return message
    return _translations.gettext(message)


def example(line: str) -> str:
    """An example command line: translated where the catalogue has it (a question asked in
    Arabic), else as it is; commands need no translation, so none is required."""
    if seen is not None:
        seen.setdefault(line, False)
    return line if _translations is None else _translations.gettext(line)


def translate(message: str) -> str:
    """A finished English message, in this run's language: whole, or template by template."""
    if _translations is None or not message:
        return message
    if "\n" in message:
        return "\n".join(translate(line) for line in message.split("\n"))
    whole = _translations.gettext(message)
    if whole != message:
        return whole
    for pattern, template in _compiled():
        match = pattern.fullmatch(message)
        if match:
            values = {k: _translated_value(v) for k, v in match.groupdict().items()}
            return _translations.gettext(template).format(**values)
    return message


def _translated_value(value: str) -> str:
    # A quoted placeholder Click names an argument by ('QUESTION') reads as the help names it.
    if len(value) > 2 and value[0] == value[-1] == "'" and value[1:-1].isupper():
        return f"'{gettext(value[1:-1])}'"
    return translate(value)


def _compiled() -> list[tuple[re.Pattern[str], str]]:
    global _patterns
    if _patterns is None:
        _patterns = []
        for template in MESSAGE_TEMPLATES:
            parts = re.split(r"\{(\w+)\}", template)
            regex = "".join(
                re.escape(part) if i % 2 == 0 else f"(?P<{part}>.+?)"
                for i, part in enumerate(parts)
            )
            _patterns.append((re.compile(regex), template))
    return _patterns


def isolate_code(text: str) -> str:
    """``text`` with each left-to-right run (option names, commands, variables, values) wrapped
    in an isolate, so that ``--format`` does not read ``format--`` inside a right-to-left row."""
    return _CODE_RUN.sub(_isolated, text)


def _isolated(match: re.Match[str]) -> str:
    run = match.group(0)
    # A bracket not closed within the run belongs to the Arabic around it: it stays outside,
    # where the right-to-left row mirrors it with its partner.
    unmatched: set[int] = set()
    opened: list[int] = []
    for i, ch in enumerate(run):
        if ch in "([":
            opened.append(i)
        elif ch in ")]":
            if opened:
                opened.pop()
            else:
                unmatched.add(i)
    unmatched.update(opened)
    out: list[str] = []
    piece = ""
    for i, ch in enumerate(run):
        if i in unmatched:
            out.append(_wrap(piece) + ch)
            piece = ""
        else:
            piece += ch
    out.append(_wrap(piece))
    return "".join(out)


def _wrap(piece: str) -> str:
    core = piece.strip(" ")
    if not core:
        return piece
    start = piece.index(core)
    return piece[:start] + LTR_START + core + LTR_END + piece[start + len(core) :]


# A run of ASCII words (option names, commands, quoted values) and the ASCII between them
# ("'--format' / '-f'", "| head"), ending before trailing punctuation, which belongs to the
# Arabic sentence around it.
_WORD = r"[\x21-\x7e]*[A-Za-z0-9][\x21-\x7e]*"
_CODE_RUN = re.compile(
    r"(?:(?<!\S)(?:[\x21-\x7e]+ +)+?|(?<![\x21-\x7e]))"
    rf"{_WORD}(?:(?: +[\x21-\x7e]+)*? +{_WORD})*(?<![.,;:!?])"
)
