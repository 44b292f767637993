"""Words whisper base wrote wrong speaking to the app (Kokoro's voice, session 37), put back only where the heard
word is no real word in that place; the sentences beside each are new:

- "Viglia le pastiglie di venerdì": "via" opening a cancellation, put back only before a job with its own day
  (`intents.job_sent_away`); before a message it stays "invia", before a job with no day nothing;
- "Giù vedì": "giovedì" in two words (or "gio vedì", "giuvedì"); "giù" and "vedi" apart are left alone;
- "a chi l'arriconsegno?": "la riconsegno", the article's "a" run onto the verb; "l'arrivo" stays;
- "No la sastare": "no, lascia stare", a request dropped, and a no to a question of ours."""

from __future__ import annotations

import pytest

from engine.fastpath import FastPath
from engine.fastpath.choices import dismisses
from engine.fastpath.parser import heard_tokens
from tests.engine.fastpath.italian import booked, parse_it
from wp_api.contract import CallContext


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Viglia le pastiglie di venerdì della AB 123 CD.", "2026-11-27"),
        ("Viglia il tagliando di domani della Panda, AB 123 CD.", "2026-11-26"),
        ("Allora, vilia la revisione del 3 dicembre per la Clio, CX 808 BZ.", "2026-12-03"),
        ("Vija le gomme di lunedì 30 della AB 123 CD, il cliente non viene più.", "2026-11-30"),
    ],
)
def test_via_heard_viglia_opening_a_days_job_is_a_cancel(text: str, day: str) -> None:
    p = parse_it(text)
    assert p.intent == "cancel" and p.slots.get("old_date") == day, (p.reason, p.slots)


@pytest.mark.parametrize(
    "text",
    [
        "Viglia le pastiglie della AB 123 CD.",  # no day of the job's own: nothing to call off
        "Viglia una mail alla signora Rossi per il tagliando di domani.",  # a message: "invia"
        "Manda il cliente in via Viglia per il tagliando di venerdì.",  # a street, not opening the request
    ],
)
def test_viglia_elsewhere_is_no_cancel(text: str) -> None:
    assert parse_it(text).intent != "cancel"


def test_viglia_before_a_message_is_still_invia() -> None:
    assert heard_tokens("Viglia una mail alla signora Rossi")[0] == "invia"


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Giù vedì alle 10 un tagliando per la AB 123 CD.", "2026-11-26"),
        ("Gio vedì 3 dicembre alle 11 la revisione della Panda, AB 123 CD.", "2026-12-03"),
        ("Prenotami il cambio gomme per la AB 123 CD giuvedì alle 9.", "2026-11-26"),
        ("Metti un tagliando alla AB 123 CD per giù vedì.", "2026-11-26"),
    ],
)
def test_thursday_heard_in_two_words(text: str, day: str) -> None:
    p = parse_it(text)
    assert p.intent == "book" and p.slots.get("date") == day, (p.reason, p.slots)


async def test_thursday_heard_in_two_answers_which_day(fast: FastPath, context: CallContext) -> None:
    asked = await fast.handle("prenota un cambio gomme per la Panda AB123CD", context)
    assert asked.clarification and "giorno" in asked.clarification, asked
    out = await fast.resume("Giù vedì alle 10", context, alone=True)
    assert out is not None and not booked(out), out
    assert "Giovedì 5 marzo alle 10:00" in (out.reply_text or ""), out  # the day read (the workshop is closed then)


def test_giu_and_vedi_apart_stay() -> None:
    assert "giovedi" not in heard_tokens("Mettila giù, vedi tu quando.")
    assert "giovedi" not in heard_tokens("Vedi giù in fondo alla lista.")


@pytest.mark.parametrize(
    ("text", "verb"),
    [("a chi l'arriconsegno?", "riconsegno"), ("A chi l'ariconsegno la AB 123 CD?", "riconsegno"),
     ("e a chi l'arriconsegniamo?", "riconsegniamo")],
)  # fmt: skip
def test_the_article_run_onto_ri_is_put_apart(text: str, verb: str) -> None:
    tokens = heard_tokens(text)
    at = tokens.index(verb)
    assert tokens[at - 1] == "la" and not any(t.startswith("ar") for t in tokens), tokens


def test_whose_said_with_riconsegno_reads_the_owner() -> None:
    p = parse_it("A chi l'arriconsegno la AB 123 CD?")
    assert p.intent == parse_it("A chi la riconsegno la AB 123 CD?").intent == "lookup_plate", p.reason


def test_a_real_word_after_the_article_stays() -> None:
    tokens = heard_tokens("l'arrivo della Panda è domani")
    assert tokens[0] == "l" and tokens[1].startswith("arriv"), tokens


@pytest.mark.parametrize("said", ["No la sastare.", "No, lasastare.", "No, la sciastare", "lasciastare"])
async def test_leave_it_heard_drops_the_request(fast: FastPath, context: CallContext, said: str) -> None:
    out = await fast.handle(said, context, alone=True)
    assert out.handled and not out.tool_calls and out.reason == "declined", out


async def test_leave_it_heard_answers_our_question_no(fast: FastPath, context: CallContext) -> None:
    asked = await fast.handle("prenota un cambio gomme per la Panda AB123CD", context)
    assert asked.clarification
    out = await fast.resume("No la sastare", context, alone=True)
    assert out is not None and out.reason == "declined" and not out.tool_calls, out


@pytest.mark.parametrize("said", ["No, la sposti a domani.", "la sastra della Panda"])
def test_other_words_after_la_are_no_dismissal(said: str) -> None:
    assert not dismisses(said)
