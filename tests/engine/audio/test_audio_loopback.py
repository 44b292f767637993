"""Play through a real output device into the null sink and capture it back from the monitor."""

from __future__ import annotations

import time

import numpy as np

from engine.audio import STT_RATE, AudioChunk, MicCapture, Player


def _tone(freq: float, seconds: float, rate: int = 22_050, amp: float = 0.3) -> AudioChunk:
    t = np.arange(int(seconds * rate)) / rate
    return AudioChunk((amp * np.sin(2 * np.pi * freq * t)).astype(np.float32), rate)


def _dominant_hz(samples: np.ndarray) -> float:
    spectrum = np.abs(np.fft.rfft(samples * np.hanning(len(samples))))
    return float(np.fft.rfftfreq(len(samples), 1 / STT_RATE)[int(np.argmax(spectrum))])


def _wait_for(predicate, timeout: float = 5.0) -> bool:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if predicate():
            return True
        time.sleep(0.01)
    return False


def test_tone_round_trip_with_preroll(pulse_sink: str) -> None:
    levels: list[float] = []
    frames: list[np.ndarray] = []
    player = Player()
    with MicCapture(preroll_s=0.3, on_level=levels.append) as mic:
        mic.add_consumer(frames.append)
        player.play(_tone(440.0, 1.5))
        loud_since: list[float] = []

        def tone_heard_for_400ms() -> bool:
            if levels and levels[-1] > -20:
                loud_since.append(time.monotonic())
            return bool(loud_since) and time.monotonic() - loud_since[0] > 0.4

        assert _wait_for(tone_heard_for_400ms), f"tone never reached the capture side; levels={levels[-5:]}"
        mic.begin()
        time.sleep(0.3)
        audio = mic.end()
    player.close()

    assert mic.native_rate > 0
    assert audio.dtype == np.float32 and audio.ndim == 1
    assert len(audio) >= int(0.5 * STT_RATE)
    preroll = audio[: int(0.2 * STT_RATE)]
    assert np.sqrt(np.mean(preroll**2)) > 0.1, "pre-roll (audio from before begin()) is missing"
    assert abs(_dominant_hz(audio[: int(0.5 * STT_RATE)]) - 440.0) < 10
    assert sum(len(f) for f in frames) == len(audio), "consumers must see exactly the captured audio"


def test_stop_silences_the_device(pulse_sink: str) -> None:
    player = Player().open()
    with MicCapture(preroll_s=0.3) as mic:
        assert _wait_for(lambda: mic.received_samples > 0.3 * STT_RATE), "the capture never started"
        player.play(_tone(660.0, 3.0))
        assert _wait_for(lambda: player.played_samples > player.sample_rate * 0.3)
        mic.begin()
        time.sleep(0.1)
        before_stop = mic.end()
        player.stop()
        at_stop = player.played_samples
        time.sleep(0.45)  # the pre-roll of the next begin() then covers 150-450 ms after stop()
        mic.begin()
        after_stop = mic.end()
    after = player.played_samples - at_stop
    player.close()
    assert not player.playing
    assert np.sqrt(np.mean(before_stop**2)) > 0.1, "the tone did not reach the monitor before stop()"
    assert np.sqrt(np.mean(after_stop**2)) < 0.01, "the device kept sounding after stop()"
    # Only the block being pulled when stop() ran may still go out: far below 100 ms of audio.
    assert after <= 0.1 * player.sample_rate


