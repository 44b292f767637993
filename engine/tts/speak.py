"""Glue from a `TtsStream` to a sink: play each chunk the moment it exists; barge-in stops both."""

from __future__ import annotations

import logging
from collections.abc import Callable

from engine.audio.playback import AudioSink
from engine.tts.stream import SpokenSentence, TtsStream

_LOGGER = logging.getLogger(__name__)


async def speak(
    stream: TtsStream, sink: AudioSink, *, on_sentence: Callable[[SpokenSentence], None] | None = None
) -> list[SpokenSentence]:
    """Play the stream's chunks as they arrive; return once all was heard or the stream was interrupted.

    `on_sentence` sees each chunk just before it is queued (trace: "tts sentence / first audio").
    """
    spoken: list[SpokenSentence] = []
    async for event in stream:
        if on_sentence is not None:
            on_sentence(event)
        sink.play(event.chunk)
        spoken.append(event)
    if not stream.interrupted:
        await sink.wait_done()
    return spoken


def barge_in(stream: TtsStream, sink: AudioSink) -> None:
    """The person spoke over the answer: silence the sink and stop generating, at once."""
    sink.stop()
    stream.interrupt()
