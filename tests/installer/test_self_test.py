"""`officina --self-test` on the demo workshop: from the source tree and from the built bundle."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.installer.bundle import bundle_or_skip, run_bundle


def _run_self_test(
    command: list[str], home: Path, *, models_dir: str | None
) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, OFFICINA_HOME=str(home), OFFICINA_KEYRING="file")
    env.pop("OFFICINA_MODELS_DIR", None)
    if models_dir:
        env["OFFICINA_MODELS_DIR"] = models_dir
    return subprocess.run(command, env=env, capture_output=True, text=True, timeout=600)


def _assert_all_checks_pass(proc: subprocess.CompletedProcess[str]) -> list[str]:
    lines = [line for line in proc.stdout.splitlines() if line.startswith("[")]
    report = proc.stdout + proc.stderr
    assert proc.returncode == 0, report
    names = {line.split("]", 1)[1].split(":", 1)[0].strip() for line in lines}
    assert {
        "audio",
        "model whisper-base",
        "model en_US-joe-medium",
        "speech-to-text",
        "text-to-speech",
        "backend",
        "secrets",
    } <= names, report
    assert all(line.startswith(("[ok  ]", "[warn]")) for line in lines), report
    assert "Traceback" not in report
    return lines


def test_self_test_passes_on_the_demo_workshop(installed_models, pulse_sink, tmp_path: Path) -> None:
    proc = _run_self_test(
        [sys.executable, "-m", "app.cli", "--self-test"],
        tmp_path / "home",
        models_dir=os.environ["OFFICINA_MODELS_DIR"],
    )
    lines = _assert_all_checks_pass(proc)
    assert any("Demo" in line or "local" in line.lower() for line in lines if "backend" in line)


def test_self_test_names_the_fix_for_a_corrupt_model(installed_models, pulse_sink, tmp_path: Path) -> None:
    models_dir = tmp_path / "models"
    proc = _run_self_test(
        [sys.executable, "-m", "app.cli", "models", "install"],
        tmp_path / "home",
        models_dir=str(models_dir),
    )
    assert proc.returncode == 0, proc.stderr
    # Flip bytes in place and keep size and mtime: only the full sha256 check can notice.
    model_bin = next(models_dir.rglob("model.bin"))
    before = model_bin.stat()
    with model_bin.open("r+b") as fh:
        fh.seek(1_000_000)
        original = fh.read(64)
        fh.seek(1_000_000)
        fh.write(bytes(b ^ 0xFF for b in original))
    os.utime(model_bin, ns=(before.st_atime_ns, before.st_mtime_ns))
    proc = _run_self_test(
        [sys.executable, "-m", "app.cli", "--self-test"], tmp_path / "home", models_dir=str(models_dir)
    )
    assert proc.returncode == 1
    failing = [line for line in proc.stdout.splitlines() if line.startswith("[FAIL] model whisper-base")]
    assert failing and "models install whisper-base" in failing[0], proc.stdout
    assert "Traceback" not in proc.stdout + proc.stderr


def test_built_bundle_passes_its_self_test_offline(pulse_sink, tmp_path: Path) -> None:
    """The one-folder bundle (installer/build, run by .ci/run) starts without Python or network and passes."""
    bundle = bundle_or_skip()
    # No network: the PyPI index and the model hub point at a closed port; the bundle has its models.
    env_home = tmp_path / "home"
    proc = subprocess.run(
        [str(bundle), "--self-test"],
        env=dict(
            os.environ,
            OFFICINA_HOME=str(env_home),
            OFFICINA_KEYRING="file",
            OFFICINA_PYPI_INDEX="http://127.0.0.1:9/simple",
            HTTPS_PROXY="http://127.0.0.1:9",
            HTTP_PROXY="http://127.0.0.1:9",
            OFFICINA_MODELS_DIR=str(tmp_path / "models"),
        ),
        capture_output=True,
        text=True,
        timeout=600,
        cwd=tmp_path,  # not the checkout: nothing of the source tree within reach
    )
    _assert_all_checks_pass(proc)


def test_built_bundle_runs_the_nlu_bench_on_its_own_labelled_set(tmp_path: Path) -> None:
    """`officina bench nlu` reads the labelled set the bundle carries (benches/data), not a checkout's tests."""
    proc = run_bundle(["bench", "nlu"], tmp_path / "home")
    figures = json.loads(proc.stdout)
    assert figures["utterances"] > 0 and "error" not in figures, figures


def test_built_bundle_replays_a_turn_it_recorded(pulse_sink, tmp_path: Path) -> None:
    """`officina ask` records a trace; `officina replay` runs it again through the bundle's pipeline."""
    home = tmp_path / "home"
    run_bundle(["ask", "--offline", "--lang", "en", "Who owns the car AB123CD?"], home)
    traces = sorted((home / "traces").rglob("*.jsonl"))
    assert len(traces) == 1, traces
    proc = run_bundle(["replay", str(traces[0]), "--text", "--json"], home)
    assert json.loads(proc.stdout), proc.stdout
    assert len(sorted((home / "traces").rglob("*.jsonl"))) == 2
