"""Hybrid STT: real local whisper raced against a cloud that is slow, failing or fast (local server)."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator

import numpy as np
import pytest

from benches.openai_server import FakeOpenAI, Transcription
from engine.config import Settings
from engine.errors import SttError
from engine.stt import FasterWhisperSTT, HybridSTT, OpenAICloudSTT, create_stt
from engine.stt.hybrid_policy import CloudLatency, Confidence
from tests.engine.stt.conftest import Speak

TEXT = "Book an oil change for plate AB 123 CD next Wednesday."


@pytest.fixture
def server() -> Iterator[FakeOpenAI]:
    with FakeOpenAI() as fake:
        yield fake


def hybrid(local: FasterWhisperSTT | OpenAICloudSTT, server: FakeOpenAI, deadline_s: float) -> HybridSTT:
    cloud = OpenAICloudSTT(api_key="sk-test", base_url=server.base_url, timeout=10.0)
    return HybridSTT(local, cloud, deadline_s=deadline_s)


async def test_slow_cloud_loses_to_local(
    whisper_base: FasterWhisperSTT, speak: Speak, server: FakeOpenAI
) -> None:
    server.script_transcriptions([Transcription(text="cloud text", delay_s=5.0)])
    stt = hybrid(whisper_base, server, deadline_s=0.5)
    result = await stt.transcribe(speak(TEXT), language="en")
    assert result.won_by == "local" and result.engine == "local"
    assert "wednesday" in result.text.lower()
    assert result.alternatives == {"local": result.text}
    assert "decided_s" in result.timings


async def test_failing_cloud_never_loses_the_turn(
    whisper_base: FasterWhisperSTT, speak: Speak, server: FakeOpenAI
) -> None:
    server.script_transcriptions([Transcription(status=500)])
    stt = hybrid(whisper_base, server, deadline_s=5.0)
    result = await stt.transcribe(speak(TEXT), language="en")
    assert result.won_by == "local"
    assert "oil change" in result.text.lower()
    assert len(server.requests) == 1


async def test_cloud_within_deadline_wins_and_both_texts_are_kept(
    whisper_base: FasterWhisperSTT, speak: Speak, server: FakeOpenAI
) -> None:
    # the cloud answers after local has finished (local takes well under 2.5 s) but within the deadline
    server.script_transcriptions(
        [Transcription(text="Book an oil change for plate AB123CD next Wednesday.", delay_s=2.5)]
    )
    stt = hybrid(whisper_base, server, deadline_s=10.0)
    result = await stt.transcribe(speak(TEXT), language="en", prompt="Plate AB123CD.")
    assert result.won_by == "cloud" and result.engine == "cloud"
    assert result.text == "Book an oil change for plate AB123CD next Wednesday."
    assert set(result.alternatives) == {"local", "cloud"}
    assert "wednesday" in result.alternatives["local"].lower()
    assert server.requests[0].body["prompt"] == "Plate AB123CD."


async def test_local_failure_falls_back_to_cloud(server: FakeOpenAI) -> None:
    with FakeOpenAI() as broken_local_server:
        broken_local_server.script_transcriptions([Transcription(status=500)])
        broken_local = OpenAICloudSTT(api_key="sk", base_url=broken_local_server.base_url, timeout=5.0)
        server.script_transcriptions([Transcription(text="from the cloud", delay_s=0.3)])
        stt = hybrid(broken_local, server, deadline_s=0.05)  # even after its deadline, the cloud is used
        result = await stt.transcribe(np.full(16_000, 0.1, np.float32), language="en")
    assert result.text == "from the cloud" and result.won_by == "cloud"


async def test_both_failing_is_one_stt_error(server: FakeOpenAI) -> None:
    with FakeOpenAI() as other:
        other.script_transcriptions([Transcription(status=500)])
        server.script_transcriptions([Transcription(status=503)])
        local = OpenAICloudSTT(api_key="sk", base_url=other.base_url, timeout=5.0)
        with pytest.raises(SttError) as info:
            await hybrid(local, server, deadline_s=1.0).transcribe(np.full(16_000, 0.1, np.float32))
    assert "\n" not in info.value.message


async def test_hybrid_streaming_session(
    whisper_base: FasterWhisperSTT, speak: Speak, server: FakeOpenAI
) -> None:
    server.script_transcriptions([Transcription(text="cloud", status=500)])
    session = hybrid(whisper_base, server, deadline_s=2.0).start_stream(language="en")
    audio = speak(TEXT)
    for i in range(0, len(audio), 3200):
        session.accept_chunk(audio[i : i + 3200])
    result = await session.finish()
    assert result.won_by == "local" and "wednesday" in result.text.lower()


def test_factory_hybrid_without_key_runs_local_and_says_why(installed_models) -> None:
    stt = create_stt(Settings(stt_mode="hybrid"))
    assert isinstance(stt, FasterWhisperSTT)
    assert stt.notice and "API key" in stt.notice
    assert create_stt(Settings(stt_mode="local")).notice is None


def test_factory_hybrid_with_key(installed_models, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", "sk-env")
    stt = create_stt(Settings(stt_mode="hybrid", stt_cloud_deadline_ms=900))
    assert isinstance(stt, HybridSTT) and stt.deadline_s == pytest.approx(0.9)


async def test_cancelling_the_turn_stops_the_race(
    whisper_base: FasterWhisperSTT, speak: Speak, server: FakeOpenAI
) -> None:
    server.script_transcriptions([Transcription(text="never", delay_s=5.0)])
    stt = hybrid(whisper_base, server, deadline_s=10.0)
    task = asyncio.create_task(stt.transcribe(speak(TEXT), language="en"))
    await asyncio.sleep(0.3)
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task


# --- not waiting for a slow cloud; taking a confident local text at once -----------------------------

EASY = Confidence(min_avg_logprob=-1.0, max_no_speech_prob=0.9)  # the thresholds have their own tests


def slow_history(deadline_s: float) -> CloudLatency:
    return CloudLatency(deadline_s, history=[3.0, 3.0], clock=lambda: 0.0)


async def test_while_the_cloud_is_slow_the_turn_does_not_wait_or_even_ask(
    whisper_base: FasterWhisperSTT, speak: Speak, server: FakeOpenAI
) -> None:
    latency = slow_history(1.2)
    assert latency.plan() == "probe"  # this window's probe was already spent
    cloud = OpenAICloudSTT(api_key="sk-test", base_url=server.base_url, timeout=10.0)
    stt = HybridSTT(whisper_base, cloud, deadline_s=1.2, latency=latency)
    result = await stt.transcribe(speak(TEXT), language="en")
    assert result.won_by == "local" and "wednesday" in result.text.lower()
    assert "not waited for" in stt.last_decision
    assert server.requests == []
    await stt.aclose()


async def test_a_probe_asks_the_slow_cloud_without_waiting_and_learns_its_latency(
    whisper_base: FasterWhisperSTT, speak: Speak, server: FakeOpenAI
) -> None:
    server.script_transcriptions([Transcription(text="cloud text", delay_s=0.5)])
    latency = slow_history(10.0)
    latency.deadline_s = 1.0  # 3 s is slow for a 1 s deadline
    cloud = OpenAICloudSTT(api_key="sk-test", base_url=server.base_url, timeout=10.0)
    stt = HybridSTT(whisper_base, cloud, deadline_s=1.0, latency=latency)
    before = latency.ewma_s
    result = await stt.transcribe(speak(TEXT), language="en")
    assert result.engine in ("local", "cloud")  # the probe's answer is used only if it beat local
    for _ in range(100):  # the probe keeps running after the turn: wait for its answer
        if latency.ewma_s != before:
            break
        await asyncio.sleep(0.05)
    assert latency.ewma_s is not None and before is not None and latency.ewma_s < before
    assert len(server.requests) == 1
    await stt.aclose()


async def test_a_confident_local_text_whose_plates_exist_is_taken_at_once(
    whisper_base: FasterWhisperSTT, speak: Speak, server: FakeOpenAI
) -> None:
    server.script_transcriptions([Transcription(text="cloud text", delay_s=5.0)])
    checked: list[str] = []

    async def plates_exist(text: str) -> bool:
        checked.append(text)
        return True

    cloud = OpenAICloudSTT(api_key="sk-test", base_url=server.base_url, timeout=10.0)
    stt = HybridSTT(whisper_base, cloud, deadline_s=10.0, confidence=EASY, local_check=plates_exist)
    result = await stt.transcribe(speak(TEXT), language="en")
    assert result.won_by == "local" and checked == [result.text]
    assert stt.last_decision == "local confident, its plates exist"
    await stt.aclose()


async def test_a_local_plate_the_workshop_does_not_know_waits_for_the_cloud(
    whisper_base: FasterWhisperSTT, speak: Speak, server: FakeOpenAI
) -> None:
    server.script_transcriptions([Transcription(text="Book an oil change for AB123CD.", delay_s=2.0)])

    async def unknown_plate(text: str) -> bool:
        return False

    cloud = OpenAICloudSTT(api_key="sk-test", base_url=server.base_url, timeout=10.0)
    stt = HybridSTT(whisper_base, cloud, deadline_s=10.0, confidence=EASY, local_check=unknown_plate)
    result = await stt.transcribe(speak(TEXT), language="en")
    assert result.won_by == "cloud" and result.text == "Book an oil change for AB123CD."
    assert stt.latency.ewma_s is not None and not stt.latency.slow
    await stt.aclose()
