"""What the built bundle carries and the benches it runs on its own data (installer/build first)."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from tests.installer.bundle import bundle_or_skip, run_bundle


def _python_modules(exe: Path) -> set[str]:
    """The names of the Python modules frozen into the bundle's executable (its PYZ archive)."""
    try:
        from PyInstaller.archive.readers import CArchiveReader
    except ImportError:  # the "installer" dependency group is not installed here
        if os.environ.get("CI", "").lower() == "true":
            raise
        pytest.skip("PyInstaller is not installed: uv sync --group installer")
    return set(CArchiveReader(str(exe)).open_embedded_archive("PYZ.pyz").toc)


def test_built_bundle_carries_the_product_and_benches_but_no_tests() -> None:
    exe = bundle_or_skip()
    modules = _python_modules(exe)
    assert {"app.cli", "engine.fastpath.front", "benches.nlu", "benches.speech"} <= modules
    assert not {m for m in modules if m.split(".")[0] in ("tests", "pytest")}
    internal = exe.parent / "_internal"
    assert (internal / "benches" / "data" / "speech_set.jsonl").is_file()
    assert not (internal / "tests").exists()


def test_built_bundle_runs_the_speech_bench_on_its_reference_transcripts(tmp_path: Path) -> None:
    """`officina bench speech --text` builds the bench workshop from the data the bundle carries and runs
    a transcript through the offline pipeline (it once failed there reading its own source file)."""
    proc = run_bundle(["bench", "speech", "--text", "--lang", "en", "--limit", "1"], tmp_path / "home")
    figures = json.loads(proc.stdout)
    assert figures["results"]["en"]["text"]["utterances"] == 1, figures
    assert figures["workshop"]["vehicles"] > 0, figures
