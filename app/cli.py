"""The `officina` command line: with no subcommand it opens the desktop app.

Each subcommand lives in its own module under app/commands/ exposing
`register(subparsers) -> None`; the module sets `func=<callable(args) -> int>` on its parser.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import sys

from engine.errors import OfficinaError
from models import ModelError

# Modules under app/commands/ that register subcommands (in help order).
COMMAND_MODULES = (
    "ask",
    "replay",
    "models",
    "tools",
    "demo_data",
    "outbox",
    "parse",
    "wordpress",
    "bench",
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="officina",
        description="Officina Voice: push-to-talk assistant for auto-repair workshops. "
        "With no command, opens the desktop app.",
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="log debug details to stderr")
    parser.add_argument("--self-test", action="store_true", help="check audio, models, backend and keyring")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        try:
            module = importlib.import_module(f"app.commands.{name}")
        except ModuleNotFoundError as exc:
            if exc.name == f"app.commands.{name}":
                continue  # not built yet
            raise
        module.register(subparsers)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(
        level=logging.DEBUG if args.verbose else logging.WARNING,
        format="%(levelname)s %(name)s: %(message)s",
    )
    try:
        if args.self_test:
            from app.self_test import run_self_test

            return run_self_test()
        if args.command is None:
            from desktop.app import run_app

            return run_app()
        return int(args.func(args) or 0)
    except (OfficinaError, ModelError) as exc:
        print(f"officina: {exc.message}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
