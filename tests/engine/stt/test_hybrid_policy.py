"""The hybrid race's policy, deterministic: latency history and clock injected, no timing asserted."""

from __future__ import annotations

from engine.stt.base import Segment, Transcript
from engine.stt.hybrid_policy import CloudLatency, Confidence

DEADLINE = 1.2


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_a_fast_cloud_is_raced() -> None:
    latency = CloudLatency(DEADLINE, history=[0.4, 0.3, 0.5])
    assert not latency.slow and latency.plan() == "race"
    assert CloudLatency(DEADLINE).plan() == "race", "an unknown cloud gets its chance"


def test_a_slow_cloud_is_not_waited_for_and_probed_every_so_often() -> None:
    clock = Clock()
    latency = CloudLatency(DEADLINE, history=[3.0, 3.1], clock=clock, probe_every_s=30.0)
    assert latency.slow
    assert latency.plan() == "probe"
    assert [latency.plan() for _ in range(5)] == ["skip"] * 5
    clock.now += 29.9
    assert latency.plan() == "skip"
    clock.now += 0.2
    assert latency.plan() == "probe"


def test_probes_notice_when_the_cloud_is_fast_again() -> None:
    latency = CloudLatency(DEADLINE, history=[3.0, 3.0, 3.0])
    latency.observe(0.3)
    assert latency.slow, "one fast answer after a slow spell is not yet enough"
    latency.observe(0.3)
    assert not latency.slow and latency.plan() == "race"


def test_failures_count_as_slow() -> None:
    fast = CloudLatency(DEADLINE, history=[0.3, 0.3])
    fast.observe(None, elapsed_s=0.01)  # connection refused: fails at once, but gave no text
    assert not fast.slow, "one failure does not condemn a fast cloud"
    fast.observe(None, elapsed_s=0.01)
    assert fast.slow
    dead = CloudLatency(DEADLINE, history=[None])
    assert dead.slow and dead.plan() == "probe"
    timed_out = CloudLatency(DEADLINE, history=[None])
    timed_out.observe(None, elapsed_s=10.0)
    assert timed_out.ewma_s is not None and timed_out.ewma_s >= 10.0 * 0.5


def test_a_changed_deadline_changes_what_is_slow() -> None:
    latency = CloudLatency(DEADLINE, history=[1.5])
    assert latency.slow
    latency.deadline_s = 2.0
    assert not latency.slow


def _transcript(*segments: Segment, text: str = "Prenota un tagliando", **kw: object) -> Transcript:
    return Transcript(text=text, language="it", engine="local", segments=list(segments), **kw)  # type: ignore[arg-type]


def test_confidence_reads_whispers_own_scores() -> None:
    conf = Confidence(min_avg_logprob=-0.5, max_no_speech_prob=0.3)
    sure = Segment("Prenota un tagliando", avg_logprob=-0.2, no_speech_prob=0.01)
    assert conf.confident(_transcript(sure))
    assert not conf.confident(_transcript(sure, Segment("per la", avg_logprob=-0.9, no_speech_prob=0.0)))
    assert not conf.confident(_transcript(Segment("mh", avg_logprob=-0.1, no_speech_prob=0.6)))
    assert not conf.confident(_transcript(Segment("x", avg_logprob=None, no_speech_prob=None)))
    assert not conf.confident(_transcript(sure, text="  "))
    assert not conf.confident(_transcript(sure, truncated=True))
    assert not conf.confident(
        _transcript(sure, dropped_segments=[Segment("Grazie.", reason="hallucination")])
    )
    assert not conf.confident(_transcript())
