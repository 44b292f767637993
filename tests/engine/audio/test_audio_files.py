"""WAV reading/writing and the file source/sink used without a sound card."""

from __future__ import annotations

import asyncio
import struct
import time
import wave
from pathlib import Path

import numpy as np
import pytest

from engine.audio import STT_RATE, AudioChunk, FileSink, FileSource, read_audio, read_wav, write_wav
from engine.errors import AudioError


def _sine(rate: int, seconds: float = 0.5, freq: float = 500.0) -> np.ndarray:
    t = np.arange(int(rate * seconds)) / rate
    return (0.5 * np.sin(2 * np.pi * freq * t)).astype(np.float32)


def _write_pcm(path: Path, samples: np.ndarray, rate: int, channels: int, width: int) -> None:
    inter = np.repeat(samples[:, None], channels, axis=1).reshape(-1)
    if width == 1:
        raw = ((inter * 127) + 128).astype(np.uint8).tobytes()
    elif width == 2:
        raw = (inter * 32767).astype("<i2").tobytes()
    else:
        ints = (inter * (2**23 - 1)).astype("<i4")
        raw = b"".join(int(v).to_bytes(4, "little", signed=True)[:3] for v in ints)
    with wave.open(str(path), "wb") as wav:
        wav.setnchannels(channels)
        wav.setsampwidth(width)
        wav.setframerate(rate)
        wav.writeframes(raw)


def _write_float(path: Path, samples: np.ndarray, rate: int) -> None:
    data = samples.astype("<f4").tobytes()
    fmt = struct.pack("<HHIIHH", 3, 1, rate, rate * 4, 4, 32)
    body = (
        b"WAVE" + b"fmt " + struct.pack("<I", len(fmt)) + fmt + b"data" + struct.pack("<I", len(data)) + data
    )
    path.write_bytes(b"RIFF" + struct.pack("<I", len(body)) + body)


@pytest.mark.parametrize(("rate", "channels", "width"), [(44_100, 2, 2), (8_000, 1, 1), (48_000, 2, 3)])
def test_read_audio_any_pcm_wav_to_16k_mono(tmp_path: Path, rate: int, channels: int, width: int) -> None:
    path = tmp_path / "in.wav"
    _write_pcm(path, _sine(rate), rate, channels, width)
    audio = read_audio(path)
    assert audio.dtype == np.float32 and audio.ndim == 1
    assert abs(len(audio) - STT_RATE * 0.5) <= 2
    peak_hz = np.fft.rfftfreq(len(audio), 1 / STT_RATE)[np.argmax(np.abs(np.fft.rfft(audio)))]
    assert abs(peak_hz - 500.0) < 5
    assert 0.4 < np.max(np.abs(audio)) < 0.6


def test_float_wav_and_write_round_trip(tmp_path: Path) -> None:
    _write_float(tmp_path / "f.wav", _sine(16_000), 16_000)
    samples, rate = read_wav(tmp_path / "f.wav")
    assert rate == 16_000 and np.allclose(samples, _sine(16_000), atol=1e-6)
    write_wav(tmp_path / "out.wav", samples, 22_050)
    again, rate = read_wav(tmp_path / "out.wav")
    assert rate == 22_050 and np.allclose(again, samples, atol=1e-4)


@pytest.mark.parametrize(
    "content", [b"", b"not audio at all, just text", b"RIFF\x10\x00\x00\x00WAVEjunkjunk"]
)
def test_corrupt_files_give_a_clear_audio_error(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "bad.wav"
    path.write_bytes(content)
    with pytest.raises(AudioError, match=r"bad\.wav"):
        read_audio(path)
    with pytest.raises(AudioError, match="Cannot read"):
        read_audio(tmp_path / "missing.wav")


async def test_file_source_frames_cover_the_file(tmp_path: Path) -> None:
    write_wav(tmp_path / "a.wav", _sine(16_000, 1.0), 16_000)
    source = FileSource(tmp_path / "a.wav", block_ms=20)
    frames = [f async for f in source.aframes()]
    assert all(len(f) == 320 for f in frames[:-1])
    assert np.allclose(np.concatenate(frames), source.audio)


async def test_file_sink_collects_and_writes(tmp_path: Path) -> None:
    sink = FileSink(tmp_path / "out.wav")
    sink.play(AudioChunk(_sine(22_050), 22_050))
    sink.play(AudioChunk(_sine(16_000), 16_000))  # resampled to the first chunk's rate
    await sink.wait_done()
    sink.close()
    samples, rate = read_wav(tmp_path / "out.wav")
    assert rate == 22_050 and abs(len(samples) - 22_050) <= 2


async def test_realtime_file_sink_stop_drops_the_rest() -> None:
    sink = FileSink(realtime=True)
    sink.play(AudioChunk(_sine(16_000, 2.0), 16_000))
    while sink.played_samples < 3_200:
        await asyncio.sleep(0.01)
    sink.stop()
    at_stop = sink.played_samples
    await asyncio.sleep(0.2)
    sink.close()
    assert not sink.playing
    assert sink.played_samples - at_stop <= 0.1 * 16_000
    assert len(sink.audio) < 16_000


async def test_realtime_file_sink_plays_at_its_pace() -> None:
    """pace=10 plays a second of audio in about a tenth of a second, block by block (not at once), and a
    pace set back to 1 goes on in real time."""
    sink = FileSink(realtime=True, pace=10.0)
    started = time.monotonic()
    sink.play(AudioChunk(_sine(16_000, 1.0), 16_000))
    await sink.wait_done()
    took = time.monotonic() - started
    assert 0.05 <= took < 0.7 and len(sink.audio) == 16_000
    sink.pace = 1.0
    started = time.monotonic()
    sink.play(AudioChunk(_sine(16_000, 0.5), 16_000))
    await sink.wait_done()
    sink.close()
    assert time.monotonic() - started >= 0.45
