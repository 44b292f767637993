"""The message's channel said by its letters and garbled over noise (held-out set 23): "email" with its l lost,
"per e mai" (read as the negation "mai" and refused), and SMS said "S M e se", its last letter left as "se" ("if",
read as a hypothetical and refused). Put back only after the channel's preposition with a message asked for; "se"
only where no verb follows it. Parses on the bench's Wednesday 25 November 2026."""

from __future__ import annotations

from tests.engine.fastpath.italian import parse_it


def test_email_heard_e_mai_after_per_is_email() -> None:
    p = parse_it("Al signor Ferri della Punto, AB 123 CD, manda la conferma per e mai.")
    assert p.intent == "send_confirmation" and p.slots.get("channel") == "email", (
        p.intent,
        p.reason,
        p.slots,
    )


def test_email_heard_e_mai_with_a_reminder_verb() -> None:
    p = parse_it("Ricordale via e mai la sera prima il tagliando della Punto, AB 123 CD.")
    assert p.intent == "send_reminder" and p.slots.get("channel") == "email", (p.intent, p.reason, p.slots)


def test_mai_said_as_never_is_still_refused() -> None:
    p = parse_it("Alla signora della Punto, AB 123 CD, non mandare mai la conferma.")
    assert not p.handled and p.reason == "out_of_scope:negation", (p.intent, p.reason)


def test_sms_by_its_letters_with_the_last_heard_se() -> None:
    p = parse_it("Manda la conferma via S M e se al signor Ferri per il tagliando della Punto, AB 123 CD.")
    assert p.intent == "send_confirmation" and p.slots.get("channel") == "sms", (p.intent, p.reason, p.slots)


def test_sms_then_se_and_a_verb_keeps_its_if() -> None:
    p = parse_it("Manda la conferma per SMS se risponde al signor Ferri, AB 123 CD.")
    assert p.reason == "out_of_scope:hypothetical", (p.intent, p.reason)


def test_email_put_back_is_said_back_never_sent_at_once() -> None:
    from engine.fastpath.misheard import channel_heard
    from engine.fastpath.normalize import normalise_text, tokenize

    assert channel_heard(tokenize(normalise_text("manda la conferma per e mai")))
    assert not channel_heard(tokenize(normalise_text("manda la conferma per email")))
