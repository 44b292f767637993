"""The audio benchmark runs end to end and reports every key `officina bench` merges."""

from __future__ import annotations

from pathlib import Path


def test_bench_audio_reports_medians(installed_models: Path) -> None:
    import models
    from benches import audio as bench_audio

    result = bench_audio.run(
        repeats=1, voice_path=models.resolve("en_US-joe-medium"), long_text="Booked. See you on Wednesday."
    )
    for key in ("vad_ms_per_audio_s", "tts_first_audio_ms", "tts_rtf"):
        assert isinstance(result[key], float) and result[key] > 0, (key, result)
    assert result["tts_rtf"] < 5  # a wildly wrong unit (ms instead of a ratio) would show here
    assert result["tts_sample_rate"] == 22_050
