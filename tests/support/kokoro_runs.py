"""Which texts Kokoro really synthesised in a test (a clip played needs no ONNX run)."""

from __future__ import annotations

import numpy as np
import pytest

from engine.tts.kokoro import KokoroModel


def count_kokoro_runs(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """A list that receives the text of every Kokoro synthesis from now on, in order."""
    runs: list[str] = []
    original = KokoroModel.synthesize

    def counting(self: KokoroModel, phonemes, **kwargs) -> np.ndarray:  # type: ignore[no-untyped-def]
        runs.append(phonemes.text)
        return original(self, phonemes, **kwargs)

    monkeypatch.setattr(KokoroModel, "synthesize", counting)
    return runs
