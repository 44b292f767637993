"""Two readings of a spoken plate that could name a look-alike the person never said, found among the
stored transcripts of held-out set 16 (by the lead, not in the set's rows):

- a pronoun after a plate whose last pair is a word ("CS 981 VA, ci facciamo …"): "ci" was read as the plate's
  C and the "va" dropped, CS981AC, and with only that look-alike on file the booking was written at once;
- a surname before a plate whose first pair is a word ("della Mereu, HA 5 2 7 CB"): "Mereu" was read as
  letters, RA527CB.

The sentences below are new; on the contract workshop (a real LocalBackend) with the look-alikes added."""

from __future__ import annotations

from typing import Any

from engine.fastpath import FastPath
from engine.fastpath.plate_hearing import find_heard
from wp_api.contract import CallContext

WRITES = {"create_appointment", "reschedule_appointment", "cancel_appointment", "send_message", "schedule_reminder"}


def _writes(out: Any) -> list[Any]:
    return [c for c in out.tool_calls if c.name in WRITES]


async def _add(backend: Any, context: CallContext, *plates: str) -> None:
    for plate in plates:
        done = await backend.call_tool(
            "add_vehicle",
            {"customer_id": 1, "plate": plate, "make": "Fiat", "model": "Tipo", "colour": "grigio"},
            context=context,
        )
        assert done.ok, done


def _heard(text: str) -> str | None:
    span = find_heard(text.lower().replace(",", " ").split())
    return span.plate if span else None


def test_a_pronoun_after_the_last_pair_is_no_letter_of_the_plate() -> None:
    assert _heard("la tipo CS 981 VA, ci pensi tu per il tagliando") == "CS981VA"
    assert _heard("DL 402 FA, ti chiamo quando è pronta") == "DL402FA"
    assert _heard("EM 716 DA, vi aspetto domani") == "EM716DA"


def test_a_plate_ending_in_c_said_ci_is_still_read_with_it() -> None:
    # the letter's name as the plate's last symbol, after a letter said alone: the C is kept
    assert _heard("la tipo GT 381 A ci, domani") == "GT381AC"


def test_a_surname_before_a_plate_whose_first_pair_is_a_word_is_no_letter_of_it() -> None:
    assert _heard("la tipo grigia della Mereu HA 6 1 4 CB per le pastiglie") == "HA614CB"
    assert _heard("il furgone del Pirelli, FA 3 0 9 DE, domani") == "FA309DE"


def test_a_word_spelling_the_plate_s_letters_before_its_digits_still_counts() -> None:
    # "accadisero" is acca di zero run together: the word nearest the digits is the plate's, not a surname
    assert _heard("della Giogger accadisero 51 2 ef") == "HD512EF"


async def test_only_the_look_alike_on_file_is_asked_about_never_booked(
    fast: FastPath, local_backend: Any, context: CallContext
) -> None:
    await _add(local_backend, context, "CS981AC")
    out = await fast.handle("CS 981 VA, ci facciamo il tagliando mercoledì alle 10?", context)
    assert not _writes(out), out
    assert out.clarification and "CS981AC" in out.clarification, out


async def test_the_plate_said_is_the_one_booked_with_its_look_alike_on_file(
    fast: FastPath, local_backend: Any, context: CallContext
) -> None:
    await _add(local_backend, context, "CS981AC", "CS981VA")
    out = await fast.handle("CS 981 VA, ci facciamo il tagliando mercoledì alle 10?", context)
    assert not _writes(out), out  # "va" is a word too: the booking is said back with the plate, for a yes
    assert out.clarification and "CS981VA" in out.clarification and "CS981AC" not in out.clarification, out
    done = await fast.resume("sì", context)
    assert done is not None
    (booked,) = _writes(done)
    assert booked.result.ok and booked.arguments["start"] == "2026-03-04T10:00"


async def test_the_surname_s_letters_never_pick_a_look_alike(
    fast: FastPath, local_backend: Any, context: CallContext
) -> None:
    await _add(local_backend, context, "RA614CB")
    out = await fast.handle("Tagliando per la Tipo della Mereu, HA 6 1 4 CB, mercoledì alle 10", context)
    assert not _writes(out), out
    await _add(local_backend, context, "HA614CB")
    out = await fast.handle("Tagliando per la Tipo della Mereu, HA 6 1 4 CB, mercoledì alle 10", context)
    assert "RA614CB" not in (out.clarification or "") + out.reply_text, out
    assert "HA614CB" in (out.clarification or "") + out.reply_text, out
