"""H's name "acca" written "ak"/"akk" with the next letter's name run on, over a workshop's noise (sets 25 and
26): "AKF460MD", "Akkf 460 MD", "AKB 239 ZV". Three letters where an Italian plate has two, so the "ak" is H, not
A K. Alone ("akb") only right before the plate's digits; "AK 460 MD" said apart stays A K. And the article "un"
written as the digit before a message ("programma 1 WhatsApp"), never a stray number asked about."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import assert_parsed, parse_it, plates_in


@pytest.mark.parametrize(
    ("text", "plate"),
    [
        ("Segnami la Kia, AKF317BD, per un tagliando domani alle 9", "HF317BD"),
        ("Segnami la Kia, Akkf 317 BD, per un tagliando domani alle 9", "HF317BD"),
        ("Il cambio olio della Clio, AKB 528, ZT, giovedì alle 10", "HB528ZT"),
        # a letter of its end lost too: H M 528 and what is left, for the fleet to complete or ask
        ("Il cambio olio della Clio, AKM528T, giovedì alle 10", "HM528T"),
    ],
)  # fmt: skip
def test_acca_heard_ak_before_a_letter_is_h(text: str, plate: str) -> None:
    assert plates_in(text) == [plate]


def test_ak_said_apart_stays_a_k() -> None:
    assert plates_in("Segnami la AK 317 BD per un tagliando domani alle 9") == ["AK317BD"]


def test_akb_with_no_digits_after_is_no_plate() -> None:
    assert plates_in("la signora akb ha chiamato") == []


def test_article_written_1_before_a_message() -> None:
    assert_parsed(parse_it("Programma 1 WhatsApp di promemoria il giorno prima per la Clio, HB 528 ZT"),
                  "send_reminder", {"plate": "HB528ZT", "channel": "whatsapp"})  # fmt: skip


def test_a_1_before_anything_else_is_still_a_number() -> None:
    p = parse_it("Segnami la Clio, HB 528 ZT, per un tagliando giovedì 10 1 dicembre alle 9")
    assert not p.handled, (p.reason, p.slots)
