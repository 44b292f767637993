"""`officina models list/install` through the real entry point."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from app.cli import main
from app.commands.models import ProgressBar


def test_models_list_shows_installed(installed_models: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["models", "list"]) == 0
    out = capsys.readouterr().out
    assert "whisper-base" in out and "installed" in out
    assert str(installed_models) in out


def test_models_list_verify_flags_corruption(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("OFFICINA_MODELS_DIR", str(tmp_path))
    assert main(["models", "install", "en_US-joe-medium"]) == 0
    onnx = tmp_path / "en_US-joe-medium" / "en_US-joe-medium.onnx"
    with onnx.open("r+b") as fh:
        fh.write(b"garbage!")
    assert main(["models", "list", "--verify"]) == 1
    captured = capsys.readouterr()
    assert "corrupt" in captured.out
    assert "uv run officina models install en_US-joe-medium" in captured.err


def test_unknown_model_install_is_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["models", "install", "nope"]) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("officina: unknown model nope") and "\n" not in err


def test_progress_bar_draws_fraction() -> None:
    out = io.StringIO()
    bar = ProgressBar("whisper-base", stream=out)
    bar(50_000_000, 100_000_000)
    bar(100_000_000, 100_000_000)
    bar.close()
    text = out.getvalue()
    assert "100.0%" in text and "#" * 30 in text


def test_models_list_says_which_voice_speaks_italian_and_why(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("OFFICINA_MODELS_DIR", str(tmp_path))
    assert main(["models", "install", "en_US-joe-medium"]) == 0
    capsys.readouterr()
    assert main(["models", "list"]) == 0
    out = capsys.readouterr().out
    assert "Italiano: en_US-joe-medium (it_IT-paola-medium non installata: serve il model hub" in out
    assert "americano" in out  # joe reading Italian is said to be a last resort
    assert main(["models", "install", "kokoro-82m"]) == 0
    capsys.readouterr()
    assert main(["models", "list"]) == 0
    out = capsys.readouterr().out
    assert "Italiano: kokoro-82m (it_IT-paola-medium non installata: serve il model hub" in out
    assert "Inglese: en_US-joe-medium" in out
