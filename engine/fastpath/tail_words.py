"""The words a follow-up clause is made of ("… e manda una conferma WhatsApp con promemoria il giorno prima"): its
connectors, the confirmation's and the reminder's words, and every word such a tail may hold (`TAIL_VOCAB`). Apart from
engine.fastpath.composite, which reads tails with them, so that the tables' vocabulary (engine.fastpath.vocabulary)
counts them while composite itself may ask that vocabulary whether a word is known."""

from __future__ import annotations

from engine.fastpath import intents as cues

CONNECTORS = {"e", "and", "poi", "then", "plus", "piu", "anche", "also", "ed", "con", "with"}
CONF_WORDS = {"conferma", "confirmation", "confermagli", "confirm", "conferme"}
REM_WORDS = {
    "promemoria",
    "reminder",
    "remind",
    "ricordagli",
    "ricordale",
    "ricorda",
    "ricordo",
    "reminders",
    # "mettimi un avviso via mail il giorno prima" (`intents._NOTICE_SET`)
    "avviso",
}
TAIL_VOCAB = (
    CONNECTORS
    | CONF_WORDS
    | REM_WORDS
    | {p[0] for p in cues.SEND_VERBS}
    | {p[0] for p in cues.REMINDER_VERBS}
    | {w for p in cues.CHANNELS for w in p}
    | cues.NOTICE_VERBS  # "e avvisalo con un SMS di conferma" (`intents.notice_confirmed`)
    | {
        "un", "una", "uno", "il", "i", "la", "lo", "le", "gli", "l", "a", "al", "alla", "ai", "per", "di", "del",
        "della", "an", "the", "to", "them", "him", "her", "it", "cliente", "customer", "client", "owner",
        "proprietario", "messaggio", "message", "via", "su", "by", "on", "giorno", "day", "prima", "before",
        "sera", "evening", "night", "mattina", "morning", "stessa", "stesso", "same", "alle", "at", "ore",
        "appuntamento", "appointment", "booking", "prenotazione", "pure", "anche", "also", "of", "their",
        "his", "its", "too", "as", "well", "please", "grazie", "favore", "subito", "ora", "now",
        "days", "giorni", "vigilia", "just", "one", "that", "gliela", "glielo", "mandagliela", "pm", "am",
        "ahead", "beforehand", "prior", "advance", "anticipo",
        # its hour said roughly: "un promemoria per SMS la sera prima verso le 7" (set 30)
        "verso", "around", "circa", "about",
        # the message said as a short note: "poi gli mandi due righe di conferma" (set 33)
        "due", "righe", "riga",
        # the message made to reach them: "e falle arrivare un SMS il giorno prima" (set 37, `MADE_TO_REACH`)
        "falle", "fagli", "fategli", "fatele", "arrivare", "avere",
        # and with its pronoun apart: "e la vigilia le fai arrivare un SMS di promemoria" (set 45)
        "fai", "fate", "facciamo",
        # how early said before its verb, the message made to reach them ("e il giorno avanti gli arriva un promemoria
        # su WhatsApp", set 48)
        "avanti", "arriva", "arrivi", "arrivera",
        # when it goes, after the connector: "e dopo le spedisci la conferma" (set 52, `composite.THEN_WORDS`)
        "dopo", "dopodiche", "infine",
    }
)  # fmt: skip
