"""Which command was said: cue phrases for each intent, and what keeps a request off the fast path."""

from __future__ import annotations

import functools
import logging
import re
from difflib import SequenceMatcher
from itertools import pairwise

from engine.fastpath.normalize import find_all, find_any, phrases
from engine.fastpath.services import find_services
from engine.fastpath.surnames import TITLES_EN
from engine.fastpath.symptoms import not_working_at
from engine.fastpath.vehicles import NAMES

_LOGGER = logging.getLogger(__name__)

INTENTS = (
    "book",
    "move",
    "cancel",
    "lookup_plate",
    "vehicle_history",
    "day_appointments",
    "first_free_slot",
    "send_confirmation",
    "send_reminder",
    "vehicle_appointments",
    "customer_vehicles",
)
WRITE_INTENTS = {"book", "move", "cancel", "send_confirmation", "send_reminder"}


_TO_SAY = ("to say", "saying", "to let him know", "to let her know", "to let them know", "to tell him",
           "to tell her", "to tell them")
_DAYS_ON = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "tomorrow", "today")


def _cues(text: str) -> list[tuple[str, ...]]:
    """Phrases separated by "|" (one string keeps the tables compact and stable under formatting)."""
    return phrases(*dict.fromkeys(part.strip() for part in text.split("|") if part.strip()))


_DUE_TOLD = "tocca fare | ci tocca fare | gli tocca fare | le tocca fare | c e da fare | ha da fare | hanno da fare"
"""The job said due at the counter ("Per la Ginetta …, FP 876 NA, tocca fare la revisione: sabato 5 alle 9", set 40;
"il Qisheng della Vagnozzi, FS 566 MK, ha da fare la diagnosi: martedì 15 dicembre alle 4", set 47)."""
_PART_DUE = " | ".join(
    f"{must} {done}" for must, ends in (("va", ("o", "a")), ("vanno", ("i", "e")))
    for verb in ("montat", "cambiat", "sostituit")
    for done in (f"{verb}{end}" for end in ends)
)  # fmt: skip
"""The job said due in the passive, its service right after ("Vanno montate le gomme nuove: lunedì 14 dicembre
alle 2 del pomeriggio", set 53; "va sostituita la batteria domani alle 11"): a booking word only so, with a day said after
it, not asked (`parser._loose_book_word`); "le gomme vanno cambiate" (its service before) is the car's state told."""
_ENCLITICS = ("mi", "ci", "gli", "le", "lo", "la", "li", "ne", "melo", "mela", "meli", "mele", "celo", "cela",
              "glielo", "gliela", "glieli", "gliele")  # fmt: skip
_NOT_COMMANDS = {"segnala", "segnale", "segnali", "mettici", "piazzale"}
"""Imperative + pronoun forms that are ordinary words of their own ("segnala il guasto")."""


def with_pronouns(*verbs: str) -> str:
    """Every imperative of `verbs` with the pronouns Italian glues to it ("spostamelo", "anticipami",
    "mettila", "mandali"), as cue text for `_cues`."""
    forms = (f"{verb}{pronoun}" for verb in verbs for pronoun in _ENCLITICS)
    return " | ".join(form for form in forms if form not in _NOT_COMMANDS)


_PUT_IN_ASKED = " | ".join(
    f"{can} a {put}"
    for can in ("riesci", "riusciamo", "riuscite", "ce la fai", "ce la facciamo", "ce la fate")
    for put in ("metterlo dentro", "metterla dentro", "mettere dentro", "mettermelo dentro", "mettermela dentro",
                "metterli dentro", "farlo entrare", "farla entrare", "infilarlo", "infilarla", "infilarmelo",
                "infilarmela", "prenderlo dentro", "prenderla dentro",
                # room found for the customer ("…, ce la facciamo a trovargli posto?", set 47)
                "trovargli posto", "trovarle posto", "trovargli un posto", "trovarle un posto", "trovare posto",
                "trovare un posto")
) + " | " + " | ".join(
    # the job itself done, asked as whether we manage ("Lunedì 7 dicembre in mattinata ce la facciamo a sostituire
    # una batteria?", set 49); never "riesci a cambiare" ("… l'appuntamento": a move asked)
    f"{can} a {do}" for can in ("ce la facciamo", "ce la fai", "ce la fate")
    for do in ("sostituire", "cambiare", "montare", "fare")
)  # fmt: skip
"""Room asked as the car taken in ("dopodomani dopo pranzo ce la facciamo a metterlo dentro?"): the first free slot
asked, or with an hour said a booking asked for (`SQUEEZE_ASKED`, said back); its "facciamo", "mettere" no booking
words of their own (`parser._main_intent`)."""
OBJECT_PRONOUNS = ("lo", "la", "li", "le")
"""The object pronouns a command or a question carries ("dove lo metto", "a chi la riconsegno", "non la porta più"),
named once for the cues built with each."""
_WHERE_PUT = " | ".join(
    [f"dove {it} {can} {put}" for it in OBJECT_PRONOUNS
     for can in ("posso", "possiamo", "potrei", "potremmo", "puoi", "riesco a", "riusciamo a")
     for put in ("mettere", "infilare", "incastrare", "piazzare")]
    + [f"dove {can} {put}{it}" for it in OBJECT_PRONOUNS
       for can in ("posso", "possiamo", "potrei", "riesco a", "riusciamo a")
       for put in ("metter", "infilar", "incastrar", "piazzar")]
    + [f"dove {it} {put}" for it in OBJECT_PRONOUNS for put in ("metto", "mettiamo", "infilo", "infiliamo")]
)  # fmt: skip
""""un cambio gomme lunedì 30, dopo pranzo, dove lo posso mettere?": where the job goes in the agenda, asked (its
first free slot that day); its "mettere" no booking word (`PUT_IN_ASKED`), an hour said or not."""
PUT_IN_ASKED = _cues(_PUT_IN_ASKED + " | " + _WHERE_PUT)


_ROOM_ASKED_PRESENT = " | ".join(
    [f"{to_whom} {put}" for to_whom in ("mi", "ci", "me la", "me lo", "ce la", "ce lo")
     for put in ("infili", "infilate", "incastri", "incastrate")]
    + [f"{to_whom} {make} stare" for to_whom in ("ci", "ce la", "ce lo") for make in ("facciamo", "fai", "fate")]
    + [f"{to_whom} {hold}" for to_whom in ("me la", "me lo", "ce la", "ce lo") for hold in ("blocchi", "bloccate")]
)  # fmt: skip
""""Ci infili l'Elfin verde di Codazzi, …, per un cambio olio martedì 22 dicembre alle 16 e 30?" (set 43), "ci facciamo
stare un cambio olio giovedì 3 dicembre alle 10 e mezza?", "me la blocchi la revisione per il Mosler …, sabato 12
alle 11?" (set 42): room asked in the present, as "riesci a infilarmi": the first free slot, or with an hour said a
booking asked for (`SQUEEZE_ASKED`, said back). "Blocchi" only with its pronouns ("me la blocchi"): "mi blocchi la
carta" holds no slot; "ci sta" stays the room alone."""

_ROOM_PUT = ("infilare", "infilarmi", "infilarci", "infilarla", "infilarlo", "incastrare", "incastrarmi", "incastrarla",
             "incastrarlo", "far entrare", "fare entrare", "farmi entrare", "farla entrare", "farlo entrare",
             "farci entrare")  # fmt: skip
_ROOM_ASKED_OF_YOU = " | ".join(
    f"{can} a {put}"
    for can in ("riesce", "riuscirebbe", "ce la fa", "riesci", "riusciamo", "riuscite", "ce la fai", "ce la facciamo")
    for put in _ROOM_PUT
)  # fmt: skip
""""quand'è che riesce a infilarmi un cambio olio?" (the courteous "Lei", or "riesci" as whisper hears it), "riuscite
a fare entrare una revisione?" ("far" said whole): room asked of the workshop in every person and with the
infinitive whole; the first free slot, or with an hour said a booking asked for (`SQUEEZE_ASKED`, said back)."""
_FIT_IN_FOR_ME = ("sistemare", "sistemarlo", "sistemarla", "sistemarli", "sistemarle")
_ROOM_ASKED_OF_ME = " | ".join(
    f"{can} a {put}" for can in ("riesco", "ce la faccio") for put in (*_ROOM_PUT, *_FIT_IN_FOR_ME)
)
""""riesco a fare entrare una ricarica sabato mattina?": room asked in the first person, the first free slot even
with an hour said (no booking asked for: `SQUEEZE_ASKED` has none of them). "Sistemare" only here, the counter's own
"lo riesco a sistemare?" of a customer fitted in (set 36); asked of the workshop ("riesci a sistemarla?") it is the
car mended, no room."""

_TIME_FOUND = " | ".join(
    f"{can} a {find} {what}"
    for can in ("riesci", "riesce", "riuscite", "riusciamo", "riesco")
    # the infinitive's "r" lost as whisper hears it fast ("riesci a trovami un'ora e mezza")
    for find in ("trovarmi", "trovarci", "trovargli", "trovarle", "trovare", "trovami")
    for what in ("un ora", "mezz ora", "un paio d ore", "un paio di ore", "un posto", "un buco", "uno spazio",
                 "un momento", "un po di tempo", "tempo", "posto")
)  # fmt: skip
""""per delle pastiglie, giovedì dopo pranzo, riesci a trovarmi un'ora e mezza?": time found for a job, asked of the
workshop in any person (a first free slot; the hour's length, "un'ora e mezza", is no hour of the day)."""
_TIME_FOUND_ASKED = " | ".join(
    f"{to_whom}{find} {what}"
    for to_whom in ("mi ", "ci ", "gli ", "")
    for find in ("trovi", "trovate")
    for what in ("un posto", "un buco", "uno spazio", "un ora", "un momento", "posto")
)  # fmt: skip
""""per montare una batteria nuova, giovedì 3 dicembre, nel pomeriggio, trovi un posto?" (set 40), "mi trovate un
buco venerdì per un tagliando?": the same asked in the present, a first free slot (a booking said with it, "trovagli
un posto e prenotalo", is that booking: its verb is no purpose)."""
TIME_FOUND_ASKED = _cues(_TIME_FOUND_ASKED)

_FREE_SEEN = " | ".join(
    f"cosa {to_whom}{see} {of}{free}"
    for to_whom in ("mi ", "ci ", "")
    for see in ("trovi", "trovate", "vedi", "c e")
    for of in ("di ", "")
    for free in ("libero", "liberi")
)  # fmt: skip
""""Per una diagnosi, giovedì 24 di mattina, cosa trovi libero?" (set 41), "cosa vedi di libero venerdì?", "domani
cosa c'è libero per un tagliando?": what is free asked of whoever looks at the agenda, a first free slot. Only after
"cosa": "che trovi libero" is also the slot a put-in names ("inseriscilo al primo orario che trovi libero"). No word
new to the tables ("vedete" left out): a known word more makes a write with words unread go unsaid back (set 36's
"… FK 177ZB, vedete quando è segnato" was said back for its unread words, and must stay so)."""

_HOUR_GIVEN = " | ".join(
    f"{at}{which} {to_me} {give}" for at in ("a ", "") for which in ("che ora", "che orario", "quale orario")
    for to_me in ("mi", "ci")
    for give in ("puoi dare", "potresti dare", "puo dare", "potete dare", "puoi fare", "potete fare", "dai", "date")
)  # fmt: skip
"""The hour asked to be given for a job ("per delle pastiglie, sabato in mattinata a che ora mi puoi dare?", "per un
tagliando venerdì, che orario mi potete fare?", set 38): a first free slot; said with the car after it ("a che ora mi
puoi dare la Panda?": when it is ready) it is none (`car_given_back`)."""

_COME_INSTEAD = "fallo venire | falla venire | falli venire | falle venire | fatelo venire | fatela venire"
"""The customer made to come another day, the appointment named by when it comes ("Quello che arriva domani alle 10
fallo venire venerdì alle 10 e mezza", set 38): a move; only so (`come_instead_of_one`), as "fallo venire venerdì
per il tagliando" books one."""

_PULLED_BACK = "tira indietro | tirare indietro | tiriamo indietro"
"""An appointment pulled back to an earlier day ("il tagliando del furgone, …, lo possiamo tirare indietro a giovedì
22 aprile alle 2", set 49): a move only with that day right after it (`pulled_back_to_a_day`). Never "tirarlo" nor
"rinviale" ("… rinviale a martedì 4 maggio", set 49, said back as guessed): a word known pulls whisper's near ones to
it ("tiralo via dal calendario" read "tirarlo", "chiede di rinviare …" read "rinviale", its unread verb no longer said
back)."""


_HOUR_ONLY = " | ".join(
    f"{change} {only} l {hour}" for change in ("cambia", "cambiagli", "cambiamo", "cambiamogli")
    for only in ("solo", "soltanto") for hour in ("ora", "orario")
)  # fmt: skip
HOUR_ONLY = _cues(_HOUR_ONLY)
""""La Paykan della Cimmino, …: mercoledì 21 aprile resta, cambia solo l'ora, alle 10 invece che alle 3" (set 49): the
hour alone changed, a move; the one day said is the day it had and keeps (`parser.parse`)."""


_SORT_JOB = " | ".join(f"sort {whom}{a}" for whom in ("", "out ", "me ", "us ", "him ", "her ", "them ")
                       for a in ("a", "an"))
""""Can you sort a battery swap for the little three-wheeler, …, Friday 18th December at 9?" (set 49): the job
arranged, a booking word only with its service right after it (`DO_SERVICE_FORMS`): "sort a quote", "sort out the
bill" are none."""


_ROOM_MADE = " | ".join(
    [f"{make} {room}" for make in ("fammi", "facci", "mi fai", "ci fai", "mi fa", "mi faccia", "occupami", "mi occupi",
                                   "mi occupa", "trovami",
                                   # the room held ("Ascolta, blocca un posto per il Marruá …: cambio gomme giovedì 3
                                   # dicembre alle 9 e mezza", set 49)
                                   "blocca", "bloccami", "bloccaci", "mi blocchi", "ci blocchi")
     for room in ("un posto", "posto", "uno spazio", "spazio")]
    + [f"{make}{it} entrare" for make in ("fam", "fal") for it in ("mi", "mela", "melo", "la", "lo")]
)  # fmt: skip
""""Fammi un posto per la Rexton, GS 214 DR, giovedì 17 alle 11", "Mi occupi un posto per la Tatra …? Ci va la
revisione, lunedì 14 alle 11", "dopodomani alle 10 e mezza fammi entrare la Skala per il tagliando" (set 35), "blocca
un posto per il Marruá …: cambio gomme giovedì 3 dicembre alle 9 e mezza" (set 49): room ordered or held, not asked; at an hour said on a day a booking (`parser._main_intent`), with no hour the first free slot."""

LET_IN = _cues(" | ".join(f"{make}{it} entrare" for make in ("fam", "fal") for it in ("mi", "mela", "melo", "la", "lo")))
""""Falla entrare alla prima occasione buona" (set 50): the car let in, ordered; with the first free slot right
after it, a booking there (`parser._main_intent`), never asked ("quando la facciamo entrare?")."""

_SQUEEZE_IN = "infila | incastra | " + with_pronouns("infila", "incastra", "piazza")
""""infilami l'Arona per un tagliando venerdì", "incastrala giovedì per le pastiglie", "piazzala lunedì": the car
put in, said roughly (never "piazza" alone, a square, nor "piazzale", a yard)."""

_RESERVED = with_pronouns("riserva")
""""Riservami un'ora per il tagliando dell'Escalade …" (set 36), "riservagli la mattina di giovedì": time kept for the
car, a booking (never "riserva" alone: the fuel light, "la ruota di riserva")."""
_RESERVE_JOB = "riserva"
""""…, GY 8 0 4 WR, riserva la revisione per martedì 12 gennaio alle 8 e mezza" (set 44): the job kept for the car,
a booking word only with its service right after it (`DO_SERVICE_FORMS`) and no "in"/"di" before it (`parser`: "è
in riserva, il tagliando …", "la ruota di riserva" are the fuel and the spare). Never "riserviamo": a word known
pulls whisper's near ones to it ("per il giorno nuovo lo risentiamo" read "riserviamo")."""
_REGISTER_CAR = "registra | " + with_pronouns("registra")
""""Registrami la Luxgen U6 della signora Panzeri, HT 412 XE, per il cambio gomme martedì 29 dicembre alle 9" (set
44): the car written down for its job, a booking word only with "per" and the service after it (`parser`); "registra
il tagliando fatto ieri", "registrami i chilometri" record, "registra un cliente" is the new customer's (blocked)."""
_LOAD_CAR = " | ".join(f"carica{it}" for it in ("mi", "gli", "lo", "la", "melo", "mela", "glielo", "gliela"))
""""Caricami il Xiaoyao grigio di Ciccolella, FR 541 YF, per un tagliando lunedì 11 gennaio alle 15, …" (set 46):
the car loaded into the agenda for its job, a booking word only as `_REGISTER_CAR` is ("per" and the service after
it, `parser`); "caricami la batteria", "caricalo sul ponte" (no job "per" it) and "carica" alone (the charge, "di
carica del clima" as whisper splits "ricarica") are none. Never "caricale": one sound from "caricare", a word known
would pull it ("per caricare il clima", set 33)."""
REGISTER_CAR_FORMS = _cues(_REGISTER_CAR + " | " + _LOAD_CAR)
_WRITE_JOB = "scrivi | scrivimi | scrivici | scrivete"
""""Per la Codatronca della Zuccarini, EN 6 7 4 XP, scrivi un cambio olio per lunedì 11 gennaio alle 3 e mezza del
pomeriggio" (set 49): a new job written down for its day and hour, a booking word only with "un"/"una" and the
service right after it, then a day and "alle" (`parser`), never done ("scrivi una revisione fatta ieri alle 9"); "scrivi"
alone is a message ("scrivigli che è pronta", "scrivi un messaggio per la revisione di lunedì alle 3")."""
WRITE_JOB_FORMS = _cues(_WRITE_JOB)
_BLOCK_JOB = "blocca | mi blocchi | ci blocchi | gli blocchi | le blocchi | blocchiamo | " + with_pronouns("blocca")
""""Allora, mi blocchi un tagliando per la …, martedì 1 dicembre alle 9 e mezza?" (set 44), "bloccagli la revisione
venerdì": the job's time held, a booking word only with its service right after it, as `_RESERVE_JOB` (never "si
blocca": "il volante si blocca" is a symptom)."""
BLOCK_IT_FORMS = _cues(" | ".join(f"blocca{it}" for it in ("lo", "la", "li", "le", "melo", "mela", "glielo", "gliela")))
""""…, tagliando: dammi il primo orario che trovi e bloccalo" (set 46): the first free slot held, a booking only said
after the first free slot's words and last, a plate said (`parser`), as `HOLD_IT_FORMS`; "bloccalo" alone (a wheel,
a door) is none, and with no plate heard the first free slot is read (set 35's noisy "… la prima disponibilità che
hai e bloccala")."""
RESERVE_WORDS = frozenset({"riserva", "riserve", "riservato", "riservata"})
""""è in riserva", "la ruota di riserva": words of their own, known, so never put back as "riservala"."""

_IN_THE_DIARY = " | ".join(
    f"{write}{it} {where}" for write in ("scrivi", "scrivete", "inserisci", "aggiungi", "aggiungete")
    for it in ("", "mi", "mela", "melo", "la", "lo", "gli", "glielo", "gliela")
    for where in ("in agenda", "nell agenda", "sull agenda", "a calendario", "in calendario")
)  # fmt: skip
""""scrivimela in agenda per un cambio olio, lunedì 30 alle 10" (set 36), "scrivilo sull'agenda": written in the
diary, a booking; never "scrivi" alone ("scrivigli che è pronta" is a message) nor the agenda read ("cosa c'è in
agenda lunedì"). So added to it ("Aggiungi in agenda la Roadaplane rossa della Marzocchi, …, per la revisione lunedì 8
febbraio alle 4 e mezza", set 47): a booking, never the day's agenda read."""

_REDO = "rifacciamo | gli rifacciamo | le rifacciamo | rifacciamogli | rifacciamole | rifagli | rifalle | rifammi"
""""gli rifacciamo le pastiglie dei freni mercoledì alle 10 e mezza" (set 36), "rifagli la convergenza": the job done
again, booking words only with its service right after them, as "gli facciamo"."""


def with_pronouns_we(*verbs: str) -> str:
    """Every first person plural imperative of `verbs` ("spostiamo") with the pronoun of what is spoken of glued
    to it ("spostiamola", "annulliamolo", "anticipiamogliela"), as cue text for `_cues`."""
    return " | ".join(f"{verb}{pronoun}" for verb in verbs for pronoun in _OF_IT)


_OF_IT = ("la", "lo", "li", "le", "gli", "glielo", "gliela", "glieli", "gliele")


_CHANGE_PART = (
    "cambia | cambiale | cambiagli | cambiami | cambiamo | cambiamogli | cambiamole | cambiategli | cambiatele | "
    "gli cambiamo | le cambiamo | gli cambi | le cambi | mi cambi | sostituisci | sostituiscile | sostituiscigli | "
    "sostituiscimi | sostituiamo | sostituiamogli | sostituiamole | gli sostituiamo | le sostituiamo | "
    # the infinitive as an order ("cambiare la batteria lunedì alle 2"; whisper's "cambiale" too)
    "cambiare | sostituire"
)
""""cambiale la batteria", "sostituiscigli le pastiglie": booking words only with a part's service said right
after them ("cambia l'appuntamento" is a move; "cambiale il tagliando" no booking)."""
_FIT_INFINITIVE = "montare | montargli | montarle | montargliele"
""""chiede se le possiamo montare le gomme invernali …": the infinitive, a booking word only with a part's service
said right after it ("le gomme da montare sono arrivate" is none)."""
_FIT_PART = (
    "monta | montale | montagli | montagliele | montaglieli | montami | montamele | montameli | montiamo | "
    "montiamogli | montiamole | montategli | montatele | gli monti | le monti | mi monti | gliele montiamo | "
    "glieli montiamo | le montiamo | li montiamo | " + _FIT_INFINITIVE
)
""""le gomme invernali gliele montiamo sabato", "montagli la batteria nuova": booking words only with a part's
service said in the request."""
_REFILL = (
    "ricaricagli | ricaricale | ricaricami | ricarichiamo | ricarichiamogli | ricarichiamole | gli ricarichiamo | "
    "le ricarichiamo | gli ricarichi | le ricarichi | mi ricarichi | gli ricaricate | le ricaricate"
)
""""ricaricagli il clima venerdì alle 3", "Santangelo chiede se gli ricarichiamo il clima della Lark" (set 52): the air
conditioning's own verb, a booking word only with the air conditioning said right after it, not asked
(`parser._loose_book_word`); never the bare "ricarica", the job's name, nor the infinitive of a job due ("deve
ricaricare il clima")."""
_TAKEN_UP = (
    "lo facciamo | la facciamo | li facciamo | glielo facciamo | gliela facciamo | glieli facciamo | "
    "gliele facciamo | lo facciamo fare | la facciamo fare | glielo facciamo fare | gliela facciamo fare"
)
""""il cambio gomme lo facciamo mercoledì alle 4", "la revisione gliela facciamo lunedì alle 9": the service said
first, taken up by a pronoun; booking words only with the service right before them and a day and a time after
("il tagliando lo facciamo sempre noi" is no booking)."""
_PART_TAKEN_UP = " | ".join(
    f"{it} {change}" for it in ("lo", "la", "li", "glielo", "gliela", "glieli", "gliele")
    for change in ("cambiamo", "sostituiamo", "montiamo")
)  # fmt: skip
""""la batteria ce l'ha a terra, gliela cambiamo domani alle 4" (set 36), "le pastiglie gliele sostituiamo venerdì
alle 9": a part said first, taken up by a pronoun; booking words only with a part's service before them, no day
before them (that of a job had: "il cambio gomme di lunedì lo cambiamo a …" is a move) and a day and an hour after
("la batteria gliela cambiamo noi" is none; "le" alone is "le cambiamo le gomme", `_CHANGE_PART`)."""

_TAKE_EN = "grab | grab me | grab us | take | nab | snag"
""""Grab the first free slot for an air con regas on the Trabant": the English "prendi il primo buco", a booking
word only with the first free slot right after it ("take the Panda off Friday" is none)."""
_HOLD_FREE = " | ".join(f"{hold} {free}" for hold in ("mi tieni", "tienimi", "mi tenete", "tenetemi", "ci tieni", "tienici",
                                                       # whisper's "tienimi" (set 44: "Chienemi libero lunedì 21")
                                                       "tienemi", "chienemi")
                        for free in ("libero", "libera", "un posto", "il posto", "un buco"))  # fmt: skip
""""Per la Saxo della Melandri, GD 741 NF, mi tieni libero martedì 22 alle 9?": the slot held for the car, a booking
asked (its job asked when not said)."""

_BRINGS_US = " | ".join(
    f"{wants} {bring}{it}" for wants in ("vuole", "vorrebbe", "deve") for bring in ("portar", "lasciar", "riportar")
    for it in ("ci", "cela", "celo", "celi", "cele")
)
""""ha telefonato il figlio di Vanzetti, vuole portarci la Saab per il tagliando": the customer's wish to bring the
car to us, as "vuole portare" (a booking word only with its job said); so leaving it with us ("Il signor Pappalepore
vuole lasciarci il Devrim bianco, …, domani alle 10 e mezza per una diagnosi", set 47), and bringing it again
("Lovecchio vuole riportarci la Bandit, …, giovedì 7 gennaio alle 11", set 53)."""
BRINGS_US_FORMS = _cues(_BRINGS_US)
_CAN_BRING = " | ".join(
    f"{can} {bring}" for can in ("puo", "potrebbe") for bring in ("portare", "portarla", "portarlo", "portarci",
                                                                  "portarcela", "portarcelo")
)  # fmt: skip
CAN_BRING = _cues(_CAN_BRING)
""""chiede se può portare la Keinath, …, per la ricarica dell'aria condizionata martedì 15, di pomeriggio" (set 43):
the customer's asking to bring the car, as "vuole portare" (a booking word only with its job said), relayed, so
asked (`reported_request` leaves its "può")."""

_CALLED_WANTING = " | ".join(
    f"{called}{up} {after} {a}"
    for called in ("phoned", "rang", "rung", "called", "rang us", "phoned us", "called us")
    for up in ("", " up")
    for after in ("after", "about", "for", "asking for", "asking after", "asking about")
    for a in ("a", "an")
) + " | " + " | ".join(
    # and in the Irish way, the customer "after" a job ("Mr Buzzichelli's after a service for the Emzoom, …, Tuesday
    # the 9th of February, half 10 if you can", set 47): wanted, told of the customer, so said back whole
    f"{be} {after} {a}" for be in ("s", "is") for after in ("after", "looking for") for a in ("a", "an")
)
""""Some woman phoned after a full service on Friday the 18th, 11 o'clock suited her": a customer's call asking for a
new job (its "a"), the booking wanted; "Mr Rossi rang about the MOT" (a job already had) is none, and a booking
so heard still needs its vehicle, day and time like any other, and is said back whole (told of the customer, not
ordered: `parser.parse`)."""
CALLED_WANTING = _cues(_CALLED_WANTING)

PUT_OFF_BY = _cues(
    " | ".join(f"{verb} di {by}" for verb in ("ritarda", "rinvia", "rinvialo", "rinviala")
               for by in ("un giorno", "una settimana", "qualche giorno", "due giorni", "tre giorni", "due settimane",
                          "un paio di giorni", "una settimanina"))
    + " | "
    + " | ".join(f"{put} piu in la" for put in ("va messo", "va messa", "vanno messi", "vanno messe", "mettilo",
                                                "mettila", "mettili", "mettile", "spostalo", "spostala"))
)  # fmt: skip
""""Ritarda di una settimana il clima della Mopetta, …: mettila mercoledì 7 aprile" (set 47), "rinvia di qualche
giorno la batteria": put off by days or weeks ("Rossi ritarda di mezz'ora" is the customer late, told; "rinvia la
conferma" sends it again); and put further on ("il cambio gomme va messo più in là: venerdì 9 aprile alle 2", set 47):
a move (`parser._main_intent`). Kept out of `CUES`: its words ("giorno", "settimana", "mettilo") would otherwise never
be put back from whisper's spellings (`misheard._by_first_letter`), as a move's are not."""

_SLID = ("fallo scivolare | falla scivolare | falli scivolare | falle scivolare | facciamo scivolare | "
         "fai scivolare | fate scivolare | farlo scivolare | farla scivolare")
SLID_FORMS = _cues(_SLID)
_RUN_ON = " | ".join(
    f"{make} scorrere" for make in ("fallo", "falla", "falli", "falle", "facciamo", "facciamolo", "facciamola", "fai",
                                     "fate", "farlo", "farla", "lo fai", "la fai")
)  # fmt: skip
"""Let run on to a later day, a move ("la revisione la facciamo scorrere: da lunedì 21 a martedì 29 giugno")."""
"""Let slide, a move ("Le pastiglie del Genlyon, …, falle scivolare di sette giorni: martedì 20 aprile", set 48):
said rarely so, its write said back whole for a yes (`parser.parse`)."""
_SHIFTED_BY = " | ".join(
    f"{it} {shift}"
    for it in ("lo facciamo", "la facciamo", "li facciamo", "le facciamo", "glielo facciamo", "gliela facciamo")
    for shift in ("un ora dopo", "un ora prima", "mezz ora dopo", "mezz ora prima", "due ore dopo", "due ore prima",
                  "un ora piu tardi", "mezz ora piu tardi")
)  # fmt: skip
""""il tagliando del Jumper, giovedì 3, lo facciamo un'ora dopo, alle 9 e mezza": the job taken up by its pronoun
and shifted by an hour, a move on its day (a booking would say no shift)."""

STRUCK_ROUGHLY = ("cassami", "cassagli", "cassale", "cassala", "cassalo", "cassali", "cassiamo")
"""Struck out, said roughly ("cassami martedì 23 marzo della Bricklin, ER 4 6 4 TC", set 46; never "cassa" alone: the
till, a crate): a cancellation only as `_JOB_OFF` is, and never a command put back from what noise left of a word
("sami" stays "fissami"'s: `misheard._cut_verbs`)."""
_JOB_OFF = ("togli | toglimi | togligli | togliamo | leva | levami | levagli | leviamo | "
            # put out of the way ("Togli di mezzo l'appuntamento del climatizzatore della LaSalle, …", set 46)
            "togli di mezzo | toglimi di mezzo | leva di mezzo | levami di mezzo | "
            # what is to be taken off, told ("C'è da togliere un appuntamento di giovedì 1 aprile, …", set 47)
            "c e da togliere | c e da levare | "
            + " | ".join(STRUCK_ROUGHLY))
LINE_DRAWN = _cues(
    # never "tiriamo": a word known, it would pull "giriamo" ("le gomme … le giriamo a lunedì 28") to it
    " | ".join(f"{draw} {line} {on}" for draw in ("tira", "tirami", "fai", "facciamo", "passa")
               for line in ("una riga", "una croce", "un frego", "un rigo")
               for on in ("sulla", "sul", "sull", "sopra", "sopra la", "sopra il", "sopra l"))
)  # fmt: skip
""""Tira una riga sulla diagnosi di martedì 30 marzo dell'Emzoom …" (set 47), "tiriamo una croce sopra il tagliando
di domani": a line drawn through the job on the agenda's page, a cancellation only as `_JOB_OFF` is, its job (or the
appointment) said right after (`parser._job_off`). Kept out of `CUES`: its words ("facciamo", "sopra", "passa") would
otherwise never be put back from whisper's spellings (`misheard._by_first_letter`), as a cancellation's are not."""
THROWN_OFF = frozenset({"tiralo", "tirala", "tirali", "tirale", "buttalo", "buttala", "buttali", "buttale",
                        # "tiralo" as the fast path puts it back, one sound from "giralo" (known: "giralo al cliente");
                        # "girare via dal calendario" says nothing else
                        "giralo", "girala", "girali", "girale"})  # fmt: skip
""""Il cliente di martedì 23 marzo ha dato forfait: tiralo via dal calendario" (set 46): pulled or thrown off the
agenda, a cancellation only said right before "(via) dal calendario"/"dall'agenda" (`parser._taken_off_by`); "tiralo
fuori", "buttalo dentro" alone are none. Kept out of the vocabulary: a word known pulls unknown names to it ("Pajarini
Tirabo")."""
_JOB_SKIPPED = "salta | saltami | saltagli | saltale | fai saltare | fammi saltare | facciamo saltare"
""""Salta la diagnosi della Lagonda di venerdì 5 marzo, FT 274 ZW: …" (set 45): the job of a day dropped, a
cancellation only as the request's opening word (a greeting before it at most), with a job's service right after
(its article between) and a day said (`parser._job_skipped`); "gli salta la cinghia", "salta fuori che …" stay none.
Kept out of `CUES` (read by `parser._main_intent` alone), so that no other rule takes "la diagnosi salta" for a
cancellation's command."""
""""togli la revisione del Porter", "levami il tagliando di Rossi": a cancellation only with a job's service said
right after (its article between); "togli le gomme", "leva la batteria" are done to the parts themselves."""

_STILL_EXPECTED = (
    "chi dobbiamo aspettare | chi dobbiamo ancora aspettare | chi devo aspettare | chi devo ancora aspettare | "
    "chi c e da aspettare | chi c e ancora da aspettare | chi resta da aspettare | chi stiamo aspettando | "
    "chi stiamo ancora aspettando | chi aspettiamo ancora | chi sto aspettando"
)
""""chi dobbiamo ancora aspettare?": the day's appointments asked, no waiting to do (no "aspetta" refused)."""
_WORK_AHEAD = " | ".join(
    f"{what} {whom} {waits}"
    for what in ("che lavoro", "che lavori", "quanto lavoro", "cosa", "che cosa")
    for whom in ("ci", "mi")
    for waits in ("aspetta", "aspettano", "attende", "attendono")
)  # fmt: skip
""""Eh, domattina che lavoro ci aspetta?" (set 45), "cosa mi aspetta venerdì?", "che lavori ci attendono oggi?": the
work the day holds, its agenda asked (a read); no waiting asked of the fast path (no "aspetta" refused). "Il cliente ci
aspetta" names no work, and stays as it was. Its "aspetta" stays out of the vocabulary (`KEPT_UNKNOWN`)."""
_DAYS_SAID = ("oggi", "domani", "dopodomani", "domattina", "stamattina", "stasera", "lunedi", "martedi", "mercoledi",
              "giovedi", "venerdi", "sabato")
_WORK_ON_DAY = " | ".join(
    phrase
    for what in ("che lavori", "quali lavori", "quanti lavori", "che macchine", "quali macchine", "quante macchine",
                 "che auto", "quante auto")
    for has in ("abbiamo", "ci sono", "ho")
    for day in _DAYS_SAID
    for phrase in (f"{what} {has} {day}", f"{day} {what} {has}")
)  # fmt: skip
""""Che lavori abbiamo giovedì mattina?", "domani quante macchine ci sono?": the day's work asked, with the day said
right beside it (found speaking to the app). Without a day ("che lavori abbiamo fatto alla Panda?", "quante macchine
abbiamo in archivio?") it is no agenda."""
KEPT_UNKNOWN = frozenset({"aspetta"})
"""Words of a cue the vocabulary must still not know: "aspetta" in a plate's correction ("FES 129, aspetta, S128 …")
is read as an unknown word, so the plate is asked, never taken as heard."""

_KEEPER = (
    "registered keeper | registered owner | the keeper of | keeper s name | registered to | registered to whom | "
    "who s the keeper | who is the keeper | "
    "whose name is it in | whose name is it under | register keeper | register owner"
)
""""who's the registered keeper of GE 571 HP?", "who's GE 571 HP registered to?": its owner asked (not "who's
keeping the car"); its "-ed" lost as whisper hears it ("the register keeper of Hotel Delta …")."""

_OWNER_NAMED = " | ".join(
    f"{name} {of} {owner}" for name in ("nome", "nominativo") for of in ("del", "dell")
    for owner in ("titolare", "intestatario", "cliente")
)
""""Mi dici il nome del titolare della DR 673 HX?" (set 36), "il nominativo dell'intestatario": the owner's name
asked of a plate, a read; "titolare" and "cliente" only after "il nome del" ("chiama il titolare", "il cliente
della Panda" ask nothing of the kind)."""

_POSSESSED = " | ".join(
    f"chi {it}{owns}" for it in ("la ", "lo ", "li ", "le ", "") for owns in ("possiede", "possiedono")
)
""""mi serve nome e telefono di chi la possiede", "targa GB 445 KT: chi la possiede?": its owner asked by the verb
of owning (a read; with no plate said, the plate is asked for, as `OWNER_CUES`)."""

_HOLDERS = (("il", "titolare"), ("la", "titolare"), ("l", "intestatario"), ("l", "intestataria"))
_HOLDER = " | ".join(
    [f"{who} {the} {holder} {of}" for who in ("chi e", "chi risulta") for the, holder in _HOLDERS
     for of in ("di", "del", "della", "dello", "dell")]
    + [f"chi ne e {the} {holder}" for the, holder in _HOLDERS]
)  # fmt: skip
""""Chi è il titolare di quella giallina davanti al cancello?" (set 37), "chi ne è la titolare?": the car's owner
asked by the holder's word, of the car named after it, a look-up (the plate asked for when not said, as
`OWNER_CUES`); "titolare" alone is none ("chiama il titolare", the workshop's own), nor the one who decides ("dice
che è il titolare a decidere", its "che è" heard as "chi è")."""

_OWNER_GUESSED_MAYBE = "di chi potrebbe essere | chi potrebbe essere il proprietario | a chi potrebbe appartenere"
_OWNER_GUESSED = "di chi puo essere | chi puo essere il proprietario | " + _OWNER_GUESSED_MAYBE
""""C'è una Porsche rossa che blocca il cancello: di chi può essere?" (set 34), "di chi potrebbe essere?": its owner
asked as a guess, a look-up (the plate asked for when not said, as `OWNER_CUES`), its "potrebbe" no hypothetical
(`owner_guessed`); not "di chi sarà" ("sara" a word of the tables would take whisper's "Sara" for "Savona" in a
plate's city)."""
_GIVEN_BACK_TO = " | ".join(
    f"a chi {it} {give}"
    for it in OBJECT_PRONOUNS
    for give in ("riconsegno", "riconsegniamo", "devo riconsegnare", "dobbiamo riconsegnare", "restituisco",
                 "restituiamo", "devo restituire")
)  # fmt: skip
""""Sto guardando una Samba verde acido in cortile, EG 7 3 5 XM: a chi la riconsegno?" (set 34): whom the car goes
back to, its owner asked (a read); "a chi" and the car's pronoun both said ("la riconsegno domani" asks nothing).
No "ridiamo": a word of the tables, it would take whisper's "richiamo" ("il nuovo giorno lo richiamo io")."""

_PLATE_TO_COME = " | ".join(
    f"{verb} una targa"
    for verb in ("controlla", "controllami", "controlli", "mi controlli", "mi controlla", "cerca", "cercami", "cerchi",
                 "mi cerchi", "mi cerca", "guarda", "guardami", "mi guardi", "mi guarda", "vedi", "mi vedi", "mi trovi",
                 "trovami", "guarda mi", "cerca mi", "controlla mi")
)  # fmt: skip
""""mi controlli una targa al volo?", "cercami una targa": a plate to be looked up, said next; its owner and car
asked, so the plate is asked for (as for "di chi è?" with the plate not heard); "guardami" also as whisper splits it
("Guarda mi una targa, te la leggo appena la macchina esce dal ponte", set 40)."""
_ON_FILE_PLACES = ("in archivio", "nell archivio", "negli archivi", "nei nostri archivi", "nel sistema", "a sistema",
                   "nel gestionale", "in anagrafica", "nell anagrafica", "nel computer", "in schedario")  # fmt: skip
_ON_FILE = " | ".join(
    f"{held} {where}"
    for held in ("ce l abbiamo", "ce l avete", "l abbiamo", "ce l ho", "abbiamo", "avete", "e", "c e", "risulta",
                 "ci risulta", "sta", "esiste")
    for where in _ON_FILE_PLACES
)  # fmt: skip
""""mi verifichi se una targa ce l'abbiamo in archivio?" (set 39), "la FB 906 VG risulta nel sistema?", "guardami se
c'è in anagrafica la GE 404 NW": whether a plate is on file, asked; its car and owner shown (a look-up, the plate
asked for when not said, as `_PLATE_TO_COME`; its "se" no condition, `on_file_asked`)."""
_PLATE_ON_FILE = " | ".join(
    f"{a} targa {held}" for a in ("una", "la", "questa", "sta", "quella") for held in _ON_FILE.split(" | ")
) + " | " + " | ".join(
    f"{held} {a} targa" for a in ("una", "la", "questa", "quella") for held in _ON_FILE.split(" | ")
)  # fmt: skip
"""The on-file question with the plate still to come ("se una targa ce l'abbiamo in archivio", "se abbiamo in
archivio una targa"): the plate asked for."""
_AT_DESK = " | ".join(
    f"{the} {who} e {where}"
    for the in ("il", "la")
    for who in ("cliente", "signore", "signora", "proprietario", "proprietaria")
    for where in ("qui", "qua", "al banco", "al bancone", "a bancone", "in accettazione", "davanti a me")
) + " | " + " | ".join(
    f"ho {where}{the} {who}"
    for where in ("qui ", "qua ", "")
    for the in ("il", "la")
    for who in ("cliente", "proprietario", "proprietaria")
) + " | the customer s here | the customer is here | the owner s here | the owner is here | customer s at the desk"  # fmt: skip
""""Cercami la HT 152 TJ, che il cliente è qui al bancone" (set 39; "cercami" heard "c'è Camila"), "GE 404 NW, ho qui
il cliente", "the customer's here with EZ 733 VR": the plate's record wanted for the one at the desk, a look-up, only
with a plate said (`parser._main_intent`); any write said with it is that write."""
_OURS = " | ".join(
    [f"e nostra {this} {car}" for this in ("questa", "sta", "la") for car in ("macchina", "auto", "vettura")]
    + [f"e nostro {this} {car}" for this in ("questo", "sto", "il") for car in ("veicolo", "mezzo")]
    + [f"{this} {car} e nostra" for this in ("questa", "la") for car in ("macchina", "auto")]
    # and as the counter's "roba nostra" ("Controlla un po' GS 153 JM: è roba nostra?", set 45)
    + [f"e roba {ours}" for ours in ("nostra", "dei nostri", "di casa")]
    + ["e una macchina nostra", "e una nostra macchina", "e un auto nostra", "e una delle nostre", "e uno dei nostri",
       "is this one of ours", "is that one of ours", "is it one of ours", "is this car ours", "is that car ours"]
)  # fmt: skip
""""Un cliente al bancone: ER 476 XH. È nostra questa macchina?" (set 43), "questa macchina è nostra?", "is this one
of ours?": whether the plate's car is on our books, asked (its car and owner shown, a look-up only with a plate
said, `parser._main_intent`); "è nostra" alone ("la colpa è nostra") is no such question."""
_OUR_CUSTOMER_SHE = " | ".join(
    f"e {already}{whose}" for already in ("", "gia ")
    for whose in ("nostra cliente", "cliente nostra", "una nostra cliente", "una cliente nostra", "un nostro cliente",
                  "un cliente nostro")
    if f"e {already}{whose}" not in ("e un cliente nostro", "e un nostro cliente")
)  # fmt: skip
""""HT 412 XE: è già nostra cliente?" (set 44), "è una nostra cliente?": whether the plate's owner is a customer,
asked of a woman (or with "un"/"una"), as "è già nostro cliente"; a look-up only with a plate said."""

_ON_FILE_EN = " | ".join(
    f"{check} {where}"
    for check in ("on", "in")
    for where in ("the system", "our system", "the computer", "our records", "the records", "the database",
                  # "system", a word of no table, put back by `misheard` as the Italian one it sounds like
                  "the sistema", "our sistema")
) + " | on file | on record"  # fmt: skip
ON_FILE_EN = _cues(_ON_FILE_EN)
""""Can you check GH 930 TP on the system?" (set 43), "have we got EA 417 BN on file?", "is DX 725 CH in our
records?": whether the plate is on file, asked (a look-up only with a plate said, `parser._main_intent`; the
English `_ON_FILE`). Kept out of CUES, so their words ("file", "system") stay none a write is read with ("… and
record the details in the file" is still not understood). "On the books" is the day's agenda's ("who's on the
books Monday?"), not among them."""
_NAME_IT_IS_UNDER = " | ".join(
    f"{under} che nome {held}"
    for under in ("a", "sotto", "con")
    for held in ("ce l abbiamo", "ce la abbiamo", "ce lo abbiamo", "l abbiamo", "la abbiamo", "lo abbiamo",
                 "ce l hai", "l hai", "risulta", "e intestata", "e intestato", "e registrata", "e registrato")
)  # fmt: skip
"""The owner asked as the name the car is under ("…: a che nome ce l'abbiamo?", "sotto che nome risulta?", set
48): never "a che nome la metto" (the name a booking is made under)."""
_WHICH_CUSTOMER = " | ".join(
    [f"{ours} {but}{which}" for ours in ("un nostro cliente", "un cliente nostro", "uno dei nostri clienti",
                                         "una nostra cliente", "una cliente nostra", "uno dei nostri")
     for but in ("ma ", "pero ", "") for which in ("quale", "chi", "di chi")]
    + [f"di {which} {customer} {is_}" for which in ("quale", "che")
       for customer in ("cliente", "dei nostri clienti", "nostro cliente") for is_ in ("e", "sia", "risulta")]
    + [f"a quale {customer} {is_}" for customer in ("cliente", "dei nostri clienti")
       for is_ in ("appartiene", "e intestata", "e intestato")]
    + [f"{ours} {but}which" for ours in ("one of our customers", "one of ours", "a customer of ours")
       for but in ("but ", "")]
)  # fmt: skip
""""Controllami la EA 268 BT: il carro attrezzi dice che è di un nostro cliente, ma quale?" (set 53), "di quale
cliente è la GB 445 KT?", "the tow truck says it's one of our customers', but which?": the owner asked as which
customer, a look-up (the plate asked for when not said, as `OWNER_CUES`); its "ma" no condition
(`which_customer_asked`)."""


def which_customer_asked(tokens: list[str]) -> list[int]:
    """Where the "ma"/"però"/"but" of the owner asked as which customer is (`_WHICH_CUSTOMER`): no condition."""
    return [
        at + k for at, said in find_all(tokens, _cues(_WHICH_CUSTOMER)) for k, w in enumerate(said)
        if w in ("ma", "pero", "but")
    ]  # fmt: skip


_WHOSE_LOST_IS = " | ".join(f"di chi {this}" for this in ("quella", "quel", "questa", "questo", "sta", "sto"))
""""Mi dici di chi quella macchina lì fuori in cortile?" (set 42): "di chi è" with its "è" lost before the car
pointed at (as "di chi la"); its owner asked, the plate asked for when not said (`OWNER_CUES`)."""
_CUSTOMERS_PLATE = " | ".join(
    f"{verb} la targa di {whom}"
    for verb in ("controllare", "controllarmi", "controlla", "controllami", "mi controlli", "guardare", "guarda",
                 "guardami", "mi guardi", "cercare", "cerca", "cercami", "mi cerchi")
    for whom in ("un", "una", "uno")
)  # fmt: skip
""""Devo controllare la targa di un cliente, me la guardi?" (set 38; "cliente" misheard "clicente"), "mi guardi la
targa di una signora?": someone's plate to be looked up, not said yet, so it is asked for (as `_PLATE_TO_COME`); "la
targa del cliente" names one already known, and is no such ask."""
_PLATE_CHECKED = " | ".join(
    f"{check} {of}targa"
    for check in ("un controllo", "una ricerca")
    for of in ("", "della ", "sulla ", "di una ", "su una ", "per ")
)  # fmt: skip
""""fammi un controllo targa, per favore", "mi fai una ricerca per targa?": the look-up asked for by its noun (the
plate asked for when not said, as `_PLATE_TO_COME`); only with "un"/"una", asked for ("il controllo targa è andato
bene" tells of one); no "verifica", a refusal's word."""
_PLATE_LOOKED_AT = " | ".join(
    f"{verb} la targa"
    for verb in ("controlli", "mi controlli", "controllami", "mi controlla", "guarda", "guardami", "mi guardi",
                 "mi cerca", "mi trovi", "trovami")
)  # fmt: skip
""""mi controlli la targa EY 053 KH?": the plate said, its owner and car asked (as "controlla la targa"); no
"verifichi": known, it would take whisper's "verifica" (an action the fast path has no tool for) from its refusal."""

_PLATE_SEARCHED = " | ".join(
    f"{verb} targa"
    for verb in ("cerca", "cercami", "cerchi", "mi cerchi", "controlla", "controllami", "mi controlli", "trova",
                 "trovami", "mi trovi", "verificami")
) + " | " + " | ".join(
    # the car found by its plate ("devo cercare una macchina per targa"): the plate asked for when not said
    f"{verb} {what}{by} targa"
    for verb in ("cercare", "cerca", "cercami", "mi cerchi", "trovare", "trova", "trovami", "mi trovi")
    for what in ("", "una macchina ", "un auto ", "un veicolo ", "una vettura ", "la macchina ", "l auto ")
    for by in ("per", "dalla", "con la")
)  # fmt: skip
""""cerca targa GS 352 RT" (its article dropped, as said at the counter), "devo cercare una macchina per targa": the
car searched by its plate, a look-up (with no plate said it is asked for, as `_PLATE_TO_COME`)."""
_PLATE_LOOKED_AT_AWHILE = " | ".join(
    f"{verb} {awhile} la targa"
    for verb in ("controlla", "controllami", "controlli", "mi controlli", "cerca", "cercami", "mi cerchi", "guarda",
                 "guardami", "mi guardi", "verificami")
    for awhile in ("un po", "un attimo", "un momento", "un secondo", "al volo", "subito", "per favore")
) + " | " + " | ".join(
    # and "questa targa", the plate said next: "controllami un attimo questa targa: FK 843 EV"
    f"{verb} {awhile}questa targa"
    for verb in ("controlla", "controllami", "controlli", "mi controlli", "cerca", "cercami", "mi cerchi", "guarda",
                 "guardami", "mi guardi", "verificami")
    for awhile in ("", "un po ", "un attimo ", "un momento ", "un secondo ", "al volo ", "subito ")
)  # fmt: skip
""""controlla un po' la targa FS 064 ZJ", "mi guardi un attimo la targa …": the plate looked at, a filler between the
verb and "la targa"."""

_WHEN_I_CAN = " | ".join(
    f"quando {can} a {do}"
    for can in ("riesco", "riusciamo", "si riesce", "ce la faccio", "ce la facciamo", "riuscirei", "riusciremmo")
    for do in ("fare", "farle", "farlo", "fargli", "farci", "farti", "mettere", "metterle", "metterlo", "metterci",
               "prenotare", "fissare", "dare", "darle", "dargli")
)  # fmt: skip
""""martedì mattina quando riesco a fare un cambio gomme?", "quando riusciamo a fargli il tagliando?": when the job
can be done, asked (not "quando riesco a passare", no job of ours)."""
_WHEN_IT_CAN = " | ".join(
    f"quando {can} {do}"
    for can in ("si puo", "si possono", "si potrebbe", "si potrebbero", "possiamo", "potremmo", "gli possiamo",
                "le possiamo", "gli potremmo", "le potremmo")
    for do in ("fare", "farle", "farlo", "fargli", "cambiare", "sostituire", "montare")
)  # fmt: skip
""""Per la Varzina …, quando si potrebbero fare le pastiglie? Dimmi solo la data, non prenotare" (set 50): when the
job can be done, asked impersonally or of us, as `_WHEN_I_CAN`."""

_TO_CONFIRM = (
    "confermargli | confermarle | confermarlo | confermarla | confermarglielo | confermargliela | "
    "confermaglielo | confermagliela | confermale | "
    # the message's purpose said with "che": "mandale un WhatsApp che le confermi l'appuntamento"
    "che le confermi | che gli confermi | che le confermiamo | che gli confermiamo | che le conferma | "
    "che gli conferma | "
    # the message's lines the subject: "vuole due righe su WhatsApp che gli confermino il tagliando di lunedì"
    "che le confermino | che gli confermino"
)
_TO_REMIND = (
    "ricordalo | ricordala | ricordaglielo | ricordagliela | ricordarglielo | ricordargliela | ricordargli | "
    "ricordarle | ricordarlo | ricordarla | "
    # and "rammentare", said the same ("…, mandi un WhatsApp a Crisafulli per rammentarglielo?", set 48)
    "rammentaglielo | rammentagliela | rammentarglielo | rammentargliela | rammentargli | rammentarle | "
    # the infinitive with whom it reminds after it: "programma una mail per ricordare a Calzavara la diagnosi" (set
    # 41); never the infinitive alone ("non riesco a ricordare la targa": the listener's memory)
    + " | ".join(f"per ricordare {to}" for to in ("a", "ad", "al", "alla", "all", "ai", "alle"))
)

_REDONE = ("rifatto", "rifatta", "rifatti", "rifatte", "ricambiato", "ricambiata", "ricambiati", "ricambiate",
           "rimontato", "rimontata", "rimontati", "rimontate")  # fmt: skip
""""quand'è che gli abbiamo rifatto le pastiglie?": a job done again is asked of like one done (its history)."""
_RECHARGED = ("ricaricato", "ricaricata", "ricaricati", "ricaricate")
""""il clima della Zeekr l'abbiamo mai ricaricato?" (set 38): the air-con's own job, done, asked of like "fatto"."""
_DONE_ASKED = ("fatto", "fatta", "fatti", "fatte", "cambiato", "cambiata", "cambiati", "cambiate", "montato",
               "montata", "montati", "montate", "sostituito", "sostituita", "sostituiti", "sostituite", *_REDONE, *_RECHARGED,
               # a part put in ("quand'è che le abbiamo messo la batteria nuova?", set 28): fitted, as "montato"
               "messo", "messa", "messi", "messe")  # fmt: skip
_WHEN_IS_IT_THAT_DONE = " | ".join(
    f"{when} {whom}{have} {done}"
    # the day asked for by name too: "le gomme, in che data le avevamo montate?" (set 28), "in che giorno …"
    for when in ("quand e che", "quando e che", "in che data", "in che giorno", "in quale data", "che giorno")
    for whom in ("gli ", "le ", "ci ", "", "l ", "lo ", "la ", "li ")  # "in che giorno l'abbiamo fatto?": the job's
    for have in ("abbiamo", "avevamo", "avete", "hanno")
    for done in _DONE_ASKED
)  # fmt: skip
""""il Boxer, quand'è che gli abbiamo rifatto le pastiglie?": when a job was done, asked with "quand'è che" (its
history, a read), as "quando gli abbiamo fatto" is."""

_DONE_BY_US = " | ".join(
    f"{it} {have} {when}{done}"
    for it in ("gliel", "glielo", "gliela", "gliele", "glieli", "ce l", "ce le", "ce li", "l")
    for have in ("abbiamo", "avevamo")
    for when in ("", "gia ", "mai ")
    for done in _DONE_ASKED
    if not (it == "l" and when == "")  # "l'abbiamo fatto ieri" tells; "l'abbiamo già fatto?" may ask
) + " | " + " | ".join(
    # its "l'" lost ("gliel'abbiamo" written "gli abbiamo"): only with "già" or "mai", asked
    f"gli abbiamo {when}{done}" for when in ("gia ", "mai ")
    for done in ("fatto", "fatta", "fatte", "fatti", "cambiato", "cambiata", "cambiate", "cambiati", "montate",
                 "montati", "sostituita", "sostituito", "sostituite")
)  # fmt: skip
""""le gomme quand'è che gliele abbiamo cambiate?", "la batteria gliel'abbiamo già cambiata noi?": whether or when we
did a job on the car, asked with the job's pronoun (a read: its history)."""
_DONE_THEN_WHEN = " | ".join(
    f"{it} {have} {done} quando"
    for it in ("gliel", "glielo", "gliela", "gliele", "glieli", "ce l", "ce le", "ce li", "l", "lo", "la", "li", "le")
    for have in ("abbiamo", "avevamo")
    for done in _DONE_ASKED
) + " | " + " | ".join(
    f"{is_} {done} quando" for is_ in ("e stato", "e stata", "sono stati", "sono state")
    for done in ("fatto", "fatta", "fatti", "fatte", "cambiato", "cambiata", "cambiati", "cambiate", "sostituito",
                 "sostituita", "sostituiti", "sostituite", *_RECHARGED)
) + " | quand e stata | quand e stati | quand e state | quando sono stati | quando sono state"  # fmt: skip
""""l'olio l'abbiamo cambiato quando?", "le pastiglie gliele avevamo fatte quando?", "la ricarica è stata fatta
quando?", "la ricarica del clima quand'è stata?" (set 39): when a job was done, its "quando" said after the job's
verb, or "quand'è" with the job feminine or plural; a read (its history). "l'abbiamo fatto ieri" has no "quando"."""

_EVER_DONE = " | ".join(
    f"{it}{have} mai {done}"
    for it in ("", "l ", "lo ", "la ")
    for have in ("ha", "hanno", "abbiamo", "avete")
    for done in ("fatto", "fatta", "fatti", "fatte", "cambiato", "cambiata", "cambiate", "cambiati", "portata",
                 "portato", *_RECHARGED)
)  # fmt: skip
""""il tagliando l'ha mai fatto da noi?": whether it was ever done, asked; its "mai" no negation (see
`ever_asked`)."""

_BEEN_HERE = " | ".join(
    f"{is_} {when} {came} da noi"
    for is_ in ("e", "era")
    for when in ("gia", "mai")
    for came in ("venuto", "venuta", "stato", "stata", "passato", "passata")
)
""""il Bigster di Vanoni è già venuto da noi per qualche lavoro?": whether the car was here before, asked (its
history); "da noi" said, so "è già venuto a ritirarla" is none."""

_HOW_FAR_ALONG = " | ".join(
    f"a che punto {is_}" for is_ in ("e", "siamo", "sta", "stiamo", "sono", "e arrivata", "e arrivato")
)
""""A che punto è la Fulvia della Pelizzoni con la manutenzione?", "a che punto siamo coi tagliandi della Signum?"
(sets 32, 33): how far along a car is with its upkeep, its history asked (a read), only of a vehicle named or shown
(`parser._main_intent`); "la manutenzione" said so is its upkeep as a whole, no filter (`UPKEEP_AS_A_WHOLE`)."""
HOW_FAR_ALONG = _cues(_HOW_FAR_ALONG)

_AT_WHAT_HOUR = " | ".join(
    f"a che ora {can} {do}"
    for can in ("posso", "possiamo", "riesco a", "riusciamo a", "si puo", "mi puoi", "mi potete", "ce la facciamo a",
                # asked as a wish: "un cambio d'olio giovedì prima di pranzo: a che ora potrei farlo?"
                "potrei", "potremmo", "riuscirei a", "riusciremmo a",
                # asked of the workshop: "Lunedì 28 dicembre, a che ora ce la fate a fare un cambio gomme?" (set 45)
                "ce la fate a", "ce la fai a", "riesci a", "riuscite a")
    for do in ("mettere", "metterla", "metterlo", "metterci", "fare", "farla", "farlo", "fargli", "farle",
               "prenotare", "fissare", "infilare", "portare", "portarla", "portarlo",
               # the car let in: "a che ora posso far entrare una macchina per la diagnosi?"
               "far entrare", "fare entrare", "farla entrare", "farlo entrare", "farle entrare", "farli entrare",
               "infilarla", "infilarlo", "incastrare", "incastrarla", "incastrarlo")
) + " | " + " | ".join(
    # the car itself the one that can come in: "a che ora può entrare la Tipo di Vitale lunedì?"
    f"a che ora {can} entrare" for can in ("puo", "possono", "riesce a", "riescono a")
) + " | " + " | ".join(
    # the job's pronoun said before the verb: "un cambio gomme giovedì, prima di mezzogiorno: a che ora lo posso
    # fare?" (set 35), "a che ora la possiamo mettere?"
    f"a che ora {it} {can} {do}"
    for it in ("lo", "la", "li", "le", "glielo", "gliela", "glieli", "gliele", "gliel")
    for can in ("posso", "possiamo", "potrei", "potremmo", "riesco a", "riusciamo a")
    for do in ("mettere", "fare", "prenotare", "fissare", "infilare", "portare", "incastrare", "far entrare",
               "fare entrare")
)  # fmt: skip
""""giovedì 3 dicembre a che ora posso mettere una revisione?": the hour a job can go in on a day, asked (a first free
slot that day), or the car said able to come in ("a che ora può entrare la Panda lunedì?"); "a che ora posso
passare?" is no job's, nor "a che ora entra la Panda?" (the hour it is booked for), nor "a che ora lo posso
chiamare?" (no job's verb)."""
AT_WHAT_HOUR = _cues(_AT_WHAT_HOUR)

_SCHEDULE_OF_DAY = " | ".join(
    [f"{schedule} {of} {day}"
     for schedule in ("programma", "scaletta", "riepilogo")
     for of in ("di", "per", "a")
     for day in ("oggi", "domani", "dopodomani", "lunedi", "martedi", "mercoledi", "giovedi", "venerdi", "sabato",
                 "stamattina", "stasera", "questa", "questo", "quella", "quel")]
    # "del 30" is read as no day (engine.fastpath.dates): only "per il 30", so the day asked is never lost
    + [f"{schedule} {of} {day}" for schedule in ("programma", "scaletta", "riepilogo") for of in ("per il", "per l")
       for day in range(1, 32)]
    + ["programma della giornata", "programma della settimana", "scaletta della giornata", "riepilogo della giornata"]
)  # fmt: skip
""""leggimi il programma di venerdì", "programma per domani?", "la scaletta di oggi", "fammi il riepilogo di mercoledì
prossimo": the day's schedule, the day said right after "programma" (with its article or not); "programma il
tagliando" (the verb) and "il programma di manutenzione" are none, and a "riepilogo" of anything but a day ("il
riepilogo delle vendite") stays refused (`SCHEDULE_OF_DAY`, taken from the blockers)."""
SCHEDULE_OF_DAY = _cues(_SCHEDULE_OF_DAY)

_MESSAGE_BEFORE = " | ".join(
    f"{a} {what} {when} prima"
    for a in ("un", "una")
    for what in ("sms", "messaggio", "messaggino", "whatsapp", "mail", "email", "e mail")
    for when in ("il giorno", "la sera", "il pomeriggio", "due giorni", "tre giorni", "2 giorni", "3 giorni")
)  # fmt: skip
"""A message sent the day or the evening before, as a reminder ("un SMS il giorno prima", "un WhatsApp la sera
prima"; either article, as whisper hears "una S e M è se"): the reminder wanted, in Italian, like "a text the day before"; one told as sent ("gli abbiamo mandato un
SMS il giorno prima") is `MESSAGE_TOLD`."""

_BY_MESSAGE_BEFORE = " | ".join(
    f"{by} {what} {when} prima"
    for by in ("per", "via", "su", "tramite", "con")
    for what in ("sms", "messaggio", "whatsapp", "mail", "email", "e mail")
    for when in ("il giorno", "la sera", "il pomeriggio", "due giorni", "tre giorni", "2 giorni", "3 giorni")
)  # fmt: skip
""""Avvisa Lunardon per mail il giorno prima dell'appuntamento" (set 35), "avvisala via SMS la sera prima": the
notice sent by a channel the day or the evening before, a reminder; the notice verb said with it is no call
(`notice_by_message`)."""
_BY_MESSAGE_EARLY = " | ".join(
    f"{by} {what} con {days} {of} anticipo"
    for by in ("per", "via", "su", "tramite", "con")
    for what in ("sms", "messaggio", "whatsapp", "mail", "email", "e mail")
    for days in ("un giorno", "due giorni", "tre giorni", "quattro giorni", "cinque giorni", "2 giorni", "3 giorni",
                 "4 giorni", "5 giorni")
    for of in ("di", "d")
)  # fmt: skip
""""La Gualtierotti va avvisata per SMS con 3 giorni di anticipo" (set 41), "avvisala via mail con un giorno
d'anticipo": the notice sent by a channel so many days early, a reminder as `_BY_MESSAGE_BEFORE` is ("con 3 giorni
di anticipo" alone, no channel before it, asks nothing)."""
_MEMENTO_BY = " | ".join(
    f"un ricordo {by} {what}"
    for by in ("per", "via", "su", "tramite", "con")
    for what in ("sms", "messaggio", "whatsapp", "mail", "email", "e mail")
)  # fmt: skip
""""Alla Bortolameotti un ricordo per mail del cambio olio …: tre giorni prima" (set 37): the reminder called "un
ricordo", said with the channel it goes by; "un ricordo" alone (a keepsake, "ne ho un ricordo") asks nothing."""
NOTICE_VERBS = frozenset({"avvisa", "avvisalo", "avvisala", "avvisagli", "avvisale", "avvisali", "avvisiamo",
                          "avvisiamolo", "avvisiamola"})  # fmt: skip
_NOTICE_REACH = 4
"""How many words a notice verb may stand before its channel (the customer named between)."""
_BY_MESSAGE_BEFORE_CUES = _cues(_BY_MESSAGE_BEFORE + " | " + _BY_MESSAGE_EARLY)


_MESSAGE_SENT = frozenset({"messaggio", "messaggino", "sms", "whatsapp", "mail", "email"})
_AHEAD = _cues(
    "il giorno prima | la sera prima | il pomeriggio prima | la mattina prima | "
    + " | ".join(f"{n} giorni prima" for n in ("2", "3", "4", "5", "due", "tre", "quattro", "cinque"))
)
_TO_WHOM_BY = frozenset({"alla", "al", "a", "ad", "per", "via", "su", "tramite", "signora", "signor", "cliente",
                         "whatsapp", "sms", "mail", "email", "e",
                         # what the message is ("mandale una mail di avviso la sera prima alle 7", set 44)
                         "di", "avviso", "preavviso", "promemoria",
                         # the name after its elided article ("un SMS per l'Anzalone due giorni prima", set 48)
                         "l", "all"})  # fmt: skip
_AHEAD_REACH = 7
"""How many words the day before may come after the message, its channel and whom it goes to between."""


def message_ahead(tokens: list[str]) -> int | None:
    """Where a message is said to go the day (or days) before, its channel and whom it goes to between ("Programma un
    messaggio WhatsApp alla Nardecchia il giorno prima dell'olio della Denza", set 39; "un SMS al signor Rossi la sera
    prima"): a reminder, as `_MESSAGE_BEFORE` reads it said with nothing between. Else None: anything else between
    ("un messaggio che arriva il giorno prima"), or more than one name, or one not right after "alla", "al" or a
    title."""
    for i in range(len(tokens) - 1):
        if tokens[i] not in ("un", "una") or tokens[i + 1] not in _MESSAGE_SENT:
            continue
        if _said_ahead(tokens, i + 2, _AHEAD_REACH, _AHEAD, _TO_WHOM_BY, frozenset({"alla", "al", "all", "l", "signora", "signor"})):
            return i
    return None


def _said_ahead(
    tokens: list[str],
    start: int,
    reach: int,
    ahead: list[tuple[str, ...]],
    between: frozenset[str],
    named_after: frozenset[str],
) -> bool:
    """Is how far ahead a message goes (`ahead`: "il giorno prima", "forty-eight hours before") said within `reach`
    words from `start`, with only `between`'s words before it and one name at most, said right after one of
    `named_after` ("alla", "Mr")? The first place it is said decides."""
    for j in range(start, min(len(tokens), start + reach)):
        hit = find_any(tokens[j:], ahead)
        if hit is None or hit[0] != 0:
            continue
        names = [k for k in range(start, j) if tokens[k] not in between]
        return len(names) <= 1 and all(tokens[k - 1] in named_after for k in names)
    return False


TEXT_VERBS = frozenset({"text", "ping", "message", "whatsapp", "sms", "email"})
"""English verbs that send a message to the customer, as `texted_ahead` reads them."""
_TEXT_OPENERS = frozenset({"please", "just", "can", "could", "you", "and", "then", "so", "also"})
_TEXT_WHOM = frozenset({"him", "her", "them", "mr", "mrs", "ms", "miss", "the", "customer", "by", "a", "text", "on",
                        "whatsapp", "sms", "email", "via", "quick", "reminder", "message"})  # fmt: skip
TEXT_AHEAD = _cues(
    "the day before | the night before | the evening before | "
    + " | ".join(f"{n} {unit} {early}" for n in ("2", "3", "two", "three", "24", "48", "72", "twenty four",
                                                   "forty eight", "seventy two")
                 for unit in ("days", "hours") for early in ("before", "ahead", "beforehand", "prior"))
)  # fmt: skip
_TEXT_AHEAD_REACH = 7


def texted_ahead(tokens: list[str]) -> int | None:
    """Where an English message verb opens the request and says it goes ahead of the job, whom and its channel
    between ("Ping Mr Buonocore by text forty-eight hours before the LaSalle's aircon, …, so he doesn't forget", set
    46; "text him the day before the MOT"): a reminder, no reminder's word said. Else None ("text him that it's ready",
    "he texted the day before", one name at most between)."""
    for k, tok in enumerate(tokens):
        if tok not in TEXT_VERBS or not all(t in _TEXT_OPENERS or t in GREETED for t in tokens[:k]):
            continue
        if _said_ahead(tokens, k + 1, _TEXT_AHEAD_REACH, TEXT_AHEAD, _TEXT_WHOM, TITLES_EN):
            return k
    return None


def notice_by_message(tokens: list[str]) -> list[int]:
    """Where a notice verb ("avvisa", `NOTICE_VERBS`) is said with a channel and the day before right after it,
    the customer named between ("avvisa Lunardon per mail il giorno prima …"): a reminder sent, no call to make.
    Said alone ("avvisala", "avvisa Lunardon che è pronta") it stays an action the fast path has no tool for."""
    return [
        i for i, tok in enumerate(tokens)
        if tok in NOTICE_VERBS and (hit := find_any(tokens[i + 1 :], _BY_MESSAGE_BEFORE_CUES)) is not None
        and hit[0] < _NOTICE_REACH
    ]  # fmt: skip


_CONFIRMED_REACH = 5
"""How many words a notice verb may stand before its confirmation ("avvisalo con un SMS di conferma")."""


def notice_confirmed(tokens: list[str]) -> list[int]:
    """Where a notice verb (`NOTICE_VERBS`) is said with the confirmation its notice is, within
    `_CONFIRMED_REACH` words after it ("…, sabato 12 dicembre alle 8 e mezza, e avvisalo con un SMS di conferma", set
    47; "avvisala via WhatsApp con la conferma"): a confirmation sent (a tail, `composite.tail_start`), no call to
    make. "Avvisalo che è pronta" and "avvisalo della conferma del ricambio" stay actions the fast path has no tool
    for (the latter its confirmation of a part: no confirmation word right after it but "del ricambio")."""
    return [
        i for i, tok in enumerate(tokens)
        if tok in NOTICE_VERBS and any(
            t.startswith("conferm") and tokens[j + 1 : j + 2] not in (["del"], ["della"], ["dei"], ["delle"])
            for j, t in enumerate(tokens[i + 1 : i + 1 + _CONFIRMED_REACH], start=i + 1)
        )
    ]  # fmt: skip


_NOTICE_SET = " | ".join(
    f"{verb} un avviso"
    for verb in ("metti", "mettimi", "mettigli", "mettile", "imposta", "impostami", "programma", "programmami",
                 "manda", "mandagli", "mandale", "invia", "inviagli", "inviale", "fai partire")
)  # fmt: skip
""""Mettimi un avviso via mail per la Maggiolini, la Tiggo GC 704 JL, il giorno prima della ricarica del clima",
"mandagli un avviso su WhatsApp due giorni prima del tagliando": a reminder set or sent, called "un avviso" (read as
the reminder's word, `tail_words.REM_WORDS`); only with its verb ("l'avviso di garanzia" asks nothing)."""

_WORKS_SUMMARY = " | ".join(
    f"{summary} {of}"
    for summary in ("riepilogo", "resoconto", "riassunto")
    for of in ("dei lavori", "degli interventi", "di cosa abbiamo fatto", "di quello che abbiamo fatto",
               "di tutti i lavori", "di tutti gli interventi")
)  # fmt: skip
""""fammi un riepilogo dei lavori fatti sulla Laguna": the works done on a car summed up, its history (a read); a
"riepilogo" of anything else ("il riepilogo delle vendite") stays refused (`WORKS_SUMMARY`, taken from the blockers
like `SCHEDULE_OF_DAY`)."""
WORKS_SUMMARY = _cues(_WORKS_SUMMARY)

_WORKS_ON_RECORD = " | ".join(
    f"{works} {shown} {on}"
    for works in ("lavori", "interventi")
    for shown in ("risultano", "risultano fatti", "sono stati fatti", "sono registrati", "registrati", "fatti",
                  # the records as ours ("Che lavori ci risultano sul Devrim di Pappalepore, …?", set 47)
                  "ci risultano", "ci risultano fatti", "vi risultano", "abbiamo registrato", "abbiamo registrati")
    for on in ("sul", "sulla", "sull", "alla", "al", "all")
)  # fmt: skip
""""che lavori risultano sull'L200 di Migliavacca?", "che interventi sono stati fatti sulla Clio?": the works on a
vehicle, as the records show them (its history, a read); the vehicle's "sul"/"alla" is what tells them from a day's
works ("che lavori risultano per domani?", its agenda)."""
_WORKS_ON_FILE = " | ".join(
    f"{where} {among} {works}"
    for where in _ON_FILE_PLACES
    for among in ("tra", "fra", "di", "come")
    for works in ("tagliandi", "riparazioni", "lavori", "interventi", "lavorazioni", "manutenzioni")
)  # fmt: skip
""""Della Landaulet argentata, GV 346 XC, cosa c'è in archivio tra tagliandi e riparazioni?" (set 47), "cosa
abbiamo nel gestionale di lavori sulla Panda?": the works the records hold on the car, its history (a read), where
"in archivio" alone asks whether the plate is on file (`_ON_FILE`, a look-up)."""
WORKS_ON_FILE = _cues(_WORKS_ON_FILE)

_WORKS_SHOWN = " | ".join(
    f"{show} {every}{works}"
    for show in ("tirami fuori", "mi tiri fuori", "fammi vedere", "mi fai vedere", "mostrami", "mi mostri", "dammi",
                 "elencami", "leggimi", "mi leggi")
    for every in ("", "tutti ")
    for works in ("i lavori", "gli interventi", "i passaggi in officina", "i passaggi da noi")
)  # fmt: skip
""""tirami fuori tutti i lavori registrati sulla Exagon verde, GR 189 YF" (set 43), "mostrami gli interventi della
Clio", "leggimi tutti i lavori sulla Panda", "fammi vedere i passaggi in officina della Zhidou D7, …" (set 44: its
visits to us; never "i passaggi di proprietà"): the works on a vehicle shown, its history; with no vehicle said or in
focus ("fammi vedere i lavori di domani") no history (`parser._main_intent`)."""
_JOBS_DONE_EN = " | ".join(
    f"{jobs} {done}"
    for jobs in ("jobs", "work", "repairs", "services")
    for done in ("we ve done", "we have done", "we did", "you ve done", "you did", "have we done", "did we do",
                 "we ve ever done", "have we ever done")
)  # fmt: skip
""""Run me through the jobs we've done on the Eadon, DT 055 VD" (set 43), "what repairs have we done on the
Panda?", "list the work we did on GH 930 TP": the works done on a vehicle, its history (a read). "The jobs we have
on Friday" says no "done": the day's agenda as before."""
_DONE_HERE = " | ".join(
    f"{it} {done} da noi"
    # its "l'ha" heard "la" ("la revisione la passata da noi, quando?", set 42)
    for it in ("l ha", "la", "lo ha", "le ha", "li ha", "l hanno", "le hanno", "li hanno")
    for done in ("passata", "passato", "superata", "superato", "fatta", "fatto", "fatte", "fatti", "cambiata",
                 "cambiato", "cambiate", "cambiati", "sostituita", "sostituito", "montata", "montato", "montate",
                 "montati")
) + " | " + " | ".join(
    # "gliel'" heard "gli" before the job's verb and "noi" ("la batteria, gli abbiamo sostituita noi?", set 42)
    f"gli abbiamo {done} noi" for done in _DONE_ASKED
)  # fmt: skip
""""La Facellia della Zuccherelli, GK 129 PB, la revisione l'ha passata da noi? Quando?" (set 42), "le gomme le ha
cambiate da noi?", "la batteria gli abbiamo sostituita noi?": a job done in our workshop, asked of (its history, a
read); said with a write ("l'ha fatta da noi: prenotagliela giovedì alle 10") that write is read first."""
_SINCE_WHEN = " | ".join(
    f"da {how_long} {that}non"
    for how_long in ("quanto", "quanto tempo", "quanti mesi", "quanti anni", "quante settimane", "quanti giorni")
    for that in ("", "e che ")
) + " | how long ago | how long since"  # fmt: skip
""""da quanti mesi non le cambiamo l'olio?", "da quanto tempo non gli facciamo il tagliando?": how long since a job
was last done, asked (its history); the "non" is no negation (`since_when`), and the verb after it no booking. In
English "how long ago were its brake pads swapped?", "how long since we did its MOT?" (never a job's duration,
"how long will the service take?")."""
SINCE_WHEN = _cues(_SINCE_WHEN)

_HAD_SINCE = " | ".join(
    f"da {how_long} {has}"
    for how_long in ("quanto", "quanto tempo", "quando")
    for has in ("ha le", "ha la", "ha il", "ha i", "ha l", "ha gli",
                # whisper's "ha le" run into one word ("da quanto alle gomme nuove", set 37)
                "alle")
)  # fmt: skip
""""Bernocchi mi chiede da quanto ha le gomme nuove sulla Zotye" (set 37), "da quando ha la batteria nuova?",
"da quanto tempo ha le pastiglie nuove?": since when the car has a part, asked (its history, the job named after
it read as the service); its "quanto tempo" no job's duration (`detect_blocker`)."""
HAD_SINCE = _cues(_HAD_SINCE)

_LIST_OF_DAY = " | ".join(
    [f"{listed} {how}delle {cars} che {come}"
     for listed in ("lista", "elenco")
     # its order said between ("Fammi l'elenco, ora per ora, delle macchine che aspettiamo domani", set 47)
     for how in ("", "ora per ora ", "in ordine di orario ", "in ordine di ora ", "per orario ")
     for cars in ("macchine", "auto")
     for come in ("ci portano", "mi portano", "portano", "arrivano", "entrano", "vengono", "ci lasciano",
                  "aspettiamo", "attendiamo")]
    + [f"{listed} {of}" for listed in ("lista", "elenco")
       for of in ("degli appuntamenti", "delle prenotazioni", "dei prenotati")]
    # the customers awaited, listed: "leggimi la lista dei clienti attesi per oggi" (set 41)
    + [f"{listed} dei clienti {come}" for listed in ("lista", "elenco")
       for come in ("attesi", "in arrivo", "prenotati", "di oggi", "di domani")]
    # the cars of a day named right after: "dammi l'elenco delle macchine di sabato 5 dicembre"
    + [f"{listed} delle {cars} {of} {day}" for listed in ("lista", "elenco") for cars in ("macchine", "auto")
       for of in ("di", "per")
       for day in ("oggi", "domani", "dopodomani", "stamattina", "lunedi", "martedi", "mercoledi", "giovedi",
                   "venerdi", "sabato")]
)  # fmt: skip
""""sabato 5, la lista delle macchine che ci portano": the day's cars listed, asked as a noun; only the cars that
come in (never "la lista delle macchine che hanno la revisione scaduta", many cars picked by what they share)."""

_CARS_COMING_EN = " | ".join(
    f"{which} {cars} {come}"
    for which in ("which", "what")
    for cars in ("cars",)
    for come in ("are coming", "re coming", "are due in", "are booked in", "have we got coming", "we got coming",
                 "are we expecting", "are we getting")
)  # fmt: skip
""""Which cars are coming through the door on Thursday the 3rd, and at what times?" (set 41), "what cars are due in
tomorrow?", "which cars are we expecting Friday?": the day's cars asked for, the day's agenda (as "who's
coming"). Not "coming through the door" alone: "Cars are coming through the door on Thursday the third and at what
times?" (its "which" lost) reads "Thursday the third and" as next Thursday (engine.fastpath.dates), a day not asked."""

_NEEDS = (
    "ha bisogno | avrebbe bisogno | hanno bisogno | "
    # the need said of the customer: "…, FR 264 TB: le serve il cambio olio lunedì 30 alle 2 e mezza"
    "le serve | gli serve | le servirebbe | gli servirebbe | le servono | gli servono | "
    # the need said of the car named before it: "alla Punto di Leone serve il cambio olio lunedì alle 9"
    "serve | servirebbe | servono"
)
""""la 208 della Ruggeri, EP 674 SY, ha bisogno del cambio olio: sabato 28 alle 9", "le serve il cambio olio lunedì":
the car's or its owner's need, a booking word only with its service said right after ("di", "del" between) and not
asked ("ha bisogno del tagliando?", "le serve il tagliando?") nor denied ("non le serve il tagliando")."""
NEEDS_FORMS = _cues(_NEEDS)

_COMES_BY_TOLD = "passa | passera | ripassa | viene | verra"
COMES_BY_TOLD = _cues(_COMES_BY_TOLD)
""""Pedrazzini passa martedì primo dicembre alle 11 e mezza per l'olio e i filtri: la Sonique verde, …" (set 42):
the customer's visit told, as the wish to come by; never asked ("passa martedì alle 11 per l'olio?" may ask of
the one booked), and said back for a yes (`parser.parse`: told, not ordered). The car's visit too: "Fammi un appunto:
mercoledì 13 gennaio la Dayun della Bertolotti, GE 145 JB, viene per le gomme. L'orario lo sento …" (set 45)."""
_COMING_BY = "vorrebbe passare | vuole passare | vorrebbe venire | vuole venire | " + _COMES_BY_TOLD
COMING_BY = _cues(_COMING_BY)
"""The customer's wish to come by ("vorrebbe passare sabato alle 10 per le gomme"), or the visit told (`COMES_BY_TOLD`):
a booking only with the job said right after it, the day and time between ("vuole passare domani a ritirare la Clio"
is no booking)."""

_FIRST_DAY_GIVEN = " | ".join(
    f"{first} che {who}"
    for first in ("prima data", "primo giorno", "primo momento", "primo orario", "primo posto", "prima ora")
    for who in ("mi puoi dare", "mi potete dare", "mi dai", "mi date", "puoi darmi", "mi puo dare", "hai libero",
                "posso", "la posso", "lo posso", "le posso", "li posso", "possiamo", "la possiamo", "lo possiamo",
                "puoi", "potete", "riesci", "riusciamo", "ci sta", "abbiamo libero", "abbiamo libera", "avete libero",
                "avete libera", "hai libera", "abbiamo disponibile", "avete disponibile", "hai disponibile",
                "e libero", "e libera", "ho libero", "ho libera",
                # the first there is ("Revisione: da quando riesco a prenderla? Il primo giorno che c'è", set 42)
                "c e")
)  # fmt: skip
_FREE_FIRST = " | ".join(
    f"{which} che {have} {free} per {first}"
    for which in ("giorno", "data", "momento", "posto", "orario", "mattina", "pomeriggio")
    for have in ("ho", "hai", "abbiamo", "avete", "c e", "si")
    for free, first in (("libero", "primo"), ("libera", "prima"), ("libera", "primo"), ("libero", "prima"))
)  # fmt: skip
""""per una revisione, qual è il giorno che ho libero per primo?": the first free day asked with "per primo" said
after it (as "si libera per prima"), the speaker's own agenda or the workshop's."""

"""The first day or date asked of what can be given, or when the car can be taken ("la prima data che mi puoi dare",
"il primo giorno che la posso prendere", "il primo momento che abbiamo libero"): a first free slot asked."""

_FIRST_ROOM_HEARD = " | ".join(f"prima {room}" for room in ("spazio", "posto", "buco", "slot"))
""""e prima spazio buono in agenda per fare una revisione" (set 43): "il primo spazio" with its "il primo" heard "e
prima" before the masculine room word (no Italian of its own); the first free slot asked, as "primo spazio"."""
_ROOM_FOR_A_JOB = " | ".join(f"a {make} entrare {a}" for make in ("fare", "far") for a in ("un", "una", "uno"))
""""Giovedì 3 dicembre, in mattinata, riusciamo a fare entrare un tagliando" (set 43, its "riusciamo" heard
"riguosamo", "di usiamo"): room asked for a job said right after, whoever is asked; a first free slot (a read: any
booking said with it, "prenota … a far entrare un tagliando", is that booking)."""
_NEAREST_FREE = " | ".join(
    [f"{day} piu {near} {that}" for day, near in (("data", "ravvicinata"), ("giorno", "ravvicinato"),
                                                  ("data", "vicina"), ("giorno", "vicino"))
     for that in ("che", "libera" if day == "data" else "libero", "disponibile")]
    + [f"{day} {free} piu {near}" for day, free, near in (("data", "libera", "ravvicinata"), ("giorno", "libero",
                                                                                             "ravvicinato"),
                                                          ("data", "disponibile", "ravvicinata"),
                                                          ("giorno", "disponibile", "ravvicinato"))]
    # the room itself named free and nearest ("… sostituire la batteria: lo spazio libero più vicino qual è?", set 50)
    + [f"{room} {free} piu {near}" for room in ("spazio", "posto", "buco", "momento", "orario", "slot")
       for free in ("libero", "disponibile") for near in ("vicino", "ravvicinato")]
    + [f"data {free} piu {near}" for free in ("libera", "disponibile") for near in ("vicina", "ravvicinata")]
)  # fmt: skip
""""la data più ravvicinata che abbiamo" (set 44), "il giorno libero più ravvicinato": the nearest free day asked, as
"il giorno più vicino che"; only with what is free or had after it."""
_FIRST_DAY_AND_TIME = " | ".join(
    f"first {day} and time {who} {can}" for day in ("day", "date") for who in ("you", "we") for can in ("could", "can")
)
""""If a customer wanted an inspection, what's the first day and time you could fit them?" (set 34): the first free
slot asked with its hour, as "the first day you could" is."""

_HOLD_IT = ("tienilo | tienila | tienili | tienimelo | tienimela | tienicelo | tienicela | tenetelo | tenetela | "
            "tienigliela | tieniglielo | "
            # and as whisper writes it (set 44: "…, tienelo per lui")
            "tienelo | tienela")
HOLD_IT_FORMS = _cues(_HOLD_IT)
""""appena si libera un posto per la diagnosi, tienilo per lui" (set 44): the first free slot held for the car, said
last in a request for it, a booking (as "segnala"); anywhere else ("tienila d'occhio", "tienilo acceso") none."""

_FIT_ASKED = " | ".join(
    f"{asked} fit {what}"
    for asked in ("can you", "could you", "can we", "could we", "will you", "would you", "please", "need to")
    for what in ("a new", "new", "a", "an", "the new", "some new", "two new", "four new", "a pair of")
)
FIT_ASKED = _cues(_FIT_ASKED)
"""A part asked to be fitted: a booking only with the job named (weak, `parser._WEAK_BOOK`), "can you fit a new
battery on the Volvo tomorrow at 10:30"; "can you fit the Panda in" is `brought_in`."""

_ROOM_CHECKED = " | ".join(
    f"{see} se {fits}"
    # never "vedete", "guardate" (set 36 replay: a word known leaves a request none is unknown in, so "…, FK 177ZB,
    # vedete quando è segnato" was booked without being said back)
    for see in ("vedi", "guarda", "controlla", "mi vedi", "mi guardi", "mi controlli")
    for fits in ("ci sta", "ci entra", "c e posto", "c e spazio", "c e un buco", "ci stiamo", "ci riusciamo",
                 "ce la facciamo")
)  # fmt: skip
""""Un tagliando lunedì 14 dicembre dopo pranzo: vedi se ci sta da qualche parte" (set 47), "guarda se c'è posto
giovedì mattina per una revisione": room for a job asked of the diary, the first free slot (a read); its "se" an
indirect question, no condition (`room_checked`)."""

_FIRST_FREED = " | ".join(
    f"{first} che si {frees}"
    for first in ("primo momento", "primo posto", "primo buco", "primo orario", "primo giorno", "prima data")
    for frees in ("libera", "liberera")
)  # fmt: skip
""""…, serve il cambio olio: il primo momento che si libera, prenotalo" (set 47): the first slot that frees up, asked
(`CUES`, `FIRST_FREE`)."""

CUES: dict[str, list[tuple[str, ...]]] = {
    "cancel": _cues(
        "annulla | annullare | annullami | annulliamo | annullate | annullagli | cancella | cancellare | "
        "cancellami | cancelliamo | annullalo | annullala | cancellalo | cancellala | disdicilo | disdicila | disdici | disdire | disdetta | disdiciamo | elimina l appuntamento | "
        "disdice | disdicono | ha disdetto | hanno disdetto | togli dall agenda | toglilo dall agenda | "
        "c e da cancellare | c e da annullare | c e da disdire | "
        "togli dal calendario | leva dall agenda | toglila | toglilo | toglili | toglile | toglimela | "
        "toglimelo | levala | levalo | levali | levale | levamela | levamelo | "
        "togli l appuntamento | " + _JOB_OFF + " | "
        "cancel | call off | delete the appointment | remove the appointment | "
        # the customer's own call-off relayed as it happens, English "disdice": "Mr Rossi rang, he's cancelling
        # Saturday's MOT" (never "she cancelled …", told of as done, nor "it's cancelled": `cancel_opening`)
        "s cancelling | is cancelling | re cancelling | are cancelling | s canceling | is canceling | "
        "re canceling | are canceling | "
        # and in the Irish perfect: "he's after cancelling his MOT"
        "s after cancelling | is after cancelling | s after canceling | is after canceling | "
        # and with "call off", as it happens or just now ("he's calling off the MOT", "Mr Zambelloni's called off the
        # brake pads on his Evo"): the job said right after the perfect, so "the MOT's called off" stays none
        "s calling off | is calling off | re calling off | are calling off | s after calling off | is after calling off | "
        + " | ".join(f"{have} called off {what}" for have in ("s", "has", "ve", "have")
                     for what in ("the", "his", "her", "their", "tomorrow", "today", "monday", "tuesday", "wednesday",
                                  "thursday", "friday", "saturday"))
        + " | "
        + with_pronouns("annulla", "cancella", "disdici", "elimina")
        + " | "
        + with_pronouns_we("annulliamo", "cancelliamo", "disdiciamo", "eliminiamo")
        # struck off the agenda's page ("Niente più cambio olio mercoledì 9 per l'UAZ, …: depennalo", set 36)
        + " | depenna | depenniamo | "
        + with_pronouns("depenna")
        + " | "
        + with_pronouns_we("depenniamo")
        # thrown in the bin, cut out of the diary ("…: cestinalo", "Stralcialo dal calendario", set 51)
        + " | cestina | cestiniamo | stralcia | stralciamo | "
        + with_pronouns("cestina", "stralcia")
        + " | "
        + with_pronouns_we("cestiniamo", "stralciamo")
    ),
    "move": _cues(
        "sposta | spostare | spostalo | spostala | spostameli | spostami | spostiamo | spostagli | sposti | spostato | spostata | spostarlo | "
        "spostarla | anticipa | anticipare | anticipiamo | anticipato | anticipata | posticipa | posticipare | "
        "posticipiamo | posticipato | posticipata | rimanda | rimandare | rimandiamo | rimandato | rimandata | "
        # rescheduled ("Riprogramma le pastiglie della Weizhi …: da giovedì 6 a giovedì 13 maggio", set 50)
        "riprogramma | riprogrammare | riprogrammiamo | riprogrammala | riprogrammalo | riprogrammale | "
        "riprogrammali | riprogrammamela | riprogrammamelo | "
        # the job said to have to be moved ("il tagliando di venerdì 12 …, va spostato ma non so ancora dove", set 42)
        "va spostato | va spostata | va anticipato | va anticipata | va posticipato | va posticipata | "
        "va rimandato | va rimandata | "
        # pulled back to an earlier day, only with that day right after (`pulled_back_to_a_day`)
        + _PULLED_BACK
        + " | "
        # and in the plural, or its day said to change ("le pastiglie di venerdì 5 marzo vanno cambiate di giorno, ma
        # quale me lo fa sapere lei", set 45; "vanno cambiate" alone is the job itself, the pads changed)
        + " | ".join(f"{must} {moved}" for must in ("vanno", "va") for moved in (
            "spostate", "spostati", "anticipate", "anticipati", "posticipate", "posticipati", "rimandate",
            "rimandati", "cambiato di giorno", "cambiata di giorno", "cambiate di giorno", "cambiati di giorno",
            # put off ("il tagliando di lunedì 22 marzo va differito, ma la data nuova ancora non la sa", set 46)
            "differito", "differita", "differiti", "differite",
            "spostato di giorno", "spostata di giorno", "spostate di giorno", "spostati di giorno")
            if (must == "va") == moved.split()[0].endswith(("o", "a")))
        + " | "
        # put off in other words ("Rinviamo di qualche giorno la batteria del Greif, …: da martedì 30 marzo a venerdì 2
        # aprile", "Ritarda di una settimana il clima della Mopetta, …: mettila mercoledì 7 aprile", set 47): "ritarda"
        # only by days or weeks ("Rossi ritarda di mezz'ora" is the customer late, told), "rinvia" never bare ("rinvia
        # la conferma" sends it again)
        "rinviamo | rinviamolo | rinviamola | rinviamoli | rinviamole | ritardiamo | ritardiamolo | ritardiamola | "
        "ritardalo | ritardala | ritardali | ritardale | "
        + " | ".join(f"{must} {moved}" for must, moved in (("va", "rinviato"), ("va", "rinviata"), ("vanno", "rinviati"),
                                                           ("vanno", "rinviate"), ("va", "ritardato"),
                                                           ("va", "ritardata")))
        + " | cambiare di giorno | cambiamo giorno | cambiamole giorno | cambiagli giorno | "
        "cambia l appuntamento | cambiare l appuntamento | cambia appuntamento | cambia la data | "
        "cambia l orario | "
        # its hour changed ("Cambia l'ora al Devrim di Pappalepore, …: le pastiglie di mercoledì 31 marzo non alle 10
        # ma alle 4", set 47)
        "cambia l ora | cambiagli l ora | cambiamo l ora | cambiamogli l ora | cambiagli l orario | "
        "cambiamo l orario | "
        # the hour alone changed ("…: mercoledì 21 aprile resta, cambia solo l'ora, alle 10 invece che alle 3", set 49)
        + _HOUR_ONLY
        + " | move | reschedule | postpone | push back | bring forward | change the appointment | "
        # the customer's appointment to be rearranged ("Ms Biancofiore needs to rearrange the Panoz's brakes on March
        # 10th; she'll ring back with a new date", set 46)
        "rearrange | rearranging | "
        # the customer moving their own appointment (set 29: "uno dei clienti di venerdì vuole spostarsi a
        # mercoledì …" was refused, no verb known)
        "spostarsi | anticiparsi | posticiparsi | "
        # the job wanted earlier or later, told ("she wants the aircon brought forward to Monday")
        "brought forward | pushed back | "
        # the job said to have to be moved ("the battery on the Lincoln has to be moved, …", set 40)
        "be moved | be shifted | be rescheduled | get moved | got moved | "
        # the job said to need moving, its verb in "-ing" ("the Compass needs bumping from Monday to Wednesday")
        + " | ".join(f"{need} {verb}" for need in ("needs", "need", "wants", "want")
                     for verb in ("bumping", "moving", "shifting", "rescheduling", "pushing back", "putting back",
                                  "bringing forward", "moving back", "moving forward"))
        + " | "
        # the booked job said to need another day ("The Baojun's battery job needs a new date, …; she'll ring back
        # with one", set 44): "a new" or "another", never "needs a date" (a booking still to make)
        + " | ".join(f"{need} {new} {day}" for need in ("needs", "need", "wants")
                     for new in ("a new", "another") for day in ("date", "day", "slot"))
        + " | "
        + " | ".join(f"{verb} {it} {way}" for verb in ("bring", "brought", "push", "pushed")
                     for it in ("it", "her", "him", "them") for way in ("forward", "back")
                     if (way == "forward") == verb.startswith("br"))
        + " | "
        + _COME_INSTEAD
        + " | "
        "shift | possiamo fare prima | la possiamo fare prima | lo possiamo fare prima | farla prima | "
        "farlo prima | si puo fare prima | "
        # let slip to another day, and the listener asked in the second person: "fallo slittare a lunedì",
        # "il tagliando me lo anticipi a venerdì?" (never "slitta" alone: "la frizione slitta" is a symptom)
        "fallo slittare | falla slittare | falli slittare | facciamo slittare | facciamolo slittare | "
        "facciamola slittare | fai slittare | fate slittare | farlo slittare | farla slittare | "
        # and the customer asking to let it slip ("la Pulcinelli chiede di slittare: …", set 28); "a slittare" (the
        # clutch "comincia a slittare") stays a symptom
        "di slittare | vuole slittare | vorrebbe slittare | slittarlo | slittarla | slittarli | slittarle | "
        # or slide ("Le pastiglie del Genlyon, …, falle scivolare di sette giorni: martedì 20 aprile", set 48; never
        # "scivola" alone: the car or the clutch slides)
        + _SLID
        + " | "
        # or let run on ("La revisione della Patrician, …, la facciamo scorrere: da lunedì 21 a martedì 29 giugno",
        # set 53; never "scorre" alone: a belt, a door, water run)
        + _RUN_ON
        + " | "
        "anticipi | posticipi | rimandi | "
        # carried over to another day ("Trasferisci la revisione della Rosengart, …, da lunedì 15 marzo a martedì 9
        # marzo alle 2 e mezza del pomeriggio", set 46)
        "trasferisci | trasferiamo | trasferire | trasferirla | trasferirlo | "
        + with_pronouns("trasferisci")
        + " | "
        + with_pronouns_we("trasferiamo")
        + " | "
        + _SHIFTED_BY
        + " | " + with_pronouns("sposta", "anticipa", "posticipa", "rimanda")
        # and said with "we": "spostiamola a giovedì", "anticipiamolo a domani"
        + " | "
        + with_pronouns_we("spostiamo", "anticipiamo", "posticipiamo", "rimandiamo")
    ),
    "book": _cues(
        "prenota | prenotare | prenotazione | prenotalo | prenotala | segni | segnare | mettere | metta |  prenotami | prenotiamo | prenotagli | prenotale | prenotate | prenoti | "
        "prenotarmi | prenotargli | prenotarla | prenotarlo | prenotarle | prenotarli | fissa | fissare | fissami | fissiamo | fissagli | "
        "metti | mettimi | mettiamo | mettigli | segna | segnami | segnagli | inserisci | fai un appuntamento | "
        "le facciamo | gli facciamo | facciamogli | fissi | mi fissi | me lo fissi | me la fissi | mettici | "
        # and said to the workshop, the customer's question relayed ("chiede se le fate il tagliando sabato …", set 39)
        "le fate | gli fate | "
        # what must be done, said of the car ("il Nevera di X, GE 833 FD, va messo per la diagnosi mercoledì …", set
        # 39); "va messo a giovedì" (a day, not "per" the job) moves one
        "va messo per | va messa per | va messi per | va messe per | va prenotato | va prenotata | "
        "fammi un appuntamento | fagli un appuntamento | facciamo un appuntamento | c e da | vuole portare | "
        # an appointment opened ("Apri un appuntamento per il cambio gomme dell'Emzoom …, sabato 12 dicembre alle 8 e
        # mezza", set 47), as "fai un appuntamento"
        "apri un appuntamento | aprimi un appuntamento | apriamo un appuntamento | apri una prenotazione | "
        "aprimi una prenotazione | apriamo una prenotazione | "
        "vorrebbe portare | deve portare | " + _BRINGS_US + " | " + _CAN_BRING + " | " + _HOLD_FREE + " | " + _TAKE_EN + " | "
        "fissa un appuntamento | " + _SORT_JOB + " | book | "
        # an appointment taken for the customer ("…, la Yusheng bianca della Lopardo: le prendi un appuntamento per la
        # diagnosi lunedì 14 dicembre alle 10 e mezzo?", set 49), "prendi" alone no booking word (`TAKE_FORMS`)
        + " | ".join(f"{take} un appuntamento" for take in ("prendi", "le prendi", "gli prendi", "mi prendi",
                                                          "prendile", "prendigli", "prendimi", "prendiamo",
                                                          "prendiamogli", "prendiamole"))
        + " | make an appointment | make a booking | set up an appointment | "
        # the job itself set up ("Let's set up an oil change for the Rossion Q1, …, Monday, December 21st at 3:30
        # p.m.", set 42): a booking word only with its service said (`parser._WEAK_BOOK`)
        "set up a | set up an | "
        "schedule a | schedule an | schedule the | schedule | put | pencil in | "
        # the vehicle said first, then had in ("…, is due an oil change, let's have it in Friday at 9")
        "let s have it in | let s have her in | let s have him in | "
        # the vehicle said first, then put down for the job ("Right, the red Ka, DX 725 CH. Stick it down for …")
        "stick it down for | stick her down for | stick him down for | pop it down for | pop her down for | "
        "pop him down for | bisogna fare | deve fare | vuole fare | "
        + _DUE_TOLD
        + " | "
        + _PART_DUE
        + " | "
        # or put in, said roughly ("…, won't start: stick it in for a new battery tomorrow at 11")
        + " | ".join(f"{put} {it} in" for put in ("stick", "pop", "bung") for it in ("it", "her", "him", "them"))
        + " | "
        "mi serve un | mi serve una | ci serve un | ci serve una | mi servirebbe un | mi servirebbe una | "
        # a part fitted, asked of the counter ("can you fit a new battery on the Volvo", "could we fit new tyres")
        + _FIT_ASKED
        + " | "
        # the customer's wish, said roughly ("he's looking to get the brake pads done Monday …", set 39)
        "looking to get | looking to have | "
        "needs | need | wants | wanting | fammi | fagli | fammi fare | mi fai | mi fai fare | facciamo | facciamo fare | fagli fare | "
        "falle fare | gli fai | le fai | vuole | vorrebbe | prendi | prendimi | prendigli | prendile | prendiamo | "
        "segnala | " + _HOLD_IT + " | "
        + _NEEDS
        + " | "
        # the customer's wish to come by or have it done: "vorrebbe passare sabato per le gomme", "vuole far
        # controllare i freni"; the job said due: "vanno fatti i freni davanti: mercoledì la prendiamo"
        + _COMING_BY
        + " | vuole far controllare | "
        "vorrebbe far controllare | vuole far fare | vorrebbe far fare | vuole far vedere | vorrebbe far vedere | "
        # and looked at ("…, DB 475 LV: vuole far guardare i freni, le pastiglie, martedì 12 gennaio …", set 48)
        "vuole far guardare | vorrebbe far guardare | vuole far dare un occhio | vorrebbe far dare un occhio | "
        "vanno fatti | vanno fatte | va fatto | va fatta | "
        # or due again: "…, va rifatta la batteria prima di Natale" (set 37), "vanno rifatte le pastiglie"
        "vanno rifatti | vanno rifatte | va rifatto | va rifatta | "
        # put in, said roughly: "buttalo dentro al primo posto libero" (never "buttalo" alone: thrown away)
        "buttalo dentro | buttala dentro | buttali dentro | buttale dentro | buttamelo dentro | buttamela dentro | "
        + with_pronouns("prenota", "fissa", "segna", "metti")
        + " | "
        # "inseriscilo al primo orario che trovi libero" (set 36): put in, as "mettilo" (only beside a service)
        + with_pronouns("inserisci")
        + " | "
        + "segniamo | "
        + with_pronouns_we("prenotiamo", "fissiamo", "segniamo", "mettiamo")
        + " | "
        + _SQUEEZE_IN
        + " | "
        + _CHANGE_PART
        + " | "
        + _REFILL
        + " | "
        + _FIT_PART
        + " | "
        + _TAKEN_UP
        + " | "
        + _CALLED_WANTING
        + " | "
        + _RESERVED
        + " | "
        + _RESERVE_JOB
        + " | "
        + _BLOCK_JOB
        + " | "
        + _REGISTER_CAR
        + " | "
        + _LOAD_CAR
        + " | "
        + _WRITE_JOB
        + " | "
        + _IN_THE_DIARY
        + " | "
        + _REDO
        + " | "
        + _PART_TAKEN_UP
    ),
    "lookup_plate": _cues(
        "di chi e | a chi appartiene | chi e il proprietario | proprietario | proprietaria | intestata | "
        # its "è" lost by whisper ("Di chi la FL 885 è capa, …", set 35): a look-up only with a plate said
        "di chi la | di chi il | di chi l | "
        # the car's keys in hand ("Ho in mano le chiavi della GB 6 9 4 KT e manca il cartellino: di chi sono?", set
        # 49): the owner asked in the plural, a look-up only with a plate said
        "di chi sono | a chi appartengono | "
        # the owner asked as which customer ("… dice che è di un nostro cliente, ma quale?", set 53)
        + _WHICH_CUSTOMER
        + " | "
        # the owner asked by the register's word ("GY 280 TE: intestatario e modello"), no longer cut by
        # misheard into "intestata rio" (a Kia Rio) now the word is known
        "intestatario | intestataria | "
        "intestato | a chi e intestata | di che cliente e | whose | who owns | owner | look up | "
        # the plate run through the records: "can you run the plate GF 208 LY for me?", "check the reg …"
        "run the plate | run the reg | run the registration | run this plate | run that plate | run a plate | "
        "check the plate | check the reg | check the registration | check this plate | "
        "cerca la targa | cerchi la targa | cercami la targa | controlla la targa | che macchina e | che auto e | "
        # the car asked by the register's words ("che vettura è la FP 876 NA?", set 40; "che veicolo è la …?"), and
        # what the records show for the plate said ("vedi un po' cosa risulta per FH 052 RK", set 40): a look-up
        # only with a plate said (`parser._main_intent`); "cosa risulta per domani?" is the day's agenda
        "che vettura e | che veicolo e | che mezzo e | cosa risulta per | che risulta per | cosa ti risulta per | "
        "cosa mi risulta per | cosa ci risulta per | cosa risulta sulla | cosa risulta sul | cosa esce per | "
        "cosa ti esce per | cosa viene fuori per | "
        # what is on file under the plate said ("che c'è sotto la targa FR 383 BX?", set 38)
        "sotto la targa | sotto questa targa | "
        # and who is behind it ("Chi c'è dietro la targa GS 816 CC?", set 46: read as the day's "chi c'è", the plate
        # dropped)
        "dietro la targa | dietro questa targa | dietro quella targa | dietro a questa targa | dietro a quella targa | "
        "mi cerchi la | mi cerchi il | cercami la | cercami il | cerca la | cerca il | cerca l | chi ce l ha | chi ce lo ha | chi ce la ha | "
        "che macchina | what car is | who does | belong | "
        # the owner asked by the name on the record, or of the plate just read out ("what's the name on EA 417
        # BN?", "reg EA 417 BN, who's that?"): a look-up only with a plate said (`parser._main_intent`)
        "the name on | name on the | what name is on | what name s on | who s that | who is that | "
        # "whose is" heard "who's this" before the plate ("Who's this, Hotel Alpha 617 …?")
        "who s this | who is this | "
        "belongs | chi e | who is | who s the owner | padrone | padrona | chi e il padrone | chi e la padrona | "
        "a nome di chi e | a chi e intestato | intestata a chi | intestato a chi | "
        # the owner asked as what the records show ("questa qui, HD 069 ZP, a nome di chi risulta?"), or as which
        # customer ("che cliente è quello della GX 257 MY?"), or traced back from the plate ("devo risalire a un
        # cliente dalla targa")
        "a nome di chi risulta | di chi risulta | a chi risulta | a chi risulta intestata | "
        # and by the name it is under ("Sul parabrezza c'è scritto EF 1 6 4 AJ: a che nome ce l'abbiamo?", set 48)
        + _NAME_IT_IS_UNDER + " | "
        "a chi risulta intestato | che cliente e quello | che cliente e quella | che cliente e il | "
        "che cliente e la | risalire a un cliente | risalire al cliente | risalire al proprietario | "
        "risalire alla proprietaria | "
        # and in English, which customer the plate said is ("HA 627 DZ, which customer is that one on the
        # system?", set 28): a look-up only with a plate said (`parser._main_intent`)
        "which customer is that | which customer is this | which customer s that | which customer s this | "
        "which customer is it | what customer is that | what customer is this | which client is that | "
        "which customer does | which customer has | "
        # whether the plate's car is a customer's, and whose ("DW 352 PC: è un cliente nostro? Come si chiama?"):
        # only with a plate said (`parser._main_intent`)
        "e un cliente nostro | e un nostro cliente | e nostro cliente | e cliente nostro | e gia cliente | "
        "e gia nostro cliente | come si chiama | "
        # and of a woman's car, or with "una" ("HT 412 XE: è già nostra cliente?", set 44)
        + _OUR_CUSTOMER_SHE
        + " | "
        # the car searched by its plate said right after ("cercami FS 752 DG", "cerca mi" as whisper splits it),
        # and the owner's number asked of the plate ("il numero di telefono di quello con la GC 175 HP?"): reads
        # whose car it is, asked of the plate said right after ("guardami chi ha la GF 740 ZL"): only with a plate
        "chi ha la | chi ha il | chi ha l | chi ha quella | chi ha quel | "
        "cercami | cerca mi | numero di telefono di quello | numero di telefono di quella | "
        "numero di telefono del proprietario | numero di telefono della proprietaria | "
        + _POSSESSED
        + " | "
        + _OWNER_NAMED
        + " | "
        + _HOLDER
        + " | "
        + _OWNER_GUESSED
        + " | "
        + _GIVEN_BACK_TO
        + " | "
        # the owner by the register's word: "who's the registered keeper of GE 571 HP?"
        + _KEEPER
        + " | "
        + _PLATE_TO_COME
        + " | "
        + _CUSTOMERS_PLATE
        + " | "
        + _PLATE_CHECKED
        + " | "
        + _PLATE_LOOKED_AT
        + " | "
        + _PLATE_LOOKED_AT_AWHILE
        + " | "
        + _PLATE_SEARCHED
        + " | "
        + _ON_FILE
        + " | "
        + _PLATE_ON_FILE
        + " | "
        + _AT_DESK
        + " | "
        + _OURS
        + " | "
        + _WHOSE_LOST_IS
        + " | "
        # the owners asked in the plural, or the owner heard so ("voglio sapere i proprietari e il modello", set 42)
        "i proprietari | the owners"
    ),
    "vehicle_history": _cues(
        _WORKS_SUMMARY + " | " + _SINCE_WHEN + " | " + _HAD_SINCE + " | "
        "quando ha fatto | quand e stato | quando e stato | quando e stata | ultimo | ultima | ultimi | ultime | "
        # the inspection passed, asked of ("quand'è che il Kadjar ha passato la revisione?")
        "ha passato la revisione | ha superato la revisione | ha passato il collaudo | "
        # and with the job said first, its pronoun before ("la revisione quando l'ha passata da noi?", set 40; "il
        # collaudo quando l'ha superato?")
        "quando l ha passata | quando l ha passato | quando l ha superata | quando l ha superato | "
        "quando l ha fatta | quando l ha fatto | quando le ha fatte | quando li ha fatti | "
        # its "l'ha" heard "la" ("la revisione quando la passata da noi", set 40): "la passata" is no job
        "quando la passata | quando la superata | "
        # whether a job was done already this year, asked ("le gomme gliele abbiamo già montate quest'anno?", set 40;
        # "gliele" heard "miele"): done by us, so its history (a write said with it is that write)
        + " | ".join(f"abbiamo gia {done}" for done in ("montate", "montati", "montata", "montato", "cambiate", "cambiati",
                                                         "cambiata", "cambiato", "sostituite", "sostituita", "sostituito",
                                                         "fatta", "fatto", "fatte", "fatti"))
        + " | "
        "storico | storia | history | when did | when was | last time | last | interventi | cosa ha fatto | "
        # what the car has behind it with us ("Il furgoncino di Sbrana, …, FB 826 BM: cos'ha alle spalle con noi?",
        # set 46), and all it has ever had done ("pull up everything it's ever had done here", set 46)
        "cos ha alle spalle | cosa ha alle spalle | che cosa ha alle spalle | cosa c e alle spalle | "
        "everything it s ever had | everything it has ever had | everything she s ever had | all it s ever had | "
        "everything it s had done | everything that s been done | "
        "cosa abbiamo fatto | what was done | what have we done | "
        # its records asked by name: "run me through the service record on Ms Pietrangeli's Demio" (set 34)
        "service record | service records | maintenance record | maintenance records | repair record | "
        "repair records | "
        # the work so far asked in the present perfect: "what's been done on the Subaru so far?"
        "what s been done | what has been done | what work s been done | what work has been done | precedenti | ha gia fatto | "
        "ha fatto gia | quando l abbiamo | quando lo abbiamo | quando la abbiamo | quando li abbiamo | "
        "quando le abbiamo | quando gliel abbiamo | quando glielo abbiamo | quando gliela abbiamo | "
        # its "gliel'" heard "si l'" after "quando" ("il tagliando quando si l'abbiamo fatto", set 35)
        "quando si l abbiamo | quando si le abbiamo | quando si li abbiamo | "
        # the date a job goes back to, asked ("la revisione risale a quando?", set 35; "a quando risale l'ultimo
        # tagliando?")
        "risale a quando | a quando risale | quando risale | risalgono a quando | a quando risalgono | "
        "quando glieli abbiamo | quando gliele abbiamo | quando gliel hanno | quando glieli hanno | "
        "quando gliele hanno | "
        # the same asked in the past perfect: "le pastiglie quando le avevamo cambiate?"
        "quando l avevamo | quando lo avevamo | quando la avevamo | quando li avevamo | quando le avevamo | "
        "quando gliel avevamo | quando glielo avevamo | quando gliela avevamo | quando glieli avevamo | "
        "quando gliele avevamo | "
        # the job asked of when it was done: "quanti km aveva quando gli abbiamo fatto l'olio?"
        "quando gli abbiamo fatto | quando gli abbiamo cambiato | quando gli abbiamo montato | "
        "quando gli abbiamo rifatto | quando gli abbiamo ricambiato | quando gli abbiamo rimontato | "
        "quando ci abbiamo fatto | quando gli hanno fatto | "
        # said without its "gli", or with it heard "già" ("quando già abbiamo montato le gomme al Freemont")
        + " | ".join(
            f"quando {gia}abbiamo {done}"
            for gia in ("", "gia ")
            for done in ("fatto", "cambiato", "montato", "sostituito", "fatta", "cambiata", "montata", "cambiate",
                         "montate", "cambiati", "montati", "sostituita", "sostituite", *_REDONE)
        )
        + " | "
        + _WHEN_IS_IT_THAT_DONE
        + " | "
        # and with "ce" for "glie" as it is said too: "la batteria quand'è che ce l'abbiamo cambiata?"
        "ce l abbiamo cambiata | ce l abbiamo cambiato | ce l abbiamo fatta | ce l abbiamo fatto | "
        "ce le abbiamo cambiate | ce li abbiamo cambiati | ce le abbiamo fatte | ce li abbiamo fatti | "
        "lavori ci abbiamo fatto | lavori gli abbiamo fatto | lavori abbiamo fatto | "
        "lavori ha fatto | lavori fatti | cosa ci abbiamo fatto | cosa gli abbiamo fatto | "
        # the works shown, asked of a vehicle named ("tirami fuori i lavori … della ES 450 HF")
        + _WORKS_SHOWN
        + " | "
        "interventi abbiamo fatto | interventi ci abbiamo fatto | what did we do on | what did we do to | "
        # the works the records hold on a vehicle named, asked: "che lavori risultano sull'L200 di …?" (set 26);
        # said of a day ("che lavori risultano per domani?") they are its agenda, so only before a vehicle's "sul"
        + _WORKS_ON_RECORD
        + " | "
        + _WORKS_ON_FILE
        + " | "
        # what was done to her car ("cosa le abbiamo fatto finora alla 600?"), by us or by the workshop's men
        + " | ".join(
            f"{what} {whom} {have} fatto"
            for what in ("cosa", "lavori", "interventi")
            for whom in ("le", "gli", "ci")
            for have in ("abbiamo", "avete", "hanno", "abbiamo gia")
        )
        + " | "
        "what did you do on | what have we done to | what work have we done | what work did we do | "
        # all of it asked to be shown ("pull up everything we've done on the Maserati"): the vehicle's history
        "everything we ve done | everything we have done | everything we ve ever done | everything we have ever done | "
        "all we ve done | all we have done | all the work we ve done | all the work we have done | "
        "everything that s been done | everything that has been done | everything you ve done | "
        "everything you have done | "
        "any work on | any work done on | work done on | "
        # whether we did it, asked: "le pastiglie gliele abbiamo fatte noi?"
        "gliele abbiamo fatte | glieli abbiamo fatti | glielo abbiamo fatto | gliela abbiamo fatta | "
        "gliel abbiamo fatto | gliel abbiamo fatta | le abbiamo fatte noi | li abbiamo fatti noi | "
        "l abbiamo fatto noi | l abbiamo fatta noi | lo abbiamo fatto noi | la abbiamo fatta noi | "
        # and with the job's own verb: "la batteria l'abbiamo sostituita noi?" (set 31)
        + " | ".join(f"{it} abbiamo {done} noi" for it in ("l", "lo", "la", "li", "le")
                     for done in _DONE_ASKED if done not in ("fatto", "fatta"))
        + " | "
        "gliel abbiamo cambiata | gliel abbiamo cambiato | gliela abbiamo cambiata | glielo abbiamo cambiato | "
        "gliele abbiamo montate | glieli abbiamo montati | "
        # everything done on it, shown: "fammi vedere tutto quello che abbiamo fatto sulla Clio"
        # and to her car, or by the men: "mi tiri fuori tutto quello che le abbiamo fatto negli anni?" (set 30)
        + " | ".join(
            f"tutto {that} che {whom}{have} fatto"
            for that in ("quello", "cio")
            for whom in ("", "gli ", "le ", "ci ")
            for have in ("abbiamo", "avete", "hanno", "abbiamo gia")
        )
        + " | "
        "quello che abbiamo fatto sul | quello che abbiamo fatto sulla | "
        # whether we had done it, asked in the past perfect: "la batteria gliel'avevamo già cambiata noi?"
        "gliel avevamo cambiata | gliel avevamo cambiato | gliel avevamo fatta | gliel avevamo fatto | "
        "gliele avevamo fatte | glieli avevamo fatti | gliele avevamo cambiate | glieli avevamo cambiati | "
        "gliel avevamo gia cambiata | gliel avevamo gia cambiato | gliel avevamo gia fatta | "
        "gliel avevamo gia fatto | gliele avevamo gia fatte | glieli avevamo gia fatti | "
        "gliele avevamo gia cambiate | glieli avevamo gia cambiati | l avevamo gia fatto | l avevamo gia fatta | "
        "l avevamo gia cambiata | l avevamo gia cambiato | ce l avevamo cambiata | ce l avevamo fatta | "
        # the car's past visits asked of: "è già venuto da noi per qualche lavoro?", "è mai stata da noi?"
        + _BEEN_HERE
        + " | "
        # the whole paradigm of a job done by us, asked, and whether it was ever done
        + _DONE_BY_US
        + " | "
        + _EVER_DONE
        + " | "
        + _DONE_THEN_WHEN
        + " | "
        + _HOW_FAR_ALONG
        + " | "
        + _JOBS_DONE_EN
        + " | "
        + _DONE_HERE
    ),
    "day_appointments": _cues(
        "appuntamenti | agenda | cosa c e | che c e | cosa abbiamo | chi c e | chi viene | chi arriva | chi abbiamo | "
        "what s on | whats on | what do we have | who is coming | who s coming | appointments | calendario | "
        "bookings | in programma | prenotazioni | entrano | chi entra | cosa entra | "
        "quante macchine arrivano | quante auto arrivano | "
        # who turns up, asked ("Domani chi si presenta al banco, in ordine di orario?", set 46)
        "chi si presenta | chi si presentano | chi ci si presenta | chi si fa vedere | "
        # the day's running order asked ("What's the lineup for Monday the 7th of December?", set 42); never "line"
        # alone, a word the tables would then split off whisper's run-ons ("le gommeline")
        "the lineup | s lineup | "
        # the day's turns asked of: "oggi chi ci tocca?"
        "chi ci tocca | cosa ci tocca | che ci tocca | "
        # who is expected, asked: "chi aspettiamo domani?", "who's booked in on Monday?"
        "chi aspettiamo | chi aspetto | chi aspetti | chi aspettate | chi deve venire | chi devono venire | "
        "chi deve passare | chi passa | chi ha appuntamento | chi ha l appuntamento | chi hanno l appuntamento | chi e prenotato | chi e prenotata | "
        "chi abbiamo segnato | chi ho segnato | who s booked | who is booked | who s booked in | who s in | "
        "who have we got | who ve we got | who do we have | who s due | who is due | who are we expecting | "
        "who are we seeing | who s on the books | anyone booked | anybody booked | who s down for | "
        # "who've we got coming in" with the auxiliary lost ("who we got coming in tomorrow?")
        "who we got coming | who we got booked | who we got in | who we got today | who we got tomorrow | "
        "who d we got coming | what have we got coming | what ve we got coming | what we got coming | "
        # "who've we got" heard as the future it sounds like ("who are we going to be coming in on Saturday?")
        "who are we going to be | who are we going to have | who will we have | who will be coming | "
        "who s going to be coming | who is going to be coming | "
        "what have we got booked | what ve we got booked | what we got booked | "
        # the day's list named by its possessive: "give me tomorrow's list", "read out Friday's sheet"
        + " | ".join(f"{day} s {what}" for day in ("today", "tomorrow", "monday", "tuesday", "wednesday", "thursday",
                                                     "friday", "saturday")
                     for what in ("list", "diary", "sheet", "schedule", "rota", "run sheet"))
        + " | "
        # the day gone through, or what is in, asked with the day right after: "run me through tomorrow", "what's in
        # on Friday?" ("what's in the boot" names no day)
        + " | ".join(f"{asked} {day}" for asked in ("run me through", "talk me through", "what s in", "what s in on",
                                                     "what is in", "what is in on")
                     for day in ("today", "tomorrow", "monday", "tuesday", "wednesday", "thursday", "friday",
                                 "saturday"))
        + " | "
        # who is still to come: "oggi chi dobbiamo ancora aspettare?", "chi manca ancora?"
        + _STILL_EXPECTED
        + " | "
        + _WORK_AHEAD
        + " | "
        + _WORK_ON_DAY
        + " | chi manca | chi manca ancora | chi deve ancora arrivare | chi deve ancora venire | "
        "chi devono ancora arrivare | chi resta | chi ci resta | chi e rimasto | chi arriva ancora | "
        # whom the day brings, said with a pronoun: "sabato 5 chi mi entra?", "domani chi ci arriva?"
        "chi mi entra | chi ci entra | chi mi entrano | chi mi arriva | chi ci arriva | chi mi viene | "
        "chi ci viene | chi mi passa | chi ci passa | cosa mi entra | cosa ci entra | che mi entra | "
        # whom the day brings, by the car brought: "dopodomani chi ci porta la macchina?"
        "chi ci porta la macchina | chi mi porta la macchina | chi ci porta l auto | chi mi porta l auto | "
        # whom I have, asked of the workshop or a day: "chi ho in officina giovedì 10?", "domani chi ho?"
        "chi ho in officina | chi ho in agenda | chi ho oggi | chi ho domani | chi ho dopodomani | "
        + " | ".join(f"chi ho {day}" for day in ("lunedi", "martedi", "mercoledi", "giovedi", "venerdi", "sabato"))
        + " | "
        "chi ci portano la macchina | chi ci lascia la macchina | chi mi lascia la macchina | "
        # whom the day brings, named as them or their cars: "fammi l'elenco di quelli che passano oggi", "mi elenchi
        # le macchine in arrivo?" (set 38)
        "quelli che passano | quelli che arrivano | quelli che vengono | quelli che entrano | "
        "macchine in arrivo | auto in arrivo | vetture in arrivo | clienti in arrivo | "
        # the day's schedule named as a noun: "leggimi il programma di venerdì" (see `_SCHEDULE_OF_DAY`)
        + _SCHEDULE_OF_DAY
        + " | "
        + _LIST_OF_DAY
        + " | "
        + _CARS_COMING_EN
    ),
    "first_free_slot": _cues(
        # the first to come free, asked: "guarda quale mattina si libera per prima per un cambio gomme"
        "si libera per prima | si libera per primo | si libera prima | quale mattina si libera | "
        "quale giorno si libera | che giorno si libera | quando si libera un posto | "
        # the first chance asked ("qual è la prima occasione utile per una revisione?")
        "prima occasione utile | prima occasione libera | prima occasione buona | prima mezz ora buona | "
        "prima mezz ora libera | prima mezz ora utile | prima mezzora buona | prima mezzora libera | "
        # and as a window in the agenda ("Qual è la prima finestra utile per una ricarica dell'aria condizionata?",
        # set 47)
        + _FIRST_FREED
        + " | "
        + _ROOM_CHECKED
        + " | "
        "prima finestra utile | prima finestra libera | prima finestra disponibile | prossima finestra utile | "
        "prossima finestra libera | prossima finestra disponibile | "
        # from what day the car can be taken, asked ("Un cliente vuole solo olio e filtri: da che giorno possiamo
        # prenderlo?", set 47), as "da quando riesco a prenderla?"
        + " | ".join(f"da {which} {can} {take}{it}" for which in ("che giorno", "quale giorno", "quando")
                     for can in ("possiamo", "posso", "puoi", "potete", "riusciamo a", "riesci a")
                     for take in ("prender", "far") for it in ("la", "lo"))
        + " | "
        # the first day with room, asked ("what's the first day we've room?", set 47)
        + " | ".join(f"first {day} {who} {room}" for day in ("day", "date")
                     for who in ("we ve", "we have", "we ve got", "you ve", "you have", "you ve got", "there s",
                                 "there is", "with")
                     for room in ("room", "space", "a space", "a slot", "a gap"))
        + " | "
        "primo posto libero | primo posto | primo momento libero | primo momento utile | primo momento buono | "
        "prima data libera | prima disponibilita | primo buco | primo slot | "
        "primo orario libero | primo appuntamento libero | primo appuntamento disponibile | primo giorno libero | "
        # the next one free, as the first ("il prossimo orario libero per una diagnosi, me lo cerchi?", set 40)
        "prossimo orario libero | prossimo posto libero | prossimo momento libero | prossimo giorno libero | "
        "prossimo appuntamento libero | prossima data libera | prossima disponibilita | prossimo buco | "
        "prossimo spazio libero | "
        "prima data utile | quando c e posto | quando c e un posto | quando siete liberi | quando e libero | "
        "c e posto | c e un buco | un buco | avete posto | posto per | quando posso | quando possiamo | "
        # a place, counted: "Cambio gomme martedì 1 dicembre, dopo pranzo: c'è un posto o siamo pieni?" (set 52)
        "c e un posto | c e un posto libero | c e un posticino | c e ancora un posticino | c e uno spazio | "
        # room still left, asked: "per un cambio olio, sabato 5 di mattina c'è ancora posto?" (set 26)
        "c e ancora posto | c e ancora un posto | c e ancora spazio | c e ancora un buco | avete ancora posto | "
        "hai ancora posto | avete ancora spazio | hai ancora spazio | "
        # the room still left, asked by what ("sabato 12, in mattinata, che spazi restano per un tagliando?", set 40;
        # "quali posti rimangono lunedì?", "che buchi ti restano giovedì?")
        + " | ".join(
            f"{which} {room} {whom}{left}"
            for which in ("che", "quali", "quanti")
            for room in ("spazi", "posti", "buchi", "orari")
            for whom in ("mi ", "ci ", "ti ", "")
            for left in ("restano", "rimangono", "sono rimasti", "restano liberi", "rimangono liberi")
        )
        + " | "
        "quando si puo | quando riesci | quando riuscite | first free | first available | next available | "
        "earliest | soonest | next free | when can | when is the next | when s the next | any free slot | free slot | "
        # an "opening" for the slot: "when's your first opening for a regas?", "any openings Friday?"
        "first opening | next opening | earliest opening | soonest opening | any openings | any opening | "
        # the free slots asked by what is open ("Thursday the 10th of December, after lunch: what MOT slots are
        # open?", set 50)
        "slots are open | slots are free | slots do we have open | slots do we have free | slots have we got free | "
        "slots have we got open | slots are still open | slots are still free | openings do we have | "
        # the slot itself asked for ("when's the first slot for an MOT?"), the English "primo slot"
        "first slot | next slot | earliest slot | first gap | next gap | "
        # when the workshop is free, asked in other words: "when are you free for an MOT?", "how soon can you do a
        # regas?", "when could you fit in a service?"
        "when are you free | when re you free | when are you next free | how soon can | how soon could | "
        "when could you | when could we | "
        "posto libero | disponibilita | available | availability | quando siamo liberi | quando sei libero | "
        "c e spazio | avete spazio | hai spazio | primo giorno in cui | primo giorno che hai | primo giorno utile | "
        "orari liberi | orari hai liberi | orari avete liberi | orari ha liberi | che orari hai | che orari avete | "
        "quando mi puoi dare | quando mi potete dare | quando mi puo dare | quando mi dai | quando puoi darmi | "
        "hai qual cosa libero | hai qual cosa di libero | avete qual cosa libero | avete qual cosa di libero | "
        "hai un posto libero | avete un posto libero | "
        # a gap in the agenda asked ("Mercoledì 9 dicembre lo trovo un varco per un controllo ai freni?", set 49)
        + " | ".join(f"{it}{find} un varco" for it in ("", "lo ", "me lo ", "ce lo ", "mi ", "ci ")
                     for find in ("trovo", "trovi", "troviamo", "trovate"))
        + " | c e un varco | hai un varco | avete un varco | abbiamo un varco | ho un varco | "
        # when the car can be taken in, asked (set 29: "…, deve rifare le pastiglie: quando me la puoi prendere al
        # più presto?" was refused)
        # and in the first person ("da quando riesco a prenderla?", set 42)
        + " | ".join(f"quando {me}{it} {can} {take}" for me in ("me ", "ce ", "") for it in ("la", "lo")
                     for can in ("puoi", "potete", "puo", "riesci a", "riuscite a", "riesco a", "riusciamo a")
                     for take in ("prendere", "fare"))
        + " | "
        + " | ".join(f"quando {can} {take}{it}" for can in ("puoi", "potete", "riesci a", "riuscite a", "riesco a",
                                                           "riusciamo a")
                     for take in ("prender", "prendermi", "prenderce") for it in ("la", "lo"))
        + " | "
        # when the job can be set for the customer, asked ("chiede per una revisione: a partire da quando gliela
        # posso fissare, al più presto?", set 48): the first free slot, a read
        + " | ".join(f"quando {it} {can} {put}" for it in ("gliela", "glielo", "la", "lo", "me la", "me lo")
                     for can in ("posso", "possiamo", "puoi", "potete") for put in ("fissare", "prenotare", "mettere"))
        + " | "
        # asked in the first person ("ho qualcosa libero prima di pranzo?"): the workshop's own agenda
        "ho qual cosa libero | ho qual cosa di libero | abbiamo qual cosa libero | abbiamo qual cosa di libero | "
        "c e qual cosa libero | c e qual cosa di libero | "
        # the first good date asked ("qual è la prima data buona?"), and what is left free ("cosa mi resta libero
        # lunedì mattina?", "che cosa avete libero giovedì?")
        "prima data buona | primo giorno buono | prima data disponibile | primo giorno disponibile | "
        # the nearest day asked: "dimmi il giorno più vicino in cui riusciamo a fargliela"
        "giorno piu vicino in cui | giorno piu vicino che | data piu vicina in cui | data piu vicina che | "
        "giorno libero piu vicino | data libera piu vicina | dimmi il giorno piu vicino | dimmi giorno piu vicino | "
        "qual e il giorno piu vicino | "
        # and "ravvicinata", the date asked of what we have ("Una revisione, la data più ravvicinata che abbiamo qual
        # è?", set 44); never bare ("l'appuntamento più ravvicinato della Rossi" is hers, booked)
        + _NEAREST_FREE
        + " | "
        "prima data che hai | prima data che avete | prima data che abbiamo | "
        + " | ".join(
            f"{what} {whom}{left} {free}"
            for what in ("cosa", "che")
            for whom in ("mi ", "ci ", "")
            for left in ("resta", "rimane", "e rimasto", "e rimasta", "resta di", "rimane di")
            for free in ("libero", "libera", "liberi")
        )
        + " | cosa hai libero | cosa avete libero | cosa abbiamo libero | cosa hai di libero | cosa avete di libero | "
        "cosa abbiamo di libero | cosa ho libero | cosa ho di libero | "
        # room asked for: "anything free tomorrow morning?", "sabato riesci a farmi entrare una batteria?"
        "riesci a farmi entrare | riesci a far entrare | riesci a farla entrare | riesci a farlo entrare | "
        "riesci a farci entrare | riuscite a farmi entrare | puoi farmi entrare | potete farmi entrare | "
        "mi fai entrare | mi fate entrare | ce la fai a farmi entrare | riesci a infilare | riesci a infilarmi | "
        "riesci a incastrare | riesci a incastrarmi | hai posto | hai un posto | " + _ROOM_MADE + " | "
        # asked of the workshop in the first person, and from when on ("per un cambio gomme, da quando in poi ho
        # posto?", set 37; "abbiamo un posto per la revisione?")
        "ho posto | ho un posto | abbiamo posto | abbiamo un posto | ho spazio | abbiamo spazio | da quando in poi | "
        + _PUT_IN_ASKED
        + " | "
        + _WHERE_PUT
        + " | "
        + _ROOM_ASKED_OF_YOU
        + " | "
        + _ROOM_ASKED_OF_ME
        + " | "
        + _TIME_FOUND
        + " | "
        + _TIME_FOUND_ASKED
        + " | "
        + _FREE_SEEN
        + " | "
        # the hour the car can be taken in, asked ("lunedì di mattina, a che ora riesci a prenderla?")
        + " | ".join(f"a che ora {can} a {take}" for can in ("riesci", "riuscite", "ce la fai", "ce la fate")
                     for take in ("prenderla", "prenderlo", "prenderle", "prenderli", "prendermela",
                                  "prendermelo"))
        + " | "
        + _HOUR_GIVEN
        + " | "
        "hai tempo per | avete tempo per | anything free | anything available | anything open | "
        # room asked as a British counter says it, "going" for free ("Anything going Saturday morning, the 5th, for
        # a tyre swap?", set 39; "any slots going on Monday?", "have you got anything going Friday?")
        "anything going | any slots going | any slot going | any spaces going | any space going | "
        "any gaps going | any gap going | any room going | "
        # what is free asked of the person at the desk: "what have you got free on Friday the 4th?"
        "what have you got free | what ve you got free | what you got free | what have we got free | "
        "what do you have free | what do we have free | "
        "any room | any space | any gaps | any gap | any openings | any slots | room for | space for | "
        "got anything | have you got anything | do you have anything | do we have anything | "
        "have we got anything | have we got room | got room | can you fit in | can you squeeze in | "
        "can we fit in | can we squeeze in | primo spazio | primo spazio libero | " + _FIRST_ROOM_HEARD + " | "
        # the first day asked with who takes the car ("what's the first day you could take a car in?"), room
        # asked as a chance ("any chance of squeezing a tyre change in on Monday?")
        "first day you could | first day you can | first day we could | first day we can | first date you could | "
        "first date you can | first day you d | " + _FIRST_DAY_AND_TIME + " | any chance of squeezing | any chance of fitting | "
        "any chance of getting | any chance of slotting | any chance you could squeeze | any chance you could fit | "
        "any chance we could squeeze | any chance we could fit | "
        # room asked for with the day first: "is there room on Saturday for an oil change?"
        "is there room | is there any room | is there space | is there any space | have we got space | "
        "have you got space | got space | do you have room | do we have room | do you have space | "
        "do we have space | "
        # a slot asked for: "have you got a slot on Friday afternoon to look at some brakes?"
        "have you got a slot | have we got a slot | you got a slot | we got a slot | do you have a slot | "
        "do we have a slot | "
        "is there a slot | any chance of a slot | "
        # a "gap" for the slot, as at a British counter: "is there a gap Monday afternoon to swap some tyres?"
        "is there a gap | is there any gap | have you got a gap | have we got a gap | you got a gap | we got a gap | "
        "do you have a gap | do we have a gap | any chance of a gap | "
        # room asked with "we": "dopodomani mattina riusciamo a infilare una ricarica del clima?"
        "riusciamo a infilare | riusciamo a infilarci | riusciamo a infilarla | riusciamo a infilarlo | "
        "riusciamo a incastrare | riusciamo a incastrarla | riusciamo a incastrarlo | riusciamo a far entrare | "
        "riusciamo a farla entrare | riusciamo a farlo entrare | riusciamo a farci stare | "
        "ce la facciamo a infilare | ce la facciamo a far entrare | si riesce a infilare | si riesce a incastrare | "
        "possiamo infilare | possiamo incastrare | riesci a infilarci | riuscite a infilare | "
        # and asked of the listener ("Sabato mattina riesci a farci stare un tagliando?", set 46)
        "riesci a farci stare | riuscite a farci stare | ce la fai a farci stare | ce la fate a farci stare | "
        "riesci a farmi stare | riuscite a farmi stare | puoi farci stare | potete farci stare | "
        "ci sta | ci starebbe | ci stanno | c e modo di infilare | c e modo di far entrare | "
        + _ROOM_ASKED_PRESENT
        + " | "
        # room asked as the job "getting in": "un cambio olio dopodomani in mattinata ci entra o siamo pieni?" (set 31;
        # "chi ci entra?" is the day's agenda: `GETS_IN`)
        "ci entra | ci entrerebbe | ci entrano | mi entra | mi entrerebbe | " + _ROOM_FOR_A_JOB + " | "
        # an hour free asked: "domani pomeriggio c'è un'ora libera per una diagnosi?"
        "c e un ora libera | un ora libera | un orario libero | un momento libero | qualche ora libera | "
        "un ora di libero | un paio d ore libere | un paio di ore libere | "
        # room asked politely, a question ("Martedì 15 dicembre nel pomeriggio ci sarebbe spazio per una ricarica del
        # clima?", set 46): no hypothetical only asked (`first_free_guessed`)
        "ci sarebbe spazio | ci sarebbe posto | ci sarebbe un buco | ci sarebbe un posto | "
        # an hour to give the job: "ci sarebbe un'ora da dedicare a una revisione?" (set 45)
        "un ora da dedicare | un oretta da dedicare | un po di tempo da dedicare | del tempo da dedicare | "
        # room asked in the first person: "domattina riesco a infilare un cambio olio?"
        "riesco a infilare | riesco a infilarci | riesco a infilarla | riesco a infilarlo | riesco a incastrare | "
        "riesco a incastrarla | riesco a incastrarlo | riesco a far entrare | riesco a farla entrare | "
        "riesco a farlo entrare | riesco a farci stare | riesco a metterci | "
        # the same, asked as "managing it": "venerdì ce la faccio a far entrare una ricarica del clima?"
        "ce la faccio a far entrare | ce la faccio a farla entrare | ce la faccio a farlo entrare | "
        "ce la faccio a infilare | ce la faccio a infilarci | ce la faccio a incastrare | "
        "ce la fai a far entrare | ce la fai a infilare | ce la fate a far entrare | ce la fate a infilare | "
        # the first day or date asked of what can be given or taken: "qual è la prima data che mi puoi dare?",
        # "quand'è il primo giorno che la posso prendere?"
        + _FIRST_DAY_GIVEN
        + " | "
        + _FREE_FIRST
        + " | "
        # when, asked in the first person: "martedì mattina quando riesco a fare un cambio gomme?"
        + _WHEN_I_CAN
        + " | "
        + _WHEN_IT_CAN
        + " | "
        + _AT_WHAT_HOUR
    ),
    "send_confirmation": _cues(
        "conferma | confermagli | confirmation | confirm | confermare | confirming | "
        # the infinitive with its pronouns, the message's purpose: "mandagli un WhatsApp per confermargli la
        # revisione", "scrivile per confermarglielo"
        + _TO_CONFIRM
        + " | "
        # the day said to be on, as the message's words ("a WhatsApp, just to say Monday's on for the MG")
        + " | ".join(f"{lead} {day} s {on}" for lead in _TO_SAY for day in _DAYS_ON for on in ("on", "still on"))
    ),
    "send_reminder": _cues(
        "promemoria | reminder | remind | ricordagli | ricordale | ricorda | "
        # the appointment itself reminded, and the infinitive of the message's purpose: "ricordalo alla Lunardi su
        # WhatsApp", "mandale una mail per ricordarle la batteria" (never "ricordami": the listener reminded)
        + _TO_REMIND
        + " | "
        # the reminder wished in the first person plural: "vuole che gli ricordiamo il tagliando per mail"
        "gli ricordiamo | le ricordiamo | ricordiamogli | ricordiamole | gli ricordi | le ricordi | "
        # the message wanted the day before ("Mr Scalvini wants a text the day before his Defender goes in")
        + " | ".join(f"{a} {what} the day before" for a in ("a", "an") for what in ("text", "sms", "whatsapp",
                                                                                   "email", "message"))
        + " | "
        # the reminder called a nudge, by its channel or the day before ("Send Mrs Pizzigoni a WhatsApp nudge the
        # day before the Xuanjie's service", set 47); never "nudge" alone ("nudge it to Friday" moves it)
        + " | ".join(f"{a} {what} {nudge}" for a in ("a", "an") for what in ("text", "sms", "whatsapp", "email", "mail")
                     for nudge in ("nudge", "heads up"))
        + " | a nudge the day before | a nudge by | nudge by text | nudge by whatsapp | nudge by email | "
        # and in Italian, the message wanted the day or the evening before ("vuole essere avvisata: un SMS il giorno
        # prima", "fai partire un WhatsApp la sera prima verso le 7")
        + _MESSAGE_BEFORE
        + " | "
        # the reminder called "un avviso", set or sent: "mettimi un avviso via mail il giorno prima del clima"
        + _NOTICE_SET
        + " | "
        # the notice sent by its channel the day before: "avvisa Lunardon per mail il giorno prima"
        + _BY_MESSAGE_BEFORE
        + " | "
        # and so many days early: "va avvisata per SMS con 3 giorni di anticipo"
        + _BY_MESSAGE_EARLY
        + " | "
        # the reminder called "un ricordo", its channel with it: "alla Rossi un ricordo per mail del tagliando"
        + _MEMENTO_BY
    ),
}
BRING_IN_VERBS = frozenset({"get", "fit", "squeeze", "slot", "pop", "bring", "stick", "shove", "pencil"})
"""English verbs that book with "in" after the vehicle: "get the Doblò in for a tyre change", "fit her in",
"stick the van in for a service", "pencil the Clio in for Friday"."""
_BRING_IN_OPENERS = frozenset(
    {"please", "just", "so", "ok", "okay", "right", "alright", "then", "let", "s", "we", "ll", "i", "need", "to",
     "you", "can", "could", "will", "would", "and",
     # wished in the first person: "I'd like to get the Kuga in …", "we want to get her in …", "I'm going to …"
     "d", "like", "want", "m", "re", "going"}
)  # fmt: skip
"""What may stand before such a verb for it to be the request ("please fit the Panda in", "we'll get her
in", "can you squeeze the Clio in"); anything else ("he'll get it in himself") is no booking."""
_CAR_BROUGHT = frozenset({"get", "bring", "take"})
"""Asked with "get" or "bring" ("can we get the Brera in for a regas on Friday the 11th?") the car is being booked
in, its hour asked when not said; with the verbs of room and diary ("can you fit the Panda in on Friday?", "can
you stick the Micra down for Tuesday?") whether there is room is asked, a read."""
_ASKED_CAN = phrases("can you", "could you", "can we", "could we", "will you", "would you")
_ASKED_EVER = phrases("would you", "will you")
"""Irish English asks "would you ever stick the Scenic in …": "ever" after them is no word of its own."""
_TAKEN_FOR = frozenset({"take"})
"""Taking the car for its job ("Could we take the Izhmash Orbita, …, for a service on Friday the 8th of January? He'll
ring back with a time", set 51): as "get … in", its "in" maybe left out before "for" after a word of the vehicle."""
_NOT_BRING_IN = frozenset({"for", "on", "at", "to", "off", "out", "up", "with", "from", "by", "and", "then"})
"""Words that end the vehicle before "in": "get the history for the Panda in …" is no booking."""
_NOT_IN_WHAT = frozenset({"touch", "contact", "stock", "charge", "time", "mind"})
"""After "in", words of another phrase ("get in touch", "in stock")."""


def brought_in(tokens: list[str], plate_words: frozenset[int] = frozenset()) -> tuple[int, bool] | None:
    """Where an English "get/fit/squeeze … in" request is (the verb's position), and whether it is asked
    ("can you fit the Panda in on Friday?": a question of room, a read) rather than told ("get the Doblò in
    for a tyre change": a booking). So are "let's have the Kuga in on Friday" ("have" after "let's" only) and "set
    the Kuga up for an oil change" ("set" with "up for" only). None when no such verb opens the request.
    `plate_words`: the positions of the plates said, not counted among the vehicle's words before "in"."""
    for k, tok in enumerate(tokens):
        let_s_have = tok == "have" and tokens[max(0, k - 2) : k] == ["let", "s"]
        first = _vehicle_said_first(tokens[:k], plate_words)
        if (tok not in BRING_IN_VERBS | _TAKEN_FOR and tok != "set" and not let_s_have) or not all(
            t in _BRING_IN_OPENERS or (t == "ever" and tuple(tokens[j - 2 : j]) in _ASKED_EVER)
            for j, t in enumerate(tokens[:k]) if j >= first
        ):
            continue
        for_too = tok in _DIARY_VERBS | _TAKEN_FOR
        if tok in _TAKEN_FOR and not _car_taken(tokens, k, plate_words):
            continue  # "take the reminder for the Punto off": no car taken
        if _in_after_vehicle(tokens, k, plate_words, up_for=tok == "set", for_too=for_too) or (
            tok == "get" and _booked_for_after_vehicle(tokens, k, plate_words)
        ):
            asked = any(tuple(tokens[i : i + 2]) in _ASKED_CAN for i in range(max(0, k - 3), k))
            return k, asked and tok not in _CAR_BROUGHT
    return None


_CAR_FIRST_WORDS = frozenset({"the", "a", "an", "her", "his", "their", "it", "s"})
"""Small words of a vehicle named first in English ("The Hindustan Ambassador, …")."""


def _vehicle_said_first(said: list[str], plate_words: frozenset[int]) -> int:
    """Where the words before a "get … in" verb start being its openers, once the vehicle named first is passed:
    "The Hindustan Ambassador, Delta Charlie 7 19 Bravo November, would you ever get it in for brake pads …" (set 36)
    names the car, its plate last, then asks. 0 when `said` opens with no vehicle ending at its plate."""
    from engine.fastpath.vehicles import find_vehicle_description  # local: vehicles reads these cues

    plate_end = max((j + 1 for j in range(len(said)) if j in plate_words), default=0)
    if plate_end == 0:
        return 0
    found = find_vehicle_description(said[:plate_end], set(range(plate_end)) & set(plate_words))
    described = set(range(found.start, found.end)) if not found.is_empty() else set()
    if all(j in plate_words or j in described or said[j] in _CAR_FIRST_WORDS for j in range(plate_end)):
        return plate_end
    return 0


_DIARY_VERBS = frozenset({"pencil"})
"""Verbs that only ever put a job in the diary: their "in" may be lost before "for" ("Pencil the Honda, …, for new
brake pads tomorrow at 5": whisper ran "Accord in" into "according")."""


_ON_THE_DIARY = frozenset(
    (on, "the", diary) for on in ("on", "in", "into") for diary in ("calendar", "diary", "books", "schedule")
)
"""Where the vehicle is got: "let's get the Urus, FY 967 EX, on the calendar for an oil change" (set 37), "get the
Panda in the diary for Friday", "get her on the books"."""


_GOT_FOR = _ON_THE_DIARY | {("booked", "in", "for"), ("set", "up", "for"), ("signed", "up", "for")}
"""How the vehicle got is booked, besides "booked for": put in the diary (`_ON_THE_DIARY`), "booked in for", and
"set up for" (set 45: "let's get the Stutz Bearcat, FR 4 0 6 EV, set up for a brake job Tuesday …")."""


def _booked_for_after_vehicle(tokens: list[str], k: int, plate_words: frozenset[int]) -> bool:
    """Is "get" at `k` followed by the vehicle (a few words, its plate not counted) and then "booked for" ("get the
    Roomster, Echo Zulu 713 Papa Kilo, booked for a full service") or put in the diary or set up for (`_GOT_FOR`)? Plain
    English for booking it, no "in" lost: not whisper's "booking for" that `heard_en.booked_in_heard` guesses
    from."""
    said = [j for j in range(k + 1, len(tokens)) if j not in plate_words][:9]
    for j in said:
        if tuple(tokens[j : j + 2]) == ("booked", "for") or tuple(tokens[j : j + 3]) in _GOT_FOR:
            return j > k + 1
        if tokens[j] in _NOT_BRING_IN:
            return False
    return False


def _in_after_vehicle(
    tokens: list[str], k: int, plate_words: frozenset[int], *, up_for: bool = False, for_too: bool = False
) -> bool:
    """Is the verb at `k` followed by the vehicle (within a few words, its plate spelled out not counted: "get the
    Octavia, Golf Alfa 9 5 5 Papa Whiskey, in for a service") and then "in" ("down for": "stick the Clio, …,
    down for its MOT"; with `up_for`, "up for" alone: "set the Kuga up for …"; with `for_too`, "for" alone after
    a word of the vehicle: "pencil the Honda for brake pads")?"""
    said = [j for j in range(k + 1, len(tokens)) if j not in plate_words][:9]
    for j in range(k + 1, said[-1] + 1 if said else k + 1):
        if j in plate_words:
            continue
        if up_for and tokens[j : j + 2] == ["up", "for"]:
            return True
        if for_too and tokens[j] == "for" and j > k + 1 and tokens[j - 1] not in ("the", "a", "an"):
            return True
        if tokens[j] in _NOT_BRING_IN:
            return False
        if up_for:
            continue
        if tokens[j] == "in" and tokens[j + 1 : j + 2] and tokens[j + 1] in _NOT_IN_WHAT:
            return False
        if tokens[j] == "in" or tokens[j : j + 2] == ["down", "for"]:
            return True
    return False


_BRINGING = frozenset({"bringing", "bring", "dropping", "drop"})
_BRINGING_WHO = frozenset({"s", "is", "ll", "will"})


def bringing_in(tokens: list[str], plate_words: frozenset[int] = frozenset()) -> int | None:
    """Where the customer's bringing the car in on a day is told ("Mrs Vignudelli's bringing the Kuga in Friday",
    "he'll drop the Clio in Monday at 9 for tyres", "she's going to bring it in …"): the booking that asks for,
    said back whole for a yes (told, not ordered). Else None: "bring up …", "the Kuga's in the yard"."""
    for k, tok in enumerate(tokens):
        if tok not in _BRINGING or k == 0:
            continue
        if tokens[k - 1] not in _BRINGING_WHO and tokens[max(0, k - 2) : k] != ["going", "to"]:
            continue
        if _in_after_vehicle(tokens, k, plate_words) and _vehicle_named(tokens[k + 1 : k + 12], plate_words, k + 1):
            return k
    return None


_THE_CAR = frozenset({"it", "her", "him", "car", "van", "motor"})


def _car_taken(tokens: list[str], k: int, plate_words: frozenset[int]) -> bool:
    """Is the car named right after "take" at `k` (its plate, or its make or model after "the", "her" …, or "it", "her"
    alone): "take the Izhmash Orbita, …, for a service"? "take the reminder for the Punto off" takes no car."""
    from engine.fastpath.vehicles import find_vehicle_description  # local: vehicles reads these cues

    lead = int(tokens[k + 1 : k + 2] != [] and tokens[k + 1] in _CAR_FIRST_WORDS)
    if k + 1 + lead in plate_words or tokens[k + 1 : k + 2] in (["it"], ["her"], ["him"]):
        return True
    found = find_vehicle_description(tokens[k + 1 : k + 5], set())  # its article with it: "the Punto"
    return 0 <= found.start <= lead and (found.make is not None or found.model is not None)


def _vehicle_named(said: list[str], plate_words: frozenset[int], start: int) -> bool:
    """Do the words after the verb name a vehicle: a plate, a make or model, or the car by a pronoun ("bringing the
    keys in" brings no car)?"""
    from engine.fastpath.vehicles import find_vehicle_description  # local: vehicles reads these cues

    if any(start + j in plate_words for j in range(len(said))) or _THE_CAR & set(said[:3]):
        return True
    found = find_vehicle_description(said, set())
    return found.make is not None or found.model is not None


_HAVE_ASKED = frozenset({("can", "we"), ("can", "you"), ("could", "you")})
"""Who is asked to have the car ("could we" stays a hypothetical, refused)."""
_HAVE_WHAT = frozenset({"it", "her", "him", "them"})
_HAVE_DAY = frozenset({"today", "tomorrow", "next", "this", "monday", "tuesday", "wednesday", "thursday", "friday",
                       "saturday"})  # fmt: skip


def had_in(tokens: list[str]) -> int | None:
    """Where an English "can we have it <day>" is ("… is due a service, can we have it Tuesday the 1st at
    8:30?"): the car asked for, by a pronoun, with its day right after ("in" or "on" between): the position of
    "have". None otherwise: "can we have it back Tuesday", "could you have it ready by Friday", "can we have it
    on the ramp" ask for something else."""
    for k in range(2, len(tokens) - 2):
        if tokens[k] != "have" or tuple(tokens[k - 2 : k]) not in _HAVE_ASKED or tokens[k + 1] not in _HAVE_WHAT:
            continue
        at = k + 2 + (tokens[k + 2] in ("in", "on"))
        day = tokens[at : at + 2]
        if day[:1] and (day[0] in _HAVE_DAY or (day[0] == "the" and day[1:] and day[1][:1].isdigit())):
            return k
    return None


_RECORD_UP = _cues(
    " | ".join(f"{verb} up {the}{what}" for verb in ("pull", "bring") for the in ("the ", "")
               for what in ("record", "records", "details", "file"))
)  # fmt: skip


def record_called_up(tokens: list[str], plate_words: frozenset[int] = frozenset()) -> int | None:
    """Where a vehicle's record is called up in English ("pull up the record for GH 507 MN", "bring up the
    details on FN 529 GK", or the plate itself: "can you bring up DH 3 1 8 XC for me?"): a look-up of the plate
    said (its words no vocabulary of a write: "… and record the details" stays words the fast path does not
    know). Else None ("pull up the appointment for …"). `plate_words`: the positions of the plates said."""
    hit = find_any(tokens, _RECORD_UP)
    if hit is not None:
        return hit[0]
    up = next(
        (k for k in range(len(tokens) - 2)
         if tokens[k] in ("pull", "bring") and tokens[k + 1] == "up" and _plate_named_at(tokens, k + 2, plate_words)),
        None,
    )  # fmt: skip
    if up is not None:
        return up
    searched = _plate_searched(tokens, plate_words)
    if searched is not None:
        return searched
    held = all_held_on_plate(tokens, plate_words)
    return held if held is not None else _car_found(tokens, plate_words)


_ON = frozenset({"sulla", "sul", "sull", "su"})
_HELD_LEADS = (("c", "e"), ("abbiamo",), ("avete",), ("risulta",), ("risultano",), ("tutto",))
"""Said just before "sulla" and the plate: what the records hold on it ("tutto quello che c'è sulla HD 951 CS",
"cosa abbiamo sulla …", "cosa risulta sul …")."""


def all_held_on_plate(tokens: list[str], plate_words: frozenset[int]) -> int | None:
    """Where what the records hold on a plate said right after "sulla" is asked ("tirami fuori tutto quello che c'è
    sulla HD 951 CS", set 28): the plate's record, a look-up, never the day's agenda "cosa c'è" asks of a day (no day
    is said with it: `parser._main_intent`). Else None."""
    for k in range(1, len(tokens) - 1):
        if tokens[k] not in _ON:
            continue
        at = k + 2 if tokens[k + 1] == "targa" else k + 1
        if at not in plate_words:
            continue
        before = tokens[max(0, k - 3) : k]
        if any(tuple(before[j : j + len(lead)]) == lead for lead in _HELD_LEADS for j in range(len(before))):
            return max(0, k - 3)
    return None


_THE_PLATE = frozenset({"the", "that", "this", "reg", "plate", "registration", "number", "numberplate"})
"""Said between "pull up" and the plate itself ("pull up the reg HV 158 PL", "bring up that plate …")."""


def _plate_named_at(tokens: list[str], k: int, plate_words: frozenset[int]) -> bool:
    """Does the plate start at tokens[k], maybe after its article and the word for a plate ("the reg", "that
    plate"): the record called up by the plate alone. "pull up the Panda's booking …" names no plate there."""
    while k < len(tokens) and k not in plate_words and tokens[k] in _THE_PLATE:
        k += 1
    return k in plate_words


_CAR_FOUND = phrases(
    *(f"{verb}{it}" for verb in ("trova", "cerca") for it in ("mela", "melo")),
    *(f"{me} {it} {verb}" for me in ("me", "ce") for it in ("la", "lo") for verb in ("trovi", "cerchi", "trova",
                                                                                   "cerca")),
)  # fmt: skip
_AFTER_FOUND = frozenset({"per", "favore", "piacere", "subito", "al", "volo", "un", "attimo", "gentilmente", "tu"})


def _car_found(tokens: list[str], plate_words: frozenset[int]) -> int | None:
    """Where the car said first is asked to be found ("un signore al banco con la FP 846 SK, me la trovi?",
    "trovamela: FP 846 SK"): a look-up, with a plate said and the asking said last (a courtesy, or the plate, after
    it). "me la trovi una data per il tagliando?" finds a day, not the car: None."""
    if not plate_words:
        return None
    for at, said in find_all(tokens, _CAR_FOUND):
        rest = range(at + len(said), len(tokens))
        if all(k in plate_words or tokens[k] in _AFTER_FOUND for k in rest):
            return at
    return None


_SEARCH_PLATE = frozenset({"cercami", "cerchi", "trovami", "trovi", "controllami", "controlli"})
"""Italian verbs of looking a plate up said to the listener ("mi cerchi …", "trovami …"), the plate said right
after them with no article ("mi cerchi Genova Washington 294 Kursaal Empoli?")."""


def _plate_searched(tokens: list[str], plate_words: frozenset[int]) -> int | None:
    """Where a plate is searched for in Italian with the plate itself right after the verb, its article not said
    ("mi cerchi GW 294 KE?", "trovami FS 752 DG"): a look-up of it, as "mi cerchi la GW 294 KE" is. Only a plate
    heard right after the verb: "mi cerchi un posto …" or "cercami la revisione …" stay as they were."""
    return next(
        (k for k in range(len(tokens) - 1)
         if tokens[k] in _SEARCH_PLATE and k + 1 in plate_words
         and (k == 0 or tokens[k].endswith("mi") or tokens[k - 1] in ("mi", "me"))),
        None,
    )  # fmt: skip


_DONE_BY_US_EN = phrases(
    *(f"{done} {by}" for done in ("fitted", "done", "changed", "replaced", "swapped") for by in ("with us", "by us")),
    "with us", "at what mileage", "what mileage", "what was the mileage", "how many miles", "how many km", "how many kilometres",
)  # fmt: skip
_HAD = frozenset({"had", "has", "have"})


def had_done_by_us(tokens: list[str], *, question: bool = False) -> int | None:
    """Where a job done on the car is asked of in English, "had" said before it: "has the Tucson had pads fitted
    with us?", "has it had its MOT done by us, and at what mileage?", or asked with "has … had …?" whatever was
    heard of the job ("Has the green Tucson had passed … mileage?") (its history, a read). Else None: "can you
    get the pads fitted with us tomorrow" has no "had", and books or is refused as before."""
    if question and tokens[:1] == ["has"] and "had" in tokens[1:10]:  # "have you had a look …" asks no history
        return 0
    been = next((k for k in range(1, min(len(tokens), 10)) if tokens[k : k + 2] in (["been", "in"], ["been", "here"])), None)
    if question and tokens[:1] == ["has"] and been is not None:
        return 0  # "has the Fiesta been in for its MOT this year?"
    hit = find_any(tokens, _DONE_BY_US_EN)
    if hit is None or "had" not in tokens[max(0, hit[0] - 8) : hit[0]]:
        return None  # "had" close before it: "has it had its MOT with us", never "we had a word with us …"
    opening = next((k for k, t in enumerate(tokens) if t in _HAD), None)
    return opening if opening is not None and opening < hit[0] else None


OFF_VERBS = frozenset({"scrap", "drop", "ditch", "bin", "axe", "scrub", "nix", "pull", "delete", "remove"})
"""English verbs that cancel an appointment named right after them ("scrap today's appointment")."""
_APPOINTMENT_WORDS = frozenset({"appointment", "appointments", "booking", "bookings", "slot"})
_NEW_ONE = frozenset({"in", "a", "an", "another", "new", "one"})
"""Said before the appointment, one that is made ("drop a booking in for the Panda"), not one dropped."""
TAKE_OFF_VERBS = frozenset({"take", "cross", "strike", "knock", "wipe", "scratch"})
LIST_WORDS = frozenset({"diary", "calendar", "schedule", "books", "list", "agenda", "board", "rota"})
"""What an appointment is taken off ("take the Mokka off the diary")."""


def taken_off(tokens: list[str]) -> int | None:
    """Where an English cancellation said in other words is: a verb of dropping with the appointment itself
    within a few words ("scrap today's appointment", "drop Mrs Amato's booking"), or a verb of taking off with
    the diary after "off" ("take the Mokka off the diary for tomorrow", a plate between counted as one word: "take
    the purple Adam, Echo X-ray 593 November Foxtrot, off the books"). Else None ("drop the car off for
    its appointment" drops nothing)."""
    for k, tok in enumerate(tokens):
        if tok in OFF_VERBS and not (tok == "pull" and "forward" in tokens[k + 1 : k + 16]):
            for j in range(k + 1, min(len(tokens), k + 9)):
                if tokens[j] in _APPOINTMENT_WORDS:
                    if tokens[j + 1 : j + 2] == ["in"] or {"forward", "back"} & set(tokens[j + 1 : j + 4]):
                        break  # "drop the booking in for Friday": one put in; "pull the booking forward": moved
                    return k
                if tokens[j] in _NOT_BRING_IN or tokens[j] in _NEW_ONE or tokens[j] in ("forward", "back"):
                    break  # "pull the booking forward to Monday": moved
        if tok in TAKE_OFF_VERBS:
            plate = sum(1 for t in tokens[k + 1 : k + 16] if t == _PLATE_MASK)  # a plate spelled out: one word
            for j in range(k + 1, min(len(tokens), k + 8 + plate)):
                if tokens[j] == "off":
                    rest = [t for t in tokens[j + 1 : j + 4] if t not in ("the", "my", "our", "your")]
                    if rest[:1] and rest[0] in LIST_WORDS:
                        return k
                    break
        if tok in SERVICE_OFF_VERBS and _service_job_named(tokens, k + 1):
            return k
        if tok in _JOB_DROP_VERBS and _job_of_car_named(tokens, k + 1) and not _PARTS_NAMED & set(tokens[k + 1 : k + 5]):
            return k  # "drop the diagnosis for the white Dolphin, GM 523 VC" (set 53): a job, no part, dropped
        if tok in STRUCK_OFF_VERBS and tokens[k + 1 : k + 2] == ["off"] and _service_job_named(tokens, k + 2):
            return k  # "strike off Mr Pappalepore's brake job for the Devrim" (set 47): the job struck off the diary
        if tok in STRUCK_OFF_VERBS and _struck_out_last(tokens, k):
            return k  # "Mrs Tagliavini won't be coming for the service …. Strike it out." (set 50)
        if tok in OFF_VERBS and days_job(tokens, k + 1):
            return k
        if tok == "knock" and _on_the_head(tokens, k + 1):
            return k
        if tok in OFF_A_DAY_VERBS and _vehicle_off_a_day(tokens, k + 1):
            return k
    return None


_STRUCK_WHAT = frozenset({"it", "that", "them", "her", "him"})


def _struck_out_last(tokens: list[str], k: int) -> bool:
    """ "Strike it out", "cross it off" said last (only courtesy after), after why the customer is not coming
    (`day_reasons`, `REASONS`: "Mrs Tagliavini won't be coming for the service … on Monday the 10th of May. … Strike it out.",
    set 50): the appointment struck off. With no reason before it ("strike it out of the letter") none."""
    said = tokens[k + 1 : k + 3]
    if len(said) != 2 or said[0] not in _STRUCK_WHAT or said[1] not in ("out", "off"):
        return False
    if any(t not in _AFTER_POLITE for t in tokens[k + 3 :]):
        return False
    return any(end <= k for _, end in day_reasons(tokens)) or find_any(tokens[:k], REASONS) is not None


_JOB_DAYS = frozenset({"today", "tomorrow", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"})


def days_job(tokens: list[str], at: int) -> bool:
    """Is a day's job named from `at` ("tomorrow's job", "Friday's big job": the day, its "'s", a word maybe, then
    "job")? An appointment called by its day: "scrap tomorrow's job on the Sharan" cancels it (a cancellation
    always waits for a yes); "scrap the job list" and "tomorrow's job sheet" name none."""
    if tokens[at : at + 2] == [] or tokens[at] not in _JOB_DAYS or tokens[at + 1 : at + 2] != ["s"]:
        return False
    for j in range(at + 2, min(at + 4, len(tokens))):
        if tokens[j] in ("job", "jobs"):
            return tokens[j + 1 : j + 2] in ([], ["on"], ["for"], ["with"], ["of"])  # "tomorrow's job sheet": none
    return False


_JOB_OF_DAY = frozenset({"di", "del", "dell"})
GREETED = frozenset({"buongiorno", "buonasera", "salve", "ciao", "allora", "senti", "ascolta", "ehm", "eh", "ecco"})
"""What may open a request before its first word of substance ("Buongiorno, …", "Ehm, senti, per la Tazzari …")."""
_OPENERS_IT = GREETED | {"ok", "okay", "e", "poi", "ah", "uhm", "beh"}
"""What may come before a cancellation's "via" ("Ehm, via l'appuntamento …"): a greeting, or a word that carries on."""
_APPOINTMENT_SENT_AWAY = frozenset({"appuntamento", "prenotazione"})
""""Ehm, via l'appuntamento della Jinbei di Airoldi, DW 063 PH, mercoledì 3 marzo" (set 44): the appointment itself
named after "via", a cancellation with or without a day said (`job_sent_away`)."""


_OF_THE_CAR = frozenset({"della", "del", "dell", "di", "per", "sulla", "sul"})


def job_sent_away(tokens: list[str], *, plated: bool = False) -> int | None:
    """Where an Italian cancellation said with "via" opens the request, the job named right after with its day
    ("Via le pastiglie di venerdì 4 dicembre per la Tacuma, …", set 34; "via il tagliando di domani della Panda"):
    the appointment off, said back for a yes as every cancellation; so "via l'appuntamento della Jinbei …" (set 44),
    the appointment itself named, a hesitation maybe before it. Else None: "via" anywhere else ("portala via",
    "in via Roma"), or the job with no day of its own ("via le gomme invernali, montale estive": the tyres
    themselves) cancels nothing."""
    at = 0
    while at < len(tokens) and at < 2 and tokens[at] in _OPENERS_IT:
        at += 1
    if tokens[at : at + 1] != ["via"] or tokens[at + 1 : at + 2] == [] or tokens[at + 1] not in _ITS_ARTICLES:
        return None
    if tokens[at + 2 : at + 3] and tokens[at + 2] in _APPOINTMENT_SENT_AWAY:
        return at  # "via l'appuntamento della Jinbei …": the appointment itself, nothing else to send away
    found = find_services(tokens[at + 2 : at + 8])
    if not found or found[0].start != 0:
        return None
    end = at + 2 + found[0].end
    day = tokens[end + 1] if end + 1 < len(tokens) and tokens[end] in _JOB_OF_DAY else ""
    if _names_day(day) or (day.isdigit() and 1 <= int(day) <= 31) or _day_in_words(day):
        return at
    # "Via la revisione della Paykan: TW 346 HD" (set 49): a job no part is (an inspection, a service), its car
    # right after it and its plate said; the part itself ("via le gomme della Panda") stays none
    of_car = end < len(tokens) and tokens[end] in _OF_THE_CAR
    return at if plated and of_car and found[0].kind.category not in PART_CATEGORIES else None


_THROWN_AWAY = _cues(
    " | ".join(f"{verb}{it} {way}" for verb in ("butta", "buttia", "straccia", "stracci")
               for it in ("lo", "la", "li", "le", "melo", "mela") for way in ("via", "pure via"))
)
""""l'appuntamento di lunedì 18 buttalo via" (set 39): the appointment thrown out of the agenda."""


def appointment_thrown_away(tokens: list[str]) -> int | None:
    """Where "buttalo via" calls off an appointment named before it by its day ("l'appuntamento di lunedì 18 gennaio
    buttalo via", "il tagliando di domani della Panda, buttalo pure via"): a cancellation, said back for a yes as every
    one. Else None: a part thrown away ("la batteria vecchia buttala via") has no day of its own."""
    for at, _ in find_all(tokens, _THROWN_AWAY):
        if _old_day_said(tokens[:at], _days()) or any(job_day_at(tokens[:at], k) for k in range(1, at)):
            return at
    return None


OFF_A_DAY_VERBS = frozenset({"scrub", "scrap", "strike", "cross", "knock", "wipe", "scratch", "ditch", "nix", "axe",
                             "bin", "take"})  # fmt: skip
"""English verbs that take a vehicle off the day of its appointment ("scrub the Kangoo off Thursday", "take the
Civic off Friday the 11th": a cancellation, always said back for a yes): not "drop" or "pull", which bring or move
the car itself ("drop the Kangoo off Thursday": it is brought in)."""
_DAY_AFTER_OFF = frozenset({"today", "tomorrow", "tomorrows", "todays"})
_BEFORE_DAY_OFF = frozenset({"the", "for", "on", "this", "next"})


def _vehicle_off_a_day(tokens: list[str], at: int) -> bool:
    """Is a vehicle named from `at` (an article, a colour or a customer's possessive before it), then "off" and a
    day ("scrub the Kangoo off Thursday the 3rd", "strike Mrs Amato's Clio off tomorrow")? Parts ("scrap the old
    tyres off Friday") or anything else between are no appointment called off."""
    from engine.fastpath.dates import WEEKDAYS  # local: dates reads the vocabulary

    plate = sum(1 for t in tokens[at : at + 16] if t == _PLATE_MASK)  # a plate spelled out counts as one word
    off = next((j for j in range(at, min(len(tokens), at + 7 + plate)) if tokens[j] == "off"), None)
    if off is None:
        return False
    between = [t for t in tokens[at:off] if t not in _BEFORE_JOB and t not in ("a", "his", "her", "their", "_")]
    if not between or not any((t,) in NAMES for t in between):
        return False
    k = off + 1
    while k < len(tokens) and tokens[k] in _BEFORE_DAY_OFF:
        k += 1
    day = tokens[k] if k < len(tokens) else ""
    return day in WEEKDAYS or day in _DAY_AFTER_OFF or (day[:-2].isdigit() and day[-2:] in ("st", "nd", "rd", "th"))


ON_THE_HEAD = frozenset({"knock", "head"})
"""The words of "knock … on the head" (an appointment called off), known to the parser."""
_HEAD_OBJECTS = frozenset({"it", "that", "this", "them"}) | _APPOINTMENT_WORDS
"""What may be knocked on the head besides a job named: "knock it on the head", "knock that booking on the head"."""


def _on_the_head(tokens: list[str], at: int) -> bool:
    """Is what is knocked from `at` an appointment called off, "on the head" after it: the job named right
    after the verb ("knock the tyre change on the Giulietta on the head"), an appointment word, or "it"/"that"
    alone before "on the head"? "The bonnet knocked him on the head" and "knock the dent out" call nothing off."""
    for end in range(at + 1, min(len(tokens), at + 12) - 2):
        if tokens[end : end + 3] != ["on", "the", "head"]:
            continue
        between = tokens[at:end]
        if not between or between[0] in ("him", "her", "me", "us", "you"):
            return False
        if _APPOINTMENT_WORDS & set(between) or (len(between) == 1 and between[0] in _HEAD_OBJECTS):
            return True
        return _job_first(tokens, at)
    return False


def _job_first(tokens: list[str], at: int) -> bool:
    """The service named first after the verb (past an article, a day's or an owner's), "the tyre change"."""
    while at < len(tokens) and (tokens[at] in _BEFORE_JOB or tokens[at] in _DAY_OF_JOB):
        at += 1
    at = _after_owner(tokens, at)
    found = find_services(tokens[at : at + 6])
    return bool(found) and found[0].start == 0


STRUCK_OFF_VERBS = frozenset({"strike", "cross", "scrub"})
"""English verbs that, "off" right after them, strike a job named by its service off the diary ("strike off the
Devrim's brake job", "cross off Friday's MOT"): not "take off" or "knock off" ("knock off 10 quid on the
service"), and parts alone ("cross off the tyres") name no job (`_service_job_named`)."""
_JOB_DROP_VERBS = frozenset({"drop", "bin"})
"""Verbs done to parts too ("drop the old battery"): a cancel only of a job named by no part ("drop the diagnosis",
"bin the MOT on the Seicento")."""
SERVICE_OFF_VERBS = frozenset({"scrap", "ditch", "axe", "scrub", "nix", "kill"})
"""English verbs that cancel an appointment named by its service ("scrap the inspection on Saturday"): not
"drop", "pull", "remove" or "bin", which are done to the parts themselves ("pull the brake pads")."""
_BEFORE_JOB = frozenset({"the", "this", "that", "his", "her", "their", "s"})
_JOB_WORDS = frozenset({"job", "appointment", "booking", "slot"})
_DAY_OF_JOB = frozenset({"today", "tomorrow", "monday", "tuesday", "wednesday", "thursday", "friday",
                         "saturday", "sunday"})  # fmt: skip


def _service_job_named(tokens: list[str], at: int) -> bool:
    """Is the appointment named at `at` by its service: the service right after the verb (an article, a day's
    "Saturday's" between), then "job" or "appointment", or its day said in the request ("scrap the
    inspection on Saturday", "ditch Friday's oil change")? "Scrap the old tyres" names parts, no appointment."""
    while at < len(tokens) and (tokens[at] in _BEFORE_JOB or tokens[at] in _DAY_OF_JOB):
        at += 1
    owner = _after_owner(tokens, at)  # "scrap the X-Trail's tyre change", "ditch Mrs Rinaldi's MOT"
    if owner == at and tokens[at + 1 : at + 2] == ["s"]:
        owner = at + 2  # "scrap the A2's MOT, EE 261 EF": a model no table knows, its job's plate said right after
        if not _job_then_plate(tokens, owner):
            return False
    at = owner
    found = find_services(tokens[at : at + 6])
    if not found or found[0].start != 0:
        return False
    after = tokens[at + found[0].end : at + found[0].end + 1]
    if _job_then_plate(tokens, at):
        return True  # "scrap the MOT, EE 261 EF": the job of the vehicle whose plate follows
    if after in (["on"], ["for"]) and any((t,) in NAMES for t in tokens[at + found[0].end + 1 : at + found[0].end + 5]):
        return True  # "scrap the MOT on the white Seicento", "… the tyre change for the Touran": the job of a vehicle
    if after == ["on"] and _date_after_on(tokens, at + found[0].end + 1):
        return True  # "scrap the service on the 3rd for the Toyota van": the job of a day
    return bool(after and after[0] in _JOB_WORDS) or bool(_DAY_OF_JOB & set(tokens))


def _job_of_car_named(tokens: list[str], at: int) -> bool:
    """The appointment named at `at` by its service (`_service_job_named`), or by its service then the car's plate
    after "for"/"on" and a few words of the car ("the diagnosis for the white Dolphin, GM 523 VC")."""
    if _service_job_named(tokens, at):
        return True
    while at < len(tokens) and tokens[at] in _BEFORE_JOB:
        at += 1
    found = find_services(tokens[at : at + 6])
    if not found or found[0].start != 0:
        return False
    after = at + found[0].end
    return tokens[after : after + 1] in (["for"], ["on"]) and _PLATE_MASK in tokens[after + 1 : after + 6]


_PARTS_NAMED = frozenset({"tyres", "tires", "tyre", "tire", "battery", "brakes", "brake", "pads", "pad", "discs",
                          "disc", "disks", "disk", "clutch", "filter", "filters", "oil", "wipers", "belt", "cambelt",
                          "old", "new"})  # fmt: skip
"""Words naming the parts themselves: "scrap the Corsa's tyres, RS 450 DT" scraps tyres, no appointment."""


def _job_then_plate(tokens: list[str], at: int) -> bool:
    """Is a job said at `at` (a service named by more than its parts: "MOT", "oil change", "service") with the
    plate right after it ("scrap the A2's MOT, EE 261 EF") or after its day ("scrap the Fusion's diagnostic on the
    9th, EY 228 EY")? "The tyres, RS 450 DT" names parts."""
    found = find_services(tokens[at : at + 6])
    if not found or found[0].start != 0:
        return False
    end = at + found[0].end
    if tokens[end : end + 1] == ["on"] and _date_after_on(tokens, end + 1):
        end = _past_day_of_month(tokens, end + 1)
    if tokens[end : end + 1] != [_PLATE_MASK]:
        return False
    return not set(tokens[at : at + found[0].end]) <= _PARTS_NAMED


def _past_day_of_month(tokens: list[str], at: int) -> int:
    """Past a day of the month said from `at` after "on" (`_date_after_on`): "the 9th", "the 9th of December",
    "December the 9th"."""
    from engine.fastpath.dates import MONTHS

    if tokens[at] in MONTHS:
        return at + 1 + (tokens[at + 1 : at + 2] == ["the"]) + 1
    k = at + (tokens[at : at + 1] == ["the"]) + 1
    if tokens[k : k + 1] == ["of"] and tokens[k + 1 : k + 2] and tokens[k + 1] in MONTHS:
        return k + 2
    return k + (tokens[k : k + 1] != [] and tokens[k] in MONTHS)


def _date_after_on(tokens: list[str], at: int) -> bool:
    """A day said from `at`, after "on": a day of the month ("the 3rd", "the third", "the 3rd of December"), a month
    and its day ("December the 3rd"), a day of the month written as a number with the plate or nothing after it ("the
    9, EY 228 EY"). "On the third car", "on the 3 o'clock" name no day."""
    from engine.fastpath.dates import MONTHS
    from engine.fastpath.numbers import ordinal_to_number

    k = at + (tokens[at : at + 1] == ["the"])
    said = tokens[k] if k < len(tokens) else ""
    after = tokens[k + 1] if k + 1 < len(tokens) else ""
    if said in MONTHS and said != "may":
        return True
    ordinal = (said[:-2].isdigit() and said[-2:] in ("st", "nd", "rd", "th")) or (
        said.isalpha() and said != "first" and ordinal_to_number(said) is not None
    )
    if k > at and said.isdigit() and 1 <= int(said) <= 31 and after in ("", _PLATE_MASK):
        return True  # "scrap the fusion's diagnostic on the 9, Echo Yankee …": whisper's day without its "th"
    return k > at and ordinal and (after in ("for", "of", "at", "", _PLATE_MASK) or after in MONTHS)


def _after_owner(tokens: list[str], at: int) -> int:
    """Past the vehicle or customer whose appointment it is, said with the possessive at `at` ("X-Trail's",
    "Mrs Rinaldi's": up to two words before its "s"), else `at`. A vehicle is a name the fast path knows, a
    customer a title and a name: "the car's", "the old one's" own nothing."""
    for end in (at + 1, at + 2):
        if tokens[end : end + 1] != ["s"]:
            continue
        owner = tuple(tokens[at:end])
        if owner in NAMES or owner[-1:] in NAMES or (len(owner) == 2 and owner[0] in TITLES_EN):
            return end + 1
    return at


PUSH_VERBS = frozenset({"push", "pushed", "bump", "put", "move", "shift", "knock", "bring", "pull"})
"""English verbs that move an appointment named between them and "back to" / "forward to" a day ("pull" only
"forward": "pull the wheel back" pulls a part)."""
_PUSHED_TO = frozenset({"to", "till", "until"})
_PUSH_ENDS = frozenset({"and", "then", "in", "off", "out", "up"})
"""Words that end the appointment pushed before "back": "put the Clio in and bring the Panda back" is two. Not
right after an article: there it is a piece of a name whisper split ("Push the in-alcombs tyre change … back to
Wednesday" for the Inokom's, set 46), see `_pushed_end`."""


def _pushed_end(tokens: list[str], j: int) -> bool:
    """Does tokens[j] end the appointment pushed (`_PUSH_ENDS`), rather than open a name after "the"?"""
    return tokens[j] in _PUSH_ENDS and tokens[j - 1] not in ("the", "a", "an")
_BUMPED_UP = frozenset({"bump", "move", "shift"})
"""The verbs that move an appointment "up" (earlier) to a day said after "to" ("Bump Ms. Panzeri's Luxgen service up
to Monday, January 11th, at 3 p.m.", set 44): "bring it up" only mentions it, "pull it up" stops the car."""


_PUSHED_OUT = frozenset({"push", "bump"})
"""The verbs that move an appointment "out" (later) to a day said after "to" ("Push the Orbita's oil change, …, out to
Friday June 4th", set 51): "put it out" puts the car outside."""


FUSED_PUSH = {"pushed": "push", "bumped": "bump"}
"""A move's verb heard with the "the" after it fused on as "-ed" ("Bumped Logan service, … from the 9th to
Thursday"): only opening the request, where no one tells of a move done."""
_NOT_FUSED_THE = frozenset({"it", "him", "her", "them", "that", "this", "me", "us", "you", "up", "into", "in"})
"""Words after an opening "pushed" / "bumped" that leave it a past told ("pushed it to Friday", "bumped into")."""


def fused_push_guessed(tokens: list[str]) -> bool:
    """Does the request open with a move's verb read from its "-ed" ("Bumped Logan service …", "Pushed Clio's MOT
    …") other than the "Pushed the" whisper has always written? The verb is a guess: a move on it is said back."""
    return bool(tokens) and tokens[0] in FUSED_PUSH and (tokens[0], tokens[1:2]) != ("pushed", ["the"])


def pushed_back(tokens: list[str], asked_at: int | None = None) -> int | None:
    """Where an English move said around its appointment is: "push / bump / put the Zafira's battery job back
    to Friday", "bring the Clio forward to Monday", "bring Mrs Sechi's oil change forward from Saturday the
    5th to tomorrow" (the day it had between), the request opening with the verb ("Pushed the …" at the start
    is whisper's "push the") and a day after "back to", or the customer's request relayed right before it
    (`asked_at`, where its relaying words were taken out: "Mr Gobbato's asked if we can bring the Laibao's
    inspection, …, forward from Tuesday the 23rd of March to Friday the 19th at 3", set 46; asked, so said back).
    Else None ("put the wheels back on", "bring the Clio back from Friday")."""
    for k, tok in enumerate(tokens):
        if tok in FUSED_PUSH:
            if k != 0 or tokens[1:2] == [] or tokens[1] in _NOT_FUSED_THE:
                continue
            tok = FUSED_PUSH[tok]  # "Bumped Logan service … to Thursday": whisper's "bump the", fused
        if tok not in PUSH_VERBS:
            continue
        if tok == "pull" and "forward" not in tokens[k + 1 : k + 16]:
            continue
        relayed = asked_at is not None and asked_at <= k and all(t in _BRING_IN_OPENERS for t in tokens[asked_at:k])
        if not all(t in _BRING_IN_OPENERS for t in tokens[:k]) and not reason_said_first(tokens, k) and not relayed:
            continue
        if tokens[k + 1 : k + 2] in (["back"], ["forward"]):
            # "put back the Clio's MOT to Friday": the appointment after "back", then where it goes
            for j in range(k + 2, min(len(tokens) - 1, k + 16)):
                if _pushed_end(tokens, j):
                    break
                to = _pushed_to(tokens, j)
                if to is not None:
                    return k if to else None
            continue
        for j in range(k + 1, min(len(tokens) - 2, k + 15)):
            if tokens[j] == "up" and tok in _BUMPED_UP and _pushed_to(tokens, j + 1):
                return k  # "bump Ms Panzeri's Luxgen service up to Monday, January 11th": forward, to its day
            if tokens[j] == "out" and tok in _PUSHED_OUT and _pushed_to(tokens, j + 1):
                return k  # "Push the Orbita's oil change, …, out to Friday June 4th" (set 51): later, to its day
            if _pushed_end(tokens, j):
                break
            if tokens[j] not in ("back", "forward") or (tok == "pull" and tokens[j] == "back"):
                if tok in ("push", "bump") and tokens[j] in _PUSHED_TO | {"from"} and _pushed_to(tokens, j):
                    # "push the inspection for the Octavia to Tuesday at 9", "bump the Logan's service from
                    # the 9th to Thursday": no "back" said, the day it goes to after "to"
                    return k
                continue
            after = j + 1
            while tokens[after : after + 1] == [_PLATE_MASK]:
                after += 1  # "bring the Volvo forward? FP 846 SK, from Thursday to …": its plate said between
            to = _pushed_to(tokens, after)
            if to is None and tokens[j] == "forward" and forward_day(tokens, j + 1):
                to = True  # "bring the tyre change forward Monday the 30th": whisper lost the "to"
            if to is not None:
                return k if to else None
    return None


_WEEKDAYS_EN = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})

RATHER = _cues(
    " | ".join(f"{would} {rather} {come}" for would in ("d", "would") for rather in ("rather", "prefer to")
               for come in ("come", "come in", "bring it", "bring it in", "have it done", "do it"))
)
"""The customer's wish for another day said against the one booked ("he'd rather come on the 10th than the
9th"): a move, only with a day right after it and "than" before another day (`rather_than`)."""


def rather_than(tokens: list[str]) -> int | None:
    """Where "he'd rather come on <day> than <day>" is said (the new day first, the one it had after "than"),
    else None: "he'd rather come in the morning" or a day with no "than" is no move."""
    hit = find_any(tokens, RATHER)
    if hit is None:
        return None
    after = hit[0] + len(hit[1])
    if not _day_right_after(tokens, after):
        return None
    than = next((j for j in range(after + 1, min(len(tokens), after + 6)) if tokens[j] == "than"), None)
    return hit[0] if than is not None and _day_right_after(tokens, than + 1) else None


_GO_TO = phrases("can it go to", "could it go to", "can it go on", "could it go on", "can we make it",
                 "could we make it", "can we put it on", "could we put it on")
_INSTEAD_OF_EN = phrases("instead of", "rather than")
_GO_TO_REACH = 12


def gone_to_instead(tokens: list[str]) -> int | None:
    """Where "can it go to <day> … instead of <day>" asks the appointment to another day, the one it had said after
    "instead of" ("Mrs Pisapia's MOT …, can it go to Tuesday the 11th at 3 p.m. instead of Wednesday the 5th of
    May?", set 50): a move. With no day it had ("… needs an MOT, can it go to Tuesday?" may be a booking) None."""
    for at, said in find_all(tokens, _GO_TO):
        after = at + len(said) - (said[-1] in ("to", "on"))
        if not _day_right_after(tokens, after):
            continue
        for k, instead in find_all(tokens[after : after + _GO_TO_REACH], _INSTEAD_OF_EN):
            if _day_right_after(tokens, after + k + len(instead)):
                return at
    return None


_MADE_IT = ("make", "it")
_MADE_INSTEAD_REACH = 6


def hour_made_instead(tokens: list[str]) -> int | None:
    """Where "make it <hour> … instead" changes the hour of the appointment named by its day before it ("The
    Varzina's diagnostic, …, Friday the 7th of May: make it 9 in the morning instead, same day", set 50): a move.
    None with no day before it, no hour right after "make it", or a booking asked ("book … Friday: make it 9
    instead" corrects the booking's own hour)."""
    from engine.fastpath.numbers import word_to_number

    if find_any(tokens, CUES["book"]) is not None:
        return None
    for at in range(1, len(tokens) - 2):
        if tuple(tokens[at : at + 2]) != _MADE_IT:
            continue
        hour = tokens[at + 2]
        if not (hour[:1].isdigit() or word_to_number(hour) is not None):
            continue
        if "instead" in tokens[at + 3 : at + 3 + _MADE_INSTEAD_REACH] and any(t in _WEEKDAYS_EN or t in ("today", "tomorrow") for t in tokens[:at]):
            return at
    return None


_NO_LONGER = (("non", "piu"), ("non", "e", "piu"))
_GOES_TO_FORMS = (
    ("va",), ("vanno",),
    # turned over to another day ("il cambio gomme del 15 febbraio va girato a lunedì 28 dicembre", set 42; never
    # "giralo al cliente": no day after it)
    ("va", "girato"), ("va", "girata"), ("vanno", "girati"), ("vanno", "girate"), ("giralo",), ("girala",),
    ("girali",), ("girale",), ("lo", "giriamo"), ("la", "giriamo"), ("li", "giriamo"), ("le", "giriamo"),
)  # fmt: skip
"""Where a job goes, said with its day ("… di giovedì vanno a mercoledì"); never "passa a": the customer coming by."""
_MOVED_WORDS = frozenset({"moved", "shifted", "changed", "pushed", "bumped"})
"""Said right before "from" or "to" and a day, a move by its days ("she needs the Mirabeau pushed from Friday the
19th of February to Friday the 26th", set 43); "pushed to the limit", "bumped into her on Friday" name no day."""


def _day_at(tokens: list[str], at: int) -> bool:
    """A day named at `at` (a weekday, a month, today, tomorrow, a date's number), an article allowed before it."""
    k = at + (tokens[at : at + 1] in (["il"], ["the"], ["on"]))
    tok = tokens[k] if k < len(tokens) else ""
    return _names_day(tok) or (tok.isdigit() and 0 < int(tok) <= 31)


_NOT_DONE_BETWEEN = frozenset({*OBJECT_PRONOUNS, "gliela", "glielo", "si", "ce", "facciamo", "fa", "fanno", "fate",
                               "viene", "vengono", "puo", "possiamo", "riesce", "riusciamo", "fare", "farla", "farlo"})
"""Between "non" and "più" when a job is said no longer done on its day ("non la facciamo più", "non viene più", "non si
può più fare")."""
_PUT_ON_DAY = frozenset(
    f"{verb}{it}" for verb in ("fal", "facciamo", "rimetti", "passa", "porta", "sposta", "metti", "spostiamo",
                               "mettiamo", "fissa")
    for it in OBJECT_PRONOUNS
)  # fmt: skip
"""A job put on another day, the day right after ("mettila lunedì 28", "spostala a giovedì"; with its pronoun before
a verb that puts, `_PUT_VERBS_AFTER_IT`: "la mettiamo a lunedì")."""
_PUT_VERBS_AFTER_IT = frozenset({"mettiamo", "spostiamo", "facciamo", "passiamo", "rimettiamo", "metto", "sposto"})
_NO_LONGER_REACH = 8
"""How many words after the day no longer kept the day the job goes to may be said."""


def _no_longer_on_day(tokens: list[str], k: int) -> tuple[int, ...] | None:
    """The words of a negation that drops a job's day only to put it on another ("la diagnosi della Dolphin non la
    facciamo più mercoledì 23: mettila lunedì 28 giugno alle 11 e mezza", set 53; "il tagliando non viene più
    giovedì, spostalo a venerdì"): "non" at `k`, up to three words of doing, "più", the day it had, then within a
    few words a verb that puts the job on a day said right after it. Else None: "non la facciamo più mercoledì" alone
    is a job dropped (or a negation), "non mettila lunedì" no move."""
    if tokens[k] != "non":
        return None
    more = next((j for j in range(k + 1, min(len(tokens), k + 5)) if tokens[j] == "piu"), None)
    if more is None or not all(t in _NOT_DONE_BETWEEN for t in tokens[k + 1 : more]):
        return None
    day = more + 1 + (tokens[more + 1 : more + 2] in (["fare"], ["farla"], ["farlo"]))  # "non si può più fare lunedì"
    if not _day_at(tokens, day):
        return None
    for j in range(day + 1, min(len(tokens), more + 2 + _NO_LONGER_REACH)):
        if tokens[j] == "non":
            return None  # "… non la mettere lunedì": another negation, kept
        put = 1 if tokens[j] in _PUT_ON_DAY else 0
        if tokens[j] in OBJECT_PRONOUNS and tokens[j + 1 : j + 2] and tokens[j + 1] in _PUT_VERBS_AFTER_IT:
            put = 2
        if put and _day_at(tokens, j + put + (tokens[j + put : j + put + 1] in (["a"], ["al"], ["per"]))):
            return (k, more)
    return None


def day_changed(tokens: list[str]) -> tuple[int, tuple[int, ...]] | None:
    """Where a move said by its two days is, and the words of it that are no negation or condition: "il cambio
    olio …, non più mercoledì 27 ma venerdì 18" (the day it had after "non più", the new one after "ma"), "le
    pastiglie di giovedì 28 vanno a mercoledì 3" (the job's day said before "va a" and a day after it), "her MOT
    moved from Monday the 25th to Friday" (the day it had after "from", or the new one after "to"). Else None: "non
    più di mercoledì", "non più il tagliando ma la revisione", "va a gasolio", "la signora di venerdì passa a
    lunedì" (someone coming by), "she moved to Rome" are none."""
    for k in range(len(tokens)):
        said = next((w for w in _NO_LONGER if tuple(tokens[k : k + len(w)]) == w), None)
        if said is not None and _day_at(tokens, k + len(said)):
            but = next((j for j in range(k + len(said) + 1, min(len(tokens), k + len(said) + 7)) if tokens[j] == "ma"), None)
            if but is not None and _day_at(tokens, but + 1):
                return k, (*range(k, k + len(said)), but)
        dropped = _no_longer_on_day(tokens, k)
        if dropped is not None:
            return k, dropped
        goes = next((len(w) for w in _GOES_TO_FORMS if tuple(tokens[k : k + len(w)]) == w), 0)
        if goes and tokens[k + goes : k + goes + 1] in (["a"], ["al"]) and _day_at(tokens, k + goes + 1):
            before = tokens[max(0, k - 5) : k]
            if any(t in ("di", "del", "dell") for t in before) and any(_day_at(tokens, j) for j in range(max(0, k - 4), k)):
                return k, ()
        if tokens[k] in _MOVED_WORDS and tokens[k + 1 : k + 2] in (["from"], ["to"]) and _day_right_after(tokens, k + 2):
            return k, ()
    return None


def old_day_after_than(tokens: list[str], at: int) -> bool:
    """Is the day said at `at` the one the appointment had, said after "than" ("rather … the 10th than the 9th")?"""
    k = at - 1
    while k >= 0 and tokens[k] in ("the", "on"):
        k -= 1
    return k >= 0 and tokens[k] == "than" and rather_than(tokens) is not None


def forward_day(tokens: list[str], at: int) -> bool:
    """English "forward" with the day it goes to right after it and the "to" lost ("bring the MOT forward
    Friday at 9"): a weekday or tomorrow, "next" or "this" allowed before it, never a day's own ("forward
    Friday's MOT": the day the appointment had)."""
    k = at + (tokens[at : at + 1] in (["next"], ["this"]))
    return (
        k < len(tokens) and (tokens[k] in _WEEKDAYS_EN or tokens[k] == "tomorrow")
        and tokens[k + 1 : k + 2] != ["s"]
    )  # fmt: skip


_BOOKING_WORDS = frozenset({"appointment", "booking", "slot"})
_MOVED_PARTICIPLES = frozenset({"moved", "shifted", "rescheduled", "bumped"})
"""Never "changed": "she wants her booking changed to an MOT" changes its job, no day."""
_WANTED = frozenset({"needs", "need", "wants", "want", "wanted", "like", "get"})
_WANTED_REACH = 6
"""How many words may stand between the wish and the appointment ("needs its tyre change appointment moved")."""


def appointment_wanted_moved(tokens: list[str]) -> int | None:
    """Where a move said as the appointment wanted moved is: "needs / wants / would like" and, a few words after
    it, the appointment and its participle ("the Elfin, EB 174 RW, needs its tyre appointment moved, no idea
    where to yet", set 43; "she wants her booking shifted"). Else None: "was the appointment moved?" asks, "she
    needs the car moved" moves the car."""
    for k, tok in enumerate(tokens[:-1]):
        if tok not in _BOOKING_WORDS or tokens[k + 1] not in _MOVED_PARTICIPLES:
            continue
        wish = next((j for j in range(k - 1, max(-1, k - 1 - _WANTED_REACH), -1) if tokens[j] in _WANTED), None)
        if wish is not None:
            return wish
    return None


_CARRIED_ON = frozenset({"portare", "portarla", "portarlo", "portarle", "portarli"})


def carried_forward(tokens: list[str]) -> int | None:
    """Where the appointment is asked or relayed to be carried forward, "portare avanti" ("Rovagnati ci chiede di
    portare avanti la diagnosi del Q1, …: invece di giovedì 11 febbraio, lunedì 14 dicembre …", set 42; "si può
    portarla avanti a lunedì?"): a move, as "anticipare". Kept out of `CUES` so "avanti" and "portare" stay words a
    misheard one may be put back to ("Ravanti"); its imperative is a `MADE_FORMS`, moved only to a day."""
    return next((k for k in range(len(tokens) - 1) if tokens[k] in _CARRIED_ON and tokens[k + 1] == "avanti"), None)


_PLATE_MASK = "_"
"""A plate's word as the parser masks it for `pushed_back`."""
_WHO_CANNOT = frozenset({"he", "she", "they", "the", "customer", "client", "owner", "rang", "rung", "phoned",
                         "called"})  # fmt: skip
_AFTER_REASON = frozenset({"so", "and", "then", "please", "it"})


def reason_said_first(tokens: list[str], k: int) -> bool:
    """Do the words before tokens[k] say only why the customer cannot keep the appointment, the verb of the
    request after them: who cannot (a title and the name after it, he, she, the customer, "rang"), the reason
    ("can't make tomorrow", "won't be in on Friday", "can't come"), its day ("Mrs Ravasi can't make tomorrow,
    push the BMW to Monday")? Anything else said before the verb ("he'll push the car in", "the brakes can't
    make it, …") is no such request."""
    before = tokens[:k]
    said = [(at, at + len(p)) for at, p in find_all(before, REASONS)] + day_reasons(before)
    for start, end in said:
        after = before[end:]
        who = _past_vehicle_said_first(before[:start])
        if not all(_when_said(t) or t in _AFTER_REASON for t in after) or len(who) > 5:
            continue
        named = {i + n for i, t in enumerate(who) if t in TITLES_EN for n in (0, 1, 2)}  # "Mrs De Luca"
        if all(t in _WHO_CANNOT or i in named for i, t in enumerate(who)):
            return True
    return False


def _past_vehicle_said_first(who: list[str]) -> list[str]:
    """The words after the vehicle named first, before a title ("The Tesla, GK 330 WE: Mr Zanon's away …",
    its plate masked by the caller as `_PLATE_MASK`), else `who` itself."""
    car = 1 if who[:1] == ["the"] else 0
    start = car
    while car < len(who) and (who[car] == _PLATE_MASK or (who[car],) in NAMES):
        car += 1
    if car > start and who[car : car + 1] and who[car] in TITLES_EN:
        return who[car:]
    return who


def _pushed_to(tokens: list[str], at: int) -> bool | None:
    """After "back" / "forward": True when "to <day>" is said at `at` ("from <the day it had>" before it:
    "forward from Saturday the 5th to tomorrow"), False when "to" or "from" is said there with no day after
    it, None when neither is."""
    to = at
    if tokens[to : to + 1] == ["from"]:
        to += 1
        while to < min(len(tokens), at + 7) and _day_word(tokens[to]):
            to += 1
        if not set(tokens[at + 1 : to]) - _DAY_SAID_WORDS:
            return None  # "back from the workshop": no day it had
    if to >= len(tokens) or tokens[to] not in _PUSHED_TO:
        return None
    if tokens[to + 1 : to + 2] == ["this"] and tokens[to + 2 : to + 3] and tokens[to + 2] in _TODAYS_PART:
        return True  # "bring the Croma forward from tomorrow to this afternoon at 5": today, its part named
    day = [t for t in tokens[to + 1 : to + 4] if t not in ("the", "next", "this", "on")][:1]
    return bool(day) and _day_word(day[0]) and day[0] not in _DAY_SAID_WORDS


_TODAYS_PART = frozenset({"morning", "afternoon", "evening"})
"""A part of today said after "to this" as where an appointment goes."""


_DAY_SAID_WORDS = frozenset({"the", "next", "this", "coming", "of", "morning", "afternoon", "s"})


def _day_word(tok: str) -> bool:
    """A word of a day said in English: its name, a month, "tomorrow", a date's number, "the", "next"."""
    from engine.fastpath.dates import MONTHS, WEEKDAYS
    from engine.fastpath.numbers import ordinal_to_number, word_to_number

    return (
        tok in WEEKDAYS or tok in MONTHS or tok in ("tomorrow", "today") or tok in _DAY_SAID_WORDS
        or ordinal_to_number(tok) is not None or word_to_number(tok) is not None
    )  # fmt: skip


_LOOK_OPENERS = (("what", "does"), ("what", "do"), ("what", "s"), ("how", "s"), ("how", "is"), ("how", "does"))
_LOOK_ENDS = (("look", "like"), ("looking", "like"), ("looking",), ("look",))
_AFTER_LOOK = frozenset({"then", "please", "so", "far", "for", "us", "at", "the", "moment", "now", "in", "diary",
                         "workshop", "garage", "shop", "here"})  # fmt: skip


def day_looked_at(tokens: list[str]) -> int | None:
    """Where the agenda of a day asked in English by its look is: "what does Thursday the 10th look like?",
    "how's Friday looking?", "how is tomorrow morning looking?": the words between the question and "look"
    only a day's, nothing but a few small words after. Else None ("what does the warning light look like?")."""
    from engine.fastpath.dates import MONTHS, WEEKDAYS
    from engine.fastpath.numbers import ordinal_to_number, word_to_number

    for k in range(len(tokens) - 2):
        if tuple(tokens[k : k + 2]) not in _LOOK_OPENERS:
            continue
        for j in range(k + 3, min(len(tokens), k + 9)):
            end = next((e for e in _LOOK_ENDS if tuple(tokens[j : j + len(e)]) == e), None)
            if end is None:
                continue
            day = tokens[k + 2 : j]
            named = [t for t in day if t in WEEKDAYS or t in MONTHS or t in ("today", "tomorrow")]
            days_words = all(
                t in WEEKDAYS or t in MONTHS or t in ("today", "tomorrow") or t in _DAY_SAID_WORDS
                or ordinal_to_number(t) is not None or word_to_number(t) is not None
                for t in day
            )  # fmt: skip
            if named and days_words and set(tokens[j + len(end) :]) <= _AFTER_LOOK:
                return k
            break
    return None


AGENDA_COUNT = _cues(
    "quante macchine ho | quante macchine abbiamo | quante auto ho | quante auto abbiamo | "
    "quante macchine ci sono | quante auto ci sono | quante macchine entrano | quante auto entrano | "
    # the people counted for the cars: "domani quanta gente abbiamo?", "quanti clienti ho sabato?"
    "quanta gente abbiamo | quanta gente ho | quanta gente c e | quanta gente viene | quanta gente arriva | "
    "quanti clienti abbiamo | "
    "quanti clienti ho | quanti clienti vengono | quanti clienti arrivano | "
    # and by "ne", the cars or people just named or meant ("Domani com'è messo come gente? Quante ne arrivano?", set
    # 43): only with the day said, as all of these
    + " | ".join(f"{many} ne {come}" for many in ("quante", "quanti") for come in ("arrivano", "vengono", "entrano"))
    + " | "
    # the cars awaited on a day said, asked by which ("che macchine aspettiamo oggi?", "quali auto aspetti domani?"),
    # as "chi aspettiamo domani?" (`CUES`)
    + " | ".join(f"{which} {cars} {wait}" for which in ("che", "quali", "quante", "quanti")
                 for cars in ("macchine", "auto", "clienti") for wait in ("aspettiamo", "aspetti", "aspettate"))
    + " | "
    # and told to be listed, by "che" after them ("Per venerdì 4 dicembre dimmi targhe e clienti che aspettiamo",
    # set 50; never "clienti che" alone, a campaign's)
    + " | ".join(f"{cars} che {wait}" for cars in ("macchine", "auto", "clienti", "targhe")
                 for wait in ("aspettiamo", "aspetti", "aspettate", "attendiamo", "arrivano", "vengono"))
    + " | "
    # whether anyone is booked on the day, asked: "per dopodomani ho già gente fissata?"
    + " | ".join(f"{have} {already}{who}{booked}" for have in ("ho", "hai", "abbiamo", "avete", "c e")
                 for already in ("", "gia ") for who in ("gente", "qualcuno", "clienti")
                 for booked in ("", " fissata", " fissato", " fissati", " prenotata", " prenotato", " prenotati",
                                " segnata", " segnato", " segnati"))
    + " | "
    # who booked in for a day named, asked: "chi ci ha prenotato per lunedì 7?" ("chi ha prenotato il tagliando
    # della Clio?" names no day: no agenda)
    "chi ci ha prenotato | chi ha prenotato | chi si e prenotato | "
    "come siamo messi | come siamo messe | come siamo combinati | come siamo presi | come siamo pieni | "
    "what have we got | what ve we got | what s booked | what s in the diary | "
    # asked of the person at the desk: "what have you got on tomorrow?"
    "what have you got on | what ve you got on | what you got on | what do you have on | "
    "how are we looking | how does it look | how busy are we | how busy is | "
    # who is busy said any way ("how busy are the lads on Friday the 4th", "the lads" heard "the last"): still the day
    "how busy are | "
    # or by how full the day is ("how packed are we on Monday the 30th?", "how booked up is Friday?")
    + " | ".join(f"how {full} {who}" for full in ("packed", "full", "booked up", "chocka", "rammed", "stacked")
                 for who in ("are we", "are you", "are the lads", "is"))
    + " | "
    # the diary asked by its look ("what's the diary like for Friday the 4th?", "how are the books looking Monday?")
    "what s the diary like | what s the diary looking like | how s the diary looking | how s the diary | "
    "how is the diary looking | what are the books like | what are the books looking like | how are the books looking | "
    "what does the diary look like | what do the books look like"
)
""""quante macchine ho dopodomani", "sabato mattina come siamo messi?": the agenda of a day, only with the day
said ("quante macchine abbiamo in officina adesso?", "come siamo messi col lavoro?" are no agenda)."""
GETS_IN = _cues("ci entra | ci entrerebbe | ci entrano | mi entra | mi entrerebbe")
"""Room asked as the job getting in ("un cambio olio … ci entra?"); after "chi", "cosa" or "che" ("chi ci entra?",
"cosa mi entra?") or how many ("quante macchine ci entrano?") the day brings is asked, its agenda, no room."""
_WHO_ASKED = frozenset({"chi", "cosa", "che"})
_HOW_MANY = frozenset({"quante", "quanti", "quanto"})
_WHICH = frozenset({"che", "quali", "quale"})
_WHAT_GETS_IN = frozenset({"lavori", "lavoro", "macchine", "auto", "vetture", "appuntamenti", "interventi", "clienti"})
"""Which jobs or cars get in, asked ("Domani che lavori ci entrano? Fammi l'elenco", set 50): the day's agenda."""


def who_gets_in(tokens: list[str], at: int, said: tuple[str, ...]) -> bool:
    """Is the cue `said` at `at` one of `GETS_IN` asked of who or how many ("chi ci entra?", "quante macchine ci
    entrano?", heard "quanto è mappino ci entra"), no room for a job?"""
    if said not in GETS_IN or at == 0:
        return False
    which = at >= 2 and tokens[at - 2] in _WHICH and tokens[at - 1] in _WHAT_GETS_IN
    return tokens[at - 1] in _WHO_ASKED or which or bool(_HOW_MANY & set(tokens[max(0, at - 3) : at]))


_AMISS = frozenset({"wrong", "bad", "off", "missing"})


def going_amiss(tokens: list[str], at: int, said: tuple[str, ...]) -> bool:
    """Is the cue `said` at `at` a room's "… going" ("anything going Saturday?") said of the car's trouble instead
    ("anything going wrong with the Fiesta?", "is anything going on with it?"): no room asked?"""
    if said[-1:] != ("going",):
        return False
    after = tokens[at + len(said) : at + len(said) + 2]
    return bool(after) and (after[0] in _AMISS or after == ["on", "with"])


_GIVEN_BACK = frozenset({"il", "lo", "la", "l", "i", "le", "gli", "indietro", "questa", "questo", "quella", "quello"})


_HOUR_GIVEN_CUES = frozenset(_cues(_HOUR_GIVEN))


def car_given_back(tokens: list[str], at: int, said: tuple[str, ...]) -> bool:
    """Is the cue `said` at `at` one of `_HOUR_GIVEN` with the car said right after it ("a che ora mi puoi dare la
    macchina?", "… indietro"): when it is ready, no room for a job?"""
    if said not in _HOUR_GIVEN_CUES:
        return False
    after = tokens[at + len(said) : at + len(said) + 1]
    return bool(after) and after[0] in _GIVEN_BACK


DAY_LOOK = _cues(
    "com e messa | com e messo | come e messa | come e messo | com e la giornata | come e la giornata | "
    "com e la situazione | come e la situazione | com e la mattinata | com e il pomeriggio | "
    "quanto siamo pieni | quanto siamo carichi | siamo pieni | siamo carichi | "
    # how full the day itself is ("com'è piena la giornata di lunedì 30 novembre?", set 35)
    + " | ".join(f"{how} {full}" for how in ("com e", "come e", "quanto e", "come")
                 for full in ("piena", "pieno", "carica", "carico", "impegnata", "impegnato", "presa", "preso"))
    + " | "
    # what is booked on the day said, asked with "che" ("sabato 12 dicembre chi abbiamo prenotato?" heard "che
    # abbiamo prenotato", set 35; "cosa ho segnato per venerdì?")
    + " | ".join(f"{what} {have} {booked}" for what in ("che", "cosa", "che cosa") for have in ("abbiamo", "ho", "avete", "hai")
                 for booked in ("prenotato", "segnato", "fissato", "in agenda"))
    + " | "
    # its "è" lost in whisper's writing ("Venerdì 11 dicembre come la situazione in officina")
    "come la situazione | come la giornata | come la mattinata | come il pomeriggio | come messa | come messo | "
    # the day's round-up or its list asked ("fammi il punto di domani", "dopodomani … leggimi la lista")
    "il punto di | punto di | fammi il punto | facciamo il punto | leggimi la lista | leggi la lista | "
    "leggimi l elenco | leggi l elenco"
)
""""com'è messa domani?", "com'è la giornata di sabato?": the agenda of a day, with the day said and no vehicle
("com'è messa la Panda?" asks of a car)."""
STILL_EXPECTED = _cues(_STILL_EXPECTED + " | " + _WORK_AHEAD)
WEAK_CANCEL_FORMS = _cues(
    "toglila | toglilo | toglili | toglile | toglimela | toglimelo | levala | levalo | levali | levale | "
    "levamela | levamelo"
)
""""toglila", "levala": a cancellation only when an appointment is spoken of (its day, "l'appuntamento", a
reason it is off) and nothing is taken off something else ("toglila dal ponte")."""
JOB_OFF_FORMS = _cues(_JOB_OFF)
JOB_SKIPPED = _cues(_JOB_SKIPPED)
OFF_THE_LIST = phrases("dal giro di", "dal giro del", "dall agenda di", "dall agenda del", "dalla lista di",
                       "dalla lista del", "dal programma di", "dal programma del", "dal calendario di",
                       "dal calendario del", "da", "dal")  # fmt: skip
"""A car taken off a day's list: "toglimi la Phaeton, DX 880 TS, dal giro di giovedì 10" (`parser._car_off_a_day`)."""
SQUEEZE_ASKED = _cues(
    "riesci a infilarmi | riesci a infilare | riesci a infilarci | riesci a incastrare | riesci a incastrarmi | "
    "riusciamo a infilare | riusciamo a incastrare | ce la fai a infilare | ce la fai a infilarmi | "
    "ce la fai a incastrarmi | riesci a farmi entrare | riuscite a infilarmi | riuscite a infilare | "
    + _ROOM_ASKED_PRESENT
    + " | "
    + _PUT_IN_ASKED
    + " | "
    + _ROOM_ASKED_OF_YOU
)
""""oggi alle 5 e mezza riesci a infilarmi un cambio gomme per il Civic?": room asked at an hour said, a booking
asked for (said back); with no hour ("sabato riesci a infilarmi una batteria?") the first free slot."""
CAR_TAKE_ASKED = _cues(
    " | ".join(f"{can} a {take}"
               for can in ("riesci", "riesce", "riuscite", "riusciamo", "ce la fai", "ce la fa", "ce la fate",
                           "ce la facciamo")
               for take in ("prendere",))
)  # fmt: skip
""""Dopodomani alle 11 riesci a prendere la Cisitalia 202 di Mazzucato? DW 3 4 5 MW, è per la batteria" (set 41),
"ce la fai a prendere la Panda di Rossi sabato alle 9?": the car taken in at an hour said, asked; a booking asked
for (said back) only with the car named right after it (`parser._car_take_asked`: "riesci a prendere il pezzo dal
fornitore" takes no car in) and an hour said on a day."""
ROOM_MADE = _cues(_ROOM_MADE)
"""Room ordered (`_ROOM_MADE`): a booking at an hour said on a day (`parser._main_intent`)."""
FIRST_FREE_GIVEN = _cues(
    " | ".join(
        f"{give} {first}"
        # given us, or given the customer ("…, ha i freni che cigolano: dagli la prima data utile …", set 41)
        for give in ("dammi", "dacci", "dagli", "dalle", "dategli", "datele")
        for first in ("il primo buco", "il primo posto", "la prima disponibilita", "la prima data libera",
                      "il primo slot", "il primo spazio", "il primo orario libero", "il primo appuntamento libero",
                      "la prima data utile", "la prima data disponibile", "il primo giorno utile",
                      "il primo giorno libero")
    )
)  # fmt: skip
""""…, ha i freni che fischiano: dammi il primo buco che hai per le pastiglie" (set 32), "dagli la prima data utile
per le pastiglie" (set 41): the first free slot asked to be given the car, a booking there rather than a question
("dimmi il primo posto libero", "quand'è la prima data utile?" ask it); told, not ordered, so said back for a yes
(`parser.parse`: "asked"), which tells the slot asked of too. Only of a vehicle named and never with a question
mark."""
SUITS_HER = phrases(
    *(f"{whom} {suits}" for whom in ("le", "gli")
      for suits in ("va bene", "andrebbe bene", "sta bene", "starebbe bene", "torna bene", "tornerebbe bene",
                    "e comodo", "e comoda", "conviene"))
)  # fmt: skip
""""Ha chiamato la Battistella, …, FJ 040 PW: le va bene la revisione mercoledì 16 dicembre alle 15" (set 41), "gli
andrebbe bene il tagliando lunedì alle 9": the customer's yes to a job at a day and hour, relayed; a booking only
with the job said right after it and its day and hour after that, never after "non" (`SHORT_REASONS`: the day that
does not suit), never asked (`parser._suits_customer`)."""
SHIFTED_BY_FORMS = _cues(_SHIFTED_BY)
"""A move said as its hour shifted ("lo facciamo un'ora dopo"): its new time heard after it is said back."""
WEAK_BOOK_FORMS = _cues(
    "segniamo | " + with_pronouns("segna", "metti", "inserisci") + " | " + with_pronouns_we("segniamo", "mettiamo") + " | "
    + _SQUEEZE_IN
)
""""mettila", "segnamelo", "infilami": booking words only beside a service, as "metti" and "segna" are."""
DO_SERVICE_FORMS = _cues(
    "fammi | fammi fare | mi fai | mi fai fare | facciamo | facciamo fare | fagli | fagli fare | falle fare | "
    "gli fai | le fai | vuole | vorrebbe | " + _REDO + " | " + _RESERVE_JOB + " | " + _BLOCK_JOB + " | " + _SORT_JOB
)
""""fammi una diagnosi", "facciamo il tagliando alla Panda", "mi fai il cambio gomme", the customer's wish told
("vuole ricaricare il clima mercoledì"), the job kept ("riserva la revisione"): booking words only with the service
said right after them ("fammi sapere", "fammi vedere il tagliando", "vuole sapere quanto costa il tagliando" are
no booking)."""
RESERVE_JOB_FORMS = _cues(_RESERVE_JOB + " | " + _BLOCK_JOB)
PART_TAKEN_UP_FORMS = _cues(_PART_TAKEN_UP)
""""gliela cambiamo domani alle 4": booking words only after a part said first (`parser._part_taken_up`)."""
CHANGE_PART_FORMS = _cues(_CHANGE_PART)
REFILL_FORMS = _cues(_REFILL)
FIT_PART_FORMS = _cues(_FIT_PART)
FIT_INFINITIVE_FORMS = _cues(_FIT_INFINITIVE)
TAKEN_UP_FORMS = _cues(_TAKEN_UP)
PART_CATEGORIES = frozenset({"tyres", "brakes", "electrical"})
"""The services of a part changed or fitted (tyres, pads, battery): what "cambiale" and "montiamo" book."""
TAKE_FORMS = _cues("prendi | prendimi | prendigli | prendile | prendiamo | " + _TAKE_EN)
""""prendi il primo buco che hai", "grab the first free slot for …": booking words only with the first free slot
said right after them."""
DUE_TOLD_FORMS = _cues(_DUE_TOLD)
PART_DUE_FORMS = _cues(_PART_DUE)
"""The job said due ("tocca fare la revisione"): booking words only told, never asked ("quando tocca fare …?")."""
NOTE_IT_FORMS = _cues("segnala")
""""… prendi il primo buco che hai e segnala": said last, with nothing of its own after it, in a request for the
first free slot, it is "segnala" (write it down); anywhere else it is "segnalare" ("segnala il guasto"), no
booking."""
OWNER_CUES = _cues(
    "di chi e | a chi appartiene | chi e il proprietario | proprietario | proprietaria | a chi e intestata | "
    "intestatario | intestataria | whose | who owns | padrone | padrona | a nome di chi e | a chi e intestato | intestata a chi | "
    "intestato a chi | a nome di chi risulta | di chi risulta | risalire a un cliente | risalire al cliente | "
    "risalire al proprietario | risalire alla proprietaria | " + _OWNER_NAMED + " | " + _POSSESSED + " | " + _KEEPER + " | " + _OWNER_GUESSED
    + " | " + _HOLDER
    + " | " + _GIVEN_BACK_TO
    + " | " + _WHOSE_LOST_IS
    + " | " + _NAME_IT_IS_UNDER
    + " | " + _WHICH_CUSTOMER
)
"""Asking for a vehicle's owner in so many words: the plate is asked for when it was not heard."""
# Kept out of CUES (and so out of the words the tables know): read only when no other intent was, so no request
# read before is read another way, and no write's words become known through them.
NEXT_VISIT_ASKED = _cues(
    "quando ha l appuntamento | quando ha appuntamento | quand e l appuntamento | quando e l appuntamento | "
    "quando viene | quando deve venire | quando dovrebbe venire | quand e che viene | quand e che deve venire | "
    "quando torna | quand e che torna | quando deve tornare | quand e che deve tornare | "
    "per quando e fissata | per quando e fissato | quando e fissata | quando e fissato | "
    "per quando e prenotata | per quando e prenotato | quando e prenotata | quando e prenotato | "
    "che appuntamento ha | che appuntamenti ha | ha un appuntamento | ha appuntamenti | "
    "when s | when is | when does | what appointment does | what appointments does"
)
"""A car's next visit asked of ("quando viene la Y10 della Cervellera?", "when's the Ghibli booked in?"); the
English "when" only with the car's coming in said after the car (`NEXT_VISIT_EN`)."""
NEXT_VISIT_EN = _cues("booked in | booked | due in | due | coming in | in next | next in | back in | have | got")
"""What closes an English "when is …"/"what appointment does …" about a car: "… booked in?", "… due in?"."""
_EXPECTED_WHO = "chi aspettiamo | chi aspetti | chi aspettate | chi aspetto | who are we expecting"
EXPECTED_WHO = _cues(_EXPECTED_WHO)
"""Who is expected, asked with a car named ("chi aspettiamo per il tagliando della Clio?"): when it comes, the car's
appointments; with none named, the day's list ("chi aspettiamo domani?", "chi aspettiamo dopo la Rossi?")."""
AGENDA_OF_WHOM = _cues(
    "che appuntamenti ha | che appuntamento ha | quali appuntamenti ha | quale appuntamento ha | "
    + _EXPECTED_WHO + " | "
    "che prenotazioni ha | quali prenotazioni ha | ha appuntamenti | ha degli appuntamenti | ha un appuntamento | "
    "what appointments does | what appointment does | which appointments does | what bookings does | "
    "what appointments has | what bookings has"
)
"""A car's or a customer's appointments asked with the agenda's own word ("che appuntamenti ha Rossi?", "what
appointments does the Ghibli have?"): theirs, never the whole day's list, when someone is named after it."""
AGENDA_OF_WHOM_EN_END = frozenset({"have", "got", "booked"})
"""The English verb that closes the question after whom it asks of: "what appointments does Rossi have?"."""
CARS_ASKED = _cues(
    "che auto ha | che macchina ha | che macchine ha | quali auto ha | quali macchine ha | quale macchina ha | "
    "quale auto ha | che veicoli ha | quali veicoli ha | quante auto ha | quante macchine ha | che cosa guida | "
    "cosa guida | che guida | che macchina guida | che auto guida | "
    "what cars does | what car does | which cars does | which car does | what vehicles does | what does"
)
"""A customer's cars asked of ("che macchine ha la signora Cervellera?", "what cars does Cervellera have?"),
the customer's name said right after (or, in Italian, right before: "Buonocunto che auto ha?")."""
CARS_ASKED_EN_END = frozenset({"have", "own", "drive", "run", "got"})
"""The English verb that closes the question after the name: "what cars does Cervellera have?"."""
PLATE_TO_COME = _cues(
    _PLATE_TO_COME + " | " + _PLATE_SEARCHED + " | " + _PLATE_CHECKED + " | " + _CUSTOMERS_PLATE + " | " + _PLATE_ON_FILE
)
SHOW = _cues(
    "fammi vedere | mi fai vedere | fai vedere | mi fa vedere | mi faccia vedere | fammi aprire | "
    "mostrami | mi mostri | mi mostra | mostra | apri | aprimi | mi apri | mi apre | mi tiri su | tirami su | "
    "tira su | mi tiri fuori | tirami fuori | mi carichi | caricami | visualizza | fammi guardare"
)
"""Verbs of showing or opening on screen: "fammi vedere la scheda della EY 053 KH", "mi apri la Yaris di Porta?"."""
CARD = frozenset({"scheda", "pratica", "cartella", "anagrafica", "dati", "dettagli"})
"""What of a vehicle is shown: its card ("la scheda", "i dati"), not its history or appointments."""
_OUT = phrases("fuori")
"""The verb of "mi tiri fuori la scheda" misheard ("Bittili fuori, la scheda di golf …", set 35): "fuori" with the
card right after it (`vehicle_shown`) still shows it; without the card ("è fuori, la Panda …") it is nothing."""
_CARD_FETCHED = _cues(
    "trovami | trova | mi trovi | mi trova | recuperami | recupera | mi recuperi | dammi | mi dai | mi da | "
    "passami | mi passi | cercami | mi cerchi"
)
""""Trovami la scheda cliente della DV 460 BS" (set 37), "recuperami la pratica della …", "dammi i dati della …":
the card fetched is the card shown (`vehicle_shown`); these verbs show a card only with the card named right
after ("trovami un posto per la Panda", "dammi il primo buco" show none)."""
_SHOWN_OF = frozenset({"la", "il", "lo", "l", "i", "della", "del", "dello", "dell", "di", "sua", "tecnica",
                       "completa", "completi", "veicolo", "auto", "macchina", "targa",
                       # whose card, named by the plate ("la scheda del cliente con targa DA 763 CP", set 36)
                       "cliente", "con", "quello", "quella"})  # fmt: skip


def vehicle_shown(tokens: list[str], vehicle_starts: set[int]) -> int | None:
    """Where a vehicle's card is asked to be shown: a verb of showing or opening (`SHOW`), then its card ("la
    scheda della", "i dati del") or nothing, then the vehicle itself (a plate or its description starts at one of
    `vehicle_starts`): "fammi vedere la scheda della EY 053 KH", "mi apri la Yaris della Porta? GH 603 CY". Else
    None: "apri un appuntamento per …", "fammi vedere gli appuntamenti della AB 123 CD" show no card."""
    for at, verb in [*find_all(tokens, SHOW), *find_all(tokens, _OUT), *find_all(tokens, _CARD_FETCHED)]:
        k = at + len(verb)
        while k < len(tokens) and tokens[k] in ("la", "il", "lo", "l", "i", "mi", "gli", "le"):
            k += 1
        if (verb in _OUT or verb in _CARD_FETCHED) and not (k < len(tokens) and tokens[k] in CARD):
            continue  # "è fuori, la Panda …", "trovami un posto …": no card shown
        if k < len(tokens) and tokens[k] in CARD:
            k += 1
            # "la scheda della targa di ti 612 …": a plate may open with a letter said like one of these ("di")
            while k < len(tokens) and tokens[k] in _SHOWN_OF and k not in vehicle_starts:
                k += 1
            if k not in vehicle_starts and _names_of_card(tokens, k) and k + 1 in vehicle_starts:
                k += 1  # "la scheda del Linux, FN 529 CK": a model or a name not known, then its plate
            elif k not in vehicle_starts and _names_of_card(tokens, k):
                # "la scheda del Kleinschnittger della Nardelli, DF 034 YC" (set 45): its model (in one word or
                # two, as whisper may split it: "del Clayins Knitzer della Nardelli"), then its owner
                model = 2 if tokens[k + 1 : k + 2] != [] and tokens[k + 1].isalpha() and tokens[k + 1] not in (
                    "della", "del", "di") else 1
                if (
                    k + model + 2 in vehicle_starts and tokens[k + model] in ("della", "del", "di")
                    and _names_of_card(tokens, k + model + 1) and (model == 1 or _no_cue(tokens[k + 1]))
                ):  # fmt: skip
                    k += model + 2
        if k in vehicle_starts:
            return at
    return None


@functools.cache
def _cue_words() -> frozenset[str]:
    """Every word of any intent's cue, gathered once (`CUES` is built at import and never changed)."""
    return frozenset(word for cue_list in CUES.values() for phrase in cue_list for word in phrase)


def _no_cue(word: str) -> bool:
    """`word` is in no cue of any intent (a name or a model's half, never a request's word)."""
    return word not in _cue_words()


def _names_of_card(tokens: list[str], k: int) -> bool:
    """tokens[k] is one word that may name whose card or which car (a name, a model misheard), said right after "la
    scheda del": a word of letters, no number, no request word (a cue of any intent)."""
    if k >= len(tokens) or not tokens[k].isalpha() or tokens[k - 1] not in ("del", "della", "dello", "dell", "di"):
        return False
    return _no_cue(tokens[k])
SEND_VERBS = _cues(
    "manda | mandare | mandagli | mandale | mandiamo | mandi | mi mandi | gli mandi | invii | invia | inviare | inviagli | inviale | inviamo | "
    "spedisci | send | resend | text | messaggia | scrivi | scrivigli | scrivile | "
    # the counter's English for sending one off: "ping Mrs Rossi a reminder", "fire off a confirmation"
    "ping | fire off | shoot | "
    # passed on: "girale una mail di conferma" (never "gira" alone)
    "girale | giragli | girala | giralo | "
    + with_pronouns("manda", "invia", "spedisci")
)
_CONFIRMED = frozenset({"confermato", "confermata", "confermati", "confermate"})
_WRITE_VERBS = frozenset({"scrivi", "scrivigli", "scrivile", "manda", "mandagli", "mandale", "invia", "inviagli",
                          "inviale", "messaggia"})  # fmt: skip
_BEFORE_SO = frozenset({"un", "una", "messaggio", "messaggino", "mail", "email", "sms", "whatsapp", "su", "per", "via",
                        "a", "ad", "al", "alla", "signor", "signora", "gli", "le", "mi"})  # fmt: skip


def confirmed_written(tokens: list[str], names: frozenset[str] = frozenset()) -> int | None:
    """ "Scrivi a Rossi su WhatsApp che il tagliando di mercoledì è confermato": a confirmation sent, told as what the
    message says, at its verb. Only a writing verb, then "che" (the customer's name, the channel and "un messaggio"
    between them) and the appointment said "confermato" after it ("scrivi che è confermato?" asks nothing else;
    "il tagliando è confermato" alone tells)."""
    for i, tok in enumerate(tokens):
        if tok not in _WRITE_VERBS:
            continue
        k = i + 1
        while k < len(tokens) and (tokens[k] in _BEFORE_SO or tokens[k] in names):
            k += 1
        if k < len(tokens) and tokens[k] == "che" and _CONFIRMED & set(tokens[k + 1 : k + 12]):
            return i
    return None


_WRITE_VERBS_EN = frozenset({"whatsapp", "text", "message", "email", "sms"})
_BEFORE_SAY_EN = frozenset({"mr", "mrs", "ms", "miss", "him", "her", "them", "the", "customer", "owner", "client", "on",
                            "by", "via", "a", "quick", "whatsapp", "text", "sms", "email", "message", "please", "just"})
_SAY_PHRASES = phrases(*_TO_SAY)
_ASKED_DONE_EN = frozenset({"did", "have", "has", "had", "didn", "haven", "hasn"})
_TITLES_SAID_EN = frozenset({"mr", "mrs", "ms", "miss"})
_SAID_CONFIRMED_REACH = 12


def confirmed_texted(tokens: list[str], names: frozenset[str] = frozenset()) -> int | None:
    """ "Could you WhatsApp Mr Tirabassi to say the tyre fitting on his Conosur is all confirmed?" (set 48): a
    confirmation sent, told as what the message says, in English as `confirmed_written` reads it in Italian: a verb
    of writing, whom it goes to and its channel, then "to say" (`_TO_SAY`) and "confirmed" after it. Never asked of
    one done ("did you text Mr Rossi to say …?": `_ASKED_DONE_EN` before the verb)."""
    for i, tok in enumerate(tokens):
        if tok not in _WRITE_VERBS_EN or _ASKED_DONE_EN & set(tokens[:i]):
            continue
        k = i + 1
        while k < len(tokens) and (
            tokens[k] in _BEFORE_SAY_EN or tokens[k] in names or tokens[k - 1] in _TITLES_SAID_EN
        ):
            k += 1
        said = next((p for p in _SAY_PHRASES if tuple(tokens[k : k + len(p)]) == p), None)
        if said is not None and "confirmed" in tokens[k + len(said) : k + len(said) + _SAID_CONFIRMED_REACH]:
            return i
    return None


MESSAGE_TOLD = _cues(
    "sent | texted | emailed | messaged | whatsapped | received | already | got | had | "
    "mandato | mandata | mandati | mandate | inviato | inviata | inviati | spedito | spedita | ricevuto | "
    "ricevuta | arrivato | arrivata | gia"
)
""""Mr Visconti sent a WhatsApp confirming Saturday's …", "she already got a reminder", "il signor Rossi ha già
mandato la conferma", "gli abbiamo già mandato il promemoria?": a message told of, sent or had, or asked about;
none to send (whatever else is asked beside it is left to the model)."""
REMINDER_VERBS = _cues(
    "metti | mettigli | imposta | impostare | programma | programmare | aggiungi | aggiungere | set | schedule | "
    "add | create | crea | "
    # to her, and to me ("…, e mettile pure un promemoria su WhatsApp", set 54): a reminder within a few words after
    "mettile | mettimi | aggiungile | aggiungigli | impostale | impostagli"
)
FIRST_FREE = _cues(
    "primo posto libero | primo posto | prima data libera | prima disponibilita | primo buco | primo slot | "
    "primo orario libero | primo appuntamento libero | primo appuntamento disponibile | appena possibile | "
    "prima possibile | il prima possibile | primo giorno libero | first free | first available | earliest | soonest | "
    "as soon as possible | asap | next available | first slot | next free | first open | first opening | "
    "next opening | earliest opening | soonest opening | quando c e posto | "
    # the first slot as whatever turns up ("Grab whatever opening comes up first", set 48)
    "whatever opening comes up first | whatever slot comes up first | whatever comes up first | "
    "first opening that comes up | first slot that comes up | first one that comes up | first thing that comes up | "
    # the English "primo buco": "book it in for a service in the first gap you have"
    "first gap | next gap | earliest gap | first free gap | first space | next space | first free space | "
    "appena c e posto | primo libero | prima data utile | primo disponibile | primo che hai | first you have | "
    # the first date the workshop has: "revisione per la Aixam, EV 275 KB: dammi la prima data che hai e prenota"
    "prima data che hai | prima data che avete | primo orario che hai | primo orario che avete | "
    # and the first day the workshop has ("… ha le gomme lisce: guarda il primo giorno che avete e mettila lì", set 44)
    "primo giorno che avete | primo giorno che abbiamo | prima data che abbiamo | primo orario che abbiamo | "
    # the first slot the colleague finds: "inseriscilo al primo orario che trovi libero" (set 36)
    "primo orario che trovi | primo orario che trovate | primo posto che trovi | primo posto che trovate | "
    "primo buco che trovi | primo buco che trovate | prima data che trovi | primo giorno che trovi | "
    "il primo possibile | al primo possibile | al piu presto | prima che si puo | primo giorno che hai | "
    "primo giorno in cui | primo giorno utile | primo spazio | primo spazio libero | appena c e spazio | "
    "prima data buona | primo giorno buono | prima data disponibile | primo giorno disponibile | "
    # the first moment, as the first free slot asked names it ("Quand'è il primo momento buono per le pastiglie alla
    # Saleen? EW 781 ZS. Prenotala lì.", set 42)
    "primo momento libero | primo momento utile | primo momento buono | primo momento disponibile | "
    # and the first that frees up ("…, serve il cambio olio: il primo momento che si libera, prenotalo", set 47)
    + _FIRST_FREED
    + " | "
    # the first chance ("…, fischia quando frena: prenotale le pastiglie alla prima occasione che hai", set 46)
    "prima occasione che hai | prima occasione che avete | prima occasione utile | prima occasione libera | "
    "alla prima occasione | "
    # good, the first half hour ("ha la batteria a terra: la prima mezz'ora buona che trovi in calendario,
    # prenotagliela", "falla entrare alla prima occasione buona", set 50)
    "prima occasione buona | prima mezz ora buona | prima mezz ora libera | prima mezz ora utile | "
    "prima mezzora buona | prima mezzora libera | prima ora buona | prima ora libera | "
    # the first window in the agenda ("…, ha le gomme da cambiare: alla prima finestra libera in agenda, infilacelo",
    # set 49), as the first chance
    "prima finestra libera | prima finestra utile | prima finestra disponibile | prima finestra che hai | "
    "prima finestra che avete | "
    "appena c e un buco | appena hai posto | appena hai un buco | appena avete posto | "
    # where the colleague finds room first: "infilala dove trovi posto prima" (set 39)
    "dove trovi posto prima | dove trovate posto prima | dove trovi prima posto | dove c e posto prima | "
    "dove trovi un buco prima | dove hai posto prima | dove avete posto prima | dove capita prima | "
    # the first place that frees up: "tagliando, appena si libera un posto" (set 30)
    + " | ".join(f"{soon} si {frees} {a}{place}" for soon in ("appena", "quando")
                 for frees in ("libera", "liberera") for a in ("un ", "qualche ", "")
                 for place in ("posto", "buco", "spazio", "orario"))
    + " | "
    # and whatever frees up: "deve fare il tagliando: appena si libera qualcosa, ficcala dentro tu" (set 45)
    + " | ".join(f"{soon} si {frees} qual cosa" for soon in ("appena", "quando") for frees in ("libera", "liberera"))
    + " | "
    # the first slot taken whichever it is ("…, whatever slot you have first, that's grand")
    "whatever slot you have first | whichever slot you have first | whatever you have first | "
    # what is free first ("… is due its MOT. Whatever's free first, stick it in there.", set 49)
    "whatever s free first | whatever is free first | whichever s free first | whichever is free first | "
    "whatever s first free | whatever is first free | "
    "whichever you have first | whatever slot you ve got first | whatever you ve got first | "
    "first day you could | first day you can | first day we could | first day we can | " + _FIRST_DAY_AND_TIME
    + " | " + _FIRST_DAY_GIVEN
)
SAME_TIME = _cues("stessa ora | stesso orario | same time")
"""The old time kept in so many words ("da venerdì a lunedì, stessa ora"): a time said, not one left out."""
CHANNELS: dict[tuple[str, ...], str] = {
    ("whatsapp",): "whatsapp", ("whats", "app"): "whatsapp", ("what", "s", "app"): "whatsapp", ("wa",): "whatsapp", ("watsapp",): "whatsapp",
    ("sms",): "sms", ("text", "message"): "sms", ("messaggino",): "sms", ("email",): "email",
    ("e-mail",): "email", ("mail",): "email", ("posta", "elettronica"): "email", ("by", "text"): "sms",
    ("via", "text"): "sms", ("a", "text"): "sms", ("per", "sms"): "sms", ("sns",): "sms", ("smes",): "sms",
    # the message named by its channel with no article heard before it ("Sarapa text reminder …" for "set up a
    # text reminder": the "a" run into whisper's word, and WhatsApp, the default, was scheduled instead)
    ("text", "reminder"): "sms", ("text", "reminders"): "sms", ("text", "confirmation"): "sms",
    # SMS spelled out as whisper writes it ("via S.M.S.", "S M S") or as its letter names
    ("s", "m", "s"): "sms", ("esse", "emme", "esse"): "sms",
    # WhatsApp as whisper writes it from accented Italian
    ("whatsup",): "whatsapp", ("whats", "up"): "whatsapp", ("what", "s", "up"): "whatsapp", ("wazap",): "whatsapp",
    ("uazap",): "whatsapp", ("uatsap",): "whatsapp", ("wasap",): "whatsapp", ("oza", "app"): "whatsapp",
    ("ozap",): "whatsapp", ("wats", "app"): "whatsapp", ("watts", "app"): "whatsapp", ("ozza", "app"): "whatsapp",
}  # fmt: skip

# Requests the fast path must leave to the model (or to the person): campaigns, prices, undo, bulk
# actions, negations, hypotheticals, actions it has no tool for.
BLOCKERS: dict[str, list[tuple[str, ...]]] = {
    "campaign": _cues(
        "tutti i clienti | a tutti | ogni cliente | tutti quelli | clienti che | i clienti con | clienti il cui | "
        "clienti la cui | ai clienti | every customer | all customers | all the customers | everyone who | "
        "everybody | customers who | customers whose | customers with | campagna | campaign | newsletter | "
        "mailing | tutte le persone | all clients | clients who | "
        # many told at once by what they share ("manda un sms a quelli che passano oggi"): no day's list asked
        "a quelli che | a quelle che | "
        # many people or cars picked by what they share: "everyone whose last inspection was …"
        "everyone whose | everyone with | everyone that | everyone who s | anyone whose | everybody whose | "
        "every car | every vehicle | all cars | all the cars | all vehicles | all the vehicles | every client | "
        "all the clients | all customers who"
    ),
    "price": _cues(
        "quanto costa | quanto viene | quanto costerebbe | quanto costano | prezzo | prezzi | costo | preventivo | "
        "listino | how much | price | prices | cost | costs | quote | tariffa"
    ),
    "duration": _cues("quanto ci vuole | quanto tempo | quanto dura | how long | durata | duration"),
    "undo": _cues(
        "annulla l ultima | annulla l ultimo | annulla quello | annulla quanto | annulla tutto | cancella tutto | "
        "torna indietro | undo | annulla l operazione | cancel that | cancel the last | scratch that"
    ),
    "new_record": _cues(
        "nuovo cliente | nuova cliente | new customer | registra un cliente | registra il cliente | "
        "crea un cliente | crea il cliente | aggiungi un veicolo | aggiungi una macchina | aggiungi l auto | "
        "add a vehicle | add a car | add a new | create a customer | register a customer | new car | "
        "nuova macchina | nuovo veicolo"
    ),
    "negation": _cues(
        "non | don t | do not | dont | never | mai | not | no need | nessun bisogno | niente | lascia perdere | "
        "forget it | never mind | nevermind | no | "
        # English said short: "we can't book the Clio …", "she won't need tyres"
        "can t | cannot | won t | wouldn t | shouldn t | couldn t | isn t | aren t | wasn t | weren t | doesn t | "
        "didn t | hasn t | haven t | hadn t | mustn t | needn t"
    ),
    "hypothetical": _cues(
        "se | if | forse | maybe | perhaps | magari | potrebbe | could we | would it | sarebbe | nel caso | "
        "in case | what if | dovremmo | should we | oppure | or | actually | anzi | qualcosa | something | ma | but | "
        "pero | tranne | except | unless | a meno che"
    ),
    "unsupported_action": _cues(
        "chiama | chiamare | chiamalo | chiamala | chiamagli | telefona | telefonare | telefonagli | richiama | "
        "richiamalo | richiamala | richiamali | richiamale | richiamagli | avvisalo | avvisala | avvisagli | call | phone | ring | ordina | ordinare | order | "
        "fattura | fatturare | invoice | paga | pagare | pay | payment | ricambi | ricambio | parts | pezzi | "
        "sconto | discount | modifica il cliente | cambia il numero | change the number | update the email | "
        "aggiorna | update | rimborso | refund | stampa | print | esporta | export | statistiche | statistics | "
        "report | fatturato | revenue | turnover | meteo | weather | "
        # the till's takings ("quanto è entrato in cassa da inizio settimana?", set 38): no diary to read
        "in cassa | incasso | incassi | incassato | incassata | takings | in the till | "
        # the weather asked ("domani danno neve?"): not "le gomme da neve", so never the word alone; no day in them
        # (a blocker's words are never put back from whisper's spellings: "tomani" must still become "domani")
        "danno neve | danno pioggia | danno brutto | danno bel tempo | danno sole | le previsioni | previsioni del tempo | "
        "che tempo fa | che tempo fara | nevica | nevichera | piovera | barzelletta | joke | avvisa | nota | note | "
        "chilometri | km | chiedi | chiedere | chiedigli | ask | aspetta | aspettare | wait | verifica | check with |  riepilogo | vendite | table | tavolo | supplier | fornitore | ferie | holiday"
    ),
}
_OPTION_STARTS = {"la", "il", "lo", "l", "alle", "al", "a", "per", "di", "del", "della", "the", "domani",
                  "dopodomani", "oggi", "tomorrow", "today", "next", "prossimo", "prossima"}  # fmt: skip
BULK = phrases("tutti", "tutte", "all", "every", "ogni", "entrambi", "entrambe", "both")


_NOTICE_TOLD = "mi avvisa che | ci avvisa che | mi avverte che | ci avverte che"
NOTICE_TOLD = _cues(_NOTICE_TOLD)
"""The customer's notice told ("Crisafulli mi avvisa che giovedì non può"): told, no notice of ours to give."""
TOLD_BY = _cues(
    "mi ha detto che | ci ha detto che | ha detto che | mi ha scritto che | ci ha scritto che | mi dice che | "
    "ci dice che | dice che | mi ha avvisato che | ci ha avvisato che | "
    # and in the present ("Crisafulli mi avvisa che giovedì 15 aprile non può: …", set 48)
    + _NOTICE_TOLD
    + " | "
    # what the customer asked for, relayed: "la Pulcinelli chiede di slittare: il tagliando …" (set 28)
    "chiede di | mi chiede di | ci chiede di | ha chiesto di | mi ha chiesto di | ci ha chiesto di"
)
""""Pagnotta mi ha detto che mercoledì non può …", "la signora dice che l'MX-5 fischia": what the customer told,
said before the request it brings (known words: no action of their own)."""


UNASKED = phrases(
    *(f"senza {ask}" for ask in ("chiedermi", "chiedermelo", "chiedere", "chiedere a me", "richiamarmi", "sentirmi",
                                 "ripassare da me", "domandarmi", "domandarmelo", "aspettare me")),
    *(f"{no_need} {ask}" for no_need in ("non serve", "non c e bisogno di", "non serve che")
      for ask in ("chiedermi", "chiedermelo", "richiamarmi", "sentirmi", "me lo chiedi", "mi richiami", "mi senti")),
    *(f"{no_need} {ask}" for no_need in ("without", "no need to", "don t", "do not", "you don t need to")
      for ask in ("asking me", "checking with me", "ask me", "check with me", "asking", "checking back",
                  "check back", "run it by me", "running it by me")),
)  # fmt: skip
""""… ha bisogno di una diagnosi. Primo giorno disponibile, fissalo pure senza chiedermi." (set 53), "book it in
without checking with me": leave to go ahead, told; no negation, no action of its own (the write is still said back
when what was heard is not sure)."""
UNASKED_VERBS = frozenset({"chiedermi", "chiedermelo", "domandarmi", "domandarmelo"})
"""The verbs of `UNASKED` no other table knows, known words so none is put back as whisper's spelling of another."""


NO_HURRY = phrases(
    *(f"{none}{but}" for none in ("non ha fretta", "non c e fretta", "non ha premura", "non ha urgenza",
                                  "non e urgente", "nessuna fretta", "senza fretta",
                                  # its "ha" run into the noun as whisper writes it ("Non affretta ma nemmeno …")
                                  "non affretta")
      for but in ("", *(f" ma {nor} {much} {what}" for nor in ("nemmeno", "neanche", "neppure")
                       for much in ("tanta", "troppa", "molta")
                       # "pazienza" as whisper may spell it ("nemmeno tanta passienza", "… pacienza")
                       for what in ("pazienza", "calma", "passienza", "pacienza", "pazienzia")))),
)  # fmt: skip
""""Cambio pastiglie per il Kleinschnittger, DF 034 YC: non ha fretta ma nemmeno tanta pazienza, dagli la prima data
utile" (set 45): how soon the customer needs it, told (the first free slot asked after it); no negation of the request,
nor "ma" a condition. "Non prenotare, non ha fretta" still says no."""

# Why the customer cancels or moves ("il signor Romano non può venire"): said, but no negation of the request.
REASONS = phrases(
    # the car no longer brought ("Sgroi non ci porta più l'Haflinger per la revisione, …: cestinalo", set 51)
    # (never "porterà": a known word, it took whisper's "Potela", a plate's "LA", set 23 as heard)
    *(f"non {it} {brings}{more}" for it in ("ci", "ce la", "ce lo", "ce le", "ce li", "la", "lo")
      for brings in ("porta", "portano") for more in ("", " piu")),
    # withdrawn ("Il cliente di martedì 23 marzo ha dato forfait: tiralo via dal calendario", set 46)
    "ha dato forfait",
    "hanno dato forfait",
    "non puo venire",
    "non puo piu venire",
    "non viene",
    "non viene piu",
    "non ce la fa",
    "non riesce a venire",
    "non riesce a portare",
    "non riesce a portarla",
    "non riesce a portarlo",
    "non puo portare",
    "non puo portarla",
    "non puo portarlo",
    # the car no longer brought, said of it ("disdice: il Frontera sabato non lo porta più", set 28)
    *(f"non {it} {brings}" for it in OBJECT_PRONOUNS
      for brings in ("porta", "porta piu", "puo portare", "puo piu portare", "riesce a portare", "porto piu")),
    # and the car named after it ("Capobianco non porta più la Aixam per la diagnosi …: toglila", set 34)
    "non porta piu",
    "can t bring",
    "cannot bring",
    "can t come",
    "cannot come",
    "can t make it",
    "won t come",
    # not coming in, said in English ("she won't be in this afternoon", "he isn't coming in tomorrow")
    "won t be in",
    "won t be coming",
    "won t be coming in",
    "isn t coming",
    "isn t coming in",
    "can t be in",
    # away on the day ("Mr Zanon's away on Saturday the 5th, so bring …")
    "s away",
    "is away",
    "s away on holiday",
    "is away on holiday",
    "s on holiday",
    "is on holiday",
    "won t make it",
    "cannot make it",
    # away ("la signora Ferrante è fuori per lavoro"): said of the customer, the appointment is off
    "e fuori per lavoro",
    "e fuori citta",
    "e fuori",
    "e via per lavoro",
    "e in trasferta",
    "e all estero",
    "e in viaggio",
    "e in ferie",
    "e malato",
    "e malata",
    "sta male",
    "e in ospedale",
    # in hospital, said as taken in ("la signora è ricoverata", set 26)
    "e ricoverato",
    "e ricoverata",
    "e stato ricoverato",
    "e stata ricoverata",
    "ha un imprevisto",
    "ha avuto un imprevisto",
    # not turning up ("Bergamaschi per il tagliando non si presenta: togli l'appuntamento", set 40)
    *(f"non si {shows}{again}" for shows in ("presenta", "presentera", "puo presentare", "e presentato",
                                             "e presentata")
      for again in ("", " piu")),
    # no new day wanted with the call-off ("Carlevaris disdice: martedì 15 non può e per ora un'altra data non la
    # vuole", set 36): the appointment only taken off
    *(f"{another} non {it}{wants}" for another in ("un altra data", "un altro giorno", "un nuovo appuntamento")
      for it in ("la ", "lo ", "") for wants in ("vuole", "vuole fissare", "vuole prendere")
      if (it == "la ") == another.endswith("data") or not it),
    "non vuole un altra data", "non vuole un altro giorno", "non vuole un nuovo appuntamento",
    # something else on that day ("Ardizzone lunedì ha un impegno: il tagliando …, me lo metti a lunedì 14?", set 34)
    "ha un impegno",
    "ha un altro impegno",
    "ha avuto un impegno",
    "ha un contrattempo",
    "ha avuto un contrattempo",
    # or named ("Iacobelli ha un funerale venerdì 7: la ricarica clima …, rimettila venerdì 14 maggio", set 50)
    *(f"{has} {what}" for has in ("ha", "ha avuto") for what in ("un funerale", "un matrimonio", "una visita",
                                                                  "una visita medica", "un esame", "un intervento")),
    # the job no longer needed: the trouble gone by itself, done elsewhere, the car sold
    *(f"{itself} {gone}{alone}" for itself in ("s e", "si e")
      for gone in ("spenta", "spento", "risolto", "risolta", "sistemato", "sistemata", "passato", "passata")
      for alone in ("", " da solo", " da sola")),
    # the job in the plural too ("il signor Tarantini le ha già fatte altrove", set 34)
    *(f"{it} ha {already}{done} {where}" for it, done in (("l", "fatta"), ("l", "fatto"), ("le", "fatte"), ("li", "fatti"))
      for already in ("", "gia ") for where in ("da un altra parte", "altrove", "da un altro meccanico",
                                                    "da un altra officina", "in concessionaria")),
    "l ha gia fatta", "l ha gia fatto", "l ha venduta", "l ha venduto", "ha venduto la macchina",
    # the same in English, with the Irish "after" of a thing just done ("the old boy's after selling it")
    *(f"{who}{has} {done} {it}" for who in ("", "the old boy ", "the old fella ", "the old lad ", "the old dear ")
      for has in ("s", "s after", "is after", "has")
      for done in ("sold", "selling", "had", "having", "got", "getting", "done", "doing")
      for it in ("it", "the car", "the van", "it done elsewhere", "it done somewhere else")
      if (has.endswith("after")) == done.endswith("ing") and not (done in ("had", "having", "got", "getting")
                                                                   and not it.endswith(("elsewhere", "else")))),
    # the trouble gone by itself, said in English ("…, the fault's gone away", "the noise has stopped")
    *(f"{what} {has} {gone}" for what in ("the fault", "the problem", "the noise", "the rattle", "the squeak",
                                          "the light", "the warning light", "the knock", "it")
      for has in ("s", "has", "is") for gone in ("gone", "gone away", "cleared", "cleared up", "stopped",
                                                 "sorted itself out", "fixed itself", "gone by itself")),
    # the job done by the customer themselves: "tanto la batteria se l'è cambiata da solo" (the reflexive "se l'è",
    # no "if": "se l'ha cambiata" stays a condition)
    *(f"se {it} e {already}{done}{alone}" for it in ("l", "lo", "la", "le", "li") for already in ("", "gia ")
      for done in ("cambiata", "cambiato", "cambiate", "cambiati", "fatta", "fatto", "fatte", "fatti", "sistemata",
                   "sistemato", "montata", "montate", "montati", "sostituita", "sostituito", "sostituite",
                   "aggiustata", "aggiustato", "riparata", "riparato")
      for alone in ("", " da solo", " da sola", " da se")),
)  # fmt: skip


CAR_USE = phrases(
    *(f"{does} {many}{km}" for does in ("macina", "fa", "ha fatto") for many in ("", "tanti ", "molti ", "parecchi ")
      for km in ("chilometri", "km") if does == "macina" or many)
)  # fmt: skip
""""il Prius di Lamanna macina chilometri: le gomme quando …": the car told of by its use, why it is asked about;
no mileage asked (a lone "chilometri" is one, refused: "quanti chilometri ha?")."""


# Why the customer cannot keep the appointment, said short ("domani mattina non può", "alle 4 non riesce"): no
# negation of the request only when a move or a cancellation is asked right after it ("…: spostala a giovedì",
# "…, toglila", "…: mettila a martedì"); said alone, before a new booking or before an infinitive ("non può
# spostarla"), it stays a negation (refused).
SHORT_REASONS = phrases(
    "non puo", "non riesce", "non ce la fa piu",
    # the job no longer needed, said so: "la revisione di martedì non serve più: cancellala"
    *(f"non {whom}serve piu" for whom in ("", "gli ", "le ", "ci ")),
    # not coming by ("oggi non passa: cancella le gomme")
    "non passa", "non passa piu", "non puo passare", "non riesce a passare", "non arriva", "non arriva piu",
    # not there in time ("Mingardi martedì 15 non arriva in tempo: la diagnosi …, rimandala a lunedì 21", set 36)
    "non arriva in tempo", "non fa in tempo", "non riesce ad arrivare in tempo", "non riesce a arrivare in tempo",
    # not there on the day ("Pessina lunedì 1 marzo non c'è, per la diagnosi …: gliela rimetti a mercoledì 3?",
    # set 44)
    "non c e", "non ci e", "non c e piu",
    # the job no longer done with us ("la revisione non la fa più da noi, toglila")
    *(f"non {it}{does} piu{where}" for it in ("", "la ", "lo ", "li ", "le ") for does in ("fa", "fanno")
      for where in ("", " da noi", " qui", " qua", " con noi")),
    # the day that does not suit ("venerdì 11 non va più bene: mettilo lunedì 14")
    *(f"non {who}{goes}" for who in ("", "gli ", "le ", "mi ", "ci ")
      for goes in ("va bene", "va piu bene", "va", "torna", "torna bene", "torna piu", "conviene", "e comodo",
                   "e comoda", "e piu comodo", "e piu comoda")),
)  # fmt: skip
NO_GOOD = phrases(
    "is no good", "s no good", "isn t any good", "is not any good", "isn t good", "is not good", "doesn t suit",
    "does not suit", "won t suit", "is no use", "s no use",
)  # fmt: skip
"""The day that does not suit, said in English ("Monday the 7th is no good for Mrs Stucchi, so let's do Wednesday
the 9th instead"): no negation only with another day done instead right after it (`put_after_reason`), like
`SHORT_REASONS`; kept apart from them, whose other readers are Italian."""
NOT_NEEDED_EN = phrases(
    *(f"{will} need {it}{more}" for will in ("won t", "will not", "doesn t", "does not", "don t", "no longer")
      for it in ("it", "them") for more in ("", " now", " anymore", " any more", " after all")
      if will != "no longer" or not more),
    *(f"no longer needs {it}" for it in ("it", "them")),
    *(f"won t be needing {it}{more}" for it in ("it", "them") for more in ("", " now", " after all")),
)  # fmt: skip
"""The job no longer wanted, said in English of "it" ("X rang to say he won't need it, so scrap the Hussarya's
wheel alignment on Monday …", set 43): no negation only with a cancel or a move asked right after it, like
`NO_GOOD` ("he won't need it" alone, or before a booking, stays a negation; with the job named, `DAY_REASONS`)."""


def _dropped_after(tokens: list[str], at: int) -> bool:
    """Is an English cancellation in other words said right after `at`, only "so" or "then" between: a verb that
    scraps a job (`SERVICE_OFF_VERBS`, "scrap the Hussarya's wheel alignment on Monday …", its model masked here)
    or any `taken_off` ("drop her booking for Monday")? "Drop the car off" drops nothing."""
    while at < len(tokens) and tokens[at] in _THEN_WORDS:
        at += 1
    return at < len(tokens) and (tokens[at] in SERVICE_OFF_VERBS or taken_off(tokens[at:]) == 0)


CALLED_OFF = phrases("call off", "calling off")
""""Call off the Callaway's service on Tuesday" (set 45): a cancellation (a cue of it), no call to make."""
CALLED = frozenset({"rang", "rung", "phoned", "called"})
CALLED_IRISH = phrases("after ringing", "after calling", "after phoning")
ON_THE_LINE = phrases(
    *(f"{is_} on the phone" for is_ in ("s", "is", "re", "are", "m")),  # never "line" a known word: "gommeline"
)  # fmt: skip
""""Mrs Bellucci's on the phone, she wants the Kuga in for tyres": who is calling, told (no call to make, so no
`unsupported_action`: "phone Mrs Bellucci" stays one)."""
_CALLING_ACTS = frozenset({"get", "put", "call", "ring", "phone", "him", "her", "them", "me", "us", "you", "it"})


WAITING_ON_THE_LINE = phrases(
    *(f"{waits} {where}" for waits in ("aspetta", "sta aspettando", "attende", "mi aspetta", "ci aspetta")
      for where in ("al telefono", "in linea")),
    # and the place said first ("Prima data utile per cambiare le pastiglie? Ho un cliente in linea che aspetta.",
    # set 53; "… al telefono in attesa")
    *(f"{where} {waits}" for where in ("al telefono", "in linea")
      for waits in ("che aspetta", "che sta aspettando", "che attende", "che mi aspetta", "in attesa")),
)  # fmt: skip
""""Controllami la targa GK 560 PF, che il cliente aspetta al telefono" (set 40), "… mi attende in linea": the customer
waiting on the line, told; no waiting asked of the fast path (no `unsupported_action`). Kept out of the vocabulary:
"aspetta" alone stays a word no table knows (a plate's correction, "FES 129, aspetta, S128 …", reads it as one)."""


def caller_on_the_phone(tokens: list[str]) -> list[tuple[int, tuple[str, ...]]]:
    """ "Bloke on the phone wants an oil and filter, …", "customer on the phone, …": who is calling, told at the
    opening without "is" (the first three words), like `ON_THE_LINE`: no call to make. "Get him on the phone",
    "put Mrs Rossi on the phone" stay calls (no tool for them)."""
    said = ("on", "the", "phone")
    return [
        (k, said) for k in range(1, 4)
        if tuple(tokens[k : k + 3]) == said and not _CALLING_ACTS & set(tokens[:k])
    ]  # fmt: skip


""""Noemi's after ringing, she won't make …": Irish English for "has just rung", told as "rang" is."""
""""Mrs Borrelli rang, she won't be in …": the customer's call told, said before what it asks (known words, no
call to make: "ring" and "call" stay actions the fast path has no tool for)."""
DAY_REASONS = phrases("can t do", "cannot do", "can t make", "cannot make", "won t make",
                      # the job no longer wanted: "she won't need the MOT on the Kuga after all, cancel it"
                      "won t need", "doesn t need", "does not need", "will not need", "no longer needs")  # fmt: skip
"""The day that does not suit, said in English ("Mr Righetti can't do Monday the 7th", "she can't make
tomorrow", "he doesn't need Friday's MOT"): a reason, no negation of the request, only with a day or (after "make",
"need") the job named right after it ("can't do it", "can't make the brakes work" stay negations)."""
_BEFORE_DAY = frozenset({"on", "the", "this", "next", "that"})


def _names_day(tok: str) -> bool:
    """A day named in a word: a weekday, a month, today, tomorrow, a date's ordinal ("7th"), a part of a day."""
    from engine.fastpath.dates import MONTHS, WEEKDAYS
    from engine.fastpath.numbers import ordinal_to_number

    return (
        tok in WEEKDAYS or tok in MONTHS or ordinal_to_number(tok) is not None
        or tok in ("today", "tomorrow", "oggi", "domani", "dopodomani", "stamattina", "domattina", "stasera",
                   "morning", "afternoon", "evening", "mattina", "pomeriggio", "sera")
    )  # fmt: skip


POLITE_IFS = _cues(
    "if we can | if you can | if possible | if at all possible | if we could | if you could | if that s ok | "
    "if that s okay | if that s alright | if that s all right | if that works | if there s room | "
    "if there s space | if we ve got room | if we ve got space | if you ve got room | if we have room | "
    # the slot asked free: "…, same time if it's free"
    "if it s free | if that s free | if it s available | if that s available | if it s open | "
    # the courtesy itself: "…, half 10, if you'd be so kind" (no condition the request waits on)
    "if you d be so kind | if you would be so kind | if you d be so good | if you would be so good | "
    "if you don t mind | if you do not mind | if you wouldn t mind | if you would not mind | if you please | "
    # the courtesy cut short, its "be so kind" left unsaid: "… on Tuesday the 15th at 10, if you would" (set 35)
    "if you would | if you will | if you could please | "
    # Italian: "se ci sta" alone is left out, it is as often "if he agrees" ("spostalo a venerdì se ci sta")
    "se possibile | se e possibile | se si puo | se c e posto | se c e spazio | se ci sta posto | se riesci | "
    "se riusciamo | se ce la fai | se ce la facciamo | se ce la fate | se hai posto | se abbiamo posto | "
    # the slot itself, said last: "il primo posto libero, anche oggi se c'è" ("se ce" as whisper writes it)
    "anche oggi se c e | anche oggi se ce | anche domani se c e | anche domani se ce"
)
"""A request's courtesy said last ("…, Saturday morning if we can", "… alle 9 se c'è posto"): no condition the
request waits on, so no hypothetical; the slot is checked as it always is."""
NOT_FORGOTTEN = _cues(
    " | ".join(f"{so} {who} {nots} forget{it}" for so in ("so", "so that") for who in ("he", "she", "they")
               for nots in ("doesn t", "don t", "won t", "does not", "do not", "will not") for it in ("", " it"))
)
""""…, so he doesn't forget": why a reminder is sent, said last; its "not" negates nothing of the request."""
_AFTER_POLITE = frozenset({"please", "thanks", "thank", "you", "cheers", "mate", "grazie", "per", "favore", "cortesia"})
_DONT_FORGET = _cues("don t forget | do not forget | don t forget now | don t forget it")
""""…, GH 182 AZ. Don't forget.": said last after a reminder asked for (its "so he" lost, or said to the listener),
why the reminder goes; after anything else, or with words after it ("don't forget the tyres"), it stays a
negation."""


SOMEONE_COMING = _cues(
    " | ".join(
        f"se {to}{comes} {who}"
        for to in ("", "mi ", "ci ")
        for comes in ("arriva", "viene", "passa", "entra", "chiama")
        for who in ("uno", "una", "qualcuno", "un cliente", "una cliente", "un tizio", "una signora", "un signore")
    )
    + " | "
    # the one to come said first ("se uno arriva giovedì 17 in mattinata per le gomme, lo riesco a sistemare?", set 36)
    + " | ".join(
        f"se {who} {to}{comes}"
        # or the customer already spoken of ("se la signora passa sabato 28 prima di mezzogiorno, riesco a
        # cambiarle la batteria? Dimmi gli orari liberi", set 39)
        for who in ("uno", "qualcuno", "un cliente", "una cliente", "la signora", "il signore", "il signor", "la signorina",
                    "il cliente", "la cliente", "lei", "lui")
        for to in ("", "mi ", "ci ")
        for comes in ("arriva", "viene", "passa", "entra", "chiama")
    )
    + " | "
    # and in English: "if a customer wanted an inspection, what's the first day and time you could fit them?"
    + " | ".join(
        f"if {who} {wants}"
        for who in ("a customer", "a client", "some one", "someone", "somebody", "any one", "anyone", "anybody")
        for wants in ("wanted", "wants", "needed", "needs", "came in wanting", "comes in wanting", "came in for",
                      "comes in for", "came in needing", "comes in needing", "rang wanting", "rings wanting")
    )
)  # fmt: skip
""""Se arriva uno con le gomme da cambiare, dopodomani ce la facciamo?": a customer to come, the frame of a question
of room; no condition of the request; in English "if a customer wanted an inspection, …" (set 34). Only a read may
ride on it (`parser.parse` refuses a write said so)."""


def someone_coming(tokens: list[str]) -> tuple[int, int] | None:
    """The span of a `SOMEONE_COMING` frame opening the request ("se arriva uno con …"), else None: said later
    ("prenota il tagliando se arriva uno") it stays a condition."""
    hit = find_any(tokens, SOMEONE_COMING)
    if hit is None or hit[0] > 1:
        return None
    return hit[0], hit[0] + len(hit[1])


NOTICE_TO_GIVE = ("avvisare", "avvisarlo", "avvisarla")
"""A notice the one asking is to give ("…? Dobbiamo avvisarlo", `CALLS_TO_MAKE`): words of the vocabulary, so none is
spelt into its neighbour the notice verb ("avvisarlo" into "avvisalo", `NOTICE_VERBS`, an order the fast path refuses)."""
CALLS_TO_MAKE = ("chiamare", "chiamarlo", "chiamarla", "richiamare", "richiamarlo", "richiamarla", "telefonare",
                 "telefonargli", "telefonarle", "sentire", "sentirlo", "sentirla", *NOTICE_TO_GIVE, "contattare",
                 "contattarlo", "contattarla")  # fmt: skip
"""A call the one asking is to make, said after a read ("…? Devo chiamare il proprietario", `READ_WHY`)."""
READ_WHY = _cues(
    " | ".join(
        f"{who} {need} {know} {whether}"
        for who in ("i", "we")
        for need in ("need to", "want to", "have to", "ve got to", "got to", "just need to", "just want to")
        for know in ("know", "see", "check", "work out", "figure out")
        for whether in ("if", "whether")
    )
    + " | so i know if | so i know whether | so we know if | so we know whether | to see if | to see whether | "
    # asked only to know, for no car in particular ("Dimmi il primo spazio per una diagnosi elettronica, non è per
    # una macchina precisa, è per sapere", set 48): its "non" negates nothing of the read
    + " | ".join(
        f"non e per {one} {which}"
        for one in ("una macchina", "un auto", "una vettura", "un cliente", "una cliente", "nessuno")
        for which in ("precisa", "preciso", "in particolare", "specifica", "specifico")
    )
    + " | e per sapere | e solo per sapere | solo per sapere | giusto per sapere | tanto per sapere | "
    # what the one asking must decide by it, said after the read ("Quante macchine mi entrano dopodomani? Devo sapere
    # se chiamare anche il ragazzo.", set 54; "…, così capisco se mi serve il ragazzo")
    + " | ".join(
        f"{must} {know} se"
        for must in ("devo", "dobbiamo", "dovrei", "mi serve", "ci serve", "voglio", "vorrei", "per", "cosi")
        for know in ("sapere", "capire", "vedere", "so", "capisco", "vedo")
        if (must == "cosi") == (know in ("so", "capisco", "vedo"))
    )
    + " | "
    # the customer to be called by the one asking, in English ("Who's the owner on the little Microlino, DE 486 DJ? I
    # need to ring them.", set 38; "…, I've got to call him", "…, we need to phone her")
    + " | ".join(
        f"{who} {need} {call} {them}"
        for who in ("i", "we")
        for need in ("need to", "have to", "ve got to", "got to", "must", "ll have to", "want to")
        for call in ("ring", "call", "phone", "give a ring", "get hold of", "contact")
        for them in ("them", "him", "her", "the owner", "the customer")
    )
    + " | "
    # the customer to be called by the one asking, in Italian ("Di chi è la FL 8 8 5 EK? Devo chiamare il
    # proprietario.", set 35; "…, che lo devo sentire", "…, gli devo telefonare")
    + " | ".join(
        f"{that}{must} {call}"
        for that in ("", "che ", "perche ")
        for must in ("devo", "dobbiamo", "dovrei")
        for call in CALLS_TO_MAKE
    )
    + " | "
    + " | ".join(
        f"{that}{it} {must} {call}"
        for that in ("", "che ", "perche ")
        for it, call in (("lo", "chiamare"), ("la", "chiamare"), ("lo", "richiamare"), ("la", "richiamare"),
                         ("lo", "sentire"), ("la", "sentire"), ("lo", "avvisare"), ("la", "avvisare"),
                         ("gli", "telefonare"), ("le", "telefonare"))
        for must in ("devo", "dobbiamo", "dovrei")
    )
)  # fmt: skip
""""Run me through who's booked in on Saturday, I need to know if I'm short-handed", "di chi è la FL 885 EK? Devo
chiamare il proprietario": why the read is asked, said after it; its "if" is no condition of the request, its call
none the fast path is asked to make. Only a read may ride on it (`parser.parse` refuses a write said so: "book the
Clio Friday at 9, I need to know if that works" waits on an answer)."""


def read_why(tokens: list[str]) -> tuple[int, int] | None:
    """The span of a `READ_WHY` said after the request, to the end ("…, I need to know if I'm short-handed"),
    else None: said first ("I need to know if the Panda is ready") it is the question itself, left as it was."""
    hit = find_any(tokens, READ_WHY)
    if hit is None or hit[0] < 3:
        return None
    return hit[0], len(tokens)


_NO_BOOKING_YET = _cues(
    " | ".join(f"{no} {book}{what}" for no in ("non", "senza")
               for book in ("prenotare", "prenotarla", "prenotarlo", "fissare", "fissarla", "fissarlo", "segnare",
                            "segnarla", "segnarlo")
               for what in ("", " niente", " nulla", " ancora", " per ora", " per adesso"))
    + " | don t book | don t book it | don t book anything | don t book it yet | do not book | do not book it | "
    "without booking | without booking it | no booking yet"
)
_READ_LIMITED_WRITES = ("book", "move", "cancel", "send_confirmation", "send_reminder")
_RELAYED_BY_ME = _cues(
    " | ".join(f"{whom} {tell}{me}" for whom in ("gli", "le", "glielo", "gliela", "lo", "la")
               for tell in ("riferisco", "dico", "faccio sapere", "richiamo", "chiamo", "sento")
               for me in ("", " io", " dopo", " io dopo"))
    + " | prima sento il cliente | prima sento la cliente | devo sentire il cliente | devo sentire la cliente | "
    + " | ".join(f"i ll {tell}" for tell in ("let him know", "let her know", "let them know", "tell him", "tell her",
                                              "tell them", "pass it on", "get back to him", "get back to her",
                                              "ring him back", "ring her back", "call him back", "call her back"))
)  # fmt: skip
"""What the counter will do with the answer, said after the booking held back ("… al più presto? Non fissare niente,
gli riferisco", set 52; "…, don't book it, I'll let her know"): why nothing is booked, no words of the request."""


def _relayed_words(tokens: list[str], at: int) -> int:
    """How many words from `at` say what the counter will do with the answer (`_RELAYED_BY_ME`, maybe "che" or "e"
    before it): 0 when none."""
    lead = 1 if tokens[at : at + 1] in (["che"], ["e"], ["and"], ["tanto"]) else 0
    hit = find_any(tokens[at + lead :], _RELAYED_BY_ME)
    return lead + len(hit[1]) if hit is not None and hit[0] == 0 else 0


def booking_held_back(tokens: list[str]) -> tuple[int, int] | None:
    """The span of "non prenotare" said last, after when a job can be done is asked ("quando si potrebbero fare le
    pastiglie? Dimmi solo la data, non prenotare", set 50): the read's limit, no negation of the request, else None.
    Never after a write asked ("prenota la revisione venerdì alle 9, anzi non prenotare" stays refused)."""
    for at, said in find_all(tokens, _NO_BOOKING_YET):
        end = at + len(said)
        before = tokens[:at]
        relayed = end + _relayed_words(tokens, end)  # "…, non fissare niente, gli riferisco"
        if at < 3 or any(t not in _AFTER_POLITE for t in tokens[relayed:]):
            continue
        if find_any(before, CUES["first_free_slot"]) is None:
            continue
        if any(find_any(before, CUES[write]) is not None for write in _READ_LIMITED_WRITES):
            continue
        return at, relayed
    return None


_DAY_ASKED_BACK = phrases("che giorno", "quale giorno", "che data", "quale data", "quando")
_NOBODY_KNOWS = phrases("ancora non si sa", "non si sa ancora", "non si sa", "non lo sa ancora", "ancora non lo sa",
                        "non lo sa", "non lo sappiamo ancora", "ancora non lo sappiamo", "non lo sappiamo")
_DEPENDS = ("dipende", "dipendera")
UNKNOWN_DAY_SAID = ["il", "giorno", "non", "si", "sa"]


def day_asked_unknown(tokens: list[str]) -> tuple[int, int] | None:
    """The span of the day asked back and answered unknown, said last ("Tagliando per la Zele …, alle 9. Che giorno?
    Ancora non si sa, dipende dalle ferie", set 50: refused, "ferie" asked of the workshop's holidays): read as "il
    giorno non si sa" (the booking's day asked); what it depends on, after it, no words of the request. Else None."""
    for at, asked in find_all(tokens, _DAY_ASKED_BACK):
        end = at + len(asked)
        known = find_any(tokens[end : end + 4], _NOBODY_KNOWS)
        if known is None or known[0] != 0:
            continue
        end += len(known[1])
        if end == len(tokens) or tokens[end] in _DEPENDS:
            return at, len(tokens)
    return None


def polite_if(tokens: list[str]) -> tuple[int, int] | None:
    """The span of a `POLITE_IFS` courtesy that ends the request (only thanks after it), else None: "if we
    can't …", "if possible, book …" or "… if she confirms" stay hypotheticals."""
    for at, said in find_all(tokens, _POLITE_SAID):
        end = at + len(said)
        if all(t in _AFTER_POLITE for t in tokens[end:]):
            return at, end
    for at, said in find_all(tokens, _DONT_FORGET):
        end = at + len(said)
        reminded = find_any(tokens[:at], CUES["send_reminder"]) is not None
        if reminded and all(t in _AFTER_POLITE for t in tokens[end:]):
            return at, end
    for at, said in find_all(tokens, _NOT_FUSSY):
        end = at + len(said)
        # "… needs brake pads. Take the first free slot, he's not fussy" (set 50): any slot suits, told last
        if at > 0 and all(t in _AFTER_POLITE for t in tokens[end:]):
            return at, end
    for at, said in find_all(tokens, _IF_YOU_WOULD):
        end = at + len(said)
        # "… Tuesday the 5th of January at 10 suits him, if you'd book that" (set 50): the order asked politely,
        # said last; its "if" cut, its "book that" kept
        # and said with the diary's other verbs ("… Thursday the 7th of January at 10, if you'd put that in", set 51)
        if tokens[end : end + 1] and tokens[end] in _BOOK_THAT_VERBS and all(t in _BOOKED_THAT for t in tokens[end + 1 :]):
            return at, end
    return None


_NOT_FUSSY = phrases(
    *(f"{who} {fussy}" for who in ("he s not", "she s not", "he isn t", "she isn t", "they re not", "they aren t",
                                   "he is not", "she is not", "they are not")
      for fussy in ("fussy", "picky", "bothered", "particular")),
    *(f"{who} non {has}" for who in ("", "tanto ") for has in ("ha preferenze", "ha pretese", "e esigente",
                                                               "e esigente sull orario"))
)
_IF_YOU_WOULD = phrases("if you d", "if you would", "if you could", "if you can",
                        # its "'d" unheard ("… at 10 if you put that in", set 51 as heard)
                        "if you")
_BOOKED_THAT = frozenset({"that", "it", "him", "her", "them", "in", "for", "me", "us", "please", "then", "thanks",
                          "down"})  # fmt: skip
_BOOK_THAT_VERBS = frozenset({"book", "put", "pop", "pencil", "stick", "write", "note"})
"""The diary's verbs a booking said first is asked to be set down with, last ("if you'd book that", "if you'd put that
in", "if you'd pencil it in", "if you could write that down")."""


_WIDENED_BY = _cues("anzi | anzi no | no anzi | o meglio | actually | or rather | no actually")
_WHOLE_DAY = _cues(
    " | ".join(
        f"{tell}{whole}"
        for tell in ("dimmi ", "dammi ", "dicci ", "leggimi ", "fammi vedere ", "give me ", "tell me ", "read me ",
                     "just give me ", "di mi ", "")
        for whole in ("tutta la giornata", "tutto il giorno", "l intera giornata", "la giornata intera",
                      "tutta la giornata intera", "the whole day", "the full day", "the whole day s list",
                      "all day", "all of it")
    )
)  # fmt: skip


def whole_day_instead(tokens: list[str]) -> tuple[int, int] | None:
    """The span of "anzi" ("actually") that widens a read of part of a day to the whole of it, right before the
    whole day asked ("Domani mattina chi arriva per primo? Anzi, dimmi tutta la giornata", set 41; "who's first in
    tomorrow morning? Actually, give me the whole day"), else None: a self-correction, no hypothetical, its
    words (and the part of day said before them) no words of the request ("dimmi" as whisper may split it, "di mi",
    only here). The caller takes it for a day's read only; "anzi" before anything else stays a hypothetical."""
    for at, said in find_all(tokens, _WIDENED_BY):
        end = at + len(said)
        whole = find_any(tokens[end:], _WHOLE_DAY)
        if whole is not None and whole[0] == 0 and all(t in _AFTER_POLITE for t in tokens[end + len(whole[1]) :]):
            return at, end
    return None


_THERE_WOULD_BE = _cues("ci sarebbe | ci sarebbero | c sarebbe")
_TO_BE_BOOKED = _cues("da mettere | da prenotare | da fissare | da segnare | da mettere giu | da inserire | da fare")
"""What the car or job "ci sarebbe" for: put in the diary, or its job done ("Ci sarebbe da fare il tagliando alla
Uirapuru beige della Sgherri, …, giovedì 17 dicembre nel pomeriggio", set 47: "c'è da fare", `_DUE_TOLD`)."""


def there_would_be(tokens: list[str]) -> tuple[int, int] | None:
    """The span of "ci sarebbe" opening the request (only a greeting before it) with the car "da mettere" (or
    "da prenotare") after it ("Buongiorno, ci sarebbe la Torres della X, FB 906 VG, da mettere per la revisione
    venerdì 27 alle 10", set 39): the counter's polite "c'è", no hypothetical, else None. Anywhere else, or with no
    booking "da" after it ("ci sarebbe posto venerdì?", "ci sarebbe da vedere se …"), it stays one."""
    hit = find_any(tokens, _THERE_WOULD_BE)
    if hit is None or not all(t in GREETED for t in tokens[: hit[0]]):
        return None
    end = hit[0] + len(hit[1])
    booked = find_any(tokens[end:], _TO_BE_BOOKED)
    return (hit[0], end) if booked is not None else None


ABLE_IFS = _cues("se riesci | se ce la fai | se puoi | se riusciamo | se ce la facciamo")
"""The listener's courtesy said right before the move or cancel it softens ("…, se riesci anticipala a domani alle 5",
set 34): no condition the request waits on (the slot is checked as it always is)."""


def courtesy_before_command(tokens: list[str]) -> tuple[int, int] | None:
    """The span of an `ABLE_IFS` courtesy right before a move or cancel said as an imperative ("se riesci
    anticipala a domani", "se puoi toglila"), else None: before anything else ("se riesci a venire …", "se puoi,
    prenota …", "se ce la fai domani spostala") it stays a condition."""
    for at, said in find_all(tokens, ABLE_IFS):
        end = at + len(said)
        for cue_list in (CUES["move"], CUES["cancel"]):
            hit = find_any(tokens[end:], cue_list)
            if hit is not None and hit[0] == 0 and not hit[1][0].endswith(INFINITIVE_ENDINGS):
                return at, end
    return None


IF_FREE = _cues("se c e | se ce | se c e posto | se c e spazio | se si | se e libero | se e libera | se e libera l ora")
"""The slot just asked about, said free as the condition of taking it ("C'è posto domani alle 4 per …? …: se c'è,
tienigliela", "… Se sì, bloccalo"): the booking made only if free, which is every booking (a slot taken is never
written over: other times are offered)."""
HELD = _cues(
    "tienigliela | tieniglielo | tienila | tienilo | tienimela | tienimelo | bloccala | bloccalo | bloccagliela | "
    "bloccaglielo | bloccamela | bloccamelo | prenotala | prenotalo | prenota | segnala | segnalo | mettila | mettilo | "
    "fissala | fissalo"
)
"""The slot taken for the car, said as one verb right after `IF_FREE` ("se c'è, tienigliela", "se sì, bloccalo")."""
_ROOM_FREE_ASKED = _cues(
    "c e posto | c e un posto | c e spazio | c e un buco | avete posto | hai posto | e libero | e libera | "
    # the job asked to fit ("Domattina alle 9 e mezza ci sta la diagnosi per il Grandtiger …? … Se c'è posto
    # mettilo", set 48)
    "ci sta la | ci sta il | ci sta un | ci sta una | ci stanno le | ci stanno i | ci entra la | ci entra il | "
    "ci entra un | ci entra una"
)
"""Room asked for at a day and hour ("C'è posto domani alle 4 per una batteria nuova?"): what `IF_FREE` is said of."""


_FOR_THEM = (("per", "lei"), ("per", "lui"), ("per", "loro"), ("per", "il", "cliente"), ("per", "la", "cliente"))
"""Said after the slot held, for whom ("se è libero, tienilo per lei"): the customer's, no other request."""


def _for_them(words: list[str]) -> bool:
    """Are `words` (said after the slot held) nothing, or only for whom it is held (`_FOR_THEM`)?"""
    return not words or tuple(words) in _FOR_THEM


def held_if_free(tokens: list[str], *, asked: bool = False) -> tuple[int, int] | None:
    """The span of a slot taken on condition it is free (`IF_FREE` then `HELD`), ending the request and said after
    the free slot asked ("C'è posto domani alle 11 per …? … Se sì, bloccalo"), or after the customer's request
    relayed as a question (`asked`: "chiede se possiamo vederle le pastiglie … martedì alle 10 e mezza. Se è libero,
    tienilo per lei"): no hypothetical, the request a booking; else None. Anything said after it, or no room asked
    before it ("se c'è, prenota la Panda": if what?), keeps the condition (refused)."""
    for at, said in find_all(tokens, IF_FREE):
        end = at + len(said)
        held = find_any(tokens[end:], HELD)
        if held is None or held[0] != 0 or not _for_them(tokens[end + len(held[1]) :]):
            continue
        if asked or find_any(tokens[:at], _ROOM_FREE_ASKED) is not None:
            return at, len(tokens)
    return None


_BEFORE_MADE_JOB = frozenset({"the", "her", "his", "their", "its", "this", "that", "my"})
_AFTER_MADE_JOB = frozenset({"on", "for", "so", "at", "this", "next", "tomorrow", "today", "then", "after", "any", "anymore",
                        "now", "either", "_", "in", "with"})  # fmt: skip


def _names_job(tokens: list[str], k: int) -> bool:
    """A service named at `k` after its article ("the oil change", "her MOT"), with nothing of another
    phrase after it: "won't make the oil change on the Jogger" names the job, "can't make the brakes work"
    does not."""
    while k < len(tokens) and tokens[k] in _BEFORE_MADE_JOB:
        k += 1
    found = [m for m in find_services(tokens[k : k + 4]) if m.start == 0]
    if not found:
        return False
    end = k + max(m.end for m in found)
    while end < len(tokens) and tokens[end] in ("job", "appointment", "booking", "slot"):
        end += 1
    return end == len(tokens) or tokens[end] in _AFTER_MADE_JOB


def day_reasons(tokens: list[str]) -> list[tuple[int, int]]:
    """The spans of `DAY_REASONS` said with a day named right after them (the day not included), or, said with
    "make", the job ("she won't make the oil change on the Jogger, so cancel it": `_names_job`; "he can't do the
    brakes" is the mechanic's, a negation)."""
    spans = []
    for at, said in find_all(tokens, DAY_REASONS):
        k = at + len(said)
        while k < len(tokens) and tokens[k] in _BEFORE_DAY:
            k += 1
        made = said[-1] in ("make", "need", "needs") and _names_job(tokens, at + len(said))  # "can't do the brakes"
        if said[-1] in ("need", "needs") and find_any(tokens[at + len(said) :], CUES["cancel"]) is None:
            continue  # "…, she doesn't need the MOT": what is not to be done, refused; a reason only before a cancel
        if (k < len(tokens) and _names_day(tokens[k])) or made:
            spans.append((at, at + len(said)))
    return spans


_THAT_CANCELLED = phrases("cancel that", "cancel that one", "cancel that booking")
_JOB_BEFORE_THAT = frozenset({"so", "and", "then", "just", "please"})


def cancelled_that(tokens: list[str]) -> int | None:
    """Where "cancel that" stands for the job named just before it ("she won't make the oil change on the
    Jogger, so cancel that for me"): a reason the job is off (`day_reasons`) said first, then "so"/"and"
    before "cancel that". None otherwise: "cancel that" alone, or after anything else, takes back what was
    done last (an undo, left to the model)."""
    reasons = day_reasons(tokens)
    for at, _said in find_all(tokens, _THAT_CANCELLED):
        if at > 0 and tokens[at - 1] in _JOB_BEFORE_THAT and any(end <= at for _, end in reasons):
            return at
    return None


_SAME_KEPT = phrases("stesso giorno", "stessa giornata", "stessa data", "stessa ora", "stesso orario", "same day",
                     "same date", "same time")
_BUT = frozenset({"pero", "ma", "but"})


def same_but(tokens: list[str]) -> list[int]:
    """Where "però"/"ma" follows the day or hour said kept ("Le gomme della Zunchi di lunedì 5 aprile, …: stesso
    giorno, però spostale alle 4 e mezza", set 48): what changes said against what stays, no hypothetical."""
    return [at + len(said) for at, said in find_all(tokens, _SAME_KEPT)
            if tokens[at + len(said) : at + len(said) + 1] and tokens[at + len(said)] in _BUT]


_ALL_CANCELLED = phrases("cancella tutto", "annulla tutto", "togli tutto", "leva tutto")
_NOT_NEEDED_IT = phrases(*(f"non {whom}serve piu" for whom in ("", "gli ", "le ", "ci ")),
                         *(f"non {whom}servono piu" for whom in ("", "gli ", "le ", "ci ")))  # fmt: skip
_NOT_NEEDED_REACH = 3


def all_of_it_cancelled(tokens: list[str]) -> int | None:
    """Where "cancella tutto" stands for the job named just before it, said no longer needed ("Per la Zapatilla, EH
    979 WF, la batteria nuova non serve più: cancella tutto", set 48): the job, then "non serve più", then "cancella
    tutto" said last (only courtesy after it), "tutto" the whole of that appointment. None otherwise: "cancella
    tutto" alone, or after anything else ("prenota …, anzi no, cancella tutto"), takes back what was said (an undo,
    left to the model)."""
    for at, said in find_all(tokens, _ALL_CANCELLED):
        if any(t not in _AFTER_POLITE for t in tokens[at + len(said) :]):
            continue
        for why, needed in find_all(tokens[:at], _NOT_NEEDED_IT):
            end = why + len(needed)
            if at - end <= _NOT_NEEDED_REACH and any(m.end <= why for m in find_services(tokens[:why])):
                return at
    return None


_CANCEL_THAT_ONE = frozenset({"annulla", "cancella", "togli", "disdici", "annullami", "cancellami", "toglimi"})
_ONE_OF = frozenset({"di", "del", "dell", "della", "delle", "alle", "per"})


def one_named_by_when(tokens: list[str]) -> list[int]:
    """Where "quello"/"quella" after a cancel's verb stands for an appointment named by its day or hour ("annulla
    quello delle 4 di oggi", "cancella quella di lunedì"): the appointment, asked which if need be, never "annulla
    quello" taken back (an undo, left to the model) — said alone or before anything else it stays one."""
    return [at for at in that_one_by_when(tokens) if at > 0 and tokens[at - 1] in _CANCEL_THAT_ONE]


def that_one_by_when(tokens: list[str]) -> list[int]:
    """Where an appointment is named only as "quello"/"quella" and its day or hour ("quello delle 11 di venerdì",
    "quella di lunedì"): which one is meant is asked when no vehicle is said, never taken from the agenda."""
    out = []
    for i in range(len(tokens) - 2):
        if tokens[i] in ("quello", "quella") and tokens[i + 1] in _ONE_OF:
            when = tokens[i + 2]
            if _names_day(when) or (when.isdigit() and int(when) <= 31):
                out.append(i)
        elif tokens[i] in ("quello", "quella") and _came_on(tokens, i + 1):
            out.append(i)  # "quello che veniva giovedì 10 alle 3 e mezza": named by when it came, no vehicle
    return out


_CAME = (("che", "veniva"), ("che", "viene"), ("che", "doveva", "venire"), ("che", "dovevo", "fare"),
         ("che", "avevo"), ("che", "avevamo"), ("che", "era"),
         # by when it arrives ("quello che arriva domani alle 10", set 38)
         ("che", "arriva"), ("che", "arrivava"), ("che", "deve", "arrivare"), ("che", "doveva", "arrivare"))  # fmt: skip
_COME_INSTEAD_CUES = frozenset(_cues(_COME_INSTEAD))
PULLED_BACK_CUES = frozenset(_cues(_PULLED_BACK))
_TO_A_DAY = frozenset({"a", "al", "ad", "alla", "per"})
_PULLED_REACH = 3


def pulled_back_to_a_day(tokens: list[str], at: int, said: tuple[str, ...]) -> bool:
    """Is the cue `said` at `at` no `_PULLED_BACK`, or one with the day it is pulled back to right after it ("il
    tagliando …, lo possiamo tirare indietro a giovedì 22 aprile alle 2", set 49: brought forward)? "si tira
    indietro" (the customer backing out) and "tiralo indietro" with no day (the car reversed) move nothing."""
    if said not in PULLED_BACK_CUES:
        return True
    end = at + len(said)
    return (
        tokens[at - 1 : at] != ["si"]
        and end < len(tokens) and tokens[end] in _TO_A_DAY
        and any(_names_day(t) for t in tokens[end + 1 : end + 1 + _PULLED_REACH])
    )  # fmt: skip


def come_instead_of_one(tokens: list[str], at: int, said: tuple[str, ...]) -> bool:
    """Is the cue `said` at `at` no `_COME_INSTEAD`, or one said after an appointment named by when it comes
    (`that_one_by_when`: "quello che arriva domani alle 10 fallo venire venerdì")? Else it books one, no move."""
    return said not in _COME_INSTEAD_CUES or any(k < at for k in that_one_by_when(tokens))


def _came_on(tokens: list[str], at: int) -> bool:
    """ "(quello) che veniva giovedì", "che doveva venire lunedì 7": the appointment told by the day it had, that
    day said right after."""
    for came in _CAME:
        end = at + len(came)
        if tuple(tokens[at:end]) == came and tokens[end : end + 1]:
            when = tokens[end] if tokens[end] not in _ONE_OF else (tokens[end + 1 : end + 2] or [""])[0]
            if _names_day(when) or (when.isdigit() and int(when) <= 31):
                return True
    return False


_CALLED_OFF = frozenset({"disdice", "disdicono", "disdetto", "annulla", "annullato", "annullata", "cancella"})


_DROPPED = phrases(
    *(f"non {it} {does} piu{where}" for it in OBJECT_PRONOUNS for does in ("fa", "fanno")
      for where in ("", " da noi", " qui", " con noi"))
)  # fmt: skip


_NO_LONGER_DONE = phrases(
    *(f"non {it} {does} piu" for it in (*OBJECT_PRONOUNS, "gliela", "glielo", "gliele", "glieli")
      for does in ("fa", "fanno", "facciamo", "fate")),
    # and said of the job itself, impersonal ("Il cambio olio dell'Orbita, …, non si fa più: … Stralcialo", set 51)
    "non si fa piu", "non si fanno piu", "non si fa piu niente", "non se ne fa piu niente",
)  # fmt: skip


def dropped_then_cancelled(tokens: list[str]) -> list[int]:
    """Where the "non" of a job said no longer done is why the cancel said after it is given ("quella batteria del
    23 aprile non la facciamo più, gliel'ha già montata l'elettrauto. Eliminala.", set 49): the job named before
    it, a cancel's verb after it, no negation of the cancel. "non la facciamo più, non cancellarla" keeps its
    second "non"; with no cancel said after it the negation stays (`job_dropped` reads the one told alone)."""
    out = []
    for at, said in find_all(tokens, _NO_LONGER_DONE):
        after = tokens[at + len(said) :]
        cancel = find_any(after, CUES["cancel"])
        if cancel is None or not find_services(tokens[:at]) or "non" in after[: cancel[0]]:
            continue
        out.append(at)
    return out


def job_dropped(tokens: list[str]) -> int | None:
    """Where the customer's job said no longer done ends the request, the job named before it and no command said
    ("Ha telefonato Spallanzani: il cambio olio di lunedì 7 sulla Signum, …, non lo fa più"): a cancel, told; else
    None ("non lo fa più, spostalo a giovedì" is a move, `SHORT_REASONS`; "non lo fa più?" asked stays a negation
    of nothing the fast path reads)."""
    ends = [at for at, said in find_all(tokens, _DROPPED) if at + len(said) == len(tokens)]
    if not ends or not find_services(tokens[: ends[0]]):
        return None
    if any(find_any(tokens[: ends[0]], CUES[intent]) is not None for intent in WRITE_INTENTS):
        return None
    return ends[0]


_TOLD_CALLED_OFF = frozenset({"disdice", "disdicono", "disdetto"})
"""The customer's call-off told ("Bonfiglioli disdice", "ha disdetto"): a cancel whatever reason follows it."""


def _called_off_before(tokens: list[str], at: int) -> bool:
    """Is the short reason at `at` said right after the customer's call-off told (`_TOLD_CALLED_OFF`), only its day
    between ("Bonfiglioli disdice, domani non riesce: le pastiglie della Trajet")? Why the customer cancels, no
    negation of the cancel."""
    k = at
    while k > 0 and at - k < 4 and _when_said(tokens[k - 1]):
        k -= 1
    return k > 0 and tokens[k - 1] in _TOLD_CALLED_OFF


def nothing_cancelled(tokens: list[str]) -> list[int]:
    """Where "niente" names the job a cancel calls off, right before the service ("niente più" too), and right
    after the cancel's verb ("il signor Bergonzi disdice: niente cambio gomme per il CR-V") or with its command
    said later ("Niente più cambio olio mercoledì 9 per l'UAZ, …: depennalo", set 36; "niente tagliando venerdì
    per la Panda, toglilo"): the cancel said twice, no negation of it. Anywhere else "niente" still negates
    ("niente, lascia stare"; "niente più cambio olio, fagli una revisione" has no cancel to say it twice)."""
    out = []
    for i in range(len(tokens) - 1):
        if tokens[i] != "niente":
            continue
        job = i + 2 if tokens[i + 1] == "piu" else i + 1
        said = find_services(tokens[job : job + 4])
        if not said or said[0].start != 0:
            continue
        told_before = i > 0 and tokens[i - 1] in _CALLED_OFF
        thrown = appointment_thrown_away(tokens)  # "niente più gomme …: l'appuntamento di lunedì buttalo via"
        ordered_after = any(at > job for at, _ in find_all(tokens, CUES["cancel"])) or (thrown or 0) > job
        if told_before or ordered_after:
            out.append(i)
    return out


_WHEN_WORDS = frozenset(
    {"on", "the", "this", "next", "that", "at", "in", "il", "di", "del", "a", "alle", "all", "le", "ore",
     "prossimo", "prossima", "half", "past", "quarter", "e", "mezza", "o", "clock", "am", "pm"}
)  # fmt: skip


def _when_said(tok: str) -> bool:
    from engine.fastpath.numbers import word_to_number

    return _names_day(tok) or tok in _WHEN_WORDS or tok.isdigit() or word_to_number(tok) is not None


def without_reason_days(tokens: list[str]) -> list[str]:
    """For a booking: `tokens` with the day (and time) said right before or after a reason the customer cannot
    come blanked out ("Mrs Ferri can't come on Monday, book the Clio for an MOT", "lunedì non può venire,
    prenota …"): the day that does not suit is never the new booking's day (its day is asked when no other is
    said)."""
    reasons = [(at, at + len(said)) for at, said in find_all(tokens, _REASONS_ANY)]
    out = list(tokens)
    for start, end in [*reasons, *day_reasons(tokens)]:
        while end < len(tokens) and tokens[end] == "piu":
            end += 1  # "non può più lunedì 7": the day it no longer suits right after
        after = end

        while after < len(tokens) and after - end < 8 and _when_said(tokens[after]):
            after += 1
        before = start
        while before > 0 and start - before < 8 and _when_said(tokens[before - 1]):
            before -= 1
        for lo, hi in ((end, after), (before, start)):
            if any(_names_day(t) for t in tokens[lo:hi]):
                out[lo:hi] = ["_"] * (hi - lo)
    return out


CAME_BY = _cues(
    " | ".join(
        f"che {aux} {done}"
        for aux in ("e", "era", "e gia", "ci e", "ha", "aveva", "ci ha", "mi ha", "l ha", "ce l ha", "ci aveva",
                    "mi aveva")
        for done in ("passato", "passata", "venuto", "venuta", "stato", "stata", "arrivato", "arrivata", "entrato",
                     "entrata", "chiamato", "telefonato", "scritto", "portato", "portata", "lasciato", "lasciata")
    )
    + " | che era qui | che era qua | che era da noi | che era in officina | "
    # and in English: "a diagnostic for the fella who rang this morning, Monday the 7th at 11"
    + " | ".join(
        f"{who} {done}"
        for who in ("who", "that", "who s", "who d")
        for done in ("rang", "rung", "called", "phoned", "came", "come", "was", "been", "dropped", "popped")
    )
)  # fmt: skip
_CAME_WHERE = frozenset({"qui", "qua", "da", "noi", "in", "officina", "al", "banco", "ci", "telefono", "gia", "anche",
                         "by", "up", "here", "round", "earlier", "us", "just"})  # fmt: skip
"""Said between the visit and its day ("che è passato qui stamattina", "che era da noi ieri"); not "a" ("che è
passato a lunedì": an appointment moved there) nor "per" ("che ha chiamato per lunedì": the day asked about)."""
_GONE_BY = frozenset({"stamattina", "stamani", "oggi", "ieri", "altroieri", "stanotte", "today", "yesterday"})
_PARTS_OF_DAY = frozenset({"mattina", "mattinata", "pomeriggio", "sera", "notte"})
_GONE_BY_EN = (["this", "morning"], ["this", "afternoon"], ["earlier", "today"], ["last", "night"])
"""Today's part, gone by, said in English after a call or a visit told of ("who rang this morning")."""


def _day_gone_by(tokens: list[str], k: int) -> int:
    """Where a day gone by said at `k` ends ("stamattina", "ieri pomeriggio", "l'altro ieri", "lunedì scorso",
    "lunedì 23", "la settimana scorsa"), else `k`."""
    from engine.fastpath.dates import WEEKDAYS  # local: dates imports nothing from here

    if tokens[k : k + 3] in (["l", "altro", "ieri"], ["la", "settimana", "scorsa"]):
        end = k + 3
    elif tokens[k : k + 2] in _GONE_BY_EN or (tokens[k : k + 1] == ["last"] and tokens[k + 1 : k + 2] and (
        tokens[k + 1] in WEEKDAYS or tokens[k + 1] == "week"
    )):  # fmt: skip
        return k + 2  # "who rang this morning", "who came in last Friday"
    elif tokens[k : k + 1] and (tokens[k] in _GONE_BY or tokens[k] in WEEKDAYS):
        end = k + 1
        if tokens[k] in WEEKDAYS and tokens[end : end + 1] and (
            tokens[end] in ("scorso", "scorsa") or tokens[end].isdigit()
        ):
            end += 1  # "lunedì scorso", "lunedì 23"
    else:
        return k
    return end + 1 if tokens[end : end + 1] and tokens[end] in _PARTS_OF_DAY else end


def past_visit_days(tokens: list[str]) -> list[str]:
    """`tokens` with the day of a visit or a call told of in passing blanked ("una revisione per la Panda di un
    signore che è passato stamattina, giovedì 26 alle 10", "la signora che ha chiamato ieri"): a day gone by,
    never a day of the request (and "lunedì" there is last Monday, not the next). Only its first day: "…
    stamattina, giovedì 26" goes on with the request's."""
    out = list(tokens)
    for at, said in find_all(tokens, CAME_BY):
        k = at + len(said)
        while k < len(tokens) and tokens[k] in _CAME_WHERE:
            k += 1
        end = _day_gone_by(tokens, k)
        if end > k:
            out[at:end] = ["_"] * (end - at)
    return out


PUT_FORMS = _cues(
    "mettila | mettilo | mettile | mettili | mettimela | mettimelo | segnamela | segnamelo | "
    # put again on another day: "sabato non viene più: rimettilo a sabato 12"
    "rimettila | rimettilo | rimettile | rimettili | "
    # its pronoun said before: "da giovedì 10 lo mettiamo a venerdì 11", "la revisione di domani me la porti a
    # lunedì?" (a car taken to a day, the one it had said before)
    "la mettiamo | lo mettiamo | le mettiamo | li mettiamo | me la metti | me lo metti | gliela mettiamo | "
    "glielo mettiamo | la porti | lo porti | le porti | li porti | me la porti | me lo porti | me le porti | me li porti | "
    "me la porta | me lo porta | la portiamo | "
    "lo portiamo | le portiamo | li portiamo | gliela portiamo | glielo portiamo | "
    # the customer's wish to carry it, relayed: "il cambio gomme … di mercoledì 23 lo vorrebbe portare a venerdì 18"
    # (set 37; a move only with the day it had said before, `put_to_another_day`: alone it brings the car, a booking)
    + " | ".join(f"{it} {wants} portare" for it in OBJECT_PRONOUNS
                 for wants in ("vorrebbe", "vuole", "preferisce", "preferirebbe"))
    + " | "
    + " | ".join(f"{wants} portar{it}" for it in OBJECT_PRONOUNS
                 for wants in ("vorrebbe", "vuole", "preferisce", "preferirebbe"))
)
"""Said right after a reason, "mettila a martedì" puts the appointment that cannot be kept on another day: a
move; so does "lo mettiamo a venerdì" with the day it had said before."""
INFINITIVE_ENDINGS = ("are", "ere", "ire", "arla", "arlo", "arle", "arli", "erla", "erlo", "irla", "irlo")
"""A command's infinitive ("spostarla"): said of the command ("non può spostarla"), never the command itself."""


_WHEN_NOT = frozenset(
    {"piu", "bene", "il", "la", "di", "del", "alle", "a", "mattina", "pomeriggio", "sera", "oggi", "domani",
     "dopodomani", "stamattina", "domattina", "stasera", "quindi", "allora", "e"}
)  # fmt: skip
"""Said between a short reason and the command: the day it does not suit ("non può martedì, spostala …")."""


_FOR_APPOINTMENT = frozenset({"per", "col", "con", "coi"})
_ITS_ARTICLES = frozenset({"il", "lo", "la", "l", "i", "gli", "le"})
_NAMING_WORDS = frozenset(
    {"il", "lo", "la", "l", "i", "gli", "le", "del", "della", "dello", "dell", "dei", "delle", "di", "al", "alla",
     "sul", "sulla", "targa", "_"}
)  # fmt: skip
_OF_VEHICLE = frozenset({"del", "della", "dello", "dell"})
_PUT_PRONOUNS = frozenset({"la", "lo", "le", "li", "gliela", "glielo", "gliele", "glieli"})
PUT_AGAIN: list[tuple[str, ...]] = [(it, "rimetti") for it in sorted(_PUT_PRONOUNS)]
"""Put again, its pronoun said before, right after why the appointment is off ("Pessina lunedì 1 marzo non c'è, per
la diagnosi della Hongguang: gliela rimetti a mercoledì 3 marzo", set 44): a move (`_asked_at`). Kept out of the
vocabulary: "rimetti" a known word would put whisper's "ripeti", "rimedi" back as it."""
_COMMAND_PRONOUNS = frozenset({"la", "lo", "le", "li", "gli", "glielo", "gliela", "gliele", "glieli", "quindi", "allora"})


def _vehicle_named_after(tokens: list[str], at: int) -> int:
    """Past the vehicle a reason is said of, named right at `at` by its article, its model and its plate ("Rossi
    sabato non riesce: la Panda, AB 123 CD, spostamela a venerdì"), and past the command's pronoun: where the
    command would be; else `at` unchanged. The plate must be said (its words are "_": the caller masks them, and
    a model's name too), so "…: la Panda la porto io" stays as it was."""
    from engine.fastpath.vehicles import COLOURS, find_vehicle_description

    rest = tokens[at : at + 12]
    desc = find_vehicle_description(rest)
    named = set(range(desc.start, desc.end)) if not desc.is_empty() else set()
    k = 1
    if not named and rest[1:2] and rest[1].isalpha() and rest[2:3] == ["_"]:
        named = {1}  # "la cami, HC 780 SN": the model heard as no word, right before the plate
    while k < len(rest) and (k in named or rest[k] == "_" or rest[k] in COLOURS):
        k += 1
    if "_" not in rest[1:k] or (rest[1] != "_" and 1 not in named):
        return at
    while k < len(rest) and rest[k] in _COMMAND_PRONOUNS:
        k += 1
    return at + k


def _appointment_named_after(tokens: list[str], at: int) -> int:
    """Past the appointment a reason is said of, when it is named right at `at` by "per" or its article and its
    service, its vehicle after it ("mercoledì non può per le gomme della Delta, DS 345 AF: la spostiamo", "…:
    il tagliando della Sportage, HC 730 SN, portalo a giovedì"), and past the command's pronoun: where the
    command would be; else `at` unchanged. A plate's words are "_" (the caller masks them)."""
    from engine.fastpath.models_heard import model_by_sound
    from engine.fastpath.vehicles import find_vehicle_description

    if tokens[at : at + 1] == [] or tokens[at] not in _FOR_APPOINTMENT | _ITS_ARTICLES:
        return at
    if tokens[at] in _FOR_APPOINTMENT and tokens[at + 1 : at + 2] != [] and tokens[at + 1] in _ITS_ARTICLES:
        past = _vehicle_named_after(tokens, at + 1)  # "non può più il 7 per il Jumpy, DJ 348 XT: rimandiamo …"
        if past != at + 1:
            return past
    # "…: il tagliando della Sportage, HC 730 SN, portalo a giovedì": named by its article and service too
    named_from = at + 1 if tokens[at] in _FOR_APPOINTMENT else at
    rest = tokens[named_from : named_from + 16]
    spans = [(m.start, m.end) for m in find_services(rest)]
    if not spans and tokens[at] in _ITS_ARTICLES:
        return _vehicle_named_after(tokens, at)
    if not spans or any(t not in _NAMING_WORDS for t in rest[: spans[0][0]]):
        return at
    k = spans[0][1]
    desc = find_vehicle_description(rest)
    named = set(range(desc.start, desc.end)) if not desc.is_empty() else set()
    # "per il tagliando della Stoni, …": one word that sounds like a model, said as the vehicle's name; or one no
    # table knows with the plate right after it ("per le gomme della Keating, GM 483 MA: falla venire …", set 41: a
    # make on file or its owner, either way the appointment's)
    unheard = 0
    while k < len(rest) and (k in named or rest[k] in _NAMING_WORDS or rest[k].isdigit() or (
        not unheard and k > 0 and rest[k - 1] in _OF_VEHICLE and rest[k].isalpha()
        and (model_by_sound(rest[k]) or rest[k + 1 : k + 2] == [_PLATE_MASK])
    )):  # fmt: skip
        unheard += k not in named and rest[k] not in _NAMING_WORDS and not rest[k].isdigit()
        k += 1
    while k < len(rest) and rest[k] in _COMMAND_PRONOUNS:
        k += 1
    return named_from + k


def _day_in_words(tok: str) -> bool:
    """`tok` is a day of the month said in words ("sette", "ventuno")."""
    from engine.fastpath.numbers import word_to_number

    value = word_to_number(tok) if tok.isalpha() else None
    return value is not None and 1 <= value <= 31


MOVE_DUE = phrases(
    *(f"{be} da {move}" for be in ("e", "sono", "va", "vanno")
      for move in ("spostare", "rimandare", "posticipare", "anticipare", "rifissare", "riprogrammare"))
)  # fmt: skip
"""The appointment said due to be moved, right after the reason it is off ("giovedì 15 aprile non può: le pastiglie
della Shengdafei, FC 624 WZ, sono da spostare, il nuovo giorno lo richiama lui", set 48): the move said, as its
imperative is (`_asked_at`); the reason no negation of it."""


def _asked_at(tokens: list[str], at: int) -> tuple[int, tuple[str, ...]] | None:
    """The move, cancel or put command said at `at` (a day or a time said before it skipped: "non può
    martedì alle 9, spostala …"; the appointment named: "…: il tagliando della Sportage, HC 730 SN, portalo a
    giovedì"), an imperative, and where it is; else None."""
    from engine.fastpath.dates import MONTHS, WEEKDAYS  # local: dates imports nothing from here

    def said_when(tok: str) -> bool:  # "non può più il sette, …": its day in words too
        return tok in _WHEN_NOT or tok in WEEKDAYS or tok in MONTHS or tok.isdigit() or _day_in_words(tok)

    at = _for_whom_then(tokens, at)  # "… is no good for Mrs Stucchi, so let's do …"
    start = at
    while at < len(tokens) and at - start < 6 and said_when(tokens[at]):
        at += 1
    if at > start and tokens[at - 1] in _ITS_ARTICLES:  # "…: il tagliando della Sportage …", its article skipped
        named = _appointment_named_after(tokens, at - 1)
        at = named if named != at - 1 else at
    at = _appointment_named_after(tokens, at)
    if at > start and tokens[at - 1] in _PUT_PRONOUNS and tokens[at : at + 1] == ["rimetti"]:
        at -= 1  # "…, per la diagnosi della Hongguang: gliela rimetti a mercoledì 3": its pronoun part of the command
    due = find_any(tokens[at:], MOVE_DUE)
    if due is not None and due[0] == 0:
        return at, due[1]  # "…: le pastiglie della Shengdafei, FC 624 WZ, sono da spostare" (set 48)
    for cue_list in (CUES["move"], CUES["cancel"], PUT_FORMS, PUT_AGAIN, MADE_FORMS, INSTEAD_FORMS, MADE_AGAIN):
        hit = find_any(tokens[at:], cue_list)
        if hit is None or hit[0] != 0 or hit[1][0].endswith(INFINITIVE_ENDINGS):
            continue
        if cue_list in (MADE_FORMS, MADE_AGAIN) and not _made_another(tokens, at + len(hit[1])):
            continue  # "…: portalo via" takes the car away: made another day or hour only
        if cue_list is INSTEAD_FORMS and not _day_right_after(tokens, at + len(hit[1])):
            continue  # "…, so let's do the brakes": no other day
        return at, hit[1]
    return None


MADE_AGAIN = _cues(
    "facciamo | fate | "
    # the job's own verb: "la Vesentini mercoledì non riesce: le gomme della Skala, …, gliele cambiamo giovedì 3" (set 35)
    "cambiamo | cambiate | sostituiamo | montiamo | controlliamo | ricarichiamo"
)
"""Said right after a reason the appointment is off and the vehicle named, its pronoun before it ("la Rossi domani ha
un imprevisto: la Panda, AB 123 CD, la facciamo venerdì alle 10", "…: le gomme della Skala, …, gliele cambiamo giovedì
3"): the appointment made another day, a move only with the new day or hour right after (`_made_another`)."""
INSTEAD_FORMS = _cues(
    "let s do | let s make it | let s put it | let s put her | let s put him | let s say | let s go for | "
    "we ll do | we ll make it | we ll put it | make it | put it | put it on | put it to | put her on | put him on | "
    # the customer put in on another day ("…, so put him in Tuesday the 2nd of February at 11", set 40)
    "put him in | put her in | put them in | put him in for | put her in for | put him down for | put her down for | "
    # the other day asked for ("she can't make Friday, can we do Monday at 10 instead?")
    # ("could we …" stays a hypothetical, refused)
    "can we do | can you do | could you do | can we make it | can you make it | could you make it"
)
"""Said in English right after a day that does not suit ("Monday the 7th is no good for Mrs Stucchi, so let's do
Wednesday the 9th at 3 instead"): the appointment made another day, a move (only with the new day right after)."""
_THEN_WORDS = frozenset({"so", "then", "and", "well", "but", "instead"})


def _for_whom_then(tokens: list[str], at: int) -> int:
    """Past whom a day does not suit and the "so" after it, said from `at` ("for Mrs Stucchi, so", "for him, so"),
    else `at`: English only, what the request goes on with comes next."""
    k = at
    if tokens[k : k + 1] == ["for"]:
        if k + 1 < len(tokens) and tokens[k + 1] in TITLES_EN:
            k += 3  # a title and the name after it
        elif tokens[k + 1 : k + 2] and tokens[k + 1] in ("him", "her", "them", "us"):
            k += 2
        elif tokens[k + 1 : k + 3] in (["the", "customer"], ["the", "owner"]):
            k += 3
        else:
            return at
    end = k
    while end < len(tokens) and tokens[end] in _THEN_WORDS:
        end += 1
    return end if end > k or k > at else at


def _day_right_after(tokens: list[str], at: int) -> bool:
    """An English day named right after `at` ("Wednesday the 9th", "on the 10th", "tomorrow at 3")."""
    from engine.fastpath.numbers import ordinal_to_number

    k = at
    while k < len(tokens) and k - at < 2 and tokens[k] in ("on", "to", "the", "next", "this", "for"):
        k += 1
    tok = tokens[k] if k < len(tokens) else ""
    return tok in _WEEKDAYS_EN or tok in ("tomorrow", "today") or (
        tok[:1].isdigit() and ordinal_to_number(tok) is not None
    )


COME_ANOTHER_TIME = phrases(
    *(f"{wants} {come} {when}"
      for wants in ("vorrebbe", "vuole", "preferisce", "preferirebbe", "chiede di", "ha chiesto di")
      for come in ("venire", "passare", "portarla", "portarlo")
      for when in ("prima", "dopo", "piu tardi", "piu presto", "in anticipo")),
    "vorrebbe anticipare", "vuole anticipare", "preferisce anticipare", "preferirebbe anticipare",
    "vorrebbe posticipare", "vuole posticipare", "preferisce posticipare", "preferirebbe posticipare",
)  # fmt: skip
"""The customer wanting to come earlier or later than booked ("La Cacciapuoti vorrebbe venire prima: la diagnosi
della Born, …, mettila martedì alle 8"): like a reason the appointment is off, a put verb right after it moves it."""


def put_after_reason(tokens: list[str]) -> int | None:
    """Where "mettila" (a put verb) or "portala a …" (`MADE_FORMS`) is said right after a reason the appointment
    is off ("…: mettila a martedì", "…: il tagliando della Sportage, HC 730 SN, portalo a giovedì"), else None.
    The plates said in `tokens` are "_"."""
    for i, given in find_all(tokens, _OFF_BEFORE_PUT):
        at = i + len(given) + (tokens[i + len(given) : i + len(given) + 1] == ["piu"])
        asked = _asked_at(tokens, at)
        if asked is not None and any(asked[1] in forms for forms in (PUT_FORMS, PUT_AGAIN, MADE_FORMS, INSTEAD_FORMS,
                                                                     MADE_AGAIN)):
            return asked[0]
    for _, end in day_reasons(tokens):  # "Mrs Stucchi can't make Monday the 7th, so let's do Wednesday …"
        at = end
        while at < len(tokens) and at - end < 6 and (_names_day(tokens[at]) or tokens[at] in ("the", "on", "of")):
            at += 1
        at = _job_named_en(tokens, at) if at > end else at
        asked = _asked_at(tokens, at)
        if at > end and asked is not None and asked[1] in INSTEAD_FORMS:
            return asked[0]
    return None


_ON_VEHICLE_EN = frozenset({"on", "of", "for", "the", "his", "her", "their", "_"})


def _job_named_en(tokens: list[str], at: int) -> int:
    """Past the job a day that does not suit is said of, named at `at` by "for the" and its service, the vehicle
    after it, up to the "so" that goes on to the new day ("he can't do the 25th of January for the tyres on the
    Bohema, FC 253 MC, so put him in …", set 40); else `at` unchanged. English only; a plate's words are "_"."""
    if tokens[at : at + 2] != ["for", "the"]:
        return at
    named = find_services(tokens[at + 2 : at + 6])
    if not named or named[0].start != 0:
        return at
    k = at + 2 + named[0].end
    other = 0  # the vehicle's make and model: a few words no table says are the vehicle's
    while k < len(tokens) and tokens[k] not in ("so", "then") and other <= 3:
        other += tokens[k] not in _ON_VEHICLE_EN
        k += 1
    return k if tokens[k : k + 1] in (["so"], ["then"]) and other <= 3 else at


def day_not_suiting(tokens: list[str]) -> tuple[int, int] | None:
    """ "il tagliando …, mercoledì 9 non gli va bene": the span of a reason the appointment's day is off, said
    last with its day before it and no command after (the new day to come, said apart: "mi richiama lui per il
    nuovo giorno"), else None. Only with the new day to come is it a move (its day asked): said alone it stays
    a negation."""
    for at, given in find_all(tokens, _REASONS_ANY):
        end = at + len(given)
        while end < len(tokens) and tokens[end] in ("piu", "e", "quindi", "allora", "ma"):
            end += 1
        if end == len(tokens) and any(_names_day(tok) for tok in tokens[:at]):
            return at, end
    for at, end in day_reasons(tokens):  # "Mrs Gambarotta can't do the 9th of February for the KR200, …" (set 41)
        day = end
        while day < len(tokens) and day - end < 6 and (_names_day(tokens[day]) or tokens[day] in ("the", "on", "of")):
            day += 1
        if day > end and _for_vehicle_en(tokens, day) == len(tokens):
            return at, len(tokens)
    return None


_FOR_VEHICLE_REACH = 4
"""How many words may name the job and the vehicle a day that does not suit is said of ("for the MOT on the KR200")."""


def _for_vehicle_en(tokens: list[str], at: int) -> int:
    """Past the job or vehicle a day that does not suit is said of in English, named at `at` by "for the" up to the
    end and its plate with it ("… can't do the 9th of February for the KR200, FX 572 JM", its plate masked as
    `_PLATE_MASK`); else `at` unchanged. A plate's words are "_"."""
    if tokens[at : at + 2] != ["for", "the"] or _PLATE_MASK not in tokens[at + 2 :]:
        return at
    other = [t for t in tokens[at + 2 :] if t not in _ON_VEHICLE_EN]
    return len(tokens) if len(other) <= _FOR_VEHICLE_REACH else at


_COME_TO = frozenset({"venga", "viene", "vengono", "vengano", "venire", "vada", "andare", "passi", "passa"})
"""Said before "a spostare": someone comes to move the car itself ("che lo venga a spostare"), no appointment."""


def car_moved(tokens: list[str], at: int) -> bool:
    """Is the move verb at `at` the car itself moved, someone coming to do it ("c'è un Evoque in doppia fila: che lo
    venga a spostare", "deve venire a spostarla")?"""
    if at >= 2 and tokens[at - 1] == "a" and tokens[at - 2] in _COME_TO:
        return True
    # "trovami il proprietario, che lo deve spostare": the owner who must move the car itself
    if at >= 3 and tokens[at - 1] in _MUST and tokens[at - 2] in _IT and tokens[at - 3] == "che":
        return True
    return _moved_by_me(tokens, at)


_I_MUST = frozenset({"devo", "dobbiamo", "dovrei", "dovremmo"})
_TO_WHEN = frozenset({"a", "al", "alle", "all", "per", "il"})
"""Said before a number that dates or times a move ("a giovedì 3", "al 10", "alle 9"), not before a plate's digits."""


def _moved_by_me(tokens: list[str], at: int) -> bool:
    """ "c'è qui fuori una macchina, DL 350 TH: di chi è, che la devo spostare?" (set 37): the one asking must move
    the car in the yard, its owner asked, no appointment. Only with the owner asked before ("di chi è", `OWNER_CUES`)
    and no day or hour said after the verb: "il tagliando della Panda, che lo devo spostare a giovedì" stays a move
    (a plate said after it, "… che la devo spostare? AB 123 CD", is no day)."""
    if not (at >= 3 and tokens[at - 1] in _I_MUST and tokens[at - 2] in _IT and tokens[at - 3] == "che"):
        return False
    after = tokens[at + 1 :]
    dated = any(_names_day(tok) for tok in after) or any(a in _TO_WHEN and b.isdigit() for a, b in pairwise(after))
    return find_any(tokens[:at], OWNER_CUES) is not None and not dated


_RESENT = frozenset({"rimanda", "rimandagli", "rimandale", "rimandiamo", "rimandiamogli", "rimandiamole"})
_MESSAGE_AFTER = frozenset({"conferma", "promemoria", "messaggio", "sms", "mail", "email", "whatsapp"})


def sent_again(tokens: list[str], at: int) -> bool:
    """Is the word at `at` "rimanda" with the message right after it ("rimanda la conferma su WhatsApp", "rimandagli
    il promemoria"): the message sent again, no appointment put off. The word is a guess (whisper writes "rimanda"
    for "… manda" after a name ending in a vowel), so what it brings is said back whole (`resent`)."""
    if tokens[at] not in _RESENT:
        return False
    after = tokens[at + 1 : at + 3]
    return bool(after) and (after[0] in _MESSAGE_AFTER or (len(after) == 2 and after[1] in _MESSAGE_AFTER))


def resent(tokens: list[str]) -> bool:
    """A message sent again said in the request (`sent_again`)."""
    return any(sent_again(tokens, i) for i in range(len(tokens)))


_MUST = frozenset({"deve", "devono", "dovrebbe"})
_IT = frozenset(OBJECT_PRONOUNS)


_OF_DAY = frozenset({"di", "del", "della", "da", "dal", "dalla"})
_TO_DAY = frozenset({"a", "al", "ad", "per"})
_BOOKED_FOR = frozenset({"fissato", "fissata", "previsto", "prevista", "segnato", "segnata", "prenotato", "prenotata",
                         "programmato", "programmata"})  # fmt: skip
"""Said of the appointment before the day it has: "il tagliando fissato per domani slitta a giovedì"."""


_WAS_DUE = phrases(
    *(f"{had} {come}" for had in ("doveva", "dovevano") for come in ("entrare", "venire", "arrivare", "passare")),
    "entrava", "veniva", "arrivava", "passava",
    # the job as it was ("il cambio gomme della Uirapuru, …, che era martedì 30 marzo, mettilo a venerdì 19 marzo",
    # set 47): only with a day right after it
    "che era", "che era per", "che erano", "che erano per",
)  # fmt: skip
"""Said of the car before the day it was due in ("Quella bianca che doveva entrare martedì 9 febbraio, mettila
venerdì 11 dicembre alle 10", set 41; "la Panda che veniva lunedì"): the day the appointment had."""


def _old_day_said(before: list[str], days: set[str]) -> bool:
    """The day the appointment had, said before the verb that moves it: "di venerdì", "da mercoledì", as it was
    booked, "fissato per domani", "previsto per lunedì", or as the car was due, "che doveva entrare martedì"."""
    return any(t in _OF_DAY and nxt in days for t, nxt in pairwise(before)) or any(
        before[k] in _BOOKED_FOR and before[k + 1] == "per" and before[k + 2] in days for k in range(len(before) - 2)
    ) or any(k + len(due) < len(before) and before[k + len(due)] in days for k, due in find_all(before, _WAS_DUE))


def _day_not_kept(before: list[str], days: set[str]) -> bool:
    """A day said bare, its date with it, right before why the customer cannot keep it ("la Bordigoni venerdì 18 ha
    un imprevisto: la revisione …, la passiamo a lunedì 21", set 36; "Rossi martedì non può: il tagliando lo passiamo
    a giovedì"): the day the appointment had, for `_PASSES` only, with no booking asked ("Colombo venerdì non ce la
    fa: prenota il cambio olio …, portalo a sabato" books)."""
    from engine.fastpath.dates import MONTHS  # local: dates imports nothing from here

    if find_any(before, CUES["book"]) is not None:
        return False

    for k, tok in enumerate(before):
        if tok not in days:
            continue
        j = k + 1
        while j < len(before) and (before[j].isdigit() or before[j] in MONTHS):
            j += 1
        hit = find_any(before[j:], _REASONS_ANY)
        if hit is not None and hit[0] == 0:
            return True
    return False


MADE_FORMS = _cues(
    "fallo | falla | falli | falle | farlo | farla | fammelo | fammela | faglielo | fagliela | fallo diventare | "
    "falla diventare | farlo diventare | farla diventare | portala | portalo | portarla | portarlo | portamela | "
    "portamelo | portagliela | portaglielo | "
    # and the job named in the plural: "le gomme della Mazda 2, …, portale a lunedì 30"
    "portale | portali | portarle | portarli | portamele | portameli | portagliele | portaglieli | "
    # the customer made to come another day: "non può venerdì 5 per le gomme della Keating, …: falla venire
    # venerdì 18 alle 8 e mezza" (set 41), "fallo passare lunedì alle 9" (its day or hour right after)
    + " | ".join(f"{made} {come}" for made in ("fallo", "falla", "falli", "falle") for come in ("venire", "passare"))
    + " | "
    # carried forward to its day: "la diagnosi portala avanti a domani alle 10 e mezza" (set 41)
    + " | ".join(f"{carried} avanti" for carried in ("portala", "portalo", "portale", "portali"))
    + " | "
    # passed on to another day: "domani non riesce a portarlo: passalo a sabato", "da martedì 15 passala a mercoledì
    # 16" ("passala a prendere" passes by for it: no day right after)
    "passala | passalo | passale | passali | passamela | passamelo | passagliela | passaglielo"
)
""""il tagliando di venerdì 11 fallo diventare lunedì 7", "la revisione di mercoledì portala a giovedì", "il
cambio olio di mercoledì 9 fallo alle 10": the appointment named by its day, made another day or hour (a move
only with its day said before and the new day or hour right after)."""
_AT_HOUR = frozenset({"alle", "all", "per", "verso"})
DAY_KEPT = _cues(
    " | ".join(f"{keep}{it} pure" for keep in ("tieni", "lascia") for it in ("la", "lo", "le", "li"))
)
"""The appointment's day kept, said right after it ("mercoledì 9 tienila pure"): with a made verb and an hour after
(`day_kept`), only its hour changes."""
_BUT_WORDS = frozenset({"ma", "pero", "solo", "soltanto"})


def day_kept(tokens: list[str]) -> tuple[int, int] | None:
    """ "Le gomme della Demio, …, mercoledì 9 tienile pure, ma falle alle 4 e mezza invece che la mattina" (set 34):
    the appointment's day kept (`DAY_KEPT`, said after it), only its hour made another, a move on the same day. The
    span to the made verb (its "ma" no condition), else None: no day said before, or no hour right after the verb
    ("tienila pure, ma falla venerdì", "tienila pure fino a domani" stay as they were)."""
    for at, said in find_all(tokens, DAY_KEPT):
        k = at + len(said)
        while k < len(tokens) and tokens[k] in _BUT_WORDS:
            k += 1
        if not any(_names_day(t) for t in tokens[:at]):
            continue
        for forms in (MADE_FORMS, PUT_FORMS, CUES["move"]):
            hit = find_any(tokens[k:], forms)
            if hit is None or hit[0] != 0 or hit[1][0].endswith(INFINITIVE_ENDINGS):
                continue
            if tokens[k + len(hit[1]) : k + len(hit[1]) + 1] and tokens[k + len(hit[1])] in _AT_HOUR:
                return at, k
    return None


_MADE_ON = _cues(
    "la facciamo | lo facciamo | li facciamo | le facciamo | gliela facciamo | glielo facciamo | gliele facciamo | "
    "glieli facciamo | la fate | lo fate | "
    # the customer's wish, relayed: "la ricarica del clima di marzo la vuole fare subito, dopodomani alle 9" (set 44)
    + " | ".join(f"{it} {wants} fare" for it in OBJECT_PRONOUNS for wants in ("vuole", "vorrebbe", "preferisce",
                                                                            "preferirebbe"))
)
""""la revisione del 9 la facciamo lunedì 14 alle 9": the appointment named by its day, done on another (a move only
with its day said before and the new day right after; without the day it had, a booking: `TAKEN_UP_FORMS`)."""


_WEEKS_SHIFTED = _cues(
    " | ".join(f"{weeks} {way}" for weeks in ("una settimana", "la settimana", "due settimane", "quindici giorni")
               for way in ("dopo", "prima", "piu avanti", "piu tardi", "piu indietro"))
)
""""Il tagliando di martedì 9 marzo mettilo una settimana dopo, martedì 16 marzo" (set 45): how far the appointment
goes, said between the put verb and its new day (which still has to be said: the shift alone names no day)."""


def put_to_another_day(tokens: list[str]) -> int | None:
    """Where "mettila" (a put verb) moves the appointment named by its day before it to a day said right after
    it ("la batteria di lunedì 7 mettila a giovedì 3", "il tagliando di domani mettilo a venerdì"), or "fallo",
    "portala" (`MADE_FORMS`) to a day or an hour ("… di venerdì fallo diventare lunedì", "… di mercoledì 9
    fallo alle 10"), else None ("mettila venerdì" alone puts a car on a day: a booking). The day it had may be its
    date alone ("il cambio gomme dell'11 … mettilo giovedì 3"), and a put verb's new weekday said without "a"."""
    from engine.fastpath.dates import WEEKDAYS  # local: dates imports nothing from here

    days = _days()
    for at, given in find_all(tokens, _INSTEAD_MADE):
        # "invece di lunedì gliela facciamo venerdì alle 5": the old day said with "invece di", the new one after
        if _instead_of_day(tokens[:at], days) and _made_another(tokens, at + len(given)):
            return at
        # or after the new day: "la batteria … la facciamo domani alle 2 e mezza invece che mercoledì"
        if _made_another(tokens, at + len(given)) and _instead_of_day(tokens[at + len(given) :], days):
            return at
    for at, given in [*find_all(tokens, PUT_FORMS), *find_all(tokens, MADE_FORMS), *find_all(tokens, _MADE_ON)]:
        # the day it had: "di lunedì", "da giovedì 10", or its date alone, "dell'11"
        old_day = _old_day_said(tokens[:at], days) or any(
            t == "dell" and _day_number_said(nxt) for t, nxt in pairwise(tokens[:at])
        ) or any(job_day_at(tokens[:at], k) for k in range(1, at))  # "la revisione del 9 la facciamo lunedì 14"
        # put again: any day said before it is the one it had ("Iacobelli ha un funerale venerdì 7: la ricarica
        # clima della Crown, …, rimettila venerdì 14 maggio alle 11", set 50)
        old_day = old_day or (given[0] in _PUT_AGAIN_FORMS and any(t in days for t in tokens[:at]))
        later = at + len(given)
        shifted = find_any(tokens[later:], _WEEKS_SHIFTED) if given in PUT_FORMS else None
        if shifted is not None and shifted[0] == 0:
            later += len(shifted[1])  # "… di martedì 9 marzo mettilo una settimana dopo, martedì 16 marzo"
        after = tokens[later : later + 2]
        # the new day right after: "a martedì", or a weekday alone ("… dell'11, mettilo giovedì 3")
        new_day = (len(after) == 2 and after[0] in _TO_DAY and after[1] in days) or (
            given in PUT_FORMS and after[:1] != [] and after[0] in WEEKDAYS
        )
        if given in MADE_FORMS or given in _MADE_ON:
            new_day = _made_another(tokens, at + len(given))
        if old_day and new_day:
            return at
        shift = time_shift(tokens[at + len(given) :]) if given in MADE_FORMS else None
        if shift is not None and shift[0] == 0 and any(t in days for t in tokens[:at]):
            return at  # "il clima dell'Hilux, venerdì 11: fallo 2 ore dopo": its day said, its hour shifted

        if (
            (given[0] in _CARRIED or given in _CARRIED_ASKED) and after[:1] in (["a"], ["al"]) and new_day
            and _job_named_before(tokens[:at])
            and find_any(tokens[:at], CUES["book"]) is None  # "prenota il cambio olio …, portalo a sabato"
        ):  # fmt: skip
            return at  # "la revisione della Lybra, DH 318 XC, portala a sabato 5": the job named, carried to a day
        if _shifted_on_its_own(tokens, at, given):
            return at
    return None


_PUT_AGAIN_FORMS = frozenset({"rimettila", "rimettilo", "rimettile", "rimettili"})
""""Rimettila" (`PUT_FORMS`): an appointment put again, on another day than one said before it."""
_CARRY_VERBS = frozenset({"porta", "portami", "portagli", "portiamo"})
""""porta le pastiglie della Panoz … a giovedì 18": the job carried to another day (`job_carried_to_day`)."""
_CARRY_REACH = 10
"""The words the vehicle may take ("della Panoz, FG 0 52 GA") between the job carried and its new day."""
_CLAUSE_ENDS = frozenset({"pure", "allora", "quindi", "ok", "okay", "ecco"})
"""Said right before "porta" (besides a day's words), it opens an order: "…, mercoledì 10 marzo: porta …"."""


def job_carried_to_day(tokens: list[str]) -> tuple[int, bool] | None:
    """Where "porta" carries a job named right after it (its article between) to another day ("a"/"al" and the day,
    the vehicle between): "La signora Biancofiore ha un imprevisto mercoledì 10 marzo: porta le pastiglie della
    Panoz, FG 0 52 GA, a giovedì 18 febbraio alle 9" (set 46), with the day it had said too (before it, or after
    "da"/"dal"), and whether it is an order (the request's opening, or a day's words right before it) rather than
    told of someone ("la signora porta le gomme a giovedì": said back); else None. With no day it had ("porta le
    gomme a giovedì") it is none: a car or its tyres brought."""
    days = _days()
    starts = {m.start: m for m in find_services(tokens)}
    for k, tok in enumerate(tokens):
        if tok not in _CARRY_VERBS:
            continue
        at = k + 1
        while at < len(tokens) and at not in starts and tokens[at] in _ITS_ARTICLES:
            at += 1
        job = starts.get(at)
        if job is None or at == k + 1:
            continue
        to = next((j for j in range(job.end, min(len(tokens) - 1, job.end + _CARRY_REACH))
                   if tokens[j] in _TO_DAY and tokens[j + 1] in days), None)  # fmt: skip
        if to is None:
            continue
        had = any(t in days for t in tokens[:k]) or any(
            tokens[j] in ("da", "dal") and tokens[j + 1] in days for j in range(job.end, to)
        )
        if not had:
            continue
        before = tokens[k - 1] if k > 0 else ""
        ordered = k == 0 or before in GREETED or before in days or before in _CLAUSE_ENDS or before.isdigit()
        return k, ordered
    return None


_EARLIER_LATER = frozenset({"prima", "dopo"})
SAME_DAY = _cues("stesso giorno | stessa giornata | quel giorno | same day | that day")
"""A move's new hour said with its day kept ("spostalo alle 4 del pomeriggio, stesso giorno", "mettila alle 4 e
mezza, sempre quel giorno", set 42)."""


def _shifted_on_its_own(tokens: list[str], at: int, given: tuple[str, ...]) -> bool:
    """Is the put or made verb `given` at `at` a move the appointment's own words say, no day it had said with
    "di": its job named before with its article and no booking's verb, then either "prima" / "dopo" and the new day
    or hour ("la batteria gliela facciamo prima, martedì 22 dicembre alle 2", set 42: done earlier), or the new
    hour with its day kept said after it ("…, lunedì 15 febbraio: …, mettila alle 4 e mezza, sempre quel giorno",
    set 42)? "La facciamo prima di martedì", "mettila alle 4" alone stay as they were."""
    if not _job_named_before(tokens[:at]) or find_any(tokens[:at], CUES["book"]) is not None:
        return False
    end = at + len(given)
    if tokens[end : end + 1] and tokens[end] in _EARLIER_LATER:
        return given in _MADE_ON and _made_another(tokens, end + 1)
    hour = tokens[end : end + 1] == ["alle"] and _made_another(tokens, end)
    return hour and any(_names_day(t) for t in tokens[:at]) and find_any(tokens[end:], SAME_DAY) is not None


_PASSES = _cues("passa | slitta | va | diventa | lo passiamo | la passiamo | li passiamo | le passiamo | lo passate | "
                "la passate | "
                # "passale a giovedì" with its clitic's l heard r, an infinitive (set 30: "le pastiglie della 595 …
                # da mercoledì passare a giovedì 3"): the same move, only with the job, its old day and a new day
                "passare")
"""The job said to pass to another day ("il tagliando di venerdì della Ypsilon beige passa a lunedì", "la revisione
della Panda rossa da mercoledì la passiamo a giovedì", "il tagliando della S60, FX 538 DT, da mercoledì va a giovedì
10"), its plate said or not: its third person or "lo/la passiamo", not the imperative
`MADE_FORMS` has. "passa" is also someone coming by ("la signora di venerdì passa alle 5"), so only a new *day*
right after counts, never an hour."""


def passed_to_another_day(tokens: list[str]) -> int | None:
    """Where `_PASSES` moves the appointment named before it, its job with its article and the day it had ("di
    venerdì", "da mercoledì"), to the day said right after ("a lunedì"); else None ("passa a lunedì" alone, "passa
    alle 5", "passa a prenderla": no move). Asked ("… passa a venerdì?") is for the caller to tell."""
    found = _passed_at(tokens)
    return None if found is None else found[0]


def passed_with_to_lost(tokens: list[str]) -> bool:
    """Is the move `passed_to_another_day` reads one whose "a" before the new day was not heard ("… slitta
    martedì", whisper's for "slitta a martedì"): read as the move, its write said back whole for a yes."""
    found = _passed_at(tokens)
    return found is not None and found[1]


def _passed_at(tokens: list[str]) -> tuple[int, bool] | None:
    """Where `_PASSES` moves the appointment, and whether the "a" before its new day was lost (the weekday right
    after the verb: "il tagliando fissato per lunedì slitta martedì", its "a" run into the day's first sound)."""
    days = _days()
    for at, given in find_all(tokens, _PASSES):
        before = tokens[:at]
        old_day = _old_day_said(before, days) or _day_not_kept(before, days)
        after = tokens[at + len(given) : at + len(given) + 2]
        new_day = len(after) == 2 and after[0] in _TO_DAY and after[1] in days
        lost = not new_day and after[:1] != [] and after[0] in _WEEKDAYS_SAID
        rest = tokens[at + len(given) + (1 if lost else 2) :]
        if old_day and (new_day or lost) and _job_named_before(before) and not _comes_for(rest):
            return at, lost
    return None


_WEEKDAYS_SAID = frozenset({"lunedi", "martedi", "mercoledi", "giovedi", "venerdi", "sabato"})
"""The days a job passes to said bare, its "a" lost: a weekday only ("passa domani" may be someone coming by)."""


_INFINITIVE_CLITIC_ENDINGS = ("are", "ere", "ire", "arla", "arlo", "erla", "erlo", "irla", "irlo", "arle", "arli")


def _comes_for(after: list[str]) -> bool:
    """ "… passa a lunedì a ritirarla", "… per prenderla": someone coming by on that day for something, no move."""
    return any(
        t in ("a", "per") and nxt.endswith(_INFINITIVE_CLITIC_ENDINGS) for t, nxt in pairwise(after[:4])
    )


_CARRIED = frozenset({"portala", "portalo", "portarla", "portarlo", "portamela", "portamelo", "portagliela",
                      "portaglielo", "portale", "portali", "portarle", "portarli", "portamele", "portameli",
                      "portagliele", "portaglieli", "passale", "passali", "passala", "passalo", "passamela", "passamelo", "passagliela", "passaglielo",
                      # put again: "il cambio olio della Xpeng, DL 350 TH, rimettilo a sabato 19" (set 37)
                      "rimettila", "rimettilo", "rimettile", "rimettili"})
"""The forms of "portare"/"passare" that carry an appointment "a" another day: with its job named before them ("la
revisione …, portala a sabato 5"), a move, its day it had not said; "portala sabato" brings the car (a booking)."""
_CARRIED_ASKED = _cues(
    " | ".join(f"{whom}{it} porti" for whom in ("", "me ") for it in OBJECT_PRONOUNS)
    + " | "
    + " | ".join(f"{it} portiamo" for it in OBJECT_PRONOUNS)
)
""""Il clima della Volga, EZ 950 CM, me lo porti a giovedì 17?" (set 37): the job named, carried to a day by the
listener, asked or said with "we", like `_CARRIED`; never "me lo porta" (the customer bringing the car)."""
_THE = frozenset({"il", "la", "lo", "l", "i", "le", "gli"})


def _job_named_before(tokens: list[str]) -> bool:
    """A job named with its definite article in `tokens` ("la revisione della Lybra", "il tagliando"): the
    appointment it has, not one asked for ("una revisione")."""
    return any(m.start > 0 and tokens[m.start - 1] in _THE for m in find_services(tokens))



_NOT_A_DAY_AFTER = frozenset({"mila", "mille", "km", "chilometri", "percento", "anni", "euro", "000"})
_APPOINTMENT_NAMED = frozenset({"appuntamento", "prenotazione", "quella", "quello"})
"""Said before "del" and a date, the appointment's day ("la revisione dello Sprinter, quella del 10", set 19)."""


def job_day_at(tokens: list[str], at: int) -> bool:
    """Is tokens[at] the "del" of a job's day said by its date alone, right after the job ("la revisione del 9", "i
    freni del 4", "l'appuntamento del 12"): a day of the month after it, no thousands or years ("il tagliando
    dei 30.000", "la Golf del 19" names no job)?"""
    if tokens[at : at + 1] != ["del"] or at + 1 >= len(tokens) or not _day_number_said(tokens[at + 1]):
        return False
    if (tokens[at + 2 : at + 3] and tokens[at + 2] in _NOT_A_DAY_AFTER) or tokens[at + 2 : at + 4] == ["per", "cento"]:
        return False
    return (
        tokens[at - 1] in _APPOINTMENT_NAMED
        or any(m.end == at for m in find_services(tokens[:at]))
        or _job_and_its_vehicle_before(tokens, at)
    )


_OF_VEHICLE = frozenset({"del", "della", "dello", "dell"})


def _job_and_its_vehicle_before(tokens: list[str], at: int) -> bool:
    """Are the words right before tokens[at] a job then its vehicle by its model ("la diagnosi del Partner del 4",
    "il tagliando della Kuga del 9"): the date after them the job's day, as right after the job alone? Its model
    only, the vehicle's colour maybe ("la Golf del 19" has no job before it: a year)."""
    from engine.fastpath.vehicles import find_vehicle_description

    desc = find_vehicle_description(tokens[:at])
    if desc.is_empty() or desc.model is None or min(desc.end, at) != at or desc.start < 2:
        return False
    return tokens[desc.start - 1] in _OF_VEHICLE and any(m.end == desc.start - 1 for m in find_services(tokens[:at]))



def _day_number_said(tok: str) -> bool:
    """ "11", "undici": a day of the month said alone ("il cambio gomme dell'11")."""
    from engine.fastpath.numbers import word_to_number  # local: numbers is read once the words are back

    number = int(tok) if tok.isdigit() and len(tok) <= 2 else word_to_number(tok)
    return number is not None and 1 <= number <= 31


_INSTEAD_MADE = _cues(
    "gliela facciamo | glielo facciamo | gliele facciamo | glieli facciamo | la facciamo | lo facciamo | "
    "gliela fate | glielo fate | la fate | lo fate"
)
""""La diagnosi, invece di lunedì, gliela facciamo venerdì alle 5": the appointment's day said with "invece di", the
job made on another day (a move only with both days said)."""


def _instead_of_day(tokens: list[str], days: set[str]) -> bool:
    """ "invece di lunedì", "anziché martedì 3": the day an appointment had, said in `tokens`."""
    from engine.fastpath.dates import INSTEAD  # local: dates imports nothing from here

    return any(
        tokens[at + len(said) : at + len(said) + 1] and tokens[at + len(said)] in days
        for at, said in find_all(tokens, INSTEAD)
    )


def _days() -> set[str]:
    from engine.fastpath.dates import MONTHS, WEEKDAYS  # local: dates imports nothing from here

    return set(WEEKDAYS) | set(MONTHS) | {"oggi", "domani", "dopodomani", "stamattina", "domattina"}


_SHIFT_UNITS = {("un", "ora"): 60, ("una", "ora"): 60, ("1", "ora"): 60, ("mezz", "ora"): 30, ("mezzora",): 30, ("1h",): 60,
                ("un", "ora", "e", "mezza"): 90, ("due", "ore"): 120, ("2", "ore"): 120, ("tre", "ore"): 180,
                ("3", "ore"): 180, ("2h",): 120, ("3h",): 180}  # fmt: skip
_SHIFT_WAYS = {("prima",): -1, ("dopo",): 1, ("piu", "tardi"): 1, ("piu", "presto"): -1, ("in", "anticipo"): -1,
               ("in", "ritardo"): 1}  # fmt: skip


def time_shift(tokens: list[str]) -> tuple[int, int, int] | None:
    """ "un'ora prima", "fallo 2 ore dopo", "mezz'ora più tardi" (whisper: "1h prima", "1 ora dopo"): the appointment's time shifted
    by so many minutes, signed; (start, end, minutes) of the first so said, else None. The hour it had is the
    appointment's (the move keeps its day unless another is said)."""
    for k in range(len(tokens)):
        for unit, minutes in sorted(_SHIFT_UNITS.items(), key=lambda u: -len(u[0])):
            if tuple(tokens[k : k + len(unit)]) != unit:
                continue
            at = k + len(unit)
            way = next((w for w in _SHIFT_WAYS if tuple(tokens[at : at + len(w)]) == w), None)
            if way is not None:
                return k, at + len(way), minutes * _SHIFT_WAYS[way]
    return None


def _made_another(tokens: list[str], end: int) -> bool:
    """After "fallo", "portala" (`MADE_FORMS`) at `end`: another day or hour said right after it ("a giovedì",
    "diventare lunedì", "alle 10"), or its hour shifted ("fallo 2 ore dopo")?"""
    from engine.fastpath.numbers import word_to_number

    days = _days()
    if tokens[end : end + 1] == ["subito"] or (tokens[end : end + 1] == ["prima"] and tokens[end + 1 : end + 2] != []
                                              and tokens[end + 1] not in _PRIMA_OF_AN_HOUR):
        end += 1  # "… la vuole fare subito, dopodomani alle 9", "fallo prima, giovedì": how soon, then its day
    after = tokens[end : end + 2]
    if len(after) < 2:
        return False
    shift = time_shift(tokens[end:])
    if shift is not None and shift[0] == 0:
        return True

    hour = after[1].isdigit() or word_to_number(after[1]) is not None
    return (after[0] in _TO_DAY and after[1] in days) or after[0] in days or (after[0] in _AT_HOUR and hour)


# What the person says they do not know ("…, ma non mi ricordo la targa", "non mi ha detto a quando", "la targa
# non me l'ha lasciata"): no negation of the request, but that slot is not taken from anything else said; the
# fast path asks for it.
_NOT_KNOWN_VERBS = _cues(
    "non mi ricordo | non ricordo | non me lo ricordo | non me la ricordo | non mi ricordo piu | non so | "
    # told in the past: "non si ricordava la targa", "non sapeva a che ora"
    "non si ricordava | non ricordava | non mi ricordavo | non sapeva | non sapevo | "
    # none written down: "…, there's no plate on the note" (set 42), "there was no reg on the job sheet"
    "there s no | there is no | there was no | "
    "non lo so | non sa | non sappiamo | non mi ha detto | non ha detto | non ci ha detto | non mi ha ancora detto | "
    # not known by anyone yet: "non si sa ancora quando" (set 39)
    "non si sa ancora | non si sa | "
    "non ha ancora detto | non ci ha ancora detto | non mi ha dato | non si ricorda | non si ricorda piu | "
    # not left with us (set 29: "…, ma non ha lasciato la targa" was refused as a negation)
    "non ha lasciato | non mi ha lasciato | non ci ha lasciato | non ha dato | non ci ha dato | "
    "non ha ancora lasciato | non mi ha ancora lasciato | non ci ha ancora lasciato | "
    # not explained: "non mi ha spiegato cosa deve fare" (set 37)
    "non mi ha spiegato | non ha spiegato | non ci ha spiegato | non mi ha ancora spiegato | "
    "non ricorda | non ha deciso | non ha ancora deciso | non ci ha fatto sapere | ci fa sapere | ci fara sapere | "
    "mi fa sapere | mi fara sapere | ci dice poi | mi dice poi | don t remember | do not remember | "
    "doesn t remember | does not remember | don t know | do not know | doesn t know | does not know | "
    # not sure: "Can we fit the Integra … in for brake pads on Friday the 4th? She's not sure what time suits."
    "s not sure | is not sure | isn t sure | s unsure | is unsure | "
    # no idea yet, said short: "…, needs its tyre appointment moved, no idea where to yet" (set 43)
    "no idea | not a clue | no clue | haven t a clue | haven t got a clue | "
    "didn t say | did not say | didn t tell me | did not tell me | hasn t said | has not said | hasn t decided | "
    # not chosen yet: "… needs moving, but she hasn't picked a new day yet" (set 45)
    "hasn t picked | has not picked | hasn t chosen | has not chosen | hasn t settled on | has not settled on | "
    # the new day to come in a call back: "mi richiama lui per il nuovo giorno"
    "mi richiama per | mi richiama lui per | ci richiama per | ci richiama lui per | richiama per | "
    "mi richiamera per | ci richiamera per | mi ritelefona per | ci ritelefona per | mi chiama per | "
    "ci chiama per | mi fa sapere lui | ci fa sapere lui | "
    # and the customer named after the verb ("…: la rimandiamo, mi richiama lei per la data", set 36)
    "mi richiama lei per | ci richiama lei per | mi richiamera lui per | mi richiamera lei per | "
    "ci richiamera lui per | ci richiamera lei per | mi ritelefona lui per | mi ritelefona lei per | "
    "mi fa sapere lei | ci fa sapere lei | "
    # or the one speaking calls back with it ("…: la batteria di venerdì 19 non ce la fa, ti richiamo per il nuovo
    # giorno", set 43)
    "ti richiamo per | vi richiamo per | ti richiamero per | vi richiamero per | ti ritelefono per | "
    "vi ritelefono per | ti risento per | ti faccio sapere | vi faccio sapere | ti faro sapere | "
    "has not decided | ll ring back with | will ring back with | ll call back with | will call back with | "
    # the customer's call to come, telling it: "she'll ring to say what time suits", "he'll phone to tell us the day"
    + " | ".join(f"{will} {call}{back} {say}" for will in ("ll", "will") for call in ("ring", "call", "phone")
                 for back in ("", " back", " us", " us back", " me", " me back")
                 # its "to" as whisper may write it, "the" ("he'll ring the say what time suits")
                 for say in ("to say", "to tell us", "to tell me", "and say", "and tell us", "with", "the say",
                             # what the call will be about: "he'll ring about the time"
                             "the tell us", "about",
                             # its "with" heard "to": "he'll ring back to the time" (the time right after it)
                             "to"))
    + " | "
    "ll let us know | will let us know | ll let me know | will let me know | i ll let you know | "
    "we ll let you know | ll let you know | will let you know | "
    # not caught, or not to hand: "I didn't catch the reg", "the chap hasn't got the reg on him"
    "didn t catch | did not catch | didn t get | did not get | didn t hear | did not hear | couldn t catch | "
    "couldn t read | could not read | haven t got | have not got | hasn t got | has not got | don t have | "
    "do not have | doesn t have | does not have | "
    # and in the past: "the gentleman didn't have his registration on him"
    "didn t have | did not have | hadn t got | had not got | "
    # not left or given by the customer: "the lady didn't leave the reg", "he never gave us a time"
    "didn t leave | did not leave | hasn t left | has not left | never left | didn t give | did not give | "
    "hasn t given | has not given | never gave | didn t leave us | didn t leave me | did not leave us | "
    "did not leave me | didn t give us | didn t give me | did not give us | did not give me | never left us | "
    "never gave us | never gave me | hasn t given us | hasn t given me | "
    # never taken down at the counter: "… on Saturday at 11? I never got the reg." (set 41)
    "never got | never caught | never took | never took down | never wrote down | didn t take down | "
    "did not take down | didn t write down | did not write down | "
    # the day to be confirmed by the customer: "…, the customer will confirm the day"
    "will confirm | ll confirm | is going to confirm | s going to confirm | will tell us | ll tell us | "
    "will tell me | ll tell me | will get back to us with | ll get back to us with | will get back to me with | "
    "ll get back to me with | "
    # to be fetched or sent later: "I'll get the reg off the owner later", "she'll text the reg over", "he'll send
    # us the reg", "we'll find out the reg"
    "ll get | will get | ll send | will send | ll send us | will send us | ll send me | will send me | ll text | "
    "will text | ll text us | will text us | ll text me | will text me | ll find out | will find out | ll dig out | "
    "will dig out | ll bring | will bring | ll email | will email | ll email us | will email us"
)
_STILL_TO_DECIDE = " | ".join(
    f"{pronoun} {must} {verb}"
    for pronoun in ("me lo", "me la", "ce lo", "ce la", "lo", "la")
    for must in ("deve", "devono", "dovra", "dovranno", "deve ancora", "devono ancora")
    for verb in ("dire", "decidere", "confermare", "far sapere", "comunicare", "fissare", "scegliere", "vedere",
                 "sentire")
)  # fmt: skip
STILL_TO_DECIDE = _cues(_STILL_TO_DECIDE)
""""…, lo deve decidere il marito": still to be decided by someone. After what is not known ("il giorno lo deve
decidere la moglie") it says which slot is asked (`not_known`); said of nothing named, the whole request may wait on
it, so it is left to the model (a hypothetical), never written at once."""
_NOT_KNOWN_AFTER = _cues(
    " | ".join(
        f"non {pronoun} {verb}"
        for pronoun in ("me l ha", "l ha", "ce l ha", "ci ha", "mi ha", "me l ha ancora", "l ha ancora")
        # or not settled yet: "che giorno non l'ha ancora deciso", "l'ora non ce l'ha confermata"
        for verb in ("lasciata", "lasciato", "data", "dato", "detta", "detto", "deciso", "decisa", "confermato",
                     "confermata", "fissato", "fissata", "scelto", "scelta",
                     # not explained: "cosa deve fare non me l'ha spiegato" (set 37)
                     "spiegato", "spiegata")
    )
    # "l'ha" written "la" by whisper ("il giorno non la ancora deciso"): ungrammatical said so, so no other meaning;
    # bare "la" only before a masculine participle ("non la data" may be a date), and "lasciata", no noun (set 47:
    # "una Clio bianca di un ragazzo che la targa non la lasciata", refused as a negation)
    + " | "
    + " | ".join(
        f"non la {verb}"
        for verb in ("ancora deciso", "ancora decisa", "ancora detto", "ancora detta", "ancora dato", "ancora data",
                     "ancora confermato", "ancora confermata", "ancora fissato", "ancora fissata", "ancora scelto",
                     "ancora scelta", "ancora lasciata", "deciso", "detto", "dato", "confermato", "fissato", "scelto",
                     "lasciato", "lasciata")
    )
    + " | non la sa | non lo sa | non la sa ancora | non lo sa ancora | "
    # nothing known of it: "…, ma di targa non sa niente" (set 40)
    "non sa niente | non ne sa niente | non sa nulla | non ne sa nulla | "
    # not known by anyone yet: "ha bisogno di un tagliando, ma quando non si sa ancora" (set 39)
    "non si sa ancora | non si sa | ancora non si sa | non lo sappiamo ancora | non lo sappiamo | "
    "non la ricorda | non se la ricorda | non se lo ricorda | non la so | non lo so | "
    # and told in the past ("un signore che la targa non se la ricordava")
    "non la sapeva | non lo sapeva | non la ricordava | non lo ricordava | non se la ricordava | "
    "non se lo ricordava | non me la ricordavo | non me lo ricordavo | non la sapevo | non lo sapevo | "
    # not to hand: "la targa non me la ricordo", "la targa non ce l'ho sotto mano"
    "non me la ricordo | non me lo ricordo | non la ricordo | non lo ricordo | non ce l ho | non ce l abbiamo | "
    "non l ho | non la trovo | non la vedo | non la leggo | non si legge | "
    # not managed to read yet: "la targa non sono ancora riuscito a leggerla bene" (set 48)
    + " | ".join(f"non sono {yet}{managed} a {read}" for yet in ("", "ancora ") for managed in ("riuscito", "riuscita")
                 for read in ("leggerla", "vederla", "trovarla", "leggerlo", "vederlo"))
    + " | "
    # the name that will not come: "come si chiama... non mi viene", "il nome mi sfugge"
    "non mi viene | non mi viene in mente | non mi torna | non mi torna in mente | mi sfugge | "
    # and gone from mind, in the past ("… che aveva appuntamento lunedì 21 giugno, il nome mi è sfuggito", set 53)
    "mi e sfuggito | mi e sfuggita | mi e scappato | mi e scappata | mi e passato di mente | mi e uscito di mente | "
    # "ce l'ho" written by whisper as "c'è l'ho": "la targa non c'è l'ho"
    "non c e l ho | non c e l abbiamo | non c e l ha | "
    # and with its "l'ho" heard "lo": "la targa non c'è lo sotto mano"
    "non c e lo | non ce lo | "
    # to be told later: "il giorno me lo dice domani", "la targa me la manda dopo", "l'ora la decide lui"
    + " | ".join(
        f"{pronoun} {verb}"
        for pronoun in ("me lo", "me la", "ce lo", "ce la", "lo", "la", "glielo", "gliela")
        for verb in ("dice", "dira", "manda", "mandera", "decide", "decidera", "fa sapere", "fara sapere",
                     "comunica", "comunichera", "conferma", "confermera", "da", "dara", "lascia", "lascera",
                     # chosen by the customer: "la batteria va spostata, ma il giorno lo sceglie lei" (set 33)
                     "sceglie", "scegliera")
    )
    # or by the person speaking: "il giorno te lo dico dopo", "la data la decidiamo domani", "l'ora ve la confermo",
    # to the customer too: "l'ora gliela dico quando mi richiama" (set 37)
    + " | "
    + " | ".join(
        f"{pronoun} {verb}"
        # the day and the hour together, "li" ("il giorno e l'ora li decidiamo dopo con lei", set 38)
        for pronoun in ("te lo", "te la", "ve lo", "ve la", "lo", "la", "glielo", "gliela", "li", "te li", "ve li",
                        "glieli")
        for verb in ("dico", "diro", "diciamo", "faccio sapere", "faro sapere", "facciamo sapere", "confermo",
                     "confermero", "confermiamo", "mando", "mandero", "comunico", "decido", "decidero",
                     "decidiamo", "fisso", "fissiamo",
                     # checked with someone first: "il giorno lo sento con lui", "la data la vedo con la moglie"
                     "sento", "sentiamo", "vedo", "vediamo", "concordo", "concordiamo", "chiedo", "chiediamo")
    )
    # or when the customer is heard again: "per il giorno nuovo lo risentiamo", "per la data ci sentiamo"
    + " | "
    + " | ".join(
        f"{pronoun} {verb}"
        for pronoun in ("lo", "la", "li", "le", "ci")
        for verb in ("risento", "risentiamo", "risentiro", "risentiremo", "richiamo", "richiamiamo", "richiamero",
                     "richiameremo", "ricontatto", "ricontattiamo", "sentiremo", "sentiro")
    )
    + " | ci sentiamo | ci sentiamo poi | ci sentiamo dopo"
    # or told in the customer's own call back: "il giorno lo richiama lui", "l'ora ci ritelefona lei" (set 30)
    + " | "
    + " | ".join(
        f"{pronoun} {verb}"
        for pronoun in ("lo", "la", "ci", "mi", "me lo", "me la", "ce lo", "ce la")
        for verb in ("richiama", "richiamera", "ritelefona", "ritelefonera", "risente", "risentira")
    )
    # or by someone who has to: "il giorno lo deve decidere la moglie", "l'ora la devono confermare loro", "il
    # giorno lo deve ancora vedere col marito"
    + " | "
    + _STILL_TO_DECIDE
    # and with no pronoun, still to be seen ("Per quando, deve ancora vedere", set 52): only with "ancora" or "prima"
    + " | "
    + " | ".join(f"{must} {yet} {verb}" for must in ("deve", "devono", "dovra", "dovranno") for yet in ("ancora", "prima")
                 for verb in ("vedere", "decidere", "guardare", "sentire", "controllare", "capire", "scegliere"))
    # or still to be asked of the customer by the person speaking: "l'ora gliela devo ancora chiedere", "il giorno
    # glielo chiedo dopo"
    + " | "
    + " | ".join(
        f"{pronoun} {must}{verb}"
        for pronoun in ("glielo", "gliela", "lo", "la")
        for must in ("", "devo ", "devo ancora ", "dobbiamo ", "dobbiamo ancora ")
        for verb in (("chiedere", "domandare", "sentire") if must else ("chiedo", "domando", "chiediamo"))
    )
)  # fmt: skip
"""Said after what is not known ("la targa non me l'ha lasciata", "il giorno non lo sa", "il giorno me lo dice
domani")."""
_LATER = _cues(
    "domani | dopo | poi | piu tardi | lui | lei | loro | io | noi | stasera | in giornata | in settimana | appena puo | "
    # someone of the family, who decides: "il giorno lo deve decidere la moglie"
    "la moglie | il marito | il figlio | la figlia | sua moglie | suo marito | "
    "col marito | con il marito | con la moglie | con sua moglie | con suo marito | col figlio | con il figlio | "
    "con la figlia | col capo | con il capo | "
    "domani mattina | e ci richiama | e mi richiama | e ci richiamera | e ci fa sapere | e mi fa sapere | "
    "e ci chiama | e mi chiama | e richiama | later | tomorrow | "
    # the listener called back, and the customer who decides: "il giorno lo decide la signora e ti richiama"
    "e ti richiama | e vi richiama | e ti fa sapere | e vi fa sapere | e ti chiama | e vi chiama | "
    "e ti richiamera | quando ti richiama | appena ti richiama | la signora | il signore | la cliente | il cliente | "
    # from whom, in English: "I'll get the reg off the owner later", "… from him"
    "off him | off her | off them | off the owner | off the customer | off the lady | off the chap | from him | "
    "from her | from them | from the owner | from the customer | over | over later | in | in later | "
    "of him | of her | of the owner | of the customer | "  # whisper's "off" ("get the reg of the owner")
    "when he comes in | when she comes in | when they come in | "
    # the customer to call back with it, after what is not known: "No time yet, she'll get back to us" (set 52)
    + " | ".join(f"{who} {will} {back}" for who in ("she", "he", "they", "the customer", "the owner")
                 for will in ("ll", "will") for back in ("get back to us", "get back to me", "let us know",
                                                         "let me know", "ring back", "call back", "ring us",
                                                         "call us", "confirm"))
    + " | "
    # the days it will be told in: "il giorno me lo dice lei la settimana prossima"
    "la settimana prossima | settimana prossima | la prossima settimana | nei prossimi giorni | a giorni | "
    "next week | "
    # with whom the speaker settles it, and that they will say: "lo sento con lui e ti faccio sapere"
    "con lui | con lei | con loro | col cliente | con il cliente | con la cliente | e ti faccio sapere | "
    "e vi faccio sapere | e ti dico | e te lo dico | e ti richiamo | e ti aggiorno | "
    # when the customer calls back or is heard again: "il giorno te lo dico quando mi richiama"
    "quando mi richiama | quando ci richiama | quando richiama | quando mi chiama | quando ci chiama | "
    "quando mi richiamera | quando ci richiamera | quando mi fa sapere | quando ci fa sapere | quando lo sento | "
    "quando la sento | appena mi richiama | appena ci richiama | appena mi chiama | appena lo sento | "
    "appena la sento | "
    # the customer's own call back, after a pause: "Quando, ancora non lo sa: la richiama lei" (set 51)
    + " | ".join(f"{whom}{calls} {who}" for whom in ("", "la ", "lo ", "ci ", "mi ", "ti ", "vi ")
                 for calls in ("richiama", "richiamera", "ritelefona", "ritelefonera") for who in ("lei", "lui"))
    + " | "
    # where it is not ("non ce l'ho sotto mano", "non me la ricordo adesso")
    "sotto mano | qui | adesso | ora | al momento | con me | sottomano | "
    "on him | on her | on them | on me | with him | with her | with them | with me | to hand | at the moment"
)
"""When, or by whom, what is not known will be told, said after it ("… me lo dice domani", "… la decide lui e ci
richiama"): part of the saying, no day of the request, no call to make."""
DONE_AGAIN = tuple(f"{do}{it}" for do in ("far", "rifar") for it in ("lo", "la", "le", "li"))
"""The appointment's job to be done (again) on a day not known yet ("vediamo poi quando rifarlo"): words of their
own (`vocabulary.known_words`), never put back to a near word ("rifatto" asks of a job done). No verb of a move
among them: known, it would be put back from whisper's near words ("spostazi" is no "spostarli")."""
NOT_KNOWN_WHAT: dict[str, list[tuple[str, ...]]] = {
    "plate": _cues(
        "la targa | targa | il numero di targa | che targa | the plate | the registration | "
        "the reg | the reg number | the registration number | the number plate | the plate number | his reg | "
        "her reg | their reg | his plate | her plate | their plate | its reg | its plate | his registration | "
        "her registration | their registration | its registration | his number plate | her number plate | "
        # any at all, not one named: "he didn't leave a reg", "she never gave us any registration"
        "a reg | a plate | a registration | a reg number | a number plate | any reg | any plate | "
        "any registration | "
        # whose car it is: "non mi ricordo chi era", "non so come si chiama" (the plate asked to find it)
        "chi era | chi fosse | di chi era | come si chiama | "
        # whose booking it is: "cancella quello di venerdì, non so di chi sia", "…, non ricordo chi" (set 30)
        "di chi sia | di chi e | chi sia | chi e | di chi | chi | come si chiamava | il nome del cliente | il cliente | "
        # and in the past ("elimina l'appuntamento di giovedì 3 dicembre alle 11, non so di chi fosse", set 36)
        "di chi fosse | chi fosse | di chi era | chi era | "
        # which car it was ("quello che avevamo per domani alle 9, toglilo; di che macchina fosse non mi viene in
        # mente", set 41)
        + " | ".join(f"{of}che {car} {was}" for of in ("di ", "") for car in ("macchina", "auto", "vettura")
                     for was in ("fosse", "era", "sia", "e"))
        + " | "
        # the customer's name forgotten: "…, il nome non me lo ricordo" ("in nome" as whisper may write it)
        "il nome | il suo nome | in nome | il cognome | il suo cognome | "
        "who it was | whose car it was | his name | her name | the customer s name | the name | their name | "
        # "…, ma di targa non sa niente" (set 40): of the plate, nothing known
        "di targa | della targa | "
        # none written where the job was noted ("there's no plate on the note", set 42)
        + " | ".join(f"{plate} {on} {note}" for plate in ("plate", "reg", "registration", "number plate")
                     for on in ("on the", "on his", "on her", "in the") for note in ("note", "ticket", "job sheet",
                                                                                    "sheet", "card", "message"))
    ),
    "date": _cues(
        "quando | a quando | per quando | il giorno | che giorno | a che giorno | per che giorno | "
        # the day with its hour: "il giorno e l'ora li decidiamo dopo" (its day asked first)
        "il giorno e l ora | giorno e ora | la data e l ora | data e ora | il giorno e l orario | "
        "in che giorno | la data | il nuovo giorno | un nuovo giorno | il giorno nuovo | la nuova data | "
        # the new date said after its noun: "…, va differito, ma la data nuova ancora non la sa" (set 46)
        "la data nuova | una data nuova | "
        "un altro giorno | il nuovo appuntamento | un nuovo appuntamento | "
        # the job to be done again, its day to come: "…, vediamo poi quando rifarlo" (set 35)
        + " | ".join(f"quando {do}" for do in DONE_AGAIN)
        + " | "
        "when | which day | what day | the day | a day | a date | the date | "
        # the customer's own day to come: "… needs moving off Monday, she'll ring back with her day" (set 39)
        "her day | his day | their day | her date | his date | their date | a new day | a new date | "
        # the day a job is moved to: "… needs moving off the 30th, but she hasn't said where to" (set 37)
        "where to | "
        # when the customer comes by: "…, però quando passare non l'ha ancora deciso" (set 40)
        "quando passare | quando passa | quando venire | quando viene | quando portarla | quando portarlo | "
        "quando la porta | quando lo porta | what day suits | which day suits | when suits | "
        # and said with its "to" first: "… the battery job needs moving, but he hasn't said to when" (set 40)
        "to when | for when | to which day | to what day | to what date | "
        # where to, said in Italian: "…, va spostato ma non so ancora dove" (set 42; only last, `_SAID_LAST`)
        "dove | a dove | "
        # which, of the day just said to change: "le pastiglie di venerdì 5 marzo vanno cambiate di giorno, ma quale
        # me lo fa sapere lei" (set 45); only with "ma" (or "e", "però") before it, the day's own clause
        "ma quale | pero quale | e quale"
    ),
    "time": _cues("l ora | l orario | a che ora | che ora | per che ora | what time | the time | a time | "
                  # "She's not sure what time suits" (set 40)
                  "what time suits | what time suits her | what time suits him | what time suits them"),
    # the job: "la vuole portare venerdì alle 3, ma non mi ha detto per cosa" (set 31), "… non so che lavoro"
    "service": _cues(
        "per cosa | per che cosa | che lavoro | che lavori | il lavoro | che intervento | l intervento | "
        "cosa deve fare | cosa le deve fare | cosa gli deve fare | cosa c e da fare | what for | what it s for | "
        "what it is for | what the job is | what job | "
        # the job asked as what to do with the car ("… vuole riportarci la Bandit, …, giovedì 7 gennaio alle 11. Per
        # fare cosa non me l'ha detto.", set 53)
        "per fare cosa | per farci cosa | per farle cosa | per fargli cosa | a fare cosa | che deve fare | "
        "che cosa deve fare | cosa va fatto | cosa c e da farle | cosa c e da fargli | il lavoro da fare | "
        "il lavoro da farle | il lavoro da fargli"
    ),
}
_BEFORE_NOT_KNOWN = {"ma", "pero", "but", "e", "and", "per"}  # "per il giorno nuovo lo risentiamo"
_SUBJECTS = {"he", "she", "they", "lui", "lei", "loro", "cliente", "signora", "signore", "customer", "client",
             "owner"}
_MEANWHILE = {"ancora", "piu", "bene", "esattamente", "yet", "exactly", "ne"}
"""Said between the verb of not knowing and what is not known ("non so ancora a che ora", "non sa né il giorno …")."""
_ASIDES = {"pero", "invece", "purtroppo", "poi", "dopo", "ancora", "however", "though"}
"""Said between what is not known and the verb ("la targa però non me l'ha lasciata", "l'ora poi la decide lui",
"il giorno ancora non lo sa", set 31)."""
_NOW = frozenset({"adesso"})
"""Said between what is not known and a verb of not knowing with its "non" ("il nome adesso non mi torna in mente",
set 37); before a verb of telling later it is when it is told ("la targa, adesso te la dico": the plate to come)."""
_EXACTLY = _cues("di preciso | con precisione | esattamente | precisamente | exactly")
"""How exactly, said between what is not known and the verb ("quando di preciso non lo so ancora", "l'ora
esattamente non me l'ha detta", set 37)."""
_FROM_WHERE = _cues("da qui | da qua | da li | da la | da lontano | dal banco | da dove sono | from here")
"""Where the plate cannot be read from, said between it and the reading ("la targa da qui non si legge")."""


SEEN_LATER = _cues("vediamo | vediamo poi | poi vediamo | vedremo | vedremo poi | poi vedremo | decidiamo poi | "
                   "poi decidiamo")
""""…, vediamo poi quando rifarlo": the day settled later, not known yet; only of a day ("vediamo la targa" reads
it, no plate unknown)."""


DIARY_UNSEEN = _cues(
    " | ".join(
        f"{must} {verb} {its} agenda"
        for must in ("deve", "deve ancora", "deve prima", "devono", "devono ancora", "vuole prima", "prima deve")
        for verb in ("guardare", "vedere", "controllare", "consultare", "sentire")
        for its in ("l", "la", "la sua", "sull", "nell")  # "la agenda": whisper's "l'agenda" said slowly
    )
    + " | guarda l agenda e | guarda l agenda poi | guardera l agenda | controlla l agenda e"
)
""""… è da spostare, ma la Tamburrini deve ancora guardare l'agenda" (set 39): the customer is still to look at her
diary, so the new day is not known yet (asked), no condition put on the request."""


_NAMED_BY = frozenset({"la", "il", "signora", "signor", "signore"})
"""Said before the customer's surname as the subject of what is still to be seen ("ma la Tamburrini deve …")."""


NONE_YET = {
    slot: _cues(
        " | ".join(f"no {what}{how}" for what in names
                   for how in (" yet", " as yet", " so far", " fixed yet", " set yet", " agreed yet", " given yet"))
        + " | "
        + " | ".join(f"{what} {tbc}" for what in names for tbc in ("tbc", "to be confirmed", "to be decided",
                                                                   "to be agreed", "to be arranged"))
    )
    for slot, names in (("time", ("time", "hour")), ("date", ("day", "date")),
                        ("plate", ("reg", "plate", "registration", "number plate")))
}  # fmt: skip
"""The slot said to be none yet, said short in English ("…, sometime on Wednesday the 23rd of December. No time yet,
she'll get back to us", set 52; "day to be confirmed", "no reg as yet"): not known, asked; its "no" no negation."""


_NEW_DAY_NAMED = _cues("a new date | a new day | another date | another day | a new slot | another slot")
"""The day a move needs, named before "she'll ring back with one" stands for it (set 44)."""


def not_known(tokens: list[str]) -> tuple[str, int, int] | None:
    """The slot the person says they do not know, with the span that says so ("ma" before it included): the
    verb of not knowing followed at once by what is not known ("non mi ricordo la targa": plate; "non mi
    ha detto a quando": date; "non so ancora a che ora": time; "vediamo poi quando", `SEEN_LATER`: date only),
    or what is not known followed at once by the verb ("la targa non me l'ha lasciata"). None when what follows
    is anything else ("non so se …" stays a negation, refused)."""
    for at, verb in find_all(tokens, _NOT_KNOWN_SAID):
        after = at + len(verb)
        while after < len(tokens) and tokens[after] in _MEANWHILE:
            after += 1
        found = _what_at(tokens, after)
        if found is None and tokens[after : after + 1] == ["one"] and find_any(tokens[:at], _NEW_DAY_NAMED):
            found = "date", after + 1  # "… needs a new date, …; she'll ring back with one": the day named before
        if found is not None and verb in SEEN_LATER and found[0] != "date":
            continue
        if found is not None:
            also = _what_at(tokens, found[1] + 1) if tokens[found[1] : found[1] + 1] in (["ne"], ["e"]) else None
            if also is not None:  # "non sa ancora né il giorno né l'ora": the day asked first, the time with it
                found = found[0], also[1]
            return found[0], _span_start(tokens, at), _later_end(tokens, found[1])
    for at, verb in find_all(tokens, _NOT_KNOWN_AFTER):
        end = _later_end(tokens, at + len(verb))
        while at > 0 and (tokens[at - 1] in _ASIDES or (tokens[at - 1] in _NOW and verb[0] == "non")):
            at -= 1  # "la targa però non me l'ha lasciata", "il nome adesso non mi torna in mente"
        exactly = next((e for e in _EXACTLY if tuple(tokens[max(0, at - len(e)) : at]) == e), ())
        at -= len(exactly)  # "quando di preciso non lo so"
        where = next((w for w in _FROM_WHERE if tuple(tokens[max(0, at - len(w)) : at]) == w), ())
        at -= len(where)  # "la targa da qui non si legge"
        for slot, objects in NOT_KNOWN_WHAT.items():
            before = [o for o in objects if at >= len(o) and tuple(tokens[at - len(o) : at]) == o]
            if before:
                return slot, _span_start(tokens, at - max(map(len, before))), end
    for slot, none_yet in NONE_YET.items():
        hit = find_any(tokens, none_yet)
        if hit is not None:
            return slot, _span_start(tokens, hit[0]), _later_end(tokens, hit[0] + len(hit[1]))
    for at, said in find_all(tokens, DIARY_UNSEEN):
        start = at - 2 if at >= 2 and tokens[at - 2] in _NAMED_BY and tokens[at - 1].isalpha() else at
        if start < at and start > 0 and tokens[start - 1] in ("la", "il"):
            start -= 1  # "ma la signora Tamburrini deve …"
        return "date", _span_start(tokens, start), _later_end(tokens, at + len(said))
    return None


_FORGOTTEN = _cues(
    "non me lo ricordo | non me la ricordo | non mi ricordo | non ricordo | non me lo ricordo piu | "
    "non mi ricordo piu | non lo ricordo | non lo so | non mi viene | non mi viene in mente | non mi torna"
)
_WHOSE_ASKED = _cues(
    "il nome | come si chiama | proprietario | proprietaria | di chi e | chi e il proprietario | a nome di chi | "
    "intestata | intestato"
)
_AFTER_FORGOTTEN = frozenset({"piu", "adesso", "ora", "proprio", "scusa", "sai", "eh"})


def name_forgotten(tokens: list[str]) -> tuple[int, int] | None:
    """The span of "non me lo ricordo" said last after the owner's name asked ("mi dici il nome del proprietario
    della Lybra, DH 318 XC? Non me lo ricordo"): why it is asked, no negation of the request. Only said last (a
    few words like "più", "adesso" after it) and after a name or owner asked; else None ("non mi ricordo se …",
    "non me lo ricordo" after anything else stay negations)."""
    for at, said in find_all(tokens, _FORGOTTEN):
        end = at + len(said)
        if not all(t in _AFTER_FORGOTTEN for t in tokens[end:]):
            continue
        if find_any(tokens[:at], _WHOSE_ASKED) is None:
            continue
        start = at - 1 if at > 0 and tokens[at - 1] in _BEFORE_NOT_KNOWN else at
        return start, len(tokens)
    return None


def _later_end(tokens: list[str], end: int) -> int:
    """Where the saying of not knowing ends: when or by whom it will be told included (`_LATER`). A day with its
    hour right after is the request's own ("la targa non se la ricordava, domani alle 4"), never when it is told."""
    while True:
        hit = find_any(tokens[end:], _LATER)
        if hit is None or hit[0] != 0:
            return end
        after = end + len(hit[1])
        if hit[1][0] in _DAY_LATER and tokens[after : after + 1] and tokens[after] in _AT_HOUR:
            return end
        end = after


_DAY_LATER = frozenset({"domani", "stasera", "tomorrow"})
_AT_HOUR = frozenset({"alle", "all", "at", "verso"})


def _what_at(tokens: list[str], at: int) -> tuple[str, int] | None:
    """The slot named at `at` ("la targa", "a che ora") and where its words end, else None."""
    for slot, objects in NOT_KNOWN_WHAT.items():
        hit = find_any(tokens[at:], objects)
        if hit is None or hit[0] != 0:
            continue
        longest = max((o for o in objects if tuple(tokens[at : at + len(o)]) == o), key=len)
        if longest in _SAID_LAST and at + len(longest) != len(tokens):
            continue  # "non so chi viene domani", "non so dove l'ha messa" ask nothing of a booking: negations
        return slot, at + len(longest)
    return None


_SAID_LAST = frozenset({("chi",), ("di", "chi"), ("chi", "e"), ("di", "chi", "e"), ("dove",), ("a", "dove")})
"""Whose booking it is, not known, said with "chi" alone ("…, non ricordo chi"), or where a move goes, with
"dove" alone ("…, va spostato ma non so ancora dove"): only as the last words, where nothing else can follow to
make it a question of its own."""


# The visit the request rides on ("già che viene oggi per le gomme, cambiamo pure la batteria"): what the car comes
# in for anyway is its context, no service of the request.
_SINCE_IT = _cues("gia che | visto che | dato che | siccome | approfittando che | approfittiamo che")
_COMES_IN = _cues(
    "viene | passa | arriva | torna | c e | e qui | e gia qui | e da noi | la porta | lo porta | la portano | "
    "lo portano | la lascia | lo lascia | porta | portano | lascia | ce l abbiamo | l abbiamo qui | deve venire | "
    "deve passare"
)
_FOR_THE_JOB = frozenset({"per", "a", "fare"})


def coming_anyway(tokens: list[str]) -> tuple[int, int] | None:
    """The span of the visit a request rides on: "già che", "visto che" …, the car coming, its day or time, then
    "per" and the service it comes for ("già che viene oggi per le gomme"), else None (the service is needed:
    "visto che non viene" says nothing of a visit)."""
    for at, since in find_all(tokens, _SINCE_IT):
        k = at + len(since)
        while k < len(tokens) and k - at < 8 and (
            tokens[k] in ("gli", "le", "lo", "la", "ci", "ce", "pure", "comunque") or _when_said(tokens[k])
        ):
            k += 1  # "già che domani mattina ce la porta …"
        comes = find_any(tokens[k:], _COMES_IN)
        if comes is None or comes[0] != 0:
            continue
        k += len(comes[1])
        while k < len(tokens) and k - at < 14 and tokens[k] not in _FOR_THE_JOB and _when_said(tokens[k]):
            k += 1
        if k >= len(tokens) or tokens[k] not in _FOR_THE_JOB:
            continue
        rest = tokens[k + 1 : k + 6]
        j = 0
        while j < len(rest) and rest[j] in ("il", "lo", "la", "l", "i", "gli", "le", "un", "una", "uno"):
            j += 1
        found = find_services(rest)
        if found and found[0].start == j:
            return at, k + 1 + found[0].end
    return None


_THEY_CONFIRM = _cues("will confirm | ll confirm | is going to confirm | s going to confirm")


def their_confirmation(tokens: list[str]) -> tuple[int, int] | None:
    """The span of a confirmation the customer will give ("…, the customer will confirm", "Mr Visconti'll
    confirm later"): said of them (he, she, they, the customer, a name after its title), it is no message of
    ours to send. None when no such words are said, or when "we" or "I" will confirm."""
    for at, said in find_all(tokens, _THEY_CONFIRM):
        named = at >= 2 and tokens[at - 2] in TITLES_EN
        if at > 0 and (tokens[at - 1] in _SUBJECTS or named):
            start = at - 2 if named else _span_start(tokens, at)
            return start, _later_end(tokens, at + len(said))
    return None


_STILL = frozenset({"ancora", "still"})


def _span_start(tokens: list[str], at: int) -> int:
    """Where the saying of not knowing starts: its subject ("il cliente", "he") and a "ma" before it included, an
    "ancora" said before the verb too ("ma lei ancora non sa quando", set 38)."""
    if at > 0 and tokens[at - 1] in _STILL:
        at -= 1
    if at > 0 and tokens[at - 1] in _SUBJECTS:
        at -= 1
        if at > 0 and tokens[at - 1] in ("il", "la", "the"):
            at -= 1
    return at - 1 if at > 0 and tokens[at - 1] in _BEFORE_NOT_KNOWN else at


# A request relayed from the customer as a question ("il signor Rossi chiede se possiamo anticipare …", "she asks
# if we can move …"): no hypothetical, the request itself, but asked, not ordered, so its writes are said back
# for a yes (`Parse.careful`).
REPORTED = _cues(
    " | ".join(
        f"{asks} {whom}{can}"
        for asks in ("chiede se", "ha chiesto se", "mi chiede se", "ci chiede se", "mi ha chiesto se",
                     "ci ha chiesto se", "vuole sapere se", "voleva sapere se", "chiedeva se", "domanda se",
                     "mi domanda se", "ci domanda se", "ha domandato se", "domandava se")
        # for whom, said between ("chiede se le possiamo montare …"), and the customer's own "può"
        for whom in ("", "le ", "gli ", "ci ", "mi ", "glielo ", "gliela ", "glieli ", "gliele ")
        for can in ("possiamo", "potete", "puoi", "si puo", "riusciamo", "riuscite", "riesci", "puo")
    )
    + " | "
    + " | ".join(
        f"{asks} {can}"
        for asks in ("asks if", "asked if", "asks whether", "asked whether", "is asking if", "wants to know if",
                     "wanted to know if", "was asking if")
        for can in ("we can", "we could", "you can", "you could")
    )
)  # fmt: skip


_DONE_ASKED_VERBS = ("vedere", "guardare", "controllare", "fare", "cambiare", "sostituire")
DONE_ASKED = _cues(
    " | ".join(f"{verb[:-1]}{it}" for verb in _DONE_ASKED_VERBS for it in ("e", *_OF_IT))
    + " | dare un occhiata | dargli un occhiata | darle un occhiata | "
    "look at | have a look at | take a look at | check | do"
)
"""What we are asked to do to the car, said first after the words relaying the customer's question ("chiede se
possiamo vederle le pastiglie della Tiggo …", "chiede se possiamo fare le pastiglie alla …", "asks if we can look
at the pads on …"): the job done for her, a booking, only with a service said right after it ("chiede se possiamo
vedere quanto costa" asks a price). Kept out of CUES: "vedere" and "fare" book nothing said anywhere else."""


_ASKS_IF = _cues(
    "chiede se | ha chiesto se | mi chiede se | ci chiede se | mi ha chiesto se | ci ha chiesto se | "
    "vuole sapere se | voleva sapere se | chiedeva se | "
    # asked with "domandare" ("la Bestetti domanda se la revisione … si può fare prima", set 44)
    "domanda se | ha domandato se | mi domanda se | ci domanda se | mi ha domandato se | ci ha domandato se | "
    "domandava se"
)
_WHOM = frozenset({"gli", "le", "ci", "mi", "glielo", "gliela", "glieli", "gliele"})
_WE_DO = _cues(
    _CHANGE_PART + " | " + _FIT_PART + " | " + _TAKEN_UP + " | gli facciamo | le facciamo | gli fate | le fate | "
    "gliela facciamo | glielo facciamo | gliele facciamo | glieli facciamo | "
    # the air conditioning refilled, the job's own verb ("Santangelo chiede se gli ricarichiamo il clima della Lark",
    # set 52)
    + _REFILL
)
"""What we would do, asked in the first person plural ("… se sabato le cambiamo le gomme")."""
_WE_ENDINGS = ("iamo", "iamogli", "iamole")
"""What we would do said in the first person plural right after "chiede se", whom not said ("chiede se ricarichiamo il
clima", "chiede se cambiamo le gomme"): asked of us; "chiede se cambia le gomme" (hers, or an order) is none."""
_GLI_HEARD = frozenset({"li"})
""""gli" as whisper writes it before the verb ("chiede, se li segni il cambio gomme …", set 42)."""
_YOU_BOOK = _cues("segni | prenoti | fissi | metti | segnate | prenotate | fissate | mettete")
"""The booking asked of the counter in the second person ("chiede se gli segni il cambio gomme …", set 42)."""
_WE_MOVE = _cues("anticipiamo | posticipiamo | spostiamo | rimandiamo")
"""The appointment moved, asked in the first person plural ("chiede se anticipiamo la Panda da sabato a domani")."""


_MOVED_ASKED = frozenset({"move", "shift", "bump", "push", "reschedule"})
"""The verbs of a move asked with "could we" ("Could we shift the Kia … to Friday at 10?"): an appointment already
made, put to another day, asked of a colleague; "could we squeeze/fit/have her in …" (a booking wished) stays a
hypothetical."""


ORDERED_AFTER_ASKED = _cues(
    " | ".join(f"{verb}{it}" for verb in ("metti", "rimetti", "sposta", "anticipa", "posticipa", "rimanda", "fissa",
                                          "prenota")
               for it in ("la", "lo", "le", "li", "gliela", "glielo", "gliele", "glieli"))
)
"""The counter's own order said after the customer's question relayed ("la Bestetti domanda se la revisione …
si può fare prima: mettila sabato 16 gennaio alle 9 e mezza", set 44; "chiede se possiamo anticipare il tagliando:
spostalo a domani alle 9"): the counter decided, so the write is done as ordered, not said back as asked."""
_INFINITIVE_BEFORE = frozenset({"a", "ad", "di", "da", "per"})


_GO_AHEAD = frozenset({"fallo", "falla", "falli", "falle", "fatelo", "fatela", "procedi", "procediamo"})
"""The counter's go-ahead said last, on its own, after the question relayed ("Giancaspro mi domanda se il tagliando …
lo possiamo tirare indietro a giovedì 22 aprile alle 2. Fallo.", set 49): the write ordered as asked."""
_AFTER_GO_AHEAD = frozenset({"pure", "subito", "grazie", "allora", "si", "dai"})


def ordered_after_asked(tokens: list[str], start: int) -> bool:
    """Is the counter's own order (`ORDERED_AFTER_ASKED`) said from `start` (where the question relayed was)? Never
    one after "a", "di" ("chiede se riusciamo ad anticiparlo", whisper's "anticipalo": the question's infinitive).
    Or the go-ahead said last (`_GO_AHEAD`, "… alle 2. Fallo."); never "fallo venire …", "fallo prima" (the
    question's own words)."""
    last = len(tokens)
    while last > start and tokens[last - 1] in _AFTER_GO_AHEAD:
        last -= 1
    if last - 1 > start and tokens[last - 1] in _GO_AHEAD and tokens[last - 2] not in _INFINITIVE_BEFORE:
        return True
    return any(at == 0 or tokens[start + at - 1] not in _INFINITIVE_BEFORE
               for at, _ in find_all(tokens[start:], ORDERED_AFTER_ASKED))  # fmt: skip


_WE_MOVE_IT = _cues(
    " | ".join(f"{it} {we}" for it in ("la", "lo", "le", "li", "gliela", "glielo")
               for we in ("spostiamo", "anticipiamo", "posticipiamo", "rimandiamo", "facciamo slittare",
                          "facciamo spostare",
                          # whether we can ("… la batteria della Navigator, FX 062 TZ, la possiamo fare prima", set 40)
                          "possiamo fare prima", "possiamo spostare", "possiamo anticipare", "possiamo posticipare",
                          "possiamo rimandare", "possiamo tirare indietro"))
    # the impersonal "si può" ("la Bestetti domanda se la revisione della Bukhanka, …, si può fare prima: mettila
    # sabato 16 gennaio alle 9 e mezza", set 44; "… se il tagliando si riesce ad anticipare")
    + " | "
    + " | ".join(f"si {can} {move}" for can in ("puo", "potrebbe", "riesce a", "riesce ad")
                 for move in ("fare prima", "anticipare", "spostare", "posticipare", "rimandare"))
)
"""The appointment moved, asked in the first person plural after it is named, its pronoun again ("… la revisione di
sabato 12 la facciamo slittare a sabato 19", "… la batteria della Navigator la possiamo fare prima")."""


_PRIMA_OF_AN_HOUR = frozenset({"di", "delle", "del", "della", "dell", "che", "dei"})


def _job_then_moved(asked: list[str]) -> bool:
    """Are `asked` (the words after "chiede se") a job named first, its article opening them, then moved by us
    (`_WE_MOVE_IT`): "chiede se la revisione di sabato 12 la facciamo slittare a sabato 19 dicembre"?"""
    moved = find_any(asked, _WE_MOVE_IT)
    if moved is None:
        return False
    after = asked[moved[0] + len(moved[1]) : moved[0] + len(moved[1]) + 1]
    if moved[1][-1] == "prima" and after and after[0] in _PRIMA_OF_AN_HOUR:
        return False  # "… se la revisione si può fare prima delle 9": before an hour, no earlier day asked
    named = find_services(asked[: moved[0]])
    return bool(named) and named[0].start == 1 and asked[0] in _ITS_ARTICLES


_WE_CAN = frozenset({"possiamo", "potete", "riusciamo", "riuscite", "puoi", "riesci"})
"""Whether we can, asked after the day ("chiede se lunedì alle 10 e mezza le possiamo fare il tagliando")."""


def job_asked_after_day(tokens: list[str], at: int) -> int:
    """Where what we are asked to do starts in a customer's question relayed with its day (and hour) said first,
    then whom and whether we can ("chiede se lunedì 21 dicembre alle 10 e mezza le possiamo fare il tagliando alla
    Jolion", set 36; "… se venerdì alle 9 gli riusciamo a cambiare le gomme"): after "possiamo" (and its "a"); `at`
    itself when the question is not so said (`at` is where the words after "chiede se" start)."""
    k = at
    while k < len(tokens) and k - at < 12 and _when_said(tokens[k]):
        k += 1
    if k == at:
        return at
    whom = k
    while k < len(tokens) and k - whom < 2 and tokens[k] in _WHOM:
        k += 1
    if k >= len(tokens) or tokens[k] not in _WE_CAN:
        return at
    k += 1
    done = find_any(tokens[k : k + 5], DONE_ASKED)
    return k if done is not None and done[0] <= 1 else at


_YES_TOLD = phrases(*(f"{tell} {also}di si" for tell in ("dille", "digli", "ditele", "ditegli", "rispondile",
                                                         "rispondigli")
                      for also in ("", "pure ")))
_BOOK_ORDERED = frozenset({"segnala", "segna", "segnalo", "prenota", "prenotala", "prenotalo", "fissa", "fissala",
                           "fissalo", "mettila", "mettilo", "scrivila", "scrivilo", "segnamela", "segnamelo"})


def yes_told_and_booked(tokens: list[str]) -> bool:
    """Is the customer's question relayed then answered by an order, a yes told and the booking written ("la
    signora Colciago chiede se le fate il cambio olio …, venerdì 18 a mezzogiorno. Dille di sì e segnala", set 44)?
    The booking is then ordered, not asked (said back only as any other). "Dille di sì" alone, or "… e poi vediamo",
    leaves it asked."""
    for at, said in find_all(tokens, _YES_TOLD):
        after = tokens[at + len(said) : at + len(said) + 3]
        if after[:1] == ["e"] and set(after[1:]) & _BOOK_ORDERED:
            return True
    return False


def reported_request(tokens: list[str]) -> tuple[int, int] | None:
    """The span of the words relaying a customer's question ("chiede se possiamo"), else None; or of "chiede
    se" alone when the day (and time) come first, then what we would do ("chiede se sabato alle 11 e mezza le
    cambiamo le gomme": the request left, asked); or of "could we" right before a move's verb ("could we shift
    …": the move itself, asked)."""
    hit = find_any(tokens, REPORTED)
    if hit is not None:
        end = hit[0] + len(hit[1])
        # "il signor Tessarolo chiede se può portare la Keinath, …, per la ricarica …" (set 43): the customer's own
        # bringing, asked, its "può" left to be read as "vuole portare" is (`CAN_BRING`)
        brings = find_any(tokens[end - 1 :], CAN_BRING) if hit[1][-1] == "puo" else None
        return hit[0], end - 1 if brings is not None and brings[0] == 0 else end
    for k in range(len(tokens) - 2):
        if tokens[k : k + 2] == ["could", "we"] and tokens[k + 2] in _MOVED_ASKED:
            return k, k + 2
    for at, asks in find_all(tokens, _ASKS_IF):
        k = at + len(asks)
        while k < len(tokens) and k - at < 12 and _when_said(tokens[k]):
            k += 1
        whom = k
        while k < len(tokens) and k - whom < 2 and tokens[k] in _WHOM:
            k += 1  # "… giovedì alle 10 gli montiamo le gomme"
        # "chiede se anticipiamo la 147 da sabato a domani", "chiede se gli anticipiamo la revisione …": asked
        moved = [find_any(tokens[i:], _WE_MOVE) for i in (at + len(asks), k)]
        if any(m is not None and m[0] == 0 for m in moved):
            return at, at + len(asks)
        if _job_then_moved(tokens[at + len(asks) : at + len(asks) + 16]):  # the car and its plate maybe between
            return at, at + len(asks)
        done_by_us = find_any(tokens[at + len(asks) :], _WE_DO)
        if done_by_us is not None and done_by_us[0] == 0 and done_by_us[1][0].endswith(_WE_ENDINGS):
            return at, at + len(asks)  # "chiede se ricarichiamo il clima …" (set 52, its "gli" lost): we, asked
        # "Zanasi chiede se gli segni il cambio gomme della Tushek, …, domani a mezzogiorno" (set 42), "chiede se le
        # prenoti la revisione …": the booking itself asked of the counter, for whom maybe said first
        said = at + len(asks) + (at + len(asks) < len(tokens) and tokens[at + len(asks)] in _WHOM | _GLI_HEARD)
        booked = find_any(tokens[said:], _YOU_BOOK)
        if booked is not None and booked[0] == 0:
            return at, at + len(asks)
        # whom may be read as the hour's "le" ("… alle 9 e mezza le facciamo …"), or said first ("chiede se le fate
        # il tagliando sabato …", set 39): what we would do read from there too
        whom_at = [i for i in (at + len(asks), whom - 1) if i < len(tokens) and tokens[i] in _WHOM]
        done = [find_any(tokens[i:], _WE_DO) for i in (*whom_at, whom, k)]
        if k > at + len(asks) and any(d is not None and d[0] == 0 for d in done):
            return at, at + len(asks)
        if job_asked_after_day(tokens, at + len(asks)) > at + len(asks):
            return at, at + len(asks)  # "chiede se lunedì alle 10 e mezza le possiamo fare il tagliando": asked
        # "chiede se la diagnosi dell'MG, invece di lunedì, gliela facciamo venerdì": the job moved, asked
        asked = tokens[at + len(asks) : at + len(asks) + 16]
        if find_any(asked, _INSTEAD_MADE) is not None and put_to_another_day(asked) is not None:
            return at, at + len(asks)
    return None


# A correction said after the start ("alle 2, scusa", "at 2, sorry"): what it corrected may not have been
# heard (whisper dropped "at three" in noise and the booking went to 14:00), so the fast path never guesses.
_CORRECTIONS = phrases("sorry", "scusa", "scusami", "scusate", "cioè", "cioe", "i mean", "no wait", "hang on",
                       "hold on")


EVER_DONE = _cues(_EVER_DONE)


def ever_asked(tokens: list[str]) -> list[int]:
    """Where "mai" asks whether a job was ever done ("l'ha mai fatto da noi?", "gliel'abbiamo mai cambiata?"):
    said between "ha"/"abbiamo" and the job's participle, and no "non" anywhere ("non l'ha mai fatto" stays a
    negation)."""
    if "non" in tokens:
        return []
    return [at + said.index("mai") for at, said in find_all(tokens, _EVER_ASKED)
            if "mai" in said]


ON_FILE = _cues(_ON_FILE)
_ON_FILE_IF_REACH = 8
"""At most so many words between the "se" and the on-file words it opens ("se la GE 404 NW ce l'abbiamo …")."""


def on_file_asked(tokens: list[str]) -> list[int]:
    """Where "se" asks whether a plate is on file ("mi verifichi se una targa ce l'abbiamo in archivio?", "controlla
    se la FB 906 VG è nel sistema"): an indirect question, a read, no condition. Only with no write asked ("se ce
    l'abbiamo in archivio, prenotala" stays a hypothetical), and the "se" close before the on-file words."""
    if any(find_any(tokens, CUES[intent]) is not None for intent in WRITE_INTENTS):
        return []
    found = []
    for at, _ in find_all(tokens, ON_FILE):
        k = next((k for k in range(at - 1, max(-1, at - 1 - _ON_FILE_IF_REACH), -1) if tokens[k] == "se"), None)
        if k is not None:
            found.append(k)
    return found


ROOM_CHECKED = _cues(_ROOM_CHECKED)


def room_checked(tokens: list[str]) -> list[int]:
    """Where the "se" of `ROOM_CHECKED` asks whether a job fits ("vedi se ci sta da qualche parte"): an indirect
    question, a read, no condition. Only with no write asked ("vedi se ci sta e prenotalo" stays a hypothetical)."""
    if any(find_any(tokens, CUES[intent]) is not None for intent in WRITE_INTENTS):
        return []
    return [at + said.index("se") for at, said in find_all(tokens, ROOM_CHECKED)]


_CHECK_VERBS = frozenset({"verifica", "verifichi", "verificare"})


def owner_checked(tokens: list[str]) -> list[int]:
    """Where a verb of checking ("verifica", also the courteous "mi verifica") asks for the owner said right after it
    ("mi verifica a chi appartiene una targa?", "verifica di chi è la GB 445 KT"): a look-up, no check the fast
    path has no tool for (a lone "verifica la pressione" stays refused); and the "chiama" of a name asked ("DW 352
    PC: è un cliente nostro? Come si chiama?"), no call to make ("chiamala" stays one)."""
    checked = [k for k, tok in enumerate(tokens)
               if tok in _CHECK_VERBS and any(at == k + 1 for at, _ in find_all(tokens, OWNER_CUES))]  # fmt: skip
    return checked + [at + 2 for at, _ in find_all(tokens, _NAME_ASKED)]


_NAME_ASKED = phrases("come si chiama", "come si chiamava", "come si chiamano")


OWNER_GUESSED_MAYBE = _cues(_OWNER_GUESSED_MAYBE)


def owner_guessed(tokens: list[str]) -> list[int]:
    """Where "potrebbe" asks the owner as a guess ("di chi potrebbe essere?", "a chi potrebbe appartenere la Porsche
    in cortile?"): a look-up, no hypothetical ("potrebbe" said of anything else stays one: "potrebbe venire
    venerdì")."""
    return [at + said.index("potrebbe") for at, said in find_all(tokens, OWNER_GUESSED_MAYBE)]


_WHICH_ASKED = frozenset({"quale", "qual", "quando"})


def first_free_guessed(tokens: list[str], *, question: bool = False) -> list[int]:
    """Where "sarebbe" asks which the first free day would be, right after its question word and next to the
    first free slot's words ("la prima data libera quale sarebbe?", set 36; "quale sarebbe il primo posto
    libero?"): the conditional of a polite question, no hypothetical. Only with no write asked ("prenota il
    primo buco, quale sarebbe?" stays refused), and anywhere else ("sarebbe meglio venerdì") it stays one. With
    the request written as a question, or with no plate said (`question`: nothing to write then), "ci sarebbe" right
    before the room's words asks for it the same way ("per giovedì 10, prima di pranzo, ci sarebbe un'ora da dedicare
    a una revisione?", set 45; "ci sarebbe un posto libero sabato?"); told of a plate ("ci sarebbe un posto libero
    venerdì per la AB 123 CD.") it stays a hypothetical."""
    if any(find_any(tokens, CUES[intent]) is not None for intent in ("book", "move", "cancel")):
        return []
    found = []
    for at, said in find_all(tokens, FIRST_FREE):
        end = at + len(said)
        if tokens[end : end + 1] and tokens[end] in _WHICH_ASKED and tokens[end + 1 : end + 2] == ["sarebbe"]:
            found.append(end + 1)  # "la prima data libera quale sarebbe?"
        k = at - 1 if at > 0 and tokens[at - 1] in ("la", "il", "l") else at
        if k >= 2 and tokens[k - 1] == "sarebbe" and tokens[k - 2] in _WHICH_ASKED:
            found.append(k - 1)  # "quale sarebbe il primo posto libero?"
    if question:
        for at, said in find_all(tokens, CUES["first_free_slot"]):
            if said[:2] == ("ci", "sarebbe"):
                found.append(at + 1)  # "ci sarebbe spazio per una ricarica del clima?"
            k = at - 1 if at > 0 and tokens[at - 1] in ("un", "una", "uno", "del", "dello", "qualche") else at
            if k >= 2 and tokens[k - 2 : k] in (["ci", "sarebbe"], ["ci", "sarebbero"]):
                found.append(k - 1)  # "ci sarebbe un'ora da dedicare a una revisione?"
    return found


_HOW_SOON = phrases("how soon", "how quickly", "how fast")


def soon_asked(tokens: list[str]) -> list[int]:
    """Where "could" asks how soon, right after "how soon" ("Brake pads: how soon could we actually get a set done,
    do you reckon?", set 46; "how quickly could you do an MOT?"): the first free slot asked, no hypothetical. Only
    with no write asked ("how soon could we book it, if he agrees" stays one)."""
    from engine.fastpath.dates import first_time  # local: dates imports nothing from here

    if any(find_any(tokens, CUES[intent]) is not None for intent in ("book", "move", "cancel")):
        return []
    if first_time(tokens)[0] is not None:
        return []  # "how soon could we get the Clio in at 9?": an hour said, a condition maybe (set 28)
    found = []
    for at, said in find_all(tokens, _HOW_SOON):
        could = at + len(said)
        if tokens[could : could + 1] != ["could"]:
            continue
        found.append(could)
        if tokens[could + 1 : could + 2] in (["we"], ["you"], ["they"]) and tokens[could + 2 : could + 3] in (
            ["actually"], ["realistically"]
        ):
            found.append(could + 2)  # "how soon could we actually …": a filler, no correction nor condition
    return found


_CUSTOMER_SUPPOSED = phrases(
    *(f"if {one} {rang}" for one in ("a customer", "some one", "somebody", "a client")
      for rang in ("rang", "called", "phoned", "rang up", "came in", "walked in", "turned up", "rings", "calls",
                   "phones", "comes in", "walks in", "turns up")),
    *(f"se {came} {one}" for came in ("chiamasse", "telefonasse", "arrivasse", "venisse", "entrasse")
      for one in ("un cliente", "una cliente", "qualcuno")),
    *(f"se {one} {came}" for one in ("un cliente", "una cliente", "qualcuno")
      for came in ("chiamasse", "telefonasse", "arrivasse", "venisse", "entrasse", "chiama", "telefona", "arriva")),
    # the job a supposed customer would want ("Se uno volesse fare la revisione giovedì 10 dicembre, di mattina, ce
    # la facciamo a trovargli posto?", set 47)
    *(f"se {one} {wanted}" for one in ("uno", "un cliente", "una cliente", "qualcuno")
      for wanted in ("volesse", "volesse fare", "dovesse fare", "avesse bisogno")),
)  # fmt: skip
"""A customer supposed to ring or come in, said first ("if a customer rang now …", "se chiamasse un cliente …"), see
`customer_supposed`."""


_WISHED = phrases("wanting", "who wants", "that wants", "che vuole", "che vorrebbe")
"""What the supposed customer would want ("wanting a new battery fitted"): the job, no booking ordered."""


def customer_supposed(tokens: list[str]) -> list[int]:
    """Where "if"/"se" only frames the first free slot as for a customer who might ring ("If a customer rang now
    wanting a new battery fitted, what's the soonest we could take the car?", set 38; "se chiamasse un cliente per le
    pastiglie, quando è il primo posto libero?"): a read of the diary, no condition on it. Only said first, with the
    first free slot asked and no write ("if a customer rings, book them Friday" stays a hypothetical); what the
    customer would want ("wanting a new battery") is the job asked of, and "we could take the car" the room asked,
    neither a booking."""
    # "ce la facciamo a trovargli posto?" (set 47): the room asked, its "facciamo" no booking
    asked = {k for at, said in find_all(tokens, PUT_IN_ASKED) for k in range(at, at + len(said))}
    for intent in ("book", "move", "cancel"):
        if any(said not in _WISHED and not (said == ("take",) and tokens[at - 1 : at] in (["could"], ["we"], ["can"]))
               and at not in asked
               for at, said in find_all(tokens, CUES[intent])):  # fmt: skip
            return []
    if find_any(tokens, CUES["first_free_slot"]) is None:
        return []
    return [0] if any(tuple(tokens[: len(said)]) == said for said in _CUSTOMER_SUPPOSED) else []


_NOT_NEEDED = phrases(*(f"non {whom}{needs}" for whom in ("", "gli ", "le ", "ci ")
                        for needs in ("serve", "serve piu", "servono", "servono piu")))  # fmt: skip
_WHY = frozenset({"tanto", "perche", "siccome", "dice", "dicono"})


def not_needed_after_cancel(tokens: list[str]) -> int | None:
    """Where why a cancelled job is not needed starts, said last after the cancellation ("togli la ricarica del
    clima della 500X, tanto d'inverno dice che non le serve", "togli l'appuntamento del Crafter, tanto la cliente
    non si è più fatta sentire"): "tanto", "perché" or "dice" after a cancellation's command, then a few words (no
    number, no other command) with "non" in them, ending the request. Else None: said before the command, or with
    anything after it ("… non le serve la revisione, prenota …"), it stays a negation."""
    cancel = find_any(tokens, CUES["cancel"])
    if cancel is None:
        return None
    ends = [at for at, said in find_all(tokens, _NOT_NEEDED) if at + len(said) == len(tokens)]
    if ends and cancel[0] < ends[0]:
        why = next((k for k in range(cancel[0] + len(cancel[1]), ends[0]) if tokens[k] in _WHY), None)
        if why is not None and ends[0] - why <= 5 and not any(any(c.isdigit() for c in t) for t in tokens[why : ends[0]]):
            return why
    return _why_cancelled(tokens, cancel[0] + len(cancel[1]))


_WHY_SAID_LAST = 10
"""At most so many words in the why said last after a cancellation ("tanto la cliente non si è più fatta sentire")."""


_CUSTOMER_SAID = frozenset({("il", "cliente"), ("la", "cliente")})
"""The customer, opening the why said last after a cancellation ("togli l'appuntamento di lunedì 14 alle 5, il
cliente si è scusato ma non viene"): told of, never named (a name may be the appointment's)."""


def _why_cancelled(tokens: list[str], after: int) -> int | None:
    """Where the why of a cancellation starts ("…, tanto la cliente non si è più fatta sentire", "…, perché il
    cliente non viene più"): "tanto" or "perché" after the command, then at most `_WHY_SAID_LAST` words ending the
    request, with "non" in them, no number, no command's cue and no service (so "…, perché non la sposti a lunedì"
    and "…, tanto non le serve il cambio olio" stay what they were); the last such start."""
    starts = [k for k in range(after, len(tokens))
              if tokens[k] in ("tanto", "perche", "siccome") or tuple(tokens[k : k + 2]) in _CUSTOMER_SAID]
    if not starts:
        return None
    why = starts[-1]
    said = tokens[why + 1 :]
    if not said or len(said) > _WHY_SAID_LAST or "non" not in said or any(any(c.isdigit() for c in t) for t in said):
        return None
    told = list(said)
    for at, reason in find_all(said, REASONS):  # "… ma non viene": the reason's "viene" no visit told (`COMES_BY_TOLD`)
        told[at : at + len(reason)] = ["_"] * len(reason)
    if any(find_any(told, cue_list) is not None for cue_list in CUES.values()) or find_services(said):
        return None  # "…, tanto non le serve il cambio olio": which job is meant, unclear
    return why


_UNREADABLE = phrases(
    "non si legge", "non si legge piu", "non si vede", "non si vede piu", "non si capisce", "non si leggono",
    "non si vedono", "non riesco a leggerla", "non riesco a leggere", "non la leggo", "non la vedo",
    "non la riesco a leggere",
)  # fmt: skip
_PLATE_WORDS = frozenset({"targa", "targhe", "numeri", "lettere"})
_GIVEN_UP = frozenset({"niente", "macche", "nada", "nulla"})
"""The reading given up on, said a few words before the plate's being unreadable: "niente, è tutta sporca, non si
legge"."""


def plate_unreadable(tokens: list[str]) -> list[tuple[int, int]]:
    """The spans of a plate said to be unreadable ("la targa è tutta sporca di fango e non si legge", "non si legge
    la targa"), with a reading given up on just before it ("niente, …"): why no plate is given, no negation of the
    request (the plate is then asked). Only with "targa" (or its numbers, letters) at most eight words before it or
    right after it."""
    spans = []
    for at, said in find_all(tokens, _UNREADABLE):
        end = at + len(said)
        before = set(tokens[max(0, at - 8) : at])
        after = tokens[end : end + 2]
        if _PLATE_WORDS & before or _PLATE_WORDS & set(after):
            spans.append((at, end))
            # "… aspetta che te la leggo... niente, è tutta sporca, non si legge" (set 35): given up on, no negation
            spans += [(k, k + 1) for k in range(max(0, at - 5), at) if tokens[k] in _GIVEN_UP]
    return spans


_ROOM_ASKED = frozenset({"squeeze", "fit", "slot"})
_DAY_WORDS_EN = frozenset({"today", "tomorrow", "morning", "afternoon", "evening", "next", "week"})
_FULL_ASKED = phrases("or are we", "or are you", "or is it", "or is the diary", "or are we too")


def _when_asked(tokens: list[str], k: int) -> bool:
    """Is "could we" at `k` asked right after "how soon" or "when" opening the request ("how soon could we get a car
    on the diagnostic machine?"): the first time free asked, a read, no condition ("if she can, could we …" and
    "could we get her in Friday" stay hypotheticals)."""
    before = tokens[max(0, k - 2) : k]
    return (before == ["how", "soon"] and k == 2) or (before[-1:] == ["when"] and k == 1)


_TAKEN_IN_ASKED = frozenset({"take", "book", "have", "get", "fit", "squeeze", "slot", "pop", "pencil", "put"})


def taken_in_time_to_come(tokens: list[str]) -> int:
    """How many words of "could we" open a booking asked (`tokens`: the request with what is said not to be known
    taken out, the time to come) ("Could we take the Izhmash Orbita, …, for a service on Friday the 8th of January?
    He'll ring back with a time", set 51): the request itself, asked politely, its time asked for (nothing written
    before it is given); no hypothetical. Else 0; the caller asks only when the time is the one to come ("could we
    get her in Friday at 9?" stays a hypothetical)."""
    return 2 if tokens[:2] == ["could", "we"] and tokens[2:3] and tokens[2] in _TAKEN_IN_ASKED else 0


def room_asked(tokens: list[str]) -> list[tuple[int, int]]:
    """The spans of the words that only frame a question of room in English: "could we" right before "squeeze",
    "fit" or "slot", or right after "how soon" or "when" opening the request (`_when_asked`), with no hour said ("could we squeeze a diagnostic in tomorrow afternoon?": asked, a read,
    no hypothetical; "could we fit her in at 9" stays one), and the alternative that there is none closing the
    question ("…, or are we chock-a-block?", "or is it full?": at most four words, no number, no day: no second
    option). Neither with an hour said: that asks for a booking, and a condition on it stays one."""
    from engine.fastpath.dates import WEEKDAYS  # local: dates imports nothing from here

    spans = []
    hour = any(t in ("at", "alle") and tokens[k + 1 : k + 2] and tokens[k + 1][:1].isdigit()
               for k, t in enumerate(tokens))  # fmt: skip
    for k in range(len(tokens) - 2):
        if tokens[k : k + 2] == ["could", "we"] and not hour and (tokens[k + 2] in _ROOM_ASKED or _when_asked(tokens, k)):
            spans.append((k, k + 2))
    for at, said in find_all(tokens, _FULL_ASKED):
        tail = tokens[at + len(said) :]
        plain = not any(t[:1].isdigit() or t in WEEKDAYS or t in _DAY_WORDS_EN for t in tail)
        if at > 0 and 1 <= len(tail) <= 4 and plain and not hour:
            spans.append((at, len(tokens)))
    return spans


def surname_opened_after_title(tokens: list[str]) -> list[int]:
    """The positions of a surname's first syllable heard as a word of its own right after an English title, when it
    is a blocker's word ("Mr Ma Strodiacomo" for Mastrogiacomo: no Italian "but"; "Mrs Se Rafini"): the name, so
    no blocker. Only before the rest of the name (a word of four letters or more that is no blocker's), and only
    after "Mr", "Mrs", "Ms", "Miss", never said before a negation or a condition."""
    single = frozenset(c[0] for cue_list in BLOCKERS.values() for c in cue_list if len(c) == 1)
    return [
        i for i in range(1, len(tokens) - 1)
        if tokens[i - 1] in TITLES_EN and tokens[i] in single and len(tokens[i + 1]) >= 4
        and tokens[i + 1].isalpha() and tokens[i + 1] not in single
    ]  # fmt: skip


def detect_blocker(tokens: list[str], *, question: bool = False, guessing: bool = False) -> str | None:
    """The reason a request is not for the fast path, or None; `question`: the request was written as one (or says
    no plate, so nothing to write: `first_free_guessed`). `guessing`: the request is to be read by the intent the
    counter's own sentences point to, its writes said back (`parser.parse(guess=True)`): the refusals that are only
    a word whisper or the counter drops into most requests (`liftable`) stand aside; a negated or conditional
    command, a still-to-decide, a price, a campaign never do."""
    tokens = list(tokens)
    for at in surname_opened_after_title(tokens):  # "Mr Ma Strodiacomo": a name, no "but"
        tokens[at] = "_"
    for start, end in plate_unreadable(tokens):  # "la targa … non si legge": why no plate, no negation
        tokens[start:end] = ["_"] * (end - start)
    for at, given in [*find_all(tokens, REASONS), *find_all(tokens, STILL_EXPECTED), *find_all(tokens, CAR_USE),
                      *find_all(tokens, NO_HURRY), *find_all(tokens, UNASKED),
                      *find_all(tokens, SCHEDULE_OF_DAY), *find_all(tokens, WORKS_SUMMARY),
                      *find_all(tokens, SINCE_WHEN), *find_all(tokens, HAD_SINCE),
                      *find_all(tokens, ON_THE_LINE), *find_all(tokens, WAITING_ON_THE_LINE),
                      *caller_on_the_phone(tokens), *find_all(tokens, CALLED_OFF), *find_all(tokens, NOTICE_TOLD)]:
        tokens[at : at + len(given)] = ["_"] * len(given)
    for start, end in room_asked(tokens):  # "could we squeeze …, or are we chock-a-block?": room asked
        tokens[start:end] = ["_"] * (end - start)
    for start, end in not_working_at(tokens):  # "la mattina non parte": the car's trouble, no negation
        tokens[start:end] = ["_"] * (end - start)
    for at in same_but(tokens):  # "stesso giorno, però spostale alle 4 e mezza": what changes, no condition
        tokens[at] = "_"
    every = all_of_it_cancelled(tokens)
    if every is not None:  # "la batteria nuova non serve più: cancella tutto": the job named, no undo
        tokens[every + 1] = "_"
    for at, given in find_all(tokens, _NOT_GOOD_ANY):
        told = _called_off_before(tokens, at) or at == job_dropped(tokens)  # why it is called off, told
        dropped = given in NOT_NEEDED_EN and _dropped_after(tokens, at + len(given))
        if told or dropped or _asked_at(tokens, at + len(given)) is not None:
            tokens[at : at + len(given)] = ["_"] * len(given)
    that = cancelled_that(tokens)
    if that is not None:  # "…won't make the oil change, so cancel that": the job named, no undo
        tokens[that + 1] = "_"
    for at in one_named_by_when(tokens):  # "annulla quello delle 4 di oggi": an appointment named, no undo
        tokens[at] = "_"
    for at in nothing_cancelled(tokens):  # "disdice: niente cambio gomme": the job called off, no negation
        tokens[at] = "_"
    for at in dropped_then_cancelled(tokens):  # "non la facciamo più, …: eliminala": why it is cancelled
        tokens[at] = "_"
    for start, end in day_reasons(tokens):  # "can't do Monday the 7th": the day that does not suit
        tokens[start:end] = ["_"] * (end - start)
    changed = day_changed(tokens)
    if changed is not None:  # "non più mercoledì 27 ma venerdì 18": a move by its two days, no negation
        for at in changed[1]:
            tokens[at] = "_"
    for polite in (polite_if(tokens), courtesy_before_command(tokens), day_kept(tokens)):
        if polite is not None:  # "…, Saturday morning if we can", "se riesci anticipala", "tienila pure, ma": no condition
            tokens[polite[0] : polite[1]] = ["_"] * (polite[1] - polite[0])
    unknown = not_known(tokens)
    if unknown is not None:
        tokens[unknown[1] : unknown[2]] = ["_"] * (unknown[2] - unknown[1])
    for at in ever_asked(tokens):  # "il tagliando l'ha mai fatto da noi?": ever, asked; no negation
        tokens[at] = "_"
    for at in owner_checked(tokens):  # "mi verifica a chi appartiene una targa?": its owner asked, a read
        tokens[at] = "_"
    for at in owner_guessed(tokens):  # "di chi potrebbe essere?": its owner asked as a guess, a read
        tokens[at] = "_"
    for at in which_customer_asked(tokens):  # "è di un nostro cliente, ma quale?": its owner asked, a read
        tokens[at] = "_"
    for at in on_file_asked(tokens):  # "mi verifichi se una targa ce l'abbiamo in archivio?": asked, a read
        tokens[at] = "_"
    for at in room_checked(tokens):  # "un tagliando lunedì dopo pranzo: vedi se ci sta": asked, a read
        tokens[at] = "_"
    for at in notice_by_message(tokens):  # "avvisa Lunardon per mail il giorno prima": a reminder, no call
        tokens[at] = "_"
    for at in notice_confirmed(tokens):  # "e avvisalo con un SMS di conferma": the confirmation, no call
        tokens[at] = "_"
    for at in first_free_guessed(tokens, question=question):  # "la prima data libera quale sarebbe?": asked politely, a read
        tokens[at] = "_"
    for at in customer_supposed(tokens):  # "if a customer rang now …, what's the soonest …?": a read
        tokens[at] = "_"
    for at in soon_asked(tokens):  # "how soon could we actually get a set done?": asked, a read
        tokens[at] = "_"
    for at in awaited_listed(tokens):  # "dimmi targhe e clienti che aspettiamo": the day's list, no campaign
        tokens[at] = "_"
    if find_any(tokens, STILL_TO_DECIDE) is not None:
        return "hypothetical"  # "prenota il tagliando venerdì alle 9, lo deve decidere il marito": may wait on it
    said = find_all(tokens, _CORRECTIONS)
    if any(i > 1 for i, _ in said) and not guessing:
        return "self_correction"
    if done_by_another(tokens):
        return "done_by_another"
    for reason, cue_list in BLOCKERS.items():
        if guessing:
            hits = [(at, hit) for at, hit in find_all(tokens, cue_list) if hit != ("or",)]
            if any(not liftable(reason, hit, tokens, at) for at, hit in hits):
                return reason
            continue
        found = find_any(tokens, cue_list)
        if found is None:
            continue
        if reason == "hypothetical" and found[1] == ("or",):
            continue  # "or" in English is handled as two options below
        return reason
    if guessing:
        return None  # two options: the one the examples point to is said back for a yes
    if find_any(tokens, _OR_SAID) is not None and _two_options(tokens):
        return "two_options"
    return None


_TELL_ME = frozenset({"dimmi", "dammi", "elencami", "leggimi", "mostrami", "fammi", "dicci", "dimmelo"})
_AWAITED = phrases(*(f"clienti che {wait}" for wait in ("aspettiamo", "aspetti", "aspettate", "attendiamo",
                                                         "arrivano", "vengono")))
_TELL_REACH = 5


def awaited_listed(tokens: list[str]) -> list[int]:
    """Where "clienti che aspettiamo" is the day's customers told to be listed ("Per venerdì 4 dicembre dimmi targhe e
    clienti che aspettiamo", set 50): a "dimmi" (or "dammi", "leggimi" …) within a few words before it, no message
    asked anywhere ("manda un sms ai clienti che aspettiamo domani" stays a campaign). Its "clienti", read past."""
    if any(t in _MESSAGE_SENT or t in TEXT_VERBS or t.startswith(("mand", "scriv", "avvis")) for t in tokens):
        return []
    return [at for at, _said in find_all(tokens, _AWAITED)
            if any(t in _TELL_ME for t in tokens[max(0, at - _TELL_REACH) : at])]


_LIFTABLE: dict[str, set[tuple[str, ...]]] = {
    # "e T245 mx" heard "se le fatta", "F 164 ai lunga" … "ma": whisper's letters, "anzi" a plate's N, "però" and
    # "sarebbe" a relayed request's own words ("stesso giorno, però spostale alle 4 e mezza")
    "hypothetical": {("se",), ("ma",), ("pero",), ("anzi",), ("sarebbe",), ("but",), ("actually",)},
    # the customer's state told ("giovedì 15 non può", "non ce la fa", "she can't make Tuesday"), "no, scusa"
    "negation": {("non",), ("no",), ("not",), *((verb, "t") for verb in (
        "can", "won", "isn", "aren", "wasn", "weren", "doesn", "didn", "hasn", "haven", "hadn", "couldn", "wouldn"))},
    "undo": {("cancella", "tutto")},  # "la batteria nuova non serve più: cancella tutto"
}
"""The blockers' words a request is still read past when guessing (`detect_blocker`): each seen in requests of the
tuned sets that asked for a job, none in one that asked for nothing (docs/PERFORMANCE.md, "Refusals read past by the
intent guess")."""
_NEGATED_COMMAND = re.compile(r"(?:[aei]re|rre)$|[aei]r(?:lo|la|li|le|gli|glie(?:lo|la|li|le)|ne|ci|mi|celo|cela|melo|mela)$")
"""The infinitive that, after "non", is a command given negated ("non lo spostare", "non cancellarlo"); "parla" is
no infinitive ("non parla italiano": the customer told of)."""
_NOT_INFINITIVES = frozenset({"parla", "parlo", "parli", "parle"})
_BEFORE_THE_VERB = frozenset({"lo", "la", "li", "le", "gli", "ci", "ne", "mi", "ti", "si", "glielo", "gliela", "glieli",
                              "gliele", "ce", "me", "te", "piu", "ancora", "mica", "proprio", "pure"})  # fmt: skip
_IF_EVENT = frozenset({"chiama", "richiama", "telefona", "viene", "arriva", "passa", "conferma", "vuole", "decide",
                       "accetta", "risponde", "dovesse", "serve"})  # fmt: skip
"""After "se": what the customer may yet do ("se chiama la Rossi, spostale il tagliando"), a condition kept."""


def liftable(reason: str, hit: tuple[str, ...], tokens: list[str], at: int) -> bool:
    """Whether a blocker's `hit` at `at` is a word a request is read past when guessing: one of `_LIFTABLE`, and
    neither "non" before an infinitive (a command negated: "non lo spostare") nor "se" before the customer's act."""
    if hit not in _LIFTABLE.get(reason, set()):
        return False
    if hit in (("non",), ("se",)):
        after = next((t for t in tokens[at + 1 :] if t not in _BEFORE_THE_VERB), "")
        if hit == ("non",) and _NEGATED_COMMAND.search(after) and after not in _NOT_INFINITIVES:
            return False
        if hit == ("se",) and after in _IF_EVENT:
            return False
    return True


_OTHERS = frozenset({"he", "she", "they"})
_WILL = phrases("ll", "will", "s going to", "is going to", "are going to", "re going to")
_ON_THE_WAY = frozenset({"just", "probably", "then", "also", "himself", "herself", "themselves"})
_OUR_ACTS = frozenset({"book", "stick", "pop", "put", "pencil", "fit", "squeeze", "slot", "move", "push",
                       "bump", "shift", "reschedule", "cancel", "scrap", "text", "send", "whatsapp", "email"})  # fmt: skip
"""The workshop's own acts on the diary and the messages; "bring", "get" or "drop off" said of the customer
("she'll bring it in on Friday") tell what the customer will do, and are left as they are."""


def done_by_another(tokens: list[str]) -> bool:
    """English: someone else's future act on the diary told, not asked ("He'll stick it down for its MOT on
    Friday", "she's going to book it in", "they'll text him"): the fast path does not do what a colleague said
    they will do ("we'll stick it down", "I'll book it", "you'll put it in" stay requests)."""
    for i, tok in enumerate(tokens):
        if tok not in _OTHERS:
            continue
        will = next((w for w in _WILL if tuple(tokens[i + 1 : i + 1 + len(w)]) == w), None)
        if will is None:
            continue
        k = i + 1 + len(will)
        while k < len(tokens) and tokens[k] in _ON_THE_WAY:
            k += 1
        if k < len(tokens) and tokens[k] in _OUR_ACTS:
            return True
    return False


def hesitation_o(tokens: list[str], i: int) -> bool:
    """Is the "o" at `i` a hesitation ("eh") between the job and its day, no choice: "un cambio olio o martedì
    primo dicembre alle 10" (a service right before it, a day right after, no other day before)? A request with it
    is said back whole (the parser's `careful`)."""
    from engine.fastpath.dates import WEEKDAYS  # local: dates imports nothing from here
    if tokens[i : i + 1] != ["o"] or i + 1 >= len(tokens) or tokens[i + 1] not in WEEKDAYS:
        return False
    if any(t in WEEKDAYS or t in ("oggi", "domani", "dopodomani") for t in tokens[:i]):
        return False  # "lunedì, la revisione o martedì": two days, a choice
    return any(m.end == i for m in find_services(tokens[:i]))


def hesitation_said(tokens: list[str]) -> bool:
    """Any "o" said as a hesitation between a job and its day (`hesitation_o`)."""
    return any(hesitation_o(tokens, i) for i, tok in enumerate(tokens) if tok == "o")


def _two_options(tokens: list[str]) -> bool:
    """ "martedì o mercoledì", "at 3 or 4": the person has not chosen yet."""
    from engine.fastpath.dates import WEEKDAYS  # local: dates imports nothing from here

    for i, tok in enumerate(tokens):
        if hesitation_o(tokens, i):
            continue  # "un cambio olio o martedì …": "eh", no choice
        if tok in ("or", "oppure", "o") and 0 < i < len(tokens) - 1 and tokens[i + 1] != "clock":
            left, right = tokens[i - 1], tokens[i + 1]
            if (left in WEEKDAYS or left.isdigit()) or (right in WEEKDAYS or right.isdigit()):
                return True
            if right in _OPTION_STARTS:
                return True  # "la Panda o la Punto", "domani o dopodomani"
            if tok != "o":
                return True
    return False


def cue_positions(tokens: list[str]) -> dict[str, int]:
    """For each intent, where its first cue is (intents not cued are absent)."""
    out: dict[str, int] = {}
    for intent, cue_list in CUES.items():
        hit = find_any(tokens, cue_list)
        if hit is not None:
            out[intent] = hit[0]
    return out


_CHANNEL_WORDS = ("email", "mail", "sms", "whatsapp", "messaggino")
_SEND_BEFORE_CHANNEL = frozenset({"manda", "mandi", "mandale", "mandagli", "mandala", "mandalo", "invia", "invii",
                                  "inviale", "inviagli", "spedisci"})  # fmt: skip
"""Said right before "per me": the message sent ("mandi per me la conferma"); with the message named before it
(`_MESSAGE_NAMED`: "conferma per me la prenotazione") it is as well — "per mail" is what whisper writes so (set 30's
"Conferma per me e la la signora …", sent on WhatsApp for an email), so the channel is asked."""
_BEFORE_CHANNEL = frozenset({"per", "via", "su", "tramite", "con", "by", "on"})
_CHANNEL_HALVES = frozenset(phrase[0] for phrase in CHANNELS if len(phrase) > 1 and phrase[0] not in _BEFORE_CHANNEL)
"""The first word of a channel said in two ("ozza app"): heard alone, the channel was not."""


def channel_unheard(tokens: list[str], known: frozenset[str]) -> bool:
    """A word the parser does not know, said where a channel goes ("per Emeil", "via uozzap") and
    sounding like one, or run into its preposition ("peremaen"), or two short words there that together sound like
    one ("per me il"), or any word no table knows after "su" ("su uozza pala …"), or a channel's first half alone
    ("su ozza alla …"): the channel was said but not heard, so it must be asked, never defaulted."""
    if _named_before_message(tokens, known):
        return True
    for i, (before, word) in enumerate(pairwise(["", *tokens])):
        after = tokens[i + 1] if i + 1 < len(tokens) else ""
        if before in _BEFORE_CHANNEL and len(word) <= 3 and 0 < len(after) <= 3 and _sounds_like_channel(word + after):
            return True  # cut in two known words ("per mail a Rossi" heard "per me il a Rossi")
        if before == "per" and word == "me" and i >= 2 and tokens[i - 2] in _SEND_BEFORE_CHANNEL | _MESSAGE_NAMED:
            return True  # "mandi per me la conferma", "la conferma per me e …": "per mail" heard so, or "for me"
        if before == "su" and not word.isdigit() and (word not in known or word in _CHANNEL_HALVES):
            return True  # "su ozza alla Fumagalli", "su uozza pala …": "su" opens a channel, none was heard
        if word in known or word.isdigit():
            continue
        # the preposition said apart ("per emael") or run into the word ("peremaen")
        glued = next((word[len(p) :] for p in _BEFORE_CHANNEL if word.startswith(p)), "")
        heard = [word] if before in _BEFORE_CHANNEL else []
        if any(len(w) >= 3 and _sounds_like_channel(w) for w in [*heard, glued]):
            return True
    return False


_MESSAGE_NAMED = frozenset({"conferma", "promemoria"})


def _named_before_message(tokens: list[str], known: frozenset[str]) -> bool:
    """ "Manda una semia ece di conferma": between the message's article and "di conferma"/"di promemoria" only
    words no table knows, where Italian names the channel ("un SMS di conferma", "una mail di promemoria"): it was
    said but not heard (set 26, over noise), so it is asked, never defaulted to WhatsApp."""
    for i, tok in enumerate(tokens):
        if tok not in ("un", "una"):
            continue
        for n in (1, 2):
            said = tokens[i + 1 : i + 1 + n]
            tail = tokens[i + 1 + n : i + 3 + n]
            if len(said) == n and len(tail) == 2 and tail[0] == "di" and tail[1] in _MESSAGE_NAMED:
                return all(w.isalpha() and w not in known for w in said)
    return False


def _sounds_like_channel(word: str) -> bool:
    return any(SequenceMatcher(None, word, name).ratio() >= 0.6 for name in _CHANNEL_WORDS)


_TEXTED = frozenset({"him", "her", "them", "mr", "mrs", "ms", "miss", "the", "customer", "client", "owner"})
"""Said after "text", the person texted: "text" is the verb, and the channel an SMS ("Text Mrs Rossi a reminder")."""


_SAID_AS_A_MESSAGE = frozenset({("messaggino",), ("a", "text"), ("text", "message")})
"""Words for a short message that name the SMS only when no channel is named besides: "un messaggino di conferma su
WhatsApp" (set 47, blind: sent as an SMS, the first channel word said winning) and "send her a text on WhatsApp" are
WhatsApp's."""


def find_channel(tokens: list[str]) -> str | None:
    """whatsapp / sms / email if a channel is named (a word for any short message, `_SAID_AS_A_MESSAGE`, only when
    no other is); else an SMS when "text" is said as the verb ("text her …", "Text Mrs Rossi a reminder"): "text her
    on WhatsApp" is a WhatsApp."""
    weak: str | None = None
    for i, _tok in enumerate(tokens):
        for phrase, channel in CHANNELS.items():
            if tuple(tokens[i : i + len(phrase)]) == phrase:
                if phrase not in _SAID_AS_A_MESSAGE:
                    return channel
                weak = weak or channel
    if weak is not None:
        return weak
    if tokens[:1] == ["text"] or any(t == "text" and nxt in _TEXTED for t, nxt in pairwise(tokens)):
        return "sms"
    return None


_LACKS = phrases("non ce l ha", "non ce lo ha", "non ce l hanno", "non lo usa", "non la usa", "non lo ha",
                 "non la ha", "non l ha")  # fmt: skip
_LACKS_OPEN = phrases("non ha", "non ha il", "non ha la", "non usa", "non usa il", "non usa la")


def channel_lacking(tokens: list[str]) -> tuple[int, int] | None:
    """ "Il WhatsApp non ce l'ha: mandagli un SMS di conferma", "non ha la mail, mandale un SMS": the channel the
    customer lacks, told as why another is named; its span (channel and negation), only when another channel is
    named after it (a channel lacked and nothing else leaves the negation to the model)."""
    for i in range(len(tokens)):
        for phrase, lacked in CHANNELS.items():
            n = len(phrase)
            if tuple(tokens[i : i + n]) != phrase:
                continue
            span = None
            after = find_any(tokens[i + n : i + n + 5], _LACKS)
            if after is not None and after[0] == 0:
                span = (i - (tokens[i - 1 : i] in (["il"], ["la"], ["l"])), i + n + len(after[1]))
            for opener in _LACKS_OPEN:
                k = i - len(opener)
                if k >= 0 and tuple(tokens[k:i]) == opener:
                    span = (k, i + n)
            if span is not None:
                other = find_channel(tokens[span[1] :])
                return span if other is not None and other != lacked else None
    return None


READING_ASIDE = _cues(
    " | ".join(
        f"{wait}{neg} {it}{read}{well}"
        for wait in ("", "aspetta che ", "aspetta ", "un attimo che ")
        for neg, it in (("non", "la "), ("non", "lo "), ("non", "si "), ("non", "ci "))
        for read in ("leggo", "vedo", "legge", "vede")
        for well in ("", " bene")
    )
)
""""Di chi è... aspetta che non la leggo bene... EY 283 BJ": the plate not read at once, said while reading it; the
plate said after it, no negation of the request."""

PLATE_PAPERS = frozenset({"foglio", "foglietto", "biglietto", "quaderno", "libretto", "documento", "circolazione"})
"""The papers a plate is read from while it is asked of (`PLATE_BEING_READ`): known words (`vocabulary.known_words`),
so "foglio" is never put back as "figlio"."""
PLATE_BEING_READ = _cues(
    " | ".join(
        f"{wait} {it}{read}{where}"
        for wait in ("aspetta che", "aspetti che", "un attimo che", "un secondo che")
        for it in ("la ", "te la ", "ve la ")
        for read in ("leggo", "guardo", "prendo", "cerco", "trovo", "dico", "detto", "ritrovo", "recupero", "rileggo")
        for where in ("", " dal libretto", " sul libretto", " dalla carta", " dal documento", " dal libretto di circolazione",
                      # written down somewhere ("aspetta che la ritrovo sul foglio", set 30)
                      *(f" {on} {paper}" for on in ("sul", "dal", "nel")
                        for paper in ("foglio", "foglietto", "biglietto", "quaderno", "bloc notes", "telefono")))
    )
    + " | "
    # or the paper it is written on fetched ("Aspetta che prendo il foglio dove ho scritto la targa", set 51)
    + " | ".join(
        f"{wait} {fetch} {paper}{written}"
        for wait in ("aspetta che", "aspetti che", "un attimo che", "un secondo che")
        for fetch in ("prendo", "cerco", "trovo", "ritrovo", "recupero", "guardo")
        for paper in ("il foglio", "il foglietto", "il biglietto", "il quaderno", "il bloc notes", "il libretto",
                      "la carta", "il documento", "il libretto di circolazione")
        for written in ("", " dove ho scritto la targa", " dove l ho scritta", " dove ce l ho scritta",
                        " dove ho segnato la targa", " dove l ho segnata", " con la targa", " della targa")
    )
    + " | "
    # or gone to read off the car ("Aspetta che scendo a leggerla", set 52; "un attimo che vado a vedere la targa")
    + " | ".join(
        f"{wait}{go} a {read}"
        for wait in ("aspetta che ", "aspetti che ", "un attimo che ", "un secondo che ", "adesso ", "ora ", "")
        for go in ("scendo", "vado", "esco", "corro", "passo")
        for read in ("leggerla", "leggere la targa", "vederla", "vedere la targa", "guardarla", "guardare la targa",
                     "prenderla", "prendere la targa", "copiarla", "copiare la targa", "segnarla", "segnare la targa")
    )
)
""""Mi guardi di chi è una targa? Aspetta che la leggo dal libretto.": the plate about to be read out, said while
fetching it; no waiting to do (no "aspetta" refused), the plate is asked for when it is not said after it."""


_OWN_ENGAGEMENT = frozenset({"deve", "devo", "dobbiamo", "devono", "ha", "hanno", "lavora", "entra", "attacca", "parte"})
_AT_TIME = frozenset({"alle", "all", "verso", "dalle"})
_OWN_DAY = frozenset({"oggi", "domani", "dopodomani", "stamattina", "domattina", "stasera"})
_PARTS_OF_DAY = frozenset({"mattina", "pomeriggio", "sera"})
_AWAY_AT = frozenset({"a", "in", "fuori", "via", "al", "dal"})
"""After "è" ("che domani è a Milano", "è fuori", "è in ferie"): the customer away, no "and"."""


_NOT_FORGOTTEN = _cues(" | ".join(
    f"{so} {it} {forgets}"
    for so in ("cosi", "cosi che", "che", "almeno")
    for it in ("non se lo", "non se la", "non se ne", "non si", "non lo", "non la", "non se li", "non se le")
    for forgets in ("scorda", "scordi", "dimentichi")  # "dimentica" reaches here as "domenica" (`heard_tokens`)
) + " | per non scordarselo | per non scordarsela | per non dimenticarselo | per non dimenticarsela | "
    "cosi se lo ricorda | cosi se la ricorda | cosi se ne ricorda | cosi si ricorda | so he doesn t forget | "
    "so she doesn t forget | so they don t forget | "
    # or as sure to forget ("Poi un promemoria, che se lo dimentica di sicuro", set 50: "dimentica" heard
    # "domenica", "sicuro" "scuro" by `heard_tokens`), only said last
    + " | ".join(f"{so} {it} {forgets}{sure}" for so in ("che", "tanto", "perche")
                 for it in ("se lo", "se la", "se ne", "si") for forgets in ("scorda", "domenica")
                 for sure in ("", " di sicuro", " di scuro", " sicuro", " scuro", " sempre", " sicuramente"))
    # or told absent-minded ("E mettigli anche un avviso il giorno prima, che è distratto", set 51)
    + " | "
    + " | ".join(f"{so} {is_}{absent}" for so in ("che", "tanto", "perche", "cosi")
                 for is_ in ("e ", "e un po ", "e sempre ", "e molto ", "e parecchio ")
                 for absent in ("distratto", "distratta", "smemorato", "smemorata", "sbadato", "sbadata")))
"""Why a reminder is sent, said last ("…, e fagli arrivare un SMS la sera prima così non se lo scorda", set 40)."""


_FORGETFUL = _cues(
    "si scorda sempre tutto | si scorda sempre | si scorda tutto | se lo scorda sempre | se la scorda sempre | "
    "se ne scorda sempre | si scorda di tutto"
)
"""The customer told forgetful, why a reminder is wanted ("Ciavarella si scorda sempre tutto: la sera prima della
revisione …, alle 7 mandagli un WhatsApp", set 49)."""
_FORGETFUL_REACH = 2
"""How many words (the customer's name) may come before `_FORGETFUL` opening the request."""


def forgetful_first(tokens: list[str]) -> tuple[int, int] | None:
    """The span of why a reminder is sent said first, the customer told forgetful (`_FORGETFUL`, only the name
    before it), with a message or a reminder's word said after it: no words of the request; else None
    ("si scorda sempre tutto, spostagli il tagliando" keeps its words)."""
    hit = find_any(tokens, _FORGETFUL)
    if hit is None or hit[0] > _FORGETFUL_REACH:
        return None
    end = hit[0] + len(hit[1])
    after = tokens[end:]
    messaged = find_channel(after) is not None or any(t.startswith(("promemor", "ricord", "remind")) for t in after)
    return (hit[0], end) if messaged else None


_FORGOTTEN_WORDS = frozenset({"le", "la", "il", "lo", "l", "i", "gli", "di", "del", "della", "dell", "dello", "dei",
                              "delle", "sua", "suo", "sue", "suoi", "appuntamento", "orario", "ora", "giorno", "data",
                              "prenotazione", "venire", "passare", "portarla", "portarlo", "portare", "macchina",
                              "auto", "macchine", "the", "his", "her", "their", "appointment", "booking", "to", "come",
                              "in", "bring", "it", "car"})  # fmt: skip
"""The words of what the customer is not to forget ("… così non si scorda le gomme", "che non si dimentichi
dell'appuntamento", "so he doesn't forget to come in"), besides the job's own words."""
_FORGOTTEN_REACH = 4


def _forgotten_thing(tail: list[str]) -> bool:
    """Whether `tail`, said after the customer's not forgetting, is nothing or what is not to be forgotten (a few of
    `_FORGOTTEN_WORDS` and a job's name: "le gomme", "il tagliando"), no request of its own."""
    if len(tail) > _FORGOTTEN_REACH:
        return False
    named = {k for m in find_services(tail) for k in range(m.start, m.end)}
    return all(t in _FORGOTTEN_WORDS or k in named for k, t in enumerate(tail))


def reminder_why_after(tokens: list[str]) -> int | None:
    """Where why a reminder is sent (`_NOT_FORGOTTEN`) starts, said last after the message and its channel or
    reminder's word ("… un SMS la sera prima così non se lo scorda", "… ricordaglielo su WhatsApp, che non se lo
    dimentichi"): no negation of the request, no words of it; else None. Anywhere else ("così non se lo scorda:
    spostagli il tagliando") it stays what it is."""
    hit = find_any(tokens, _NOT_FORGOTTEN)
    if hit is None or not _forgotten_thing(tokens[hit[0] + len(hit[1]) :]):
        return None
    before = tokens[: hit[0]]
    messaged = find_channel(before) is not None or any(
        t.startswith(("promemor", "ricord", "remind")) or t == "avviso" for t in before
    )
    return hit[0] if messaged else None


def own_time_after(tokens: list[str]) -> int | None:
    """ "…, segnami il tagliando venerdì alle 8 e mezza, che alle 9 deve essere a Bergamo": where the customer's own
    engagement, said last as why ("che alle 9 deve …", "che alle 10 attacca a lavorare", "che domani è a Milano"),
    starts; its hour or day is no time or day of the request (with none said before it, the time is asked). Only at
    the end of the request, with no cue of anything to do in it (else None)."""
    from engine.fastpath.dates import WEEKDAYS  # local: dates imports nothing from here
    from engine.fastpath.numbers import word_to_number

    for at in range(1, len(tokens) - 2):
        if tokens[at] != "che":
            continue
        if tokens[at + 1] in WEEKDAYS or tokens[at + 1] in _OWN_DAY:
            # "…, che domani è a Milano per lavoro", "che venerdì mattina lavora": the customer's own day
            k = at + 2 + (tokens[at + 2] in _PARTS_OF_DAY)
            away = tokens[k : k + 1] == ["e"] and tokens[k + 1 : k + 2] and tokens[k + 1] in _AWAY_AT
            if k >= len(tokens) or (tokens[k] not in _OWN_ENGAGEMENT and not away):
                continue
        else:
            if tokens[at + 1] not in _AT_TIME:
                continue
            hour = tokens[at + 2]
            if not (hour.isdigit() or word_to_number(hour) is not None):
                continue
            k = at + 3
            while k < len(tokens) and k - at < 6 and tokens[k] in ("e", "mezza", "mezzo", "un", "quarto"):
                k += 1
            if k >= len(tokens) or tokens[k] not in _OWN_ENGAGEMENT:
                continue
        rest = tokens[at:]
        if any(find_any(rest, cue_list) is not None for cue_list in (*CUES.values(), SEND_VERBS, REMINDER_VERBS)):
            return None
        return at  # with no hour of the request said before it, the hour is asked
    return None


# Phrase lists joined once: normalize indexes a phrase list by the list object, so one joined anew on every call
# was indexed anew on every call (0.7 MB a request, never freed).
_NOT_KNOWN_SAID = [*_NOT_KNOWN_VERBS, *SEEN_LATER]
_POLITE_SAID = POLITE_IFS + NOT_FORGOTTEN
_REASONS_ANY = [*REASONS, *SHORT_REASONS]
_OFF_BEFORE_PUT = [*REASONS, *SHORT_REASONS, *NO_GOOD, *COME_ANOTHER_TIME]
_EVER_ASKED = EVER_DONE + _cues(_DONE_BY_US) + _cues(_BEEN_HERE)
_NOT_GOOD_ANY = [*SHORT_REASONS, *NO_GOOD, *NOT_NEEDED_EN]
_OR_SAID = phrases("or", "oppure", "o")
