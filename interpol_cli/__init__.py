"""interpol-cli: ask one Arabic news report what it says, with the sentence that proves it.

The Python API is usable on its own::

    from interpol_cli import queries
    for record in queries.who().records:
        print(record.values["person"].en, record.evidence[0].quote)
"""

import os as _os
import sys as _sys


def _is_the_program() -> bool:
    """Whether this process is ``interpol-cli`` (its console script or ``python -m
    interpol_cli``), not another program importing the API."""
    if _sys.argv[:1] == ["-m"]:  # python -m: the package is imported before its __main__ runs
        after = _sys.orig_argv[_sys.orig_argv.index("-m") + 1 :] if "-m" in _sys.orig_argv else []
        return after[:1] == ["interpol_cli"]
    return bool(_sys.argv) and _os.path.basename(_sys.argv[0]).startswith("interpol-cli")


if _is_the_program():
    # Ctrl-C while the program loads (or exits) used to land inside a half-imported module
    # and print a KeyboardInterrupt traceback: from this first line of the package on it exits
    # 130 at once, with nothing half-written. run() swaps in KeyboardInterrupt for its own
    # span, where a view being written must be closed off. The C module, as ``signal`` would
    # first set up its enums.
    import _signal  # type: ignore[import-not-found]

    def _interrupted(signum: int, frame: object) -> None:
        _os._exit(130)  # exits.INTERRUPTED

    _signal.signal(_signal.SIGINT, _interrupted)

# Kept literal (not read from package metadata) so start-up stays cheap; a test checks it
# against the installed distribution's version.
__version__ = "2.2.0"
