"""Headless subcommands; each module: NAME, HELP, register(parser) setting func(args) -> exit code."""
from __future__ import annotations

import sys

EXIT_OK = 0
EXIT_FINDINGS = 1
EXIT_BAD_INPUT = 2


def fail(message: str) -> int:
    """A user-caused problem: a Chinese message on stderr and exit status 2."""
    print(f"township-app: {message}", file=sys.stderr)
    return EXIT_BAD_INPUT
