"""Device listing with and without a sound server, through the real PortAudio."""

from __future__ import annotations

import os

import pytest

from engine.audio import DeviceInfo, list_devices
from tests.support.pulse import portaudio_or_skip


def test_no_sound_server_lists_no_device(monkeypatch: pytest.MonkeyPatch) -> None:
    portaudio_or_skip()
    monkeypatch.setenv("PULSE_SERVER", "unix:/nonexistent/officina-no-server")
    try:
        devices = list_devices(refresh=True)
        assert all(isinstance(dev, DeviceInfo) for dev in devices)
        assert not any(dev.name == "pulse" for dev in devices)
    finally:
        monkeypatch.undo()
        list_devices(refresh=True)


def test_null_sink_shows_a_pulse_device(pulse_sink: str) -> None:
    devices = list_devices(refresh=True)
    pulse = [dev for dev in devices if dev.name == "pulse"]
    assert pulse, f"no pulse device in {devices} (PULSE_RUNTIME_PATH={os.environ.get('PULSE_RUNTIME_PATH')})"
    assert pulse[0].max_input_channels > 0 and pulse[0].max_output_channels > 0
    assert pulse[0].default_samplerate > 0
    assert any(dev.is_default_input for dev in devices)
    assert any(dev.is_default_output for dev in devices)
