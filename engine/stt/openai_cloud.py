"""Cloud speech-to-text through the OpenAI transcription API (or any compatible server)."""

from __future__ import annotations

import io
import logging
import time
import wave

import numpy as np

from engine.errors import ConfigError, SttError, SttTimeoutError
from engine.stt.base import SAMPLE_RATE, STT, SttCapabilities, Transcript

_LOGGER = logging.getLogger(__name__)

DEFAULT_MODEL = "gpt-4o-mini-transcribe"


def wav_bytes(audio: np.ndarray) -> bytes:
    """16-bit PCM WAV, mono 16 kHz, in memory."""
    pcm = (np.clip(audio, -1.0, 1.0) * 32767.0).astype("<i2")
    buf = io.BytesIO()
    with wave.open(buf, "wb") as wav:
        wav.setnchannels(1)
        wav.setsampwidth(2)
        wav.setframerate(SAMPLE_RATE)
        wav.writeframes(pcm.tobytes())
    return buf.getvalue()


class OpenAICloudSTT(STT):
    """`audio.transcriptions.create` with the `openai` async client; errors translated here only."""

    engine = "cloud"
    capabilities = SttCapabilities(streaming=False, partial_results=False, offline=False)

    def __init__(
        self,
        *,
        api_key: str | None,
        base_url: str | None = None,
        model: str = DEFAULT_MODEL,
        timeout: float = 10.0,
    ) -> None:
        if not api_key:
            raise ConfigError(
                "Cloud speech-to-text needs an API key: add it in Settings (or set OPENAI_API_KEY).",
                kind="config.api_key",
            )
        import openai

        self._client = openai.AsyncOpenAI(api_key=api_key, base_url=base_url, timeout=timeout, max_retries=0)
        self._model = model
        self._timeout = timeout

    async def _transcribe_impl(
        self, audio: np.ndarray, *, language: str | None, prompt: str | None
    ) -> Transcript:
        import openai

        start = time.perf_counter()
        try:
            result = await self._client.audio.transcriptions.create(
                model=self._model,
                file=("audio.wav", wav_bytes(audio), "audio/wav"),
                response_format="json",
                language=language or openai.omit,
                prompt=prompt or openai.omit,
            )
        except openai.APITimeoutError as exc:
            raise SttTimeoutError(
                f"cloud speech-to-text did not answer within {self._timeout:.0f} s", retryable=True
            ) from exc
        except openai.APIStatusError as exc:
            retryable = exc.status_code in (408, 429) or exc.status_code >= 500
            raise SttError(
                f"cloud speech-to-text refused the request (HTTP {exc.status_code})", retryable=retryable
            ) from exc
        except openai.APIConnectionError as exc:
            raise SttError(f"cloud speech-to-text is unreachable ({exc})", retryable=True) from exc
        text = (getattr(result, "text", None) if not isinstance(result, str) else result) or ""
        return Transcript(
            text=text.strip(),
            language=language,
            engine="cloud",
            timings={"cloud_s": time.perf_counter() - start},
        )

    async def aclose(self) -> None:
        await self._client.close()
