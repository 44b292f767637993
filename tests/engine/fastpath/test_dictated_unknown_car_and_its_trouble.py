"""Bookings dictated with no verb (set 31's shapes) of a car whose model the tables do not know, with what it does
or needs said before the job: a part "a terra" then its replacement, a model written as letters and digits ("la
XUV500": no plate of its own), a model in four digits before its colour ("la 4007 grigia"), the job it "deve" have,
"per un" new job. All are said back whole for a yes (the owner's rule), or their hour asked; what tells of an
appointment that exists, or is negated, is still not booked."""

from __future__ import annotations

import pytest

from engine.fastpath.plates_spoken import find_plates
from engine.fastpath.vehicles import number_names_vehicle
from tests.engine.fastpath.italian import assert_parsed
from tests.engine.fastpath.italian import parse_it as _parse


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a part said "a terra", then its replacement bare: the part's job
        ("Il Vaneo grigio della Bertolami, FD 218 KS: batteria a terra, sostituzione venerdì 4 alle 10.",
         {"plate": "FD218KS", "service": "battery", "date": "2026-12-04", "time": "10:00"}),
        ("La Kyron bianca di Ferretti, GB 471 TM, la batteria è a terra: sostituzione domani alle 9.",
         {"plate": "GB471TM", "service": "battery", "date": "2026-11-26", "time": "09:00"}),
        # a model written as letters and digits, unknown: the Italian plate after it names the car
        ("La QX50 nera di Sarti, EC 512 RN, fa un rumore quando frena: diagnosi lunedì 30 alle 3.",
         {"plate": "EC512RN", "service": "diagnosis", "date": "2026-11-30", "time": "15:00"}),
        # a model in four digits before its colour: no stray number
        ("Allora, la 1007 bianca di Pastore, FM 623 LD: tagliando martedì 1 dicembre alle 11.",
         {"plate": "FM623LD", "service": "service", "date": "2026-12-01", "time": "11:00"}),
        # the job it "deve" have, said after the plate
        ("La Thema grigia della Cocchi, DS 4 1 2 VA, deve ricaricare il clima: giovedì 3 dicembre alle 4.",
         {"plate": "DS412VA", "service": "aircon", "date": "2026-12-03", "time": "16:00"}),
        # "per un" new job after the plate
        ("La Lodgy di Ferretti, GB 4 7 1 TM, per un cambio olio venerdì 4 dicembre alle 8 e mezza.",
         {"plate": "GB471TM", "service": "oil_change", "date": "2026-12-04", "time": "08:30"}),
    ],
)  # fmt: skip
def test_dictated_with_its_trouble_is_said_back_whole(text: str, want: dict[str, object]) -> None:
    p = _parse(text)
    assert_parsed(p, "book", want)
    assert p.careful == "verbless", (p.careful, p.reason)


def test_per_un_job_on_a_day_with_its_part_has_its_hour_found() -> None:
    p = _parse(
        "La Lodgy di Ferretti, GB 4 7 1 TM, per una ricarica del clima giovedì 3 dicembre nel pomeriggio."
    )
    assert_parsed(p, "book", {"plate": "GB471TM", "service": "aircon", "date": "2026-12-03"})
    assert "time" not in p.slots  # the handler offers that afternoon's first free time for a yes ("no_time")


@pytest.mark.parametrize(
    "text",
    [
        "Il Kangoo della Bertolami, FD 218 KS: batteria a terra, sostituzione di venerdì alle 10.",  # the one booked
        "Il Kangoo della Bertolami, FD 218 KS: la batteria era a terra, sostituzione venerdì alle 10.",  # told of
        "Il Kangoo della Bertolami, FD 218 KS: batteria a terra, sostituzione venerdì alle 10?",  # asked
        "La Thema della Cocchi, DS 412 VA, deve ricaricare il clima di giovedì alle 4.",  # the one booked
        "La Lodgy di Ferretti, GB 471 TM, per la ricarica del clima di giovedì alle 4.",  # the one booked
    ],
)
def test_what_tells_of_one_booked_is_not_booked(text: str) -> None:
    p = _parse(text)
    assert p.intent != "book" or not p.handled, (p.intent, p.slots)


def test_a_negated_need_still_refuses() -> None:
    p = _parse("La Thema della Cocchi, DS 412 VA, non deve ricaricare il clima giovedì alle 4.")
    assert p.intent is None and p.reason == "out_of_scope:negation", (p.intent, p.reason)


def test_a_model_of_letters_and_digits_is_no_plate_only_beside_an_italian_one() -> None:
    assert [m.plate for m in find_plates(["la", "qx50", "nera", "ec", "512", "rn"])] == ["EC512RN"]
    # alone, such a word is still read as the plate said (a foreign one), so asked for, never dropped
    assert [m.plate for m in find_plates(["targa", "qx500", "tagliando"])] == ["QX500"]
    assert [m.plate for m in find_plates(["la", "qx500", "tagliando"])] == ["QX500"]


def test_four_digits_name_a_model_only_after_its_article_and_before_a_colour() -> None:
    assert number_names_vehicle(["la", "1007", "bianca", "di", "pastore"], 1)
    assert not number_names_vehicle(["la", "0930", "bianca"], 1)
    assert not number_names_vehicle(["la", "1007", "alle", "9"], 1)
    assert not number_names_vehicle(["alle", "1030", "bianca"], 1)
