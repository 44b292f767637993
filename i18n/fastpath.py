"""The offline fast path's spoken answers, Italian and English: one table, filled from tool results.

Dates and times in them come from i18n.dates (spoken style: "mercoledì 2 dicembre alle 8:30")."""

from __future__ import annotations

import logging
from datetime import date, datetime
from typing import Any

from i18n.dates import at_time, spoken_day, when

_LOGGER = logging.getLogger(__name__)

CHANNELS = ("whatsapp", "sms", "email")
"""The channels a message goes by (their spoken names: `channel_name`)."""
_CHANNELS = {
    "it": {"whatsapp": "WhatsApp", "sms": "SMS", "email": "email"},
    "en": {"whatsapp": "WhatsApp", "sms": "text message", "email": "email"},
}
# Stored colours are Italian and masculine; a car ("la Panda") is feminine.
_COLOUR_IT_F = {"grigio": "grigia", "bianco": "bianca", "nero": "nera", "rosso": "rossa", "azzurro": "azzurra",
                "giallo": "gialla", "argentato": "argentata"}  # fmt: skip
_COLOUR_EN = {"grigio": "grey", "bianco": "white", "nero": "black", "rosso": "red", "blu": "blue",
              "azzurro": "light blue", "verde": "green", "giallo": "yellow", "argento": "silver",
              "arancione": "orange", "marrone": "brown", "beige": "beige", "viola": "purple",
              "bordeaux": "burgundy", "indaco": "indigo", "lilla": "lilac", "oro": "gold", "bronzo": "bronze",
              "avorio": "ivory", "antracite": "anthracite", "rame": "copper", "grafite": "graphite",
              "champagne": "champagne", "celeste": "sky blue", "rosa": "pink", "turchese": "turquoise",
              "sabbia": "sand", "crema": "cream", "panna": "cream", "vinaccia": "wine red"}  # fmt: skip
"""A stored colour in English; a shade on file ("blu pavone", "rosso amaranto") is said by its plain colour."""

