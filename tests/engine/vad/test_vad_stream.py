"""Silero VAD (ONNX, no torch) on real Piper speech with known silence around it."""

from __future__ import annotations

import asyncio
import itertools
import threading
from typing import Any

import numpy as np
import pytest

from engine.errors import ModelMissingError, VadError
from engine.vad import FRAME_SAMPLES, VAD, Endpointer, SileroVad, VadOptions

PaddedSpeech = Any  # the padded_speech fixture (conftest.py)

TOLERANCE_S = 0.15


def _push_in_blocks(stream, audio: np.ndarray, block: int = 320) -> list:
    events = []
    for start in range(0, len(audio), block):
        events += stream.push_frame(audio[start : start + block])
    return events + stream.end_input()


def test_speech_boundaries_within_150ms(silero: SileroVad, padded_speech: PaddedSpeech) -> None:
    events = _push_in_blocks(silero.stream(), padded_speech.audio)
    assert [e.type for e in events] == ["speech_start", "speech_end"], events
    start, end = events
    assert abs(start.t_s - padded_speech.start_s) <= TOLERANCE_S, (start, padded_speech.start_s)
    assert abs(end.t_s - padded_speech.end_s) <= TOLERANCE_S, (end, padded_speech.end_s)
    assert start.probability >= 0.5


def test_end_of_speech_follows_min_silence(silero: SileroVad, padded_speech: PaddedSpeech) -> None:
    """speech_end is emitted once min_silence_ms of audio after the speech has been pushed, not at end_input."""
    stream = silero.stream(VadOptions(min_silence_ms=300))
    events = []
    pushed_s = 0.0
    for start in range(0, len(padded_speech.audio), 512):
        new = stream.push_frame(padded_speech.audio[start : start + 512])
        pushed_s = (start + 512) / 16_000
        if any(e.type == "speech_end" for e in new):
            events = new
            break
    assert events, "speech_end never emitted while pushing"
    assert pushed_s < padded_speech.end_s + 0.3 + TOLERANCE_S + 0.064


def test_trim_silence(silero: SileroVad, padded_speech: PaddedSpeech) -> None:
    trimmed = silero.trim_silence(padded_speech.audio)
    pad = silero.options.speech_pad_ms / 1000
    assert trimmed.has_speech
    assert abs(trimmed.lead_s - (padded_speech.start_s - pad)) <= TOLERANCE_S
    total = len(padded_speech.audio) / 16_000
    assert abs((total - trimmed.trail_s) - (padded_speech.end_s + pad)) <= TOLERANCE_S
    assert trimmed.speech_s == pytest.approx(len(trimmed.audio) / 16_000)
    assert trimmed.lead_s + trimmed.speech_s + trimmed.trail_s == pytest.approx(total, abs=1e-3)


def test_trimming_names_the_speech_it_kept(silero: SileroVad, padded_speech: PaddedSpeech) -> None:
    """trim_silence reports its speech segments (the pipeline traces them as VAD events); they are the
    boundaries the live stream finds in the same audio, and the kept audio spans them plus the pad."""
    audio = np.concatenate([padded_speech.audio, padded_speech.audio])
    trimmed = silero.trim_silence(audio)
    streamed = _push_in_blocks(silero.stream(), audio)
    assert len(trimmed.segments) == 2 and len(streamed) == 4
    for (start_s, end_s), start, end in zip(trimmed.segments, streamed[::2], streamed[1::2], strict=True):
        assert abs(start_s - start.t_s) <= TOLERANCE_S and abs(end_s - end.t_s) <= TOLERANCE_S
    pad = silero.options.speech_pad_ms / 1000
    assert trimmed.lead_s == pytest.approx(max(0.0, trimmed.segments[0][0] - pad), abs=1e-3)
    assert trimmed.speech_s == pytest.approx(trimmed.segments[-1][1] + pad - trimmed.lead_s, abs=1e-3)


@pytest.mark.parametrize(
    "audio",
    [
        np.zeros(0, np.float32),
        np.zeros(48_000, np.float32),
        (np.random.default_rng(1).standard_normal(48_000) * 0.003).astype(np.float32),
    ],
    ids=["empty", "digital-silence", "room-noise"],
)
def test_no_speech_gives_no_events(silero: SileroVad, audio: np.ndarray) -> None:
    assert _push_in_blocks(silero.stream(), audio) == []
    trimmed = silero.trim_silence(audio)
    assert not trimmed.has_speech and trimmed.speech_s == 0.0 and trimmed.segments == ()


