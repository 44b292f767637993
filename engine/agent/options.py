"""The agent's options, derived from the user's settings and the keyring."""

from __future__ import annotations

import ipaddress
from dataclasses import dataclass
from urllib.parse import urlparse

from engine.config import Settings
from engine.secrets import OPENAI_API_KEY, get_secret
from i18n.timezone import WORKSHOP_TIMEZONE


@dataclass(frozen=True)
class AgentOptions:
    """Where the model is, which one, and the bounds of the tool loop."""

    base_url: str
    model: str
    api_key: str | None
    max_rounds: int = 6
    """Model requests per turn at most (each tool round is one)."""
    tool_timeout_s: float = 15.0
    """A tool taking longer is abandoned and the model told so."""
    request_timeout_s: float = 30.0
    """Per model request (connect + whole stream)."""
    max_retries: int = 1
    """Retries of a failed request (the openai client's own backoff; 429/5xx/connection errors)."""
    language: str = "it"
    workshop_name: str = "Officina Demo"
    timezone: str = WORKSHOP_TIMEZONE
    history_turns: int = 6
    """Past exchanges (person + answer) kept as context for the next turn."""

    @classmethod
    def from_settings(cls, settings: Settings, *, language: str | None = None) -> AgentOptions:
        return cls(
            base_url=settings.llm_base_url,
            model=settings.llm_model,
            api_key=get_secret(OPENAI_API_KEY),
            max_rounds=settings.llm_max_rounds,
            tool_timeout_s=settings.llm_tool_timeout_s,
            language=language or settings.language,
            workshop_name=settings.workshop_name,
        )

    @property
    def is_local_server(self) -> bool:
        """A self-hosted server on this machine or the LAN (llama.cpp, Ollama, vLLM) needs no key."""
        host = (urlparse(self.base_url).hostname or "").lower()
        if host == "localhost" or host.endswith(".local"):
            return True
        try:
            address = ipaddress.ip_address(host)
        except ValueError:
            return False
        return address.is_loopback or address.is_private  # 127.x, ::1, 10.x, 172.16-31.x, 192.168.x

    @property
    def configured(self) -> bool:
        """True when the agent can be asked: a key is set, or the server is self-hosted nearby."""
        return bool(self.api_key) or self.is_local_server

    def missing(self) -> str | None:
        """One sentence saying what is missing, or None."""
        if self.configured:
            return None
        if self.language == "en":
            return "No OpenAI API key is set, so only the offline commands work: add it in Settings."
        return "Manca la chiave API di OpenAI, quindi funzionano solo i comandi offline: aggiungila nelle Impostazioni."
