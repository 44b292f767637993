"""A larger whisper where it is reachable: measure this PC with whisper base, project the larger sizes.

At the first run the app times whisper base on a fixed clip (features, encoder and decoder apart, the
median of a few runs) and projects each larger size's finalize latency (end of speech → transcript)
from the layers × width² of its encoder and decoder relative to base's. The largest size whose
projection fits the budget is installed from the model hub; where the hub cannot be reached, or the
download fails, base stays. The result is kept in the models folder (`whisper-size.json`), so the
check runs once per machine; `officina models list` shows it.
"""

from __future__ import annotations

import json
import logging
import statistics
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

import models
from models import ModelError

_LOGGER = logging.getLogger(__name__)

BASE = "whisper-base"
# Largest first. (encoder, decoder) cost relative to base = layers × d_model², from the model cards:
# base 6+6 layers × 512; small 12+12 × 768; large-v3-turbo 32 encoder + 4 decoder layers × 1280.
COST_VS_BASE: dict[str, tuple[float, float]] = {
    "whisper-large-v3-turbo": (32 * 1280**2 / (6 * 512**2), 4 * 1280**2 / (6 * 512**2)),
    "whisper-small": (12 * 768**2 / (6 * 512**2), 12 * 768**2 / (6 * 512**2)),
}
FINALIZE_BUDGET_S = 0.5
"""The finalize latency a larger whisper may cost: the turn's end of speech → first audio budget is
600 ms p50 (issue 11), of which TTS's first clause and the fast path take the rest."""
CLIP_TEXT = "Prenota un tagliando per la Panda targa GH 907 MN, mercoledì mattina alle nove."
STAMP = "whisper-size.json"


@dataclass
class SizeCheck:
    """What the check measured on this PC, what it projected, and what it did."""

    base_s: dict[str, float]
    """Whisper base on the clip: features_s, encode_s, decode_s, total_s (medians)."""
    projected_s: dict[str, float] = field(default_factory=dict)
    """Projected finalize seconds per larger size (not measured: projected from base)."""
    chosen: str = BASE
    """The size the projection allows within the budget."""
    installed: str = BASE
    """The size actually in use after the install attempt."""
    reason: str = ""
    budget_s: float = FINALIZE_BUDGET_S

    def to_json(self) -> str:
        return json.dumps(asdict(self), indent=2)


def decide(base_s: dict[str, float], budget_s: float = FINALIZE_BUDGET_S) -> SizeCheck:
    """The largest size whose projected finalize latency fits `budget_s`, from base's measured parts."""
    check = SizeCheck(base_s=dict(base_s), budget_s=budget_s)
    other = base_s["total_s"] - base_s["encode_s"] - base_s["decode_s"]
    for model_id, (enc, dec) in COST_VS_BASE.items():
        check.projected_s[model_id] = round(other + base_s["encode_s"] * enc + base_s["decode_s"] * dec, 3)
    fits = [m for m in COST_VS_BASE if check.projected_s[m] <= budget_s]
    check.chosen = fits[0] if fits else BASE
    check.reason = (
        f"{check.chosen} projected at {check.projected_s[check.chosen]:.2f} s, within {budget_s:.2f} s"
        if fits
        else f"every larger whisper is projected above {budget_s:.2f} s on this PC"
    )
    return check


def measure_base(stt: Any, clip: np.ndarray, *, runs: int = 3) -> dict[str, float]:
    """Whisper base (a loaded FasterWhisperSTT) on `clip`, Italian: the median of `runs` after one warm-up."""
    import asyncio

    samples: list[dict[str, float]] = []
    for _ in range(runs + 1):
        result = asyncio.run(stt.transcribe(clip, language="it"))
        samples.append({**result.timings, "total_s": result.elapsed_s})
    keys = ("features_s", "encode_s", "decode_s", "total_s")
    return {k: round(statistics.median(s.get(k, 0.0) for s in samples[1:]), 4) for k in keys}


def fixed_clip() -> np.ndarray:
    """The check's clip: `CLIP_TEXT` spoken by the joe voice (installed with the defaults), 16 kHz."""
    from engine.audio.chunk import STT_RATE, resample
    from engine.tts import PiperTTS, default_voice_path

    tts = PiperTTS.load(default_voice_path(), noise_scale=0.0, noise_w_scale=0.0)
    chunks = list(tts.synthesize_blocking(CLIP_TEXT))
    return resample(np.concatenate([c.samples for c in chunks]), tts.sample_rate, STT_RATE)


def install_chosen(check: SizeCheck, progress: Any | None = None) -> SizeCheck:
    """Install `check.chosen` from the hub when it is larger than base; base stays on any failure."""
    check.installed = BASE
    check.reason = check.reason.split("; ")[0]
    if check.chosen == BASE:
        return check
    if not models.hub_reachable():
        check.reason += "; the model hub is unreachable: whisper base stays"
        _LOGGER.warning("A larger whisper (%s) would fit, but the model hub is unreachable", check.chosen)
        return check
    try:
        models.install(check.chosen, progress)
    except ModelError as exc:
        check.reason += f"; installing it failed ({exc.message}): whisper base stays"
        _LOGGER.warning("%s", exc.message)
        return check
    check.installed = check.chosen
    return check


def stamp_path() -> Path:
    return models.models_dir() / STAMP


def in_use(wanted: str) -> str:
    """The whisper to load for the settings' `wanted`: the checked larger size when it is installed."""
    check = load_stamp()
    if wanted != BASE or check is None or check.installed == BASE:
        return wanted
    state = next((s for s in models.status() if s.id == check.installed), None)
    return check.installed if state is not None and state.ok else wanted


def load_stamp() -> SizeCheck | None:
    """The check this machine already ran, or None."""
    try:
        data = json.loads(stamp_path().read_text(encoding="utf-8"))
        return SizeCheck(**data)
    except (OSError, ValueError, TypeError):
        return None


def best_whisper(base_stt: Any, progress: Any | None = None) -> SizeCheck:
    """BLOCKING, with the first-run install: measure once, decide, install (hub) and remember.

    A check already on record is not measured again; its install is retried (the hub may answer now).
    """
    done = load_stamp()
    if done is not None and done.installed == done.chosen:
        return done
    check = install_chosen(done or decide(measure_base(base_stt, fixed_clip())), progress)
    path = stamp_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(check.to_json(), encoding="utf-8")
    _LOGGER.info("whisper size check: %s", check.reason)
    return check
