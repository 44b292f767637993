"""How a test says "whisper heard what was said" without demanding any one word of a speech model.

A real recogniser may hear "owns" as "wants" or "tyre" as "tire" on one machine and not another; a test that
needs one exact word blocks everyone's landing on a coin toss. What a pipeline test needs is that the turn's
transcript is this utterance and not silence, noise or another recording: most of the words, roughly spelled.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher

_WORD = re.compile(r"[a-z0-9àèéìòù]+")


def _letters(text: str) -> str:
    return "".join(_WORD.findall(text.lower()))


def heard(transcript: str, said: str, at_least: float = 0.75) -> bool:
    """True when the transcript's letters and digits match what was said at least `at_least` of the way.

    Compared without spaces or punctuation, so "P123 CD" for "P 1 2 3 C D" and "tire" for "tyre" still count,
    while silence, "Thank you." or another sentence stay far below (about 0.3)."""
    got, want = _letters(transcript), _letters(said)
    return SequenceMatcher(None, got, want).ratio() >= at_least if want else not got


def assert_heard(transcript: str, said: str, at_least: float = 0.75) -> None:
    assert heard(transcript, said, at_least), f"heard {transcript!r} for {said!r}"
