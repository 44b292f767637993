"""`officina ask` and `officina replay` end to end (real models, the demo workshop built on first run)."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from app.cli import main
from engine.config import Settings, save_settings


def test_ask_prints_the_answer_and_the_timeline(
    installed_models: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(["ask", "--lang", "en", "what time is the first free tyre change tomorrow?"])
    out = capsys.readouterr().out
    assert code == 0
    assert "Assistant: " in out
    assert "turn " in out and "finished by" in out  # the stage waterfall
    assert "trace: " in out


def test_ask_json_and_replay_of_the_saved_audio(
    installed_models: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from engine.tts import speech_wav

    save_settings(Settings(language="en", save_audio=True))
    wav = speech_wav("Show me today's appointments.", tmp_path / "question.wav")
    spoken = tmp_path / "answer.wav"
    assert main(["ask", "--wav", str(wav), "--json", "--speak", str(spoken)]) == 0
    payload = json.loads(capsys.readouterr().out)
    assert "appointments" in payload["result"]["transcript"].lower()
    types = [e["type"] for e in payload["trace"]]
    assert {"audio_captured", "vad", "stt_final", "tts_first_audio", "turn_finished"} <= set(types)
    assert spoken.exists() and spoken.stat().st_size > 10_000

    turn_id = payload["result"]["turn_id"]
    assert main(["replay", turn_id]) == 0
    out = capsys.readouterr().out
    assert "from its audio" in out and "Before:" in out and "Assistant:" in out


def test_bad_input_is_one_line_not_a_traceback(
    installed_models: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    not_audio = tmp_path / "notes.wav"
    not_audio.write_text("this is not a recording")
    assert main(["ask", "--wav", str(not_audio)]) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("officina: ") and "\n" not in err and "WAV" in err
    assert main(["replay", "20000101T000000-nope"]) == 2
    assert "No trace" in capsys.readouterr().err
    assert main(["ask"]) == 2


def test_ask_an_empty_recording(
    installed_models: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from engine.audio import write_wav

    empty = write_wav(tmp_path / "empty.wav", np.zeros(0, dtype=np.float32), 16_000)
    assert main(["ask", "--lang", "en", "--wav", str(empty)]) == 0
    assert "The recording is empty" in capsys.readouterr().out


def test_replay_of_a_text_turn_reuses_its_transcript(
    installed_models: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["ask", "--lang", "en", "--json", "show me the appointments for tomorrow"]) == 0
    first = json.loads(capsys.readouterr().out)["result"]
    assert main(["replay", first["trace_path"], "--json"]) == 0
    again = json.loads(capsys.readouterr().out)["result"]
    assert again["transcript"] == first["transcript"] and again["turn_id"] != first["turn_id"]
    assert again["path"] == first["path"]
