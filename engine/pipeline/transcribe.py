"""From audio to an answer: a whole recording (VAD trim, STT) or a captured utterance, transcribed
and passed on to `Responding`."""

from __future__ import annotations

import asyncio
import logging
import time

import numpy as np

from engine.audio.quality import is_noisy, speech_to_noise_db
from engine.errors import ConfigError, OfficinaError, for_person
from engine.pipeline.respond import Responding
from engine.pipeline.turn import TurnResult
from engine.stt import Transcript
from engine.trace import (
    AudioCaptured,
    StateChanged,
    SttFinal,
    TurnError,
    TurnStarted,
    TurnTrace,
    VadEvent,
)
from i18n.replies import reply

_LOGGER = logging.getLogger(__name__)

RATE = 16_000


class Transcribing(Responding):
    """Speech-to-text for a turn, and turns from a whole recording."""

    async def run_audio_turn(self, audio: np.ndarray) -> TurnResult:
        """Run a turn from a whole recording (float32 mono 16 kHz): VAD trim, STT, then as a text turn."""
        async with self._turn_lock:
            trace = self.recorder.begin()
            trace.emit(TurnStarted(source="audio", language=self.language))
            audio = np.asarray(audio, dtype=np.float32).reshape(-1)
            snr_db = self._captured(trace, audio, device="memory")
            speech = await self._offline_vad(trace, audio)
            return await self._transcribe_and_respond(
                trace, speech, audio, anchor=trace.started, snr_db=snr_db
            )

    def _captured(self, trace: TurnTrace, audio: np.ndarray, *, device: str) -> float | None:
        """Emit the turn's AudioCaptured; returns the recording's speech-to-noise estimate (dB)."""
        saved = trace.save_audio(audio, RATE)
        level = float(np.max(np.abs(audio))) if audio.size else 0.0
        snr = speech_to_noise_db(audio)
        trace.emit(
            AudioCaptured(
                duration_s=len(audio) / RATE,
                rate=RATE,
                device=device,
                level=round(level, 4),
                snr_db=snr,
                audio_path=str(saved) if saved else None,
            )
        )
        return snr

    async def _offline_vad(self, trace: TurnTrace, audio: np.ndarray) -> np.ndarray:
        """The speech part of a whole recording (empty when there is none); emits the VAD events."""
        vad = self.engines.vad
        if audio.size == 0:
            return audio
        if vad is None:
            return audio
        trace.emit(StateChanged(state="transcribing"))
        # one batched inference over the whole recording (the same segments as frame by frame, in a
        # third of the time: docs/PERFORMANCE.md "The model path"), cut by the VAD's own trimming
        trimmed = await asyncio.to_thread(vad.trim_silence, audio)
        for start_s, end_s in trimmed.segments:
            trace.emit(VadEvent(kind="speech_start", at_s=start_s))
            trace.emit(VadEvent(kind="speech_end", at_s=end_s))
        return trimmed.audio

    async def _transcribe(self, speech: np.ndarray) -> Transcript:
        stt = self.engines.stt
        if stt is None:
            raise ConfigError(self._stt_missing(), kind="model.missing")
        language = None if self.settings.detect_language else self.language
        # No vocabulary prompt, in either language: measured on Italian and English speech it made plates
        # worse (a prompted plate repeated, letter names written out); docs/PERFORMANCE.md "Italian plates".
        return await stt.transcribe(speech, language=language, prompt=None)

    def _stt_missing(self) -> str:
        item = next((m for m in self.engines.missing if "Speech-to-text" in m.what), None)
        return item.what + f" Fix: {item.fix}" if item else "Speech-to-text is not available."

    async def _transcribe_and_respond(
        self,
        trace: TurnTrace,
        speech: np.ndarray,
        audio: np.ndarray,
        *,
        anchor: float,
        pending_stt: asyncio.Task[Transcript] | None = None,
        snr_db: float | None = None,
    ) -> TurnResult:
        if audio.size == 0 or speech.size == 0:
            key = "empty_recording" if audio.size == 0 else "no_speech"
            return self._finish(trace, "", reply(key, self.language), path="none")
        trace.emit(StateChanged(state="transcribing"))
        try:
            transcript = await pending_stt if pending_stt is not None else await self._transcribe(speech)
        except asyncio.CancelledError:
            raise
        except OfficinaError as exc:
            trace.emit(TurnError(stage="stt", message=for_person(exc, self.language), detail=repr(exc)))
            return self._finish(
                trace,
                "",
                for_person(exc, self.language),
                path="error",
                error=exc.message,
            )
        elapsed = time.monotonic() - anchor if pending_stt is not None else transcript.elapsed_s
        trace.emit(
            SttFinal(
                text=transcript.text,
                language=transcript.language,
                engine="hybrid" if transcript.won_by else transcript.engine,
                won_by=transcript.won_by,
                alternatives=dict(transcript.alternatives),
                dropped_segments=transcript.dropped_for_trace(),
                elapsed_s=round(elapsed, 4),
                early=pending_stt is not None,
            )
        )
        text = transcript.text.strip()
        if not text:
            return self._finish(trace, "", reply("no_words", self.language), path="none")
        language = self.language
        if self.settings.detect_language and transcript.language in ("it", "en"):
            language = transcript.language
        # words heard over a loud background: the fast path says a write back whole before making it
        careful = "noisy" if is_noisy(snr_db) else None
        return await self._respond(trace, text, language, anchor=anchor, careful=careful)
