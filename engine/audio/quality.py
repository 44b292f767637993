"""How well a recording can be heard: the speech's level above the background noise, from the
recording alone (no model, well under a millisecond for a 5 s turn).

A push-to-talk recording holds the pre-roll, the pauses between words and the tail before the key
comes up: the quietest frames are the background, the loudest the voice. Their ratio is the
speech-to-noise estimate. Measured on the speech bench (docs/PERFORMANCE.md, "Writes heard over
noise"): Kokoro speech with digital silence around it reads 79–88 dB; the same speech under the
workshop noise mixed at 10 dB SNR (compressor hum, impact-wrench bursts, radio) reads 16–21 dB.
"""

from __future__ import annotations

import numpy as np

FRAME = 512
"""Samples per frame (32 ms at 16 kHz), as the VAD's."""
NOISY_BELOW_DB = 25.0
"""Below this a recording counts as heard over noise: a write taken from it is said back and
confirmed before it is made (engine.fastpath, "careful")."""
LOUD_PERCENTILE = 90
QUIET_PERCENTILE = 3
"""The 3rd percentile, not the 10th: a hands-free turn is cut close around the speech, so few frames are
background; at the 10th percentile continuous speech with no pause read as low as 18 dB (the bench's
Kokoro rows cut to the speech alone), at the 3rd 23 dB (2 % under 33 dB), while the same rows under the
10 dB workshop noise read 13–21 dB either way."""
MIN_FRAMES = 16
"""Fewer frames (about half a second) tell nothing about the background."""
_FLOOR = 1e-5
"""RMS of digital silence, so that log10 stays finite (-100 dBFS)."""


def speech_to_noise_db(audio: np.ndarray) -> float | None:
    """The loud frames' level (90th percentile of frame RMS) over the quiet frames' (3rd), in dB;
    None for a recording too short to tell."""
    samples = np.asarray(audio, dtype=np.float32).reshape(-1)
    frames = len(samples) // FRAME
    if frames < MIN_FRAMES:
        return None
    rms = np.sqrt(np.mean(samples[: frames * FRAME].reshape(frames, FRAME) ** 2, axis=1)) + _FLOOR
    loud, quiet = np.percentile(rms, [LOUD_PERCENTILE, QUIET_PERCENTILE])
    return round(float(20 * np.log10(loud / quiet)), 1)


def is_noisy(snr_db: float | None) -> bool:
    """True when a `speech_to_noise_db` estimate means a background loud enough to take words away."""
    return snr_db is not None and snr_db < NOISY_BELOW_DB


def heard_over_noise(audio: np.ndarray) -> bool:
    """True when `audio` is speech over a background loud enough to take words away."""
    return is_noisy(speech_to_noise_db(audio))