TEXTS: dict[str, dict[str, str]] = {
    "booked": {
        "it": "Fatto: {service} per {vehicle}{owner}, {when}.",
        "en": "Done: {service} for {vehicle}{owner}, {when}.",
    },
    "booked_that_day": {
        "it": "È già prenotato: {service} per {vehicle}{owner}, {when}.",
        "en": "It's already booked: {service} for {vehicle}{owner}, {when}.",
    },
    "booked_replayed": {
        "it": "Era già prenotato: {service} per {vehicle}, {when}.",
        "en": "That was already booked: {service} for {vehicle}, {when}.",
    },
    "confirmation_sent": {"it": "Conferma {channel} inviata.", "en": "{channel} confirmation sent."},
    # after a confirmation or reminder asked on its own: the appointment it is about
    "message_about": {
        "it": "Riguarda: {service} per {vehicle}, {when}.",
        "en": "That's for {service} on {vehicle}, {when}.",
    },
    "confirmation_queued": {
        "it": "Conferma {channel} in coda.",
        "en": "{channel} confirmation queued.",
    },
    "reminder_set": {"it": "Promemoria {channel} {when}.", "en": "{channel} reminder {when}."},
    "reminder_set_now": {"it": "Promemoria {channel} in partenza subito.", "en": "{channel} reminder going out now."},
    "message_failed": {
        "it": "Non sono riuscito a mandare il messaggio {channel}: {why}",
        "en": "I could not send the {channel} message: {why}",
    },
    "reminder_failed": {
        "it": "Non sono riuscito a programmare il promemoria: {why}",
        "en": "I could not schedule the reminder: {why}",
    },
    "slot_taken": {
        "it": "{when} è già occupato. C'è posto {alternatives}.",
        "en": "{when} is already taken. There's room {alternatives}.",
    },
    "slot_taken_none": {
        "it": "{when} è già occupato e non vedo alternative vicine: dimmi un altro giorno o un'altra ora.",
        "en": "{when} is already taken and I see no close alternatives: tell me another day or time.",
    },
    # the answer to the times offered (engine.fastpath.front.FastPath._take_offer) named none of them
    "offer_which": {"it": "Quale preferisci: {alternatives}?", "en": "Which would you like: {alternatives}?"},
    "offer_other": {"it": "Dimmi un altro giorno o un'altra ora.", "en": "Tell me another day or time."},
    # a bare yes or no with no question open, offline (engine.fastpath.front.FastPath.handle)
    # an answer to the fast path's question heard as no words at all: the question again (FastPath._not_caught)
    "not_caught_again": {"it": "Non ho capito. {question}", "en": "I didn't catch that. {question}"},
    "nothing_open": {
        "it": "Non ho niente in sospeso da confermare: dimmi cosa devo fare.",
        "en": "There's nothing waiting for a yes: tell me what to do.",
    },
    "outside_hours": {
        "it": "{when} è fuori orario. C'è posto {alternatives}.",
        "en": "{when} is outside working hours. There's room {alternatives}.",
    },
    "closed_day": {
        "it": "{when} siamo chiusi: è un giorno di chiusura o di ferie. C'è posto {alternatives}.",
        "en": "{when} we're closed, a holiday or staff leave. There's room {alternatives}.",
    },
    "off_grid": {
        "it": "{when} non è un orario d'inizio. C'è posto {alternatives}.",
        "en": "{when} isn't a start time. There's room {alternatives}.",
    },
    "date_in_past": {
        "it": "Quella data è già passata: dimmi un altro giorno.",
        "en": "That date is already past: tell me another day.",
    },
    "no_slots": {
        "it": "Non ci sono posti liberi per {service} {range}.",
        "en": "There are no free slots for {service} {range}.",
    },
    "for_vehicle": {"it": ", per {vehicle}{owner}", "en": ", for {vehicle}{owner}"},
    "no_slots_then": {
        "it": "Non ci sono posti liberi per {service} {range}. C'è posto {alternatives}.",
        "en": "There are no free slots for {service} {range}. There's room {alternatives}.",
    },
    "first_free": {
        "it": "Il primo posto libero per {service} è {when}.",
        "en": "The first free slot for {service} is {when}.",
    },
    "first_free_for": {
        "it": "Il primo posto libero per {service}, per {vehicle}{owner}, è {when}.",
        "en": "The first free slot for {service}, for {vehicle}{owner}, is {when}.",
    },
    "vehicle_not_found": {
        "it": "Non trovo nessun veicolo {what}. Puoi ripetere la targa lettera per lettera?",
        "en": "I can't find any vehicle {what}. Could you spell the plate?",
    },
    "plate_owner": {
        "it": "La {plate} è {vehicle} di {owner}.",
        "en": "{plate} is {vehicle}, owned by {owner}.",
    },
    "plate_owner_fuzzy": {
        "it": "Non trovo la {heard}; la più simile è la {plate}, {vehicle} di {owner}.",
        "en": "I can't find {heard}; the closest is {plate}, {vehicle}, owned by {owner}.",
    },
    "plate_owner_likely": {
        "it": "Credo sia la {plate}: {vehicle} di {owner}.",
        "en": "Probably {plate}: {vehicle}, owned by {owner}.",
    },
    "history_last": {
        "it": "Per la {plate}, {service}: l'ultima volta {when}.",
        "en": "On {plate}, the last {service} was {when}.",
    },
    "history_km": {
        "it": "Per la {plate}, {service} di {when}: {km} chilometri.",
        "en": "On {plate}, {service} on {when}: {km} km.",
    },
    "history_km_unknown": {
        "it": "Per la {plate}, {service} di {when}: i chilometri non sono stati registrati.",
        "en": "On {plate}, {service} on {when}: the mileage was not recorded.",
    },
    "history_none": {
        "it": "Per la {plate} non risultano interventi di {service}.",
        "en": "There is no {service} on record for {plate}.",
    },
    "history_none_near": {
        "it": "Per la {plate} non risultano interventi di {service}; l'ultimo intervento simile: {other}, {when}.",
        "en": "There is no {service} on record for {plate}; the nearest is {other}, on {when}.",
    },
    "history_list": {
        "it": "Ultimi interventi della {plate}: {items}.",
        "en": "Latest work on {plate}: {items}.",
    },
    "history_empty": {
        "it": "Per la {plate} non ci sono interventi registrati.",
        "en": "There is no work on record for {plate}.",
    },
    # a car's next visit asked of (engine.fastpath.handlers.lookups.vehicle_appointments)
    "vehicle_next_one": {
        "it": "{vehicle} ha appuntamento {when}: {service}.",
        "en": "{vehicle} is booked in {when}: {service}.",
    },
    "vehicle_next_list": {
        "it": "{vehicle} ha {count} appuntamenti in programma: {items}.",
        "en": "{vehicle} has {count} appointments coming up: {items}.",
    },
    "vehicle_next_first": {
        "it": "{vehicle} ha {count} appuntamenti in programma; i primi: {items}. Gli altri sono sullo schermo.",
        "en": "{vehicle} has {count} appointments coming up; the first: {items}. The rest are on screen.",
    },
    "vehicle_next_none": {
        "it": "{vehicle} non ha nessun appuntamento in programma.",
        "en": "{vehicle} has no appointment coming up.",
    },
    "vehicle_next_none_last": {
        "it": "{vehicle} non ha nessun appuntamento in programma; l'ultima volta è venuta {when}, per {service}.",
        "en": "{vehicle} has no appointment coming up; it last came in on {when}, for {service}.",
    },
    # a customer's cars asked of (engine.fastpath.handlers.lookups.customer_vehicles)
    "customer_cars": {"it": "{owner} ha {cars}.", "en": "{owner} has {cars}."},
    "customer_no_cars": {
        "it": "{owner} non ha veicoli in archivio.",
        "en": "{owner} has no vehicles on file.",
    },
    "customers_cars": {
        "it": "Ci sono {count} clienti {name}: {items}.",
        "en": "There are {count} customers called {name}: {items}.",
    },
    "customer_cars_item": {"it": "{owner}, con {cars}", "en": "{owner}, with {cars}"},
    "customer_no_cars_item": {"it": "{owner}, senza veicoli", "en": "{owner}, with no vehicles"},
    "customers_many": {
        "it": "Ci sono tanti clienti {name}: mi dici nome e cognome?",
        "en": "There are many customers called {name}: what's the full name?",
    },
    "customer_not_found": {
        "it": "Non trovo clienti con quel nome ({name}).",
        "en": "I can't find a customer called {name}.",
    },
    "day_none": {"it": "{day} non ci sono appuntamenti.", "en": "{day} there are no appointments."},
    "day_closed": {
        "it": "{day} siamo chiusi: non ci sono appuntamenti.",
        "en": "{day} we're closed, so there are no appointments.",
    },
    # the part of the day asked, said with the day: the count is of that part only ("oggi pomeriggio")
    "day_part_morning": {"it": "{day} mattina", "en": "{day} in the morning"},
    "day_part_afternoon": {"it": "{day} pomeriggio", "en": "{day} in the afternoon"},
    "day_part_today_morning": {"it": "stamattina", "en": "this morning"},
    "day_part_today_afternoon": {"it": "oggi pomeriggio", "en": "this afternoon"},
    "day_list": {
        "it": "{day} ci sono {count} appuntamenti: {items}.",
        "en": "{day} there are {count} appointments: {items}.",
    },
    "day_one": {
        "it": "{day} c'è un appuntamento: {items}.",
        "en": "{day} there is one appointment: {items}.",
    },
    # A busy day: the first few are read, the card on screen lists them all.
    "day_many": {
        "it": "{day} ci sono {count} appuntamenti; i primi: {items}. Gli altri sono sullo schermo.",
        "en": "{day} there are {count} appointments; the first: {items}. The others are on the screen.",
    },
    "no_appointment": {
        "it": "Non trovo appuntamenti in programma {what}.",
        "en": "I can't find any upcoming appointment {what}.",
    },
    "moved": {
        "it": "Spostato: {service} per {vehicle} ora è {when}.",
        "en": "Moved: {service} for {vehicle} is now {when}.",
    },
    # a write said back whole for a yes when what was heard is not sure (engine.fastpath.context.Context.write)
    "say_back": {"it": "{lead} {action}. Confermi?", "en": "{lead} {action}. Shall I?"},
    "say_back_noisy": {"it": "C'è rumore, ripeto.", "en": "It's noisy here, so let me check."},
    "say_back_focus": {"it": "Sempre per la stessa auto.", "en": "Still the same vehicle."},
    "say_back_no_time": {
        "it": "Non hai detto l'ora: il primo posto libero è questo.",
        "en": "You didn't say a time, so here is the first free one.",
    },
    "say_back_same_time": {
        "it": "Non hai detto l'ora: tengo la stessa.",
        "en": "You didn't say a time, so I kept the same one.",
    },
    "say_back_rosa_red": {"it": "Ho inteso rossa, non Rosa.", "en": "I took it as red, not Rosa."},
    "say_back_twin": {"it": "In archivio c'è anche la {twin}.", "en": "There's also {twin} on file."},
    "say_back_model": {"it": "Il modello non l'ho capito.", "en": "I didn't catch the model."},
    "say_back_vehicle": {"it": "Non sono sicuro della targa.", "en": "I'm not sure of the plate."},
    "say_back_described": {
        "it": "La targa non l'hai detta: in archivio c'è solo questa.",
        "en": "You didn't give the plate: this is the only one on file.",
    },
    "say_back_booked": {
        "it": "La targa non l'hai detta: è il veicolo prenotato quel giorno.",
        "en": "You didn't give the plate: it's the vehicle booked that day.",
    },
    "say_back_already_booked": {
        "it": "C'è già un appuntamento di {service} {when}: questo è un altro.",
        "en": "There's already a {service} booked {when}: this is another one.",
    },
    "say_back_owner": {
        "it": "Il nome che ho sentito non è quello del proprietario.",
        "en": "The name I heard isn't the owner's.",
    },
    "say_back_later_week": {
        "it": "Quel giorno non c'è: è quello della settimana dopo.",
        "en": "There's none that day: it's the one the week after.",
    },
    # a move, cancel or message for a job the vehicle has not booked: its one appointment, of another job
    "say_back_other_service": {
        "it": "Di {service} non ce n'è in programma: ha solo questo appuntamento.",
        "en": "There's no {service} booked: this is its only appointment.",
    },
    "say_back_asked": {"it": "Si può fare.", "en": "That can be done."},
    # a booking said without a verb that might tell of the one booked ("…: le pastiglie giovedì alle 4")
    "say_back_verbless": {"it": "La prendo come una nuova prenotazione.", "en": "I'm taking it as a new booking."},
    # a move said without its verb ("the Arona, FT 063 LG, from Monday to Wednesday at 3")
    "say_back_verbless_move": {"it": "Lo prendo come uno spostamento.", "en": "I'm taking it as a move."},
    # an hour heard as an ordinal ("… the 10th at 9th"): nine, or nine-thirty cut after its "th"
    "say_back_hour": {"it": "Non sono sicuro dell'ora.", "en": "I'm not sure of the time."},
    # an English date in figures that reads either way round ("12/4"): read day first, as here, and said back
    "say_back_date_order": {"it": "Leggo la data come giorno e mese.", "en": "I'm reading the date day first."},
    "say_back_words": {"it": "Non ho capito tutte le parole.", "en": "I didn't catch every word."},
    # a request no rule read, its intent guessed from the counter's own sentences (engine.fastpath.intent_guess)
    "say_back_guessed": {"it": "Non sono sicuro di aver capito cosa fare.", "en": "I'm not sure I understood what to do."},
    "say_back_changed": {"it": "Nel frattempo è cambiato qualcosa.", "en": "Something changed meanwhile."},
    # a reminder asked for a time already past, the appointment still ahead: offered as soon as possible
    "say_back_reminder_past": {
        "it": "Il promemoria {asked} sarebbe già passato.",
        "en": "A reminder {asked} would already be past.",
    },
    "reminder_asked_days_before": {"it": "{days} giorni prima", "en": "{days} days before"},
    "reminder_asked_day_before": {"it": "il giorno prima alle {time}", "en": "the day before at {time}"},
    "reminder_asked_same_day": {"it": "lo stesso giorno alle {time}", "en": "the same day at {time}"},
    "reminder_now": {"it": "subito", "en": "now"},
    "do_book": {"it": "Prenoto: {service} per {vehicle}{owner}, {when}", "en": "Booking: {service} for {vehicle}{owner}, {when}"},
    "do_move": {"it": "Sposto: {service} per {vehicle}, da {old} a {when}", "en": "Moving: {service} for {vehicle}, from {old} to {when}"},
    "do_confirmation": {
        "it": "Mando la conferma {channel}: {service} per {vehicle}, {when}",
        "en": "Sending the {channel} confirmation: {service} for {vehicle}, {when}",
    },
    "do_reminder": {
        "it": "Programmo il promemoria {channel} {send}: {service} per {vehicle}, {when}",
        "en": "Scheduling the {channel} reminder {send}: {service} for {vehicle}, {when}",
    },
    # the model's confirm-level calls, on their card and said (engine.agent.confirm_summary.summarise)
    "confirm_cancel": {"it": "Annullo l'appuntamento {id}{what}. Confermi?", "en": "Cancel appointment {id}{what}. Confirm?"},
    "confirm_cancel_title": {"it": "Annullare l'appuntamento", "en": "Cancel the appointment"},
    "confirm_campaign": {"it": "Invio la campagna {id}{to}{by}. Confermi?", "en": "Send campaign {id}{to}{by}. Confirm?"},
    "confirm_campaign_title": {"it": "Inviare la campagna", "en": "Send the campaign"},
    "confirm_campaign_to": {"it": " a {count} clienti", "en": " to {count} customers"},
    "confirm_campaign_by": {"it": " via {channel}", "en": " by {channel}"},
    "confirm_tool": {"it": "Eseguo {tool}. Confermi?", "en": "Run {tool}. Confirm?"},
    # the model's writes held for a yes (engine.agent.confirm_summary.say_back): the sentences above, and these
    "do_move_id": {"it": "Sposto l'appuntamento {id} a {when}", "en": "Moving appointment {id} to {when}"},
    "do_message": {"it": "Mando {channel} a {who}: «{text}»", "en": "Sending {who} a {channel}: “{text}”"},
    "do_confirmation_id": {
        "it": "Mando la conferma {channel} a {who} dell'appuntamento {id}",
        "en": "Sending {who} the {channel} confirmation of appointment {id}",
    },
    "do_reminder_id": {
        "it": "Programmo il promemoria {channel} {send} dell'appuntamento {id}",
        "en": "Scheduling the {channel} reminder {send} for appointment {id}",
    },
    "do_customer": {"it": "Registro il nuovo cliente {name}", "en": "Adding the new customer {name}"},
    "do_vehicle": {"it": "Aggiungo {vehicle} a {who}", "en": "Adding {vehicle} to {who}"},
    "do_undo": {"it": "Annullo l'ultima modifica", "en": "Undoing the last change"},
    "do_tool": {"it": "Eseguo {tool}", "en": "Running {tool}"},
    "vehicle_id": {"it": "il veicolo {id}", "en": "vehicle {id}"},
    "customer_id": {"it": "il cliente {id}", "en": "customer {id}"},
    "service_id": {"it": "il servizio {id}", "en": "service {id}"},
    "reminder_default": {"it": "il giorno prima alle 18", "en": "the day before at 18:00"},
    "and_confirmation": {"it": ", e mando la conferma {channel}", "en": ", and sending the {channel} confirmation"},
    "and_reminder": {"it": ", con promemoria {channel}", "en": ", with a {channel} reminder"},
    "and_reminder_now": {"it": ", con promemoria {channel} subito", "en": ", with a {channel} reminder now"},
    "not_done": {"it": "Va bene, non faccio niente.", "en": "All right, I'll leave it."},
    "this_appointment": {
        "it": "Intendi l'appuntamento di {when}: {service} per {vehicle}?",
        "en": "Do you mean {service} for {vehicle}, {when}?",
    },
    "cancel_confirm": {
        "it": "Annullo l'appuntamento di {when}: {service} per {vehicle}{owner}. Confermi?",
        "en": "Cancel {service} for {vehicle}{owner}, {when}? Please confirm.",
    },
    "service_unknown": {
        "it": "In officina non risulta il servizio {service}.",
        "en": "The workshop has no {service} service.",
    },
    "backend_down": {
        "it": "Il gestionale non risponde in questo momento: riprova tra poco.",
        "en": "The booking system is not answering right now: please try again shortly.",
    },
    "internal_error": {
        "it": "Qualcosa è andato storto a metà: controlla l'agenda, una parte è già stata registrata.",
        "en": "Something went wrong halfway: check the agenda, part of it was already recorded.",
    },
    "refused": {"it": "Non è stato possibile: {why}", "en": "That was not possible: {why}"},
    # clarifications: one short question
    "which_vehicle": {"it": "Quale: {options}?", "en": "Which one: {options}?"},
    "which_appointment": {"it": "Quale appuntamento: {options}?", "en": "Which appointment: {options}?"},
    "which_service": {"it": "Quale servizio: {options}?", "en": "Which service: {options}?"},
    "which_service_for": {
        "it": "Quale servizio per {vehicle}{owner}: {options}?",
        "en": "Which service for {vehicle}{owner}: {options}?",
    },
    "confirm_vehicle": {"it": "Intendi {vehicle}?", "en": "Do you mean {vehicle}?"},
    "plate_mismatch": {
        "it": "La {plate} risulta {vehicle}, non {said}: quale intendi?",
        "en": "{plate} is {vehicle}, not {said}: which one do you mean?",
    },
    "ask_vehicle": {
        "it": "Per quale veicolo? Dimmi la targa.",
        "en": "For which vehicle? Tell me the plate.",
    },
    "ask_service": {"it": "Per quale servizio?", "en": "For which service?"},
    "ask_date": {"it": "Per quale giorno?", "en": "For which day?"},
    "ask_plate": {"it": "Quale targa?", "en": "Which plate?"},
    "ask_channel": {"it": "Con quale canale: WhatsApp, SMS o email?", "en": "By which channel: WhatsApp, SMS or email?"},
    "ask_two_dates": {"it": "Quale giorno, esattamente?", "en": "Which day exactly?"},
    "ask_weekday_or_date": {"it": "{first} o {second}?", "en": "{first} or {second}?"},
    "ask_two_services": {"it": "Quale servizio, esattamente?", "en": "Which service exactly?"},
    "ask_two_plates": {"it": "Quale targa, esattamente?", "en": "Which plate exactly?"},
    "ask_generic": {
        "it": "Non ho capito bene: puoi ripetere?",
        "en": "I didn't quite get that: could you repeat?",
    },
    "ask_what_for_vehicle": {
        "it": "Non ho capito cosa devo fare: me lo ridici con altre parole?",
        "en": "I didn't catch what to do with it: could you say it another way?",
    },
    "ask_time": {"it": "A che ora, esattamente?", "en": "At what time exactly?"},
    "ask_message_again": {
        "it": "Non ho capito quale messaggio mandare: ripeti tutta la richiesta, per favore.",
        "en": "I didn't catch which message to send: please say the whole request again.",
    },
    "ask_time_part": {"it": "Mattina o pomeriggio?", "en": "Morning or afternoon?"},
    "ask_options": {"it": "Quale delle due?", "en": "Which of the two?"},
    # the same questions naming the vehicle found first (engine.fastpath.front.FastPath._ask); each opens
    # with its fixed words, so a slow voice says them from a clip (engine.tts.fixed_lines)
    "ask_date_for": {"it": "Che giorno per {vehicle}{owner}?", "en": "Which day for {vehicle}{owner}?"},
    "ask_service_for": {"it": "Quale servizio per {vehicle}{owner}?", "en": "Which service for {vehicle}{owner}?"},
    "ask_channel_for": {
        "it": "Con quale canale per {vehicle}{owner}: WhatsApp, SMS o email?",
        "en": "By which channel for {vehicle}{owner}: WhatsApp, SMS or email?",
    },
    "ask_two_dates_for": {
        "it": "Quale giorno esattamente per {vehicle}{owner}?",
        "en": "Which day exactly for {vehicle}{owner}?",
    },
    "ask_two_services_for": {
        "it": "Quale servizio esattamente per {vehicle}{owner}?",
        "en": "Which service exactly for {vehicle}{owner}?",
    },
    "ask_time_for": {
        "it": "A che ora esattamente per {vehicle}{owner}?",
        "en": "At what time exactly for {vehicle}{owner}?",
    },
    "ask_weekday_or_date_for": {
        "it": "{first} o {second}, per {vehicle}{owner}?",
        "en": "{first} or {second}, for {vehicle}{owner}?",
    },
    "ask_time_part_for": {
        "it": "Mattina o pomeriggio per {vehicle}{owner}?",
        "en": "Morning or afternoon for {vehicle}{owner}?",
    },
}
OR = {"it": " o ", "en": " or "}
AND = {"it": " e ", "en": " and "}


