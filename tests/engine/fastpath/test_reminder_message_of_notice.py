"""The reminder asked as "una mail di avviso" the evening before ("Mandale una mail di avviso la sera prima alle 7,
alla Bestetti, per la revisione della Bukhanka, …", set 44; the sentences below are new): what the message is
("di avviso", "di promemoria") said between the message and when it goes, a reminder at the hour said. "Di" before
a name (whose message) reads none."""

from __future__ import annotations

from engine.fastpath.parser import heard_tokens
from tests.engine.fastpath.italian import parse_it


def test_message_of_notice_the_day_before() -> None:
    for text, hour in (
        ("Mandale una mail di avviso la sera prima alle 7, alla signora Rossi, per il tagliando della Panda, "
         "AB 123 CD.", "19:00"),
        ("Mandagli un SMS di avviso la sera prima alle 8 per il tagliando della Panda, AB 123 CD.", "20:00"),
        ("Manda un messaggio di promemoria alla signora Rossi il giorno prima, per il tagliando della Panda, "
         "AB 123 CD.", None),
    ):
        p = parse_it(text)
        assert p.intent == "send_reminder" and p.handled, (text, p.reason)
        if hour:
            assert p.slots["reminder"]["time"] == hour, (text, p.slots)


def test_whose_message_reads_none() -> None:
    assert parse_it("Manda un messaggio di Rossi il giorno prima per il tagliando della Panda, AB 123 CD."
                    ).intent != "send_reminder"


def test_article_run_onto_the_notice_put_apart() -> None:
    # whisper's "avvisola sera prima" (set 44): "avviso la sera", no Italian word as heard
    assert heard_tokens("una mail di avvisola sera prima alle 7") == ["una", "mail", "di", "avviso", "la", "sera", "prima", "alle", "7"]
    assert heard_tokens("un messaggiola mattina prima") == ["un", "messaggio", "la", "mattina", "prima"]
    p = parse_it("Mandale una mail di avvisola sera prima alle 7, alla signora Rossi, per il tagliando della Panda, "
                 "AB 123 CD.")
    assert p.intent == "send_reminder" and p.handled, p.reason
    assert heard_tokens("la Viola sera") == ["la", "viola", "sera"]  # a word of its own stays
