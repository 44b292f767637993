"""`officina tools list|call`: the workshop tools from the command line (scripting and debugging)."""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import os
import sys
from typing import Any

from engine.config import load_settings
from engine.pipeline.backend_factory import create_local_backend
from wp_api.contract import TOOLS, CallContext

_LOGGER = logging.getLogger(__name__)


def _list(args: argparse.Namespace) -> int:
    if args.json:
        print(json.dumps([spec.to_dict() for spec in TOOLS], ensure_ascii=False, indent=2))
        return 0
    width = max(len(spec.name) for spec in TOOLS)
    for spec in TOOLS:
        first = spec.description.split(". ")[0].rstrip(".")
        print(f"{spec.name:<{width}}  {spec.safety.value:<7}  {first}")
    return 0


def _call(args: argparse.Namespace) -> int:
    try:
        arguments: Any = json.loads(args.args) if args.args else {}
    except json.JSONDecodeError as exc:
        print(f"officina: --args is not valid JSON ({exc.msg} at position {exc.pos})", file=sys.stderr)
        return 2
    context = CallContext(
        session_id=args.session or f"cli-{os.getpid()}",
        actor=f"cli@{os.environ.get('USER') or os.environ.get('USERNAME') or 'unknown'}",
        confirmation=args.confirm,
    )

    async def run() -> dict[str, Any]:
        backend = create_local_backend(load_settings(), kick_outbox=False)
        try:
            result = await backend.call_tool(args.name, arguments, context=context)
        finally:
            await backend.aclose()
        return result.to_dict()

    result = asyncio.run(run())
    print(json.dumps(result, ensure_ascii=False, indent=2, default=str))
    token = (result.get("confirmation") or {}).get("token")
    if token:
        print(
            f"officina: {args.name} needs your confirmation. To run exactly this call, repeat it with "
            f"--confirm={token} (valid until {result['confirmation']['expires_at']}).",
            file=sys.stderr,
        )
    return 0 if result["ok"] else 1


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("tools", help="list or call the workshop tools (local backend)")
    sub = parser.add_subparsers(dest="tools_command", metavar="ACTION", required=True)
    listing = sub.add_parser("list", help="list the tools with their safety level")
    listing.add_argument("--json", action="store_true", help="print the full specs (schemas) as JSON")
    listing.set_defaults(func=_list)
    call = sub.add_parser("call", help="call one tool and print its result as JSON")
    call.add_argument("name", help="tool name, e.g. find_vehicle")
    call.add_argument(
        "--args", default="{}", help='arguments as a JSON object, e.g. \'{"plate": "AB123CD"}\''
    )
    call.add_argument("--session", help="session id (undo_last undoes the last write of this session)")
    call.add_argument(
        "--confirm",
        metavar="TOKEN",
        help="run a confirm-level tool (cancel, campaign): the token its first call printed",
    )
    call.set_defaults(func=_call)
