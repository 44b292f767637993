"""Does a noise-suppression front end before whisper help? Word error rate of whisper base on the speech
set's Italian audio (clean or noisy copies), the audio as recorded vs passed through a denoiser first.

    uv sync --group denoise   # pyrnnoise, noisereduce: for this measurement only, not the app's
    uv run python -m benches.denoise --noisy --start 0 --limit 10 --fronts raw,rnnoise,nr_soft

Prints one JSON line per utterance (errors and transcript per front end), then the totals. Every front
end measured made whisper worse on the workshop noise, so none is in the app (docs/PERFORMANCE.md,
"The ear: levers measured").
"""

from __future__ import annotations

import argparse
import asyncio
import ctypes
import json
import time
from collections.abc import Callable

import numpy as np

from benches import speech
from benches import speech_audio as audio

RATE = 16_000


def rnnoise(x: np.ndarray) -> np.ndarray:
    """RNNoise (pyrnnoise's bundled librnnoise) at its 48 kHz, 10 ms frames; back to 16 kHz."""
    import soxr
    from pyrnnoise import rnnoise as rn

    up = soxr.resample(x, RATE, 48_000).astype(np.float32)
    n = rn.FRAME_SIZE
    pad = (-len(up)) % n
    up = np.pad(up, (0, pad)) * 32767.0
    out = np.empty_like(up)
    frame = np.empty(n, np.float32)
    ptr = frame.ctypes.data_as(ctypes.POINTER(ctypes.c_float))
    state = rn.create()
    try:
        for i in range(0, len(up), n):
            frame[:] = up[i : i + n]
            rn.lib.rnnoise_process_frame(state, ptr, ptr)
            out[i : i + n] = frame
    finally:
        rn.destroy(state)
    y = soxr.resample(out[: len(out) - pad] / 32767.0, 48_000, RATE).astype(np.float32)
    return y[: len(x)]


def _reduce(x: np.ndarray, *, stationary: bool, prop_decrease: float) -> np.ndarray:
    import noisereduce

    return noisereduce.reduce_noise(
        y=x, sr=RATE, stationary=stationary, prop_decrease=prop_decrease, n_jobs=1
    ).astype(np.float32)


def highpass(x: np.ndarray) -> np.ndarray:
    """4th-order Butterworth high-pass at 120 Hz (the compressor's hum and rumble sit below)."""
    from scipy.signal import butter, sosfiltfilt

    sos = butter(4, 120, "highpass", fs=RATE, output="sos")
    return sosfiltfilt(sos, x).astype(np.float32)


FRONTS: dict[str, Callable[[np.ndarray], np.ndarray]] = {
    "raw": lambda x: x,
    "rnnoise": rnnoise,
    "rnnoise_half": lambda x: (0.5 * x + 0.5 * rnnoise(x)).astype(np.float32),
    "nr_stationary": lambda x: _reduce(x, stationary=True, prop_decrease=1.0),
    "nr_stationary_soft": lambda x: _reduce(x, stationary=True, prop_decrease=0.6),
    "nr_nonstationary": lambda x: _reduce(x, stationary=False, prop_decrease=1.0),
    "nr_soft": lambda x: _reduce(x, stationary=False, prop_decrease=0.5),
    "highpass": highpass,
}


def main() -> None:
    import models
    from engine.stt.faster_whisper import FasterWhisperSTT

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--noisy", action="store_true", help="the noisy copies (default: clean)")
    parser.add_argument("--start", type=int, default=0, help="skip the first N Italian utterances")
    parser.add_argument("--limit", type=int, default=10)
    parser.add_argument("--fronts", default="raw,rnnoise", help=f"comma-separated, of {sorted(FRONTS)}")
    args = parser.parse_args()
    fronts = [f.strip() for f in args.fronts.split(",")]
    unknown = set(fronts) - set(FRONTS)
    if unknown:
        parser.error(f"unknown front end(s): {sorted(unknown)}")
    picked = speech.select(speech.load_set(), lang="it")[args.start : args.start + args.limit]
    choices = audio.voices()
    renderer = audio.Renderer()
    stt = FasterWhisperSTT.load(models.resolve("whisper-base"))
    warm = np.zeros(RATE, np.float32)
    for name in fronts:  # imports and first-call allocations out of the timings
        FRONTS[name](warm)
    totals = {name: {"errors": 0, "words": 0, "filter_s": 0.0} for name in fronts}
    for position, row in picked:
        samples = renderer.audio(row["spoken"], "it", audio.voice_for(position, choices), noisy=args.noisy)
        reference = speech.normalise_words(row["reference"])
        line: dict[str, object] = {"id": row["id"]}
        for name in fronts:
            t0 = time.perf_counter()
            filtered = FRONTS[name](samples)
            totals[name]["filter_s"] += time.perf_counter() - t0
            heard = asyncio.run(stt.transcribe(filtered, language="it")).text
            errors = speech.edit_distance(reference, speech.normalise_words(heard))
            totals[name]["errors"] += errors
            totals[name]["words"] += len(reference)
            line[name] = [errors, heard]
        print(json.dumps(line, ensure_ascii=False), flush=True)
    load = __import__("os").getloadavg()[0]
    print(json.dumps({
        "condition": "noisy" if args.noisy else "clean",
        "utterances": len(picked),
        "load_avg_1m": round(load, 2),
        "wer": {n: round(t["errors"] / max(1, t["words"]), 3) for n, t in totals.items()},
        "filter_ms_per_turn": {n: round(1000 * t["filter_s"] / max(1, len(picked))) for n, t in totals.items()},
    }, indent=1))  # fmt: skip


if __name__ == "__main__":
    main()
