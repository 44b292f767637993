"""The owner asked of a plate, its words as whisper base garbles them: "chi è la" run into one word after "a nome di"
and onto the plate's first letters ("a nome di chielaCF 271HM"), "chi è il titolare" heard "che è il titolare",
"targa" with its r lost ("con taga", "contaga", "la tagada": la targa da) and "leggo" with its gg heard z ("non la
lezzo"). A read: the look-up answers; a booking's "di" before its owner is no question."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import assert_parsed, parse_it


@pytest.mark.parametrize(
    ("text", "plate"),
    [
        ("Mi dici a nome di chielaGD 482TL, quella grigia nel piazzale?", "GD482TL"),
        ("Puoi vedere a nome di kiela FB 5 2 7 KM?", "FB527KM"),
        ("Che è il titolare della Panda bianca, contaga EK 150 ZR?", "EK150ZR"),
        ("Che è il proprietario del furgone con taga EK 150 ZR?", "EK150ZR"),
    ],
)
def test_owner_asked_heard_garbled_is_a_lookup(text: str, plate: str) -> None:
    assert_parsed(parse_it(text), "lookup_plate", {"plate": plate})


def test_plate_not_read_heard_garbled_asks_for_it() -> None:
    p = parse_it("Mi controlli di chi è quel furgone in cortile? La tagada qui non la lezzo.")
    assert p.intent == "lookup_plate" and p.reason == "missing:plate"


@pytest.mark.parametrize(
    "text",
    [
        "Il tagliando di Chiela, GD 482 TL, martedì alle 9",  # a booking's owner, no question
        "la signora dice che è il titolare a decidere",  # "che è" said as itself, no plate
    ],
)
def test_no_owner_question_without_its_words(text: str) -> None:
    assert parse_it(text).intent != "lookup_plate"
