"""interpol-cli: ask one Arabic news report what it says, with the sentence that proves it.

The Python API is usable on its own::

    from interpol_cli import queries
    for record in queries.who().records:
        print(record.values["person"].en, record.evidence[0].quote)
"""

# Kept literal (not read from package metadata) so start-up stays cheap; a test checks it
# against the installed distribution's version.
__version__ = "1.0.0"
