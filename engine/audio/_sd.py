"""Lazy import of sounddevice, turning a missing PortAudio into a clear AudioError."""

from __future__ import annotations

import logging
from types import ModuleType

from engine.errors import AudioError

_LOGGER = logging.getLogger(__name__)


def sounddevice() -> ModuleType:
    """Import sounddevice on first use; raise AudioError when PortAudio is not installed."""
    try:
        import sounddevice as sd
    except OSError as err:  # "PortAudio library not found"
        raise AudioError(
            "No audio system found (the PortAudio library is missing). "
            "On Debian/Ubuntu install it with: sudo apt-get install libportaudio2",
            kind="audio.no_sound_system",
        ) from err
    return sd


def refresh() -> ModuleType:
    """Re-scan devices: PortAudio only sees devices (e.g. a new sound server) after a re-initialise."""
    sd = sounddevice()
    try:
        sd._terminate()
        sd._initialize()
    except sd.PortAudioError as err:
        raise AudioError(f"Could not re-scan audio devices: {err}", kind="audio.no_sound_system") from err
    return sd
