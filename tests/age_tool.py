"""Run the ``age`` command-line tool with a passphrase typed on a pseudo-terminal.

age reads passphrases only from the terminal (``/dev/tty``), never from a pipe or
the environment, so the tests start it on a pty and answer its prompts.
"""

from __future__ import annotations

import os
import pty
import select
import shutil
import time

AGE = shutil.which("age")
SKIP_REASON = "the age tool is not installed (Debian package 'age'); interoperability not checked"


def run_age(args: list[str], passphrase: str, timeout: float = 60.0) -> tuple[int, str]:
    """Run ``age *args`` answering every passphrase prompt with ``passphrase``.

    Returns the exit status and what age wrote to the terminal.
    """
    return run_on_terminal([AGE, *args], passphrase, timeout)


def run_on_terminal(argv: list[str], passphrase: str, timeout: float = 60.0,
                    env: dict | None = None) -> tuple[int, str]:
    """Run ``argv`` on a pseudo-terminal, typing ``passphrase`` at every passphrase prompt
    (a line ending in ':' after the word "passphrase"). Returns the exit status and the screen."""
    pid, fd = pty.fork()
    if pid == 0:  # the child, with the pty as its terminal
        try:
            os.execve(argv[0], argv, env if env is not None else os.environ)
        finally:
            os._exit(127)
    seen = b""
    answered = 0
    done, status = 0, 0
    deadline = time.monotonic() + timeout
    try:
        while time.monotonic() < deadline:
            ready, _, _ = select.select([fd], [], [], 0.2)
            if ready:
                try:
                    chunk = os.read(fd, 4096)
                except OSError:  # the child closed the terminal
                    break
                if not chunk:
                    break
                seen += chunk
                if seen.lower().count(b"passphrase") > answered and seen.rstrip().endswith(b":"):
                    os.write(fd, passphrase.encode() + b"\n")
                    answered += 1
            done, status = os.waitpid(pid, os.WNOHANG)
            if done:
                break
        else:
            os.kill(pid, 9)
        if not done:
            _, status = os.waitpid(pid, 0)
    finally:
        os.close(fd)
    return os.waitstatus_to_exitcode(status), seen.decode("utf-8", "replace")
