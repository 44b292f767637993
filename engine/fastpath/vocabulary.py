"""Every word the fast path knows: a request with words it does not know is left to the model."""

from __future__ import annotations

import logging
from functools import cache

_LOGGER = logging.getLogger(__name__)

# Function words, fillers and politeness that carry no action (Italian, English).
FUNCTION_WORDS = frozenset(
    [
        "a",
        "ad",
        "altro",  # "a un altro giorno": the day not said yet, asked
        "altra",
        "al",
        "alla",
        "alle",
        "allo",
        "ai",
        "agli",
        "all",
        "anche",
        "che",
        "chi",
        "ci",
        "col",
        "con",
        "da",
        "dal",
        "dalla",
        "dalle",
        "dai",
        "de",
        "dei",
        "del",
        "della",
        "delle",
        "dello",
        "di",
        "e",
        "ed",
        "gli",
        "i",
        "il",
        "in",
        "l",
        "la",
        "le",
        "lo",
        "mi",
        "ne",
        "nel",
        "nella",
        "nelle",
        "per",
        "su",
        "sul",
        "sulla",
        "sulle",
        "sull",  # elided before a vowel: "venerdì sull'Espace" (a weekday's unheard date is never this)
        "nell",
        "ti",
        "tu",
        "un",
        "una",
        "uno",
        "questa",
        "questo",
        "quella",
        "quello",
        "quel",
        "sua",
        "suo",
        "suoi",
        "sue",
        "loro",
        "mio",
        "mia",
        "me",
        "te",
        "se",
        "si",
        "lui",
        "lei",
        "gli",
        "li",
        "lo",
        "e",
        "c",
        "e",
        "ce",
        "c",
        "sono",
        "sei",
        "siamo",
        "e",
        "stato",
        "stata",
        "stati",
        "ha",
        "hanno",
        "ho",
        "abbiamo",
        "fa",
        "fare",
        "fai",
        "fate",
        "faccia",
        "per",
        "favore",
        "grazie",
        "prego",
        "buongiorno",
        "buonasera",
        "salve",
        "ciao",
        "senti",
        "allora",
        "dunque",
        "ascolta",  # "Ascolta, ha chiamato la Ferraguti: …"
        "senta",
        "cio",  # Venetian "ciò", opening the request
        "ecco",
        "ok",
        "okay",
        "bene",
        "va",
        "vorrei",
        "volevo",
        "puoi",
        "potresti",
        "potete",
        "riesci",
        "dimmi",
        "dammi",
        "dagli",  # "…: dagli la prima data utile per le pastiglie" (set 41), the slot given the customer
        "dategli",
        "datele",
        "fammi",
        "mi",
        "dici",
        "sapere",
        "vedere",
        "sentire",
        "leggi",
        "leggimi",
        "qual",
        "quale",
        "quali",
        "quanti",
        "quante",
        "quando",
        "quanto",
        "cosa",
        "come",
        "dove",
        "com",
        "macchina",
        "auto",
        "auto",
        "vettura",
        "veicolo",
        "targa",
        "targata",
        "targato",
        "cliente",
        "signor",
        "signora",
        "signorina",
        "sig",
        "dottor",
        "dott",
        "officina",
        "appuntamento",
        "appuntamento",
        "turno",
        "ora",
        "ore",
        "volta",
        "giorno",
        "giorni",
        "settimana",
        "settimane",
        "mese",
        "mesi",
        "mattina",
        "mattinata",
        "pomeriggio",
        "sera",
        "stasera",
        "prossimo",
        "prossima",
        "scorso",
        "scorsa",
        "stesso",
        "stessa",
        "subito",
        "finora",  # "cosa le abbiamo fatto finora?": so far, never put back as "signora"
        "sempre",
        "pure",
        "solo",
        "anche",
        "tutto",
        "the",
        "a",
        "an",
        "to",
        "for",
        "of",
        "on",
        "at",
        "in",
        "by",
        "with",
        "and",
        "or",
        "my",
        "our",
        "your",
        "their",
        "his",
        "her",
        "its",
        "it",
        "this",
        "that",
        "these",
        "those",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "do",
        "does",
        "did",
        "can",
        "could",
        "would",
        "will",
        "please",
        "thanks",
        "cheers",  # British thanks: "…, at the first free slot, cheers"
        "thank",
        "hi",
        "hello",
        "ok",
        "okay",
        "me",
        "us",
        "we",
        "you",
        "he",
        "she",
        "they",
        "them",
        "him",
        "what",
        "when",
        "which",
        "who",
        "whose",
        "how",
        "there",
        "here",
        "some",
        "any",
        "anymore",  # "she can't do the 9th anymore": whisper writes "any more" as one word
        "more",
        "so",  # "…, so cancel it", "so we'll move the Vito": what follows is the request
        "new",
        "next",
        "last",
        "first",
        "time",
        "times",
        "day",
        "days",
        "week",
        "weeks",
        "month",
        "morning",
        "afternoon",
        "evening",
        "noon",
        "midday",
        "tonight",
        "today",
        "tomorrow",
        "plate",
        "car",
        "vehicle",
        "customer",
        "client",
        "owner",
        "appointment",
        "booking",
        "in",
        "out",
        "up",
        "s",
        "t",
        "d",
        "ll",
        "re",
        "ve",
        "m",
        "after",
        "from",
        "show",
        "read",
        "tell",
        "mr",
        "mrs",
        "ms",
        "miss",
        "cambiato",
        "cambiata",
        "fatto",
        "fatta",
        "fatti",
        "disdetto",
        "messa",
        "messo",
        "dobbiamo",
        "deve",
        "devo",
        "devono",
        "vuole",
        "voglio",
        "serve",
        "servirebbe",
        "bisogna",
        "need",
        "needs",
        "want",
        "wants",
        "get",
        "let",
        "lets",
        "make",
        "lately",
        "recently",
        "ever",
        "later",  # "I'll let you know the day later": no word to put back ("rather")
        "job",  # "the Zafira's battery job": the appointment, named by its service
        "look",  # a day asked by its look: "how's Friday looking?" (never put back to "booking")
        "looking",
        "like",
    ]
)


