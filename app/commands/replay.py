"""`officina replay TRACE`: re-run a saved turn (its audio when saved, else its transcript) through the current pipeline."""

from __future__ import annotations

import argparse
import asyncio
import logging
from pathlib import Path
from typing import Any

from engine.config import load_settings
from engine.errors import ConfigError

_LOGGER = logging.getLogger(__name__)


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "replay",
        help="re-run a saved turn (audio if it was saved, else its transcript) and compare",
        description="Re-run a saved turn through the current pipeline. TRACE is a .jsonl trace file or a turn id.",
    )
    parser.add_argument("trace", help="trace file (.jsonl) or turn id")
    parser.add_argument("--speak", type=Path, metavar="OUT.wav", help="write the spoken answer to this WAV")
    parser.add_argument("--json", action="store_true", help="print the new result and trace as JSON")
    parser.add_argument("--text", action="store_true", help="replay the transcript even when audio was saved")
    parser.set_defaults(func=run)


def _source(path: Path, events: list[Any], prefer_text: bool) -> tuple[str, Any]:
    """("audio", samples) or ("text", transcript) for a saved turn."""
    from engine.audio import read_audio
    from engine.trace import AudioCaptured, SttFinal, TurnStarted

    wav = next((Path(e.audio_path) for e in events if isinstance(e, AudioCaptured) and e.audio_path), None)
    wav = wav if wav is not None and wav.exists() else path.with_suffix(".wav")
    if not prefer_text and wav.exists():
        return "audio", read_audio(wav)
    text = next((e.text for e in events if isinstance(e, SttFinal) and e.text), None)
    text = text or next((e.text for e in events if isinstance(e, TurnStarted) and e.text), None)
    if not text:
        raise ConfigError(
            f"{path.name} has neither saved audio nor a transcript to replay "
            "(turn on 'save audio with traces' in Settings to replay audio)."
        )
    return "text", text


def run(args: argparse.Namespace) -> int:
    from app.commands.ask import print_result
    from engine.paths import app_paths
    from engine.trace import TurnFinished, find_trace, load_trace

    path = find_trace(args.trace, app_paths().traces)
    if path is None:
        raise ConfigError(
            f"No trace {args.trace!r} (give a .jsonl file or a turn id from {app_paths().traces})."
        )
    old = load_trace(path)
    if not old:
        raise ConfigError(f"{path} holds no readable events.")
    kind, payload = _source(path, old, args.text)
    settings = load_settings()
    language = next((e.language for e in old if e.type == "turn_started"), settings.language)
    settings = settings.model_copy(update={"language": language})
    result, events = asyncio.run(_replay(settings, kind, payload, args.speak))
    before = next((e for e in old if isinstance(e, TurnFinished)), None)
    if not args.json:
        print(f"Replaying {path.name} from its {kind}.")
        if before is not None:
            print(
                f"Before:    {before.reply_text or '(no answer)'}  [{before.path}, {before.duration_s * 1000:.0f} ms]"
            )
    print_result(result, events, as_json=args.json, speak=args.speak)
    return 1 if result.error else 0


async def _replay(settings: Any, kind: str, payload: Any, speak: Path | None) -> tuple[Any, list[Any]]:
    from engine.audio import FileSink
    from engine.pipeline import Pipeline

    pipeline = await Pipeline.create(settings, player=FileSink(speak), actor="cli")
    events: list[Any] = []
    pipeline.add_listener(events.append)
    try:
        if kind == "audio":
            result = await pipeline.run_audio_turn(payload)
        else:
            result = await pipeline.run_text_turn(payload)
    finally:
        await pipeline.aclose()
    return result, events
