#!/usr/bin/env python3
"""Start-up benchmark: whole processes against the floor of the stack, plus growth in-process.

Run it with the interpreter of the environment to measure (stdlib only)::

    .venv/bin/python scripts/bench.py            # report
    .venv/bin/python scripts/bench.py --check    # exit 1 if a target is missed
    .venv/bin/python scripts/bench.py --instructions   # callgrind counts, not time

Each pair runs A (the console script ``interpol-cli``, as users run it) and B (a bare
``python -c "import ..."`` in the same environment), alternating A, B, A, B... after warm-ups,
so drift in machine load hits both sides alike. Peak memory is the child's ``ru_maxrss``
(``os.wait4``) taken in three extra runs under a bare-interpreter probe (see ``RSS_PROBE``).
``--instructions`` counts what each side executes instead (valgrind), which a busy machine
does not change: the way to compare two builds on a shared host. Growth (article layout,
terminal rendering, search) is timed in-process on synthetic text of
1x, 10x and 100x the article, to show the cost is linear.
"""

from __future__ import annotations

import argparse
import fcntl
import os
import shutil
import statistics
import struct
import subprocess
import sys
import tempfile
import termios
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FLOOR_MACHINE = "import typer"
FLOOR_TERMINAL = "import typer, rich.console, rich.table, arabic_reshaper, bidi"
PYCACHE = os.path.join(tempfile.gettempdir(), "interpol-cli-bench-pycache")


@dataclass
class Pair:
    name: str
    a: list[str]
    b: list[str]
    target: float
    env: dict[str, str] = field(default_factory=dict)
    expect: str = ""  # a string A's stdout must contain (checked once, before timing)
    tty: bool = False  # A's stdout is a terminal (a pty, drained), as a user's is


@dataclass
class Timing:
    ms: list[float] = field(default_factory=list)
    cpu_ms: list[float] = field(default_factory=list)  # user + system: steadier on a busy host
    rss_kb: list[int] = field(default_factory=list)


def run_once(
    argv: Sequence[str], env: dict[str, str], tty: bool = False
) -> tuple[float, float, int, int]:
    """Wall time (ms), CPU time (ms), peak RSS (KiB) and exit status of one whole process."""
    master = slave = -1
    if tty:
        master, slave = os.openpty()
        fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 50, 100, 0, 0))
    start = time.perf_counter()
    proc = subprocess.Popen(
        argv,
        stdin=subprocess.DEVNULL,
        stdout=slave if tty else subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env=env,
    )
    if tty:
        os.close(slave)
        while True:  # drain the terminal until the program closes it
            try:
                if not os.read(master, 65536):
                    break
            except OSError:  # EIO: the program is done
                break
        os.close(master)
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = (time.perf_counter() - start) * 1000
    proc.returncode = os.waitstatus_to_exitcode(status)  # already reaped: keep Popen quiet
    cpu = (usage.ru_utime + usage.ru_stime) * 1000
    return elapsed, cpu, usage.ru_maxrss, proc.returncode


# Peak RSS needs a small parent: a child inherits its parent's high-water mark through the
# fork (Linux keeps ru_maxrss across exec), so this bench's own ~18 MB would hide the
# difference. A bare interpreter forks the command, silences it and prints its ru_maxrss.
RSS_PROBE = (
    "import os,sys\n"
    "pid=os.fork()\n"
    "if pid==0:\n"
    " n=os.open(os.devnull,os.O_RDWR); os.dup2(n,1); os.dup2(n,2)\n"
    " os.execv(sys.argv[1],sys.argv[1:])\n"
    "_,status,usage=os.wait4(pid,0)\n"
    "print(usage.ru_maxrss)\n"
)


def peak_rss_kb(argv: Sequence[str], env: dict[str, str], python: str) -> int:
    probe = [python, "-I", "-S", "-c", RSS_PROBE, *argv]
    done = subprocess.run(probe, env=env, capture_output=True, text=True, check=True)
    return int(done.stdout.split()[-1])


