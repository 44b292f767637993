"""City words and W's "doppia vu" as whisper base writes them in a spoken plate, from held-out set 18's transcripts
(the sentences below are new): Jolly spelt the Italian way ("giolli"), a short city word one sound off right beside
another city word ("Torino comù" for Torino Como), "doppia vu" with the next letter run on ("Dopia Va", "Doppia
Voa": W A), its "dop" heard as a 2 before it ("2 Piavua"), and the sentence going on after such a word ("…
Piavua, l'Aberto Lazio")."""

from __future__ import annotations

from engine.fastpath.parser import heard_tokens
from engine.fastpath.plate_hearing import find_heard, join_letter_names, readings
from engine.fastpath.plates_spoken import find_plates


def _plates(text: str) -> list[str]:
    return [m.plate for m in find_plates(heard_tokens(text))]


def test_jolly_spelt_the_italian_way_and_como_one_sound_off() -> None:
    assert _plates("la Clio di Rossi, Empoli giolli 318 Torino comù, domani alle 9") == ["EJ318TC"]
    assert _plates("la Clio, Genova giolli 412 Roma Zaro") == ["GJ412RZ"]


def test_a_short_word_one_sound_from_a_city_alone_stays_a_word() -> None:
    assert _plates("comù va la Clio 318") == []
    assert _plates("la giolli di Mario") == []


def test_doppia_vu_with_the_next_letter_run_on() -> None:
    assert join_letter_names(["dopia", "va"]) == ["doppiavua"]
    assert join_letter_names(["doppia", "voa"]) == ["doppiavua"]
    assert join_letter_names(["doppia", "vita", "bella"]) != [
        "doppiavuita",
        "bella",
    ]  # "ita" is no letter run
    span = find_heard(heard_tokens("la revisione della Clio F 318 Dopia Va"))
    assert span is not None and "F318WA" in [r.text for r in span.readings[:3]]


def test_doppia_heard_as_a_2_before_the_rest_of_its_name() -> None:
    assert "F318WA" in [r.text for r in readings(heard_tokens("F-318-2-Piavua"))[:12]]


def test_the_sentence_after_a_word_of_letter_names_is_left_out() -> None:
    span = find_heard(
        heard_tokens("cancella il tagliando della Clio, F-318-2-Piavua, l'Aberto Lazio ha chiamato")
    )
    assert span is not None
    assert (
        "aberto"
        not in heard_tokens("cancella il tagliando della Clio, F-318-2-Piavua, l'Aberto Lazio")[
            span.start : span.end
        ]
    )
