"""The contract suite's workshop, as plain data every backend can load (local SQLite, WordPress/Bookly).

Dates are relative to TODAY (a Monday); `build_seed(today)` returns the same workshop for another
Monday. The scenarios in this folder were computed by hand from this data: change both together.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any

TODAY = date(2026, 3, 2)  # a Monday
NOW_TIME = "08:00"
"""The clock of the local backend reads TODAY at 08:00 (Europe/Rome)."""

MON_FRI = ("08:30", "18:30")
SATURDAY = ("08:30", "12:30")
LUNCH = ("12:30", "14:00")

SERVICES = [
    {"id": 1, "name": "Tagliando", "category": "maintenance", "duration_min": 60, "price": 180.0, "capacity": 2},
    {"id": 2, "name": "Cambio gomme", "category": "tyres", "duration_min": 30, "price": 60.0, "capacity": 1},
    {"id": 3, "name": "Revisione", "category": "inspection", "duration_min": 60, "price": 79.0, "capacity": 1},
    {"id": 4, "name": "Carrozzeria", "category": "bodywork", "duration_min": 240, "price": 400.0, "capacity": 1},
    {"id": 5, "name": "Diagnosi elettronica", "category": "electrical", "duration_min": 30, "price": 50.0,
     "capacity": 2},
    {"id": 6, "name": "Sostituzione pastiglie freni", "category": "brakes", "duration_min": 90, "price": 150.0,
     "capacity": 1},
    {"id": 7, "name": "Ricarica climatizzatore", "category": "aircon", "duration_min": 60, "price": 90.0,
     "capacity": 1},
]  # fmt: skip

CUSTOMERS = [
    {"id": 1, "full_name": "Mario Rossi", "phone": "+39 333 1000001", "email": "mario.rossi@example.it",
     "consent_whatsapp": True, "consent_email": True},
    {"id": 2, "full_name": "Giulia Bianchi", "phone": "+39 333 1000002", "email": "giulia@example.it",
     "consent_whatsapp": True, "consent_email": True},
    {"id": 3, "full_name": "Luca Esposito", "phone": "+39 333 1000003", "email": None,
     "consent_whatsapp": False, "consent_email": False},
    {"id": 4, "full_name": "Anna Romano", "phone": None, "email": "anna.romano@example.it",
     "consent_whatsapp": True, "consent_email": True},
    {"id": 5, "full_name": "Paolo Colombo", "phone": "+39 333 1000005", "email": None, "consent_whatsapp": True},
    {"id": 6, "full_name": "Sara Ricci", "phone": "+39 333 1000006", "email": "sara.ricci@example.it",
     "consent_whatsapp": True, "consent_email": False},
    {"id": 7, "full_name": "Marco Marino", "phone": "+39 333 1000007", "email": None, "consent_whatsapp": True},
    {"id": 8, "full_name": "Francesca Greco", "phone": "+39 333 1000008", "email": "f.greco@example.it",
     "consent_whatsapp": True, "consent_email": True},
    {"id": 9, "full_name": "Davide Bruno", "phone": "+39 333 1000009", "email": "davide.bruno@example.it",
     "consent_whatsapp": True, "consent_email": True},
    {"id": 10, "full_name": "Chiara Gallo", "phone": "+39 333 1000010", "email": None, "consent_whatsapp": True},
    {"id": 11, "full_name": "Roberto Conti", "phone": "+39 333 1000011", "email": None, "consent_whatsapp": False},
    {"id": 12, "full_name": "Elena De Luca", "phone": "+39 333 1000012", "email": "elena.deluca@example.it",
     "consent_whatsapp": False, "consent_email": True},
]  # fmt: skip

VEHICLES = [
    {"id": 1, "customer_id": 1, "plate": "AB123CD", "make": "Fiat", "model": "Panda", "colour": "grigio", "year": 2017, "fuel": "petrol"},
    {"id": 2, "customer_id": 2, "plate": "EF456GH", "make": "Volkswagen", "model": "Golf", "colour": "nero", "year": 2019, "fuel": "diesel"},
    {"id": 3, "customer_id": 3, "plate": "FT789MN", "make": "Fiat", "model": "Punto", "colour": "bianco", "year": 2012, "fuel": "lpg"},
    {"id": 4, "customer_id": 4, "plate": "DP321TB", "make": "Ford", "model": "Fiesta", "colour": "rosso", "year": 2015, "fuel": "petrol"},
    {"id": 5, "customer_id": 5, "plate": "GM555NP", "make": "Toyota", "model": "Yaris", "colour": "blu", "year": 2021, "fuel": "hybrid"},
    {"id": 6, "customer_id": 6, "plate": "CX808BZ", "make": "Renault", "model": "Clio", "colour": "grigio", "year": 2018, "fuel": "diesel"},
    {"id": 7, "customer_id": 7, "plate": "HK010LA", "make": "Peugeot", "model": "208", "colour": "bianco", "year": 2020, "fuel": "petrol"},
    {"id": 8, "customer_id": 8, "plate": "BR246KS", "make": "Alfa Romeo", "model": "Giulietta", "colour": "rosso", "year": 2014, "fuel": "diesel"},
    {"id": 9, "customer_id": 9, "plate": "ZA987YE", "make": "Jeep", "model": "Renegade", "colour": "verde", "year": 2019, "fuel": "diesel"},
    {"id": 10, "customer_id": 10, "plate": "EM304RS", "make": "Lancia", "model": "Ypsilon", "colour": "nero", "year": 2016, "fuel": "methane"},
    {"id": 11, "customer_id": 11, "plate": "AP123CD", "make": "Fiat", "model": "500", "colour": "bianco", "year": 2018, "fuel": "petrol"},
    {"id": 12, "customer_id": 12, "plate": "FG112HH", "make": "Dacia", "model": "Sandero", "colour": "grigio", "year": 2022, "fuel": "lpg"},
    {"id": 13, "customer_id": 1, "plate": "LN777TT", "make": "Fiat", "model": "Panda", "colour": "rosso", "year": 2009, "fuel": "petrol"},
    {"id": 14, "customer_id": 2, "plate": "MAB1234", "make": "BMW", "model": "Serie 3", "colour": "blu", "year": 2020, "fuel": "diesel"},
    {"id": 15, "customer_id": 3, "plate": "GH900PR", "make": "Kia", "model": "Picanto", "colour": "azzurro", "year": 2017, "fuel": "petrol"},
    {"id": 16, "customer_id": 4, "plate": "RS450DT", "make": "Opel", "model": "Corsa", "colour": "grigio", "year": 2016, "fuel": "petrol"},
    {"id": 17, "customer_id": 5, "plate": "TV238NM", "make": "Citroen", "model": "C3", "colour": "bianco", "year": 2019, "fuel": "diesel"},
    {"id": 18, "customer_id": 6, "plate": "KL661BB", "make": "Skoda", "model": "Octavia", "colour": "nero", "year": 2018, "fuel": "diesel"},
    {"id": 19, "customer_id": 7, "plate": "NB073CE", "make": "Hyundai", "model": "i10", "colour": "argento", "year": 2015, "fuel": "petrol"},
    {"id": 20, "customer_id": 8, "plate": "SD512FA", "make": "Nissan", "model": "Micra", "colour": "rosso", "year": 2013, "fuel": "petrol"},
]  # fmt: skip


def _staff() -> list[dict[str, Any]]:
    hours = {d: MON_FRI for d in range(1, 6)} | {6: SATURDAY}
    breaks = {d: [LUNCH] for d in range(1, 6)}
    return [
        {
            "id": 1,
            "full_name": "Marco Bianchi",
            "hours": hours,
            "breaks": breaks,
            "services": [1, 2, 3, 5, 6, 7],
        },
        {
            "id": 2,
            "full_name": "Luca Ferri",
            "hours": hours,
            "breaks": breaks,
            "services": [1, 2, 4, 5, 6, 7],
        },
    ]


def _at(day: date, hhmm: str) -> str:
    return f"{day.isoformat()}T{hhmm}"


def build_seed(today: date = TODAY) -> dict[str, Any]:
    """The whole workshop for a given Monday `today` (history and bookings move with it)."""
    assert today.isoweekday() == 1, "the scenarios assume today is a Monday"

    def d(days: int) -> date:
        return today + timedelta(days=days)

    def ago(iso_day: str) -> str:
        """A history date given for TODAY, shifted by the same amount for another Monday."""
        return (date.fromisoformat(iso_day) + (today - TODAY)).isoformat()

    history = [
        # id, service, staff, customer, vehicle, day, time, status, mileage
        (1, 1, 1, 1, 1, ago("2024-01-20"), "09:00", "done", 61000),
        (2, 3, 1, 1, 1, ago("2024-10-10"), "10:00", "done", 70500),
        (3, 1, 2, 1, 1, ago("2025-01-15"), "09:00", "done", 74000),
        (4, 2, 1, 1, 1, ago("2025-04-10"), "11:00", "done", 76200),
        (5, 2, 2, 2, 2, ago("2025-05-20"), "09:30", "done", 40100),
        (6, 1, 1, 2, 2, ago("2025-11-10"), "15:00", "done", 45800),
        (7, 2, 1, 3, 3, ago("2025-06-01"), "10:30", "done", 150200),
        (8, 2, 2, 4, 4, ago("2025-07-15"), "14:30", "done", 98000),
        (9, 2, 1, 5, 5, ago("2025-10-01"), "09:00", "done", 20500),
        (10, 2, 2, 6, 6, ago("2024-11-20"), "16:00", "done", 55000),
        (11, 2, 1, 6, 6, ago("2025-08-01"), "08:30", "done", 61000),
        (12, 2, 2, 7, 7, ago("2025-03-03"), "10:00", "cancelled", None),
        (13, 2, 1, 8, 20, ago("2025-02-14"), "11:30", "done", 130000),
        (14, 2, 2, 10, 10, ago("2025-01-05"), "09:00", "done", 88000),
        (15, 6, 1, 10, 10, ago("2025-01-05"), "10:00", "done", 88000),
        (16, 7, 2, 9, 9, ago("2025-07-01"), "14:00", "done", 35000),
    ]
    future = [
        # first free "Cambio gomme" on d(1) is 09:30 (capacity 1: 08:30 and 09:00 are taken)
        (101, 2, 1, 11, 11, d(1), "08:30"),
        (102, 2, 2, 12, 12, d(1), "09:00"),
        # the appointment rescheduled and cancelled in the scenarios
        (103, 1, 1, 9, 9, d(2), "10:00"),
        # Saturday d(5): Marco (the only one doing Revisione) is free only at 11:30
        (104, 1, 1, 11, 11, d(5), "08:30"),
        (105, 1, 1, 12, 12, d(5), "09:30"),
        (106, 1, 1, 9, 9, d(5), "10:30"),
    ]
    appointments = [
        {"id": i, "service_id": s, "staff_id": st, "customer_id": c, "vehicle_id": v, "start": f"{day}T{t}",
         "status": status, "mileage_km": km, "notes": ""}
        for i, s, st, c, v, day, t, status, km in history
    ] + [
        {"id": i, "service_id": s, "staff_id": st, "customer_id": c, "vehicle_id": v, "start": _at(day, t),
         "status": "approved", "notes": ""}
        for i, s, st, c, v, day, t in future
    ]  # fmt: skip
    return {
        "today": today.isoformat(),
        "now": f"{today.isoformat()}T{NOW_TIME}",
        "settings": {"workshop_name": "Officina Contratto", "language": "it"},
        "services": SERVICES,
        "staff": _staff(),
        "holidays": [
            {"staff_id": None, "day": d(3).isoformat(), "name": "Chiusura aziendale"},
            {"staff_id": 1, "day": d(7).isoformat(), "name": "Ferie Marco"},
        ],
        "customers": CUSTOMERS,
        "vehicles": VEHICLES,
        "appointments": appointments,
    }


def shifted(iso_day: str, today: date = TODAY) -> str:
    """A date written for TODAY, moved with the seed to another Monday `today`."""
    return (date.fromisoformat(iso_day) + (today - TODAY)).isoformat()


def now_for(today: date = TODAY) -> datetime:
    """The contract clock: `today` at 08:00, naive workshop-local time."""
    return datetime.fromisoformat(f"{today.isoformat()}T{NOW_TIME}")


# Misheard plates: (what speech-to-text produced, the plate meant, "exact" | "fuzzy" | "ambiguous")
MISHEARD_PLATES: list[tuple[str, str, str]] = [
    ("AB 123 CD", "AB123CD", "exact"),
    ("a bi uno due tre ci di", "AB123CD", "exact"),
    ("Ancona Bologna 1 2 3 Como Domodossola", "AB123CD", "exact"),
    ("Alpha Bravo one two three Charlie Delta", "AB123CD", "exact"),
    ("ab-123-cd", "AB123CD", "exact"),
    ("BR 2 4 6 KS", "BR246KS", "exact"),
    ("ZA 98 7YE", "ZA987YE", "exact"),
    ("ci ics otto zero otto bi zeta", "CX808BZ", "exact"),
    ("FT 789 NN", "FT789MN", "fuzzy"),
    ("DB321TB", "DP321TB", "fuzzy"),
    ("GN555MP", "GM555NP", "fuzzy"),
    ("CX8O8BZ", "CX808BZ", "fuzzy"),
    ("HK O1O LA", "HK010LA", "fuzzy"),
    ("EN304RS", "EM304RS", "fuzzy"),
    ("FG 1I2 HH", "FG112HH", "fuzzy"),
    ("LN777DD", "LN777TT", "fuzzy"),
    ("GH900BR", "GH900PR", "fuzzy"),
    ("RS45DT", "RS450DT", "fuzzy"),
    ("TV 2388 NM", "TV238NM", "fuzzy"),
    ("KL 661 PP", "KL661BB", "fuzzy"),
    ("esse di cinque uno due effe a", "SD512FA", "exact"),
    ("AD123CD", "AB123CD", "ambiguous"),  # AB123CD and AP123CD are equally close: never pick one
]

# The campaign "tyre change more than 6 months ago, not back since, WhatsApp", computed by hand:
# c1 (2025-04-10) ok, c6 (last 2025-08-01) ok, c8 (2025-02-14) ok, c10 (2025-01-05) ok;
# c2 came back (2025-11-10) → returned_since; c3 no WhatsApp consent → no_consent;
# c4 has no phone → no_contact; c5's change (2025-10-01) is too recent; c7's was cancelled.
TYRES_WHATSAPP_RECIPIENTS = {1, 6, 8, 10}
TYRES_WHATSAPP_EXCLUSIONS = {"returned_since": 1, "no_consent": 1, "no_contact": 1}