def pairs(cli: str, python: str) -> list[Pair]:
    complete = {
        "_INTERPOL_CLI_COMPLETE": "complete_bash",
        "COMP_WORDS": "interpol-cli wh",
        "COMP_CWORD": "1",
    }
    terminal = {"FORCE_COLOR": "1", "COLUMNS": "100"}
    return [
        Pair(
            "`when --format json` vs `import typer`",
            [cli, "when", "--format", "json"],
            [python, "-c", FLOOR_MACHINE],
            1.10,
            expect='"date"',
        ),
        Pair(
            "`who --format csv` vs `import typer`",
            [cli, "who", "--format", "csv"],
            [python, "-c", FLOOR_MACHINE],
            1.10,
            expect="person_ar",
        ),
        Pair(
            "`summary --format plain` vs `import typer`",
            [cli, "summary", "--format", "plain"],
            [python, "-c", FLOOR_MACHINE],
            1.10,
        ),
        Pair(
            "`ask` (English, json) vs `import typer`",
            [cli, "ask", "Who is the new Secretary General?", "--format", "json"],
            [python, "-c", FLOOR_MACHINE],
            1.30,
            expect="Urquiza",
        ),
        Pair(
            "`ask` (Arabic dialect, plain) vs `import typer`",
            [cli, "ask", "شكون اللي ترأس الوفد المغربي فغلاسكو؟", "--format", "plain"],
            [python, "-c", FLOOR_MACHINE],
            1.30,
            expect="حموشي",
        ),
        Pair(
            "completion `wh<Tab>` vs `import typer`",
            [cli],
            [python, "-c", FLOOR_MACHINE],
            1.10,
            env=complete,
            expect="when",
        ),
        *(
            Pair(
                f"{name}, visual, colour vs terminal floor",
                [cli, *args, "--format", "table", "--bidi", "visual"],
                [python, "-c", FLOOR_TERMINAL],
                target,
                env=terminal,
                expect="\x1b[",
            )
            for name, args, target in (
                ("`who` table", ["who"], 1.10),
                ("`summary` table", ["summary"], 1.10),
                ("`article`", ["article"], 1.25),
            )
        ),
        Pair(
            "`--help` vs terminal floor",
            [cli, "--help"],
            [python, "-c", FLOOR_TERMINAL],
            1.30,
            expect="Usage",
        ),
        Pair(
            "Arabic `--help` on a terminal vs terminal floor",
            [cli, "--help"],
            [python, "-c", FLOOR_TERMINAL],
            1.30,
            env={"LANG": "ar_MA.UTF-8", "LC_ALL": "", "LANGUAGE": ""},
            expect="interpol-cli",
            tty=True,
        ),
    ]


def check_output(pair: Pair, env: dict[str, str]) -> None:
    done = subprocess.run(pair.a, env=env, capture_output=True, text=True, check=False)
    if done.returncode != 0 or pair.expect not in done.stdout:
        sys.exit(
            f"bench: {' '.join(pair.a)} did not work (exit {done.returncode}):\n"
            f"{done.stdout[:300]}{done.stderr[:300]}"
        )


def measure(pair: Pair, runs: int, warmup: int, python: str) -> tuple[Timing, Timing]:
    env = {**os.environ, **pair.env, "PYTHONPYCACHEPREFIX": PYCACHE}
    # Installed users have bytecode caches; a PYTHONDONTWRITEBYTECODE=1 shell would time the
    # compiler instead. The caches go to a prefix outside the working tree.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.pop("NO_COLOR", None)
    check_output(pair, env)
    a, b = Timing(), Timing()
    for i in range(warmup + runs):
        for argv, into in ((pair.a, a), (pair.b, b)):
            ms, cpu, _, code = run_once(argv, env, tty=pair.tty and argv is pair.a)
            if code != 0:
                sys.exit(f"bench: {' '.join(argv)} exited {code}")
            if i >= warmup:
                into.ms.append(ms)
                into.cpu_ms.append(cpu)
    for _ in range(3):
        for argv, into in ((pair.a, a), (pair.b, b)):
            into.rss_kb.append(peak_rss_kb(argv, env, python))
    return a, b


def instructions(argv: Sequence[str], env: dict[str, str], tty: bool) -> int:
    """Instructions one whole process executes (valgrind's callgrind), after a warm-up run.

    Unlike time, the count does not depend on what else the machine is doing; it leaves out
    what the kernel does for the process (exec, page faults, the dynamic loader), so its
    ratios run higher than the wall-clock ones, but a change that saves instructions saves
    time."""
    run_once(argv, env, tty)
    with tempfile.NamedTemporaryFile(prefix="bench-callgrind.") as out:
        probe = ["valgrind", "--tool=callgrind", f"--callgrind-out-file={out.name}", *argv]
        _, _, _, code = run_once(probe, env, tty)
        if code != 0:
            sys.exit(f"bench: valgrind {' '.join(argv)} exited {code}")
        for line in Path(out.name).read_text(encoding="utf-8", errors="replace").splitlines():
            if line.startswith(("totals:", "summary:")):
                return int(line.split()[1])
    sys.exit("bench: callgrind wrote no totals")