# Why a tool refused, per stable error code, in the person's language. The backend's own message is
# written for the model (English); it is spoken only in English or for a code this table lacks.
REFUSALS: dict[str, dict[str, str]] = {
    "no_contact": {"it": "manca il contatto per quel canale nella scheda cliente.",
                   "en": "the customer has no contact for that channel."},
    "no_consent": {"it": "il cliente non ha dato il consenso per quel canale.",
                   "en": "the customer has not consented to that channel."},
    "not_found": {"it": "non l'ho trovato.", "en": "I could not find it."},
    "unknown_service": {"it": "quel servizio non è nel listino.", "en": "that service is not in the catalogue."},
    "invalid_state": {"it": "l'appuntamento non è più modificabile.", "en": "that appointment can no longer be changed."},
    "busy": {"it": "l'archivio è occupato, riprova tra un attimo.", "en": "the database is busy, try again in a moment."},
    "forbidden": {"it": "questo utente non ha il permesso.", "en": "this user is not allowed to do that."},
    "rate_limited": {"it": "troppe richieste, riprova tra poco.", "en": "too many requests, try again shortly."},
    "internal_error": {"it": "c'è stato un errore nel gestionale.", "en": "the booking system had an error."},
    "backend_error": {"it": "il gestionale non ha salvato la modifica: non è cambiato nulla.",
                      "en": "the booking system did not save the change: nothing was changed."},
    "preview_expired": {"it": "l'anteprima della campagna è di più di un giorno fa: va rifatta.",
                        "en": "the campaign preview is more than a day old: preview it again."},
    "slot_taken": {"it": "quell'orario è già occupato.", "en": "that time is already taken."},
    "date_in_past": {"it": "quella data è già passata.", "en": "that date is already past."},
    "outside_hours": {"it": "quell'orario è fuori dall'orario di lavoro.", "en": "that time is outside working hours."},
    "nothing_to_undo": {"it": "non c'è niente da annullare.", "en": "there is nothing to undo."},
    "invalid_arguments": {"it": "nella richiesta manca un dato o non è valido.",
                          "en": "a detail of the request is missing or not valid."},
    "confirmation_required": {"it": "serve prima la tua conferma.", "en": "your confirmation is needed first."},
    "confirmation_expired": {"it": "la conferma è scaduta: ripeti la richiesta.",
                             "en": "the confirmation expired: please ask again."},
    "confirmation_invalid": {"it": "la conferma non vale più: ripeti la richiesta.",
                             "en": "the confirmation is no longer valid: please ask again."},
}  # fmt: skip


