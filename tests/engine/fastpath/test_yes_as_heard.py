"""A yes to our question, as whisper base writes it: "va bene" alone, run together ("C-Vabene", "Vabbè"), or its
"sì" written as the letter C beside another yes.

Found speaking Italian to the app under Xvfb: to "Intendi la 500 marrone BR811JP?" the answer "Sì, va bene." was
heard "C-Vabene" and refused ("Questo non lo so fare senza il modello in cloud"); a plain "Va bene." to a write said
back made nothing either, since only "sì", "certo", "ok"… counted as a yes. A yes is still needed, and nothing but a
yes: "C." alone, "bene", "va bene ma alle 11" make no write. On the contract workshop (a real LocalBackend)."""

from __future__ import annotations

from typing import Any

import pytest

from engine.fastpath import FastPath
from engine.fastpath.choices import answer_tokens, pick, says_only_yes
from tests.engine.fastpath.conftest import NOW
from wp_api.contract import CallContext

WRITES = {"create_appointment", "reschedule_appointment", "cancel_appointment", "send_message", "schedule_reminder"}
ONE = [{"plate": "AB123CD"}]


@pytest.mark.parametrize("said", ["C-Vabene", "Va bene.", "Vabbè", "vabbene", "Sì, va bene.", "C, certo", "Perfetto."])
def test_a_yes_as_heard_accepts_what_was_said_back(said: str) -> None:
    assert pick("write", said, ONE, "it", NOW.date()) == ONE[0]
    assert pick("vehicle", said, ONE, "it", NOW.date()) == ONE[0]


@pytest.mark.parametrize("said", ["C.", "bene", "va bene ma alle 11", "C'è posto domani?", "Vabene, anzi no"])
def test_no_yes_makes_no_write(said: str) -> None:
    assert pick("write", said, ONE, "it", NOW.date()) is None


def test_the_letter_c_is_a_yes_only_beside_another() -> None:
    assert answer_tokens("C-Vabene") == ["si", "va", "bene"]
    assert answer_tokens("C.") == ["c"]
    assert answer_tokens("C'è posto") == ["c", "e", "posto"]
    assert says_only_yes("Va bene") and says_only_yes("C, vabbè") and not says_only_yes("bene")


def _writes(out: Any) -> list[Any]:
    return [c for c in out.tool_calls if c.name in WRITES]


async def test_a_write_said_back_is_made_on_a_yes_heard_run_together(fast: FastPath, context: CallContext) -> None:
    out = await fast.handle("prenota un tagliando per la panda grigliola tagga AB123CD domani alle 10", context, alone=True)
    assert out.clarification and out.clarification.endswith("Confermi?") and not _writes(out), out
    done = await fast.resume("C-Vabene", context)
    assert done is not None and done.handled, done
    (booked,) = _writes(done)
    assert booked.name == "create_appointment" and booked.result.ok


async def test_a_bare_c_makes_nothing(fast: FastPath, context: CallContext) -> None:
    out = await fast.handle("prenota un tagliando per la panda grigliola tagga AB123CD domani alle 10", context, alone=True)
    assert out.clarification
    done = await fast.resume("C.", context)
    assert done is None or not _writes(done)


@pytest.mark.parametrize("said", ["sì", "C-Vabene", "va bene"])
async def test_a_yes_to_the_vehicle_heard_nearly_goes_on_with_it(
    fast: FastPath, context: CallContext, said: str
) -> None:
    """ "Intendi la Fiesta rossa DP321TB?" is a yes-or-no question: a yes takes that vehicle (it was asked again,
    forever, since a bare yes to a question for a detail, "A che ora?", asks that one again)."""
    out = await fast.handle("sposta l'appuntamento della Dipi 321 TV a venerdì alle 9", context)
    assert out.clarification and out.clarification.startswith("Intendi la Fiesta rossa DP321TB"), out
    done = await fast.resume(said, context)
    assert done is not None and done.reason != "asked_again", done
    assert "DP321TB" in done.reply_text and "search_appointments" in [c.name for c in done.tool_calls], done


async def test_a_yes_to_a_choice_of_two_vehicles_asks_again(fast: FastPath, context: CallContext) -> None:
    out = await fast.handle("prenota un tagliando per la Panda domani alle 10", context)
    assert out.clarification and out.clarification.startswith("Quale: la Panda grigia AB123CD o"), out
    again = await fast.resume("sì", context)
    assert again is not None and again.reason == "asked_again" and not _writes(again), again