FITTING_WORDS = frozenset(
    ["montare", "smontare", "montaggio", "invernali", "estive", "fit", "fitted", "montate", "montati", "montata",
     "nuova", "nuovo", "nuove", "nuovi",  # "batteria nuova", "gomme nuove": the part replaced
     "montato", "smontate", "smontati"]
)  # fmt: skip
"""What is done to the part the service is about ("vuole montare le gomme invernali", "new pads fitted"): words
that change no slot of the request. What the car has and where is engine.fastpath.symptoms.WORDS."""
MODEL_WORDS = frozenset(
    [
        "cross",
        "aircross",
        "sportback",
        "station",
        "wagon",
        "sw",
        "allroad",
        "hybrid",
        "ibrida",
        "elettrica",
        "plus",
        "sport",
        "gt",
        "coupe",
        "picasso",  # "la Grand C4 Picasso"
    ]
)
"""The second words of longer model names ("Yaris Cross", "C3 Aircross", "A3 Sportback"): the first word picks
the model (engine.fastpath.vehicles), the rest is no unknown word."""


CAR_SIZE_WORDS = frozenset({"little", "electric", "elettrico", "wheeler", "wheelers"})
"""How a car is told apart in English before its name ("the little electric Dacia"), or by its wheels ("the little
three-wheeler", set 49): no slot, no unknown word (its colour, make and model are what the vehicle is matched on)."""
WHEELS = frozenset({"wheeler", "wheelers"})
"""Said after a number, how many wheels the vehicle has ("the little three-wheeler"): no number of the request."""


COUNTING = frozenset({"righe", "riga", "parole", "lines", "words"})
"""Said after a number that is no day or time: "mandale due righe", "two lines to remind her"."""


RELATIVES = frozenset({"marito", "moglie", "figlio", "figlia", "padre", "madre", "fratello", "sorella", "compagno",
                       "compagna",
                       # "ha chiamato la nipote di Raimondeschi: …" (set 36), and the in-laws
                       "nipote", "nuora", "genero", "cognato", "cognata", "suocero", "suocera"})  # fmt: skip
"""Whose relative called ("ha chiamato il marito della Mereu"): words of their own, never put back as a near word
("marito" is no "malato")."""


BY_TRADE = frozenset({"fornaio", "fornaia", "panettiere", "panettiera", "macellaio", "macellaia", "tabaccaio",
                      "tabaccaia", "giornalaio", "edicolante", "fioraio", "fioraia", "fruttivendolo", "salumiere",
                      "pasticcere", "barista", "parrucchiere", "parrucchiera", "barbiere", "idraulico", "elettricista",
                      "farmacista", "benzinaio", "muratore", "imbianchino", "postino", "portinaio", "portiere",
                      "vicino", "vicina", "vicini", "dirimpettaio", "fianco", "accanto"})  # fmt: skip
"""Whose vehicle, told by the owner's trade or as the one next door ("il furgone del fornaio qui di fianco"): no
surname to look the vehicle up by, no word whisper misheard either; the vehicle's plate is asked."""


