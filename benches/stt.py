"""STT benchmarks: finalize latency (end of speech → transcript) and short-window accuracy.

`run()` is what `officina bench` calls; `accuracy()` compares the short-window fast path with
faster-whisper's own 30 s-window transcribe() on the same clips (docs/PERFORMANCE.md).
"""

from __future__ import annotations

import asyncio
import logging
import statistics
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import numpy as np

if TYPE_CHECKING:
    from engine.stt import FasterWhisperSTT

_LOGGER = logging.getLogger(__name__)

SR = 16_000
# Utterances near 2, 5 and 10 s when spoken by en_US-joe-medium (then padded/cut to the exact length).
UTTERANCES = {
    "2s": "Cancel the booking for tomorrow.",
    "5s": "Book an oil change for plate AB 123 CD next Wednesday morning, please.",
    "10s": (
        "Move the tyre change for the grey Panda, plate CK 221 PV, to Friday morning, "
        "and send a WhatsApp confirmation to the customer the day before."
    ),
}
# (spoken text, plate or None, words that must come back)
ACCURACY_SET: list[tuple[str, str | None, tuple[str, ...]]] = [
    ("Book an oil change for plate A B 1 2 3 C D next Wednesday.", "AB123CD", ("oil change", "wednesday")),
    ("Book an oil change for plate AB 123 CD next Wednesday.", "AB123CD", ("oil change", "wednesday")),
    ("Cancel the appointment for plate FR 882 TZ on Friday.", "FR882TZ", ("cancel", "friday")),
    ("Find the car with plate GH 456 KL.", "GH456KL", ("find", "car")),
    ("Find the car with plate G H 4 5 6 K L.", "GH456KL", ("find", "car")),
    ("Look up plate X Y 9 8 7 Z W.", "XY987ZW", ("look",)),
    ("Tyre change for plate E F 4 5 6 G H tomorrow morning.", "EF456GH", ("change", "tomorrow")),
    (
        "Move the tyre change for the grey Panda, plate CK 221 PV, to Friday morning.",
        "CK221PV",
        ("panda", "friday"),
    ),
    (
        "Show me the service history of the black Volkswagen Golf.",
        None,
        ("service history", "volkswagen golf"),
    ),
    ("Cancel the booking.", None, ("cancel the booking",)),
    (
        "What is the first free slot for a brake inspection on Monday?",
        None,
        ("first free slot", "brake", "monday"),
    ),
    (
        "Send a WhatsApp confirmation with a reminder the day before.",
        None,
        ("confirmation", "reminder", "day before"),
    ),
    (
        "I need a full service and a brake inspection for the blue Fiat Punto on Monday at nine.",
        None,
        ("full service", "brake inspection", "fiat punto", "monday"),
    ),
]
PROMPT = "Plate AB123CD. Fiat Panda, Volkswagen Golf. Oil change, tyre change, brake inspection, WhatsApp."


def _speaker() -> Callable[[str], np.ndarray]:
    import soxr
    from piper import PiperVoice, SynthesisConfig

    import models

    voice = PiperVoice.load(models.install("en_US-joe-medium"))
    # No generator noise: the same text gives the same audio, so runs and configs compare fairly.
    config = SynthesisConfig(noise_scale=0.0, noise_w_scale=0.0)

    def speak(text: str) -> np.ndarray:
        chunks = list(voice.synthesize(text, config))
        audio = np.concatenate([c.audio_float_array for c in chunks])
        return soxr.resample(audio, chunks[0].sample_rate, SR).astype(np.float32)

    return speak


def _fit(audio: np.ndarray, seconds: float) -> np.ndarray:
    n = int(seconds * SR)
    return audio[:n] if len(audio) >= n else np.pad(audio, (0, n - len(audio)))


def _load_stt(**options: Any) -> FasterWhisperSTT:
    import models
    from engine.stt import FasterWhisperSTT

    stt = FasterWhisperSTT.load(models.install("whisper-base"))
    if options:
        stt.update_options(**options)
    return stt


def run(*, repeats: int = 5) -> dict[str, Any]:
    """Median (and min) finalize latency (ms) of the local engine for 2, 5 and 10 s utterances: the time of
    `SttSession.finish()` after all audio was fed, i.e. from VAD end-of-speech to the transcript."""
    speak = _speaker()
    stt = _load_stt()

    async def measure(audio: np.ndarray) -> float:
        session = stt.start_stream(language="en", prompt=PROMPT)
        for i in range(0, len(audio), 1600):
            session.accept_chunk(audio[i : i + 1600])
        start = time.perf_counter()
        await session.finish()
        return (time.perf_counter() - start) * 1000

    async def main() -> dict[str, dict[str, float]]:
        medians, minima = {}, {}
        for key, text in UTTERANCES.items():
            audio = _fit(speak(text), float(key[:-1]))
            await measure(audio)  # warm
            times = [await measure(audio) for _ in range(repeats)]
            medians[key] = round(statistics.median(times), 1)
            minima[key] = round(min(times), 1)
        return {"stt_finalize_ms": medians, "stt_finalize_min_ms": minima}

    # min is the best estimate of the uncontended cost when other processes share the cores
    return asyncio.run(main())


