"""Fast path fixtures: the contract suite's workshop (hand-computed data) on a real LocalBackend."""

from __future__ import annotations

import shutil
from collections.abc import AsyncIterator
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from engine.fastpath import FastPath
from wp_api.contract import CallContext

NOW = datetime(2026, 3, 2, 8, 0)
"""The contract seed's clock: Monday 2 March 2026, 08:00 (Europe/Rome)."""


def seed_with(cars: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """The contract seed with the vehicles of the plates in `cars` changed (their make, model, colour …), for a
    workshop of a test's own (`fast_on`)."""
    import copy

    from tests.contract.seed_data import TODAY, build_seed

    seed = copy.deepcopy(build_seed(TODAY))
    by_plate = {v["plate"]: v for v in seed["vehicles"]}
    for plate, change in cars.items():
        by_plate[plate].update(change)
    return seed


async def fast_on(tmp_path: Path, seed: dict[str, Any]) -> AsyncIterator[FastPath]:
    """The Italian fast path on a workshop of its own, loaded from `seed` (the contract seed changed for a test), on a
    real LocalBackend at `NOW`; closed after the test."""
    from wp_api.local import LocalBackend
    from wp_api.local.seed import load_seed

    path = tmp_path / "workshop.sqlite3"
    load_seed(path, seed)
    backend = LocalBackend(path, now=lambda: NOW, kick_outbox=False)
    yield FastPath(backend, language="it", now=lambda: NOW)
    await backend.aclose()


@pytest.fixture(scope="session")
def seeded_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from tests.contract.seed_data import TODAY, build_seed
    from wp_api.local.seed import load_seed

    path = tmp_path_factory.mktemp("fastpath-workshop") / "workshop.sqlite3"
    load_seed(path, build_seed(TODAY))
    return path


@pytest.fixture
async def local_backend(seeded_db: Path, tmp_path: Path) -> AsyncIterator[object]:
    from wp_api.local import LocalBackend
    from wp_api.messaging.log_provider import LogProvider

    path = tmp_path / "workshop.sqlite3"
    shutil.copy(seeded_db, path)
    backend = LocalBackend(
        path, now=lambda: NOW, messaging=LogProvider(tmp_path / "sent.jsonl"), kick_outbox=False
    )
    yield backend
    await backend.aclose()


@pytest.fixture
def fast(local_backend: object) -> FastPath:
    return FastPath(local_backend, language="it", now=lambda: NOW)  # type: ignore[arg-type]


@pytest.fixture
def context() -> CallContext:
    return CallContext(session_id="fastpath-test", actor="test@counter")


class _DirectWhisper:
    """faster-whisper used directly, for when engine.stt is not available."""

    def __init__(self, model_dir: Path) -> None:
        from faster_whisper import WhisperModel

        self.model = WhisperModel(str(model_dir), device="cpu", compute_type="int8", cpu_threads=2)

    async def transcribe(self, audio: object, *, language: str | None = None) -> object:
        import asyncio
        from types import SimpleNamespace

        def run() -> str:
            segments, _ = self.model.transcribe(audio, language=language, beam_size=1, vad_filter=False)
            return " ".join(s.text.strip() for s in segments)

        return SimpleNamespace(text=await asyncio.to_thread(run))


@pytest.fixture(scope="session")
def round_trip_stt(request: pytest.FixtureRequest, installed_models: Path) -> object:
    """Whisper base for the round trip: the shared session fixture when there is one, else loaded here."""
    try:
        return request.getfixturevalue("whisper_base")
    except pytest.FixtureLookupError:
        pass
    import models

    try:
        from engine.stt import FasterWhisperSTT
    except ImportError:
        return _DirectWhisper(models.resolve("whisper-base"))
    return FasterWhisperSTT.load(models.resolve("whisper-base"))
