"""A confirmation asked in English as what the message says (set 48: "Could you WhatsApp Mr Tirabassi to say the tyre
fitting on his Conosur is all confirmed? D B 4 7 5 L V." was refused): a verb of writing, whom, "to say" and
"confirmed" after it, as "scrivigli che … è confermato" is; its "all" wholly, no many records. Asked of one done
("did you text …?"), or the fact told alone, it is none."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import parse_en


@pytest.mark.parametrize(
    ("text", "channel"),
    [
        ("Could you WhatsApp Mr Tirabassi to say the tyre fitting on his Conosur is all confirmed? D B 4 7 5 L V.",
         "whatsapp"),
        ("Text Mrs Rossi to say her MOT on the Panda AB 123 CD is confirmed.", "sms"),
        ("Please email the customer to let her know the service on AB 123 CD is confirmed.", "email"),
    ],
)
def test_confirmation_sent(text: str, channel: str) -> None:
    p = parse_en(text)
    assert p.intent == "send_confirmation" and p.handled, (p.intent, p.reason, p.slots)
    assert p.slots["channel"] == channel, p.slots


@pytest.mark.parametrize(
    "text",
    [
        "Did you text Mrs Rossi to say her MOT on the Panda AB 123 CD is confirmed?",
        "The MOT on the Panda AB 123 CD is confirmed.",
        "Could you WhatsApp Mr Tirabassi to say the tyre fitting on his Conosur, DB 475 LV, is not confirmed?",
        "Text all customers to say their MOT is confirmed.",
    ],
)
def test_no_confirmation_sent(text: str) -> None:
    p = parse_en(text)
    assert not (p.intent == "send_confirmation" and p.handled), (p.intent, p.reason, p.slots)