def refusal(code: str, message: str, language: str) -> str:
    """One spoken reason for a refused tool call."""
    table = REFUSALS.get(code)
    if table and language in table:
        return table[language]
    if language == "en" and message:
        return message
    return "il gestionale ha rifiutato la richiesta." if language == "it" else "the booking system refused."


__all__ = [
    "AND", "CHANNELS", "OR", "REFUSALS", "TEXTS", "channel_name", "english_colour", "owner_suffix", "phrase", "refusal",
    "say", "spoken_day", "spoken_list", "spoken_vehicle", "spoken_when",
]  # fmt: skip


def say(key: str, language: str, **values: Any) -> str:
    """The template `key` in `language` (Italian when unknown), filled with `values`, as a sentence."""
    text = phrase(key, language, **values)
    return text[:1].upper() + text[1:]


def phrase(key: str, language: str, **values: Any) -> str:
    """The template `key` filled, as it is written: a piece for inside a sentence ("il veicolo 12")."""
    table = TEXTS[key]
    return table.get(language, table["it"]).format(**values)


def in_sentence(name: str) -> str:
    """A catalogue name inside a sentence: "Cambio gomme" → "cambio gomme" ("ABS" stays)."""
    return name[:1].lower() + name[1:] if name[1:2].islower() else name


