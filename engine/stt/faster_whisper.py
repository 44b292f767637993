"""Local speech-to-text with faster-whisper (CTranslate2), encoding only the real length of the audio.

Whisper pads every input to a 30 s window; on 2 CPU cores that fixed encoder cost (~450 ms for
whisper base) dominates a 5 s utterance. CTranslate2's encoder accepts fewer frames, so this engine
encodes the utterance plus a 1 s silent margin (padded to at least 8 s, below which whisper was
measured to repeat itself), then decodes greedily on that encoder output with a token budget
proportional to the audio length, so no repetition loop can hold a turn. Measured
levers and accuracy: docs/PERFORMANCE.md, "Speech-to-text".
"""

from __future__ import annotations

import asyncio
import logging
import time
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import numpy as np

from engine.errors import ModelMissingError, SttError
from engine.stt.base import SAMPLE_RATE, STT, Segment, SttCapabilities, Transcript
from engine.stt.filters import FilterOptions, compression_ratio, drop_reason, split_repeat

_LOGGER = logging.getLogger(__name__)

_MAX_FRAMES = 3000  # whisper's 30 s window, in mel frames (10 ms each)
_MAX_LENGTH = 448  # whisper's decoder context, in tokens


def generation_length(prompt_tokens: int, budget: int) -> tuple[int, int]:
    """The `max_length` to give CTranslate2 for `budget` new tokens after a prompt, and the cap it sets.

    CTranslate2's Whisper stops at min(max_length / 2, max_length - prompt) generated tokens (whisper.cc,
    after the reference whisper's n_text_ctx / 2 sample length), not at max_length - prompt. Passing
    prompt + budget therefore allowed only half the budget: a 7.7 s Italian request lost its last words
    ("venerdì alle 9" for "alle 9 e mezza") with nothing to show the decode was cut.
    """
    max_length = min(_MAX_LENGTH, max(2 * budget, prompt_tokens + budget))
    return max_length, min(max_length // 2, max_length - prompt_tokens)


@dataclass
class _Options:
    """Decoding options; change at runtime with `update_options`."""

    margin_s: float = 1.0
    """Silence appended before encoding; without it the last word is sometimes lost."""
    tokens_per_s: float = 6.0
    extra_tokens: int = 20
    """Token budget per window = tokens_per_s × seconds + extra_tokens (speech runs at 3–4 tokens/s)."""
    max_window_s: float = 28.0
    """Longer audio is cut (at the quietest point near the end) into windows of at most this."""
    time_budget_s: float = 12.0
    """Wall-clock bound: windows that would start after this are not decoded (`truncated`)."""
    languages: tuple[str, ...] = ("it", "en")
    """Languages detection may choose from."""
    max_prompt_tokens: int = 120
    min_window_s: float = 8.0
    """Shorter audio is padded with silence to this before encoding: on windows of only a few
    seconds whisper sometimes says the utterance twice (measured; docs/PERFORMANCE.md)."""
    beam_size: int = 1
    """1 = greedy. Beams of 2 and 4 were measured on the Italian speech set and did not win
    (docs/PERFORMANCE.md, "The ear: levers measured"); kept settable for the bench (`--stt-option`)."""
    filters: FilterOptions = field(default_factory=FilterOptions)
    full_window: bool = False
    """Reference mode: faster-whisper's own `transcribe()` (30 s encoder window), for comparison."""


class FasterWhisperSTT(STT):
    """Whisper on the CPU through faster-whisper; bounded in time and tokens, hallucinations dropped."""

    engine = "local"
    capabilities = SttCapabilities(streaming=False, partial_results=False, offline=True)

    def __init__(self, model: Any, *, model_dir: Path, options: _Options | None = None) -> None:
        self._model = model
        self._model_dir = model_dir
        self._opts = options or _Options()
        from faster_whisper.tokenizer import Tokenizer
        from faster_whisper.transcribe import get_suppressed_tokens

        self._tokenizer_cls = Tokenizer
        base = Tokenizer(model.hf_tokenizer, model.model.is_multilingual, task="transcribe", language="en")
        self._suppress = list(get_suppressed_tokens(base, [-1]))
        self._tokenizers: dict[str, Any] = {}

    @classmethod
    def load(
        cls, model_dir: str | Path, *, compute_type: str = "int8", cpu_threads: int = 2, warm_up: bool = True
    ) -> FasterWhisperSTT:
        """Load a CTranslate2 whisper folder. BLOCKING (about 0.5 s for base): call it off the event
        loop. A damaged folder raises ModelMissingError with the command that repairs it."""
        model_dir = Path(model_dir)
        from faster_whisper import WhisperModel

        try:
            model = WhisperModel(
                str(model_dir),
                device="cpu",
                compute_type=compute_type,
                cpu_threads=cpu_threads,
                num_workers=1,
            )
        except (RuntimeError, OSError, ValueError) as exc:
            import models

            fix = (
                models.fix_command(model_dir.name)
                if model_dir.name in models.MODELS
                else "uv run officina models list"
            )
            raise ModelMissingError(
                f"The speech model in {model_dir} cannot be loaded ({exc}).", fix=fix
            ) from exc
        stt = cls(model, model_dir=model_dir)
        if warm_up:  # the first inference allocates; do it now rather than on the first turn
            stt._transcribe_sync(np.zeros(SAMPLE_RATE, np.float32), "en", None)
        _LOGGER.info("loaded whisper %s (%s, %d threads)", model_dir, compute_type, cpu_threads)
        return stt

    @property
    def model(self) -> Any:
        """The underlying faster_whisper.WhisperModel (benchmarks compare against its transcribe())."""
        return self._model

    def update_options(self, **changes: Any) -> None:
        """Change decoding options at runtime (names of `_Options`)."""
        self._opts = replace(self._opts, **changes)

    async def _transcribe_impl(
        self, audio: np.ndarray, *, language: str | None, prompt: str | None
    ) -> Transcript:
        return await asyncio.to_thread(self._transcribe_sync, audio, language, prompt)

    # --- blocking work, in a worker thread ------------------------------------------------------

    def _tokenizer(self, language: str) -> Any:
        tok = self._tokenizers.get(language)
        if tok is None:
            tok = self._tokenizer_cls(
                self._model.hf_tokenizer,
                self._model.model.is_multilingual,
                task="transcribe",
                language=language,
            )
            self._tokenizers[language] = tok
        return tok

    def _transcribe_sync(self, audio: np.ndarray, language: str | None, prompt: str | None) -> Transcript:
        if self._opts.full_window:
            return self._reference_sync(audio, language, prompt)
        import ctranslate2

        opts = self._opts
        started = time.perf_counter()
        timings = {"features_s": 0.0, "encode_s": 0.0, "decode_s": 0.0}
        kept: list[Segment] = []
        dropped: list[Segment] = []
        truncated = False
        for offset, window in _windows(audio, opts.max_window_s):
            if time.perf_counter() - started > opts.time_budget_s:
                truncated = True
                _LOGGER.warning(
                    "STT time budget %.1f s spent: %.1f s of audio not decoded",
                    opts.time_budget_s,
                    (len(audio) - offset) / SAMPLE_RATE,
                )
                break
            t0 = time.perf_counter()
            pad = max(int(opts.margin_s * SAMPLE_RATE), int(opts.min_window_s * SAMPLE_RATE) - len(window))
            padded = np.pad(window, (0, pad))
            feats = self._model.feature_extractor(padded)
            frames = min(feats.shape[1] - feats.shape[1] % 2, _MAX_FRAMES)
            feats = np.ascontiguousarray(feats[None, :, :frames], dtype=np.float32)
            t1 = time.perf_counter()
            try:
                encoded = self._model.model.encode(ctranslate2.StorageView.from_array(feats), to_cpu=False)
                t2 = time.perf_counter()
                if language is None:
                    language = self._detect(encoded)
                segments, hit_limit = self._decode(encoded, window, offset, language, prompt)
            except RuntimeError as exc:  # CTranslate2 reports every failure as RuntimeError
                raise SttError(f"local speech-to-text failed: {exc}") from exc
            t3 = time.perf_counter()
            timings["features_s"] += t1 - t0
            timings["encode_s"] += t2 - t1
            timings["decode_s"] += t3 - t2
            truncated |= hit_limit
            for segment in segments:
                (dropped if segment.reason else kept).append(segment)
        text = " ".join(s.text for s in kept).strip()
        return Transcript(
            text=text,
            language=language,
            engine="local",
            segments=kept,
            dropped_segments=dropped,
            timings=timings,
            truncated=truncated,
        )

    def _detect(self, encoded: Any) -> str:
        """Pick the likeliest of the allowed languages from the encoder output."""
        probs = dict(self._model.model.detect_language(encoded)[0])
        allowed = self._opts.languages
        best = max(allowed, key=lambda lang: probs.get(f"<|{lang}|>", 0.0))
        _LOGGER.debug(
            "language %s (%s)", best, {lang: round(probs.get(f"<|{lang}|>", 0.0), 3) for lang in allowed}
        )
        return best

    def _decode(
        self, encoded: Any, window: np.ndarray, offset: int, language: str, prompt: str | None
    ) -> tuple[list[Segment], bool]:
        """Greedy decode without timestamps, bounded to a token budget proportional to the audio."""
        tok = self._tokenizer(language)
        tokens: list[int] = []
        if prompt and prompt.strip():
            tokens = [tok.sot_prev, *tok.encode(" " + prompt.strip())[-self._opts.max_prompt_tokens :]]
        tokens += [*tok.sot_sequence, tok.no_timestamps]
        duration = len(window) / SAMPLE_RATE
        budget = int(duration * self._opts.tokens_per_s + self._opts.extra_tokens)
        max_length, cap = generation_length(len(tokens), budget)
        opts = self._opts
        result = self._model.model.generate(
            encoded,
            [tokens],
            beam_size=opts.beam_size,
            max_length=max_length,
            return_scores=True,
            return_no_speech_prob=True,
            suppress_blank=True,
            suppress_tokens=self._suppress,
        )[0]
        sequence = result.sequences_ids[0]
        hit_limit = len(sequence) >= cap - 1  # the cap counts the end token
        ids = [t for t in sequence if t < tok.eot]
        avg_logprob = float(result.scores[0]) * len(sequence) / (len(sequence) + 1) if ids else -10.0
        no_speech = float(result.no_speech_prob)
        if hit_limit:
            _LOGGER.warning("token budget (%d) reached on %.1f s of audio", budget, duration)

        def segment(text: str, reason: str | None) -> Segment:
            return Segment(
                text=text,
                start_s=round(offset / SAMPLE_RATE, 2),
                end_s=round(offset / SAMPLE_RATE + duration, 2),
                avg_logprob=round(avg_logprob, 3),
                no_speech_prob=round(no_speech, 3),
                compression_ratio=round(compression_ratio(text), 2),
                reason=reason,
            )

        text = tok.decode(ids).strip()
        if not text:
            return [], hit_limit
        # a decode stopped by the budget has usually looped after the speech: its loop is split off
        # before the text is judged, so the words said before it are not dropped with it
        head, tail = split_repeat(text, cut=hit_limit)
        reason = drop_reason(
            head if hit_limit else text,
            avg_logprob=avg_logprob,
            no_speech_prob=no_speech,
            options=self._opts.filters,
        )
        if reason:
            return [segment(text, reason)], hit_limit
        out = [segment(head, None)]
        if tail:
            out.append(segment(tail, "repeats the start of the utterance (decoded past the end of speech)"))
        return out, hit_limit

    def _reference_sync(self, audio: np.ndarray, language: str | None, prompt: str | None) -> Transcript:
        """faster-whisper's own transcribe(): the 30 s window, for accuracy and speed comparisons."""
        segments, info = self._model.transcribe(
            audio,
            language=language,
            beam_size=1,
            without_timestamps=True,
            condition_on_previous_text=False,
            initial_prompt=prompt,
            temperature=0.0,
        )
        kept: list[Segment] = []
        dropped: list[Segment] = []
        for s in segments:
            seg = Segment(
                s.text.strip(), s.start, s.end, s.avg_logprob, s.no_speech_prob, s.compression_ratio
            )
            seg.reason = drop_reason(seg.text, avg_logprob=s.avg_logprob, no_speech_prob=s.no_speech_prob)
            (dropped if seg.reason else kept).append(seg)
        return Transcript(
            text=" ".join(s.text for s in kept).strip(),
            language=info.language,
            engine="local",
            segments=kept,
            dropped_segments=dropped,
        )


def _windows(audio: np.ndarray, max_window_s: float) -> list[tuple[int, np.ndarray]]:
    """Cut audio into windows of at most `max_window_s`, each ending at the quietest 50 ms of its
    last 3 s, so words are rarely split."""
    limit = int(max_window_s * SAMPLE_RATE)
    out = []
    start = 0
    hop = SAMPLE_RATE // 20
    while len(audio) - start > limit:
        search_from = start + limit - 3 * SAMPLE_RATE
        tail = audio[search_from : start + limit]
        energy = np.convolve(tail**2, np.ones(hop, np.float32), mode="valid")[::hop]
        cut = search_from + int(np.argmin(energy)) * hop + hop // 2
        out.append((start, audio[start:cut]))
        start = cut
    out.append((start, audio[start:]))
    return out
