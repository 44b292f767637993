"""`officina bench hybrid`: end of speech → first audio with a fast, a slow and a dead cloud STT.

The cloud is the scripted OpenAI-compatible server (benches/openai_server.py) answering the transcription
after 0.3 s or 3 s, or a closed port (dead); local is whisper base; the turn is a plate look-up the
fast path answers offline, spoken by the joe voice, on the demo workshop. Each cloud runs twice:
`wait` is the race as it was before the hybrid policy (always wait for the cloud up to the deadline
unless it answers or fails), `adaptive` is the race now (stop waiting while the cloud is slow, take a
confident local text whose plate exists). Figures are medians of `repeats` turns after one warm-up;
`waited_after_local_ms` is the policy's own cost: how long the turn waited for the cloud once local's
text was ready (on a loaded machine local itself may outlast the deadline, hiding the wait).
"""

from __future__ import annotations

import asyncio
import statistics
import tempfile
from pathlib import Path
from typing import Any

from benches.openai_server import FakeOpenAI, Transcription
from benches.turn import _breakdown, _environment, _setup
from engine.config import Settings
from engine.errors import ConfigError
from engine.stt.hybrid_policy import CloudLatency, Plan

DEADLINE_MS = 1200
CLOUDS = {"fast": 0.3, "slow": 3.0, "dead": None}


class _AlwaysWait(CloudLatency):
    """The race before the policy: every turn waits for the cloud up to the deadline."""

    def plan(self) -> Plan:
        return "race"


async def _scenario(
    server: Any, backend: Any, audio: Any, question: str, cloud: str, policy: str, repeats: int
) -> dict[str, Any]:
    from engine.audio import FileSink
    from engine.pipeline import Pipeline
    from engine.stt.race import HybridSTT
    from engine.trace import TraceRecorder

    delay = CLOUDS[cloud]
    base_url = server.base_url if delay is not None else "http://127.0.0.1:9/v1"
    if delay is not None:
        server.default_transcription = _fake_server_transcription(question, delay)
    settings = Settings(
        language="en",
        fastpath_enabled=True,
        offline_only=True,
        stt_mode="hybrid",
        stt_cloud_base_url=base_url,
        stt_cloud_deadline_ms=DEADLINE_MS,
    )
    pipeline = await Pipeline.create(
        settings, backend=backend, player=FileSink(), actor="bench", recorder=TraceRecorder(None)
    )
    stt = pipeline.engines.stt
    if not isinstance(stt, HybridSTT):
        raise ConfigError("The hybrid benchmark needs a hybrid speech-to-text engine.")
    if policy == "wait":
        stt.latency = _AlwaysWait(DEADLINE_MS / 1000)
        stt.set_local_check(None)
    events: list[Any] = []
    pipeline.add_listener(events.append)
    first_audio: list[float] = []
    waited: list[float] = []
    local_ms: list[float] = []
    decided_ms: list[float] = []
    decisions: list[str] = []
    try:
        for turn in range(repeats + 1):
            events.clear()
            result = await pipeline.run_audio_turn(audio)
            if result.error:
                raise ConfigError(f"The benchmark turn failed: {result.error}")
            if turn:  # the first is a warm-up
                first_audio.append(_breakdown(events)["first_audio_ms"])
                decisions.append(stt.last_decision)
                waited.append(stt.last_timings.get("waited_after_local_s", 0.0) * 1000)
                decided_ms.append(stt.last_timings.get("decided_s", 0.0) * 1000)
                if "local_elapsed_s" in stt.last_timings:
                    local_ms.append(stt.last_timings["local_elapsed_s"] * 1000)
    finally:
        await pipeline.aclose()
    return {
        "first_audio_ms_p50": round(statistics.median(first_audio)),
        "first_audio_ms_max": round(max(first_audio)),
        "waited_after_local_ms_p50": round(statistics.median(waited)),
        "waited_after_local_ms_max": round(max(waited)),
        "stt_decided_ms_p50": round(statistics.median(decided_ms)),
        "local_stt_ms_p50": round(statistics.median(local_ms)) if local_ms else None,
        "decisions": sorted(set(decisions)),
    }


def _fake_server_transcription(text: str, delay_s: float) -> Any:
    return Transcription(text=text, delay_s=delay_s, language="english")


async def _run(folder: Path, repeats: int) -> dict[str, Any]:
    backend, plate, _owner, audio = await _setup(folder)
    question = f"Who owns the car with plate {plate}?"
    figures: dict[str, Any] = {}
    try:
        with FakeOpenAI() as server:
            for cloud in CLOUDS:
                for policy in ("wait", "adaptive"):
                    figures[f"{cloud}_{policy}"] = await _scenario(
                        server, backend, audio, question, cloud, policy, repeats
                    )
    finally:
        await backend.aclose()
    return {"hybrid_first_audio_ms": figures, "deadline_ms": DEADLINE_MS, "cloud_delay_s": CLOUDS}


def run(*, repeats: int = 3) -> dict[str, Any]:
    """Release → first audio per cloud (fast 0.3 s, slow 3 s, dead) and policy (wait, adaptive). Blocking."""
    import os

    with tempfile.TemporaryDirectory(prefix="officina-bench-") as tmp, _environment(Path(tmp) / "home"):
        result = asyncio.run(_run(Path(tmp), repeats))
    result["load_avg_1m"] = round(os.getloadavg()[0], 2)
    return result