def spoken_when(start: str | datetime, language: str, today: date | None = None) -> str:
    """ISO local datetime → "mercoledì 2 dicembre alle 8:30" / "Wednesday 2 December at 8:30" ("domani alle 8:30")."""
    return when(start, language, style="spoken", today=today)


def spoken_times(starts: list[str], language: str, after: str, today: date | None = None) -> list[str]:
    """Times offered after `after` (ISO), each with its day only where the day changes ("alle 9:30", "alle 10:00",
    "venerdì 6 marzo alle 8:30"): the day said once, not before every time."""
    said, day = [], after[:10]
    for start in starts:
        moment = datetime.fromisoformat(start)
        said.append(at_time(moment, language) if start[:10] == day else spoken_when(start, language, today))
        day = start[:10]
    return said


def spoken_list(items: list[str], language: str, joiner: dict[str, str] = AND) -> str:
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + joiner.get(language, joiner["it"]) + items[-1]


def channel_name(channel: str, language: str) -> str:
    return _CHANNELS.get(language, _CHANNELS["it"]).get(channel, channel)


def spoken_vehicle(vehicle: dict[str, Any], language: str, *, with_plate: bool = True) -> str:
    """ "la Panda grigia AB123CD" / "the grey Panda AB123CD"."""
    model = str(vehicle.get("model") or vehicle.get("make") or "")
    if model.isdigit() and len(model) <= 2 and vehicle.get("make"):
        # "la Mazda 2 bianca", "la Rover 75 blu": never "la 2 bianca", "la 75" (an hour's); "la 600", "la 807" as said
        model = f"{vehicle['make']} {model}"
    colour = str(vehicle.get("colour") or "")
    plate = vehicle.get("plate") or ""
    if language == "en":
        plain = colour.lower().split()[:1]
        colour_en = _COLOUR_EN.get(colour.lower()) or (_COLOUR_EN.get(plain[0]) if plain else None) or colour
        words = ["the", colour_en, model, plate if with_plate else ""]
    else:
        words = ["la", model, _COLOUR_IT_F.get(colour.lower(), colour), plate if with_plate else ""]
    return " ".join(w for w in words if w)


def english_colour(stored: str) -> str:
    """A stored (Italian) colour in the parser's canonical English: "grigio" → "grey"."""
    return _COLOUR_EN.get(stored.lower(), stored.lower())


def booked_car(appointment: dict[str, Any], language: str) -> str:
    """The car of an appointment found by its day and hour alone, as said back: its plate and whose it is
    ("SS381GF di Rossi", "SS381GF (Rossi)")."""
    plate, customer = str(appointment.get("plate") or ""), appointment.get("customer")
    if not customer:
        return plate
    return f"{plate} di {customer}" if language == "it" else f"{plate} ({customer})"


def owner_suffix(vehicle: dict[str, Any], language: str) -> str:
    name = (vehicle.get("customer") or {}).get("full_name")
    if not name:
        return ""
    return f" di {name}" if language == "it" else f" ({name})"
