"""`officina parse "TEXT" [--lang it|en] [--today YYYY-MM-DD]`: the fast path's parse as JSON (no tool runs)."""

from __future__ import annotations

import argparse
import json
import logging
import sys
from datetime import date

_LOGGER = logging.getLogger(__name__)


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "parse",
        help="show how the offline fast path understands a sentence (JSON; no tool is run)",
        description="Print the fast path's parse of TEXT as JSON: intent, slots, confidence, whether it "
        "would be handled locally and, if not, why. Nothing is booked or sent.",
    )
    parser.add_argument(
        "text", nargs="+", help='what was said, e.g. "prenota un tagliando per la AB123CD domani"'
    )
    parser.add_argument("--lang", choices=("it", "en"), default=None, help="language (default: the setting)")
    parser.add_argument("--today", default=None, help="resolve dates as if today were this day (YYYY-MM-DD)")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from engine.fastpath import parse

    text = " ".join(args.text).strip()
    if not text:
        print("officina parse: nothing to parse (give the sentence in quotes).", file=sys.stderr)
        return 2
    today = None
    if args.today:
        try:
            today = date.fromisoformat(args.today)
        except ValueError:
            print(
                f"officina parse: --today must be a date like 2026-03-02, not {args.today!r}.",
                file=sys.stderr,
            )
            return 2
    language = args.lang
    if language is None:
        from engine.config import load_settings

        language = load_settings().language
    result = parse(text, language=language, today=today)
    print(json.dumps(result.to_dict(), ensure_ascii=False, indent=2))
    return 0
