"""The microphone: push-to-talk (press/release, with STT and the model starting while the key is
held, see listening.py) and hands-free turns cut by the VAD endpointer."""

from __future__ import annotations

import asyncio
import dataclasses
import logging
import time
from collections.abc import Callable

from engine.audio import Microphone
from engine.errors import ConfigError, OfficinaError
from engine.pipeline.hands_free import EarlyTurn
from engine.pipeline.listening import PttCapture
from engine.pipeline.transcribe import RATE, Transcribing
from engine.pipeline.turn import TurnResult
from engine.trace import StateChanged, TurnStarted, TurnTrace, VadEvent

_LOGGER = logging.getLogger(__name__)

PTT_SPECULATE_SILENCE_MS = 250
"""Push-to-talk: silence after which STT starts speculatively while the key is still held. Short is cheap:
speech resuming discards the speculation, and the key (not the VAD) ends the turn."""


class Capturing(Transcribing):
    """Turns from the microphone: push-to-talk and hands-free."""

    def set_level_callback(self, callback: Callable[[float], None] | None) -> None:
        """Input level (0..1 from RMS dBFS: -60 dB → 0, 0 dB → 1) per frame while the key is held, from the audio thread."""
        self._level_cb = callback

    # --- push-to-talk -----------------------------------------------------------------------------------

    def _mic(self) -> Microphone:
        if self.mic is None:
            from engine.audio import MicCapture

            self.mic = MicCapture(device=self.settings.input_device, preroll_s=0.3)
        return self.mic

    def _emit_level(self, level: float) -> None:
        callback = self._level_cb
        if callback is not None:
            try:
                callback(level)
            except Exception:  # a broken meter must not break capture
                _LOGGER.exception("Level callback failed")

    async def _ensure_mic(self) -> Microphone:
        mic = self._mic()
        if not self._mic_started:
            await asyncio.to_thread(mic.start)
            self._mic_started = True
        return mic

    async def press(self) -> None:
        """Push-to-talk pressed: barge in on any answer being spoken, open the mic (with ~300 ms pre-roll).

        While the key is held, audio streams into the VAD; at end of speech STT starts finalising
        before the key is released.
        """
        self.barge_in()
        if self._capture is not None:
            return
        if self.engines.vad is None:
            raise ConfigError(
                "Voice activity detection is not available; type the request instead.", kind="vad.unavailable"
            )
        mic = await self._ensure_mic()
        trace = self.recorder.begin()
        trace.emit(TurnStarted(source="mic", language=self.language))
        trace.emit(StateChanged(state="listening"))
        transcribe = self._transcribe if self.engines.stt is not None else None
        vad = self.engines.vad
        options = dataclasses.replace(vad.options, min_silence_ms=PTT_SPECULATE_SILENCE_MS)
        capture = PttCapture(
            trace,
            vad.stream(options),
            transcribe,
            pad_s=options.speech_pad_ms / 1000,
            on_level=self._emit_level,
            on_transcript=lambda transcript: self._on_speculative_transcript(trace, transcript),
        )
        self._capture = capture
        mic.add_consumer(capture.on_frame)
        mic.begin()

    async def release(self) -> TurnResult:
        """Push-to-talk released: close the mic, finish STT, run the turn, speak the answer."""
        capture = self._capture
        if capture is None:
            raise RuntimeError("release() without press()")
        self._capture = None
        mic = self._mic()
        audio = await asyncio.to_thread(mic.end)
        mic.remove_consumer(capture.on_frame)
        async with self._turn_lock:
            trace = capture.trace
            snr_db = self._captured(trace, audio, device=str(self.settings.input_device or "default"))
            speech, speculative = await capture.finish(audio)
            anchor = capture.speech_end_at or time.monotonic()
            try:
                return await self._transcribe_and_respond(
                    trace, speech, audio, anchor=anchor, pending_stt=speculative, snr_db=snr_db
                )
            finally:
                self._drop_speculation("not_for_the_model")  # only left when the turn failed

    def hands_free(self, on: bool) -> None:
        """Turn hands-free mode on/off: the mic stays open and VAD endpointing starts and ends turns.

        Hands-free turns are reported through listeners (TurnStarted ... TurnFinished).
        """
        if on == self._hands_free:
            return
        self._hands_free = on
        if on:
            self._hands_free_task = asyncio.get_running_loop().create_task(
                self._hands_free_loop(), name="hands-free"
            )
        elif self._hands_free_task is not None:
            self._hands_free_task.cancel()
            self._hands_free_task = None

    async def _hands_free_loop(self) -> None:
        from engine.vad import Endpointer

        vad = self.engines.vad
        if vad is None:  # nothing to end a turn on: say why in the log rather than fail in the endpointer
            _LOGGER.warning("Hands-free listening needs voice activity detection, which is not available")
            return
        mic = await self._ensure_mic()
        endpointer = Endpointer(vad, pause_ms=PTT_SPECULATE_SILENCE_MS)
        # at a pause STT and the model start, as at a VAD end of speech with the key held
        transcribe = self._transcribe if self.engines.stt is not None else None
        early = EarlyTurn(self._begin_mic_trace, transcribe, self._on_speculative_transcript)
        mic.add_consumer(endpointer.push_frame, always=True)
        try:
            async for event in endpointer:
                if event.type == "turn_start":
                    self.barge_in()
                    continue
                if event.type != "turn_end":
                    early.on_event(event)
                    continue
                anchor = time.monotonic()
                begun, pending_stt = early.end(event)
                try:
                    async with self._turn_lock:
                        trace = begun or self._begin_mic_trace()
                        snr_db = self._captured(trace, event.audio, device="hands-free")
                        trace.emit(VadEvent(kind="speech_end", at_s=len(event.audio) / RATE))
                        await self._transcribe_and_respond(
                            trace, event.audio, event.audio, anchor=anchor, pending_stt=pending_stt,
                            snr_db=snr_db,
                        )
                except OfficinaError as exc:  # one failed turn must not stop hands-free listening
                    _LOGGER.warning("Hands-free turn failed: %s", exc.message)
        except asyncio.CancelledError:
            raise
        except Exception:
            _LOGGER.exception("Hands-free listening stopped")
        finally:
            if (abandoned := early.cancel()) is not None:  # stopped while a turn was being spoken
                self._finish(abandoned, "", "", path="none")
            mic.remove_consumer(endpointer.push_frame)

    def _begin_mic_trace(self) -> TurnTrace:
        trace = self.recorder.begin()
        trace.emit(TurnStarted(source="mic", language=self.language))
        return trace
