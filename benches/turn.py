"""Whole-turn benchmark: end of speech → first audio of the answer, through the real pipeline.

The LLM is the scripted OpenAI-compatible server (benches/openai_server.py)
answering after 0 ms and 350 ms per round, two rounds (a tool call, then the answer); the fast-path
figure runs the same spoken question with no model at all. `peak_rss_mb()` measures, in a fresh
process, the engine with whisper base, Silero and one voice loaded after one turn.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import os
import resource
import statistics
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import numpy as np

from benches.openai_server import FakeOpenAI, Round, ToolCall
from benches.replay_mic import push_to_talk
from engine.config import Settings
from engine.errors import ConfigError
from i18n.replies import reply

_LOGGER = logging.getLogger(__name__)

QUESTION = "Who owns the car with plate {spelled}?"
LLM_DELAYS_MS = (0, 350)
PTT_HOLD_AFTER_S = 0.3
PTT_LATE_RELEASE_S = 0.8
ACKNOWLEDGEMENTS = tuple(reply("one_moment", language) for language in ("it", "en"))


@contextlib.contextmanager
def _environment(home: Path) -> Iterator[None]:
    """A throwaway OFFICINA_HOME (the user's installed models still used) and API key, restored afterwards."""
    import models

    keys = ("OFFICINA_HOME", "OPENAI_API_KEY", "OFFICINA_KEYRING", "OFFICINA_MODELS_DIR")
    saved = {k: os.environ.get(k) for k in keys}
    os.environ.update(
        {
            "OFFICINA_MODELS_DIR": str(models.models_dir()),
            "OFFICINA_HOME": str(home),
            "OPENAI_API_KEY": "bench",
            "OFFICINA_KEYRING": "file",
        }
    )
    try:
        yield
    finally:
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value


async def _setup(folder: Path) -> tuple[Any, str, str, np.ndarray]:
    from engine.audio import read_audio
    from engine.tts import speech_wav
    from wp_api.contract import CallContext
    from wp_api.local import LocalBackend
    from wp_api.local.demo import build_demo

    db = folder / "workshop.sqlite3"
    if not db.exists():
        await asyncio.to_thread(build_demo, db, customers=300)
    backend = LocalBackend(db, kick_outbox=False)
    found = await backend.call_tool(
        "search_appointments", {"status": "approved", "limit": 1}, context=CallContext(session_id="bench")
    )
    appointment = found.data["appointments"][0]
    plate = appointment["plate"]
    wav = await asyncio.to_thread(
        speech_wav, QUESTION.format(spelled=" ".join(plate)), folder / "question.wav"
    )
    return backend, plate, appointment["customer"], read_audio(wav)


async def _turns(folder: Path, repeats: int) -> dict[str, Any]:
    from engine.audio import FileSink
    from engine.pipeline import Pipeline
    from engine.trace import TraceRecorder

    backend, plate, owner, audio = await _setup(folder)
    figures: dict[str, float] = {}
    parts: dict[str, dict[str, float]] = {}
    try:
        with FakeOpenAI() as server:
            settings = Settings(language="en", llm_base_url=server.base_url, fastpath_enabled=False)
            pipeline = await Pipeline.create(
                settings, backend=backend, player=FileSink(), actor="bench", recorder=TraceRecorder(None)
            )
            await pipeline.ready()
            await pipeline.render_phrases()  # as the desktop app does once it has started
            events: list[Any] = []
            pipeline.add_listener(events.append)
            for delay_ms in LLM_DELAYS_MS:
                server.default_delay_s = delay_ms / 1000
                samples: list[dict[str, float]] = []
                for _ in range(repeats + 1):  # the first run is a warm-up
                    server.script(
                        [
                            Round(tool_calls=[ToolCall("find_vehicle", {"plate": plate})]),
                            Round(text=f"It belongs to {owner}. Anything else?"),
                        ]
                    )
                    events.clear()
                    result = await pipeline.run_audio_turn(audio)
                    if result.error:
                        raise ConfigError(f"The benchmark turn failed: {result.error}")
                    samples.append(_breakdown(events))
                samples = samples[1:]
                figures[f"llm_{delay_ms}ms"] = _median(samples, "first_audio_ms")
                parts[f"llm_{delay_ms}ms"] = {k: _median(samples, k) for k in samples[0]}
            # push-to-talk: the key is released 300 ms after the last word; latency from the last word
            for delay_ms in LLM_DELAYS_MS:
                server.default_delay_s = delay_ms / 1000
                ptt = await _ptt_first_audio(pipeline, server, audio, plate, owner, PTT_HOLD_AFTER_S, repeats)
                figures[f"ptt_llm_{delay_ms}ms"] = ptt
            # a person who keeps the key down 800 ms: STT is done before release, the model may start
            server.default_delay_s = LLM_DELAYS_MS[-1] / 1000
            late = await _ptt_first_audio(pipeline, server, audio, plate, owner, PTT_LATE_RELEASE_S, repeats)
            figures[f"ptt_llm_{LLM_DELAYS_MS[-1]}ms_hold800"] = late
            server.default_delay_s = 0.0
            await pipeline.aclose()
            barge = await _barge_in(server, backend, repeats)
        fast = Settings(language="en", fastpath_enabled=True, offline_only=True)
        pipeline = await Pipeline.create(
            fast, backend=backend, player=FileSink(), actor="bench", recorder=TraceRecorder(None)
        )
        await pipeline.ready()
        events = []
        pipeline.add_listener(events.append)
        samples = []
        for _ in range(repeats + 1):
            events.clear()
            result = await pipeline.run_audio_turn(audio)
            samples.append(_breakdown(events))
        samples = samples[1:]
        if result.path == "fastpath":
            figures["fastpath"] = _median(samples, "first_audio_ms")
            parts["fastpath"] = {k: _median(samples, k) for k in samples[0]}
        await pipeline.aclose()
    finally:
        await backend.aclose()
    return {"turn_first_audio_ms": figures, "turn_breakdown_ms": parts, **barge}


async def _ptt_first_audio(
    pipeline: Any, server: FakeOpenAI, audio: np.ndarray, plate: str, owner: str, hold_s: float, repeats: int
) -> float:
    """Median key-release → first audio (ms) of push-to-talk turns with the key held `hold_s` after the
    words, after one warm-up turn; the model looks the plate up, then answers."""
    samples: list[float] = []
    for _ in range(max(2, repeats // 2) + 1):
        server.script(
            [
                Round(tool_calls=[ToolCall("find_vehicle", {"plate": plate})]),
                Round(text=f"It belongs to {owner}. Anything else?"),
            ]
        )
        turn = await push_to_talk(pipeline, audio, hold_s)
        first = next((e for e in turn.events if e.type == "tts_first_audio"), None)
        if turn.result.error or first is None:
            raise ConfigError(f"The push-to-talk benchmark turn failed: {turn.result.error}")
        samples.append((first.t - len(audio) / 16_000) * 1000)
    return round(statistics.median(samples[1:]), 1)


async def _barge_in(server: Any, backend: Any, repeats: int) -> dict[str, Any]:
    """Barge-in while a long answer is spoken and still streaming: ms until the speaker is silent and
    until the turn is over (model stream cancelled, synthesis stopped)."""
    import threading
    import time

    from engine.audio import FileSink
    from engine.pipeline import Pipeline
    from engine.trace import TraceRecorder

    long_answer = " ".join(f"Sentence {n} of a long answer about the workshop." for n in range(1, 15))
    sink = FileSink(realtime=True)
    settings = Settings(language="en", llm_base_url=server.base_url, fastpath_enabled=False)
    pipeline = await Pipeline.create(
        settings, backend=backend, player=sink, actor="bench", recorder=TraceRecorder(None)
    )
    await pipeline.ready()
    loop = asyncio.get_running_loop()
    silence, ends = [], []
    try:
        for _ in range(repeats):
            server.script([Round(text=long_answer, text_pieces=40, chunk_delay_s=0.05)])
            speaking = asyncio.Event()

            def listen(event: Any, speaking: asyncio.Event = speaking) -> None:
                if event.type == "tts_first_audio":
                    loop.call_soon_threadsafe(speaking.set)

            pipeline.add_listener(listen)
            turn = asyncio.create_task(pipeline.run_text_turn("tell me about the workshop"))
            await speaking.wait()
            await asyncio.sleep(0.3)
            pressed = time.monotonic()
            threading.Thread(target=pipeline.barge_in).start()
            while sink.playing:
                await asyncio.sleep(0.001)
            silence.append((time.monotonic() - pressed) * 1000)
            await turn
            ends.append((time.monotonic() - pressed) * 1000)
            pipeline.remove_listener(listen)
            await asyncio.sleep(0.2)
    finally:
        await pipeline.aclose()
    return {
        "barge_in_ms": {
            "to_silence": round(statistics.median(silence), 1),
            "to_turn_end": round(statistics.median(ends), 1),
        }
    }


def _breakdown(events: list[Any]) -> dict[str, float]:
    """Milliseconds per stage of one turn, from its trace events."""
    by_type: dict[str, list[Any]] = {}
    for event in events:
        by_type.setdefault(event.type, []).append(event)
    first_audio = by_type.get("tts_first_audio", [None])[0]
    stt = by_type.get("stt_final", [None])[0]
    first_token = by_type.get("llm_first_token", [None])[0]
    out = {
        "first_audio_ms": (first_audio.since_speech_end_s or 0.0) * 1000 if first_audio else float("nan"),
        "stt_ms": stt.elapsed_s * 1000 if stt else 0.0,
        # before STT began: the offline VAD over the whole recording (audio turns); ~0 in push-to-talk
        "before_stt_ms": max(0.0, stt.t - stt.elapsed_s) * 1000 if stt else 0.0,
        # the first model round, request to first token (the scripted delay plus client and server time)
        "first_round_ms": first_token.ttft_s * 1000 if first_token else 0.0,
        "llm_ms": sum(e.duration_s for e in by_type.get("llm_done", [])) * 1000,
        "tools_ms": sum(e.duration_s for e in by_type.get("tool_result", [])) * 1000,
        "tts_first_audio_ms": first_audio.ttfb_s * 1000 if first_audio else float("nan"),
        # the first audio may be the "one moment" acknowledgement: when the answer's own words were ready
        "answer_to_tts_ms": next(
            (e.t * 1000 for e in by_type.get("tts_sentence", []) if e.text not in ACKNOWLEDGEMENTS),
            float("nan"),
        ),
    }
    return out


def _median(samples: list[dict[str, float]], key: str) -> float:
    return round(statistics.median(s[key] for s in samples), 1)


def run(*, repeats: int = 5) -> dict[str, Any]:
    """`turn_first_audio_ms` {"llm_0ms", "llm_350ms", "fastpath", "ptt_llm_0ms", "ptt_llm_350ms"} medians
    and a per-stage breakdown (blocking). `ptt_llm_*` is push-to-talk with the key released 300 ms after the
    last word (`_hold800`: 800 ms), measured from the last word (STT starts speculatively at VAD end of
    speech, before release, and the model on its transcript when that is ready before release)."""
    with tempfile.TemporaryDirectory(prefix="officina-bench-") as tmp, _environment(Path(tmp) / "home"):
        return asyncio.run(_turns(Path(tmp), repeats))


def peak_rss_mb() -> float:
    """Peak resident memory (MB) of a fresh engine process with whisper base, Silero and one voice, after a turn."""
    from wp_api.local.demo import build_demo

    with tempfile.TemporaryDirectory(prefix="officina-rss-") as tmp:
        build_demo(Path(tmp) / "workshop.sqlite3", customers=300)  # here: its page cache is not the engine's
        out = subprocess.run(
            [sys.executable, "-m", "benches.turn", "--rss", tmp],
            capture_output=True,
            text=True,
            check=False,
            timeout=600,
        )
    if out.returncode != 0:
        raise ConfigError(f"The memory benchmark failed: {out.stderr.strip().splitlines()[-1:]}")
    return float(json.loads(out.stdout.strip().splitlines()[-1])["peak_rss_mb"])


def _rss_child(folder: Path) -> None:
    with _environment(folder / "home"):
        asyncio.run(_turns(folder, repeats=1))
    print(json.dumps({"peak_rss_mb": round(_own_peak_rss_mb(), 1)}))


def _own_peak_rss_mb() -> float:
    """This process's peak RSS. Linux keeps getrusage's ru_maxrss across fork+exec (so a child started
    by a big parent reports the parent's size): use the memory map's own high-water mark there."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    usage = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return usage / (1024 * 1024 if sys.platform == "darwin" else 1024)  # bytes on macOS, KiB elsewhere


if __name__ == "__main__":
    if "--rss" in sys.argv:
        _rss_child(Path(sys.argv[sys.argv.index("--rss") + 1]))
    else:
        print(json.dumps(run(), indent=2))
