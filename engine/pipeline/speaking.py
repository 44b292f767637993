"""Speaking one answer: text deltas → sentences → the voice → the player, traced (sentence, first audio), interruptible."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time

from engine.audio import AudioChunk, AudioSink
from engine.errors import OfficinaError, TtsError, for_person
from engine.trace import StateChanged, TtsFirstAudio, TtsSentence, TurnError, TurnTrace
from engine.tts import TTS, TtsStream

_LOGGER = logging.getLogger(__name__)


class Speech:
    """The spoken side of one turn. `push()` text as it streams, `await finish()`, or `interrupt()` (barge-in)."""

    def __init__(
        self,
        tts: TTS | None,
        player: AudioSink | None,
        trace: TurnTrace,
        *,
        voice: str,
        anchor: float,
        language: str = "it",
    ) -> None:
        self._trace = trace
        self._language = language
        self._player = player
        self._voice = voice
        self.voice = voice
        self._anchor = anchor
        """Monotonic time the latency is counted from (end of speech, or the turn start for text)."""
        self._first_push: float | None = None
        self.first_audio_at: float | None = None
        self.spoken: list[str] = []
        self.interrupted = False
        # The stream's splitter is the one place the answer is cut into sentences (first clause at its comma).
        self._stream = TtsStream(tts, on_sentence=self._on_sentence)
        self._task = asyncio.create_task(self._pump(), name="speech") if tts is not None else None

    def push(self, delta: str) -> None:
        """Add streamed answer text; complete sentences go to TTS at once."""
        if not self.interrupted:
            self._stream.push_text(delta)

    def say(self, text: str) -> None:
        """A whole answer at once."""
        self.push(text)
        if not self.interrupted:
            self._stream.flush()

    def say_rendered(self, text: str, chunks: list[AudioChunk]) -> None:
        """A fixed line synthesized beforehand (the "one moment" acknowledgement): played at once.

        Only before anything else was said (its audio goes to the player ahead of the stream's)."""
        if self.interrupted:
            return
        self.spoken.append(text)
        if self._first_push is None:
            self._first_push = time.monotonic()
        self._trace.emit(TtsSentence(text=text, voice=self._voice))
        if self._player is not None and chunks:
            for chunk in chunks:
                self._player.play(chunk)
            self._heard()

    def abandon(self) -> None:
        """Drop the unfinished sentence (the model broke off in the middle of it)."""
        self._stream.drop_unfinished()

    def _on_sentence(self, sentence: str) -> None:
        self.spoken.append(sentence)
        if self._first_push is None:
            self._first_push = time.monotonic()
        self._trace.emit(TtsSentence(text=sentence, voice=self._voice))

    async def finish(self) -> None:
        """No more text: speak the rest and wait until all audio is handed to the player."""
        if self.interrupted:
            return
        self._stream.end_input()
        if self._task is None:
            return
        with contextlib.suppress(asyncio.CancelledError):
            await self._task

    def interrupt(self) -> None:
        """Barge-in: drop pending sentences, abort synthesis, silence the player."""
        self.interrupted = True
        self._stream.interrupt()
        if self._player is not None:
            self._player.stop()

    def _heard(self) -> None:
        """The first audio of the answer went to the player: trace it (once)."""
        if self.first_audio_at is not None:
            return
        now = self.first_audio_at = time.monotonic()
        self._trace.emit(
            TtsFirstAudio(ttfb_s=now - (self._first_push or now), since_speech_end_s=now - self._anchor)
        )
        self._trace.emit(StateChanged(state="speaking"))

    async def _pump(self) -> None:
        try:
            async for spoken in self._stream:
                if self.interrupted:
                    break
                self._heard()
                if self._player is not None:
                    self._player.play(spoken.chunk)
        except Exception as exc:  # TTS failure: the answer is still shown as text
            _LOGGER.warning("Speaking failed: %s", exc)
            said = for_person(exc if isinstance(exc, OfficinaError) else TtsError(str(exc)), self._language)
            self._trace.emit(TurnError(stage="tts", message=said, detail=repr(exc)))