async def test_async_iteration_from_a_capture_thread(silero: SileroVad, padded_speech: PaddedSpeech) -> None:
    stream = silero.stream()

    def capture_thread() -> None:
        _push_in_blocks(stream, padded_speech.audio)

    thread = threading.Thread(target=capture_thread)
    thread.start()
    events = [event async for event in stream]
    await asyncio.to_thread(thread.join)
    assert [e.type for e in events] == ["speech_start", "speech_end"]


def test_endpointer_cuts_turns(silero: SileroVad, padded_speech: PaddedSpeech) -> None:
    endpointer = Endpointer(silero, options=VadOptions(min_silence_ms=500), max_utterance_s=20)
    audio = np.concatenate([padded_speech.audio, padded_speech.audio])
    events = []
    for start in range(0, len(audio), 320):
        events += endpointer.push_frame(audio[start : start + 320])
    events += endpointer.end_input()
    assert [(e.type, e.reason) for e in events] == [
        ("turn_start", "speech"),
        ("turn_end", "silence"),
    ] * 2
    first_end = events[1]
    expected = padded_speech.end_s - padded_speech.start_s + 2 * silero.options.speech_pad_ms / 1000
    assert abs(len(first_end.audio) / 16_000 - expected) <= 2 * TOLERANCE_S
    second_start = events[2].t_s - len(padded_speech.audio) / 16_000
    assert abs(second_start - padded_speech.start_s) <= TOLERANCE_S


def test_endpointer_reports_pauses_inside_a_turn(silero: SileroVad, padded_speech: PaddedSpeech) -> None:
    """With pause_ms, a pause shorter than the end of turn is reported with the audio so far, speech after
    it as a resume; the last pause before the end carries exactly the turn's audio."""
    endpointer = Endpointer(silero, options=VadOptions(min_silence_ms=600), pause_ms=250)
    speech = padded_speech.audio[
        int((padded_speech.start_s - 0.05) * 16_000) : int((padded_speech.end_s + 0.05) * 16_000)
    ]
    gap = np.zeros(int(0.35 * 16_000), np.float32)  # longer than a pause, shorter than the end of turn
    audio = np.concatenate([np.zeros(8000, np.float32), speech, gap, speech, np.zeros(24_000, np.float32)])
    events = []
    for start in range(0, len(audio), 320):
        events += endpointer.push_frame(audio[start : start + 320])
    events += endpointer.end_input()
    types = [e.type for e in events]
    assert types[0] == "turn_start" and types[-2:] == ["pause", "turn_end"] and types.count("turn_end") == 1
    assert "resume" in types  # the gap did not end the turn
    for before, after in itertools.pairwise(types):  # pauses and resumes alternate
        assert (before, after) not in {("pause", "pause"), ("resume", "resume"), ("turn_start", "resume")}
    first_end = len(np.concatenate([np.zeros(8000, np.float32), speech])) / 16_000
    gap_pause = next(e for e in events if e.type == "pause" and e.t_s > first_end - 0.3)
    assert gap_pause.t_s < first_end + 0.2 and len(gap_pause.audio) < len(events[-1].audio)
    np.testing.assert_array_equal(events[-2].audio, events[-1].audio)


def test_endpointer_max_length(silero: SileroVad, padded_speech: PaddedSpeech) -> None:
    endpointer = Endpointer(silero, max_utterance_s=2.0)
    events = []
    for start in range(0, len(padded_speech.audio), 320):
        events += endpointer.push_frame(padded_speech.audio[start : start + 320])
    events += endpointer.end_input()
    ends = [e for e in events if e.type == "turn_end"]
    assert ends[0].reason == "max_length"
    assert len(ends[0].audio) == pytest.approx(2.0 * 16_000, abs=400)


def test_corrupt_vad_model(tmp_path) -> None:
    bad = tmp_path / "silero.onnx"
    bad.write_bytes(b"\x00not an onnx model")
    with pytest.raises(ModelMissingError, match="corrupt"):
        SileroVad.load(bad)
    with pytest.raises(ModelMissingError, match="missing"):
        SileroVad.load(tmp_path / "absent.onnx")


def test_silero_fronts_the_vad_interface_and_checks_whole_signals(
    silero: SileroVad, padded_speech: Any
) -> None:
    """The pipeline holds any VAD: Silero is one; bad input is one clear VadError, not an ONNX error."""
    assert isinstance(silero, VAD)
    speech = padded_speech.audio
    assert silero.segments(speech) and len(silero.probabilities(speech)) == -(-len(speech) // FRAME_SAMPLES)
    with pytest.raises(VadError, match="mono"):
        silero.probabilities(np.zeros((2, 16_000), dtype=np.float32))
    with pytest.raises(TypeError, match="abstract"):
        VAD()  # type: ignore[abstract]