def accuracy(
    configs: dict[str, dict[str, Any]] | None = None, *, prompt: str | None = PROMPT
) -> dict[str, Any]:
    """Plates and key words recovered per decoding config, with median latency per clip."""
    configs = configs or {
        "reference_30s_window": {"full_window": True},
        "short_window_min8s": {"min_window_s": 8.0},
        "short_window_min0": {"min_window_s": 0.0},
    }
    speak = _speaker()
    clips = [(speak(text), text, plate, words) for text, plate, words in ACCURACY_SET]
    stt = _load_stt()
    report: dict[str, Any] = {}

    async def main() -> None:
        for name, opts in configs.items():
            stt.update_options(**{"full_window": False, "min_window_s": 8.0, **opts})
            plates = words_ok = 0
            times, outputs = [], []
            for audio, _text, plate, words in clips:
                result = await stt.transcribe(audio, language="en", prompt=prompt)
                times.append(result.elapsed_s * 1000)
                flat = "".join(c for c in result.text.upper() if c.isalnum())
                got_plate = plate is None or (plate in flat and flat.count(plate) == 1)
                got_words = all(w in result.text.lower() for w in words)
                plates += plate is not None and got_plate
                words_ok += got_words
                outputs.append(("ok " if got_plate and got_words else "BAD") + " " + result.text)
            report[name] = {
                "plates_ok": f"{plates}/{sum(1 for c in clips if c[2])}",
                "clips_ok": f"{sum(o.startswith('ok') for o in outputs)}/{len(clips)}",
                "words_ok": f"{words_ok}/{len(clips)}",
                "median_ms": round(statistics.median(times), 1),
                "outputs": outputs,
            }

    asyncio.run(main())
    return report


def levers(*, repeats: int = 7) -> dict[str, dict[str, float]]:
    """Median and min ms of each lever on the 5 s utterance (docs/PERFORMANCE.md, "Speech-to-text")."""
    import ctranslate2

    speak = _speaker()
    stt = _load_stt()
    model = stt.model
    audio = _fit(speak(UTTERANCES["5s"]), 5.0)

    def median_ms(fn: Callable[[], object]) -> dict[str, float]:
        fn()
        times = []
        for _ in range(repeats):
            start = time.perf_counter()
            fn()
            times.append((time.perf_counter() - start) * 1000)
        return {"median": round(statistics.median(times), 1), "min": round(min(times), 1)}

    def encode(seconds: float) -> object:
        feats = model.feature_extractor(_fit(audio, seconds))
        frames = min(3000, feats.shape[1] - feats.shape[1] % 2)
        view = ctranslate2.StorageView.from_array(np.ascontiguousarray(feats[None, :, :frames]))
        return model.model.encode(view, to_cpu=False)

    def transcribe(**kwargs: Any) -> str:
        segments, _ = model.transcribe(audio, language="en", **kwargs)
        return " ".join(s.text for s in segments)

    def fast(**options: Any) -> None:
        stt.update_options(**{"min_window_s": 8.0, "margin_s": 1.0, **options})
        stt._transcribe_sync(audio, "en", None)

    out = {
        "transcribe_defaults_beam5": median_ms(lambda: transcribe()),
        "transcribe_beam1_no_timestamps": median_ms(
            lambda: transcribe(beam_size=1, without_timestamps=True, condition_on_previous_text=False)
        ),
        "features_5s": median_ms(lambda: model.feature_extractor(audio)),
        "encode_30s_window": median_ms(lambda: encode(30.0)),
        "encode_10s_window": median_ms(lambda: encode(10.0)),
        "encode_8s_window": median_ms(lambda: encode(8.0)),
        "encode_6s_window": median_ms(lambda: encode(6.0)),
        "fast_path_min8s_chosen": median_ms(lambda: fast()),
        "fast_path_min0_real_plus_1s": median_ms(lambda: fast(min_window_s=0.0)),
        "fast_path_with_prompt": median_ms(lambda: stt._transcribe_sync(audio, "en", PROMPT)),
        "fast_path_language_detect": median_ms(lambda: stt._transcribe_sync(audio, None, None)),
    }
    stt.update_options(min_window_s=8.0)
    return out


if __name__ == "__main__":
    import json
    import sys

    if "--accuracy" in sys.argv:
        print(json.dumps(accuracy(), indent=1))
    elif "--levers" in sys.argv:
        print(json.dumps(levers(), indent=1))
    else:
        print(json.dumps(run()))
