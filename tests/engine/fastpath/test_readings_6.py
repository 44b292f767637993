"""Transcript shapes the fast path mis-read (docs/PERFORMANCE.md, "Readings fixed, 2026-12-02 afternoon", "Not
fixed"), as classes on new sentences: a vehicle's name or a NATO word said just before a whole plate, a model
written with digits before a plate, a plate corrected to one not on file. Each is read as meant or asked
about; the near misses next to them (a NATO word that does spell a letter, a model number that is the plate's
digits) read as before, and nothing is ever written on another vehicle."""

from __future__ import annotations

import pytest

from engine.fastpath import FastPath
from engine.fastpath.parser import plates_taken_back
from tests.engine.fastpath.italian import parse_en as _parse_en
from tests.engine.fastpath.italian import parse_it as _parse
from tests.engine.fastpath.italian import plates_in as _plates
from tests.engine.fastpath.italian import wrote_nothing as _no_write
from wp_api.contract import CallContext

# --- a vehicle's name or a NATO word before a whole plate ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "plate", "model"),
    [
        ("Prenota un tagliando per la Golf EF 312 MT domani alle 9.", "EF312MT", "Golf"),  # "ef": E F
        ("Che lavori abbiamo fatto sulla Golf KP 208 HE?", "KP208HE", "Golf"),
        ("Chi è il proprietario della Delta EL 604 RS?", "EL604RS", "Delta"),  # Lancia Delta, "el": E L
        ("Di chi è la Sierra EF 777 BN?", "EF777BN", "Sierra"),  # Ford Sierra
        ("Di chi è la Mercedes Classe C EF 230 ZA?", "EF230ZA", "Classe C"),  # the C of the model
        ("Prenota una revisione per una Golf EF 119 DN lunedì alle 8.", "EF119DN", "Golf"),  # "una" before
    ],
)
def test_a_model_before_a_whole_plate_is_the_vehicle(text: str, plate: str, model: str) -> None:
    p = _parse(text)
    assert p.slots.get("plate") == plate, (p.reason, p.slots)
    assert p.slots["vehicle_description"]["model"] == model


@pytest.mark.parametrize(
    ("text", "plate", "make"),
    [
        ("Storico dell'Alfa Romeo EX 119 DN.", "EX119DN", "Alfa Romeo"),  # both words, not R
        ("Di chi è la VW EM 414 KT?", "EM414KT", "Volkswagen"),
    ],
)
def test_a_make_before_a_whole_plate_is_the_vehicle(text: str, plate: str, make: str) -> None:
    p = _parse(text)
    assert p.slots.get("plate") == plate, (p.reason, p.slots)
    assert p.slots["vehicle_description"]["make"] == make


@pytest.mark.parametrize(
    ("text", "plate"),
    [
        ("Sposta l'appuntamento di Victor EF 520 LM a venerdì alle 9.", "EF520LM"),  # a name, not V
        ("Who owns the VW EM 414 KT?", "EM414KT"),
        ("Book an oil change for the Golf EF 312 MT tomorrow at 9.", "EF312MT"),
    ],
)
def test_a_nato_word_before_a_whole_plate_is_no_letter(text: str, plate: str) -> None:
    assert _plates(text) == [plate]


@pytest.mark.parametrize(
    ("text", "plate"),
    [
        ("Golf Hotel 123 AB", "GH123AB"),
        ("Di chi è la Golf Hotel 417 KM?", "GH417KM"),
        ("Di chi è la Delta Papa 417 Tango Bravo?", "DP417TB"),
        ("Storico della targa Alfa Bravo 909 Charlie Delta.", "AB909CD"),
        ("Who owns Golf Foxtrot 456 GH?", "GF456GH"),  # "Foxtrot" is F alone: the plate needs the G
        ("Di chi è la Victor Alfa 238 NM?", "VA238NM"),
        ("Di chi è la Golf EF 456 GH e la Golf Hotel 123 AB?", "EF456GH"),  # the first plate read first
    ],
)
def test_a_nato_word_the_plate_needs_is_its_letter(text: str, plate: str) -> None:
    found = _plates(text)
    assert found and found[0] == plate, found


def test_a_nato_spelled_plate_names_no_vehicle() -> None:
    p = _parse("Prenota un tagliando per la Delta Papa 417 Tango Bravo domani alle 9.")
    assert p.slots["plate"] == "DP417TB"
    assert "vehicle_description" not in p.slots  # "Delta" is the plate's D here, no Lancia Delta


