"""Issue 5's round trip, with no network at all: Piper speaks a command, whisper base transcribes it,
the fast path books it in the local backend, and the answer is spoken by Piper to a WAV."""

from __future__ import annotations

import socket
from pathlib import Path
from typing import Any

import pytest

from engine.config import Settings
from engine.fastpath import FastPath
from tests.engine.fastpath.conftest import NOW
from wp_api.contract import CallContext

pytestmark = pytest.mark.slow


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> list[Any]:
    """Every attempt to open a network connection fails (and is recorded)."""
    attempts: list[Any] = []
    real_connect = socket.socket.connect

    def refuse(self: socket.socket, address: Any) -> None:
        if self.family == getattr(socket, "AF_UNIX", None):
            return real_connect(self, address)
        attempts.append(address)
        raise OSError("network disabled in this test")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", lambda *a, **k: refuse(socket.socket(), a[0]))
    return attempts


async def test_spoken_booking_round_trip_offline(
    round_trip_stt: Any, local_backend: Any, tmp_path: Path, no_network: list[Any]
) -> None:
    from engine.audio.files import read_audio, read_wav
    from engine.tts.speech_wav import speech_wav

    settings = Settings(language="en", llm_base_url="http://127.0.0.1:9/v1")  # a closed port, no API key
    assert settings.fastpath_enabled

    # Piper (joe) spells the plate the way a person at the counter does. Its default noise makes every
    # rendering different (1 in 6 was heard "Boken oil change", 1 in 6 "A, D, 1, 2, 3": the fast path
    # then rightly asks AB123CD or AP123CD), so speech_wav renders it without noise: reproducible.
    command = speech_wav(
        "Book an oil change for plate A, B, 1, 2, 3, C, D, tomorrow morning.", tmp_path / "command.wav"
    )
    heard = await round_trip_stt.transcribe(read_audio(command), language="en")
    text = heard.text
    assert "oil change" in text.lower() and "tomorrow morning" in text.lower(), text

    fast = FastPath(local_backend, language=settings.language, now=lambda: NOW)
    asked = await fast.handle(text, CallContext(session_id="round-trip"))
    # "tomorrow morning", no time: the morning's first free time is said back for a yes
    assert asked.handled and asked.clarification and "AB123CD" in asked.clarification, (text, asked)
    out = await fast.resume("yes", CallContext(session_id="round-trip"))
    assert out is not None and out.handled, (text, out)
    [booking] = [c for c in out.tool_calls if c.name == "create_appointment"]
    assert booking.result.ok
    appointment = booking.result.data["appointment"]
    assert appointment["plate"] == "AB123CD"
    assert appointment["start"].startswith("2026-03-03T") and appointment["start"][11:13] < "13"
    assert out.reply_text.startswith("Done:")

    answer = speech_wav(out.reply_text, tmp_path / "answer.wav")
    samples, rate = read_wav(answer)
    assert len(samples) / rate > 1.5
    spoken_back = await round_trip_stt.transcribe(read_audio(answer), language="en")
    assert "panda" in spoken_back.text.lower(), spoken_back.text
    assert no_network == []
