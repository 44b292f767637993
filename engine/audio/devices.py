"""Audio device listing through sounddevice (PortAudio)."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

from engine.audio import _sd
from engine.errors import AudioError

_LOGGER = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class DeviceInfo:
    """One input and/or output device as PortAudio reports it."""

    id: int
    name: str
    hostapi: str
    max_input_channels: int
    max_output_channels: int
    default_samplerate: float
    is_default_input: bool
    is_default_output: bool


def list_devices(*, refresh: bool = False) -> list[DeviceInfo]:
    """Every device PortAudio knows; `refresh=True` re-scans (e.g. a sound server started after import).

    A re-scan re-initialises PortAudio, which closes every open stream: only refresh while no
    `MicCapture`/`Player` is running (e.g. in the settings dialog, before reopening them).
    """
    sd = _sd.refresh() if refresh else _sd.sounddevice()
    try:
        raw = sd.query_devices()
        hostapis = sd.query_hostapis()
        default_in, default_out = _default_ids(sd)
    except sd.PortAudioError as err:
        raise AudioError(f"Could not list audio devices: {err}", kind="audio.no_sound_system") from err
    return [
        DeviceInfo(
            id=int(dev["index"]),
            name=str(dev["name"]),
            hostapi=str(hostapis[dev["hostapi"]]["name"]),
            max_input_channels=int(dev["max_input_channels"]),
            max_output_channels=int(dev["max_output_channels"]),
            default_samplerate=float(dev["default_samplerate"]),
            is_default_input=int(dev["index"]) == default_in,
            is_default_output=int(dev["index"]) == default_out,
        )
        for dev in raw
    ]


def resolve_device(device: int | str | None, kind: str) -> dict[str, Any]:
    """PortAudio's description of `device` (None = the default) for kind "input" or "output"."""
    sd = _sd.sounddevice()
    try:
        return dict(sd.query_devices(device, kind))
    except (sd.PortAudioError, ValueError) as err:
        which = "default" if device is None else repr(device)
        missing = "audio.no_speaker" if kind == "output" else "audio.no_microphone"
        raise AudioError(f"No usable {kind} audio device ({which}): {err}", kind=missing) from err


def _default_ids(sd: Any) -> tuple[int, int]:
    default_in, default_out = sd.default.device
    return int(default_in if default_in is not None else -1), int(
        default_out if default_out is not None else -1
    )
