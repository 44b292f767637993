"""Texts sent to customers (email, SMS, WhatsApp), per language.

The WordPress plugin sends the same words (includes/class-officina-messages-render.php): change a
text here and there together; tests/wp_api/messaging/test_render_parity.py compares every kind,
language and channel. Dates in them are `i18n.dates.when(..., style="written")`."""

from __future__ import annotations

from i18n.languages import Catalogue

DEFAULT_CAMPAIGN_DRAFT = {
    "it": "Gentile {name}, è passato un po' di tempo dall'ultimo intervento sul veicolo {plate}. "
    "Prenoti ora il prossimo appuntamento: le troviamo il primo posto libero.",
    "en": "Dear {name}, it has been a while since the last service of your vehicle {plate}. "
    "Book your next appointment now and we will find you the first free slot.",
}
"""A campaign's text when the person gave none ({name}, {plate}, {workshop} are filled per customer)."""

MESSAGES: Catalogue = {
    "customer": {"it": "cliente", "en": "customer"},
    "vehicle": {"it": "il veicolo", "en": "your vehicle"},
    "confirmation_subject": {
        "it": "Conferma appuntamento – {workshop}",
        "en": "Appointment confirmed – {workshop}",
    },
    "confirmation": {
        "it": "Gentile {name}, le confermiamo l'appuntamento presso {workshop}: {service}{for_plate}, "
        "{when}. Per spostarlo o annullarlo ci contatti. A presto!",
        "en": "Dear {name}, your appointment at {workshop} is confirmed: {service}{for_plate}, "
        "{when}. To move or cancel it, just let us know. See you soon!",
    },
    "for_plate": {"it": " per il veicolo {plate}", "en": " for vehicle {plate}"},
    "reminder_subject": {
        "it": "Promemoria appuntamento – {workshop}",
        "en": "Appointment reminder – {workshop}",
    },
    "reminder": {
        "it": "Promemoria: {when}, appuntamento presso {workshop} ({service}{plate_part}). "
        "Se non può venire ci avvisi, grazie. {name_greeting}",
        "en": "Reminder: {when}, appointment at {workshop} ({service}{plate_part}). "
        "If you cannot come, please let us know. {name_greeting}",
    },
    "plate_part": {"it": ", veicolo {plate}", "en": ", vehicle {plate}"},
    "reminder_greeting": {"it": "A presto, {name}!", "en": "See you soon, {name}!"},
    "campaign_subject": {"it": "Un messaggio da {workshop}", "en": "A message from {workshop}"},
    "custom_subject": {"it": "Messaggio da {workshop}", "en": "A message from {workshop}"},
}
