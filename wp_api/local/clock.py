"""Workshop time: local wall-clock in the workshop's zone (i18n.timezone), stored as sortable text."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta

from i18n.timezone import workshop_now, workshop_tz

_LOGGER = logging.getLogger(__name__)

DT_FORMAT = "%Y-%m-%dT%H:%M"

_TZ = workshop_tz()


def system_now() -> datetime:
    return workshop_now()


def local_naive(moment: datetime) -> datetime:
    """`moment` as naive workshop-local time (naive input is taken as already local)."""
    if moment.tzinfo is None:
        return moment.replace(second=0, microsecond=0)
    converted = moment.astimezone(_TZ) if _TZ is not None else moment.astimezone()
    return converted.replace(tzinfo=None, second=0, microsecond=0)


class Clock:
    """Callable giving naive local 'now' from an injectable source."""

    def __init__(self, now: Callable[[], datetime] | None = None) -> None:
        self._now = now or system_now

    def __call__(self) -> datetime:
        return local_naive(self._now())


def fmt(moment: datetime) -> str:
    return moment.strftime(DT_FORMAT)


def parse(text: str) -> datetime:
    """'YYYY-MM-DDTHH:MM[:SS]' → naive datetime (seconds dropped)."""
    return datetime.fromisoformat(text).replace(second=0, microsecond=0, tzinfo=None)


def missing_local_time(moment: datetime) -> bool:
    """True for a wall-clock time the workshop's zone skips (02:30 on the spring-forward night)."""
    if _TZ is None:
        return False
    aware = moment.replace(tzinfo=_TZ)
    back = aware.astimezone(UTC).astimezone(_TZ).replace(tzinfo=None)
    return back != moment


def parse_day(text: str) -> date:
    return date.fromisoformat(text)


def minutes(moment: datetime) -> int:
    return moment.hour * 60 + moment.minute


def at_minutes(day: date, mins: int) -> datetime:
    return datetime(day.year, day.month, day.day) + timedelta(minutes=mins)


def hhmm(mins: int) -> str:
    return f"{mins // 60:02d}:{mins % 60:02d}"
