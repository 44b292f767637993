"""Cloud STT through the real `openai` client against a local server speaking the transcription API."""

from __future__ import annotations

import io
import wave
from collections.abc import Iterator

import numpy as np
import pytest

from benches.openai_server import FakeOpenAI, Transcription
from engine.config import Settings
from engine.errors import ConfigError, SttError, SttTimeoutError
from engine.secrets import STT_API_KEY, set_secret
from engine.stt import OpenAICloudSTT, create_stt

AUDIO = (0.1 * np.sin(2 * np.pi * 220 * np.arange(16_000) / 16_000)).astype(np.float32)


@pytest.fixture
def server() -> Iterator[FakeOpenAI]:
    with FakeOpenAI() as fake:
        yield fake


def _auth(server: FakeOpenAI) -> str:
    headers = {k.lower(): v for k, v in server.requests[0].headers.items()}
    return headers["authorization"]


def cloud(server: FakeOpenAI, *, timeout: float = 5.0) -> OpenAICloudSTT:
    return OpenAICloudSTT(api_key="sk-test", base_url=server.base_url, timeout=timeout)


async def test_transcribes_a_wav_with_language_and_prompt(server: FakeOpenAI) -> None:
    server.script_transcriptions([Transcription(text=" Prenota un tagliando per AB123CD. ")])
    stt = cloud(server)
    result = await stt.transcribe(AUDIO, language="it", prompt="Targhe: AB123CD")
    await stt.aclose()
    assert result.text == "Prenota un tagliando per AB123CD."
    assert result.engine == "cloud" and result.language == "it"
    assert result.audio_s == pytest.approx(1.0) and result.elapsed_s > 0
    body = server.requests[0].body
    assert body["model"] == "gpt-4o-mini-transcribe"
    assert body["language"] == "it" and body["prompt"] == "Targhe: AB123CD"
    with wave.open(io.BytesIO(body["file"])) as wav:
        assert (wav.getframerate(), wav.getnchannels(), wav.getsampwidth(), wav.getnframes()) == (
            16000,
            1,
            2,
            16000,
        )
    assert _auth(server) == "Bearer sk-test"


@pytest.mark.parametrize(("status", "retryable"), [(500, True), (429, True), (400, False), (401, False)])
async def test_http_errors_become_stt_errors(server: FakeOpenAI, status: int, retryable: bool) -> None:
    server.script_transcriptions([Transcription(status=status)])
    with pytest.raises(SttError, match=f"HTTP {status}") as info:
        await cloud(server).transcribe(AUDIO, language="en")
    assert info.value.retryable is retryable
    assert type(info.value.__cause__).__module__.startswith("openai")


async def test_slow_server_is_a_timeout(server: FakeOpenAI) -> None:
    server.script_transcriptions([Transcription(text="late", delay_s=3.0)])
    with pytest.raises(SttTimeoutError):
        await cloud(server, timeout=0.5).transcribe(AUDIO, language="en")


async def test_unreachable_server_is_an_stt_error() -> None:
    stt = OpenAICloudSTT(api_key="sk-test", base_url="http://127.0.0.1:9/v1", timeout=2.0)
    with pytest.raises(SttError, match="unreachable"):
        await stt.transcribe(AUDIO, language="en")


def test_missing_key_is_a_config_error() -> None:
    with pytest.raises(ConfigError, match="API key"):
        OpenAICloudSTT(api_key=None)
    with pytest.raises(ConfigError, match="API key"):
        create_stt(Settings(stt_mode="cloud"))


async def test_factory_builds_cloud_from_settings_and_keyring(server: FakeOpenAI) -> None:
    set_secret(STT_API_KEY, "sk-from-keyring")
    server.script_transcriptions([Transcription(text="ok")])
    stt = create_stt(Settings(stt_mode="cloud", llm_base_url=server.base_url, stt_cloud_model="whisper-1"))
    assert isinstance(stt, OpenAICloudSTT)
    assert (await stt.transcribe(AUDIO, language="en")).text == "ok"
    assert server.requests[0].body["model"] == "whisper-1"
    assert _auth(server) == "Bearer sk-from-keyring"


async def test_factory_uses_openai_key_from_environment(
    server: FakeOpenAI, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", "sk-env")
    server.script_transcriptions([Transcription(text="ok")])
    stt = create_stt(Settings(stt_mode="cloud", stt_cloud_base_url=server.base_url))
    await stt.transcribe(AUDIO, language="en")
    assert _auth(server) == "Bearer sk-env"
