"""An owner's surname whisper wrote in lower case right after the vehicle ("l'ultimo tagliando alla capture bianca di
rizi", found speaking to the app): taken as the owner said, so that of two white Capturs the one whose owner it names
(or sounds nearest to, by a clear margin) is the one meant; a write so found is said back whole, the owner named."""

from __future__ import annotations

from typing import Any

import pytest

from engine.fastpath import FastPath
from engine.fastpath.context import WRITES
from tests.engine.fastpath.italian import parse_it
from wp_api.contract import CallContext


@pytest.mark.parametrize(
    ("text", "owner"),
    [
        ("Quando abbiamo fatto l'ultimo tagliando alla captur bianca di ricci?", "Ricci"),
        ("che lavori abbiamo fatto sulla clio grigia di santini", "Santini"),
    ],
)
def test_a_surname_in_lower_case_after_the_vehicle_is_its_owner(text: str, owner: str) -> None:
    assert parse_it(text).slots.get("customer") == owner


@pytest.mark.parametrize(
    "text",
    [
        "di chi è la golf nera di effe gi 123 acca bi",  # a plate's letters after "di", no surname
        "quando abbiamo fatto il tagliando alla panda grigia di mercoledì",  # a known word
        "che lavori abbiamo fatto sulla clio grigia di ci ics 808",  # a letter name then digits
    ],
)
def test_plate_letters_days_and_known_words_after_the_vehicle_are_no_owner(text: str) -> None:
    assert "customer" not in parse_it(text).slots


async def _white_capturs(backend: Any, context: CallContext, *owners: tuple[int, str]) -> None:
    for customer_id, plate in owners:
        done = await backend.call_tool(
            "add_vehicle",
            {
                "customer_id": customer_id,
                "plate": plate,
                "make": "Renault",
                "model": "Captur",
                "colour": "bianco",
            },
            context=context,
        )
        assert done.ok, done


async def test_the_owner_heard_nearest_picks_the_vehicle_of_a_read(
    fast: FastPath, local_backend: Any, context: CallContext
) -> None:
    await _white_capturs(local_backend, context, (1, "WZ060SK"), (6, "XG989HN"))  # Mario Rossi, Sara Ricci
    out = await fast.handle("Quando abbiamo fatto l'ultimo tagliando alla captur bianca di rici?", context)
    said = (out.clarification or "") + out.reply_text
    assert "XG989HN" in said and "WZ060SK" not in said, out


async def test_a_name_near_neither_owner_is_said_back_not_found(
    fast: FastPath, local_backend: Any, context: CallContext
) -> None:
    await _white_capturs(local_backend, context, (1, "WZ060SK"), (6, "XG989HN"))
    out = await fast.handle(
        "Quando abbiamo fatto l'ultimo tagliando alla captur bianca di ferraboschi?", context
    )
    assert "Ferraboschi" in out.reply_text and "XG989HN" not in out.reply_text, out  # what was heard, said


async def test_a_name_near_both_owners_asks_which(
    fast: FastPath, local_backend: Any, context: CallContext
) -> None:
    made = await local_backend.call_tool("create_customer", {"full_name": "Piero Rosso", "phone": "+39 333 7000001"},
                                         context=context)  # fmt: skip
    assert made.ok, made
    await _white_capturs(
        local_backend, context, (1, "WZ060SK"), (made.data["customer"]["customer_id"], "XG989HN")
    )
    out = await fast.handle("Quando abbiamo fatto l'ultimo tagliando alla captur bianca di rosi?", context)
    said = (out.clarification or "") + out.reply_text
    assert "XG989HN" in said and "WZ060SK" in said, out  # Rossi and Rosso both one letter off: which, asked


async def test_a_write_for_an_owner_only_heard_alike_is_said_back_first(
    fast: FastPath, local_backend: Any, context: CallContext
) -> None:
    await _white_capturs(local_backend, context, (1, "WZ060SK"), (6, "XG989HN"))
    out = await fast.handle("Prenota un tagliando alla captur bianca di rici mercoledì 4 alle 10", context)
    assert not [c for c in out.tool_calls if c.name in WRITES], out
    said = (out.clarification or "") + out.reply_text
    assert "XG989HN" in said and "Ricci" in said, out
