"""A long push-to-talk request transcribed in pieces while the key is held, so release waits for its end only.

Whisper base takes about 0.8 s on ten seconds of speech; most of it is the decoder, one token after
another. While the key is held, each VAD end of speech starts STT on the speech not yet transcribed
(the "open" piece). When the person speaks again and that piece holds at least `min_piece_s` of audio,
it is not thrown away: once decoded it is kept ("committed") and the next piece starts after it, unless
its words stop where something may still be being said (a plate, a number, a time: `ends_open`), since
whisper hears a plate cut in two worse than a whole one. At release only the speech after the last kept
piece is left to decode. Measured with `officina bench speech --ptt` (docs/PERFORMANCE.md, "Push-to-talk
in pieces").

Pieces are decoded one after another (the model decodes one piece at a time anyway): a piece waits for
the one before it, which decides where it starts.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import re
from collections.abc import Callable, Coroutine
from dataclasses import dataclass, replace
from typing import Any

import numpy as np

from engine.stt import Segment, Transcript

_LOGGER = logging.getLogger(__name__)

RATE = 16_000
MIN_PIECE_S = 3.0
"""Shorter pieces are not kept: whisper hears a few words alone worse than in their sentence."""

TranscribePiece = Callable[[np.ndarray, str | None], Coroutine[Any, Any, Transcript]]
"""Transcribes one piece of speech, in the language given (None: the app's setting)."""
EndsOpen = Callable[[str], bool]
"""True when a piece's words may stop in the middle of something (a plate, a number)."""

_FULL_STOP = re.compile(r"(?<!\.)\.\s*$")


@dataclass
class _Piece:
    start_s: float
    end_s: float
    task: asyncio.Task[Transcript]
    next_start_s: float | None = None
    """Where the next piece starts when this one is kept (set when speech resumes)."""


class Pieces:
    """The transcribed and open pieces of one held key."""

    def __init__(
        self,
        transcribe: TranscribePiece,
        ends_open: EndsOpen,
        *,
        start_s: float,
        min_piece_s: float = MIN_PIECE_S,
    ) -> None:
        self._transcribe = transcribe
        self._ends_open = ends_open
        self._min_piece_s = min_piece_s
        self.kept: list[tuple[float, Transcript]] = []
        """The pieces kept so far, with the time each starts at in the recording."""
        self.start_s = start_s
        """Where the speech not yet kept starts, seconds into the recording."""
        self._open: _Piece | None = None
        """The piece being decoded (or decoded) up to the latest end of speech."""
        self._held: _Piece | None = None
        """A long piece whose decode goes on although speech resumed: kept once decoded, if it ends well."""

    async def transcript(self, audio: np.ndarray, end_s: float) -> Transcript:
        """The whole transcript up to `end_s`: the kept pieces and the speech after them (decoded now)."""
        await self._settle()
        piece_audio = audio[int(self.start_s * RATE) : int(end_s * RATE)]
        language = self.kept[0][1].language if self.kept else None
        task = asyncio.create_task(self._transcribe(piece_audio, language), name="stt-piece")
        task.add_done_callback(_retrieve)
        self._open = _Piece(self.start_s, end_s, task)
        # shielded: when speech resumes the waiting stops, but a long piece goes on being decoded
        last = await asyncio.shield(task)
        return join([*self.kept, (self.start_s, last)])

    def resumed(self, at_s: float, pad_s: float) -> None:
        """Speech resumed at `at_s`: the open piece is held to be kept when long enough, else dropped."""
        piece, self._open = self._open, None
        if piece is None:
            return
        if piece.end_s - piece.start_s >= self._min_piece_s and self._held is None:
            piece.next_start_s = max(piece.end_s, at_s - pad_s)
            self._held = piece
        else:
            piece.task.cancel()

    async def _settle(self) -> None:
        """Wait for a held piece and keep it when it decoded well and does not end in the middle of something."""
        piece = self._held
        if piece is None:
            return
        try:
            heard: Transcript | None = await asyncio.shield(piece.task)
        except asyncio.CancelledError:
            if not piece.task.cancelled():
                raise  # this wait was cancelled (speech resumed again): the piece stays held
            heard = None
        except Exception as exc:  # the piece's speech is decoded again with what follows
            _LOGGER.warning("A piece of speech failed to transcribe (%s); it is decoded with the rest", exc)
            heard = None
        self._held = None
        if heard is None or not heard.text.strip() or heard.truncated or self._ends_open(heard.text):
            return
        assert piece.next_start_s is not None
        self.kept.append((piece.start_s, heard))
        self.start_s = piece.next_start_s

    @property
    def started(self) -> bool:
        """A piece is kept, or held to be kept: the transcript is made of pieces."""
        return bool(self.kept) or self._held is not None

    def cancel(self) -> None:
        """The turn is over without these pieces: stop whatever is decoding."""
        for piece in (self._open, self._held):
            if piece is not None:
                piece.task.cancel()
        self._open = self._held = None


def join(pieces: list[tuple[float, Transcript]]) -> Transcript:
    """One transcript from pieces in order (each with its start in the recording, seconds)."""
    if len(pieces) == 1:
        return pieces[0][1]
    texts = []
    for i, (_, piece) in enumerate(pieces):
        text = piece.text.strip()
        if i < len(pieces) - 1:  # whisper ends every piece with a full stop; the sentence goes on
            text = _FULL_STOP.sub("", text)
        if text:
            texts.append(text)
    last = pieces[-1][1]
    timings: dict[str, float] = {}
    for _, piece in pieces:
        for key, value in piece.timings.items():
            timings[key] = timings.get(key, 0.0) + value
    return Transcript(
        text=" ".join(texts),
        language=pieces[0][1].language,
        engine=last.engine,
        segments=[_shifted(s, at) for at, p in pieces for s in p.segments],
        dropped_segments=[_shifted(s, at) for at, p in pieces for s in p.dropped_segments],
        audio_s=sum(p.audio_s for _, p in pieces),
        elapsed_s=last.elapsed_s,
        timings=timings,
        truncated=any(p.truncated for _, p in pieces),
        pieces=len(pieces),
    )


def _shifted(segment: Segment, by_s: float) -> Segment:
    return replace(segment, start_s=round(segment.start_s + by_s, 2), end_s=round(segment.end_s + by_s, 2))


def _retrieve(task: asyncio.Task[Any]) -> None:
    if not task.cancelled():
        with contextlib.suppress(Exception):
            task.exception()
