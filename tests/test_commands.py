"""Every command in every format, in-process (CliRunner) and as a real process; exit codes."""

from __future__ import annotations

import csv
import io
import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from interpol_cli.article import load_article
from interpol_cli.cli import app
from tests.helpers import ROOT, SEED, cli_env, run_cli

TEXT = load_article().text
COMMANDS = [
    ["summary"],
    ["who"],
    ["who", "--tree"],
    ["when"],
    ["where"],
    ["numbers"],
    ["facts"],
    ["article"],
    ["verify"],
    ["ask", "When was Interpol founded?"],
    ["ask", "من هو الأمين العام الجديد؟"],
    ["search", "انتربول"],
]
FORMATS = ["table", "plain", "json", "jsonl", "csv", "tsv"]
PRESENTATION_FORMS = re.compile("[\ufb50-\ufdff\ufe70-\ufeff]")
ANSI = re.compile("\x1b\\[")
runner = CliRunner()


def _check_machine_output(out: str, fmt: str) -> None:
    assert not PRESENTATION_FORMS.search(out), "machine output must be logical, unshaped text"
    assert not ANSI.search(out), "machine output must carry no escape codes"
    if fmt == "json":
        records = json.loads(out)
        assert isinstance(records, list) and records
        for record in records:
            assert isinstance(record["id"], str) and record["id"]
            assert record["status"] in ("stated", "inferred")
            for ev in record["evidence"]:
                assert set(ev) == {"paragraph", "start", "end", "quote"}
                assert TEXT[ev["start"] : ev["end"]] == ev["quote"]
    elif fmt == "jsonl":
        lines = out.splitlines()
        assert lines and all(json.loads(line)["id"] for line in lines)
    elif fmt in ("csv", "tsv"):
        rows = list(csv.reader(io.StringIO(out), delimiter="," if fmt == "csv" else "\t"))
        assert rows[0][0] == "id" and len(rows) > 1
        assert all(len(row) == len(rows[0]) for row in rows), "every row has every column"


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("command", COMMANDS, ids=" ".join)
def test_every_command_in_every_format_in_process(command: list[str], fmt: str) -> None:
    result = runner.invoke(app, [*command, "--format", fmt], env=cli_env())
    assert result.exit_code == 0, result.output
    assert result.stdout.strip()
    if fmt != "table":
        _check_machine_output(result.stdout, fmt)


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("command", COMMANDS, ids=" ".join)
def test_every_command_in_every_format_as_a_process(command: list[str], fmt: str) -> None:
    proc = run_cli([*command, "-f", fmt])
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr == b""
    out = proc.stdout.decode("utf-8")
    if fmt == "table":
        # Into a pipe even a table is logical text without escape codes.
        assert not PRESENTATION_FORMS.search(out) and not ANSI.search(out)
    else:
        _check_machine_output(out, fmt)


def test_default_format_when_piped_is_plain_one_line_per_record() -> None:
    out = run_cli(["who"]).stdout.decode()
    records = json.loads(run_cli(["who", "-f", "json"]).stdout)
    assert len(out.splitlines()) == len(records)
    assert "محمد الدخيسي — نائب رئيس الإنتربول عن أفريقيا" in out


