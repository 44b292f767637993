"""Spoken answers to a pending confirmation ("sì, conferma" / "no, annulla"), recognised by the pipeline, never the model."""

from __future__ import annotations

import re
import unicodedata
from typing import Literal

_ACCEPT = {
    "si", "conferma", "confermo", "confermato", "certo", "ok", "okay", "procedi", "vai", "pure", "va", "bene",
    "yes", "confirm", "confirmed", "sure", "go", "ahead", "do", "it", "yep", "yeah", "esatto", "giusto",
}  # fmt: skip
_DECLINE = {
    "no", "annulla", "lascia", "stare", "non", "confermare", "niente", "fermo", "ferma", "aspetta",
    "cancel", "dont", "don't", "stop", "nope", "not", "wait", "never", "mind",
}  # fmt: skip
_FILLER = {"grazie", "thanks", "thank", "you", "please", "per", "favore", "allora", "ehm", "e", "ma", "the"}
_DECLINE_CORE = {
    "no",
    "annulla",
    "lascia",
    "non",
    "niente",
    "cancel",
    "dont",
    "don't",
    "stop",
    "nope",
    "not",
    "never",
}
_ACCEPT_CORE = _ACCEPT - {"it", "do", "go", "pure", "va", "bene"} | {"bene"}
_MAX_WORDS = 5


def _fold(text: str) -> list[str]:
    decomposed = unicodedata.normalize("NFKD", text.lower())
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return re.findall(r"[a-z']+", plain)


def confirmation_answer(text: str) -> Literal["accept", "decline"] | None:
    """ "accept" / "decline" when the utterance is only a yes or a no (a few words at most), else None.

    Anything longer or with other words ("annulla l'appuntamento di domani") is a new request.
    """
    words = _fold(text)
    if not words or len(words) > _MAX_WORDS:
        return None
    if any(w not in _ACCEPT and w not in _DECLINE and w not in _FILLER for w in words):
        return None
    if any(w in _DECLINE_CORE for w in words):
        return "decline"
    if any(w in _ACCEPT_CORE for w in words):
        return "accept"
    return None
