"""Offline, "no, lascia stare" or "va bene, grazie" said when no question of ours is open gets a plain answer.

Found speaking Italian to the app under Xvfb: after "Puoi ripetere la targa lettera per lettera?", "No, lascia stare"
heard "Non lascia stare." and "Va bene, grazie!" were each answered "Questo non lo so fare senza il modello in
cloud …". A request dropped is answered "Va bene, non faccio niente."; thanks with nothing to confirm is told so. A
request with a "non" in it is still a request ("non prenotare il lavaggio, prenota il tagliando …")."""

from __future__ import annotations

import pytest

from engine.fastpath import FastPath
from engine.fastpath.choices import dismisses
from wp_api.contract import CallContext


@pytest.mark.parametrize("said", ["Non lascia stare.", "No, lascia perdere", "No no, grazie", "Lascia stare", "Never mind"])
async def test_a_request_dropped_is_answered_plainly(fast: FastPath, context: CallContext, said: str) -> None:
    out = await fast.handle(said, context, alone=True)
    assert out.handled and not out.tool_calls, out
    assert out.reply_text in ("Va bene, non faccio niente.", "All right, I'll leave it."), out


async def test_thanks_with_nothing_open_is_told_so(fast: FastPath, context: CallContext) -> None:
    out = await fast.handle("Va bene grazie!", context, alone=True)
    assert out.handled and out.reason == "nothing_open", out


@pytest.mark.parametrize("said", ["non prenotare la AB 123 CD", "lascia la AB 123 CD in officina", "no, prenota domani"])
def test_a_request_with_a_no_in_it_is_no_dismissal(said: str) -> None:
    assert not dismisses(said)