PUT_AGAIN_NEAR = frozenset({"ripeti", "rimedi", "rimessi", "ripetti", "rimette", "rimetto", "rimettere", "ripetere"})
"""Ordinary words a sound from "rimetti" (`intents.PUT_AGAIN`): known as heard, never put back as the move's verb
("me lo ripeti?" asks it said again)."""
WISH_TOLD = frozenset({"essere", "avvisata", "avvisato", "avvisati", "avvisate"})
""""la Trevisiol vuole essere avvisata: un SMS il giorno prima …": the customer's wish told before the message asked
(known, so never put back to "avvisala", a call the fast path has no tool for)."""
_CAME_BY_UNKNOWN = frozenset({"chiamato", "telefonato", "entrato", "entrata"})
"""Words of a visit told in passing left unknown (see `known_words`)."""


@cache
def known_words() -> frozenset[str]:
    """The union of every table the parser reads (built once)."""
    from engine.fastpath import corrections, dates, intents, mileage, services, symptoms, tail_words, vehicles
    from engine.fastpath.plate_symbols import LETTER_WORDS

    words: set[str] = set(FUNCTION_WORDS)
    for table in [*intents.CUES.values(), intents.SEND_VERBS, intents.REMINDER_VERBS, intents.FIRST_FREE]:
        for phrase in table:
            words.update(phrase)
    for kind in services.SERVICE_KINDS:
        for phrase in kind.synonyms:
            words.update(phrase)
    words.update(
        vehicles.COLOURS, vehicles.COLOUR_WORDS, vehicles.MAKES, vehicles.BODIES, dates.WEEKDAYS, dates.MONTHS,
        LETTER_WORDS,
    )
    for model in vehicles.MODELS:
        words.update(model)
    for phrase in [*intents.CHANNELS, *intents.REASONS, *intents.SHORT_REASONS, *intents.DAY_REASONS, *intents.CAR_USE,
                   *dates.INSTEAD, *intents.NO_GOOD, *intents.NOT_NEEDED_EN]:
        words.update(phrase)
    words.update(tail_words.TAIL_VOCAB, FITTING_WORDS, MODEL_WORDS, CAR_SIZE_WORDS, COUNTING)
    words.update(intents.BRING_IN_VERBS, intents.OFF_VERBS, intents.TAKE_OFF_VERBS, intents.LIST_WORDS)
    words.update(intents.PUSH_VERBS, intents.FUSED_PUSH)  # "push the Zafira back to Friday", "Bumped Logan …"
    words.update(intents.ON_THE_HEAD)  # "knock the tyre change on the head"
    words.update(intents.CALLED)  # "Mrs Borrelli rang, …"
    for phrase in intents.SUITS_HER:
        words.update(phrase)  # "…: le andrebbe bene la revisione mercoledì alle 15"
    # "se c'è, tienigliela": the slot held, read whole (never split to "tieni gliela" now "mi tieni libero" is known)
    words.update(w for phrase in intents.HELD for w in phrase)
    for phrase in intents.ON_THE_LINE:  # "Mrs Bellucci's on the phone, …"
        words.update(phrase)
    for phrase in intents.CALLED_IRISH:  # "Mrs Borrelli's after ringing, …"
        words.update(phrase)
    for phrase in intents.MESSAGE_TOLD:  # "ha già mandato la conferma": told of, never put back as "mandalo"
        words.update(phrase)
    # "ha la spia dell'airbag accesa", "la mattina non parte": why, said before what is asked
    words.update(symptoms.WORDS, symptoms.NOT_WORKING_WORDS)
    for phrase in intents.TOLD_BY:  # "Pagnotta mi ha detto che …": what the customer said, told
        words.update(phrase)
    # the speaker's own asking ("l'ora la chiedo dopo"): known too, never put back to the customer's "chiede"
    words.update(("chiedo", "chiediamo", "chiedere"))
    # what the customer did not explain ("cosa deve fare non me l'ha spiegato", set 37): known, so whisper's "non me
    # la spiegato" is read as "me l'ha" too (`misheard._has_it_given`)
    words.update(("spiegato", "spiegata"))
    # the plate not read yet ("la targa non sono ancora riuscito a leggerla", set 48): never put back as "riuscite"
    # ("leggerla" stays unknown: known, it would take "non si legge la targa" as "leggerla targa")
    words.update(("riuscito", "riuscita"))
    # the day not chosen yet ("… but she hasn't picked a new day yet", set 45): never put back as "packed"
    words.update(("picked", "chosen", "settled"))
    # "chiede se possiamo vederle le pastiglie …": what we are asked to do to the car, read after the asking only
    words.update(w for phrase in intents.DONE_ASKED for w in phrase)
    # "un signore che è venuto stamattina": told in passing, never "venduto" ("chiamato", "telefonato" stay unknown:
    # known, they would take whisper's "chiamalo" from its refusal; "entrato" would take whisper's "entrano")
    words.update(w for phrase in intents.CAME_BY for w in phrase if w not in _CAME_BY_UNKNOWN)
    for phrase in intents.AGENDA_COUNT:  # "come siamo combinati": never put back as "cambiati"
        words.update(phrase)
    for phrase in [*intents.MADE_FORMS, *intents.DAY_KEPT]:  # "fallo diventare lunedì", "tienile pure": its day
        words.update(phrase)
    for phrase in intents.PUT_FORMS:  # "…, rimettilo a sabato 19" (set 37): a move's verb, never an unknown word
        words.update(phrase)
    for phrase in intents.PUT_AGAIN:  # "…: gliela rimetti a mercoledì 3" (set 44): a move's verb too
        words.update(phrase)
    words.update(PUT_AGAIN_NEAR)
    words.update(RELATIVES)  # "ha chiamato la moglie del Bertolini": who called for the customer
    # the paper the plate is fetched from ("aspetta che prendo il foglio dove ho scritto la targa", set 51): never
    # "figlio"; only its nouns (the words around them stay as they were)
    words.update(intents.PLATE_PAPERS)
    words.update(intents.TEXT_VERBS, *intents.TEXT_AHEAD)  # "ping him by text forty-eight hours before the MOT"
    words.update(intents.RESERVE_WORDS)  # "è in riserva": the fuel, never "riservala" (a booking)
    words.update(BY_TRADE)  # "il furgone del fornaio qui di fianco": whose, told by trade, no surname
    words.update(WISH_TOLD)  # "vuole essere avvisata: un SMS il giorno prima": the wish told, then the message
    for phrase in [*intents.LINE_DRAWN, *intents.PUT_OFF_BY]:  # "tira una riga sulla …", "ritarda di una settimana"
        words.update(phrase)
    # "fissalo pure senza chiedermi" (set 53): leave to go ahead, its verb never put back as a misheard word (only
    # these: every word of `intents.UNASKED` known would draw others to them, "richiamare" put back "richiamarmi")
    words.update(intents.UNASKED_VERBS)
    words.update(intents.NOTICE_VERBS)  # "avvisa Lunardon per mail il giorno prima": a reminder (`notice_by_message`)
    words.update(intents.NOTICE_TO_GIVE)  # "…? Dobbiamo avvisarlo": a call to make, never the notice verb "avvisalo"
    words.update(intents.DONE_AGAIN)  # "vediamo poi quando rifarlo": the job's day to come, never "rifatto"
    for phrase in intents.SHOW:  # "apri", "tirami fuori": never run into the next word ("apri il" is no "april")
        words.update(phrase)
    words.update(intents.CARD)  # "la scheda", "i dati": what of a vehicle is shown
    for phrase in intents.OFF_THE_LIST:  # "dal giro di giovedì": a day's list a car is taken off
        words.update(phrase)
    words.update(mileage.WORDS)  # "quanti chilometri segnava …": the mileage asked of a past service
    words.update(corrections.FILLERS)  # "ehm", "emm": said while thinking, no part of the request
    words.update(corrections.PEOPLE)  # "the Sbarbati lady": the customer, named by surname
    # what was booked, told: words of their own, never put back to a booking verb ("fissato" → "fissalo")
    words.update(["fissato", "fissata", "fissati", "prenotato", "prenotata", "prenotati"])
    words.update(
        [
            "oggi",
            "domani",
            "dopodomani",
            "domattina",
            "stamattina",
            "stamani",
            "tra",
            "fra",
            "entro",
            "dopo",
            "prima",
            "fino",
            "verso",
            "mezza",
            "mezzo",
            "quarto",
            "quarti",
            "meno",
            "mezzogiorno",
            "notte",
            "half",
            "quarter",
            "past",
            "noon",
            "am",
            "pm",
            "oclock",
            "clock",
            "tra",
            "da",
            "dal",
            "dalla",
            "romeo",
            "alfa",
        ]
    )
    return frozenset(words - intents.KEPT_UNKNOWN)


def unknown_words(tokens: list[str], skip: set[int]) -> list[str]:
    """Tokens (outside `skip`: a plate, a customer's name) that no table of the fast path knows."""
    from engine.fastpath.numbers import ordinal_to_number, word_to_number

    known = known_words()
    out = []
    for i, tok in enumerate(tokens):
        if i in skip or tok in known or tok[:1].isdigit() or len(tok) == 1:
            continue
        if word_to_number(tok) is not None or ordinal_to_number(tok) is not None:
            continue
        out.append(tok)
    return out
