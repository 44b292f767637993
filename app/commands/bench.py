"""`officina bench`: every latency and memory figure as one JSON object; `bench tools|nlu|startup|turn` for one part."""

from __future__ import annotations

import argparse
import importlib
import json
import logging
import time
from pathlib import Path
from typing import Any

from benches.speech_sets import SETS
from engine.errors import ConfigError, OfficinaError
from models import ModelError

_LOGGER = logging.getLogger(__name__)


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "bench",
        help="measure latency and memory; prints one JSON object",
        description="With no PART: VAD, STT, TTS, the whole turn and peak memory (medians over repeated runs). "
        "PART runs one benchmark: tools (workshop tools at real sizes), nlu (the fast path's test set), "
        "startup (desktop app start), turn (the whole turn only), speech (the Italian and English spoken set "
        "through the offline pipeline: WER, plates, intents, wrong writes, first audio), agent (labelled requests "
        "through the configured model, or --base-url/--model: tools, arguments, wrong writes, latency, tokens), voice "
        "(the ways to speak Italian and English: round-trip WER through whisper, language identified, first audio, "
        "real-time factor), hybrid (release → first audio with a fast, a slow and a dead cloud STT).",
    )
    parser.add_argument(
        "part",
        nargs="?",
        choices=["all", "tools", "nlu", "startup", "turn", "speech", "agent", "voice", "hybrid"],
        default="all",
    )
    parser.add_argument(
        "--customers", type=int, default=100_000, help="tools: workshop size (default 100000)"
    )
    parser.add_argument(
        "--backend", choices=["local", "wordpress"], default="local", help="tools: which backend"
    )
    parser.add_argument("--repeats", type=int, default=5, help="turn: measured runs per figure (default 5)")
    speech = parser.add_argument_group("speech", "options of `bench speech`")
    speech.add_argument("--lang", choices=["it", "en"], help="speech: one language only")
    speech.add_argument(
        "--limit", type=int, help="speech: the first N utterances of each language; agent: the first N cases"
    )
    speech.add_argument(
        "--ids",
        help="speech: these utterances only (comma-separated ids, e.g. it-001,en-004); agent: these cases",
    )
    speech.add_argument("--styles", help="speech: Kokoro speaker styles to take turns (comma-separated)")
    speech.add_argument(
        "--speeds", help="speech: speaking speeds to take turns (comma-separated, e.g. 1.0,1.2)"
    )
    which = speech.add_mutually_exclusive_group()
    which.add_argument("--noisy", action="store_true", help="speech: the noisy copies only")
    which.add_argument("--clean", action="store_true", help="speech: the clean recordings only")
    which.add_argument(
        "--text", action="store_true", help="speech: the reference transcripts (no audio, no STT)"
    )
    speech.add_argument("--render", action="store_true", help="speech: only make the missing audio (cached)")
    speech.add_argument(
        "--details", action="store_true", help="speech: list every utterance scored wrong; agent: every case"
    )
    speech.add_argument(
        "--set",
        dest="speech_set",
        choices=list(SETS),
        default="main",
        help="speech: the set to run: main, or a held-out set (which were written blind, which were tuned on since "
        "and so are floors, and which one is the estimate now: benches/speech_sets.py says, set by set)",
    )
    speech.add_argument(
        "--stt-option",
        action="append",
        default=[],
        metavar="NAME=VALUE",
        help="speech: a whisper decoding option to measure (e.g. beam_size=4); repeatable",
    )
    speech.add_argument(
        "--ptt",
        action="store_true",
        help="speech: each recording spoken into the microphone in real time with the key held, released "
        "0.5 s after the last word (STT runs while the key is held, as in the app); slower",
    )
    speech.add_argument("--out", type=Path, help="speech: write one JSON line per scored turn to this file")
    speech.add_argument(
        "--heard",
        type=Path,
        nargs="+",
        metavar="FILE",
        help="speech: answer again the transcripts saved by earlier --out runs (with their --set), with "
        "today's fast path and no audio or STT: what a fast-path change alone does, in seconds",
    )
    speech.add_argument(
        "--merge",
        type=Path,
        nargs="+",
        metavar="FILE",
        help="speech: figures of turns saved by earlier --out runs",
    )
    agent = parser.add_argument_group("agent", "options of `bench agent` (also --ids, --limit, --details)")
    agent.add_argument("--base-url", help="agent: the OpenAI-compatible server (default: Settings)")
    agent.add_argument("--model", help="agent: the model name (default: Settings)")
    agent.add_argument("--no-prefix", action="store_true", help="agent: skip the cold/warm prefix probe")
    agent.add_argument(
        "--no-audio",
        action="store_true",
        help="agent: no first-audio figure (Piper speaking the first sentence); speech: the answers are not "
        "spoken (no voice loaded, no first-audio figures; Kokoro's runs are most of an Italian turn)",
    )
    agent.add_argument(
        "--timeout",
        type=float,
        default=300.0,
        help="agent: seconds per model request (default 300: a CPU server's cold prompt takes minutes)",
    )
    agent.add_argument(
        "--price",
        help="agent: USD per million tokens as INPUT,CACHED,OUTPUT (e.g. 0.40,0.10,1.60) for cost per turn",
    )
    voice = parser.add_argument_group("voice", "options of `bench voice` (also --lang)")
    voice.add_argument("--voice", help="voice: only the voices whose name contains this")
    voice.add_argument(
        "--no-clips",
        action="store_true",
        help="speech, voice: Kokoro makes every piece (no clips of the fixed words)",
    )
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
    elif args.part == "speech":
        result = _speech(args)
    elif args.part == "agent":
        result = _agent(args)
    elif args.part == "voice":
        from benches.voice import run as bench_voice

        result = bench_voice(
            languages=(args.lang,) if args.lang else ("it", "en"), only=args.voice, clips=not args.no_clips
        )
    elif args.part == "hybrid":
        from benches.hybrid import run as bench_hybrid

        result = bench_hybrid(repeats=min(args.repeats, 3))
    elif args.part == "startup":
        result = _optional("benches.startup", "the desktop app")
    elif args.part == "turn":
        from benches.turn import run as bench_turn

        result = bench_turn(repeats=args.repeats)
    else:
        result = run_all(repeats=args.repeats)
    print(json.dumps(result, indent=2, ensure_ascii=False, default=str))
    return 0


