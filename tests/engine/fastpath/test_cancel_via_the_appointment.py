"""An Italian cancellation opened by "via" and the appointment itself ("Ehm, via l'appuntamento della Jinbei di
Airoldi, DW 0 6 3 PH, mercoledì 3 marzo: ha deciso di rottamarla", set 44; the sentences below are new): the
appointment off, said back for a yes as every cancellation, a hesitation maybe before "via". "Via" anywhere else,
or the appointment word not right after it, cancels nothing."""

from __future__ import annotations

from tests.engine.fastpath.italian import parse_it


def test_via_the_appointment_is_a_cancel() -> None:
    for text in (
        "Ehm, via l'appuntamento della Panda, AB 123 CD, venerdì 27: l'ha venduta.",
        "Via l'appuntamento di Rossi per la Panda, AB 123 CD, di domani.",
        "Allora, via la prenotazione della Panda, AB 123 CD: la porta in concessionaria.",
        "Eh, via l'appuntamento della AB 123 CD.",
    ):
        p = parse_it(text)
        assert p.intent == "cancel", (text, p.intent, p.reason)


def test_via_elsewhere_is_no_cancel() -> None:
    assert parse_it("Il cliente di via Roma ha la Panda, AB 123 CD: l'appuntamento di venerdì spostalo a lunedì."
                    ).intent == "move"
    assert parse_it("Mandami via l'appuntamento della Panda, AB 123 CD, per mail.").intent != "cancel"
    assert parse_it("La Panda, AB 123 CD, portala via venerdì.").intent != "cancel"
