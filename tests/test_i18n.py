"""The catalogues and the choice of language: every string the program can say has an Arabic
translation, the committed ``.mo`` is what GNU ``msgfmt`` makes of the ``.po``, the language
is chosen the way gettext reads the locale, and Click's finished messages translate whole."""

from __future__ import annotations

import gettext
import subprocess
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest

from interpol_cli import i18n
from tests.helpers import ROOT, load_script, require_tool

PO = ROOT / "interpol_cli" / "locale" / "ar" / "LC_MESSAGES" / "interpol-cli.po"
MO = PO.with_suffix(".mo")


def _script(name: str) -> ModuleType:
    return load_script(name)


CATALOGUE = _script("catalogue")


@pytest.fixture
def arabic() -> Iterator[None]:
    i18n.use("ar")
    try:
        yield
    finally:
        i18n.use("en")


def test_every_string_has_a_translation_and_the_catalogues_are_fresh() -> None:
    assert CATALOGUE.problems(CATALOGUE.msgids()) == []


def test_a_new_string_without_translation_is_caught(monkeypatch: pytest.MonkeyPatch) -> None:
    ids = CATALOGUE.msgids()
    assert "Options" in ids and "Exit codes" in ids and "Usage: " in ids
    ids["A sentence nobody translated."] = True
    assert "ar: no translation of 'A sentence nobody translated.'" in CATALOGUE.problems(ids)


def test_the_help_texts_of_every_command_are_in_the_catalogue() -> None:
    ids = CATALOGUE.msgids()
    for text in (
        "The people in the report and the posts it gives them.",
        "Show who belongs to what, as a tree of organisations.",
        "A question about the report, in Arabic or English; - (or none, with a pipe on stdin) "
        "reads one question a line from stdin.",
        "ran fine, nothing matched",
        "Invalid value for {hint}: {message}",
    ):
        assert ids.get(text), text


def test_the_compiled_catalogue_is_what_msgfmt_makes(tmp_path: Path) -> None:
    msgfmt = require_tool("msgfmt")
    out = tmp_path / "gnu.mo"
    proc = subprocess.run(
        [msgfmt, "--check", "-o", str(out), str(PO)], capture_output=True, text=True, check=False
    )
    assert proc.returncode == 0, proc.stderr
    with out.open("rb") as gnu, MO.open("rb") as ours:
        assert gettext.GNUTranslations(ours)._catalog == gettext.GNUTranslations(gnu)._catalog  # type: ignore[attr-defined]


def test_the_article_s_own_words_are_used() -> None:
    po = PO.read_text(encoding="utf-8")
    for term in ("الإنتربول", "نائبًا لرئيس الإنتربول", "الخبر", "الأمين العام"):
        assert term in po, term


@pytest.mark.parametrize(
    ("environ", "argv", "wanted"),
    [
        ({}, [], "en"),  # no locale is the C locale
        ({"LANG": "ar_MA.UTF-8"}, [], "ar"),
        ({"LANG": "ar"}, [], "ar"),
        ({"LANG": "fr_FR.UTF-8"}, [], "en"),
        ({"LANG": "fr_FR.UTF-8", "LANGUAGE": "fr:ar"}, [], "ar"),
        ({"LANG": "ar_MA.UTF-8", "LANGUAGE": "en_GB:ar"}, [], "en"),
        ({"LANG": "C", "LANGUAGE": "ar"}, [], "en"),
        ({"LC_ALL": "POSIX", "LANGUAGE": "ar"}, [], "en"),
        ({"LC_ALL": "C.UTF-8", "LANGUAGE": "ar"}, [], "ar"),
        ({"LC_ALL": "en_US.UTF-8", "LANG": "ar_MA.UTF-8"}, [], "en"),
        ({"LC_MESSAGES": "ar_TN.UTF-8", "LANG": "en_US.UTF-8"}, [], "ar"),
        ({"LANG": "en_US.UTF-8", "INTERPOL_CLI_LANG": "AR"}, [], "ar"),
        ({"LANG": "ar_MA.UTF-8", "INTERPOL_CLI_LANG": "both"}, [], "ar"),
        ({"LANG": "ar_MA.UTF-8", "INTERPOL_CLI_LANG": "xx"}, [], "ar"),
        ({"LANG": "en_US.UTF-8"}, ["who", "--lang", "ar"], "ar"),
        ({"LANG": "en_US.UTF-8"}, ["who", "--lang=ar"], "ar"),
        ({"LANG": "en_US.UTF-8"}, ["who", "-lar"], "ar"),
        ({"INTERPOL_CLI_LANG": "ar"}, ["who", "-l", "en"], "en"),
        ({"LANG": "en_US.UTF-8"}, ["ask", "--", "--lang", "ar"], "en"),
    ],
)
def test_the_language_is_chosen_as_gettext_reads_the_locale(
    environ: dict[str, str], argv: list[str], wanted: str
) -> None:
    assert i18n.choose(argv, environ) == wanted


@pytest.mark.usefixtures("arabic")
@pytest.mark.parametrize(
    ("english", "arabic_text"),
    [
        (
            "interpol-cli: Invalid value for '--format' / '-f': 'yaml' is not one of 'table', "
            "'plain'.",
            "interpol-cli: قيمة غير صالحة لـ '--format' / '-f': 'yaml' ليست من القيم المقبولة: "
            "'table', 'plain'.",
        ),
        ("No such option: --frmat", "لا يوجد خيار باسم --frmat"),
        (
            "No such command 'wha'. Did you mean 'who'?",
            "لا يوجد أمر باسم 'wha'. هل تقصد 'who'؟",
        ),
        ("Missing argument 'QUESTION'.", "الوسيط 'السؤال' ناقص."),
        (
            "Missing argument 'QUESTION'.\nTry 'interpol-cli ask --help' for help.",
            "الوسيط 'السؤال' ناقص.\nللمساعدة جرّب 'interpol-cli ask --help'.",
        ),
        ("Something Click never said.", "Something Click never said."),
    ],
)
def test_finished_messages_translate_template_by_template(english: str, arabic_text: str) -> None:
    assert i18n.translate(english) == arabic_text


def test_english_messages_are_left_alone() -> None:
    i18n.use("en")
    assert i18n.translate("No such option: --frmat") == "No such option: --frmat"


@pytest.mark.parametrize(
    ("text", "isolated"),
    [
        ("الخيار --format هنا", "الخيار \u2066--format\u2069 هنا"),
        (
            "الافتراضي: $INTERPOL_CLI_LANG، وإلا ar.",
            "الافتراضي: \u2066$INTERPOL_CLI_LANG\u2069، وإلا \u2066ar\u2069.",
        ),
        ("(مثل interpol-cli who)", "(مثل \u2066interpol-cli who\u2069)"),
        ("مثل | head)", "مثل \u2066| head\u2069)"),
        ("خطأ (Ctrl-C)", "خطأ \u2066(Ctrl-C)\u2069"),
        ("لـ '--format' / '-f': 'yaml' ليست", "لـ \u2066'--format' / '-f': 'yaml'\u2069 ليست"),
    ],
)
def test_left_to_right_runs_are_isolated(text: str, isolated: str) -> None:
    assert i18n.isolate_code(text) == isolated
