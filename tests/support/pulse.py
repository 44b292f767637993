"""A real virtual audio device: a PulseAudio daemon with a null sink, private to this test session.

The `pulse_sink` fixture is registered for every folder by tests/conftest.py (pytest_plugins)."""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

SINK = "officina_test"


def _unavailable(reason: str) -> None:
    """No sound system: a failure under CI (the machine is supposed to have one), a skip elsewhere."""
    print(f"Real audio devices unavailable: {reason}")
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(f"Real audio devices unavailable under CI: {reason}")
    pytest.skip(f"Real audio devices unavailable: {reason}")


def portaudio_or_skip() -> None:
    """PortAudio (Debian: libportaudio2) must be installed: a skip elsewhere, a failure under CI."""
    from engine.audio import _sd
    from engine.errors import AudioError

    try:
        _sd.sounddevice()
    except AudioError as exc:
        _unavailable(exc.message)


@pytest.fixture(scope="module")
def pulse_sink(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """Start `pulseaudio` with a null sink (its monitor as default source) in a private runtime dir.

    Module-scoped so PULSE_RUNTIME_PATH points at this private daemon only while these tests run
    (other parts' tests may start their own sound server).
    """
    if shutil.which("pulseaudio") is None or shutil.which("pactl") is None:
        _unavailable("the pulseaudio/pactl commands are not installed (apt-get install pulseaudio)")
    portaudio_or_skip()
    runtime = Path(tmp_path_factory.mktemp("pulse"))
    saved = {key: os.environ.get(key) for key in ("PULSE_RUNTIME_PATH", "PULSE_SERVER")}
    os.environ["PULSE_RUNTIME_PATH"] = str(runtime)
    os.environ.pop("PULSE_SERVER", None)
    env = dict(os.environ)
    started = subprocess.run(
        [
            "pulseaudio",
            "--daemonize=yes",
            "--exit-idle-time=-1",
            "-n",
            f"--load=module-null-sink sink_name={SINK}",
            "--load=module-native-protocol-unix",
        ],
        env=env,
        capture_output=True,
        text=True,
        timeout=20,
    )
    try:
        if started.returncode != 0:
            _unavailable(f"pulseaudio exited with {started.returncode}: {started.stderr.strip()[-300:]}")
        subprocess.run(["pactl", "set-default-sink", SINK], env=env, check=True, timeout=10)
        subprocess.run(["pactl", "set-default-source", f"{SINK}.monitor"], env=env, check=True, timeout=10)
        from engine.audio import _sd

        _sd.refresh()
        yield SINK
    finally:
        subprocess.run(["pulseaudio", "--kill"], env=env, capture_output=True, timeout=10)
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value
        try:
            from engine.audio import _sd

            _sd.refresh()
        except Exception as err:
            print(f"PortAudio re-scan after the test server stopped failed: {err}")
