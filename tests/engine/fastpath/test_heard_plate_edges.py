"""Where a misheard plate's span ends and where it opens, narrowed after set 15's letter classes made three older
transcripts worse (held-out sets 10 and 11): a NATO word heard as another word after the digits ("Papa
Tangles") is the plate's letter, not the sentence going on; "esse i lunga" heard "6 lunga" after a plate's three
digits is S J, not a fourth digit and J; a city's name with a letter's opening glued on ("Empoli York" heard
"empolio x…") is no run of letter names, and a plate ending on its digits is no nearer a plate than the words
said. Tested on new sentences, with the near-misses that must stay as they were."""

from __future__ import annotations

import pytest

from engine.fastpath import FastPath
from engine.fastpath.parser import heard_tokens
from engine.fastpath.plates_spoken import find_plates
from tests.engine.fastpath.italian import plates_in, wrote_nothing
from wp_api.contract import CallContext


def _span(text: str) -> tuple[list[str], int, int, str]:
    tokens = heard_tokens(text)
    (match,) = find_plates(tokens)
    return tokens, match.start, match.end, match.plate


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Romeo Lima 527 Sierra Tangos, can you book it in", "tangos"),  # Tango
        ("Sierra Kilo 318 Mike Echos wants a service on Friday", "echos"),  # Echo
    ],
)  # fmt: skip
def test_a_nato_word_heard_as_another_word_after_the_digits_stays_in_the_plate(text: str, word: str) -> None:
    tokens, _, end, _ = _span(text)
    assert tokens[end - 1] == word


@pytest.mark.parametrize(
    ("text", "plate"),
    [
        ("Victor Alpha 219 Kilo, Bradshaw picks it up", "VA219K"),  # no NATO word's opening: the sentence
        ("Delta Foxtrot 206 Hotel, Limerick plates", "DF206H"),
        ("Papa Lima 733 Golf Tangerine paint, lovely", "PL733G"),  # too dear with it: cut all the same
    ],
)  # fmt: skip
def test_a_word_after_a_nato_spelling_that_is_no_nato_word_is_cut_off(text: str, plate: str) -> None:
    assert plates_in(text) == [plate]


def test_six_then_lunga_after_three_digits_is_esse_i_lunga() -> None:
    assert plates_in("la Panda della Ferri, ci erre 472 6 lunga, il tagliando") == ["CR472SJ"]
    assert plates_in("il Doblo di Sala, effe ti 903 6 lungha, le pastiglie") == ["FT903SJ"]


@pytest.mark.parametrize(
    ("text", "plate"),
    [
        ("la Punto di Gatti, gi bi 7 0 6 lungati, domani alle 9", "GB706JT"),  # the plate's own third digit
        ("la Micra, erre di 5 6 lungati, la revisione", "RD56JT"),  # one digit lost: still sei i lunga
    ],
)  # fmt: skip
def test_six_then_lunga_among_the_plates_digits_is_still_sei_i_lunga(text: str, plate: str) -> None:
    assert plates_in(text) == [plate]


@pytest.mark.parametrize(
    "text",
    [
        "la Clio, ti erre 395 7 lunga, le gomme",  # past three digits, a 7 is no letter
        "la Clio, ti erre 39 56 lunga, le gomme",  # nor a 56
    ],
)
def test_a_number_past_three_digits_before_lunga_gives_no_j(text: str) -> None:
    assert not any(p.endswith("J") or "SJ" in p for p in plates_in(text))


@pytest.mark.parametrize(
    "text",
    [
        "la Tipo della Sala, empolie x203 cartolotene, il tagliando",  # Empoli + a letter's opening
        "il Duster di Riva, romao x417 bardellotto, la revisione",  # Roma + one
        "la Qashqai della Longo, milanoa 316 sparacchiotto, le gomme",
        "la Fiesta del Conti, palermoi 624 scompigliato, le gomme",
    ],
)
def test_a_city_glued_to_a_letter_before_digits_and_a_stray_word_is_no_plate(text: str) -> None:
    # read as "MX203" or "MX203CA" these asked after a plate no one said: left to the customer's name
    assert plates_in(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "la Clio della Berti, empolia x361 fracassone, le gomme",  # not "MX361"
        "la Clio della Berti, anconao x361 crossolatemo, le gomme",  # not "AX361"
    ],
)
def test_a_plate_ending_on_its_digits_is_not_cut_from_the_word_after(text: str) -> None:
    # the only word after the digits reads as no letters: cutting it leaves a plate shorter, no nearer
    assert plates_in(text) == []


@pytest.mark.parametrize(
    ("text", "plate"),
    [
        ("la Panda della Rinaldi, accabisero 73x lunga, domani", "HB073XJ"),  # acca bi zero
        ("la Panda della Rinaldi, accaerresero 42x lunga, domani", "HR042XJ"),
    ],
)  # fmt: skip
def test_letter_names_run_together_still_open_the_span_past_a_surname(text: str, plate: str) -> None:
    assert plates_in(text) == [plate]


async def test_a_city_glued_to_a_letter_books_nothing(fast: FastPath, context: CallContext) -> None:
    out = await fast.handle(
        "prenota un tagliando per la Tipo della Sala, empolie x203 cartolotene, domani alle 10", context
    )
    assert wrote_nothing(out), out
