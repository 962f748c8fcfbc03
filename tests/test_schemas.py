"""The JSON contract: every command's real ``--format json`` output matches its shipped schema.

The schemas live in ``interpol_cli/schemas/`` (inside the package, so the wheel carries them) and
are strict: unknown keys and missing keys are errors, so a change to the output that scripts
would notice has to change the schema too.
"""

from __future__ import annotations

import copy
import json
import re
from pathlib import Path
from typing import Any

import jsonschema  # type: ignore[import-untyped]
import pytest

from tests.helpers import ROOT, SEED, load_script, run_cli

SCHEMAS = ROOT / "interpol_cli" / "schemas"

# schema file name -> the command line that produces it
COMMANDS: dict[str, list[str]] = {
    "summary": ["summary"],
    "who": ["who"],
    "who-tree": ["who", "--tree"],
    "when": ["when"],
    "where": ["where"],
    "numbers": ["numbers"],
    "facts": ["facts"],
    "article": ["article"],
    "verify": ["verify"],
    "ask": ["ask", "Who is the new Secretary General?"],
    "search": ["search", "انتربول"],
}


def _cli_commands() -> set[str]:
    from typer.main import get_command

    from interpol_cli.cli import app

    return set(get_command(app).commands)  # type: ignore[attr-defined]


# ask and search are checked as soon as the CLI has them.
AVAILABLE = sorted(n for n, args in COMMANDS.items() if args[0] in _cli_commands())


def load_schema(name: str) -> dict[str, Any]:
    schema: dict[str, Any] = json.loads((SCHEMAS / f"{name}.json").read_text(encoding="utf-8"))
    return schema


def validator(name: str) -> jsonschema.Draft202012Validator:
    schema = load_schema(name)
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


def output(args: list[str]) -> Any:
    proc = run_cli([*args, "--format", "json"])
    assert proc.returncode == 0, proc.stderr.decode()
    return json.loads(proc.stdout)


def test_every_command_has_a_schema() -> None:
    names = _cli_commands()
    missing = {n for n in names if not (SCHEMAS / f"{n}.json").is_file()}
    assert not missing, f"commands without a JSON Schema in interpol_cli/schemas/: {missing}"
    assert (SCHEMAS / "who-tree.json").is_file()


@pytest.mark.parametrize("name", AVAILABLE)
@pytest.mark.parametrize("lang", ["ar", "en", "both"])
def test_real_output_matches_schema(name: str, lang: str) -> None:
    data = output([*COMMANDS[name], "--lang", lang])
    assert data, "the command printed no records"
    errors = sorted(validator(name).iter_errors(data), key=lambda e: list(e.path))
    assert not errors, "\n".join(f"{list(e.path)}: {e.message}" for e in errors[:5])
    # Language objects carry exactly the languages asked for.
    wanted = {"ar", "en"} if lang == "both" else {lang}
    for record in data:
        for value in record.values():
            if isinstance(value, dict):
                assert set(value) == wanted


@pytest.mark.parametrize("name", ["who", "when", "facts"])
def test_jsonl_lines_match_the_record_schema(name: str) -> None:
    proc = run_cli([*COMMANDS[name], "--format", "jsonl", "--lang", "both"])
    assert proc.returncode == 0
    lines = proc.stdout.decode("utf-8").splitlines()
    assert len(lines) == len(output([*COMMANDS[name], "--lang", "both"]))
    check = validator(name)
    for line in lines:
        check.validate([json.loads(line)])


def test_evidence_quotes_are_the_article_at_their_offsets() -> None:
    text = SEED.read_bytes().decode("utf-8")
    for name in AVAILABLE:
        for record in output(COMMANDS[name]):
            for ev in record["evidence"]:
                assert text[ev["start"] : ev["end"]] == ev["quote"], (name, record["id"])


def test_a_failed_verification_still_matches_the_schema(tmp_path: Path) -> None:
    tampered = tmp_path / "copy.txt"
    tampered.write_bytes(SEED.read_bytes().replace("غلاسكو".encode(), "لندن".encode(), 1))
    proc = run_cli(["verify", "--article", str(tampered), "--format", "json"])
    assert proc.returncode == 3
    data = json.loads(proc.stdout)
    validator("verify").validate(data)
    assert any(r["ok"] is False for r in data)


def test_schemas_are_strict() -> None:
    """A record with an unknown key, a missing key or a malformed quote is rejected."""
    good = output(["who", "--lang", "both"])
    check = validator("who")
    check.validate(good)
    extra = copy.deepcopy(good)
    extra[0]["surprise"] = 1
    missing = copy.deepcopy(good)
    del missing[0]["post"]
    bad_evidence = copy.deepcopy(good)
    bad_evidence[0]["evidence"][0]["page"] = 3
    bad_text = copy.deepcopy(good)
    bad_text[0]["person"]["fr"] = "x"
    no_status = copy.deepcopy(good)
    no_status[0]["status"] = "rumoured"
    for broken in (extra, missing, bad_evidence, bad_text, no_status):
        assert not check.is_valid(broken)


def test_schema_files_are_what_make_schemas_writes() -> None:
    module = load_script("make_schemas")
    for name, text in module.rendered().items():
        assert (SCHEMAS / f"{name}.json").read_text(encoding="utf-8") == text, (
            f"interpol_cli/schemas/{name}.json differs: edit scripts/make_schemas.py and run it"
        )


def _readme_contract() -> dict[str, list[str]]:
    """The README's JSON contract table: schema name -> the keys it lists, in order."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## JSON contract", 1)[1].split("\n## ", 1)[0]
    table = section.split("| command | fields |", 1)[1].split("\n\n", 1)[0]
    listed: dict[str, list[str]] = {}
    for row in table.splitlines()[2:]:
        command, fields = (cell.strip() for cell in row.strip("|").split("|", 1))
        name = command.strip("`").replace(" --", "-")
        # Keys are the backticked words outside the parenthesised notes.
        bare = re.sub(r"\([^)]*\)", "", fields)
        listed[name] = re.findall(r"`([a-z_]+)`", bare)
    return listed


def test_the_readme_contract_table_is_the_schemas() -> None:
    listed = _readme_contract()
    assert set(listed) == set(COMMANDS)
    for name, keys in listed.items():
        schema = load_schema(name)["$defs"]["record"]["properties"]
        declared = [k for k in schema if k not in ("id", "status", "basis", "evidence")]
        assert keys == declared, f"README lists {keys} for {name}; the schema has {declared}"
