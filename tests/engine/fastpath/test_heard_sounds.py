"""Classes of whisper's mishearing put back by how the words sound (engine.fastpath.sounds_like and
misheard): one word spelt as it sounds, a word heard in two pieces, a preposition or "alle" run into a
day, the pronouns Italian glues to a command, "e mezza" misspelt after an hour, the plate's owner asked
with the plate lost. The sentences are new (none is a bench row); what is not clearly one thing is
still asked or refused."""

from __future__ import annotations

import pytest

from engine.fastpath.misheard import put_back
from engine.fastpath.normalize import tokenize
from engine.fastpath.sounds_like import SoundIndex, sound_key
from tests.engine.fastpath.italian import parse_it as _parse


@pytest.mark.parametrize(
    ("heard", "meant"),
    [
        ("prenotazzione", "prenotazione"),  # a consonant doubled
        ("anullala", "annullala"),  # a consonant single
        ("senalo", "segnalo"),  # gn as n
        ("taiando", "tagliando"),  # gli as i
        ("levisione", "revisione"),  # r as l
        ("ottel", "hotel"),  # no h, the t doubled
        ("diagnozi", "diagnosi"),  # z as s
    ],
)
def test_two_spellings_of_one_spoken_word_share_a_key(heard: str, meant: str) -> None:
    assert sound_key(heard) == sound_key(meant)


def test_the_vowels_keep_a_gate_from_a_cancellation() -> None:
    assert sound_key("cancello") != sound_key("cancella")
    assert SoundIndex({"cancella", "annulla"}).near("cancello") == {"cancella"}  # near, so never put back


@pytest.mark.parametrize(
    ("heard", "meant"),
    [
        ("anullala la revizione", "annullala la revisione"),
        ("un taviando", "un tagliando"),  # one sound from "tagliando"
        ("pre nota", "prenota"),  # one word in two pieces
        ("can cella", "cancella"),
        ("mar tedi", "martedi"),
        ("firenze imolla", "firenze imola"),  # the city alphabet spelt as heard
        ("allunedi", "a lunedi"),  # preposition and day as one word, the consonant doubled
        ("addopodomani", "a dopodomani"),
        ("mercoledia le 10", "mercoledi alle 10"),  # the "a" of "alle" stuck to the day
        ("alle 4 e mesa", "alle 4 e mezza"),
        ("alle dieci e messa", "alle dieci e mezza"),
        ("noscusa", "no scusa"),
    ],
)
def test_the_meant_words_are_put_back(heard: str, meant: str) -> None:
    assert put_back(tokenize(heard)) == meant.split()


@pytest.mark.parametrize(
    "heard",
    [
        "il cancello",  # a gate: only one sound from "cancella", never made a cancellation
        "nulla da fare",
        "com e messa l agenda",  # "messa" is half an hour only after "alle 4 e"
        "tra due mesi",
        "alle 4 e me",  # cut off: asked, not completed
    ],
)
def test_what_is_not_clearly_a_mishearing_stays_as_heard(heard: str) -> None:
    assert put_back(tokenize(heard)) == heard.split()


def test_a_cancellation_misspelt_as_it_sounds_is_carried_out() -> None:
    p = _parse("Anullala, la revizione della FG456HK di venerdì.")
    assert p.handled and p.intent == "cancel"
    assert (p.slots["plate"], p.slots["old_date"]) == ("FG456HK", "2026-11-27")


def test_a_booking_in_pieces_with_the_half_hour_misspelt_is_read_whole() -> None:
    p = _parse("Pre nota un taiando per la GH907MN mar tedì alle 4 e mesa.")
    assert p.handled and p.intent == "book"
    assert (p.slots["plate"], p.slots["service"]["key"]) == ("GH907MN", "service")
    assert (p.slots["date"], p.slots["time"]) == ("2026-12-01", "16:30")


def test_a_correction_run_together_is_resolved_to_the_second_hour() -> None:
    p = _parse("Fissa un cambio olio per la FG456HK allunedì alle 3, noscusa, alle 4.")
    assert p.handled and p.intent == "book"
    assert (p.slots["date"], p.slots["time"]) == ("2026-11-30", "16:00")


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("Rimandamela a giovedì alle 9, la GH907MN.", "move"),
        ("Anticipamelo addomani alle 10, il tagliando della AB123CD.", "move"),
        ("Eliminala, la revisione della AB123CD di venerdì.", "cancel"),
        ("Spediscigli la conferma della AB123CD.", "send_confirmation"),
    ],
)
def test_a_command_with_its_pronouns_glued_on_is_that_command(text: str, intent: str) -> None:
    p = _parse(text)
    assert p.handled and p.intent == intent


def test_put_it_in_is_a_booking_only_beside_a_service() -> None:
    p = _parse("La revisione della AB123CD: mettimela giovedì alle 11.")
    assert p.handled and p.intent == "book" and p.slots["time"] == "11:00"
    assert _parse("Segnala il rumore della AB123CD giovedì.").intent != "book"
    assert _parse("Mettila giovedì alle 11.").intent is None  # what to put in was not said


def test_whose_with_the_plate_lost_asks_for_the_plate() -> None:
    p = _parse("Di chi è quel furgone bianco?")
    assert not p.handled and p.intent == "lookup_plate" and p.reason == "missing:plate"


def test_whose_heard_as_from_here_is_still_the_owner() -> None:
    p = _parse("Di qui è la BN234KL?")
    assert p.handled and p.intent == "lookup_plate" and p.slots["plate"] == "BN234KL"


def test_a_plate_one_letter_short_takes_the_d_heard_as_di() -> None:
    p = _parse("Prenota una revisione per la targa GH907M di giovedì alle 10.")
    assert p.handled and p.slots["plate"] == "GH907MD" and p.slots["date"] == "2026-11-26"


def test_whats_on_said_as_one_word_is_the_agenda() -> None:
    p = _parse("Cosace domani in agenda?")
    assert p.handled and p.intent == "day_appointments" and p.slots["date"] == "2026-11-26"


def test_minutes_heard_mesi_are_half_past_said_back() -> None:
    p = _parse("Fissa un cambio olio per la FG456HK venerdì alle 5 e mesi, grazie.")
    assert p.slots.get("time") == "17:30" and p.careful is not None  # half past said back, never 5 o'clock


def test_a_weekday_followed_by_a_word_not_heard_asks_which_day() -> None:
    p = _parse("Cosa c'è in agenda sabato trenove?")  # its date said, not heard: never the coming Saturday
    assert not p.handled and p.reason == "ambiguous:which_day"
    assert _parse("Cosa c'è in agenda sabato?").handled


def test_sms_as_whisper_writes_it_is_the_channel() -> None:
    p = _parse("Manda il promemoria per SNS alla AB123CD.")
    assert p.handled and p.intent == "send_reminder" and p.slots["channel"] == "sms"


def test_a_plates_last_letter_is_never_glued_to_the_next_word() -> None:
    heard = "a b 1 2 3 c s posta"
    assert put_back(tokenize(heard)) == heard.split()
