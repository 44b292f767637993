"""The speech-to-text prompt, per language: the workshop's own words that help whisper, and nothing that
can make it worse.

Whisper takes the prompt as the text said just before. Measured on Italian speech (whisper base): plates
in the prompt make it repeat a prompted plate, or answer a short unrelated question ("che tempo fa a
Roma?") with one; plates are recovered from the workshop's data after the transcript instead
(engine.fastpath.plate_hearing). Italian service names help Italian and would pull English speech
towards Italian words, so English gets makes and models only.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable

_LOGGER = logging.getLogger(__name__)

MAX_CHARS = 300
_HAS_DIGIT = re.compile(r"\d")
_LEADS = {"it": "In officina: ", "en": "At the garage: "}


def _plate_like(word: str) -> bool:
    """A plate, or anything with digits in it (a plate, a phone number): never prompted."""
    return bool(_HAS_DIGIT.search(word))


def vocabulary_prompt(
    services: Iterable[str], vehicles: Iterable[str], language: str, *, limit: int = MAX_CHARS
) -> str | None:
    """The prompt for speech in `language`: service names (Italian only) and makes/models, as a phrase
    in that language; None when there is nothing worth prompting."""
    words: list[str] = []
    if language == "it":
        words += [s for s in services if s and not _plate_like(s)]
    words += [v for v in vehicles if v and not _plate_like(v)]
    words = list(dict.fromkeys(w.strip() for w in words if w.strip()))
    if not words:
        return None
    lead = _LEADS.get(language, "")
    text = lead + ", ".join(words)
    if len(text) > limit:
        text = text[:limit].rsplit(",", 1)[0]
    return text + "."
