"""The pipeline's status for the status bar: backend, speech-to-text, model, voice, and what is missing."""

from __future__ import annotations

import logging

from engine.agent import Agent
from engine.config import Settings
from engine.pipeline.engines import Engines
from engine.pipeline.turn import MissingItem, PipelineStatus
from wp_api.contract import BackendHealth

_LOGGER = logging.getLogger(__name__)


def build_status(
    settings: Settings,
    engines: Engines,
    agent: Agent,
    health: BackendHealth | None,
    *,
    fastpath: bool,
    hands_free: bool,
) -> PipelineStatus:
    """Everything the status bar shows, with one fix per missing item."""
    stt = engines.stt
    available: list[str] = []
    if stt is not None:
        available = (
            ["local", "cloud"] if type(stt).__name__ == "HybridSTT" else [getattr(stt, "engine", "local")]
        )
    missing = list(engines.missing)
    agent_missing = agent.options.missing()
    if agent_missing and not settings.offline_only:
        missing.append(MissingItem(agent_missing, "Settings → OpenAI API key (or a self-hosted base URL)"))
    if health is not None and not health.ok:
        missing.append(MissingItem(health.detail, "Settings → Backend"))
    voice = engines.voices.get(settings.language)
    return PipelineStatus(
        backend_ok=bool(health and health.ok),
        backend_kind=health.backend if health else settings.backend,
        backend_detail=health.detail if health else "",
        stt_mode=settings.stt_mode,
        stt_engines=available,
        llm_configured=agent.configured,
        llm_reachable=agent.reachable,
        llm_model=settings.llm_model,
        fastpath_enabled=fastpath,
        offline_only=settings.offline_only,
        voice=voice[0] if voice else None,
        voice_fallback=engines.voice_fallback.get(settings.language, False),
        models_installed=list(engines.installed),
        missing=missing,
        hands_free=hands_free,
    )