async def test_the_golf_before_its_plate_is_found(fast: FastPath, context: CallContext) -> None:
    out = await fast.handle("Chi è il proprietario della Golf EF 456 GH?", context)
    assert out.handled, out
    assert "EF456GH" in out.reply_text and "GF456GH" not in out.reply_text
    assert "Non trovo" not in out.reply_text  # no repair said: the plate was read right


async def test_a_cancel_for_the_golf_writes_nothing_on_another_vehicle(
    fast: FastPath, context: CallContext
) -> None:
    out = await fast.handle("Annulla la revisione della Golf EF 456 GH.", context)
    assert "GF456GH" not in out.reply_text
    assert _no_write(out)  # the Golf has no revision booked


# --- a model written with digits before a plate -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "plate", "model"),
    [
        ("What did we do on the i20 GT 412 ME?", "GT412ME", "i20"),
        ("Who owns the X1 HG 090 PL?", "HG090PL", "X1"),
    ],
)
def test_an_english_model_with_digits_bounds_the_plate(text: str, plate: str, model: str) -> None:
    p = _parse_en(text)
    assert p.slots.get("plate") == plate, (p.reason, p.slots)
    assert p.slots["vehicle_description"]["model"] == model


@pytest.mark.parametrize(
    ("text", "plate", "model"),
    [
        ("Di chi è la 500 ZA 311 KB?", "ZA311KB", "500"),
        ("Storico della 3008 FR 606 LE.", "FR606LE", "3008"),  # "le" is a word and the last pair
        ("Prenota una revisione per la C3 TV 512 NC venerdì alle 10.", "TV512NC", "C3"),
        ("Chi è il proprietario della Q3 BX 771 CE?", "BX771CE", "Q3"),
        ("Di chi è la 147 RS 450 DT?", "RS450DT", "147"),  # Alfa 147
        ("Prenota un tagliando per una 500 AP 123 CD domani alle 9.", "AP123CD", "500"),
    ],
)
def test_a_model_with_digits_bounds_the_plate(text: str, plate: str, model: str) -> None:
    p = _parse(text)
    assert p.slots.get("plate") == plate, (p.reason, p.slots)
    assert p.slots["vehicle_description"]["model"] == model


@pytest.mark.parametrize("text", ["Di chi è la i10 NB 073?", "Storico della C3 TV 238."])
def test_a_model_with_digits_is_no_part_of_an_unfinished_plate(text: str) -> None:
    found = _plates(text)
    assert not any(p[:1].isdigit() or p.startswith(("I10", "C3")) for p in found), found


@pytest.mark.parametrize(
    ("text", "plate"),
    [
        ("Di chi è la AB 500 CD?", "AB500CD"),  # a model's number that is the plate's digits
        ("Storico della FT 208 MN.", "FT208MN"),
        ("Chi è il proprietario della ZA 147 YE?", "ZA147YE"),
        ("Sposta la revisione della GH 308 TR a venerdì alle 9.", "GH308TR"),
    ],
)
def test_a_models_number_inside_a_plate_stays_the_plate(text: str, plate: str) -> None:
    p = _parse(text)
    assert p.slots.get("plate") == plate, (p.reason, p.slots)
    assert "vehicle_description" not in p.slots


@pytest.mark.parametrize(
    ("text", "plate", "model"),
    [
        ("Sposta la Tipo di Ferri, e X1 4 7 di R, a domani alle 15.", "EX147DR", "Tipo"),
        ("Di chi è la Panda grigia, a C3 0 5 elle emme?", "AC305LM", "Panda"),
    ],
)
def test_a_model_with_digits_that_a_spelled_plate_needs_is_the_plate(
    text: str, plate: str, model: str
) -> None:
    """A letter, then what reads as a model with digits ("e X1 4 7 di R"): the run is a whole Italian plate
    only with it, so it is the plate's letter and digits, not the BMW X1 or the Citroën C3."""
    p = _parse(text)
    assert p.slots.get("plate") == plate, (p.reason, p.slots)
    assert (p.slots.get("vehicle_description") or {}).get("model") == model


async def test_the_i10_before_its_plate_is_found(fast: FastPath, context: CallContext) -> None:
    out = await fast.handle("Chi è il proprietario della i10 NB 073 CE?", context)
    assert out.handled, out
    assert "NB073CE" in out.reply_text and "I10" not in out.reply_text


