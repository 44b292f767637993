"""A plate's Y ("ipsilon") heard as "X non" over the noise, right after the plate's digits and before its last
letter ("EB 930 YK" written "930 X non capa"): read as the Y, never as a "not" refusing the request. A write so
heard is said back whole for a yes; a real "non" after a plate stays a negation."""

from __future__ import annotations

import pytest

from engine.fastpath.misheard import ipsilon_heard
from engine.fastpath.normalize import tokenize
from tests.engine.fastpath.italian import assert_parsed, parse_it


@pytest.mark.parametrize(
    ("text", "plate"),
    [
        ("Targa DZ 613 X non erre, chi è il proprietario?", "DZ613YR"),
        ("Che macchina è la FA 208 X non cappa?", "FA208YK"),
    ],
)  # fmt: skip
def test_ipsilon_heard_x_non_is_the_plate_letter(text: str, plate: str) -> None:
    assert_parsed(parse_it(text), "lookup_plate", {"plate": plate})


def test_a_write_with_the_letter_put_back_is_said_back() -> None:
    text = "Prenota un tagliando per la GK 604 X non cappa domani alle 9"
    p = parse_it(text)
    assert_parsed(p, "book", {"plate": "GK604YK", "service": "service"})
    assert p.careful == "words", (p.careful, p.reason)
    assert ipsilon_heard(tokenize(text))


@pytest.mark.parametrize(
    "text",
    [
        "la GK 604 AX non è venuta",  # a real "non" after the plate
        "la GK 604 AX non ha più la spia accesa",  # "ha" no letter's long name
    ],
)
def test_a_real_not_after_a_plate_stays(text: str) -> None:
    assert not ipsilon_heard(tokenize(text))
    assert not parse_it(text).handled
