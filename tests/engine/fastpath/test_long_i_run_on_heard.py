"""J's "i lunga" as whisper writes it run together: one word with the next letter's name run on ("e a 308 ilungagi"
for EA 308 JG, "Ilunga" alone), or the next letter's consonant doubled after the vowel, as Italian says it ("i
lungaggi": J G). Read as J and that letter; "ilungomare" and "ilungamente" stay words. And the relayed "disdice"
heard with its second d voiceless ("…, distice il tagliando"), as "disdici" is heard "tisdici"."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import parse_it, plates_in


@pytest.mark.parametrize(
    ("text", "plate"),
    [
        ("Sposta il tagliando della Clio, e a 512 ilungagi, a lunedì 30 alle 10.", "EA512JG"),
        ("Il cambio gomme della Panda, ci di 740 ilungapi, lunedì 30 alle 9.", "CD740JP"),
        ("Per la Golf di Rossi, e a 127 i lungaggi, una revisione lunedì 30 alle 10.", "EA127JG"),
        ("La Punto, gi vu 417 Ilunga P, quella di venerdì.", "GV417JP"),
    ],
)
def test_j_run_on_is_read(text: str, plate: str) -> None:
    assert plate in plates_in(text), plates_in(text)


@pytest.mark.parametrize(
    "text",
    ["Andiamo sul ilungomare con la Panda lunedì.", "Ci ha messo ilungamente a decidere."],
)
def test_words_opening_alike_are_no_plate(text: str) -> None:
    assert plates_in(text) == []


def test_disdice_heard_voiceless_is_a_cancellation() -> None:
    p = parse_it("Ha chiamato la Rossi, distice il tagliando della Clio, AB 123 CD, quello di lunedì.")
    assert p.intent == "cancel" and p.handled, (p.intent, p.reason)


def test_a_word_near_it_stays() -> None:
    p = parse_it("Il distico della poesia non c'entra con la Clio, AB 123 CD.")
    assert p.intent != "cancel", (p.intent, p.reason)
