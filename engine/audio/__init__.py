"""Audio I/O: device listing, mic capture with pre-roll, playback, WAV files (engine format: 16 kHz mono float32)."""

from engine.audio.capture import MicCapture, Microphone
from engine.audio.chunk import STT_RATE, AudioChunk, resample, rms_dbfs, to_mono_float32
from engine.audio.devices import DeviceInfo, list_devices
from engine.audio.files import FileSource, read_audio, read_wav, write_wav
from engine.audio.playback import AudioSink, FileSink, Player

__all__ = [
    "STT_RATE",
    "AudioChunk",
    "AudioSink",
    "DeviceInfo",
    "FileSink",
    "FileSource",
    "MicCapture",
    "Microphone",
    "Player",
    "list_devices",
    "read_audio",
    "read_wav",
    "resample",
    "rms_dbfs",
    "to_mono_float32",
    "write_wav",
]
