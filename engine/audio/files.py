"""WAV files: read any PCM/float WAV as 16 kHz mono float32, write 16-bit WAVs, replay a file like a mic."""

from __future__ import annotations

import asyncio
import logging
import struct
import wave
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import numpy as np

from engine.audio.chunk import STT_RATE, resample
from engine.errors import AudioError

_LOGGER = logging.getLogger(__name__)

_PCM, _FLOAT, _EXTENSIBLE = 1, 3, 0xFFFE


def read_wav(path: Path | str) -> tuple[np.ndarray, int]:
    """Decode a WAV (PCM 8/16/24/32-bit or float 32/64, any channels) to mono float32 and its rate."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as err:
        raise AudioError(f"Cannot read audio file {path}: {err.strerror or err}", kind="audio.file") from err
    if len(data) < 12 or data[:4] != b"RIFF" or data[8:12] != b"WAVE":
        raise AudioError(f"{path.name} is not a WAV file (expected a RIFF/WAVE header).", kind="audio.file")
    fmt: tuple[int, int, int, int] | None = None
    payload: bytes | None = None
    pos = 12
    while pos + 8 <= len(data):
        chunk_id, size = data[pos : pos + 4], struct.unpack("<I", data[pos + 4 : pos + 8])[0]
        body = data[pos + 8 : pos + 8 + size]
        if chunk_id == b"fmt " and len(body) >= 16:
            tag, channels, rate, _, _, bits = struct.unpack("<HHIIHH", body[:16])
            if tag == _EXTENSIBLE and len(body) >= 26:
                tag = struct.unpack("<H", body[24:26])[0]
            fmt = (tag, channels, rate, bits)
        elif chunk_id == b"data":
            payload = body
            break
        pos += 8 + size + (size & 1)
    if fmt is None or payload is None:
        raise AudioError(
            f"{path.name} is a damaged WAV file (no format or no audio data).", kind="audio.file"
        )
    tag, channels, rate, bits = fmt
    if channels < 1 or rate < 1000:
        raise AudioError(
            f"{path.name} has an invalid WAV format ({channels} channels, {rate} Hz).", kind="audio.file"
        )
    return _decode(payload, tag, channels, bits, path.name), rate


def read_audio(path: Path | str) -> np.ndarray:
    """Read a WAV as the engine's format: 16 kHz mono float32."""
    samples, rate = read_wav(path)
    return resample(samples, rate, STT_RATE)


def write_wav(path: Path | str, samples: np.ndarray, rate: int) -> Path:
    """Write mono float32 samples in [-1, 1] as a 16-bit PCM WAV; returns the path."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    pcm = (np.clip(np.asarray(samples, dtype=np.float32), -1.0, 1.0) * 32767.0).astype("<i2")
    with wave.open(str(path), "wb") as wav:
        wav.setnchannels(1)
        wav.setsampwidth(2)
        wav.setframerate(int(rate))
        wav.writeframes(pcm.tobytes())
    return path


def _decode(payload: bytes, tag: int, channels: int, bits: int, name: str) -> np.ndarray:
    width = bits // 8
    frame = width * channels
    payload = payload[: len(payload) - len(payload) % frame] if frame else b""
    if tag == _PCM and bits == 8:
        data = (np.frombuffer(payload, np.uint8).astype(np.float32) - 128.0) / 128.0
    elif tag == _PCM and bits == 16:
        data = np.frombuffer(payload, "<i2").astype(np.float32) / 32768.0
    elif tag == _PCM and bits == 24:
        raw = np.frombuffer(payload, np.uint8).reshape(-1, 3).astype(np.int32)
        ints = raw[:, 0] | (raw[:, 1] << 8) | (raw[:, 2] << 16)
        data = np.where(ints >= 1 << 23, ints - (1 << 24), ints).astype(np.float32) / float(1 << 23)
    elif tag == _PCM and bits == 32:
        data = np.frombuffer(payload, "<i4").astype(np.float32) / float(1 << 31)
    elif tag == _FLOAT and bits in (32, 64):
        data = np.frombuffer(payload, "<f4" if bits == 32 else "<f8").astype(np.float32)
    else:
        raise AudioError(
            f"{name} uses an unsupported WAV encoding (format {tag}, {bits}-bit).", kind="audio.file"
        )
    if channels > 1:
        data = data.reshape(-1, channels).mean(axis=1, dtype=np.float32)
    return np.ascontiguousarray(data, dtype=np.float32)


class FileSource:
    """Feeds a file's 16 kHz audio in `block_ms` frames, like `MicCapture` would (replays, tests)."""

    def __init__(self, path: Path | str, *, realtime: bool = False, block_ms: int = 20) -> None:
        self.path = Path(path)
        self.audio = read_audio(self.path)
        self.realtime = realtime
        self.block = int(STT_RATE * block_ms / 1000)

    @property
    def duration_s(self) -> float:
        """Length of the file in seconds."""
        return len(self.audio) / STT_RATE

    def frames(self) -> Iterator[np.ndarray]:
        """Every frame at once (no pacing)."""
        for start in range(0, len(self.audio), self.block):
            yield self.audio[start : start + self.block]

    async def aframes(self) -> AsyncIterator[np.ndarray]:
        """Frames paced at real time when `realtime` is set, else as fast as the consumer takes them."""
        loop = asyncio.get_running_loop()
        started = loop.time()
        for index, frame in enumerate(self.frames()):
            if self.realtime:
                delay = started + index * self.block / STT_RATE - loop.time()
                if delay > 0:
                    await asyncio.sleep(delay)
            yield frame
