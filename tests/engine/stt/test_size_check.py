"""A larger whisper where reachable: the decision from measured numbers, and the hub-unreachable fallback."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest

import models
from engine.stt import FasterWhisperSTT, size_check
from engine.stt.size_check import BASE, SizeCheck, decide

TURBO, SMALL = "whisper-large-v3-turbo", "whisper-small"


def base(encode_s: float, decode_s: float, other_s: float = 0.01) -> dict[str, float]:
    return {
        "features_s": other_s,
        "encode_s": encode_s,
        "decode_s": decode_s,
        "total_s": other_s + encode_s + decode_s,
    }


def test_a_fast_pc_gets_turbo_a_middling_one_small_a_slow_one_base() -> None:
    assert decide(base(0.004, 0.03)).chosen == TURBO
    assert decide(base(0.03, 0.06)).chosen == SMALL
    slow = decide(base(0.12, 0.25))
    assert slow.chosen == BASE and "above" in slow.reason
    assert slow.projected_s[SMALL] > slow.budget_s


def test_projections_grow_with_the_models_and_respect_the_budget() -> None:
    check = decide(base(0.03, 0.06))
    assert check.base_s["total_s"] < check.projected_s[SMALL] < check.projected_s[TURBO]
    assert check.projected_s[SMALL] <= check.budget_s < check.projected_s[TURBO]
    assert decide(base(0.03, 0.06), budget_s=10.0).chosen == TURBO


def test_hub_unreachable_keeps_base_and_says_so(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("models.hub_reachable", lambda timeout=3.0: False)
    check = size_check.install_chosen(decide(base(0.004, 0.03)))
    assert (check.chosen, check.installed) == (TURBO, BASE)
    assert "unreachable" in check.reason


def test_a_failed_download_keeps_base_and_leaves_nothing_behind(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("OFFICINA_MODELS_DIR", str(tmp_path))
    monkeypatch.setattr("models.hub_reachable", lambda timeout=3.0: True)
    spec = models.get_spec(SMALL)
    closed = dataclasses.replace(
        spec, hub=tuple(dataclasses.replace(h, url=f"http://127.0.0.1:9/{h.name}") for h in spec.hub)
    )
    monkeypatch.setitem(models.MODELS, SMALL, closed)
    check = size_check.install_chosen(decide(base(0.03, 0.06)))
    assert (check.chosen, check.installed) == (SMALL, BASE) and "failed" in check.reason
    assert not (tmp_path / SMALL).exists()


def test_first_run_measures_once_and_later_runs_retry_only_the_install(
    whisper_base: FasterWhisperSTT, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("OFFICINA_MODELS_DIR", str(tmp_path))
    monkeypatch.setattr("models.hub_reachable", lambda timeout=3.0: False)
    # any PC "fits", so the install path runs
    monkeypatch.setattr(size_check, "decide", lambda measured: decide(measured, budget_s=1000.0))
    first = size_check.best_whisper(whisper_base)
    assert first.base_s["encode_s"] > 0 and first.base_s["decode_s"] > 0
    assert (first.chosen, first.installed) == (TURBO, BASE)
    stamp = json.loads((tmp_path / size_check.STAMP).read_text(encoding="utf-8"))
    assert stamp["chosen"] == TURBO and stamp["installed"] == BASE
    assert size_check.in_use(BASE) == BASE

    def no_measuring(*args: object, **kwargs: object) -> dict[str, float]:
        raise AssertionError("measured again")

    monkeypatch.setattr(size_check, "measure_base", no_measuring)
    again = size_check.best_whisper(whisper_base)
    assert again.base_s == first.base_s and again.installed == BASE and again.reason.count("unreachable") == 1


def test_a_stamp_naming_a_model_not_installed_keeps_base(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("OFFICINA_MODELS_DIR", str(tmp_path))
    tmp_path.mkdir(exist_ok=True)
    check = SizeCheck(base_s=base(0.03, 0.06), chosen=SMALL, installed=SMALL)
    (tmp_path / size_check.STAMP).write_text(check.to_json(), encoding="utf-8")
    assert size_check.in_use(BASE) == BASE  # the stamp says small, but its files are not there
    assert size_check.in_use("whisper-small") == "whisper-small"  # an explicit choice is never changed
