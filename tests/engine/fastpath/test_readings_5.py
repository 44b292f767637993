"""Transcript shapes the fast path mis-read or refused (docs/PERFORMANCE.md, "Not fixed"), as classes on new
sentences: English history questions about a plate, a plate corrected by one group or said again with its
article, an "e" heard among a plate's digits, letter names run into one word. Each is read as meant or asked
about; the near misses next to them are never a write on another vehicle."""

from __future__ import annotations

import pytest

from engine.fastpath import FastPath
from engine.fastpath.parser import heard_tokens
from engine.fastpath.plates_spoken import find_plates
from tests.engine.fastpath.italian import parse_en as _parse_en
from tests.engine.fastpath.italian import parse_it as _parse
from tests.engine.fastpath.italian import plates_in as _plates
from tests.engine.fastpath.italian import wrote_nothing as _no_write
from wp_api.contract import CallContext

# --- English: what was done on a plate ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "plate"),
    [
        ("What did we do on FT 789 MN?", "FT789MN"),
        ("Any work on GT 412 ME?", "GT412ME"),
        ("What have we done on KP 208 HE recently?", "KP208HE"),
        ("What work did we do on the white Punto, FT 789 MN?", "FT789MN"),
        ("Did we do any work on NB 073 CE?", "NB073CE"),
    ],
)
def test_an_english_history_question_reads_the_plate(text: str, plate: str) -> None:
    p = _parse_en(text)
    assert p.intent == "vehicle_history" and p.handled, p.reason
    assert p.slots["plate"] == plate
    assert "service" not in p.slots  # no word of the question is taken for a filter ("lately" was "battery")


@pytest.mark.parametrize(
    "text",
    ["What have we done on DS 330 HE?", "What did we do on RT 118 WE?", "Any work on the car, ZB 904 BE?"],
)
def test_on_before_a_plate_is_no_letter_of_it(text: str) -> None:
    found = _plates(text)
    assert found and not any(p.startswith("ON") for p in found), found


def test_a_history_question_without_a_plate_reads_no_plate() -> None:
    p = _parse_en("What did we do on Monday?")
    assert "plate" not in p.slots


def test_any_work_is_no_booking() -> None:
    p = _parse_en("Any work on FT 789 MN tomorrow at 9?")
    assert p.intent not in ("book", "move", "cancel")


async def test_an_english_history_question_on_the_workshop(fast: FastPath, context: CallContext) -> None:
    out = await fast.handle("What did we do on NB 073 CE?", context)
    assert out.handled, out
    assert "vehicle_history" in {c.name for c in out.tool_calls}
    assert "NB073CE" in out.reply_text and _no_write(out)


# --- a plate corrected by one group -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "plate"),
    [
        ("Di chi è la EF 456 GM, no, GH?", "EF456GH"),  # the last pair, one letter put right
        ("Storico della targa CX 808 BE, anzi BZ.", "CX808BZ"),
        ("Di chi è la DP 321 ti bi, no, ti erre?", "DP321TR"),  # letter names, after the digits
        ("Di chi è la RS 450 DF, scusa, di ti?", "RS450DT"),
        ("Chi è il proprietario della GM 565 NP, no, 555?", "GM555NP"),  # the digits alone
        ("Chi è il proprietario della GM 565 NP, scusa, cinque cinque cinque?", "GM555NP"),
        ("Dimmi di chi è la KL 611 BB, no, 661.", "KL661BB"),
        ("Di chi è la NB 073 CD, no, CE?", "NB073CE"),  # "CE" is a word too, after the marker it is a pair
        ("Di chi è la NB 073 CE, no, CF?", "NB073CF"),  # and before it
    ],
)
def test_a_plate_corrected_by_one_group_is_read_as_corrected(text: str, plate: str) -> None:
    p = _parse(text)
    assert p.slots.get("plate") == plate, (p.reason, p.slots)
    assert p.handled, p.reason


def test_a_group_correction_of_a_booking_keeps_the_rest() -> None:
    p = _parse("Prenota un tagliando per la Punto bianca, FT 789 ML, no, MN, venerdì alle 10.")
    assert p.intent == "book" and p.handled, p.reason
    assert (p.slots["plate"], p.slots["date"], p.slots["time"]) == ("FT789MN", "2026-11-27", "10:00")


@pytest.mark.parametrize(
    "text",
    [
        "Di chi è la AB 123 CD, no, AP?",  # like the first pair, not the last: which one is it?
        "Di chi è la FT 789 MN, no, RS?",  # like neither
        "Annulla la revisione della HK 010 LA, no, HA.",  # like both
        "Storico della CD 123, no, CE.",  # the plate was not whole yet
    ],
)
def test_a_pair_that_could_replace_either_group_is_asked(text: str) -> None:
    p = _parse(text)
    assert not p.handled
    assert p.reason == "ambiguous:two_plates", p.reason


@pytest.mark.parametrize(
    "text",
    [
        "Sposta la GH 515 TR, no, ce la porto io venerdì.",  # "ce la": a pronoun, no letters
        "Di chi è la FT 789 MN, no, ci penso io.",
        "Annulla la revisione della FT 789 MN, no, ma lasciala in agenda.",  # "ma": a word before the rest
        "Annulla la revisione della AB 123 CD, no, aspetta.",
        "Sposta la AB 123 CD, no, a giovedì alle 9.",  # what is taken back is no plate
        "Sposta la AB 123 CD, no, la AB 124 a lunedì alle 9.",  # said again, but not whole
    ],
)
def test_a_no_after_a_plate_that_corrects_no_group_is_still_refused(text: str) -> None:
    p = _parse(text)
    assert not p.handled
    assert p.intent not in ("move", "cancel") or p.reason is not None