# --- growth, in-process ----------------------------------------------------------------------


def per_call(fn: Callable[[], object], budget: float = 0.25) -> float:
    """Fastest time of one call (ms) over batches that fill ``budget`` seconds.

    The minimum, as ``timeit`` advises: on a shared host the slower samples measure the
    neighbours, and a growth ratio of two noisy medians says little.
    """
    fn()
    start = time.perf_counter()
    fn()
    once = max(time.perf_counter() - start, 1e-6)
    batch = max(1, int(0.02 / once))
    samples: list[float] = []
    deadline = time.perf_counter() + budget
    while len(samples) < 3 or (time.perf_counter() < deadline and len(samples) < 50):
        t0 = time.perf_counter()
        for _ in range(batch):
            fn()
        samples.append((time.perf_counter() - t0) / batch * 1000)
    return min(samples)


def growth() -> list[tuple[str, list[float]]]:
    sys.path.insert(0, str(ROOT))
    from interpol_cli import queries
    from interpol_cli.article import load_article
    from interpol_cli.layout import visual_lines
    from interpol_cli.ranking import Document, search
    from interpol_cli.render_tty import render_terminal
    from interpol_cli.results import Record, Result

    art = queries.article()
    body = art.records[1:]
    rows: list[tuple[str, list[float]]] = []

    def article_result(k: int) -> Result:
        records: list[Record] = [art.records[0]]
        for copy in range(k):
            records += [
                Record(f"{r.id}.{copy}", r.values, r.evidence, r.status, r.basis) for r in body
            ]
        return Result(art.command, art.title, art.columns, tuple(records), view="article")

    def arabic(k: int) -> str:
        text = " ".join(str(r.values["text"].ar) for r in body)  # type: ignore[union-attr]
        return " ".join([text] * k)

    paragraphs = load_article().paragraphs

    def documents(k: int) -> list[Document]:
        docs = []
        for copy in range(k):
            for para in paragraphs[1:]:
                docs.append(
                    Document(f"p{para.number}.{copy}", "paragraph", para.text, copy, para.start)
                )
        return docs

    sizes = (1, 10, 100)
    results = [article_result(k) for k in sizes]
    rows.append(
        (
            "`article` rendered, visual, 80 columns (render_terminal)",
            [
                per_call(
                    lambda r=r: render_terminal(  # type: ignore[misc]
                        r, "ar", visual=True, width=80, color_system="truecolor"
                    )
                )
                for r in results
            ],
        )
    )
    texts = [arabic(k) for k in sizes]
    rows.append(
        (
            "one paragraph of k x the body, visual_lines(width=80)",
            [per_call(lambda t=t: visual_lines(t, 80)) for t in texts],  # type: ignore[misc]
        )
    )
    corpora = [documents(k) for k in sizes]
    query = "انتخاب نائب رئيس الانتربول غلاسكوا 2024"
    rows.append(
        (
            f"search.search({query!r})",
            [per_call(lambda d=d: search(query, d)) for d in corpora],  # type: ignore[misc]
        )
    )
    question = "من رشح الفائز بمنصب نائب رئيس الإنتربول عن أفريقيا؟"
    rows.append(
        (
            f"ask.answer({question!r}), k x the facts (index built beforehand)",
            [per_call(lambda k=k: _ask_with_facts(k, question)) for k in sizes],  # type: ignore[misc]
        )
    )
    return rows


def _ask_with_facts(k: int, question: str) -> object:
    """``ask.answer`` over k copies of every fact, the index built for them first (as
    scripts/make_ask_index.py builds it), its per-question caches cleared."""
    from interpol_cli import ask, knowledge, queries
    from interpol_cli.record import replace

    key = ("bench-facts", k)
    if _ASK_INDEXES.get("k") != key:
        facts = tuple(
            replace(f, id=f"{f.id}~{copy}") if copy else f
            for copy in range(k)
            for f in knowledge.FACTS
        )
        by_id = {f.id: f for f in facts}
        ask.FACTS = facts  # type: ignore[attr-defined]
        queries.fact = by_id.__getitem__  # type: ignore[assignment]
        _ASK_INDEXES.update(k=key, index=ask.build_index())
    ask._LIVE = _ASK_INDEXES["index"]  # type: ignore[assignment]
    for fn in ask._CACHED:
        fn.cache_clear()
    return ask.answer(question)


