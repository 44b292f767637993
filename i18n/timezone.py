"""The workshop's time zone: the one place it is defined.

Bookings, reminders and the clock the assistant reads are wall-clock times in this zone; the
WordPress plugin uses the site's own setting (Europe/Rome on a workshop's site)."""

from __future__ import annotations

import logging
from datetime import datetime, tzinfo
from functools import cache
from zoneinfo import ZoneInfo

_LOGGER = logging.getLogger(__name__)

WORKSHOP_TIMEZONE = "Europe/Rome"


@cache
def workshop_tz() -> tzinfo | None:
    """The workshop's zone, or None (the machine's local zone) where the tz database is missing."""
    try:
        return ZoneInfo(WORKSHOP_TIMEZONE)
    except Exception:  # no tz database (Windows without tzdata)
        _LOGGER.warning("Time zone %s unavailable; using the machine's local time", WORKSHOP_TIMEZONE)
        return None


def workshop_now() -> datetime:
    """Now, aware, in the workshop's zone (the machine's zone where the tz database is missing)."""
    zone = workshop_tz()
    return datetime.now(zone) if zone is not None else datetime.now().astimezone()


def workshop_naive(moment: datetime) -> datetime:
    """`moment` as naive workshop wall-clock time (naive input is taken as already local)."""
    if moment.tzinfo is None:
        return moment
    zone = workshop_tz()
    return (moment.astimezone(zone) if zone is not None else moment.astimezone()).replace(tzinfo=None)


def workshop_wall_clock() -> datetime:
    """Now as naive workshop wall-clock time, as the backends store times."""
    return workshop_now().replace(tzinfo=None)
