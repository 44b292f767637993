"""Why the customer moves or cancels, said as a counter relays it (set 34; the sentences below are new): another
commitment on the day ("Ardizzone lunedì ha un impegno: …, me lo metti a lunedì 14?"), the car no longer brought
with the car named after it ("Capobianco non porta più la Aixam per la diagnosi …: toglila"), the job done
elsewhere in the plural ("le ha già fatte altrove"). Reasons, no negation of the request asked with them; said
alone, with nothing asked, they are still no request, and a negation said to the workshop stays one."""

from __future__ import annotations

from benches.speech_workshop import today
from engine.fastpath.parser import parse


def _parse(text: str) -> tuple[str | None, str | None, dict[str, object]]:
    p = parse(text, language="it", today=today(), unknown_ok=True)  # the names are the workshop's, read offline
    return p.intent, p.reason, p.slots


def test_another_commitment_then_put_on_another_day_is_a_move() -> None:
    for text in (
        "Ardizzone lunedì ha un impegno: il tagliando della Pixo, DC 041 EB, me lo metti a lunedì 14 dicembre alle 9?",
        "La signora Rossi venerdì ha un altro impegno: la revisione della Clio, AB 123 CD, mettila a sabato alle 10.",
        "Il signor Neri domani ha un impegno, il cambio olio della Panda, AB 123 CD, spostalo a giovedì 3 alle 8.",
    ):
        intent, reason, slots = _parse(text)
        assert intent == "move" and reason is None, (text, reason)
        assert slots.get("date") and slots.get("old_date"), text


def test_the_car_no_longer_brought_named_after_it_is_a_reason() -> None:
    for text in (
        "Capobianco non porta più la Aixam per la diagnosi di mercoledì 2 dicembre: EV 2 7 5 KB, toglila dal calendario.",
        "Il signor Gallo non porta più la Clio per le gomme di venerdì, AB 123 CD: cancellala.",
        "La Ferri non porta più il Doblò, AB 123 CD, per il tagliando di domani: spostalo a lunedì alle 9.",
    ):
        intent, reason, _slots = _parse(text)
        assert intent in ("cancel", "move") and reason is None, (text, reason)


def test_the_job_done_elsewhere_in_the_plural_is_a_reason() -> None:
    for text in (
        "Cancella le pastiglie di venerdì 4 dicembre della DL 745 WF: il signor Tarantini le ha già fatte altrove.",
        "Annulla le gomme di domani della Clio, AB 123 CD, le ha fatte da un altro meccanico.",
        "Togli i freni di lunedì della AB 123 CD, li ha già fatti altrove.",
    ):
        intent, reason, _slots = _parse(text)
        assert intent == "cancel" and reason is None, (text, reason)


def test_said_alone_or_to_the_workshop_they_stay_refused() -> None:
    assert _parse("Ardizzone lunedì ha un impegno.")[0] is None
    assert _parse("Capobianco non porta più la Aixam.")[0] is None
    # the workshop's own "not": no reason of the customer
    assert _parse("Non spostare la revisione della Clio, AB 123 CD, a lunedì.")[1] == "out_of_scope:negation"
    assert _parse("Non cancellare le gomme di domani della AB 123 CD.")[1] == "out_of_scope:negation"
