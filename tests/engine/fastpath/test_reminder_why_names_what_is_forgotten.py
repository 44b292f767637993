"""Why a reminder is sent, said last with what the customer is not to forget ("…, fagli arrivare un WhatsApp il giorno
prima, così non si scorda le gomme", set 54, refused as a negation): no negation, and its job no booking. A surname
after its title ("al signor Chisari") is kept as said, never put back as a verb. An order after it, or a message
negated, still refuses."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import parse_it


@pytest.mark.parametrize(
    "text",
    [
        "Al signor Chisari, Healey, DH 0 2 4 GB, fagli arrivare un WhatsApp il giorno prima, così non si scorda le gomme.",
        "Alla DH 024 GB mandagli un promemoria su WhatsApp, così non si scorda l'appuntamento.",
        "Alla DH 024 GB mandagli un promemoria su WhatsApp, così non si scorda il tagliando.",
        "Alla DH 024 GB mandagli un SMS la sera prima così non si scorda di venire.",
        "Alla signora Chisari, DH 024 GB, mandale un promemoria su WhatsApp, che non se lo scordi.",
    ],
)
def test_reminder_with_what_not_to_forget(text: str) -> None:
    p = parse_it(text)
    assert p.intent == "send_reminder" and p.reason is None


def test_surname_after_title_kept() -> None:
    p = parse_it("Al signor Chisari, DH 024 GB, mandagli un WhatsApp il giorno prima.")
    assert p.intent == "send_reminder" and not p.parts


@pytest.mark.parametrize(
    "text",
    [
        "Alla DH 024 GB mandagli un SMS la sera prima così non si scorda, e spostagli il tagliando a venerdì.",
        "Al signor Chisari, DH 024 GB, non mandargli il promemoria così non si scorda.",
    ],
)
def test_order_after_or_negated_message_still_refused(text: str) -> None:
    assert parse_it(text).reason == "out_of_scope:negation"
