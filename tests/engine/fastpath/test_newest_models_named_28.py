"""Models set 28 named that no table knew (the Frontera, the Elroq, the Kappa, the CX-60, the ZR-V, the D-Max …; the
sentences below are new): unknown, a booking said without a verb was refused for its one word no table knows, and the
CX-60's 60 was a stray number. "Kappa" is a plate's letter too: inside a spelled plate it stays the letter K. A
dashboard light named by what it warns of ("la spia dell'avaria") is a symptom's word, no unknown one."""

from __future__ import annotations

from benches.speech_workshop import today
from engine.fastpath.parser import parse


def _parse(text: str) -> tuple[str | None, dict[str, object]]:
    p = parse(text, language="it", today=today())
    return p.intent, p.slots


def _model(text: str) -> str | None:
    desc = _parse(text)[1].get("vehicle_description") or {}
    assert isinstance(desc, dict)
    return desc.get("model")


def test_verbless_booking_of_a_new_model() -> None:
    intent, slots = _parse("Cambio olio per il Frontera, AB 123 CD, martedì 8 dicembre alle 3 e mezza.")
    assert intent == "book"
    assert slots["plate"] == "AB123CD"
    assert slots["time"] == "15:30"
    assert _model("l'Elroq bianco, AB 123 CD, revisione giovedì alle 9.") == "Elroq"


def test_model_named_with_a_number_is_no_stray_number() -> None:
    intent, slots = _parse("La CX-60 blu di Rossi, AB 123 CD, tagliando lunedì 7 dicembre alle 10.")
    assert intent == "book"
    assert slots["time"] == "10:00"
    assert _model("prenota un tagliando per la ZR-V grigia domani alle 9") == "ZR-V"
    assert _model("prenota un tagliando per il D-Max bianco domani alle 9") == "D-Max"
    assert _model("prenota la revisione della Atto 3 nera domani alle 9") == "Atto 3"


def test_kappa_the_car_beside_its_colour_the_letter_in_a_plate() -> None:
    assert _model("AB 123 CD, la Kappa grigia di Rossi: tagliando giovedì 10 dicembre alle 11.") == "Kappa"
    intent, slots = _parse(
        "Prenota un tagliando venerdì alle 10 per la effe gi tre quattro cinque kappa elle."
    )
    assert intent == "book"
    assert slots["plate"] == "FG345KL"
    assert "vehicle_description" not in slots


def test_warning_light_by_what_it_warns_of() -> None:
    intent, slots = _parse(
        "la Panda rossa, AB 123 CD, ha la spia dell'avaria accesa: diagnosi venerdì alle 9."
    )
    assert intent == "book"
    assert slots["date"] and slots["time"] == "09:00"


def test_a_symptom_alone_is_still_no_request() -> None:
    assert _parse("la Panda rossa, AB 123 CD, ha la spia dell'avaria accesa")[0] is None
