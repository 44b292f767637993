"""Benchmarks of the audio stages: Silero VAD cost, Piper first-audio latency and real-time factor.

`run()` returns medians over repeats; `officina bench` merges them into its JSON.
"""

from __future__ import annotations

import asyncio
import logging
import statistics
import time
from pathlib import Path
from typing import Any

import numpy as np

from engine.audio.chunk import STT_RATE, resample
from engine.tts import PiperTTS, SentenceSplitter, TtsStream, default_voice_path
from engine.vad import SileroVad

_LOGGER = logging.getLogger(__name__)

SHORT_FIRST_SENTENCE = "Done, it's booked."
TYPICAL_FIRST_SENTENCE = "I booked the oil change for Wednesday at nine thirty."
REPLY = "Done, I booked the oil change for Wednesday at nine thirty. The customer gets a WhatsApp message."
LONG_TEXT = (
    "I booked the oil change for the grey Panda on Wednesday at nine thirty. "
    "The customer will get a WhatsApp confirmation now and a reminder the day before at six. "
    "The job takes about one hour, so the car will be ready before lunch."
)


def run(*, repeats: int = 7, voice_path: Path | None = None, long_text: str = LONG_TEXT) -> dict[str, Any]:
    """Measure (blocking, ~5 s idle) and return medians: VAD ms per audio second, TTS first audio, TTS RTF.

    `long_text` is the text of the RTF measurement and, synthesized, the VAD's test audio.
    """
    tts = PiperTTS.load(voice_path or default_voice_path())
    vad = SileroVad.load()
    speech = _speech_16k(tts, long_text)
    list(tts.synthesize_blocking(SHORT_FIRST_SENTENCE))  # warm-up: espeak data, ONNX arena
    result = {
        "vad_ms_per_audio_s": _median(repeats, lambda: _vad_stream_ms_per_s(vad, speech)),
        "vad_batch_ms_per_audio_s": _median(repeats, lambda: _vad_batch_ms_per_s(vad, speech)),
        "tts_first_audio_ms": _median(repeats, lambda: asyncio.run(_stream_first_audio_ms(tts, eager=True))),
        "tts_first_audio_ms_whole_sentence": _median(
            repeats, lambda: asyncio.run(_stream_first_audio_ms(tts, eager=False))
        ),
        "piper_first_chunk_ms_short": _median(repeats, lambda: _first_audio_ms(tts, SHORT_FIRST_SENTENCE)),
        "piper_first_chunk_ms_typical": _median(
            repeats, lambda: _first_audio_ms(tts, TYPICAL_FIRST_SENTENCE)
        ),
        "tts_rtf": _median(repeats, lambda: _rtf(tts, long_text)),
        "tts_sample_rate": tts.sample_rate,
    }
    _LOGGER.info("Audio bench: %s", result)
    return result


def _median(repeats: int, measure: Any) -> float:
    return round(statistics.median(measure() for _ in range(max(1, repeats))), 3)


def _speech_16k(tts: PiperTTS, text: str) -> np.ndarray:
    chunks = list(tts.synthesize_blocking(text))
    speech = resample(np.concatenate([c.samples for c in chunks]), tts.sample_rate, STT_RATE)
    silence = np.zeros(STT_RATE, dtype=np.float32)
    return np.concatenate([silence, speech, silence])


def _vad_stream_ms_per_s(vad: SileroVad, audio: np.ndarray) -> float:
    """Streaming cost, as the capture thread pays it: 20 ms pushes, inference per 32 ms frame."""
    stream = vad.stream()
    started = time.perf_counter()
    for start in range(0, len(audio), 320):
        stream.push_frame(audio[start : start + 320])
    stream.end_input()
    return (time.perf_counter() - started) * 1000 / (len(audio) / STT_RATE)


def _vad_batch_ms_per_s(vad: SileroVad, audio: np.ndarray) -> float:
    started = time.perf_counter()
    vad.trim_silence(audio)
    return (time.perf_counter() - started) * 1000 / (len(audio) / STT_RATE)


def _first_audio_ms(tts: PiperTTS, text: str) -> float:
    started = time.perf_counter()
    next(iter(tts.synthesize_blocking(text)))
    return (time.perf_counter() - started) * 1000


async def _stream_first_audio_ms(tts: PiperTTS, *, eager: bool) -> float:
    """From the reply's text reaching TtsStream to its first audio, through splitter, worker and loop.

    `eager` is the default splitter (first clause cut at its comma); without it the whole first
    sentence is synthesized before anything is heard.
    """
    async with TtsStream(tts, splitter=SentenceSplitter(eager_first=eager)) as stream:
        started = time.perf_counter()
        stream.push_text(REPLY)
        await anext(stream)
        return (time.perf_counter() - started) * 1000


def _rtf(tts: PiperTTS, text: str) -> float:
    started = time.perf_counter()
    audio_s = sum(chunk.duration_s for chunk in tts.synthesize_blocking(text))
    return (time.perf_counter() - started) / audio_s


if __name__ == "__main__":
    import json

    print(json.dumps(run(), indent=2))
