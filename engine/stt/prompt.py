"""The speech-to-text prompt, per language: a few of the workshop's own words that help whisper, and
nothing that can make it worse.

Whisper takes the prompt as the text said just before. Measured on Italian speech (whisper base, Kokoro
voices, the plate development set; docs/PERFORMANCE.md "Italian plates"): plates in the prompt make it
repeat a prompted plate, or answer a short unrelated question ("che tempo fa a Roma?") with one, and a
long list of names makes it write letter names as words ("Cienne", "Trette otto pielle") instead of
letters. Plates are recovered from the workshop's data after the transcript instead
(engine.fastpath.plate_hearing); the prompt is a short phrase of the commonest services.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Mapping

_LOGGER = logging.getLogger(__name__)

MAX_SERVICES = 4
"""More names than this made plates worse on the development set (letter names written out)."""
_HAS_DIGIT = re.compile(r"\d")
_PHRASES = {
    "it": ("Prenotazioni in officina: ", ", primo posto libero."),
}


def vocabulary_prompt(vocabulary: Mapping[str, Iterable[str]], language: str) -> str | None:
    """The prompt for speech in `language` from the backend's vocabulary (kind → words): the first
    services in a short phrase of that language; None for a language without a measured phrase."""
    phrase = _PHRASES.get(language)
    if phrase is None:
        return None
    services = [
        " ".join(str(s).lower().split())
        for s in vocabulary.get("services", ())
        if s and not _HAS_DIGIT.search(str(s))  # never a plate, a phone number, a code
    ]
    services = list(dict.fromkeys(s for s in services if s))[:MAX_SERVICES]
    if not services:
        return None
    return phrase[0] + ", ".join(services) + phrase[1]
