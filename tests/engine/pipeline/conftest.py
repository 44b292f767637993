"""Pipeline fixtures: real models (once per session), a real LocalBackend per test, the fake model server."""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from benches.openai_server import FakeOpenAI
from engine.config import Settings
from wp_api.contract import CallContext, ToolBackend


@pytest.fixture(scope="session")
def workshop_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The contract suite's small workshop, dated from the next Monday, built once per session."""
    from tests.contract.seed_data import build_seed
    from wp_api.local.seed import load_seed

    today = dt.date.today()
    path = tmp_path_factory.mktemp("pipeline-workshop") / "workshop.sqlite3"
    load_seed(path, build_seed(today + dt.timedelta(days=(7 - today.weekday()) % 7)))
    return path


@pytest.fixture(scope="session")
def llm_server() -> Iterator[FakeOpenAI]:
    with FakeOpenAI() as server:
        yield server


@pytest.fixture
def llm(llm_server: FakeOpenAI, monkeypatch: pytest.MonkeyPatch) -> FakeOpenAI:
    """The fake model server, emptied for this test, with an API key set."""
    llm_server.reset()
    llm_server.default_round = None
    monkeypatch.setenv("OPENAI_API_KEY", "test-key")
    return llm_server


@pytest.fixture(scope="session")
def speech(installed_models: Path, tmp_path_factory: pytest.TempPathFactory) -> Callable[[str], np.ndarray]:
    """Speech made by the project's own voice (joe), as 16 kHz float32; cached per text."""
    from engine.audio import read_audio
    from engine.tts import speech_wav

    folder = tmp_path_factory.mktemp("speech")
    cache: dict[str, np.ndarray] = {}

    def make(text: str) -> np.ndarray:
        if text not in cache:
            cache[text] = read_audio(speech_wav(text, folder / f"{len(cache)}.wav"))
        return cache[text]

    return make


@pytest.fixture
async def backend(workshop_db: Path, tmp_path: Path) -> AsyncIterator[ToolBackend]:
    from wp_api.local import LocalBackend

    path = tmp_path / "workshop.sqlite3"
    shutil.copy(workshop_db, path)
    local = LocalBackend(path, kick_outbox=False)
    yield local
    await local.aclose()


@pytest.fixture
async def make_pipeline(
    installed_models: Path, backend: ToolBackend
) -> AsyncIterator[Callable[..., Awaitable[Any]]]:
    """`await make_pipeline(settings, sink=FileSink())`: a real pipeline on the test's backend.

    Italian is spoken by joe unless the settings name an Italian voice themselves. Left to the fallback
    (paola is never installed here), the voice would be Kokoro or joe depending on whether an earlier test
    happened to install Kokoro in the session's models folder: joe alone, Kokoro in the whole suite, where
    its runs (1-4 s each) were most of these tests' time. What these tests check (the turns, the words
    said, the trace) does not depend on the voice; Kokoro speaking a pipeline's Italian answer is checked
    by test_model_answers.py and the speech bench's spoken subset."""
    from engine.audio import FileSink
    from engine.pipeline import Pipeline
    from engine.tts.voice_choice import JOE

    made: list[Any] = []

    async def make(settings: Settings, *, sink: Any | None = None) -> Any:
        if "voice_it" not in settings.model_fields_set:
            settings = settings.model_copy(update={"voice_it": JOE})
        pipeline = await Pipeline.create(
            settings,
            backend=backend,
            player=sink if sink is not None else FileSink(),
            actor="test",
            install_models=False,
            warm_up=False,
        )
        made.append(pipeline)
        return pipeline

    yield make
    for pipeline in made:
        await pipeline.aclose()  # a backend passed in stays open: the `backend` fixture closes it


def llm_settings(server: FakeOpenAI, **changes: Any) -> Settings:
    """English settings (the test voice speaks English) pointing the model at the fake server."""
    base = {"language": "en", "llm_base_url": server.base_url, "fastpath_enabled": False, "save_audio": True}
    return Settings(**{**base, **changes})


async def upcoming_appointment(backend: ToolBackend) -> dict[str, Any]:
    result = await backend.call_tool(
        "search_appointments", {"status": "approved", "limit": 5}, context=CallContext(session_id="fixture")
    )
    return next(a for a in result.data["appointments"] if a.get("plate"))
