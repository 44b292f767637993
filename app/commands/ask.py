"""`officina ask`: run one turn from text or a WAV, print the answer and the stage timeline (or the trace as JSON)."""

from __future__ import annotations

import argparse
import asyncio
import dataclasses
import json
import logging
import sys
from pathlib import Path
from typing import Any

from app.commands.models import ProgressBar
from engine.config import Settings, load_settings
from engine.errors import ConfigError
from engine.pipeline import TurnResult

_LOGGER = logging.getLogger(__name__)


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "ask",
        help="run one turn from text or a WAV file and print the answer with its stage timeline",
        description="Run one turn through the whole pipeline (fast path or model, tools, speech).",
    )
    parser.add_argument("text", nargs="?", help="what to ask (omit with --wav)")
    parser.add_argument("--wav", type=Path, help="a recording to transcribe instead of text")
    parser.add_argument("--speak", type=Path, metavar="OUT.wav", help="write the spoken answer to this WAV")
    parser.add_argument("--json", action="store_true", help="print the result and the whole trace as JSON")
    parser.add_argument("--lang", choices=["it", "en"], help="language of this turn (default: settings)")
    parser.add_argument("--offline", action="store_true", help="offline fast path only (no cloud model)")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    if bool(args.text) == bool(args.wav):
        raise ConfigError("Give either a text to ask or --wav FILE (not both).")
    settings = load_settings()
    if args.lang:
        settings = settings.model_copy(update={"language": args.lang})
    if args.offline:
        settings = settings.model_copy(update={"offline_only": True})
    result, events = asyncio.run(_ask(settings, args.text, args.wav, args.speak))
    print_result(result, events, as_json=args.json, speak=args.speak)
    return 1 if result.error else 0


async def _ask(
    settings: Settings, text: str | None, wav: Path | None, speak: Path | None
) -> tuple[TurnResult, list[Any]]:
    from engine.audio import FileSink, read_audio
    from engine.pipeline import Pipeline

    audio = read_audio(wav) if wav is not None else None  # a bad file fails before models load
    pipeline = await Pipeline.create(
        settings, player=FileSink(speak), actor="cli", progress=ProgressBar("installing models")
    )
    await pipeline.ready()  # whisper's first run and the model check, so the timeline shows real latency
    events: list[Any] = []
    pipeline.add_listener(events.append)
    try:
        for item in pipeline.status().missing:
            print(f"note: {item.what} ({item.fix})", file=sys.stderr)
        if audio is not None:
            result = await pipeline.run_audio_turn(audio)
        else:
            assert text is not None
            result = await pipeline.run_text_turn(text)
    finally:
        await pipeline.aclose()  # writes --speak
    return result, events


def result_dict(result: TurnResult) -> dict[str, Any]:
    data = dataclasses.asdict(result)
    data["trace_path"] = str(result.trace_path) if result.trace_path else None
    return data


def print_result(result: TurnResult, events: list[Any], *, as_json: bool, speak: Path | None) -> None:
    from engine.trace import timeline

    if as_json:
        payload = {"result": result_dict(result), "trace": [e.model_dump(mode="json") for e in events]}
        print(json.dumps(payload, ensure_ascii=False, indent=2, default=str))
        return
    if result.transcript:
        print(f"You:       {result.transcript}")
    print(f"Assistant: {result.reply_text or '(no answer)'}")
    if result.pending is not None:
        print(f"Waiting for confirmation: {result.pending.summary} (confirm it in the app)")
    if result.error:
        print(f"Error:     {result.error}")
    print()
    print(timeline(events))
    if result.trace_path:
        print(f"\ntrace: {result.trace_path}")
    if speak:
        print(f"spoken answer: {speak}")
