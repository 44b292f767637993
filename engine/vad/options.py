"""VAD options and the frame-by-frame speech/silence decision shared by streaming and offline use."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Literal

from engine.vad.onnx_model import FRAME_SAMPLES, SAMPLE_RATE

_LOGGER = logging.getLogger(__name__)

FRAME_S = FRAME_SAMPLES / SAMPLE_RATE


@dataclass(slots=True)
class VadOptions:
    """Decision thresholds; times in milliseconds."""

    threshold: float = 0.5
    """Probability at or above which a frame is speech."""
    neg_threshold: float | None = None
    """Probability below which a frame is silence (default threshold - 0.15): hysteresis."""
    min_speech_ms: int = 200
    """Speech must last this long before speech_start is reported (drops clicks and breaths)."""
    min_silence_ms: int = 400
    """Silence this long after speech reports speech_end (end of utterance in push-to-talk)."""
    speech_pad_ms: int = 150
    """Audio kept on each side of speech when trimming or cutting a turn."""

    @property
    def silence_threshold(self) -> float:
        """The effective neg_threshold."""
        if self.neg_threshold is not None:
            return self.neg_threshold
        return max(0.01, self.threshold - 0.15)


@dataclass(frozen=True, slots=True)
class SpeechBoundary:
    """Speech started or ended at `t_s` seconds into the stream's audio."""

    type: Literal["speech_start", "speech_end"]
    t_s: float
    """Estimated boundary, seconds from the start of the stream (speech onset or silence onset)."""
    probability: float
    """Highest speech probability of the frames that confirmed the event (start) or of the speech (end)."""


class Detector:
    """Hysteresis state machine over per-frame probabilities; `step` returns an event or None."""

    def __init__(self, options: VadOptions) -> None:
        self.options = options
        self.frames = 0
        self.in_speech = False
        self._candidate: float | None = None
        self._silence_start: float | None = None
        self._peak = 0.0

    def step(self, prob: float) -> SpeechBoundary | None:
        """Feed the probability of the next 32 ms frame."""
        t = self.frames * FRAME_S
        self.frames += 1
        opts = self.options
        if not self.in_speech:
            if self._candidate is None:
                if prob >= opts.threshold:
                    self._candidate, self._peak = t, prob
                return None
            if prob < opts.silence_threshold:
                self._candidate = None
                return None
            self._peak = max(self._peak, prob)
            if (t + FRAME_S - self._candidate) * 1000 >= opts.min_speech_ms:
                self.in_speech, self._silence_start = True, None
                return SpeechBoundary("speech_start", round(self._candidate, 3), self._peak)
            return None
        if prob >= opts.threshold:
            self._silence_start = None
            self._peak = max(self._peak, prob)
        elif prob < opts.silence_threshold:
            if self._silence_start is None:
                self._silence_start = t
            if (t + FRAME_S - self._silence_start) * 1000 >= opts.min_silence_ms:
                return self._end(self._silence_start)
        return None

    def finish(self) -> SpeechBoundary | None:
        """End of input: close an open speech segment at the end of the audio."""
        if not self.in_speech:
            self._candidate = None
            return None
        end = self._silence_start if self._silence_start is not None else self.frames * FRAME_S
        return self._end(end)

    def _end(self, t: float) -> SpeechBoundary:
        self.in_speech, self._candidate, self._silence_start = False, None, None
        event = SpeechBoundary("speech_end", round(t, 3), self._peak)
        self._peak = 0.0
        return event
