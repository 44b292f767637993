"""`officina demo-data`: (re)build the demo workshop in the local database."""

from __future__ import annotations

import argparse
import json
import logging

from engine.errors import ConfigError
from engine.paths import app_paths
from wp_api.local.demo import build_demo

_LOGGER = logging.getLogger(__name__)


def _run(args: argparse.Namespace) -> int:
    if args.customers < 1 or args.customers > 1_000_000:
        raise ConfigError("--customers must be between 1 and 1000000.")
    paths = app_paths().ensure()
    if paths.database.exists() and not args.force:
        raise ConfigError(
            f"A workshop database already exists at {paths.database}; add --force to replace it."
        )
    stats = build_demo(paths.database, customers=args.customers, seed=args.seed)
    print(json.dumps(stats, ensure_ascii=False))
    return 0


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "demo-data", help="build a realistic Italian demo workshop (local backend)"
    )
    parser.add_argument("--customers", type=int, default=300, help="number of customers (default 300)")
    parser.add_argument("--seed", type=int, default=7, help="random seed (same seed, same workshop)")
    parser.add_argument("--force", action="store_true", help="replace the existing workshop database")
    parser.set_defaults(func=_run)
