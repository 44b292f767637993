"""A number said just before a plate whisper heard loosely is no part of it: the day of a move ("spostala il
28, SD 512 FA", "move it to the 28, SD 512 FA"), an hour, a day after a weekday, a price. The plate after it
is read whole, and the number is still read for the request. Digits heard for a plate's letters ("10 3 4 5 a
f" for D S 345 A F) leave no whole plate after them, and stay in it.

And an ordinary word of the sentence just before a plate's letters ("nel piazzale. FG 158 …") no longer makes
the span too dear to be a plate at all: the plate is read from its own letters on."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import parse_en, parse_it
from tests.engine.fastpath.italian import plates_in as _plates

# --- a number before a whole plate said loosely ("FA": also a word) --------------------------------------


@pytest.mark.parametrize(
    ("text", "plate"),
    [
        ("Spostala al 27, LT 604 FA, che prima non riesco.", "LT604FA"),  # the day after "al"
        ("La riporti il 19, ZN 381 FA?", "ZN381FA"),  # the day after "il"
        ("Mettila alle 11 BR 270 FA, grazie.", "BR270FA"),  # an hour
        ("Va bene giovedì 3, CM 842 FA.", "CM842FA"),  # the day after a weekday
        ("Il preventivo è di 450, KR 617 FA.", "KR617FA"),  # a price
        ("Viene verso le 9, ET 315 FA, per i freni.", "ET315FA"),
        ("Can you push it to the 30, TR 728 FA?", "TR728FA"),
        ("Book it at 2, GL 904 FA, please.", "GL904FA"),
    ],
)
def test_a_number_before_a_whole_plate_is_no_part_of_it(text: str, plate: str) -> None:
    assert _plates(text) == [plate]


@pytest.mark.parametrize(
    ("text", "plate"),
    [
        ("Portamela venerdì 11 die 604 cicapa.", "DE604CK"),  # the plate itself misheard
        ("Il conto è 380, pivu 512 MN.", "PV512MN"),
    ],
)
def test_a_number_before_a_misheard_whole_plate_is_no_part_of_it(text: str, plate: str) -> None:
    assert _plates(text) == [plate]


# --- near misses: digits that are the plate's, or no whole plate after the number -------------------------


@pytest.mark.parametrize(
    ("text", "plate"),
    [
        ("Storico della 10 345 AF.", "DC345AF"),  # "di ci" heard as "dieci": the letters
        ("Storico della 17 45 BN.", "DC745BN"),  # "di ci sette" heard as 17
    ],
)
def test_digits_heard_for_the_letters_stay_in_the_plate(text: str, plate: str) -> None:
    assert _plates(text) == [plate]


def test_a_number_before_no_whole_plate_is_not_cut_off() -> None:
    # "SD 512 F": one letter short even without the 28; nothing whole is made by dropping it
    assert all(not p.startswith("SD512F") or len(p) != 7 for p in _plates("Spostala al 28, SD 512 F."))


@pytest.mark.parametrize(
    ("text", "plate"),
    [
        ("Il preventivo è di 450, KR 617 FD.", "KR617FD"),  # "è di 450 KR" is no plate E D 450 K R
        ("Spostala il 28, SD 512 FD, per favore.", "SD512FD"),
        ("Costa 90, VN 238 LB, la revisione?", "VN238LB"),
    ],
)
def test_a_number_before_a_plate_said_plainly_is_no_part_of_it(text: str, plate: str) -> None:
    assert _plates(text) == [plate]


def test_a_plate_s_own_digits_before_more_letters_stay_its_own() -> None:
    # "AB 123" said plainly: the 123 is that plate's, whatever follows
    assert _plates("Di chi è la AB 123 CD 456 EF?")[0] == "AB123CD"


def test_a_plate_said_plainly_after_a_number_is_read_as_before() -> None:
    assert _plates("Spostala alle 10 AB 123 CD.") == ["AB123CD"]
    assert _plates("Fattura di 300 euro per la GH 571 KL.") == ["GH571KL"]


# --- the number is still read for the request ------------------------------------------------------------


def test_the_day_before_the_plate_is_the_move_s_day() -> None:
    p = parse_it("Spostala il 27, LT 604 FA.")
    assert p.intent == "move" and p.handled, (p.reason, p.slots)
    assert p.slots.get("plate") == "LT604FA" and p.slots.get("date") == "2026-11-27"


def test_the_day_after_a_weekday_dates_the_move_not_the_plate() -> None:
    # "venerdì 4": Friday the 4th of December, not the coming Friday 27 with a plate 4CM842FA
    p = parse_it("Spostala a venerdì 4, CM 842 FA.")
    assert p.slots.get("plate") == "CM842FA" and p.slots.get("date") == "2026-12-04", p.slots


def test_the_hour_before_the_plate_is_the_move_s_hour() -> None:
    p = parse_it("Spostala domani alle 11 BR 270 FA.")
    assert p.intent == "move" and p.handled, (p.reason, p.slots)
    assert p.slots.get("plate") == "BR270FA" and p.slots.get("time") == "11:00"


def test_the_english_day_before_the_plate_is_the_move_s_day() -> None:
    p = parse_en("Move it to the 30th, TR 728 FA.")
    assert p.intent == "move" and p.handled, (p.reason, p.slots)
    assert p.slots.get("plate") == "TR728FA" and p.slots.get("date") == "2026-11-30"


def test_a_day_said_bare_after_to_is_asked_not_read_into_the_plate() -> None:
    # "to the 30" is no date the parser reads: the move asks, and the plate is the plate said
    p = parse_en("Move it to the 30, TR 728 FA.")
    assert p.slots.get("plate") == "TR728FA" and not p.handled, (p.reason, p.slots)


# --- a word of the sentence before the plate's own letters -----------------------------------------------


@pytest.mark.parametrize(
    ("text", "plate"),
    [
        ("Una Punto parcheggiata davanti al cancello. GB 274 TDOV. Chi è il proprietario?", "GB274"),
        ("Ho una Clio in fondo al capannone, LS 903 PRIV, mi dici di chi è?", "LS903"),
    ],
)
def test_a_word_before_the_plate_s_letters_leaves_the_plate(text: str, plate: str) -> None:
    got = _plates(text)
    assert len(got) == 1 and got[0].startswith(plate), got


def test_a_word_that_is_the_plate_s_letters_stays() -> None:
    # "cicapa" is C K: what follows it ("907 MN") has no letters of its own
    assert _plates("Di chi è la panda cicapa 907 MN?") == ["CK907MN"]


def test_a_plate_s_digits_said_alone_before_it_whole_still_correct_it() -> None:
    # "no, 458, FT 458 GR": the digits put right, then the whole plate again; not a number before a plate
    assert _plates("La FT 457 GR, no, 458, FT 458 GR.") == ["FT458GR"]
