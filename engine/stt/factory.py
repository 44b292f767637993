"""Build the configured speech-to-text engine from Settings."""

from __future__ import annotations

import logging
import threading
from pathlib import Path

from engine.config import Settings
from engine.errors import ConfigError
from engine.stt.base import STT
from engine.stt.faster_whisper import FasterWhisperSTT
from engine.stt.openai_cloud import OpenAICloudSTT
from engine.stt.race import HybridSTT

_LOGGER = logging.getLogger(__name__)


class _LocalModels:
    """Loaded whisper models, one per (folder, compute type, threads): loading costs ~0.5 s and ~200 MB."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._loaded: dict[tuple[str, str, int], FasterWhisperSTT] = {}

    def get(self, model_dir: Path, *, compute_type: str = "int8", cpu_threads: int = 2) -> FasterWhisperSTT:
        key = (str(model_dir), compute_type, cpu_threads)
        with self._lock:
            if key not in self._loaded:
                self._loaded[key] = FasterWhisperSTT.load(
                    model_dir, compute_type=compute_type, cpu_threads=cpu_threads
                )
            return self._loaded[key]


LOCAL_MODELS = _LocalModels()


def cloud_api_key() -> str | None:
    """The STT key, else the OpenAI key (keyring/file, or the OPENAI_API_KEY environment variable)."""
    from engine.secrets import OPENAI_API_KEY, STT_API_KEY, get_secret

    return get_secret(STT_API_KEY) or get_secret(OPENAI_API_KEY)


def create_cloud(settings: Settings, *, timeout: float = 10.0) -> OpenAICloudSTT:
    """The cloud engine; ConfigError when no API key is set."""
    return OpenAICloudSTT(
        api_key=cloud_api_key(),
        base_url=settings.stt_cloud_base_url or settings.llm_base_url,
        model=settings.stt_cloud_model,
        timeout=timeout,
    )


def create_stt(settings: Settings, *, models_dir: Path | None = None, cpu_threads: int = 2) -> STT:
    """The engine for `settings.stt_mode`. BLOCKING: loads the whisper model for local and hybrid.

    local → FasterWhisperSTT; cloud → OpenAICloudSTT (ConfigError without a key); hybrid → HybridSTT,
    or the local engine alone with a `notice` when the cloud key is missing (the app keeps working).
    A missing or damaged model raises ModelMissingError with its fix command.
    """
    if settings.stt_mode == "cloud":
        return create_cloud(settings)
    import models

    local = LOCAL_MODELS.get(models.resolve(settings.whisper_model, root=models_dir), cpu_threads=cpu_threads)
    local.notice = None
    if settings.stt_mode == "local":
        return local
    try:
        cloud = create_cloud(settings)
    except ConfigError as exc:
        _LOGGER.warning("hybrid STT without cloud: %s", exc.message)
        local.notice = f"Cloud speech-to-text is off: {exc.message} Using local speech-to-text."
        return local
    return HybridSTT(local, cloud, deadline_s=settings.stt_cloud_deadline_ms / 1000)
