"""`KokoroTTS`: Kokoro-82M as a `TTS` voice, one chunk per clause so the first audio comes early.

Kokoro makes a sentence in one ONNX run, so a long sentence would be heard only when all of it exists.
The sentence is cut at its commas, semicolons and colons (`engine.tts.splitter.clauses`): the first
clause is heard after one short run and the others are made while it plays. Every run gets the job's
`RunOptions`, so a barge-in terminates it at once.

Clips (`use_clips`): the app's fixed words (engine.tts.fixed_lines: "Fatto:", "Il primo posto
libero", "Questo non lo so fare senza il modello in cloud.") are made once per voice and kept on disk
(engine.tts.clips); a sentence that begins with a fixed head is cut right after it, and a piece that
has a clip is played from it with no ONNX run, so the first audio of such a reply is immediate. A
sentence that opens with a plate ("La BT615ZR è …", engine.tts.plate_speech) is cut right after it,
and the plate is spelled from clips of its letters' and digits' names while Kokoro makes the rest.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterator
from functools import partial
from pathlib import Path

import numpy as np

from engine.audio.chunk import AudioChunk
from engine.errors import TtsError
from engine.tts.base import TTS, SynthesisJob, on_tts_worker
from engine.tts.clips import ClipStore, file_identity
from engine.tts.fixed_lines import FixedLines
from engine.tts.kokoro import DEFAULT_STYLES, MODEL_ID, SAMPLE_RATE, KokoroModel, load_kokoro
from engine.tts.plate_speech import plate_opening, spelled, symbol_names
from engine.tts.splitter import SentenceSplitter, clauses

_LOGGER = logging.getLogger(__name__)

# Silence after a piece: a comma's breath, or a sentence's end (the model's own edges are trimmed).
_CLAUSE_PAUSE_S = 0.12
_SENTENCE_PAUSE_S = 0.25
# Silence inside a spelled plate: between two names of a group ("bi ti"), between groups ("ti | sei").
_NAME_GAP_S = 0.04
_GROUP_GAP_S = 0.14


def parse_voice_id(voice_id: str) -> tuple[str, str | None]:
    """ "kokoro-82m" or "kokoro-82m:jm_kumo" → (model id, style or None); other ids → (id, None)."""
    model_id, _, style = voice_id.partition(":")
    return model_id, style or None


def is_kokoro(voice_id: str) -> bool:
    return parse_voice_id(voice_id)[0] == MODEL_ID


class KokoroTTS(TTS):
    """Kokoro in one language ("it" or "en") and one speaker style; chunks at 24 kHz."""

    sample_rate = SAMPLE_RATE

    def __init__(
        self,
        model: KokoroModel,
        *,
        language: str,
        style: str | None = None,
        speed: float = 1.0,
        volume: float = 1.0,
    ) -> None:
        if language not in DEFAULT_STYLES:
            raise TtsError(f"Kokoro has no phonemes for language {language!r}.")
        style = style or DEFAULT_STYLES[language]
        if style not in model.styles:
            raise TtsError(f"Unknown Kokoro speaker style {style!r}; known: {', '.join(model.styles)}.")
        if not 0.5 <= speed <= 2.0:
            raise TtsError(f"Kokoro speed must be between 0.5 and 2.0, got {speed}.")
        self._model = model
        self.language = language
        self.style = style
        self.speed = speed
        self.volume = volume
        self.name = f"{MODEL_ID}:{style}"
        self._heads: tuple[str, ...] = ()
        self._plate_leads: tuple[str, ...] = ()
        self._clips: dict[str, np.ndarray] = {}
        self._wanted_clips: tuple[str, ...] = ()
        self._store: ClipStore | None = None

    @classmethod
    def load(
        cls, voice_id: str = MODEL_ID, *, language: str, folder: Path | None = None, speed: float = 1.0
    ) -> KokoroTTS:
        """The voice `voice_id` ("kokoro-82m[:style]") from the installed model. Blocking (~1 s once).

        Raises ModelMissingError (with the install command) when the model is not installed.
        """
        model_id, style = parse_voice_id(voice_id)
        if model_id != MODEL_ID:
            raise TtsError(f"{voice_id!r} is not a Kokoro voice.")
        return cls(load_kokoro(folder), language=language, style=style, speed=speed)

    @property
    def identity(self) -> str:
        """What makes this voice's audio: the model's files, the style, the speed and the language."""
        folder = self._model.folder
        files = file_identity(folder / "kokoro-v1.0.int8.onnx", folder / "voices_ja.npz")
        return f"{files}|{self.style}|{self.speed}|{self.language}"

    def pieces(self, sentence: str) -> list[str]:
        """How one sentence is cut into runs: after a plate that opens it or after a fixed head (the rest
        is made while the opening plays, so it is cut only at its punctuation), else `clauses`."""
        opening = plate_opening(sentence, self._plate_leads) if self._plate_leads else None
        if opening is not None:
            return [opening.text, *clauses(opening.rest, lead_in=False)] if opening.rest else [opening.text]
        for head in self._heads:
            if sentence == head or sentence.startswith(head + " "):
                rest = sentence[len(head) :].strip()
                return [head, *clauses(rest, lead_in=False)] if rest else [head]
        return clauses(sentence)

    def use_clips(self, lines: FixedLines, store: ClipStore | None = None) -> list[str]:
        """Cut at `lines.heads` from now on and play every clip `store` already holds (default: the
        app's clip folder); return the pieces that have no clip yet (`make_clips` makes them). Empty
        `lines` turn clips off (every piece is made when it is said)."""
        self._clips = {}
        self._heads = tuple(sorted(set(lines.heads), key=len, reverse=True))
        self._plate_leads = lines.plate_leads
        self._store = store or ClipStore.for_app(self.identity)
        wanted: dict[str, None] = dict.fromkeys(lines.heads)
        if lines.plate_leads:
            wanted.update(dict.fromkeys(lead for lead in lines.plate_leads if lead))
            wanted.update(dict.fromkeys(symbol_names(self.language)))
        for line in lines.whole:
            splitter = SentenceSplitter(eager_first=True)
            for sentence in splitter.push_text(line) + splitter.flush():  # as the first thing said
                wanted.update(dict.fromkeys(self.pieces(sentence)))
            wanted.update(dict.fromkeys(self.pieces(line)))  # as a later sentence
        self._wanted_clips = tuple(wanted)
        for piece in self._wanted_clips:
            audio = self._store.load(piece)
            if audio is not None:
                self._clips[piece] = audio
        return self.missing_clips

    @property
    def missing_clips(self) -> list[str]:
        return [piece for piece in self._wanted_clips if piece not in self._clips]

    def clip(self, piece: str) -> np.ndarray | None:
        """The audio kept for `piece`, if any (as the model made it, before levelling)."""
        return self._clips.get(piece)

    def spelling(self, piece: str) -> list[list[str]] | None:
        """The clips a plate opening is said from, in groups: the lead, then the plate's letters, digits,
        letters ([["La"], ["bi", "ti"], ["sei", "uno", "cinque"], ["zeta", "erre"]]; no lead group when
        the plate comes first); None when `piece` is no plate opening or one of its clips is missing."""
        opening = plate_opening(piece, self._plate_leads) if self._plate_leads else None
        if opening is None or opening.rest:
            return None
        groups = [[opening.lead], *spelled(opening.plate, self.language)]
        if any(name not in self._clips for group in groups[1:] for name in group) or (
            opening.lead and opening.lead not in self._clips
        ):
            return None
        return groups if opening.lead else groups[1:]

    def _spelled_audio(self, piece: str) -> np.ndarray | None:
        """A plate opening from its clips: the lead runs into the plate, its groups a short breath apart."""
        groups = self.spelling(piece)
        if groups is None:
            return None
        name_gap = np.zeros(int(_NAME_GAP_S * SAMPLE_RATE), np.float32)
        group_gap = np.zeros(int(_GROUP_GAP_S * SAMPLE_RATE), np.float32)
        parts: list[np.ndarray] = []
        for number, group in enumerate(groups):
            if number:
                parts.append(group_gap)
            for k, name in enumerate(group):
                if k:
                    parts.append(name_gap)
                parts.append(_level(_tight(self._clips[name]), 1.0))
        return np.concatenate(parts)

    def make_clips(self, stop: threading.Event | None = None) -> int:
        """BLOCKING: make the missing clips one at a time on the TTS worker, so a turn's speech waits for
        one piece at most; return how many were made. A piece that fails is logged and skipped; `stop`
        set (the app closing) ends it after the piece in progress."""
        made = 0
        for piece in self.missing_clips:
            if stop is not None and stop.is_set():
                break
            try:
                on_tts_worker(partial(self._make_clip, piece)).result()
            except TtsError as exc:
                _LOGGER.warning("Could not make the voice clip for %r: %s", piece, exc)
                continue
            made += 1
        return made

    def _make_clip(self, piece: str) -> None:
        parts = [
            audio
            for phonemes in self._model.phonemes(piece, self.language)
            if (audio := self._model.synthesize(phonemes, style=self.style, speed=self.speed)).size
        ]
        if not parts:
            return
        gap = np.zeros(int(_CLAUSE_PAUSE_S * SAMPLE_RATE), np.float32)
        audio = np.concatenate([x for part in parts for x in (gap, part)][1:])
        self._clips[piece] = audio
        if self._store is not None:
            self._store.save(piece, audio)

    def _synthesize_impl(self, text: str, job: SynthesisJob) -> Iterator[AudioChunk]:
        pieces = self.pieces(text)
        for number, piece in enumerate(pieces):
            pause = np.zeros(
                int((_SENTENCE_PAUSE_S if number == len(pieces) - 1 else _CLAUSE_PAUSE_S) * SAMPLE_RATE),
                np.float32,
            )
            kept = self._clips.get(piece)
            if kept is None:
                kept = self._spelled_audio(piece)
            if kept is not None:
                yield AudioChunk(np.concatenate([_level(kept, self.volume), pause]), SAMPLE_RATE)
                continue
            for phonemes in self._model.phonemes(piece, self.language):
                if job.cancelled.is_set():
                    return
                audio = self._model.synthesize(
                    phonemes, style=self.style, speed=self.speed, run_options=job.run_options
                )
                if job.cancelled.is_set():
                    return
                if audio.size == 0:
                    continue
                yield AudioChunk(np.concatenate([_level(audio, self.volume), pause]), SAMPLE_RATE)


def _tight(audio: np.ndarray, floor: float = 0.15, pad_s: float = 0.03) -> np.ndarray:
    """One spelled name without the faint breath Kokoro leaves after one short word: cut `pad_s` after
    the last 10 ms over `floor` of the peak. The start stays as made (the quiet "s" of "sei" is there),
    and so do quiet sounds inside a name (the "ss" of "esse")."""
    window = int(0.01 * SAMPLE_RATE)
    frames = np.abs(audio[: audio.size // window * window]).reshape(-1, window).max(axis=1)
    loud = np.flatnonzero(frames > floor * float(np.max(np.abs(audio))))
    if loud.size == 0:
        return audio
    return audio[: (int(loud[-1]) + 1) * window + int(pad_s * SAMPLE_RATE)]


def _level(audio: np.ndarray, volume: float) -> np.ndarray:
    """Peak-normalised like Piper's chunks, so both voices play at the same loudness."""
    peak = float(np.max(np.abs(audio)))
    scaled = audio * (0.95 / peak) if peak > 1e-6 else np.zeros_like(audio)
    return np.clip(scaled * volume, -1.0, 1.0).astype(np.float32)