# --- a plate corrected to one not on file -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "taken"),
    [
        ("Di chi è la FT 789 MN, no, MR?", ("FT789MN",)),
        ("Sposta la GM 555 NP, no, 556, a domani alle 10.", ("GM555NP",)),
        ("Storico della targa FK 319, no, 318 TR.", ("FK319??",)),  # what was not said yet is unknown
        ("Di chi è la AB 124 CD, no, la AB 125 CD?", ("AB124CD",)),
        ("Di chi è la FT 789 MN?", ()),
        ("Di chi è la AB 123 CD, no, AP?", ()),  # asked: which plate was taken back is not known
    ],
)
def test_the_plate_taken_back_is_known(text: str, taken: tuple[str, ...]) -> None:
    assert plates_taken_back(text) == taken


@pytest.mark.parametrize(
    ("text", "taken_back"),
    [
        ("Di chi è la FT 789 MN, no, MR?", "FT789MN"),  # FT789MR is not on file
        ("Chi è il proprietario della GM 555 NP, scusa, 556?", "GM555NP"),
        ("Di chi è la AB 123 CD, anzi CE?", "AB123CD"),
    ],
)
async def test_a_plate_taken_back_is_not_offered_back(
    fast: FastPath, context: CallContext, text: str, taken_back: str
) -> None:
    out = await fast.handle(text, context)
    assert taken_back not in out.reply_text, out.reply_text
    assert "AP123CD" not in out.reply_text  # nor a plate keeping the D put right


async def test_a_move_to_a_corrected_plate_not_on_file_writes_nothing(
    fast: FastPath, context: CallContext
) -> None:
    out = await fast.handle("Sposta la GM 555 NP, no, 556, a domani alle 10.", context)
    assert _no_write(out)
    assert "GM555NP" not in out.reply_text and "GM556NP" in out.reply_text  # the plate said is not found


async def test_a_plate_corrected_to_one_on_file_is_found(fast: FastPath, context: CallContext) -> None:
    out = await fast.handle("Chi è il proprietario della KL 616 BB, no, 661?", context)
    assert out.handled, out
    assert "KL661BB" in out.reply_text and "Octavia" in out.reply_text


async def test_a_plate_not_corrected_is_still_repaired(fast: FastPath, context: CallContext) -> None:
    # nothing was taken back: the nearest plate on file is offered, as before
    out = await fast.handle("Di chi è la AB 123 CE?", context)
    assert "AB123CD" in out.reply_text and _no_write(out)


# --- a surname just before a whole plate is no letter of it (classes from held-out set 5, new sentences) ---


@pytest.mark.parametrize(
    ("text", "plate", "customer"),
    [
        ("Per la Corsa della Colombo, GN 402 CE, il tagliando giovedì alle 15.", "GN402CE", "Colombo"),
        (
            "C'è la Yaris grigia della Martinelli, FL 550 SE, che fa rumore ai freni: mettila venerdì alle 9.",
            "FL550SE",
            "Martinelli",
        ),
        ("Di chi è la Barbieri, GN 402 CE?", "GN402CE", None),
        ("Di chi è la Rossi, EM 218 TA?", "EM218TA", None),
    ],
)
def test_a_surname_before_a_whole_plate_is_not_read_into_it(
    text: str, plate: str, customer: str | None
) -> None:
    p = _parse(text)
    assert p.slots.get("plate") == plate, p.slots
    if customer is not None:
        assert p.slots.get("customer") == customer, p.slots


@pytest.mark.parametrize(
    "text",
    [
        "Sposta l'appuntamento della GH 907 MN a venerdì alle 10.",  # the plate's letters are no owner
        "Who's the owner of DT 472 SL?",
    ],
)
def test_a_plates_letters_after_della_or_of_are_no_customer(text: str) -> None:
    p = _parse(text) if "della" in text else _parse_en(text)
    assert "customer" not in p.slots, p.slots


@pytest.mark.parametrize(
    "text",
    [
        "Mi fai vedere gli interventi della Fd, 8.46 sk.",  # whisper's "FD 846 SK" after "della"
        "Controlla la storia della Ek, 3.19 tr.",
    ],
)
def test_a_plates_letters_heard_as_a_name_are_no_customer(text: str) -> None:
    p = _parse(text)
    assert "customer" not in p.slots, p.slots