def test_who_when_where_numbers_hold_the_facts() -> None:
    who = json.loads(run_cli(["who", "-f", "json", "--lang", "en"]).stdout)
    posts = {(r["person"]["en"], r["post"]["en"]) for r in who}
    assert ("Mohammed Dkhissi", "Interpol Vice-President for Africa") in posts
    assert ("Valdecy Urquiza", "Interpol's next Secretary General") in posts
    assert ("Abdellatif Hammouchi", "Director General of National Security") in posts
    assert any(p == "Jürgen Stock" for p, _ in posts)
    assert all("ar" not in r["person"] for r in who), "--lang en gives English only"

    when = json.loads(run_cli(["when", "-f", "json"]).stdout)
    dates = {r["id"]: (r["date"], r["date_end"], r["precision"], r["status"]) for r in when}
    assert dates["general_assembly_dates"] == ("2024-11-04", "2024-11-07", "day", "stated")
    assert dates["election_day"] == ("2024-11-07", None, "day", "inferred")
    assert dates["mena_meeting_when"] == ("2024-09", None, "month", "inferred")
    assert dates["interpol_founded"] == ("1923", None, "year", "stated")
    assert [r["date"] for r in when] == sorted(r["date"] for r in when), "oldest first"

    where = json.loads(run_cli(["where", "-f", "json", "-l", "both"]).stdout)
    places = {r["place"]["en"] for r in where}
    assert {"Glasgow", "Lyon", "Rabat"} <= places
    assert all(set(r["place"]) == {"ar", "en"} for r in where)

    numbers = json.loads(run_cli(["numbers", "-f", "json"]).stdout)
    assert {96, 92, 10, 8, 1923, 196} <= {r["number"] for r in numbers}


def test_lang_defaults_from_the_environment_variable() -> None:
    out = run_cli(["who", "-f", "plain"], {"INTERPOL_CLI_LANG": "en"}).stdout.decode()
    assert "Mohammed Dkhissi" in out and "محمد" not in out
    flag_wins = run_cli(["who", "-f", "plain", "-l", "ar"], {"INTERPOL_CLI_LANG": "en"})
    assert "محمد الدخيسي" in flag_wins.stdout.decode()


def test_facts_filters_by_entity_in_either_language_and_by_kind() -> None:
    en = json.loads(run_cli(["facts", "--about", "Hammouchi", "-f", "json"]).stdout)
    ar = json.loads(run_cli(["facts", "--about", "حموشي", "-f", "json"]).stdout)
    assert en == ar and len(en) >= 4
    assert all("hammouchi" in r["about"] for r in en)
    dates = json.loads(run_cli(["facts", "--kind", "date", "-f", "json"]).stdout)
    assert dates and all(r["kind"] == "date" for r in dates)


def test_nothing_found_exits_1_with_a_message_on_stderr() -> None:
    proc = run_cli(["facts", "--about", "Napoleon", "-f", "json"])
    assert proc.returncode == 1
    assert json.loads(proc.stdout) == []
    assert b"Nothing" in proc.stderr or "لا شيء".encode() in proc.stderr


def test_article_plain_is_the_seed_exactly() -> None:
    assert run_cli(["article", "-f", "plain"]).stdout == SEED.read_bytes()


def test_article_in_english_and_both() -> None:
    en = run_cli(["article", "-f", "plain", "-l", "en"]).stdout.decode()
    assert "Glasgow" in en and "Dkhissi" in en and len(en.split("\n")) == 20
    both = run_cli(["article", "-f", "json", "-l", "both"]).stdout
    assert all(set(r["text"]) == {"ar", "en"} for r in json.loads(both))


def test_verify_passes_on_the_seed_and_fails_with_3_on_a_tampered_copy(tmp_path: Path) -> None:
    ok = run_cli(["verify", "-f", "json"])
    assert ok.returncode == 0
    checks = {r["id"]: r["ok"] for r in json.loads(ok.stdout)}
    assert checks == {"seed_checksum": True, "evidence": True}

    tampered = tmp_path / "article.txt"
    tampered.write_bytes(SEED.read_bytes().replace(b"96", b"69", 1))
    bad = run_cli(["verify", "--article", str(tampered), "-f", "json"])
    assert bad.returncode == 3
    failed = [r for r in json.loads(bad.stdout) if not r["ok"]]
    assert {r["id"] for r in failed} >= {"seed_checksum", "evidence"}
    assert any("96" in r["evidence"][0]["quote"] for r in failed if r["evidence"])

    missing = run_cli(["verify", "--article", str(tmp_path / "nope.txt")])
    assert missing.returncode == 2 and b"Traceback" not in missing.stderr
    assert b"does not exist" in missing.stderr
    binary = tmp_path / "binary.txt"
    binary.write_bytes(b"\xff\xfe not text")
    unreadable = run_cli(["verify", "--article", str(binary), "-f", "json"])
    assert unreadable.returncode == 3
    assert json.loads(unreadable.stdout)[0]["id"] == "article_readable"


