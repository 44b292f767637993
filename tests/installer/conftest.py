"""Fixtures for the installer tests: the real PulseAudio null sink, shared with the audio tests."""

from tests.engine.audio.conftest import pulse_sink

__all__ = ["pulse_sink"]