_ASK_INDEXES: dict[str, object] = {}


# --- report ----------------------------------------------------------------------------------


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=30, help="alternating pairs timed (30)")
    parser.add_argument("--warmup", type=int, default=3, help="pairs run first, not timed (3)")
    parser.add_argument("--check", action="store_true", help="exit 1 if a target is missed")
    parser.add_argument("--no-growth", action="store_true", help="skip the in-process part")
    parser.add_argument("--only", default="", help="run only pairs whose name contains this")
    parser.add_argument(
        "--instructions",
        action="store_true",
        help="count each side's instructions with valgrind instead of timing (load-independent)",
    )
    args = parser.parse_args(argv)

    bindir = Path(sys.executable).parent
    cli = str(bindir / "interpol-cli")
    if not Path(cli).exists():
        sys.exit(f"bench: no console script at {cli}; run `pip install -e .` in this environment")
    python = sys.executable
    import importlib.metadata

    print(
        f"Python {sys.version.split()[0]}, typer {importlib.metadata.version('typer')}, "
        f"rich {importlib.metadata.version('rich')}; "
        + (
            "instructions counted by callgrind"
            if args.instructions
            else f"{args.runs} alternating pairs after {args.warmup} warm-ups"
        )
        + f"; {os.cpu_count()} CPUs; {time.strftime('%Y-%m-%d %H:%M')}\n"
    )
    if args.instructions:
        if args.check:  # the targets are wall-clock ratios; instruction ratios run higher
            parser.error("--check applies to the timings, not to --instructions")
        return _count_instructions(cli, python, args.only)
    print(
        "| pair | median A ms | median B ms | ratio A/B | target | result "
        "| CPU ms A / B (ratio) | peak RSS MB A / B |"
    )
    print("|---|---:|---:|---:|---:|---|---:|---:|")
    missed = 0
    for pair in pairs(cli, python):
        if args.only not in pair.name:
            continue
        a, b = measure(pair, args.runs, args.warmup, python)
        ma, mb = statistics.median(a.ms), statistics.median(b.ms)
        ratio = ma / mb
        ok = ratio <= pair.target
        missed += not ok
        ca, cb = statistics.median(a.cpu_ms), statistics.median(b.cpu_ms)
        print(
            f"| {pair.name} | {ma:.1f} | {mb:.1f} | {ratio:.2f} | ≤ {pair.target:.2f} | "
            f"{'pass' if ok else 'FAIL'} | {ca:.1f} / {cb:.1f} ({ca / cb:.2f}) | "
            f"{max(a.rss_kb) / 1024:.1f} / "
            f"{max(b.rss_kb) / 1024:.1f} |",
            flush=True,
        )
    if not args.no_growth and not args.only:
        print("\n| growth (in-process) | 1x ms | 10x ms | 100x ms | 100x/1x | target | result |")
        print("|---|---:|---:|---:|---:|---:|---|")
        for name, (t1, t10, t100) in growth():
            ratio = t100 / t1
            ok = ratio <= 120
            missed += not ok
            print(
                f"| {name} | {t1:.2f} | {t10:.2f} | {t100:.1f} | {ratio:.0f} | ≤ 120 | "
                f"{'pass' if ok else 'FAIL'} |",
                flush=True,
            )
    return 1 if missed and args.check else 0


def _count_instructions(cli: str, python: str, only: str) -> int:
    if shutil.which("valgrind") is None:
        sys.exit("bench: --instructions needs valgrind (apt-get install valgrind)")
    print("| pair | instructions A | instructions B | A - B | ratio A/B |")
    print("|---|---:|---:|---:|---:|")
    for pair in pairs(cli, python):
        if only not in pair.name:
            continue
        # A fixed hash seed: set and dict orders, and so the counts, repeat run to run.
        env = {**os.environ, **pair.env, "PYTHONPYCACHEPREFIX": PYCACHE, "PYTHONHASHSEED": "0"}
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env.pop("NO_COLOR", None)
        check_output(pair, env)
        a = instructions(pair.a, env, pair.tty)
        b = instructions(pair.b, env, False)
        print(
            f"| {pair.name} | {a / 1e6:.1f}M | {b / 1e6:.1f}M | {(a - b) / 1e6:+.1f}M | "
            f"{a / b:.2f} |",
            flush=True,
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
