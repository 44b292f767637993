"""Where the model can run: OpenAI's cloud, or an OpenAI-compatible server on this PC or the LAN.

Settings offers these as presets; a server on this PC or the LAN needs no API key (AgentOptions).
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlparse


@dataclass(frozen=True)
class ServerPreset:
    id: str
    base_url: str
    model: str
    """A model that calls tools well on that server (the person may type another)."""


PRESETS: tuple[ServerPreset, ...] = (
    ServerPreset("openai", "https://api.openai.com/v1", "gpt-4.1-mini"),
    ServerPreset("llamacpp", "http://127.0.0.1:8080/v1", "qwen2.5-7b-instruct"),
    ServerPreset("ollama", "http://127.0.0.1:11434/v1", "qwen2.5:7b"),
    ServerPreset("vllm", "http://192.168.1.50:8000/v1", "Qwen/Qwen2.5-7B-Instruct"),
)


def preset_for(base_url: str) -> ServerPreset | None:
    """The preset this address belongs to: the same URL, or a self-hosted server on the preset's port
    (llama.cpp 8080, Ollama 11434, vLLM 8000) whatever the host."""
    parsed = urlparse(base_url.strip())
    for preset in PRESETS:
        if base_url.strip().rstrip("/") == preset.base_url:
            return preset
    if parsed.port is None:
        return None
    return next((p for p in PRESETS if urlparse(p.base_url).port == parsed.port), None)
