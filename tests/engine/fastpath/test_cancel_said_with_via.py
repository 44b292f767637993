"""An Italian cancellation opened by "via" and the job with its own day ("Via le pastiglie di venerdì 4 dicembre per
la Tacuma, …", set 34; the sentences below are new): the appointment off, said back for a yes as every
cancellation. "Via" anywhere else (a street, "portala via"), or the job said with no day of its own (the parts
themselves), cancels nothing."""

from __future__ import annotations

from benches.speech_workshop import today
from engine.fastpath.parser import parse


def _parse(text: str) -> tuple[str | None, str | None, dict[str, object]]:
    p = parse(text, language="it", today=today(), unknown_ok=True)  # the names are the workshop's, read offline
    return p.intent, p.reason, p.slots


def test_via_and_the_days_job_is_a_cancel() -> None:
    for text, day in (
        ("Via le pastiglie di venerdì 4 dicembre per la Daewoo Tacuma, DL 745 WF: il signor Tarantini le ha già "
         "fatte altrove.", "2026-12-04"),
        ("Via il tagliando di domani della Panda, AB 123 CD.", "2026-11-26"),
        ("Allora, via la revisione del 3 dicembre per la Clio, AB 123 CD, la fa in concessionaria.", "2026-12-03"),
        ("Via le gomme di lunedì 30 della AB 123 CD, il cliente non viene più.", "2026-11-30"),
    ):
        intent, reason, slots = _parse(text)
        assert intent == "cancel" and reason is None, (text, reason)
        assert slots.get("old_date") == day, (text, slots)


def test_via_elsewhere_cancels_nothing() -> None:
    # the tyres themselves, no day of their own: a booking of the job, never a cancel
    assert _parse("Via le gomme invernali della Clio, AB 123 CD, mettile le estive venerdì alle 9.")[0] != "cancel"
    # a street, and the car taken away
    assert _parse("Il cliente di via Roma ha la Clio, AB 123 CD: il tagliando di venerdì spostalo a lunedì.")[0] == "move"
    assert _parse("La Clio, AB 123 CD, portala via venerdì.")[0] != "cancel"
    # "via" said later in the sentence
    assert _parse("Mandami via le gomme di venerdì della AB 123 CD.")[0] != "cancel"
