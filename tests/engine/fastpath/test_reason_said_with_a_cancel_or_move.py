"""A "non" in a side clause that says why the customer cancels or moves, and negates no request: "Bonfiglioli disdice,
domani non riesce: le pastiglie della Trajet …" (set 32), "Ha telefonato Spallanzani: il cambio olio di lunedì 7 sulla
Signum, …, non lo fa più" (set 32, the cancel told), "Togli l'appuntamento di lunedì 14 alle 5, il cliente si è
scusato ma non viene" (set 33), and the new day left to the customer ("…: la batteria va spostata, ma il giorno lo
sceglie lei", set 33: the day asked) were refused as negations or conditions. Every real negation stays refused."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import assert_parsed, parse_it


def test_a_short_reason_after_the_call_off_told_is_a_cancel() -> None:
    p = parse_it("Rossi disdice, domani non riesce: le pastiglie della Punto, AB 123 CD.")
    assert_parsed(p, "cancel", {"plate": "AB123CD", "old_date": "2026-11-26"})


def test_the_job_no_longer_done_told_is_a_cancel() -> None:
    p = parse_it("Ha telefonato Rossi: il cambio olio di lunedì 30 sulla Punto, AB 123 CD, non lo fa più.")
    assert_parsed(p, "cancel", {"plate": "AB123CD", "service": "oil_change", "old_date": "2026-11-30"})


def test_the_customers_why_said_last_is_no_negation() -> None:
    p = parse_it("Togli l'appuntamento di lunedì 14 alle 5, il cliente si è scusato ma non viene.")
    assert_parsed(p, "cancel", {"old_date": "2026-12-14", "old_time": "17:00"})


def test_the_new_day_left_to_the_customer_is_asked() -> None:
    p = parse_it(
        "Rossi mercoledì 2 non ce la fa con la Punto, AB 123 CD: la batteria va spostata, ma il giorno lo sceglie lei."
    )
    assert p.intent == "move" and "date" not in p.slots, (p.intent, p.reason, p.slots)
    assert p.slots.get("old_date") == "2026-12-02", p.slots


@pytest.mark.parametrize(
    "text",
    [
        # a real negation after the call-off
        "Rossi disdice, non spostare le pastiglie della Punto, AB 123 CD.",
        # the job no longer done, asked
        "Il cambio olio di lunedì 30 sulla Punto, AB 123 CD, non lo fa più?",
        # no job named: what is no longer done is not said
        "Ha telefonato Rossi: la Punto, AB 123 CD, non lo fa più.",
        # the why names a job: which one is meant is unclear
        "Togli l'appuntamento di lunedì 14 alle 5, il cliente non vuole la revisione.",
        # real negations of the request
        "Non prenotare la revisione della Punto, AB 123 CD, lunedì alle 9.",
        "Ha telefonato Rossi: non mandare il promemoria per il tagliando della Punto, AB 123 CD.",
        "No, non la Panda: la revisione della Punto, AB 123 CD, lunedì alle 9.",
    ],
)
def test_real_negations_stay_refused(text: str) -> None:
    p = parse_it(text)
    assert not p.handled, (p.intent, p.reason, p.slots)
