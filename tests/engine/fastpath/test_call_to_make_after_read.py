"""The call the person at the counter has to make, said after a read as why it is asked ("Di chi è la FL 8 8 5 EK?
Devo chiamare il proprietario.", set 35): no call asked of the fast path, so the read is answered; said alone or as
an order ("chiama il proprietario …") it stays refused, and a write said with it waits on an answer (refused)."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import assert_parsed, parse_it


@pytest.mark.parametrize(
    ("text", "plate"),
    [
        ("Di chi è la FL 8 8 5 EK? Devo chiamare il proprietario.", "FL885EK"),
        ("A chi è intestata la GZ 403 TG? Che lo devo sentire.", "GZ403TG"),
        ("Mi dici di chi è la DM 219 XH, gli devo telefonare", "DM219XH"),
        ("Chi è il proprietario della GR 882 HB? Dobbiamo avvisarlo", "GR882HB"),
        # its "è" lost by whisper
        ("Di chi la FL 885 EK, devo chiamare il proprietario.", "FL885EK"),
    ],
)  # fmt: skip
def test_the_call_to_make_is_why_the_owner_is_asked(text: str, plate: str) -> None:
    assert_parsed(parse_it(text), "lookup_plate", {"plate": plate})


@pytest.mark.parametrize(
    "text",
    [
        "Devo chiamare il proprietario della FL 885 EK",
        "Chiama il proprietario della FL 885 EK",
        "Cancella la revisione della FL 885 EK, devo chiamare il proprietario",
        "Segnami un tagliando per la GZ 403 TG domani alle 9, che la devo richiamare",
    ],
)
def test_a_call_asked_or_said_with_a_write_stays_refused(text: str) -> None:
    p = parse_it(text)
    assert p.intent is None and not p.handled, (p.intent, p.reason)


def test_di_chi_la_without_a_plate_is_no_look_up() -> None:
    p = parse_it("la Panda di Rossi di chi la porta domani?")
    assert p.intent != "lookup_plate", (p.intent, p.reason)
