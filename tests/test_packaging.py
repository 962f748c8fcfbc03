"""The built wheel is complete and works once installed, from any folder.

Build the wheel, check what it carries (metadata, the article byte for byte, the JSON Schemas),
install it into a fresh virtual environment and run ``interpol-cli`` from an unrelated folder.
The fresh venv gets its dependencies by pointing a ``.pth`` file at the development venv's
site-packages (``.pth`` files found there are not run, so the editable install of this checkout
stays out of sight): no network, and the installed package is the wheel's own copy.
"""

from __future__ import annotations

import email.parser
import json
import os
import subprocess
import sys
import sysconfig
import venv
import zipfile
from pathlib import Path

import pytest

from tests.helpers import ROOT, SEED, cli_env, require_tool

PIP = (sys.executable, "-m", "pip")
SCHEMA_NAMES = {
    "summary",
    "who",
    "who-tree",
    "when",
    "where",
    "numbers",
    "facts",
    "article",
    "verify",
    "ask",
    "search",
}


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    proc = subprocess.run(
        [*PIP, "wheel", "--no-deps", "--no-build-isolation", "-q", "-w", str(out), str(ROOT)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    if proc.returncode != 0 and "hatchling" in proc.stderr:
        # No hatchling in this venv: let pip fetch it in an isolated build environment.
        proc = subprocess.run(
            [*PIP, "wheel", "--no-deps", "-q", "-w", str(out), str(ROOT)],
            capture_output=True,
            text=True,
            timeout=300,
            check=False,
        )
    assert proc.returncode == 0, proc.stderr
    (built,) = out.glob("interpol_cli-*.whl")
    return built


def test_wheel_metadata(wheel: Path) -> None:
    with zipfile.ZipFile(wheel) as zf:
        name = next(n for n in zf.namelist() if n.endswith(".dist-info/METADATA"))
        meta = email.parser.Parser().parsestr(zf.read(name).decode("utf-8"))
    assert meta["Name"] == "interpol-cli"
    assert meta["Summary"] and meta["Requires-Python"] == ">=3.11"
    assert meta["License-Expression"] == "MIT"
    assert meta["Description-Content-Type"] == "text/markdown"
    assert "# interpol-cli" in meta.get_payload()  # the README is the long description
    classifiers = meta.get_all("Classifier") or []
    assert "Natural Language :: Arabic" in classifiers
    requires = " ".join(meta.get_all("Requires-Dist") or [])
    assert "typer<0.29" in requires  # 0.29 pulls in pydantic and doubles start-up time


def test_wheel_carries_the_article_and_the_schemas(wheel: Path) -> None:
    with zipfile.ZipFile(wheel) as zf:
        names = set(zf.namelist())
        seed = zf.read("interpol_cli/seeds/000_57c875342cd42640.txt")
        schemas = {
            Path(n).stem: json.loads(zf.read(n))
            for n in names
            if n.startswith("interpol_cli/schemas/") and n.endswith(".json")
        }
    assert seed == SEED.read_bytes()
    assert set(schemas) >= SCHEMA_NAMES
    assert all(s["$schema"].endswith("2020-12/schema") for s in schemas.values())
    assert "interpol_cli/py.typed" in names
    assert not any(n.startswith(("tests/", "interpol_cli/__pycache__")) for n in names)


def test_installed_wheel_runs_from_any_folder(wheel: Path, tmp_path: Path) -> None:
    env_dir = tmp_path / "venv"
    venv.EnvBuilder(with_pip=False).create(env_dir)
    python = env_dir / "bin" / "python"
    # Dependencies come from the development venv (see the module docstring).
    site = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    Path(site, "deps.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    subprocess.run(
        [*PIP, "--python", str(python), "install", "-q", "--no-deps", "--no-index", str(wheel)],
        capture_output=True,
        check=True,
        timeout=120,
    )
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    env = cli_env()
    env.pop("PYTHONPATH")  # nothing from the checkout
    script = env_dir / "bin" / "interpol-cli"

    proc = subprocess.run(
        [str(script), "verify", "-f", "json"],
        capture_output=True,
        cwd=elsewhere,
        env=env,
        timeout=60,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr.decode()
    checks = {r["id"]: r for r in json.loads(proc.stdout)}
    assert checks["seed_checksum"]["ok"] and checks["evidence"]["ok"]

    where = subprocess.run(
        [str(python), "-c", "import interpol_cli.article as a; print(a.seed_path())"],
        capture_output=True,
        text=True,
        cwd=elsewhere,
        env=env,
        check=True,
    ).stdout.strip()
    assert where.startswith(os.path.realpath(env_dir)), where  # the wheel's copy, not seeds/

    version = subprocess.run(
        [str(script), "--version"], capture_output=True, text=True, env=env, cwd=elsewhere
    )
    assert version.stdout.strip() == f"interpol-cli {wheel.name.split('-')[1]}"

    # The man page lands in the environment's share/man/man1, where `man` finds it when the
    # environment's bin is on PATH (manpath(5)); `man -l` renders it.
    page = env_dir / "share" / "man" / "man1" / "interpol-cli.1"
    assert page.read_bytes() == (ROOT / "docs" / "interpol-cli.1").read_bytes()
    man = require_tool("man")
    shown = subprocess.run(
        [man, "-l", str(page)],
        capture_output=True,
        text=True,
        env={**env, "MANPAGER": "cat", "PAGER": "cat", "MANWIDTH": "80"},
        check=False,
    )
    assert shown.returncode == 0 and "EXIT STATUS" in shown.stdout, shown.stderr
    found = subprocess.run(
        [man, "-w", "interpol-cli"],
        capture_output=True,
        text=True,
        env={**env, "PATH": f"{env_dir / 'bin'}:{env.get('PATH', '')}", "MANPATH": ""},
        check=False,
    )
    assert found.stdout.strip() == str(page), found.stderr


def test_wheel_carries_the_man_page_and_the_catalogue(wheel: Path) -> None:
    with zipfile.ZipFile(wheel) as zf:
        names = set(zf.namelist())
        version = wheel.name.split("-")[1]
        page = zf.read(f"interpol_cli-{version}.data/data/share/man/man1/interpol-cli.1")
    assert page == (ROOT / "docs" / "interpol-cli.1").read_bytes()
    assert "interpol_cli/locale/ar/LC_MESSAGES/interpol-cli.mo" in names