def test_verify_of_the_installed_copy_catches_tampering(tmp_path: Path) -> None:
    # A copy of the package whose seed was edited: the real `verify` must exit 3.
    pkg = tmp_path / "interpol_cli"
    shutil.copytree(ROOT / "interpol_cli", pkg, ignore=shutil.ignore_patterns("__pycache__"))
    (pkg / "seeds").mkdir(exist_ok=True)
    (pkg / "seeds" / SEED.name).write_bytes(SEED.read_bytes().replace(b"1923", b"1932"))
    proc = subprocess.run(
        [sys.executable, "-m", "interpol_cli", "verify", "-f", "plain"],
        capture_output=True,
        cwd=tmp_path,
        env=cli_env({"PYTHONPATH": str(tmp_path)}),
        check=False,
    )
    assert proc.returncode == 3, proc.stderr
    assert "FAILED" in proc.stdout.decode() or "لا" in proc.stdout.decode()


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        (["who", "--format", "yaml"], "yaml"),
        (["who", "--lang", "fr"], "fr"),
        (["frobnicate"], "frobnicate"),
        (["facts", "--kind", "weather"], "weather"),
    ],
)
def test_usage_errors_exit_2_with_one_sentence(args: list[str], needle: str) -> None:
    proc = run_cli(args)
    assert proc.returncode == 2
    err = proc.stderr.decode()
    assert needle in err and "Traceback" not in err
    assert err.startswith("interpol-cli: ")


def test_bad_environment_values_exit_2() -> None:
    proc = run_cli(["who"], {"INTERPOL_CLI_LANG": "fr"})
    assert proc.returncode == 2
    assert "INTERPOL_CLI_LANG 'fr'" in proc.stderr.decode()
    assert "ar, en, both" in proc.stderr.decode()


def test_python_dash_m_and_version() -> None:
    proc = run_cli(["--version"])
    assert proc.returncode == 0 and proc.stdout.decode().startswith("interpol-cli ")


def test_works_from_any_folder(tmp_path: Path) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "interpol_cli", "verify"],
        capture_output=True,
        cwd=tmp_path,
        env=cli_env(),
        check=False,
    )
    assert proc.returncode == 0, proc.stderr


def test_a_users_reshaper_config_file_changes_nothing(tmp_path: Path) -> None:
    # arabic-reshaper reads this variable even on import; a bad path used to be exit 70.
    table = ["who", "-f", "table", "--bidi", "visual"]
    expected = run_cli(table).stdout
    for value in (str(tmp_path / "missing.ini"), str(SEED)):
        proc = run_cli(table, {"PYTHON_ARABIC_RESHAPER_CONFIGURATION_FILE": value})
        assert proc.returncode == 0, proc.stderr
        assert proc.stdout == expected


def test_an_answer_that_is_the_whole_fact_is_said_once() -> None:
    out = run_cli(["ask", "لماذا ترشح المغرب؟", "-f", "plain"]).stdout.decode()
    first = out.splitlines()[0]
    parts = first.split(" — ")
    assert len(parts) == len(set(parts)), first


@pytest.mark.parametrize("command", ["ask", "search"])
def test_an_empty_language_variable_keeps_the_questions_language(command: str) -> None:
    query = "Who is the new Secretary General?" if command == "ask" else "Glasgow"
    out = run_cli([command, query, "-f", "plain"], {"INTERPOL_CLI_LANG": ""}).stdout.decode()
    assert out and not any("\u0621" <= ch <= "\u064a" for ch in out.split("«")[0])


def test_the_cli_offers_exactly_the_knowledges_fact_kinds() -> None:
    # cli.KindOption is spelled out so --help and completion do not load the knowledge.
    from interpol_cli.cli import KindOption
    from interpol_cli.model import FactKind

    assert [k.value for k in KindOption] == [k.value for k in FactKind]
