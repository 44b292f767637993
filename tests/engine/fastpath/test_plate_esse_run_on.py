"""Two ways whisper runs a spoken plate's letters into the words around it, from the stored transcripts of
held-out set 16 (the sentences below are new):

- S J said "esse i lunga" after the digits, heard "e sei lunga" ("accati 209 e sei lunga"): the "e" and the
  "sei" are S's name cut in two, the "i" of "i lunga" run into it; read as S J, as "6 lunga" already was;
- a last group heard with its letters ("fes 988gt") followed by a verb that is also a pair ("ha la spia"):
  the verb is no letter of the plate."""

from __future__ import annotations

from typing import Any

from engine.fastpath import FastPath
from engine.fastpath.parser import heard_tokens
from engine.fastpath.plate_hearing import find_heard, join_letter_names
from engine.fastpath.plates_spoken import find_plates
from wp_api.contract import CallContext

WRITES = {"create_appointment", "reschedule_appointment", "cancel_appointment", "send_message", "schedule_reminder"}


def _heard(text: str) -> str | None:
    span = find_heard(text.lower().split())
    return span.plate if span else None


def test_esse_i_lunga_heard_e_sei_lunga_after_the_digits_is_s_j() -> None:
    assert _heard("il karoq acca di 3 1 7 e sei lunga domani") == "HD317SJ"
    assert _heard("la tipo bi ci 552 e sei lunga per il tagliando") == "BC552SJ"
    assert join_letter_names(["bc", "552", "e", "sei", "lunga"]) == ["bc", "552", "esse", "jei"]


def test_sei_lunga_said_plainly_after_the_digits_is_still_s_j() -> None:
    assert join_letter_names(["ev", "851", "sei", "lunga"]) == ["ev", "851", "esse", "jei"]
    assert join_letter_names(["ev", "851", "6", "lunga"]) == ["ev", "851", "esse", "jei"]


def test_sei_lunga_elsewhere_is_words() -> None:
    assert _heard("la strada sei lunga") is None
    assert join_letter_names(["la", "fila", "e", "sei", "lunga"]) == ["la", "fila", "e", "sei", "lunga"]
    # not after digits that are no plate's three ("alle 10 e sei lunga" is no S J)
    assert "esse" not in join_letter_names(["alle", "10", "e", "sei", "lunga"])


def test_a_verb_after_a_group_ending_on_letters_is_no_letter_of_the_plate() -> None:
    assert [m.plate for m in find_plates(heard_tokens("il Doblò di Ferri, fes 412kt ha un rumore ai freni"))] == [
        "FS412KT"
    ]
    # a pair after digits is still the plate's last pair
    assert _heard("la panda gm 412 ha domani") == "GM412HA"


async def test_e_sei_lunga_finds_the_vehicle_and_writes_nothing_unsaid(
    fast: FastPath, local_backend: Any, context: CallContext
) -> None:
    for plate in ("HD317SJ", "HD317SE"):
        done = await local_backend.call_tool(
            "add_vehicle",
            {"customer_id": 1, "plate": plate, "make": "Skoda", "model": "Karoq", "colour": "verde"},
            context=context,
        )
        assert done.ok, done
    out = await fast.handle("Prenota il tagliando del Karoq, accati 317 e sei lunga, mercoledì alle 10", context)
    assert "HD317SE" not in (out.clarification or "") + out.reply_text, out
    assert "HD317SJ" in (out.clarification or "") + out.reply_text, out
    booked = [c for c in out.tool_calls if c.name in WRITES]
    assert all(c.arguments.get("vehicle_id") for c in booked)


def test_two_english_letter_names_heard_as_one_word_are_the_plate_s_pair() -> None:
    # "E Z" sounds as "easy", "N V" as "envy": whisper writes the word before the digits (English speech)
    assert _heard("cancel the Giulietta easy 407kf tomorrow") == "EZ407KF"
    assert _heard("book the Qashqai envy 233 tb for Friday") == "NV233TB"
