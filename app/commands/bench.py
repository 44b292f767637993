"""`officina bench`: every latency and memory figure as one JSON object; `bench tools|nlu|startup|turn` for one part."""

from __future__ import annotations

import argparse
import importlib
import json
import logging
import time
from typing import Any

from engine.errors import OfficinaError
from models import ModelError

_LOGGER = logging.getLogger(__name__)


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "bench",
        help="measure latency and memory; prints one JSON object",
        description="With no PART: VAD, STT, TTS, the whole turn and peak memory (medians over repeated runs). "
        "PART runs one benchmark: tools (workshop tools at real sizes), nlu (the fast path's test set), "
        "startup (desktop app start), turn (the whole turn only).",
    )
    parser.add_argument("part", nargs="?", choices=["all", "tools", "nlu", "startup", "turn"], default="all")
    parser.add_argument(
        "--customers", type=int, default=100_000, help="tools: workshop size (default 100000)"
    )
    parser.add_argument(
        "--backend", choices=["local", "wordpress"], default="local", help="tools: which backend"
    )
    parser.add_argument("--repeats", type=int, default=5, help="turn: measured runs per figure (default 5)")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    if args.part == "tools" and args.backend == "wordpress":
        from benches.wordpress_tools import run as bench_wordpress

        try:
            result = bench_wordpress(**({"customers": args.customers} if args.customers else {}))
        except RuntimeError as exc:  # MariaDB, PHP or WordPress missing: one line, not a traceback
            raise OfficinaError(str(exc)) from exc
    elif args.part == "tools":
        from benches.tools import run as bench_tools

        result = bench_tools(customers=args.customers or 100_000, backend=args.backend)
    elif args.part == "nlu":
        from benches.nlu import run as bench_nlu

        result = bench_nlu()
    elif args.part == "startup":
        result = _optional("benches.startup", "the desktop app")
    elif args.part == "turn":
        from benches.turn import run as bench_turn

        result = bench_turn(repeats=args.repeats)
    else:
        result = run_all(repeats=args.repeats)
    print(json.dumps(result, indent=2, ensure_ascii=False, default=str))
    return 0


def _optional(module: str, what: str) -> dict[str, Any]:
    try:
        bench = importlib.import_module(module)
    except ModuleNotFoundError as exc:
        return {"error": f"{what} benchmark is not available ({exc.name})"}
    return bench.run()


def run_all(*, repeats: int = 5) -> dict[str, Any]:
    """VAD, STT, TTS, whole turn and peak memory in one object; a part that fails is reported, not fatal."""
    from benches import turn as bench_turn

    result: dict[str, Any] = {}
    errors: dict[str, str] = {}
    started = time.perf_counter()
    parts = (
        ("audio", lambda: importlib.import_module("benches.audio").run()),
        ("stt", lambda: importlib.import_module("benches.stt").run()),
        ("turn", lambda: bench_turn.run(repeats=repeats)),
        ("memory", lambda: {"peak_rss_mb": bench_turn.peak_rss_mb()}),
    )
    for name, part in parts:
        try:
            result.update(part())
        except (OfficinaError, ModelError, ImportError, RuntimeError, OSError) as exc:
            message = exc.message if isinstance(exc, OfficinaError | ModelError) else f"{type(exc).__name__}: {exc}"
            _LOGGER.warning("bench %s failed: %s", name, message)
            errors[name] = message
    result["bench_seconds"] = round(time.perf_counter() - started, 1)
    if errors:
        result["errors"] = errors
    return result
