"""The built one-folder bundle (installer/build) and how the tests here run it."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
BUNDLE = ROOT / "dist" / "officina" / ("officina.exe" if os.name == "nt" else "officina")


def bundle_or_skip() -> Path:
    """The bundle's executable; on CI (which builds it first) a missing bundle fails, elsewhere it skips."""
    if not BUNDLE.exists():
        message = f"no bundle at {BUNDLE}: run installer/build"
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(message)
        pytest.skip(message)
    return BUNDLE


def run_bundle(args: list[str], home: Path) -> subprocess.CompletedProcess[str]:
    """`officina ARGS` from the bundle with its own home, file keyring and models folder; must succeed
    without a traceback."""
    env = dict(
        os.environ, OFFICINA_HOME=str(home), OFFICINA_KEYRING="file", OFFICINA_MODELS_DIR=str(home / "models")
    )
    env.pop("OFFICINA_BENCH_CACHE", None)
    proc = subprocess.run(
        [str(bundle_or_skip()), *args], env=env, capture_output=True, text=True, timeout=600, cwd=home.parent
    )
    assert proc.returncode == 0 and "Traceback" not in proc.stderr, proc.stdout + proc.stderr
    return proc
