"""The words that open or make a request, as whisper base runs them together or cuts them (sets 17 and 18's
Italian): "di chi è" as one word before the vehicle pointed at ("Dicchie quella …"); "ha la" said fast as "alla"
before what the car does ("…, alla spia accesa: diagnosi …"); "prima data buona" with "data" cut at its t
("la prima da tabuona?"); a cancel verb with the service's article run on ("levai tajandori …": leva il tagliando
di); "ricorda" opening the request with its r lost ("I cordi a Bonacina …"); "per le" heard "pelle" before a
plural service ("non può pelle gomme"). New sentences, each
with what must still be refused or asked."""

from __future__ import annotations

from engine.fastpath.parser import heard_tokens, parse
from tests.engine.fastpath.conftest import NOW


def _p(text: str):  # type: ignore[no-untyped-def]
    return parse(text, language="it", today=NOW.date())


def test_whose_run_into_one_word_before_the_vehicle_pointed_at() -> None:
    p = _p("Tichie quella Clio grigia ferma davanti al cancello? La targa non si legge.")
    assert p.intent == "lookup_plate" and p.reason == "missing:plate", p
    assert heard_tokens("Dikkie quel camion")[:4] == ["di", "chi", "e", "quel"]


def test_whose_run_on_needs_the_vehicle_pointed_at() -> None:
    assert heard_tokens("Tichie la Clio")[:1] == ["tichie"]  # no "quel"/"quella" after it: left as heard


def test_has_the_heard_alla_before_a_symptom_then_its_job() -> None:
    p = _p("La Corsa bianca di Fumagalli, GB 417 TR, alla batteria a terra, sostituzione batteria venerdì alle 9.")
    assert p.intent == "book" and p.slots["plate"] == "GB417TR", p
    assert p.slots["service"]["key"] == "battery" and p.slots["time"] == "09:00", p
    p = _p("La Corsa bianca di Fumagalli, GB 417 TR, alla spia dell'ABS accesa: diagnosi venerdì alle 9.")
    assert p.intent == "book" and p.slots["service"]["key"] == "diagnosis", p


def test_alla_before_no_trouble_is_no_symptom() -> None:
    # "alla revisione venerdì" says no trouble: no booking made of it
    p = _p("La Corsa bianca di Fumagalli, GB 417 TR, alla revisione venerdì alle 9.")
    assert p.intent != "book", p


def test_first_good_date_with_data_cut_at_its_t() -> None:
    p = _p("Ho una signora al telefono che vuole fare il tagliando: qual è la prima da tabuona?")
    assert p.intent == "first_free_slot" and p.slots["service"]["key"] == "service", p
    p = _p("Per un cambio gomme, qual è la prima data libero?")
    assert p.intent == "first_free_slot", p


def test_first_date_put_back_only_with_its_adjective() -> None:
    assert heard_tokens("la prima da tavola")[-3:] == ["prima", "da", "tavola"]


def test_cancel_verb_with_the_service_article_run_on() -> None:
    p = _p("Levai tajandori Bonacina, la Yaris grigia, FG 318 KT.")
    assert p.intent == "cancel" and p.slots["plate"] == "FG318KT", p
    assert p.slots["service"]["key"] == "service", p
    p = _p("Levala revisione della Yaris di Bonacina, FG 318 KT.")
    assert p.intent == "cancel" and p.slots["service"]["key"] == "inspection", p


def test_cancel_verb_run_on_only_before_a_bare_service() -> None:
    # the pronoun, then the service with its own article: left as heard
    assert heard_tokens("Levala, la revisione la facciamo dopo")[:1] == ["levala"]
    # a part taken off is no cancellation
    assert _p("Levala batteria della Punto").intent != "cancel"
    # a service's word run on only before a name
    assert heard_tokens("il tajandori")[-1:] != ["di"]


def test_remind_with_its_r_lost_opening_the_request() -> None:
    p = _p("I cordi a Bonacina per SMS la revisione della Yaris, FG 318 KT, il giorno prima.")
    assert p.intent == "send_reminder" and p.slots["channel"] == "sms" and p.slots["plate"] == "FG318KT", p
    p = _p("Allora, i corda al signor Bonacina su WhatsApp il tagliando della Yaris, FG 318 KT, due giorni prima.")
    assert p.intent == "send_reminder" and p.slots["channel"] == "whatsapp", p


def test_remind_put_back_only_first_and_before_whom() -> None:
    assert heard_tokens("I cordi della chitarra") == ["i", "cordi", "della", "chitarra"]
    assert "ricorda" not in heard_tokens("Le gomme i corda a Bonacina")


def test_for_the_heard_pelle_before_a_plural_service() -> None:
    p = _p("Bonacina giovedì non può pelle pastiglie della Yaris, FG 318 KT: spostiamola, il giorno me lo dice lui.")
    assert p.intent == "move" and p.reason == "missing:date", p
    assert p.slots["service"]["key"] == "brakes", p


def test_leather_stays_leather() -> None:
    assert heard_tokens("sedili in pelle, tagliando venerdì")[:3] == ["sedili", "in", "pelle"]
    assert heard_tokens("la pelle del volante")[:2] == ["la", "pelle"]


def test_service_with_del_cut_and_run_on() -> None:
    assert heard_tokens("la diagnozide Yaris")[:3] == ["la", "diagnosi", "del"]
    p = _p("Manda a Bonacina la conferma su WhatsApp per la diagnozide Yaris, FG 318 KT.")
    assert p.intent == "send_confirmation" and p.slots["service"]["key"] == "diagnosis", p
    assert not p.unknown, p


def test_a_word_ending_de_that_is_no_service_stays() -> None:
    assert heard_tokens("un grande")[-1:] == ["grande"]
    assert heard_tokens("la bicicletade Rossi")[1:2] == ["bicicletade"]
