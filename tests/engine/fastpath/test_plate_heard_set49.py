"""Plates whisper wrote otherwise in set 49, spoken: a second letter whose name opens on "e" leaving that "e" in a
plate written as one word ("FEM710MV" for effe emme), W's "vu" heard "avuto"/"avutre" after its "doppia", H's "acca"
written "a.k.a.", the end of "cappa" run onto the city word after it ("K. Patorino"), and a plate taken back with
"anzi no". Each only where a plate's run says so; the same words anywhere else stay words."""

from __future__ import annotations

import pytest

from engine.fastpath.parser import heard_tokens
from engine.fastpath.plates_spoken import find_plates
from tests.engine.fastpath.italian import plates_in


@pytest.mark.parametrize(
    ("text", "plate"),
    [
        ("Il camion iscapinato FEM710MV alle gomme da cambiare", "FM710MV"),
        ("la FES025MH deve passare la revisione", "FS025MH"),
        ("la DEL123AB", "DL123AB"),
        ("BEN432KL, tagliando", "BN432KL"),
    ],
)  # fmt: skip
def test_second_letters_e_left_in_a_plate_as_one_word(text: str, plate: str) -> None:
    assert plates_in(text) == [plate]


@pytest.mark.parametrize(("text", "plate"), [("la FE710MV", "FE710MV"), ("la EM710MV", "EM710MV")])
def test_two_opening_letters_kept(text: str, plate: str) -> None:
    assert plates_in(text) == [plate]


@pytest.mark.parametrize(
    ("text", "plate"),
    [
        ("Segnami la paican della cimino, ti doppia avuto 346 accadi, venerdì quattro dicembre alle 11", "TW346HD"),
        ("la Paican rossa, ti doppia avutre 4-6 accadi, ricarica", "TW346HD"),
        ("la Panda, gi doppia avuto 123 acca di", "GW123HD"),
        ("la Panda, G doppia avutre 2 1 AB", "GW321AB"),
    ],
)  # fmt: skip
def test_doppia_vu_heard_avuto(text: str, plate: str) -> None:
    assert plates_in(text) == [plate]


@pytest.mark.parametrize("text", ["ho avuto 3 macchine oggi", "la doppia ha avuto 2 guasti", "ha avuto tre tagliandi"])
def test_avuto_elsewhere_is_had(text: str) -> None:
    assert not any("W" in p for p in plates_in(text))


@pytest.mark.parametrize(
    ("text", "plate"),
    [
        ("mi arriva la filetome di scalabrini, G.A.K.A. 4 1 sette capa di Pellegomme", "GH417KD"),
        ("la Panda, B.A.K.A. 123 CD", "BH123CD"),
        ("F.A.K.A. 5 0 2 LM, il tagliando", "FH502LM"),
    ],
)  # fmt: skip
def test_acca_written_aka(text: str, plate: str) -> None:
    assert plates_in(text) == [plate]


def test_a_k_a_after_the_digits_stays_letters() -> None:
    assert plates_in("AB 123 a k a Milano") == ["AB123AK"]


@pytest.mark.parametrize(
    ("text", "plate"),
    [
        ("La revisione della rocchette. Genova Bologna 6.9.4. K. Patorino. Dalune di, 26.", "GB694KT"),
        ("Genova Bologna 6 9 4 K. Pamilano", "GB694KM"),
        ("Roma Ancona 1 2 3 K. Pasavona", "RA123KS"),
    ],
)  # fmt: skip
def test_cappa_run_onto_the_city_word(text: str, plate: str) -> None:
    assert plates_in(text) == [plate]


@pytest.mark.parametrize("text", ["Patorino va bene", "il k patorino", "il signor Patorino alle 9"])
def test_patorino_without_a_plate_is_no_letter(text: str) -> None:
    assert plates_in(text) == []


@pytest.mark.parametrize(
    ("text", "plate"),
    [
        ("La Janus gialla della guazzaloca, di E1-3-3, Anzino, E1-3-2-ZR, batteria nuova martedì", "de132zr"),
        ("la Panda, di E1-3-3, anzi no, E1-3-2-ZR, revisione domani alle 9", "de132zr"),
        ("la Panda, FK 319, anzi no, 318 TR, revisione domani alle 9", "fk318tr"),
    ],
)  # fmt: skip
def test_plate_taken_back_with_anzi_no(text: str, plate: str) -> None:
    tokens = heard_tokens(text)
    assert plate in tokens and "anzi" not in tokens


@pytest.mark.parametrize(
    ("text", "plate"),
    [
        ("Genova, Savona 7800 Livorno-Firenza Nome e telefono del cliente", "GS780LF"),
        ("La roxter di Verrastro di Zeta 9000 in Lungav, l'olio", "DZ900JV"),
        ("la Panda AB 1200 CD", "AB120CD"),
    ],
)  # fmt: skip
def test_zero_added_to_the_digits_is_a_misheard_plate(text: str, plate: str) -> None:
    found = find_plates(heard_tokens(text))
    assert [(m.plate, m.misheard) for m in found] == [(plate, True)]


@pytest.mark.parametrize(
    "text",
    ["la Golf del 2010 alle 9", "AB 1234 CD", "la AB 123 CD del 2000", "sono 1000 euro per la revisione", "CK 2011 PV"],
)
def test_four_digits_otherwise_keep_their_zeros(text: str) -> None:
    assert not any(m.misheard and m.italian_format for m in find_plates(heard_tokens(text)))


@pytest.mark.parametrize(
    ("text", "plate"),
    [
        ("after all. DZ9 OOJV. Cancel it please.", "DZ900JV"),
        ("the plate is DZ 9 O O JV", "DZ900JV"),
        ("plate AB 1 O 5 CD", "AB105CD"),
        ("AB12 OCD, the blue one", "AB120CD"),
    ],
)  # fmt: skip
def test_oh_said_for_zero(text: str, plate: str) -> None:
    assert plates_in(text) == [plate]


@pytest.mark.parametrize("text", ["the 3 oops", "Ok, AB 123 CD o domani", "la Panda o la Punto, 3 ore"])
def test_o_elsewhere_is_no_zero(text: str) -> None:
    assert not any("0" in p for p in plates_in(text))
