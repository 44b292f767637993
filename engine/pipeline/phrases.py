"""Short fixed lines synthesized once per voice, so they can be played the moment they are needed.

The "one moment" acknowledgement is said when the model calls a tool before saying anything: its
point is to be heard at once, so it must not wait for Piper (100 ms alone, much more on a loaded
machine). A long-lived app has the pipeline render it for each voice once start-up is over
(`Pipeline.render_phrases`); until then, or in a one-shot command, it is synthesized like any sentence.
"""

from __future__ import annotations

import asyncio
import logging

from engine.audio import AudioChunk
from engine.tts import TTS

_LOGGER = logging.getLogger(__name__)


class RenderedPhrases:
    """(voice id, text) → the audio chunks Piper made for it."""

    def __init__(self) -> None:
        self._audio: dict[tuple[str, str], list[AudioChunk]] = {}
        self._rendering: set[tuple[str, str]] = set()

    def get(self, voice: str, text: str) -> list[AudioChunk] | None:
        return self._audio.get((voice, text))

    async def render(self, voice: str, tts: TTS | None, text: str) -> None:
        """Synthesize `text` with `tts` off the loop and keep it; a failure is only logged."""
        key = (voice, text)
        if tts is None or key in self._audio or key in self._rendering:
            return
        self._rendering.add(key)
        try:
            self._audio[key] = await asyncio.to_thread(lambda: list(tts.synthesize_blocking(text)))
        except Exception as exc:  # the line is then synthesized when needed, like any other
            _LOGGER.warning("Could not pre-render %r with voice %s: %s", text, voice, exc)
        finally:
            self._rendering.discard(key)
