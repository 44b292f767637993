"""A booking dictated at the counter with no booking verb, "vehicle, plate: service day time" (the owner's rule):
taken only with a service, a day, a time and a vehicle, its model or owner maybe unknown to the fast path, and
always said back whole for a yes; the same job already booked that day is read out, never booked twice."""

from __future__ import annotations

import pytest

from engine.fastpath import FastPath
from tests.engine.fastpath.italian import assert_parsed, wrote_nothing
from tests.engine.fastpath.italian import parse_it as _parse
from wp_api.contract import CallContext


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a model and an owner no table knows, the plate after them
        ("Allora, la Rexton blu della signora Ronchetti, FB 612 KR: tagliando martedì 1 alle 10 e mezza.",
         {"plate": "FB612KR", "service": "service", "date": "2026-12-01", "time": "10:30"}),
        # the plate first, "targa" before it, the vehicle after
        ("Targa DL 338 PV, la Trezia grigia: revisione giovedì 3 dicembre alle 11.",
         {"plate": "DL338PV", "service": "inspection", "date": "2026-12-03", "time": "11:00"}),
        # a model said with its digits
        ("Il DS4 nero del signor Bellomo, GA 2 4 6 TS: cambio olio venerdì 4 alle 9.",
         {"plate": "GA246TS", "service": "oil_change", "date": "2026-12-04", "time": "09:00"}),
        # what the car does said with "ha" between the plate and the service
        ("Il Kyron nero di Bellomo, GA 2 4 6 TS, ha i freni che fischiano: pastiglie venerdì 4 alle 9.",
         {"plate": "GA246TS", "service": "brakes", "date": "2026-12-04", "time": "09:00"}),
        # a part "che non va": the car's trouble, no negation
        ("Ecco, il Vivaro bianco della ditta Ferrante, EK 150 ZR, ha il clima che non va: ricarica climatizzatore "
         "lunedì 7 dicembre alle 2 e mezza.",
         {"plate": "EK150ZR", "service": "aircon", "date": "2026-12-07", "time": "14:30"}),
        # the service first, "per" the vehicle, the symptom said last
        ("Senti, diagnosi elettronica per la Stonic rossa, FR 3 3 1 BN, domani alle 10: ha la spia del motore accesa.",
         {"plate": "FR331BN", "service": "diagnosis", "date": "2026-11-26", "time": "10:00"}),
        # a noise said "in accelerazione"
        ("Dunque, la Citigo grigia della Rossetti, EZ 4 1 2 PK, fa un rumore strano in accelerazione: diagnosi "
         "venerdì 4 dicembre alle 3.",
         {"plate": "EZ412PK", "service": "diagnosis", "date": "2026-12-04", "time": "15:00"}),
    ],
)  # fmt: skip
def test_a_dictated_booking_is_said_back_whole(text: str, want: dict[str, object]) -> None:
    p = _parse(text)
    assert_parsed(p, "book", want)
    assert p.careful == "verbless", (p.careful, p.reason)


def test_a_dictated_booking_with_no_time_offers_its_first_free_time() -> None:
    p = _parse("La Rexton verde della Ronchi, FB 612 KR: cambio olio giovedì 3 dicembre in mattinata.")
    assert_parsed(p, "book", {"plate": "FB612KR", "service": "oil_change", "date": "2026-12-03"})
    assert "time" not in p.slots  # the handler offers that morning's first free time for a yes ("no_time")


@pytest.mark.parametrize(
    "text",
    [
        "La Rexton verde, FB 612 KR, dopo il tagliando giovedì alle 10.",  # a word of something else
        "La Rexton verde, FB 612 KR, tagliando di giovedì alle 10.",  # "di": the day of one booked
        "La Rexton verde, FB 612 KR, tagliando giovedì alle 10?",  # asked
        "La Rexton verde, FB 612 KR, ha fatto il tagliando giovedì alle 10.",  # told of one done
        "La Rexton verde della Ronchi e poi la Musa grigia, FB 612 KR: tagliando giovedì alle 10.",  # a story
    ],
)
def test_what_is_no_dictated_booking_is_not_booked(text: str) -> None:
    p = _parse(text)
    assert p.intent != "book" or not p.handled, (p.intent, p.slots)


@pytest.mark.parametrize(
    "text",
    [
        "La Rexton verde, FB 612 KR: non prenotare il tagliando giovedì alle 10.",
        "Martedì non va, la Stelvia verde, FB 612 KR: tagliando mercoledì alle 9.",  # no part that does not go
    ],
)
def test_a_real_negation_still_refuses(text: str) -> None:
    p = _parse(text)
    assert p.intent is None and p.reason == "out_of_scope:negation", (p.intent, p.reason)


async def test_the_job_booked_that_day_is_read_not_booked_twice(fast: FastPath, context: CallContext) -> None:
    done = await fast.handle(
        "prenota un tagliando per la Panda AB123CD martedì 3 marzo alle 10", context, alone=True
    )
    assert done is not None and not wrote_nothing(done), done.reply_text
    read = await fast.handle(
        "La Panda grigia, AB 123 CD: tagliando martedì 3 marzo alle 10.", context, alone=True
    )
    assert read is not None and wrote_nothing(read), read.reply_text
    assert read.reply_text.startswith("È già prenotato: tagliando"), read.reply_text
    assert read.clarification is None


async def test_another_day_is_said_back_for_a_yes(fast: FastPath, context: CallContext) -> None:
    back = await fast.handle(
        "Targa AB 123 CD, la Pandina grigia: tagliando mercoledì 4 marzo alle 10.", context, alone=True
    )
    assert back is not None and wrote_nothing(back), back.reply_text
    assert "Prenoto: tagliando" in back.reply_text and back.reply_text.endswith("Confermi?"), back.reply_text


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a weak verb right after the plate, the caller named first
        ("Mi ha chiamato Bortolin: la Rexton grigia, DF 5 2 7 LM, va in revisione lunedì 30 alle 3.",
         {"plate": "DF527LM", "service": "inspection", "date": "2026-11-30", "time": "15:00"}),
        # "lo porta", the day, then "per" the job
        ("Ecco, il Kyron bianco di Bortolin, DF 527 LM, lo porta venerdì 4 dicembre alle 9 per un tagliando.",
         {"plate": "DF527LM", "service": "service", "date": "2026-12-04", "time": "09:00"}),
    ],
)  # fmt: skip
def test_a_weak_verb_after_the_plate_is_still_said_back(text: str, want: dict[str, object]) -> None:
    p = _parse(text)
    assert_parsed(p, "book", want)
    assert p.careful == "verbless", (p.careful, p.reason)


@pytest.mark.parametrize(
    "text",
    [
        "La Rexton grigia, DF 527 LM, va in revisione di lunedì alle 3.",  # the day of one booked
        "Il Kyron bianco, DF 527 LM, lo porta giovedì alle 9 per il tagliando?",  # asked
    ],
)
def test_a_weak_verb_with_the_booked_day_or_a_question_is_not_booked(text: str) -> None:
    p = _parse(text)
    assert p.intent != "book" or not p.handled, (p.intent, p.slots)
