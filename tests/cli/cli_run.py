"""Running the command line inside a test."""

from __future__ import annotations

from actormap.cli import main


def run(capsys, *argv) -> tuple[int, str, str]:
    """``actormap ARGV...`` (each argument as text): its exit status, stdout and stderr."""
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err
