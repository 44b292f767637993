"""What the car does, said before what is asked for it ("la BMW ha la spia dell'airbag accesa: fammi una
diagnosi", "fischia quando frena, fammi fare un controllo freni"): the reason for the request, no action and
no part of its slots. Its words are known (no refusal for them), and the parser reads the booking's service,
day and time without it: "ha la spia dei freni accesa: fammi una diagnosi" is one diagnosis, not two
services."""

from __future__ import annotations

import logging

_LOGGER = logging.getLogger(__name__)

OPENERS = frozenset(
    {"ha", "fa", "fischia", "fischiano", "perde", "vibra", "vibrano", "cigola", "cigolano", "stride", "scalda",
     "fuma", "tira", "sbanda", "slitta", "gratta", "batte", "sente", "lampeggia"}
)  # fmt: skip
"""The verbs a symptom is said with ("ha la spia accesa", "fa un rumore", "perde olio")."""
WORDS = frozenset(
    {*OPENERS, "airbag", "abs", "rumore", "rumori", "rumorino", "strano", "strana", "strani", "strane",
     "fischio", "fischi", "frena", "frenata", "frenate", "frenando", "perdita", "perdite", "vibrazione",
     "vibrazioni", "cigolio", "surriscalda", "fumo", "sterza", "sterzo", "volante", "spegne", "accende",
     "spie", "accesa", "acceso", "accese", "accesi", "lampeggiante", "cruscotto", "curva", "curve",
     "problema", "problemi", "guasto", "lisce", "consumate", "consumati", "usurate", "usurati", "bucata",
     "forata", "sgonfia", "marmitta", "scarico", "anteriore", "anteriori", "posteriore", "posteriori",
     "davanti", "dietro", "destra", "sinistra", "destro", "sinistro", "spia", "finite", "finita", "finito",
     "consumata", "consumato", "liscie",
     # and in English ("worn front pads", "the warning light", "it squeaks")
     "worn", "front", "rear", "left", "right", "light", "warning", "noise", "noisy", "grinding", "squeaks",
     "squeaking", "squeals"}
)  # fmt: skip
"""Words of a symptom: known to the fast path, so a request is not refused for saying what the car does."""


def symptom_before(tokens: list[str], cue_at: int, taken: set[int]) -> tuple[int, int] | None:
    """The span of the symptom said right before the request's command at `cue_at` ("… ha la spia
    dell'airbag accesa: fammi una diagnosi"): from its verb up to the command. None when there is no
    such verb between the command and the last word of `taken` (the vehicle's plate or description) before
    it: "fa un rumore la Panda, fammi …" keeps every word."""
    opened = None
    for k in range(cue_at - 1, -1, -1):
        if k in taken:
            break
        if tokens[k] in OPENERS:
            opened = k  # the first of them: "perde olio e fa un rumore"
    return None if opened is None else (opened, cue_at)
