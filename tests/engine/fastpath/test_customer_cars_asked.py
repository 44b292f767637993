"""A customer's cars, asked at the counter, are read offline: each car on file with its model, colour and plate.

Staff ask "Che macchine ha la signora Cervellera?", "Cosa guida il signor Pirastu?", "What cars does Cervellera
have?", and the fast path answered that it could not without the cloud model. The name is read only when it stands
alone after the question (its title and article aside) or, in Italian, alone before it, and a word the tables know
only when written Capitalised ("il cliente" is no name): "che auto ha la Panda?" and a plate asked of are no customer's.
A surname several customers share names each with their cars; a name on no record is said so. On the contract
workshop (a real LocalBackend): Giulia Bianchi has the black Golf EF456GH and the blue BMW Serie 3 MAB1234; Mario Rossi
the grey Panda AB123CD and the red one LN777TT (and, added here, Laura Rossi a white Corsa)."""

from __future__ import annotations

import copy
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from engine.fastpath import FastPath
from engine.fastpath.parser import parse
from tests.engine.fastpath.conftest import NOW, fast_on
from wp_api.contract import CallContext


@pytest.mark.parametrize(
    ("text", "lang", "name"),
    [
        ("Che auto ha Conti?", "it", "Conti"),
        ("Che macchine ha la signora Bianchi?", "it", "Bianchi"),
        ("Quali macchine ha Giulia Bianchi?", "it", "Giulia Bianchi"),
        ("Cosa guida il signor Bruno?", "it", "Bruno"),
        ("Senti, Rossi che macchina ha?", "it", "Rossi"),
        ("What cars does Bianchi have?", "en", "Bianchi"),
        ("What does Mrs Bianchi drive?", "en", "Bianchi"),
    ],
)
def test_a_customers_cars_asked_are_read(text: str, lang: str, name: str) -> None:
    p = parse(text, language=lang, today=NOW.date())
    assert p.intent == "customer_vehicles" and p.handled and p.slots == {"customer": name}, p


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Che auto ha la AB 123 CD?", "it"),  # the car of a plate: no customer named
        ("Che auto ha la Panda?", "it"),  # a car's model
        ("Che macchina ha bisogno del tagliando?", "it"),
        ("Che macchina ha il cliente?", "it"),  # a word the tables know, no name
        ("che macchina ha lui?", "it"),
        ("Non so che auto ha Bianchi", "it"),
        ("Che auto ha Bianchi per domani?", "it"),
        ("What does the Panda need?", "en"),
    ],
)
def test_other_requests_are_no_customers_cars(text: str, lang: str) -> None:
    assert parse(text, language=lang, today=NOW.date()).intent != "customer_vehicles"


async def test_the_cars_of_one_customer_are_said(fast: FastPath, context: CallContext) -> None:
    out = await fast.handle("Che macchine ha la signora Bianchi?", context, alone=True)
    assert out.handled and out.reply_text.startswith("Giulia Bianchi ha la Golf nera EF456GH"), out.reply_text
    assert "MAB1234" in out.reply_text, out.reply_text
    assert [c.name for c in out.tool_calls] == ["find_customer"], out.tool_calls


async def test_a_name_on_no_record_is_said_so(fast: FastPath, context: CallContext) -> None:
    out = await fast.handle("Che auto ha Zapparoli?", context, alone=True)
    assert out.handled and out.reply_text.startswith("Non trovo clienti con quel nome"), out.reply_text


@pytest.fixture
async def two_rossi(tmp_path: Path) -> AsyncIterator[FastPath]:
    from tests.contract.seed_data import TODAY, build_seed

    seed = copy.deepcopy(build_seed(TODAY))
    seed["customers"].append({"id": 13, "full_name": "Laura Rossi", "phone": "+39 333 1000013", "email": None})
    seed["vehicles"].append({"id": 21, "customer_id": 13, "plate": "GA100BC", "make": "Opel", "model": "Corsa",
                             "colour": "bianco", "year": 2020, "fuel": "petrol"})  # fmt: skip
    async for f in fast_on(tmp_path, seed):
        yield f


async def test_a_shared_surname_names_each_customer(two_rossi: FastPath, context: CallContext) -> None:
    out = await two_rossi.handle("Che auto ha Rossi?", context, alone=True)
    assert out.handled and out.reply_text.startswith("Ci sono 2 clienti Rossi"), out.reply_text
    assert "Laura Rossi, con la Corsa bianca GA100BC" in out.reply_text, out.reply_text
    assert "Mario Rossi, con la Panda grigia AB123CD e la Panda rossa LN777TT" in out.reply_text, out.reply_text
    one = await two_rossi.handle("Che auto ha Laura Rossi?", context, alone=True)
    assert one.reply_text == "Laura Rossi ha la Corsa bianca GA100BC.", one.reply_text


async def test_asked_in_english(local_backend: object, context: CallContext) -> None:
    fast = FastPath(local_backend, language="en", now=lambda: NOW)  # type: ignore[arg-type]
    out = await fast.handle("What cars does Bianchi have?", context, alone=True)
    assert out.handled and out.reply_text.startswith("Giulia Bianchi has the black Golf EF456GH"), out.reply_text
