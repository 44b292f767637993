"""An English cancel told after the job is said no longer needed, of "it" ("X rang to say he won't need it, so scrap
the Hussarya's wheel alignment on Monday the 22nd of February, …", set 43): a reason, no negation of the cancel.
"He won't need it" alone, or before a booking, stays a negation (refused)."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import parse_en


@pytest.mark.parametrize(
    "text",
    [
        "Mr Ballabio rang to say he won't need it, so scrap the Clio's wheel alignment on Monday the 22nd "
        "of February, Echo Romeo 4 7 6 X-ray Hotel.",
        "Mr Ballabio won't need it now, so ditch the wheel alignment on Monday the 22nd of February, ER 476 XH.",
        "Mr Ballabio doesn't need it anymore, cancel the wheel alignment on Monday the 22nd of February, ER 476 XH.",
        "She won't be needing it after all, so cancel the wheel alignment on Monday the 22nd of February, ER 476 XH.",
    ],
)
def test_cancel_after_not_needed(text: str) -> None:
    p = parse_en(text)
    assert p.intent == "cancel", (p.intent, p.reason)
    assert p.slots.get("plate") == "ER476XH" and p.slots.get("old_date") == "2027-02-22", p.slots


@pytest.mark.parametrize(
    "text",
    [
        "Tullio Ballabio won't need it, ER 476 XH.",  # nothing asked
        "He won't need it, book ER 476 XH for an oil change on Monday.",  # a booking after it: refused
        "He won't need it, so drop the car off on Monday, ER 476 XH.",  # the car dropped off, no cancel
    ],
)
def test_not_needed_alone_stays_a_negation(text: str) -> None:
    p = parse_en(text)
    assert p.intent is None and not p.handled, (p.intent, p.reason)
