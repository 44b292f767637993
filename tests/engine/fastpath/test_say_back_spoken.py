"""The say-back wired end to end: a booking spoken over a loud background goes through the real
pipeline (Silero VAD, whisper base, the fast path, the local workshop) and is said back, not made;
the "yes" of the next turn makes it. The same words spoken quietly are booked at once."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np
import pytest

from engine.config import Settings
from engine.fastpath import FastPath
from tests.engine.fastpath.conftest import NOW
from tests.support.noise import under_hum

pytestmark = pytest.mark.slow

SAID = "Book an oil change for the grey Panda, A, B, 1, 2, 3, C, D, tomorrow at ten."


def _spoken(path: Path) -> np.ndarray:
    from engine.audio import read_audio
    from engine.tts.speech_wav import speech_wav

    speech = read_audio(speech_wav(SAID, path))  # one rendition, so whisper hears the same words every run
    pause = np.zeros(4800, np.float32)  # the pre-roll and the tail before the key comes up
    return np.concatenate([pause, speech, pause])


@pytest.fixture
async def pipeline(installed_models: Path, local_backend: Any) -> Any:
    from engine.audio import FileSink
    from engine.pipeline import Pipeline

    settings = Settings(language="en", offline_only=True, fastpath_enabled=True, save_audio=False)
    made = await Pipeline.create(
        settings, backend=local_backend, player=FileSink(), actor="test", install_models=False, warm_up=False
    )
    made.fastpath = FastPath(local_backend, language="en", now=lambda: NOW)
    yield made
    await made.aclose()


def _writes(result: Any) -> list[Any]:
    return [c for c in result.tool_calls if c.name == "create_appointment"]


async def test_a_booking_spoken_over_noise_is_said_back_and_made_on_yes(
    pipeline: Any, tmp_path: Path
) -> None:
    events: list[Any] = []
    pipeline.add_listener(events.append)
    noisy = under_hum(_spoken(tmp_path / "said.wav"), snr_db=12.0)

    asked = await pipeline.run_audio_turn(noisy)

    captured = next(e for e in events if e.type == "audio_captured")
    assert captured.snr_db is not None and captured.snr_db < 25, captured
    assert not _writes(asked), asked  # nothing booked from words heard over noise
    assert asked.path == "clarify", asked
    assert asked.reply_text.startswith("It's noisy here, so let me check. Booking: "), asked.reply_text
    assert "AB123CD" in asked.reply_text and asked.reply_text.endswith("Shall I?")

    done = await pipeline.run_text_turn("yes")
    assert done.path == "fastpath", done
    (booking,) = _writes(done)
    assert booking.result.ok and booking.result.data["appointment"]["plate"] == "AB123CD"
    assert done.reply_text.startswith("Done:")


async def test_the_same_booking_spoken_quietly_is_made_at_once(pipeline: Any, tmp_path: Path) -> None:
    result = await pipeline.run_audio_turn(_spoken(tmp_path / "said.wav"))
    assert result.path == "fastpath", result
    (booking,) = _writes(result)
    assert booking.result.ok