def _speech(args: argparse.Namespace) -> dict[str, Any]:
    from benches.speech import merge
    from benches.speech import run as bench_speech

    if args.merge:
        return merge(args.merge)

    try:
        speeds = tuple(float(x) for x in args.speeds.split(",")) if args.speeds else None
    except ValueError as exc:
        raise ConfigError(f"--speeds takes numbers like 1.0,1.2, not {args.speeds!r}.") from exc
    conditions = (
        ("noisy",)
        if args.noisy
        else ("clean",)
        if args.clean
        else ("text",)
        if args.text
        else ("clean", "noisy")
    )
    return bench_speech(
        lang=args.lang,
        limit=args.limit,
        ids=[x.strip() for x in args.ids.split(",")] if args.ids else None,
        styles=tuple(x.strip() for x in args.styles.split(",")) if args.styles else None,
        speeds=speeds,
        conditions=conditions,
        details=args.details,
        out=args.out,
        set_path=SETS[args.speech_set],
        render_only=args.render,
        clips=not args.no_clips,
        stt_options=_stt_options(args.stt_option),
        ptt=args.ptt,
        speak=not args.no_audio,
        heard_from=args.heard,
    )


def _stt_options(pairs: list[str]) -> dict[str, Any]:
    """`--stt-option NAME=VALUE` pairs; values are JSON (4, 0.5, true), else text."""
    options: dict[str, Any] = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        if not sep or not name.strip():
            raise ConfigError(f"--stt-option takes NAME=VALUE (e.g. beam_size=4), not {pair!r}.")
        try:
            options[name.strip()] = json.loads(value)
        except json.JSONDecodeError:
            options[name.strip()] = value
    return options


def _agent(args: argparse.Namespace) -> dict[str, Any]:
    import dataclasses

    from benches.agent import piper_speaker
    from benches.agent import run as bench_agent
    from engine.agent import AgentOptions
    from engine.config import load_settings

    options = AgentOptions.from_settings(load_settings())
    overrides = {k: v for k, v in (("base_url", args.base_url), ("model", args.model)) if v}
    options = dataclasses.replace(options, max_retries=0, request_timeout_s=args.timeout, **overrides)
    if not options.configured:
        raise OfficinaError(
            "No model to measure: set a model server or an API key in Settings, or pass --base-url and --model."
        )
    prices = None
    if args.price:
        try:
            values = [float(v) for v in args.price.split(",")]
            prices = dict(zip(("input", "cached", "output"), values, strict=True))
        except ValueError as exc:
            raise OfficinaError(
                "--price wants three numbers: INPUT,CACHED,OUTPUT (USD per million tokens)."
            ) from exc
    return bench_agent(
        options,
        ids=[x.strip() for x in args.ids.split(",") if x.strip()] if args.ids else None,
        limit=args.limit,
        prefix_probe=not args.no_prefix,
        prices=prices,
        details=args.details,
        speak=None if args.no_audio else piper_speaker(),
    )


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
            message = (
                exc.message if isinstance(exc, OfficinaError | ModelError) else f"{type(exc).__name__}: {exc}"
            )
            _LOGGER.warning("bench %s failed: %s", name, message)
            errors[name] = message
    result["bench_seconds"] = round(time.perf_counter() - started, 1)
    if errors:
        result["errors"] = errors
    return result
