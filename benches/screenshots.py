"""Screenshots for the README: the app on the demo workshop, driven through the real engine.

    uv run python -m benches.screenshots [--out docs/screenshots]

Starts Xvfb (Debian `xvfb`) when there is no display and the Qt xcb plugin can run there, else uses
Qt's offscreen platform; both render the same widgets. Speaks a question with the project's Piper
voice into a WAV, runs it as a turn (VAD, whisper, fast path, tools, TTS), books a service by text,
and saves main-window-mid-turn.png (while the answer is being spoken) and side-panel.png.
"""

from __future__ import annotations

import argparse
import contextlib
import functools
import logging
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

_LOGGER = logging.getLogger(__name__)

NATO = {
    "A": "Alpha", "B": "Bravo", "C": "Charlie", "D": "Delta", "E": "Echo", "F": "Foxtrot", "G": "Golf",
    "H": "Hotel", "I": "India", "J": "Juliett", "K": "Kilo", "L": "Lima", "M": "Mike", "N": "November",
    "O": "Oscar", "P": "Papa", "Q": "Quebec", "R": "Romeo", "S": "Sierra", "T": "Tango", "U": "Uniform",
    "V": "Victor", "W": "Whiskey", "X": "X-ray", "Y": "Yankee", "Z": "Zulu",
}  # fmt: skip
DIGITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]


def spell_plate(plate: str) -> str:
    """'FG482KL' → 'Foxtrot Golf four eight two Kilo Lima' (what a person says at the counter)."""
    return " ".join(NATO.get(c, DIGITS[int(c)] if c.isdigit() else c) for c in plate.upper())


@contextlib.contextmanager
def display() -> Iterator[str]:
    """A display for Qt: the current one, an Xvfb server we start, or the offscreen platform."""
    if os.environ.get("DISPLAY") or os.environ.get("QT_QPA_PLATFORM") == "offscreen":
        yield os.environ.get("QT_QPA_PLATFORM", "xcb")
        return
    xvfb = shutil.which("Xvfb")
    if xvfb is None:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        yield "offscreen"
        return
    number = 90 + os.getpid() % 9
    proc = subprocess.Popen(
        [xvfb, f":{number}", "-screen", "0", "1600x1000x24", "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        time.sleep(1.0)
        env = {**os.environ, "DISPLAY": f":{number}", "QT_QPA_PLATFORM": "xcb"}
        probe = subprocess.run(
            [sys.executable, "-c", "from PySide6.QtWidgets import QApplication; QApplication([])"],
            env=env,
            capture_output=True,
            timeout=30,
        )
        if probe.returncode == 0:
            os.environ.update(DISPLAY=f":{number}", QT_QPA_PLATFORM="xcb")
            yield "xcb (Xvfb)"
        else:
            _LOGGER.warning("Qt cannot use Xvfb here (install libxcb-cursor0); using offscreen")
            os.environ["QT_QPA_PLATFORM"] = "offscreen"
            yield "offscreen"
    finally:
        proc.terminate()
        proc.wait(10)


def _wait(predicate: Callable[[], Any], timeout: float, what: str) -> Any:
    from benches.qt_wait import wait_until

    try:
        return wait_until(predicate, timeout, what)
    except TimeoutError as exc:
        raise RuntimeError(str(exc)) from exc


def _settle(ms: int = 250) -> None:
    from benches.qt_wait import wait_until

    start = time.monotonic()
    wait_until(lambda: time.monotonic() - start >= ms / 1000, ms / 1000 + 5, "a moment")


def take(out: Path) -> list[Path]:
    """Drive the app through two real turns and save the two screenshots; returns their paths."""
    import models
    from desktop.app import application, build_window
    from engine.audio import FileSink, read_audio
    from engine.config import Settings
    from engine.paths import app_paths
    from engine.trace import events as ev
    from engine.tts.speech_wav import speech_wav

    for model_id in ("whisper-base", "en_US-joe-medium"):
        models.install(model_id)
    app = application()
    app.setStyle("Fusion")
    settings = Settings(language="en", global_hotkey="F9")
    window, bridge = build_window(
        settings, use_tray=False, pipeline_kwargs={"player": lambda: FileSink(realtime=True)}
    )
    events: list[Any] = []
    failures: list[str] = []
    bridge.stage_event.connect(events.append)
    bridge.failed.connect(failures.append)
    window.resize(1480, 960)
    window.show()
    bridge.start()
    _wait(lambda: window.ptt.isEnabled() or failures, 300, "the engine")
    if failures:
        raise RuntimeError(failures[0])

    with sqlite3.connect(app_paths().database) as conn:
        plate = conn.execute("SELECT plate FROM vehicles ORDER BY id LIMIT 1").fetchone()[0]

    def finished_after(start: int) -> Any:
        return next((e for e in events[start:] if isinstance(e, ev.TurnFinished)), None)

    # 1. a spoken question, through VAD, whisper, the fast path and a tool (whisper base may mishear a
    #    spelled plate: try the next way of asking, as a person at the counter would)
    first: ev.TurnFinished | None = None
    for question in (f"Who owns {spell_plate(plate)}?", f"Look up the plate {spell_plate(plate)}."):
        wav = speech_wav(question, out.parent / ".screenshot-question.wav")
        start = len(events)
        bridge.run_audio_turn(read_audio(wav))
        first = _wait(functools.partial(finished_after, start), 120, "the spoken turn")
        wav.unlink(missing_ok=True)
        _wait(lambda: window.live.state == "idle", 60, "the answer to be played")
        if first.path == "fastpath":
            break

    # 2. a booking by text, captured while its answer is being spoken
    start = len(events)
    bridge.run_text_turn(f"Book a service for {plate} next Wednesday morning")
    _wait(lambda: window.live.state == "speaking", 120, "the booking answer")
    _settle(400)
    out.mkdir(parents=True, exist_ok=True)
    main_png = out / "main-window-mid-turn.png"
    window.grab().save(str(main_png))
    _wait(lambda: finished_after(start), 120, "the booking turn")

    # the side panel on the spoken turn, its transcript stage open
    panel = window.side_panel
    assert first is not None  # the loop above ran at least once
    panel.select_turn(first.turn_id)
    stages = [panel.stages.stage(r) for r in range(panel.stages.rowCount())]
    kinds = [s.kind if s is not None else "" for s in stages]
    panel.timeline.select(kinds.index("stt") if "stt" in kinds else 0)
    _settle(300)
    side_png = out / "side-panel.png"
    panel.grab().save(str(side_png))
    bridge.shutdown()
    window.close()
    return [main_png, side_png]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path("docs/screenshots"))
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    home = Path(tempfile.mkdtemp(prefix="officina-shots-"))
    os.environ["OFFICINA_HOME"] = str(home)  # the demo workshop, fresh; the user's data untouched
    os.environ.setdefault("OFFICINA_KEYRING", "file")
    try:
        with display() as platform:
            paths = take(args.out.resolve())
        for path in paths:
            print(f"{path} ({platform})")
        return 0
    except RuntimeError as exc:
        print(f"screenshots: {exc}", file=sys.stderr)
        return 1
    finally:
        shutil.rmtree(home, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