async def test_a_group_corrected_plate_finds_its_vehicle(fast: FastPath, context: CallContext) -> None:
    out = await fast.handle("Di chi è la EF 456 GM, no, GH?", context)
    assert out.handled, out
    assert "EF456GH" in out.reply_text and "Golf" in out.reply_text


async def test_a_pair_like_the_first_group_asks_before_any_write(
    fast: FastPath, context: CallContext
) -> None:
    # AB123CD and AP123CD are both on file: "no, AP" may mean either AP123CD or AB123AP
    out = await fast.handle("Sposta la AB 123 CD, no, AP, a domani alle 10.", context)
    assert _no_write(out) and not out.handled
    assert out.clarification  # a question ("Quale targa, esattamente?"), not silence


async def test_the_plate_asked_for_is_the_answer(fast: FastPath, context: CallContext) -> None:
    first = await fast.handle("Di chi è la AB 123 CD, no, AP?", context)
    assert not first.handled and first.clarification
    out = await fast.resume("AP 123 CD", context)
    assert out is not None and out.handled, out
    assert "AP123CD" in out.reply_text and "AB123CD" not in out.reply_text


async def test_a_correction_to_a_plate_not_on_file_writes_nothing(
    fast: FastPath, context: CallContext
) -> None:
    # AB123CE is not on file; the AB123CD taken back must not be moved instead
    out = await fast.handle("Sposta la AB 123 CD, no, CE, a domani alle 10.", context)
    assert _no_write(out)


# --- a plate said again with its article after the marker ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "plate"),
    [
        ("Di chi è la AB 124 CD, no, la AB 123 CD?", "AB123CD"),
        ("Storico della GH 907 MN, no, la targa GH 908 MN.", "GH908MN"),
        ("Chi è il proprietario della ZA 978 YE, anzi, la ZA 987 YE?", "ZA987YE"),
    ],
)
def test_a_plate_said_again_with_its_article_is_read(text: str, plate: str) -> None:
    p = _parse(text)
    assert p.slots.get("plate") == plate and p.handled, (p.reason, p.slots)


def test_a_move_with_the_plate_said_again_keeps_the_day_and_time() -> None:
    p = _parse("Sposta la FT 798 MN, anzi la FT 789 MN, a venerdì alle 9.")
    assert p.intent == "move" and p.handled, p.reason
    assert (p.slots["plate"], p.slots["date"], p.slots["time"]) == ("FT789MN", "2026-11-27", "09:00")


def test_a_vehicle_corrected_with_its_article_before_a_plate() -> None:
    p = _parse("Prenota un tagliando per la Panda, no, la Punto, FT 789 MN, venerdì alle 9.")
    assert p.intent == "book" and p.handled, p.reason
    assert p.slots["plate"] == "FT789MN" and p.slots["vehicle_description"]["model"] == "Punto"


async def test_a_plate_said_again_finds_the_second(fast: FastPath, context: CallContext) -> None:
    out = await fast.handle("Di chi è la AP 123 CD, no, la AB 123 CD?", context)
    assert out.handled, out
    assert "AB123CD" in out.reply_text and "AP123CD" not in out.reply_text


# --- whisper's garbles: an "e" among the digits, letter names run into one word -----------------------


@pytest.mark.parametrize(
    ("text", "plate"),
    [
        ("Storico della DP3 e 2 1 t b.", "DP321TB"),
        ("Di chi è la FT 7 e 89 MN?", "FT789MN"),
        ("Sposta la revisione della RS 45 e 0 DT a venerdì alle 9.", "RS450DT"),
    ],
)
def test_an_e_heard_among_the_digits_is_no_letter(text: str, plate: str) -> None:
    [match] = [m for m in find_plates(heard_tokens(text))]
    assert match.plate == plate
    assert match.misheard  # the workshop's data decides, as for any misheard plate


@pytest.mark.parametrize(
    ("text", "time"),
    [
        ("Prenota un tagliando per la AB 123 CD alle 10 e 30 domani.", "10:30"),
        ("Prenota un tagliando per la AB 123 CD domani alle 2 e 15.", "14:15"),
    ],
)
def test_an_e_between_a_times_numbers_stays_the_time(text: str, time: str) -> None:
    p = _parse(text)
    assert p.slots["plate"] == "AB123CD" and p.slots["time"] == time, p.slots


@pytest.mark.parametrize(
    ("text", "plate"),
    [
        ("Di chi è la Bierre 246 KS?", "BR246KS"),
        ("Chi è il proprietario della Ennebi 073 CE?", "NB073CE"),
        ("Di chi è la Tivvu 238 NM?", "TV238NM"),
        ("Storico della Cappaelle 661 BB.", "KL661BB"),
        ("Di chi è la Erresse 450 DT?", "RS450DT"),
    ],
)
def test_two_letter_names_run_into_one_word_are_the_plates_letters(text: str, plate: str) -> None:
    assert _plates(text) == [plate]


def test_a_surname_like_letter_names_before_a_plate_is_the_owner() -> None:
    p = _parse("Prenota un tagliando per la Panda della signora Pitti, AB 123 CD, domani alle 9.")
    assert p.slots["plate"] == "AB123CD"


async def test_the_workshop_decides_a_garbled_plate(fast: FastPath, context: CallContext) -> None:
    out = await fast.handle("Di chi è la Bierre 2 e 46 KS?", context)
    assert out.handled, out
    assert "BR246KS" in out.reply_text and "Giulietta" in out.reply_text


async def test_a_garbled_plate_of_no_vehicle_writes_nothing(fast: FastPath, context: CallContext) -> None:
    out = await fast.handle("Annulla l'appuntamento della Bitti 9 e 99 ZZ.", context)
    assert _no_write(out)
