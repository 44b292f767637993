"""Found speaking to the app: after a question about the red Clio, "Manda un promemoria via SMS alla signora Bianco
per il cambio gomme della Ypsilon blu" was heard "… alla signora bianco per il cambio gomme della Y Blue"; no vehicle
was read (the name heard as a colour, the model as "Y Blue"), so the Clio in focus was taken and said back for a
reminder to its owner. A request naming someone by title is about that person's car: no vehicle in focus is taken
for it, and nothing is written; a follow-up naming nobody still means the vehicle in focus."""

from __future__ import annotations

from typing import Any

from engine.fastpath import FastPath
from engine.fastpath.context import WRITES
from engine.fastpath.parser import names_someone
from wp_api.contract import CallContext


async def _shown(fast: FastPath, context: CallContext) -> None:
    out = await fast.handle("Fammi vedere la scheda della Panda grigia, targa AB 123 CD", context)
    assert "AB123CD" in out.reply_text, out


async def test_a_request_for_someone_named_does_not_take_the_vehicle_in_focus(
    fast: FastPath, context: CallContext
) -> None:
    await _shown(fast, context)
    out = await fast.handle(
        "Manda un promemoria via SMS alla signora bianco per il cambio gomme della Y Blue", context
    )
    said = (out.clarification or "") + out.reply_text
    assert "AB123CD" not in said and "stessa auto" not in said, out
    assert not [c for c in out.tool_calls if c.name in WRITES], out


async def test_a_follow_up_naming_nobody_still_means_the_vehicle_in_focus(
    fast: FastPath, local_backend: Any, context: CallContext
) -> None:
    await _shown(fast, context)
    out = await fast.handle("prenotale un cambio gomme", context)
    assert "AB123CD" in (out.clarification or "") + out.reply_text, out


def test_a_title_and_a_word_is_someone_named() -> None:
    assert names_someone("alla signora bianco per la Y Blue") and names_someone("text Mrs Porter the time")
    assert not names_someone("prenotale un cambio gomme") and not names_someone("la signora ha chiamato")