def test_speech_through_the_device_path_reaches_the_vad(pulse_sink: str, installed_models) -> None:
    """Piper speech played to the null sink, captured at the device rate, resampled, VAD'd while capturing."""
    import models
    from engine.tts import PiperTTS
    from engine.vad import SileroVad, VadOptions

    tts = PiperTTS.load(models.resolve("en_US-joe-medium"))
    chunks = list(tts.synthesize_blocking("Book an oil change for the grey Panda on Wednesday."))
    stream = SileroVad.load().stream(VadOptions(min_silence_ms=300))
    events: list = []
    player = Player()
    with MicCapture() as mic:
        mic.add_consumer(lambda frame: events.extend(stream.push_frame(frame)))
        assert _wait_for(lambda: mic.received_samples > 0.5 * STT_RATE), "the capture never started"
        mic.begin()
        time.sleep(0.5)  # leading silence
        for chunk in chunks:
            player.play(chunk)
        assert _wait_for(lambda: not player.playing, timeout=10)
        assert _wait_for(lambda: stream.in_speech is False and events, timeout=5), events
        time.sleep(0.5)
        audio = mic.end()
    player.close()
    speech_s = sum(c.duration_s for c in chunks)
    types = [e.type for e in events]
    # Under heavy CPU load the device may underflow and split the speech: starts and ends alternate.
    assert types and types == ["speech_start", "speech_end"] * (len(types) // 2), (events, player.underflows)
    start, end = events[0], events[-1]
    # The VAD's timeline is the captured audio (pre-roll included): compare with its energy onset.
    windows = audio[: len(audio) // 160 * 160].reshape(-1, 160)
    level = np.sqrt(np.mean(windows**2, axis=1))
    onset_s = np.nonzero(level > level.max() * 0.01)[0][0] * 0.01
    assert onset_s > 0.1, "the leading silence did not come back from the device"
    assert abs(start.t_s - onset_s) < 0.15, (start, onset_s)
    assert abs((end.t_s - start.t_s) - speech_s) < 0.5
    assert len(audio) / STT_RATE > speech_s


async def test_barge_in_on_the_device_while_tts_speaks(pulse_sink: str, installed_models) -> None:
    """TtsStream → Player on the null sink; barge-in mid-answer; the monitor goes quiet, generation stops."""
    import asyncio

    import models
    from engine.tts import PiperTTS, TtsStream, barge_in, speak

    tts = PiperTTS.load(models.resolve("en_US-joe-medium"))
    player = Player()
    with MicCapture(preroll_s=0.3) as mic:
        assert await asyncio.to_thread(_wait_for, lambda: mic.received_samples > 0.3 * STT_RATE)
        stream = TtsStream(tts)
        stream.push_text("I booked the oil change for Wednesday morning. " * 6)
        stream.end_input()
        speaking = asyncio.create_task(speak(stream, player))
        while player.played_samples < 1.0 * (player.sample_rate or 48_000):
            await asyncio.sleep(0.01)
        mic.begin()
        await asyncio.sleep(0.1)
        before = mic.end()
        barge_in(stream, player)
        at_stop = player.played_samples
        spoken = await asyncio.wait_for(speaking, 1.0)
        await asyncio.sleep(0.45)
        mic.begin()
        after = mic.end()
    player.close()
    assert np.sqrt(np.mean(before**2)) > 0.01, "the answer did not reach the monitor"
    assert np.sqrt(np.mean(after**2)) < 0.005, "the answer kept sounding after barge-in"
    assert player.played_samples - at_stop <= 0.1 * player.sample_rate
    assert len({s.index for s in spoken}) < 7, "pending sentences must not be synthesized after barge-in"


def test_always_consumer_and_removal_by_bound_method(pulse_sink: str) -> None:
    class Counter:
        def __init__(self) -> None:
            self.samples = 0

        def push_frame(self, frame: np.ndarray) -> None:
            self.samples += len(frame)

    counter = Counter()
    with MicCapture() as mic:
        mic.add_consumer(counter.push_frame, always=True)  # hands-free: frames without begin()
        assert _wait_for(lambda: counter.samples > 0.2 * STT_RATE)
        mic.remove_consumer(counter.push_frame)
        time.sleep(0.05)
        stopped_at = counter.samples
        time.sleep(0.2)
        assert mic.received_samples > stopped_at
    assert counter.samples == stopped_at
