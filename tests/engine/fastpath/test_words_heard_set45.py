"""Words whisper wrote otherwise in set 45, spoken: "gli scrivi" run on as "iscrivi" before a message named by its
length ("iscrivi due righe su WhatsApp"), "gliel'abbiamo" heard "gelaviamo", "entrano" cut before its "-no" ("entra
no oggi"), "targa" heard "tarda"; in English "earliest" heard "early use" and the date's month written again after
the hour ("Friday 19 March at 9 March"). Each only where its neighbours say so; the words said for themselves
stay."""

from __future__ import annotations

import pytest

from engine.fastpath.heard_en import earliest_split
from tests.engine.fastpath.italian import assert_parsed, parse_en, parse_it


@pytest.mark.parametrize(
    "text",
    [
        "Fissala alla LG45 FT274ZW per il tagliando martedì 12 gennaio alle 9 e poi iscrivi due righe su whatsapp "
        "che è confermato.",
        "Segnami la FT274ZW per il tagliando martedì 12 gennaio alle 9 e poi iscrivi una riga su whatsapp che è "
        "confermato",
        "Segnami la FT274ZW per il tagliando martedì 12 gennaio alle 9 e iscrivi due righe di conferma su whatsapp",
    ],
)
def test_iscrivi_before_a_few_lines_is_the_message(text: str) -> None:
    p = parse_it(text)
    assert p.intent == "book" and p.handled, (p.reason, p.slots)


def test_iscrivi_someone_stays_enrolling() -> None:
    assert not parse_it("iscrivi la figlia al corso per la FT274ZW").handled


@pytest.mark.parametrize("heard", ["gelaviamo", "gielaviamo", "gelabiamo"])
def test_gliel_abbiamo_heard(heard: str) -> None:
    assert_parsed(parse_it(f"La Gurgel di Pecorari, EF 555 DR, la batteria quando {heard} messa nuova?"),
                  "vehicle_history", {"plate": "EF555DR", "service": "battery"})  # fmt: skip


@pytest.mark.parametrize(
    "text",
    ["fammi il punto della giornata: che macchine entra no oggi e a che ora", "chi entra no domani?"],
)
def test_entrano_cut_before_its_no(text: str) -> None:
    assert parse_it(text).intent == "day_appointments"


def test_entra_no_without_a_day_stays_a_no() -> None:
    assert parse_it("la Panda entra no").intent != "day_appointments"


@pytest.mark.parametrize(
    "text",
    [
        "Vorrebbe la revisione martedì 19 gennaio alle 10, ma la tarda non se la ricorda a memoria.",
        "Mi segni un tagliando domani alle 9? La tarda da qui non la leggo.",
    ],
)
def test_targa_heard_tarda_asks_the_plate(text: str) -> None:
    p = parse_it(text)
    assert p.intent == "book" and "plate" not in p.slots, (p.reason, p.slots)


def test_tarda_mattinata_stays_the_hour() -> None:
    p = parse_it("la signora arriva in tarda mattinata con la Panda AB 123 CD")
    assert "targa" not in p.reason if p.reason else True
    assert p.intent != "book"


def test_earliest_heard_early_use() -> None:
    text = "The Kleinschnittger, DF 034 YC, needs a battery. Whatever's the early use you've got, grab it."
    assert_parsed(parse_en(text), "book", {"plate": "DF034YC", "first_free": True})


@pytest.mark.parametrize(
    ("heard", "meant"),
    [
        ("what is your early use slot for a battery", "what is your earliest slot for a battery"),
        ("whatever s the early use we have take it", "whatever s the earliest we have take it"),
        ("the early use of the car was fine", "the early use of the car was fine"),
        ("an early use you have", "an early use you have"),
    ],
)  # fmt: skip
def test_early_use_put_back_only_before_whose_or_a_slot(heard: str, meant: str) -> None:
    assert earliest_split(heard.split()) == meant.split()


@pytest.mark.parametrize(
    "text",
    [
        "The Lifan, DE 404 YB, can't make the tire change on Thursday 4 March. Shift it to Friday 19 March at 9 March.",
        "Move DE 404 YB's tire change from Thursday 4 March to Friday 19 March at 9 March",
    ],
)
def test_month_echoed_after_the_hour(text: str) -> None:
    assert_parsed(parse_en(text), "move", {"plate": "DE404YB", "date": "2027-03-19", "time": "09:00"})


def test_second_date_after_the_hour_stays_a_date() -> None:
    p = parse_en("Move DE 404 YB's tire change from Friday 19 March at 9 to 9 March")
    assert p.slots.get("date") == "2027-03-09"
