"""Background noise for spoken tests: a workshop compressor's hum under a voice at a chosen SNR."""

from __future__ import annotations

import numpy as np


def under_hum(speech: np.ndarray, snr_db: float, *, rate: int = 16000) -> np.ndarray:
    """A compressor's hum (100 Hz and its harmonic) at `snr_db` under the voice: loud, yet it leaves
    whisper the words (a hum has no consonants to take)."""
    t = np.arange(len(speech)) / rate
    hum = np.sin(2 * np.pi * 100 * t) + 0.4 * np.sin(2 * np.pi * 200 * t)
    voiced = speech[np.abs(speech) > 0.01]
    gain = np.sqrt(np.mean(voiced**2) / (np.mean(hum**2) * 10 ** (snr_db / 10)))
    return (speech + gain * hum).astype(np.float32)
