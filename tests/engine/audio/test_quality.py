"""The speech-to-noise estimate that makes a write heard over noise be said back first: real speech
(the project's own voice), silence around it as a push-to-talk recording has, and noise mixed in."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import numpy as np
import pytest

from engine.audio.quality import NOISY_BELOW_DB, heard_over_noise, speech_to_noise_db


@pytest.fixture(scope="module")
def spoken(installed_models: Path, tmp_path_factory: pytest.TempPathFactory) -> np.ndarray:
    from engine.audio import read_audio
    from engine.tts import speech_wav

    path = tmp_path_factory.mktemp("quality") / "said.wav"
    speech = read_audio(speech_wav("Book an oil change for tomorrow at ten thirty.", path))
    pause = np.zeros(4800, np.float32)  # the pre-roll and the tail of a push-to-talk recording
    return np.concatenate([pause, speech, pause])


def _with(
    noise: Callable[[int, np.random.Generator], np.ndarray], speech: np.ndarray, snr_db: float
) -> np.ndarray:
    rng = np.random.default_rng(7)
    n = noise(len(speech), rng)
    voiced = speech[np.abs(speech) > 0.01]
    gain = np.sqrt(np.mean(voiced**2) / (np.mean(n**2) * 10 ** (snr_db / 10)))
    return (speech + gain * n).astype(np.float32)


def _hiss(n: int, rng: np.random.Generator) -> np.ndarray:
    return rng.standard_normal(n)


def _hum(n: int, rng: np.random.Generator) -> np.ndarray:
    t = np.arange(n) / 16000
    return np.sin(2 * np.pi * 100 * t) + 0.3 * np.sin(2 * np.pi * 200 * t) + 0.05 * rng.standard_normal(n)


def test_quiet_speech_is_not_noisy(spoken: np.ndarray) -> None:
    snr = speech_to_noise_db(spoken)
    assert snr is not None and snr > 40
    assert not heard_over_noise(spoken)
    # a hands-free turn is cut close around the speech: still quiet
    assert not heard_over_noise(spoken[4800:-4800])
    # a real microphone's own faint hiss, 40 dB down, is still a quiet recording
    assert not heard_over_noise(_with(_hiss, spoken, 40))


@pytest.mark.parametrize("noise", [_hiss, _hum])
@pytest.mark.parametrize("snr_db", [5.0, 10.0, 15.0])
def test_speech_over_a_loud_background_is_noisy(spoken: np.ndarray, noise: object, snr_db: float) -> None:
    mixed = _with(noise, spoken, snr_db)  # type: ignore[arg-type]
    estimate = speech_to_noise_db(mixed)
    assert estimate is not None and estimate < NOISY_BELOW_DB, estimate
    assert heard_over_noise(mixed)


def test_louder_noise_reads_lower(spoken: np.ndarray) -> None:
    estimates = [speech_to_noise_db(_with(_hiss, spoken, snr)) for snr in (30.0, 20.0, 10.0, 0.0)]
    assert all(e is not None for e in estimates)
    assert estimates == sorted(estimates, reverse=True)  # type: ignore[type-var]


def test_too_short_to_tell() -> None:
    assert speech_to_noise_db(np.zeros(4000, np.float32)) is None
    assert not heard_over_noise(np.zeros(4000, np.float32))
    assert speech_to_noise_db(np.zeros(0, np.float32)) is None
